import type { Finding } from '../../domain/report.ts';
import { keyOf, type SentenceReading } from '../../understand/read-sentence.ts';
import type { Alignment } from './alignment.ts';
import { affirmedWord, unsaidWordFinding } from './unsaid-payment.ts';

// A sanction no source mentions: 「同社は担当の社員を懲戒解雇した」, 「市は課長を更迭した」, 「職員は
// 停職3カ月となった」. What an employer did to the person at fault is a fact of its own, and a
// plausible one to add to an error or an accident: a summary that says someone was disciplined,
// dismissed or demoted where no listed page speaks of any sanction, dismissal or resignation at all
// gives a fact the sources do not. The words of a workplace sanction are a closed lexical class
// (discipline, dismissal, suspension from duty, pay cut, reprimand, demotion, removal from a post),
// not a list of people or offences. Only a sanction the claim affirms: one it denies
// (解雇しなかった, 処分しない方針だ) adds none.

/** The claim's words of a sanction: the verbal nouns of disciplinary action (懲戒処分, 解雇する, 更迭した). */
const SANCTION_NOUN = /^(?:懲戒|解雇|減給|停職|更迭|戒告|訓告|諭旨|免職|降格|左遷)$/u;

/**
 * A source word of a sanction or of leaving a post: the same class, 処分 in any sense (懲戒処分,
 * 処分を検討), a punishment, a dismissal from a post (解任, 罷免), a resignation (辞任, 辞職, 退職);
 * in English the same. Any of them anywhere in a listed page lets a claim tell the sanction in words
 * of its own (a page that speaks of a resignation may be summarized loosely; the check leaves it).
 */
const SANCTIONED_JA =
  /懲戒|処分|処罰|懲罰|解雇|減給|停職|更迭|戒告|訓告|諭旨|免職|降格|左遷|解任|罷免|辞任|辞職|退職|辞め/u;
const SANCTIONED_EN =
  /\b(?:disciplin\w*|dismiss\w*|fired|firing|sack\w*|suspend\w*|suspension|demot\w*|reprimand\w*|punish\w*|pay cut|resign\w*|step(?:s|ped)? down)\b/iu;

/**
 * A sanction (SANCTION_NOUN, affirmed, outside quotes) where no sentence of the listed pages, in any
 * language, has a word of a sanction or of leaving a post (SANCTIONED_JA, SANCTIONED_EN): the claim
 * adds what was done to the person at fault.
 */
export function checkUnsaidSanction(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.scope.length === 0) return [];
  // Cheap test first: no word of the class in the claim's text, nothing to read.
  if (!/懲戒|解雇|減給|停職|更迭|戒告|訓告|諭旨|免職|降格|左遷/u.test(claim.text)) return [];
  return unsaidWordFinding(
    alignment,
    path,
    affirmedWord(claim, (token) => token.pos === '名詞' && SANCTION_NOUN.test(keyOf(token))),
    (text) => SANCTIONED_JA.test(text) || SANCTIONED_EN.test(text),
    'sanction',
    (word) =>
      `No listed source speaks of any sanction, dismissal or resignation: 「${word}」 adds what was done to the person at fault.`,
  );
}
