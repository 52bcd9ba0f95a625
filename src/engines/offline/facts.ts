import type { Evidence, Fact } from '../../domain/article.ts';
import type { Document } from '../../domain/document.ts';
import { stancedFact } from '../article-parts.ts';

/** The evidence span [start, end) of a document's stored text. */
export function spanOf(document: Document, start: number, end: number): Evidence {
  return { sourceId: document.id, start, end, text: document.text.slice(start, end) };
}

/** A fact that is the source's exact words, with the stance the sentence itself expresses. */
export function verbatimFact(document: Document, start: number, end: number): Fact {
  return stancedFact(document.text.slice(start, end), [spanOf(document, start, end)], true);
}

/** A fact written from a template around phrases of the sources; `evidence` locates each phrase. */
export function templatedFact(text: string, evidence: Evidence[]): Fact {
  return { kind: 'fact', text, evidence, modality: 'asserted', verbatim: false };
}
