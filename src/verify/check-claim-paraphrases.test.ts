import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// Faithful paraphrases that must stay supported (each over a reading of Japanese news writing), and
// the one-thing-changed claims that must still be flagged, on invented pages: a fictional bus
// company cutting a route and a town's clinic plan.

const documentOf = (id: string, title: string, paragraphs: readonly string[]) =>
  inventedDocument(id, title, paragraphs, { publishedAt: '2026-05-12T09:00:00+09:00' });

const BUS = documentOf('bus', '南浦フェリー、島への航路を減便', [
  '北浦町と沖の島を結ぶフェリーを運航する南浦フェリー（北浦町）は11日、7月1日から1日8往復を5往復に減らすと発表した。',
  '同社によると、航路の赤字は2025年度に約4千万円に膨らんだ。',
  '船員は現在18人で、必要な人数より3人少ない。',
  '北浦町消防本部は、救急搬送への影響を調べるとしている。',
  '同社の船員の平均年齢は約61歳。',
  '隣県の事業者からの応援も検討している。',
]);

const CLINIC = documentOf('clinic', '南浦町に診療所計画', [
  '南浦町の山中正人町長は6日、町立の診療所を新たに設ける計画を明らかにした。',
  '町は建設費として約2億円を見込み、国の交付金を充てる方針だ。',
]);

const PORT = documentOf('port', '港の使用料、来春値上げ', [
  '北浦港の使用料が来年4月から1割上がる。',
  '業界団体の南海港湾協会の森本和夫専務理事は「同じような値上げは各地で続く恐れがある」と話した。',
]);

const FARE = documentOf('fare', '北浦バス、運賃を値上げ', [
  '北浦バスの小林誠社長は10日、記者会見で「利用者の皆さんには本当に申し訳ない」と述べた。',
]);

const DELAY = documentOf('delay', '南浦フェリー、減便を延期', [
  '南浦フェリー（北浦町）は16日、減便の開始日を7月1日から8月1日に延期すると発表した。',
  '同社は国の補助制度への申請も検討している。',
]);

const RULING = documentOf('ruling', '工場の操業、夜間は禁止　北浦地裁', [
  '北浦地裁は20日、南浦化成に工場の夜間操業を禁じる判決を言い渡した。',
  '森川直人裁判長は、工場の騒音が基準を超える日が多かったと指摘した。',
  '同社の広報担当者によると、売り上げが年約2億円減る可能性があるという。',
]);

const FACTORY = documentOf('factory', '若葉電機、北浦町に新工場', [
  '家電メーカーの若葉電機（本社・東京）は14日、北浦町に新工場を建設すると発表した。',
  '工場は2028年春に稼働する予定で、約300人を新たに雇用する。',
]);

const OYSTER = documentOf('oyster', '養殖カキが大量死', [
  '県水産試験場は、海水温が平年より2度ほど高い状態が続いていることが原因の可能性があるとみて調べている。',
]);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const errorsOf = (text: string, document: Document): string[] =>
  claimErrors(understanding, text, [document]).map(described);

describe('checkClaim: who a sentence is about when it does not say', () => {
  it('reads 町は as the town named before', () => {
    assert.deepEqual(errorsOf('南浦町は建設費として約2億円を見込み、国の交付金を充てる方針だ。', CLINIC), []);
  });

  it('reads 同社 after a company presented with the town it is based in', () => {
    assert.deepEqual(errorsOf('南浦フェリーによると、航路の赤字は2025年度に約4千万円に膨らんだ。', BUS), []);
  });

  it('carries the company over a sentence that names no one (its subject left unsaid)', () => {
    assert.deepEqual(errorsOf('南浦フェリーの船員は現在18人で、必要な人数より3人少ない。', BUS), []);
    assert.deepEqual(errorsOf('南浦フェリーは隣県の事業者からの応援も検討している。', BUS), []);
  });

  it('does not carry it over a sentence whose subject is another body', () => {
    assert.ok(
      errorsOf('南浦フェリーは、救急搬送への影響を調べるとしている。', BUS).some((e) =>
        e.startsWith('support.name'),
      ),
    );
  });
});

