import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  boundsTo,
  findOrdinals,
  findQuantities,
  findRanksAndCounts,
  inUnit,
  isScaledUnit,
  numeralInFigures,
  parseJapaneseNumber,
  type Quantity,
  roundsTo,
} from './quantities.ts';

// Every sentence below is invented: みどり市, 青葉町 and the people in them are fictional.

/** [text, value, unit] of each quantity, the shape most cases assert on. */
const brief = (text: string) => findQuantities(text).map((q) => [q.text, q.value, q.unit]);
/** [text, approx, bound, vague] of each quantity. */
const qualifiers = (text: string) =>
  findQuantities(text).map((q) => [q.text, q.approx, q.bound ?? null, q.vague ?? false]);

// Writes n the way a vertical newspaper does: 八千七百五十, 十三万, 千四百六十億.
function toKanji(n: number): string {
  const digits = '〇一二三四五六七八九';
  const group = (g: number) =>
    [
      [1000, '千'],
      [100, '百'],
      [10, '十'],
    ].reduce(
      (out, [size, mark]) => {
        const d = Math.floor(out.rest / (size as number)) % 10;
        if (d === 0) return out;
        return { text: `${out.text}${d === 1 ? '' : digits[d]}${mark}`, rest: out.rest % (size as number) };
      },
      { text: '', rest: g },
    );
  let text = '';
  for (const [size, mark] of [
    [1e12, '兆'],
    [1e8, '億'],
    [1e4, '万'],
    [1, ''],
  ] as const) {
    const g = Math.floor(n / size) % 10000;
    if (g === 0) continue;
    const { text: head, rest } = group(g);
    text += `${head}${rest === 0 ? '' : digits[rest]}${mark}`;
  }
  return text;
}

describe('parseJapaneseNumber', () => {
  it('reads Arabic digits, full-width digits, thousands separators and decimals', () => {
    assert.equal(parseJapaneseNumber('8,750'), 8750);
    assert.equal(parseJapaneseNumber('８，７５０'), 8750);
    assert.equal(parseJapaneseNumber('1.2'), 1.2);
    assert.equal(parseJapaneseNumber('１２．５'), 12.5);
    assert.equal(parseJapaneseNumber('1,234,567'), 1234567);
  });

  it('reads kanji numerals with 十百千 and positional kanji digits', () => {
    assert.equal(parseJapaneseNumber('十三'), 13);
    assert.equal(parseJapaneseNumber('三十'), 30);
    assert.equal(parseJapaneseNumber('百二十'), 120);
    assert.equal(parseJapaneseNumber('千四百六十'), 1460);
    assert.equal(parseJapaneseNumber('八千七百五十'), 8750);
    assert.equal(parseJapaneseNumber('二〇一八'), 2018);
  });

  it('reads 万, 億 and 兆 over Arabic, kanji and mixed groups', () => {
    assert.equal(parseJapaneseNumber('8万5千'), 85000);
    assert.equal(parseJapaneseNumber('十三万'), 130000);
    assert.equal(parseJapaneseNumber('1億2千万'), 120000000);
    assert.equal(parseJapaneseNumber('1.2億'), 120000000);
    assert.equal(parseJapaneseNumber('千四百六十億'), 146000000000);
    assert.equal(parseJapaneseNumber('1万5000'), 15000);
    assert.equal(parseJapaneseNumber('2兆3456億'), 2345600000000);
  });

  it('returns undefined for what is not a numeral', () => {
    for (const text of [
      '',
      '約2万8千',
      '万',
      '億円',
      '1,2',
      '1.2.3',
      '15千',
      '万億',
      '1万2万',
      'abc',
      '一部',
    ]) {
      assert.equal(parseJapaneseNumber(text), undefined, text);
    }
  });

  it('reads back any integer written in kanji or in Arabic with separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999_999_999 }), (n) => {
        assert.equal(parseJapaneseNumber(toKanji(n)), n, toKanji(n));
        assert.equal(parseJapaneseNumber(n.toLocaleString('en-US')), n);
      }),
    );
  });
});

