// Every run of n characters of a text, as a set made once per text and n: whether another text
// copies n characters in a row from it is then a look-up per run of that text, not a search of the
// whole text (which, repeated for every sentence of an article, grows with the source's length
// times the article's).

// By length, then by text: the text itself is the key (the same string each time, so its hash is
// computed once; a key built by concatenation would be hashed anew, all of it, on every look-up).
const runSets = new Map<number, Map<string, Set<string>>>();
// Texts kept at once per length: a build's sources; emptied when full.
const RUN_SETS_KEPT = 64;

/** The set of every run of `length` characters (code points) of `text`, made once per text and length. */
export function runsOf(text: string, length: number): ReadonlySet<string> {
  let byText = runSets.get(length);
  if (byText === undefined) {
    byText = new Map();
    runSets.set(length, byText);
  }
  let runs = byText.get(text);
  if (runs === undefined) {
    const chars = [...text];
    runs = new Set<string>();
    for (let i = 0; i + length <= chars.length; i++) runs.add(chars.slice(i, i + length).join(''));
    if (byText.size >= RUN_SETS_KEPT) byText.clear();
    byText.set(text, runs);
  }
  return runs;
}
