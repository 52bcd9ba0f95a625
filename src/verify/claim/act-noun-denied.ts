import { type Finding, pathFinding } from '../../domain/report.ts';
import { existentOf } from '../../understand/existence.ts';
import {
  type Clause,
  headsRelativeClause,
  isContinuativeOf,
  isNegatingVerb,
  type Predicate,
  type SentenceReading,
  statesRule,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import { type Alignment, alignClause } from './alignment.ts';

// An act denied through its noun: 点検はなかった, 見回りがなかった say the act was not done as
// surely as 点検しなかった does, though no verb of the sentence is negated. A claim that affirms the
// act with its verb (点検した, 見回っていた) reverses the source.

/**
 * A claim clause that affirms an act with its verb (見回っていた, 実施した), plainly — unnegated,
 * unhedged, unquoted, asking for nothing, heading no relative clause — where the source sentence its
 * other words align to (about as closely as its best counterpart) denies the existence of the act's
 * own noun: the verbal noun itself (実施はなかった) or the verb's continuative form written as a noun
 * (見回りがなかった, 支払いはない). No listed source may say the act affirmed with its verb except as a
 * rule or an expectation (見回ることになっているが…). `support.negation`.
 */
export function checkActNounDenied(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (
      predicate.negated ||
      predicate.kind !== 'verb' ||
      outside[predicate.start] === '＊' ||
      isNegatingVerb(predicate.lemma) ||
      headsRelativeClause(claim.tokens, predicate.end)
    )
      continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    if (clause.quoted || clause.hedges.length > 0) continue;
    if (claim.predicates.some((one) => one.clause === predicate.clause && one.negated)) continue;
    // A condition, a request or a rule (見回れば, 見回るよう, 見回ることになっている) says
    // nothing of whether the act was done.
    const after = claim.text.slice(predicate.end, predicate.end + 12);
    if (
      /^\p{Script=Hiragana}{0,4}?(?:ば|たら|なら|よう)/u.test(after) ||
      statesRule(claim.text, predicate.end)
    )
      continue;
    const forms = new Set([predicate.lemma, ...(alignment.synonyms.get(predicate.lemma) ?? [])]);
    const isAct = (noun: string) => [...forms].some((form) => noun === form || isContinuativeOf(noun, form));
    const deniesAct = (sentence: SourceSentence) =>
      sentence.predicates.some((other) => {
        if (!other.negated) return false;
        const existent = existentOf(sentence, other);
        return existent !== undefined && isAct(existent);
      });
    const keys = clause.keys.filter((key) => !forms.has(key));
    const counterpart = alignClause(alignment, keys);
    const aligned = alignClause(alignment, keys, deniesAct);
    if (counterpart === undefined || aligned === undefined || aligned.score < 0.7 * counterpart.score)
      continue;
    const affirmsAct = (sentence: SourceSentence, other: Predicate) =>
      forms.has(other.lemma) && !other.negated && !statesRule(sentence.text, other.end);
    if (
      alignment.sentences.some((sentence) => sentence.predicates.some((other) => affirmsAct(sentence, other)))
    )
      continue;
    const said = claim.text.slice(predicate.start, predicate.end);
    return [
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim affirms 「${said}」; the source says there was none: 「${aligned.sentence.text}」.`,
        said,
        { kind: 'affirms', text: said, sourceText: aligned.sentence.text },
      ),
    ];
  }
  return [];
}

/**
 * The reverse: a claim clause that denies the existence of an act's noun (定めはない, 点検はなかった),
 * plainly — unhedged, unquoted, no condition — where the source sentence its other words align to
 * (about as closely as its best counterpart) affirms the act with its verb (定めている, 点検した):
 * the verbal noun itself or the verb whose continuative form the noun is, unnegated, in an unhedged
 * clause, told neither as a rule nor an expectation nor asked about. No listed source may deny the
 * act, with its verb or through its noun. `support.negation`.
 */
export function checkActOfNounDenied(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (!predicate.negated || predicate.kind !== 'existence' || outside[predicate.start] === '＊') continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    if (clause.quoted || clause.hedges.length > 0) continue;
    const noun = existentOf(claim, predicate);
    // The act's noun: a verbal noun of two kanji or more, or a continuative written with okurigana.
    if (noun === undefined || !(/^\p{Script=Han}{2,}$/u.test(noun) || /\p{Script=Hiragana}$/u.test(noun)))
      continue;
    const isAct = (lemma: string) => lemma === noun || isContinuativeOf(noun, lemma);
    const affirms = (sentence: SourceSentence, other: Predicate) =>
      isAct(other.lemma) &&
      other.kind === 'verb' &&
      !other.negated &&
      (sentence.clauses[other.clause]?.hedges.length ?? 1) === 0 &&
      !sentence.clauses[other.clause]?.quoted &&
      !statesRule(sentence.text, other.end) &&
      !/^\p{Script=Hiragana}{0,4}?(?:ば|たら|なら|か)/u.test(sentence.text.slice(other.end, other.end + 8));
    const deniesAct = (sentence: SourceSentence) =>
      sentence.predicates.some(
        (other) =>
          other.negated &&
          (isAct(other.lemma) || (other.kind === 'existence' && existentOf(sentence, other) === noun)),
      );
    if (alignment.sentences.some(deniesAct)) continue;
    const keys = clause.keys.filter((key) => key !== noun);
    const counterpart = alignClause(alignment, keys);
    const aligned = alignClause(alignment, keys, (sentence) =>
      sentence.predicates.some((other) => affirms(sentence, other)),
    );
    if (counterpart === undefined || aligned === undefined || aligned.score < 0.7 * counterpart.score)
      continue;
    const said = claim.text.slice(predicate.start, predicate.end);
    return [
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim says there is no 「${noun}」; the source says it was done: 「${aligned.sentence.text}」.`,
        said,
        { kind: 'negates', text: noun, sourceText: aligned.sentence.text },
      ),
    ];
  }
  return [];
}
