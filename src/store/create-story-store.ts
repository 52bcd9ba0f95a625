import type { DatabaseSync } from 'node:sqlite';
import { MatomeError } from '../domain/errors.ts';
import type { StoryAssignment, StoryCorrection, StoryItem } from '../domain/story-item.ts';
import { openStoreDatabase } from './open-database.ts';
import { storeError } from './store-error.ts';
import {
  assignmentOfRow,
  correctionOfRow,
  sameMembers,
  storedItemOfRow,
  storyArticleOfRow,
  storyEntryOfRow,
} from './story-rows.ts';

/** Feed items, their story assignments and editors' corrections, in the same SQLite file as snapshots. */
export interface StoryStore {
  /** Keeps items not seen before (by id); returns how many were new. An item is stored once. */
  saveItems(items: readonly StoryItem[]): Promise<number>;
  /**
   * The items stored after `position` (0: every item), in the order stored (a batch in the order
   * given: the order clustering decides them in), each with its position and its assignment if it
   * has one. An incremental clusterer reads only what came after the last position it saw.
   */
  listItemsAfter(position: number): Promise<StoredStoryItem[]>;
  /** Replaces the assignments of the given items (one transaction). */
  saveAssignments(assignments: readonly StoryAssignment[]): Promise<void>;
  /** Every stored assignment (or those of the given items), in the items' published order. */
  listAssignments(items?: readonly string[]): Promise<StoryAssignment[]>;
  /**
   * Records an editor's correction and the assignments it moves, in one transaction, if the stories
   * it was decided on are still as read: `basis` is every assignment of those stories as read, and
   * `move(number)` the assignments the correction numbered `number` moves. Returns the number
   * (1, 2, …) and what moved, or undefined, writing nothing, when an item joined or left those
   * stories since they were read (read them again and decide again).
   */
  applyCorrection(
    correction: StoryCorrection,
    basis: readonly StoryAssignment[],
    move: (number: number) => StoryAssignment[],
  ): Promise<AppliedCorrection | undefined>;
  /**
   * How many corrections are stored. It grows whenever an editor moves items, the only way a stored
   * assignment changes: a clusterer that read the same count before reading the items has seen
   * every assignment as it is now. (A count, not the latest number: PostgreSQL may commit two
   * corrections out of number order.)
   */
  countCorrections(): Promise<number>;
  /** Every correction, oldest first. */
  listCorrections(): Promise<StoryCorrection[]>;
  /** Records a new revision of a story's article (1, 2, … per story); returns the revision. Once per article: the same article again answers the revision it has. */
  addStoryArticle(entry: Omit<StoryArticle, 'revision' | 'createdAt'>): Promise<StoryArticle>;
  /** Every revision of every story's article (or of the given stories'), by story then revision. */
  listStoryArticles(stories?: readonly string[]): Promise<StoryArticle[]>;
  /**
   * One page of the stories, the one with the newest item first (by the instant published, then by
   * story id), and how many stories there are: what a desk lists. Reads story ids, not items.
   */
  pageStories(page: StoryPage): Promise<{ stories: string[]; total: number }>;
  /** The items of the given stories with their assignments, in published order (then id). */
  listStoryEntries(stories: readonly string[]): Promise<StoryEntry[]>;
  /** When the story's sources were last re-read (undefined: never since its first article). */
  storyCheckedAt(story: string): Promise<string | undefined>;
  markStoryChecked(story: string, at: Date): Promise<void>;
  /** A feed's polling state, undefined before its first poll. */
  feedPoll(url: string): Promise<FeedPoll | undefined>;
  saveFeedPoll(poll: FeedPoll): Promise<void>;
  close(): Promise<void>;
}

/** A stored correction: its number and the assignments it moved, each with its new story. */
export interface AppliedCorrection {
  number: number;
  moved: StoryAssignment[];
}

/** A stored item, where it stands in the order stored, and its story if it has been assigned one. */
export interface StoredStoryItem {
  position: number;
  item: StoryItem;
  assignment?: StoryAssignment;
}

