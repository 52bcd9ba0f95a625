/**
 * Numbers with their units, as Japanese and English news writes them: 8,750円, 1億2千万円, 十三万人,
 * 約1時間20分, 3割5分, 2分の1, 数億円, "about 98 million yen". A claim checker compares these
 * values rather than strings, so 1.2億円 and 1億2千万円 agree and 数億円 does not match 数十億円.
 * Dates and clock times (2026年3月14日, 午前3時) are left to the date module and skipped here.
 */

/** One quantity in a text: its span, normalised value and unit, and how exact the writer was. */
export interface Quantity {
  /** UTF-16 offset where the expression starts, qualifiers (約, 少なくとも, about) included. */
  start: number;
  /** UTF-16 offset where it ends, unit and trailing qualifiers (以上, 程度) included. */
  end: number;
  /** text.slice(start, end). */
  text: string;
  /** The number in the unit below: 3万人 → 30000, 1時間52分 → 112, 1年半 → 18. */
  value: number;
  /** Normalised unit or counter ('人', '円', '%', 'km', '分' …); '' for a bare number. */
  unit: string;
  /** 約, およそ, 程度, about, nearly …: the writer rounded. */
  approx: boolean;
  /** 以上, 超, more than → 'min'; 以下, 未満, up to → 'max'. */
  bound?: 'min' | 'max';
  /** 数億, 十数, several: value is the lower end of the scale named (数億 → 1e8). */
  vague?: true;
  /**
   * The point a change is measured from (前回の36.02％を5.35ポイント上回った, 100人から20人減った):
   * another time's value, not a rival figure for the same thing.
   */
  baseline?: true;
}

const KANJI_DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const KANJI_DECIMAL = /^([〇零一二三四五六七八九]+)・([〇零一二三四五六七八九]+)$/u;
const BIG_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

// Full-width ASCII (１２３，．％ｋｍ) mapped to ASCII one UTF-16 unit for one, so offsets into the
// folded text are offsets into the original; NFKC would turn ㎞ into two characters.
function fold(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/gu, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

// Multiplications and divisions leave 1.2 * 1e8 = 120000000.00000001; fifteen significant digits
// drop that noise and keep every integer up to 兆 exact.
function tidy(value: number): number {
  return Number.parseFloat(value.toPrecision(15));
}

type NumeralToken =
  | { kind: 'arabic'; value: number }
  | { kind: 'kanji'; value: number; digits: number }
  | { kind: 'small' | 'big'; value: number };

// Thousands separators only in threes, so 1,2 (a list) is not read as twelve.
const ARABIC = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;

function tokenizeNumeral(text: string): NumeralToken[] | undefined {
  const tokens: NumeralToken[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char >= '0' && char <= '9') {
      ARABIC.lastIndex = i;
      const match = ARABIC.exec(text);
      if (!match) return undefined;
      i += match[0].length;
      if (/[\d.,]/.test(text.charAt(i))) return undefined;
      tokens.push({ kind: 'arabic', value: Number(match[0].replaceAll(',', '')) });
      continue;
    }
    if (KANJI_DIGIT[char] !== undefined) {
      let value = 0;
      let digits = 0;
      let digit: number | undefined = KANJI_DIGIT[char];
      while (digit !== undefined) {
        value = value * 10 + digit;
        digits++;
        digit = KANJI_DIGIT[text.charAt(++i)];
      }
      tokens.push({ kind: 'kanji', value, digits });
      continue;
    }
    const small = SMALL_UNIT[char];
    const big = BIG_UNIT[char];
    if (small !== undefined) tokens.push({ kind: 'small', value: small });
    else if (big !== undefined) tokens.push({ kind: 'big', value: big });
    else return undefined;
    i++;
  }
  return tokens;
}

// One group below 10,000: 八千七百五十, 5千, 2,500, 二〇一八, 三十. Returns the value and the
// index of the first token after it.
function parseGroup(tokens: readonly NumeralToken[], from: number): [number, number] | undefined {
  let value = 0;
  let lastSmall = Number.POSITIVE_INFINITY;
  let i = from;
  while (i < tokens.length) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (token?.kind === 'arabic' || token?.kind === 'kanji') {
      if (next?.kind === 'small') {
        // The figure before 千/百/十 is a single digit: 5千, 三百, not 15千 or 二〇百.
        const single = token.kind === 'kanji' ? token.digits === 1 : token.value < 10;
        if (!single || token.value === 0 || next.value >= lastSmall) return undefined;
        value += token.value * next.value;
        lastSmall = next.value;
        i += 2;
        continue;
      }
      if (token.value >= lastSmall) return undefined;
      return [value + token.value, i + 1];
    }
    if (token?.kind === 'small') {
      if (token.value >= lastSmall) return undefined;
      value += token.value;
      lastSmall = token.value;
      i++;
      continue;
    }
    break;
  }
  return i === from ? undefined : [value, i];
}

/** The value of a numeral in Arabic or kanji digits, with 十百千 and 万億兆 (1億2千万 → 120000000). */
export function parseJapaneseNumber(text: string): number | undefined {
  // Text set in kanji writes a decimal point as 中黒, digit by digit: 四一・七三 = 41.73, 二・五 = 2.5.
  const decimal = KANJI_DECIMAL.exec(text.trim());
  if (decimal !== null) {
    const [whole, fraction] = [decimal[1] ?? '', decimal[2] ?? ''].map((digits) =>
      [...digits].map((char) => KANJI_DIGIT[char] ?? 0).join(''),
    );
    return tidy(Number(`${whole}.${fraction}`));
  }
  // …its whole part also with 十百千 (十七・九 = 17.9, 二十三・五 = 23.5).
  const counted = /^([〇零一二三四五六七八九十百千]+)・([〇零一二三四五六七八九]+)$/u.exec(text.trim());
  if (counted !== null) {
    const whole = parseJapaneseNumber(counted[1] ?? '');
    const fraction = [...(counted[2] ?? '')].map((char) => KANJI_DIGIT[char] ?? 0).join('');
    return whole === undefined ? undefined : tidy(Number(`${whole}.${fraction}`));
  }
  const tokens = tokenizeNumeral(fold(text).trim());
  if (tokens === undefined || tokens.length === 0) return undefined;
  let total = 0;
  let lastBig = Number.POSITIVE_INFINITY;
  let i = 0;
  while (i < tokens.length) {
    const group = parseGroup(tokens, i);
    if (group === undefined) return undefined;
    const [value, next] = group;
    const big = tokens[next];
    if (big === undefined) {
      if (value >= lastBig) return undefined;
      total += value;
      break;
    }
    // 万 before 億, or 万 twice, is not a numeral: units only descend.
    if (big.kind !== 'big' || big.value >= lastBig || value === 0) return undefined;
    total += value * big.value;
    lastBig = big.value;
    i = next + 1;
  }
  return tidy(total);
}

/**
 * A numeral in kanji written in figures as horizontal Japanese news writes them, the big units kept
 * (六億八千万 → 6億8000万, 千八百五十 → 1850, 四一・七三 → 41.73, 二〇三〇 → 2030). Undefined when
 * `text` is not a whole kanji numeral (Arabic digits, a lone 十 or 万, a non-numeral character).
 */
export function numeralInFigures(text: string): string | undefined {
  if (!/^[〇零一二三四五六七八九十百千万億兆・]+$/u.test(text) || !/[〇零一二三四五六七八九]/u.test(text))
    return undefined;
  const value = parseJapaneseNumber(text);
  if (value === undefined) return undefined;
  if (!Number.isInteger(value)) return value < 1e4 ? String(value) : undefined;
  // A digit string (二〇三〇) reads as its digits; a leading 〇 would be lost in figures.
  if (/^[〇零一二三四五六七八九]+$/u.test(text)) return text.startsWith('〇') ? undefined : String(value);
  return japaneseNumber(value);
}

/** A value in figures as Japanese news writes it, the big units kept: 8600000000 → 86億, 98000000 → 9800万, 214000 → 21万4000, 1.8 → 1.8. */
export function japaneseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 10000) return String(value);
  let rest = value;
  let out = '';
  for (const [size, name] of [
    [1e12, '兆'],
    [1e8, '億'],
    [1e4, '万'],
  ] as const) {
    const part = Math.floor(rest / size);
    if (part > 0) out += `${part}${name}`;
    rest -= part * size;
  }
  return rest > 0 ? `${out}${rest}` : out;
}

interface Effect {
  approx?: true;
  bound?: 'min' | 'max';
}
const APPROX: Effect = { approx: true };
const MIN: Effect = { bound: 'min' };
const MAX: Effect = { bound: 'max' };

const HAN = /\p{Script=Han}/u;
const isHan = (char: string) => char !== '' && HAN.test(char);

const JA_PREFIX: ReadonlyArray<readonly [string, Effect]> = [
  ['少なくとも', MIN],
  ['最低でも', MIN],
  ['最大で', MAX],
  ['最高で', MAX],
  ['おおよそ', APPROX],
  ['おおむね', APPROX],
  ['およそ', APPROX],
  ['最低', MIN],
  ['最大', MAX],
  ['最高', MAX],
  ['概ね', APPROX],
  ['ほぼ', APPROX],
  ['推定', APPROX],
  ['ざっと', APPROX],
  ['約', APPROX],
];
// 約 ends many words (契約, 予約, 条約): 契約3件 is three exact contracts.
const NOT_BEFORE_YAKU = new Set([...'契予節規条公集要制誓解成協確売盟特婚違黙密簡倹締']);
// 過去最高1兆円 is a record, not an upper bound.
const NOT_BEFORE_EXTREME = /(?:過去|史上|歴代)$/u;

