// `matome publish ARTICLE.json --to wordpress --site URL`, and the same step for `matome build …
// --publish wordpress`: an article that passed the gate is published once through the store's
// outbox (publish/publish-to-wordpress.ts). Credentials come from the environment only. The image
// policy (publish/featured-image.ts) is off unless --featured-image FILE --image-credit TEXT or
// --source-image-host HOST is given; the image is read and checked before anything is sent.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { type Article, ArticleSchema } from '../domain/article.ts';
import { MatomeError } from '../domain/errors.ts';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { createRobotsPolicy } from '../fetch/robots-policy.ts';
import { checkCredit, type ImagePolicy, readFeaturedImage } from '../publish/featured-image.ts';
import { type PublishStatus, publishToWordPress, termRef } from '../publish/publish-to-wordpress.ts';
import { createWordPressClient, normaliseSite } from '../publish/wordpress-client.ts';
import type { Publication, Store, StoredArticle } from '../store/store.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT } from './exit-codes.ts';
import { usageError as commandUsageError, parseOptions, strings } from './parse-options.ts';
import { DEFAULT_STORE } from './usage.ts';

/** The options `publish` and `build --publish` share. */
export const PUBLISH_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  site: { type: 'string' },
  status: { type: 'string' },
  category: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  'featured-image': { type: 'string' },
  'image-credit': { type: 'string' },
  'source-image-host': { type: 'string', multiple: true },
};

const TARGETS = ['wordpress'] as const;
const STATUSES: readonly PublishStatus[] = ['draft', 'pending', 'publish'];

/** Where to publish, checked before anything is read or built. */
export interface PublishTarget {
  site: string;
  status: PublishStatus;
  user: string;
  applicationPassword: string;
  categories: ReturnType<typeof termRef>[];
  tags: ReturnType<typeof termRef>[];
  /** Which featured image the post may carry: none unless the user gave one or allowed sources' images. */
  imagePolicy: ImagePolicy;
  /** Hosts the image fetch may reach although local or private (--allow-host, for local testing). */
  allowHosts: string[];
}

/** The image policy from --featured-image, --image-credit and --source-image-host; none by default. */
function imagePolicyFrom(values: Record<string, unknown>, usage: (detail: string) => Error): ImagePolicy {
  const file = values['featured-image'];
  const credit = values['image-credit'];
  const hosts = strings(values['source-image-host']);
  if (typeof file === 'string' && hosts.length > 0) {
    throw usage(
      "--featured-image and --source-image-host (give one image policy: your own image, or the sources' images)",
    );
  }
  if (typeof file === 'string') {
    if (typeof credit !== 'string') {
      throw usage(
        `--featured-image ${file} needs --image-credit TEXT (who holds the image's rights; it is shown with the image)`,
      );
    }
    return { kind: 'file', path: file, credit: checkCredit(credit, '--image-credit') };
  }
  if (typeof credit === 'string') {
    throw usage("--image-credit without --featured-image (a source's image is credited to its site)");
  }
  if (hosts.length > 0) {
    for (const host of hosts) {
      if (!/^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d+)?$/i.test(host)) {
        throw usage(
          `--source-image-host ${host} (not a host name; give the site's host, e.g. --source-image-host news.example)`,
        );
      }
    }
    return { kind: 'source', hosts };
  }
  return { kind: 'none' };
}

/** Reads the publishing options and the credentials, or says what is missing. */
export function publishTargetFrom(
  values: Record<string, unknown>,
  to: unknown,
  env: Readonly<Record<string, string | undefined>>,
  command: string,
): PublishTarget {
  const usage = (detail: string) => commandUsageError(detail, command);
  const option = command === 'build' ? '--publish' : '--to';
  if (typeof to !== 'string' || !TARGETS.includes(to as (typeof TARGETS)[number])) {
    throw usage(
      `${option} ${typeof to === 'string' ? to : '(missing)'} (matome publishes to: ${TARGETS.join(', ')})`,
    );
  }
  if (typeof values.site !== 'string')
    throw usage(`${option} wordpress needs --site URL (the site's address)`);
  const status = (values.status ?? 'draft') as PublishStatus;
  if (!STATUSES.includes(status)) {
    throw usage(`--status ${String(values.status)} (choose draft, pending or publish; draft by default)`);
  }
  const user = env.MATOME_WP_USER ?? '';
  const applicationPassword = env.MATOME_WP_APP_PASSWORD ?? '';
  if (user === '' || applicationPassword === '') {
    throw new MatomeError(
      'INVALID_ARGUMENT',
      `Invalid arguments: publishing to ${values.site} needs ${[user === '' ? 'MATOME_WP_USER' : '', applicationPassword === '' ? 'MATOME_WP_APP_PASSWORD' : ''].filter(Boolean).join(' and ')} (not set)`,
      {
        hint: 'Set MATOME_WP_USER to the WordPress user name and MATOME_WP_APP_PASSWORD to an Application Password made for it under Users → Profile → Application Passwords (see README "Publishing to WordPress").',
      },
    );
  }
  return {
    site: values.site,
    status,
    user,
    applicationPassword,
    categories: strings(values.category).map((spec) => termRef(spec, '--category')),
    tags: strings(values.tag).map((spec) => termRef(spec, '--tag')),
    imagePolicy: imagePolicyFrom(values, usage),
    allowHosts: strings(values['allow-host']),
  };
}

/** The featured image the target's policy allows for this article, read and checked before anything is sent. */
function featuredImageFor(article: Article, target: PublishTarget) {
  return readFeaturedImage(article, target.imagePolicy, {
    fetch: createGuardedFetch({ content: 'images', allowHosts: target.allowHosts }),
    // A source's image is fetched like its page: only where the site's robots.txt allows it.
    robots: createRobotsPolicy({ fetch: createGuardedFetch({ allowHosts: target.allowHosts }) }),
  });
}

