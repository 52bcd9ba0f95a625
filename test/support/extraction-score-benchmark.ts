// Runs body extractors over scrapinghub's article-extraction-benchmark (../shared/data, see its
// README) and scores them with extraction-score.ts. Shared by scripts/eval-extraction.ts and
// test/extraction-quality.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isMatomeError } from '../../src/domain/errors.ts';
import type { Page } from '../../src/domain/page.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { decodeBytes } from '../../src/fetch/decode-bytes.ts';
import type { PageCounts } from './extraction-score.ts';
import { characterCounts, shingleCounts } from './extraction-score.ts';

/** One benchmark page, decoded, with its annotated body. */
export interface BenchmarkPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

/** A body extractor: decoded HTML and its URL in, plain body text out ('' when it finds none). */
export type BodyExtractor = (page: BenchmarkPage) => string;

/** An extractor's result on one page. */
export interface PageResult {
  page: BenchmarkPage;
  body: string;
  tokens: PageCounts;
  characters: PageCounts;
}

/** Where the benchmark lies relative to the repository root (CI has ../shared/data there too). */
export function benchmarkDirectory(repoRoot: string): string {
  return join(repoRoot, '..', 'shared', 'data', 'article-extraction-benchmark');
}

/** True when the benchmark's ground truth is present at `directory`. */
export function hasBenchmark(directory: string): boolean {
  return existsSync(join(directory, 'ground-truth.json'));
}

/** Which pages to load: every n-th (in ground-truth order), and/or those whose URL matches. */
export interface PageSelection {
  every?: number;
  url?: RegExp;
}

/**
 * The benchmark's pages in ground-truth order (that of evaluate.py), or the selected ones. Bytes
 * are decoded as readSource decodes a saved file: BOM, <meta> prescan, detection.
 */
export function loadBenchmarkPages(directory: string, selection: PageSelection = {}): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(join(directory, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url: string }
  >;
  const every = selection.every ?? 1;
  return Object.entries(truth)
    .filter(([, entry], index) => index % every === 0 && (selection.url?.test(entry.url) ?? true))
    .map(([id, entry]) => {
      const bytes = gunzipSync(readFileSync(join(directory, 'html', `${id}.html.gz`)));
      const { text } = decodeBytes(bytes, { mediaType: 'text/html' });
      return { id, url: entry.url, html: text, truth: entry.articleBody ?? '' };
    });
}

/**
 * matome's body: Document.text without the headline and the blank line after it, since the
 * benchmark annotates the body only. A page matome refuses (too short, unreadable) yields ''.
 */
export const matomeBody: BodyExtractor = (page) => {
  const input: Page = {
    url: page.url,
    input: page.url,
    mediaType: 'text/html',
    encoding: 'utf-8',
    encodingSource: 'meta',
    text: page.html,
  };
  try {
    const document = extractDocument(input, { id: 's1' });
    return document.text.slice(document.titleSpan[1]).replace(/^\n\n/, '');
  } catch (error) {
    if (isMatomeError(error)) return '';
    throw error;
  }
};

interface JsdomModule {
  JSDOM: new (
    html: string,
    options: { url: string; virtualConsole: unknown },
  ) => { window: { document: unknown; close(): void } };
  VirtualConsole: new () => unknown;
}
interface ReadabilityModule {
  Readability: new (document: unknown) => { parse(): { textContent?: string | null } | null };
}

/**
 * The baseline the benchmark lists as readability_js: Mozilla Readability on jsdom, its
 * textContent as the body. Loaded through require so that jsdom's typings (which pull the DOM
 * library into the whole program) stay out of the typecheck; src/ compiles without lib.dom.
 */
export function createReadabilityBody(): BodyExtractor {
  const require = createRequire(import.meta.url);
  const { JSDOM, VirtualConsole } = require('jsdom') as JsdomModule;
  const { Readability } = require('@mozilla/readability') as ReadabilityModule;
  return (page) => {
    // A console that goes nowhere: jsdom reports every stylesheet it cannot parse.
    const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
    try {
      return new Readability(dom.window.document).parse()?.textContent ?? '';
    } finally {
      dom.window.close();
    }
  };
}

/**
 * Plain Mozilla Readability on linkedom (the DOM matome itself parses with), its textContent as
 * the body: the baseline that shows what matome's own extraction costs and adds.
 */
export function createReadabilityLinkedomBody(): BodyExtractor {
  const require = createRequire(import.meta.url);
  const { parseHTML } = require('linkedom') as { parseHTML(html: string): { document: unknown } };
  const { Readability } = require('@mozilla/readability') as ReadabilityModule;
  return (page) => {
    try {
      return new Readability(parseHTML(page.html).document).parse()?.textContent ?? '';
    } catch {
      // Readability on linkedom throws on a few pages; such a page counts as nothing extracted.
      return '';
    }
  };
}

/** Runs an extractor over the pages and scores each; `seconds` is the time spent inside the extractor. */
export function runExtractor(
  pages: readonly BenchmarkPage[],
  extract: BodyExtractor,
): { results: PageResult[]; seconds: number } {
  let milliseconds = 0;
  const results = pages.map((page) => {
    const started = performance.now();
    const body = extract(page);
    milliseconds += performance.now() - started;
    return {
      page,
      body,
      tokens: shingleCounts(page.truth, body),
      characters: characterCounts(page.truth, body),
    };
  });
  return { results, seconds: milliseconds / 1000 };
}
