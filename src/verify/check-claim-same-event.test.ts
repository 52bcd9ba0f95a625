import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A disagreement is about the same attribute of the same event: two dates of one verb acting on
// different things (説明会を開く, 委員会を開く) are two events, and neither is a rival of the other.
// Invented pages: a town's flooded library told by two outlets, and a campsite that reopens.

const page = (id: string, title: string, paragraphs: readonly string[], publishedAt: string): Document =>
  inventedDocument(id, title, paragraphs, { publishedAt });

const LIBRARY_A = page(
  'a',
  '浸水の図書館、利用者向け説明会',
  [
    '大雨で浸水した北浜町立図書館について、町教委は14日、利用者向けの説明会を16日に開くと発表した。',
    '町教委は16日夜に説明会を開き、再開の見通しを説明する。',
  ],
  '2026-07-15T09:00:00+09:00',
);

const LIBRARY_B = page(
  'b',
  '図書館浸水、町議会が委員会',
  ['町議会の総務委員会は十七日に臨時の委員会を開き、町教委から報告を受ける。'],
  '2026-07-15T09:00:00+09:00',
);

const LIBRARY_C = page(
  'c',
  '図書館浸水、説明会は17日',
  ['町教委は17日夜に説明会を開き、再開の見通しを説明する。'],
  '2026-07-15T09:00:00+09:00',
);

const CAMP_A = page(
  'p',
  '南浦キャンプ場、10日から受け入れ再開',
  ['食中毒が出た南浦町のキャンプ場は、10日から利用客の受け入れを再開する。'],
  '2026-08-08T09:00:00+09:00',
);

const CAMP_B = page(
  'q',
  '南浦キャンプ場の食中毒、原因はカレー',
  ['町によると、先月30日に南浦町のキャンプ場でカレーを食べた利用客のうち、12人が腹痛を訴えた。'],
  '2026-08-08T09:00:00+09:00',
);

const CAMP_C = page(
  'r',
  '南浦キャンプ場、12日から受け入れ',
  ['南浦町のキャンプ場は、12日から利用客を受け入れる。'],
  '2026-08-08T09:00:00+09:00',
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const conflicts = (text: string, documents: readonly Document[]) =>
  claimErrors(understanding, text, documents)
    .filter((finding) => finding.code === 'conflict.settled')
    .map((finding) => finding.message);

describe('checkClaim: dates compared only within the same event', () => {
  it('sets no meeting date against the date of another meeting the same verb opens', () => {
    assert.deepEqual(conflicts('町教委は16日夜に説明会を開く。', [LIBRARY_A, LIBRARY_B]), []);
  });

  it('still sets it against another date of the same meeting', () => {
    assert.equal(conflicts('町教委は16日夜に説明会を開く。', [LIBRARY_A, LIBRARY_C]).length, 1);
  });

  it('sets no reopening date against the day a retelling sentence gives to what was eaten', () => {
    assert.deepEqual(conflicts('南浦町のキャンプ場は、10日から利用客を受け入れる。', [CAMP_A, CAMP_B]), []);
  });

  it('still sets a reopening date against another outlet’s reopening date', () => {
    assert.equal(conflicts('南浦町のキャンプ場は、10日から利用客を受け入れる。', [CAMP_A, CAMP_C]).length, 1);
  });
});