const EN_PREFIX: Readonly<Record<string, Effect>> = {
  about: APPROX,
  around: APPROX,
  approximately: APPROX,
  'approx.': APPROX,
  roughly: APPROX,
  nearly: APPROX,
  almost: APPROX,
  some: APPROX,
  'an estimated': APPROX,
  estimated: APPROX,
  'more than': MIN,
  over: MIN,
  'at least': MIN,
  'upwards of': MIN,
  'in excess of': MIN,
  above: MIN,
  'up to': MAX,
  'less than': MAX,
  'fewer than': MAX,
  under: MAX,
  below: MAX,
  'at most': MAX,
  'no more than': MAX,
  'not more than': MAX,
};
const EN_PREFIX_PATTERN = new RegExp(
  `(?:^|[^A-Za-z])(${Object.keys(EN_PREFIX)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace('.', '\\.').replaceAll(' ', '\\s+'))
    .join('|')})\\s+$`,
  'i',
);

interface Prefix {
  start: number;
  approx: boolean;
  bound?: 'min' | 'max';
  currency?: string;
}

// Qualifiers and a currency sign written before the number: 最大で約5000人, about $5 million.
function readPrefix(s: string, at: number): Prefix {
  const prefix: Prefix = { start: at, approx: false };
  let p = at;
  if (s.charAt(p - 1) === '$') {
    prefix.currency = 'ドル';
    p -= s.slice(p - 3, p - 1) === 'US' ? 3 : 1;
  } else if (s.charAt(p - 1) === '¥' || s.charAt(p - 1) === '￥') {
    prefix.currency = '円';
    p--;
  }
  const apply = (effect: Effect) => {
    if (effect.approx) prefix.approx = true;
    if (effect.bound && !prefix.bound) prefix.bound = effect.bound;
  };
  for (let round = 0; round < 3; round++) {
    const japanese = JA_PREFIX.find(([word]) => {
      if (p < word.length || !s.startsWith(word, p - word.length)) return false;
      const before = s.slice(Math.max(0, p - word.length - 2), p - word.length);
      if (word === '約') return !NOT_BEFORE_YAKU.has(before.slice(-1));
      if (word.startsWith('最')) return !NOT_BEFORE_EXTREME.test(before);
      return true;
    });
    if (japanese) {
      apply(japanese[1]);
      p -= japanese[0].length;
      continue;
    }
    const english = EN_PREFIX_PATTERN.exec(s.slice(Math.max(0, p - 30), p));
    const phrase = english?.[1];
    if (english && phrase !== undefined) {
      const effect = EN_PREFIX[phrase.toLowerCase().replace(/\s+/gu, ' ')];
      if (effect) apply(effect);
      p -= english[0].length - english[0].indexOf(phrase);
      continue;
    }
    break;
  }
  prefix.start = p;
  return prefix;
}

const JA_POSTFIX: ReadonlyArray<readonly [string, Effect]> = (
  [
    ['を上回る', MIN],
    ['を上回り', MIN],
    ['を超える', MIN],
    ['を超え', MIN],
    ['を超す', MIN],
    ['を下回る', MAX],
    ['を下回り', MAX],
    ['足らず', MAX],
    ['以上', MIN],
    ['以下', MAX],
    ['未満', MAX],
    ['以内', MAX],
    ['余り', MIN],
    ['あまり', MIN],
    ['超え', MIN],
    ['近く', APPROX],
    ['程度', APPROX],
    ['前後', APPROX],
    ['ぐらい', APPROX],
    ['くらい', APPROX],
    ['ほど', APPROX],
    ['ごろ', APPROX],
    ['頃', APPROX],
    ['まで', MAX],
    ['超', MIN],
    ['余', MIN],
    ['強', MIN],
    ['弱', MAX],
  ] as const
).toSorted((a, b) => b[0].length - a[0].length);

// Qualifiers after the unit: 1万人以上, 100人程度, 3 or more.
function readPostfix(s: string, at: number): { end: number } & Effect {
  for (const [word, effect] of JA_POSTFIX) {
    if (!s.startsWith(word, at)) continue;
    // A one-character qualifier must end there: 3人強盗 is a robbery, 100件超過 an excess.
    if (word.length === 1 && isHan(s.charAt(at + 1))) continue;
    return { end: at + word.length, ...effect };
  }
  const english = /^\s+or\s+(?:(more|above|over|greater)|less|fewer|below|under)(?![A-Za-z])/i.exec(
    s.slice(at, at + 20),
  );
  if (english) return { end: at + english[0].length, bound: english[1] ? 'min' : 'max' };
  return { end: at };
}

// Counters of everyday goods, by the shape they count: containers and packs (3袋, 120缶, 40箱, 2瓶,
// 4万パック), pairs, garments and furniture (3足, 2着, 8脚), small pieces and doses (4粒, 2錠, 3切れ),
// bundles and rolls (5束, 3巻, 10玉), food portions and fish (5丁, 3膳, 6皿, 3尾), parcels of land
// (2筆, 3区画), and counts of shots, stays, trips and stitches (3000発, 2泊, 6往復, 10針). Each is its
// own unit: 3袋 is no 3箱. With a lone kanji digit they make words and names (一筆, 一足先, 七尾, 三瓶),
// so there a figure, a longer numeral or 約 must come with them.
const GOODS_COUNTER_WORDS = [
  '袋',
  '缶',
  '箱',
  '瓶',
  '樽',
  '俵',
  '鉢',
  '包',
  'パック',
  'ケース',
  'ダース',
  'セット',
  '足',
  '着',
  '脚',
  '粒',
  '錠',
  '切れ',
  '束',
  '巻',
  '玉',
  '丁',
  '膳',
  '皿',
  '尾',
  '筆',
  '区画',
  '発',
  '泊',
  '往復',
  '針',
] as const;
const GOODS_COUNTERS: ReadonlySet<string> = new Set(GOODS_COUNTER_WORDS);

