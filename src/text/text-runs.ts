// Every run of n characters of a text, as a set made once per text and n: whether another text
// copies n characters in a row from it is then a look-up per run of that text, not a search of the
// whole text (which, repeated for every sentence of an article, grows with the source's length
// times the article's).

const runSets = new Map<string, Set<string>>();
// Texts kept at once: a build's sources, for every length asked; emptied when full.
const RUN_SETS_KEPT = 64;

/** The set of every run of `length` characters (code points) of `text`, made once per text and length. */
export function runsOf(text: string, length: number): ReadonlySet<string> {
  const key = `${length}\u0000${text}`;
  let runs = runSets.get(key);
  if (runs === undefined) {
    const chars = [...text];
    runs = new Set<string>();
    for (let i = 0; i + length <= chars.length; i++) runs.add(chars.slice(i, i + length).join(''));
    if (runSets.size >= RUN_SETS_KEPT) runSets.clear();
    runSets.set(key, runs);
  }
  return runs;
}
