import { MatomeError } from '../domain/errors.ts';
import type { Page } from '../domain/page.ts';
import type { Feed, FeedItem, RawFeed, RawLink } from './feed.ts';
import { parseFeedDate } from './parse-feed-date.ts';
import { readAtom } from './read-atom.ts';
import { safeReadJsonFeed } from './read-json-feed.ts';
import { readRss1, readRss2 } from './read-rss.ts';
import { NS, safeParseXml } from './xml-tree.ts';

export type { Feed, FeedItem } from './feed.ts';

const FEED_HINT =
  'Check that the URL is the feed itself (RSS, Atom or JSON Feed), not the page that links to it.';

/** A file's path reads better than its file: URL; a fetched feed is named by where it came from. */
const feedName = (page: Page) => (page.url.startsWith('file:') ? page.input : page.url);

function invalid(page: Page, detail: string, hint = FEED_HINT): MatomeError {
  return new MatomeError('FEED_INVALID', `Failed to read feed: ${feedName(page)} (${detail})`, { hint });
}

/**
 * The first usable link: resolved against its base, http(s) only (javascript:, data:, file: and the
 * rest are never a news page), and without credentials, which only serve to disguise a host.
 */
function resolveLink(links: readonly RawLink[]): string | undefined {
  for (const { href, base } of links) {
    // new URL('', base) is the base itself: an empty link is no link, not the feed's own address.
    if (href.trim() === '') continue;
    let url: URL;
    try {
      url = new URL(href.trim(), base);
    } catch {
      continue;
    }
    if (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.username === '' &&
      url.password === ''
    ) {
      return url.href;
    }
  }
  return undefined;
}

const present = (text: string | undefined) => (text === undefined || text === '' ? undefined : text);

/** Resolves links and dates, drops items without a usable link and repeats of one, keeps feed order. */
function finish(raw: RawFeed): Feed {
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const item of raw.items) {
    const link = resolveLink(item.links);
    if (link === undefined || seen.has(link)) continue;
    seen.add(link);
    const title = present(item.title);
    const publishedAt = item.date === undefined ? undefined : parseFeedDate(item.date);
    const summary = present(item.summary);
    items.push({
      ...(title === undefined ? {} : { title }),
      link,
      ...(publishedAt === undefined ? {} : { publishedAt }),
      ...(summary === undefined ? {} : { summary }),
    });
  }
  const title = present(raw.title);
  const siteUrl = raw.site === undefined ? undefined : resolveLink([raw.site]);
  return {
    kind: raw.kind,
    ...(title === undefined ? {} : { title }),
    ...(siteUrl === undefined ? {} : { siteUrl }),
    items,
  };
}

const notAFeedPage = (page: Page) =>
  invalid(
    page,
    'an HTML page, not a feed',
    'Give the feed URL itself: the page names it in <link rel="alternate" type="application/rss+xml" href="…">.',
  );

/** The text after any leading comments; a loop, since a regular expression over them can backtrack for ever. */
function afterLeadingComments(text: string): string {
  let rest = text;
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->', 4);
    if (end === -1) return rest;
    rest = rest.slice(end + 3).trimStart();
  }
  return rest;
}

function readXmlFeed(text: string, page: Page, base: string): RawFeed {
  // Checked before the XML parser, which would only report HTML's unclosed <meta> and <br>.
  if (/^(?:<!doctype\s+html|<html[\s>])/i.test(afterLeadingComments(text))) throw notAFeedPage(page);
  const parsed = safeParseXml(text, base);
  if (!parsed.ok) {
    const hint = 'The site serves a broken feed: try again later, and tell the site if it stays broken.';
    throw invalid(page, `not well-formed XML: ${parsed.detail}`, hint);
  }
  const root = parsed.root;
  if (root.localName === 'rss') return readRss2(root);
  if (root.localName === 'RDF' && root.namespace === NS.rdf) return readRss1(root);
  // Atom 1.0 or 0.3; a <feed> that forgot its namespace is still read as Atom.
  if (root.localName === 'feed' && [NS.atom, NS.atom03, ''].includes(root.namespace)) return readAtom(root);
  if (root.localName === 'html') throw notAFeedPage(page); // well-formed XHTML
  throw invalid(page, `not a feed: the document element is <${root.localName}>`);
}

function readRawFeed(text: string, page: Page, base: string): RawFeed {
  if (text.startsWith('{') || text.startsWith('[')) {
    const result = safeReadJsonFeed(text, base);
    if (!result.ok) throw invalid(page, result.detail);
    return result.feed;
  }
  if (!text.startsWith('<')) throw invalid(page, 'neither XML nor JSON');
  return readXmlFeed(text, page, base);
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed page into its items, whatever media type the
 * server gave (feeds are often served as text/html or text/plain). Item links are absolute http(s)
 * URLs, deduplicated, in feed order; items without one are left out. Relative links resolve
 * against the feed's URL, or for a saved file against the address the feed gives for itself.
 * Entities are never expanded beyond XML's five and character references. Throws MatomeError
 * FEED_INVALID for anything that is not a well-formed feed.
 */
export function parseFeed(page: Page): Feed {
  // TextDecoder drops a BOM, but a feed read some other way may still carry one; whitespace
  // before the XML declaration is a common generator bug that XML forbids and readers forgive.
  const text = page.text.replace(/^\uFEFF/, '').trimStart();
  if (text === '') throw invalid(page, 'empty');
  const raw = readRawFeed(text, page, page.url);
  if (!page.url.startsWith('file:')) return finish(raw);
  // A relative link in a saved feed would resolve to a file: URL and be dropped; the feed's own
  // address is where its links were written to resolve against. Reading again keeps xml:base exact.
  const declared = raw.self === undefined ? undefined : resolveLink([raw.self]);
  return finish(declared === undefined ? raw : readRawFeed(text, page, declared));
}
