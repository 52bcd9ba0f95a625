import type { DateMention } from '../../text/dates.ts';
import type { Quantity } from '../../text/quantities.ts';

// Lengths of time are arithmetic on the times a source gives (claims-dev's labelling rule: simple
// arithmetic counts): the hours between two clock times of one sentence (午前7時から午後7時まで: 12
// 時間), and the years from a year a sentence dates something in to its page's own date (1924年に完成,
// on a page of 2027: 完成から100年余り; 2025年4月, on a page of 2027: 2年前の4月).

/** True when a number of hours (12時間, read as 720 minutes) is the time between two clock times of the sentence. */
export function isHoursBetween(quantity: Quantity, dates: readonly DateMention[]): boolean {
  if (quantity.unit !== '分' || quantity.vague || quantity.value % 60 !== 0) return false;
  const minutes = (date: DateMention) => {
    const match = /^(\d{1,2}):(\d{2})$/u.exec(date.time ?? '');
    return match === null ? undefined : Number(match[1]) * 60 + Number(match[2]);
  };
  const times = dates.flatMap((date) => {
    const at = minutes(date);
    return at === undefined ? [] : [at];
  });
  return times.some((from, i) => times.slice(i + 1).some((to) => to - from === quantity.value));
}

/**
 * True when a number of years (100年余り, 2年前) is the time from a year a sentence gives to its
 * page's date, counted in calendar years: exact, or a little over it for 余り/超 (half the last
 * written place above: 100年余り is 100–150 years), or rounded for 約.
 */
export function isYearsSince(
  quantity: Quantity,
  dates: readonly DateMention[],
  published: string | undefined,
): boolean {
  if (quantity.unit !== '年' || quantity.vague || published === undefined) return false;
  const now = Number(published.slice(0, 4));
  if (!Number.isInteger(now)) return false;
  let place = 1;
  while (quantity.value % (place * 10) === 0 && quantity.value !== 0) place *= 10;
  return dates.some((date) => {
    if (date.year === undefined || date.year >= now) return false;
    const elapsed = now - date.year;
    if (quantity.bound === 'min')
      return elapsed >= quantity.value && elapsed <= quantity.value + Math.max(1, place / 2);
    if (quantity.approx)
      return (
        Math.abs(elapsed - quantity.value) <= Math.min(place / 2, quantity.value * 0.05) ||
        elapsed === quantity.value
      );
    return elapsed === quantity.value;
  });
}

/**
 * True when a number of days or years the claim counts from a date it names itself reaches a date the
 * sources give (claims-dev's labelling rule: simple arithmetic counts): 3月8日に発表し、その3日後に
 * (the 11th), 22日までの5日間 (from the 18th, counted inclusively), 1998年の開館から10年後 (2008). The
 * claim's date and the figure are the claim's own; the date they reach may stand in another sentence
 * than the one that gives the claim's date — the merge of two source sentences a claim may make.
 */
export function isCountedFromClaimDate(
  claimText: string,
  quantity: Quantity,
  claimDates: readonly DateMention[],
  sourceDates: readonly DateMention[],
): boolean {
  if ((quantity.unit !== '日' && quantity.unit !== '年') || quantity.vague || quantity.approx) return false;
  if (quantity.bound !== undefined || !Number.isInteger(quantity.value) || quantity.value <= 0) return false;
  const after = claimText.slice(quantity.end, quantity.end + 1);
  const span = quantity.unit === '日' && (quantity.text.endsWith('間') || after === '間');
  if (after !== '後' && !span) return false;
  const years = quantity.unit === '年';
  // The last date of the claim before the figure, with the field the figure counts in.
  const anchor = claimDates
    .filter((d) => d.end <= quantity.start && (years ? d.year !== undefined : d.day !== undefined))
    .at(-1);
  if (anchor === undefined) return false;
  const joint = claimText.slice(anchor.end, anchor.end + 3);
  // 後 counts on from the date; a span counts back from its last day (まで) or on from its first (から).
  const step =
    after === '後' ? quantity.value : joint.startsWith('まで') ? 1 - quantity.value : quantity.value - 1;
  if (span && !joint.startsWith('まで') && !joint.startsWith('から')) return false;
  const agrees = (a: DateMention, b: DateMention) =>
    (a.year === undefined || b.year === undefined || a.year === b.year) &&
    (a.month === undefined || b.month === undefined || a.month === b.month) &&
    (a.day === undefined || b.day === undefined || a.day === b.day);
  const reached = [...sourceDates, ...claimDates.filter((d) => d.start >= quantity.end)];
  return sourceDates.some((start) => {
    if (!agrees(anchor, start)) return false;
    if (years) {
      if (start.year === undefined || anchor.month !== undefined) return false;
      // A year the text itself names (a relative date is resolved into its page's year).
      return reached.some((d) => !d.relative && d.year === (start.year as number) + step);
    }
    if (start.year === undefined || start.month === undefined || start.day === undefined) return false;
    const at = new Date(Date.UTC(start.year, start.month - 1, start.day + step));
    return reached.some(
      (d) =>
        d.day === at.getUTCDate() &&
        (d.month === undefined || d.month === at.getUTCMonth() + 1) &&
        (d.year === undefined || d.year === at.getUTCFullYear()),
    );
  });
}

