import type { StoryAssignment, StoryItem } from '../domain/story-item.ts';
import type { StoryStore } from '../store/create-story-store.ts';
import { type ClusterSettings, createStoryClusterer, type StoryClusterer } from '../stories/cluster-items.ts';
import { clusterItems } from '../stories/cluster-stories.ts';
import { readItem } from '../stories/read-item.ts';
import type { Tokenizer } from '../text/tokenizer.ts';

/** Assigns new feed items to the stories of a store, one batch at a time. */
export interface StoredClustering {
  /**
   * Stores the items not seen before (published order within the batch) and decides the story of
   * each stored item that has none yet, in the order stored; items with a stored assignment keep
   * it. Returns the assignments of `items`.
   */
  add(items: readonly StoryItem[]): Promise<StoryAssignment[]>;
}

/**
 * Stores the items not seen before, a batch in published order (then id): the order they will be
 * decided in. Returns how many were new.
 */
export function saveBatch(store: StoryStore, items: readonly StoryItem[]): Promise<number> {
  return store.saveItems(
    [...items].sort(
      (a, b) => Date.parse(a.published) - Date.parse(b.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    ),
  );
}

/**
 * Incremental clustering over a story store. The stored assignments (the clusterer's earlier
 * decisions, and the editors' corrections, which `matome stories` applies to them when made) are
 * never decided again: they are replayed into the clusterer (`place`), and only items without one
 * are scored, in the order they were stored — so the stories are those one run over every item in
 * that order would give, and a corrected story is what later items are compared with. The replayed
 * state is kept between batches and rebuilt from the store only when the store changed behind it
 * (a correction moved an item, another process stored or clustered items first).
 */
export function createStoredClustering(
  store: StoryStore,
  tokenizer: Tokenizer,
  settings: Partial<ClusterSettings> = {},
): StoredClustering {
  let state: { clusterer: StoryClusterer; order: string[]; story: Map<string, string> } | undefined;

  function current(stored: readonly StoryItem[], assigned: ReadonlyMap<string, StoryAssignment>) {
    const kept = state;
    const valid =
      kept !== undefined &&
      kept.order.length <= stored.length &&
      kept.order.every(
        (id, index) => stored[index]?.id === id && assigned.get(id)?.story === kept.story.get(id),
      );
    if (!valid) state = { clusterer: createStoryClusterer(settings), order: [], story: new Map() };
    return state as NonNullable<typeof state>;
  }

  return {
    async add(items) {
      await saveBatch(store, items);
      const stored = await store.listItems();
      const assignments = new Map(
        (await store.listAssignments()).map((assignment) => [assignment.id, assignment]),
      );
      const run = current(stored, assignments);
      const decided: StoryAssignment[] = [];
      for (const item of stored.slice(run.order.length)) {
        const reading = readItem(item, tokenizer);
        const kept = assignments.get(item.id);
        if (kept !== undefined) run.clusterer.place(reading, kept.story);
        else {
          const { id, story, reason } = run.clusterer.add(reading);
          const assignment = { id, story, reason: { ...reason } as Record<string, unknown> };
          decided.push(assignment);
          assignments.set(id, assignment);
        }
        run.order.push(item.id);
        run.story.set(item.id, assignments.get(item.id)?.story as string);
      }
      await store.saveAssignments(decided);
      const wanted = new Set(items.map((item) => item.id));
      return stored.flatMap((item) => (wanted.has(item.id) ? (assignments.get(item.id) ?? []) : []));
    },
  };
}

/**
 * Clusters feed items into stories. Without a store: the items alone (published order). With
 * one: the items join the stored ones (each kept once) and only those without a stored
 * assignment are decided (`createStoredClustering`). Returns the assignments of `items`.
 */
export async function clusterStories(
  items: readonly StoryItem[],
  tokenizer: Tokenizer,
  options: { store?: StoryStore; settings?: Partial<ClusterSettings> } = {},
): Promise<StoryAssignment[]> {
  if (options.store !== undefined)
    return await createStoredClustering(options.store, tokenizer, options.settings).add(items);
  return clusterItems(
    items.map((item) => readItem(item, tokenizer)),
    options.settings,
  ).map(({ id, story, reason }) => ({ id, story, reason: { ...reason } as Record<string, unknown> }));
}
