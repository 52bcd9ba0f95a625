import {
  type StoryAssignment,
  type StoryCorrection,
  type StoryItem,
  StoryItemSchema,
} from '../domain/story-item.ts';
import type { StoredStoryItem, StoryArticle, StoryEntry } from './create-story-store.ts';

// The story tables' rows read back into the StoryStore's values, shared by the SQLite and the
// PostgreSQL story stores (same tables, same columns; JSON columns stored as text in both).
type Row = Record<string, unknown>;

/** A story_items row's item, checked against the item schema (another matome may have written it). */
export function storyItemOfRow(row: Row): StoryItem {
  return StoryItemSchema.parse(JSON.parse(String(row.item)));
}

/** A story_assignments row (item_id, story, reason). */
export function assignmentOfRow(row: Row): StoryAssignment {
  return {
    id: String(row.item_id),
    story: String(row.story),
    reason: JSON.parse(String(row.reason)) as Record<string, unknown>,
  };
}

/** An item joined with its assignment (item, story, reason). */
export function storyEntryOfRow(row: Row): StoryEntry {
  const item = storyItemOfRow(row);
  return { item, assignment: assignmentOfRow({ ...row, item_id: item.id }) };
}

/** An item with its position (rowid, seq) and, when it has one, its assignment (LEFT JOIN: item_id null). */
export function storedItemOfRow(row: Row): StoredStoryItem {
  const item = storyItemOfRow(row);
  const position = Number(row.position);
  return row.item_id === null || row.item_id === undefined
    ? { position, item }
    : { position, item, assignment: assignmentOfRow(row) };
}

/** A story_articles row. */
export function storyArticleOfRow(row: Row): StoryArticle {
  return {
    story: String(row.story),
    revision: Number(row.revision),
    articleId: Number(row.article_id),
    reason: String(row.reason) as StoryArticle['reason'],
    links: JSON.parse(String(row.links)) as string[],
    createdAt: String(row.created_at),
  };
}

/** A story_corrections row (kind, items). */
export function correctionOfRow(row: Row): StoryCorrection {
  return {
    kind: String(row.kind) as StoryCorrection['kind'],
    items: JSON.parse(String(row.items)) as string[],
  };
}

/**
 * Whether the stories' members now (item_id, story rows) are those a correction was decided on:
 * the same items, each in the same story.
 */
export function sameMembers(basis: readonly StoryAssignment[], rows: readonly Row[]): boolean {
  if (rows.length !== basis.length) return false;
  const storyOf = new Map(basis.map((assignment) => [assignment.id, assignment.story]));
  return rows.every((row) => storyOf.get(String(row.item_id)) === String(row.story));
}
