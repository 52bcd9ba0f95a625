import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer } from 'stemmer';
import { type Edict, type EdictEntry, isShippedEdict, loadEdict, plainGloss } from '../text/edict.ts';

/**
 * Sense keys: what a Japanese word means, read from EDICT's English glosses (src/text/edict.ts), so
 * that two words a dictionary glosses alike meet — 延期 "postponement" and 先送り "postpone", 謝罪
 * "apology" and 詫びる "apologize". A word's key is its main translation — the first gloss of its
 * first sense, where that sense is a noun's or a verb's — made plain (`plainGloss`) with each English
 * word brought to its stem (Porter's, the `stemmer` package), so a noun's gloss meets its verb's. Only
 * specific keys count: a key that more than `SENSE_KEY_LIMIT` headwords share ("run", "large",
 * "spread") names a family of meanings, not one thing or act. General lexical knowledge from a
 * dictionary; no word list of the project's own.
 */

/**
 * The most headwords a sense key may have and still name one thing or act. Read from the
 * dictionary's own distribution over its content words' keys (the first gloss of a noun's or a
 * verb's first sense): half of all (key, headword) pairs are keys of one headword, 95% keys of at
 * most eight, and the keys past that are the broad words of everyday use (change, end, meet, plan,
 * receive, return, time, work: 9 to 24 headwords each) — see docs/stories.md, stories46.
 */
export const SENSE_KEY_LIMIT = 8;

// The parts of speech of a thing or an act: nouns (n, n-adv, n-t, vs …), verbs (v1, v5…, vs-i …).
// Not adverbs, adjectives, particles, counters, prefixes or expressions: their glosses name manners
// and relations, which a paraphrase of one event need not share.
const CONTENT_POS =
  /^(?:n|n-adv|n-t|vs|vs-s|vs-i|vt|vi|v1|v5[a-z]+(?:-[a-z]+)?|v5aru|v5k-s|v5r-i|v5u-s|v5uru)$/;

/** A gloss as a sense key: `plainGloss`, each word stemmed ("postponement" and "postpone" → "postpon"). */
export function senseKeyOf(gloss: string): string {
  return plainGloss(gloss)
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => stemmer(word))
    .join(' ');
}

interface SenseIndex {
  /**
   * Specific sense key → the headwords whose main translation it is, in the dictionary's order:
   * only the keys of 2 to `SENSE_KEY_LIMIT` headwords (a key of one headword relates no word, and a
   * broader one names no one thing or act).
   */
  byKey: Map<string, readonly string[]>;
  /** Memo: word → the other words it shares a specific key with. */
  related: Map<string, readonly string[]>;
}

const indexes = new WeakMap<Edict, SenseIndex>();

/** The words an entry is written as: its headword, and its reading where the dictionary marks it usually kana. */
function formsOf(entry: EdictEntry): string[] {
  return entry.usuallyKana && entry.reading !== entry.headword
    ? [entry.headword, entry.reading]
    : [entry.headword];
}

function contentKeysOf(entry: EdictEntry): string[] {
  // The first gloss of the first sense only: the dictionary's main translation of the word (出る
  // "to leave", not its twenty other senses; 委託 "consigning", not its later "trust", which 信頼
  // shares), where the sense is a thing or an act.
  const sense = entry.senses[0];
  const gloss = sense?.glosses[0];
  if (sense === undefined || gloss === undefined || !sense.pos.some((code) => CONTENT_POS.test(code)))
    return [];
  const key = senseKeyOf(gloss);
  return key === '' ? [] : [key];
}

/** Every entry's content key read and counted: the specific keys with their headwords (parses all ~23,000 entries). */
function specificKeysOf(edict: Edict): Map<string, readonly string[]> {
  const byKey = new Map<string, Set<string>>();
  for (const entry of edict.allEntries())
    for (const key of contentKeysOf(entry)) {
      const words = byKey.get(key);
      if (words === undefined) byKey.set(key, new Set([entry.headword]));
      else words.add(entry.headword);
    }
  const specific = new Map<string, readonly string[]>();
  for (const [key, words] of byKey)
    if (words.size >= 2 && words.size <= SENSE_KEY_LIMIT) specific.set(key, [...words]);
  return specific;
}

// The shipped dictionary's specific keys, found ahead by scripts/build-sense-keys.ts and committed
// (test/sense-keys-table.test.ts checks the file is what the dictionary gives), so a process that
// clusters stories reads a small table instead of parsing and stemming every entry (~0.5 s CPU).
const TABLE = join(import.meta.dirname, '..', '..', 'data', 'edict', 'sense-keys.tsv');
const tableHeader = (source: string) =>
  `# matome: EDICT's specific sense keys (2 to ${SENSE_KEY_LIMIT} headwords; src/stories/sense-keys.ts); dictionary: ${source}`;

/**
 * The table file's text for a dictionary: a header line naming the limit and the dictionary's own
 * first line (`source`), then one line per specific key in the order the dictionary first gives it —
 * the key and its headwords in the dictionary's order, tab-separated (keys and headwords hold no tab).
 */
export function senseKeyTableOf(edict: Edict, source: string): string {
  const lines = [tableHeader(source)];
  for (const [key, words] of specificKeysOf(edict)) lines.push([key, ...words].join('\t'));
  return `${lines.join('\n')}\n`;
}

/** The committed table, or undefined when it is missing or was made for another limit (then the keys are counted again). */
function readTable(): Map<string, readonly string[]> | undefined {
  let text: string;
  try {
    text = readFileSync(TABLE, 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  if (!(lines[0] ?? '').startsWith(tableHeader(''))) return undefined;
  const byKey = new Map<string, readonly string[]>();
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const [key = '', ...words] = line.split('\t');
    byKey.set(key, words);
  }
  return byKey;
}

function indexOf(edict: Edict): SenseIndex {
  let index = indexes.get(edict);
  if (index === undefined) {
    const byKey = (isShippedEdict(edict) ? readTable() : undefined) ?? specificKeysOf(edict);
    index = { byKey, related: new Map() };
    indexes.set(edict, index);
  }
  return index;
}

/** The specific sense keys of a word (its content senses' keys that at most `SENSE_KEY_LIMIT` headwords share). */
export function senseKeysOf(word: string, edict: Edict = loadEdict()): string[] {
  const { byKey } = indexOf(edict);
  const keys = new Set<string>();
  for (const entry of edict.entriesOf(word))
    for (const key of contentKeysOf(entry)) if (byKey.has(key)) keys.add(key);
  return [...keys];
}

/**
 * The other words, two characters or more, that share a specific sense key with `word` (延期 →
 * 先送り …): a paraphrase's word for the same thing or act. Empty for a word the dictionary lacks.
 */
export function senseRelatedOf(word: string, edict: Edict = loadEdict()): readonly string[] {
  const index = indexOf(edict);
  const memo = index.related.get(word);
  if (memo !== undefined) return memo;
  const own = new Set(edict.entriesOf(word).flatMap(formsOf));
  const related = new Set<string>();
  for (const key of senseKeysOf(word, edict))
    for (const headword of index.byKey.get(key) ?? [])
      for (const entry of edict.entriesOf(headword)) {
        if (entry.headword !== headword) continue;
        for (const form of formsOf(entry))
          if (form !== word && !own.has(form) && [...form].length >= 2) related.add(form);
      }
  const result = [...related];
  index.related.set(word, result);
  return result;
}
