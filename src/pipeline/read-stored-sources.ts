import type { Document } from '../domain/document.ts';
import { MatomeError } from '../domain/errors.ts';
import { extractDocument } from '../extract/extract-document.ts';
import { snapshotToPage } from '../store/snapshot-to-page.ts';
import type { Store, StoredArticle } from '../store/store.ts';

/**
 * A stored article's sources as they were when it was built, extracted again from the snapshots it
 * was recorded with; each must extract to the text the article was built from. `what` opens the
 * error messages (`Failed to open article`).
 */
export async function readStoredSources(
  store: Store,
  stored: StoredArticle,
  what: string,
): Promise<Document[]> {
  const documents: Document[] = [];
  for (const [position, source] of stored.article.sources.entries()) {
    const snapshotId = stored.snapshotIds[position];
    const snapshot = snapshotId === undefined ? undefined : await store.getSnapshot(snapshotId);
    if (snapshot === undefined) {
      throw new MatomeError(
        'SOURCE_NOT_FOUND',
        `${what}: ${stored.id} (no snapshot of source ${source.id} ${source.url})`,
        { hint: 'The article was saved without its sources; rebuild it from its sources.' },
      );
    }
    const document = extractDocument(snapshotToPage(snapshot), { id: source.id });
    if (document.contentHash !== source.contentHash) {
      throw new MatomeError(
        'SOURCE_CHANGED',
        `${what}: ${stored.id} (snapshot ${snapshot.id} of ${source.url} no longer extracts to the text the article was built from)`,
        { hint: 'Rebuild the article from its sources and review the new one.' },
      );
    }
    documents.push(document);
  }
  return documents;
}
