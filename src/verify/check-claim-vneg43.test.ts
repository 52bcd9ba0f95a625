import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';

// Negations the verifier missed, the vneg43 round (issue 9), on invented pages.

// An act considered and then given up, the verb of not doing with its object unsaid: a pier the
// fishing co-op thought of extending.
const PIER = inventedDocument(
  'ebisu-ko',
  '戎港の桟橋 延長見送り',
  [
    '戎港の漁協は、老朽化した桟橋を約20メートル延ばすことも考えたが、潮の流れが変わるとして見送った。',
    '漁協は代わりに、桟橋の床板を張り替える。',
  ],
  { publishedAt: '2026-07-02T12:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();

/** Whether the claim has a negation finding against the page. */
const negated = (page: Document, text: string): boolean =>
  errorsOf(text, page).some((error) => error.startsWith('support.negation'));

describe('an act considered, then given up with its object unsaid', () => {
  it('flags a claim that tells the given-up act done', () => {
    assert.ok(negated(PIER, '戎港の漁協は、老朽化した桟橋を約20メートル延ばした。'));
  });

  it('lets a claim that tells it given up stand', () => {
    assert.ok(!negated(PIER, '戎港の漁協は、桟橋を延ばすことを見送った。'));
    assert.ok(!negated(PIER, '漁協は、桟橋の床板を張り替える。'));
  });
});