describe('findQuantities', () => {
  it('reports the span, value and unit of each quantity, 約 included', () => {
    const text = 'みどり市では約1200人が避難し、被害額は1億2千万円に上った。';
    assert.deepEqual(findQuantities(text), [
      { start: 6, end: 12, text: '約1200人', value: 1200, unit: '人', approx: true },
      { start: 21, end: 27, text: '1億2千万円', value: 120000000, unit: '円', approx: false },
    ] satisfies Quantity[]);
  });

  it('scales 万人, 億円 and decimals before 億', () => {
    assert.deepEqual(brief('来場者は3万5千人、事業費は1.2億円、基金は8,750万円。'), [
      ['3万5千人', 35000, '人'],
      ['1.2億円', 120000000, '円'],
      ['8,750万円', 87500000, '円'],
    ]);
  });

  it('normalises counters: 人分 → 人, 名 → 人, and keeps 件, 台, 戸, 校, 本, 室, 歳', () => {
    assert.deepEqual(
      brief('3人分の弁当、5名、12件、46台、17戸、24校、34本、180室、18歳、600台分の駐車場。'),
      [
        ['3人分', 3, '人'],
        ['5名', 5, '人'],
        ['12件', 12, '件'],
        ['46台', 46, '台'],
        ['17戸', 17, '戸'],
        ['24校', 24, '校'],
        ['34本', 34, '本'],
        ['180室', 180, '室'],
        ['18歳', 18, '歳'],
        ['600台分', 600, '台'],
      ],
    );
  });

  it('reads percentages, multiples and 割, with 3割5分 as 3.5割', () => {
    assert.deepEqual(brief('運賃は3.5％、利用は35パーセント増え、費用は1.5倍、3割5分が高齢者で、5割超。'), [
      ['3.5％', 3.5, '%'],
      ['35パーセント', 35, '%'],
      ['1.5倍', 1.5, '倍'],
      ['3割5分', 3.5, '割'],
      ['5割超', 5, '割'],
    ]);
  });

  it('normalises length, area and weight units', () => {
    assert.deepEqual(
      brief(
        '駅から約28キロ、新線は12km、用地は40平方キロメートルと3.5km²、農地は380ヘクタールと2ha、堤防は50メートル、がれきは5トン。',
      ),
      [
        ['約28キロ', 28, 'km'],
        ['12km', 12, 'km'],
        ['40平方キロメートル', 40, 'km2'],
        ['3.5km²', 3.5, 'km2'],
        ['380ヘクタール', 380, 'ha'],
        ['2ha', 2, 'ha'],
        ['50メートル', 50, 'm'],
        ['5トン', 5, 't'],
      ],
    );
  });

  it('turns hours and minutes into minutes', () => {
    const found = findQuantities(
      '所要時間は1時間52分から約1時間20分になり、約80分の短縮で、待ち時間は2時間半。',
    );
    assert.deepEqual(
      found.map((q) => [q.text, q.value, q.unit, q.approx]),
      [
        ['1時間52分', 112, '分', false],
        ['約1時間20分', 80, '分', true],
        ['約80分', 80, '分', true],
        ['2時間半', 150, '分', false],
      ],
    );
  });

  it('reads years, months and days as durations only when they are lengths of time', () => {
    assert.deepEqual(
      brief('工事は約2年遅れ、改良に1年半、試運転は3日間、契約は2年間、調査は3か月、修繕は1年3カ月かかる。'),
      [
        ['約2年', 2, '年'],
        ['1年半', 18, 'か月'],
        ['3日間', 3, '日'],
        ['2年間', 2, '年'],
        ['3か月', 3, 'か月'],
        ['1年3カ月', 15, 'か月'],
      ],
    );
    assert.deepEqual(brief('値上げは12年ぶりで、5日連続の雨となり、10年前の水準だ。'), [
      ['12年', 12, '年'],
      ['5日', 5, '日'],
      ['10年', 10, '年'],
    ]);
  });

  it('reads a number of years standing as the predicate as a length of time, not an era year', () => {
    assert.deepEqual(brief('青葉町が結んだ賃貸の期間は30年だ。'), [['30年', 30, '年']]);
    assert.deepEqual(brief('みどり市長の任期は4年。'), [['4年', 4, '年']]);
    assert.deepEqual(brief('青葉町の図書館の開館は令和8年だ。'), []);
  });

  it('reads a number of years that passes, or runs up to now, as a length of time', () => {
    assert.deepEqual(brief('橋は架けられてから62年が経過し、改修に3年をかけた。'), [
      ['62年', 62, '年'],
      ['3年', 3, '年'],
    ]);
    assert.deepEqual(brief('駅前の乗降客は、この15年で約2割減った。'), [
      ['15年', 15, '年'],
      ['約2割', 2, '割'],
    ]);
    // …while a year when something happens stays a date.
    assert.deepEqual(brief('新庁舎は28年に完成し、2031年が過ぎても使う。'), []);
  });

  it('skips dates and clock times', () => {
    const text =
      '新駅は2026年3月14日に開業し、午前3時と午前一時半に点検する。2018年に着工、二〇一八年以降、来年1月に完成、10日夜に式典、3時15分に出発。';
    assert.deepEqual(findQuantities(text), []);
    assert.deepEqual(brief('2018年度の予算と2026年前半の計画、令和5年の人口、2018年前後の記録。'), []);
    assert.deepEqual(qualifiers('使用期間は10年前後。'), [['10年前後', true, null, false]]);
  });

  it('takes 1日 in 1日平均 as a rate, not a date or a count', () => {
    assert.deepEqual(brief('利用者は1日平均約1200人で、1人当たり500円を負担する。'), [
      ['約1200人', 1200, '人'],
      ['500円', 500, '円'],
    ]);
  });

  it('takes a count of one with a figure straight after it as a rate (1枚80円 = 1枚あたり80円)', () => {
    assert.deepEqual(brief('駐輪場は1台600円で、回数券は1冊約2000円、一泊三千円の宿もある。'), [
      ['600円', 600, '円'],
      ['約2000円', 2000, '円'],
      ['三千円', 3000, '円'],
    ]);
    // A count of one before a word, or of more than one before a figure, is still a count.
    assert.deepEqual(brief('ごみ袋は1枚で80円、2枚100円。'), [
      ['1枚', 1, '枚'],
      ['80円', 80, '円'],
      ['2枚', 2, '枚'],
      ['100円', 100, '円'],
    ]);
  });

  it('reads 2分の1 as a fraction and leaves 半額 and 半分 alone', () => {
    assert.deepEqual(brief('料金は2分の1になり、住民の三分の一が利用する。半額や半分の案もある。'), [
      ['2分の1', 0.5, ''],
      ['三分の一', 0.333333333333333, ''],
    ]);
  });

  it('marks approximations written before or after the number', () => {
    assert.deepEqual(
      qualifiers('およそ4200人分の署名、概ね9割、ほぼ100%、1000人程度、1万人近く、午後の便は20人ほど。'),
      [
        ['およそ4200人分', true, null, false],
        ['概ね9割', true, null, false],
        ['ほぼ100%', true, null, false],
        ['1000人程度', true, null, false],
        ['1万人近く', true, null, false],
        ['20人ほど', true, null, false],
      ],
    );
  });

  it('marks lower and upper bounds', () => {
    assert.deepEqual(
      qualifiers(
        '少なくとも3人が死亡、100人以上が避難、損害は1万円超、費用は5000円以下、18歳未満、10年足らず、最大で約5000人。',
      ),
      [
        ['少なくとも3人', false, 'min', false],
        ['100人以上', false, 'min', false],
        ['1万円超', false, 'min', false],
        ['5000円以下', false, 'max', false],
        ['18歳未満', false, 'max', false],
        ['10年足らず', false, 'max', false],
        ['最大で約5000人', true, 'max', false],
      ],
    );
    // 強 and 超 as one-character qualifiers, but not as the start of 強盗 or 超過.
    assert.deepEqual(qualifiers('来場は1万人強、3人強盗、100件超過。'), [
      ['1万人強', false, 'min', false],
      ['3人', false, null, false],
      ['100件', false, null, false],
    ]);
  });

  it('keeps 数 vague at the lower end of its scale, so 数億 and 数十億 differ', () => {
    const found = findQuantities(
      '費用は数億円とも数十億円ともいわれ、十数件の被害で数十人が、数人は自宅に戻った。',
    );
    assert.deepEqual(
      found.map((q) => [q.text, q.value, q.unit, q.vague]),
      [
        ['数億円', 1e8, '円', true],
        ['数十億円', 1e9, '円', true],
        ['十数件', 10, '件', true],
        ['数十人', 10, '人', true],
        ['数人', 1, '人', true],
      ],
    );
  });

  it('does not read 数 inside words as a count', () => {
    assert.deepEqual(brief('複数人が関わり、人数や件数は未定で、総数1200人とされる。'), [
      ['1200人', 1200, '人'],
    ]);
  });

  it('does not read kanji numerals inside ordinary words', () => {
    const text =
      '一部の住民は一方で一切の説明を求め、一緒に一度も来なかった。同一の案で統一し、万一に備え、一時中断した。一般の人を第一に考え、十分な量を確保した。同一人物の犯行とみられる。';
    assert.deepEqual(findQuantities(text), []);
  });

  it('reads kanji numerals that carry a counter, 万/億, or 約', () => {
    assert.deepEqual(
      brief('十三人が負傷し、十三万人が停電、事業費は千四百六十億円、二人が入院、約十の団体が参加。'),
      [
        ['十三人', 13, '人'],
        ['十三万人', 130000, '人'],
        ['千四百六十億円', 146000000000, '円'],
        ['二人', 2, '人'],
        ['約十', 10, ''],
      ],
    );
  });

  it('reads a lone kanji digit after a noun when its counter is spelt with kana (市内十か所, 欧州三カ国)', () => {
    assert.deepEqual(brief('説明会は市内十か所で開き、欧州三カ国にも伝えた。'), [
      ['十か所', 10, 'か所'],
      ['三カ国', 3, 'か国'],
    ]);
    // A kanji counter after a noun still makes a word with the digit (同一人物, 一期一会).
    assert.deepEqual(brief('同一人物とみられ、一期一会の機会だった。'), []);
  });

  it('reads a lone kanji digit after a noun when a counter of vehicles, buildings or machines ends the word (貨車七両で)', () => {
    assert.deepEqual(brief('脱線したのは貨車七両で、倉庫二棟が焼けた。'), [
      ['七両', 7, '両'],
      ['二棟', 2, '棟'],
    ]);
    // …not where a kanji goes on after the counter (一両日, 三機関).
    assert.deepEqual(brief('結果は一両日中に出る。国の三機関が調べる。'), []);
  });

  it('reads a lone kanji digit after a noun when 枚, the counter of flat things, ends the word (商品券五枚が)', () => {
    assert.deepEqual(brief('偽の商品券五枚が見つかり、切手八枚の束もあった。'), [
      ['五枚', 5, '枚'],
      ['八枚', 8, '枚'],
    ]);
    // …not where a kanji goes on after the counter (一枚岩, 二枚目).
    assert.deepEqual(brief('会は一枚岩ではない。彼は二枚目だ。'), []);
  });

  it('reads 組 as a counter of groups and pairs (団体客3組, 二組の夫婦)', () => {
    assert.deepEqual(brief('団体客3組を含む計40人と、二組の夫婦が泊まった。'), [
      ['3組', 3, '組'],
      ['40人', 40, '人'],
      ['二組', 2, '組'],
    ]);
  });

  it('reads the counters of everyday goods as their own units (3袋, 120缶, 40箱, 土地2筆)', () => {
    assert.deepEqual(brief('町は砂を3袋ずつ、水を120缶、毛布を40箱届けた。'), [
      ['3袋', 3, '袋'],
      ['120缶', 120, '缶'],
      ['40箱', 40, '箱'],
    ]);
    assert.deepEqual(brief('畑2筆と宅地3区画を売り、長靴を8足、薬を6錠受け取った。'), [
      ['2筆', 2, '筆'],
      ['3区画', 3, '区画'],
      ['8足', 8, '足'],
      ['6錠', 6, '錠'],
    ]);
    assert.deepEqual(brief('花火を約5千発上げ、船は1日7往復し、客は2泊した。'), [
      ['約5千発', 5000, '発'],
      ['7往復', 7, '往復'],
      ['2泊', 2, '泊'],
    ]);
    // A longer kanji numeral or 約 counts with them; a lone kanji digit makes words and names.
    assert.deepEqual(brief('米を二十五袋、約三箱配った。'), [
      ['二十五袋', 25, '袋'],
      ['約三箱', 3, '箱'],
    ]);
    assert.deepEqual(brief('彼は一筆書いて、一足先に七尾へ向かった。'), []);
    // The price of one is no count of one, and 3丁目 is an address.
    assert.deepEqual(brief('1袋300円で、店は3丁目にある。'), [['300円', 300, '円']]);
  });

  it('reads a lone kanji digit after 計 (計九回) and a count of people after the noun naming them (職員四人)', () => {
    assert.deepEqual(brief('観測船は計九回出航し、職員四人と研究者三名が乗った。'), [
      ['九回', 9, '回'],
      ['四人', 4, '人'],
      ['三名', 3, '人'],
    ]);
    // …not 一 in a word (同一人物), nor a digit a kanji goes on after (親子二人三脚).
    assert.deepEqual(brief('同一人物が書いた。親子二人三脚で歩む。'), []);
  });

  it('counts terms and business periods with 期 (三期ぶり), not an ordinal (2期目, 第三期)', () => {
    assert.deepEqual(brief('同社は三期ぶりに赤字となり、2期目の社長は第三期の計画を示した。'), [
      ['三期', 3, '期'],
    ]);
  });

  it('does not read place names and idioms made of a numeral and a counter', () => {
    assert.deepEqual(brief('六本木と三軒茶屋、八戸市と千歳市で、関東一円から一人ひとりが集まった。'), []);
  });

  it('skips ordinals, identifiers and per-unit denominators', () => {
    assert.deepEqual(
      brief('第3四半期に台風10号で3号機が停止し、3人目の感染者、G7とCOVID-19、10万人あたり4人。'),
      [['4人', 4, '人']],
    );
  });

  it('reads English amounts with million and billion, and currency signs', () => {
    assert.deepEqual(
      findQuantities(
        'About 98 million yen was spent, 2.5 billion yen more is planned and $1.5 million came from donors.',
      ).map((q) => [q.text, q.value, q.unit, q.approx]),
      [
        ['About 98 million yen', 98000000, '円', true],
        ['2.5 billion yen', 2500000000, '円', false],
        ['$1.5 million', 1500000, 'ドル', false],
      ],
    );
  });

  it('reads English bounds and approximations', () => {
    assert.deepEqual(
      qualifiers(
        'More than 40 people fled, at least 3 died, up to 30 km was closed, less than 5% voted, nearly 200 homes and around 10 tonnes, 500 or more.',
      ),
      [
        ['More than 40 people', false, 'min', false],
        ['at least 3', false, 'min', false],
        ['up to 30 km', false, 'max', false],
        ['less than 5%', false, 'max', false],
        ['nearly 200', true, null, false],
        ['around 10 tonnes', true, null, false],
        ['500 or more', false, 'min', false],
      ],
    );
  });

  it('maps English units and leaves other counted nouns bare', () => {
    assert.deepEqual(
      brief('The clinic saw 1,200 patients, 35 people, 12 percent, 5 hectares and 3 tonnes.'),
      [
        ['1,200', 1200, ''],
        ['35 people', 35, '人'],
        ['12 percent', 12, '%'],
        ['5 hectares', 5, 'ha'],
        ['3 tonnes', 3, 't'],
      ],
    );
  });
  it('maps English degrees (Celsius or bare) to 度, Fahrenheit to no 度, and couples to 組', () => {
    assert.deepEqual(
      brief(
        'The pond froze at 2 degrees Celsius, the ramp tilts 6 degrees, the oven read 350 degrees Fahrenheit and 12 couples danced.',
      ),
      [
        ['2 degrees Celsius', 2, '度'],
        ['6 degrees', 6, '度'],
        ['350 degrees Fahrenheit', 350, '°F'],
        ['12 couples', 12, '組'],
      ],
    );
  });

  it('restates a measure in another unit of its dimension, and nothing else (inUnit)', () => {
    const [road, rice, people] = findQuantities('道は約九百メートル、米は1.5トン、住民は12人だった。');
    assert.ok(road && rice && people);
    assert.deepEqual([inUnit(road, 'km').value, inUnit(road, 'km').unit], [0.9, 'km']);
    assert.deepEqual([inUnit(rice, 'kg').value, inUnit(rice, 'kg').unit], [1500, 'kg']);
    assert.equal(inUnit(road, 'kg'), road);
    assert.equal(inUnit(people, 'km'), people);
    assert.ok(isScaledUnit('cm') && !isScaledUnit('人'));
  });

  it('restates a length of time in days, weeks, months or years, a month meeting days and weeks only roughly (inUnit)', () => {
    const [fortnight, weeks, month, stay] = findQuantities(
      '点検は14日間、改修は3週間、休館は約1か月、留学は1年半だった。',
    );
    assert.ok(fortnight && weeks && month && stay);
    assert.deepEqual([inUnit(fortnight, '週').value, inUnit(fortnight, '週').unit], [2, '週']);
    assert.deepEqual([inUnit(stay, '年').value, inUnit(stay, '年').unit], [1.5, '年']);
    // 3 weeks is no whole or half month; 4 weeks, 30 days and 6 weeks are 1, 1 and 1.5 months.
    const three = inUnit(weeks, 'か月').value;
    assert.ok(three > 0.6 && three < 0.75, String(three));
    const [four, thirty, six] = findQuantities('4週間、30日間、6週間');
    assert.ok(four && thirty && six);
    assert.equal(inUnit(four, 'か月').value, 1);
    assert.equal(inUnit(thirty, 'か月').value, 1);
    assert.equal(inUnit(six, 'か月').value, 1.5);
    assert.equal(inUnit(month, '週').value, 4);
    assert.ok(isScaledUnit('週') && isScaledUnit('か月'));
  });

  it('maps English units of length, weight and volume, singular and plural', () => {
    assert.deepEqual(
      brief(
        'The pipe, 40 centimeters wide and 1 meter long, held 250 liters and weighed 12 kilograms and 300 grams.',
      ),
      [
        ['40 centimeters', 40, 'cm'],
        ['1 meter', 1, 'm'],
        ['250 liters', 250, 'L'],
        ['12 kilograms', 12, 'kg'],
        ['300 grams', 300, 'g'],
      ],
    );
  });

  it('reads a kilolitre and a millilitre as volumes, not as a kilometre or a millimetre', () => {
    assert.deepEqual(brief('重油約3キロリットルが流れ出し、みどり市は水500ミリリットルを配った。'), [
      ['約3キロリットル', 3, 'kL'],
      ['500ミリリットル', 500, 'mL'],
    ]);
    assert.deepEqual(brief('About 4 kiloliters of fuel leaked.'), [['About 4 kiloliters', 4, 'kL']]);
    assert.deepEqual(brief('青葉町から約3キロの地点'), [['約3キロ', 3, 'km']]);
  });

  it('skips English dates and clock times but keeps a four-digit count', () => {
    assert.deepEqual(
      brief('In 2018, on March 14, 2026 at 3 p.m. and on 5 May, 2000 patients were seen at 10:30.'),
      [['2000', 2000, '']],
    );
  });

  it('reads several, dozens of and thousands of as vague English quantities', () => {
    assert.deepEqual(
      findQuantities('Several hundred people gathered and thousands of residents signed.').map((q) => [
        q.text,
        q.value,
        q.unit,
        q.vague,
      ]),
      [
        ['Several hundred people', 100, '人', true],
        ['thousands of', 1000, '', true],
      ],
    );
  });

  it('gives the first number of a range the unit and scale of the second', () => {
    assert.deepEqual(brief('3〜5人、1〜2万人、2～3時間、3 to 5 people。'), [
      ['3', 3, '人'],
      ['5人', 5, '人'],
      ['1', 10000, '人'],
      ['2万人', 20000, '人'],
      ['2', 120, '分'],
      ['3時間', 180, '分'],
      ['3', 3, '人'],
      ['5 people', 5, '人'],
    ]);
  });

  it('drops the first number of a date range', () => {
    assert.deepEqual(brief('2020〜22年と3〜5日に調査した。'), []);
  });

  it('keeps offsets into the original text when it is full-width', () => {
    const text = '参加者は１，２００人、増加率は３．５％だった。';
    const found = findQuantities(text);
    assert.deepEqual(
      found.map((q) => [q.start, q.end, q.text, q.value, q.unit]),
      [
        [4, 10, '１，２００人', 1200, '人'],
        [15, 19, '３．５％', 3.5, '%'],
      ],
    );
  });

  it('does not take 約 at the end of another word as an approximation', () => {
    assert.deepEqual(qualifiers('契約3件と予約12件のうち、約5件が取り消された。'), [
      ['3件', false, null, false],
      ['12件', false, null, false],
      ['約5件', true, null, false],
    ]);
  });

  it('returns ordered, non-overlapping spans whose text is the slice of the input', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '約',
        '1',
        '２',
        '十',
        '三',
        '万',
        '億',
        '数',
        '人',
        '円',
        '年',
        '日',
        '時間',
        '分',
        '分の',
        '割',
        '以上',
        '〜',
        ',',
        '.',
        ' million',
        ' yen',
        'about ',
        '第',
        '一部',
        'several ',
      ),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        let previousEnd = 0;
        for (const q of findQuantities(text)) {
          assert.ok(q.start >= previousEnd && q.end > q.start && q.end <= text.length, JSON.stringify(q));
          assert.equal(q.text, text.slice(q.start, q.end));
          assert.ok(Number.isFinite(q.value), JSON.stringify(q));
          previousEnd = q.end;
        }
      }),
    );
  });
});

