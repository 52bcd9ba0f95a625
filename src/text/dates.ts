// Numerals (27, ２７, 二十七, 二〇一八) are read by the quantities module's one numeral reader.
import { parseJapaneseNumber } from './quantities.ts';

/** A date expression found in a text, resolved as far as the text and its context allow. */
export interface DateMention {
  /** UTF-16 offsets into the input; `text` is `input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  part?: 'morning' | 'daytime' | 'evening' | 'night';
  period?: 'early' | 'mid' | 'late' | 'spring' | 'summer' | 'autumn' | 'winter' | 'end' | 'fiscal';
  /** 'HH:MM', 24-hour clock. */
  time?: string;
  approx?: true;
  /** True unless the text itself names the year: 10日, 同日, 昨年, 来年度, 3月14日, Thursday. */
  relative: boolean;
  /** 0 = Sunday … 6 = Saturday, when written or resolved from a weekday name. */
  weekday?: number;
}

/** What relative dates are resolved against. */
export interface DateContext {
  /** ISO 8601 publication time; its own YYYY-MM-DD is taken as the reference day. */
  reference?: string;
  /** The last resolved date mentioned before the text, for 同日/同月/翌日. */
  previous?: DateMention;
}

type Part = NonNullable<DateMention['part']>;
type Period = NonNullable<DateMention['period']>;

interface Calendar {
  year: number;
  month: number;
  day: number;
}

/** What a scan knows so far: the reference day and the last year, month and day mentioned. */
interface ScanState {
  reference: Calendar | undefined;
  /**
   * What a bare day (10日) is read against: the reference day, or the date of the page's update note
   * (※6月25日16時更新, 【追記】) when the page carries one — the newest version's day.
   */
  bareReference: Calendar | undefined;
  lastYear: number | undefined;
  /** The last year written out in full (2023年, 二〇二三年) in the document, and in the sentence being scanned. */
  writtenYear: number | undefined;
  writtenYearInSentence: number | undefined;
  lastMonth: { year: number | undefined; month: number } | undefined;
  lastDay: { year: number | undefined; month: number | undefined; day: number } | undefined;
  /**
   * The last day named as the day something happens, not as the bound of a period (5日から): what 同日
   * is, named in the same sentence or one of the two before (`sentence`: the count of sentences scanned).
   */
  pointDay:
    | { year: number | undefined; month: number | undefined; day: number; sentence: number }
    | undefined;
  /** The last such day not after the bare reference: what a 同日 told in the past can be. */
  pastPointDay: { year: number | undefined; month: number | undefined; day: number } | undefined;
  sentence: number;
}

/** A mention being parsed; `yearSet`/`monthSet` say the text fixed that slot (so no guessing). */
interface Draft {
  start: number;
  end: number;
  year: number | undefined;
  month: number | undefined;
  day: number | undefined;
  yearSet: boolean;
  monthSet: boolean;
  namedYear: boolean;
  part: Part | undefined;
  period: Period | undefined;
  time: string | undefined;
  weekday: number | undefined;
  approx: boolean;
}

const newDraft = (start: number): Draft => ({
  start,
  end: start,
  year: undefined,
  month: undefined,
  day: undefined,
  yearSet: false,
  monthSet: false,
  namedYear: false,
  part: undefined,
  period: undefined,
  time: undefined,
  weekday: undefined,
  approx: false,
});

// ---------------------------------------------------------------------------------------------
// Numerals

const KANJI_NUMERAL_CHARS = '〇零一二三四五六七八九十百千';
const NUMERAL = `(?:[0-9０-９]{1,4}|[${KANJI_NUMERAL_CHARS}]{1,8})`;
const NUMERAL_RE = new RegExp(NUMERAL, 'y');
const HAN = /\p{Script=Han}/u;
const HIRAGANA = /\p{Script=Hiragana}/u;

interface NumeralMatch {
  value: number;
  end: number;
  kanji: boolean;
}

/** Characters that make a following number a count, not a date: 第1日, 約3日, 毎10日, 計5日. */
const COUNT_PREFIXES = '第約毎各計延';

/**
 * A numeral starting at `pos` that is not the tail of a longer number or a word. `afterWord`
 * allows a kanji numeral right after a kanji that introduces it (午前一時, 夜十時, 三時三十分).
 */
function numeralAt(text: string, pos: number, afterWord = false): NumeralMatch | undefined {
  NUMERAL_RE.lastIndex = pos;
  const match = NUMERAL_RE.exec(text);
  if (!match) return undefined;
  const kanji = !/[0-9０-９]/.test(match[0]);
  const before = text[pos - 1];
  if (before !== undefined) {
    if (/[0-9０-９.．,，A-Za-zＡ-Ｚａ-ｚ]/.test(before) || KANJI_NUMERAL_CHARS.includes(before))
      return undefined;
    if (COUNT_PREFIXES.includes(before)) return undefined;
    // A kanji numeral glued to another kanji is usually part of a word (唯一日本, 統一, 万一), but
    // 年/月/日 end the previous date field (昨年十月, 十二月二十七日).
    if (kanji && !afterWord && HAN.test(before) && !'年月日'.includes(before)) return undefined;
  }
  const value = parseJapaneseNumber(match[0]);
  if (value === undefined) return undefined;
  return { value, end: pos + match[0].length, kanji };
}

// The first code units of each word list: wordAt runs at every position of every sentence, and
// most positions start none of the words. Kept as numbers (charCodeAt; NaN for an empty word and
// past the end): text[pos] would make a string of a non-Latin-1 character at every position.
const firstUnits = new WeakMap<ReadonlyArray<readonly [string, unknown]>, Set<number>>();

