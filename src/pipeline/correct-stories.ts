import { MatomeError } from '../domain/errors.ts';
import type { StoryAssignment, StoryCorrection } from '../domain/story-item.ts';
import type { StoryStore } from '../store/create-story-store.ts';
import { applyCorrections } from '../stories/apply-corrections.ts';

/** An editor's correction as asked for: stories to merge into the first, or items to split off a story. */
export type StoryCorrectionRequest =
  | { kind: 'merge'; stories: readonly string[] }
  | { kind: 'split'; story: string; items: readonly string[] };

/** A stored correction: its number and the items it moved, each with its new story. */
export interface CorrectedStories {
  correction: number;
  moved: StoryAssignment[];
}

function invalid(detail: string, hint: string): MatomeError {
  return new MatomeError('INVALID_ARGUMENT', `Invalid story correction: ${detail}`, { hint });
}

/**
 * Applies an editor's merge or split to the stored stories (`matome stories`, the desk): checks the
 * request against the stories as stored, records the correction (a story named by its first item,
 * in published order: stories are named after it) and the moved assignments in one transaction.
 * Reads only the stories named. Later clustering compares new items with the corrected stories.
 * `where` names the store in errors.
 */
export async function correctStories(
  store: StoryStore,
  request: StoryCorrectionRequest,
  where: string,
): Promise<CorrectedStories> {
  const named = request.kind === 'merge' ? [...new Set(request.stories)] : [request.story];
  if (request.kind === 'merge' && named.length < 2)
    throw invalid(
      'a merge needs two different stories or more',
      'Name every story to join, the one to keep first.',
    );
  const members = new Map<string, StoryAssignment[]>();
  for (const { assignment } of await store.listStoryEntries(named)) {
    const list = members.get(assignment.story) ?? [];
    list.push(assignment);
    members.set(assignment.story, list);
  }
  const missing = named.find((story) => !members.has(story));
  if (missing !== undefined)
    throw invalid(
      `no story "${missing}" in ${where}`,
      'List the stories with "matome stories list --store FILE" or on the desk\'s /stories page.',
    );
  let correction: StoryCorrection;
  if (request.kind === 'merge') {
    correction = {
      kind: 'merge',
      items: named.map((story) => (members.get(story) as StoryAssignment[])[0]?.id as string),
    };
  } else {
    const inStory = (members.get(request.story) as StoryAssignment[]).map((assignment) => assignment.id);
    const items = [...new Set(request.items)];
    if (items.length === 0)
      throw invalid(`no item to split off "${request.story}"`, 'Name the items to move.');
    const stray = items.find((item) => !inStory.includes(item));
    if (stray !== undefined)
      throw invalid(`item "${stray}" is not in story "${request.story}"`, 'Name items of that story only.');
    if (items.length === inStory.length)
      throw invalid(
        `splitting every item of "${request.story}" off would change nothing`,
        'Leave at least one item in the story.',
      );
    correction = { kind: 'split', items };
  }
  const assignments = [...members.values()].flat();
  // The number the correction will get, for the moved items' reasons; set right below if another
  // editor's correction was stored first.
  const expected = (await store.countCorrections()) + 1;
  const moved = changedBy(assignments, correction, expected);
  const number = await store.applyCorrection(correction, moved);
  if (number === expected) return { correction: number, moved };
  const renumbered = changedBy(assignments, correction, number);
  await store.saveAssignments(renumbered);
  return { correction: number, moved: renumbered };
}

/** The assignments a correction moves, their reasons naming it by `number`. */
function changedBy(
  assignments: readonly StoryAssignment[],
  correction: StoryCorrection,
  number: number,
): StoryAssignment[] {
  return applyCorrections(assignments, [correction], number).filter(
    (assignment, index) => assignment.story !== assignments[index]?.story,
  );
}
