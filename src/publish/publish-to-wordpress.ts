// Publishes one article revision to WordPress exactly once, through the store's outbox: the record
// (intent → claimed → created(post id) → media → finalised) says what was done, so a run killed at
// any step, or one whose answer was lost after WordPress wrote, is finished by the next run without
// a second post. Before any create, the post is looked up (its marker and slug, any status,
// context=edit) and adopted; duplicates (a retried create WordPress renamed slug-2) are deleted.
// A new revision updates the article's post, unless someone edited it in WordPress since matome
// last wrote it (modified_gmt): then it stops and says so. A featured image the image policy allows
// (featured-image.ts) is uploaded once per content hash: looked up by its deterministic name before
// any upload, adopted when an earlier run (or a lost answer) left it there, duplicates deleted.
import { hostname } from 'node:os';
import type { Article } from '../domain/article.ts';
import { MatomeError } from '../domain/errors.ts';
import type { Publication, Store } from '../store/store.ts';
import type { FeaturedImage } from './featured-image.ts';
import {
  normaliseSite,
  type PostFields,
  type Taxonomy,
  UPLOAD_REFUSED,
  type WordPressClient,
  type WordPressMedia,
  type WordPressPost,
  withRetry,
} from './wordpress-client.ts';
import {
  articleMarker,
  articleRevision,
  imageMarker,
  type PostImage,
  postSlugFor,
  revisionMarker,
  wordpressPostText,
} from './wordpress-post.ts';

/** A category or tag by slug, and the name to create it with when the site lacks it. */
export interface TermRef {
  slug: string;
  name: string;
}

export type PublishStatus = 'draft' | 'pending' | 'publish';

export interface PublishOptions {
  store: Store;
  client: WordPressClient;
  /** The article's name (its output slug): the same for every revision. */
  articleSlug: string;
  /** WordPress post status; draft by default. */
  status?: PublishStatus;
  categories?: readonly TermRef[];
  tags?: readonly TermRef[];
  /** Told each outbox step as it is recorded (progress lines). */
  onStep?: (step: string, publication: Publication) => void;
  /** How long a claim holds before another publisher may take it (10 minutes). */
  leaseMs?: number;
  /** Retries of 429/5xx/network failures per step (5), and their first backoff (250 ms). */
  retries?: number;
  backoffMs?: number;
  /** The featured image the image policy allows (readFeaturedImage); none when absent. */
  image?: FeaturedImage;
  /**
   * How long a run that takes over a dead publisher's claim waits before looking (1 s): a request
   * the dead process left in flight (a create or an upload) lands first, and is then adopted.
   */
  settleMs?: number;
}

export interface PublishResult {
  /** created: a new post; adopted: a post an earlier run made; updated: a new revision; unchanged: done before. */
  action: 'created' | 'adopted' | 'updated' | 'unchanged';
  postId: number;
  postSlug: string;
  publication: Publication;
  /** Duplicate posts found and deleted. */
  removedDuplicates: number[];
  /** Duplicate uploads of the featured image found and deleted. */
  removedMedia: number[];
  /** What became of the featured image, in words. */
  media: string;
  /** The featured image's media id; absent when the policy allows none. */
  mediaId?: number;
}

/** Without an image policy that allows one, no featured image: a source image's licence is unknown. */
const NO_IMAGE = "no featured image: the image policy allows none (a source image's licence is unknown)";

/** The line saying what became of the featured image. */
function mediaLine(image: FeaturedImage | undefined, mediaId: number | undefined, how: string): string {
  if (image === undefined || mediaId === undefined) return NO_IMAGE;
  return `featured image: media ${mediaId} ${how} (${image.width}×${image.height} ${image.mediaType}, credit: ${image.credit})`;
}

/** A slug of a category or tag, checked: lower-case ASCII letters, digits and hyphens. */
export function termRef(spec: string, option: string): TermRef {
  const [slug = '', ...rest] = spec.split('=');
  const name = rest.join('=').trim();
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new MatomeError('INVALID_ARGUMENT', `Invalid arguments: ${option} ${spec} (not a slug)`, {
      hint: `Give the term's slug in lower-case ASCII, optionally with its name: ${option} local-news=地域ニュース.`,
    });
  }
  return { slug, name: name === '' ? slug : name };
}

/** The process holding a claim: host and pid, so a dead holder on this host can be taken over. */
function ownerId(): string {
  return `${hostname()}:${process.pid}`;
}