/** The first of `words` that occurs at `pos` (list longer words first). */
function wordAt<T>(text: string, pos: number, words: ReadonlyArray<readonly [string, T]>) {
  let first = firstUnits.get(words);
  if (first === undefined) {
    first = new Set(words.map((entry) => entry[0].charCodeAt(0)));
    firstUnits.set(words, first);
  }
  if (!first.has(text.charCodeAt(pos))) return undefined;
  for (const entry of words) if (text.startsWith(entry[0], pos)) return entry;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic

/** The page's own calendar day from its ISO 8601 publication time, or undefined. */
export function parseReference(reference: string | undefined): Calendar | undefined {
  // The page's own calendar date: publishers write their local offset (+09:00), so no conversion.
  const match = reference === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(reference);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function shiftDays(date: Calendar, days: number): Calendar {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function shiftMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + month - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The number of days in a month (1–12) of a year. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function weekdayOf(date: Calendar): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/**
 * The date of a weekday named without a date. News reports what happened, so a bare weekday is
 * the most recent one on or before the reference day; "last" excludes the day itself, "next"
 * looks forward past it, "ahead" (a bare weekday of what will happen) forward from it.
 */
function resolveWeekday(
  reference: Calendar,
  weekday: number,
  mode: 'recent' | 'last' | 'next' | 'ahead',
): Calendar {
  const today = weekdayOf(reference);
  if (mode === 'next') return shiftDays(reference, (weekday - today + 7) % 7 || 7);
  if (mode === 'ahead') return shiftDays(reference, (weekday - today + 7) % 7);
  const back = (today - weekday + 7) % 7;
  return shiftDays(reference, -(mode === 'last' ? back || 7 : back));
}

function setDate(draft: Draft, date: Calendar | undefined): void {
  draft.year = date?.year;
  draft.month = date?.month;
  draft.day = date?.day;
  draft.yearSet = true;
  draft.monthSet = true;
}

/** The day `offset` days after the last day mentioned, or undefined when that is not a full date. */
function dayAfterLast(state: ScanState, offset: number, after = ''): Calendar | undefined {
  // 同日 ("the same day") is a day things happen on, not the first or last day of a period (旅館は
  // 5日から再開する。県は同日、…: the day before's news, not the 5th).
  const point = state.pointDay;
  const recent =
    (offset === 0 && point !== undefined && state.sentence - point.sentence <= 2 ? point : undefined) ??
    state.lastDay;
  // A 同日 whose sentence ends in the past (…した。) is no day after the page's own (4路線を10月1日に
  // 廃止すると発表した。…市長は同日、コメントを出した: the announcement's day, not the closure's or
  // a bound's); a day its own sentence names before it stays what it is.
  const last =
    offset === 0 &&
    recent !== undefined &&
    point?.sentence !== state.sentence &&
    isAfter(recent, state.bareReference) &&
    /た[。」）)]*\s*$/u.test(after)
      ? (state.pastPointDay ?? recent)
      : recent;
  if (last === undefined) return undefined;
  if (last.year !== undefined && last.month !== undefined) {
    return shiftDays({ year: last.year, month: last.month, day: last.day }, offset);
  }
  return undefined;
}

/** True when a full day lies after the reference day. */
function isAfter(
  date: { year: number | undefined; month: number | undefined; day: number },
  reference: Calendar | undefined,
): boolean {
  if (reference === undefined || date.year === undefined || date.month === undefined) return false;
  return (
    Date.UTC(date.year, date.month - 1, date.day) >
    Date.UTC(reference.year, reference.month - 1, reference.day)
  );
}

// ---------------------------------------------------------------------------------------------
// Japanese

const ERA_BASE: Record<string, number> = { 明治: 1867, 大正: 1911, 昭和: 1925, 平成: 1988, 令和: 2018 };
const ERA_RE = new RegExp(`(明治|大正|昭和|平成|令和)(元|${NUMERAL})年`, 'y');
const YEARS_AGO_RE = new RegExp(`(約)?(${NUMERAL})年前(?![倒後半])`, 'y');

/** Relative years: the offset, and whether it counts from the reference or the last year mentioned. */
const RELATIVE_YEARS: ReadonlyArray<readonly [string, readonly [number, 'reference' | 'previous']]> = [
  ['再来年', [2, 'reference']],
  ['一昨年', [-2, 'reference']],
  ['おととし', [-2, 'reference']],
  ['昨年', [-1, 'reference']],
  ['去年', [-1, 'reference']],
  ['今年', [0, 'reference']],
  ['本年', [0, 'reference']],
  ['来年', [1, 'reference']],
  ['前年', [-1, 'previous']],
  ['翌年', [1, 'previous']],
  ['同年', [0, 'previous']],
];
const RELATIVE_MONTHS: ReadonlyArray<readonly [string, readonly [number, 'reference' | 'previous']]> = [
  ['再来月', [2, 'reference']],
  ['今月', [0, 'reference']],
  ['先月', [-1, 'reference']],
  ['来月', [1, 'reference']],
  ['前月', [-1, 'previous']],
  ['翌月', [1, 'previous']],
  ['同月', [0, 'previous']],
];
/** Relative days, with the part of the day some of them carry (翌朝 = the next morning). */
const RELATIVE_DAYS: ReadonlyArray<readonly [string, readonly [number, 'reference' | 'previous', Part?]]> = [
  ['同日', [0, 'previous']],
  ['前日', [-1, 'previous']],
  ['翌日', [1, 'previous']],
  ['翌々日', [2, 'previous']],
  ['同夜', [0, 'previous', 'night']],
  ['前夜', [-1, 'previous', 'night']],
  ['翌朝', [1, 'previous', 'morning']],
  ['本日', [0, 'reference']],
  ['きょう', [0, 'reference']],
  ['昨日', [-1, 'reference']],
  ['きのう', [-1, 'reference']],
  ['あす', [1, 'reference']],
  ['明日', [1, 'reference']],
  ['一昨日', [-2, 'reference']],
  ['おととい', [-2, 'reference']],
  ['今朝', [0, 'reference', 'morning']],
  ['けさ', [0, 'reference', 'morning']],
  ['今夜', [0, 'reference', 'night']],
  ['今晩', [0, 'reference', 'night']],
  ['昨夜', [-1, 'reference', 'night']],
  ['昨晩', [-1, 'reference', 'night']],
];
/** Seasons after 今/来/昨 (来春 = next spring), with the year offset. */
const SEASON_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['今', 0],
  ['来', 1],
  ['昨', -1],
];
const SEASONS: ReadonlyArray<readonly [string, Period]> = [
  ['春', 'spring'],
  ['夏', 'summer'],
  ['秋', 'autumn'],
  ['冬', 'winter'],
];
/** What may follow a year or a month; null keeps the field without a period (10月中, 12月以降). */
const YEAR_TAILS: ReadonlyArray<readonly [string, Period | null]> = [
  ['春季', 'spring'],
  ['夏季', 'summer'],
  ['秋季', 'autumn'],
  ['冬季', 'winter'],
  ...SEASONS,
  ['末', 'end'],
  ['初め', 'early'],
  ['はじめ', 'early'],
  ['初頭', 'early'],
  ['前半', 'early'],
  ['半ば', 'mid'],
  ['後半', 'late'],
  ['以降', null],
  ['内', null],
  ['中', null],
];
const MONTH_TAILS: ReadonlyArray<readonly [string, Period | null]> = [
  ['上旬', 'early'],
  ['初旬', 'early'],
  ['中旬', 'mid'],
  ['下旬', 'late'],
  ['末', 'end'],
  ['初め', 'early'],
  ['はじめ', 'early'],
  ['前半', 'early'],
  ['半ば', 'mid'],
  ['後半', 'late'],
  ['以降', null],
  ['内', null],
  ['中', null],
];
const PARTS: ReadonlyArray<readonly [string, Part]> = [
  ['夕方', 'evening'],
  ['深夜', 'night'],
  ['未明', 'night'],
  ['早朝', 'morning'],
  ['午前', 'morning'],
  ['午後', 'daytime'],
  ['朝', 'morning'],
  ['昼', 'daytime'],
  ['夕', 'evening'],
  ['夜', 'night'],
  ['晩', 'night'],
];
/** 年末, 年内, 月末 alone: this year or month of the reference (年明け: the coming new year). */
const BARE_WORDS: ReadonlyArray<
  readonly [string, readonly ['year' | 'month' | 'fiscal' | 'next', Period | null]]
> = [
  ['年度内', ['fiscal', 'fiscal']],
  ['年度末', ['fiscal', 'fiscal']],
  ['年明け', ['next', 'early']],
  ['年末', ['year', 'end']],
  ['年内', ['year', null]],
  ['月末', ['month', 'end']],
  ['月内', ['month', null]],
];
const APPROX_RE = /(?:ごろ|頃|ころ|前後|過ぎ|すぎ)/y;
const JA_WEEKDAYS = '日月火水木金土';
const WEEKDAY_PAREN_RE = /[（(]([日月火水木金土])(?:曜日?)?[）)]|の?([日月火水木金土])曜日?/y;
const JA_WEEKDAY_RE = /([日月火水木金土])曜(日)?/y;
/** After a bare day these make it a count or a duration: 3日間, 3日目, 5日後, 2日ぶり, 1日平均, 3日がかり. */
const DAY_COUNT_AFTER =
  /^(?:間|分|目|後|前(?!後)|ぶり|振り|連続|以内|程度|ほど|余り|あまり|足らず|超|遅れ|平均|あたり|当たり|につき|がかり|掛かり)/;
const LEADING_NUMERAL_RE = new RegExp(`^(?:${NUMERAL}|数)`);

/**
 * After 1日 these make it a rate: 1日約6000人, 1日に3回, 1日に約3万人, 1日2便, 1日12時間 (but not 1日15時,
 * a time).
 */
function isOneDayRate(after: string): boolean {
  const rest = after.replace(/^[にで]/, '');
  if (/^(?:約|最大|最高|およそ)/.test(rest)) return true;
  const number = LEADING_NUMERAL_RE.exec(rest);
  // 時 after a number is a clock time, 時間 a duration (1日12時間: twelve hours a day).
  return number !== null && !/^時(?!間)/u.test(rest.slice(number[0].length));
}
/** A day date ending just before の: the 10日の of 10日の1日. */
const DAY_BEFORE = new RegExp(`(?:${NUMERAL})日の$`, 'u');
/** 前年比/前日比 are comparison bases, not dates. */
const COMPARISON_AFTER = /^(?:比|同期|同月)/;

/** A relative word that may stand as a word: not glued into a longer hiragana word (きょうだい). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (
    before !== undefined &&
    HIRAGANA.test(before) &&
    HIRAGANA.test(text[start] ?? '') &&
    !afterParticle(text, start)
  )
    return false;
  const after = text.slice(end);
  if (!HIRAGANA.test(text[end - 1] ?? '')) return true;
  return !HIRAGANA.test(after[0] ?? '') || /^(?:の|は|に|も|まで|から|で|、)/.test(after);
}

/**
 * True when a particle ends the phrase before `start` (村ではきのうから, 町はあす, 県もきょう): a case
 * or binding particle, or the の of a noun phrase (2日目のきょう), after a word in kanji, katakana or
 * digits, or one of the particle pairs では, には,
 * とは, でも, にも, とも — so a hiragana word starting there is a word of its own.
 */
function afterParticle(text: string, start: number): boolean {
  const pair = text.slice(Math.max(0, start - 2), start);
  if (/^(?:では|には|とは|でも|にも|とも)$/u.test(pair)) return true;
  return (
    /^[はがをにでもとへの]$/u.test(pair.slice(-1)) && !HIRAGANA.test(pair.length === 2 ? (pair[0] ?? '') : '')
  );
}

/** A tail word (中, 内) that is not the first character of a longer word (中国, 内閣). */
function tailAt(text: string, pos: number, tails: ReadonlyArray<readonly [string, Period | null]>) {
  const tail = wordAt(text, pos, tails);
  if (tail === undefined) return undefined;
  const next = text[pos + tail[0].length] ?? '';
  if ((tail[0] === '中' || tail[0] === '内') && HAN.test(next)) return undefined;
  return tail;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Moves an hour read after a part of the day onto the 24-hour clock (夜10時 → 22). */
function hourInPart(hour: number, part: Part | undefined): number {
  if (part === 'daytime' || part === 'evening') return hour < 12 ? hour + 12 : hour;
  // 深夜1時 and 未明4時 are small hours; 夜10時 is evening.
  if (part === 'night') return hour >= 5 && hour < 12 ? hour + 12 : hour;
  return hour;
}

/** A clock time at `pos`: 午前一時半, 午後7時半, 15時30分, 3時, 正午. */
function parseJaTime(text: string, pos: number, part: Part | undefined) {
  if (text.startsWith('正午', pos)) return { end: pos + 2, time: '12:00' };
  let at = pos;
  const meridiem = text.startsWith('午前', at) ? 'am' : text.startsWith('午後', at) ? 'pm' : undefined;
  if (meridiem) at += 2;
  const hour = numeralAt(text, at, meridiem !== undefined || part !== undefined);
  if (!hour || text[hour.end] !== '時') return undefined;
  at = hour.end + 1;
  // 3時間 is a duration and 3時限 a class period.
  if (/^[間限]/.test(text.slice(at))) return undefined;
  let minute = 0;
  let hasMinute = false;
  if (text[at] === '半') {
    minute = 30;
    hasMinute = true;
    at += 1;
  } else {
    const minutes = numeralAt(text, at, true);
    if (minutes && text[minutes.end] === '分' && text[minutes.end + 1] !== '間') {
      if (minutes.value > 59) return undefined;
      minute = minutes.value;
      hasMinute = true;
      at = minutes.end + 1;
    }
  }
  let value = hour.value;
  if (meridiem) {
    if (value > 12) return undefined;
    if (meridiem === 'pm' && value < 12) value += 12;
  } else {
    if (value > 24) return undefined;
    // A bare kanji 一時 usually means "for a while" (一時停止); only a minute or ごろ makes it a clock.
    APPROX_RE.lastIndex = at;
    if (hour.kanji && !part && !hasMinute && !APPROX_RE.test(text)) return undefined;
    value = hourInPart(value, part);
  }
  return { end: at, time: `${pad(value)}:${pad(minute)}` };
}

/** Part of the day and/or a time after a date (10日夜, 10日午前3時ごろ, 同日の午後7時半). */
function parseJaDayTail(text: string, draft: Draft): void {
  let at = draft.end;
  WEEKDAY_PAREN_RE.lastIndex = at;
  const paren = WEEKDAY_PAREN_RE.exec(text);
  if (paren) {
    draft.weekday = JA_WEEKDAYS.indexOf(paren[1] ?? paren[2] ?? '');
    at += paren[0].length;
    draft.end = at;
  }
  const attempt = (from: number): boolean => {
    const time = parseJaTime(text, from, undefined);
    if (time) {
      draft.time = time.time;
      draft.end = time.end;
      return true;
    }
    const part = wordAt(text, from, PARTS);
    // 朝鮮 (Korea) after a day is a name, not a morning.
    if (!part || text.startsWith('朝鮮', from)) return false;
    const after = from + part[0].length;
    const partTime = parseJaTime(text, after, part[1]);
    // 午前/午後 are meridiems: with an hour the time says it all.
    if (!partTime || (part[0] !== '午前' && part[0] !== '午後')) draft.part = part[1];
    if (partTime) {
      draft.time = partTime.time;
      draft.end = partTime.end;
    } else draft.end = after;
    return true;
  };
  if (!attempt(at) && text[at] === 'の') attempt(at + 1);
}

function parseApprox(text: string, draft: Draft): void {
  APPROX_RE.lastIndex = draft.end;
  const match = APPROX_RE.exec(text);
  if (match) {
    draft.approx = true;
    draft.end += match[0].length;
  }
}

/** A Japanese date or time starting at `start`, or undefined. */
// After a full year, news shortens the next years to two digits (2023年4月から24年9月まで, 22年度):
// with a month or 度 after it anywhere in the article, or standing alone in the same sentence as the
// full year before a particle of time (から24年に, 24年まで). Durations (24年間, 15年かけて) stay durations.
const SHORT_YEAR_WITH_MONTH = /^年(?:度|[0-9０-９]{1,2}月|[一二三四五六七八九十]{1,3}月)/u;
const SHORT_YEAR_ALONE = /^年(?:に|の|まで|から|、|は|も|以降|末|[〜～~－-])/u;

/** The year a two-digit NN年 stands for after a full year (24年 after 2023年 → 2024), if it is one. */
function twoDigitYear(text: string, pos: number, end: number, state: ScanState): number | undefined {
  if (!/^[0-9０-９]{2}$/u.test(text.slice(pos, end))) return undefined;
  if (/[0-9０-９]/u.test(text[pos - 1] ?? '')) return undefined;
  const after = text.slice(end);
  const full = SHORT_YEAR_WITH_MONTH.test(after)
    ? state.writtenYear
    : SHORT_YEAR_ALONE.test(after)
      ? state.writtenYearInSentence
      : undefined;
  if (full === undefined) return undefined;
  const value = Number(text.slice(pos, end).normalize('NFKC'));
  let year = Math.floor(full / 100) * 100 + value;
  if (year > full + 50) year -= 100;
  else if (year < full - 50) year += 100;
  return year;
}

function parseJapanese(text: string, start: number, state: ScanState): Draft | undefined {
  const draft = newDraft(start);
  const reference = state.reference;
  let pos = start;

  // --- Year ------------------------------------------------------------------------------
  let yearFound = false;
  YEARS_AGO_RE.lastIndex = pos;
  const ago = YEARS_AGO_RE.exec(text);
  const yearsAgo = ago ? parseJapaneseNumber(ago[2] ?? '') : undefined;
  // 約 starts the match itself, so only a bare number needs the boundary check.
  const agoStarts = ago !== null && (ago[1] !== undefined || numeralAt(text, pos) !== undefined);
  if (ago && agoStarts && yearsAgo !== undefined && yearsAgo <= 200) {
    // 3年前: a relative year, approximate because news rounds (3年前 may be 2 years and 8 months).
    draft.year = reference ? reference.year - yearsAgo : undefined;
    draft.yearSet = true;
    draft.approx = true;
    draft.end = pos + ago[0].length;
    return draft;
  }
  ERA_RE.lastIndex = pos;
  const era = ERA_RE.exec(text);
  const relativeYear = wordAt(text, pos, RELATIVE_YEARS);
  if (era) {
    const eraYear = era[2] === '元' ? 1 : parseJapaneseNumber(era[2] ?? '');
    if (eraYear === undefined || eraYear < 1) return undefined;
    draft.year = (ERA_BASE[era[1] ?? ''] ?? 0) + eraYear;
    draft.yearSet = true;
    draft.namedYear = true;
    pos += era[0].length;
    yearFound = true;
  } else if (relativeYear) {
    const afterWord = text.slice(pos + relativeYear[0].length);
    const [offset, base] = relativeYear[1];
    if (afterWord.startsWith('比') || (base === 'previous' && COMPARISON_AFTER.test(afterWord))) {
      return undefined;
    }
    // A fiscal year counted from the page's (来年度, 昨年度) counts from the fiscal year the page is in:
    // Japan's starts in April, so in March 2027 来年度 is 2027年度, as 年度内 reads it below.
    const fiscal = afterWord.startsWith('度');
    const from =
      base !== 'reference'
        ? state.lastYear
        : reference && (fiscal && reference.month < 4 ? reference.year - 1 : reference.year);
    draft.year = from === undefined ? undefined : from + offset;
    draft.yearSet = true;
    pos += relativeYear[0].length;
    yearFound = true;
  } else {
    const number = numeralAt(text, pos);
    const shortYear =
      number && text[number.end] === '年' ? twoDigitYear(text, pos, number.end, state) : undefined;
    if (shortYear !== undefined) {
      draft.year = shortYear;
      draft.yearSet = true;
      draft.namedYear = true;
      pos = (number as NumeralMatch).end + 1;
      yearFound = true;
    } else if (number && text[number.end] === '年') {
      // Only a calendar year is a year; 2年, 1年半 and 2年遅れ are durations.
      if (number.value < 1868 || number.value > 2100) return undefined;
      if (/^(?:代|間|ぶり)/.test(text.slice(number.end + 1))) return undefined;
      draft.year = number.value;
      draft.yearSet = true;
      draft.namedYear = true;
      pos = number.end + 1;
      yearFound = true;
    }
  }
  // The word first (most positions start none), then the kanji before it.
  const bareCandidate = yearFound ? undefined : wordAt(text, pos, BARE_WORDS);
  const bareWord = bareCandidate !== undefined && !HAN.test(text[pos - 1] ?? '') ? bareCandidate : undefined;
  if (bareWord) {
    const [kind, period] = bareWord[1];
    if (kind === 'month') {
      draft.year = reference?.year;
      draft.month = reference?.month;
      draft.monthSet = true;
    } else if (kind === 'fiscal') {
      // Japan's fiscal year starts in April: in March 2026 the current one is 2025年度.
      draft.year = reference && (reference.month >= 4 ? reference.year : reference.year - 1);
    } else if (kind === 'next') {
      // 年明け is early next year, or this year when the page is itself from January or February.
      draft.year = reference && (reference.month >= 3 ? reference.year + 1 : reference.year);
    } else draft.year = reference?.year;
    draft.yearSet = true;
    if (period !== null) draft.period = period;
    draft.end = pos + bareWord[0].length;
    parseApprox(text, draft);
    return draft;
  }
  if (!yearFound) {
    // 来春, 今秋, 昨冬: a season of a relative year.
    const prefix = wordAt(text, pos, SEASON_PREFIXES);
    const season = prefix ? wordAt(text, pos + 1, SEASONS) : undefined;
    if (prefix && season) {
      draft.year = reference ? reference.year + prefix[1] : undefined;
      draft.yearSet = true;
      draft.period = season[1];
      draft.end = pos + 2;
      parseApprox(text, draft);
      return draft;
    }
  }
  if (yearFound) {
    draft.end = pos;
    if (text[pos] === '度') {
      draft.period = 'fiscal';
      pos += 1;
      draft.end = pos;
      // 年度末 and 年度内 stay a fiscal year: the fiscal year says more than "its end".
      const tail = tailAt(text, pos, YEAR_TAILS);
      if (tail && (tail[0] === '末' || tail[0] === '内' || tail[0] === '中' || tail[0] === '以降')) {
        draft.end = pos + tail[0].length;
      }
      parseApprox(text, draft);
      return draft;
    }
    const tail = tailAt(text, pos, YEAR_TAILS);
    if (tail) {
      if (tail[1] !== null) draft.period = tail[1];
      draft.end = pos + tail[0].length;
      parseApprox(text, draft);
      return draft;
    }
  }

  // --- Month -----------------------------------------------------------------------------
  let monthFound = false;
  const relativeMonth = yearFound ? undefined : wordAt(text, pos, RELATIVE_MONTHS);
  if (relativeMonth) {
    const afterWord = text.slice(pos + relativeMonth[0].length);
    const [offset, base] = relativeMonth[1];
    if (afterWord.startsWith('比') || (base === 'previous' && COMPARISON_AFTER.test(afterWord))) {
      return undefined;
    }
    const from =
      base === 'reference'
        ? reference && { year: reference.year, month: reference.month }
        : state.lastMonth?.year !== undefined
          ? { year: state.lastMonth.year, month: state.lastMonth.month }
          : undefined;
    const shifted = from && shiftMonths(from.year, from.month, offset);
    draft.year = shifted?.year;
    draft.month = shifted?.month;
    // 同月 without a known year still names the month (from the last mention).
    if (!shifted && base === 'previous' && offset === 0) draft.month = state.lastMonth?.month;
    draft.yearSet = true;
    draft.monthSet = true;
    pos += relativeMonth[0].length;
    monthFound = true;
  } else {
    const number = numeralAt(text, pos);
    if (number && text[number.end] === '月' && text[number.end + 1] !== '間') {
      if (number.value >= 1 && number.value <= 12) {
        // 毎年3月 recurs every year: not one date.
        if (!yearFound && text.slice(0, pos).endsWith('毎年')) return undefined;
        draft.month = number.value;
        draft.monthSet = true;
        pos = number.end + 1;
        monthFound = true;
      } else if (!yearFound) return undefined;
    }
  }
  if (monthFound) {
    draft.end = pos;
    // 2025年3月期: a company's fiscal year, named by the month it ends in, not a date of an event.
    // Its year is the fiscal year's first, as for 年度 (2025年3月期 is 2024年度); 3月期 alone names
    // no year. 1〜3月期 is a quarter, not a fiscal year.
    const quarter = /(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月?\s*(?:[〜～~\-－]|から)\s*$/u.test(
      text.slice(0, start),
    );
    if (text[pos] === '期' && !quarter && !/^[限間日待]/u.test(text.slice(pos + 1))) {
      draft.period = 'fiscal';
      draft.end = pos + 1;
      draft.yearSet = true;
      if (draft.year !== undefined && yearFound) draft.year -= draft.month === 12 ? 0 : 1;
      else draft.year = undefined;
      return draft;
    }
    const tail = tailAt(text, pos, MONTH_TAILS);
    if (tail) {
      if (tail[1] !== null) draft.period = tail[1];
      draft.end = pos + tail[0].length;
      parseApprox(text, draft);
      return draft;
    }
  }

  // --- Day -------------------------------------------------------------------------------
  const relativeDay = yearFound || monthFound ? undefined : wordAt(text, pos, RELATIVE_DAYS);
  if (relativeDay && standsAlone(text, pos, pos + relativeDay[0].length)) {
    const afterWord = text.slice(pos + relativeDay[0].length);
    if (afterWord.startsWith('比')) return undefined;
    const [offset, base, part] = relativeDay[1];
    if (base === 'reference') setDate(draft, reference && shiftDays(reference, offset));
    else {
      const date = dayAfterLast(state, offset, afterWord);
      setDate(draft, date);
      // 同日 after a bare 10日 (no month known) is still the 10th.
      if (!date && offset === 0 && state.lastDay) draft.day = state.lastDay.day;
    }
    if (part) draft.part = part;
    draft.end = pos + relativeDay[0].length;
    parseJaDayTail(text, draft);
    parseApprox(text, draft);
    return draft;
  }
  const dayNumber = numeralAt(text, pos);
  if (dayNumber && text[dayNumber.end] === '日') {
    const after = text.slice(dayNumber.end + 1);
    let isDay = dayNumber.value >= 1 && dayNumber.value <= 31;
    // 三日月, 日本, 四日市, 十日町, 二日酔い, 三日坊主: words, not dates.
    if (dayNumber.kanji && /^[月本市町酔坊]/.test(after)) isDay = false;
    if (!monthFound && isDay) {
      if (DAY_COUNT_AFTER.test(after)) isDay = false;
      if (dayNumber.value === 1 && (isOneDayRate(after) || /^[中も]/.test(after))) isDay = false;
      // 10日の1日 counts the day just named (the one day of the 10th): a day date, の, then 1日.
      if (dayNumber.value === 1 && DAY_BEFORE.test(text.slice(0, pos))) isDay = false;
      if (text.slice(0, pos).endsWith('毎月')) isDay = false;
    }
    if (isDay) {
      draft.day = dayNumber.value;
      pos = dayNumber.end + 1;
      draft.end = pos;
      parseJaDayTail(text, draft);
      parseApprox(text, draft);
      return draft;
    }
    if (!monthFound && !yearFound) return undefined;
  }
  if (yearFound || monthFound) {
    parseApprox(text, draft);
    return draft;
  }

  // --- Weekday or time alone -------------------------------------------------------------
  JA_WEEKDAY_RE.lastIndex = pos;
  const weekday = JA_WEEKDAY_RE.exec(text);
  // 毎週月曜日 recurs and 来週月曜日 is not resolved; a weekday after another kanji is left out.
  if (weekday && !HAN.test(text[pos - 1] ?? '')) {
    draft.weekday = JA_WEEKDAYS.indexOf(weekday[1] ?? '');
    if (reference) {
      setDate(draft, resolveWeekday(reference, draft.weekday, 'recent'));
    }
    draft.end = pos + weekday[0].length;
    parseJaDayTail(text, draft);
    return draft;
  }
  const time = parseJaTime(text, pos, undefined);
  if (time) {
    draft.time = time.time;
    draft.end = time.end;
    parseApprox(text, draft);
    return draft;
  }
  const part = wordAt(text, pos, PARTS);
  if (part && part[0] !== '午前' && part[0] !== '午後') {
    // 夜10時ごろ: a part of the day counts only with a clock time after it.
    const partTime = parseJaTime(text, pos + part[0].length, part[1]);
    if (partTime && !HAN.test(text[pos - 1] ?? '')) {
      draft.part = part[1];
      draft.time = partTime.time;
      draft.end = partTime.end;
      parseApprox(text, draft);
      return draft;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// English

const EN_MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])';
const EN_DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?![A-Za-z0-9])';
const EN_YEAR = '(\\d{4})(?![0-9])';
const EN_SCHEDULED_FOR = /\b(?:scheduled|set|slated|planned|due)\s+(?:for|on)\s+$/iu;
// A future verb earlier in the weekday's clause (the council will vote on Friday; it is to reopen on
// Monday; the firm plans to start on Monday; the town expects service to return by Thursday; officials hope to
// lift it on Wednesday), with no reporting verb after it: what will happen is the
// one ahead. A clause ends at , ; : or a sentence end, so "…, officials said on Monday" stays past.
const EN_FUTURE_IN_CLAUSE =
  /\b(?:will|shall|won't|(?:is|are|am)\s+(?:to|going\s+to|expected\s+to|set\s+to|due\s+to|scheduled\s+to|slated\s+to)|plans?\s+to|intends?\s+to|aims?\s+to|(?:hopes?|wants?|seeks?)\s+to|expects?\s+(?:[\w'-]+\s+){0,4}?to)\b(?![^,;:.!?]*\b(?:said|says|told|announced|reported|added)\b)[^,;:.!?]*$/iu;
// A weekday that starts a span (starting on Friday, beginning Monday) belongs to the future verb
// the span qualifies, however many commas an apposition puts between them (it will inspect the
// buildings put up by the same firm, Kita Kogyo, starting on Friday): what will happen is ahead.
const EN_SPAN_START = /\b(?:starting|beginning)\s+(?:on\s+|from\s+)?$/iu;
const EN_FUTURE_IN_SENTENCE =
  /\b(?:will|shall|(?:is|are)\s+(?:to|going\s+to|expected\s+to|set\s+to|due\s+to|scheduled\s+to|slated\s+to)|plans?\s+to|intends?\s+to)\b(?![^.!?]*\b(?:said|says|told|announced|reported|added)\b)[^.!?]*$/iu;
// The future of reported speech (the board said it would sign contracts so that service could resume
// on Monday; the director said the zoo would fit new doors before it reopens on Wednesday): "will"
// told in the past, earlier in the weekday's clause with no reporting verb after it. Not a weekday
// owned by a noun (would not comment on Monday's ruling): that day is the one past.
const EN_REPORTED_FUTURE_IN_CLAUSE =
  /\bwould\b(?![^,;:.!?]*\b(?:said|says|told|announced|reported|added)\b)[^,;:.!?]*$/iu;
const EN_WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?![A-Za-z])';
const EN_MONTH_DAY_RE = new RegExp(`${EN_MONTH}\\s+${EN_DAY}(?:,?\\s+${EN_YEAR})?`, 'y');
const EN_DAY_MONTH_RE = new RegExp(`${EN_DAY}\\s+(?:of\\s+)?${EN_MONTH}(?:,?\\s+${EN_YEAR})?`, 'y');
const EN_MONTH_YEAR_RE = new RegExp(`${EN_MONTH},?\\s+${EN_YEAR}`, 'y');
const EN_MONTH_RE = new RegExp(EN_MONTH, 'y');
const EN_WEEKDAY_RE = new RegExp(EN_WEEKDAY, 'y');
const EN_YEAR_RE = new RegExp(EN_YEAR, 'y');
const EN_SEPARATOR_RE = /,?\s+/y;
const EN_APPROX_RE = /(?:about|around|approximately|roughly|circa)\s+/iy;
const EN_RELATIVE_RE = /(last|next|this)\s+/iy;
const EN_PERIOD_RE = /(early|mid|late)(?:-|\s+)/iy;
const EN_END_OF_RE = /end\s+of\s+/iy;
const EN_UNIT_RE = /(year|month|spring|summer|autumn|fall|winter)(?![A-Za-z])/iy;
const EN_SEASON_YEAR_RE = new RegExp(`(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${EN_YEAR}`, 'iy');
const EN_DAY_WORD_RE = /(yesterday|today|tomorrow)(?![A-Za-z])/iy;
const EN_FISCAL_RE = new RegExp(`(?:fiscal\\s+(?:year\\s+)?|FY\\s?)${EN_YEAR}`, 'iy');
const EN_TIME_RE = /(\d{1,2})(?::(\d{2}))?\s?(a\.m\.|p\.m\.|am|pm)(?![A-Za-z])/iy;
const EN_CLOCK_RE = /(\d{1,2}):(\d{2})(?![0-9])/y;
const EN_NOON_RE = /(noon|midnight)(?![A-Za-z])/iy;
/** Words before a bare year or an ambiguous month (May, Jan.) that make it a date. */
const EN_DATE_PREPOSITION =
  /(?:^|[^A-Za-z])(?:in|since|by|until|till|from|of|before|after|through|during|to|between|and)\s+$/i;
