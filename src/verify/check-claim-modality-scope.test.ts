import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// The scope of a hedge: only the modality of the clause a claim aligns with counts. An invented
// page about a fictional city's library renovation, with a headline of several parts.

const TITLE = '北浜市立図書館が来月休館 改修費は約3億円 駅前に分館設置を検討';
const LIBRARY: Document = {
  id: 's1',
  url: 'https://kitahama-shimpo.example/library',
  title: TITLE,
  siteName: '北浜新報',
  lang: 'ja',
  text: [
    TITLE,
    '北浜市は12日、秋に予定していた市立図書館の改修工事を来年1月に始めると発表した。',
    '建て替えを検討していた市民体育館は、改修して使い続ける方向で調整している。',
    '改修工事の細かな日程は3月中に決める。',
    '市は、隣の旧館を取り壊す方向で検討していると発表した。',
  ].join('\n\n'),
  titleSpan: [0, TITLE.length],
  contentHash: `sha256:${'c'.repeat(64)}`,
  publishedAt: '2026-06-12T09:00:00+09:00',
};

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

/** The claim's error findings, as `code: message`. */
const errorsOf = (text: string): string[] => claimErrors(understanding, text, [LIBRARY]).map(described);

function hasModality(text: string): boolean {
  return errorsOf(text).some((error) => error.startsWith('support.modality'));
}

describe('checkClaim: a hedge heading a relative clause', () => {
  it('does not take the plan that describes a noun (秋に予定していた改修工事) as a hedge of the main predicate', () => {
    assert.deepEqual(errorsOf('市立図書館の改修工事は来年1月に始まる。'), []);
    assert.deepEqual(errorsOf('北浜市は、市立図書館の改修工事を来年1月に始めると発表した。'), []);
  });

  it('still flags the main clause stated flatly where its own chain is hedged (方向で調整している)', () => {
    assert.ok(hasModality('市民体育館は改修して使い続ける。'));
    assert.deepEqual(errorsOf('市民体育館は、改修して使い続ける方向で調整されている。'), []);
  });

  it('does not let a relative clause in the claim (予定されていた) hedge its main predicate', () => {
    assert.ok(hasModality('建て替えが予定されていた市民体育館は、改修して使い続けることが決まった。'));
  });
});

describe('checkClaim: the parts of a headline', () => {
  it('keeps the hedge of one part (駅前に分館設置を検討) to that part', () => {
    assert.deepEqual(errorsOf('北浜市立図書館が来月休館し、改修費は約3億円'), []);
  });

  it('still flags the hedged part stated flatly', () => {
    assert.ok(hasModality('北浜市は駅前に分館を設置する。'));
    assert.ok(hasModality('北浜市立図書館は来月休館し、駅前に分館を設置する。'));
  });
});

describe('checkClaim: 決める, 決まる and 決定 in a claim', () => {
  it('takes an act a body announced without a hedge (…始めると発表した) as decided', () => {
    assert.deepEqual(errorsOf('市立図書館の改修工事は、来年1月に始めることが決まった。'), []);
  });

  it('still flags as decided what was announced as a plan under consideration', () => {
    assert.ok(hasModality('隣の旧館を取り壊すことが決まった。'));
    assert.ok(hasModality('市民体育館は改修して使い続けることが決まった。'));
  });

  it('accepts a decision to come (3月中に決める) that the source states the same way', () => {
    assert.deepEqual(errorsOf('改修工事の細かな日程は3月中に決める。'), []);
  });

  it('flags a decision to come stated as made', () => {
    assert.ok(hasModality('改修工事の細かな日程が決まった。'));
  });
});

