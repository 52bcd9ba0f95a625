import type { Document } from '../domain/document.ts';
import { extractDocument } from '../extract/extract-document.ts';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { createRobotsPolicy } from '../fetch/robots-policy.ts';
import { loadPage } from '../pipeline/build-article.ts';

/**
 * Reads the sources a command checks against (files or URLs) as Documents s1, s2, …, through the
 * guarded client and robots.txt, as a build reads them.
 */
export async function readDocuments(
  sources: readonly string[],
  allowHosts: readonly string[],
): Promise<Document[]> {
  const fetch = createGuardedFetch({ allowHosts: [...allowHosts] });
  const access = { fetch, robots: createRobotsPolicy({ fetch, userAgent: 'matome' }) };
  const documents: Document[] = [];
  for (const source of sources) {
    const { page } = await loadPage(source, access);
    documents.push(extractDocument(page, { id: `s${documents.length + 1}` }));
  }
  return documents;
}
