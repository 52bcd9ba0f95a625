import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import {
  definedAliases,
  kanaAbbreviationsOf,
  refersTo,
  resolveReferences,
  sameKindAs,
} from './coreference.ts';

// Invented sentences about fictional companies, towns and people.
let tokenizer: Tokenizer;

before(async () => {
  tokenizer = await createTokenizer();
});

/** [同- word, antecedents] of each sentence. */
function resolve(sentences: readonly string[]): Array<Array<[string, string[]]>> {
  const read = sentences.map((text) => ({ text, tokens: tokenizer.tokenize(text) }));
  return resolveReferences(read).map((references) =>
    references.map((reference) => [reference.text, reference.antecedents]),
  );
}

describe('resolveReferences', () => {
  it('resolves 同社 to the company named before it, as its name is presented', () => {
    assert.deepEqual(
      resolve([
        '食品メーカーの青葉製菓（本社・若松市）は3日、新工場の建設を発表した。',
        '同社によると、工場は来年秋に稼働する。',
      ]),
      [[], [['同社', ['青葉製菓']]]],
    );
  });

  it('resolves 同社 to a company presented as the maker or seller of a product (製造元の, 販売元の)', () => {
    assert.deepEqual(
      resolve([
        '北川市の公園で遊具の鎖が切れた事故で、製造元の森田遊具は8日、部品を調べると発表した。',
        '同社によると、鎖は5年前に取り替えた。',
      ]),
      [[], [['同社', ['森田遊具']]]],
    );
  });

  it('resolves 同 + the head noun of the body last named, or a 略称 of it (同労組, 同組合, 同会)', () => {
    assert.deepEqual(
      resolve([
        '北浦市職員労働組合は、庁舎の移転に反対している。',
        '同労組の川口誠委員長は「説明が足りない」と話した。',
        '同組合は来月、要望書を出す。',
      ]),
      [[], [['同労組', ['北浦市職員労働組合']]], [['同組合', ['北浦市職員労働組合']]]],
    );
    assert.deepEqual(
      resolve(['南浦町観光協議会は5日、祭りの中止を決めた。', '同会によると、花火は秋に打ち上げる。']),
      [[], [['同会', ['南浦町観光協議会']]]],
    );
  });

  it('reads no body into a 同 word that names none before it (同日, 同様)', () => {
    assert.deepEqual(
      resolve(['北浦市職員労働組合は5日、集会を開いた。', '同日夜には、同様の集会が南浦町でも開かれた。']),
      [[], []],
    );
  });

  it('keeps the article’s own company as a reading of 同社 after another company is named', () => {
    const resolved = resolve([
      '北星ホールディングスは10日、物流子会社の売却を決めた。',
      '売却先は運送大手の南風運輸で、南風運輸は「早期に統合したい」としている。',
      '同社の前期の売上高は約300億円だった。',
    ]);
    assert.deepEqual(resolved[2], [['同社', ['南風運輸', '北星ホールディングス']]]);
  });

  it('resolves 同市, 同県, 同大 and 同署 to the last name of that kind', () => {
    assert.deepEqual(
      resolve([
        '若松市消防局によると、火災は若松市内の倉庫で起きた。',
        '同市は被害の調査を始め、県立桜台大学の研究者も同大の設備で分析する。',
        '港北警察署は出火の原因を調べており、同署は近く結果を公表する。',
      ]),
      [
        [],
        [
          ['同市', ['若松市']],
          ['同大', ['県立桜台大学']],
        ],
        [['同署', ['港北警察署']]],
      ],
    );
  });

  it('resolves 同氏 to the full name of the last person named', () => {
    assert.deepEqual(
      resolve(['会見には山崎秀樹社長が出席した。', '同氏は「責任を痛感している」と述べた。']),
      [[], [['同氏', ['山崎秀樹']]]],
    );
  });

  it('reads no reference in 同大会, 同市場 or 共同社, nor where nothing of the kind was named', () => {
    assert.deepEqual(
      resolve([
        '大会は雨で中止になった。',
        '同大会の再開は未定で、同市場の取引も止まった。',
        '同社は何も答えなかった。',
      ]),
      [[], [], []],
    );
  });

  it('resolves 同社 to a name ending in a katakana trade word, not to a kind of business (the vatt37 round)', () => {
    assert.deepEqual(
      resolve(['町は楢岡メンテサービスに点検を任せていた。', '同社の担当者は取材に応じた。']),
      [[], [['同社', ['楢岡メンテサービス']]]],
    );
    assert.deepEqual(resolve(['町は宅配サービスの利用を広げる。', '同社の担当者は取材に応じた。']), [[], []]);
  });

  it('does not take an act (工程変更) or a model number for a company', () => {
    assert.deepEqual(
      resolve([
        '部品メーカーの工程変更が原因とみられ、型番ＡＢ－１０の製品が対象だ。',
        '同社は調査を続ける。',
      ]),
      [[], []],
    );
  });
});

