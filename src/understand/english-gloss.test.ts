import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findGlosses } from './english-gloss.ts';

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
