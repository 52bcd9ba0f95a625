import { type Finding, pathFinding } from '../../domain/report.ts';
import { type DateMention, datesAgree, parseReference } from '../../text/dates.ts';
import type { SentenceReading } from '../../understand/read-sentence.ts';
import type { Alignment } from './alignment.ts';
import { tenseAfter } from './check-tense.ts';

// A plan on a page in another language told as done, read by its day. An English page says what
// will happen on a day after its own (the council plans to vote on Friday); a claim that tells an
// act of that very day as done (議会は14日、…採決した) reports what no listed page could have seen,
// whatever verb it words the act with — the verb check (check-modality.ts checkForeignModality)
// needs the claim's verb to gloss one of the page's vocabulary, and news paraphrases freely.

// The claim's date standing as the time of its act: 21日、 or 21日に, not a start or a limit
// (21日から, 21日まで, 21日までに) or what a noun is of (21日の会見).
const ACT_TIME = /^(?:、|,|に(?!は|も)|には)/u;

// English words that put an act ahead (the closed class of intention and schedule: intend to,
// plan to, will, is to, is expected to, is scheduled to, is due to), and a negation of it.
const PLANNED =
  /\b(?:intends?|intended|plans?|planned|planning|will|(?:is|are) to|(?:is|are) expected to|expects? to|aims? to|(?:is|are) scheduled to|(?:is|are) due to)\s+[a-z]/iu;
const NOT_PLANNED = /\b(?:will not|won't|(?:do|does|did) not (?:intend|plan)|no plans?)\b/iu;

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * The day a claim's date names: its own year and month, or for a bare day (28日) the month of the
 * latest page — only where that day is later in it than the page's own (a day before it may be next
 * month's, and is left alone).
 */
function dayOf(date: DateMention, latest: { year: number; month: number; day: number }): number | undefined {
  if (date.day === undefined) return undefined;
  if (date.month === undefined) {
    if (date.day <= latest.day) return undefined;
    return dayNumber(latest.year, latest.month, date.day);
  }
  return dayNumber(date.year ?? latest.year, date.month, date.day);
}

/**
 * A claim telling an act as done (past, affirmed, unhedged) on a day that falls after every listed
 * page's own day, where a sentence of a page not in the claim's language gives that day and says
 * something is intended or scheduled (PLANNED), sharing a full-weight word with the claim (Police:
 * 警察): the act was only planned when the pages were written (`support.modality`, kind `tense`).
 */
export function plannedDayToldAsDone(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (!alignment.crossLanguage || claim.quotes.length > 0) return [];
  if (claim.clauses.some((clause) => clause.hedges.length > 0)) return [];
  const last = claim.predicates.at(-1);
  if (last === undefined || last.negated || tenseAfter(claim.tokens, last.end) !== 'past') return [];
  const pageDays = alignment.scope.map((read) => parseReference(read.document.publishedAt));
  if (pageDays.length === 0 || pageDays.some((day) => day === undefined)) return [];
  const latest = (pageDays as Array<{ year: number; month: number; day: number }>).reduce((a, b) =>
    dayNumber(b.year, b.month, b.day) > dayNumber(a.year, a.month, a.day) ? b : a,
  );
  for (const date of alignment.dates) {
    if (date.end > last.start || !ACT_TIME.test(claim.text.slice(date.end, date.end + 3))) continue;
    // The date must be the last act's: no other act between them (22日に打ち上げる予定だった…を延期した
    // dates the launch), but a verb compounded with it (聴き終えた) is one act.
    const between = claim.predicates.filter(
      (other) =>
        other !== last && other.start > date.end && other.end < last.start && last.start - other.end > 1,
    );
    if (between.length > 0) continue;
    const day = dayOf(date, latest);
    if (day === undefined || day <= dayNumber(latest.year, latest.month, latest.day)) continue;
    const planned = alignment.scope
      .filter((read) => !alignment.local.includes(read))
      .flatMap((read) => read.sentences)
      .find(
        (sentence) =>
          sentence.dates.some((other) => other.day !== undefined && datesAgree(date, other)) &&
          PLANNED.test(sentence.text) &&
          !NOT_PLANNED.test(sentence.text) &&
          claim.keys.some((key) => (alignment.weights.get(key) ?? 0) >= 1 && sentence.keySet.has(key)),
      );
    if (planned === undefined) continue;
    const written = claim.text.slice(last.start, last.end);
    return [
      pathFinding(
        'support.modality',
        'error',
        path,
        `The claim tells 「${written}」 as done on ${date.text}, a day after the listed pages; the source tells it as planned: 「${planned.text}」.`,
        written,
        { kind: 'tense', text: written, sourceText: planned.text },
      ),
    ];
  }
  return [];
}