describe('refersTo', () => {
  it('is true when a 同- word stands for the name or an entity holding it', () => {
    const [, second] = resolveReferences(
      ['家電メーカーの白石電機は5日、製品を回収すると発表した。', '同社は窓口を設ける。'].map((text) => ({
        text,
        tokens: tokenizer.tokenize(text),
      })),
    );
    assert.equal(refersTo(second, '白石電機'), true);
    assert.equal(refersTo(second, '白石'), true);
    assert.equal(refersTo(second, '黒田電機'), false);
  });
});

describe('resolveReferences: 同 + a title', () => {
  it('resolves 同教授 to the person last named with that title, not the last person named', () => {
    assert.deepEqual(
      resolve([
        '調査は若松大学の森川和人教授が率いた。',
        '漁協の田村修組合長も参加した。',
        '同教授は「藻場の回復には時間がかかる」と話した。',
      ]),
      [[], [], [['同教授', ['森川和人']]]],
    );
  });

  it('takes 同市長 for the mayor, not for the city', () => {
    assert.deepEqual(resolve(['若松市の石田真理市長は会見を開いた。', '同市長は再発防止を約束した。'])[1], [
      ['同市長', ['石田真理']],
    ]);
  });
});

describe('resolveReferences: 両社 and 両氏', () => {
  it('resolves 両社 to the last two companies named, and 両氏 to the last two people', () => {
    assert.deepEqual(
      resolve([
        '食品メーカーの青葉製菓と、物流大手の南風運輸は提携を発表した。',
        '会見には森川和人社長と田村修社長が出席した。',
        '両社は来春に新会社を作り、両氏が共同代表に就く。',
      ])[2],
      [
        ['両社', ['青葉製菓', '南風運輸']],
        ['両氏', ['森川和人', '田村修']],
      ],
    );
  });
});

describe('resolveReferences: how news first presents a company, and bare 町は', () => {
  it('takes the name in 「」 after 運営会社 as the company, not 運営会社 itself', () => {
    assert.deepEqual(
      resolve([
        '住民らは、処分場の運営会社「若葉環境開発」（若葉環境）を訴えた。',
        '同社によると、処分場は来月に再開する。',
      ])[1],
      [['同社', ['若葉環境開発']]],
    );
  });

  it('takes a name followed by the town it is based in, in brackets, as a company', () => {
    assert.deepEqual(
      resolve([
        'バス路線を運行する夕凪交通（北浦町）は5日、2路線の廃止を発表した。',
        '同社は運転手の不足を挙げた。',
      ])[1],
      [['同社', ['夕凪交通']]],
    );
    // A person with the town they live in, in brackets, is not a company.
    assert.deepEqual(resolve(['森田健二（北浦町）は、同社に15年勤めた。'])[0], []);
  });

  it('reads a bare 町は, 市の as the town or city last named, but not 都市 or a 市内 with no city named', () => {
    assert.deepEqual(
      resolve([
        '北浦町の山中正人町長は6日、新しい診療所の計画を示した。',
        '町は建設費として約2億円を見込み、市内の病院とも連携する。',
        '近くの都市では、その町の計画が注目されている。',
      ]),
      [[], [['町', ['北浦町']]], []],
    );
  });
});