describe('checkClaim: the hedge of the clause that states the claim’s act', () => {
  // Invented: a town's subsidy for flood barriers, proposed at a meeting (many of the claim's
  // words) and planned for the budget (the claim's act, 盛り込む, with 方針).
  const FLOOD: Document = {
    ...LIBRARY,
    id: 's1',
    title: '止水板の設置に補助',
    text: [
      '止水板の設置に補助',
      '会議では、川沿いの住宅での止水板の設置や、浸水しやすい地区での排水ポンプの購入を補助する案が示された。',
      '町は止水板の補助を、補正予算案に盛り込む方針だ。',
      '町は、排水ポンプの購入費の半額を補助している。',
    ].join('\n\n'),
    titleSpan: [0, '止水板の設置に補助'.length],
  };
  const errors = (text: string) => claimErrors(understanding, text, [FLOOD]).map((finding) => finding.code);

  it('flags the plan stated as done, though another sentence shares more of the claim’s words', () => {
    for (const claim of [
      '町は、川沿いの住宅での止水板の設置に対する補助を、補正予算案に盛り込んだ。',
      '川沿いの住宅での止水板の設置を補助する費用は、補正予算案に盛り込まれた。',
    ])
      assert.ok(errors(claim).includes('support.modality'), claim);
  });

  it('keeps a claim whose act the aligned clause states without a hedge', () => {
    assert.ok(!errors('町は、排水ポンプの購入費の半額を補助している。').includes('support.modality'));
  });
});

describe('checkClaim: the ある of a hedge is not the act of a claim that something exists', () => {
  // Invented: a town's help line during a water outage, and a warning said with 恐れがある.
  const DESK: Document = {
    ...LIBRARY,
    id: 's1',
    title: '断水で問い合わせ相次ぐ',
    text: [
      '断水で問い合わせ相次ぐ',
      '南野町の上下水道課には八日夕までに、住民から百十件の問い合わせが寄せられた。',
      '同課は、水道管の修理が週末までに終わらない恐れがあるとして、給水所の場所を確かめるよう求めている。',
    ].join('\n\n'),
    titleSpan: [0, '断水で問い合わせ相次ぐ'.length],
  };
  const errors = (text: string) => claimErrors(understanding, text, [DESK]).map((finding) => finding.code);

  it('keeps a count of calls told with あった (the sentence that counts them says it flatly)', () => {
    assert.ok(
      !errors('南野町の上下水道課には、8日夕までに110件の問い合わせがあった。').includes('support.modality'),
    );
  });

  it('still flags the feared thing stated as done', () => {
    assert.ok(errors('水道管の修理は週末までに終わらない。').includes('support.modality'));
  });
});

describe('checkClaim: a decision told as a consideration', () => {
  // Invented: a school that decided on escorted walks home after a bear sighting.
  const SCHOOL: Document = {
    ...LIBRARY,
    title: '小学校が集団下校',
    text: [
      '小学校が集団下校',
      '現場に近い町立汐見小学校は、あすから当面の間、教員の引率で集団下校を行うことを決めた。',
      '町立北浜中学校は、部活動の時間を短くするかどうか検討している。',
    ].join('\n\n'),
    titleSpan: [0, '小学校が集団下校'.length],
  };
  const errors = (text: string) => claimErrors(understanding, text, [SCHOOL]).map((finding) => finding.code);

  it('flags 検討している where the source decided (決めた)', () => {
    assert.ok(
      errors('町立汐見小学校は、教員が引率する集団下校を行うかどうか検討している。').includes(
        'support.modality',
      ),
    );
  });

  it('keeps a consideration the source also gives as one, and the decision itself', () => {
    assert.deepEqual(errors('町立北浜中学校は、部活動の時間を短くするかどうか検討している。'), []);
    assert.ok(
      !errors('町立汐見小学校は、教員の引率で集団下校を行うことを決めた。').includes('support.modality'),
    );
  });
});

describe('checkClaim: an act stated flatly told as a consideration', () => {
  // Invented: a town that announced fewer bus routes and decided to halve a fee.
  const BUS: Document = {
    ...LIBRARY,
    title: '町営バスを減便',
    text: [
      '町営バスを減便',
      '運転手が足りないため、北浜町は町営バスを来年4月から3路線に減らすと発表した。',
      '北浜町は、町民プールの利用料を半額にする支援策を決めた。',
      '町は、図書館の開館時間を延ばすかどうか検討している。',
    ].join('\n\n'),
    titleSpan: [0, '町営バスを減便'.length],
  };
  const errors = (text: string) => claimErrors(understanding, text, [BUS]).map((finding) => finding.code);

  it('flags 検討している where the source announces the act itself, unhedged', () => {
    assert.ok(
      errors('運転手が足りないため、北浜町は町営バスを3路線に減らすことを検討している。').includes(
        'support.modality',
      ),
    );
  });

  it('reads the act of a clause whose only predicate is 検討 from the word before it', () => {
    assert.ok(
      errors('北浜町は、町民プールの利用料を半額にするかどうか検討している。').includes('support.modality'),
    );
  });

  it('keeps a consideration the source gives as one', () => {
    assert.ok(!errors('町は、図書館の開館時間を延ばすかどうか検討している。').includes('support.modality'));
  });
});

