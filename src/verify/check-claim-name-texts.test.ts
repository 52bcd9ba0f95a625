import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { latinLettersOf, lowerTextOf } from './claim/check-names.ts';

// The texts checkNames compares names with (verify/claim/check-names.ts), kept once per page: the same
// answer as making them for each claim, a different one for other pages. Invented pages: a lighthouse
// keeper's log and a ferry timetable.

const english = (id: string, title: string, paragraphs: string[]): Document => ({
  ...inventedDocument(id, title, paragraphs, { publishedAt: '2026-05-01T09:00:00+09:00' }),
  lang: 'en',
});

const LIGHT = english('light', 'Keeper Logs a Quiet Night', ['Mr. Tsuruoka LIT the lamp at Cape Hoshi.']);
const FERRY = english('ferry', 'Ferry Times Change', ['The Minato Line will sail at Nine from Pier 2.']);
const JAPANESE = inventedDocument('kana', '灯台の記録', ['Cape Hoshiの灯台で点灯した。'], {
  publishedAt: '2026-05-01T09:00:00+09:00',
});

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

describe('lowerTextOf and latinLettersOf: made once per page', () => {
  it('gives what lowercasing and joining each time gives, for one page, two, and none', () => {
    const light = understanding.of(LIGHT);
    const ferry = understanding.of(FERRY);
    const scanned = (pages: (typeof light)[]) =>
      pages.map((page) => page.document.text.toLowerCase()).join('\n');
    for (const pages of [[], [light], [ferry], [light, ferry], [ferry, light], [light, ferry]])
      assert.equal(lowerTextOf(pages), scanned(pages));
    for (const page of [light, ferry, understanding.of(JAPANESE)])
      assert.equal(latinLettersOf(page), page.norm.toLowerCase().replace(/[^a-z]/gu, ''));
  });

  it('answers other pages, or the same pages in another order, differently', () => {
    const light = understanding.of(LIGHT);
    const ferry = understanding.of(FERRY);
    assert.notEqual(lowerTextOf([light]), lowerTextOf([ferry]));
    assert.notEqual(lowerTextOf([light, ferry]), lowerTextOf([ferry, light]));
    assert.notEqual(lowerTextOf([light, ferry]), lowerTextOf([light]));
    assert.ok(lowerTextOf([light]).includes('mr. tsuruoka lit the lamp'));
    assert.ok(latinLettersOf(understanding.of(JAPANESE)).includes('capehoshi'));
    assert.notEqual(latinLettersOf(light), latinLettersOf(ferry));
  });
});
