/** One line of a text: its content (without the line break) and where it starts. */
export interface TextLine {
  /** 0-based index of the line. */
  index: number;
  offset: number;
  text: string;
}

/** Splits `text` into lines at `\r\n`, `\n` and `\r`, keeping each line's offset. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let offset = 0;
  for (const match of text.matchAll(/\r\n|\n|\r/g)) {
    lines.push({ index: lines.length, offset, text: text.slice(offset, match.index) });
    offset = match.index + match[0].length;
  }
  lines.push({ index: lines.length, offset, text: text.slice(offset) });
  return lines;
}

/** Maps an offset of the checked text to a 1-based line number of the input, for messages. */
export type LineOf = (offset: number) => number;