describe('checkClaim: a hedge inside a quote', () => {
  it('hedges the quoted words, not the speaker’s name and title around them', () => {
    assert.deepEqual(errorsOf('森本和夫氏は南海港湾協会の専務理事だ。', PORT), []);
  });

  it('still flags the quoted words stated flatly', () => {
    assert.notDeepEqual(errorsOf('同じような値上げは各地で続く。', PORT), []);
  });
});

describe('checkClaim: the verb that reports someone’s words', () => {
  it('takes 〜と謝った as reporting the words the source quotes', () => {
    assert.deepEqual(errorsOf('小林誠社長は記者会見で、利用者に申し訳ないと謝った。', FARE), []);
  });

  it('takes an apology (謝った, わびた) as said by the words of apology the source quotes', () => {
    assert.deepEqual(errorsOf('小林誠社長は利用者に謝った。', FARE), []);
    assert.deepEqual(errorsOf('小林誠社長は記者会見で利用者にわびた。', FARE), []);
  });

  it('still flags the apology where the quoted words apologise for nothing', () => {
    const plain = documentOf('plain', '北浦バス、運賃を値上げ', [
      '北浦バスの小林誠社長は10日、記者会見で「利用者の皆さんには値上げへの理解をお願いしたい」と述べた。',
    ]);
    assert.ok(errorsOf('小林誠社長は利用者に謝った。', plain).some((e) => e.startsWith('support.predicate')));
    assert.ok(
      errorsOf('小林誠社長は記者会見で利用者にわびた。', plain).some((e) =>
        e.startsWith('support.predicate'),
      ),
    );
  });
});

describe('checkClaim: an injury told by its degree and the light verb 負う', () => {
  const CRASH = documentOf('crash', '町道で車2台が衝突', [
    '北浦町の町道で5日朝、乗用車と軽トラックが衝突し、軽トラックを運転していた男性が足に軽いけがをした。',
  ]);
  const NO_HARM = documentOf('noharm', '町道で車2台が衝突', [
    '北浦町の町道で5日朝、乗用車と軽トラックが衝突したが、軽トラックを運転していた男性にけがはなかった。',
  ]);

  it('takes 軽傷を負った for the source’s 軽いけがをした', () => {
    assert.deepEqual(errorsOf('軽トラックを運転していた男性は、足に軽傷を負った。', CRASH), []);
    assert.deepEqual(errorsOf('5日朝の衝突事故で、軽トラックの男性が軽傷を負った。', CRASH), []);
  });

  it('still flags 重傷 for a light injury, and an injury where the source says there was none', () => {
    assert.notDeepEqual(errorsOf('軽トラックを運転していた男性は、足に重傷を負った。', CRASH), []);
    assert.notDeepEqual(errorsOf('軽トラックを運転していた男性は、足に軽傷を負った。', NO_HARM), []);
  });
});

describe('checkClaim: simple arithmetic on the sources’ figures', () => {
  it('adds a shortfall to the figure it is measured from (18人で、3人少ない: 21人 needed)', () => {
    assert.deepEqual(errorsOf('南浦フェリーが必要としている船員の数は21人だ。', BUS), []);
    assert.ok(
      errorsOf('南浦フェリーが必要としている船員の数は22人だ。', BUS).some((e) =>
        e.startsWith('support.number'),
      ),
    );
  });

  it('counts the months between two dates of one sentence (7月1日から8月1日: 1か月)', () => {
    assert.deepEqual(errorsOf('南浦フェリーは減便の開始を1か月遅らせる。', DELAY), []);
    assert.ok(
      errorsOf('南浦フェリーは減便の開始を2か月遅らせる。', DELAY).some((e) =>
        e.startsWith('support.number'),
      ),
    );
  });
});

describe('checkClaim: an act the source says is intended', () => {
  it('flags the act negated where the source has it as the object of 検討', () => {
    assert.ok(
      errorsOf('南浦フェリーは国の補助制度に申請しない方針だ。', DELAY).some((e) =>
        e.startsWith('support.negation'),
      ),
    );
    assert.deepEqual(errorsOf('南浦フェリーは国の補助制度への申請を検討している。', DELAY), []);
  });
});

describe('checkClaim: who speaks for a ruling', () => {
  it('gives the presiding judge’s reasons to the ruling (判決は…と指摘した)', () => {
    assert.deepEqual(errorsOf('判決は、工場の騒音が基準を超える日が多かったと指摘した。', RULING), []);
  });

  it('does not give the company’s words to the ruling', () => {
    assert.ok(
      errorsOf('判決は、売り上げが年約2億円減る可能性があると指摘した。', RULING).some((e) =>
        e.startsWith('support.attribution'),
      ),
    );
  });
});

