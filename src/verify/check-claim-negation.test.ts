import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Negation and opposites in their Japanese forms, each on an invented page (README "How the
// verifier decides"; the vneg round of issue 9).

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

/** An invented one-outlet page with these paragraphs (test/support/invented-document.ts). */
const page = (title: string, paragraphs: readonly string[]): Document =>
  inventedDocument('s1', title, paragraphs, { publishedAt: '2026-05-12T09:00:00+09:00' });

const negationFindings = (text: string, document: Document): string[] =>
  claimErrors(understanding, text, [document])
    .filter((finding) => finding.code === 'support.negation')
    .map((finding) => finding.message);

function assertNegation(text: string, document: Document): void {
  assert.ok(negationFindings(text, document).length > 0, `${text}: expected support.negation`);
}

function assertNoNegation(text: string, document: Document): void {
  assert.deepEqual(negationFindings(text, document), [], text);
}

describe('checkClaim: requests, obligations and permission (deontic modality)', () => {
  const heat = () =>
    page('霧島市、熱中症に警戒呼びかけ', [
      '霧島市は12日、日中の屋外での運動を控えるよう市民に呼びかけた。',
      '市によると、窓口では冷房の効いた部屋で休んでも問題はないと案内している。',
    ]);

  it('flags a claim that an act asked for is not needed, and keeps the request restated', () => {
    assertNegation('霧島市は、日中の屋外での運動を控える必要はないとしている。', heat());
    assertNoNegation('霧島市は、日中の屋外での運動を控えるよう市民に求めた。', heat());
  });

  it('flags an act allowed turned into one asked against', () => {
    assertNegation('市の窓口では、冷房の効いた部屋で休まないよう案内している。', heat());
    assertNoNegation('市の窓口では、冷房の効いた部屋で休んでもよいと案内している。', heat());
  });

  it('does not read a request not to do an act as a claim that the act is not done', () => {
    const recall = page('青木工業、加湿器を回収', [
      '青木工業は、加湿器「ミスティ」を使っている家庭に、すぐに電源を抜くよう呼びかけている。',
    ]);
    assertNoNegation('青木工業は、加湿器「ミスティ」を使わないよう呼びかけている。', recall);
    // A request for the opposite act is still a negation of the source's request.
    assertNegation(
      '青木工業は、加湿器「ミスティ」を使っている家庭に、電源を抜かないよう呼びかけている。',
      recall,
    );
  });

  it('reads an imperative as a request, so its denial is compared with the claim’s request', () => {
    const residents = page('住民団体が要望', [
      '住民団体の代表は「工事を中止しろと言っているのではない。説明をしてほしいだけだ」と話した。',
    ]);
    assertNegation('住民団体の代表は、工事を中止するよう求めている。', residents);
  });
});

describe('checkClaim: the same predicate in other words', () => {
  it('compares the verbs of reaching a level as one predicate', () => {
    const council = page('町議選の結果', [
      '町議会では、町長を支える会派が過半数を占めている。',
      '新人候補の得票は、法定得票数に達しなかった。',
    ]);
    assertNegation('町議会では、町長を支える会派は過半数に届いていない。', council);
    assertNoNegation('町議会では、町長を支える会派が過半数に達している。', council);
    assertNegation('新人候補の得票は、法定得票数を上回った。', council);
  });

  it('compares a predicate with its dictionary synonym', () => {
    const clinic = page('診療所の閉鎖', [
      '地元の医師会は、診療所の閉鎖で通院が難しくなる住民が出ることを懸念している。',
    ]);
    assertNegation('地元の医師会は、通院が難しくなる住民が出ることを心配していない。', clinic);
  });

  it('reads 〜とは言えない as a denial of what the source states', () => {
    const school = page('運動会の延期', ['校長は「延期はやむを得ない」と話した。']);
    assertNegation('校長は、延期はやむを得ないとは言えないと話した。', school);
    assertNoNegation('校長は、延期はやむを得ないと話した。', school);
  });
});

describe('checkClaim: an act an English page says is not done', () => {
  const wire = (): Document => ({
    ...page('Ashiya puts off bus plan', []),
    lang: 'en',
    title: 'Ashiya puts off bus plan',
    text: 'Ashiya puts off bus plan\n\nThe town of Ashiya has put off introducing a free bus service for older residents, officials said Tuesday.',
    titleSpan: [0, 'Ashiya puts off bus plan'.length],
  });

  it('flags a claim that the act is done, and keeps one that it was put off', () => {
    assertNegation('芦屋町は高齢者向けの無料バスを導入した。', wire());
    assertNoNegation('芦屋町は高齢者向けの無料バスの導入を見送った。', wire());
  });

  const english = (title: string, sentence: string): Document => ({
    ...page(title, []),
    lang: 'en',
    title,
    text: `${title}\n\n${sentence}`,
    titleSpan: [0, title.length],
  });

  it('reads declined to comment and will not notice as the act not done', () => {
    const silent = english(
      'Ferry firm silent on engine fault',
      'The president of Kaede Ferry apologized to passengers but declined to comment on the engine fault.',
    );
    assertNegation('楓フェリーの社長は、エンジンの故障について説明した。', silent);
    const unseen = english(
      'Bakery keeps prices despite flour costs',
      '"We changed the flour, but customers will not notice the difference," said the owner of a small bakery.',
    );
    assertNegation('パン店の店主は、客は違いに気付くだろうと話した。', unseen);
  });

  it('flags a claim that denies an act the page states as being done, and keeps one that agrees', () => {
    const weighing = english(
      'Harbor town looks at night ferry',
      'The harbor town is also considering a late-night ferry to the island, with volunteers selling tickets.',
    );
    assertNegation('港町は、島への深夜フェリーは考えていないとしている。', weighing);
    assertNegation('港町は、島への深夜フェリーを検討していない。', weighing);
    assertNoNegation('港町は、島への深夜フェリーも検討している。', weighing);
    // A page that says it only as meant (may consider) or as not done does not state it.
    const maybe = english(
      'Harbor town may look at night ferry',
      'The harbor town may consider a late-night ferry to the island next year.',
    );
    assertNoNegation('港町は、島への深夜フェリーは考えていないとしている。', maybe);
  });

  it('flags a denied act the page tells in words only the dictionary glosses (the vneg47 round)', () => {
    const statue = english(
      'Volunteers care for bronze crane',
      'Volunteers from the Kotonuma garden club polish the bronze crane in the station square every spring.',
    );
    assertNegation('琴沼駅前の広場にある銅のツルは、一度も磨かれていない。', statue);
    assertNoNegation('琴沼の園芸クラブの人たちは、毎年春に駅前広場の銅のツルを磨いている。', statue);
    // A page that tells the act negated, or only under a condition that withholds it, does not.
    const never = english(
      'Bronze crane left to weather',
      'The bronze crane in the Kotonuma station square has never been polished since it was set up.',
    );
    assertNoNegation('琴沼駅前の広場にある銅のツルは、一度も磨かれていない。', never);
    const until = english(
      'Club waits on bronze crane',
      'The garden club will not polish the bronze crane in the station square until the city gives its consent.',
    );
    assertNoNegation('園芸クラブは、駅前広場の銅のツルをまだ磨いていない。', until);
    // Nor does one that tells it only as what may happen.
    const maybe = english(
      'Club may care for bronze crane',
      'The garden club may polish the bronze crane in the station square next spring.',
    );
    assertNoNegation('園芸クラブは、駅前広場の銅のツルを磨いていない。', maybe);
  });

  it('reads only a verb denied outright against the page that tells it (the vneg47 round)', () => {
    const statue = english(
      'Volunteers care for bronze crane',
      'Volunteers from the Kotonuma garden club polish the bronze crane in the station square every spring.',
    );
    // What a denied noun does is denied outright too.
    assertNegation('琴沼駅前の広場に、銅のツルを磨く人はいない。', statue);
    // A condition's consequent, a verb of holding off and a change of state tell no act as undone.
    assertNoNegation('園芸クラブは、雨が降れば駅前広場の銅のツルを磨かない。', statue);
    assertNoNegation('園芸クラブは、駅前広場の銅のツルを磨くのを控えている。', statue);
    assertNoNegation('駅前広場の銅のツルは、園芸クラブに磨かれなくなった。', statue);
  });

  it('reads a policy fixed (方針を固めた) as the decision the page says is not taken (the vxl29 round)', () => {
    const open = english(
      'Board undecided on branch schools',
      'The school board has not decided whether to close or merge the two branch schools.',
    );
    assertNegation('教育委員会は、二つの分校の扱いについて、すでに方針を固めた。', open);
    const decided = english(
      'Board to merge branch schools',
      'The school board decided on Monday to merge the two branch schools.',
    );
    assertNoNegation('教育委員会は、二つの分校の扱いについて、すでに方針を固めた。', decided);
  });

  it('reads a denied object (found no sign of) as the act not done (the vxl29 round)', () => {
    const search = english(
      'Lake search ends for the day',
      'Divers searched the lake all day but found no sign of the missing rowboat, the fire department said.',
    );
    assertNegation('消防によると、ダイバーは湖で行方不明のボートを見つけた。', search);
    assertNoNegation('消防によると、ダイバーは湖で行方不明のボートを見つけられなかった。', search);
  });

  it('reads an act that was due but turned with but as not done', () => {
    const late = english(
      'Library repairs run late',
      'The repairs to the city library had been due to finish by June, but a shortage of workers will delay them, the city said.',
    );
    assertNegation('市立図書館の改修は6月までに終わる見通しだ。', late);
    const onTime = english(
      'Library repairs on schedule',
      'The repairs to the city library are due to finish by June, the city said.',
    );
    assertNoNegation('市立図書館の改修は6月までに終わる見通しだ。', onTime);
  });
});

describe('checkClaim: an act the source says was expected and did not come about', () => {
  it('flags the act stated as done where the source has it only before はずの and then negates', () => {
    const hall = page('公民館で停電、非常灯つかず', [
      '14日夜、北原町の公民館で停電があり、自動で点灯するはずの非常灯もつかなかった。',
    ]);
    assertNegation('停電の際、公民館の非常灯は自動で点灯した。', hall);
  });

  it('flags the act where the source has a past plan turned by が', () => {
    const bridge = page('橋の補修、年度内に終わらず', [
      '若松橋の補修工事は3月に完成する予定だったが、資材の不足で夏までずれ込む。',
    ]);
    assertNegation('若松橋の補修工事は3月に完成した。', bridge);
    assertNoNegation('若松橋の補修工事は3月に完成する予定だった。', bridge);
  });
});

describe('checkClaim: an act stated as done where the source says the matter is still open', () => {
  const bridge = () =>
    page('橋の傾き', [
      '県は、橋脚の傾きと近くの造成工事との関係について「調査中」としている。',
      '新しい橋の工法や着工の時期は決まっていない。',
    ]);

  it('flags a settled act for a matter under investigation or undecided', () => {
    assertNegation('県は、橋脚の傾きと近くの造成工事との関係を認めた。', bridge());
    assertNegation('新しい橋の工法や着工の時期が決まった。', bridge());
  });

  it('keeps a claim that says the matter is open, or one that describes a noun with the verb', () => {
    assertNoNegation('県は、橋脚の傾きと近くの造成工事との関係を調べている。', bridge());
    assertNoNegation('新しい橋の工法や着工の時期はまだ決まっていない。', bridge());
  });
});

describe('checkClaim: a question under inquiry (〜なかったか調べている, the vfa46 round)', () => {
  const pipe = () =>
    page('給水管の破裂', [
      '水道局は、給水管の継ぎ目の施工に不備がなかったか調べている。',
      '破裂した給水管は、昨年の秋に取り替えたばかりだった。',
    ]);

  it('keeps a claim that asks the same question, and flags one that settles it', () => {
    // The page asks whether there was a flaw: neither there being one nor none is denied.
    assertNoNegation('水道局は、給水管の継ぎ目の施工に不備があったかどうかを調べている。', pipe());
    // An inquiry in progress is an open matter: a claim that closes it says what the page does not.
    assertNegation('水道局は、給水管の継ぎ目の施工に不備があったと結論づけた。', pipe());
  });
});

describe('checkClaim: an open matter told as unknown or not foreseeable (the vneg20 round)', () => {
  const dam = () =>
    page('貯水池の水位低下', [
      '管理事務所の所長によると、ポンプが止まった原因は分からないという。',
      '県企業局は14日、降雨で水位は持ち直しつつあるとの見方を示したが、制限解除の時期については「見通せない」としている。',
    ]);

  it('flags a settled act where the source says it is not known or cannot be foreseen', () => {
    assertNegation('管理事務所の所長によると、ポンプが止まった原因を突き止めたという。', dam());
    // The open matter is in the sentence's second clause; its first shares as many of the claim's words.
    assertNegation('県企業局は14日、制限解除の時期について見通しが立ったとの認識を示した。', dam());
  });

  it('keeps a claim that says the matter is open, in its own words or in a quote', () => {
    assertNoNegation('管理事務所の所長によると、ポンプが止まった原因は分からない。', dam());
    assertNoNegation('所長は「ポンプが止まった原因は分からない」と話した。', dam());
  });
});

describe('checkClaim: a first occurrence against a repeated one', () => {
  const museum = () =>
    page('市立美術館が休館', [
      '市立美術館が雨漏りを理由に休館するのは、開館以来初めてという。',
      '市内の図書館では、昨年も空調の故障で臨時休館したことがある。',
    ]);

  it('flags a claim that the event happened before where the source says it is the first time', () => {
    assertNegation('市立美術館は過去にも雨漏りを理由に休館したことがある。', museum());
    assertNoNegation('市立美術館が雨漏りを理由に休館するのは初めてだ。', museum());
  });

  it('flags a claim of a first time where the source says it happened before', () => {
    assertNegation('市内の図書館が空調の故障で臨時休館するのは初めてだ。', museum());
    assertNoNegation('市内の図書館は、昨年も空調の故障で臨時休館したことがある。', museum());
  });
});

describe('checkClaim: an act decided against where the source still considers it (vdet24)', () => {
  const library = () =>
    page('図書館の開館時間', [
      '市は図書館の開館時間を午後9時まで延ばすことを検討している。',
      '市は駐輪場を有料にしない方針だ。',
    ]);

  it('flags a decision not to act where the source says the act is being considered', () => {
    assertNegation('市は、図書館の開館時間の延長は行わない方針だ。', library());
    assertNegation('市は、図書館を午後9時まで開ける案は採らない考えだ。', library());
  });

  it('keeps the consideration, and a decision the source states', () => {
    assertNoNegation('市は、図書館の開館時間を午後9時まで延ばすことを検討している。', library());
    assertNoNegation('市は駐輪場を有料にしない考えだ。', library());
  });
});

describe('checkClaim: on schedule against late, unchanged against changed', () => {
  const hall = () =>
    page('市民ホールの改修', [
      '市民ホールの改修工事は、資材の不足で完成が半年遅れる見通しだ。',
      '改修後の客席数は改修前と同じ約800席とする。',
    ]);

  it('flags a claim that the work keeps to schedule where the source says it is late', () => {
    assertNegation('市民ホールの改修工事は、予定通りに完成する見通しだ。', hall());
    assertNoNegation('市民ホールの改修工事は、完成が半年遅れる見通しだ。', hall());
  });

  it('flags a claim that a figure was changed where the source says it stays the same', () => {
    assertNegation('改修後の市民ホールの客席数は、改修前から減らされる。', hall());
    assertNoNegation('改修後の市民ホールの客席数は、改修前と同じ約800席だ。', hall());
  });
});

describe('checkClaim: negating prefixes', () => {
  it('flags a claim that an act was carried out where the source has it 未実施, and the reverse', () => {
    const school = page('校舎の耐震診断', [
      '北小学校の旧校舎の耐震診断は未実施だ。',
      '南小学校は耐震診断を実施した。',
    ]);
    assertNegation('北小学校の旧校舎の耐震診断は実施された。', school);
    assertNegation('南小学校の耐震診断は未実施だ。', school);
    assertNoNegation('北小学校の旧校舎では、耐震診断が未実施のままだ。', school);
  });
});

describe('checkClaim: a headline’s 〜へ', () => {
  it('reads a headline’s verbal noun + へ as the act intended, so a claim that it was put off is a negation', () => {
    const fares = page('市営バス、4月から運賃値上げへ　初乗り20円', [
      '市は4月から市営バスの初乗り運賃を200円から220円に引き上げると発表した。',
    ]);
    assertNegation('市は市営バスの運賃の値上げを見送った。', fares);
    assertNoNegation('市は4月から市営バスの初乗り運賃を220円に引き上げる。', fares);
  });
});

describe('checkClaim: a plan or intention denied', () => {
  it('flags a claim that an announced act is not planned, and keeps a denial restated', () => {
    const fair = page('北浦町、秋祭りの日程発表', [
      '北浦町は8日、秋祭りを10月12日に開くと発表した。',
      '町は、祭りの会場を移す予定はないとしている。',
    ]);
    assertNegation('北浦町は、秋祭りを開く予定はないとしている。', fair);
    assertNegation('北浦町は、秋祭りを開く考えもないと述べた。', fair);
    assertNoNegation('北浦町は、秋祭りの会場を移す予定はないとしている。', fair);
    assertNoNegation('北浦町は、秋祭りを10月12日に開く。', fair);
  });

  it('reads a prospect said not to exist (見通しは立っていない) as the act denied, as 予定はない is', () => {
    const line = page('北浦線、運転見合わせ続く', [
      '北浦鉄道は12日、大雨で運転を見合わせている北浦線について、運転を再開する見通しは立っていないと発表した。',
    ]);
    assertNoNegation('北浦鉄道は、北浦線の運転を再開する予定はないと発表した。', line);
    assertNegation('北浦鉄道は、北浦線の運転を再開したと発表した。', line);
  });

  it('reads a prospect denied after a verbal noun and の (運転再開のめどは立っていない) the same way', () => {
    const line = page('南浜線、倒木で運転見合わせ', [
      '南浜鉄道の南浜線は倒木の影響で、運転再開のめどは立っていない。',
    ]);
    assertNegation('南浜線は翌朝に運転を再開した。', line);
    assertNoNegation('南浜線の運転を再開する見通しは立っていない。', line);
  });
});

describe('a harm or damage the source says there was none of, or none confirmed', () => {
  // Invented: a bus that slid off an icy road (けがはなく, 被害は確認されていない).
  const bus = page('路線バスが路肩に脱輪', [
    '12日朝、雪見町の町道で路線バスが路肩に脱輪した。',
    '運転手と乗客5人にけがはなく、近くの民家への被害も確認されていない。',
  ]);

  it('flags けがをした and 被害が出た', () => {
    assertNegation('路線バスの乗客が軽いけがをした。', bus);
    assertNegation('脱輪の影響で、近くの民家にも被害が出た。', bus);
  });

  it('keeps the claim that says there was none', () => {
    assertNoNegation('路線バスの運転手と乗客に、けがはなかった。', bus);
    assertNoNegation('路線バスの乗客はけがをしなかった。', bus);
  });
});

describe('an act forgone in the claim that the source did with its own verb', () => {
  // Invented: a city that issued a heat warning (警報を出した) and put off a water restriction.
  const heat = page('汐見市、熱中症警報を発表', [
    '汐見市は12日、市内全域を対象に熱中症警報を出した。',
    '市は給水制限の実施を見送った。',
  ]);

  it('flags 警報の発令を見送った for 警報を出した', () => {
    assertNegation('汐見市は、市内全域を対象とした熱中症警報の発令を見送った。', heat);
  });

  it('keeps what the source forgoes, and the act done', () => {
    assertNoNegation('汐見市は給水制限の実施を見送った。', heat);
    assertNoNegation('汐見市は、市内全域を対象に熱中症警報を発令した。', heat);
  });
});

// A noun marked with も extends the predicate to it: a source sentence saying the predicate of that
// noun with the other polarity answers the claim. Invented page: a temporary bridge.
describe('checkClaim on a predicate extended to a noun by も', () => {
  const bridge = () =>
    page('仮設橋が開通', [
      '川沿いの県道に架けた仮設橋が5日、開通した。',
      '仮設橋は歩行者と乗用車が通行できる。',
      'トラックは通行できない。',
    ]);

  it('flags the predicate said of the も noun where the source negates it of that noun', () => {
    assertNegation('仮設橋は、トラックも含めて通行できる。', bridge());
  });

  it('accepts the predicate said of a noun the source affirms it of', () => {
    assertNoNegation('仮設橋は、乗用車も通行できる。', bridge());
  });
});

describe('checkClaim: polarity read on what is said, not on who says it', () => {
  const HARBOUR = page('北浦港の遊覧船が座礁', [
    '運航する北浦マリン開発によると、乗客は12人だった。',
    '乗客にけがはなかった。原因が分かるまで運航を見合わせるという。',
  ]);

  it('aligns the suspension with the sentence that says it, not the one naming the speaker', () => {
    assert.deepEqual(
      negationFindings('北浦マリン開発は、原因が判明するまで運航を見合わせるとしている。', HARBOUR),
      [],
    );
  });

  it('still flags the suspension denied where the sources state it', () => {
    assertNegation('北浦マリン開発によると、原因が判明するまで運航は見合わせない。', HARBOUR);
  });
});

describe('checkClaim: there being none of a thing (不安はない) against the thing as the predicate', () => {
  const SHOP = page('駅前の再開発、工事始まる', [
    '駅前で40年続く茶店の店主は「工事の間の営業が心配です」と話した。',
  ]);

  it('flags none of the worry where the source voices it (心配 and its synonym 不安)', () => {
    assertNegation('茶店の店主は、工事中の営業に不安はないと話した。', SHOP);
  });

  it('leaves the worry stated as the source states it', () => {
    assert.deepEqual(negationFindings('茶店の店主は、工事中の営業に不安があると話した。', SHOP), []);
  });
});

describe('checkClaim: an act forgone or called off against the source that does it', () => {
  const FAIR = page('西浜町、秋の物産展を開催へ', [
    '西浜町の商工会は8日、駅前広場で開く物産展の準備を11月2日から始めると発表した。',
    '一方、会場の案内係に予定していた接客の研修は、予定どおり行うということだ。',
  ]);

  it('flags a claim that forgoes an act the source starts, with a date between act and verb', () => {
    assertNegation('西浜町の商工会は、物産展の準備を見送ると発表した。', FAIR);
    assertNoNegation('西浜町の商工会は、物産展の準備を11月2日から始める。', FAIR);
  });

  it('flags an act called off (取りやめ) that the source says goes ahead as planned', () => {
    assertNegation('会場の案内係に予定していた接客の研修も、取りやめになった。', FAIR);
    assertNoNegation('案内係の接客の研修は、予定どおり行う。', FAIR);
  });
});

describe('checkClaim: what a thing becomes (Nになる) against the source', () => {
  const HANDOVER = page('東浜市の貸し自転車、運営会社が交代へ', [
    '運営の引き継ぎでは、予約システムの移行が課題になるという。',
  ]);

  it('flags a claim that denies what the source says the thing becomes, in a synonym (問題 for 課題)', () => {
    assertNegation('運営の引き継ぎでは、予約システムの移行は問題にならないという。', HANDOVER);
    assertNoNegation('運営の引き継ぎでは、予約システムの移行が課題になるという。', HANDOVER);
  });
});

describe('checkClaim: no one injured, where the source names the injured by a kind of harm', () => {
  // Invented: a warehouse fire whose two workers were hurt (軽傷), and a house fire where one
  // resident was burned and no one else was hurt (このほかに).
  const warehouse = () =>
    page('倉庫で火災、作業員2人けが', [
      '13日午後、川原町の倉庫から出火し、作業をしていた作業員2人が病院に運ばれたが、いずれも軽傷という。',
    ]);
  const house = () =>
    page('川原町で住宅火災、1棟全焼', [
      '13日夜、川原町の住宅から出火し、木造2階建ての1棟が全焼した。',
      '消防によると、住人の80歳の女性が腕に軽いやけどを負った。',
      'このほかにけが人はいないという。',
    ]);
  const quiet = () =>
    page('川原町の倉庫で火災　けが人なし', [
      '13日午後、川原町の倉庫から出火し、作業をしていた作業員2人が避難した。',
    ]);

  it('flags a denial of injury against a kind of harm the source affirms', () => {
    assertNegation('作業をしていた作業員2人に、けがはなかった。', warehouse());
    assertNoNegation('作業をしていた作業員2人は、いずれも軽傷だった。', warehouse());
  });

  it('flags a denial without the exception the source makes, and keeps it with the exception', () => {
    assertNegation('この住宅火災でけがをした人はいない。', house());
    assertNoNegation('やけどをした女性のほかに、けが人はいない。', house());
  });

  it('does not read a headline that there were no injured as an injury', () => {
    assertNoNegation('倉庫の火災で、けが人はいなかった。', quiet());
  });
});

describe('checkClaim: a requirement said to be met where the source says it falls short', () => {
  // Invented: a ferry company short of crew, said in words of shortfall and in two counts.
  const ferry = () =>
    page('川原フェリー、減便へ', [
      '川原フェリーの乗組員は現在20人で、必要な人数より3人少ない。',
      '同社の整備士は現在4人で、全便を整備するには6人が必要だという。',
    ]);

  it('flags a requirement met against words of shortfall', () => {
    assertNegation('川原フェリーの乗組員は必要な人数を満たしている。', ferry());
    assertNoNegation('川原フェリーの乗組員は、必要な人数に3人足りない。', ferry());
  });

  it('flags a requirement met against a count below the one needed', () => {
    assertNegation('同社の整備士は4人で、全便を整備するのに必要な人数を満たしている。', ferry());
    assertNoNegation('同社の整備士は4人で、全便を整備するにはあと2人足りない。', ferry());
  });
});

describe('checkClaim: a relation denied where the source links the two things in other words', () => {
  // Invented: a survey of a zoo's visitors, and a ferry whose fuel costs rose.
  const survey = () => page('川原動物園の来場者調査', ['調査では、気温が高い日ほど来場者が少なかった。']);
  const fuel = () =>
    page('川原フェリー、減便へ', ['乗組員の退職が続き、燃料費が値上がりしたことも運航を難しくした。']);
  const none = () =>
    page('川原フェリー、通常運航', ['同社によると、燃料費の値上がりは運航に影響しなかったという。']);

  it('flags a relation denied against a correlation the source states', () => {
    assertNegation('調査では、気温と来場者の数には関係が見られなかった。', survey());
  });

  it('keeps an effect denied where the source denies it too, and still flags it against a cause', () => {
    assertNoNegation('燃料費の値上がりは、運航には影響しなかった。', none());
    assertNegation('燃料費の値上がりは、運航には影響しなかった。', fuel());
  });
});

describe('checkClaim: an opposite carried by a noun that is not the predicate', () => {
  const results = () =>
    page('山吹製作所、2期ぶり赤字', [
      '山吹製作所は前期、原材料の値上がりで2期ぶりに最終赤字に転落した。',
      '同社は今期の業績予想を据え置いた。',
    ]);
  const chair = () =>
    page('青葉漁協の組合長、辞任へ', [
      '青葉漁協の森田和夫組合長は10日、不適切な会計の責任を取るとして、6月の総会で辞任する意向を明らかにした。',
    ]);

  it('flags the object of a light verb whose opposite the aligned sentence says', () => {
    assertNegation('山吹製作所は前期、2期ぶりに最終黒字を確保した。', results());
    assertNoNegation('山吹製作所は前期、2期ぶりに最終赤字に転落した。', results());
  });

  it('flags a verbal noun before a hedge noun whose opposite the source says', () => {
    assertNegation('森田和夫組合長は10日、続投する意向を明らかにした。', chair());
    assertNoNegation('森田和夫組合長は10日、辞任する意向を明らかにした。', chair());
  });

  it('leaves a claim clause that negates, which says the opposite itself', () => {
    assertNoNegation('山吹製作所は前期、最終黒字を確保できなかった。', results());
  });
});

describe('checkClaim: several of a kind where the source says the first or the only one', () => {
  const route = () =>
    page('若葉交通、新路線を開設', [
      '若葉交通はこれまで、市中心部と駅を結ぶ路線一本だけを運行してきた。',
      '同社は4月から、空港への路線を新たに運行する。',
    ]);
  const tax = () =>
    page('白浜町、入湯税を導入へ', [
      '白浜町は4月から、観光客に入湯税を課す。',
      '入湯税の導入は県内の町村では初めて。',
    ]);

  it('flags several where the aligned sentence says only one', () => {
    assertNegation('若葉交通はこれまでも、駅への路線のほかに複数の路線を運行してきた。', route());
    assertNoNegation('若葉交通はこれまで、市中心部と駅を結ぶ路線だけを運行してきた。', route());
  });

  it('flags several already doing it where the source says the first', () => {
    assertNegation('県内では、すでに複数の町村が入湯税を導入している。', tax());
    assertNoNegation('白浜町の入湯税の導入は、県内の町村で初めてとなる。', tax());
  });
});

describe('checkClaim: an activity said to go on where the source stops it (phase)', () => {
  it('flags a shop said to stay open where the source says it closed', () => {
    const village = page('山あいの集落、買い物に不便', [
      '集落に一軒だけあった食料品店が今年春に閉店し、住民は町の中心部まで車で買い物に出ている。',
    ]);
    assertNegation('集落にある食料品店は、今も営業を続けている。', village);
  });

  it('reads a noun of time built with 休み as a time, not as the clause stopping anything', () => {
    const library = page('市立図書館、夜間開館を中止', ['市立図書館は、冬休み中の夜間開館を中止した。']);
    assertNegation('市立図書館は、冬休み中の夜間開館を予定通り続けている。', library);
    assertNoNegation('市立図書館は、冬休み中の夜間開館を中止した。', library);
  });
});

describe('checkClaim: a verb affirmed of a noun where the source denies another verb of it (vneg18)', () => {
  // Invented: a bridge inspection whose list left out a test, and a pay rise that brought no staff.
  const bridge = () =>
    page('霧原大橋、ケーブル破断', [
      '管理する県の担当者は「磁気を使った探傷は点検の手順に入っていなかった」と説明した。',
    ]);
  const staff = () =>
    page('桐野町の介護施設、人手不足続く', [
      '町は今年度、施設職員の給与を一割引き上げたが、介護職員の採用にはつながらなかった。',
    ]);

  it('flags a verb of the same relation affirmed where the source denies it (含まれていた for 入っていなかった)', () => {
    assertNegation('県の担当者は、磁気を使った探傷も点検の手順に含まれていたと説明した。', bridge());
    assertNoNegation('県の担当者は、磁気を使った探傷は点検の手順に入っていなかったと説明した。', bridge());
  });

  it('flags a transitive verb affirmed against its intransitive pair negated (つなげた for つながらなかった)', () => {
    assertNegation('町は施設職員の給与を一割引き上げ、介護職員の採用につなげた。', staff());
    assertNoNegation('町は施設職員の給与を一割引き上げたが、介護職員の採用にはつながらなかった。', staff());
  });

  it('leaves the noun taken with another particle, and a claim clause that negates', () => {
    assertNoNegation('介護職員の採用を町が進めた。', staff());
    assertNoNegation('町は給与を引き上げたが、介護職員の採用には結びつかなかった。', staff());
  });
});

describe('checkClaim: an outcome said to be foreseen where the source says it was not (vneg18)', () => {
  // Invented: a ferry operator's chief on a long suspension.
  const ferry = () =>
    page('白鴎フェリー、運休が長期化', [
      '白鴎フェリーの三宅社長は「エンジンの修理がこれほど長くかかるとは思っていなかった」と話した。',
    ]);

  it('flags 想定していた and 想定の範囲内 against 思っていなかった', () => {
    assertNegation('三宅社長は、エンジンの修理が長引くことは想定していたと話した。', ferry());
    assertNegation('三宅社長は、エンジンの修理の長さは想定の範囲内だったと話した。', ferry());
  });

  it('keeps a claim that says it was not foreseen, and a comparison with what was foreseen', () => {
    assertNoNegation('三宅社長は、エンジンの修理が長引くことは想定していなかったと話した。', ferry());
    assertNoNegation('三宅社長は、エンジンの修理は想定していたより長くかかったと話した。', ferry());
  });
});

describe('checkClaim: a verb that describes a noun states no act (the vfa19 round)', () => {
  const outage = () =>
    page('柏木町の浄水場で停電', [
      '柏木町の浄水場で8日、停電が起き、非常時に自動で起動するはずの予備の発電機も動かなかった。',
      '図書の貸し出しに使う端末が故障し、窓口で本を借りられなくなった。',
      '町によると、職員が点検する手順は作られていなかった。',
    ]);

  it('does not read an expectation (するはずの) as the act done, in the source or the claim', () => {
    // 起動するはずの: expected of the generator, not done; the claim's 動くはずの likewise.
    assertNoNegation('自動で動くはずの予備の発電機も、起動しなかった。', outage());
  });

  it("does not read a source's relative clause as the act done", () => {
    // 使う端末, 点検する手順: what the noun is for, not an act the claim's denial contradicts.
    assertNoNegation('端末が直るまで、本の予約サービスも使えなかった。', outage());
    assertNoNegation('職員が点検する手順はなかった。', outage());
  });

  it('still flags an act the source itself denies', () => {
    assertNegation('非常時には予備の発電機が動いた。', outage());
  });
});

describe('checkClaim: a charge denied (否認) against one admitted (認める), with the subject carried over', () => {
  const arrest = () =>
    page('倉庫から銅線盗んだ疑い、男を逮捕', [
      '北浜署は10日、倉庫から銅線を盗んだとして、無職の柏木修二容疑者（四十五）を窃盗の疑いで逮捕した。調べに対し、容疑を認めているという。',
      '同署によると、共犯とされる男は関与を否認している。',
    ]);

  it('flags 否認 where the source, in the sentence after the one naming the suspect, says 認めている', () => {
    assertNegation('柏木修二容疑者は調べに対し、容疑を否認しているという。', arrest());
    assertNegation('共犯とされる男は、関与を認めている。', arrest());
  });

  it('keeps the admission and the denial each as the source gives them', () => {
    assertNoNegation('柏木修二容疑者は調べに対し、容疑を認めているという。', arrest());
    assertNoNegation('共犯とされる男は、関与を否認している。', arrest());
  });
});

describe('checkClaim: negation by an opposite word (the vneg28 round)', () => {
  const aquarium = () =>
    page('水族館のアザラシ', [
      '港で保護された子どものアザラシは、収容された時にはまだ生きていた。',
      'アザラシが衰弱した原因は、まだ分かっていない。',
      '飼育員によると、アザラシの体調は快方に向かっている。',
    ]);

  it('flags death where the source says the animal was alive, and not the claim that agrees', () => {
    assertNegation('保護された子どものアザラシは、収容された時にはすでに死んでいた。', aquarium());
    assertNoNegation('保護された子どものアザラシは、収容された時にはまだ生きていた。', aquarium());
  });

  it('flags a cause said to be known where the source says it is not yet known', () => {
    assertNegation('アザラシが衰弱した原因は、すでに判明している。', aquarium());
    assertNoNegation('アザラシが衰弱した原因は、まだ分かっていない。', aquarium());
  });

  it('flags a worsening where the source says the condition is improving', () => {
    assertNegation('飼育員によると、アザラシの体調は悪化している。', aquarium());
  });

  it('flags an adjectival noun whose opposite the source states (可能 against 難しい)', () => {
    const shop = page('雑貨店の閉店', ['閉店する雑貨店のポイントは、現金への交換は難しいとみられる。']);
    assertNegation('閉店する雑貨店のポイントは、現金への交換が可能とみられる。', shop);
    assertNoNegation('閉店する雑貨店のポイントは、現金への交換が難しいとみられる。', shop);
  });

  it('flags different where the source says the same, 同じ before its noun', () => {
    const tickets = page('偽の入場券', [
      '見つかった偽の入場券は5枚で、いずれも同じ通し番号が印字されていた。',
    ]);
    assertNegation('見つかった偽の入場券5枚は、通し番号がそれぞれ異なっていた。', tickets);
    assertNoNegation('見つかった偽の入場券5枚は、通し番号に違いはなかった。', tickets);
  });

  it('leaves alone an opposite said of another subject in the source', () => {
    const hall = page('公民館の改修', [
      '公民館の改修で、階段の手すりが低い位置に付け替えられた。',
      '改修後の公民館の照明は、以前よりかなり明るくなったという。',
    ]);
    assertNoNegation('改修後の公民館の照明は、以前より明るくなった。', hall);
  });
});

// The third pass over negation (the vneg29 round, issue 9), each on an invented page.
describe('negation, third pass: the rest of a whole, an act forgone', () => {
  const books = () =>
    page('貸し出した図鑑の回収進まず', [
      '町立図書館によると、配った20冊の図鑑のうち、15冊を月末までに回収した。',
      '売店で売られていた干物を食べた3人が腹痛を訴えた。',
      '売店では今日から、干物の販売を取りやめている。',
    ]);

  it('keeps the denied rest of a whole whose other part the source says was done', () => {
    assertNoNegation('配った20冊の図鑑のうち5冊は、月末までに回収されていない。', books());
    // A rest that is not what the whole leaves is still a reversal.
    assertNegation('配った20冊の図鑑のうち8冊は、月末までに回収されていない。', books());
  });

  it('does not answer an act forgone by a sentence doing something else to its object', () => {
    assertNoNegation('売店では今日から、干物の販売を取りやめている。', books());
  });

  it('flags an act forgone with こと that the source says is being done', () => {
    const bridge = page('吊り橋の架け替え', ['村は、老朽化した吊り橋を架け替えている。']);
    assertNegation('村は、老朽化した吊り橋を架け替えることを断念した。', bridge);
    assertNoNegation('村は、老朽化した吊り橋を架け替えている。', bridge);
  });
});

describe('checkClaim: someone hurt said to be there, where the source says no one was (the vneg31 round)', () => {
  const ferry = () =>
    page('遊覧船が浅瀬に乗り上げ', [
      '湖を巡る遊覧船が10日午後、岸近くの浅瀬に乗り上げた。',
      '船には乗客が28人いたが、乗客にけがはなかった。',
      '見学に来ていた子どもはいたが、けが人はいなかったという。',
    ]);

  it('flags a person named by the harm suffered, said to be there (けがをした人がいた)', () => {
    assertNegation('乗客の中にも、けがをした人がいた。', ferry());
  });

  it('flags such a person, the noun in kana, said to come about (けがをした子どもが出た)', () => {
    assertNegation('乗り上げで、けがをした子どもが出た。', ferry());
  });

  it('keeps the people there who are not said to be hurt, and no one hurt restated', () => {
    assertNoNegation('見学に来ていた子どもがいた。', ferry());
    assertNoNegation('乗客の中に、けがをした人はいなかった。', ferry());
  });
});

describe('checkClaim: an event said to go on to the end where another source sentence stops it (the vneg31 round)', () => {
  const festival = (stop: string) =>
    page('夏祭りで雷雨、露店のテント倒れる', [
      '海辺の公園で開かれていた夏祭りの盆踊り大会の最中に、激しい雷雨で露店のテントが倒れ、客2人が軽いけがをした。',
      '主催した商工会によると、テントは前日に組み立てたものだった。',
      stop,
    ]);

  it('flags 最後まで続けられた where the source stops the event in a sentence of its own', () => {
    assertNegation(
      '盆踊り大会は、テントが倒れた後も最後まで続けられた。',
      festival('盆踊り大会はその場で中止になった。'),
    );
  });

  it('keeps it where the source says the event resumed, and reads 〜に続き as following', () => {
    assertNoNegation(
      '盆踊り大会は、テントが倒れた後も最後まで続けられた。',
      festival('盆踊り大会は一時中止になったが、30分後に再開された。'),
    );
    assertNoNegation(
      '盆踊り大会は、テントが倒れた後、中止になった。',
      festival('盆踊り大会はその場で中止になった。'),
    );
    assertNoNegation(
      '盆踊り大会は、子ども神輿に続いて行われた。',
      festival('盆踊り大会はその場で中止になった。'),
    );
  });
});

describe('checkClaim: a thing said not to be rare, where the source says it is rare or the first time (the vneg32 round)', () => {
  const owl = (quote: string) =>
    page('住宅街の公園にフクロウ', [
      '市内の住宅街にある公園で12日朝、フクロウ1羽が木の枝に止まっているのが見つかった。',
      quote,
      '市は、近づかずに見守るよう呼びかけている。',
    ]);

  it('flags 珍しくない against まれ said of the same thing', () => {
    assertNegation(
      'フクロウが住宅街の公園に現れることは珍しくないという。',
      owl('市の職員によると、フクロウが住宅街の公園に現れることはまれだという。'),
    );
  });

  it('flags 珍しくない against a first time told in a cleft continued with で、', () => {
    assertNegation(
      '市の職員は、フクロウが住宅街の公園に現れるのは珍しくないと話した。',
      owl('市の職員は「フクロウが住宅街の公園に現れたのは初めてで、驚いた」と話した。'),
    );
  });

  it('keeps a rarity restated, and reads 初めてではない against 珍しい as no contradiction', () => {
    assertNoNegation(
      'フクロウが住宅街の公園に現れることは珍しいという。',
      owl('市の職員によると、フクロウが住宅街の公園に現れることはまれだという。'),
    );
    assertNoNegation(
      'フクロウが住宅街の公園に現れたのは初めてではないという。',
      owl('市の職員によると、フクロウが住宅街の公園に現れることは珍しいという。'),
    );
  });
});

describe('checkClaim: light verbs and counts read through the words between (the vneg44 round)', () => {
  const ferry = () =>
    page('渡し船が川の中ほどで止まる', [
      '川辺町によると、渡し船には当時、船頭のほかに8人ほどがいたという。',
      '運航する組合は、乗っていた客全員の家族に事情を説明し、謝ったという。',
    ]);

  it('flags nobody there where the source counts people there with ほど', () => {
    assertNegation('当時、渡し船の上には船頭を除いて誰もいなかった。', ferry());
    assertNoNegation('当時、渡し船には船頭を除いて8人ほどがいた。', ferry());
  });

  it('flags an act denied with an adverb before its する where the source tells it done', () => {
    assertNegation('組合は、客の家族への説明をいまだにしていない。', ferry());
    assertNoNegation('組合は、客の家族への説明をすぐにした。', ferry());
  });
});