describe('resolveReferences: 市内 and a place name joined by ノ or ヶ', () => {
  it('reads 市内に, 町内で as inside the city or town last named', () => {
    assert.deepEqual(
      resolve([
        '北浦市の教育委員会は9日、調査の結果を公表した。',
        '市内には、同じ時期に建てられた体育館がほかに5棟ある。',
        '近くの都市でも調査が進む。',
      ]),
      [[], [['市', ['北浦市']]], []],
    );
  });

  it('keeps 岬ノ台市 and 梅ヶ丘町 whole, so a bare 市は stands for 岬ノ台市', () => {
    assert.deepEqual(
      resolve(['汐見県岬ノ台市は3日、港の補修費を発表した。', '市は6月議会に補正予算案を出す。'])[1],
      [['市', ['汐見県岬ノ台市']]],
    );
    assert.deepEqual(resolve(['梅ヶ丘町は3日、計画を示した。', '町は来年度に着工する。'])[1], [
      ['町', ['梅ヶ丘町']],
    ]);
  });
});

describe('resolveReferences: a school named after a surname-like place', () => {
  it('resolves 同校 to 北浦高校 though the dictionary reads 北浦 as a surname', () => {
    assert.deepEqual(
      resolve(['北浦県立北浦高校の情報部の生徒が、全国大会で優勝した。', '同校の優勝は初めて。'])[1],
      [['同校', ['北浦県立北浦高校']]],
    );
  });
});

describe('resolveReferences: a bare word for the kind of body named before', () => {
  it('reads 漁協によると after 北浦漁協, and 会社は after a company', () => {
    assert.deepEqual(
      resolve([
        '北浦湾のカキが大量に死んでいることが、北浦漁協への取材で分かった。',
        '漁協によると、死んだカキは約40万個にのぼる。',
      ])[1],
      [['漁協', ['北浦漁協']]],
    );
    assert.deepEqual(
      resolve(['若葉電機（本社・東京）は新工場を建てる。', '会社によりますと、稼働は来年春です。'])[1],
      [['会社', ['若葉電機']]],
    );
  });
});

describe('resolveReferences: a company presented by its trade, and a works named after its place', () => {
  it('takes the name after メーカー in one run of nouns as the company, though it ends in a verbal noun', () => {
    assert.deepEqual(
      resolve(['塗料メーカー青嵐化成の社員が表彰された。', '同社は社員を祝う会を開いた。'])[1],
      [['同社', ['青嵐化成']]],
    );
    assert.deepEqual(
      resolve(['大手の建設会社水城建設は新しい橋を完成させた。', '同社によると、工期は2年だった。'])[1],
      [['同社', ['水城建設']]],
    );
    // A trade word with no name after it names no company.
    assert.deepEqual(resolve(['部品メーカーが集まった。', '同社は答えなかった。'])[1], []);
  });

  it('takes a name given a short name in brackets as a company, though it ends in a verbal noun', () => {
    assert.deepEqual(
      resolve([
        '運航会社の北浦マリン開発（北浦マリン）に検査が入った。',
        '同社は点検の記録を調べている。',
      ])[1],
      [['同社', ['北浦マリン開発']]],
    );
  });

  it('takes no word for a kind of company (運航会社, 親会社) for a company of its own', () => {
    assert.deepEqual(resolve(['遊覧船の運航会社が会見した。', '同社は点検の記録を調べている。'])[1], []);
  });

  it('reads 工場では and 同工場 as the works last named, even after a surname-like place name', () => {
    assert.deepEqual(
      resolve([
        '港北市の菓子メーカーの小鳩工場で停電があった。',
        '工場では、約200人が働いている。',
        '同工場の生産は止まった。',
      ]).slice(1),
      [[['工場', ['小鳩工場']]], [['同工場', ['小鳩工場']]]],
    );
    // 工場長, 町工場 and 工場から are other words or no clause's topic.
    assert.deepEqual(resolve(['北浦工場が再開した。', '町工場の工場長が語った。'])[1], []);
  });
});

