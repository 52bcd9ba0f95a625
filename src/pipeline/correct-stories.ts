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

/** How many times a correction is decided again when its stories changed while it was being decided. */
const ATTEMPTS = 5;

/**
 * Applies an editor's merge or split to the stored stories (`matome stories`, the desk): checks the
 * request against the stories as stored, records the correction (a story named by its first item,
 * in published order: stories are named after it) and the moved assignments in one transaction,
 * which the store makes only if no item joined or left the stories named since they were read (a
 * clusterer or another editor writing meanwhile); otherwise it reads them again and decides again.
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
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const entries = await store.listStoryEntries(named);
    const assignments = entries.map((entry) => entry.assignment);
    const correction = correctionOf(request, named, assignments, where);
    const applied = await store.applyCorrection(correction, assignments, (number) =>
      changedBy(assignments, correction, number),
    );
    if (applied !== undefined) return { correction: applied.number, moved: applied.moved };
  }
  throw new MatomeError(
    'CONFLICT',
    `Failed to correct stories: ${named.join(', ')} in ${where} (their items changed ${ATTEMPTS} times while the correction was being stored)`,
    {
      hint: 'Items are being clustered into these stories right now; try again in a moment.',
      retryable: true,
    },
  );
}

/** The correction a request makes of the stories as read (`assignments`: all their items), or why it cannot. */
function correctionOf(
  request: StoryCorrectionRequest,
  named: readonly string[],
  assignments: readonly StoryAssignment[],
  where: string,
): StoryCorrection {
  const members = new Map<string, string[]>();
  for (const assignment of assignments) {
    const ids = members.get(assignment.story);
    if (ids === undefined) members.set(assignment.story, [assignment.id]);
    else ids.push(assignment.id);
  }
  const missing = named.find((story) => !members.has(story));
  if (missing !== undefined)
    throw invalid(
      `no story "${missing}" in ${where}`,
      'List the stories with "matome stories list --store FILE" or on the desk\'s /stories page.',
    );
  if (request.kind === 'merge')
    return { kind: 'merge', items: named.map((story) => members.get(story)?.[0] as string) };
  const inStory = new Set(members.get(request.story));
  const items = [...new Set(request.items)];
  if (items.length === 0) throw invalid(`no item to split off "${request.story}"`, 'Name the items to move.');
  const stray = items.find((item) => !inStory.has(item));
  if (stray !== undefined)
    throw invalid(`item "${stray}" is not in story "${request.story}"`, 'Name items of that story only.');
  if (items.length === inStory.size)
    throw invalid(
      `splitting every item of "${request.story}" off would change nothing`,
      'Leave at least one item in the story.',
    );
  return { kind: 'split', items };
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
