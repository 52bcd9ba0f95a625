import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { englishSpeakerOf } from '../understand/english-speaker.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A claim's speaker against an English page whose sentence holding the claim's words the news
// vocabulary cannot find (its nouns and adjectives are glossed only by the general dictionary):
// the sentence is found by the dictionary's senses, its verb of saying left out, and its speaker
// compared (the thirty-eighth round, veatt42). Invented page: a festival's lost property, in English.

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const FESTIVAL: Document = {
  ...inventedDocument(
    'lost',
    'Kirigaoka festival leaves piles of lost property',
    [
      'Hundreds of items were left behind at the Kirigaoka summer festival on Sunday, the town said on Monday.',
      '"We found umbrellas, straw hats and even a white kimono sash," said Sota Imai, a volunteer who sorts the items.',
      'The town will keep the items at its office until the end of August.',
    ],
    { publishedAt: '2031-08-05T09:00:00+09:00' },
  ),
  lang: 'en',
};

const attributionErrors = (text: string): string[] =>
  claimErrors(understanding, text, [FESTIVAL])
    .filter((finding) => finding.code === 'support.attribution')
    .map((finding) => finding.message);

describe('checkClaim: an English sentence found by the general dictionary', () => {
  it("flags the volunteer's words given to the town", () => {
    assert.equal(attributionErrors('町は、傘や麦わら帽子、白い帯まで見つかったと話した。').length, 1);
  });

  it('accepts them given to the volunteer', () => {
    assert.deepEqual(
      attributionErrors('ボランティアの今井さんは、傘や麦わら帽子、白い帯まで見つかったと話した。'),
      [],
    );
  });
});

describe('englishSpeakerOf: a negation carried on by yet', () => {
  it('reads no speaker in "has not yet said"', () => {
    assert.equal(
      englishSpeakerOf('The ferry operator has not yet said when service will resume.'),
      undefined,
    );
    assert.equal(englishSpeakerOf('It has not yet said what caused the delay.'), undefined);
    assert.equal(
      englishSpeakerOf('The ferry operator has said service will resume on Friday.'),
      'The ferry operator',
    );
  });
});