/** The holder of a claim when it is a process on this host that no longer runs. */
function deadHolder(claimedBy: string | undefined): string | undefined {
  if (claimedBy === undefined) return undefined;
  const at = claimedBy.lastIndexOf(':');
  const pid = Number(claimedBy.slice(at + 1));
  if (claimedBy.slice(0, at) !== hostname() || !Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH' ? claimedBy : undefined;
  }
}

/**
 * The outbox key of publishing `revision` now. A revision is published once, so its key is the
 * revision itself, unless the post shows another revision since one of its earlier records: going
 * back to an earlier revision (A, then B, then A again) is a new publication, keyed by the revision
 * and the publication it replaces (`A+after:12`), so the post shows A again, and re-running that is
 * still one publication. `latest` is the newest finalised publication, `all` every one, oldest first.
 */
export function outboxRevision(
  revision: string,
  latest: Publication | undefined,
  all: readonly Publication[],
): string {
  if (latest === undefined) return revision;
  const base = (key: string) => key.replace(/\+after:\d+$/u, '');
  if (base(latest.revision) === revision) return latest.revision;
  const earlier = all.some((entry) => entry.id < latest.id && base(entry.revision) === revision);
  return earlier ? `${revision}+after:${latest.id}` : revision;
}

/** Publishes `article` (one revision) to the client's site; see the file comment. */
export async function publishToWordPress(article: Article, options: PublishOptions): Promise<PublishResult> {
  const { store, client, articleSlug } = options;
  const site = normaliseSite(client.site);
  const { image } = options;
  const postImage: PostImage | undefined =
    image === undefined
      ? undefined
      : {
          hash: image.hash,
          credit: image.credit,
          ...(image.sourceId === undefined ? {} : { sourceId: image.sourceId }),
        };
  const revision = articleRevision(article, postImage);
  const postSlug = postSlugFor(articleSlug);
  const owner = ownerId();
  const retry = <T>(action: () => Promise<T>) =>
    withRetry(action, { retries: options.retries ?? 5, baseMs: options.backoffMs ?? 250 });
  const step = (name: string, publication: Publication) => options.onStep?.(name, publication);

  let record = await store.openPublication({
    site,
    articleSlug,
    revision: outboxRevision(
      revision,
      await store.latestPublication(site, articleSlug),
      await store.listPublications(site, articleSlug),
    ),
    postSlug,
  });
  if (record.state === 'finalised' && record.postId !== undefined) {
    step('unchanged', record);
    return {
      action: 'unchanged',
      postId: record.postId,
      postSlug,
      publication: record,
      removedDuplicates: [],
      removedMedia: [],
      media: mediaLine(image, record.mediaId, 'unchanged'),
      ...(record.mediaId === undefined ? {} : { mediaId: record.mediaId }),
    };
  }
  await checkUser(client, options.status ?? 'draft', image !== undefined, retry);
  step('intent', record);
  const dead = deadHolder(record.claimedBy);
  const claimed = await store.claimPublication(record.id, owner, options.leaseMs ?? 600_000, dead);
  if (claimed === undefined) {
    const holder = (await store.listPublications(site, articleSlug)).find((entry) => entry.id === record.id);
    throw new MatomeError(
      'CONFLICT',
      `Refused to publish: ${articleSlug} to ${site} (another publisher, ${holder?.claimedBy ?? 'unknown'}, holds it until ${holder?.claimedUntil ?? 'unknown'})`,
      { hint: 'Wait for that run to finish, or run again after its claim runs out.' },
    );
  }
  record = claimed;
  step('claimed', record);
  // Only a create or an upload can be in flight before the media step is recorded; after it, reads.
  if (dead !== undefined && (claimed.state === 'claimed' || claimed.state === 'created')) {
    await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 1000));
  }

  try {
    let action: PublishResult['action'] = 'adopted';
    const removed: number[] = [];
    const removedMedia: number[] = [];
    let written: WordPressPost | undefined;
    if (record.postId === undefined) {
      const fields = await retry(() => postFields(article, options, revision, postSlug, postImage));
      const outcome = await retry(() => ensurePost(options, record, fields, revision, removed));
      action = outcome.action;
      written = outcome.post;
      record = await store.advancePublication(record.id, owner, {
        state: 'created',
        postId: outcome.post.id,
        modifiedGmt: outcome.post.modified_gmt,
      });
      step('created', record);
    }
    let how = 'unchanged';
    if (record.state === 'created' || record.state === 'claimed') {
      const postId = record.postId as number;
      let mediaId: number | undefined;
      if (image !== undefined) {
        const settled = await retry(() => ensureMedia(client, image, postId));
        mediaId = settled.media.id;
        how = settled.how;
        removedMedia.push(...settled.removed);
      }
      // The post shows the image the policy allows, and none when it allows none.
      const current = written ?? (await retry(() => client.getPost(postId)));
      if (current !== undefined && (current.featured_media ?? 0) !== (mediaId ?? 0)) {
        await retry(() => client.setFeaturedMedia(postId, mediaId ?? 0));
      }
      record = await store.advancePublication(record.id, owner, {
        state: 'media',
        ...(mediaId === undefined ? {} : { mediaId }),
      });
      step('media', record);
    }
    const postId = record.postId as number;
    const post = await retry(() => client.getPost(postId));
    if (post === undefined) {
      throw new MatomeError(
        'PUBLISH_CONFLICT',
        `Failed to publish: ${articleSlug} to ${site} (post ${postId} is gone from WordPress)`,
        {
          hint: 'Someone deleted the post while matome was publishing it; run again to create it anew.',
        },
      );
    }
    record = await store.advancePublication(record.id, owner, {
      state: 'finalised',
      modifiedGmt: post.modified_gmt,
    });
    step('finalised', record);
    return {
      action,
      postId,
      postSlug: post.slug,
      publication: record,
      removedDuplicates: removed,
      removedMedia,
      media: mediaLine(image, record.mediaId, how),
      ...(record.mediaId === undefined ? {} : { mediaId: record.mediaId }),
    };
  } catch (error) {
    await store.releasePublication(record.id, owner);
    throw error;
  }
}

