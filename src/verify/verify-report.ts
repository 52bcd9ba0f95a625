import type { Finding } from '../domain/report.ts';

/** publishable: no findings worth a look; needs_review: warnings only; blocked: at least one error. */
export type Verdict = 'publishable' | 'needs_review' | 'blocked';

/** What the verifier says about one Article: a verdict and the findings it rests on. */
export interface Report {
  verdict: Verdict;
  findings: Finding[];
}

/** The verdict the findings imply: any error blocks, warnings alone ask for review. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((finding) => finding.severity === 'error')) return 'blocked';
  if (findings.some((finding) => finding.severity === 'warning')) return 'needs_review';
  return 'publishable';
}
