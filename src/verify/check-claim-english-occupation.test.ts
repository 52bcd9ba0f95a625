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

// The speaker of an English quote that spans two sentences, of a sentence whose subject acted and
// said, and of a body sentence that ties with the headline (a headline gives no speaker). Invented
// page: a blackout in a port town.
const BLACKOUT: Document = {
  ...inventedDocument(
    'dark',
    'Ambulance cannot reach hospital in Sorami blackout',
    [
      'About 3,000 homes in the port district of Sorami lost power on Friday evening, the utility said.',
      '"The ambulance could not reach the hospital. The roads were completely dark," said a nurse at the port clinic.',
      '"I closed my shop early," said a woman who runs a cafe near the pier.',
      'Mayor Aki Noda visited the flooded substation near the station on Saturday and said the cables would be replaced within a month.',
    ],
    { publishedAt: '2031-06-14T09:00:00+09:00' },
  ),
  lang: 'en',
};

const blackoutAttribution = (text: string): string[] =>
  claimErrors(understanding, text, [BLACKOUT])
    .filter((finding) => finding.code === 'support.attribution')
    .map((finding) => finding.message);

describe('englishSpeakerOf: the subject of a sentence that acted and said', () => {
  it('reads the title and name before the first verb of "X visited … and said"', () => {
    assert.equal(
      englishSpeakerOf(
        'Mayor Aki Noda visited the flooded substation near the station on Saturday and said the cables would be replaced within a month.',
      ),
      'Mayor Aki Noda',
    );
  });
});

describe('checkClaim: English speakers read across sentences', () => {
  it('reads the speaker of a quote of two sentences from the sentence that closes it, past a headline', () => {
    assert.equal(blackoutAttribution('港の診療所の医師は、救急車が病院に着けなかったと話した。').length, 1);
    assert.deepEqual(blackoutAttribution('港の診療所の看護師は、救急車が病院に着けなかったと話した。'), []);
  });

  it('gives the words of "X visited … and said" to X', () => {
    assert.equal(
      blackoutAttribution('桟橋でカフェを営む女性は、ケーブルは1か月以内に交換されると話した。').length,
      1,
    );
  });
});
