import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';
import { readClaim } from './claim/alignment.ts';
import { framesOf } from './claim/check-case-roles.ts';

// Roles, the newest writers (vrole31): an act of the claim's doer directed at another does not back
// a claim the source has the other way round; Xには is whom an act of telling goes to; the one
// called in the clause before is the one asked; 勧める asks; kin are who's; 次 in a given name; a
// cleft names who did an act; a が passes through a て form to the verb it leads into.
// Invented pages: a village's rope bridges and the firm that inspects them.

const PUBLISHED = { publishedAt: '2026-11-20T09:00:00+09:00' };

// The claim's doer asked someone else (a parts dealer); the village directed the firm.
const ELSEWHERE = inventedDocument(
  'elsewhere',
  '吊り橋の床板抜ける 萌葱村',
  [
    '萌葱村の吊り橋で、床板の一部が抜け落ちた。',
    '村は点検会社の白樺検査に対し、村内の吊り橋をすべて調べるよう指示した。',
    '白樺検査は、取引先の栗鼠商会に部品の在庫の確認を求めた。',
  ],
  PUBLISHED,
);

// The claim's doer called for something with no one it went to said, by another verb of the group.
const NO_ONE = inventedDocument(
  'noone',
  '吊り橋の点検急ぐ 萌葱村',
  [
    '村は点検会社の白樺検査に対し、村内の吊り橋をすべて調べるよう指示した。',
    '白樺検査は、点検の人手を増やすよう呼びかけた。',
  ],
  PUBLISHED,
);

const BRIDGE = inventedDocument(
  'bridge',
  '吊り橋のワイヤーにさび 点検会社が報告せず',
  [
    '白樺検査は、ワイヤーのさびを見つけたが、村には報告していなかった。',
    '村は去年、白樺検査に点検の回数を増やすよう勧めていた。',
    '鶴見一郎村長は、白樺検査の亀井健次社長を村役場に呼び、点検の記録を出すよう求めた。',
    '村は、橋から落ちてけがをした男性の家族に経緯を説明し、謝罪した。',
  ],
  PUBLISHED,
);