/** Publishes a gate-passing article and prints what happened; returns the exit code. */
export async function publishArticle(
  article: Article,
  articleSlug: string,
  target: PublishTarget,
  store: Store,
  io: CliIo,
): Promise<number> {
  const client = createWordPressClient({
    site: target.site,
    user: target.user,
    applicationPassword: target.applicationPassword,
  });
  const image = await featuredImageFor(article, target);
  const result = await publishToWordPress(article, {
    store,
    client,
    articleSlug,
    status: target.status,
    categories: target.categories,
    tags: target.tags,
    ...(image === undefined ? {} : { image }),
    onStep: (step, publication) =>
      io.stderr(
        `matome: publish ${articleSlug}: ${step}${publication.postId === undefined ? '' : ` (post ${publication.postId})`}\n`,
      ),
  });
  if (result.removedDuplicates.length > 0) {
    io.stderr(`matome: removed duplicate posts ${result.removedDuplicates.join(', ')} (a retried create)\n`);
  }
  if (result.removedMedia.length > 0) {
    io.stderr(`matome: removed duplicate media ${result.removedMedia.join(', ')} (a retried upload)\n`);
  }
  io.stderr(`matome: ${result.media}\n`);
  io.stdout(`${result.action} post ${result.postId} ${client.site}/?p=${result.postId}\n`);
  return EXIT.ok;
}

/** For the review desk: publishes each article it approves (the stored reviewed article) to the target. */
export function deskPublisherFor(
  target: PublishTarget,
  store: Store,
): (published: StoredArticle) => Promise<{ target: string; action: string; postId: number; site: string }> {
  const client = createWordPressClient({
    site: target.site,
    user: target.user,
    applicationPassword: target.applicationPassword,
  });
  return async (published) => {
    const image = await featuredImageFor(published.article, target);
    const result = await publishToWordPress(published.article, {
      store,
      client,
      articleSlug: published.slug,
      status: target.status,
      categories: target.categories,
      tags: target.tags,
      ...(image === undefined ? {} : { image }),
    });
    return { target: 'wordpress', action: result.action, postId: result.postId, site: client.site };
  };
}

/** For the review desk's article page: the article's outbox records on the target's site. */
export function deskPublicationsFor(
  target: PublishTarget,
  store: Store,
): (articleSlug: string) => Promise<Publication[]> {
  const site = normaliseSite(target.site);
  return (articleSlug) => store.listPublications(site, articleSlug);
}

/** Reads ARTICLE.json, and refuses it unless the build's report beside it says it passed the gate. */
async function readGatedArticle(file: string): Promise<{ article: Article; name: string }> {
  const name = basename(file).replace(/\.json$/i, '');
  if (/\.draft$/.test(name)) {
    throw new MatomeError('ARTICLE_BLOCKED', `Refused to publish: ${file} (a blocked draft)`, {
      hint: `Read ${join(dirname(file), `${name.replace(/\.draft$/, '')}.report.txt`)}; only an article the gate passed is published.`,
    });
  }
  const read = async (path: string, what: string) => {
    try {
      return JSON.parse(await readFile(path, 'utf8')) as unknown;
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      throw new MatomeError(
        missing ? 'SOURCE_NOT_FOUND' : 'SOURCE_UNREADABLE',
        `Failed to read ${what}: ${path} (${missing ? 'not found' : (error as Error).message})`,
        {
          hint: 'Publish the ARTICLE.json that "matome build --format json" wrote, with its <slug>.report.json beside it.',
          cause: error,
        },
      );
    }
  };
  const parsed = ArticleSchema.safeParse(await read(file, 'article'));
  if (!parsed.success) {
    throw new MatomeError(
      'INVALID_ARTICLE',
      `Invalid article: ${file} (${parsed.error.issues[0]?.message ?? 'not an Article'} at ${parsed.error.issues[0]?.path.join('.') ?? ''})`,
      {
        hint: 'Publish the ARTICLE.json that "matome build --format json" wrote.',
      },
    );
  }
  const report = (await read(join(dirname(file), `${name}.report.json`), 'report')) as { verdict?: unknown };
  if (typeof report.verdict !== 'string' || report.verdict === 'blocked') {
    throw new MatomeError(
      'ARTICLE_BLOCKED',
      `Refused to publish: ${file} (its report's verdict is ${String(report.verdict)})`,
      {
        hint: `Read ${join(dirname(file), `${name}.report.txt`)}; only an article the gate passed is published.`,
      },
    );
  }
  return { article: parsed.data as Article, name };
}

/** `matome publish ARTICLE.json --to wordpress --site URL [--status …] [--category …] [--tag …]`. */
export async function runPublishCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      ...PUBLISH_OPTIONS,
      to: { type: 'string' },
      slug: { type: 'string' },
      store: { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
    },
    'publish',
  );
  if (positionals.length !== 1) throw commandUsageError('publish takes exactly one ARTICLE.json', 'publish');
  const target = publishTargetFrom(values, values.to, io.env ?? process.env, 'publish');
  const { article, name } = await readGatedArticle(positionals[0] as string);
  // Imported here: \`matome build\` imports this file for its options, and a --no-store build opens no store.
  const { openStore, storeSpecFrom } = await import('../store/open-store.ts');
  const store = await openStore(storeSpecFrom(values.store, io.env ?? process.env, DEFAULT_STORE));
  try {
    return await publishArticle(
      article,
      typeof values.slug === 'string' ? values.slug : name,
      target,
      store,
      io,
    );
  } finally {
    await store.close();
  }
}