const EN_SEASON: Record<string, Period> = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  winter: 'winter',
};

function exec(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function monthOfEnglish(name: string): number {
  return 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;
}

function validYear(year: number): boolean {
  return year >= 1868 && year <= 2100;
}

/** A month read with an optional day and year, checked for range. */
function applyEnglishDate(
  draft: Draft,
  month: string | undefined,
  day: string | undefined,
  year: string | undefined,
): boolean {
  if (month === undefined) return false;
  const dayValue = day === undefined ? undefined : Number(day);
  if (dayValue !== undefined && (dayValue < 1 || dayValue > 31)) return false;
  if (year !== undefined && !validYear(Number(year))) return false;
  draft.month = monthOfEnglish(month);
  draft.monthSet = true;
  draft.day = dayValue;
  if (year !== undefined) {
    draft.year = Number(year);
    draft.yearSet = true;
    draft.namedYear = true;
  }
  return true;
}

/** [A-Za-z0-9] by code unit (NaN, outside the text: false). */
const isAsciiAlphanumeric = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** An English date or time starting at `start` (a word start), or undefined. */
function parseEnglish(text: string, start: number, state: ScanState): Draft | undefined {
  // Every English date or time begins with an ASCII letter or digit (a word, a number, FY).
  if (!isAsciiAlphanumeric(text.charCodeAt(start))) return undefined;
  if (isAsciiAlphanumeric(text.charCodeAt(start - 1))) return undefined;
  const draft = newDraft(start);
  const reference = state.reference;
  let pos = start;
  const approx = exec(EN_APPROX_RE, text, pos);
  if (approx) {
    draft.approx = true;
    pos += approx[0].length;
  }
  const relativeMatch = exec(EN_RELATIVE_RE, text, pos);
  const relative = relativeMatch?.[1]?.toLowerCase() as 'last' | 'next' | 'this' | undefined;
  if (relativeMatch) pos += relativeMatch[0].length;
  let signalled =
    relative !== undefined || EN_DATE_PREPOSITION.test(text.slice(Math.max(0, start - 12), start));
  const periodMatch = exec(EN_PERIOD_RE, text, pos) ?? exec(EN_END_OF_RE, text, pos);
  if (periodMatch) {
    const word = periodMatch[1]?.toLowerCase();
    draft.period = word === 'early' ? 'early' : word === 'mid' ? 'mid' : word === 'late' ? 'late' : 'end';
    pos += periodMatch[0].length;
    signalled = true;
  }

  if (!relative) {
    const fiscal = periodMatch ? null : exec(EN_FISCAL_RE, text, pos);
    if (fiscal && validYear(Number(fiscal[1]))) {
      draft.year = Number(fiscal[1]);
      draft.yearSet = true;
      draft.namedYear = true;
      draft.period = 'fiscal';
      draft.end = pos + fiscal[0].length;
      return draft;
    }
    const weekday = exec(EN_WEEKDAY_RE, text, pos);
    if (weekday && !periodMatch) {
      draft.weekday = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].indexOf(
        weekday[1] ?? '',
      );
      draft.end = pos + weekday[0].length;
      // "Thursday, March 4" names the date; only a bare weekday is resolved from the reference.
      const separator = exec(EN_SEPARATOR_RE, text, draft.end);
      const after = separator ? draft.end + separator[0].length : draft.end;
      const dated = exec(EN_MONTH_DAY_RE, text, after) ?? exec(EN_DAY_MONTH_RE, text, after);
      if (dated) {
        const monthFirst = /^[A-Z]/.test(dated[0]);
        const ok = monthFirst
          ? applyEnglishDate(draft, dated[1], dated[2], dated[3])
          : applyEnglishDate(draft, dated[2], dated[1], dated[3]);
        if (ok) {
          draft.end = after + dated[0].length;
          return draft;
        }
      }
      // What is scheduled, set or due for a weekday (the launch, scheduled for Sunday; a vote set
      // for Friday) is the one ahead: news reports the schedule of what has not yet happened.
      const before = text.slice(Math.max(0, start - 160), start);
      // A bare weekday ahead is within the week, the page's own day included (a page of Monday: "will
      // be closed from Monday" is that day); a week later is written "next Monday".
      const mode =
        EN_SCHEDULED_FOR.test(before.slice(-24)) ||
        EN_FUTURE_IN_CLAUSE.test(before) ||
        (EN_REPORTED_FUTURE_IN_CLAUSE.test(before) && !/^['’]s(?![A-Za-z])/u.test(text.slice(draft.end))) ||
        (EN_SPAN_START.test(before.slice(-24)) && EN_FUTURE_IN_SENTENCE.test(before))
          ? 'ahead'
          : 'recent';
      if (reference) setDate(draft, resolveWeekday(reference, draft.weekday, mode));
      else draft.yearSet = draft.monthSet = true;
      return draft;
    }
    const monthDay = periodMatch ? null : exec(EN_MONTH_DAY_RE, text, pos);
    if (monthDay && applyEnglishDate(draft, monthDay[1], monthDay[2], monthDay[3])) {
      draft.end = pos + monthDay[0].length;
      return draft;
    }
    const dayMonth = periodMatch ? null : exec(EN_DAY_MONTH_RE, text, pos);
    if (dayMonth && applyEnglishDate(draft, dayMonth[2], dayMonth[1], dayMonth[3])) {
      draft.end = pos + dayMonth[0].length;
      return draft;
    }
    const monthYear = exec(EN_MONTH_YEAR_RE, text, pos);
    if (monthYear && applyEnglishDate(draft, monthYear[1], undefined, monthYear[2])) {
      draft.end = pos + monthYear[0].length;
      return draft;
    }
    const seasonYear = exec(EN_SEASON_YEAR_RE, text, pos);
    if (seasonYear && validYear(Number(seasonYear[2]))) {
      draft.period = EN_SEASON[seasonYear[1]?.toLowerCase() ?? ''];
      draft.year = Number(seasonYear[2]);
      draft.yearSet = true;
      draft.namedYear = true;
      draft.end = pos + seasonYear[0].length;
      return draft;
    }
    const year = exec(EN_YEAR_RE, text, pos);
    if (year && signalled && validYear(Number(year[1]))) {
      draft.year = Number(year[1]);
      draft.yearSet = true;
      draft.namedYear = true;
      draft.end = pos + year[0].length;
      return draft;
    }
    const dayWord = periodMatch ? null : exec(EN_DAY_WORD_RE, text, pos);
    if (dayWord) {
      const word = dayWord[1]?.toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      setDate(draft, reference && shiftDays(reference, offset));
      draft.end = pos + dayWord[0].length;
      return draft;
    }
  }

  const month = exec(EN_MONTH_RE, text, pos);
  if (month) {
    const name = month[1] ?? '';
    // "May" is also a verb and "Jan" a name: alone they need a date word before them.
    const ambiguous = name === 'May' || name.length <= 4;
    // What is planned or booked for a month (a trip planned for May) names it too; "for Jan" may be a name.
    const forMonth =
      name === 'May' && /(?:^|[^A-Za-z])for\s+$/i.test(text.slice(Math.max(0, start - 5), start));
    if (ambiguous && !signalled && !forMonth && !/^(?:June|July)$/.test(name)) return undefined;
    draft.month = monthOfEnglish(name);
    draft.monthSet = true;
    draft.end = pos + month[0].length;
    if (relative && reference) {
      // "next April" is the first April after this month, "last April" the latest before it.
      const m = draft.month;
      const year =
        relative === 'next'
          ? m > reference.month
            ? reference.year
            : reference.year + 1
          : relative === 'last'
            ? m < reference.month
              ? reference.year
              : reference.year - 1
            : reference.year;
      draft.year = year;
      draft.yearSet = true;
    } else if (relative) draft.yearSet = true;
    return draft;
  }

  if (relative) {
    const weekday = exec(EN_WEEKDAY_RE, text, pos);
    if (weekday) {
      draft.weekday = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].indexOf(
        weekday[1] ?? '',
      );
      if (reference) {
        const mode = relative === 'this' ? 'recent' : relative;
        setDate(draft, resolveWeekday(reference, draft.weekday, mode));
      } else draft.yearSet = draft.monthSet = true;
      draft.end = pos + weekday[0].length;
      return draft;
    }
    const unit = exec(EN_UNIT_RE, text, pos);
    if (unit) {
      const offset = relative === 'last' ? -1 : relative === 'next' ? 1 : 0;
      const word = unit[1]?.toLowerCase() ?? '';
      if (word === 'month') {
        const shifted = reference && shiftMonths(reference.year, reference.month, offset);
        draft.year = shifted?.year;
        draft.month = shifted?.month;
        draft.monthSet = true;
      } else {
        draft.year = reference ? reference.year + offset : undefined;
        const season = EN_SEASON[word];
        if (season) draft.period = season;
      }
      draft.yearSet = true;
      draft.end = pos + unit[0].length;
      return draft;
    }
    return undefined;
  }

  if (periodMatch) return undefined;
  // A clock time: 3 p.m., 3:30 pm, noon; a bare 15:30 only after "at".
  const time = exec(EN_TIME_RE, text, pos);
  if (time) {
    const hour = Number(time[1]);
    const minute = Number(time[2] ?? 0);
    if (hour < 1 || hour > 12 || minute > 59) return undefined;
    const pm = time[3]?.toLowerCase().startsWith('p') ?? false;
    const value = pm ? (hour % 12) + 12 : hour % 12;
    draft.time = `${pad(value)}:${pad(minute)}`;
    draft.end = pos + time[0].length;
    return draft;
  }
  const clock = /\bat\s+$/i.test(text.slice(Math.max(0, start - 4), start))
    ? exec(EN_CLOCK_RE, text, pos)
    : null;
  if (clock && Number(clock[1]) <= 24 && Number(clock[2]) <= 59) {
    draft.time = `${pad(Number(clock[1]))}:${clock[2]}`;
    draft.end = pos + clock[0].length;
    return draft;
  }
  const noon = exec(EN_NOON_RE, text, pos);
  if (noon) {
    draft.time = noon[1]?.toLowerCase() === 'noon' ? '12:00' : '00:00';
    draft.end = pos + noon[0].length;
    return draft;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Resolution and scanning

/** Joins a bare day to the date just before it: 3月10日から12日, 10日と11日, March 4-5. */
/**
 * True when the words after a date, up to its clause's end, put it in the future: the first verb
 * ending they reach is non-past (開会する, 採決される, 開かれる) or a plan (予定, 見通し, 方針), not
 * a past ending (した, された, だった) or a state an act left (始めている, 張ってある).
 */
function isAhead(after: string): boolean {
  const clause = /^[^、。!?！？]*/u.exec(after)?.[0] ?? '';
  const past = /(?:た|だ)(?:[。、」）)]|$|と|が|の|という)/u.exec(clause)?.index ?? Number.POSITIVE_INFINITY;
  // 〜ている / 〜てある after a dated act tells a state that act left (28日に工事を始めている): past, not ahead.
  const state =
    /[てで](?:いる|います|おる|おります|ある|あります)/u.exec(clause)?.index ?? Number.POSITIVE_INFINITY;
  // A non-past verb ends the clause or modifies the noun after it (17日に開会する市議会): a る-verb,
  // a polite ます, or a godan verb's plain ending on its kanji stem (行う, 外す, 待つ, 結ぶ, 進む, 防ぐ,
  // 向かう). Not く, which also ends an adverb (早く, 近くの).
  const ahead =
    /(?:る|ます|(?<=\p{Script=Han}[かわまらたさ]?)[うすつむぶぐ]|予定|見通し|方針|計画|見込み|へ)(?=[。、」）)\p{Script=Han}\p{Script=Katakana}]|$|と|が|の|こと|ため|よう|方向)/u.exec(
      clause,
    )?.index ?? Number.POSITIVE_INFINITY;
  return ahead < Math.min(past, state);
}

const LISTED_FIRST_DAY = /^\s*([0-9０-９]{1,2})\s*(?:[〜～~\-–―−、・,]|から)\s*$/u;
// A bare day numeral listed before a day (8、9日; 5～6日): not part of a longer number or another unit.
const BARE_FIRST_DAY =
  /(?<![0-9０-９.．,，\p{Script=Han}\p{Script=Katakana}A-Za-z])([0-9０-９]{1,2})\s*(?:[〜～~\-–―−、・]|から)\s*$/u;
const BOTH_DAYS = /^\s*([0-9０-９]{1,2})\s*[、・と]\s*([0-9０-９]{1,2})\s*(?:日\s*)?の?両日/u;

/** The month mention `month` with the bare day numeral written right after it (8月 + 8 → 8月8). */
function listedDay(text: string, month: DateMention, numeral: string): DateMention {
  const end = text.indexOf(numeral, month.end) + numeral.length;
  const day = parseJapaneseNumber(numeral);
  const mention: DateMention = { ...month, end, text: text.slice(month.start, end) };
  if (day !== undefined) mention.day = day;
  return mention;
}

const LIST_GLUE = /^\s*(?:[〜～~\-–—―−、・,]|から|と|や|および|及び|ないし)\s*$/;

/**
 * True when the bare day `day`, taken in the month of the bare day listed before it by a comma alone
 * (1日、28日に; that day on or before the page's), would date a past report more than 3 days after the
 * page's own day: the comma then
 * closes the lead's date (同社は1日、28日に回収を始めてから…と発表した), not a list of days, and the
 * day is resolved against the page as any bare day is. Other glue (から, 〜, と, や) always lists.
 */
function pastDayAhead(
  day: number,
  anchor: DateMention,
  glue: string,
  reference: Calendar | undefined,
  after: string,
): boolean {
  if (reference === undefined || anchor.year === undefined || anchor.month === undefined) return false;
  if (!/^\s*[、,，]\s*$/u.test(glue)) return false;
  // Only a lead's own bare day (1日、), on or before the page's day, closes with a comma.
  if (
    anchor.day === undefined ||
    /[月年]/u.test(anchor.text) ||
    isAfter({ year: anchor.year, month: anchor.month, day: anchor.day }, reference)
  )
    return false;
  return isAfter({ year: anchor.year, month: anchor.month, day }, shiftDays(reference, 3)) && !isAhead(after);
}

/**
 * Fills the year and month a bare day or month leaves out. News reports recent events, so a bare
 * day is in the reference month unless it lies more than 3 days ahead (a page of 2 November
 * saying 30日 means 30 October) and the words after it report the past; a day ahead that dates
 * something to come (17日に開会する, 20日に発表する予定) stays in the reference month. A bare month is taken to be at most 2 months past and otherwise
 * ahead (plans): in November, 10月 is this year's and 3月 next year's; in January, 12月 is last
 * year's (the months wrap, so the "2 months back" window crosses the year).
 */
function resolveBare(
  draft: Draft,
  state: ScanState,
  anchor: DateMention | undefined,
  text: string,
  glue: string,
): void {
  const reference = state.bareReference;
  const bareDay = draft.day !== undefined && !draft.monthSet;
  const bareMonth = draft.month !== undefined && !draft.yearSet;
  if (draft.day !== undefined && !draft.monthSet) {
    draft.monthSet = true;
    if (
      anchor?.month !== undefined &&
      !pastDayAhead(draft.day, anchor, glue, reference, text.slice(draft.end))
    ) {
      draft.month = anchor.month;
      draft.year = anchor.year;
      draft.yearSet = true;
    } else if (reference) {
      const before = shiftMonths(reference.year, reference.month, -1);
      // A day the month before does not have (30日 on a page of 19 March) is not in it.
      const back =
        draft.day > reference.day + 3 &&
        draft.day <= daysIn(before.year, before.month) &&
        !isAhead(text.slice(draft.end))
          ? -1
          : 0;
      const shifted = shiftMonths(reference.year, reference.month, back);
      draft.month = shifted.month;
      draft.year = shifted.year;
      draft.yearSet = true;
    } else if (state.lastMonth) {
      // Without a reference the article's own last month is the best guess.
      draft.month = state.lastMonth.month;
      draft.year = state.lastMonth.year;
      draft.yearSet = true;
    }
  }
  if (draft.month !== undefined && !draft.yearSet) {
    draft.yearSet = true;
    if (anchor?.year !== undefined) draft.year = anchor.year;
    else if (reference) {
      const ahead = (draft.month - reference.month + 12) % 12;
      if (ahead >= 10) draft.year = draft.month < reference.month ? reference.year : reference.year - 1;
      else draft.year = draft.month >= reference.month ? reference.year : reference.year + 1;
    } else draft.year = state.lastYear;
  }
  // A written weekday picks between the guesses: "Thursday, March 6" is the March 6 on a Thursday.
  const { year, month, day, weekday } = draft;
  if (!reference || weekday === undefined || year === undefined || month === undefined || day === undefined)
    return;
  if (!bareDay && !bareMonth) return;
  const candidates = bareDay
    ? [0, -1, 1].map((offset) => ({ ...shiftMonths(year, month, offset), day }))
    : [0, reference.year - year, reference.year - 1 - year, reference.year + 1 - year].map((offset) => ({
        year: year + offset,
        month,
        day,
      }));
  const fitting = candidates.find((date) => weekdayOf(date) === weekday && shiftDays(date, 0).day === day);
  if (fitting) {
    draft.year = fitting.year;
    draft.month = fitting.month;
  }
}

function toMention(text: string, draft: Draft): DateMention {
  const mention: DateMention = {
    start: draft.start,
    end: draft.end,
    text: text.slice(draft.start, draft.end),
    relative: !draft.namedYear,
  };
  if (draft.year !== undefined) mention.year = draft.year;
  if (draft.month !== undefined) mention.month = draft.month;
  if (draft.day !== undefined) mention.day = draft.day;
  if (draft.part !== undefined) mention.part = draft.part;
  if (draft.period !== undefined) mention.period = draft.period;
  if (draft.time !== undefined) mention.time = draft.time;
  if (draft.approx) mention.approx = true;
  if (draft.weekday !== undefined) mention.weekday = draft.weekday;
  return mention;
}

const hasDate = (mention: DateMention) =>
  mention.year !== undefined ||
  mention.month !== undefined ||
  mention.day !== undefined ||
  mention.weekday !== undefined;

/** "Thursday at 3 p.m.", "3 p.m. on March 4", "10日 午前3時": a date and a time side by side. */
function merge(text: string, left: DateMention, right: DateMention): DateMention | undefined {
  const gap = text.slice(left.end, right.start);
  if (!/^(?:,?\s+(?:at|on)\s+|,?\s+|)$/i.test(gap)) return undefined;
  const leftTimeOnly = left.time !== undefined && !hasDate(left);
  const rightTimeOnly = right.time !== undefined && !hasDate(right);
  const date = leftTimeOnly && hasDate(right) && right.time === undefined ? right : undefined;
  const dateFirst = rightTimeOnly && hasDate(left) && left.time === undefined ? left : undefined;
  const dated = date ?? dateFirst;
  const timed = date ? left : right;
  if (!dated) return undefined;
  const merged: DateMention = {
    ...dated,
    start: left.start,
    end: right.end,
    text: text.slice(left.start, right.end),
  };
  if (timed.time !== undefined) merged.time = timed.time;
  if (left.approx || right.approx) merged.approx = true;
  return merged;
}

// What makes a day the bound of a period rather than the day of an event: 5日から, 10日まで, 1日以降.
const PERIOD_BOUND = /^\s*(?:から|まで|以降|以来|～|〜|~)/u;

function remember(state: ScanState, mention: DateMention): void {
  if (mention.year !== undefined) state.lastYear = mention.year;
  if (mention.month !== undefined) state.lastMonth = { year: mention.year, month: mention.month };
  if (mention.day !== undefined) {
    state.lastDay = { year: mention.year, month: mention.month, day: mention.day };
  }
}

function scan(text: string, state: ScanState): DateMention[] {
  state.sentence += 1;
  const mentions: DateMention[] = [];
  state.writtenYearInSentence = undefined;
  let pos = 0;
  while (pos < text.length) {
    const draft = parseJapanese(text, pos, state) ?? parseEnglish(text, pos, state);
    if (!draft || draft.end <= pos) {
      pos += 1;
      continue;
    }
    let last = mentions.at(-1);
    // A list of days under one month writes the first day as a bare numeral (8月8、9日, 8月5～6日):
    // both days belong to the month.
    const firstDay =
      last !== undefined && last.month !== undefined && last.day === undefined && draft.day !== undefined
        ? LISTED_FIRST_DAY.exec(text.slice(last.end, pos))
        : null;
    if (last !== undefined && firstDay !== null && !draft.monthSet) {
      last = listedDay(text, last, firstDay[1] as string);
      mentions[mentions.length - 1] = last;
      remember(state, last);
    }
    let anchor =
      last && pos - last.end <= 6 && LIST_GLUE.test(text.slice(last.end, pos)) && draft.day !== undefined
        ? last
        : undefined;
    // 翌18日: the 18th after the last day named, in its month, or the next month when not later.
    const lastDay = state.lastDay;
    if (
      anchor === undefined &&
      text[pos - 1] === '翌' &&
      draft.day !== undefined &&
      !draft.monthSet &&
      lastDay?.month !== undefined &&
      lastDay.year !== undefined
    ) {
      const { year, month } =
        draft.day > lastDay.day
          ? { year: lastDay.year, month: lastDay.month }
          : shiftMonths(lastDay.year, lastDay.month, 1);
      anchor = { start: pos, end: pos, text: '', relative: true, year, month };
    }
    resolveBare(draft, state, anchor, text, last ? text.slice(last.end, pos) : '');
    const mention = toMention(text, draft);
    const merged = last ? merge(text, last, mention) : undefined;
    // 8、9日 with no month written: the bare numeral before the day is an earlier day of its month.
    const bareFirst =
      !merged &&
      draft.day !== undefined &&
      mention.month !== undefined &&
      text.slice(draft.start).match(/^\d|^[０-９]/u)
        ? BARE_FIRST_DAY.exec(text.slice(Math.max(last?.end ?? 0, pos - 6), pos))
        : null;
    const firstValue = bareFirst === null ? undefined : parseJapaneseNumber(bareFirst[1] as string);
    if (
      bareFirst !== null &&
      firstValue !== undefined &&
      firstValue >= 1 &&
      firstValue < (mention.day ?? 0)
    ) {
      const start = pos - bareFirst[0].length;
      // The first day takes the month and year only: a weekday or time written after the last is its own.
      const { weekday: _weekday, time: _time, part: _part, ...date } = mention;
      mentions.push({
        ...date,
        start,
        end: start + (bareFirst[1] as string).length,
        text: bareFirst[1] as string,
        day: firstValue,
      });
    }
    if (merged) mentions[mentions.length - 1] = merged;
    else mentions.push(mention);
    remember(state, mention);
    // October 24 and 25, Nov. 20-21: English lists the later days of a month by the numeral alone.
    const laterDay = englishLaterDay(text, mention);
    if (laterDay !== undefined && !merged) {
      mentions.push(laterDay);
      remember(state, laterDay);
      pos = laterDay.end;
      continue;
    }
    // A bound at a time of day (10日午前9時から) is a moment of that day, and a day things happen on:
    // 同日夜まで after it is that day's night, not the day an earlier sentence named.
    if (
      mention.day !== undefined &&
      state.lastDay !== undefined &&
      (!PERIOD_BOUND.test(text.slice(mention.end)) || mention.time !== undefined)
    ) {
      state.pointDay = { ...state.lastDay, sentence: state.sentence };
      if (!isAfter(state.lastDay, state.bareReference)) state.pastPointDay = { ...state.lastDay };
    }
    // 8月8、9の両日: the two days of the month the 両日 counts.
    const pair =
      mention.day === undefined && mention.month !== undefined
        ? BOTH_DAYS.exec(text.slice(mention.end))
        : null;
    if (pair !== null && !merged) {
      const first = listedDay(text, mention, pair[1] as string);
      const secondStart = mention.end + pair[0].lastIndexOf(pair[2] as string);
      const secondDay = parseJapaneseNumber(pair[2] as string);
      // The second day takes 両日 with it (9の両日に予定): what follows dates both days.
      const second: DateMention = {
        ...first,
        start: secondStart,
        end: mention.end + pair[0].length,
        text: text.slice(secondStart, mention.end + pair[0].length),
      };
      if (secondDay !== undefined) second.day = secondDay;
      mentions.splice(mentions.length - 1, 1, first, second);
      remember(state, second);
      pos = second.end;
      continue;
    }
    if (
      draft.namedYear &&
      draft.year !== undefined &&
      /^[0-9０-９〇一二三四五六七八九]{4}年/u.test(text.slice(draft.start))
    ) {
      state.writtenYear = draft.year;
      state.writtenYearInSentence = draft.year;
    }
    pos = draft.end;
  }
  return mentions;
}

// A bare day after an English date, joined by and, or, to, through or a dash, and standing at the
// end of its phrase (not "October 24 and 25 people").
const EN_LATER_DAY =
  /^\s*(?:and|or|to|through|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|from|with|when|while|for|and)\s)/u;

