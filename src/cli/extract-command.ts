import { extractDocument } from '../extract/extract-document.ts';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { createRobotsPolicy } from '../fetch/robots-policy.ts';
import { loadPage } from '../pipeline/build-article.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT } from './exit-codes.ts';
import { parseOptions, strings, usageError } from './parse-options.ts';

/** The product token robots.txt groups are matched against. */
/** `matome extract SOURCE`: prints what matome reads from one source (metadata, then the main text). */
export async function runExtract(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      json: { type: 'boolean', default: false },
      'allow-host': { type: 'string', multiple: true },
    },
    'extract',
  );
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0)
    throw usageError('extract takes exactly one SOURCE', 'extract');
  const fetch = createGuardedFetch({ allowHosts: strings(values['allow-host']) });
  const { page } = await loadPage(input, {
    fetch,
    robots: createRobotsPolicy({ fetch }),
  });
  const document = extractDocument(page, { id: 's1' });
  const body = document.text.slice(document.titleSpan[1]).replace(/^\n+/, '');
  const record = {
    url: document.url,
    title: document.title,
    siteName: document.siteName ?? null,
    publishedAt: document.publishedAt ?? null,
    author: document.author ?? null,
    image: document.image ?? null,
    lang: document.lang,
    text: body,
  };
  if (values.json) {
    io.stdout(`${JSON.stringify(record, null, 2)}\n`);
  } else {
    const field = (name: string, value: string | null) => `${name}: ${value ?? '(none)'}\n`;
    io.stdout(
      field('url', record.url) +
        field('title', record.title) +
        field('siteName', record.siteName) +
        field('publishedAt', record.publishedAt) +
        field('author', record.author) +
        field('image', record.image) +
        field('lang', record.lang) +
        `\n${record.text}\n`,
    );
  }
  return EXIT.ok;
}
