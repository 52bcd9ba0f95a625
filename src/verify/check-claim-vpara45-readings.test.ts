import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Readings of the vpara45 round (reworded predicates rejected). Invented page: a footbridge of a
// riverside park whose handrail gave way, two walkers hurt.

const errorsOf = describedErrorsAgainstOne();

const BRIDGE = inventedDocument(
  'b',
  '沙羅川公園の歩道橋で手すり外れ、2人けが',
  [
    '沙羅川公園の歩道橋で3日午後、手すりの一部が外れ、寄りかかっていた散歩中の2人が川岸に転落した。',
    '1人が手首を打って軽傷、もう1人は脚を折って重傷を負った。',
  ],
  { publishedAt: '2026-04-03T18:00:00+09:00' },
);

describe('a degree of injury said as an adjective and けが (vpara45)', () => {
  it('reads けがの程度は軽かった as the source’s 軽傷', () => {
    assert.deepEqual(errorsOf('川岸に落ちた2人のうち1人のけがの程度は軽かった。', BRIDGE), []);
  });

  it('reads the degrees of two injuries, 重く and 軽かった, as the source’s 重傷 and 軽傷', () => {
    assert.deepEqual(errorsOf('2人が川岸に落ち、けがの程度は1人が重く、1人が軽かった。', BRIDGE), []);
  });

  it('still flags a degree the page does not give', () => {
    const page = inventedDocument(
      'c',
      '沙羅川公園の歩道橋で手すり外れ',
      [
        '沙羅川公園の歩道橋で3日午後、手すりの一部が外れ、寄りかかっていた2人が川岸に転落し、1人が脚を折って重傷となった。',
      ],
      { publishedAt: '2026-04-03T18:00:00+09:00' },
    );
    assert.match(
      errorsOf('川岸に落ちた2人のうち1人のけがの程度は軽かった。', page).join('\n'),
      /support\.coverage:.*「軽い」/u,
    );
  });
});

const ROCKFALL = inventedDocument(
  'r',
  '棚倉峠の県道に落石、通行止め続く',
  [
    '棚倉峠の県道で8日朝、斜面から岩が落ち、道路が通れなくなった。',
    '峠の先の集落に住む80代の男性は「買い物に行けず困っている。早く道を直してほしい」と語った。',
  ],
  { publishedAt: '2026-10-09T18:00:00+09:00' },
);

describe('a wish reported by a verb of wishing (vpara45)', () => {
  it('reads 望んだ as the quoted …てほしい', () => {
    assert.deepEqual(
      errorsOf(
        '峠の先の集落に住む80代の男性は、買い物に行けず困っていると話し、道が早く直ることを望んだ。',
        ROCKFALL,
      ),
      [],
    );
  });

  it('still flags a wish where the page quotes none', () => {
    const page = inventedDocument(
      's',
      '棚倉峠の県道に落石',
      ['峠の先の集落に住む80代の男性は「買い物に行けず困っている」と話した。'],
      { publishedAt: '2026-10-09T18:00:00+09:00' },
    );
    assert.match(
      errorsOf(
        '峠の先の集落に住む80代の男性は、買い物に行けず困っていると話し、道が早く直ることを望んだ。',
        page,
      ).join('\n'),
      /support\.predicate:.*「望ん」/u,
    );
  });
});
