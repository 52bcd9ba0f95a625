import type { DatabaseSync } from 'node:sqlite';
import { MatomeError } from '../domain/errors.ts';
import {
  type StoryAssignment,
  type StoryCorrection,
  type StoryItem,
  StoryItemSchema,
} from '../domain/story-item.ts';
import { openStoreDatabase } from './open-database.ts';
import { storeError } from './store-error.ts';

/** Feed items, their story assignments and editors' corrections, in the same SQLite file as snapshots. */
export interface StoryStore {
  /** Keeps items not seen before (by id); returns how many were new. An item is stored once. */
  saveItems(items: readonly StoryItem[]): number;
  /** Every stored item, in published order (then id). */
  listItems(): StoryItem[];
  /** Replaces the assignments of the given items (one transaction). */
  saveAssignments(assignments: readonly StoryAssignment[]): void;
  /** Every stored assignment, in the items' published order. */
  listAssignments(): StoryAssignment[];
  /** Records an editor's correction; returns its number (1, 2, …). */
  addCorrection(correction: StoryCorrection): number;
  /** Every correction, oldest first. */
  listCorrections(): StoryCorrection[];
  close(): void;
}

/** Opens (creating when missing) the story tables of the store at `path`. */
export function createStoryStore(path: string, options: { now?: () => Date } = {}): StoryStore {
  const now = options.now ?? (() => new Date());
  const db: DatabaseSync = openStoreDatabase(path);
  let open = true;
  const use = <T>(what: string, action: () => T): T => {
    if (!open)
      throw new MatomeError('STORE_FAILED', `${what}: ${path} (the store is closed)`, {
        hint: 'This is a bug in matome; please report it with the command used.',
      });
    try {
      return action();
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw storeError(what, path, path, error);
    }
  };
  const write = <T>(what: string, action: () => T): T =>
    use(what, () => {
      db.exec('BEGIN IMMEDIATE');
      const result = action();
      db.exec('COMMIT');
      return result;
    });
  const insertItem = db.prepare(
    'INSERT OR IGNORE INTO story_items (id, item, published, stored_at) VALUES (?, ?, ?, ?)',
  );
  const upsertAssignment = db.prepare(`INSERT INTO story_assignments (item_id, story, reason, assigned_at)
    VALUES (?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET story = excluded.story, reason = excluded.reason,
    assigned_at = excluded.assigned_at`);
  const insertCorrection = db.prepare(
    'INSERT INTO story_corrections (kind, items, created_at) VALUES (?, ?, ?)',
  );
  return {
    saveItems(items) {
      return write('Failed to store feed items', () => {
        const at = now().toISOString();
        let added = 0;
        for (const item of items)
          added += Number(insertItem.run(item.id, JSON.stringify(item), item.published, at).changes);
        return added;
      });
    },
    listItems() {
      return use('Failed to read feed items', () =>
        db
          .prepare('SELECT item FROM story_items ORDER BY published, id')
          .all()
          .map((row) => StoryItemSchema.parse(JSON.parse(String(row.item)))),
      );
    },
    saveAssignments(assignments) {
      write('Failed to store story assignments', () => {
        const at = now().toISOString();
        for (const assignment of assignments)
          upsertAssignment.run(assignment.id, assignment.story, JSON.stringify(assignment.reason), at);
      });
    },
    listAssignments() {
      return use('Failed to read story assignments', () =>
        db
          .prepare(`SELECT a.item_id, a.story, a.reason FROM story_assignments a
            JOIN story_items i ON i.id = a.item_id ORDER BY i.published, i.id`)
          .all()
          .map((row) => ({
            id: String(row.item_id),
            story: String(row.story),
            reason: JSON.parse(String(row.reason)) as Record<string, unknown>,
          })),
      );
    },
    addCorrection(correction) {
      return write('Failed to store a story correction', () =>
        Number(
          insertCorrection.run(correction.kind, JSON.stringify(correction.items), now().toISOString())
            .lastInsertRowid,
        ),
      );
    },
    listCorrections() {
      return use('Failed to read story corrections', () =>
        db
          .prepare('SELECT kind, items FROM story_corrections ORDER BY id')
          .all()
          .map((row) => ({
            kind: String(row.kind) as StoryCorrection['kind'],
            items: JSON.parse(String(row.items)) as string[],
          })),
      );
    },
    close() {
      if (!open) return;
      open = false;
      db.close();
    },
  };
}