describe('checkClaim: a stated intention told as a consideration (vmod47)', () => {
  // Invented: a ropeway operator that says it will refund every fare after a stoppage (返金するとしている,
  // a body's stated intention), and weighs only whether to add a night run.
  const ROPEWAY: Document = {
    ...LIBRARY,
    title: 'ロープウエーが運休',
    text: [
      'ロープウエーが運休',
      '架線の点検のため、宇鷺山ロープウエーは13日に全便を運休した。',
      '運行会社の宇鷺観光は、利用者全員に乗車券の代金を返金するとしている。',
      '宇鷺観光は、夜間の運行を増やすかどうかを社内で検討している。',
    ].join('\n\n'),
    titleSpan: [0, 'ロープウエーが運休'.length],
  };
  const errors = (text: string) => claimErrors(understanding, text, [ROPEWAY]).map((finding) => finding.code);

  it('flags 検討している where the source states the intention (〜としている)', () => {
    assert.ok(
      errors('宇鷺観光は、利用者全員に乗車券の代金を返金するかどうかを社内で検討している。').includes(
        'support.modality',
      ),
    );
  });

  it('keeps the intention stated, and a consideration the source gives as one', () => {
    assert.ok(
      !errors('宇鷺観光は、利用者全員に乗車券の代金を返金するとしている。').includes('support.modality'),
    );
    assert.ok(
      !errors('宇鷺観光は、夜間の運行を増やすかどうかを社内で検討している。').includes('support.modality'),
    );
  });
});

describe('checkClaim: an act taken on a hedged ground, or by a light verb, told as a consideration (vcm37)', () => {
  // Invented: a confectioner's recall on the ground that metal may have got into its biscuits, and a
  // prefecture's inspection of a factory, begun (検査に入った) or still weighed.
  const RECALL: Document = {
    ...LIBRARY,
    title: '港製菓がクッキーを回収',
    text: [
      '港製菓がクッキーを回収',
      '菓子メーカーの港製菓は、クッキーに金属片が入っていた恐れがあるとして、約5千袋を自主回収すると発表した。',
      '県は五日、港製菓の工場に立ち入り検査に入った。',
      '市は、給食のクッキーに破片が混じった可能性があるとして、給食での提供をやめる方向で調整している。',
      '町は、工場の排水について立ち入り調査を行うかどうか判断する。',
    ].join('\n\n'),
    titleSpan: [0, '港製菓がクッキーを回収'.length],
  };
  const errors = (text: string) => claimErrors(understanding, text, [RECALL]).map((finding) => finding.code);

  it('flags 検討している where the act follows a ground whose hedge is its own (…恐れがあるとして、…回収すると発表した)', () => {
    assert.ok(errors('港製菓は、クッキーの自主回収を検討している。').includes('support.modality'));
  });

  it('keeps a consideration where the act after the ground is itself hedged (…方向で調整している)', () => {
    assert.ok(
      !errors('市は、給食でのクッキーの提供をやめるかどうか検討している。').includes('support.modality'),
    );
  });

  it('flags 検討している where the source has begun the act by a light verb (検査に入った)', () => {
    assert.ok(errors('県は、港製菓の工場への立ち入り検査を検討している。').includes('support.modality'));
  });

  it('keeps a consideration where the light verb is an open question (行うかどうか)', () => {
    assert.ok(!errors('町は、工場の排水の立ち入り調査を検討している。').includes('support.modality'));
  });
});

