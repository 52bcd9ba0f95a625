import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignmentGlosses } from './english-gloss.ts';
import { englishPassiveDoers } from './english-passive.ts';

const doers = (text: string) => englishPassiveDoers(text, alignmentGlosses(text));

describe('englishPassiveDoers', () => {
  it('reads the doer of a passive from its by-phrase', () => {
    assert.deepEqual(
      doers('Two anglers were later rescued by firefighters near the weir.').map(({ lemma, doer }) => [
        lemma,
        doer,
      ]),
      [['救助', '消防隊員']],
    );
  });

  it('reads no doer for a passive that does not say who', () => {
    assert.deepEqual(doers('Two anglers were rescued near the weir on Sunday.'), []);
  });

  it('reads no doer for an active verb followed by by (by hand)', () => {
    assert.deepEqual(doers('Firefighters rescued two anglers by boat.'), []);
  });
});
