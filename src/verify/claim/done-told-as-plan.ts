import { type Finding, pathFinding } from '../../domain/report.ts';
import { directedPeers } from '../../understand/directed-act.ts';
import type { SentenceReading } from '../../understand/read-sentence.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import type { Alignment } from './alignment.ts';
import { deonticOf } from './check-polarity.ts';
import { aspectAfter, tenseAfter } from './check-tense.ts';

// A done act told as a plan: 〜する方針だ, 〜する予定だ, 〜する考えだ say the act is still to come. A
// source that tells the same act as done (厳重注意した, 見直すよう求めた) and nowhere as still to come
// says the opposite of a plan — the act is past planning.

// A plan noun closing the claim right after its verb (注意する方針だ, 求める予定です, 出す考えを示した):
// the closed class of Japanese news that tells an act intended, not done. 方針だった and 予定だった
// tell a plan of the past, whose outcome they leave open, and are not read.
const PLAN_AFTER =
  /^(?:する|させる|す|を行う)?(?:方針|予定|計画|考え|意向)(?:だ(?!っ)|です|である|を(?:示し|明らかにし)た|。|$)/u;
const PLAN_WORD = /^(?:方針|予定|計画|考え|意向)$/u;

/**
 * The words a claim's act is told by (its verb, the verb's synonyms, and an act directed at someone
 * by any verb of its group: 求める, 指示した), the claim's other words, and how many of those a
 * sentence shares.
 */
function wordsOfAct(
  claim: SentenceReading,
  alignment: Alignment,
  predicate: SentenceReading['predicates'][number],
) {
  const forms = new Set([
    predicate.lemma,
    ...(alignment.synonyms.get(predicate.lemma) ?? []),
    ...directedPeers(predicate.lemma),
  ]);
  const others = claim.keys.filter((key) => !forms.has(key) && !PLAN_WORD.test(key));
  const shared = (sentence: { keys: readonly string[] }) =>
    others.filter((key) => sentence.keys.includes(key)).length;
  return { forms, others, shared };
}

/**
 * A done act told as a plan: the claim tells its act as intended (〜する方針だ) where the Japanese
 * source sentences about the same matter (half the claim's other words, two at least) tell it,
 * affirmed, unhedged and no rule, in the past (厳重注意した), with two thirds of those words, and none
 * of them tells it as still to come (a hedge on its clause, or another tense). An act directed at
 * someone is one act whichever verb of its group words it (求める, 指示した). A quoting claim and an
 * English page are left alone (`support.modality`, kind `planned`).
 */
export function doneToldAsPlan(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage || claim.quotes.length > 0) return [];
  for (const predicate of claim.predicates) {
    if (predicate.negated || predicate.kind !== 'verb') continue;
    if (!PLAN_AFTER.test(claim.text.slice(predicate.end))) continue;
    const { forms, others, shared } = wordsOfAct(claim, alignment, predicate);
    const about = alignment.local.flatMap((understanding) =>
      understanding.sentences.filter(
        (sentence) => shared(sentence) >= 2 && shared(sentence) * 2 >= others.length,
      ),
    );
    const acts = (sentence: SourceSentence) =>
      sentence.predicates.filter((other) => forms.has(other.lemma) && !other.negated);
    const done = (sentence: SourceSentence, other: SourceSentence['predicates'][number]) =>
      toldAsDone(sentence, other) &&
      (sentence.clauses[other.clause]?.hedges.length ?? 1) === 0 &&
      deonticOf(sentence, other) === undefined;
    const saying = about.filter(
      (sentence) =>
        shared(sentence) * 3 >= others.length * 2 && acts(sentence).some((other) => done(sentence, other)),
    );
    if (saying.length === 0) continue;
    // Any sentence about the matter that tells the act otherwise (求める方針だ, 求めていく) leaves the
    // plan said.
    if (about.some((sentence) => acts(sentence).some((other) => !done(sentence, other)))) continue;
    const written = claim.text.slice(predicate.start, predicate.end);
    const source = (saying[0] as SourceSentence).text;
    return [
      pathFinding(
        'support.modality',
        'error',
        path,
        `The claim tells 「${written}」 as a plan; the source says it was done or is under way: 「${source}」.`,
        written,
        { kind: 'planned', text: written, sourceText: source },
      ),
    ];
  }
  return [];
}

/**
 * True when the source tells its act as done or past planning: in the past (厳重注意した); under way
 * (調べている: aspectAfter); or in a continuative ending its clause (担当者を役場に呼び、) where the
 * predicate closing the sentence is past and unhedged (…報告するよう求めた): a clause joined so
 * takes the tense of the last.
 */