/** The later day an English month-day lists after it (October 24 and 25: the 25th of October). */
function englishLaterDay(text: string, mention: DateMention): DateMention | undefined {
  if (mention.day === undefined || mention.month === undefined || !/^[A-Z]/u.test(mention.text))
    return undefined;
  const later = EN_LATER_DAY.exec(text.slice(mention.end));
  const day = Number(later?.[1]);
  if (later === null || !(day > mention.day) || day > 31) return undefined;
  const start = mention.end + later[0].lastIndexOf(later[1] as string);
  const end = mention.end + later[0].length;
  const { weekday: _weekday, time: _time, part: _part, ...date } = mention;
  return { ...date, start, end, text: text.slice(start, end), day };
}

function newState(reference: string | undefined): ScanState {
  return {
    reference: parseReference(reference),
    bareReference: parseReference(reference),
    lastYear: undefined,
    writtenYear: undefined,
    writtenYearInSentence: undefined,
    lastMonth: undefined,
    lastDay: undefined,
    pointDay: undefined,
    pastPointDay: undefined,
    sentence: 0,
  };
}

/** Finds the date and time expressions of a text, resolved against the context. */
export function findDates(text: string, context: DateContext = {}): DateMention[] {
  const state = newState(context.reference);
  if (context.previous) remember(state, context.previous);
  return scan(text, state);
}

