import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MatomeError } from '../domain/errors.ts';
import { normalizeForMatch } from './normalize.ts';

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

/** Loads the shipped subset once per process (about 2 MB) and shares it. */
export function loadEdict(): Edict {
  loaded ??= readEdict(join(import.meta.dirname, '..', '..', 'data', 'edict', 'edict-common.txt'));
  return loaded;
}

/** Whether `edict` is the shipped subset as `loadEdict` gave it (what tables made ahead from data/edict/ describe). */
export function isShippedEdict(edict: Edict): boolean {
  return edict === loaded;
}

/** Reads an EDICT-format file (one entry per line; a first line that is not an entry is skipped). */
export function readEdict(path: string): Edict {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new MatomeError('TOKENIZER_UNAVAILABLE', `Failed to read the dictionary file ${path}`, {
      hint: 'It ships with matome (data/edict/); reinstall, or rebuild it with scripts/build-edict-subset.ts.',
      cause: error,
    });
  }
  // A load only finds each line's headword and reading (the text before " /"); a line's senses are
  // parsed when a look-up first returns it, so a build that asks about a few hundred words parses
  // a few hundred lines, not 23,000.
  const lines = text.split('\n').filter((line) => line.endsWith('/') && !line.startsWith('#'));
  const parsed: Array<EdictEntry | undefined> = new Array(lines.length);
  const entryAt = (index: number): EdictEntry => {
    let entry = parsed[index];
    if (entry === undefined) {
      entry = parseEdictLine(lines[index] ?? '') ?? {
        headword: '',
        reading: '',
        senses: [],
        usuallyKana: false,
      };
      parsed[index] = entry;
    }
    return entry;
  };
  const byWord = new Map<string, number[]>();
  const add = (word: string, index: number) => {
    const key = /[\uff00-\uffef]/.test(word) ? word.normalize('NFKC') : word;
    const list = byWord.get(key);
    if (list === undefined) byWord.set(key, [index]);
    else if (list.at(-1) !== index) list.push(index);
  };
  lines.forEach((line, index) => {
    const space = line.indexOf(' ');
    if (space <= 0) return;
    add(line.slice(0, space), index);
    if (line[space + 1] === '[') add(line.slice(space + 2, line.indexOf(']', space)), index);
  });
  let all: EdictEntry[] | undefined;
  const allEntries = () => {
    all ??= lines.map((_, index) => entryAt(index));
    return all;
  };
  let byGloss: Map<string, EdictEntry[]> | undefined;
  return {
    allEntries,
    entriesOf: (word) => (byWord.get(normalizeForMatch(word)) ?? []).map(entryAt),
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
