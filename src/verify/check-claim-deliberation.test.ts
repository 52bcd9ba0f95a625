import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';

// A deliberation no source mentions (the vcross38 round): that a party is weighing a step (検討して
// いる) is a fact of its own — often a later outlet's — which a claim adds where no listed page speaks
// of considering, planning, intending or reviewing anything. Invented pages, two outlets of one
// story: a footbridge over a canal is closed after a handrail comes loose; the first outlet, in
// Japanese and in English, tells only the closure, the second also the city's next steps.

const FIRST = inventedDocument(
  'first',
  '運河の歩道橋で手すり外れる　通行止めに',
  [
    '水路町の運河に架かる歩道橋で12日、手すりの一部が外れているのが見つかった。',
    '市は同日から歩道橋を通行止めにした。',
    'けが人はいなかった。',
  ],
  { publishedAt: '2026-06-12T18:00:00+09:00' },
);

const FIRST_EN: Document = {
  ...inventedDocument(
    'first-en',
    'Canal footbridge closed after handrail comes loose',
    [
      'Part of a handrail on a footbridge over the canal in Suiro came loose on Friday, the city said.',
      'The city closed the bridge the same day. No one was hurt.',
    ],
    { publishedAt: '2026-06-12T19:00:00+09:00', siteName: 'Suiro Courier' },
  ),
  lang: 'en',
};

const SECOND = inventedDocument(
  'second',
  '歩道橋の手すり外れ、市が全橋点検へ',
  [
    '水路町の運河の歩道橋で手すりが外れた問題で、市は13日、市内の歩道橋すべての点検を検討していると明らかにした。',
    '施工した業者に原因の報告を求める方針だ。',
  ],
  { publishedAt: '2026-06-13T18:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const addsDeliberation = (errors: string[]) =>
  errors.some((e) => e.startsWith('support.addition') && e.includes('adds a step someone is weighing'));

describe('checkClaim: a deliberation no source mentions', () => {
  it('flags a step weighed where the listed page speaks of none (検討している)', () => {
    const errors = errorsOf('市は、市内の歩道橋すべての点検を検討している。', FIRST);
    assert.ok(addsDeliberation(errors), errors.join('\n'));
  });

  it('flags it against an English page that speaks of none', () => {
    const errors = errorsOf('市は、市内の歩道橋すべての点検を検討している。', FIRST_EN);
    assert.ok(addsDeliberation(errors), errors.join('\n'));
  });

  it('keeps the step over the outlet that tells it', () => {
    const errors = errorsOf('市は、市内の歩道橋すべての点検を検討している。', SECOND);
    assert.ok(!addsDeliberation(errors), errors.join('\n'));
  });

  it('keeps a deliberation the claim denies, and a committee named by it', () => {
    assert.ok(!addsDeliberation(errorsOf('市は、歩道橋の架け替えは検討していない。', FIRST)));
    assert.ok(!addsDeliberation(errorsOf('市は、歩道橋の検討委員会を開いた。', FIRST)));
  });

  it('leaves a deliberation inside a quotation to the quote checks', () => {
    const errors = errorsOf('市の担当者は「全ての橋の点検を検討したい」と話した。', FIRST);
    assert.ok(!addsDeliberation(errors), errors.join('\n'));
  });
});
