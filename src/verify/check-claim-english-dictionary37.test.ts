import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// A claim's word looked for on an English page by the dictionary's glosses (veng35, issues 9 and
// 10; docs/verifier.md): the news vocabulary has no umbrella or ladder, EDICT has 傘 and 梯子.
// Invented page: a village museum lending umbrellas and ladders after a storm.

const PAGE: Document = {
  ...inventedDocument(
    'museum',
    'Village museum lends umbrellas after storm',
    [
      'The folk museum in Kitagata lent umbrellas and two ladders to residents on Sunday after a storm broke windows, the village said.',
    ],
    { publishedAt: '2026-09-14T09:00:00+09:00' },
  ),
  lang: 'en',
};

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const crossLanguageWords = (claim: string) =>
  checkClaim(claim, [understanding.of(PAGE)], understanding, { path: 'claim' })
    .findings.filter((finding) => finding.code === 'support.cross-language')
    .map((finding) => String(finding.params?.words ?? ''))
    .join('');

describe('a claim word found on an English page by its dictionary glosses (veng35)', () => {
  it('no longer asks a person about a word the page says in English', () => {
    const words = crossLanguageWords('北潟村の郷土資料館は、住民に傘と梯子を貸し出した。');
    assert.doesNotMatch(words, /「傘」/u);
    assert.doesNotMatch(words, /「梯子」/u);
  });
  it('still names a word whose glosses the page lacks', () => {
    assert.match(crossLanguageWords('北潟村の郷土資料館は、住民に傘と毛布を貸し出した。'), /「毛布」/u);
  });
});

// The same loan told by a Japanese page and an English one with another figure: a claim that states
// one figure as settled settles what the pages dispute — once the English figure's noun, which the
// news vocabulary lacks, is read as the claim's counted noun by the dictionary.
const JAPANESE: Document = inventedDocument(
  'kitagata',
  '郷土資料館が傘を貸し出し',
  ['北潟村の郷土資料館は13日、嵐で窓が割れたため、住民に傘約120本を貸し出した。'],
  { publishedAt: '2026-09-14T08:00:00+09:00' },
);
const LOAN = (figure: string): Document => ({
  ...inventedDocument(
    'loan',
    'Museum lends umbrellas',
    [`The folk museum in Kitagata lent about ${figure} umbrellas to residents on Sunday, the village said.`],
    { publishedAt: '2026-09-14T09:00:00+09:00' },
  ),
  lang: 'en',
});

describe('an English figure of a noun the vocabulary lacks, counted by the dictionary (veng35)', () => {
  const claim = '郷土資料館は住民に傘約120本を貸し出した。';
  const settled = (english: Document) =>
    claimErrors(understanding, claim, [JAPANESE, english])
      .map(described)
      .filter((line) => line.startsWith('conflict.settled'));
  it('flags a claim that settles the figure the English page disputes', () => {
    const errors = settled(LOAN('150'));
    assert.equal(errors.length, 1);
    assert.match(errors[0] as string, /約120本.*150/u);
  });
  it('leaves the claim where the English page gives the same figure', () => {
    assert.deepEqual(settled(LOAN('120')), []);
  });
});
