import type { Document } from '../../src/domain/document.ts';

/**
 * A Japanese Document of an invented page for unit tests: the title, then the paragraphs separated
 * by a blank line, as extraction gives them; the site is `${id}新聞` unless named.
 */
export function inventedDocument(
  id: string,
  title: string,
  paragraphs: readonly string[],
  options: { publishedAt: string; siteName?: string },
): Document {
  const text = [title, ...paragraphs].join('\n\n');
  return {
    id,
    url: `https://${id}.example/news`,
    title,
    siteName: options.siteName ?? `${id}新聞`,
    lang: 'ja',
    text,
    titleSpan: [0, title.length],
    contentHash: `sha256:${id.repeat(64).slice(0, 64)}`,
    publishedAt: options.publishedAt,
  };
}