/** Resolves the dates of consecutive sentences of one document: each sentence's 同日 refers to the last date mentioned before it. */
export function findDocumentDates(sentences: readonly string[], reference?: string): DateMention[][] {
  const state = newState(reference);
  const updated = updateDate(sentences, state.reference);
  if (updated !== undefined) state.bareReference = updated;
  return sentences.map((sentence) => scan(sentence, state));
}

// An update note at the head of a page: ※6月25日16時更新, 25日16時更新：, 【更新】, 【更新・1日15時】, 【追記】.
const UPDATE_NOTE =
  /^\s*[※＊*]?\s*(?:【\s*(?:更新|追記)[^】]{0,20}】|[^。、「]{0,24}?[0-9０-９一二三四五六七八九十]日[^。、「]{0,12}?(?:更新|追記)(?:[\s：:】）)]|しました))/u;

/**
 * The date of the page's update note, when it names a day after the reference day: a page updated
 * on 25 June and first published on 18 June reads its bare days (25日, 同日) against the 25th, the
 * newest version's day. A note's bare day is read in the reference month.
 */
function updateDate(sentences: readonly string[], reference: Calendar | undefined): Calendar | undefined {
  if (reference === undefined) return undefined;
  const note = sentences.find((sentence) => UPDATE_NOTE.test(sentence));
  if (note === undefined) return undefined;
  const first = scan(note, newState(undefined)).find((date) => date.day !== undefined);
  if (first?.day === undefined) return undefined;
  let date: Calendar;
  if (first.month !== undefined) {
    date = { year: first.year ?? reference.year, month: first.month, day: first.day };
    if (first.year === undefined && date.month < reference.month - 6) date.year += 1;
  } else {
    // A note's day before the reference day (【更新】5日夕 on a page dated the 6th): the page's date
    // is already the update's.
    if (first.day < reference.day) return undefined;
    date = { year: reference.year, month: reference.month, day: first.day };
  }
  const after =
    Date.UTC(date.year, date.month - 1, date.day) -
    Date.UTC(reference.year, reference.month - 1, reference.day);
  // Only a later day within about a month moves the reference (not a stray date of the note's text).
  return after > 0 && after <= 31 * 86_400_000 ? date : undefined;
}

