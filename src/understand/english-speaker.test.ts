import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { englishSpeakerDescription, englishSpeakerOf } from './english-speaker.ts';

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

  it('reads the phrase before "said", not the time after it (veng34)', () => {
    assert.equal(
      englishSpeakerOf(
        'Some 300 meters of fencing was torn from the orchard in Hanaoka, its owner, Miura Farms, said on Thursday.',
      ),
      'its owner, Miura Farms',
    );
    assert.equal(
      englishSpeakerOf(
        'The glasshouse roof gave way under hail, the nursery, Aoi Plants, said late on Friday.',
      ),
      'the nursery, Aoi Plants',
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

  it('reads the subject past a title in apposition (X, the title, said …), not a clause before said (vspk30)', () => {
    assert.equal(
      englishSpeakerOf("Yoko Arai, the museum's deputy curator, said the vase had been insured."),
      'Yoko Arai',
    );
    assert.equal(
      englishSpeakerOf('One of the riders, a student heading home, said the car braked hard.'),
      'One of the riders',
    );
    // The description keeps the title, closed by said.
    assert.equal(
      englishSpeakerDescription("Yoko Arai, the museum's deputy curator, said the vase had been insured."),
      "Yoko Arai, the museum's deputy curator",
    );
    // A clause before the title and name: the words, then the speaker (the closing pattern).
    assert.equal(
      englishSpeakerOf('Service resumed at noon, its manager, Jun Okabe, said.'),
      'its manager, Jun Okabe',
    );
  });

  it('reads the speaker of a second clause (…, and X said …) (vspk30)', () => {
    assert.equal(
      englishSpeakerOf('Two hikers were rescued, and rangers said one of them had a broken wrist.'),
      'rangers',
    );
    assert.equal(englishSpeakerOf('The road was closed, and she said it was icy.'), undefined);
  });

  it('reads no speaker from a negated said, and the subject from a perfect one (vspk30)', () => {
    assert.equal(englishSpeakerOf('The council has not said when the pool will reopen.'), undefined);
    assert.equal(englishSpeakerOf('Organizers have yet to say how many tickets were sold.'), undefined);
    assert.equal(englishSpeakerOf('Organizers have said the parade will go ahead.'), 'Organizers');
  });
});
