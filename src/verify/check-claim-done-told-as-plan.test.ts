import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { japaneseMessage } from './finding-messages.ts';

// A done act told as a plan (〜する方針だ, 〜する予定だ) where the source tells the act as done. An
// invented page about a fictional village's rope bridge.

const TITLE = '萩野村のつり橋 板の腐食で通行止め';
const BRIDGE = inventedDocument(
  's1',
  TITLE,
  [
    '萩野村は12日、渓谷にかかるつり橋の板が腐っていたとして、管理を任せていた森林組合に口頭で注意した。',
    '村長は同日、森林組合の組合長を役場に呼び、点検の記録を出すよう求めた。',
    '村は、来月にも橋の板をすべて張り替える方針だ。',
    '村は、観光協会に通行止めを知らせるよう求める予定だ。',
  ],
  { publishedAt: '2026-06-12T18:00:00+09:00', siteName: '萩野新報' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const errorsOf = (text: string): string[] => claimErrors(understanding, text, [BRIDGE]).map(described);
const planned = (text: string): boolean =>
  errorsOf(text).some((error) => error.startsWith('support.modality') && error.includes('as a plan'));

describe('checkClaim: a done act told as a plan (vmod37)', () => {
  it('flags a verbal noun the source tells as done, told as a policy', () => {
    assert.ok(planned('萩野村は、森林組合に口頭で注意する方針だ。'));
  });

  it('flags a request the source tells as made, told as a plan, whichever verb of asking words it', () => {
    assert.ok(planned('村長は、組合長に点検の記録を出すよう求める方針だ。'));
    assert.ok(planned('村長は、組合長に点検の記録を出すよう指示する予定だ。'));
  });

  it('leaves a plan the source tells as a plan', () => {
    assert.ok(!planned('村は、来月にも橋の板をすべて張り替える方針だ。'));
    assert.ok(!planned('村は、観光協会に通行止めを知らせるよう求める予定だ。'));
  });

  it('leaves the act told as done, and a plan of the past whose outcome is open', () => {
    assert.deepEqual(errorsOf('萩野村は、森林組合に口頭で注意した。'), []);
    assert.ok(!planned('萩野村は、森林組合に口頭で注意する方針だった。'));
  });

  it('flags an act the source tells in a continuative closed by a past predicate (呼び、…求めた)', () => {
    assert.ok(planned('村長は、森林組合の組合長を役場に呼ぶ方針だ。'));
  });

  it('says in Japanese that the source tells the act as done', () => {
    assert.equal(
      japaneseMessage({
        code: 'support.modality',
        params: { kind: 'planned', text: '注意', sourceText: '村は口頭で注意した。' },
      }),
      '「注意」をこれからの予定や方針として述べていますが、出典ではすでに行われたこととして述べています：「村は口頭で注意した。」',
    );
  });
});

// An invented fire at a warehouse: the fire station's inquiry told as under way, the owner called in
// a continuative whose sentence ends in a plan, and a check told in a progressive in another verb.
const FIRE = inventedDocument(
  's2',
  '港町の倉庫で火災',
  [
    '港町消防署は、倉庫から火が出た原因を調べている。',
    '署長は、倉庫の持ち主を署に呼び、当時の様子を聞く方針だ。',
    '町は、ほかの倉庫の消火器を点検していく。',
  ],
  { publishedAt: '2026-03-02T18:00:00+09:00', siteName: '港町日報' },
);

describe('checkClaim: an act under way or joined to a past predicate, told as a plan (vcm37)', () => {
  const plannedOn = (text: string): boolean =>
    claimErrors(understanding, text, [FIRE])
      .map(described)
      .some((error) => error.startsWith('support.modality') && error.includes('as a plan'));

  it('flags an act the source tells as under way (調べている), told as a policy', () => {
    assert.ok(plannedOn('港町消防署は、倉庫から火が出た原因を調べる方針だ。'));
  });

  it('leaves a continuative whose sentence ends in a plan, and a progressive in another verb (していく)', () => {
    assert.ok(!plannedOn('署長は、倉庫の持ち主を署に呼ぶ方針だ。'));
    assert.ok(!plannedOn('町は、ほかの倉庫の消火器を点検する方針だ。'));
  });
});