describe('checkClaim: two source sentences merged into one claim', () => {
  it('dates the relative clause a date stands in, as the source dates that event', () => {
    assert.deepEqual(
      errorsOf('若葉電機は14日、2028年春に稼働する予定の新工場を北浦町に建設すると発表した。', FACTORY),
      [],
    );
  });

  it('still flags the date given to the announcement instead', () => {
    assert.ok(
      errorsOf('若葉電機は2028年春、北浦町に新工場を建設すると発表した。', FACTORY).some((e) =>
        e.startsWith('support.date'),
      ),
    );
  });
});

describe('checkClaim: news framing what it learnt', () => {
  it('reads 〜ことが分かった as the frame of the clause before it', () => {
    assert.deepEqual(errorsOf('若葉電機が北浦町に新工場を建設することが14日、分かった。', FACTORY), []);
  });

  it('still checks the clause it frames', () => {
    assert.ok(
      errorsOf('若葉電機の社長が辞任したことが分かった。', FACTORY).some((e) =>
        e.startsWith('support.predicate'),
      ),
    );
  });
});

describe('checkClaim: a hedge about a cause', () => {
  it('takes the fact given as the cause as stated (…が続いていることが原因の可能性)', () => {
    assert.deepEqual(errorsOf('海水温は平年より約2度高い状態が続いている。', OYSTER), []);
  });

  it('still flags the cause stated flatly', () => {
    assert.ok(
      errorsOf('海水温が平年より高い状態が続いていることが原因だ。', OYSTER).some((e) =>
        e.startsWith('support.modality'),
      ),
    );
  });
});

describe('checkClaim: a company presented by its trade, and its works', () => {
  const MILL = documentOf('mill', '製紙工場でボヤ', [
    '港北市の製紙メーカー青嵐化成の北浦工場で10日、ボヤがあった。',
    '同社は「点検を強化した」としている。',
    '工場では、段ボールの原紙を作っている。',
  ]);

  it('gives what 同社 says to the company named after its trade (製紙メーカー青嵐化成)', () => {
    assert.deepEqual(errorsOf('青嵐化成は「点検を強化した」としている。', MILL), []);
    assert.deepEqual(errorsOf('青嵐化成は、点検を強化したとしている。', MILL), []);
  });

  it('reads 工場では as the works named before', () => {
    assert.deepEqual(errorsOf('北浦工場では、段ボールの原紙を作っている。', MILL), []);
  });

  it('still flags another works or another company', () => {
    assert.ok(
      errorsOf('南浦工場では、段ボールの原紙を作っている。', MILL).some((e) => e.startsWith('support.name')),
    );
    assert.notDeepEqual(errorsOf('港北製紙は、点検を強化したとしている。', MILL), []);
  });
});

describe('checkClaim: a bay named once, then called 湾', () => {
  const BAY = documentOf('bay', '北浦湾のアマモ、半減', [
    '南浦大学の調査チームは、北浦湾のアマモ場が大きく減ったと発表した。',
    'チームによると、湾のアマモ場は2010年の約90ヘクタールから、2025年には約40ヘクタールに減った。',
  ]);

  it('dates what the claim says of the bay by the sentence that calls it 湾', () => {
    assert.deepEqual(
      errorsOf('チームによると、北浦湾のアマモ場は2025年には約40ヘクタールに減った。', BAY),
      [],
    );
  });

  it('still flags a date the bay sentence does not give to it', () => {
    assert.ok(
      errorsOf('チームによると、北浦湾のアマモ場は2024年には約40ヘクタールに減った。', BAY).some((e) =>
        e.startsWith('support.date'),
      ),
    );
  });
});

describe('checkClaim: the injured as a class for those the sources say were hurt (vfa27)', () => {
  const FALL = documentOf('fall', '遊具から転落、児童がけが', [
    '北浦町の公園で12日、滑り台の手すりが外れ、遊んでいた児童3人がけがをした。',
    '南浦テレビは、けがをした児童を4人と伝えた。',
  ]);
  const errors = (text: string) =>
    claimErrors(understanding, text, [FALL])
      .filter((finding) => finding.code === 'support.coverage' || finding.code === 'support.addition')
      .map(described);

  it('accepts けが人 for the people the sources say were hurt (けがをした)', () => {
    assert.deepEqual(errors('けが人の数を、南浦テレビは4人と伝えた。'), []);
  });

  it('still flags a noun of other people the sources do not name (見物人)', () => {
    assert.ok(errors('見物人の数を、南浦テレビは4人と伝えた。').length > 0);
  });
});

