import type { GlossMatch } from './english-gloss.ts';

// The doer of an English passive named in its by-phrase (were rescued by firefighters, was fined
// by the regulator): the one verb form of English that names who did it right after the verb, so
// the doer is read without parsing the sentence.

/** A glossed verb said in the passive with its doer: the Japanese lemma and the doer's Japanese noun. */
export interface EnglishPassiveDoer {
  /** The Japanese lemma of the verb (救助 for rescue), as glossedPredicates gives it. */
  lemma: string;
  /** The Japanese of the by-phrase's noun (消防隊員 for firefighters). */
  doer: string;
  start: number;
}

// be/get before the participle, with at most one adverb between (were briefly, was later).
const PASSIVE_BEFORE =
  /\b(?:am|is|are|was|were|be|been|being|got|gets|get)\s+(?:(?:\w+ly|later|also|then|soon)\s+)?$/iu;
// by, then at most an article or a determiner, then the noun the vocabulary glosses.
const BY_AFTER = /^\s+by\s+(?:(?:the|a|an|its|their|local|two|three|several|some)\s+)?$/iu;

/**
 * The verbs of an English sentence said in the passive with a by-phrase whose first word the
 * vocabulary glosses as a noun. Nothing for a passive with no by-phrase (the doer is not said), nor
 * for a by-phrase the vocabulary does not gloss (by hand, by 10%: not a doer).
 */
export function englishPassiveDoers(text: string, glosses: readonly GlossMatch[]): EnglishPassiveDoer[] {
  const out: EnglishPassiveDoer[] = [];
  for (const match of glosses) {
    const gloss = match.gloss;
    if (gloss.kind !== 'verb') continue;
    if (!PASSIVE_BEFORE.test(text.slice(Math.max(0, match.start - 30), match.start))) continue;
    const doer = glosses.find(
      (other) =>
        other.gloss.kind === 'noun' &&
        other.start > match.end &&
        BY_AFTER.test(text.slice(match.end, other.start)),
    );
    if (doer === undefined || doer.gloss.kind !== 'noun') continue;
    out.push({ lemma: gloss.noun ?? gloss.ja, doer: doer.gloss.ja, start: match.start });
  }
  return out;
}
