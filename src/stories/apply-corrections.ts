import type { StoryAssignment, StoryCorrection } from '../domain/story-item.ts';

/**
 * Applies editors' corrections, oldest first, to a clustering: a merge moves every item of the
 * stories holding the later anchors into the story holding the first; a split moves the listed
 * items into a story of their own, named after the first of them. Items a correction names but
 * the clustering does not hold are skipped (they may not have been fetched yet). Each moved item's
 * reason names its correction by number: `first` for the first of `corrections`, then counting up.
 * Pure.
 */
export function applyCorrections(
  assignments: readonly StoryAssignment[],
  corrections: readonly StoryCorrection[],
  first = 1,
): StoryAssignment[] {
  const out = assignments.map((assignment) => ({ ...assignment }));
  const byItem = new Map(out.map((assignment) => [assignment.id, assignment]));
  corrections.forEach((correction, index) => {
    const present = correction.items.filter((item) => byItem.has(item));
    if (present.length === 0) return;
    if (correction.kind === 'merge') {
      const target = byItem.get(present[0] as string)?.story as string;
      const absorbed = new Set(present.slice(1).map((item) => byItem.get(item)?.story as string));
      absorbed.delete(target);
      for (const assignment of out)
        if (absorbed.has(assignment.story)) {
          assignment.reason = { decision: 'editor-merge', correction: first + index, was: assignment.story };
          assignment.story = target;
        }
      return;
    }
    const story = `split:${present[0]}`;
    for (const item of present) {
      const assignment = byItem.get(item) as StoryAssignment;
      assignment.reason = { decision: 'editor-split', correction: first + index, was: assignment.story };
      assignment.story = story;
    }
  });
  return out;
}