// Who did it, told by a cleft: the page gives each act to another.
const CLEFT = inventedDocument(
  'cleft',
  '吊り橋を一時封鎖 萌葱村',
  [
    '吊り橋の床板は、去年、村内の柳原工務店が張り替えていた。',
    '白樺建設の社員が毎月、橋を見回っている。',
    '村の職員が、ロープを使って橋を封鎖した。',
  ],
  PUBLISHED,
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function roleErrors(text: string, page: Document): string[] {
  return checkClaim(text, [understanding.of(page)], understanding, { path: 'claim' })
    .findings.filter(
      (finding) =>
        finding.severity === 'error' && (finding.code === 'support.role' || finding.code === 'support.name'),
    )
    .map((finding) => finding.message);
}

function framesText(text: string): string[] {
  return framesOf(readClaim(text, understanding)).map(
    (frame) =>
      `${frame.lemma}{${frame.participants.map((participant) => `${participant.noun}:${participant.role}/${participant.marker ?? '-'}`).join(', ')}}`,
  );
}

describe('checkClaim: an act of the claim doer directed at another backs no reversed claim', () => {
  it('finds the request reversed though its doer asked someone else', () => {
    assert.ok(roleErrors('白樺検査は村に対し、村内の吊り橋をすべて調べるよう求めた。', ELSEWHERE).length > 0);
  });

  it('finds the order reversed though its doer called for something of no one said', () => {
    assert.ok(roleErrors('白樺検査は村に対し、村内の吊り橋をすべて調べるよう指示した。', NO_ONE).length > 0);
  });

  it('backs the request the right way round', () => {
    assert.deepEqual(roleErrors('村は白樺検査に対し、村内の吊り橋をすべて調べるよう求めた。', ELSEWHERE), []);
    assert.deepEqual(roleErrors('白樺検査は、栗鼠商会に部品の在庫の確認を求めた。', ELSEWHERE), []);
  });

  it('lets the same verb with no one said back the claim', () => {
    assert.deepEqual(roleErrors('白樺検査は、点検の人手を増やすよう村に呼びかけた。', NO_ONE), []);
  });
});

describe('framesOf: には with a verb of telling, the one called before the verb of asking', () => {
  it('reads Xには as whom a report goes to', () => {
    assert.deepEqual(framesText('業者は、傷みを町には報告しなかった。'), [
      '報告{業者:agent/-, 傷み:other/wo, 町:other/ni}',
    ]);
  });

  it('reads Xには as no participant of a verb that directs nothing', () => {
    assert.deepEqual(framesText('町には、毎年多くの客が訪れる。'), ['訪れる{客:agent/ga}']);
  });

  it('reads the one called in the clause before as the one asked', () => {
    assert.deepEqual(framesText('町長は、組合の会長を役場に呼び、資料を出すよう求めた。'), [
      '呼ぶ{町長:agent/-, 会長:other/wo, 役場:other/ni}',
      '求める{町長:agent/-, 会長:other/ni}',
    ]);
  });

  it('reads the doer a cleft names', () => {
    assert.deepEqual(framesText('車輪を直したのは、町の技術者だった。'), [
      '直す{技術者:agent/-, 車輪:other/wo}',
    ]);
  });

  it('reads no cleft doer across a second clause', () => {
    assert.deepEqual(framesText('工事を頼んだのは町で、引き受けたのは工房だった。'), []);
  });

  it('passes the が of a て form on to the verb it leads into', () => {
    assert.deepEqual(framesText('係員が網を使って捕まえた。'), [
      '使う{係員:agent/ga, 網:other/wo}',
      '捕まえる{係員:agent/-}',
    ]);
  });

  it('reads no one asked after a thing closed', () => {
    assert.deepEqual(framesText('町は橋を閉じ、点検を急ぐよう求めた。'), [
      '閉じる{町:agent/-, 橋:other/wo}',
      '求める{町:agent/-}',
    ]);
  });
});

describe('checkClaim: who told, advised and asked whom, read on the newest shapes', () => {
  it('finds the report given to the one that was not told (には)', () => {
    assert.ok(
      roleErrors('村は、ワイヤーのさびを見つけたが、白樺検査に伝えていなかった。', BRIDGE).length > 0,
    );
  });

  it('finds the advice given from the other side (勧める)', () => {
    assert.ok(roleErrors('村は、白樺検査から点検の回数を増やすよう勧められていた。', BRIDGE).length > 0);
  });

  it('finds the request given to the one called in (a given name with 次)', () => {
    assert.ok(roleErrors('鶴見村長は、亀井社長から点検の記録を出すよう求められた。', BRIDGE).length > 0);
  });

  it('finds the explanation given to the family (kin are who)', () => {
    assert.ok(roleErrors('男性の家族が村に経緯を説明した。', BRIDGE).length > 0);
  });

  it('finds the act a cleft gives to another than the page', () => {
    assert.ok(roleErrors('去年、吊り橋の床板を張り替えたのは白樺建設だった。', CLEFT).length > 0);
    assert.ok(roleErrors('橋を封鎖したのは、白樺建設の社員だった。', CLEFT).length > 0);
  });

  it('backs a cleft that names the page doer', () => {
    assert.deepEqual(roleErrors('去年、吊り橋の床板を張り替えたのは柳原工務店だった。', CLEFT), []);
    assert.deepEqual(roleErrors('橋を封鎖したのは、村の職員だった。', CLEFT), []);
  });

  it('backs each the right way round', () => {
    assert.deepEqual(roleErrors('白樺検査は、ワイヤーのさびを村に伝えていなかった。', BRIDGE), []);
    assert.deepEqual(roleErrors('白樺検査は、村から点検の回数を増やすよう勧められていた。', BRIDGE), []);
    assert.deepEqual(roleErrors('亀井社長は、鶴見村長から点検の記録を出すよう求められた。', BRIDGE), []);
    assert.deepEqual(roleErrors('村は男性の家族に経緯を説明した。', BRIDGE), []);
  });
});
