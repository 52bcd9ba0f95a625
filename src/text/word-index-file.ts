/**
 * A word index kept as text: a header line, then one line per word in code-unit order — the word
 * and its related words, tab-separated (normalized words hold no whitespace, so no tab or newline).
 * A reader finds where the lines start and looks a word up by binary search when it is first asked
 * about, instead of reading every line into a map. The synonym dictionary's cache
 * (text/synonyms.ts) and the shipped same-sense table (text/same-sense.ts) are kept so.
 */

/** The file's text for `index` under `header`. */
export function wordIndexText(header: string, index: ReadonlyMap<string, readonly string[]>): string {
  const lines = [header];
  const words = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const word of words) lines.push([word, ...(index.get(word) ?? [])].join('\t'));
  return `${lines.join('\n')}\n`;
}

/**
 * A look-up over such a text, or undefined when it is not whole or its first line is not the
 * header `headerOf` gives for its number of words (a stale or cut file).
 */
export function readWordIndex(
  text: string,
  headerOf: (words: number) => string,
): ((word: string) => readonly string[]) | undefined {
  if (!text.endsWith('\n')) return undefined;
  const starts: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1 && at + 1 < text.length; at = text.indexOf('\n', at + 1))
    starts.push(at + 1);
  if (text.slice(0, (starts[0] ?? text.length) - 1) !== headerOf(starts.length)) return undefined;
  const wordAt = (line: number) => {
    const start = starts[line] as number;
    const tab = text.indexOf('\t', start);
    const end = text.indexOf('\n', start);
    return text.slice(start, tab === -1 || tab > end ? end : tab);
  };
  return (word) => {
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = wordAt(middle);
      if (at === word) {
        const start = starts[middle] as number;
        return text.slice(start, text.indexOf('\n', start)).split('\t').slice(1);
      }
      if (at < word) low = middle + 1;
      else high = middle - 1;
    }
    return [];
  };
}
