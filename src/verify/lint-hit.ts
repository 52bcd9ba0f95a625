import type { FindingParams } from '../domain/findings.ts';
import type { Severity } from '../domain/report.ts';

/**
 * A problem found by one check, addressed by offset into the string that check was given. The
 * linters turn hits into Findings once they know where that string sits in the input (a line and
 * column of a file, or a field of an Article).
 */
export interface LintHit {
  code: string;
  severity: Severity;
  offset: number;
  length: number;
  message: string;
  evidence?: string;
  /** The values of the message, for the catalogue (verify/finding-messages.ts). */
  params?: FindingParams;
}

/** Text for a message: at most `max` characters, with "…" when cut, newlines shown as "⏎". */
export function excerpt(text: string, max = 40): string {
  // At most 2·max code units hold max code points; cutting first keeps long texts cheap.
  const chars = [...text.slice(0, 2 * max + 1).replace(/\r\n|\r|\n/g, '⏎')];
  return chars.length <= max && text.length <= 2 * max ? chars.join('') : `${chars.slice(0, max).join('')}…`;
}