describe('resolveReferences: a bare word for the water or land named before', () => {
  it('reads 湾の, 川は as the bay or river last named, but not 東浦湾 or a kind never named', () => {
    assert.deepEqual(
      resolve([
        '北浦湾でカキの大量死が見つかった。',
        '湾の水温は平年より2度高い。',
        '東浦湾では被害はない。',
        '川の水位も上がった。',
      ]).slice(1),
      [[['湾', ['北浦湾']]], [], []],
    );
  });
});

describe('definedAliases: a short name defined in parentheses on first mention', () => {
  it('takes a 略称 whose characters stand in the full name in order', () => {
    assert.deepEqual(definedAliases('白浜県消費生活センター（県消費センター）に相談が寄せられた。'), [
      { long: '白浜県消費生活センター', short: '県消費センター' },
    ]);
    assert.deepEqual(definedAliases('運営会社の南浜風力発電（南浜風力）は控訴した。'), [
      { long: '南浜風力発電', short: '南浜風力' },
    ]);
  });

  it('takes the name defined with 以下 (「…」（仮称、以下北部病院）)', () => {
    assert.deepEqual(definedAliases('県と市は「白浜北部総合病院」（仮称、以下北部病院）を建てる。'), [
      { long: '白浜北部総合病院', short: '北部病院' },
    ]);
    assert.deepEqual(definedAliases('南浜中央図書館（以下、中央館）は休館した。'), [
      { long: '南浜中央図書館', short: '中央館' },
    ]);
  });

  it('takes no gloss of place or person as a short name', () => {
    assert.deepEqual(definedAliases('若葉中央病院（柚木市）は休診した。'), []);
    assert.deepEqual(definedAliases('若葉中央病院（山田一郎院長）は休診した。'), []);
  });
});

describe('resolveReferences: a city the dictionary reads as a person', () => {
  it('takes 楓野市 (read 楓 + 野市, both as names of people) as the city a bare 市は and 同市 stand for', () => {
    assert.deepEqual(
      resolve([
        '楓野市の青柳健市長は「早急に協議したい」と話した。',
        '市は、路線維持のための補助金の上積みも検討する。',
        '同市によると、利用者は減っている。',
      ]),
      [[], [['市', ['楓野市']]], [['同市', ['楓野市']]]],
    );
  });

  it('still takes a person whose surname ends in 村 for a person (中村)', () => {
    assert.deepEqual(resolve(['中村一郎氏は3日に会見した。', '同氏は辞任を否定した。']), [
      [],
      [['同氏', ['中村一郎']]],
    ]);
  });
});

describe('sameKindAs', () => {
  it('takes a bare kind word for a 同- word or bare word of that kind of body, not of another kind', () => {
    const references = resolveReferences(
      ['青葉製菓（若松市）は3日、新工場の建設を発表した。', '同社によると、工場は来年秋に稼働する。'].map(
        (text) => ({ text, tokens: tokenizer.tokenize(text) }),
      ),
    );
    const company = references[1]?.[0];
    assert.ok(company !== undefined);
    assert.equal(sameKindAs('会社', company), true);
    assert.equal(sameKindAs('市', company), false);
    assert.equal(
      sameKindAs('会社', { start: 0, end: 2, text: '同市', antecedents: ['若松市'], keys: [] }),
      false,
    );
    assert.equal(
      sameKindAs('市', { start: 0, end: 2, text: '同市', antecedents: ['若松市'], keys: [] }),
      true,
    );
  });
});

