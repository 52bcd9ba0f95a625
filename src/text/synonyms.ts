import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { MatomeError } from '../domain/errors.ts';
import { normalizeForMatch } from './normalize.ts';

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
 * groups; ~0.3 s). Create one per process and share it, like the tokenizer.
 */
export function createSynonyms(): Synonyms {
  let path: string;
  try {
    // The package exports only its main file; the dictionary lies beside it.
    path = join(
      dirname(createRequire(import.meta.url).resolve('sudachi-synonyms-dictionary')),
      'sudachi-synonyms-dictionary.json',
    );
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
  return { of: (word) => index.get(normalizeForMatch(word)) ?? [] };
}
