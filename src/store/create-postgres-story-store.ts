import type { StoryAssignment } from '../domain/story-item.ts';
import type { FeedPoll, StoryStore } from './create-story-store.ts';
import { openPostgresDatabase, type PostgresDatabase, type Queryable } from './postgres-database.ts';
import {
  assignmentOfRow,
  correctionOfRow,
  sameMembers,
  storedItemOfRow,
  storyArticleOfRow,
  storyEntryOfRow,
} from './story-rows.ts';

/** Opens the story tables of the PostgreSQL store at `url` (a handle on the process's one pool for `url`). */
export async function createPostgresStoryStore(
  url: string,
  options: { now?: () => Date } = {},
): Promise<StoryStore> {
  return postgresStoryStore(await openPostgresDatabase(url, { label: 'story store' }), options);
}

/**
 * Assignment writers take turns (until the caller's transaction ends), so a correction's check that
 * its stories are as read still holds when it writes: READ COMMITTED alone would let a clusterer add
 * an item to a story between the check and the write.
 */
async function lockAssignments(db: Queryable) {
  await db.query("SELECT pg_advisory_xact_lock(hashtext('story_assignments'))");
}

/** Upserts assignments inside the caller's transaction. */
async function saveAssignmentRows(db: Queryable, assignments: readonly StoryAssignment[], at: string) {
  for (const assignment of assignments) {
    await db.query(
      `INSERT INTO story_assignments (item_id, story, reason, assigned_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (item_id) DO UPDATE SET story = excluded.story, reason = excluded.reason,
       assigned_at = excluded.assigned_at`,
      [assignment.id, assignment.story, JSON.stringify(assignment.reason), at],
    );
  }
}

