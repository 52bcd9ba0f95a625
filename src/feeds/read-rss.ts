import type { RawFeed, RawItem, RawLink } from './feed.ts';
import { htmlToText } from './html-to-text.ts';
import { selfLink } from './read-atom.ts';
import { attributeValue, childElement, childElements, NS, textContent, type XmlElement } from './xml-tree.ts';

/**
 * RSS titles are plain text by the specification, but many feeds escape markup or entities into
 * them ("AT&amp;amp;T", "&lt;b&gt;速報&lt;/b&gt;"); they are read as HTML, as feed readers do.
 */
const titleText = htmlToText;

function text(element: XmlElement | undefined): string | undefined {
  return element === undefined ? undefined : textContent(element);
}

function linkOf(element: XmlElement | undefined): RawLink | undefined {
  const href = text(element);
  return element === undefined || href === undefined ? undefined : { href, base: element.base };
}

/** A guid stands in for a missing link only when it is a permalink and an absolute http(s) URL: an
 * opaque id such as "12345" would otherwise resolve against the feed URL into a page that does not exist. */
function guidLink(item: XmlElement, core: readonly string[]): RawLink | undefined {
  const guid = childElement(item, 'guid', core);
  if (guid === undefined || attributeValue(guid, 'isPermaLink')?.trim() === 'false') return undefined;
  const href = textContent(guid).trim();
  return /^https?:\/\//i.test(href) ? { href, base: guid.base } : undefined;
}

function readItem(item: XmlElement, core: readonly string[]): RawItem {
  const title = text(childElement(item, 'title', core));
  const about = attributeValue(item, 'about', NS.rdf);
  const links = [
    linkOf(childElement(item, 'link', core)),
    guidLink(item, core),
    // RSS 1.0 names each item by its URL in rdf:about.
    about === undefined ? undefined : { href: about, base: item.base },
  ].filter((link) => link !== undefined);
  const description =
    text(childElement(item, 'description', core)) ?? text(childElement(item, 'encoded', [NS.content]));
  return {
    title: title === undefined ? undefined : titleText(title),
    links,
    date: text(childElement(item, 'pubDate', core)) ?? text(childElement(item, 'date', [NS.dc])),
    // Descriptions are HTML, escaped or in CDATA (RSS 2.0 specification, "description").
    summary: description === undefined ? undefined : htmlToText(description),
  };
}

function readChannel(channel: XmlElement | undefined, core: readonly string[]) {
  const title = text(channel && childElement(channel, 'title', core));
  const about = channel && attributeValue(channel, 'about', NS.rdf);
  return {
    title: title === undefined ? undefined : titleText(title),
    site: linkOf(channel && childElement(channel, 'link', core)),
    // The feed's own address: RSS 2.0 feeds commonly carry an atom:link rel="self", and RSS 1.0
    // names the channel by the feed's URL in rdf:about.
    self:
      channel &&
      (selfLink(channel, [NS.atom]) ??
        (about === undefined ? undefined : { href: about, base: channel.base })),
  };
}

/**
 * RSS 0.9x and 2.0: `<rss><channel>` with items inside the channel. The core elements are in
 * no namespace, or in the namespace of <rss> itself where an old feed declared one.
 */
export function readRss2(root: XmlElement): RawFeed {
  const core = [root.namespace];
  const channel = childElement(root, 'channel', core);
  let items = channel === undefined ? [] : childElements(channel, 'item', core);
  // Some 0.9x feeds put the items next to the channel rather than inside it.
  if (items.length === 0) items = childElements(root, 'item', core);
  return { kind: 'rss2', ...readChannel(channel, core), items: items.map((item) => readItem(item, core)) };
}

/**
 * RSS 1.0 (and 0.90): `<rdf:RDF>` with the channel and the items side by side, dates in dc:date.
 * The core namespace is read from the channel so RSS 0.90 and unprefixed variants work alike.
 */
export function readRss1(root: XmlElement): RawFeed {
  const channel = childElement(root, 'channel', [NS.rss1, NS.rss090, '']);
  const core = channel === undefined ? [NS.rss1, NS.rss090] : [channel.namespace];
  let items = childElements(root, 'item', core);
  // Some generators nest the items inside the channel, as in RSS 2.0.
  if (items.length === 0 && channel !== undefined) items = childElements(channel, 'item', core);
  return { kind: 'rss1', ...readChannel(channel, core), items: items.map((item) => readItem(item, core)) };
}
