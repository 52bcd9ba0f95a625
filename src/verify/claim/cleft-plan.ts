import type { Token } from '../../text/tokenizer.ts';

// A cleft whose act is a plan (…を調べる方針なのは、Xだ): the one it names is the doer of the act
// planned (vrole38).

/**
 * Nouns that make an act to come the predicate of a copular clause (調べる予定だ, 見直す方針だ,
 * 建てる計画だ, 辞めるつもりだ): the act's doer is the one who plans or means to do it.
 */
const PLAN_NOUN = /^(?:予定|方針|計画|見通し|見込み|考え|意向|つもり|構想|方向)$/u;

/**
 * The index past a plan noun and the attributive copula な that a cleft's の follows (…始める
 * 予定なのは), `i` being the first token after the verb and its auxiliaries; `i` itself when no
 * such noun stands there. The noun must follow the verb at once (始める予定, not 始める前の予定):
 * a noun the verb modifies is the plan itself.
 */
export function pastPlanNoun(tokens: readonly Token[], i: number): number {
  const noun = tokens[i];
  const copula = tokens[i + 1];
  if (noun === undefined || copula === undefined || !PLAN_NOUN.test(noun.surface)) return i;
  if (noun.start !== tokens[i - 1]?.end || copula.surface !== 'な' || copula.pos !== '助動詞') return i;
  return i + 2;
}