/** Refuses early, and explains, when the user cannot log in or may not do what is asked. */
async function checkUser(
  client: WordPressClient,
  status: PublishStatus,
  upload: boolean,
  retry: <T>(action: () => Promise<T>) => Promise<T>,
): Promise<void> {
  const user = await retry(() => client.whoAmI());
  const may = (capability: string) => user.capabilities[capability] === true;
  const missing = !may('edit_posts')
    ? 'create posts'
    : status === 'publish' && !may('publish_posts')
      ? 'publish posts'
      : upload && !may('upload_files')
        ? 'upload media'
        : undefined;
  if (missing === undefined) return;
  throw new MatomeError(
    'PUBLISH_REFUSED',
    `Refused to publish: ${client.site} (user ${user.slug} may not ${missing})`,
    {
      hint:
        missing === 'upload media'
          ? UPLOAD_REFUSED
          : missing === 'publish posts'
            ? 'Publish as a draft or pending review (--status draft|pending), or use an Editor or Administrator account.'
            : 'Give this user the Author, Editor or Administrator role, or publish with another account.',
    },
  );
}

/** The post's fields, its categories and tags resolved by slug (created when the site lacks them). */
async function postFields(
  article: Article,
  options: PublishOptions,
  revision: string,
  slug: string,
  image: PostImage | undefined,
): Promise<PostFields> {
  const resolve = async (taxonomy: Taxonomy, refs: readonly TermRef[] = []) => {
    const ids: number[] = [];
    for (const ref of refs) {
      const found = await options.client.findTerm(taxonomy, ref.slug);
      ids.push(found?.id ?? (await options.client.createTerm(taxonomy, ref)));
    }
    return ids;
  };
  return {
    ...wordpressPostText(article, options.articleSlug, revision, image),
    slug,
    status: options.status ?? 'draft',
    categories: await resolve('categories', options.categories),
    tags: await resolve('tags', options.tags),
  };
}

/**
 * The article's post for this revision: adopted when an earlier run made it, updated when it holds
 * an earlier revision matome wrote last, created when there is none. Looks before every write.
 */
