// Helpers of scripts/bench.ts, kept apart so they can be tested: a tokenizer that counts what it is
// given, the growth exponent (log-log slope), and deterministic invented sources made from the
// bundled samples (sentences shuffled, titles renamed, each sample's outlet name kept), so that no
// two generated sources are the same page and the build's per-page reuse cannot flatter the figures.
import type { Document } from '../src/domain/document.ts';
import { MatomeError } from '../src/domain/errors.ts';
import { splitSentences } from '../src/text/split-sentences.ts';
import type { Tokenizer } from '../src/text/tokenizer.ts';
import { seededRandom } from '../test/support/seeded-random.ts';

export { seededRandom };

/** A tokenizer that passes every call on and counts the characters (UTF-16 units) and calls of tokenize. */
export interface CountingTokenizer extends Tokenizer {
  readonly characters: number;
  readonly calls: number;
  reset(): void;
}

export function countingTokenizer(inner: Tokenizer): CountingTokenizer {
  let characters = 0;
  let calls = 0;
  return {
    kind: inner.kind,
    ...(inner.hasWord ? { hasWord: inner.hasWord } : {}),
    tokenize(text) {
      characters += text.length;
      calls += 1;
      return inner.tokenize(text);
    },
    get characters() {
      return characters;
    },
    get calls() {
      return calls;
    },
    reset() {
      characters = 0;
      calls = 0;
    },
  };
}

/**
 * The growth exponent k of y ≈ c·x^k: the least-squares slope of log y on log x. 1 is linear,
 * 2 quadratic. Needs two or more points with distinct positive x and positive y.
 */
export function growthExponent(points: ReadonlyArray<{ x: number; y: number }>): number {
  const bad = points.find((point) => !(point.x > 0 && point.y > 0));
  if (bad !== undefined || new Set(points.map((point) => point.x)).size < 2) {
    throw new MatomeError(
      'INVALID_ARGUMENT',
      `Failed to compute growth exponent: ${JSON.stringify(points)} (${bad ? 'x and y must be positive' : 'two distinct x values are needed'})`,
      { hint: 'Measure at least two sizes, each taking measurable time.' },
    );
  }
  const xs = points.map((point) => Math.log(point.x));
  const ys = points.map((point) => Math.log(point.y));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  let covariance = 0;
  let variance = 0;
  xs.forEach((x, i) => {
    covariance += (x - mx) * ((ys[i] as number) - my);
    variance += (x - mx) ** 2;
  });
  return covariance / variance;
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The body paragraphs of a document (headline left out), each as its list of sentences. */
function bodyParagraphs(document: Document): string[][] {
  return document.text
    .slice(document.titleSpan[1])
    .split(/\n\s*\n/u)
    .map((paragraph) =>
      splitSentences(paragraph)
        .map((span) => span.text.trim())
        .filter((text) => text !== ''),
    )
    .filter((sentences) => sentences.length > 0);
}

/** Sentences as one paragraph: Japanese ones follow each other directly, a Latin-script one ends with a space. */
const joinSentences = (sentences: readonly string[]) =>
  sentences
    .map((sentence, i) =>
      i > 0 && /[\x21-\x7e]$/u.test(sentences[i - 1] as string) ? ` ${sentence}` : sentence,
    )
    .join('');

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// A page keeps its sample's outlet name (og:site_name), as real news pages carry theirs, and has an
// address of its own: without the name the outlet is only the invented host, which no source's text
// holds, so every build's closing that names it was rejected and the article composed again.
function page(title: string, document: Document, paragraphs: readonly string[], slug: string): string {
  const published = document.publishedAt
    ? `<meta property="article:published_time" content="${escapeHtml(document.publishedAt)}">\n`
    : '';
  const site =
    document.siteName === undefined
      ? ''
      : `<meta property="og:site_name" content="${escapeHtml(document.siteName)}">\n`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(document.lang)}">`,
    `<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>`,
    `<link rel="canonical" href="https://bench.example/${slug}/">\n${site}${published}</head>`,
    `<body>\n<article>\n<h1>${escapeHtml(title)}</h1>`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    '</article>\n</body>\n</html>\n',
  ].join('\n');
}

/**
 * Variant `variant` of a sample document as an HTML page: the sentences of each paragraph and the
 * paragraphs shuffled by a PRNG seeded with the variant, the title numbered. Variant 0 keeps the
 * sample's order. Deterministic: the same document and variant give the same page.
 */
export function inventSource(document: Document, variant: number): string {
  const random = seededRandom(variant * 7919 + 1);
  const paragraphs = bodyParagraphs(document);
  const ordered = variant === 0 ? paragraphs : shuffle(paragraphs, random).map((p) => shuffle(p, random));
  const title = variant === 0 ? document.title : `${document.title}（第${variant}報）`;
  return page(title, document, ordered.map(joinSentences), `${document.id}-v${variant}`);
}

/**
 * One long page of about `characters` characters of body text: paragraphs of the documents'
 * invented variants, one after another, until the length is reached.
 */
export function longSource(documents: readonly Document[], characters: number, seed: number): string {
  const first = documents[0];
  if (first === undefined) {
    throw new MatomeError('INVALID_ARGUMENT', 'Failed to make a long source: no documents', {
      hint: 'Pass the sample documents.',
    });
  }
  const random = seededRandom(seed);
  const paragraphs: string[] = [];
  let length = 0;
  for (let round = 0; length < characters; round += 1) {
    for (const document of documents) {
      for (const sentences of shuffle(bodyParagraphs(document), random)) {
        const text = joinSentences(round === 0 ? sentences : shuffle(sentences, random));
        paragraphs.push(text);
        length += text.length;
        if (length >= characters) break;
      }
      if (length >= characters) break;
    }
  }
  return page(`${first.title}（長文${seed}）`, first, paragraphs, `long-${seed}`);
}

/**
 * Five pages of one story of which one is in English: the first English sample page, the Japanese
 * pages of its story (`stories[i]` names the story of `documents[i]`), then their invented variants,
 * then other Japanese pages, as many as five need. Undefined when no sample page is in English.
 */
export function withEnglishSource(
  documents: readonly Document[],
  stories: readonly string[],
  count = 5,
): string[] | undefined {
  const english = documents.findIndex((document) => document.lang !== 'ja');
  if (english < 0) return undefined;
  const story = stories[english];
  const japanese = documents.filter((document) => document.lang === 'ja');
  const same = japanese.filter((document) => stories[documents.indexOf(document)] === story);
  const others = japanese.filter((document) => !same.includes(document));
  const pages = [inventSource(documents[english] as Document, 0)];
  for (const [document, variant] of [
    ...same.map((document) => [document, 0] as const),
    ...same.map((document) => [document, 1] as const),
    ...others.map((document) => [document, 0] as const),
  ]) {
    if (pages.length >= count) break;
    pages.push(inventSource(document, variant));
  }
  return pages;
}
