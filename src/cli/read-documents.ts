import type { Document } from '../domain/document.ts';
import { extractDocument } from '../extract/extract-document.ts';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { createRobotsPolicy } from '../fetch/robots-policy.ts';
import { loadPage } from '../pipeline/build-article.ts';

/** Reads one source (file or URL) and extracts it as a Document with the given id. */
export type SourceReader = (source: string, id: string) => Promise<Document>;

/**
 * A reader of the sources a command checks against, through the guarded client and robots.txt, as
 * a build reads them. With `cache`, each distinct source string is read and extracted once (a
 * failure is remembered too); callers get a copy with their own id.
 */
export function createSourceReader(
  allowHosts: readonly string[],
  options: { cache?: boolean } = {},
): SourceReader {
  const fetch = createGuardedFetch({ allowHosts: [...allowHosts] });
  const access = { fetch, robots: createRobotsPolicy({ fetch, userAgent: 'matome' }) };
  const read = async (source: string, id: string): Promise<Document> => {
    const { page } = await loadPage(source, access);
    return extractDocument(page, { id });
  };
  if (!options.cache) return read;
  const documents = new Map<string, Promise<Document>>();
  return async (source, id) => {
    let document = documents.get(source);
    if (document === undefined) {
      document = read(source, 's1');
      documents.set(source, document);
    }
    return { ...(await document), id };
  };
}

/** Reads the sources a command checks against (files or URLs) as Documents s1, s2, …. */
export async function readDocuments(
  sources: readonly string[],
  allowHosts: readonly string[],
): Promise<Document[]> {
  const read = createSourceReader(allowHosts);
  const documents: Document[] = [];
  for (const source of sources) documents.push(await read(source, `s${documents.length + 1}`));
  return documents;
}
