/**
 * The body that found what a source sentence reports, where the sentence names no teller: the
 * subject of an act of investigating that opens it. In Japanese X が…調べたところ、… (the finding
 * follows the comma); in English "The X has traced / found / measured …" with no speaker phrase.
 * A claim that gives the finding to another body with 〜によると gives it to someone the source
 * does not (check-attribution.ts).
 */

// An act of investigating closed by たところ、: what follows is what the act found.
const FOUND_BY = /(?:調べ|確認し|調査し|測定し|測っ|検査し|分析し)たところ、/u;

/**
 * The finder of a Japanese sentence (保健所 for 保健所が浴槽の湯を調べたところ、…) and where the
 * finding begins; undefined where the sentence opens no such act or its subject is no noun marked
 * with が in the act's clause.
 */
export function finderOf(text: string): { finder: string; from: number } | undefined {
  const act = FOUND_BY.exec(text);
  if (act === null) return undefined;
  const subject = /([\p{Script=Han}\p{Script=Katakana}ー]+)が[^、。が]{0,24}$/u.exec(
    text.slice(0, act.index),
  );
  if (subject?.[1] === undefined) return undefined;
  return { finder: subject[1], from: act.index + act[0].length };
}

// "The X has traced …": a definite subject of up to eight words before a verb of finding — none of
// them a verb of saying or a pronoun (The office said it traced … is its speaker's, read elsewhere).
const SUBJECT_WORD = String.raw`(?!(?:said|says|told|reported|announced|it|they|that|which|who)\b)[\w'-]+`;
const FOUND_BY_ENGLISH = new RegExp(
  String.raw`^(The\s+(?:${SUBJECT_WORD}\s+){0,7}?${SUBJECT_WORD})\s+(?:has\s+|have\s+|had\s+)?(?:traced|found|measured|detected|confirmed|identified|counted)\b`,
  'u',
);

/** The subject of an English sentence that opens with an act of finding, else undefined. */
export function englishFinderOf(text: string): string | undefined {
  return FOUND_BY_ENGLISH.exec(text.trim())?.[1];
}
