import { createHash } from 'node:crypto';
import { Readability } from '@mozilla/readability';
import type { Document } from '../domain/document.ts';
import { MatomeError } from '../domain/errors.ts';
import type { Page } from '../domain/page.ts';
import { cleanMetadataText, isPlaceholderText } from './clean-metadata-text.ts';
import { collectBlocks } from './collect-paragraphs.ts';
import { detectLanguage } from './detect-language.ts';
import type { DomDocument, DomNode } from './dom.ts';
import type { PageMetadata } from './extract-metadata.ts';
import { extractMetadata } from './extract-metadata.ts';
import { filterBlocks } from './filter-blocks.ts';
import { isDateLine } from './find-visible-dates.ts';
import { removeNonContent } from './non-content.ts';
import { normalizeDate } from './normalize-date.ts';
import { parseHtml } from './parse-html.ts';
import { splitMarkdown } from './split-markdown.ts';
import { splitPlainText } from './split-plain-text.ts';

/** Below this many characters of main text a page is an index, login or error page, not an article. */
const MIN_MAIN_TEXT = 80;

/** A headline taken from the first paragraph (when the page names none) is at most this long. */
const MAX_FALLBACK_TITLE = 120;
const MAX_TITLE = 300;
const MAX_AUTHOR = 120;

const TOO_SHORT_HINT =
  'Check that the page is a news article, not an index or login page; save the article page itself.';

/** What a page reader produces before the Document is assembled. */
interface PageContent {
  title?: string | undefined;
  paragraphs: string[];
  metadata: PageMetadata;
}

/**
 * Turns a Page into a Document: the main text (HTML through Readability, plain text and Markdown
 * by their own rules) and the page's metadata. The stored text is the headline, a blank line, and
 * the paragraphs separated by blank lines. Throws MatomeError only: SOURCE_TOO_SHORT when there is
 * no article text, EXTRACT_FAILED when the page cannot be read at all.
 */
export function extractDocument(page: Page, options: { id: string }): Document {
  if (page.mediaType === 'application/xml' || page.mediaType === 'application/feed+json') {
    throw new MatomeError(
      'SOURCE_UNSUPPORTED',
      `Failed to extract article text: ${page.input} (a feed, not an article page)`,
      {
        hint: `List its items with "matome feed ${page.input}", or build from them with "matome build --feed ${page.input} --pick N".`,
      },
    );
  }
  const content = readPageContent(page);
  const { metadata } = content;
  // A paragraph that is only "null" or "{{body}}" is a broken template, and one that only states
  // the date ("2025年3月11日 公開") is page metadata: neither is article text.
  const found = content.paragraphs.filter(
    (paragraph) => !isPlaceholderText(paragraph) && !isDateLine(paragraph),
  );
  const title = content.title ?? fallbackTitle(found, page);
  const paragraphs = withoutRepeatedHeadline(found, title);

  const mainText = paragraphs.join('\n\n');
  const mainLength = [...mainText].length;
  if (mainLength < MIN_MAIN_TEXT) {
    throw new MatomeError(
      'SOURCE_TOO_SHORT',
      `Failed to extract article text: ${page.input} (only ${mainLength} characters of main text)`,
      { hint: TOO_SHORT_HINT },
    );
  }

  const text = `${title}\n\n${mainText}`;
  const document: Document = {
    id: options.id,
    url: sourceUrl(page, metadata.canonicalUrl),
    title,
    lang: chooseLanguage(metadata.lang, text),
    text,
    titleSpan: [0, title.length],
    contentHash: `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`,
  };
  if (metadata.siteName) document.siteName = metadata.siteName;
  if (metadata.publishedAt) document.publishedAt = metadata.publishedAt;
  if (metadata.author) document.author = metadata.author;
  if (metadata.image) document.image = metadata.image;
  return document;
}

/**
 * The address a source card shows. A fetched page is shown at the URL it was fetched from: a page
 * cannot claim to be another site's article. A saved file is shown at the http(s) address it
 * declares for itself (canonical link or og:url), its origin, and at its file: URL otherwise.
 */
function sourceUrl(page: Page, canonicalUrl: string | undefined): string {
  return page.url.startsWith('file:') && canonicalUrl !== undefined ? canonicalUrl : page.url;
}

function readPageContent(page: Page): PageContent {
  if (page.mediaType === 'text/html') return readHtmlContent(page);
  if (page.mediaType === 'text/markdown') {
    const markdown = splitMarkdown(page.text);
    const publishedAt = markdown.date === undefined ? undefined : normalizeDate(markdown.date);
    const author = cleanMetadataText(markdown.author, MAX_AUTHOR);
    return {
      ...headlineAndBody(markdown.title, markdown.paragraphs),
      metadata: { ...(publishedAt ? { publishedAt } : {}), ...(author ? { author } : {}) },
    };
  }
  const plain = splitPlainText(page.text);
  return { ...headlineAndBody(plain.title, plain.paragraphs), metadata: {} };
}

/** A text source's first line as the headline; a line unfit to be one (too long, a template leak) stays body text. */
function headlineAndBody(line: string | undefined, paragraphs: string[]): Omit<PageContent, 'metadata'> {
  const title = cleanMetadataText(line, MAX_TITLE);
  if (title !== undefined || line === undefined) return { title, paragraphs };
  return { paragraphs: [line, ...paragraphs] };
}

/**
 * HTML: metadata from the page as given; main text from Readability on the page stripped of hidden
 * content, code, comments and page furniture, then without in-text furniture (filterBlocks). When
 * Readability finds too little (very short or unusual pages), the stripped page's
 * article/main/body text is used instead.
 */
