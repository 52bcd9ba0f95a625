import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer } from 'stemmer';
import { MatomeError } from '../domain/errors.ts';
import { antonymsOf } from './antonyms.ts';
import { type Edict, type EdictEntry, loadEdict, plainGloss } from './edict.ts';
import { normalizeForMatch } from './normalize.ts';
import { readWordIndex, wordIndexText } from './word-index-file.ts';

/**
 * Words of the same sense read from a bilingual dictionary (EDICT, text/edict.ts): two Japanese
 * words share a sense when their first senses — the sense a dictionary lists first, the word's
 * common one — are of one word class and glossed alike: their first glosses meet, or two of their
 * glosses do, compared by stem (Porter's, the `stemmer` package: apology / apologize, postponement
 * / postpone, selling / sell meet). A gloss many headwords share ("start", "check", "increase") is
 * a hub: it names a broad field of meaning, not one sense, and joins words that differ (確認 and
 * 点検 and 調べる all "check"); a gloss joins words only when few headwords hold it (HUB_LIMIT, read
 * from the dictionary's own distribution: docs/verifier.md, vthes37).
 *
 * General lexical knowledge, not a list of words some text uses. It joins no word to one of its
 * opposites (text/antonyms.ts): a dictionary may gloss two opposites alike.
 */
export interface SameSense {
  /** The words that share a sense with `word` (a dictionary form, NFKC), without `word`; empty when none. */
  of(word: string): readonly string[];
}

/**
 * The most headwords one gloss may join. The first senses of EDICT's common entries hold about
 * 25,800 distinct glosses (once stemmed): 68% are held by one headword, 91% by at most four, 96% by
 * at most eight; the 4% held by more name a field ("end", "complete", "change", "check"), not a
 * sense. Eight keeps the rows of news verbs a gloss like "postpone" or "apologize" joins (延期,
 * 先送り, 見送る …; 謝罪, 詫びる, 陳謝 …) and drops the hubs (docs/verifier.md: 4, 8 and 14 measured).
 */
export const HUB_LIMIT = 8;

