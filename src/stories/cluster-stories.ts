import { type Assignment, type ClusterSettings, createStoryClusterer } from './cluster-items.ts';
import type { ItemReading } from './read-item.ts';

/**
 * Clusters a batch of read items into stories: sorts them by publication time (then id, so equal
 * times are ordered the same way every run) and feeds them to one incremental clusterer. Returns
 * the assignments in that order.
 */
export function clusterItems(
  items: readonly ItemReading[],
  settings: Partial<ClusterSettings> = {},
): Assignment[] {
  const ordered = [...items].sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const clusterer = createStoryClusterer(settings);
  return ordered.map((item) => clusterer.add(item));
}
