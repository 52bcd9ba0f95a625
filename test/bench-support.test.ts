import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  countingTokenizer,
  growthExponent,
  inventSource,
  longSource,
  seededRandom,
  withEnglishSource,
} from '../scripts/bench-support.ts';
import { isMatomeError } from '../src/domain/errors.ts';
import { extractDocument } from '../src/extract/extract-document.ts';
import { readSource } from '../src/fetch/read-source.ts';
import { splitSentences } from '../src/text/split-sentences.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';

const samples = join(import.meta.dirname, '..', 'samples', 'hospital-merger');
const sampleDocuments = async () =>
  Promise.all(
    readdirSync(samples)
      .filter((file) => file.endsWith('.html'))
      .sort()
      .map(async (file, i) => extractDocument(await readSource(join(samples, file)), { id: `s${i + 1}` })),
  );
const pageOf = (html: string, url: string) =>
  extractDocument(
    { url, input: url, mediaType: 'text/html', encoding: 'utf-8', encodingSource: 'meta', text: html },
    { id: 's1' },
  );
const sentencesOf = (text: string) =>
  splitSentences(text)
    .map((span) => span.text.trim())
    .filter(Boolean);

describe('bench support', () => {
  it('counts the characters and calls a tokenizer is given, and returns its tokens unchanged', async () => {
    const inner = await createTokenizer({ kind: 'segmenter' });
    const counting = countingTokenizer(inner);
    const text = '市は新病院を2028年に開く。';
    assert.deepEqual(counting.tokenize(text), inner.tokenize(text));
    counting.tokenize('病院');
    assert.equal(counting.characters, text.length + 2);
    assert.equal(counting.calls, 2);
    counting.reset();
    assert.equal(counting.characters, 0);
    assert.equal(counting.calls, 0);
    // A dictionary look-up is passed on where the tokenizer has one, and is no tokenisation.
    assert.equal(counting.hasWord, undefined);
    const dictionary = countingTokenizer({ ...inner, hasWord: (word) => word === '病院' });
    assert.equal(dictionary.hasWord?.('病院'), true);
    assert.equal(dictionary.hasWord?.('院げる'), false);
    assert.equal(dictionary.calls, 0);
  });

  it('measures the growth exponent as the log-log slope', () => {
    assert.equal(
      growthExponent([
        { x: 1, y: 5 },
        { x: 10, y: 50 },
        { x: 100, y: 500 },
      ]).toFixed(6),
      '1.000000',
    );
    assert.equal(
      growthExponent([
        { x: 2, y: 4 },
        { x: 4, y: 16 },
        { x: 8, y: 64 },
      ]).toFixed(6),
      '2.000000',
    );
    // Noisy points: the least-squares slope, between the pairwise slopes.
    const slope = growthExponent([
      { x: 100, y: 30 },
      { x: 300, y: 100 },
      { x: 500, y: 160 },
    ]);
    assert.ok(slope > 1.03 && slope < 1.1, String(slope));
    assert.throws(
      () =>
        growthExponent([
          { x: 5, y: 1 },
          { x: 5, y: 2 },
        ]),
      (error) => isMatomeError(error) && /two distinct x/.test(error.message),
    );
    assert.throws(
      () =>
        growthExponent([
          { x: 1, y: 0 },
          { x: 2, y: 2 },
        ]),
      /must be positive/,
    );
  });

  it('draws the same sequence from the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const drawn = [a(), a(), a()];
    assert.deepEqual([b(), b(), b()], drawn);
    assert.ok(drawn.every((value) => value >= 0 && value < 1));
    assert.notDeepEqual([seededRandom(43)()], [drawn[0]]);
  });

  it('invents distinct, deterministic sources that keep every sentence of the sample', async () => {
    const [document] = await sampleDocuments();
    assert.ok(document);
    const v1 = inventSource(document, 1);
    assert.equal(inventSource(document, 1), v1);
    assert.notEqual(inventSource(document, 2), v1);
    const original = pageOf(inventSource(document, 0), 'https://bench.example/v0/');
    const shuffled = pageOf(v1, 'https://bench.example/v1/');
    assert.equal(original.title, document.title);
    assert.equal(shuffled.title, `${document.title}（第1報）`);
    assert.notEqual(shuffled.contentHash, original.contentHash);
    const body = (d: typeof document) => sentencesOf(d.text.slice(d.titleSpan[1])).sort();
    assert.deepEqual(body(shuffled), body(document));
    assert.deepEqual(body(original), body(document));
  });

  it("keeps the sample's outlet name and gives each invented page its own address", async () => {
    const [first, second] = await sampleDocuments();
    assert.ok(first?.siteName && second?.siteName && first.siteName !== second.siteName);
    const canonical = (html: string) => /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
    const a = inventSource(first, 0);
    const b = inventSource(second, 0);
    const c = inventSource(first, 1);
    assert.equal(new Set([canonical(a), canonical(b), canonical(c)]).size, 3);
    assert.equal(pageOf(a, canonical(a) as string).siteName, first.siteName);
    assert.equal(pageOf(c, canonical(c) as string).siteName, first.siteName);
    assert.equal(pageOf(b, canonical(b) as string).siteName, second.siteName);
  });

  it('makes five pages of one story of which one is in English, from the samples', async () => {
    const folder = join(import.meta.dirname, '..', 'samples');
    const files = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) =>
        readdirSync(join(folder, entry.name))
          .filter((file) => file.endsWith('.html'))
          .map((file) => [entry.name, join(folder, entry.name, file)] as const),
      )
      .sort((a, b) => a[1].localeCompare(b[1]));
    const documents = await Promise.all(
      files.map(async ([, file], i) => extractDocument(await readSource(file), { id: `s${i + 1}` })),
    );
    const stories = files.map(([story]) => story);
    const pages = withEnglishSource(documents, stories);
    assert.ok(pages);
    assert.equal(pages.length, 5);
    assert.deepEqual(withEnglishSource(documents, stories), pages);
    const read = pages.map((html, i) => pageOf(html, `https://bench.example/p${i}/`));
    assert.deepEqual(
      read.map((document) => document.lang),
      ['en', 'ja', 'ja', 'ja', 'ja'],
    );
    assert.equal(new Set(read.map((document) => document.contentHash)).size, 5);
    const english = documents.find((document) => document.lang !== 'ja');
    assert.equal(read[0]?.title, english?.title);
    // Only Japanese pages: no such input.
    const japanese = documents.filter((document) => document.lang === 'ja');
    assert.equal(
      withEnglishSource(
        japanese,
        japanese.map(() => 'one'),
      ),
      undefined,
    );
  });

  it('makes a long source of at least the asked length from the samples', async () => {
    const documents = await sampleDocuments();
    const html = longSource(documents, 20_000, 1);
    assert.equal(longSource(documents, 20_000, 1), html);
    const long = pageOf(html, 'https://bench.example/long-1/');
    const bodyLength = long.text.length - long.titleSpan[1];
    assert.ok(bodyLength >= 20_000 && bodyLength < 23_000, String(bodyLength));
    const known = new Set(documents.flatMap((d) => sentencesOf(d.text)));
    assert.ok(sentencesOf(long.text.slice(long.titleSpan[1])).every((sentence) => known.has(sentence)));
  });
});
