import { z } from 'zod';

/**
 * Findings: what a check (linter, verifier) reports about a text or an Article. They are plain data,
 * so every producer (leak linter, structure linter, evidence and support checks) speaks one shape
 * and every consumer (CLI, server, store, report rendering) reads it without knowing who made it.
 */

/** error: the article must not be published as is; warning: a person should look; info: a note. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A place in an input string. `line` and `column` are 1-based; columns count UTF-16 code units (as
 * editors and compilers do); `offset`/`length` address the same characters in the input string.
 * Line breaks are `\r\n`, `\n` or `\r`.
 */
export const TextLocationSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
});
export type TextLocation = z.infer<typeof TextLocationSchema>;

/** A field of an Article, as a JSON path such as `sections[0].card.summary[2].text`. */
export const PathLocationSchema = z.object({ path: z.string() });
export type PathLocation = z.infer<typeof PathLocationSchema>;

/** One problem: a stable code, how serious, where, and what is wrong in words. */
export const FindingSchema = z.object({
  /** Stable dotted code, `<area>.<what>`: `leak.undefined`, `url.glued`, `card.missing-date`. */
  code: z.string().regex(/^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$/),
  severity: SeveritySchema,
  location: z.union([TextLocationSchema, PathLocationSchema]),
  /** English sentence naming what is wrong, quoting the Japanese text it is about. */
  message: z.string().min(1),
  /** The offending text, as it appears in the input. */
  evidence: z.string().optional(),
  /**
   * The values the message is made of (the text quoted, a source id, a share), so the message can
   * be written in another language from the catalogue (verify/finding-messages.ts).
   */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

// The helpers need no zod, so callers that only read findings (the lint command) can import them
// from findings.ts without loading the schemas.
export { countFindings, hasErrors, isTextLocation, pathFinding, toJsonPath } from './findings.ts';

/** publishable: no findings worth a look; needs_review: warnings only; blocked: at least one error. */
export type Verdict = 'publishable' | 'needs_review' | 'blocked';

/** What the verifier says about one Article: a verdict and the findings it rests on. */
export interface Report {
  verdict: Verdict;
  findings: Finding[];
}
