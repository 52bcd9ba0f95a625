import { z } from 'zod';

/**
 * A source after extraction: metadata plus the stored text that every evidence span indexes.
 * `text` is the headline, a blank line, then the main text as paragraphs separated by "\n\n".
 */
export const DocumentSchema = z.object({
  /** Stable id within one build: "s1", "s2", … in input order. */
  id: z.string().regex(/^s[1-9][0-9]*$/),
  url: z.string(),
  title: z.string().min(1),
  siteName: z.string().min(1).optional(),
  /** ISO 8601 with offset; Japan time (+09:00) when the page gave no zone. */
  publishedAt: z.string().optional(),
  author: z.string().min(1).optional(),
  /** Absolute URL of the lead image. */
  image: z.string().optional(),
  /** BCP 47 primary language, e.g. "ja", "en". */
  lang: z.string().min(2),
  text: z.string(),
  /** [start, end) of the headline inside `text`. */
  titleSpan: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  /** "sha256:<hex>" of `text` (UTF-8). */
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});
export type Document = z.infer<typeof DocumentSchema>;

/** True when the address is the web's (http or https), not a file on the machine that built the article. */
export function isWebAddress(url: string): boolean {
  return /^https?:\/\//iu.test(url);
}

/**
 * Who publishes a source, as a reader is told: its site name, else the host of its web address;
 * undefined for a saved file with no site name (a machine's path is never a publisher).
 */
export function publisherOf(site: string | undefined, url: string): string | undefined {
  if (site !== undefined) return site;
  if (!isWebAddress(url)) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
