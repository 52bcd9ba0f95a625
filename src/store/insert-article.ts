import type { DatabaseSync } from 'node:sqlite';
import { MatomeError } from '../domain/errors.ts';
import type { NewArticle } from './store.ts';

/**
 * Inserts an article and the links to its snapshots, inside the caller's write transaction; returns
 * its id. The one place articles are written, shared by the store (saveArticle) and the job ledger
 * (an article saved as a job's result in the same transaction as the result).
 */
export function insertArticleRows(
  db: DatabaseSync,
  { slug, article, snapshotIds, pending = false }: NewArticle,
  createdAt: string,
  path: string,
): number {
  const snapshotExists = db.prepare('SELECT 1 AS found FROM snapshots WHERE id = ?');
  for (const snapshotId of snapshotIds) {
    if (snapshotExists.get(snapshotId) === undefined) {
      throw new MatomeError(
        'INVALID_ARGUMENT',
        `Failed to save article: ${slug} (no snapshot ${snapshotId} in ${path})`,
        { hint: 'Save each page with saveSnapshot and pass the ids it returns.' },
      );
    }
  }
  const result = db
    .prepare('INSERT INTO articles (slug, article, created_at, written_at) VALUES (?, ?, ?, ?)')
    .run(slug, JSON.stringify(article), createdAt, pending ? null : createdAt);
  const articleId = Number(result.lastInsertRowid);
  const insertLink = db.prepare(
    'INSERT INTO article_snapshots (article_id, position, snapshot_id) VALUES (?, ?, ?)',
  );
  snapshotIds.forEach((snapshotId, position) => {
    insertLink.run(articleId, position, snapshotId);
  });
  return articleId;
}
