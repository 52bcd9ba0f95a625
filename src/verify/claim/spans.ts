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