describe('kanaAbbreviationsOf: the hiragana 略称 a compound name goes by', () => {
  it('takes the first sounds of the first part and of a later part, or its first kanji', () => {
    const bank = kanaAbbreviationsOf([
      { surface: '若葉', reading: 'ワカバ' },
      { surface: '銀行', reading: 'ギンコウ' },
    ]);
    assert.ok(bank.includes('わかぎん'), bank.join(','));
    assert.ok(bank.includes('わぎん'), bank.join(','));
    assert.ok(!bank.includes('わかばぎんこう'), 'the full reading is no 略称');
    const railway = kanaAbbreviationsOf([
      { surface: '桜川', reading: 'サクラガワ' },
      { surface: '電鉄', reading: 'デンテツ' },
    ]);
    assert.ok(railway.includes('さく電'), railway.join(','));
    assert.ok(railway.includes('さくでん'), railway.join(','));
  });

  it('never splits a mora and needs a kanji first part of two parts or more', () => {
    const forms = kanaAbbreviationsOf([
      { surface: '京浜', reading: 'キョウヒン' },
      { surface: '急行', reading: 'キュウコウ' },
    ]);
    assert.ok(forms.includes('きょうきゅ'), forms.join(','));
    assert.ok(!forms.some((form) => form.startsWith('きき') || form.endsWith('き')), forms.join(','));
    assert.deepEqual(kanaAbbreviationsOf([{ surface: '若葉', reading: 'ワカバ' }]), []);
    assert.deepEqual(
      kanaAbbreviationsOf([
        { surface: 'アオバ', reading: 'アオバ' },
        { surface: '銀行', reading: 'ギンコウ' },
      ]),
      [],
    );
  });
});

describe('resolveReferences: the kind of each candidate (the vcoref40 round)', () => {
  it('takes a name in 「」 presented by the place in brackets after it as the company 同社 stands for', () => {
    assert.deepEqual(
      resolve([
        '北斗銀行は5日、窓口の障害を発表した。',
        '保守は「浜風電算サービス」（霧島市）が請け負っていた。',
        '銀行は同社に説明を求めた。',
      ]),
      [[], [], [['同社', ['浜風電算サービス', '北斗銀行']]]],
    );
  });

  it('takes no facility for a company, though the place it is in follows it in brackets', () => {
    assert.deepEqual(
      resolve([
        '汐凪航空（本社・港北市）は8日、鷺ノ宮空港（岬県）への便を始めた。',
        '同社は増便も考えている。',
      ]),
      [[], [['同社', ['汐凪航空']]]],
    );
  });

  it('takes a common noun after 会社の for no company (会社の経営環境)', () => {
    assert.deepEqual(
      resolve(['湊川精機の社長は、会社の経営環境が苦しいと話した。', '同社は新製品を急ぐ。']),
      [[['会社', ['湊川精機']]], [['同社', ['湊川精機']]]],
    );
  });

  it('takes a company whose president the text names, whatever its last word', () => {
    assert.deepEqual(
      resolve([
        '市の窓口が止まり、北原電算サービスの森下一樹社長が謝罪した。',
        '市は同社に再発防止を求めた。',
      ]),
      [[], [['同社', ['北原電算サービス']]]],
    );
  });

  it('takes no act ending in a school word (臨時休校) for the school 同校 stands for', () => {
    assert.deepEqual(
      resolve([
        '市立若葉中学校で感染が広がった。',
        '学校は3日から臨時休校とした。',
        '同校は授業を再開する。',
      ]),
      [[], [], [['同校', ['市立若葉中学校']]]],
    );
  });

  it('takes no class of schools named only by who runs them (県立学校, 私立高校) for the school 同校 stands for', () => {
    assert.deepEqual(
      resolve([
        '東雲県立若葉台高校で停電があった。',
        '教育委員会は、非常用電源の点検をすべての県立学校に求める。',
        '同校は授業を午後から再開した。',
      ])[2],
      [['同校', ['東雲県立若葉台高校']]],
    );
    assert.deepEqual(
      resolve([
        '市立若葉中学校で給食が止まった。',
        '市内の私立高校でも同じ業者が給食を作っている。',
        '同校は弁当の持参を求めた。',
      ])[2],
      [['同校', ['市立若葉中学校']]],
    );
  });

  it('still takes a body named only by who runs it when the page names none of its kind otherwise (町立病院)', () => {
    assert.deepEqual(resolve(['山辺町の町立病院で停電があった。', '同院は外来の受け付けを止めた。'])[1], [
      ['同院', ['町立病院']],
    ]);
  });

  it('takes the name in 「」 after a kind of shop as what 同店 stands for, first', () => {
    assert.deepEqual(
      resolve(['港町の和菓子店「松風堂」で食中毒が出た。', '保健所は同店を営業停止とした。']),
      [[], [['同店', ['松風堂', '和菓子店']]]],
    );
  });

  it('takes the town of a 町長選 as the town 同町 stands for', () => {
    assert.deepEqual(resolve(['若草町長選は8日に投開票された。', '同町の投票率は52%だった。']), [
      [],
      [['同町', ['若草町']]],
    ]);
  });

  it('takes a city whose name the dictionary reads as a person, a kind word after it, for 同市', () => {
    assert.deepEqual(
      resolve([
        '高橋浜市中央の交差点で事故があった。',
        '佐伯瀬市消防本部は3人を運んだ。',
        '同市の男性が軽傷。',
      ]),
      [[], [], [['同市', ['佐伯瀬市']]]],
    );
  });

  it('takes a name and a trade read as a verbal noun (森山建設) for a company', () => {
    assert.deepEqual(resolve(['施工した森山建設の株価が下がった。', '同社は説明会を開く。']), [
      [],
      [['同社', ['森山建設']]],
    ]);
  });
});

