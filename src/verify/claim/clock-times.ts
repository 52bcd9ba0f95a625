import { type DateMention, datesAgree } from '../../text/dates.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import { agrees, datesOf } from './elements.ts';

// Clock times a source sentence gives apart from their day (25日、…が午前7時ごろから止まった; きょう
// 午前7時ごろから止まり、午後2時すぎに戻った): the time belongs to the day the understanding joined it
// to (understand/time-days.ts, SourceSentence.timed).

/** True when the date is a time joined to its day (its words are its own sentence's). */
export function isJoinedTime(sentence: SourceSentence, date: DateMention): boolean {
  return sentence.timed.some((entry) => entry.date === date);
}

/**
 * The dates a sentence speaks of (`datesOf`), with each bare time joined to its day. A claim's clock
 * time on a day (25日午前9時ごろ) is backed by a day the sentence gives without a time only where the
 * sentence gives that day no time of its own: otherwise the day-and-time joined here answers it.
 */
export function datesBacking(sentence: SourceSentence, claim: DateMention): DateMention[] {
  const joined = sentence.timed;
  const dates = datesOf(sentence);
  if (claim.time === undefined || joined.length === 0) return dates;
  const timedDays = new Set(joined.map((entry) => entry.day));
  return [
    ...dates.filter((date) => !(timedDays.has(date) && date.time === undefined)),
    ...joined.map((entry) => entry.date),
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
  const timed = [...datesOf(sentence), ...sentence.timed.map((entry) => entry.date)].filter(
    (date) => date.time !== undefined && date.day !== undefined && agreesOnDay(claim, date) && usable(date),
  );
  if (timed.some((date) => datesAgree(claim, date))) return undefined;
  return timed[0];
}

/**
 * True when no sentence of the listed pages gives a clock time at all, on any day (a time of its own
 * or one told apart from its day). A claim's clock time (22日午前10時20分) is then no reading of those
 * pages: a writer reaches a time by rounding one (3時25分ごろ → 3時半の少し前) or counting from one
 * (10時半ごろの約30分後), never from a bare day (22日) or a part of the day (夕方), so a day without a
 * time backs the claim's day only, and its time comes from a page not listed.
 */
export function givesNoClockTime(sentences: readonly SourceSentence[]): boolean {
  return sentences.every(
    (sentence) =>
      sentence.dates.every((date) => date.time === undefined) &&
      sentence.timed.every((entry) => entry.date.time === undefined),
  );
}
