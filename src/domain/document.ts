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