describe('findQuantities on numbers set in kanji', () => {
  it('reads a 中黒 between kanji digits as a decimal point when a unit follows', () => {
    assert.deepEqual(brief('出生率は一・二六で、達成率は八七・五％、売上高は前年の一・八倍だった。'), [
      ['八七・五％', 87.5, '%'],
      ['一・八倍', 1.8, '倍'],
    ]);
    assert.equal(parseJapaneseNumber('三・〇五'), 3.05);
  });

  it('leaves a 中黒 list of kanji numerals (一・二審, 三・四月) unread as a decimal', () => {
    assert.deepEqual(brief('一・二審とも被告の訴えを退けた。'), []);
    assert.deepEqual(brief('工事は三・四月に集中する。'), []);
  });

  it('reads a composed kanji numeral without a counter (委員は定員十五, 得票は三百十二で)', () => {
    assert.deepEqual(brief('審議会（定員十五）は、賛成三百十二で可決した。'), [
      ['十五', 15, ''],
      ['三百十二', 312, ''],
    ]);
    // The 数 of 定数 ends that word: 十六 is the number, not 数十.
    assert.deepEqual(brief('町議会（定数十六）'), [['十六', 16, '']]);
  });

  it('does not read kanji numerals inside words or names as numbers', () => {
    assert.deepEqual(brief('五十嵐氏は十二支の置物を八百屋で買った。'), []);
    assert.deepEqual(brief('七五三の祝いに家族が集まった。'), []);
  });

  it('keeps a lone kanji digit before a counter and a qualifier (五ポイント余り, 三台超)', () => {
    assert.deepEqual(qualifiers('支持率は五ポイント余り下がり、出荷は三台超にとどまった。'), [
      ['五ポイント余り', false, 'min', false],
      ['三台超', false, 'min', false],
    ]);
  });
});

