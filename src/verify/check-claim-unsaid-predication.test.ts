import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A verb and the noun it takes by を or が, both absent from every source: an event the sources do
// not tell (unsaid-predication.ts), on an invented page about a village's suspension bridge.

const BRIDGE = inventedDocument(
  'bridge',
  '北杜村の吊り橋、当面通行止めに',
  [
    '北杜村は3日、村道にかかる吊り橋を当面通行止めにすると発表した。',
    '台風の後、見回りをしていた村の職員が橋板のゆがみに気づいた。',
    '村は専門の業者に調べてもらう予定で、渡れるようになる日はまだ見えない。',
    '村は住民の声を聞き、渡し船を出すことも考えている。',
    '村長は「住民に不便をかけるが、安全を優先したい」と話した。',
  ],
  { publishedAt: '2026-09-04T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const errorsOf = (text: string): string[] => claimErrors(understanding, text, [BRIDGE]).map(described);
const tellsNewEvent = (errors: string[]) =>
  errors.some((e) => e.startsWith('support.addition') && e.includes('tells an event the sources do not'));

describe('checkClaim: a verb and its object that no source has', () => {
  it('flags a native verb whose object no source names (標識を立てた)', () => {
    const errors = errorsOf('村は、吊り橋の入り口に標識を立てた。');
    assert.ok(tellsNewEvent(errors), errors.join('\n'));
  });

  it('flags a subject written as a verb in its continuative form (剥がれが見つかった)', () => {
    const errors = errorsOf('村の職員は、橋板に剥がれが見つかったと話した。');
    assert.ok(tellsNewEvent(errors), errors.join('\n'));
  });

  it('flags the content a verb of announcing quotes by と, tagged a conjunctive particle (作り直すと表明した)', () => {
    const errors = errorsOf('村は、吊り橋の手すりを作り直すと表明した。');
    assert.ok(tellsNewEvent(errors), errors.join('\n'));
  });

  it('keeps a support verb, whose noun is the event (損傷を負った)', () => {
    const errors = errorsOf('台風で、吊り橋は大きな損傷を負った。');
    assert.ok(!tellsNewEvent(errors), errors.join('\n'));
  });

  it('keeps a verb in a relative clause, which describes its noun (対岸へ荷物を届ける手段)', () => {
    const errors = errorsOf('村は、対岸へ荷物を届ける手段として渡し船を考えている。');
    assert.ok(!tellsNewEvent(errors), errors.join('\n'));
  });

  it('keeps a verb in the て-form telling the manner of the next one (道順を変えて渡る)', () => {
    const errors = errorsOf('住民は、道順を変えて対岸へ渡っている。');
    assert.ok(!tellsNewEvent(errors), errors.join('\n'));
  });

  it('keeps a verb a source writes with another kanji of the same reading (聴いた for 聞き)', () => {
    const errors = errorsOf('村は、住民の要望を聴いた。');
    assert.ok(!tellsNewEvent(errors), errors.join('\n'));
  });

  it('keeps a noun sharing a kanji with a source word (通行 → 交通を止めた)', () => {
    const errors = errorsOf('村は、吊り橋の交通を止めた。');
    assert.ok(!tellsNewEvent(errors), errors.join('\n'));
  });
});