const COUNTERS: Readonly<Record<string, string>> = {
  人: '人',
  名: '人',
  円: '円',
  米ドル: 'ドル',
  ドル: 'ドル',
  ユーロ: 'ユーロ',
  ウォン: 'ウォン',
  ポンド: 'ポンド',
  人民元: '元',
  パーセント: '%',
  '%': '%',
  ポイント: 'ポイント',
  倍: '倍',
  平方キロメートル: 'km2',
  平方キロ: 'km2',
  平方メートル: 'm2',
  立方メートル: 'm3',
  キロメートル: 'km',
  キログラム: 'kg',
  キロワット: 'kW',
  // A kilolitre is no kilometre (約3キロリットル): the longer counter is matched first.
  キロリットル: 'kL',
  ミリリットル: 'mL',
  キロ: 'km',
  メガワット: 'MW',
  センチメートル: 'cm',
  センチ: 'cm',
  ミリメートル: 'mm',
  ミリ: 'mm',
  メートル: 'm',
  ヘクタール: 'ha',
  トン: 't',
  グラム: 'g',
  リットル: 'L',
  件: '件',
  台: '台',
  戸: '戸',
  校: '校',
  本: '本',
  室: '室',
  床: '床',
  歳: '歳',
  回: '回',
  社: '社',
  店舗: '店舗',
  店: '店',
  棟: '棟',
  軒: '軒',
  世帯: '世帯',
  団体: '団体',
  組: '組',
  施設: '施設',
  自治体: '自治体',
  市町村: '市町村',
  都道府県: '都道府県',
  県: '県',
  隻: '隻',
  機: '機',
  基: '基',
  両: '両',
  便: '便',
  頭: '頭',
  匹: '匹',
  羽: '羽',
  個: '個',
  枚: '枚',
  冊: '冊',
  部: '部',
  点: '点',
  票: '票',
  議席: '議席',
  席: '席',
  株: '株',
  階: '階',
  度: '度',
  // Terms of office and business periods (三期ぶり, 2期目 is an ordinal).
  期: '期',
  代: '代',
  位: '位',
  杯: '杯',
  勝: '勝',
  敗: '敗',
  例: '例',
  種類: '種類',
  品目: '品目',
  路線: '路線',
  地点: '地点',
  分野: '分野',
  銘柄: '銘柄',
  通り: '通り',
  つ: 'つ',
  か所: 'か所',
  カ所: 'か所',
  ヶ所: 'か所',
  ケ所: 'か所',
  ヵ所: 'か所',
  箇所: 'か所',
  か国: 'か国',
  カ国: 'か国',
  ヶ国: 'か国',
  ケ国: 'か国',
  ヵ国: 'か国',
  // The counters of everyday goods and what is done with them (GOODS_COUNTERS below).
  ...Object.fromEntries(GOODS_COUNTER_WORDS.map((word) => [word, word])),
};
const COUNTER_PATTERN = new RegExp(
  `^(?:${Object.keys(COUNTERS)
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
  'u',
);
// The smaller unit that may follow a length or weight, and its size in the larger one; 半 may
// follow it too.
const SMALLER_UNIT: Readonly<Record<string, readonly [string, number]>> = {
  m: ['cm', 0.01],
  km: ['m', 0.001],
  kg: ['g', 0.001],
};
// Counters that a lone kanji digit may take. The others make words and place names with it:
// 六本木, 三軒茶屋, 八戸, 関東一円.
const SAFE_FOR_ONE_KANJI = new Set(['人', '件', '回', '歳', '倍', '社', '台', '校', 'つ', 'か所', 'か国']);

const LATIN_UNITS: Readonly<Record<string, string>> = {
  km2: 'km2',
  'km²': 'km2',
  '㎢': 'km2',
  '㎞': 'km',
  km: 'km',
  ha: 'ha',
  kg: 'kg',
  cm: 'cm',
  mm: 'mm',
  m2: 'm2',
  'm²': 'm2',
  '㎡': 'm2',
  kW: 'kW',
  MW: 'MW',
  m: 'm',
  t: 't',
  '%': '%',
};
const LATIN_UNIT_PATTERN = new RegExp(
  `^ ?(${Object.keys(LATIN_UNITS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![A-Za-z0-9])`,
  'u',
);

// English units; other counted nouns (patients, homes) leave the number bare.
const EN_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  'square kilometers': ['km2', 1],
  'square kilometres': ['km2', 1],
  'square km': ['km2', 1],
  'sq km': ['km2', 1],
  kilometers: ['km', 1],
  kilometres: ['km', 1],
  kilometer: ['km', 1],
  kilometre: ['km', 1],
  hectares: ['ha', 1],
  hectare: ['ha', 1],
  yen: ['円', 1],
  dollars: ['ドル', 1],
  dollar: ['ドル', 1],
  'percentage points': ['ポイント', 1],
  percent: ['%', 1],
  'per cent': ['%', 1],
  people: ['人', 1],
  persons: ['人', 1],
  // Pairs (40 couples booked, 組), as Japanese news counts them; "a couple of" has no figure before it.
  couples: ['組', 1],
  // Temperatures and angles (climbed to 52 degrees Celsius: 52度); a Fahrenheit figure is no 度.
  'degrees celsius': ['度', 1],
  'degrees centigrade': ['度', 1],
  'degrees fahrenheit': ['°F', 1],
  degrees: ['度', 1],
  degree: ['度', 1],
  'metric tons': ['t', 1],
  tonnes: ['t', 1],
  tons: ['t', 1],
  tonne: ['t', 1],
  ton: ['t', 1],
  'square metres': ['m2', 1],
  'square meters': ['m2', 1],
  'cubic metres': ['m3', 1],
  'cubic meters': ['m3', 1],
  metres: ['m', 1],
  meters: ['m', 1],
  metre: ['m', 1],
  meter: ['m', 1],
  centimetres: ['cm', 1],
  centimeters: ['cm', 1],
  centimetre: ['cm', 1],
  centimeter: ['cm', 1],
  millimetres: ['mm', 1],
  millimeters: ['mm', 1],
  millimetre: ['mm', 1],
  millimeter: ['mm', 1],
  kilograms: ['kg', 1],
  kilogram: ['kg', 1],
  grams: ['g', 1],
  gram: ['g', 1],
  kilolitres: ['kL', 1],
  kiloliters: ['kL', 1],
  kilolitre: ['kL', 1],
  kiloliter: ['kL', 1],
  litres: ['L', 1],
  liters: ['L', 1],
  litre: ['L', 1],
  liter: ['L', 1],
  kilowatts: ['kW', 1],
  megawatts: ['MW', 1],
  minutes: ['分', 1],
  hours: ['分', 60],
  'years old': ['歳', 1],
  years: ['年', 1],
  weeks: ['週', 1],
  days: ['日', 1],
  months: ['か月', 1],
  times: ['倍', 1],
};
// "N times" is a multiple (倍) before what it is compared with (five times the usual number, 1.5
// times as many, three times higher) and a count of occasions (回) before a frequency or a span
// (three times a week, twice this year, three times since May); with neither, a fraction is a
// multiple (sales grew 2.5 times) and a whole number a count (the alarm rang three times).
const MULTIPLE_AFTER =
  /^\s+(?:the|as|that|those|its|their|his|her|what|more|less|fewer|[a-z]+er(?![a-z])|over\s+the)(?![A-Za-z])/i;
const OCCASIONS_AFTER =
  /^\s+(?:a|an|per|each|every|this|last|next|in|since|so\s+far|during|between|on|at|before|after)(?![A-Za-z])/i;

/** 倍 or 回 for an English "N times", by what follows it (`after`, the text after "times"). */
function timesUnit(value: number, after: string): '倍' | '回' {
  if (MULTIPLE_AFTER.test(after)) return '倍';
  if (OCCASIONS_AFTER.test(after)) return '回';
  return Number.isInteger(value) ? '回' : '倍';
}

const EN_UNIT_PATTERN = new RegExp(
  `^\\s+(${Object.keys(EN_UNITS)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replaceAll(' ', '\\s+'))
    .join('|')})(?![A-Za-z])`,
  'i',
);
const EN_SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const MONTHS =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const MONTH_BEFORE = new RegExp(`(?:^|[^A-Za-z])${MONTHS}\\.?\\s+$`);
const MONTH_AFTER = new RegExp(`^\\s+(?:of\\s+)?${MONTHS}(?![a-z])`);

// After a number + 年/日, these make it a length of time rather than a date: 2年ぶり, 3日連続, 10年前.
const DURATION_AFTER =
  /^(?:間|ぶり|振り|遅れ|延期|前倒し|先送り|延長|連続|以上|以下|未満|以内|超|余り|あまり|余|近く|足らず|越し|がかり|程度|ほど|弱|強|前(?!半|期)|後(?!半|期))/u;
const DURATION_AFTER_DAY =
  /^(?:間|ぶり|振り|連続|以上|以内|未満|足らず|余り|近く|前(?![半後期])|後(?![半期]))/u;
// A number + 年 that passes (45年が経過した, 55年がたつ, 3年をかけて, 10年を経て) is a length of time:
// a year is when something happens, never what passes.
const YEARS_PASS = /^(?:が|も|を|は)?(?:経過|経っ|経つ|経ち|経て|たっ|たつ|たち|過ぎ|かけ|かか|要し)/u;
// The demonstratives and adverbs that make the years a stretch up to now (この20年で, ここ数年, 過去10年).
const SINCE_NOW_BEFORE = /(?:この|ここ|過去|直近)$/u;
// A number + 年 as the predicate (期間は50年だ, 任期は4年。) is a length of time: a year so written
// would carry its era or its four digits (令和8年だ, 2026年だ).
const PREDICATE_AFTER = /^(?:だ|です|である|。|$)/u;
const ERA_BEFORE = /(?:明治|大正|昭和|平成|令和)$/u;
const DATE_AFTER_YEAR = /^年(?:度|代|生|目|制|次|産|式|号|頭|末|始|初|内|中|来|明け|半ば)/u;
// 3分割, 2分析: 分 starting a word is not minutes (10分間, 約80分短縮 are).
const NOT_MINUTES =
  /^分(?:割|析|散|類|担|配|布|離|裂|解|譲|娩|校|館|室|会|子|母|量|際|別|身|岐|断|家|業|権|冊)/u;
// 十分 is "sufficient" unless it is plainly ten minutes.
const TEN_MINUTES_AFTER = /^十分(?:間|後|前|以内|以上|ほど|程度|おき|ごと|遅れ|早)/u;

// Kanji numerals that begin words, idioms and place names; the counter after them is no count.
const KANJI_WORDS = [
  '一部',
  '一方',
  '一切',
  '一緒',
  '一度',
  '二度',
  '一般',
  '一体',
  '一層',
  '一段',
  '一気',
  '一番',
  '一連',
  '一環',
  '一見',
  '一定',
  '一致',
  '一律',
  '一斉',
  '一帯',
  '一同',
  '一家',
  '一人ひとり',
  '一人一人',
  '一人暮らし',
  '一人っ子',
  '一人勝ち',
  '一人称',
  '一人前',
  '一人親',
  '三人称',
  '二人三脚',
  '一本化',
  '一戸建',
  '一円',
  '一回り',
  '一件落着',
  '一票の格差',
  '千歳',
  '千代',
  '百度',
  '十勝',
  '十両',
  '百名山',
  '千羽鶴',
  '百人一首',
  '八百長',
  '八百屋',
];

const NUMERAL_AT =
  /[0-9〇零一二三四五六七八九十百千](?:[0-9〇零一二三四五六七八九十百千万億兆]|[.,](?=[0-9]))*/y;

// The longest numeral starting exactly at `at`: the 52 of 1時間52分, the 1 of 3分の1.
function numeralAt(s: string, at: number): { value: number; end: number } | undefined {
  NUMERAL_AT.lastIndex = at;
  const run = NUMERAL_AT.exec(s)?.[0];
  if (run === undefined) return undefined;
  for (let length = run.length; length > 0; length--) {
    const value = parseJapaneseNumber(run.slice(0, length));
    if (value !== undefined) return { value, end: at + length };
  }
  return undefined;
}

interface UnitContext {
  value: number;
  vague: boolean;
  /** 約 before it: 約3日 can only be three days, not the 3rd. */
  qualified: boolean;
  /** A four-digit 1000–2999 (2018, 二〇一八): with 年 it is a calendar year. */
  calendarYear: boolean;
  /** この, ここ, 過去, 直近 before it: この20年で is a stretch of time up to now, not a year. */
  sinceNow?: boolean;
}

interface UnitFound {
  kind: 'unit';
  unit: string;
  value: number;
  end: number;
  /** What the unit multiplied the number by (60 for 時間), for a range's first number. */
  factor: number;
  /** A time, fraction or common counter, which a lone kanji digit may take. */
  strong: boolean;
  fraction?: true;
}
type UnitRead = UnitFound | { kind: 'date'; end: number } | { kind: 'none' };

const unitRead = (unit: string, value: number, end: number, factor: number, strong: boolean): UnitFound => ({
  kind: 'unit',
  unit,
  value: tidy(value),
  end,
  factor,
  strong,
});

// Seconds after minutes (1分30秒), in minutes.
function readSeconds(s: string, at: number): { minutes: number; end: number } {
  const seconds = numeralAt(s, at);
  if (seconds && s.charAt(seconds.end) === '秒') return { minutes: seconds.value / 60, end: seconds.end + 1 };
  return { minutes: 0, end: at };
}

// What follows the number: a unit, a date or time (so not a quantity), or nothing.
function readUnit(s: string, at: number, context: UnitContext): UnitRead {
  const rest = s.slice(at, at + 16);
  const { value } = context;
  if (rest.startsWith('分の')) {
    // 3分の1 is a third: 分 here is not minutes.
    const numerator = numeralAt(s, at + 2);
    if (numerator && value !== 0)
      return { ...unitRead('', numerator.value / value, numerator.end, 1, true), fraction: true };
  }
  if (rest.startsWith('割')) {
    const tenths = /^割([0-9〇一二三四五六七八九])分(?:([0-9〇一二三四五六七八九])厘)?/u.exec(rest);
    if (!tenths) return unitRead('割', value, at + 1, 1, true);
    const fen = KANJI_DIGIT[tenths[1] ?? ''] ?? Number(tenths[1]);
    const li = tenths[2] === undefined ? 0 : (KANJI_DIGIT[tenths[2]] ?? Number(tenths[2]));
    return unitRead('割', value + fen / 10 + li / 100, at + tenths[0].length, 1, true);
  }
  // 台風10号, 3号機, 2番線, 3丁目, 9条: names and addresses, not counts.
  if (/^(?:号|番|丁目|条|項)/u.test(rest)) return { kind: 'none' };
  const counter = COUNTER_PATTERN.exec(rest)?.[0];
  if (counter !== undefined) {
    const after = s.slice(at + counter.length, at + counter.length + 4);
    // 3人目, 2回目 are ordinals; 1人当たり, 10万人あたり are the denominator of a rate.
    if (/^(?:目|当たり|あたり|につき|平均|ごと)/u.test(after)) return { kind: 'none' };
    const unitFirst = COUNTERS[counter] ?? counter;
    // A length or weight with its smaller unit after it (1メートル30センチ, 2キロ500メートル) is one
    // figure in the larger unit, as 1時間20分 is in minutes.
    const smaller = SMALLER_UNIT[unitFirst];
    // 1メートル半, 3キロ半: and a half, as 1時間半 is (半ば, 半径 begin words).
    const halfAt = at + counter.length;
    if (smaller && s.charAt(halfAt) === '半' && !/^[ば\p{Script=Han}]/u.test(s.charAt(halfAt + 1)))
      return unitRead(unitFirst, value + 0.5, halfAt + 1, 1, true);
    const part = smaller && numeralAt(s, at + counter.length);
    if (smaller && part) {
      const partUnit = COUNTER_PATTERN.exec(s.slice(part.end, part.end + 8))?.[0];
      if (partUnit !== undefined && (COUNTERS[partUnit] ?? partUnit) === smaller[0])
        return unitRead(unitFirst, value + part.value * smaller[1], part.end + partUnit.length, 1, true);
    }
    // A count of one with another figure straight after it is that rate's denominator written
    // without あたり (1枚50円, 1組約50万円, 一泊二百円): the price of one, not a count of one.
    if (value === 1 && /^(?:約|およそ|平均)?[0-9０-９一二三四五六七八九十百千]/u.test(after))
      return { kind: 'none' };
    const unit = unitFirst;
    // 600台分, 3人分: "worth of" the same count.
    const worth = after.startsWith('分') ? 1 : 0;
    // Other counters take a lone kanji digit when no kanji follows them (このうち五戸では), which
    // place names do not allow (八戸市, 三軒茶屋).
    // A qualifier after the counter (五ポイント余り, 三台超) ends the word as well.
    const nextAt = at + counter.length + worth;
    // A unit spelt in katakana (四メートル下, 三キロ先) makes no word or place name with the digit
    // before it, whatever follows.
    // A train's cars before 編成 (六両編成, "a six-car train") make no word with the digit either.
    const safe =
      SAFE_FOR_ONE_KANJI.has(unit) ||
      (counter === '両' && s.startsWith('編成', nextAt)) ||
      /^\p{Script=Katakana}/u.test(counter) ||
      !/\p{Script=Han}/u.test(s.charAt(nextAt)) ||
      readPostfix(s, nextAt).end > nextAt;
    return unitRead(unit, value, at + counter.length + worth, 1, safe);
  }
  if (rest.startsWith('時間')) {
    if (rest.charAt(2) === '目') return { kind: 'none' };
    let minutes = value * 60;
    let end = at + 2;
    if (s.charAt(end) === '半') {
      minutes += 30;
      end++;
    } else {
      const more = numeralAt(s, end);
      if (more && s.charAt(more.end) === '分') {
        const seconds = readSeconds(s, more.end + 1);
        minutes += more.value + seconds.minutes;
        end = seconds.end;
      }
    }
    return unitRead('分', minutes, end, 60, true);
  }
  if (rest.startsWith('時')) {
    // A clock time: skip its minutes and 半 too, so 3時15分 does not leave a 15-minute duration.
    let end = at + 1;
    if (s.charAt(end) === '半') end++;
    else {
      const minutes = numeralAt(s, end);
      if (minutes && s.charAt(minutes.end) === '分') end = readSeconds(s, minutes.end + 1).end;
    }
    return { kind: 'date', end };
  }
  if (rest.startsWith('分')) {
    if (NOT_MINUTES.test(rest)) return unitRead('', value, at, 1, false);
    const end = at + (rest.charAt(1) === '間' ? 2 : 1);
    const seconds = readSeconds(s, end);
    return unitRead('分', value + seconds.minutes, seconds.end, 1, true);
  }
  if (rest.startsWith('秒')) {
    // A race time: 9秒58 is 9.58 seconds.
    const hundredths = /^秒(\d{2})(?!\d)/u.exec(rest)?.[1];
    if (hundredths !== undefined) return unitRead('秒', value + Number(hundredths) / 100, at + 3, 1, true);
    return unitRead('秒', value, at + (rest.charAt(1) === '間' ? 2 : 1), 1, true);
  }
  const months = /^[かカヶケヵ箇]月(間)?(半)?/u.exec(rest);
  if (months) return unitRead('か月', value + (months[2] ? 0.5 : 0), at + months[0].length, 1, true);
  if (rest.startsWith('年')) {
    if (DATE_AFTER_YEAR.test(rest) || (context.calendarYear && !context.qualified)) {
      return { kind: 'date', end: at + 1 };
    }
    // 1年半 and 1年3か月 are counted in months, so they compare with 18か月.
    const half = /^年半/u.exec(rest);
    if (half) return unitRead('か月', value * 12 + 6, at + 2, 12, true);
    const extra = numeralAt(s, at + 1);
    const extraMonths = extra && /^[かカヶケヵ箇]月(?:間)?/u.exec(s.slice(extra.end, extra.end + 3));
    if (extra && extraMonths) {
      return unitRead('か月', value * 12 + extra.value, extra.end + extraMonths[0].length, 12, true);
    }
    if (
      context.vague ||
      context.qualified ||
      context.sinceNow ||
      YEARS_PASS.test(rest.slice(1)) ||
      DURATION_AFTER.test(rest.slice(1)) ||
      PREDICATE_AFTER.test(rest.slice(1))
    ) {
      return unitRead('年', value, at + (rest.startsWith('年間') ? 2 : 1), 1, true);
    }
    return { kind: 'date', end: at + 1 };
  }
  if (rest.startsWith('日')) {
    if (rest.startsWith('日間') || rest.startsWith('日分')) return unitRead('日', value, at + 2, 1, true);
    if (context.vague || context.qualified || DURATION_AFTER_DAY.test(rest.slice(1))) {
      return unitRead('日', value, at + 1, 1, true);
    }
    return { kind: 'date', end: at + 1 };
  }
  if (rest.startsWith('週')) {
    if (rest.startsWith('週間')) return unitRead('週', value, at + 2, 1, true);
    if (/^週(?:連続|ぶり|以上|以内|前|後)/u.test(rest)) return unitRead('週', value, at + 1, 1, true);
    return { kind: 'none' };
  }
  if (rest.startsWith('月')) return { kind: 'date', end: at + 1 };
  const latin = LATIN_UNIT_PATTERN.exec(rest);
  if (latin?.[1] !== undefined)
    return unitRead(LATIN_UNITS[latin[1]] ?? latin[1], value, at + latin[0].length, 1, false);
  const clock = /^\s?(?:a\.m\.|p\.m\.|am|pm|o'clock)(?![A-Za-z])/i.exec(rest);
  if (clock) return { kind: 'date', end: at + clock[0].length };
  const monthAfter = MONTH_AFTER.exec(s.slice(at, at + 20));
  if (monthAfter) return { kind: 'date', end: at + monthAfter[0].length };
  const english = EN_UNIT_PATTERN.exec(s.slice(at, at + 30));
  if (english?.[1] !== undefined) {
    const [listed, factor] = EN_UNITS[english[1].toLowerCase().replace(/\s+/gu, ' ')] ?? ['', 1];
    const end = at + english[0].length;
    const unit = listed === '倍' ? timesUnit(value, s.slice(end, end + 20)) : listed;
    return unitRead(unit, value * factor, end, factor, true);
  }
  // 5G, 3D, 5th: a number run into Latin letters is a name or an ordinal.
  if (/^[A-Za-z]/.test(rest)) return { kind: 'none' };
  return unitRead('', value, at, 1, false);
}

// A run of numeral characters. 数 is in it for 数十万 and 十数件; '.' and ',' only between digits.
const CORE =
  /[0-9〇零一二三四五六七八九十百千数](?:[0-9〇零一二三四五六七八九十百千万億兆数]|[.,](?=[0-9])|(?<=[〇零一二三四五六七八九])・(?=[〇零一二三四五六七八九]))*/gu;
const NUMERAL_CHAR = /[0-9.,〇零一二三四五六七八九十百千万億兆]/u;
// 数 in the lower place of a scale: 数十 (10), 十数 (10), 百数十 (110), 数億 (1e8).
const VAGUE = /^([〇一二三四五六七八九]?[十百千])?数([十百千])?([万億兆])?/u;
// Forms that are dates, clock times or phone numbers whatever follows them.
const DATE_LIKE =
  /^(?:\d{4}[-/]\d{1,2}(?:[-/]\d{1,2})?|\d{4}\.\d{1,2}\.\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}:\d{2}(?::\d{2})?|\d{2,4}-\d{2,4}-\d{3,4})(?![\d])/;
// Words after a bare four-digit year in English: "in 2018 the", "2018 and 2019".
const AFTER_YEAR = new Set(
  'and or to in on at when while after before the a an for with from as until but was were is had has'.split(
    ' ',
  ),
);
const RANGE_SEPARATOR = /^\s*(?:〜|~|-|‐|−|–|から|to)\s*$/u;

function readCore(run: string): { length: number; value: number; vague: boolean } | undefined {
  const vague = VAGUE.exec(run);
  if (vague) {
    const head = vague[1] === undefined ? 0 : (parseJapaneseNumber(vague[1]) ?? 0);
    const small = vague[2] === undefined ? 0 : (SMALL_UNIT[vague[2]] ?? 0);
    const big = vague[3] === undefined ? 1 : (BIG_UNIT[vague[3]] ?? 1);
    return { length: vague[0].length, value: (head + small || 1) * big, vague: true };
  }
  const cut = run.indexOf('数');
  const numeric = cut < 0 ? run : run.slice(0, cut);
  for (let length = numeric.length; length > 0; length--) {
    const value = parseJapaneseNumber(numeric.slice(0, length));
    if (value !== undefined) return { length, value, vague: false };
  }
  return undefined;
}

interface Found extends Quantity {
  /** The number before its unit, and what a range's first number takes from this one. */
  coreValue: number;
  scale: number;
  factor: number;
  hasScale: boolean;
  bare: boolean;
  inheritable: boolean;
}
type Entry = { kind: 'quantity'; found: Found } | { kind: 'date'; start: number; end: number };

/**
 * True when `rounded`, a figure the writer rounded (約3万1千票, about 60 people), is `exact`
 * (3万1245票, 62 people) rounded to the last place it writes: within half a unit of that place
 * and 5% of the value. The place is read from the value (3万1千 → the thousands), so 約3万2千票
 * is not 3万1245票.
 */
export function roundsTo(rounded: Quantity, exact: Quantity): boolean {
  if (!rounded.approx || rounded.vague || exact.vague || rounded.bound !== undefined) return false;
  if (rounded.unit !== exact.unit || rounded.value <= 0 || !Number.isInteger(rounded.value)) return false;
  let place = 1;
  while (rounded.value % (place * 10) === 0) place *= 10;
  // A single significant figure (約20億円, 約60人) says less about its place: 5% of it at most.
  return Math.abs(exact.value - rounded.value) <= Math.min(place / 2, rounded.value * 0.05);
}

/**
 * True when `bound`, a round figure with a bound (37度を超え, 1万人以上; 50キロ未満), is how a writer
 * restates `exact` (37.4度, 1万2千人; 48キロ): the exact figure meets the bound and lies within one
 * unit of the bound's last written place beyond it, and within 5% of the bound (37度を超え: above 37
 * and below 38; 10分以内: above 9.5). A bound far from the figure (10度を超え for 37.4度, 10分以内 for
 * 5分) is no restatement of it, and a figure the source itself rounds (約1万2千人) is left to roundsTo.
 */
export function boundsTo(bound: Quantity, exact: Quantity): boolean {
  if (bound.bound === undefined || bound.approx || bound.vague) return false;
  if (exact.bound !== undefined || exact.approx || exact.vague) return false;
  if (bound.unit !== exact.unit || bound.value <= 0 || !Number.isInteger(bound.value)) return false;
  let place = 1;
  while (bound.value % (place * 10) === 0) place *= 10;
  // A single significant figure (10分以内, 1万人を超え) says less about its place: 5% of it at most, as roundsTo.
  const reach = Math.min(place, bound.value * 0.05);
  return bound.bound === 'min'
    ? exact.value > bound.value && exact.value < bound.value + reach
    : exact.value < bound.value && exact.value > bound.value - reach;
}

// Units of one dimension at different scales, each with its size in the first of its group
// (a length in metres, a weight in kilograms, a volume in litres, a power in kilowatts, a length
// of time in days).
const SCALES: Readonly<Record<string, readonly [string, number]>> = {
  mm: ['m', 0.001],
  cm: ['m', 0.01],
  m: ['m', 1],
  km: ['m', 1000],
  g: ['kg', 0.001],
  kg: ['kg', 1],
  t: ['kg', 1000],
  mL: ['L', 0.001],
  L: ['L', 1],
  kL: ['L', 1000],
  kW: ['kW', 1],
  MW: ['kW', 1000],
  // A length of time in days: a month is a twelfth of a year, no whole number of days or weeks.
  日: ['日', 1],
  週: ['日', 7],
  か月: ['日', 365.25 / 12],
  年: ['日', 365.25],
};
// The calendar's lengths (a month, a year), which a count of days or weeks meets only roughly.
const CALENDAR_UNITS = new Set(['か月', '年']);

/** True when the unit has other scales of its dimension (m and km, g and kg, 週 and か月): see inUnit. */
export function isScaledUnit(unit: string): boolean {
  return SCALES[unit] !== undefined;
}

/**
 * The quantity restated in another unit of its dimension (約九百メートル in km: 0.9 km; 1.2トン in
 * kg: 1200 kg), as one measure written at another scale; the quantity itself where the two units
 * are the same or of different dimensions (a count, a length against a weight).
 */
export function inUnit(quantity: Quantity, unit: string): Quantity {
  const from = SCALES[quantity.unit];
  const to = SCALES[unit];
  if (from === undefined || to === undefined || from[0] !== to[0] || quantity.unit === unit) return quantity;
  // Rounded to the digits a figure is written with, so 0.9 km and 900 m are one value.
  let value = Number(((quantity.value * from[1]) / to[1]).toPrecision(12));
  // Days or weeks against months or years meet only roughly (4週間 is about 1か月, 30日 is 1か月):
  // a length within a tenth of a whole of the other unit — or of a half, in months or years
  // (6週間: 1か月半) — is that figure; 3週間 stays 0.69か月, another length than 1か月.
  if (CALENDAR_UNITS.has(quantity.unit) !== CALENDAR_UNITS.has(unit)) {
    const step = CALENDAR_UNITS.has(unit) ? 0.5 : 1;
    const nearest = Math.round(value / step) * step;
    if (nearest > 0 && Math.abs(value - nearest) <= 0.1 * nearest) value = nearest;
  }
  return { ...quantity, unit, value };
}

/** Every quantity in a Japanese or English text, in order; dates and clock times are left out. */
export function findQuantities(text: string): Quantity[] {
  const s = fold(text);
  const records: Entry[] = [];
  const core = new RegExp(CORE.source, CORE.flags);
  for (let match = core.exec(s); match; match = core.exec(s)) {
    const at = match.index;
    const next = readQuantity(s, at, match[0]);
    if (next.record) records.push(next.record);
    core.lastIndex = next.resume;
  }
  joinRanges(s, records);
  const quantities = records.flatMap((record) => (record.kind === 'quantity' ? [record.found] : []));
  markBaselines(s, quantities);
  // English number words are only looked for where the text has a Latin letter: every one of their
  // patterns needs one (Japanese sentences, most of a build's, have none).
  const english = ENGLISH_LETTER.test(s);
  return [
    ...quantities,
    ...findNativeCounts(s),
    ...(english ? findEnglishVague(s) : []),
    ...(english ? findEnglishWords(s) : []),
    ...(english ? findEnglishAgeDecades(s) : []),
  ]
    .sort((a, b) => a.start - b.start)
    .map((found) => {
      const quantity: Quantity = {
        start: found.start,
        end: found.end,
        text: text.slice(found.start, found.end),
        value: found.value,
        unit: isAgeInTsu(s, found) ? '歳' : found.unit,
        approx: found.approx,
      };
      if (found.bound) quantity.bound = found.bound;
      if (found.vague) quantity.vague = true;
      if (found.baseline) quantity.baseline = true;
      return quantity;
    });
}

// A letter the English number words' patterns can match: ASCII, and the two characters that fold to
// one under their case-insensitive Unicode flags (ſ to s, the Kelvin sign to k).
const ENGLISH_LETTER = /[A-Za-z\u017f\u212a]/u;

// The native counting words spelt in kana, one to nine (ひとつ … ここのつ): 一つ … 九つ. とお (ten) is
// left out: it begins other words (とおり, とおい). Only a particle may join one to other kana: any
// other kana before or after makes it part of a longer word (やっつける), and め, 目 after it an
// ordinal. いつつ after a kanji is a verb's stem and つつ (思いつつ), not five.
const NATIVE_COUNTS = [
  'ひとつ',
  'ふたつ',
  'みっつ',
  'よっつ',
  'いつつ',
  'むっつ',
  'ななつ',
  'やっつ',
  'ここのつ',
];
const PARTICLE = '[のをがはもとにでやかず]';
const NATIVE_COUNT = new RegExp(
  `(?:(?<!\\p{Script=Hiragana})|(?<=${PARTICLE}))(${NATIVE_COUNTS.join('|')})(?=${PARTICLE}|[^\\p{Script=Hiragana}目]|$)`,
  'gu',
);

function findNativeCounts(s: string): Found[] {
  const counts = [...s.matchAll(NATIVE_COUNT)].filter(
    (match) => !(match[1] === 'いつつ' && isHan(s.charAt(match.index - 1))),
  );
  return counts.map((match) => {
    const value = NATIVE_COUNTS.indexOf(match[1] ?? '') + 1;
    const text = match[1] ?? '';
    return exactCount(match.index, text, value, 'つ');
  });
}

/** An exact count with its unit, written as it stands at `start` (no scale, bound or approximation). */
function exactCount(start: number, text: string, value: number, unit: string): Found {
  return {
    start,
    end: start + text.length,
    text,
    value,
    unit,
    approx: false,
    coreValue: value,
    scale: 1,
    factor: 1,
    hasScale: false,
    bare: false,
    inheritable: false,
  };
}

// つ counts things, never people (people take 人): a つ-count right before a child or kin (六つの息子,
// みっつの女の子) is the child's age, as a native-count age up to ten is written.
const TSU_AGE_AFTER =
  /^の(?:息子|娘|孫|男の子|女の子|男児|女児|長男|長女|次男|次女|末っ子|子(?:ども|供)?(?![\p{Script=Han}\p{Script=Katakana}]))/u;
function isAgeInTsu(s: string, found: Found): boolean {
  return (
    found.unit === 'つ' &&
    Number.isInteger(found.value) &&
    found.value >= 1 &&
    found.value <= 10 &&
    TSU_AGE_AFTER.test(s.slice(found.end, found.end + 6))
  );
}

function readQuantity(s: string, at: number, run: string): { resume: number; record?: Entry } {
  const previous = s.charAt(at - 1);
  // Inside a longer numeral (the 一 of 万一, the 2 of 1,2) or after 第 (an ordinal).
  if (NUMERAL_CHAR.test(previous) || previous === '第') return { resume: at + run.length };
  // The 数 that ends a word (定数十六, 件数二十): the numeral starts after it, not 数十.
  if (run.startsWith('数') && run.length > 1 && isHan(previous)) return { resume: at + 1 };
  const core = readCore(run);
  if (core === undefined) return { resume: at + run.length };
  const coreEnd = at + core.length;
  const coreText = s.slice(at, coreEnd);
  const arabic = /[0-9]/.test(coreText);
  const skip = { resume: core.vague ? at + 1 : coreEnd };
  const before = s.slice(Math.max(0, at - 24), at);
  // G7, A320, COVID-19, No.1, #3: part of a name.
  if (arabic && (/[A-Za-z#][-.]?$/.test(before) || /\bNo\.\s?$/i.test(before))) return skip;
  if (arabic) {
    const dateLike = DATE_LIKE.exec(s.slice(at, at + 20));
    const dateEnd = at + (dateLike?.[0].length ?? 0);
    if (dateLike) return { resume: dateEnd, record: { kind: 'date', start: at, end: dateEnd } };
    if (MONTH_BEFORE.test(before))
      return { resume: coreEnd, record: { kind: 'date', start: at, end: coreEnd } };
  }
  const prefix = readPrefix(s, at);
  const qualified = prefix.approx || prefix.bound !== undefined;
  let value = core.value;
  let pos = coreEnd;
  let englishScale = 1;
  const scaleWord = arabic
    ? /^ ?(thousand|million|billion|trillion)(?![A-Za-z])/i.exec(s.slice(pos, pos + 12))
    : null;
  if (scaleWord?.[1] !== undefined) {
    englishScale = EN_SCALE[scaleWord[1].toLowerCase()] ?? 1;
    value *= englishScale;
    pos += scaleWord[0].length;
  }
  const kanjiOnly = !arabic && !core.vague;
  if (kanjiOnly) {
    if (KANJI_WORDS.some((word) => s.startsWith(word, at))) return skip;
    if (
      s.startsWith('十分', at) &&
      coreText === '十' &&
      !qualified &&
      !TEN_MINUTES_AFTER.test(s.slice(at, at + 6))
    ) {
      return skip;
    }
  }
  const calendarYear =
    ((/^\d{4}$/.test(coreText) || /^[〇零一二三四五六七八九]{4}$/u.test(coreText)) &&
      value >= 1000 &&
      value < 3000) ||
    ERA_BEFORE.test(before);
  const sinceNow = SINCE_NOW_BEFORE.test(before);
  const read = readUnit(s, pos, { value, vague: core.vague, qualified, calendarYear, sinceNow });
  if (read.kind === 'date') return { resume: read.end, record: { kind: 'date', start: at, end: read.end } };
  if (read.kind === 'none') return skip;
  const hasBig = /[万億兆]/u.test(coreText);
  if (kanjiOnly) {
    // A kanji numeral counts only with a unit, a 万/億, or 約 before it:
    // otherwise 一 is in 統一, 七五三, 二〇一八.
    if (core.value === 0) return skip;
    const lone = coreText.length === 1;
    const loneDigit = lone && KANJI_DIGIT[coreText] !== undefined;
    if (!qualified) {
      // 週三回, 年二回: a frequency per week, month or year, not a word (三重, 統一).
      const frequency = /^[週月年日]$/u.test(previous) && (read.unit === '回' || read.unit === '度');
      // A counter spelt with kana (か所, カ国) makes no word with the digit before it: 市内十か所 counts.
      // A unit spelt in katakana does neither (地下八メートル, 風速十メートル).
      const kanaCounter = /^[かカヵヶケ]|^\p{Script=Katakana}/u.test(s.slice(pos, read.end));
      // So does a counter of vehicles, buildings, machines, animals or flat things with no kanji after it
      // (貨車七両で, 建屋四棟が, 偽札九枚が): a noun then digit then such counter is a count, not a word.
      const countsThings = read.strong && /^(?:両|棟|隻|機|基|頭|枚)$/u.test(read.unit);
      // So does a digit after 計 ("in total": 計九回) and a count of two or more people after the
      // noun that names them (従業員五人, 教員二人): 一 is the one kept out (同一人物, 唯一人).
      const afterTotal = previous === '計' && read.strong;
      const countsPeople =
        read.strong && /^(?:人|名)$/u.test(read.unit) && core.value >= 2 && !isHan(s.charAt(read.end));
      // A つ-count of two or more with no kanji after it (市内五つの, 全部で三つ): つ spelt in kana makes
      // no word with the digit and the kanji before it, as か所 does not — but for the idiom 瓜二つ
      // ("alike as two melons") and the words a kanji after it makes (五つ星, 三つ巴).
      const countsInTsu =
        read.unit === 'つ' && core.value >= 2 && previous !== '瓜' && !isHan(s.charAt(read.end));
      if (
        lone &&
        isHan(previous) &&
        !frequency &&
        !kanaCounter &&
        !countsThings &&
        !afterTotal &&
        !countsPeople &&
        !countsInTsu
      )
        return skip;
      if (loneDigit && !read.strong) return skip;
      if (lone && GOODS_COUNTERS.has(read.unit)) return skip;
      if (read.unit === '' && !read.fraction && !hasBig && !standsAsNumber(s, at, coreText, read.end))
        return skip;
    }
  }
  // A lone 数 needs a counter and no word before it: 数人 is a count, 複数人 and 人数 are words.
  if (core.vague && coreText === '数' && (read.unit === '' || (!qualified && isHan(previous)))) return skip;
  const unit = read.unit === '' && prefix.currency !== undefined ? prefix.currency : read.unit;
  const bare = unit === '' && !read.fraction && !core.vague && englishScale === 1;
  if (bare && arabic && calendarYear && !qualified) {
    // A bare four-digit 1900–2099 in running text is a year ("in 2018", "2018."), unless a
    // counted noun follows ("2000 patients").
    const word = /^ ([a-z]+)/.exec(s.slice(read.end, read.end + 20))?.[1];
    if (value >= 1900 && value < 2100 && (word === undefined || AFTER_YEAR.has(word))) {
      return { resume: read.end, record: { kind: 'date', start: at, end: read.end } };
    }
  }
  const postfix = readPostfix(s, read.end);
  const bound = prefix.bound ?? postfix.bound;
  const bigChar = coreText.at(-1) ?? '';
  const found: Found = {
    start: prefix.start,
    end: postfix.end,
    text: s.slice(prefix.start, postfix.end),
    value: read.value,
    unit,
    approx: prefix.approx || postfix.approx === true,
    coreValue: core.value,
    scale: (BIG_UNIT[bigChar] ?? 1) * englishScale,
    factor: read.factor,
    hasScale: hasBig || englishScale !== 1,
    bare,
    inheritable: !read.fraction && !core.vague && unit !== '',
  };
  if (bound) found.bound = bound;
  if (core.vague) found.vague = true;
  return { resume: Math.max(postfix.end, coreEnd), record: { kind: 'quantity', found } };
}

/**
 * A kanji numeral without a counter that still stands as a number (定数二十八, 得票は三百十二で):
 * built with 十/百/千 (not a run of digits such as 七五三) and no kanji or katakana right after
 * it, which would make it part of a word or name (五十嵐, 八百屋, 十二支, 三十路).
 */
function standsAsNumber(s: string, at: number, coreText: string, end: number): boolean {
  // A person's age in parentheses after the noun, as vertical newspapers write it: 男性（八一）.
  if (
    /^[〇一二三四五六七八九]{1,3}$/u.test(coreText) &&
    s.charAt(at - 1) === '(' &&
    s.charAt(end) === ')' &&
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s.charAt(at - 2))
  )
    return true;
  if (coreText.length < 2 || !/[十百千]/u.test(coreText)) return false;
  if (!/^[〇零一二三四五六七八九十百千]+$/u.test(coreText)) return false;
  if (s.startsWith(coreText, at) && KANJI_WORDS.some((word) => word.startsWith(coreText))) return false;
  return !/[\p{Script=Han}\p{Script=Katakana}々ー]/u.test(s.charAt(end));
}

// X を N 上回った, X から N 減った, X より N 多い: X is what the change N is measured from.
const BEFORE_DIFFERENCE = /^\s*(?:を|から|より|と比べ(?:て|ると)?、?)\s*$/u;
const CHANGE_AFTER =
  /^\s*(?:上回|下回|増|減|多|少な|高|低|伸び|落ち|上昇|低下|改善|悪化|上が|下が|拡大|縮小|up|down|more|less|higher|lower)/u;

/** Marks the quantities a following difference is measured from (see Quantity.baseline). */
function markBaselines(s: string, quantities: Found[]): void {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const base = quantities[i] as Found;
    const change = quantities[i + 1] as Found;
    if (!BEFORE_DIFFERENCE.test(s.slice(base.end, change.start))) continue;
    if (CHANGE_AFTER.test(s.slice(change.end, change.end + 6))) base.baseline = true;
  }
}

// 3〜5人, 1〜2万人, 2〜3時間, "3 to 5 people": the first number takes the unit (and 万, million)
// of the second. Before a date (2020〜22年, 3〜5日) it is part of the date and dropped.
function joinRanges(s: string, records: Entry[]): void {
  for (let i = records.length - 2; i >= 0; i--) {
    const record = records[i];
    const following = records[i + 1];
    if (record?.kind !== 'quantity' || !record.found.bare || following === undefined) continue;
    const first = record.found;
    const second = following.kind === 'quantity' ? following.found : following;
    if (!RANGE_SEPARATOR.test(s.slice(first.end, second.start))) continue;
    if (following.kind === 'date') {
      records.splice(i, 1);
      continue;
    }
    const last = following.found;
    if (!last.inheritable) continue;
    first.unit = last.unit;
    first.value = tidy(first.coreValue * (first.hasScale ? 1 : last.scale) * last.factor);
    first.bare = false;
  }
}

const EN_VAGUE =
  /(?<![A-Za-z])(?:(several)(?:\s+((?:hundred|thousand|million|billion)(?:\s+(?:thousand|million|billion))?))?|(tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|hundreds|thousands|millions|billions)(?:\s+of)?)(?![A-Za-z])/gi;
const EN_VAGUE_SCALE: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  dozens: 10,
  hundreds: 100,
  thousands: 1e3,
  'tens of thousands': 1e4,
  'hundreds of thousands': 1e5,
  millions: 1e6,
  billions: 1e9,
};

// Small numbers written as words (two years ago, three people, five times the usual number) and
// decades (more than a decade):
// wire copy spells out numbers under ten.
const EN_NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  a: 1,
  an: 1,
};
// Wire copy spells out a number that opens a sentence (Forty-seven passengers were…): the teens and
// the tens, with a unit after a hyphen.
const EN_TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_COMPOUND = `${EN_TEENS.join('|')}|(?:${EN_TENS.join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;

/** The value of a number word (seven, fifteen, forty-seven), or undefined. */
function englishNumberWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  const teen = EN_TEENS.indexOf(lower);
  if (teen >= 0) return 13 + teen;
  const [tens, ones] = lower.split('-');
  const ten = EN_TENS.indexOf(tens ?? '');
  if (ten >= 0) return (ten + 2) * 10 + (ones === undefined ? 0 : (EN_NUMBER_WORDS[ones] ?? 0));
  return EN_NUMBER_WORDS[lower];
}
const EN_WORD_QUANTITY = new RegExp(
  `(?<![A-Za-z])(?:(more than|over|at least|nearly|about|almost|under|less than)\\s+)?(${EN_COMPOUND}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)\\s+(decades?|years?|months?|weeks?|days?|hours?|people|persons|percent|times)(?![A-Za-z])`,
  'gi',
);

function findEnglishWords(s: string): Found[] {
  const found: Found[] = [];
  for (const match of s.matchAll(EN_WORD_QUANTITY)) {
    const word = (match[2] ?? '').toLowerCase();
    const unitWord = (match[3] ?? '').toLowerCase();
    // "a" and "an" count only for whole units of time (a decade, a year), not "a percent".
    if ((word === 'a' || word === 'an') && !/^(?:decade|year|month|week|day|hour)$/u.test(unitWord)) continue;
    const count = englishNumberWord(word) ?? 1;
    const isDecade = unitWord.startsWith('decade');
    const key = isDecade
      ? 'years'
      : unitWord.endsWith('s') || unitWord === 'people'
        ? unitWord
        : `${unitWord}s`;
    const [listed, factor] = EN_UNITS[key] ?? ['', 1];
    const value = count * (isDecade ? 10 : 1) * factor;
    const after = s.slice(match.index + match[0].length, match.index + match[0].length + 20);
    const unit = listed === '倍' ? timesUnit(value, after) : listed;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      value,
      unit,
      ...qualified(match[1] ?? ''),
      coreValue: count,
      scale: 1,
      factor,
      hasScale: false,
      bare: false,
      inheritable: false,
    });
  }
  // once, twice, thrice before a frequency (twice a day, once a month): a count of occasions, 回.
  for (const match of s.matchAll(EN_OCCASIONS)) {
    const value = EN_OCCASION_WORDS[(match[1] ?? '').toLowerCase()] ?? 1;
    found.push(exactCount(match.index, match[1] ?? '', value, '回'));
  }
  // A fraction in words (two-thirds, three quarters, a third of): a share, as 3分の2 is.
  for (const match of s.matchAll(EN_FRACTION)) {
    const numerator = englishNumberWord(match[2] ?? '') ?? 1;
    const denominator = EN_DENOMINATORS[(match[3] ?? '').toLowerCase().replace(/s$/u, '')];
    if (denominator === undefined || numerator >= denominator) continue;
    // "a third" is a share only as "a third of" (not a third time, a fifth term).
    const article = /^an?$/iu.test(match[2] ?? '');
    if (article && !/^\s+of(?![A-Za-z])/u.test(s.slice(match.index + match[0].length))) continue;
    const value = numerator / denominator;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      value,
      unit: '',
      ...qualified(match[1] ?? ''),
      coreValue: value,
      scale: 1,
      factor: 1,
      hasScale: false,
      bare: false,
      inheritable: false,
    });
  }
  // A number word with a scale after it (two hundred people, three million yen, a dozen times, two
  // dozen homes), read as "300 people" and "3 million yen" are, with the unit that follows.
  for (const match of s.matchAll(EN_SCALED)) {
    const count = englishNumberWord(match[2] ?? '') ?? 1;
    let value = count;
    for (const scale of (match[3] ?? '').toLowerCase().split(/\s+/u)) value *= EN_WORD_SCALE[scale] ?? 1;
    const end = match.index + match[0].length;
    const english = EN_UNIT_PATTERN.exec(s.slice(end, end + 30));
    const [listed, factor] =
      english?.[1] === undefined
        ? ['', 1]
        : (EN_UNITS[english[1].toLowerCase().replace(/\s+/gu, ' ')] ?? ['', 1]);
    const stop = english?.[1] === undefined ? end : end + english[0].length;
    const total = tidy(value * factor);
    const unit = listed === '倍' ? timesUnit(total, s.slice(stop, stop + 20)) : listed;
    found.push({
      start: match.index,
      end: stop,
      text: s.slice(match.index, stop),
      value: total,
      unit,
      ...qualified(match[1] ?? ''),
      coreValue: value,
      scale: 1,
      factor,
      hasScale: true,
      bare: unit === '',
      inheritable: false,
    });
  }
  const taken = (at: number) => found.some((f) => f.start <= at && at < f.end);
  // The part of a whole counted beside it (four of her five greenhouses, two of the 12 rooms): the
  // part, a bare number, as 5棟のうち4棟 writes it. Without the whole (one of them, three of its
  // lines) the group counted is elsewhere, and the number is left unread.
  for (const match of s.matchAll(EN_PART_OF)) {
    if (taken(match.index)) continue;
    const value = englishNumberWord(match[1] ?? '');
    const whole = englishNumberWord(match[2] ?? '') ?? Number((match[2] ?? '').replace(/,/gu, ''));
    if (value === undefined || !Number.isFinite(whole) || value >= whole) continue;
    found.push(bareWord(match.index, match[1] ?? '', value));
  }
  // The article of a thing counted beside others (two houses and a shed, a mirror and two swords):
  // one, as 住宅2棟と倉庫1棟 writes it. Alone (a fire broke out) the article counts nothing.
  for (const match of s.matchAll(EN_ARTICLE_LISTED)) {
    const at = match.index + (match[1] ?? '').length;
    const article = match[2] ?? match[3] ?? '';
    if (taken(at)) continue;
    found.push(bareWord(at, article, 1));
  }
  // "One" opening a sentence before a noun (One girl broke her arm, One man was arrested): a count of
  // one, as "Two girls" is read below; "One of…" (a part) and "one" inside a sentence (no one, one
  // another, the one who) are left.
  for (const match of s.matchAll(EN_ONE_OPENING)) {
    const at = match.index + (match[1] ?? '').length;
    if (taken(at)) continue;
    found.push(bareWord(at, 'One', 1));
  }
  // A number word or an ordinal before any other counted noun (four routes, three domestic
  // companies, the second stage), or joined to it by a hyphen as a compound adjective (a two-day
  // festival, a fifth-century tomb), as "58 routes" and "a 52-year-old man" are: a bare number.
  // "one" and "first" are left out (one of them, for the first time).
  for (const match of s.matchAll(EN_WORD_COUNT)) {
    if (taken(match.index)) continue;
    const word = (match[1] ?? '').toLowerCase();
    const value = englishNumberWord(word) ?? EN_ORDINALS[word];
    if (value === undefined) continue;
    found.push(bareWord(match.index, match[1] ?? word, value));
  }
  // The part of a group counted just before it in the sentence (injuring seven people, one of them
  // seriously; 12 boats, two of them capsized): the part, a bare number, as 7人のうち1人 writes it.
  // "them" with no count before it (One of them said…) names a group counted elsewhere: left unread.
  for (const match of s.matchAll(EN_PART_OF_THEM)) {
    if (taken(match.index)) continue;
    const value = englishNumberWord(match[1] ?? '');
    const start = sentenceStartBefore(s, match.index);
    const whole = found
      .filter((f) => f.start >= start && f.end <= match.index)
      .sort((x, y) => x.start - y.start)
      .at(-1)?.value;
    if (value === undefined || whole === undefined || value >= whole) continue;
    found.push(bareWord(match.index, match[1] ?? '', value));
  }
  return found;
}

