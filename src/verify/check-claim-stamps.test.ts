import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// An editor's stamp (※6月8日17時更新, ※7日の配信時) dates a version of the page, not an event it
// tells: it backs no event's date and is no rival of one, but a claim about the page's versions may
// give it. Invented page: a town's estimate of storm damage, updated and corrected.

const STORM = inventedDocument(
  's',
  '潮見町の台風被害、約3億円に',
  [
    '※6月8日17時更新 町が公表した被害額を反映し、見出しと本文を更新しました。',
    '潮見町は7日、台風による農業被害額が約3億円にのぼると公表した。',
    '※7日の配信時、被害額を「約2億円」としていましたが、「約3億円」の誤りでした。',
  ],
  { publishedAt: '2026-06-07T18:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const dateErrors = (text: string) =>
  claimErrors(understanding, text, [STORM])
    .filter((finding) => finding.code === 'support.date' || finding.code === 'conflict.settled')
    .map(described);

describe('checkClaim: an editor’s stamp is no event date', () => {
  it('backs no event with the update stamp’s day', () => {
    assert.equal(dateErrors('潮見町は8日、台風による被害額を公表した。').length, 1);
  });

  it('keeps the event’s own day', () => {
    assert.deepEqual(dateErrors('潮見町は7日、台風による被害額を公表した。'), []);
  });

  it('lets a claim about the page’s versions give the stamp’s day', () => {
    assert.deepEqual(dateErrors('この記事は8日に更新され、被害額が本文に反映された。'), []);
  });
});
