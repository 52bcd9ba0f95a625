import { createHash } from 'node:crypto';
import { Readability } from '@mozilla/readability';
import { removeInvisibleCharacters } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import { isMatomeError, MatomeError } from '../domain/errors.ts';
import type { Page } from '../domain/page.ts';
import { cleanMetadataText, isPlaceholderText } from './clean-metadata-text.ts';
import { collectBlocks } from './collect-paragraphs.ts';
import { detectLanguage } from './detect-language.ts';
import { closestByName, type DomDocument, type DomNode } from './dom.ts';
import type { PageMetadata } from './extract-metadata.ts';
import { extractMetadata } from './extract-metadata.ts';
import { filterBlocks } from './filter-blocks.ts';
import { isDateLine } from './find-visible-dates.ts';
import {
  cutSpans,
  flattenDeepMarkup,
  MAX_NESTING_DEPTH,
  MAX_PAGE_ELEMENTS,
  MAX_READABLE_ELEMENTS,
  measureNesting,
} from './limit-nesting.ts';
import { removeNonContent } from './non-content.ts';
import { normalizeDate } from './normalize-date.ts';
import { parseHtml } from './parse-html.ts';
import { readLargeHtml } from './read-large-html.ts';
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

/** How long extraction of one page may take, in milliseconds. */
export interface ExtractBudget {
  /** Readability's share: past it, the page is read by the plain text path instead. */
  readabilityMs: number;
  /** The whole extraction: past it, extraction fails. */
  totalMs: number;
}

/**
 * Extraction is bounded by structure (depth flattened, Readability skipped on huge pages), so these
 * are a safety net far above what any page takes: a news page extracts in well under a second.
 */
export const DEFAULT_EXTRACT_BUDGET: ExtractBudget = { readabilityMs: 5_000, totalMs: 20_000 };