describe('checkClaim: a policy is a decision', () => {
  // Invented: a town that will pay for repairs, and will decide later whether to punish anyone.
  const TOWN: Document = {
    ...LIBRARY,
    title: '町営プールで漏水',
    text: [
      '町営プールで漏水',
      '北浜町は、漏水で閉鎖した町営プールの修理費を全額負担する方針だ。',
      '管理を担当した職員の処分については、調査の結果を踏まえて判断するとしている。',
    ].join('\n\n'),
    titleSpan: [0, '町営プールで漏水'.length],
  };
  const errors = (text: string) => claimErrors(understanding, text, [TOWN]).map((finding) => finding.code);

  it('flags 検討している where the source states a policy (方針)', () => {
    assert.ok(
      errors('北浜町は、町営プールの修理費を全額負担するかどうか検討している。').includes('support.modality'),
    );
    assert.ok(!errors('北浜町は、町営プールの修理費を全額負担する方針だ。').includes('support.modality'));
  });

  it('flags a policy decided (方針を固めた) where the source leaves the decision to come', () => {
    assert.ok(errors('北浜町は、管理を担当した職員を処分する方針を固めた。').includes('support.modality'));
    assert.ok(
      !errors('北浜町は、町営プールの修理費を全額負担する方針を固めた。').includes('support.modality'),
    );
  });

  it('takes deciding a question (処分するかどうかを決める) as no outcome decided, and still flags the outcome', () => {
    for (const claim of [
      '北浜町は、管理を担当した職員を処分するかどうかを、調査の結果を踏まえて決める。',
      '北浜町は、管理を担当した職員をどう処分するか、調査の結果を踏まえて決めるとしている。',
    ])
      assert.ok(!errors(claim).includes('support.modality'), claim);
    assert.ok(errors('北浜町は、管理を担当した職員を処分することを決めた。').includes('support.modality'));
    assert.ok(
      errors('北浜町は、管理を担当した職員を処分するかどうかを決めた。').includes('support.modality'),
    );
  });
});

describe('checkClaim: a decision told without a word of deciding', () => {
  // Invented: a bakery that will close, told as 〜ことになった, and an English page's "decided to".
  const SHOP: Document = {
    ...LIBRARY,
    title: '駅前のパン店が閉店へ',
    text: [
      '駅前のパン店が閉店へ',
      '北浜駅前で40年続いたパン店「こむぎ堂」が、来年3月末で閉店することになり、常連客から惜しむ声が上がっている。',
      '店主の男性は、後継ぎを探す方向で検討している。',
    ].join('\n\n'),
    titleSpan: [0, '駅前のパン店が閉店へ'.length],
  };
  const BOARD: Document = {
    ...LIBRARY,
    id: 's2',
    lang: 'en',
    title: 'Kitahama to shorten library hours',
    text: [
      'Kitahama to shorten library hours',
      'The Kitahama city board of education decided to close the city library at 6 p.m. on weekdays from April.',
    ].join('\n\n'),
    titleSpan: [0, 'Kitahama to shorten library hours'.length],
  };
  const codes = (text: string, page: Document) =>
    claimErrors(understanding, text, [page]).map((finding) => finding.code);

  it('takes 〜ことになり as a decision made: 閉店が決まった', () => {
    assert.ok(!codes('駅前のパン店「こむぎ堂」の閉店が決まった。', SHOP).includes('support.modality'));
    assert.ok(
      !codes('こむぎ堂は来年3月末で閉店することが決まり、常連客が惜しんでいる。', SHOP).includes(
        'support.modality',
      ),
    );
  });

  it('still flags a decision where the source tells only a consideration', () => {
    assert.ok(codes('こむぎ堂の店主は、後継ぎを探すことを決めた。', SHOP).includes('support.modality'));
  });

  it('takes an English page’s decided to as a decision made', () => {
    assert.ok(
      !codes('北浜市教育委員会は、4月から平日の図書館の閉館を午後6時にすることを決めた。', BOARD).includes(
        'support.modality',
      ),
    );
  });
});

describe('checkClaim: an estimate kept in other words', () => {
  // Invented: a town that estimates the cost of a new bus line.
  const BUS: Document = {
    ...LIBRARY,
    title: '町営バスに新路線',
    text: [
      '町営バスに新路線',
      '北浜町は、町営バスの新路線の運行費を年約1200万円と試算している。',
      '町は、利用者を1日約80人と見込み、運賃収入で運行費の一部をまかなう。',
    ].join('\n\n'),
    titleSpan: [0, '町営バスに新路線'.length],
  };
  const errors = (text: string) => claimErrors(understanding, text, [BUS]).map((finding) => finding.code);

  it('keeps an estimate named by another word of estimating, in any position', () => {
    for (const claim of [
      '北浜町は、町営バスの新路線の運行費を年約1200万円と見積もっている。',
      '年約1200万円と見込まれる町営バスの新路線の運行費は、町が負担する。',
      '北浜新報は、町の試算を年約1200万円と伝えた。',
    ])
      assert.ok(!errors(claim).includes('support.modality'), claim);
  });

  it('still flags the estimate stated as a fact', () => {
    assert.ok(errors('町営バスの新路線の運行費は年約1200万円だ。').includes('support.modality'));
    assert.ok(errors('町営バスの新路線の利用者は1日約80人だ。').includes('support.modality'));
  });
});