/** A gloss made comparable across English word forms: plainGloss, articles dropped, each word stemmed. */
export function glossKey(gloss: string): string {
  return plainGloss(gloss)
    .replace(/[^a-z' -]/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && !ARTICLES.has(word))
    .map((word) => stemmer(word))
    .join(' ');
}

const ARTICLES = new Set(['a', 'an', 'the', "one's", 'something', 'someone', 'etc']);

let loaded: SameSense | undefined;

/** Where the relation over the shipped dictionary is kept, made by `sameSenseTable` (scripts/build-same-sense.ts). */
export const SAME_SENSE_FILE = join(import.meta.dirname, '..', '..', 'data', 'edict', 'same-sense.tsv');
const tableHeader = (words: number) =>
  `matome same-sense table v1: EDICT common entries, hub limit ${HUB_LIMIT}, ${words} words`;

/**
 * The relation over the shipped dictionary, once per process: read from data/edict/same-sense.tsv
 * (every word the relation joins to another, with those words; a word index file looked up by
 * binary search), not made again — making it parses every entry and stems every gloss (about half a
 * second), which a build would pay on its first word no source says. test/same-sense-table.test.ts
 * checks the file is what `sameSenseTable` makes from the shipped dictionary.
 */
export function loadSameSense(): SameSense {
  if (loaded === undefined) {
    let text: string;
    try {
      text = readFileSync(SAME_SENSE_FILE, 'utf8');
    } catch (error) {
      throw new MatomeError(
        'TOKENIZER_UNAVAILABLE',
        `Failed to read the same-sense table ${SAME_SENSE_FILE}`,
        {
          hint: 'It ships with matome (data/edict/); reinstall, or rebuild it with scripts/build-same-sense.ts.',
          cause: error,
        },
      );
    }
    const lookUp = readWordIndex(text, tableHeader);
    if (lookUp === undefined)
      throw new MatomeError(
        'TOKENIZER_UNAVAILABLE',
        `The same-sense table ${SAME_SENSE_FILE} is cut or stale`,
        {
          hint: 'Rebuild it with node scripts/build-same-sense.ts.',
        },
      );
    const found = new Map<string, readonly string[]>();
    loaded = {
      of(word) {
        const key = normalizeForMatch(word);
        let others = found.get(key);
        if (others === undefined) {
          others = lookUp(key);
          found.set(key, others);
        }
        return others;
      },
    };
  }
  return loaded;
}

/**
 * The text of data/edict/same-sense.tsv: every headword and reading of the dictionary (the shipped
 * one unless given) that the relation joins to another word, with the words it joins it to.
 */
export function sameSenseTable(edict: Edict = loadEdict()): string {
  const relation = createSameSense(edict);
  const index = new Map<string, readonly string[]>();
  for (const entry of edict.allEntries())
    for (const form of [entry.headword, entry.reading]) {
      const word = normalizeForMatch(form);
      if (index.has(word)) continue;
      const others = relation.of(word);
      if (others.length > 0) index.set(word, others);
    }
  return wordIndexText(tableHeader(index.size), index);
}

/** The relation over a dictionary (the shipped one, loadEdict, when none is given; read on the first look-up). */
export function createSameSense(given?: Edict, options: { hubLimit?: number } = {}): SameSense {
  const limit = options.hubLimit ?? HUB_LIMIT;
  let edict = given;
  let index: GlossIndex | undefined;
  const found = new Map<string, readonly string[]>();
  return {
    of(word) {
      const key = normalizeForMatch(word);
      let others = found.get(key);
      if (others === undefined) {
        edict ??= loadEdict();
        index ??= indexGlosses(edict);
        others = sameSenseWords(edict, index, key, limit);
        found.set(key, others);
      }
      return others;
    },
  };
}

/** One sense of an entry with its glosses' keys. */
interface KeyedSense {
  entry: EdictEntry;
  keys: ReadonlySet<string>;
  /** The key of its first gloss: the dictionary gives the closest translation first. */
  first: string;
  /** Its word class: an act (a verb, or a noun that takes する), a thing, a quality, or another. */
  kind: 'act' | 'thing' | 'quality' | 'other';
}

interface GlossIndex {
  /** The senses that hold a gloss key. */
  senses: Map<string, KeyedSense[]>;
  /** How many headwords hold a gloss key (in any sense). */
  holders: Map<string, number>;
  /** Each entry's keyed senses. */
  ofEntry: Map<EdictEntry, KeyedSense[]>;
}

function indexGlosses(edict: Edict): GlossIndex {
  const index: GlossIndex = { senses: new Map(), holders: new Map(), ofEntry: new Map() };
  for (const entry of edict.allEntries()) {
    const keyed = keyedSenses(entry);
    index.ofEntry.set(entry, keyed);
    const held = new Set<string>();
    for (const sense of keyed)
      for (const key of sense.keys) {
        held.add(key);
        const list = index.senses.get(key);
        if (list === undefined) index.senses.set(key, [sense]);
        else list.push(sense);
      }
    for (const key of held) index.holders.set(key, (index.holders.get(key) ?? 0) + 1);
  }
  return index;
}

function keyedSenses(entry: EdictEntry): KeyedSense[] {
  const out: KeyedSense[] = [];
  for (const sense of entry.senses.slice(0, 1)) {
    const keys = sense.glosses.map(glossKey).filter((key) => key !== '');
    const first = keys[0];
    if (first !== undefined) out.push({ entry, keys: new Set(keys), first, kind: kindOf(sense.pos) });
  }
  return out;
}

// EDICT's codes by class: v1, v5r, vs, vk … (a verb, or a noun that takes する); n, n-adv, adj-no
// (a noun); adj-i, adj-na (a quality); the rest (adverbs, counters, expressions) another.
function kindOf(pos: readonly string[]): KeyedSense['kind'] {
  if (pos.some((code) => code.startsWith('v'))) return 'act';
  if (pos.some((code) => code.startsWith('n'))) return 'thing';
  if (pos.some((code) => code === 'adj-i' || code === 'adj-na')) return 'quality';
  return 'other';
}

/**
 * Two senses say the same when they are of one word class and their glosses are, as far as the
 * dictionary tells, one translation: their first glosses — the closest translation, which the
 * dictionary gives first — meet (謝罪 "apology" and 詫びる "to apologize"; 先送り "postpone" and
 * 延期 "postponement"), or they share two glosses. One shared gloss further down is often an
 * English word of two meanings (venue / Venus) or a sense at the edge of the word's (住民
 * "inhabitant … population" and 人口 "population").
 */
function sameSense(a: KeyedSense, b: KeyedSense): boolean {
  if (a.kind !== b.kind) return false;
  if (a.first === b.first) return true;
  let shared = 0;
  for (const key of a.keys) if (b.keys.has(key) && ++shared >= 2) return true;
  return false;
}

/**
 * The entries a word names: those it is the headword of; failing that, the one entry whose reading
 * it is — a reading that several common words share (かう: 買う, 飼う) names none of them.
 */
function entriesNamed(edict: Edict, word: string): EdictEntry[] {
  const entries = edict.entriesOf(word);
  const written = entries.filter((entry) => entry.headword === word);
  if (written.length > 0) return written;
  return entries.length === 1 ? [...entries] : [];
}

function sameSenseWords(edict: Edict, index: GlossIndex, word: string, limit: number): string[] {
  const own = entriesNamed(edict, word);
  if (own.length === 0) return [];
  const opposites = new Set(antonymsOf(word));
  const out = new Set<string>();
  for (const entry of own)
    for (const sense of index.ofEntry.get(entry) ?? [])
      for (const key of sense.keys) {
        if ((index.holders.get(key) ?? 0) > limit) continue;
        for (const other of index.senses.get(key) ?? []) {
          if (own.includes(other.entry) || !sameSense(sense, other)) continue;
          const headword = normalizeForMatch(other.entry.headword);
          if (opposites.has(headword) || antonymsOf(headword).includes(word)) continue;
          for (const form of formsOf(edict, other.entry)) if (form !== word) out.add(form);
        }
      }
  return [...out];
}

/**
 * How a text may write an entry: its headword, and its reading where that names this entry alone
 * and is three characters or more (a source may write 詫びる as わびる; a short reading such as かく
 * is a part of too many other words to be looked for in a text).
 */
function formsOf(edict: Edict, entry: EdictEntry): string[] {
  const forms = [normalizeForMatch(entry.headword)];
  const reading = normalizeForMatch(entry.reading);
  if (reading !== forms[0] && [...reading].length >= 3 && edict.entriesOf(reading).length === 1)
    forms.push(reading);
  return forms;
}