describe('findQuantities: the point a change is measured from', () => {
  const baselines = (text: string) => findQuantities(text).map((q) => [q.text, q.baseline ?? false]);

  it('marks X in X を N 上回った / X から N 減った, not the difference or a revision', () => {
    assert.deepEqual(baselines('来場者は12万人で、前年の9万8千人を2万2千人上回った。'), [
      ['12万人', false],
      ['9万8千人', true],
      ['2万2千人', false],
    ]);
    assert.deepEqual(baselines('部員は前年度の40人から8人減った。'), [
      ['40人', true],
      ['8人', false],
    ]);
    assert.deepEqual(baselines('予算は30億円から36億円に増えた。'), [
      ['30億円', false],
      ['36億円', false],
    ]);
  });
});

describe('roundsTo', () => {
  const one = (text: string) => findQuantities(text)[0] as Quantity;

  it('takes a figure with 約 as the exact one rounded to its last written place', () => {
    assert.equal(roundsTo(one('約3万1千票'), one('3万1245票')), true);
    assert.equal(roundsTo(one('約3万2千票'), one('3万1245票')), false);
    assert.equal(roundsTo(one('約1200台'), one('1180台')), true);
    assert.equal(roundsTo(one('約60人'), one('62人')), true);
    assert.equal(roundsTo(one('約20億円'), one('18億円')), false);
  });

  it('needs 約 on the rounded figure, the same unit and no bound', () => {
    assert.equal(roundsTo(one('3万1千票'), one('3万1245票')), false);
    assert.equal(roundsTo(one('約3万1千人'), one('3万1245票')), false);
    assert.equal(roundsTo(one('3万1千票以上'), one('3万1245票')), false);
  });
});

