import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MatomeError } from '../domain/errors.ts';
import { normalizeForMatch } from './normalize.ts';
import { findSortedLine, writeFileAtomically } from './sorted-lines.ts';

/**
 * EDICT's common words: the entries of the Electronic Dictionary Research and Development Group's
 * Japanese–English dictionary (CC BY-SA 3.0, https://www.edrdg.org/; data/edict/README.md) that
 * the dictionary itself marks as common — about 23,000 headwords with their readings, parts of
 * speech and English glosses. It is general lexical knowledge read from a dictionary, not a list
 * of the words some text uses: what a Japanese word means in English, and which words share a
 * meaning. The subset ships in the repository (data/edict/edict-common.txt, written by
 * scripts/build-edict-subset.ts from Debian's edict package), so nothing is fetched at run time.
 */
export interface Edict {
  /** The entries whose headword or reading is `word` (NFKC, compared as text/normalize does); empty when none. */
  entriesOf(word: string): readonly EdictEntry[];
  /** The entries one of whose glosses is `gloss` once made plain (`plainGloss`); empty when none. The first call parses every entry. */
  entriesGlossed(gloss: string): readonly EdictEntry[];
  /** Every entry, in the dictionary's order (the first call parses them all). */
  allEntries(): readonly EdictEntry[];
}

/** One line of EDICT: a headword, its reading and its senses. */
export interface EdictEntry {
  /** The headword as the dictionary writes it (kanji, or kana where the word has no kanji form). */
  headword: string;
  /** Its reading in kana (the headword itself where that is kana). */
  reading: string;
  /** The senses in the dictionary's order. */
  senses: readonly EdictSense[];
  /** The dictionary's (uk) mark: the word is usually written in kana. */
  usuallyKana: boolean;
}

/** One sense: its parts of speech (EDICT codes: n, vs, v1, v5r, adj-i, adj-na, adv, exp …) and glosses. */
export interface EdictSense {
  pos: readonly string[];
  /** The English glosses as written, without the leading tags (a gloss's own notes kept: "completion (of a course)"). */
  glosses: readonly string[];
}

/** A gloss made comparable: lower case, notes in parentheses dropped, a verb's leading "to " dropped, spaces collapsed. */
export function plainGloss(gloss: string): string {
  return gloss
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^to /, '');
}

// EDICT's part-of-speech codes (its documentation's list); the other parenthesised tags before a
// gloss are usage, field or language marks ((uk), (col), (comp), (ita:) …).
const POS_CODE =
  /^(?:n|n-adv|n-t|n-pref|n-suf|n-pr|vs|vs-s|vs-i|vs-c|vt|vi|vk|vz|vn|vr|v1|v1-s|v2[a-z]-[ks]|v4[a-z]|v5[a-z]+(?:-[a-z]+)?|v5aru|v5k-s|v5r-i|v5u-s|v5uru|iv|adj-i|adj-ix|adj-na|adj-no|adj-pn|adj-t|adj-f|adj-ku|adj-shiku|adj-nari|adv|adv-to|aux|aux-v|aux-adj|conj|cop|cop-da|ctr|exp|int|num|pn|pref|prt|suf|unc|v-unspec)$/;

/** Parses one EDICT line; undefined for a line that is not an entry (the file's header). */
export function parseEdictLine(line: string): EdictEntry | undefined {
  const match = /^(\S+)(?: \[([^\]]+)\])? \/(.*)\/$/.exec(line);
  if (match === null) return undefined;
  const [, headword = '', bracketed, rest = ''] = match;
  const senses: Array<{ pos: string[]; glosses: string[] }> = [];
  let pos: string[] = [];
  let usuallyKana = false;
  for (const field of rest.split('/')) {
    if (field === '' || field === '(P)' || field.startsWith('EntL')) continue;
    let text = field;
    let startsSense = senses.length === 0;
    for (;;) {
      const tag = /^\(([^()]*)\)\s*/.exec(text);
      if (tag === null) break;
      const codes = (tag[1] ?? '').split(',');
      if (codes.every((code) => POS_CODE.test(code))) {
        pos = codes;
        startsSense = true;
      } else if (/^\d+$/.test(tag[1] ?? '')) startsSense = true;
      else if (codes.includes('uk')) usuallyKana = true;
      text = text.slice(tag[0].length);
    }
    const gloss = text.trim();
    if (gloss === '') continue;
    const last = senses.at(-1);
    if (startsSense || last === undefined) senses.push({ pos, glosses: [gloss] });
    else last.glosses.push(gloss);
  }
  return { headword, reading: bracketed ?? headword, senses, usuallyKana };
}

