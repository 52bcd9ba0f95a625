import { parseArgs } from 'node:util';
import { MatomeError } from '../domain/errors.ts';
import { type Feed, type FeedItem, parseFeed } from '../feeds/parse-feed.ts';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { readSource } from '../fetch/read-source.ts';
import { createRobotsPolicy, requireRobotsAllowed } from '../fetch/robots-policy.ts';
import { EXIT } from './exit-codes.ts';
import { FEED_USAGE } from './usage.ts';

/** The product token robots.txt groups are matched against. */
/** Where the feed command writes, and the fetch it reads the feed with (a guarded one when absent). */
export interface FeedCommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  fetch?: typeof globalThis.fetch;
}

function usageError(detail: string): MatomeError {
  return new MatomeError('INVALID_ARGUMENT', `Invalid arguments: ${detail}`, {
    hint: 'Run "matome feed --help".',
  });
}

function parseFeedArgs(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageError((error as Error).message);
  }
}

/** "2025-06-02T09:30:00+09:00" → "2025-06-02 09:30": the stored dates are Japan time already. */
const shortDate = (iso: string | undefined) =>
  iso === undefined ? '(no date)' : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/** Numbered lines, date and title, the link indented below: titles vary in width, so they come last. */
function renderTable(feed: Feed, items: readonly FeedItem[], source: string): string {
  const site = feed.siteUrl === undefined ? '' : `  ${feed.siteUrl}`;
  const heading = `${feed.title ?? source}${site}\n`;
  const total = feed.items.length;
  const count = items.length === total ? `${total} items` : `${items.length} of ${total} items`;
  if (items.length === 0) return `${heading}no items with an http(s) link\n`;
  const width = String(items.length).length;
  const lines = items.map((item, index) => {
    const number = String(index + 1).padStart(width);
    const date = shortDate(item.publishedAt).padEnd(16);
    const indent = ' '.repeat(width + 2);
    return `${number}  ${date}  ${item.title ?? '(no title)'}\n${indent}${item.link}\n`;
  });
  return `${heading}${count}\n\n${lines.join('')}`;
}

/**
 * `matome feed FEED [--json] [--limit N]`: reads a feed with readSource and lists its items.
 * Returns the exit code; failures are thrown as MatomeError (INVALID_ARGUMENT for usage,
 * FEED_INVALID and the readSource codes otherwise) for the CLI's one error reporter.
 */
export async function runFeedCommand(args: readonly string[], io: FeedCommandIo): Promise<number> {
  const { values, positionals } = parseFeedArgs(args);
  if (values.help) {
    io.stdout(FEED_USAGE);
    return EXIT.ok;
  }
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0)
    throw usageError('feed takes exactly one FEED (a URL or a file)');
  let limit: number | undefined;
  if (values.limit !== undefined) {
    if (!/^[1-9][0-9]{0,5}$/.test(values.limit)) {
      throw usageError(`--limit ${values.limit} (give a whole number of items, 1 or more)`);
    }
    limit = Number(values.limit);
  }
  const fetch = io.fetch ?? createGuardedFetch({ allowHosts: values['allow-host'] ?? [] });
  // A feed is fetched like any page: robots.txt first (under the same guard), for URLs.
  if (/^https?:\/\//iu.test(source)) await requireRobotsAllowed(createRobotsPolicy({ fetch }), source);
  const page = await readSource(source, { fetch });
  const feed = parseFeed(page);
  const items = limit === undefined ? feed.items : feed.items.slice(0, limit);
  io.stdout(values.json ? `${JSON.stringify(items, null, 2)}\n` : renderTable(feed, items, source));
  return EXIT.ok;
}
