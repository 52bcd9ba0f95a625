import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { englishSpeakerDescription, englishSpeakerOf } from '../understand/english-speaker.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// The speaker of an English quote described by an occupation (said Ken Mori, a 29-year-old bank
// clerk): a Japanese claim that gives the words to someone of another occupation gives them to
// another person (the vxl27 round). Invented page: a town's new library, in English.

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const LIBRARY: Document = {
  ...inventedDocument(
    'lib',
    'Tamagawa opens riverside library',
    [
      'The town of Tamagawa opened a new library by the river on Saturday.',
      'The building has about 40,000 books and a reading room for children.',
      '"I come here after work every evening," said Jiro Hamada, a 36-year-old bank clerk.',
      '"My daughter loves the picture books," said a 41-year-old office worker whose family moved to the town last year.',
      '"We hope it becomes a place for everyone," said a nurse who helped plan the reading room.',
    ],
    { publishedAt: '2031-04-14T09:00:00+09:00' },
  ),
  lang: 'en',
};

const attributionErrors = (text: string): string[] =>
  claimErrors(understanding, text, [LIBRARY])
    .filter((finding) => finding.code === 'support.attribution')
    .map((finding) => finding.message);

describe('englishSpeakerDescription', () => {
  it('reads the apposition after the speaker phrase, up to a relative clause', () => {
    assert.equal(
      englishSpeakerDescription('"The rain never stopped," said Emi Sato, a 52-year-old farmer.'),
      'Emi Sato, a 52-year-old farmer',
    );
    assert.equal(
      englishSpeakerDescription('"It was loud," said Goro Ito, 61, a retired teacher, who lives nearby.'),
      'Goro Ito, 61, a retired teacher',
    );
    assert.equal(englishSpeakerDescription('The pier will reopen in May.'), undefined);
  });

  it('cuts a relative clause from a speaker phrase that has no comma before it', () => {
    assert.equal(
      englishSpeakerOf('"We waited for hours," said a 28-year-old cook whose shop was closed.'),
      'a 28-year-old cook',
    );
  });
});

describe('checkClaim: the occupation an English page gives the speaker', () => {
  it('flags a speaker of another occupation, found by the age the claim gives', () => {
    assert.equal(attributionErrors('36歳の市職員は、毎晩仕事の後にここに来ると話した。').length, 1);
    assert.equal(attributionErrors('41歳の公務員は、娘が絵本を気に入っていると話した。').length, 1);
  });

  it('accepts the occupation the page gives, and a bare word for staff', () => {
    assert.deepEqual(attributionErrors('36歳の銀行員は、毎晩仕事の後にここに来ると話した。'), []);
    assert.deepEqual(attributionErrors('41歳の会社員は、娘が絵本を気に入っていると話した。'), []);
  });
});