/** Which stories to list: `limit` of them after skipping `offset`, newest first. */
export interface StoryPage {
  offset: number;
  limit: number;
}

/** An item and where it was placed. */
export interface StoryEntry {
  item: StoryItem;
  assignment: StoryAssignment;
}

/** One revision of a story's article: the stored article, why it was built and from which links. */
export interface StoryArticle {
  story: string;
  revision: number;
  articleId: number;
  /** sources: first built, or a source joined the story; update: a source changed (追記). */
  reason: 'sources' | 'update';
  links: string[];
  createdAt: string;
}

/** When a feed was polled, the interval it is on, and when it is due again (ISO 8601). */
export interface FeedPoll {
  url: string;
  intervalMs: number;
  polledAt: string;
  nextAt: string;
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
  const saveAssignmentRows = (assignments: readonly StoryAssignment[]) => {
    const at = now().toISOString();
    for (const assignment of assignments)
      upsertAssignment.run(assignment.id, assignment.story, JSON.stringify(assignment.reason), at);
  };
  const selectStoryMembers = db.prepare(
    'SELECT item_id, story FROM story_assignments WHERE story IN (SELECT value FROM json_each(?))',
  );
  const insertCorrection = db.prepare(
    'INSERT INTO story_corrections (kind, items, created_at) VALUES (?, ?, ?)',
  );
  const insertStoryArticle = db.prepare(`INSERT INTO story_articles
    (story, revision, article_id, reason, links, created_at)
    SELECT ?, COALESCE(MAX(revision), 0) + 1, ?, ?, ?, ? FROM story_articles WHERE story = ?
    RETURNING revision`);
  const storyArticleByArticle = db.prepare('SELECT * FROM story_articles WHERE article_id = ?');
  return {
    async addStoryArticle(entry) {
      return write('Failed to store a story article', () => {
        // Once per article (UNIQUE article_id): the same article recorded again answers its revision.
        const existing = storyArticleByArticle.get(entry.articleId);
        if (existing !== undefined) return storyArticleOfRow(existing);
        const createdAt = now().toISOString();
        const row = insertStoryArticle.get(
          entry.story,
          entry.articleId,
          entry.reason,
          JSON.stringify(entry.links),
          createdAt,
          entry.story,
        );
        return { ...entry, links: [...entry.links], revision: Number(row?.revision), createdAt };
      });
    },
    async listStoryArticles(stories) {
      return use('Failed to read story articles', () =>
        (stories === undefined
          ? db.prepare('SELECT * FROM story_articles ORDER BY story, revision').all()
          : db
              .prepare(`SELECT * FROM story_articles WHERE story IN (SELECT value FROM json_each(?))
                ORDER BY story, revision`)
              .all(JSON.stringify(stories))
        ).map(storyArticleOfRow),
      );
    },
    async storyCheckedAt(story) {
      return use('Failed to read story checks', () => {
        const row = db.prepare('SELECT checked_at FROM story_checks WHERE story = ?').get(story);
        return row === undefined ? undefined : String(row.checked_at);
      });
    },
    async markStoryChecked(story, at) {
      write('Failed to store a story check', () => {
        db.prepare(
          `INSERT INTO story_checks (story, checked_at) VALUES (?, ?)
           ON CONFLICT (story) DO UPDATE SET checked_at = excluded.checked_at`,
        ).run(story, at.toISOString());
      });
    },
    async feedPoll(url) {
      return use('Failed to read feed polls', () => {
        const row = db.prepare('SELECT * FROM feed_polls WHERE url = ?').get(url);
        return row === undefined
          ? undefined
          : {
              url,
              intervalMs: Number(row.interval_ms),
              polledAt: String(row.polled_at),
              nextAt: String(row.next_at),
            };
      });
    },
    async saveFeedPoll(poll) {
      write('Failed to store a feed poll', () => {
        db.prepare(
          `INSERT INTO feed_polls (url, interval_ms, polled_at, next_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (url) DO UPDATE SET interval_ms = excluded.interval_ms,
           polled_at = excluded.polled_at, next_at = excluded.next_at`,
        ).run(poll.url, poll.intervalMs, poll.polledAt, poll.nextAt);
      });
    },
    async saveItems(items) {
      return write('Failed to store feed items', () => {
        const at = now().toISOString();
        let added = 0;
        for (const item of items)
          added += Number(insertItem.run(item.id, JSON.stringify(item), item.published, at).changes);
        return added;
      });
    },
    async listItemsAfter(position) {
      // rowid: items are never deleted, so a new row's rowid is above every earlier one.
      return use('Failed to read feed items', () =>
        db
          .prepare(`SELECT i.rowid AS position, i.item, a.item_id, a.story, a.reason FROM story_items i
            LEFT JOIN story_assignments a ON a.item_id = i.id WHERE i.rowid > ? ORDER BY i.rowid`)
          .all(position)
          .map(storedItemOfRow),
      );
    },
    async saveAssignments(assignments) {
      write('Failed to store story assignments', () => saveAssignmentRows(assignments));
    },
    async listAssignments(items) {
      return use('Failed to read story assignments', () =>
        (items === undefined
          ? db
              .prepare(`SELECT a.item_id, a.story, a.reason FROM story_assignments a
                JOIN story_items i ON i.id = a.item_id ORDER BY julianday(i.published), i.id`)
              .all()
          : db
              .prepare(`SELECT a.item_id, a.story, a.reason FROM story_assignments a
                JOIN story_items i ON i.id = a.item_id WHERE a.item_id IN (SELECT value FROM json_each(?))
                ORDER BY julianday(i.published), i.id`)
              .all(JSON.stringify(items))
        ).map(assignmentOfRow),
      );
    },
    async pageStories(page) {
      return use('Failed to read stories', () => {
        // julianday reads the offset of each time (+09:00, Z), so stories are ordered by the instant.
        const rows = db
          .prepare(`SELECT a.story FROM story_assignments a JOIN story_items i ON i.id = a.item_id
            GROUP BY a.story ORDER BY MAX(julianday(i.published)) DESC, a.story LIMIT ? OFFSET ?`)
          .all(page.limit, page.offset);
        const total = db
          .prepare(`SELECT COUNT(DISTINCT a.story) AS n FROM story_assignments a
            JOIN story_items i ON i.id = a.item_id`)
          .get();
        return { stories: rows.map((row) => String(row.story)), total: Number(total?.n ?? 0) };
      });
    },
    async listStoryEntries(stories) {
      return use('Failed to read story items', () =>
        db
          .prepare(`SELECT i.item, a.story, a.reason FROM story_assignments a JOIN story_items i ON i.id = a.item_id
            WHERE a.story IN (SELECT value FROM json_each(?)) ORDER BY julianday(i.published), i.id`)
          .all(JSON.stringify(stories))
          .map(storyEntryOfRow),
      );
    },
    async applyCorrection(correction, basis, move) {
      return write('Failed to store a story correction', () => {
        const stories = [...new Set(basis.map((assignment) => assignment.story))];
        if (!sameMembers(basis, selectStoryMembers.all(JSON.stringify(stories)))) return undefined;
        const number = Number(
          insertCorrection.run(correction.kind, JSON.stringify(correction.items), now().toISOString())
            .lastInsertRowid,
        );
        const moved = move(number);
        saveAssignmentRows(moved);
        return { number, moved };
      });
    },
    async countCorrections() {
      return use('Failed to read story corrections', () =>
        Number(db.prepare('SELECT COUNT(*) AS n FROM story_corrections').get()?.n ?? 0),
      );
    },
    async listCorrections() {
      return use('Failed to read story corrections', () =>
        db.prepare('SELECT kind, items FROM story_corrections ORDER BY id').all().map(correctionOfRow),
      );
    },
    async close() {
      if (!open) return;
      open = false;
      db.close();
    },
  };
}