/**
 * True when a count of days restates the days the text lists right before it: 11日と12日の2日間
 * (a list: as many days as listed), 3日から5日までの3日間 (a range: first to last). Such a count
 * is arithmetic on the text's own dates, not a figure of its own.
 */
export function countsListedDays(
  text: string,
  dates: readonly DateMention[],
  count: { start: number; value: number; unit: string },
): boolean {
  if (count.unit !== '日') return false;
  const before = dates.filter((date) => date.end <= count.start);
  const last = before.at(-1);
  if (last?.day === undefined || !/^(?:まで)?の$/u.test(text.slice(last.end, count.start))) return false;
  let days = [last];
  let range = false;
  for (let i = before.length - 2; i >= 0; i--) {
    const date = before[i] as DateMention;
    const glue = text.slice(date.end, (days[0] as DateMention).start);
    if (date.day === undefined || !LIST_GLUE.test(glue)) break;
    if (/[〜～~\-–—―−]|から/u.test(glue)) range = true;
    days = [date, ...days];
  }
  if (days.length < 2) return false;
  const first = days[0] as DateMention;
  if (!range) return count.value === days.length;
  if (first.month !== last.month || first.year !== last.year) return false;
  return count.value === (last.day as number) - (first.day as number) + 1;
}

// ---------------------------------------------------------------------------------------------
// Agreement

