import { before } from 'node:test';
import type { Document } from '../../src/domain/document.ts';
import type { Finding } from '../../src/domain/report.ts';
import { createTokenizer } from '../../src/text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../../src/understand/understand-document.ts';
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

/**
 * For a test file: a function giving a claim's errors against one invented page as `code: message`,
 * read through one understanding built before the file's tests (registers a `before` hook).
 */
export function describedErrorsAgainstOne(): (text: string, document: Document) => string[] {
  let understanding: Understanding | undefined;
  before(async () => {
    understanding = createUnderstanding(await createTokenizer());
  });
  return (text, document) => {
    if (understanding === undefined) throw new Error('describedErrorsAgainstOne: read before the tests ran');
    return claimErrors(understanding, text, [document]).map(described);
  };
}