function readHtmlContent(page: Page): PageContent {
  try {
    const document = parseHtml(page.text);
    const metadata = extractMetadata(document, page.url);
    // Metadata has been read from the page as given; from here on only the text matters.
    removeNonContent(document);
    narrowToArticle(document);
    // Readability rearranges the tree it reads. Rather than cloning every page for the rare
    // fallback, the fallback parses the page again (and reads it whole).
    const readable = readWithReadability(document);
    const paragraphs =
      readable && textLength(readable.paragraphs) >= MIN_MAIN_TEXT
        ? readable.paragraphs
        : fallbackParagraphs(strippedPage(page.text));
    return { title: metadata.title ?? readable?.title, paragraphs, metadata };
  } catch (error) {
    throw new MatomeError(
      'EXTRACT_FAILED',
      `Failed to extract article text: ${page.input} (${error instanceof Error ? error.message : String(error)})`,
      {
        hint: 'Save the page again from a browser (as "Web Page, HTML only") and try that file.',
        cause: error,
      },
    );
  }
}

/** Share of the page's paragraph text that a lone <article> must hold to be read on its own. */
const ARTICLE_PROSE_SHARE = 0.9;

/**
 * When the stripped page has a single <article> and nearly all its paragraph text is inside it,
 * Readability gets only that article: less to score, and no teaser or sidebar text can win.
 */
function narrowToArticle(document: DomDocument): void {
  const articles = document.querySelectorAll('article');
  const article = articles.length === 1 ? articles[0] : undefined;
  if (!article) return;
  let inside = 0;
  let total = 0;
  for (const paragraph of Array.from(document.querySelectorAll('p'))) {
    const length = paragraph.textContent?.length ?? 0;
    total += length;
    if (paragraph.closest('article') === article) inside += length;
  }
  if (total === 0 || inside < ARTICLE_PROSE_SHARE * total) return;
  for (const child of Array.from(document.body.childNodes)) child.remove();
  document.body.append(article);
}

/** The page parsed again and stripped, for the fallback after Readability has rearranged the first copy. */
function strippedPage(html: string): DomDocument {
  const document = parseHtml(html);
  removeNonContent(document);
  return document;
}

const textLength = (paragraphs: readonly string[]) =>
  paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);

/** Readability's main-content element as paragraphs, and its idea of the title; undefined when it finds nothing. */
function readWithReadability(document: DomDocument): { title?: string; paragraphs: string[] } | undefined {
  // Readability looks for a byline in every element (reading each one's whole text) unless the
  // page's <meta name="author"> gives one. Bylines are removed already and the author is read by
  // extractMetadata, so a stand-in author spares that quadratic search.
  const author = document.createElement('meta');
  author.setAttribute('name', 'author');
  author.setAttribute('content', 'matome');
  document.head.append(author);
  const article = new Readability<DomNode>(document, {
    // Metadata is read by extractMetadata; Readability's JSON-LD pass would only cost time.
    disableJSONLD: true,
    // Hand back the element itself, so its text is read from the DOM rather than re-parsed HTML.
    serializer: (node) => node as DomNode,
    // Only the text is read: stripping class attributes from the result would be wasted work.
    keepClasses: true,
  }).parse();
  if (!article?.content) return undefined;
  const title = cleanMetadataText(article.title, MAX_TITLE);
  return { ...(title ? { title } : {}), paragraphs: filterBlocks(collectBlocks(article.content)) };
}

function fallbackParagraphs(document: DomDocument): string[] {
  const root =
    document.querySelector('[itemprop="articleBody"]') ??
    document.querySelector('article') ??
    document.querySelector('main') ??
    document.body;
  return filterBlocks(collectBlocks(root));
}

/** Compares text ignoring spaces, the way a headline repeated in the body differs from the title. */
const comparable = (text: string) => text.replace(/\s+/g, '');

/** Drops the page's own headline from the start of the body (a paragraph among the first three equal to it). */
function withoutRepeatedHeadline(paragraphs: string[], title: string): string[] {
  const index = paragraphs.slice(0, 3).findIndex((paragraph) => comparable(paragraph) === comparable(title));
  return index === -1 ? paragraphs : paragraphs.toSpliced(index, 1);
}

/**
 * A headline for a page that names none: its first paragraph when that is headline-sized (it is
 * then dropped from the body as the headline), else the file or URL name, else the opening words.
 */
function fallbackTitle(paragraphs: readonly string[], page: Page): string {
  const [first = ''] = paragraphs;
  if (first.length > 0 && first.length <= MAX_FALLBACK_TITLE) return first;
  return (
    titleFromUrl(page.url) ??
    cleanMetadataText(page.input, MAX_TITLE) ??
    `${[...first].slice(0, 40).join('')}…`
  );
}

/** The last path segment of a URL without its extension ("pier-repairs" for …/pier-repairs.html). */
function titleFromUrl(url: string): string | undefined {
  try {
    const segment = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '');
    return cleanMetadataText(segment.replace(/\.[a-z0-9]+$/i, ''), MAX_TITLE);
  } catch {
    return undefined;
  }
}

/**
 * The declared language, unless the text is plainly Japanese: templates often leave
 * <html lang="en"> on Japanese pages, and kana do not occur in other languages.
 */
function chooseLanguage(declared: string | undefined, text: string): string {
  const detected = detectLanguage(text);
  if (declared === undefined) return detected;
  return detected === 'ja' ? 'ja' : declared;
}
