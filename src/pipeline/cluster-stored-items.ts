import type { StoryAssignment, StoryItem } from '../domain/story-item.ts';
import type { StoryStore } from '../store/create-story-store.ts';
import { type ClusterSettings, createStoryClusterer, type StoryClusterer } from '../stories/cluster-items.ts';
import { clusterItems } from '../stories/cluster-stories.ts';
import { readItem } from '../stories/read-item.ts';
import type { Tokenizer } from '../text/tokenizer.ts';

/** What one round of stored clustering gave. */
export interface ClusteredBatch {
  /** The assignments of the items given, in the order stored. */
  assignments: StoryAssignment[];
  /** The assignments decided in this round (items stored without one), in the order decided. */
  decided: StoryAssignment[];
  /**
   * The stories that gained an item this round (decided here or by another process), or undefined
   * when the round replayed the whole store (the first round, or an editor's correction since the
   * last): then any story may have changed.
   */
  changed: string[] | undefined;
}

/** Assigns new feed items to the stories of a store, one batch at a time. */
export interface StoredClustering {
  /**
   * Stores the items not seen before (published order within the batch) and decides the story of
   * each stored item that has none yet, in the order stored; items with a stored assignment keep
   * it.
   */
  add(items: readonly StoryItem[]): Promise<ClusteredBatch>;
  /** A stored item's assignment as of the latest `add` (undefined: not stored then). */
  assignmentOf(id: string): StoryAssignment | undefined;
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
 * that order would give, and a corrected story is what later items are compared with.
 * A round reads only the items stored after the last one it saw (with their assignments: another
 * process may have decided them), so its cost follows the new items, not the store's size. The
 * replayed state is rebuilt from the whole store only when an editor's correction was stored since
 * the last round (the correction count changed) or a round failed before its decisions were stored.
 */
export function createStoredClustering(
  store: StoryStore,
  tokenizer: Tokenizer,
  settings: Partial<ClusterSettings> = {},
): StoredClustering {
  let state:
    | {
        clusterer: StoryClusterer;
        corrections: number;
        position: number;
        seen: Map<string, { position: number; assignment: StoryAssignment }>;
      }
    | undefined;

  return {
    async add(items) {
      await saveBatch(store, items);
      try {
        // The count is read before the items: a correction stored after it is seen next round.
        const corrections = await store.countCorrections();
        const replayed = state === undefined || state.corrections !== corrections;
        if (replayed)
          state = { clusterer: createStoryClusterer(settings), corrections, position: 0, seen: new Map() };
        const run = state as NonNullable<typeof state>;
        const decided: StoryAssignment[] = [];
        const changed = new Set<string>();
        for (const stored of await store.listItemsAfter(run.position)) {
          const reading = readItem(stored.item, tokenizer);
          let assignment = stored.assignment;
          if (assignment !== undefined) run.clusterer.place(reading, assignment.story);
          else {
            const { id, story, reason } = run.clusterer.add(reading);
            assignment = { id, story, reason: { ...reason } as Record<string, unknown> };
            decided.push(assignment);
          }
          changed.add(assignment.story);
          run.seen.set(stored.item.id, { position: stored.position, assignment });
          run.position = stored.position;
        }
        await store.saveAssignments(decided);
        const wanted = [...new Set(items.map((item) => item.id))].flatMap((id) => run.seen.get(id) ?? []);
        wanted.sort((a, b) => a.position - b.position);
        return {
          assignments: wanted.map((entry) => entry.assignment),
          decided,
          changed: replayed ? undefined : [...changed],
        };
      } catch (error) {
        // Decisions not stored must be decided again: the next round starts from the store.
        state = undefined;
        throw error;
      }
    },
    assignmentOf(id) {
      return state?.seen.get(id)?.assignment;
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
    return (await createStoredClustering(options.store, tokenizer, options.settings).add(items)).assignments;
  return clusterItems(
    items.map((item) => readItem(item, tokenizer)),
    options.settings,
  ).map(({ id, story, reason }) => ({ id, story, reason: { ...reason } as Record<string, unknown> }));
}
