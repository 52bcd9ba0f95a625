import { z } from 'zod';

/**
 * A source as read from disk or the network, decoded to text: the output of fetch/.
 * `url` is the final location (http(s) URL, or a file: URL for local files).
 */
export const PageSchema = z.object({
  url: z.string(),
  /** What the user asked for (path or URL), kept for error messages. */
  input: z.string(),
  /** 'application/xml' is any XML (RSS, Atom, RDF); 'application/feed+json' a JSON Feed. */
  mediaType: z.enum(['text/html', 'text/plain', 'text/markdown', 'application/xml', 'application/feed+json']),
  /** WHATWG encoding name used to decode the bytes, e.g. "utf-8", "shift_jis". */
  encoding: z.string(),
  /** How the encoding was decided, in WHATWG order. */
  encodingSource: z.enum(['bom', 'transport', 'meta', 'detected', 'default']),
  text: z.string(),
  /** HTTP status for fetched pages. */
  status: z.number().int().optional(),
  /** Response headers of fetched pages (lower-case names; cookies left out). */
  headers: z.record(z.string(), z.string()).optional(),
  /** ISO 8601 time of the fetch; absent for local files so builds stay reproducible. */
  fetchedAt: z.string().optional(),
});
export type Page = z.infer<typeof PageSchema>;