/**
 * The subset the repository ships, from the whole dictionary's text (decoded): a header naming the
 * source's own first line, then every entry line holding the priority mark "(P)", verbatim, in order.
 */
export function edictSubsetOf(dictionary: string): string {
  const lines = dictionary.split('\n');
  const source = (lines[0] ?? '').replace(/^[\s\u3000?？]+/, '').trim();
  const common = lines.slice(1).filter((line) => line.includes('/(P)/'));
  return `# matome: the common entries (P) of EDICT; source: ${source}\n${common.join('\n')}\n`;
}

let loaded: Edict | undefined;

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Loads the shipped subset once per process (about 2 MB) and shares it. Its word index is kept in a
 * cache file (node_modules/.cache/matome/, beside the synonym index's), made on the first load in an
 * install, so a later process looks words up in it instead of indexing all 38,000 headwords and
 * readings again (~0.1 s of CPU; docs/measurements.md, perf15).
 */
export function loadEdict(): Edict {
  loaded ??= readEdict(join(ROOT, 'data', 'edict', 'edict-common.txt'), {
    cacheDir: join(ROOT, 'node_modules', '.cache', 'matome'),
  });
  return loaded;
}

/** Whether `edict` is the shipped subset as `loadEdict` gave it (what tables made ahead from data/edict/ describe). */
export function isShippedEdict(edict: Edict): boolean {
  return edict === loaded;
}

const NEWLINE = 0x0a;
const SLASH = 0x2f;
const HASH = 0x23;

/** The bytes a dictionary's entry lines (those ending in "/" that are not "#" notes) start at, in order. */
function entryLinesOf(bytes: Buffer): number[] {
  const starts: number[] = [];
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end === -1) end = bytes.length;
    if (end > start && bytes[end - 1] === SLASH && bytes[start] !== HASH) starts.push(start);
    start = end + 1;
  }
  return starts;
}

/**
 * Reads an EDICT-format file (one entry per line; a first line that is not an entry is skipped).
 * With `cacheDir`, the word index is read from (or, the first time, written to) a cache file there,
 * named for the file and kept only while the file's size and modification time are the ones it was
 * made from; without one, or where the folder is not writable, the index is made in memory.
 */
