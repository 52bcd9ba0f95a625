import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// The stage of an act: a claim that says an act is still being weighed (〜するかどうか検討している)
// against a source that has scheduled it (〜する予定だ) or ordered it with another verb of asking
// (〜するよう命じた). An invented page about a fictional town's ferry pier.

const TITLE = '潮見町の桟橋 来週から補修へ';
const PIER: Document = {
  id: 's1',
  url: 'https://shiomi-kowan.example/pier',
  title: TITLE,
  siteName: '潮見港湾タイムズ',
  lang: 'ja',
  text: [
    TITLE,
    '潮見町は、来週から渡し船の桟橋に新しい手すりを付ける予定です。',
    '町は、桟橋を管理する組合に、傷んだ板の枚数を数えて届けるよう命じた。',
    '町は、待合所の屋根を塗り替えるかどうか、秋までに決める。',
    '町は春に桟橋の塗装を組合に頼んでいたが、組合は塗料が届かないとして作業を八月に回していた。',
    '町は19日、桟橋の使用料を来月から月払いにすると発表した。',
    '住民からは、待合所の使用料を月払いにするよう求める声が出ている。',
  ].join('\n\n'),
  titleSpan: [0, TITLE.length],
  contentHash: `sha256:${'e'.repeat(64)}`,
  publishedAt: '2026-05-20T09:00:00+09:00',
};

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const errorsOf = (text: string): string[] => claimErrors(understanding, text, [PIER]).map(described);
const considered = (text: string): boolean =>
  errorsOf(text).some((error) => error.startsWith('support.modality') && error.includes('検討'));

describe('checkClaim: a consideration against an act settled', () => {
  it('flags a consideration where the source has scheduled the act (予定)', () => {
    assert.ok(considered('潮見町は、来週から桟橋に新しい手すりを付けるかどうか検討している。'));
  });

  it('flags a consideration of asking where the source ordered it with another verb of asking', () => {
    assert.ok(considered('町は、組合に傷んだ板の枚数を届けるよう求めるかどうか検討している。'));
  });

  it('leaves a consideration where the source too leaves the act open', () => {
    assert.ok(!considered('町は、待合所の屋根を塗り替えるかどうか検討している。'));
  });

  it('leaves the plan and the order told as the source tells them', () => {
    assert.deepEqual(errorsOf('潮見町は、来週から桟橋に新しい手すりを付ける予定だ。'), []);
    assert.deepEqual(errorsOf('町は、組合に傷んだ板の枚数を数えて届けるよう命じた。'), []);
  });
});

describe('checkClaim: an act settled later in the sentence, or announced (vmod36)', () => {
  it('flags a consideration where the act ends a later clause of the aligned sentence', () => {
    assert.ok(considered('町は、桟橋の塗装を8月に回すことを、検討していた。'));
  });

  it('flags a consideration of an act made with にする where the source announced it', () => {
    assert.ok(considered('町は、桟橋の使用料を月払いにすることを、検討している。'));
  });

  it('leaves a consideration where the source only reports a wish for the act', () => {
    assert.ok(!considered('町は、待合所の使用料を月払いにすることを、検討している。'));
  });
});

describe('checkClaim: a consideration of having someone do an act the source directed', () => {
  const STAKES = inventedDocument(
    's1',
    '潮見町、桟橋の杭を調べるよう指示',
    ['潮見町は21日、桟橋を管理する漁業組合に対し、桟橋の杭をすべて調べるよう指示した。'],
    { publishedAt: '2026-05-22T09:00:00+09:00', siteName: '潮見港湾タイムズ' },
  );
  const consideredHere = (text: string): boolean =>
    claimErrors(understanding, text, [STAKES])
      .map(described)
      .some((error) => error.startsWith('support.modality') && error.includes('検討'));

  it('flags 〜させるかどうか検討 where the source directed the act (〜するよう指示した)', () => {
    assert.ok(consideredHere('町は、漁業組合に桟橋の杭を調べさせるかどうか検討している。'));
  });

  it('leaves a consideration of doing the act oneself, which the directing does not settle', () => {
    assert.ok(!consideredHere('町は、桟橋の杭を自ら調べるかどうか検討している。'));
  });
});
