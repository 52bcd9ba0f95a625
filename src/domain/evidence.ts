import type { Article } from './article.ts';
import { articleFacts } from './article.ts';
import type { Document } from './document.ts';

/** One evidence span that does not point at its source's stored text. */
export interface EvidenceProblem {
  sourceId: string;
  start: number;
  end: number;
  reason: 'unknown-source' | 'out-of-range' | 'text-mismatch' | 'hash-mismatch';
}

/**
 * Checks that every evidence span lies inside its own source's stored text and quotes it exactly,
 * and that the article's source hashes match the documents. Pure; the verifier builds on it.
 */
export function findEvidenceProblems(article: Article, documents: readonly Document[]): EvidenceProblem[] {
  const byId = new Map(documents.map((document) => [document.id, document]));
  const problems: EvidenceProblem[] = [];
  for (const source of article.sources) {
    const document = byId.get(source.id);
    if (document && document.contentHash !== source.contentHash) {
      problems.push({ sourceId: source.id, start: 0, end: 0, reason: 'hash-mismatch' });
    }
  }
  for (const fact of articleFacts(article)) {
    for (const span of fact.evidence) {
      const document = byId.get(span.sourceId);
      const base = { sourceId: span.sourceId, start: span.start, end: span.end };
      if (!document) problems.push({ ...base, reason: 'unknown-source' });
      else if (span.end > document.text.length) problems.push({ ...base, reason: 'out-of-range' });
      else if (document.text.slice(span.start, span.end) !== span.text)
        problems.push({ ...base, reason: 'text-mismatch' });
    }
  }
  return problems;
}