function toldAsDone(sentence: SourceSentence, act: SourceSentence['predicates'][number]): boolean {
  const tense = tenseAfter(sentence.tokens, act.end);
  if (tense !== 'other') return tense === 'past';
  const aspect = aspectAfter(sentence.tokens, act.end);
  if (aspect !== 'joined') return aspect === 'underway';
  const last = sentence.predicates.at(-1);
  return (
    last !== undefined &&
    last.start > act.end &&
    tenseAfter(sentence.tokens, last.end) === 'past' &&
    (sentence.clauses[last.clause]?.hedges.length ?? 1) === 0
  );
}

// A plan of the past: the plan noun or the formal noun of expectation closing the act's verb in
// the past copula (修理する予定だった, 届くはずだった, 辞めるつもりでした), or the plan put in the passive
// past after the act named as its topic (修理は25日に予定されていた). Closed grammar of Japanese: a
// past plan says what was to happen and leaves open whether it did.
const PAST_PLAN_AFTER =
  /^(?:する|させる|す|を行う|が行われる|される)?(?:予定|はず|つもり|計画)(?:だっ|でし)た/u;
const PAST_PLAN_PASSIVE = /予定され(?:てい)?(?:た|ました)/u;
// The same after the act's own verbal noun, within its clause (修理は25日に予定されていた).
const PAST_PLAN_PASSIVE_AFTER = /^[^、。]{0,16}?予定され(?:てい)?(?:た|ました)/u;
// The support verbs that only carry the act their verbal noun names (修理が行われた, 点検を実施した).
const CARRIER: ReadonlySet<string> = new Set(['行う', '実施', 'する']);
// The cheap guard: no page sentence has one of these, no past plan can be read.
const PAST_PLAN_WORD = /予定|はず|つもり|計画/u;

/**
 * A past plan told as done, the mirror of doneToldAsPlan: the claim tells its act done (past,
 * affirmed, its clause unhedged) where a Japanese source sentence about the same matter tells that
 * act only as planned in the past (修理する予定だった, 修理は…予定されていた) and no listed sentence
 * tells it done (`support.modality`, kind `flat`). A quoting claim and an English page are left alone.
 */
export function pastPlanToldDone(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage || claim.quotes.length > 0) return [];
  if (claim.clauses.some((clause) => clause.hedges.length > 0)) return [];
  const local = alignment.local.flatMap((understanding) => understanding.sentences);
  const plans = local.filter((sentence) => PAST_PLAN_WORD.test(sentence.text));
  if (plans.length === 0) return [];
  for (const predicate of claim.predicates) {
    if (predicate.negated || predicate.kind !== 'verb') continue;
    if (tenseAfter(claim.tokens, predicate.end) !== 'past') continue;
    const { forms, others, shared } = wordsOfAct(claim, alignment, predicate);
    const pastPlan = (sentence: SourceSentence, act: SourceSentence['predicates'][number]) =>
      PAST_PLAN_AFTER.test(sentence.text.slice(act.end)) ||
      (act.lemma !== '予定' && PAST_PLAN_PASSIVE_AFTER.test(sentence.text.slice(act.end)));
    const acts = (sentence: SourceSentence) =>
      sentence.predicates.filter((other) => forms.has(other.lemma) && !other.negated);
    // The act named as the topic of a plan put in the passive (修理は…予定されていた), told done by
    // a support verb in the claim (修理は…行われた): the plan is the sentence's own predicate.
    const passivePlan = (sentence: SourceSentence) => PAST_PLAN_PASSIVE.test(sentence.text);
    const planned = plans.find(
      (sentence) =>
        shared(sentence) >= 1 &&
        shared(sentence) * 2 >= others.length &&
        (acts(sentence).some((other) => pastPlan(sentence, other)) ||
          (CARRIER.has(predicate.lemma) && passivePlan(sentence))),
    );
    if (planned === undefined) continue;
    const done = (sentence: SourceSentence, other: SourceSentence['predicates'][number]) =>
      !pastPlan(sentence, other) &&
      toldAsDone(sentence, other) &&
      (sentence.clauses[other.clause]?.hedges.length ?? 1) === 0;
    if (local.some((sentence) => acts(sentence).some((other) => done(sentence, other)))) continue;
    const written = claim.text.slice(predicate.start, predicate.end);
    return [
      pathFinding(
        'support.modality',
        'error',
        path,
        `The claim tells 「${written}」 as done; the source tells it only as planned: 「${planned.text}」.`,
        written,
        { kind: 'flat', hedge: '予定', sourceText: planned.text },
      ),
    ];
  }
  return [];
}