describe('boundsTo', () => {
  const one = (text: string) => findQuantities(text)[0] as Quantity;

  it('takes a round bound as the exact figure it is met by within one unit of its last place', () => {
    assert.equal(boundsTo(one('38度を超え'), one('38.6度')), true);
    assert.equal(boundsTo(one('2千人以上'), one('2040人')), true);
    assert.equal(boundsTo(one('60キロ未満'), one('58キロ')), true);
  });

  it('refuses a bound the figure does not meet, one far from it, and a figure itself rounded', () => {
    assert.equal(boundsTo(one('39度を超え'), one('38.6度')), false);
    assert.equal(boundsTo(one('38度を超え'), one('39.1度')), false);
    assert.equal(boundsTo(one('60キロ未満'), one('48キロ')), false);
    assert.equal(boundsTo(one('10分以内'), one('6分')), false);
    assert.equal(boundsTo(one('2万人以上'), one('2万4千人')), false);
    assert.equal(boundsTo(one('2千人以上'), one('約2040人')), false);
    assert.equal(boundsTo(one('38度'), one('38.6度')), false);
  });
});

describe('findQuantities on kanji digits in a frequency and an age in parentheses', () => {
  it('reads 週三回 and 年二回 as counts, and 男性（八一） as the number 81', () => {
    assert.deepEqual(brief('週三回、診療所に通う男性（八一）は年二回の検診も受ける。'), [
      ['三回', 3, '回'],
      ['八一', 81, ''],
      ['二回', 2, '回'],
    ]);
    // Words that hold a kanji digit stay words: 統一, 三重, 第一回 is read as before.
    assert.deepEqual(brief('統一地方選で三重県の（一）は'), []);
  });
});