describe('checkClaim: a wish in a quote stated as done', () => {
  // Invented: a mayor who says he wants to ask the state for help.
  const MAYOR: Document = {
    ...LIBRARY,
    title: '町長「国に支援を」',
    text: [
      '町長「国に支援を」',
      '汐見町の森田健町長は9日、「復旧に向けて国にも支援を求めたい」と話した。',
    ].join('\n\n'),
    titleSpan: [0, '町長「国に支援を」'.length],
  };
  const errors = (text: string) => claimErrors(understanding, text, [MAYOR]).map((finding) => finding.code);

  it('flags 求めた for 「…求めたい」と話した, and keeps the wish', () => {
    assert.ok(errors('森田健町長は9日、復旧に向けて国に支援を求めた。').includes('support.modality'));
    assert.ok(
      !errors('森田健町長は9日、復旧に向けて国に支援を求めたいと話した。').includes('support.modality'),
    );
  });
});

describe('a feared outcome stated as a fact', () => {
  // Invented: residents who fear a river will be muddied by a quarry.
  const RIVER: Document = inventedDocument(
    'q',
    '砕石場の拡張計画、住民が説明会',
    ['砕石場の拡張計画について、地元の住民団体は、川の水が濁り、アユの漁獲が減ることを懸念しているという。'],
    { publishedAt: '2026-07-02T09:00:00+09:00' },
  );

  it('flags the feared outcome stated flatly, and keeps the fear reported', () => {
    const modality = (text: string) =>
      claimErrors(understanding, text, [RIVER]).some((finding) => finding.code === 'support.modality');
    assert.ok(modality('砕石場の拡張で川の水が濁り、アユの漁獲が減っている。'));
    assert.ok(!modality('住民団体は、川の水が濁り、アユの漁獲が減ることを懸念している。'));
  });
});

// A risk in a headline part and in the body: a pond that may run dry (invented).
const POND_TITLE = '青葉池、来月にも干上がる恐れ 町が節水呼びかけ';
const POND: Document = {
  id: 's1',
  url: 'https://aoba-shimpo.example/pond',
  title: POND_TITLE,
  siteName: '青葉新報',
  lang: 'ja',
  text: [
    POND_TITLE,
    '青葉町の農業用の青葉池で水位の低下が続いている。',
    '町によると、雨が降らなければ、農業用水の供給が止まる可能性がある。',
  ].join('\n\n'),
  titleSpan: [0, POND_TITLE.length],
  contentHash: `sha256:${'d'.repeat(64)}`,
  publishedAt: '2026-07-20T09:00:00+09:00',
};

describe('checkClaim: a risk or a possibility made a forecast or a plan', () => {
  const modality = (text: string) =>
    claimErrors(understanding, text, [POND]).some((finding) => finding.code === 'support.modality');

  it('flags a forecast (見通し, 予定) of what the source gives only as a risk (恐れ) or a possibility (可能性)', () => {
    assert.ok(modality('青葉池は来月にも干上がる見通しだ。'));
    assert.ok(modality('雨が降らなければ、農業用水の供給が止まる見込みだ。'));
  });

  it('reads the risk ending a headline part before a space as its hedge', () => {
    assert.ok(modality('青葉池は来月にも干上がる。'));
  });

  it('accepts the risk or the possibility kept', () => {
    assert.ok(!modality('青葉池は来月にも干上がる恐れがある。'));
    assert.ok(!modality('雨が降らなければ、農業用水の供給が止まる可能性がある。'));
  });
});

