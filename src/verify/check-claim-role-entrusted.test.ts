import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';
import { readClaim } from './claim/alignment.ts';
import { framesOf } from './claim/check-case-roles.ts';

// Roles, the thirty-second round (vrole34): who entrusted whom, and who instructed whom. A name in
// brackets before a particle is a participant; XのNを受けた names N's doer; an act of entrusting
// whose doer is unsaid still says whom it went to; a swap of the claim's own verb is not backed by
// another verb of its group. Invented page: a town bathhouse, its operator and its contractors.

const BATH = inventedDocument(
  'bath',
  '町営浴場のボイラー停止、三日間休業',
  [
    '鶫ヶ丘町の町営浴場で、ボイラーが止まり、三日間休業した。',
    'ボイラーの点検は町内の設備業者「浅緋ボイラー」に委託しており、同社が先月、部品を替えたばかりだった。',
    '浴場の運営は、町が指定管理者の「湯守サービス」に任せている。',
    '燃料の配送は、町の委託を受けた「青鷺燃料」が請け負っている。',
    '館内の清掃を委託されている梢クリーンの社員が、朝の清掃中に異音に気づいた。',
    '湯守サービスは先月の報告書で、町に早めの修理を勧めていた。',
    '町は、ほかの施設のボイラーを点検するよう、湯守サービスに指示した。',
  ],
  { publishedAt: '2026-11-20T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function roleErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(BATH)], understanding, { path: 'claim' })
    .findings.filter(
      (finding) =>
        finding.severity === 'error' && (finding.code === 'support.role' || finding.code === 'support.name'),
    )
    .map((finding) => finding.message);
}

/** Each frame of a sentence as `lemma: role:noun …`. */
function frames(text: string): string[] {
  return framesOf(readClaim(text, understanding)).map(
    (frame) =>
      `${frame.lemma}${frame.givenTo === true ? '(given)' : ''}: ${frame.participants
        .map((participant) => `${participant.role}:${participant.noun}${participant.who ? '*' : ''}`)
        .join(' ')}`,
  );
}

describe('framesOf: names in brackets, and acts of entrusting', () => {
  it('reads a name in brackets before a particle, a who after its kind', () => {
    assert.deepEqual(frames('浴場の運営は、町が指定管理者の「湯守サービス」に任せている。'), [
      '任せる: agent:町* topic:運営 other:湯守サービス*',
    ]);
  });

  it('reads a bracketed word with no kind before it as a thing', () => {
    const [frame] = framesOf(readClaim('町は、注意の段階を「厳重」に改めた。', understanding));
    const word = frame?.participants.find((participant) => participant.noun === '厳重');
    assert.equal(word?.who, false);
  });

  it('reads XのNを受けた as N done by X to the one who received it', () => {
    assert.ok(
      frames('燃料の配送は、町の委託を受けた「青鷺燃料」が請け負っている。').includes(
        '委託: agent:町* other:青鷺燃料*',
      ),
    );
  });

  it('reads an act of entrusting with its doer unsaid as whom it went to', () => {
    assert.deepEqual(frames('ボイラーの点検は町内の設備業者「浅緋ボイラー」に委託していた。'), [
      '委託(given): other:浅緋ボイラー*',
    ]);
    assert.ok(
      frames('館内の清掃を委託されている梢クリーンの社員が、異音に気づいた。').includes(
        '委託(given): other:梢クリーン*',
      ),
    );
  });

  it('reads a body the tokenizer joins to よう as the one asked', () => {
    const [frame] = framesOf(
      readClaim('湯守サービスは、ボイラーを点検するよう町に指示した。', understanding),
    );
    assert.ok(
      frame?.participants.some((participant) => participant.noun === '町' && participant.role === 'other'),
    );
  });
});

describe('checkClaim: who entrusted whom', () => {
  it('finds the one entrusted made the one who entrusted (its doer unsaid on the page)', () => {
    assert.ok(roleErrors('浅緋ボイラーは、ボイラーの点検を町に委託していた。').length > 0);
  });

  it('finds the entrusting turned round with the receiver named in brackets', () => {
    assert.ok(roleErrors('湯守サービスは、浴場の運営を町に任せている。').length > 0);
  });

  it('finds the entrusting turned round against XのNを受けた', () => {
    assert.ok(roleErrors('青鷺燃料は、燃料の配送を町に委託した。').length > 0);
  });

  it('finds the entrusting turned round against a passive relative clause', () => {
    assert.ok(roleErrors('梢クリーンは、館内の清掃を町に委託している。').length > 0);
  });

  it('backs each act of entrusting the right way round', () => {
    assert.deepEqual(roleErrors('町は、浴場の運営を湯守サービスに任せている。'), []);
    assert.deepEqual(roleErrors('町は、燃料の配送を青鷺燃料に委託した。'), []);
  });
});

describe('checkClaim: who instructed whom', () => {
  it('finds the instruction turned round, though the claimed doer recommended something to the other', () => {
    assert.ok(roleErrors('湯守サービスは町に対し、ほかの施設のボイラーを点検するよう指示した。').length > 0);
  });

  it('finds the instruction turned round when the one instructed follows よう', () => {
    assert.ok(roleErrors('湯守サービスは、ほかの施設のボイラーを点検するよう町に指示した。').length > 0);
  });

  it('backs the instruction and the recommendation the right way round', () => {
    assert.deepEqual(roleErrors('町は湯守サービスに対し、ほかの施設のボイラーを点検するよう指示した。'), []);
    assert.deepEqual(roleErrors('湯守サービスは、町に早めの修理を勧めていた。'), []);
  });
});
