import type { RawFeed, RawItem, RawLink } from './feed.ts';
import { cleanText, htmlToText } from './html-to-text.ts';

/** The outcome of safeReadJsonFeed: the feed, or why the text is not one. */
export type JsonFeedResult = { ok: true; feed: RawFeed } | { ok: false; detail: string };

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string member, or undefined when it is absent or of another type (the feed is data from outside). */
const stringMember = (object: JsonObject, name: string): string | undefined => {
  const value = object[name];
  return typeof value === 'string' ? value : undefined;
};

function readItem(item: JsonObject, base: string): RawItem {
  // `url` is the item's own page; `external_url` the page it is about (link blogs), the next best.
  const links: RawLink[] = [stringMember(item, 'url'), stringMember(item, 'external_url')]
    .filter((href) => href !== undefined)
    .map((href) => ({ href, base }));
  const summary = stringMember(item, 'summary');
  const contentText = stringMember(item, 'content_text');
  const contentHtml = stringMember(item, 'content_html');
  const title = stringMember(item, 'title');
  return {
    title: title === undefined ? undefined : cleanText(title),
    links,
    date: stringMember(item, 'date_published') ?? stringMember(item, 'date_modified'),
    summary:
      summary !== undefined && summary.trim() !== ''
        ? cleanText(summary)
        : contentText !== undefined && contentText.trim() !== ''
          ? cleanText(contentText)
          : contentHtml === undefined
            ? undefined
            : htmlToText(contentHtml),
  };
}

/**
 * Reads JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/). `base` is the feed's URL,
 * against which relative item URLs resolve. Never throws: text that is not JSON, or JSON that is
 * not a JSON Feed, gives `{ ok: false, detail }`.
 */
export function safeReadJsonFeed(text: string, base: string): JsonFeedResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, detail: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const version = isObject(data) ? stringMember(data, 'version') : undefined;
  if (
    !isObject(data) ||
    version === undefined ||
    !/^https?:\/\/(?:www\.)?jsonfeed\.org\/version\//i.test(version)
  ) {
    return { ok: false, detail: 'JSON, but not a JSON Feed: no "version" of https://jsonfeed.org/version/…' };
  }
  if (!Array.isArray(data.items)) return { ok: false, detail: 'a JSON Feed without an "items" array' };
  const home = stringMember(data, 'home_page_url');
  const self = stringMember(data, 'feed_url');
  const title = stringMember(data, 'title');
  return {
    ok: true,
    feed: {
      kind: 'jsonfeed',
      title: title === undefined ? undefined : cleanText(title),
      site: home === undefined ? undefined : { href: home, base },
      self: self === undefined ? undefined : { href: self, base },
      items: data.items.filter(isObject).map((item) => readItem(item, base)),
    },
  };
}
