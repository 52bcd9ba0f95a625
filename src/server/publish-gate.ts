import type { Finding, Report } from '../domain/report.ts';
import { isFindingOf, type ReviewState } from './review-state.ts';

/** A claim that keeps an article from being published, and why. */
export interface RemainingClaim {
  path: string;
  text: string;
  /** unreviewed: the verifier did not pass it and no editor decided; rejected: rejected but still in the article. */
  why: 'unreviewed' | 'rejected';
}

/** Whether the reviewed article may be published, and what stands in the way. */
export interface PublishGate {
  publishable: boolean;
  remaining: RemainingClaim[];
  /** Error findings of the verifier on the reviewed article. */
  errors: Finding[];
}

/**
 * The publish gate: an article is approved for publishing only when the verifier finds no error in
 * the reviewed article and no claim the verifier did not pass is left without an editor's decision.
 * `report` is the verifier's report on `state.article` (the reviewed article, edits applied).
 */
export function checkPublishGate(state: ReviewState, report: Report): PublishGate {
  const remaining: RemainingClaim[] = [];
  for (const claim of state.claims) {
    if (claim.flagged && claim.status === 'unreviewed')
      remaining.push({ path: claim.claim.path, text: claim.text, why: 'unreviewed' });
  }
  for (const path of state.keptRejected) {
    const claim = state.claims.find((candidate) => candidate.claim.path === path);
    remaining.push({ path, text: claim?.text ?? '', why: 'rejected' });
  }
  const errors = report.findings.filter((finding) => finding.severity === 'error');
  return { publishable: remaining.length === 0 && errors.length === 0, remaining, errors };
}

/**
 * The verifier's findings as the review stands, without verifying the whole article again: each
 * claim's own findings (the build's, or its edit's re-verification), rejected body sentences left
 * out, plus the build's findings that belong to no claim (voice lines, conflicts, rights). The page
 * shows this after every decision; publishing verifies the reviewed article in full.
 */
export function reviewFindings(state: ReviewState, built: Report): Report {
  const dropped = new Set(
    state.claims
      .filter((claim) => claim.status === 'rejected' && !state.keptRejected.includes(claim.claim.path))
      .map((claim) => claim.claim.path),
  );
  const findings: Finding[] = state.claims.flatMap((claim) =>
    dropped.has(claim.claim.path) ? [] : claim.findings,
  );
  for (const finding of built.findings) {
    if (!state.claims.some((claim) => isFindingOf(finding, claim.claim.path))) findings.push(finding);
  }
  const verdict = findings.some((finding) => finding.severity === 'error')
    ? 'blocked'
    : findings.some((finding) => finding.severity === 'warning')
      ? 'needs_review'
      : 'publishable';
  return { verdict, findings };
}
