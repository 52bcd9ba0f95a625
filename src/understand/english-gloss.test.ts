import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findGlosses, glossedPredicates } from './english-gloss.ts';

// Invented sentences, written for this test.
const presidentOf = (text: string) =>
  findGlosses(text).find((match) => /^president/iu.test(match.text))?.gloss;

describe('findGlosses: a president is named by the kind of organisation', () => {
  it('reads the sense from the organisation the sentence gives', () => {
    assert.deepEqual(presidentOf("Kenji Sato, the company's president, said sales rose."), {
      kind: 'noun',
      ja: '社長',
    });
    assert.equal(presidentOf("The university's president announced a new campus.")?.ja, '学長');
    assert.equal(
      presidentOf('Aiko Mori, president of the Kita Farmers Association, said prices fell.')?.ja,
      '会長',
    );
    assert.equal(presidentOf('The president of the republic will visit the town.')?.ja, '大統領');
  });

  it('leaves a president whose organisation the sentence does not give unglossed', () => {
    assert.equal(presidentOf('President Lee said the plan would go ahead.'), undefined);
    assert.equal(presidentOf('The president said the school would close.'), undefined);
  });
});

describe('glossedPredicates: the vocabulary verbs of an English sentence with their polarity', () => {
  const polarity = (text: string) =>
    glossedPredicates(text).map((predicate) => `${predicate.lemma}${predicate.negated ? '¬' : ''}`);

  it('reads an affirmed verb as its Japanese lemma', () => {
    assert.deepEqual(polarity('The town approved the plan on Monday.'), ['承認']);
    assert.deepEqual(polarity('The board will raise the fee to 900 yen.'), ['引き上げる']);
  });

  it('negates a verb after not, n’t, never and their auxiliaries', () => {
    assert.deepEqual(polarity('The assembly did not approve the budget.'), ['承認¬']);
    assert.deepEqual(polarity("The plan hasn't been approved yet."), ['承認¬']);
    assert.deepEqual(polarity('The shop has never opened on Sundays.'), ['開業¬']);
  });

  it('negates a verb after the phrases of not doing an act', () => {
    assert.deepEqual(polarity('The city has put off introducing the new system.'), ['導入¬']);
    assert.deepEqual(polarity('The firm declined to announce a date.'), ['発表¬']);
    assert.deepEqual(polarity('The school has yet to submit the report.'), ['提出¬']);
    assert.deepEqual(polarity('The company failed to build the plant on time.'), ['建設¬']);
  });

  it('does not negate after "not only", which adds', () => {
    assert.deepEqual(polarity('The city will not only build a park but also a library.'), ['建設']);
  });
});
