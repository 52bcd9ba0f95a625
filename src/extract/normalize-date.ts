/**
 * Dates are stored in Japan time: the pages are Japanese news and the source card shows the
 * Japanese date, so a UTC "2025-03-10T23:00:00Z" must read as 3月11日. A value without a zone is
 * taken to be Japan time already.
 */
const JAPAN_OFFSET = '+09:00';
const JAPAN_OFFSET_MINUTES = 9 * 60;

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC the source gave; undefined when it gave no zone. */
  offsetMinutes?: number;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** ISO 8601 in Japan time for valid parts; undefined for impossible dates (2025-13-45, 25:00). */
function toIso(parts: DateParts): string | undefined {
  const { year, month, day, hour = 0, minute = 0, second = 0 } = parts;
  // Years outside this range are CMS placeholders (0000-00-00) or typos, not publication dates.
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const shift = JAPAN_OFFSET_MINUTES - (parts.offsetMinutes ?? JAPAN_OFFSET_MINUTES);
  const japan = new Date(Date.UTC(year, month - 1, day, hour, minute + shift, second));
  return (
    `${pad(japan.getUTCFullYear(), 4)}-${pad(japan.getUTCMonth() + 1)}-${pad(japan.getUTCDate())}` +
    `T${pad(japan.getUTCHours())}:${pad(japan.getUTCMinutes())}:${pad(japan.getUTCSeconds())}${JAPAN_OFFSET}`
  );
}

/** "+0900", "+09", "Z", "GMT", "JST" → minutes east of UTC; undefined for no zone, null for one we cannot read. */
function offsetMinutes(zone: string | undefined): number | undefined | null {
  if (zone === undefined || zone === '') return undefined;
  const upper = zone.toUpperCase();
  if (upper === 'Z' || upper === 'GMT' || upper === 'UT' || upper === 'UTC') return 0;
  if (upper === 'JST') return JAPAN_OFFSET_MINUTES;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const ISO_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 2822 / HTTP dates, as some CMSs put in meta tags: "Tue, 11 Mar 2025 09:30:00 +0900". */
const RFC_2822_DATE =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]{1,3}|[+-]\d{4})?$/i;

function fromParts(match: RegExpExecArray, order: [year: number, month: number, day: number], zone?: string) {
  const offset = offsetMinutes(zone);
  if (offset === null) return undefined;
  const number = (index: number) => (match[index] === undefined ? undefined : Number(match[index]));
  return toIso({
    year: number(order[0]) ?? 0,
    month: number(order[1]) ?? 0,
    day: number(order[2]) ?? 0,
    ...(match[4] === undefined
      ? {}
      : { hour: Number(match[4]), minute: Number(match[5]), second: number(6) ?? 0 }),
    ...(offset === undefined ? {} : { offsetMinutes: offset }),
  });
}

/**
 * A date as matome stores it: ISO 8601 in Japan time ("2025-03-11T09:30:00+09:00"), converted
 * from the zone the value gives, taken as Japan time when it gives none, midnight when it has no time. Reads ISO 8601, RFC 2822 and Japanese dates (2025年3月11日 9時30分,
 * 2025/03/11, 令和7年3月11日). Undefined when the value holds no valid date.
 */
export function normalizeDate(value: string): string | undefined {
  const text = value.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) return fromParts(iso, [1, 2, 3], iso[7]);
  const rfc = RFC_2822_DATE.exec(text);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]?.toLowerCase() ?? '') + 1;
    if (month === 0) return undefined;
    rfc[2] = String(month);
    return fromParts(rfc, [3, 2, 1], rfc[7]);
  }
  // An ISO date-time that failed above has a zone we cannot read; guessing Japan time could be
  // half a day off.
  if (/^\d{4}-\d{1,2}-\d{1,2}T/i.test(text)) return undefined;
  return findDates(text)[0]?.iso;
}

/** A date found in running text, with its position in that text. */
export interface DateInText {
  start: number;
  end: number;
  iso: string;
}

const WEEKDAY = String.raw`(?:\s*[(（][月火水木金土日](?:曜日?)?[)）])?`;

/** 2025年3月11日, 令和7年3月11日 (元年 = 1), optionally with a weekday and 9時30分 / 午後3時 / 09:30. */
const KANJI_DATE = new RegExp(
  String.raw`(?<![0-9])(?:(令和|平成)\s*(元|[0-9]{1,2})|([0-9]{4}))\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日` +
    WEEKDAY +
    String.raw`(?:\s*(午前|午後)?\s*([0-9]{1,2})\s*(?:時\s*(?:([0-9]{1,2})\s*分)?|[:：]\s*([0-9]{2})(?:[:：]([0-9]{2}))?)(?![0-9]))?`,
  'g',
);

/** 2025/03/11, 2025.3.11, 2025-03-11, optionally with a weekday and 09:30(:00). */
const NUMERIC_DATE = new RegExp(
  String.raw`(?<![0-9.])([0-9]{4})([/.\-])([0-9]{1,2})\2([0-9]{1,2})(?![0-9])` +
    WEEKDAY +
    String.raw`(?:(?:\s+|T)([0-9]{1,2})[:：]([0-9]{2})(?:[:：]([0-9]{2}))?(?![0-9]))?`,
  'g',
);

/** Era start years: 令和1 = 2019, 平成1 = 1989. */
const ERA_START: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988 };

/** Full-width digits as ASCII; one code unit each way, so positions in the text are kept. */
const asciiDigits = (text: string) =>
  text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30));

function kanjiDateIso(match: RegExpExecArray): string | undefined {
  const [, era, eraYear, westernYear, month, day, meridiem, hour, kanjiMinute, colonMinute, second] = match;
  const year = era ? (ERA_START[era] ?? 0) + (eraYear === '元' ? 1 : Number(eraYear)) : Number(westernYear);
  const parts: DateParts = { year, month: Number(month), day: Number(day) };
  if (hour !== undefined) {
    let hours = Number(hour);
    if (meridiem && hours > 12) return undefined;
    if (meridiem === '午後' && hours < 12) hours += 12;
    if (meridiem === '午前' && hours === 12) hours = 0;
    parts.hour = hours;
    parts.minute = Number(kanjiMinute ?? colonMinute ?? 0);
    parts.second = Number(second ?? 0);
  }
  return toIso(parts);
}

function numericDateIso(match: RegExpExecArray): string | undefined {
  const [, year, , month, day, hour, minute, second] = match;
  return toIso({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    ...(hour === undefined
      ? {}
      : { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) }),
  });
}

/** Every valid date written out in `text` (Japanese and numeric forms), in order of position. */
export function findDates(text: string): DateInText[] {
  const digits = asciiDigits(text);
  const found: DateInText[] = [];
  for (const [pattern, toIsoDate] of [
    [KANJI_DATE, kanjiDateIso],
    [NUMERIC_DATE, numericDateIso],
  ] as const) {
    for (const match of digits.matchAll(pattern)) {
      const iso = toIsoDate(match);
      if (iso) found.push({ start: match.index, end: match.index + match[0].length, iso });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // The two forms cannot overlap in valid text, but keep the earlier one if garbage makes them.
  return found.filter((date, index) => index === 0 || date.start >= (found[index - 1]?.end ?? 0));
}

/** "6月18日" with no year: a date a page shows, but one that cannot be stored. */
const YEARLESS_DATE = /(?<![0-9年])[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日/g;

/** Where month-day dates without a year ("3月11日") are in `text`. */
export function findDatesWithoutYear(text: string): { start: number; end: number }[] {
  return [...asciiDigits(text).matchAll(YEARLESS_DATE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}