const PERIOD_DAYS: Partial<Record<Period, readonly [number, number]>> = {
  early: [1, 10],
  mid: [11, 20],
  late: [21, 31],
  end: [21, 31],
};
const SEASON_MONTHS: Partial<Record<Period, readonly number[]>> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  winter: [12, 1, 2],
};
/** Minutes a time written with ごろ/about may be off by. */
const APPROX_MINUTES = 30;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The hours each part of the day may name, loosely (夜 from 17時 to the small hours, 午後 and 昼 from
 * 11時, 午前 and 朝 up to 12時): only a time well outside the part disagrees with it.
 */
const PART_HOURS: Readonly<Record<Part, readonly [number, number]>> = {
  morning: [0, 12],
  daytime: [11, 23],
  evening: [15, 20],
  night: [17, 5],
};

/** True when the 24-hour clock time lies in the hours of the part of the day. */
export function timeInPart(time: string, part: Part): boolean {
  const hour = Number(time.slice(0, 2));
  const [from, to] = PART_HOURS[part];
  return from <= to ? hour >= from && hour <= to : hour >= from || hour <= to;
}

/** True when a claim's date can denote the source's date: every field the claim states equals the source's (a claim may leave fields out: 10日 matches 2025-11-10, but 11月11日 does not match the 10th); time/part/period compared only when both have them. */
export function datesAgree(claim: DateMention, source: DateMention): boolean {
  // Year: a fiscal year (2026年度) contains April 2026 to March 2027.
  if (claim.year !== undefined) {
    let sourceYear = source.year;
    if (claim.period === 'fiscal' && source.period !== 'fiscal' && source.month !== undefined) {
      sourceYear = sourceYear === undefined ? undefined : source.month >= 4 ? sourceYear : sourceYear - 1;
    }
    if (sourceYear === undefined) return false;
    // 3年前 and 2020年ごろ are approximate years: one year either way still agrees.
    const slack = claim.approx && claim.month === undefined ? 1 : 0;
    if (Math.abs(claim.year - sourceYear) > slack) return false;
  }
  if (claim.month !== undefined && claim.month !== source.month) return false;
  if (claim.day !== undefined && claim.day !== source.day) return false;

  if (claim.period !== undefined && source.period !== undefined && claim.period !== source.period) {
    // Only fiscal vs. calendar readings of the same year may differ in kind and still agree.
    if (claim.period !== 'fiscal' && source.period !== 'fiscal') return false;
  }
  // A claim's 下旬 or 春 must also fit a source's exact day or month (12月下旬 is not 12月5日).
  if (claim.period !== undefined && claim.day === undefined && source.period === undefined) {
    const days = PERIOD_DAYS[claim.period];
    if (days && claim.month !== undefined && source.day !== undefined) {
      if (source.day < days[0] || source.day > days[1]) return false;
    }
    const months = SEASON_MONTHS[claim.period];
    if (months && claim.month === undefined && source.month !== undefined && !months.includes(source.month)) {
      return false;
    }
  }
  // A clock time alone (午後9時) dates nothing but a time: it agrees only with a source's time.
  if (claim.time !== undefined && !hasDate(claim) && source.time === undefined) return false;
  if (claim.part !== undefined && source.part !== undefined && claim.part !== source.part) return false;
  // A clock time falls in a part of the day, or not (午前9時 is no 夜; 夜 is no 午前9時).
  if (claim.time !== undefined && source.time === undefined && source.part !== undefined)
    if (!timeInPart(claim.time, source.part)) return false;
  if (source.time !== undefined && claim.time === undefined && claim.part !== undefined)
    if (!timeInPart(source.time, claim.part)) return false;
  if (claim.time !== undefined && source.time !== undefined) {
    const slack = claim.approx || source.approx ? APPROX_MINUTES : 0;
    if (Math.abs(minutesOf(claim.time) - minutesOf(source.time)) > slack) return false;
  }
  const sourceWeekday =
    source.weekday ??
    (source.year !== undefined && source.month !== undefined && source.day !== undefined
      ? weekdayOf({ year: source.year, month: source.month, day: source.day })
      : undefined);
  if (claim.weekday !== undefined && sourceWeekday !== undefined && claim.weekday !== sourceWeekday) {
    return false;
  }
  // A weekday names a day: a source date that names none (a clock time alone, a month) says nothing of it.
  if (claim.weekday !== undefined && sourceWeekday === undefined && source.day === undefined) return false;
  return true;
}
