import type { Predicate } from '../../understand/read-sentence.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';

// Potentials: an act said as being able to do it (送れる, 使える, 送ることができる). Closed grammar of
// Japanese: a 五段 verb's potential is the verb with its ending moved to the え-row and る (送る →
// 送れる, 使う → 使える, 書く → 書ける); 〜ことができる says the same of any verb.

const E_ROW_TO_U: Readonly<Record<string, string>> = {
  え: 'う',
  け: 'く',
  げ: 'ぐ',
  せ: 'す',
  て: 'つ',
  ね: 'ぬ',
  べ: 'ぶ',
  め: 'む',
  れ: 'る',
};

/**
 * The 五段 verb a lemma is the potential of, read from its spelling (送れる → 送る, 使える → 使う); a
 * kanji stem, optional okurigana, an え-row kana and る. A transitive 一段 verb of a 自他 pair reads
 * the same way (続ける → 続く, 届ける → 届く), which is why only a source's denied potential, or one
 * written with ことができる, is read as the act (below): that the doer could not do it says the act
 * was not done, whichever of the pair the spelling names.
 */
export function potentialBaseOf(lemma: string): string | undefined {
  // Every source predicate is asked this for every claim predicate: most lemmas fail on their last kana.
  if (!lemma.endsWith('る')) return undefined;
  const match = /^([\p{Script=Han}々]+\p{Script=Hiragana}*?)([えけげせてねべめれ])る$/u.exec(lemma);
  if (match === null) return undefined;
  return `${match[1]}${E_ROW_TO_U[match[2] as string]}`;
}

// A verb right before 〜ことができる (送ることができない, 使うことが出来た).
const ABILITY = /^[\p{Script=Han}々]+\p{Script=Hiragana}{1,2}?ことが(?:でき|出来)/u;

/**
 * Whether a source predicate states the ability to do the claim's act, so that its polarity answers
 * the claim's: a denied potential of the claim's verb (猟銃は使えなかった against 猟銃を使って; could
 * not, so did not — an affirmed potential says nothing of whether the act was done), or the claim's
 * own potential said with 〜ことができる (送れている against 送ることができない).
 */
export function answersByAbility(
  claimLemma: string,
  forms: ReadonlySet<string>,
  sentence: Pick<SourceSentence, 'text'>,
  other: Predicate,
): boolean {
  const base = potentialBaseOf(other.lemma);
  if (other.negated && base !== undefined && forms.has(base)) return true;
  const claimBase = potentialBaseOf(claimLemma);
  if (claimBase === undefined || other.lemma !== claimBase) return false;
  return ABILITY.test(sentence.text.slice(other.start));
}