/** The StoryStore over an open database: the same behaviour as the SQLite one (create-story-store.ts). */
export function postgresStoryStore(
  database: PostgresDatabase,
  options: { now?: () => Date } = {},
): StoryStore {
  const now = options.now ?? (() => new Date());
  const { name, use, write } = database;
  return {
    addStoryArticle(entry) {
      return write('Failed to store a story article', name, async (db) => {
        const createdAt = now().toISOString();
        // Revisions of one story are numbered one at a time: writers of the same story wait here.
        await db.query("SELECT pg_advisory_xact_lock(hashtext('story:' || $1))", [entry.story]);
        // Once per article (UNIQUE article_id): the same article recorded again answers its revision.
        const existing = await db.query('SELECT * FROM story_articles WHERE article_id = $1', [
          entry.articleId,
        ]);
        if (existing.rows[0] !== undefined) return storyArticleOfRow(existing.rows[0]);
        const { rows } = await db.query<{ revision: number }>(
          `INSERT INTO story_articles (story, revision, article_id, reason, links, created_at)
           SELECT $1, COALESCE(MAX(revision), 0) + 1, $2, $3, $4, $5 FROM story_articles WHERE story = $1
           RETURNING revision`,
          [entry.story, entry.articleId, entry.reason, JSON.stringify(entry.links), createdAt],
        );
        return { ...entry, links: [...entry.links], revision: Number(rows[0]?.revision), createdAt };
      });
    },
    listStoryArticles(stories) {
      return use('Failed to read story articles', name, async (db) => {
        const { rows } =
          stories === undefined
            ? await db.query('SELECT * FROM story_articles ORDER BY story, revision')
            : await db.query(
                'SELECT * FROM story_articles WHERE story = ANY($1::text[]) ORDER BY story, revision',
                [[...stories]],
              );
        return rows.map(storyArticleOfRow);
      });
    },
    storyCheckedAt(story) {
      return use('Failed to read story checks', name, async (db) => {
        const { rows } = await db.query('SELECT checked_at FROM story_checks WHERE story = $1', [story]);
        return rows[0] === undefined ? undefined : String(rows[0].checked_at);
      });
    },
    async markStoryChecked(story, at) {
      await write('Failed to store a story check', name, (db) =>
        db.query(
          `INSERT INTO story_checks (story, checked_at) VALUES ($1, $2)
           ON CONFLICT (story) DO UPDATE SET checked_at = excluded.checked_at`,
          [story, at.toISOString()],
        ),
      );
    },
    feedPoll(url) {
      return use('Failed to read feed polls', name, async (db) => {
        const { rows } = await db.query('SELECT * FROM feed_polls WHERE url = $1', [url]);
        const row = rows[0];
        return row === undefined
          ? undefined
          : ({
              url,
              intervalMs: Number(row.interval_ms),
              polledAt: String(row.polled_at),
              nextAt: String(row.next_at),
            } satisfies FeedPoll);
      });
    },
    async saveFeedPoll(poll) {
      await write('Failed to store a feed poll', name, (db) =>
        db.query(
          `INSERT INTO feed_polls (url, interval_ms, polled_at, next_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (url) DO UPDATE SET interval_ms = excluded.interval_ms,
           polled_at = excluded.polled_at, next_at = excluded.next_at`,
          [poll.url, poll.intervalMs, poll.polledAt, poll.nextAt],
        ),
      );
    },
    saveItems(items) {
      return write('Failed to store feed items', name, async (db) => {
        const at = now().toISOString();
        // Writers of items take turns, so seq is given in commit order: a reader that saw seq N has
        // seen every item below N (listItemsAfter), as SQLite's single writer gives for rowid.
        await db.query("SELECT pg_advisory_xact_lock(hashtext('story_items'))");
        let added = 0;
        for (const item of items) {
          const result = await db.query(
            'INSERT INTO story_items (id, item, published, stored_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING',
            [item.id, JSON.stringify(item), item.published, at],
          );
          added += result.rowCount ?? 0;
        }
        return added;
      });
    },
    listItemsAfter(position) {
      return use('Failed to read feed items', name, async (db) => {
        const { rows } = await db.query(
          `SELECT i.seq AS position, i.item, a.item_id, a.story, a.reason FROM story_items i
           LEFT JOIN story_assignments a ON a.item_id = i.id WHERE i.seq > $1 ORDER BY i.seq`,
          [position],
        );
        return rows.map(storedItemOfRow);
      });
    },
    async saveAssignments(assignments) {
      await write('Failed to store story assignments', name, async (db) => {
        await lockAssignments(db);
        await saveAssignmentRows(db, assignments, now().toISOString());
      });
    },
    listAssignments(items) {
      return use('Failed to read story assignments', name, async (db) => {
        const { rows } =
          items === undefined
            ? await db.query(`SELECT a.item_id, a.story, a.reason FROM story_assignments a
                JOIN story_items i ON i.id = a.item_id ORDER BY i.published::timestamptz, i.id`)
            : await db.query(
                `SELECT a.item_id, a.story, a.reason FROM story_assignments a
                 JOIN story_items i ON i.id = a.item_id WHERE a.item_id = ANY($1::text[])
                 ORDER BY i.published::timestamptz, i.id`,
                [[...items]],
              );
        return rows.map(assignmentOfRow);
      });
    },
    pageStories(page) {
      return use('Failed to read stories', name, async (db) => {
        const { rows } = await db.query(
          `SELECT a.story FROM story_assignments a JOIN story_items i ON i.id = a.item_id
           GROUP BY a.story ORDER BY MAX(i.published::timestamptz) DESC, a.story LIMIT $1 OFFSET $2`,
          [page.limit, page.offset],
        );
        const counted = await db.query(
          'SELECT COUNT(DISTINCT a.story) AS n FROM story_assignments a JOIN story_items i ON i.id = a.item_id',
        );
        return { stories: rows.map((row) => String(row.story)), total: Number(counted.rows[0]?.n ?? 0) };
      });
    },
    listStoryEntries(stories) {
      return use('Failed to read story items', name, async (db) => {
        const { rows } = await db.query(
          `SELECT i.item, a.story, a.reason FROM story_assignments a JOIN story_items i ON i.id = a.item_id
           WHERE a.story = ANY($1::text[]) ORDER BY i.published::timestamptz, i.id`,
          [[...stories]],
        );
        return rows.map(storyEntryOfRow);
      });
    },
    applyCorrection(correction, basis, move) {
      return write('Failed to store a story correction', name, async (db) => {
        await lockAssignments(db);
        const stories = [...new Set(basis.map((assignment) => assignment.story))];
        const members = await db.query(
          'SELECT item_id, story FROM story_assignments WHERE story = ANY($1::text[])',
          [stories],
        );
        if (!sameMembers(basis, members.rows)) return undefined;
        const { rows } = await db.query<{ id: number }>(
          'INSERT INTO story_corrections (kind, items, created_at) VALUES ($1, $2, $3) RETURNING id',
          [correction.kind, JSON.stringify(correction.items), now().toISOString()],
        );
        const number = Number(rows[0]?.id);
        const moved = move(number);
        await saveAssignmentRows(db, moved, now().toISOString());
        return { number, moved };
      });
    },
    countCorrections() {
      return use('Failed to read story corrections', name, async (db) => {
        const { rows } = await db.query('SELECT COUNT(*) AS n FROM story_corrections');
        return Number(rows[0]?.n ?? 0);
      });
    },
    listCorrections() {
      return use('Failed to read story corrections', name, async (db) => {
        const { rows } = await db.query('SELECT kind, items FROM story_corrections ORDER BY id');
        return rows.map(correctionOfRow);
      });
    },
    close() {
      return database.close();
    },
  };
}