describe('resolveReferences: the kind of each candidate, second pass (the vcoref41 round)', () => {
  it('takes a name and a trade word (…風力発電, …観光バス) for a company, a common word and the trade for none', () => {
    assert.deepEqual(
      resolve(['北見風力発電は3日、羽根の点検を始めた。', '同社によると、点検は月末に終わる。']),
      [[], [['同社', ['北見風力発電']]]],
    );
    assert.deepEqual(
      resolve(['町は、通学の便を西浦観光バスに頼んでいる。', '同社は運転手が足りないという。']),
      [[], [['同社', ['西浦観光バス']]]],
    );
    assert.deepEqual(resolve(['駅前で路線バスの運行が止まった。', '観光開発の計画も遅れている。']), [[], []]);
  });

  it('keeps 同社 for the firm it stood for over a firm named once in passing, not over a firm named as a topic', () => {
    assert.deepEqual(
      resolve([
        '菓子メーカーの岬製菓は2日、飴を引き取ると決めた。',
        '同社は、袋を刷った印刷会社「汐見プリント」に確かめる。',
        '県は同社に報告を求めた。',
      ]),
      [[], [['同社', ['岬製菓']]], [['同社', ['岬製菓', '汐見プリント']]]],
    );
    assert.deepEqual(
      resolve([
        '菓子メーカーの岬製菓は2日、飴を引き取ると決めた。',
        '同社は訳を探っている。',
        '包装機メーカーの汐見機工（港北市）は、機械を点検する。',
        '同社の担当者は「部品を替える」と話した。',
      ]),
      [[], [['同社', ['岬製菓']]], [], [['同社', ['汐見機工', '岬製菓']]]],
    );
  });

  it('takes a name followed by （本社・…） for a company, whatever its last word', () => {
    assert.deepEqual(
      resolve(['保健所は、宿を営む森山観光開発（本社・港北市）に休業を命じた。', '同社は客に返金する。']),
      [[], [['同社', ['森山観光開発']]]],
    );
  });
});
