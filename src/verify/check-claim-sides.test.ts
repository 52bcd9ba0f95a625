import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A place named with the opposite direction or side (南口 for 北口), and a measure backed only by a
// figure that counts another noun (2ルート is no 2メートル). Invented page: a town closing a park
// after a landslip.

const PARK = inventedDocument(
  'p',
  '森林公園の遊歩道を閉鎖',
  [
    '潮見町は5日、森林公園の遊歩道3コースのうち東尾根コースと滝コースを閉鎖した。',
    '公園の北口駐車場も当面使えない。',
    '崩れた斜面は幅約4メートルで、町は来週にも復旧工事に入る。',
  ],
  { publishedAt: '2026-09-06T09:00:00+09:00', siteName: '潮見新報' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const errorsOf = (text: string, ...documents: Document[]): string[] =>
  claimErrors(understanding, text, documents).map((finding) => finding.code);

describe('a place named with the opposite direction or side', () => {
  it('flags 西尾根 for the sources’ 東尾根 and 南口 for 北口', () => {
    assert.ok(
      errorsOf('潮見町は、森林公園の西尾根コースと滝コースを閉鎖した。', PARK).includes('support.name'),
    );
    assert.ok(errorsOf('公園の南口駐車場は当面使えない。', PARK).includes('support.name'));
  });

  it('accepts the names the sources write', () => {
    assert.ok(
      !errorsOf('潮見町は、森林公園の東尾根コースと滝コースを閉鎖した。', PARK).includes('support.name'),
    );
    assert.ok(!errorsOf('公園の北口駐車場は当面使えない。', PARK).includes('support.name'));
  });
});

describe('a measure backed only by a figure that counts another noun', () => {
  it('does not back 約3メートル with 3コース', () => {
    assert.ok(errorsOf('崩れた斜面は幅約3メートルだった。', PARK).includes('support.number'));
    assert.ok(!errorsOf('崩れた斜面は幅約4メートルだった。', PARK).includes('support.number'));
  });

  it('still backs a count of that noun (3つのコース)', () => {
    assert.ok(!errorsOf('森林公園には遊歩道が3つのコースある。', PARK).includes('support.number'));
  });
});

// A proper name spelt with one kanji changed (桐谷精工 for 桐谷精機) is another body. Invented page:
// a parts maker's works fire.
const WORKS = inventedDocument(
  'w',
  '部品工場で火災',
  [
    '部品メーカー「桐谷精機」川辺工場で3日夜、倉庫1棟が焼けた。',
    '北陵学院大学の森本理沙教授は「乾燥した時期は注意が要る」と話した。',
    '工場を視察した石黒康弘院長は、けが人の治療にあたった。',
    '同社の部品生産量は前年を下回っていた。',
  ],
  { publishedAt: '2026-11-04T09:00:00+09:00', siteName: '川辺新報' },
);

describe('a name spelt with one kanji changed', () => {
  it('flags 桐谷精工 for 桐谷精機 and 北陵学園大学 for 北陵学院大学', () => {
    assert.ok(errorsOf('桐谷精工の川辺工場で3日夜、倉庫1棟が焼けた。', WORKS).includes('support.name'));
    assert.ok(
      errorsOf('北陵学園大学の森本理沙教授は、乾燥した時期は注意が要ると話した。', WORKS).includes(
        'support.name',
      ),
    );
  });

  it('accepts the spelling the sources write, and a title after a name (石黒康弘氏 over 石黒康弘院長)', () => {
    assert.ok(!errorsOf('桐谷精機川辺工場で3日夜、倉庫1棟が焼けた。', WORKS).includes('support.name'));
    assert.ok(
      !errorsOf('北陵学院大学の森本理沙教授は、乾燥した時期は注意が要ると話した。', WORKS).includes(
        'support.name',
      ),
    );
    assert.ok(
      !errorsOf('工場を視察した石黒康弘氏は、けが人の治療にあたった。', WORKS).includes('support.name'),
    );
  });

  it('leaves a common compound with another last kanji alone (部品生産額 over 部品生産量)', () => {
    assert.ok(!errorsOf('同社の部品生産額は前年を下回っていた。', WORKS).includes('support.name'));
  });
});

// A body named by its parent and a unit or kind of its own: another unit of the same parent is
// another body. Invented page: a university's study and an island's association.
const ISLAND = inventedDocument(
  'i',
  '島の海水温、上昇続く',
  [
    '港北大水産学部の村上直人教授は「海水温の上昇が続いている」と話した。',
    '港北島自治会の岡田和子会長は「島の暮らしが心配だ」と述べた。',
    '港北市は調査費を補正予算案に盛り込んだ。市議会は来月、予算案を審議する。',
  ],
  { publishedAt: '2026-11-04T09:00:00+09:00', siteName: '港北新報' },
);

describe('a body named with another unit of the same parent', () => {
  it('flags 港北大理学部 for 港北大水産学部 and 港北島漁協 for 港北島自治会', () => {
    assert.ok(
      errorsOf('港北大理学部の村上直人教授は、海水温の上昇が続いていると話した。', ISLAND).includes(
        'support.name',
      ),
    );
    assert.ok(
      errorsOf('港北島漁協の岡田和子会長は、島の暮らしが心配だと述べた。', ISLAND).includes('support.name'),
    );
  });

  it('accepts the sources’ own name, and a parent joined to a body the sources name bare (港北市議会)', () => {
    assert.ok(
      !errorsOf('港北大水産学部の村上直人教授は、海水温の上昇が続いていると話した。', ISLAND).includes(
        'support.name',
      ),
    );
    assert.ok(!errorsOf('港北市議会は来月、予算案を審議する。', ISLAND).includes('support.name'));
  });
});

// Place names with a katakana ノ (岬ノ台, 鳶ノ巣山), changed by one character: another place.
const RIDGE = inventedDocument(
  'r',
  '霧見線、倒木で運転見合わせ',
  [
    '霧見鉄道霧見線は12日、倒木の影響で、中浜―岬ノ台間の上下線で運転を見合わせた。',
    '倒木があったのは、鷲ノ巣山の北側斜面だった。',
  ],
  { publishedAt: '2026-04-13T09:00:00+09:00' },
);
const RIDGE_ENGLISH = {
  ...inventedDocument(
    'e',
    'Fallen tree halts Kirimi Line',
    ['A fallen tree on Mount Washinosu halted trains on the Kirimi Line on Sunday, the operator said.'],
    { publishedAt: '2026-04-13T10:00:00+09:00', siteName: 'Kirimi Post' },
  ),
  lang: 'en',
};

describe('a place name written with ノ, or one character off the sources’ spelling', () => {
  it('reads kanji + ノ + kanji as one name, so 岬ノ森 for 岬ノ台 is support.name', () => {
    assert.ok(errorsOf('霧見線は中浜―岬ノ森間の上下線で運転を見合わせた。', RIDGE).includes('support.name'));
    assert.ok(!errorsOf('霧見線は中浜―岬ノ台間の上下線で運転を見合わせた。', RIDGE).includes('support.name'));
  });

  it('flags a name one character off a Japanese source’s, though an English page is listed', () => {
    assert.ok(
      errorsOf('倒木があったのは、鷹ノ巣山の北側斜面だった。', RIDGE, RIDGE_ENGLISH).includes('support.name'),
    );
    assert.ok(
      !errorsOf('倒木があったのは、鷲ノ巣山の北側斜面だった。', RIDGE, RIDGE_ENGLISH).includes(
        'support.name',
      ),
    );
  });
});

// A body's name is a proper head and a word for its kind (汐浜 + 工業大学): the same kind with another
// head no source writes is another body. Invented page: a storm, a weather office and an engineer.
const GUST = inventedDocument(
  'g',
  '突風で倉庫の屋根飛ぶ',
  [
    '汐浜地方気象台は8日、突風は竜巻だった可能性が高いと発表した。',
    '汐浜工業大学の北村和也教授は「古い倉庫の屋根は風に弱い」と話した。',
  ],
  { publishedAt: '2026-10-09T09:00:00+09:00', siteName: '汐浜新報' },
);

describe('a body named with another head of the same kind', () => {
  it('flags 鷺森工業大学 for 汐浜工業大学 and 鷺森地方気象台 for 汐浜地方気象台', () => {
    assert.ok(
      errorsOf('鷺森工業大学の北村和也教授は、古い倉庫の屋根は風に弱いと話した。', GUST).includes(
        'support.name',
      ),
    );
    assert.ok(
      errorsOf('鷺森地方気象台は8日、突風は竜巻だった可能性が高いと発表した。', GUST).includes(
        'support.name',
      ),
    );
  });

  it('accepts the sources’ name, and leaves a head that is one common noun alone (国立工業大学)', () => {
    assert.ok(
      !errorsOf('汐浜工業大学の北村和也教授は、古い倉庫の屋根は風に弱いと話した。', GUST).includes(
        'support.name',
      ),
    );
    assert.ok(
      !errorsOf('国立工業大学の北村和也教授は、古い倉庫の屋根は風に弱いと話した。', GUST).includes(
        'support.name',
      ),
    );
  });
});

// A name written with one kanji changed (the vname28 round): a company, a bridge and a person of an
// invented page on a bridge repair, each retold with one kanji of its name replaced.
const BRIDGE = inventedDocument(
  'b',
  '榎坂橋の補修、鶉電設が受注',
  [
    '柚原市は8日、榎坂橋の補修工事を地元の鶉電設が請け負うと発表した。',
    '市土木課の楢葉巧課長は、秋までに工事を終えたいと話した。',
    '橋の出荷量の多い資材置き場も近くにある。',
  ],
  { publishedAt: '2026-05-09T09:00:00+09:00', siteName: '柚原日報' },
);

describe('a name written with one kanji changed', () => {
  it('flags a company, a bridge and a person one kanji off the sources’ spelling', () => {
    assert.ok(errorsOf('補修工事は地元の鶉電工が請け負う。', BRIDGE).includes('support.name'));
    assert.ok(errorsOf('柚原市は、楠坂橋の補修工事を発表した。', BRIDGE).includes('support.name'));
    assert.ok(
      errorsOf('市土木課の楢葉匠課長は、秋までに工事を終えたいと話した。', BRIDGE).includes('support.name'),
    );
  });

  it('leaves the sources’ own spelling, a common compound and a number alone', () => {
    assert.ok(!errorsOf('補修工事は地元の鶉電設が請け負う。', BRIDGE).includes('support.name'));
    assert.ok(!errorsOf('橋の出荷額の多い資材置き場も近くにある。', BRIDGE).includes('support.name'));
    assert.ok(!errorsOf('柚原市は9日、榎坂橋の補修工事を発表した。', BRIDGE).includes('support.name'));
  });
});

// A value the page gives for something else (the vname28 round): the sentence that tells the claim's
// clause gives another value after the same words. Invented page: a town helping to mend a gym roof.
const ROOF = inventedDocument(
  'r',
  '体育館の屋根修理に補助',
  [
    '椋田町は10日、体育館の屋根の修理費のうち最大300万円を町費で賄うと決めた。',
    '隣の公民館の改修には、別に800万円の予算を充てる。',
    '町は屋根を見回る職員を2人から5人に増やした。',
    '町の説明会には職員3人が出席した。',
  ],
  { publishedAt: '2026-04-11T09:00:00+09:00', siteName: '椋田タイムズ' },
);

describe('a value the page gives for something else', () => {
  it('flags a figure found elsewhere when the aligned sentence gives another after the same words', () => {
    assert.ok(
      errorsOf('椋田町は、体育館の屋根の修理費のうち最大800万円を町費で賄うと決めた。', ROOF).includes(
        'support.number',
      ),
    );
  });

  it('accepts the aligned sentence’s own value, and the other value where its own sentence tells it', () => {
    assert.ok(
      !errorsOf('椋田町は、体育館の屋根の修理費のうち最大300万円を町費で賄うと決めた。', ROOF).includes(
        'support.number',
      ),
    );
    assert.ok(!errorsOf('隣の公民館の改修には、800万円の予算を充てる。', ROOF).includes('support.number'));
    // 2人から is where the change starts; 3人 may be the change itself.
    assert.ok(!errorsOf('町は屋根を見回る職員を3人増やして5人とした。', ROOF).includes('support.number'));
  });
});

// A name written in Latin letters joined to kana (the vname46 round): the tokenizer cuts it inside its
// kana, and the piece it reads as a name is in no source; the page writes the whole name as one unit, in
// brackets. Invented page: a community radio station closing.
const RADIO = inventedDocument(
  'f',
  '「FMかぴらち」が閉局へ',
  ['鴫野町のコミュニティー放送局「FMかぴらち」は、今月末で閉局する。', '聴取者は町内で約3千人いた。'],
  { publishedAt: '2026-05-02T09:00:00+09:00', siteName: '鴫野日報' },
);

describe('a name in Latin letters joined to kana', () => {
  it('reads the page’s bracketed unit whole where the claim writes it whole', () => {
    assert.ok(!errorsOf('FMかぴらちの番組は今月で終わる。', RADIO).includes('support.name'));
  });

  it('counts the whole name as a word the page has, for coverage and additions', () => {
    assert.deepEqual(errorsOf('鴫野町のFMかぴらちは、番組を今月末で終える。', RADIO), []);
  });

  it('still flags the name written with one kana changed', () => {
    assert.ok(errorsOf('FMかぴろちの番組は今月で終わる。', RADIO).includes('support.name'));
    assert.ok(errorsOf('FMかぴろちは、今月末で閉局する。', RADIO).includes('support.name'));
  });
});
