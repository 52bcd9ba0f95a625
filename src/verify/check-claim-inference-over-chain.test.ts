import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A sentence-final inference or forecast (とみられる, 見通しだ) over a chain of clauses, where the claim
// tells the hedged last act flatly together with the words of an earlier clause. An invented page
// about a fictional fishing port after a storm.

const TITLE = '浦見港 強風で倉庫に被害';
const PORT = inventedDocument(
  's1',
  TITLE,
  [
    '強い南風で港の倉庫の屋根がめくれ、隣の車庫の壁も次々に壊れたとみられる。',
    '組合によると、倉庫に網を預けていた漁業者の約20人が、来週の漁に網を使えなくなる見通しだ。',
    '倉庫の奥の壁は黒く焦げており、警察は放火の疑いもあるとみて調べている。',
  ],
  { publishedAt: '2026-09-03T18:00:00+09:00', siteName: '浦見日報' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const errorsOf = (text: string): string[] => claimErrors(understanding, text, [PORT]).map(described);
const flat = (text: string): boolean =>
  errorsOf(text).some((error) => error.startsWith('support.modality') && error.includes('flatly'));

describe('checkClaim: an inference or forecast over a chain of clauses (vmod37)', () => {
  it('flags a claim that tells the inferred last act flatly with the words of a clause chained to it', () => {
    assert.ok(flat('強い南風で倉庫の屋根がめくれ、そばの壁も壊れた。'));
  });

  it('flags a forecast told as happened, where the claim aligns with the subject before が and a comma', () => {
    assert.ok(flat('倉庫に網を預けていた漁業者の約20人は、来週の漁に網を使えなくなった。'));
  });

  it('leaves the claims that keep the hedge', () => {
    assert.ok(!flat('強い南風で倉庫の屋根がめくれ、隣の車庫の壁も次々に壊れたとみられる。'));
    assert.ok(!flat('倉庫に網を預けていた漁業者の約20人は、来週の漁に網を使えなくなる見通しだ。'));
  });

  it('leaves an ongoing state chained before another party’s inference', () => {
    assert.ok(!flat('倉庫の奥の壁は黒く焦げていた。'));
  });
});
