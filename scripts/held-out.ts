// The blind sets that are held out (CONTRIBUTING, "Changing the verifier" and "Changing the story
// clusterer"): only their totals are ever read. The evaluation scripts refuse to print a held-out
// set's errors or per-claim records, and review a held-out set's offline articles only when it is
// named and as totals. When a set changes status, change it here in the same commit as CONTRIBUTING.
import { basename, dirname } from 'node:path';

/** Held-out sets by collection: the data folder's name (claims-dev, claims-holdout, stories-holdout). */
export const HELD_OUT: Readonly<Record<string, readonly string[]>> = {
  'claims-dev': ['set2'],
  'claims-holdout': ['set6', 'set8', 'set87', 'set88', 'set89', 'set90'],
  'stories-holdout': ['set39', 'set40'],
};

/** The held-out sets among `sets` of the collection in folder `root` (claims-dev, claims-holdout). */
export function heldOutAmong(root: string, sets: readonly string[]): string[] {
  const held = HELD_OUT[basename(root)] ?? [];
  return sets.filter((set) => held.includes(set));
}

/** Whether `dir` is a held-out stories set (…/stories-holdout/setN). */
export function isHeldOutStories(dir: string): boolean {
  return (HELD_OUT[basename(dirname(dir))] ?? []).includes(basename(dir));
}

/**
 * The claims-holdout sets whose offline articles `review:samples --holdout` reviews: the named ones,
 * or every development set when none is named. A held-out set is reviewed only when named, and only
 * as totals (one line per story, no text).
 */
export function reviewableSets(
  all: readonly string[],
  named: readonly string[],
  totals: boolean,
): { sets: string[]; skipped: string[] } {
  const held = HELD_OUT['claims-holdout'] ?? [];
  if (named.length === 0)
    return {
      sets: all.filter((set) => !held.includes(set)),
      skipped: all.filter((set) => held.includes(set)),
    };
  const heldNamed = named.filter((set) => held.includes(set));
  if (heldNamed.length > 0 && !totals)
    throw new Error(
      `${heldNamed.join(', ')} ${heldNamed.length > 1 ? 'are' : 'is'} held out: its articles are read as totals only — add --totals`,
    );
  return { sets: all.filter((set) => named.includes(set)), skipped: [] };
}