describe('checkClaim: a request said with another verb of asking, or in the speaker words (vfa28)', () => {
  const SNOW = documentOf('snow', '北浦村に大雪、屋根の雪に注意', [
    '屋根から雪が落ちる恐れがあるとして、北浦村は村民に軒下を歩かないよう呼びかけている。',
    '村長は「体育館や倉庫を持つ方には、早めの雪下ろしをぜひお願いしたい」と話した。',
    '南浦町は、除雪車の貸し出しを県に求めたい考えを示した。',
  ]);
  const errors = (text: string) =>
    claimErrors(understanding, text, [SNOW])
      .filter((finding) => finding.code === 'support.predicate' || finding.code === 'support.modality')
      .map(described);

  it('takes 求めている for 呼びかけている (the same request)', () => {
    assert.deepEqual(errors('北浦村は軒下を歩かないよう求めている。'), []);
  });

  it('takes 求めた for 「…ぜひお願いしたい」と話した (the request made in the quote)', () => {
    assert.deepEqual(errors('村長は、倉庫を持つ人に早めの雪下ろしを求めた。'), []);
  });

  it('still flags a wish to ask told as a request made, and an order for a request', () => {
    assert.ok(errors('南浦町は、除雪車の貸し出しを県に求めた。').length > 0);
    assert.ok(errors('北浦村は軒下を歩かないよう命じた。').length > 0);
    assert.equal(errors('村長は雪下ろしを命じた。').length, 2);
  });
});

describe('checkClaim: nothing found, nothing left, for a source that says there is none (vfa28)', () => {
  const CHECK = documentOf('check', '北浦町の給水塔、点検で問題なし', [
    '北浦町の給水塔は先月、南浦設備が点検し、ひび割れはなかったという。',
    '倉庫の床に水が漏れた跡はなかった。',
    '塔の周りでは、古い配管が見つかった。',
  ]);
  const errors = (text: string) =>
    claimErrors(understanding, text, [CHECK])
      .filter((finding) => finding.code === 'support.predicate')
      .map(described);

  it('takes 見つからなかった and 残っていなかった for なかった', () => {
    assert.deepEqual(errors('点検では、ひび割れは見つからなかった。'), []);
    assert.deepEqual(errors('倉庫の床には、水漏れの跡が残っていなかった。'), []);
  });

  it('still flags the thing said to be found or left, and a verb of another act denied', () => {
    assert.ok(errors('点検では、ひび割れが残っていた。').length > 0);
    assert.ok(errors('倉庫の床の跡は消されなかった。').length > 0);
  });
});

describe('checkClaim: police questioning in the words news uses for it (vfa28)', () => {
  const HEARD = documentOf('heard', '北浦市の倉庫で火災', [
    '北浦署は、失火の疑いもあるとみて、倉庫を管理する会社の従業員から話を聞いている。',
  ]);
  const ASKED = documentOf('asked', '南浦町の工場で火災', [
    '南浦署は、現場にいた作業員から事情を聴く方針だ。',
  ]);
  // Warnings too: one word paraphrased is a warning of coverage, two an error.
  const coverage = (text: string, page: Document) =>
    checkClaim(text, [understanding.of(page)], understanding, { path: 'claim' })
      .findings.filter((finding) => finding.code === 'support.coverage')
      .map(described);

  it('takes 事情を聴いている for 話を聞いている, and 話を聞く for 事情を聴く', () => {
    assert.deepEqual(coverage('北浦署は、倉庫を管理する会社の従業員から事情を聴いている。', HEARD), []);
    assert.deepEqual(coverage('南浦署は、現場にいた作業員から話を聞く方針だ。', ASKED), []);
  });

  it('still finds no 話 where the claim talks rather than questions (話をする)', () => {
    assert.ok(coverage('南浦署は、作業員に話をする。', ASKED).some((line) => line.includes('「話」')));
  });
});