/** A count written as a word (three, a), with no unit of its own. */
function bareWord(start: number, text: string, value: number): Found {
  return {
    start,
    end: start + text.length,
    text,
    value,
    unit: '',
    approx: false,
    coreValue: value,
    scale: 1,
    factor: 1,
    hasScale: false,
    bare: true,
    inheritable: false,
  };
}

const EN_DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2,
  halve: 2,
  third: 3,
  quarter: 4,
  fourth: 4,
  fifth: 5,
  tenth: 10,
};
const EN_SMALL_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const EN_FRACTION = new RegExp(
  `(?<![A-Za-z-])(?:(more than|over|at least|nearly|about|almost|roughly|under|less than)\\s+)?(${EN_SMALL_WORDS}|an?)[-\\s](thirds?|quarters?|fourths?|fifths?|tenths?)(?![A-Za-z])`,
  'giu',
);
const EN_PART_OF = new RegExp(
  `(?<![A-Za-z-])(${EN_COMPOUND}|${EN_SMALL_WORDS})\\s+of\\s+(?:the|its|their|his|her|my|your|our|those|these)\\s+(${EN_COMPOUND}|${EN_SMALL_WORDS}|\\d[\\d,]*)\\s+[A-Za-z]`,
  'giu',
);
const EN_PART_OF_THEM = new RegExp(
  `(?<![A-Za-z-])(${EN_COMPOUND}|${EN_SMALL_WORDS})\\s+of\\s+them(?![A-Za-z])`,
  'giu',
);
// "One" at the start of the text or after a sentence's end, then a word that is no particle or pronoun.
const EN_ONE_OPENING =
  /(^|[.!?]["”’]?\s+)One\s+(?!(?:of|or|and|to|in|on|at|by|from|with|another|day|time|way|thing)(?![A-Za-z]))(?=[a-z])/gu;

/** Where the sentence holding `at` begins: after the last sentence end before it (or 0). */
function sentenceStartBefore(s: string, at: number): number {
  const ends = [...s.slice(0, at).matchAll(/[.!?]["”’]?\s+/gu)];
  const last = ends.at(-1);
  return last === undefined ? 0 : last.index + last[0].length;
}
// a/an beside a number word or figure joined by and: "two houses and a shed", "a mirror and two swords".
const EN_NOUN_RUN = '[A-Za-z-]+(?:\\s+[A-Za-z-]+)?';
const EN_ARTICLE_LISTED = new RegExp(
  `(?<![A-Za-z])(?:((?:${EN_COMPOUND}|${EN_SMALL_WORDS}|\\d[\\d,]*)\\s+${EN_NOUN_RUN}\\s+and\\s+)(an?)(?=\\s+[A-Za-z])|(an?)(?=\\s+${EN_NOUN_RUN}\\s+and\\s+(?:${EN_COMPOUND}|${EN_SMALL_WORDS}|\\d[\\d,]*)\\s+[A-Za-z]))`,
  'giu',
);

const EN_WORD_SCALE: Readonly<Record<string, number>> = {
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};
const EN_SCALED = new RegExp(
  `(?<![A-Za-z-])(?:(more than|over|at least|nearly|about|almost|roughly|under|less than)\\s+)?(${EN_COMPOUND}|${EN_SMALL_WORDS}|an?)\\s+((?:dozen|hundred|thousand|million|billion)(?:\\s+(?:thousand|million|billion))?)(?![A-Za-z])`,
  'giu',
);

// An age told by its decade after a possessive (a man in his 70s, a woman in her early thirties,
// residents in their 80s): the 70代 of a Japanese page. Only after his, her or their: "the 1990s" and
// "in the 70s" are decades of the calendar.
const EN_DECADE_WORDS = EN_TENS.map((word) => word.replace(/y$/u, 'ies')).join('|');
const EN_AGE_DECADE = new RegExp(
  `(?<![A-Za-z])in\\s+(?:his|her|their)\\s+(?:(?:early|mid|late)[\\s-]+)?(([1-9]0)['’]?s|${EN_DECADE_WORDS})(?![A-Za-z])`,
  'giu',
);

/** The age decades of an English text ("in his 70s"), each as its Japanese N0代. */
function findEnglishAgeDecades(s: string): Found[] {
  const found: Found[] = [];
  for (const match of s.matchAll(EN_AGE_DECADE)) {
    const text = match[1] ?? '';
    const value =
      match[2] === undefined
        ? (englishNumberWord(text.toLowerCase().replace(/ies$/u, 'y')) ?? 0)
        : Number(match[2]);
    if (value === 0) continue;
    const end = match.index + match[0].length;
    found.push(exactCount(end - text.length, text, value, '代'));
  }
  return found;
}

const EN_OCCASION_WORDS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };
const EN_OCCASIONS =
  /(?<![A-Za-z])(once|twice|thrice)(?=\s+(?:a|an|per|each|every)\s+(?:day|week|month|year)\b)/giu;

const EN_ORDINALS: Readonly<Record<string, number>> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const EN_WORD_COUNT = new RegExp(
  `(?<![A-Za-z-])(${EN_COMPOUND}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\\s+(?!(?:of|or|and|to|in|on|at|by|from|with)(?![A-Za-z]))|-(?!(?:one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z])))[A-Za-z]`,
  'gi',
);

// "several hundred people", "thousands of" — the English 数百人, 数千.
function findEnglishVague(s: string): Found[] {
  const found: Found[] = [];
  for (const match of s.matchAll(EN_VAGUE)) {
    const scaleWord = (match[2] ?? match[3] ?? '').toLowerCase().replace(/\s+/gu, ' ');
    // several hundred thousand: the scales multiply, as in 数十万.
    const value =
      EN_VAGUE_SCALE[scaleWord] ??
      scaleWord.split(' ').reduce((product, word) => product * (EN_VAGUE_SCALE[word] ?? 1), 1);
    const end = match.index + match[0].length;
    const english = EN_UNIT_PATTERN.exec(s.slice(end, end + 30));
    const [unit, factor] =
      english?.[1] === undefined
        ? ['', 1]
        : (EN_UNITS[english[1].toLowerCase().replace(/\s+/gu, ' ')] ?? ['', 1]);
    const stop = english?.[1] === undefined ? end : end + english[0].length;
    found.push({
      start: match.index,
      end: stop,
      text: s.slice(match.index, stop),
      value: value * factor,
      unit,
      approx: false,
      vague: true,
      coreValue: value,
      scale: 1,
      factor,
      hasScale: true,
      bare: false,
      inheritable: false,
    });
  }
  return found;
}

/** A count told as a rank in a series: 3回目, 五例目, 2機目 (目 after the counter) or 第3回 (第 before the numeral). */
export interface Ordinal {
  /** UTF-16 offsets into the input; `text` is `input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  value: number;
  /** The counter as written (回, 例, 機, 年, か所 …), one of a pair that counts alike given as the first (度 → 回, 位 → 番). */
  counter: string;
  /** True for 第3回 and for a counter with no 目 after it (3回): the count a source may give the rank as. */
  loose?: true;
}

// A counter is one or two kanji or a kana-spelt place counter; 丁目 is an address, 面目 and 目 after
// a run of kanji that is no numeral are words (真面目, 一目).
const ORDINAL_NUMERAL = '[0-9０-９]+|[〇一二三四五六七八九十百千]+';
const ORDINAL_COUNTER = '(?:か所|カ所|ヶ所|箇所|\\p{Script=Han}{1,2}?)';
const ORDINAL = new RegExp(`(${ORDINAL_NUMERAL})(${ORDINAL_COUNTER})目`, 'gu');
const ORDINAL_OR_COUNT = new RegExp(
  `(第)?(${ORDINAL_NUMERAL})(?:(${ORDINAL_COUNTER})目|(${ORDINAL_COUNTER}))`,
  'gu',
);
const SAME_COUNT: Readonly<Record<string, string>> = {
  度: '回',
  位: '番',
  箇所: 'か所',
  カ所: 'か所',
  ヶ所: 'か所',
};

function ordinalAt(
  text: string,
  at: number,
  numeral: string,
  counter: string,
  whole: string,
): Ordinal | undefined {
  const before = text.charAt(at - 1);
  // A digit run continues a longer figure (1.5, 12) or a kanji numeral a word (統一, 唯一).
  if (/[0-9０-９.．,，]/u.test(before)) return undefined;
  if (/^[〇一二三四五六七八九十百千]/u.test(numeral) && before !== '' && /\p{Script=Han}/u.test(before))
    return undefined;
  if (counter === '丁' || counter === '面' || /^[〇一二三四五六七八九十百千目]/u.test(counter))
    return undefined;
  const value = parseJapaneseNumber(numeral);
  if (value === undefined || !Number.isInteger(value)) return undefined;
  return { start: at, end: at + whole.length, text: whole, value, counter: SAME_COUNT[counter] ?? counter };
}

/** The ordinals a text states with 目 after the counter (3回目, 五例目, ４０回目, 2機目, 5日目). */
export function findOrdinals(text: string): Ordinal[] {
  const out: Ordinal[] = [];
  for (const match of text.matchAll(ORDINAL)) {
    const ordinal = ordinalAt(text, match.index, match[1] ?? '', match[2] ?? '', match[0]);
    if (ordinal !== undefined) out.push(ordinal);
  }
  return out;
}

/**
 * Every rank or count a text gives with a counter, as a source may state a rank: 3回目, 第3回 and the
 * bare count 3回 (loose), for looking up the ordinals a claim states.
 */
export function findRanksAndCounts(text: string): Ordinal[] {
  const out: Ordinal[] = [];
  for (const match of text.matchAll(ORDINAL_OR_COUNT)) {
    const ranked = match[3] !== undefined;
    const ordinal = ordinalAt(
      text,
      match.index + (match[1] ?? '').length,
      match[2] ?? '',
      match[3] ?? match[4] ?? '',
      match[0].slice((match[1] ?? '').length),
    );
    if (ordinal === undefined) continue;
    out.push(!ranked || match[1] !== undefined ? { ...ordinal, loose: true } : ordinal);
  }
  return out;
}

/**
 * What an English qualifier before a figure says of it: about, nearly, almost, roughly → approximate;
 * more than, over, at least → a minimum; under, less than → a maximum.
 */
function qualified(qualifier: string): { approx: boolean; bound?: 'min' | 'max' } {
  const words = qualifier.toLowerCase();
  const bound = /more than|over|at least/u.test(words)
    ? 'min'
    : /under|less than/u.test(words)
      ? 'max'
      : undefined;
  return { approx: /nearly|about|almost|roughly/u.test(words), ...(bound === undefined ? {} : { bound }) };
}
