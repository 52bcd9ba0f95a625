/**
 * Feed dates as matome stores every date: ISO 8601 in Japan time ("2025-06-02T09:30:00+09:00"),
 * the same convention as extract/normalize-date.ts. Feeds are read for Japanese news, and a
 * listing in one zone sorts and reads consistently; a value without a zone is Japan time already.
 */
const JAPAN_OFFSET_MINUTES = 9 * 60;

/** Zone names RFC 822 allows, plus JST, which Japanese feeds write. Military letters are ambiguous and left out. */
const ZONE_NAMES: Readonly<Record<string, number>> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  EST: -5 * 60,
  EDT: -4 * 60,
  CST: -6 * 60,
  CDT: -5 * 60,
  MST: -7 * 60,
  MDT: -6 * 60,
  PST: -8 * 60,
  PDT: -7 * 60,
  JST: JAPAN_OFFSET_MINUTES,
};

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC; undefined when the value gave no zone. */
  offset: number | undefined;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function toJapanIso(parts: DateParts): string | undefined {
  const { year, month, day, hour, minute, second } = parts;
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  // 60 seconds is a leap second, which Date cannot hold; :59 is within a second of it.
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const shift = JAPAN_OFFSET_MINUTES - (parts.offset ?? JAPAN_OFFSET_MINUTES);
  const japan = new Date(Date.UTC(year, month - 1, day, hour, minute + shift, Math.min(second, 59)));
  return (
    `${pad(japan.getUTCFullYear(), 4)}-${pad(japan.getUTCMonth() + 1)}-${pad(japan.getUTCDate())}` +
    `T${pad(japan.getUTCHours())}:${pad(japan.getUTCMinutes())}:${pad(japan.getUTCSeconds())}+09:00`
  );
}

/** "+0900", "+09:00", "-05", "Z", "GMT", "JST" → minutes east of UTC; null for a zone we cannot read. */
function zoneOffset(zone: string): number | null {
  const named = ZONE_NAMES[zone.toUpperCase()];
  if (named !== undefined) return named;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** RFC 3339 / W3CDTF (Atom, JSON Feed, dc:date), also with a space for "T" or without seconds. */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** RFC 822 as RSS 2.0 writes it, leniently: "Mon, 2 Jun 2025 09:30:00 +0900", "2 June 25 09:30 JST". */
const RFC_822_DATE =
  /^(?:[a-z]+,?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*([a-z]{1,4}|[+-]\d{2}:?\d{2}))?$/i;

/** "2025/06/02 09:30:00" and "2025-6-2 9:30", as some Japanese CMSs write pubDate: Japan time. */
const NUMERIC_DATE = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const numberAt = (match: RegExpExecArray, index: number) => Number(match[index] ?? '0');

function fromMatch(
  match: RegExpExecArray,
  [year, month, day]: [number, number, number],
  zone: string | undefined,
): string | undefined {
  const offset = zone === undefined ? undefined : zoneOffset(zone);
  // An unreadable zone could put the date half a day off; no date is better than a wrong one.
  if (offset === null) return undefined;
  return toJapanIso({
    year,
    month,
    day,
    hour: numberAt(match, 4),
    minute: numberAt(match, 5),
    second: numberAt(match, 6),
    offset,
  });
}

/**
 * A feed's date (RFC 822 from RSS 2.0, RFC 3339 / W3CDTF from Atom, dc:date and JSON Feed) as
 * ISO 8601 in Japan time; a value with no zone is taken as Japan time, one with no time as
 * midnight. Undefined for anything that is not a valid date or has a zone that cannot be read.
 */
export function parseFeedDate(value: string): string | undefined {
  const text = value.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) return fromMatch(iso, [numberAt(iso, 1), numberAt(iso, 2), numberAt(iso, 3)], iso[7]);
  const rfc = RFC_822_DATE.exec(text);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]?.toLowerCase() ?? '') + 1;
    if (month === 0) return undefined;
    const written = rfc[3] ?? '';
    // RFC 2822 §4.3: two-digit years 00–49 are 2000–2049, 50–99 are 1950–1999.
    const year =
      written.length === 4 ? Number(written) : Number(written) + (Number(written) < 50 ? 2000 : 1900);
    return fromMatch(rfc, [year, month, numberAt(rfc, 1)], rfc[7]);
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    return fromMatch(numeric, [numberAt(numeric, 1), numberAt(numeric, 2), numberAt(numeric, 3)], undefined);
  }
  return undefined;
}