describe('checkClaim: a request reported with the wish in the speaker words', () => {
  const WATER = inventedDocument(
    'w',
    '北浦市、節水を呼びかけ',
    [
      '北浦市の森田一郎市長は「市民の皆さんには、できる範囲での節水をお願いしたい」と呼びかけた。',
      '南浦町の町長は、県に給水車の派遣を求めたい考えを示した。',
    ],
    { publishedAt: '2026-07-12T09:00:00+09:00' },
  );
  const modality = (text: string) =>
    claimErrors(understanding, text, [WATER]).filter((finding) => finding.code === 'support.modality');

  it('takes …よう呼びかけた for 「…お願いしたい」と呼びかけた', () => {
    assert.deepEqual(modality('森田一郎市長は、できる範囲で節水するよう市民に呼びかけた。'), []);
    assert.deepEqual(modality('森田一郎市長は、市民に節水への協力を呼びかけた。'), []);
  });

  it('still flags a wish to make the request stated as a request made (求めたい → 求めた)', () => {
    assert.equal(modality('南浦町の町長は、県に給水車の派遣を求めた。').length, 1);
  });
});

describe('checkClaim: the content of a fear voiced, the verb heading a relative clause', () => {
  const SHOPS = inventedDocument(
    'v',
    '北浦球場の移転、商店街に不安',
    ['北浦市の商店街からは、試合のある日の売り上げが減るのではないかと不安の声が上がっている。'],
    { publishedAt: '2026-07-12T09:00:00+09:00' },
  );
  const modality = (text: string) =>
    claimErrors(understanding, text, [SHOPS]).filter((finding) => finding.code === 'support.modality');

  it('takes …ことを心配する声が出ている as the fear, not a fact', () => {
    assert.deepEqual(
      modality('北浦市の商店街では、試合の日の売り上げが減ることを心配する声が出ている。'),
      [],
    );
  });

  it('still flags the feared drop stated as a fact', () => {
    assert.equal(modality('北浦市の商店街では、試合の日の売り上げが減っている。').length, 1);
  });
});

// A plan or a schedule told in the plain non-past (町は…走らせる) is told as still to come, as news
// writes a scheduled act; a source's plan that was (予定だった) is not one still held.
describe('a plan told in the plain non-past', () => {
  const page = inventedDocument(
    'p',
    '巡回バス',
    ['町は7月から、公民館への巡回バスを走らせる計画だ。', '町は5月に花火大会を開く予定だった。'],
    { publishedAt: '2026-06-01T09:00:00+09:00', siteName: '若葉新聞' },
  );
  const modality = (text: string): string[] =>
    claimErrors(understanding, text, [page])
      .map((finding) => finding.code)
      .filter((code) => code === 'support.modality');
  it('keeps 走らせる for a source’s 走らせる計画だ', () => {
    assert.deepEqual(modality('町は7月から公民館への巡回バスを走らせる。'), []);
  });
  it('still flags the plan told as under way or done, and a plan that was', () => {
    assert.equal(modality('町は7月から公民館への巡回バスを走らせている。').length, 1);
    assert.equal(modality('町は5月に花火大会を開く。').length, 1);
  });
});

describe('checkClaim: a cause stated as fact that the sources only infer', () => {
  const TITLE = '北浦町の倉庫倒壊 柱の腐食か 町が調査';
  const SHED = inventedDocument(
    'k',
    TITLE,
    [
      '北浦町の町営倉庫が2日未明に倒壊した。',
      '町の調べでは、柱に腐食が見つかった。',
      '町は、腐食が倒壊につながった可能性もあるとみて調べている。',
      '南浦町の歩道橋の損傷は、春の強風の影響とみられる。',
      '南浦町の水道管の破裂は、凍結が原因だった。',
    ],
    { publishedAt: '2026-10-03T09:00:00+09:00' },
  );
  const modality = (text: string) =>
    claimErrors(understanding, text, [SHED]).filter((finding) => finding.code === 'support.modality');

  it('flags a cause every sentence naming it gives as inferred or possible', () => {
    assert.equal(modality('北浦町の倉庫の倒壊は、柱の腐食が原因だった。').length, 1);
    assert.equal(modality('南浦町の歩道橋の損傷の原因は、春の強風だった。').length, 1);
  });

  it('keeps a cause a source states, or a claim that keeps the hedge', () => {
    assert.deepEqual(modality('南浦町の水道管の破裂の原因は、凍結だった。'), []);
    assert.deepEqual(modality('南浦町の歩道橋の損傷は、春の強風の影響とみられる。'), []);
    assert.deepEqual(modality('北浦町は、倉庫が倒壊した原因を調べている。'), []);
  });
});

