import { normalizeParagraph } from './normalize-paragraph.ts';

/** A text source cut into its headline and body paragraphs. */
export interface SplitText {
  title?: string;
  paragraphs: string[];
}

/** Lines, with Windows and old Mac line ends read as line ends. */
export const toLines = (text: string) => text.split(/\r\n?|\n/);

/**
 * Plain text: the first non-empty line is the headline; the rest splits into paragraphs at blank
 * lines. Lines inside a paragraph are joined (without a space between Japanese characters).
 */
export function splitPlainText(text: string): SplitText {
  const lines = toLines(text);
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  if (titleIndex === -1) return { paragraphs: [] };
  const paragraphs: string[] = [];
  let block: string[] = [];
  for (const line of [...lines.slice(titleIndex + 1), '']) {
    if (line.trim() !== '') {
      block.push(line);
      continue;
    }
    const paragraph = normalizeParagraph(block.join('\n'));
    if (paragraph) paragraphs.push(paragraph);
    block = [];
  }
  const title = normalizeParagraph(lines[titleIndex] ?? '');
  return { ...(title ? { title } : {}), paragraphs };
}
