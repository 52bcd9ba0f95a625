// Parts of an Article that every engine fills the same way, by code: the source references
// (from metadata, never from prose) and the share of quoted text.
import type { Evidence, Fact, SourceCard, SourceRef } from '../domain/article.ts';
import { isDisplayText } from '../domain/article.ts';
import { type Document, publisherOf } from '../domain/document.ts';
import { detectStance } from '../text/stance.ts';

/** The article's quotation share: the one definition, which the rights report checks too. */
export { quotationShare } from '../domain/quotation-share.ts';

function display(value: string | undefined): string | undefined {
  return value !== undefined && isDisplayText(value) ? value : undefined;
}

/** The Article's reference to a source, from the document's metadata only. */
export function sourceRef(document: Document): SourceRef {
  const optional = (key: 'siteName' | 'author', value: string | undefined) => {
    const shown = display(value);
    return shown === undefined ? {} : { [key]: shown };
  };
  return {
    id: document.id,
    url: document.url,
    title: display(document.title) ?? document.id,
    ...optional('siteName', document.siteName),
    ...(document.publishedAt === undefined ? {} : { publishedAt: document.publishedAt }),
    ...optional('author', document.author),
    ...(document.image === undefined ? {} : { image: document.image }),
    lang: document.lang,
    contentHash: document.contentHash,
    textLength: document.text.length,
  };
}

/**
 * The outlet a source is, as the article's own text names it: its site name, else the host of its
 * web address; none for a saved page that names no site (a machine's path is never shown).
 */
export function outletOf(document: Document): string | undefined {
  return display(publisherOf(display(document.siteName), document.url));
}

/**
 * A section's source card: metadata from the document, the three ✅ lines from the engine. The
 * source's image is not shown: matome has no way to know it is licensed for reuse (the Article's
 * source reference still records its address).
 */
export function sourceCard(document: Document, summary: [Fact, Fact, Fact]): SourceCard {
  const site = display(document.siteName);
  return {
    ...(document.publishedAt === undefined ? {} : { publishedAt: document.publishedAt }),
    ...(site === undefined ? {} : { siteName: site }),
    url: document.url,
    summary,
  };
}

/** A fact with the stance its own words express: who the source says said it, and how sure it is. */
export function stancedFact(text: string, evidence: Evidence[], verbatim: boolean): Fact {
  const stance = detectStance(text);
  return {
    kind: 'fact',
    text,
    evidence,
    modality: stance.modality,
    ...(stance.speaker === undefined ? {} : { speaker: stance.speaker }),
    verbatim,
  };
}