/**
 * True when a length of time the claim tells as after something (その3時間40分後に, 8時間半後) is to the
 * minute the time between two clock times the sources give on one day, in one sentence or in two: the
 * claim puts together what two sentences say (出発は午前6時、到着は午前9時40分ごろ). A length the claim
 * rounds (約6時間後, およそ25分後) may be off by a tenth of itself: the clock times are themselves
 * rounded (ごろ), and 約 says the writer rounded the difference.
 */
export function isTimeBetweenSentences(
  claimText: string,
  quantity: Quantity,
  sourceDates: readonly DateMention[],
): boolean {
  if (quantity.unit !== '分' || quantity.vague || quantity.bound !== undefined) return false;
  if (claimText.slice(quantity.end, quantity.end + 1) !== '後') return false;
  const timed = sourceDates.flatMap((date) => {
    const match = /^(\d{1,2}):(\d{2})$/u.exec(date.time ?? '');
    return match === null ? [] : [{ date, at: Number(match[1]) * 60 + Number(match[2]) }];
  });
  const sameDay = (a: DateMention, b: DateMention) =>
    a.year === b.year && a.month === b.month && a.day === b.day && a.day !== undefined;
  return timed.some((from) =>
    timed.some((to) => {
      if (!sameDay(from.date, to.date) || to.at <= from.at) return false;
      const off = Math.abs(to.at - from.at - quantity.value);
      return quantity.approx ? off <= quantity.value / 10 : off === 0;
    }),
  );
}

/**
 * True when a length of time (運転を見合わせたのは3時間45分, 2時間半ほど前に) is to the minute the time
 * between two clock times the given sentences give: two of one sentence (午前9時20分ごろに止め、午後1時5分
 * ごろに再開した), or of two sentences that put them on one day. Only the exact difference: a claim's 約 or
 * ほど says it rounded, and the length it gives must still be the one the two times make (3時間45分,
 * not 3時間半); a bound (足らず, 以上) or a vague length (数時間) is no difference at all.
 */
export function isLengthBetweenTimes(
  quantity: Quantity,
  sentences: ReadonlyArray<readonly DateMention[]>,
): boolean {
  if (quantity.unit !== '分' || quantity.vague || quantity.bound !== undefined || quantity.value <= 0)
    return false;
  const timed = sentences.flatMap((dates, at) =>
    dates.flatMap((date) => {
      const match = /^(\d{1,2}):(\d{2})$/u.exec(date.time ?? '');
      return match === null ? [] : [{ date, sentence: at, at: Number(match[1]) * 60 + Number(match[2]) }];
    }),
  );
  const sameDay = (a: DateMention, b: DateMention) =>
    a.year === b.year && a.month === b.month && a.day === b.day && a.day !== undefined;
  return timed.some((from) =>
    timed.some(
      (to) =>
        (from.sentence === to.sentence || sameDay(from.date, to.date)) && to.at - from.at === quantity.value,
    ),
  );
}