describe('findQuantities on numbers written as English words', () => {
  it('reads small number words and decades with their unit and bound', () => {
    const [ago] = findQuantities('The price is 1.5 times what the town paid two years ago.').filter(
      (q) => q.unit === '年',
    );
    assert.deepEqual([ago?.text, ago?.value, ago?.unit], ['two years', 2, '年']);
    const [decade] = findQuantities('Fares have not changed in more than a decade.');
    assert.deepEqual(
      [decade?.text, decade?.value, decade?.unit, decade?.bound],
      ['more than a decade', 10, '年', 'min'],
    );
    const [times] = findQuantities('Costs rose to 1.5 times the estimate.');
    assert.deepEqual([times?.value, times?.unit], [1.5, '倍']);
    const [five] = findQuantities('Losses were five times the usual number.');
    assert.deepEqual([five?.text, five?.value, five?.unit], ['five times', 5, '倍']);
  });

  it('reads "N times" as a multiple before what it is compared with, and as occasions before a frequency', () => {
    const unitOf = (text: string) => findQuantities(text).map((found) => [found.value, found.unit])[0];
    assert.deepEqual(unitOf('The ferry now sails three times a week.'), [3, '回']);
    assert.deepEqual(unitOf('Inspectors came 4 times since May.'), [4, '回']);
    assert.deepEqual(unitOf('The siren sounded two times.'), [2, '回']);
    assert.deepEqual(unitOf('Fares are 3 times higher than before.'), [3, '倍']);
    assert.deepEqual(unitOf('Sales grew 2.5 times.'), [2.5, '倍']);
    assert.deepEqual(unitOf('Visitors were four times as many as expected.'), [4, '倍']);
  });

  it('reads once and twice before a frequency as occasions, and once elsewhere as no figure', () => {
    const unitOf = (text: string) => findQuantities(text).map((found) => [found.value, found.unit])[0];
    assert.deepEqual(unitOf('The town will keep testing the water twice a day.'), [2, '回']);
    assert.deepEqual(unitOf('The bus now runs once a week.'), [1, '回']);
    assert.deepEqual(findQuantities('The street was once a busy market.'), []);
    assert.deepEqual(findQuantities('He visited the site twice.'), []);
  });

  it('reads a number word or an ordinal before any other counted noun as a bare number', () => {
    assert.deepEqual(brief('The town will close four trails and shorten seven others from May.'), [
      ['four', 4, ''],
      ['seven', 7, ''],
    ]);
    assert.deepEqual(brief('A leak was found in the third tank of the ferry.'), [['third', 3, '']]);
    // Not a count: "one of", "first", a number word before a preposition.
    assert.deepEqual(brief('One of the first buses left at ten to nine.'), []);
    assert.deepEqual(brief('The council split two to one.'), []);
  });

  it('does not read the article "a" as one of a count', () => {
    assert.deepEqual(findQuantities('a percent of the vote went to a new party'), []);
  });

  it('reads the teens and the tens, with a unit after a hyphen (a number opening a sentence)', () => {
    assert.deepEqual(brief('Thirty-two hikers were rescued and fifteen people were treated.'), [
      ['Thirty-two', 32, ''],
      ['fifteen people', 15, '人'],
    ]);
    assert.deepEqual(brief('Ninety cabins closed for twenty years.'), [
      ['Ninety', 90, ''],
      ['twenty years', 20, '年'],
    ]);
  });
});

describe('findQuantities: a kanji decimal whose whole part is counted with 十', () => {
  it('reads 十七・九％ as 17.9%, and still reads 三十・四十代 as two numbers', () => {
    assert.deepEqual(
      findQuantities('貯水率は十七・九％だった。').map((quantity) => [quantity.value, quantity.unit]),
      [[17.9, '%']],
    );
    assert.deepEqual(
      findQuantities('三十・四十代の女性').map((quantity) => quantity.value),
      [30, 40],
    );
  });
});

describe('numeralInFigures', () => {
  it('writes a kanji numeral in figures with the big units kept, as horizontal news writes it', () => {
    assert.equal(numeralInFigures('六億八千万'), '6億8000万');
    assert.equal(numeralInFigures('三百九十億'), '390億');
    assert.equal(numeralInFigures('千八百五十'), '1850');
    assert.equal(numeralInFigures('一万二千'), '1万2000');
    assert.equal(numeralInFigures('二十四'), '24');
    assert.equal(numeralInFigures('二〇三〇'), '2030');
    assert.equal(numeralInFigures('四一・七三'), '41.73');
    assert.equal(numeralInFigures('五'), '5');
  });
  it('leaves what is not a whole kanji numeral to the text', () => {
    assert.equal(numeralInFigures('十'), undefined);
    assert.equal(numeralInFigures('百'), undefined);
    assert.equal(numeralInFigures('万'), undefined);
    assert.equal(numeralInFigures('12'), undefined);
    assert.equal(numeralInFigures('三期'), undefined);
    assert.equal(numeralInFigures('〇五'), undefined);
  });
  it('gives figures that read back as the same value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (value) => {
        const kanji = toKanji(value);
        // 十, 百, 千万 alone are left as written (十分 is also enough, not ten minutes).
        fc.pre(/[一二三四五六七八九]/u.test(kanji));
        const figures = numeralInFigures(kanji);
        assert.ok(figures !== undefined, kanji);
        assert.equal(parseJapaneseNumber(figures), value);
      }),
    );
  });
});

