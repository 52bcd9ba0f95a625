import type { Document } from '../../src/domain/document.ts';
import type { Finding } from '../../src/domain/report.ts';
import type { Understanding } from '../../src/understand/understand-document.ts';
import { checkClaim } from '../../src/verify/check-claim.ts';

/** The errors `checkClaim` finds in one claim against invented pages (warnings and info left out). */
export function claimErrors(
  understanding: Understanding,
  text: string,
  documents: readonly Document[],
): Finding[] {
  return checkClaim(
    text,
    documents.map((document) => understanding.of(document)),
    understanding,
    { path: 'claim' },
  ).findings.filter((finding) => finding.severity === 'error');
}

/** A finding as the tests read it: `code: message`. */
export const described = (finding: Finding): string => `${finding.code}: ${finding.message}`;
