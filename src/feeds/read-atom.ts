import type { RawFeed, RawItem, RawLink } from './feed.ts';
import { cleanText, htmlToText } from './html-to-text.ts';
import {
  attributeValue,
  childElement,
  childElements,
  innerMarkup,
  textContent,
  type XmlElement,
} from './xml-tree.ts';

const ALTERNATE = new Set(['', 'alternate', 'http://www.iana.org/assignments/relation/alternate']);

/**
 * The page a feed or entry stands for: the first link with rel="alternate" or no rel (RFC 4287
 * §4.2.7.2), preferring one that is HTML or says no type over, say, an alternate audio file.
 * Its href resolves against the link's own base, so xml:base anywhere above it applies.
 */
function alternateLink(element: XmlElement, core: readonly string[]): RawLink | undefined {
  const candidates = childElements(element, 'link', core).filter(
    (link) =>
      ALTERNATE.has(attributeValue(link, 'rel')?.trim() ?? '') && attributeValue(link, 'href') !== undefined,
  );
  const isPage = (link: XmlElement) => {
    const type = attributeValue(link, 'type')?.trim().toLowerCase() ?? '';
    return type === '' || type.includes('html');
  };
  const chosen = candidates.find(isPage) ?? candidates[0];
  return chosen === undefined ? undefined : { href: attributeValue(chosen, 'href') ?? '', base: chosen.base };
}

/** The address a feed gives for itself: its link with rel="self" (RFC 4287 §4.2.7.2). */
export function selfLink(element: XmlElement, core: readonly string[]): RawLink | undefined {
  const link = childElements(element, 'link', core).find((l) => attributeValue(l, 'rel')?.trim() === 'self');
  const href = link && attributeValue(link, 'href');
  return link === undefined || href === undefined ? undefined : { href, base: link.base };
}

/**
 * An Atom text construct as plain text: type="text" as is, "html" as escaped HTML, "xhtml" as
 * inline markup (RFC 4287 §3.1). Atom 0.3's MIME types and mode="escaped"/"xml" read the same way.
 * Content that is elsewhere (src) or of another media type (base64) has no text here.
 */
function textConstruct(element: XmlElement | undefined): string | undefined {
  if (element === undefined || attributeValue(element, 'src') !== undefined) return undefined;
  const type = attributeValue(element, 'type')?.trim().toLowerCase() ?? 'text';
  const mode = attributeValue(element, 'mode')?.trim().toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml' || (type.includes('html') && mode === 'xml')) {
    return htmlToText(innerMarkup(element));
  }
  if (type === 'html' || type === 'text/html') return htmlToText(textContent(element));
  if (type === 'text' || type === 'text/plain' || type === '') return cleanText(textContent(element));
  return undefined;
}

function firstText(
  element: XmlElement,
  names: readonly string[],
  core: readonly string[],
): string | undefined {
  for (const name of names) {
    const found = childElement(element, name, core);
    if (found !== undefined) return textContent(found);
  }
  return undefined;
}

function readEntry(entry: XmlElement, core: readonly string[]): RawItem {
  const link = alternateLink(entry, core);
  const summary = textConstruct(childElement(entry, 'summary', core));
  return {
    title: textConstruct(childElement(entry, 'title', core)),
    links: link === undefined ? [] : [link],
    // The first publication when given, else the last change; issued/modified/created are Atom 0.3's names.
    date: firstText(entry, ['published', 'updated', 'issued', 'modified', 'created'], core),
    summary:
      summary === undefined || summary === '' ? textConstruct(childElement(entry, 'content', core)) : summary,
  };
}

/** Atom 1.0 (and 0.3): `<feed>` with `<entry>` elements, all in the namespace of <feed>. */
export function readAtom(root: XmlElement): RawFeed {
  const core = [root.namespace];
  return {
    kind: 'atom',
    title: textConstruct(childElement(root, 'title', core)),
    site: alternateLink(root, core),
    self: selfLink(root, core),
    items: childElements(root, 'entry', core).map((entry) => readEntry(entry, core)),
  };
}
