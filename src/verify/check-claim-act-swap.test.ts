import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// Who did what between two bodies of one page (verify/claim/check-agent.ts participantOf): a body
// called by its kind (村は, 県に), by the short name the page defines, or the が-agent after a topic
// that is no participant. Invented page: a village, its fishing group and a survey firm.

const HARBOR = inventedDocument(
  'harbor',
  '小舟村の漁港で岸壁が沈下',
  [
    '小舟村の漁港で岸壁の端が沈み、船の出入りに支障が出ている。',
    '沈下の理由ははっきりせず、村は測量会社に依頼して岸壁の傾きを測る予定だ。',
    '小舟湾漁業協同組合（湾漁協）は3日、早期の補修を求める文書を村に出した。',
    '湾漁協は来週から、所属する漁船の係留場所を移す。',
    '村は4日、県に補修費の補助を申請した。',
    '連絡船を運ぶ小舟汽船は5日、臨時の桟橋で運航を再開した。',
    '会社によると、元の桟橋の工事は月末に終わる。',
    '村と県でつくる協議会は6日、補修の順番で合意した。',
  ],
  { publishedAt: '2026-10-05T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function nameErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(HARBOR)], understanding, { path: 'claim' })
    .findings.filter((finding) => finding.severity === 'error' && finding.code === 'support.name')
    .map((finding) => finding.message);
}

describe('checkClaim: an act given to another body of the page, called by its kind', () => {
  it('flags the sender and the receiver of a document swapped (村は…漁協に出した)', () => {
    assert.ok(nameErrors('村は3日、早期の補修を求める文書を湾漁協に出した。').length > 0);
  });

  it('flags two bodies called by kind swapped (県は…村に申請した)', () => {
    assert.ok(nameErrors('県は4日、村に補修費の補助を申請した。').length > 0);
  });

  it('backs the act told of the body that did it', () => {
    assert.deepEqual(nameErrors('村は4日、県に補修費の補助を申請した。'), []);
    assert.deepEqual(nameErrors('湾漁協は3日、早期の補修を求める文書を村に出した。'), []);
  });
});

describe('checkClaim: the short name a page defines is a participant', () => {
  it('flags the act of the body the page calls by its short name given to another', () => {
    assert.ok(nameErrors('村は来週から、所属する漁船の係留場所を移す。').length > 0);
  });
});

describe('checkClaim: XはYがV, with a topic that is no participant', () => {
  it('flags the agent after a thing as topic, against the source body after a clause of its own', () => {
    assert.ok(nameErrors('岸壁の傾きの測量は、湾漁協が測量会社に依頼する。').length > 0);
  });

  it('backs the same claim with the source body as agent', () => {
    assert.deepEqual(nameErrors('岸壁の傾きの測量は、村が測量会社に依頼する。'), []);
  });
});

describe('checkClaim: a body called by kind that may be the named one', () => {
  it('backs a company called 会社 for the company the page names', () => {
    assert.deepEqual(nameErrors('会社は5日、臨時の桟橋で運航を再開した。'), []);
  });

  it('backs two bodies joined by と for the group they form', () => {
    assert.deepEqual(nameErrors('村と県が6日、補修の順番で合意した。'), []);
  });
});
