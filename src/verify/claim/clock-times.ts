import { type DateMention, datesAgree } from '../../text/dates.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import { agrees, datesOf } from './elements.ts';

// Clock times a source sentence gives apart from their day (25日、…が午前7時ごろから止まった; きょう
// 午前7時ごろから止まり、午後2時すぎに戻った): the time belongs to the day named before it.

/** A bare clock time: a time with no year, month, day or weekday of its own. */
const isBareTime = (date: DateMention) =>
  date.time !== undefined &&
  date.year === undefined &&
  date.month === undefined &&
  date.day === undefined &&
  date.weekday === undefined;

/**
 * The day a bare time of the sentence belongs to: the last date before it in the sentence that names
 * a day; where the sentence names none, the one day the sentence before names (two days there leave
 * it open).
 */
function dayOf(sentence: SourceSentence, time: DateMention): DateMention | undefined {
  const before = sentence.dates.filter((date) => date.day !== undefined && date.end <= time.start);
  if (before.length > 0) return before[before.length - 1];
  if (sentence.dates.some((date) => date.day !== undefined)) return undefined;
  const days = (sentence.previous?.dates ?? []).filter((date) => date.day !== undefined);
  const distinct = new Set(days.map((date) => `${date.year}-${date.month}-${date.day}`));
  return distinct.size === 1 ? days[0] : undefined;
}

/** The day-and-time dates joined here: each spans words of the sentence that gave its time. */
const JOINED = new WeakSet<DateMention>();

/** True when the date is a time joined to its day here (its words are its own sentence's). */
export function isJoinedTime(date: DateMention): boolean {
  return JOINED.has(date);
}

/** Each bare time of the sentence with the day it belongs to, spanning the time's own words. */
export function timesWithDays(sentence: SourceSentence): { day: DateMention; timed: DateMention }[] {
  const out: { day: DateMention; timed: DateMention }[] = [];
  for (const time of sentence.dates) {
    if (!isBareTime(time)) continue;
    const day = dayOf(sentence, time);
    if (day === undefined) continue;
    const { part: _part, time: _time, approx: _approx, ...fields } = day;
    const timed: DateMention = {
      ...fields,
      start: time.start,
      end: time.end,
      text: time.text,
      time: time.time as string,
      ...(time.approx ? { approx: true as const } : {}),
      ...(time.part === undefined ? {} : { part: time.part }),
    };
    JOINED.add(timed);
    out.push({ day, timed });
  }
  return out;
}

/**
 * The dates a sentence speaks of (`datesOf`), with each bare time joined to its day. A claim's clock
 * time on a day (25日午前9時ごろ) is backed by a day the sentence gives without a time only where the
 * sentence gives that day no time of its own: otherwise the day-and-time joined here answers it.
 */
export function datesBacking(sentence: SourceSentence, claim: DateMention): DateMention[] {
  const joined = timesWithDays(sentence);
  const dates = datesOf(sentence);
  if (claim.time === undefined || joined.length === 0) return dates;
  const timedDays = new Set(joined.map((entry) => entry.day));
  return [
    ...dates.filter((date) => !(timedDays.has(date) && date.time === undefined)),
    ...joined.map((entry) => entry.timed),
  ];
}

/** The claim's date with its time of day left out. */
function dayPart(claim: DateMention): DateMention {
  const { time: _time, ...rest } = claim;
  return rest;
}

/** True when the source date gives the claim's day, whatever the time. */
export function agreesOnDay(claim: DateMention, source: DateMention): boolean {
  return agrees(dayPart(claim), source);
}

/**
 * A time the sentence gives to the claim's day that the claim's time does not agree with (8日午前6時ごろ
 * against a claim's 8日午後6時ごろ), when the sentence gives that day no agreeing time: the time the
 * source tells for the day.
 */
export function otherTimeOfDay(
  sentence: SourceSentence,
  claim: DateMention,
  usable: (date: DateMention) => boolean,
): DateMention | undefined {
  if (claim.time === undefined || claim.day === undefined) return undefined;
  const timed = [...datesOf(sentence), ...timesWithDays(sentence).map((entry) => entry.timed)].filter(
    (date) => date.time !== undefined && date.day !== undefined && agreesOnDay(claim, date) && usable(date),
  );
  if (timed.some((date) => datesAgree(claim, date))) return undefined;
  return timed[0];
}
