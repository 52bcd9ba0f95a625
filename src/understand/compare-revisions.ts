import { diffArrays } from 'diff';
import { normalizeForMatch, similarity } from '../text/normalize.ts';
import type { DocumentUnderstanding, SourceSentence } from './understand-document.ts';

/**
 * One difference between two versions of a source, sentence by sentence: a sentence reworded or
 * with another figure (`changed`: the old and the new sentence), one that appeared (`added`) or one
 * that went (`removed`). Sentences whose content is the same — differing only in whitespace,
 * punctuation or full/half-width forms — are not differences.
 */
export type RevisionChange =
  | { kind: 'changed'; before: SourceSentence; after: SourceSentence }
  | { kind: 'added'; after: SourceSentence }
  | { kind: 'removed'; before: SourceSentence };

/** Two sentences this alike (character-bigram Dice of their content) are one sentence revised. */
const SAME_SENTENCE = 0.5;

/** A sentence reduced to its content: NFKC, no whitespace, no punctuation or symbols. */
export function sentenceContent(text: string): string {
  return normalizeForMatch(text).replace(/[\p{P}\p{S}]/gu, '');
}

/**
 * Aligns the old and the new version of one source sentence by sentence: the longest common run
 * of sentences with equal content anchors the alignment (Myers diff over the sentences' content);
 * inside each stretch between anchors, an old sentence pairs with the next new one that is at
 * least half alike (in order, so alignment never crosses), and the rest were added or removed.
 */
export function compareRevisions(
  before: DocumentUnderstanding,
  after: DocumentUnderstanding,
): RevisionChange[] {
  const oldSentences = before.sentences;
  const newSentences = after.sentences;
  const parts = diffArrays(
    oldSentences.map((sentence) => sentenceContent(sentence.text)),
    newSentences.map((sentence) => sentenceContent(sentence.text)),
  );
  const changes: RevisionChange[] = [];
  let i = 0;
  let j = 0;
  let removed: SourceSentence[] = [];
  let added: SourceSentence[] = [];
  const flush = () => {
    changes.push(...pairUp(removed, added));
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.removed) {
      removed.push(...oldSentences.slice(i, i + part.count));
      i += part.count;
    } else if (part.added) {
      added.push(...newSentences.slice(j, j + part.count));
      j += part.count;
    } else {
      flush();
      i += part.count;
      j += part.count;
    }
  }
  flush();
  return changes;
}

function pairUp(removed: readonly SourceSentence[], added: readonly SourceSentence[]): RevisionChange[] {
  const changes: RevisionChange[] = [];
  let next = 0;
  for (const old of removed) {
    let best = -1;
    let bestScore = 0;
    for (let k = next; k < added.length; k++) {
      const score = similarity(sentenceContent(old.text), sentenceContent(added[k]?.text ?? ''));
      if (score >= SAME_SENTENCE && score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    if (best < 0) {
      changes.push({ kind: 'removed', before: old });
      continue;
    }
    for (const skipped of added.slice(next, best)) changes.push({ kind: 'added', after: skipped });
    const paired = added[best];
    if (paired !== undefined) changes.push({ kind: 'changed', before: old, after: paired });
    next = best + 1;
  }
  for (const rest of added.slice(next)) changes.push({ kind: 'added', after: rest });
  return changes;
}
