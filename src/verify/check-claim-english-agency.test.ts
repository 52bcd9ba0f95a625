import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { otherAgency } from './claim/check-attribution.ts';

// A public agency of a kind (the police, the fire service, the coast guard) named by an English
// speaker phrase, a definite one too (the fire department said), speaks for no one outside its kind;
// a claim speaker of one kind is no body a phrase names with nouns of other kinds only (the railway
// said, for 警察によると). The vmiss32 round. Invented page: a cable car stopped over a valley, in English.

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const CABLE_CAR: Document = {
  ...inventedDocument(
    'cab',
    'Cable car stops over Mizuhara valley',
    [
      'A cable car stopped halfway over the Mizuhara valley on Sunday morning with 24 passengers aboard, the fire department said.',
      'The passengers waited in the cabin for about two hours before it was pulled back to the station, the railway said.',
      'Two passengers felt sick and were taken to hospital, police said.',
    ],
    { publishedAt: '2031-08-11T09:00:00+09:00' },
  ),
  lang: 'en',
};

const attributionErrors = (text: string): string[] =>
  claimErrors(understanding, text, [CABLE_CAR])
    .filter((finding) => finding.code === 'support.attribution')
    .map((finding) => finding.message);

describe('otherAgency', () => {
  it('reads an agency of another kind on either side', () => {
    assert.equal(otherAgency('観光協会', ['消防']), true);
    assert.equal(otherAgency('水原署', ['鉄道']), true);
    assert.equal(otherAgency('県警', ['警察']), false);
    assert.equal(otherAgency('市消防局', ['町', '消防']), false);
    // A fire station is not a police station; officials fit any agency; a claim speaker that
    // names no one in particular fits any phrase.
    assert.equal(otherAgency('水原消防署', ['警察']), true);
    assert.equal(otherAgency('警察', ['当局']), false);
    assert.equal(otherAgency('関係者', ['消防']), false);
    // Neither side an agency: left to the other readings.
    assert.equal(otherAgency('観光協会', ['鉄道']), false);
  });
});

describe('checkClaim: an English agency of another kind', () => {
  it('flags a claim speaker outside the kind a definite phrase names', () => {
    assert.ok(
      attributionErrors('観光協会によると、ゴンドラには乗客24人が乗っていた。').some((message) =>
        message.includes('the fire department'),
      ),
    );
  });

  it('flags an agency as the speaker where the phrase names another body', () => {
    assert.ok(
      attributionErrors('警察によると、乗客はゴンドラの中で約2時間待った。').some((message) =>
        message.includes('the railway'),
      ),
    );
  });

  it('keeps the speaker the phrase names', () => {
    assert.deepEqual(attributionErrors('消防によると、ゴンドラには乗客24人が乗っていた。'), []);
    assert.deepEqual(attributionErrors('警察によると、乗客2人が気分が悪くなり病院に運ばれた。'), []);
  });
});
