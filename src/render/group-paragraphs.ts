import type { Paragraph } from '../domain/article.ts';
import { quoted } from './labels.ts';

/** A run of consecutive body paragraphs of one kind: a quotation run is shown as one marked quote. */
export interface ParagraphRun {
  kind: Paragraph['kind'];
  /** Each paragraph's sentences joined into its text. */
  paragraphs: string[];
}

/**
 * Groups consecutive paragraphs of the same kind, so a quote is introduced and cited once. In a
 * prose paragraph, a verbatim sentence is the source's words: it is shown in 「」.
 */
export function groupParagraphs(body: readonly Paragraph[]): ParagraphRun[] {
  const runs: ParagraphRun[] = [];
  for (const paragraph of body) {
    const text = paragraph.sentences
      .map((fact) => (paragraph.kind === 'prose' && fact.verbatim ? quoted(fact.text) : fact.text))
      .join('');
    const last = runs.at(-1);
    if (last && last.kind === paragraph.kind) last.paragraphs.push(text);
    else runs.push({ kind: paragraph.kind, paragraphs: [text] });
  }
  return runs;
}