export function readEdict(path: string, options: { cacheDir?: string } = {}): Edict {
  let bytes: Buffer;
  let stamp: string;
  try {
    bytes = readFileSync(path);
    stamp = `${bytes.length} ${statSync(path).mtimeMs}`;
  } catch (error) {
    throw new MatomeError('TOKENIZER_UNAVAILABLE', `Failed to read the dictionary file ${path}`, {
      hint: 'It ships with matome (data/edict/); reinstall, or rebuild it with scripts/build-edict-subset.ts.',
      cause: error,
    });
  }
  // A load only finds each line's headword and reading (the text before " /"); a line's senses are
  // parsed when a look-up first returns it, so a build that asks about a few hundred words parses
  // a few hundred lines, not 23,000. An entry is known by the byte its line starts at.
  const lineAt = (start: number) => {
    const end = bytes.indexOf(NEWLINE, start);
    return bytes.toString('utf8', start, end === -1 ? bytes.length : end);
  };
  const parsed = new Map<number, EdictEntry>();
  const entryAt = (start: number): EdictEntry => {
    let entry = parsed.get(start);
    if (entry === undefined) {
      entry = parseEdictLine(lineAt(start)) ?? {
        headword: '',
        reading: '',
        senses: [],
        usuallyKana: false,
      };
      parsed.set(start, entry);
    }
    return entry;
  };
  const cacheFile =
    options.cacheDir === undefined
      ? undefined
      : join(options.cacheDir, `${basename(path, '.txt')}.index.${INDEX_FORMAT}.tsv`);
  const linesOf =
    (cacheFile === undefined ? undefined : readIndex(cacheFile, stamp)) ??
    indexInMemory(cacheFile, stamp, entryLinesOf(bytes), lineAt);
  let all: EdictEntry[] | undefined;
  const allEntries = () => {
    all ??= entryLinesOf(bytes).map(entryAt);
    return all;
  };
  let byGloss: Map<string, EdictEntry[]> | undefined;
  return {
    allEntries,
    entriesOf: (word) => linesOf(normalizeForMatch(word)).map(entryAt),
    entriesGlossed: (gloss) => {
      if (byGloss === undefined) {
        byGloss = new Map();
        for (const entry of allEntries())
          for (const sense of entry.senses)
            for (const each of sense.glosses) {
              const key = plainGloss(each);
              const list = byGloss.get(key);
              if (list === undefined) byGloss.set(key, [entry]);
              else if (list.at(-1) !== entry) list.push(entry);
            }
      }
      return byGloss.get(plainGloss(gloss)) ?? [];
    },
  };
}

/**
 * Every entry line's headword and reading (NFKC where they hold a full-width form) → the lines (the
 * bytes they start at), in the dictionary's order; written to `cacheFile` when there is one.
 */
function indexInMemory(
  cacheFile: string | undefined,
  stamp: string,
  starts: readonly number[],
  lineAt: (start: number) => string,
): (key: string) => readonly number[] {
  const byWord = new Map<string, number[]>();
  const add = (word: string, start: number) => {
    const key = /[\uff00-\uffef]/.test(word) ? word.normalize('NFKC') : word;
    const list = byWord.get(key);
    if (list === undefined) byWord.set(key, [start]);
    else if (list.at(-1) !== start) list.push(start);
  };
  for (const start of starts) {
    const line = lineAt(start);
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    add(line.slice(0, space), start);
    if (line[space + 1] === '[') add(line.slice(space + 2, line.indexOf(']', space)), start);
  }
  if (cacheFile !== undefined) writeIndex(cacheFile, stamp, byWord);
  return (key) => byWord.get(key) ?? [];
}

// The index file: a header line naming the format, the dictionary's size and modification time and
// the byte length of what follows, then one line per word in code-unit order — the word, a tab, and
// the bytes its entry lines start at, comma-separated. A look-up binary-searches the file's bytes
// (text/sorted-lines.ts) and decodes only the lines it visits; a load reads no line of the dictionary.
const INDEX_FORMAT = 'v1';
const indexHeader = (stamp: string, bytes: number) =>
  `matome EDICT word index ${INDEX_FORMAT} dictionary ${stamp} ${bytes} bytes`;

function readIndex(file: string, stamp: string): ((key: string) => readonly number[]) | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const body = bytes.indexOf(NEWLINE) + 1;
  if (body === 0 || bytes.toString('utf8', 0, body - 1) !== indexHeader(stamp, bytes.length - body))
    return undefined;
  if (bytes.length > body && bytes[bytes.length - 1] !== NEWLINE) return undefined;
  const found = new Map<string, readonly number[]>();
  return (key) => {
    let starts = found.get(key);
    if (starts === undefined) {
      starts = (findSortedLine(bytes, body, key)?.[0] ?? '')
        .split(',')
        .filter((each) => each !== '')
        .map(Number);
      found.set(key, starts);
    }
    return starts;
  };
}

function writeIndex(file: string, stamp: string, byWord: ReadonlyMap<string, readonly number[]>): void {
  writeFileAtomically(file, () => {
    const words = [...byWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const body = words.map((word) => `${word}\t${(byWord.get(word) ?? []).join(',')}\n`).join('');
    return `${indexHeader(stamp, Buffer.byteLength(body))}\n${body}`;
  });
}