export interface ExtractOptions {
  id: string;
  budget?: ExtractBudget;
  /** Milliseconds on a monotonic clock (performance.now by default). */
  now?: () => number;
}

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
export function extractDocument(page: Page, options: ExtractOptions): Document {
  if (page.mediaType === 'application/xml' || page.mediaType === 'application/feed+json') {
    throw new MatomeError(
      'SOURCE_UNSUPPORTED',
      `Failed to extract article text: ${page.input} (a feed, not an article page)`,
      {
        hint: `List its items with "matome feed ${page.input}", or build from them with "matome build --feed ${page.input} --pick N".`,
      },
    );
  }
  const content = readPageContent(page, createDeadline(page, options));
  const { metadata } = content;
  // A paragraph that is only "null" or "{{body}}" is a broken template, and one that only states
  // the date ("2025年3月11日 公開") is page metadata: neither is article text.
  // Bidi controls and other invisible characters never reach the stored text, so nothing shown
  // from it (or quoted as evidence) can hold them.
  const found = content.paragraphs
    .map((paragraph) => removeInvisibleCharacters(paragraph).trim())
    .filter((paragraph) => paragraph.length > 0 && !isPlaceholderText(paragraph) && !isDateLine(paragraph));
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

/** The time budget of one extraction: `check` throws once the total is spent. */
interface Deadline {
  /** True while Readability may still run. */
  readabilityLeft(): boolean;
  check: () => void;
}

function createDeadline(page: Page, options: ExtractOptions): Deadline {
  const now = options.now ?? (() => performance.now());
  const budget = options.budget ?? DEFAULT_EXTRACT_BUDGET;
  const start = now();
  return {
    readabilityLeft: () => now() - start <= budget.readabilityMs,
    check: () => {
      if (now() - start <= budget.totalMs) return;
      throw new MatomeError(
        'EXTRACT_FAILED',
        `Failed to extract article text: ${page.input} (took longer than ${budget.totalMs / 1000} s)`,
        {
          hint: 'The page is unusually heavy markup; save the article text as a .txt file and pass that instead.',
        },
      );
    },
  };
}

function readPageContent(page: Page, deadline: Deadline): PageContent {
  if (page.mediaType === 'text/html') return readHtmlContent(page, deadline);
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
function readHtmlContent(page: Page, deadline: Deadline): PageContent {
  try {
    // htmlparser2 (under linkedom) and Readability both cost more than linear time in the nesting
    // depth: markup deeper than MAX_NESTING_DEPTH is flattened first, and a page with more elements
    // than Readability can score in time is read by the plain text path.
    const measure = measureNesting(page.text);
    if (measure.elements > MAX_PAGE_ELEMENTS) {
      throw new MatomeError(
        'EXTRACT_FAILED',
        `Failed to extract article text: ${page.input} (${measure.elements} HTML elements; the limit is ${MAX_PAGE_ELEMENTS})`,
        { hint: 'This is not an article page; save the article itself, or its text as a .txt file.' },
      );
    }
    if (measure.elements > MAX_READABLE_ELEMENTS) return readLargeHtmlContent(page, deadline);
    // The measure is an upper bound (implied end tags are not modelled), so a page of unclosed <p>s
    // may go through parse5 without anything being deep enough to flatten: the same tree, re-serialized.
    // What removeNonContent would remove whole (scripts, style sheets, comments, furniture
    // sections) is cut from the markup first: it then costs no nodes to build, walk and remove.
    const html =
      measure.depth > MAX_NESTING_DEPTH
        ? flattenDeepMarkup(page.text, deadline.check)
        : cutSpans(page.text, measure.cuttable);
    deadline.check();
    const document = parseHtml(html);
    const metadata = extractMetadata(document, page.url);
    // Metadata has been read from the page as given; from here on only the text matters.
    removeNonContent(document);
    deadline.check();
    narrowToArticle(document);
    // Readability rearranges the tree it reads. Rather than cloning every page for the rare
    // fallback, the fallback parses the page again (and reads it whole).
    const readable = readWithReadability(document, deadline);
    deadline.check();
    const paragraphs =
      readable && textLength(readable.paragraphs) >= MIN_MAIN_TEXT
        ? readable.paragraphs
        : fallbackParagraphs(strippedPage(html));
    deadline.check();
    return { title: metadata.title ?? readable?.title, paragraphs, metadata };
  } catch (error) {
    if (isMatomeError(error)) throw error;
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

/**
 * A page with more elements than Readability and linkedom handle in time: text by the cheap path
 * (readLargeHtml), headline from <title>; no other metadata is read.
 */
function readLargeHtmlContent(page: Page, deadline: Deadline): PageContent {
  const large = readLargeHtml(page.text, deadline.check);
  deadline.check();
  const title = cleanMetadataText(large.title, MAX_TITLE);
  return { title, paragraphs: filterBlocks(large.blocks), metadata: title ? { title } : {} };
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
    if (closestByName(paragraph, 'article') === article) inside += length;
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
function readWithReadability(
  document: DomDocument,
  deadline: Deadline,
): { title?: string; paragraphs: string[] } | undefined {
  // Readability looks for a byline in every element (reading each one's whole text) unless the
  // page's <meta name="author"> gives one. Bylines are removed already and the author is read by
  // extractMetadata, so a stand-in author spares that quadratic search.
  const author = document.createElement('meta');
  author.setAttribute('name', 'author');
  author.setAttribute('content', 'matome');
  document.head.append(author);
  const reader = new Readability<DomNode>(document, {
    // Metadata is read by extractMetadata; Readability's JSON-LD pass would only cost time.
    disableJSONLD: true,
    // Hand back the element itself, so its text is read from the DOM rather than re-parsed HTML.
    serializer: (node) => node as DomNode,
    // Only the text is read: stripping class attributes from the result would be wasted work.
    keepClasses: true,
  });
  if (!watchReadability(reader, deadline)) return undefined;
  skipVisibilityCheck(reader);
  let article: ReturnType<typeof reader.parse>;
  try {
    article = reader.parse();
  } catch (error) {
    if (error === OUT_OF_TIME) return undefined;
    throw error;
  }
  if (!article?.content) return undefined;
  const title = cleanMetadataText(article.title, MAX_TITLE);
  return { ...(title ? { title } : {}), paragraphs: filterBlocks(collectBlocks(article.content)) };
}

/** Thrown inside Readability when its share of the budget is spent. */
const OUT_OF_TIME = Symbol('Readability out of time');

/** Readability methods that every pass over the tree calls per element (checked by the budget tests). */
const READABILITY_STEPS = ['_getNextNode', '_getInnerText'] as const;

/**
 * Makes Readability stop once its share of the budget is spent. Readability has no deadline of its
 * own, and it runs synchronously, so the check goes into the two methods that every pass calls per
 * element. False when this Readability version lacks them (the caller then skips Readability).
 */
function watchReadability(reader: object, deadline: Deadline): boolean {
  const methods = reader as Record<string, unknown>;
  for (const name of READABILITY_STEPS) {
    const step = methods[name];
    if (typeof step !== 'function') return false;
    methods[name] = function (this: unknown, ...args: unknown[]) {
      if (!deadline.readabilityLeft()) throw OUT_OF_TIME;
      return step.apply(this, args);
    };
  }
  return true;
}

/**
 * Readability checks each element it scores for visibility, parsing its style attribute. Hidden
 * elements are gone before Readability runs (removeNonContent drops elements with the hidden
 * attribute, aria-hidden="true", or an inline display:none or visibility:hidden: the same checks),
 * so every element left passes and the check is skipped.
 */
function skipVisibilityCheck(reader: object): void {
  const methods = reader as Record<string, unknown>;
  if (typeof methods._isProbablyVisible === 'function') methods._isProbablyVisible = () => true;
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
