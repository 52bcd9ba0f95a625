import type { Finding, Verdict } from '../domain/report.ts';

export type { Report, Verdict } from '../domain/report.ts';

/** The verdict the findings imply: any error blocks, warnings alone ask for review. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((finding) => finding.severity === 'error')) return 'blocked';
  if (findings.some((finding) => finding.severity === 'warning')) return 'needs_review';
  return 'publishable';
}
