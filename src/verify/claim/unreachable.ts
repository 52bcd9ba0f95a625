import { type Finding, pathFinding } from '../../domain/report.ts';
import { type Clause, type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import { type Alignment, overlapScorer } from './alignment.ts';
import { deonticOf } from './check-polarity.ts';

// Answering someone (取材に応じた, 問い合わせに答えた) against there being no way to reach them: a page
// that says contact could not be made (連絡が取れなかった, 電話がつながらない) denies that they
// answered, though it never uses the claim's verb.

// Verbs of answering or responding to someone: a closed class of Japanese.
const ANSWERING = new Set(['応じる', '答える', '回答', '応答', '応対']);
// Contact that could not be made, in Japanese or English: general news wording.
const UNREACHABLE =
  /(?:連絡|電話|取材)が(?:取れ|とれ|つか|つながら|繋がら)(?:ない|なかっ|ず|ていない|ておらず|ません)|\b(?:could not be reached|not be reached|unreachable|did not (?:respond|answer|return))\b/iu;
// Share of the clause's other words that the sentence of no contact must hold: the same person or
// body and time, not another.
const SAME_MATTER = 0.5;

/**
 * A claim clause that affirms an act of answering (応じた, 答えていた), where no listed source says
 * anyone answered and a source sentence holding most of the clause's other words says contact could
 * not be made (`support.negation`).
 */
export function checkUnreachable(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (!ANSWERING.has(predicate.lemma) || predicate.negated || outside[predicate.start] === '＊') continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    if (clause.quoted || clause.hedges.length > 0 || deonticOf(claim, predicate) !== undefined) continue;
    if (
      alignment.sentences.some((sentence) =>
        sentence.predicates.some((other) => ANSWERING.has(other.lemma) && !other.negated),
      )
    )
      continue;
    const others = clause.keys.filter((key) => key !== predicate.lemma && alignment.weights.has(key));
    const total = others.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0), 0);
    if (total === 0) continue;
    const scoreOf = overlapScorer(alignment, others);
    const denying: SourceSentence | undefined = alignment.sentences.find(
      (sentence) => UNREACHABLE.test(sentence.text) && scoreOf(sentence) >= SAME_MATTER * total,
    );
    if (denying === undefined) continue;
    const said = claim.text.slice(predicate.start, predicate.end);
    return [
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim says 「${said}」; the source says contact could not be made: 「${denying.text}」.`,
        said,
        { kind: 'affirms', text: said, sourceText: denying.text },
      ),
    ];
  }
  return [];
}