describe('findOrdinals', () => {
  const read = (text: string) =>
    findOrdinals(text).map((ordinal) => [ordinal.text, ordinal.value, ordinal.counter]);
  it('reads a rank with 目 after its counter, in Arabic, full-width or kanji digits', () => {
    assert.deepEqual(read('青葉町の朝市は今年で１２回目だ。'), [['１２回目', 12, '回']]);
    assert.deepEqual(read('町内で見つかるのは七例目という。'), [['七例目', 7, '例']]);
    assert.deepEqual(read('みどり市に3台目の除雪車が届いた。'), [['3台目', 3, '台']]);
    // 度 counts as 回 does: the 2度目 is the 2回目.
    assert.deepEqual(read('挑戦は2度目だった。'), [['2度目', 2, '回']]);
  });
  it('leaves addresses, words and longer figures alone', () => {
    assert.deepEqual(read('みどり市青葉3丁目の住宅'), []);
    assert.deepEqual(read('真面目に取り組む'), []);
    assert.deepEqual(read('唯一目立った'), []);
    assert.deepEqual(read('1.5回目'), []);
  });
  it('gives the counts and 第 ranks a page may state a rank as (loose)', () => {
    const all = findRanksAndCounts('第5回の大会で、参加は3度目、店舗は4店。').map((ordinal) => [
      ordinal.value,
      ordinal.counter,
      ordinal.loose ?? false,
    ]);
    assert.deepEqual(all, [
      [5, '回', true],
      [3, '回', false],
      [4, '店', true],
    ]);
  });
});

describe('findQuantities: an English number word joined to its noun by a hyphen (vxl23)', () => {
  it('reads a two-day fair and a sixth-century shrine as bare numbers, as a 52-year-old man is', () => {
    assert.deepEqual(brief('Crowds came to the three-day fair at a sixth-century shrine.'), [
      ['three', 3, ''],
      ['sixth', 6, ''],
    ]);
  });

  it('keeps a number word of tens and ones whole before its hyphen (forty-seven, never forty)', () => {
    assert.deepEqual(brief('The forty-seven-year-old tenant moved to a twenty-storey block.'), [
      ['forty-seven', 47, ''],
      ['twenty', 20, ''],
    ]);
  });
});

describe('findQuantities: English counts in words — fractions, parts of a group, a listed article (vxl31)', () => {
  it('reads two-thirds and a quarter of as shares, with their bound', () => {
    const found = findQuantities('The pond lost over two-thirds of its water and a quarter of its fish.');
    assert.deepEqual(
      found.map((q) => [q.text, Number(q.value.toFixed(4)), q.unit, q.bound]),
      [
        ['over two-thirds', 0.6667, '', 'min'],
        ['a quarter', 0.25, '', undefined],
      ],
    );
  });

  it('leaves a third time and a fifth term as ordinals, not shares', () => {
    assert.deepEqual(brief('She won a fifth term after running for a third time.'), [
      ['fifth', 5, ''],
      ['third', 3, ''],
    ]);
  });

  it('reads four of her six hives as a count of the part, one of them (no whole) as none', () => {
    assert.deepEqual(brief('One of them said four of her six hives were empty.'), [
      ['four', 4, ''],
      ['six', 6, ''],
    ]);
    assert.deepEqual(brief('The firm cut three of its ferry routes.'), []);
  });

  it('reads one of them after a count of the group in the same sentence as a count of the part (vfa40)', () => {
    assert.deepEqual(brief('A boiler burst, scalding five people, one of them badly.'), [
      ['five people', 5, '人'],
      ['one', 1, ''],
    ]);
    assert.deepEqual(brief('Four kayaks, two of them rented, drifted off.'), [
      ['Four', 4, ''],
      ['two', 2, ''],
    ]);
    // No group counted before it in the sentence: left unread, as before.
    assert.deepEqual(brief('Rain fell all week. One of them was swept away.'), []);
  });

  it('reads One opening a sentence before a noun as a count of one, not one in a phrase (vfa40)', () => {
    assert.deepEqual(brief('One boy cut his hand. The other two were unhurt.'), [
      ['One', 1, ''],
      ['two', 2, ''],
    ]);
    assert.deepEqual(brief('No one answered, and they blamed one another.'), []);
  });

  it('reads the article of a thing listed beside a count as one', () => {
    assert.deepEqual(brief('Three vans and a tractor were stolen.'), [
      ['Three', 3, ''],
      ['a', 1, ''],
    ]);
    assert.deepEqual(brief('A lantern and two bowls were dug up.'), [
      ['A', 1, ''],
      ['two', 2, ''],
    ]);
  });

  it('reads no count in an article with no count beside it', () => {
    assert.deepEqual(brief('A storm came and a tree fell.'), []);
  });
});

