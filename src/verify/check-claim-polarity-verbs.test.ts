import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Polarity said through another predicate than the source's (the vpolarity9 round of issue 9):
// going on against stopping, and what an act is said of. Every page is invented.

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const page = (title: string, paragraphs: readonly string[]): Document =>
  inventedDocument('s1', title, paragraphs, { publishedAt: '2026-05-12T09:00:00+09:00' });

const codes = (text: string, document: Document, code: string): string[] =>
  claimErrors(understanding, text, [document])
    .filter((finding) => finding.code === code)
    .map((finding) => finding.message);

const assertFinds = (code: string, text: string, document: Document) =>
  assert.ok(codes(text, document, code).length > 0, `${text}: expected ${code}`);
const assertNone = (code: string, text: string, document: Document) =>
  assert.deepEqual(codes(text, document, code), [], text);

describe('checkClaim: an activity said to go on where the source stops it', () => {
  const library = () =>
    page('青葉市立図書館、改修で休館', [
      '青葉市立図書館は、来月からの改修工事に合わせて、本の貸し出しを一時停止した。',
      '市によると、工事は約半年かかる見通しだ。',
    ]);

  it('reads a time before the phase word as when, not as what goes on (改修後も予定どおり, 一時停止)', () => {
    assertFinds(
      'support.negation',
      '青葉市立図書館の本の貸し出しは、改修後も予定どおり続けられている。',
      library(),
    );
    assertFinds('support.negation', '青葉市立図書館は、当面は本の貸し出しを続ける。', library());
    assertNone('support.negation', '青葉市立図書館は、本の貸し出しを一時停止した。', library());
  });

  it('takes the clause topic as what goes on (工場は…稼働を続けた against 工場は止まった)', () => {
    const plant = page('台風で港の工場停止', [
      '魚を加工する港町の製氷工場は、台風の接近で12日朝から全て止まった。',
      '再開の時期は決まっていない。',
    ]);
    assertFinds('support.negation', '港町の製氷工場は、台風の間も一部が稼働を続けた。', plant);
    assertNone('support.negation', '港町の製氷工場は、台風の接近で全て止まった。', plant);
  });

  it('does not flag going on where the source stops something else in the sentence', () => {
    const shops = page('駅前の商店、相次ぎ休業', [
      '駅前の書店は先月休業したが、隣の青果店は営業を続けている。',
    ]);
    assertNone('support.negation', '駅前の青果店は、今も営業を続けている。', shops);
  });
});

describe('checkClaim: a time or frequency put on an act no source puts on it', () => {
  const claim = '青葉大橋の点検は年1回行っていたが、今後は毎日点検することにした。';

  it('flags 毎日点検 where the sources say 毎日 only of something else', () => {
    const bridge = page('青葉大橋に傷み', [
      '青葉大橋の点検は年1回行っていたが、傷んだ時期は分かっていないという。',
      '青葉大橋は、毎日約3万台の車が通る。',
      '市は今後、点検の方法を見直す。',
    ]);
    assertFinds('support.addition', claim, bridge);
  });

  it('keeps the frequency where a source says it of the act', () => {
    const daily = page('青葉大橋、点検を強化', [
      '青葉大橋の点検は年1回行っていたが、今後は毎日点検することにした。',
      '青葉大橋は、毎日約3万台の車が通る。',
    ]);
    assertNone('support.addition', claim, daily);
  });
});

describe('checkClaim: a thing said to exist or not, each side in its own words', () => {
  const gym = () =>
    page('北町小の体育館、天井に傷み', [
      '北町小学校の体育館の天井には、雨漏りによるしみがあった。',
      '市教委によると、校舎の壁に新たなひびが見つかった。',
      '体育館では先月、照明の事故が起きた。',
      'プールでは異常は見られなかった。',
    ]);

  it('flags a denial by finding (見られなかった, 確認されていない) of what the source says there was', () => {
    assertFinds(
      'support.negation',
      '北町小学校の体育館の天井には、雨漏りによるしみは見られなかった。',
      gym(),
    );
    assertFinds(
      'support.negation',
      '北町小学校の体育館の天井に、雨漏りによるしみは確認されていない。',
      gym(),
    );
  });

  it('flags 〜はなかった where the source says the thing was found or happened', () => {
    assertFinds('support.negation', '市教委によると、校舎の壁にひびはなかった。', gym());
    assertFinds('support.negation', '体育館では先月、照明の事故はなかった。', gym());
  });

  it('keeps the same existence said with another verb', () => {
    assertNone('support.negation', '北町小学校の体育館の天井には、雨漏りによるしみが見られた。', gym());
    assertNone('support.negation', '市教委によると、校舎の壁に新たなひびがあった。', gym());
    assertNone('support.negation', 'プールでは異常はなかった。', gym());
  });

  it('reads the written おらず as いない (入院した人はおらず)', () => {
    const ward = page('旅館で食中毒', ['患者は10人で、入院した人はいない。', '全員が快方に向かっている。']);
    assertNone('support.negation', '患者は10人で、入院した人はおらず、全員が快方に向かっている。', ward);
    assertFinds('support.negation', '患者は10人で、入院した人もおり、全員が快方に向かっている。', ward);
  });
});

