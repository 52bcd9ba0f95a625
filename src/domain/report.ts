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
});
export type Finding = z.infer<typeof FindingSchema>;

/** A finding about a field of an Article, named by its JSON path. */
export function pathFinding(
  code: string,
  severity: Severity,
  path: string,
  message: string,
  evidence?: string,
): Finding {
  return evidence === undefined
    ? { code, severity, location: { path }, message }
    : { code, severity, location: { path }, message, evidence };
}

/** True when the finding points into a string (line/column) rather than at a field of an Article. */
export function isTextLocation(location: Finding['location']): location is TextLocation {
  return 'offset' in location;
}

/** How many findings there are of each severity. */
export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** True when any finding is an error (the CLI then exits 1). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/** Formats a property path (as zod reports it) the way PathLocation spells it: `sections[0].card.url`. */
export function toJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)
        ? `${out === '' ? '' : '.'}${name}`
        : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

/** publishable: no findings worth a look; needs_review: warnings only; blocked: at least one error. */
export type Verdict = 'publishable' | 'needs_review' | 'blocked';

/** What the verifier says about one Article: a verdict and the findings it rests on. */
export interface Report {
  verdict: Verdict;
  findings: Finding[];
}
