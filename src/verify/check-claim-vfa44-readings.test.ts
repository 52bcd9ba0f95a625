import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';

// Readings of the vfa44 round (false alarms of the specific checks: numbers and dates told by an
// English page). Invented pages: a burst water main at a school, a ferry that ran aground.

const errorsOf = describedErrorsAgainstOne();

const english = (
  id: string,
  title: string,
  paragraphs: readonly string[],
  publishedAt: string,
): Document => ({
  ...inventedDocument(id, title, paragraphs, { publishedAt, siteName: 'Kaede Tribune' }),
  lang: 'en',
});

const MAIN = english(
  'w',
  'Kaedeno Primary School gym flooded by burst pipe',
  [
    'A pipe cracked under the floor shortly after 9:15 a.m. on Monday, the city said.',
    'A janitor in his 60s slipped on the wet floor and hurt his wrist.',
  ],
  '2026-10-12T18:00:00+09:00',
);

// The same page with a second clock time, of another act.
const MAIN_REPAIRED: Document = {
  ...MAIN,
  text: `${MAIN.text}\n\nPlumbers finished the repair at 1 p.m.`,
};

const FERRY = english(
  'f',
  'Ferry runs aground off Kaedeno, passengers safe',
  [
    'A ferry carrying 40 passengers ran aground off Kaedeno shortly after 9:15 a.m. on Monday, the operator said.',
    'Tugs pulled the ferry free at 1 p.m., and it sailed back to port under its own power.',
    'A passenger in her 30s said the ship shook and the lights went out.',
  ],
  '2026-10-12T18:00:00+09:00',
);

describe('checkClaim: an age told by its decade on an English page (vfa44)', () => {
  it('finds the claim’s 60代 in "a janitor in his 60s"', () => {
    assert.doesNotMatch(
      errorsOf('60代の用務員が、ぬれた床で滑って手首をけがした。', MAIN).join('\n'),
      /60代/u,
    );
  });

  it('finds the claim’s 30代 in "a passenger in her 30s"', () => {
    assert.doesNotMatch(
      errorsOf('30代の女性の乗客は、船が揺れて明かりが消えたと話した。', FERRY).join('\n'),
      /30代/u,
    );
  });

  it('still rejects another decade (50代 for "in his 60s")', () => {
    assert.match(errorsOf('50代の用務員が、ぬれた床で滑って手首をけがした。', MAIN).join('\n'), /50代/u);
  });
});

describe('checkClaim: a date only an English sentence gives, with no rival date (vfa44)', () => {
  it('backs 12日午前9時15分すぎ by the one sentence that gives it, whose words have no gloss', () => {
    assert.doesNotMatch(
      errorsOf('12日午前9時15分すぎ、楓野小学校の体育館の床下で配管が割れた。', MAIN).join('\n'),
      /support\.date/u,
    );
  });

  it('still rejects a time the page gives to another act (the repair at 1 p.m., not the crack)', () => {
    assert.match(
      errorsOf('12日午後1時、楓野小学校の体育館の床下で配管が割れた。', MAIN_REPAIRED).join('\n'),
      /support\.date/u,
    );
  });

  it('still rejects a clock time where the page gives only the day (on Monday for 12日午後3時)', () => {
    assert.match(
      errorsOf('12日午後3時ごろ、40人の乗客を乗せたフェリーが楓野沖で座礁した。', FERRY).join('\n'),
      /support\.date/u,
    );
  });
});
