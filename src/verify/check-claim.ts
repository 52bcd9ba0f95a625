import type { Finding } from '../domain/report.ts';
import type {
  DocumentUnderstanding,
  SourceSentence,
  Understanding,
} from '../understand/understand-document.ts';
import { createAlignment, readClaim } from './claim/alignment.ts';
import { checkAgent } from './claim/check-agent.ts';
import { checkAttribution } from './claim/check-attribution.ts';
import { checkCaseRoles } from './claim/check-case-roles.ts';
import { checkCoverage } from './claim/check-coverage.ts';
import { checkDates } from './claim/check-dates.ts';
import { checkModality } from './claim/check-modality.ts';
import { checkNames } from './claim/check-names.ts';
import { checkOpposites } from './claim/check-opposites.ts';
import { checkPolarity } from './claim/check-polarity.ts';
import { checkPredicates } from './claim/check-predicates.ts';
import { checkQuantities } from './claim/check-quantities.ts';
import { checkQuotes } from './claim/check-quotes.ts';
import {
  checkAffiliations,
  checkCleftRole,
  checkRoleReplaced,
  checkRoles,
  checkSpeakerRoles,
  checkSubjectRole,
} from './claim/check-roles.ts';
import { checkTense } from './claim/check-tense.ts';
import { checkTotality } from './claim/check-totality.ts';
import { checkCleftFocusUnsaid } from './claim/cleft-focus-unsaid.ts';
import { checkUnsaidDeliberation } from './claim/unsaid-deliberation.ts';
import { checkUnsaidPayment } from './claim/unsaid-payment.ts';
import { checkUnsaidPaymentClaim } from './claim/unsaid-payment-claim.ts';
import { checkUnsaidPredication } from './claim/unsaid-predication.ts';
import { checkUnsaidSanction } from './claim/unsaid-sanction.ts';
import { checkUnsaidTemporary } from './claim/unsaid-temporary.ts';

export { sourceSentenceNorm } from './claim/alignment.ts';

/**
 * The result of checking one claim against the sources it may rest on: problems found by aligning
 * each element of the claim (content words, quantities, dates, names, roles, predicates with
 * their polarity and modality, speakers, quotes) to elements of the sources, and the source
 * sentences it aligned to.
 */
export interface ClaimCheck {
  findings: Finding[];
  /** The source sentences that together cover the claim, best first. */
  evidence: SourceSentence[];
  /** Share (0–1) of the claim's content words found in its evidence. */
  score: number;
}

export interface ClaimCheckOptions {
  /** JSON path (or label) the findings point at. */
  path: string;
  /**
   * 'claim': a sentence that states facts (default). 'fragment': a title, point or heading — no
   * full sentence, so predicates and clauses are compared only where the fragment has them.
   * 'question': a hook question asserts nothing; only its names, numbers, dates and quotes count.
   */
  kind?: 'claim' | 'fragment' | 'question';
}

/**
 * Checks one claim (a sentence of an article or a user's sentence) against `scope`: the sources it
 * may rest on, taken together. See docs/verifier.md.
 */
export function checkClaim(
  text: string,
  scope: readonly DocumentUnderstanding[],
  understanding: Understanding,
  options: ClaimCheckOptions,
): ClaimCheck {
  // The same unit is checked in each of an engine's repair rounds and again by the final
  // verification: against the same sources (the very same readings) the answer is the same.
  let checks = claimChecks.get(understanding);
  if (checks === undefined) {
    checks = new Map();
    claimChecks.set(understanding, checks);
  }
  const key = JSON.stringify([
    text,
    options.path,
    options.kind ?? 'claim',
    scope.map((read) => read.document.id),
  ]);
  const known = checks.get(key);
  if (
    known !== undefined &&
    known.scope.length === scope.length &&
    known.scope.every((read, i) => read === scope[i])
  )
    return { ...known.check, findings: [...known.check.findings], evidence: [...known.check.evidence] };
  const check = checkClaimOnce(text, scope, understanding, options);
  checks.set(key, { scope: [...scope], check });
  return { ...check, findings: [...check.findings], evidence: [...check.evidence] };
}

const claimChecks = new WeakMap<
  Understanding,
  Map<string, { scope: readonly DocumentUnderstanding[]; check: ClaimCheck }>
>();

function checkClaimOnce(
  text: string,
  scope: readonly DocumentUnderstanding[],
  understanding: Understanding,
  options: ClaimCheckOptions,
): ClaimCheck {
  const claim = readClaim(text, understanding);
  const context = createAlignment(claim, scope, understanding.synonyms);
  const out: Finding[] = [];
  const { path } = options;
  out.push(...checkQuotes(claim, context, path));
  out.push(...checkNames(claim, context, path, options.kind ?? 'claim', understanding.tokenizer));
  out.push(...checkRoles(claim, context, path));
  out.push(...checkAffiliations(claim, context, path));
  out.push(...checkSpeakerRoles(claim, context, path));
  const subjectRole = [
    ...checkSubjectRole(claim, context, path),
    ...checkCleftRole(claim, context, path),
  ].slice(0, 1);
  out.push(...subjectRole);
  if (subjectRole.length === 0) out.push(...checkRoleReplaced(claim, context, path));
  if (options.kind === undefined || options.kind === 'claim') {
    const agent = checkAgent(claim, context, path);
    out.push(...(agent.length > 0 ? agent : checkCaseRoles(claim, context, path)));
  }
  out.push(...checkQuantities(claim, context, path));
  out.push(...checkDates(claim, context, path));
  const isFragment = options.kind === 'fragment' || options.kind === 'question';
  out.push(...checkPolarity(claim, context, path));
  out.push(...checkOpposites(claim, context, path, options.kind !== 'question'));
  if (!isFragment)
    out.push(...checkPredicates(claim, context, path, understanding.synonyms, understanding.tokenizer));
  if (!isFragment)
    out.push(
      ...checkUnsaidPredication(claim, context, path, understanding.synonyms, understanding.tokenizer),
    );
  if (!isFragment) out.push(...checkUnsaidPayment(claim, context, path));
  if (!isFragment) out.push(...checkUnsaidSanction(claim, context, path));
  if (!isFragment) out.push(...checkUnsaidPaymentClaim(claim, context, path));
  if (!isFragment) out.push(...checkUnsaidDeliberation(claim, context, path));
  if (!isFragment) out.push(...checkUnsaidTemporary(claim, context, path));
  if (!isFragment) out.push(...checkCleftFocusUnsaid(claim, context, path, understanding.synonyms));
  out.push(...checkModality(claim, context, path, isFragment));
  if (!isFragment) out.push(...checkTense(claim, context, path));
  // A title, point or question asserts no clause of its own: its words are checked, not its clauses.
  if (!isFragment) out.push(...checkAttribution(claim, context, path));
  if (!isFragment) out.push(...checkTotality(claim, context, path));
  if (options.kind !== 'question') out.push(...checkCoverage(claim, context, path, isFragment));
  return { findings: dedupe(out), evidence: context.evidence, score: context.score };
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    // One role given wrongly is one finding, whichever check read it (the person's title, the
    // speaker's description).
    const role = finding.code === 'role.mismatch' ? finding.params?.role : undefined;
    const key = `${finding.code}\u0000${role ?? finding.evidence ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
