import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
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
