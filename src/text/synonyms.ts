import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { MatomeError } from '../domain/errors.ts';
import { normalizeForMatch } from './normalize.ts';
import { findSortedLine, writeFileAtomically } from './sorted-lines.ts';

/** Words of the same meaning, from Sudachi's synonym dictionary (Works Applications, Apache-2.0). */
export interface Synonyms {
  /** Other words of the groups `word` belongs to (NFKC), without `word` itself; empty when none. */
  of(word: string): readonly string[];
}

interface SynonymGroup {
  items: Array<{ midashi: string; expandControl: number }>;
}

/**
 * Loads the synonym dictionary shipped in the `sudachi-synonyms-dictionary` package (~26,000
 * groups). Create one per process and share it, like the tokenizer. The first load in an install
 * reads the package's 14 MB JSON (~0.3 s) and keeps the word index it makes in a compact cache file
 * (node_modules/.cache/matome/, named by the package's version, so an upgrade makes a new one);
 * later loads read that file instead. Without a writable cache folder it is made in memory each time.
 */
export function createSynonyms(options: { cacheDir?: string | false } = {}): Synonyms {
  const { path, version } = dictionaryPath();
  const cacheFile =
    options.cacheDir === false
      ? undefined
      : join(
          options.cacheDir ?? join(dirname(dirname(path)), '.cache', 'matome'),
          `sudachi-synonyms-${version}.${CACHE_FORMAT}.tsv`,
        );
  const cached = cacheFile === undefined ? undefined : readCache(cacheFile, version);
  if (cached !== undefined) return cached;
  const index = buildIndex(path);
  if (cacheFile !== undefined) writeCache(cacheFile, version, index);
  return { of: (word) => index.get(normalizeForMatch(word)) ?? [] };
}

// The cache file: a header line naming the format, the package's version and the byte length of
// what follows it, then one line per word in code-unit order — the word and the other words of its
// groups, tab-separated (normalized words hold no whitespace, so no tab or newline). A load reads
// the bytes and looks a word up by binary search over them when it is first asked about
// (text/sorted-lines.ts): no decoding of the whole file and no pass over its lines, only the dozen
// lines each search visits.
const CACHE_FORMAT = 'v2';
const header = (version: string, bytes: number) =>
  `matome synonym index ${CACHE_FORMAT} sudachi-synonyms-dictionary@${version} ${bytes} bytes`;

function dictionaryPath(): { path: string; version: string } {
  try {
    // The package exports only its main file; the dictionary and package.json lie beside it.
    const directory = dirname(createRequire(import.meta.url).resolve('sudachi-synonyms-dictionary'));
    const { version } = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
      version: string;
    };
    return { path: join(directory, 'sudachi-synonyms-dictionary.json'), version };
  } catch (error) {
    throw new MatomeError(
      'TOKENIZER_UNAVAILABLE',
      'Failed to find the synonym dictionary: sudachi-synonyms-dictionary',
      {
        hint: 'Reinstall dependencies with "npm ci".',
        cause: error,
      },
    );
  }
}

function buildIndex(path: string): Map<string, string[]> {
  const groups = JSON.parse(readFileSync(path, 'utf8')) as SynonymGroup[];
  const index = new Map<string, string[]>();
  for (const group of groups) {
    // expandControl 2 marks words kept only as a record of removal: never expanded.
    const words = [
      ...new Set(
        group.items.filter((item) => item.expandControl !== 2).map((item) => normalizeForMatch(item.midashi)),
      ),
    ];
    for (const word of words) {
      const others = index.get(word) ?? [];
      for (const other of words) if (other !== word && !others.includes(other)) others.push(other);
      index.set(word, others);
    }
  }
  return index;
}

/** The synonyms kept in `file`, or undefined when there is none or it is not whole (then the index is made again). */
function readCache(file: string, version: string): Synonyms | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const NEWLINE = 0x0a;
  const body = bytes.indexOf(NEWLINE) + 1;
  if (body === 0 || bytes.toString('utf8', 0, body - 1) !== header(version, bytes.length - body))
    return undefined;
  if (bytes.length > body && bytes[bytes.length - 1] !== NEWLINE) return undefined;
  const lookUp = (word: string): readonly string[] => findSortedLine(bytes, body, word) ?? [];
  const found = new Map<string, readonly string[]>();
  return {
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

function writeCache(file: string, version: string, index: ReadonlyMap<string, readonly string[]>): void {
  writeFileAtomically(file, () => {
    const lines: string[] = [];
    const words = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const word of words) lines.push([word, ...(index.get(word) ?? [])].join('\t'));
    const body = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
    return `${header(version, Buffer.byteLength(body))}\n${body}`;
  });
}
