import type { StoryAssignment, StoryItem } from '../domain/story-item.ts';
import type { StoryStore } from '../store/create-story-store.ts';
import { applyCorrections } from '../stories/apply-corrections.ts';
import type { ClusterSettings } from '../stories/cluster-items.ts';
import { clusterItems } from '../stories/cluster-stories.ts';
import { readItem } from '../stories/read-item.ts';
import type { Tokenizer } from '../text/tokenizer.ts';

/**
 * Clusters feed items into stories. Without a store: the items alone. With one: the items join
 * the stored ones (each kept once), every stored item is clustered afresh (deterministic, so
 * earlier items keep their stories unless new evidence arrives between them), the editors'
 * corrections are applied on top, and the result is stored. Returns the assignments of `items`.
 */
export async function clusterStories(
  items: readonly StoryItem[],
  tokenizer: Tokenizer,
  options: { store?: StoryStore; settings?: Partial<ClusterSettings> } = {},
): Promise<StoryAssignment[]> {
  const { store } = options;
  if (store === undefined) return run(items, tokenizer, options.settings, []);
  await store.saveItems(items);
  const all = run(await store.listItems(), tokenizer, options.settings, await store.listCorrections());
  await store.saveAssignments(all);
  const wanted = new Set(items.map((item) => item.id));
  return all.filter((assignment) => wanted.has(assignment.id));
}

function run(
  items: readonly StoryItem[],
  tokenizer: Tokenizer,
  settings: Partial<ClusterSettings> | undefined,
  corrections: Parameters<typeof applyCorrections>[1],
): StoryAssignment[] {
  const assignments = clusterItems(
    items.map((item) => readItem(item, tokenizer)),
    settings,
  ).map(({ id, story, reason }) => ({ id, story, reason: { ...reason } as Record<string, unknown> }));
  return applyCorrections(assignments, corrections);
}
