import { type DateMention, datesAgree } from '../../text/dates.ts';
import type { Quantity } from '../../text/quantities.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';

// Comparing one element of a claim with one of a source: quantities by value and unit, dates as resolved.

export function sameUnit(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit || a.unit === '' || b.unit === '' || bareKiloOf(a, b) || bareKiloOf(b, a);
}

// A bare キロ is read as kilometres, but Japanese writes it for kilograms as often (重さ約80キロ,
// 体重60キロ): against a weight in kilograms (a page's "about 80 kilograms", 80キログラム) it is the
// same unit. Only the bare counter: キロメートル and キログラム say which they are.
function bareKiloOf(a: Quantity, b: Quantity): boolean {
  return a.unit === 'km' && b.unit === 'kg' && /キロ(?!メートル|グラム)/u.test(a.text);
}

export function sameValue(a: Quantity, b: Quantity): boolean {
  return (
    Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value)) &&
    Boolean(a.vague) === Boolean(b.vague)
  );
}

/**
 * True when a claim's date can be the source's: datesAgree, or — for a source's bare day (17日),
 * whose month was inferred — the same day of the following month (news also reports days ahead).
 */
export function agrees(claim: DateMention, source: DateMention): boolean {
  if (datesAgree(claim, source)) return true;
  // The other reading of a bare day's month (19日 on a page of the 13th: last month's or this
  // month's) can back a claim's full date, never a claim that names only a month. Only a Japanese
  // day (19日) leaves its month out: an English date names it (October 24).
  if (
    !source.relative ||
    source.month === undefined ||
    /月/u.test(source.text) ||
    !/日/u.test(source.text) ||
    claim.day === undefined
  )
    return false;
  const month = (source.month % 12) + 1;
  const year = source.year === undefined ? undefined : month === 1 ? source.year + 1 : source.year;
  return datesAgree(claim, { ...source, month, ...(year === undefined ? {} : { year }) });
}

/** The dates a sentence speaks of: its own, or (when it names no day) those of the sentence before it in the paragraph. */
export function datesOf(sentence: SourceSentence): DateMention[] {
  if (sentence.dates.some((date) => date.day !== undefined) || sentence.previous === undefined)
    return sentence.dates;
  return [...sentence.dates, ...sentence.previous.dates];
}

/**
 * True when two source sentences tell the same thing in their own words: at least three content
 * words in common, making up half of the shorter one's. A claim rests on one outlet's wording, so
 * whether another outlet reports the same event is judged between the two sources' sentences, not
 * only by how much of the claim's wording the other outlet happens to share.
 */
export function retells(a: SourceSentence, b: SourceSentence): boolean {
  const mine = a.keySet;
  const theirs = b.keySet;
  let shared = 0;
  for (const key of theirs) if (mine.has(key)) shared += 1;
  return shared >= 3 && shared >= 0.5 * Math.min(mine.size, theirs.size);
}