describe('checkClaim: a hedge in the ground an act is taken on (…恐れがあるとして、)', () => {
  const DAM = inventedDocument(
    'g',
    '白岩ダム、放流を予告',
    [
      '大雨で水位が上がり、ダムがあふれる恐れがあるとして、県は下流の住民に川へ近づかないよう呼びかけた。',
      '橋が流される恐れがあり、町は通行止めを検討している。',
    ],
    { publishedAt: '2026-08-10T09:00:00+09:00' },
  );
  const modality = (text: string) =>
    claimErrors(understanding, text, [DAM]).some((finding) => finding.code === 'support.modality');

  it('accepts the act the source states, taken on a hedged ground', () => {
    assert.ok(!modality('県は下流の住民に川へ近づかないよう呼びかけた。'));
  });

  it('still flags the ground itself stated flatly, and a hedge that is no ground', () => {
    assert.ok(modality('県は、ダムがあふれるとして、住民に川へ近づかないよう呼びかけた。'));
    assert.ok(modality('町は通行止めを決めた。'));
  });
});

describe('checkClaim: what a hedge governs stays hedged, whatever the tense or polarity of the claim', () => {
  // Invented: a ferry line that may stop, and a road that may not reopen.
  const FERRY = inventedDocument(
    'f',
    '高波で定期船に影響',
    [
      '港湾事務所は、欠航があすまで続く恐れがあるとして、利用者に運航情報を確かめるよう呼びかけている。',
      '県道の復旧は月末までに終わらない見通しで、村は迂回路の案内を増やした。',
      '桟橋の補修は来月に始まる可能性がある。',
    ],
    { publishedAt: '2026-10-02T09:00:00+09:00' },
  );
  const modality = (text: string) =>
    claimErrors(understanding, text, [FERRY]).some((finding) => finding.code === 'support.modality');

  it('flags a short feared or expected thing told as fact, as done, or as settled', () => {
    assert.ok(modality('欠航は続く。'));
    assert.ok(modality('欠航があすまで続いた。'));
    assert.ok(modality('欠航はあすまで続くことになった。'));
    assert.ok(modality('復旧は終わらなかった。'));
    assert.ok(modality('補修は来月に始まった。'));
  });

  it('accepts the act taken on the hedged ground, its doer the topic before the ground', () => {
    assert.ok(!modality('港湾事務所は利用者に運航情報を確かめるよう呼びかけている。'));
  });

  it('accepts the short clause a source states flatly', () => {
    assert.ok(!modality('村は迂回路の案内を増やした。'));
  });
});

describe('checkClaim: a short clause a headline names as an event in the noun style', () => {
  // Invented: a tank leak the body gives only as inferred, the headline as a fact.
  const TANK = inventedDocument(
    't',
    '倉庫で火災 薬品漏出、住民が避難',
    ['消防によると、倉庫の薬品が外に漏れ出したとみられる。'],
    { publishedAt: '2026-10-02T09:00:00+09:00' },
  );
  const modality = (text: string) =>
    claimErrors(understanding, text, [TANK]).some((finding) => finding.code === 'support.modality');

  it('accepts the short clause the headline states with a verbal noun', () => {
    assert.ok(!modality('薬品が漏れ出した。'));
  });
});

describe('checkClaim: an intention told as done (寄付を考えている, 使うつもりだった; vdet27)', () => {
  const DESK = inventedDocument(
    'desk',
    '旧校舎の机、郷土館へ',
    [
      '西浦町の旧校舎で見つかった古い机について、持ち主の夫婦は郷土館への寄付を考えている。',
      '親族の男性は、机を孫の勉強に使うつもりだったという。',
    ],
    { publishedAt: '2026-06-05T09:00:00+09:00' },
  );
  const modality = (text: string) =>
    claimErrors(understanding, text, [DESK])
      .map(described)
      .filter((error) => error.startsWith('support.modality'));

  it('flags the act stated as done', () => {
    assert.ok(modality('持ち主の夫婦は、机を郷土館に寄付した。').length > 0);
    assert.ok(modality('親族の男性は、机を孫の勉強に使った。').length > 0);
  });

  it('keeps the intention in other words', () => {
    assert.deepEqual(modality('持ち主の夫婦は、机を郷土館に寄付する考えだ。'), []);
    assert.deepEqual(modality('親族の男性は、机を孫の勉強に使うつもりだった。'), []);
  });
});
