import type { TextLocation } from '../domain/report.ts';

const LINE_BREAK = /\r\n|\n|\r/g;

/**
 * Maps offsets of `text` to 1-based line and column (UTF-16 code units, as editors count). The line
 * starts are found once, so locating many findings in a long text stays cheap (binary search).
 */
export function createLocator(text: string): (offset: number, length: number) => TextLocation {
  const starts = [0];
  for (const match of text.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);
  return (offset, length) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= at) low = middle;
      else high = middle - 1;
    }
    return {
      line: low + 1,
      column: at - (starts[low] as number) + 1,
      offset: at,
      length: Math.max(0, Math.min(length, text.length - at)),
    };
  };
}