describe('checkClaim: there being none of one thing answers nothing of another', () => {
  const fire = () =>
    page('倉庫で小火', [
      '10日夜、港町の倉庫で小火があった。',
      '消防によると、延焼はなかったが、作業員1人が負傷した。',
      '死者はなかったが、倉庫の壁の一部が壊れた。',
      '停電はなかったものの、周辺の住民には不安がある。',
    ]);

  it('flags a denied harm the source says happened beside another thing denied', () => {
    assertFinds('support.negation', '消防によると、小火で作業員にけがはなかった。', fire());
    assertFinds('support.negation', '10日夜の小火で、港町の倉庫の壁に損傷はなかった。', fire());
    assertFinds('support.negation', '停電はなかったものの、周辺の住民に不安はない。', fire());
  });

  it('keeps each denial the source makes', () => {
    assertNone('support.negation', '消防によると、延焼はなかった。', fire());
    assertNone('support.negation', '10日夜の小火で、死者はなかった。', fire());
    assertNone('support.negation', '周辺で停電はなかった。', fire());
  });
});

describe('checkClaim: a matter the source leaves open, in a sentence that carries its subject over', () => {
  it('flags an act stated as done where the next sentence of the paragraph says it is open', () => {
    const pump = page('青葉工業、ポンプ出荷停止', [
      '青葉工業は20日、新型ポンプの不具合を受けて出荷を止めると発表した。原因は調査中という。',
    ]);
    assertFinds('support.negation', '青葉工業は、新型ポンプの不具合の原因を突き止めた。', pump);
    assertNone('support.negation', '青葉工業は、新型ポンプの不具合の原因を調べている。', pump);
    assertNone('support.negation', '青葉工業は20日、新型ポンプの出荷を止めると発表した。', pump);
    const library = page('青葉市、図書館を新築', [
      '青葉市は15日、新しい市立図書館を駅前に建てると発表した。開館の時期は未定という。',
    ]);
    assertFinds('support.negation', '青葉市は、新しい市立図書館の開館の時期を決めた。', library);
    assertNone('support.negation', '青葉市は、新しい市立図書館を駅前に建てる。', library);
  });
});

describe('checkClaim: an act denied of a noun the source affirms something of (vneg10)', () => {
  const ferry = () =>
    page('湖南汽船、夏の増便を検討', [
      '湖南汽船は、夏休みの期間中の増便も検討している。',
      '同社の桟橋には、乗船券の自動販売機が備え付けられていたが、交通系カードは使えなかった。',
      '船長の点検記録は、別の職員が毎朝確認していた。',
    ]);

  it('flags a negated predicate whose noun the aligned source affirms in other words', () => {
    assertFinds('support.negation', '湖南汽船は、夏休みの期間中の増便は考えていない。', ferry());
    assertFinds('support.negation', '船長の点検記録は、ほかの職員による確認を受けていなかった。', ferry());
  });

  it('keeps a negation the source states in the same clause, or the affirmed claim', () => {
    assertNone('support.negation', '湖南汽船の桟橋では、交通系カードは使えなかった。', ferry());
    assertNone('support.negation', '湖南汽船は、夏休みの期間中の増便を検討している。', ferry());
  });

  it('reads a source verb of forbidding, stopping or giving up as no affirmation', () => {
    const court = page('夜間の運転を禁止', [
      '地裁は、風車3基について夜間の運転を禁じる判決を言い渡した。',
      '市は、花火大会の開催を中止した。',
    ]);
    assertNone('support.negation', '地裁は、風車3基について夜間の運転を認めなかった。', court);
    assertNone('support.negation', '市は、花火大会の開催を行わない。', court);
  });

  it('reads a claim verb of avoiding, negated, as no denial (避けられない)', () => {
    const merger = page('病院統合、避けられず', ['県は、二つの病院の統合を進める。']);
    assertNone('support.negation', '県によると、二つの病院の統合は避けられない。', merger);
  });

  it('reads a claim verb of lacking, negated, as no denial (欠かせない: needed)', () => {
    const ships = page('作業船の確保、難しく', ['設置工事に必要な大型の作業船の確保も難しくなっている。']);
    assertNone('support.negation', '設置工事に欠かせない大型の作業船の確保も難しくなっている。', ships);
  });
});
