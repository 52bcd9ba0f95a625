import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { englishSpeakerOf } from './english-speaker.ts';

// Invented sentences in the conventions of English news attribution.
describe('englishSpeakerOf', () => {
  it('reads the speaker of according to, of a closing and an opening said', () => {
    assert.equal(
      englishSpeakerOf('The pier will reopen in May, according to the port authority.'),
      'the port authority',
    );
    assert.equal(
      englishSpeakerOf('About 200 homes lost power on Sunday, utility officials said.'),
      'utility officials',
    );
    assert.equal(
      englishSpeakerOf('Ferry operators said they would add two sailings a day.'),
      'Ferry operators',
    );
    assert.equal(
      englishSpeakerOf('"We were lucky," a 45-year-old farmer said on Monday.'),
      'a 45-year-old farmer',
    );
  });

  it('reads the name after "said", not the clause describing the speaker', () => {
    assert.equal(
      englishSpeakerOf('"The roof simply lifted off," said Kenta Mori, who manages the warehouse.'),
      'Kenta Mori',
    );
  });

  it('reads a title and a name in apposition, each between commas, as one speaker phrase', () => {
    assert.equal(
      englishSpeakerOf('The ferry will add two sailings a day, its president, Goro Ishida, said.'),
      'its president, Goro Ishida',
    );
  });

  it('reads no speaker from a pronoun or from a sentence without attribution', () => {
    assert.equal(englishSpeakerOf('He said the repairs would take a week.'), undefined);
    assert.equal(englishSpeakerOf('The bridge carries about 8,000 cars a day.'), undefined);
  });

  it('reads the subject past a clause between commas, not the words said after said (vxl32)', () => {
    assert.equal(
      englishSpeakerOf('Hoshino Kensetsu, which built the bridge, said 12 of its cables are worn.'),
      'Hoshino Kensetsu',
    );
    assert.equal(englishSpeakerOf('The pier flooded twice, said a fisherman.'), 'a fisherman');
    assert.equal(
      englishSpeakerOf('The pier flooded twice, said a fisherman whose boat had sunk there.'),
      'a fisherman',
    );
  });
});
