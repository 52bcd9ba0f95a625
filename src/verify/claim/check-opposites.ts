import { type Finding, pathFinding } from '../../domain/report.ts';
import { antonymsOf } from '../../text/antonyms.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import { type Clause, type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import { type Alignment, alignClause } from './alignment.ts';

// Opposites: a predicate whose source counterpart says the opposite (減った for 増えた, 否決 for 可決).

/**
 * Each affirmed predicate of the claim is compared with the source sentence its clause aligns to
 * (by the clause's other words): when that sentence says the predicate's opposite (text/antonyms.ts)
 * and never the predicate itself nor a synonym of it, the claim reverses what the source says —
 * as surely as a negation does, so it is reported as one (`support.negation`).
 */
export function checkOpposites(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (predicate.negated || outside[predicate.start] === '＊') continue;
    const forms = [predicate.lemma, ...(alignment.synonyms.get(predicate.lemma) ?? [])];
    const opposites = new Set(forms.flatMap(antonymsOf).filter((word) => !forms.includes(word)));
    // Only an opposite some listed source uses can be said of the claim's event.
    if (![...opposites].some((word) => alignment.local.some((understanding) => understanding.keys.has(word))))
      continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    const keys = clause.keys.filter((key) => !forms.includes(key) && !opposites.has(key));
    const counterpart = alignClause(alignment, keys);
    if (counterpart === undefined) continue;
    const sentence = counterpart.sentence;
    const norm = alignment.norms.get(sentence);
    const written = normalizeForMatch(claim.text.slice(predicate.start, predicate.end));
    if (forms.some((form) => sentence.keys.includes(form) || ([...form].length >= 2 && norm.includes(form))))
      continue;
    if ([...written].length >= 2 && norm.includes(written)) continue;
    const opposite = [...opposites].find(
      (word) =>
        sentence.predicates.some((p) => p.lemma === word && !p.negated) ||
        (sentence.keys.includes(word) && !sentence.predicates.some((p) => p.lemma === word && p.negated)),
    );
    if (opposite === undefined) continue;
    out.push(
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim says 「${claim.text.slice(predicate.start, predicate.end)}」 where the source says the opposite, 「${opposite}」: 「${sentence.text}」.`,
        claim.text.slice(predicate.start, predicate.end),
      ),
    );
  }
  return out;
}
