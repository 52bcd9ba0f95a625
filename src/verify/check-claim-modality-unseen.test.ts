import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Modality and negation as an outside writer words them (the vmod34 round, issue 9): inferences told
// with 推定/推測/考えられる, a possibility named as the object of a verb of stating, an open question
// (…かどうか), a headline's guess (…の影響か、), and 判明していない as a matter still open. An invented
// page about a fictional town's ferry pier.

const PIER = inventedDocument(
  'sazami',
  '佐波見町の桟橋、床板が崩落 波の影響か',
  [
    '佐波見町の渡船桟橋で7日朝、床板の一部が崩れ落ちているのを見回りの町職員が見つけた。',
    '町は、高波で木製の支柱が傷んだ可能性を挙げた。',
    '桟橋の修理には約4か月かかると推定されている。',
    '先月の点検に業者が立ち会ったかどうかは、まだ判明していない。',
    '町は、修理の前に県の承認を得る必要がある。',
  ],
  { publishedAt: '2026-03-07T18:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const codes = (text: string) => errorsOf(text, PIER).map((error) => error.split(':')[0]);

describe('checkClaim: inferences and possibilities in other verbs (vmod34)', () => {
  it('keeps an inference the claim tells with 推測, 推定 or と考えられる', () => {
    assert.ok(!codes('修理には約4か月かかると推測される。').includes('support.modality'));
    assert.ok(!codes('桟橋の修理には4か月ほどかかると考えられる。').includes('support.modality'));
  });

  it('flags the inference of a source told with と推定される stated flatly', () => {
    assert.ok(codes('桟橋の修理には約4か月かかる。').includes('support.modality'));
  });

  it('reads a possibility named as what a verb of stating puts forward (可能性を挙げた) as a hedge', () => {
    assert.ok(codes('高波で木製の支柱が傷んだ。').includes('support.modality'));
    assert.ok(!codes('町は、高波で支柱が傷んだ可能性を指摘した。').includes('support.modality'));
  });

  it('does not take the verb of obtaining (承認を得る) for the auxiliary of possibility', () => {
    assert.ok(!codes('町は修理の前に、県の承認を得なければならない。').includes('support.modality'));
  });

  it('keeps a headline guess the claim closes with か before a comma', () => {
    assert.ok(!codes('波の影響か、佐波見町の桟橋で床板が崩落した。').includes('support.modality'));
  });
});

describe('checkClaim: a matter still open (vmod34)', () => {
  it('flags as settled what the source says is not yet 判明', () => {
    assert.ok(codes('先月の点検には業者が立ち会った。').includes('support.negation'));
  });

  it('keeps a claim that asks the same question (…たかどうかは…)', () => {
    assert.ok(
      !codes('先月の点検に業者が立ち会ったかどうかは、まだ確かめられていない。').includes('support.negation'),
    );
    assert.ok(
      !codes('業者が先月の点検に立ち会ったかどうかは、まだ解明されていない。').includes('support.negation'),
    );
  });
});

const MARKET = inventedDocument(
  'kurume',
  '朝市の出店料、据え置き',
  [
    '久留目町の朝市組合は、来年度の出店料を無料とすることを決めた。',
    '組合長は「売り上げを伸ばすには、品数を増やすのが近道だ」と話した。',
  ],
  { publishedAt: '2026-04-02T18:00:00+09:00' },
);

describe('checkClaim: a noun made, or denied in part (vmod34)', () => {
  const marketCodes = (text: string) => errorsOf(text, MARKET).map((error) => error.split(':')[0]);

  it('flags a noun made (無料とする) told as not made (無料とはしない)', () => {
    assert.ok(
      marketCodes('朝市組合は、来年度の出店料を無料とはしないことを決めた。').includes('support.negation'),
    );
    assert.ok(
      !marketCodes('朝市組合は、来年度の出店料を無料にすることを決めた。').includes('support.negation'),
    );
  });

  it('flags a partial denial (…というわけではない) of what the source affirms', () => {
    assert.ok(
      marketCodes('組合長は、品数を増やすのが近道というわけではないと話した。').includes('support.negation'),
    );
  });
});

const BOATHOUSE = inventedDocument(
  'tomoe',
  '艇庫の帳簿、一部が破棄',
  [
    '巴沼町の艇庫組合は、貸し出しの帳簿のうち3冊を職員が誤って破棄していたことを明らかにした。',
    '組合は、ボートの鍵の保管箱が壊された可能性があるとみて調べている。',
  ],
  { publishedAt: '2026-05-11T18:00:00+09:00' },
);

describe('checkClaim: a fact told as only possible (vmod34)', () => {
  const boatCodes = (text: string) => errorsOf(text, BOATHOUSE).map((error) => error.split(':')[0]);

  it('flags an act the source states, told as a possibility or a suspicion', () => {
    assert.ok(
      boatCodes('艇庫組合の職員が、貸し出しの帳簿3冊を破棄した可能性がある。').includes('support.modality'),
    );
    assert.ok(boatCodes('艇庫組合の職員が貸し出しの帳簿を破棄した疑いがある。').includes('support.modality'));
  });

  it('keeps the act stated, and a possibility the source gives as one', () => {
    assert.ok(
      !boatCodes('艇庫組合の職員が、貸し出しの帳簿3冊を誤って破棄していた。').includes('support.modality'),
    );
    assert.ok(
      !boatCodes('組合は、ボートの鍵の保管箱が壊された可能性があるとみている。').includes('support.modality'),
    );
  });
});