describe('findQuantities: figures written in words (qty41)', () => {
  const full = (text: string) =>
    findQuantities(text).map((q) => [q.text, q.value, q.unit, q.approx, q.bound ?? '', q.vague ?? false]);

  it('reads a lone kanji digit before a unit spelt in katakana, whatever comes after it', () => {
    assert.deepEqual(full('鉄塔の五メートル下に鳥の巣があった。'), [
      ['五メートル', 5, 'm', false, '', false],
    ]);
    assert.deepEqual(full('港から二キロ沖で網を上げた。'), [['二キロ', 2, 'km', false, '', false]]);
    assert.deepEqual(full('最大風速七メートル超の予報だ。'), [['七メートル超', 7, 'm', false, 'min', false]]);
  });

  it('leaves a kanji digit inside a name before a katakana word', () => {
    assert.deepEqual(full('駅前の丸七マートが閉店した。'), []);
  });

  it('reads a length with its smaller unit after it as one figure', () => {
    assert.deepEqual(full('背丈は一メートル四十センチほど。'), [
      ['一メートル四十センチほど', 1.4, 'm', true, '', false],
    ]);
    assert.deepEqual(full('歩いたのは3キロ200メートル。'), [
      ['3キロ200メートル', 3.2, 'km', false, '', false],
    ]);
    assert.deepEqual(full('穴は深さ二メートル半ある。'), [['二メートル半', 2.5, 'm', false, '', false]]);
    assert.deepEqual(full('3キロ半径の外へ出た。'), [['3キロ', 3, 'km', false, '', false]]);
  });

  it('reads the native counting words spelt in kana, not ordinals or parts of longer words', () => {
    assert.deepEqual(full('みっつの池とよっつの畑がある。'), [
      ['みっつ', 3, 'つ', false, '', false],
      ['よっつ', 4, 'つ', false, '', false],
    ]);
    assert.deepEqual(full('ふたつめの角を曲がる。'), []);
    assert.deepEqual(full('箱ひとつ分の荷物だ。'), [['ひとつ', 1, 'つ', false, '', false]]);
    assert.deepEqual(full('迷いつつも進んだ。'), []);
  });

  it('reads a つ-count before a child or kin as the age, and before other nouns as a count', () => {
    assert.deepEqual(full('五つの娘を抱いて逃げた。'), [['五つ', 5, '歳', false, '', false]]);
    assert.deepEqual(full('ななつの子どもが泣いていた。'), [['ななつ', 7, '歳', false, '', false]]);
    assert.deepEqual(full('三つの子会社を束ねる。'), [['三つ', 3, 'つ', false, '', false]]);
    assert.deepEqual(full('二つの倉庫が燃えた。'), [['二つ', 2, 'つ', false, '', false]]);
  });

  it('reads an English number word with a scale after it, and the unit after that', () => {
    assert.deepEqual(full('Roughly three hundred people came.'), [
      ['Roughly three hundred people', 300, '人', true, '', false],
    ]);
    assert.deepEqual(full('It cost two million yen.'), [['two million yen', 2e6, '円', false, '', false]]);
    assert.deepEqual(full('She baked two dozen pies.'), [['two dozen', 24, '', false, '', false]]);
    assert.deepEqual(full('The bell rang a dozen times.'), [['a dozen times', 12, '回', false, '', false]]);
  });

  it('reads dozens, hundreds and thousands without "of" as vague figures', () => {
    assert.deepEqual(full('Hundreds lined the road.'), [['Hundreds', 100, '', false, '', true]]);
    assert.deepEqual(full('A repair costs several hundred thousand yen.'), [
      ['several hundred thousand yen', 1e5, '円', false, '', true],
    ]);
    assert.deepEqual(full('The flood drove thousands from their farms.'), [
      ['thousands', 1000, '', false, '', true],
    ]);
  });
});

describe('findQuantities: English number words only where a Latin letter is (perf30)', () => {
  it('reads English number words in English text and in Japanese text that quotes them', () => {
    const english = findQuantities('About two hundred people came, twice a week.');
    assert.deepEqual(
      english.map((q) => [q.text, q.value, q.unit]),
      [
        ['About two hundred people', 200, '人'],
        ['twice', 2, '回'],
        ['a week', 1, '週'],
      ],
    );
    const mixed = findQuantities('看板には three days と書かれ、席は40席ある。');
    assert.deepEqual(
      mixed.map((q) => [q.text, q.value]),
      [
        ['three days', 3],
        ['40席', 40],
      ],
    );
  });

  it('reads full-width English words as their ASCII letters', () => {
    assert.deepEqual(
      findQuantities('ｔｗｏ ｄａｙｓ').map((q) => [q.text, q.value, q.unit]),
      [['ｔｗｏ ｄａｙｓ', 2, '日']],
    );
  });

  it('finds only the Japanese figures of a text with no Latin letter', () => {
    assert.deepEqual(
      findQuantities('鉢植えを三つ運び、残りは12鉢になった。').map((q) => [q.text, q.value]),
      [
        ['三つ', 3],
        ['12鉢', 12],
      ],
    );
  });
});

describe('findQuantities: lone kanji digits the word guards dropped (vmiss32)', () => {
  const counts = (text: string) => findQuantities(text).map((q) => [q.text, q.value, q.unit]);

  it('reads a つ-count of two or more after a kanji when no kanji follows it', () => {
    assert.deepEqual(counts('町内三つの公園で花壇を直す。'), [['三つ', 3, 'つ']]);
    assert.deepEqual(counts('県内七つの漁港が休漁した。'), [['七つ', 7, 'つ']]);
  });

  it('leaves the idiom 瓜二つ and a one that makes a word with the kanji before it', () => {
    assert.deepEqual(counts('その姉妹は瓜二つだ。'), []);
    assert.deepEqual(counts('唯一つの橋が流された。'), []);
  });

  it("reads a train's cars before 編成", () => {
    assert.deepEqual(counts('列車は八両編成で走っていた。'), [['八両', 8, '両']]);
    assert.deepEqual(counts('快速は三両編成だった。'), [['三両', 3, '両']]);
  });
});

describe('findQuantities: an English age told by its decade (vfa44)', () => {
  const counts = (text: string) => findQuantities(text).map((q) => [q.text, q.value, q.unit]);

  it('reads "in his 70s", "in her early thirties" and "in their mid-50s" as N0代', () => {
    assert.deepEqual(counts('A cyclist in his 70s was hurt.'), [['70s', 70, '代']]);
    assert.deepEqual(counts('A nurse in her early thirties found him.'), [['thirties', 30, '代']]);
    assert.deepEqual(counts('Two farmers in their mid-50s sued.'), [
      ['Two', 2, ''],
      ['50s', 50, '代'],
    ]);
  });

  it('leaves a decade of the calendar (the 1990s, in the 80s) unread as an age', () => {
    assert.deepEqual(counts('Sales peaked in the 80s.'), []);
    assert.deepEqual(counts('The hall was built in the 1990s.'), []);
  });
});