async function ensurePost(
  options: PublishOptions,
  record: Publication,
  fields: PostFields,
  revision: string,
  removed: number[],
): Promise<{ post: WordPressPost; action: PublishResult['action'] }> {
  const { client, store, articleSlug } = options;
  const history = await store.listPublications(record.site, articleSlug);
  const known = new Set(history.flatMap((entry) => (entry.postId === undefined ? [] : [entry.postId])));
  const ours = await findArticlePosts(client, articleSlug, fields.slug);
  const kept = await keepOne(client, ours, known, removed);
  if (kept !== undefined) {
    if (kept.content.raw.includes(revisionMarker(revision))) return { post: kept, action: 'adopted' };
    // An earlier revision's post: update it only if nobody edited it since matome last wrote it.
    const lastWrites = new Set(
      history.flatMap((entry) =>
        entry.postId === kept.id && entry.modifiedGmt !== undefined ? [entry.modifiedGmt] : [],
      ),
    );
    if (!lastWrites.has(kept.modified_gmt)) {
      throw new MatomeError(
        'PUBLISH_CONFLICT',
        `Refused to update: post ${kept.id} on ${client.site} (edited in WordPress at ${kept.modified_gmt} GMT, after matome last wrote it${lastWrites.size === 0 ? '' : ` at ${[...lastWrites].sort().at(-1)} GMT`})`,
        {
          hint: 'Someone changed the post in WordPress; matome will not overwrite their edit. Merge the change into the article by hand, or delete the post to publish it anew.',
        },
      );
    }
    return { post: await client.updatePost(kept.id, fields), action: 'updated' };
  }
  const created = await client.createPost(fields);
  if (created.slug === fields.slug || fields.status !== 'publish')
    return { post: created, action: 'created' };
  // WordPress renamed the slug (slug-2): another post holds it — perhaps ours from a lost answer.
  const again = await keepOne(
    client,
    await findArticlePosts(client, articleSlug, fields.slug),
    known,
    removed,
  );
  return { post: again ?? created, action: 'created' };
}

/** Posts (any status) carrying the article's marker, found by the marker or the slug. */
async function findArticlePosts(
  client: WordPressClient,
  articleSlug: string,
  slug: string,
): Promise<WordPressPost[]> {
  const marker = articleMarker(articleSlug);
  const found = [...(await client.findPosts({ search: marker })), ...(await client.findPosts({ slug }))];
  const byId = new Map(
    found.filter((post) => post.content.raw.includes(marker)).map((post) => [post.id, post]),
  );
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/** Keeps one of the article's posts (one the store knows, else the oldest) and deletes the rest. */
async function keepOne(
  client: WordPressClient,
  posts: readonly WordPressPost[],
  known: ReadonlySet<number>,
  removed: number[],
): Promise<WordPressPost | undefined> {
  const kept = posts.find((post) => known.has(post.id)) ?? posts[0];
  for (const post of posts) {
    if (post === kept) continue;
    await client.deletePost(post.id);
    removed.push(post.id);
  }
  return kept;
}

/** Media items named for this image (its slug, or its title: WordPress renames a second upload slug-2). */
async function findImageMedia(client: WordPressClient, marker: string): Promise<WordPressMedia[]> {
  const found = [
    ...(await client.findMedia({ slug: marker })),
    ...(await client.findMedia({ search: marker })),
  ];
  const byId = new Map(
    found
      .filter((media) => media.slug === marker || media.title.raw === marker)
      .map((media) => [media.id, media]),
  );
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/**
 * The featured image's media item on the site: the one an earlier run uploaded (found by the name
 * its content hash gives it), else a new upload. Duplicates (an upload whose answer was lost, then
 * made again) are deleted, keeping the oldest, so every run settles on the same item.
 */
async function ensureMedia(
  client: WordPressClient,
  image: FeaturedImage,
  postId: number,
): Promise<{ media: WordPressMedia; how: string; removed: number[] }> {
  const marker = imageMarker(image.hash);
  const removed: number[] = [];
  const keepOldest = async (items: readonly WordPressMedia[]) => {
    for (const extra of items.slice(1)) {
      await client.deleteMedia(extra.id);
      removed.push(extra.id);
    }
    return items[0];
  };
  const existing = await keepOldest(await findImageMedia(client, marker));
  if (existing !== undefined) return { media: existing, how: 'adopted', removed };
  const uploaded = await client.uploadMedia({
    bytes: image.bytes,
    mediaType: image.mediaType,
    fileName: `${marker}.${image.extension}`,
    title: marker,
    slug: marker,
    caption: image.credit,
    post: postId,
  });
  // Another upload of the same image may have landed meanwhile (a dead publisher's, in flight).
  const settled = (await keepOldest(await findImageMedia(client, marker))) ?? uploaded;
  return { media: settled, how: settled.id === uploaded.id ? 'uploaded' : 'adopted', removed };
}
