import type { DateMention } from '../text/dates.ts';
import { isStampDate } from './correction-note.ts';
import { dateHead } from './date-head.ts';
import type { SentenceReading } from './read-sentence.ts';

// The day a clock time belongs to. A report names a day once and tells that day's events by the
// clock after it (25日、…が午前7時ごろから止まった。午後2時すぎに戻った): a time written without a
// day of its own (午後2時10分ごろ) is read here once, when the document is understood, and carried on
// its sentence (SourceSentence.timed) for every check that compares times.

/** A bare clock time joined to its day: `date` spans the time's own words and carries the day's fields. */
export interface TimedDate {
  /** The bare time as the sentence gives it. */
  time: DateMention;
  /** The date that names its day: of the same sentence, or of one before it on the page. */
  day: DateMention;
  /** The day and the time as one date, spanning the time's words. */
  date: DateMention;
}

/** A bare clock time: a time with no year, month, day or weekday of its own. */
export const isBareTime = (date: DateMention): boolean =>
  date.time !== undefined &&
  date.year === undefined &&
  date.month === undefined &&
  date.day === undefined &&
  date.weekday === undefined;

const dayKey = (date: DateMention) => `${date.year}-${date.month}-${date.day}`;

/** The single day the dates name, or undefined where they name none or two. */
function oneDay(dates: readonly DateMention[]): DateMention | undefined {
  const days = new Set(dates.map(dayKey));
  return days.size === 1 ? dates.at(-1) : undefined;
}

// A sentence telling what happened: a Japanese past (起きた, 終えたという, 復旧しました, だった) after
// the time, or an English past anywhere in the sentence (the verb stands before the time there).
const JA_PAST = /た(?=[。、」』）)]|と|が|の|ため|ものの|$)/u;
const EN_PAST =
  /\b(?:was|were|had|did|[a-z]{2,}(?<!e)ed|began|came|went|left|took|broke|fell|rose|found|saw|gave|held|told|said|sent|caught|struck|ran|got|made|lost|stood|kept|led|met|brought|became|knew|grew|flew|drove|wrote|spoke|fled|hung)\b/iu;

/**
 * True when the sentence tells, after the time, something that happened: a day named before carries
 * to such a time (午後4時に消防に連絡した) but not to a timetable or a rule told in the non-past
 * (売り場は午前10時から午後7時まで開く, 始発は午前6時15分に早まる): those hold on no one day.
 */
function tellsPast(text: string, time: DateMention): boolean {
  if (!/[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}]/u.test(text)) return EN_PAST.test(text);
  return JA_PAST.test(text.slice(time.end));
}

/** One sentence as this reading needs it. */
export interface DatedSentence {
  text: string;
  dates: readonly DateMention[];
  paragraph: number;
  /** The sentence's reading, where it has one: which predicate each date dates (date-head.ts). */
  reading?: SentenceReading;
}

/**
 * How a day of the sentence stands to a bare time after it, by the predicates the two date
 * (date-head.ts): 'own' — it may give the time its day; 'other' — the day heads a relative clause the
 * time stands outside (町が14日にまとめた報告では、…午前6時ごろ: the day dates the report, what the
 * noun is, not the time's event), so the time is told as if its sentence named no day; 'apart' — the
 * time heads a relative clause of its own and the day another predicate (高裁は9日、午後11時から…を
 * 禁じる決定を出した: the day dates the decision, the hours what it forbids), so it has no day here.
 */
function dayStanding(reading: SentenceReading | undefined, day: DateMention, time: DateMention) {
  if (reading === undefined) return 'own';
  const ofDay = dateHead(reading, day);
  if (ofDay?.attributive && time.start >= ofDay.end) return 'other';
  const ofTime = dateHead(reading, time);
  if (ofTime?.attributive && ofDay !== undefined && ofDay.end !== ofTime.end) return 'apart';
  return 'own';
}

/**
 * Each sentence's bare clock times with the day they belong to, in the page's order:
 * - the last day named before the time in its own sentence (25日午前、…午前7時ごろ); a sentence that
 *   names a day only after the time (午後3時ごろ、…21日に), or only an editor's stamp, leaves it open,
 *   and so does one whose day dates another predicate than a time that heads a relative clause
 *   (dayStanding 'apart'); a day that heads a relative clause the time stands outside is passed over
 *   ('other'), as if the sentence did not name it;
 * - else the one day the sentence before, in the same paragraph, names;
 * - else the one day the page has named so far: a page that has named two days (きのう…きょう,
 *   a follow-up's 1日 and 2日) leaves it open, for the time may belong to either.
 * A day carries from an earlier sentence only to a time the sentence tells as past (tellsPast).
 * An editor's stamp (※10日の配信時, 12月4日16時更新) dates a version of the page and gives no time its
 * day. A time before any day keeps none.
 */
export function daysOfTimes(sentences: readonly DatedSentence[]): TimedDate[][] {
  const named: DateMention[] = [];
  return sentences.map((sentence, i) => {
    const days = sentence.dates.filter((date) => date.day !== undefined && !isStampDate(sentence.text, date));
    const before = sentences[i - 1];
    const previous =
      before === undefined || before.paragraph !== sentence.paragraph
        ? []
        : before.dates.filter((date) => date.day !== undefined && !isStampDate(before.text, date));
    const out: TimedDate[] = [];
    for (const time of sentence.dates) {
      if (!isBareTime(time)) continue;
      const standing = days
        .filter((date) => date.end <= time.start)
        .map((date) => ({ date, as: dayStanding(sentence.reading, date, time) }));
      const own = standing.filter((entry) => entry.as === 'own').map((entry) => entry.date);
      // Days the sentence names that date other events than the time's leave it to the sentences
      // before; a stamp, a day after the time, or a day the time's own clause stands apart from does not.
      const others = new Set(standing.filter((entry) => entry.as === 'other').map((entry) => entry.date));
      const day =
        own.length > 0
          ? own.at(-1)
          : sentence.dates.some((date) => date.day !== undefined && !others.has(date)) ||
              !tellsPast(sentence.text, time)
            ? undefined
            : previous.length > 0
              ? oneDay(previous)
              : oneDay(named);
      if (day === undefined) continue;
      out.push({ time, day, date: joined(day, time) });
    }
    named.push(...days);
    return out;
  });
}

/** The day's year, month and day with the time's words, time, part of the day and ごろ. */
function joined(day: DateMention, time: DateMention): DateMention {
  const { part: _part, time: _time, approx: _approx, ...fields } = day;
  return {
    ...fields,
    start: time.start,
    end: time.end,
    text: time.text,
    time: time.time as string,
    ...(time.approx ? { approx: true as const } : {}),
    ...(time.part === undefined ? {} : { part: time.part }),
  };
}

/** The sentence's dates with each bare time given its day, where it has one (`timed`). */
export function datesOnTheirDays(sentence: {
  dates: readonly DateMention[];
  timed: readonly TimedDate[];
}): DateMention[] {
  return sentence.dates.map((date) => sentence.timed.find((entry) => entry.time === date)?.date ?? date);
}
