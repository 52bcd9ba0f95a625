// Helpers for reading and making findings. Kept apart from report.ts (the zod schemas) so a command
// that only counts and prints findings starts without loading zod.
import type { Finding, Severity, TextLocation } from './report.ts';

/** The values a finding's message is made of, by name (see Finding.params). */
export type FindingParams = NonNullable<Finding['params']>;

/** A finding about a field of an Article, named by its JSON path. */
export function pathFinding(
  code: string,
  severity: Severity,
  path: string,
  message: string,
  evidence?: string,
  params?: FindingParams,
): Finding {
  return {
    code,
    severity,
    location: { path },
    message,
    ...(evidence === undefined ? {} : { evidence }),
    ...(params === undefined ? {} : { params }),
  };
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
