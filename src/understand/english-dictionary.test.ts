import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsInEnglish, englishStems, saysInEnglish, stemsOfSentence } from './english-dictionary.ts';

// Invented sentences; the words are EDICT's common entries (梯子 ladder, 傘 umbrella, 消防車 fire
// engine, 蜂蜜 honey), looked up in the shipped dictionary.
const says = (word: string, sentence: string) => saysInEnglish(word, englishStems(sentence));

describe('a Japanese word said on an English sentence by its dictionary glosses', () => {
  it('finds a gloss in another inflection of its words', () => {
    assert.equal(says('梯子', 'Volunteers carried two ladders up to the chapel roof.'), true);
    assert.equal(says('傘', 'The museum lent umbrellas to visitors.'), true);
    assert.equal(says('蜂蜜', 'Beekeepers sold their honey at the fair.'), true);
  });
  it('finds a gloss of several words only where they stand together', () => {
    assert.equal(says('消防車', 'A fire engine reached the orchard at dawn.'), true);
    assert.equal(says('消防車', 'The engine of the tractor caught fire.'), false);
  });
  it('leaves articles and auxiliaries out on both sides', () => {
    assert.equal(says('消防車', 'Two fire trucks were sent.'), true);
  });
  it('does not find a word whose glosses the sentence lacks, or a word the dictionary lacks', () => {
    assert.equal(says('傘', 'Volunteers carried two ladders up to the chapel roof.'), false);
    assert.equal(says('見川沢', 'Volunteers carried two ladders up to the chapel roof.'), false);
  });
});

describe('the noun an English figure counts, read by the dictionary', () => {
  it('reads the head of the words after the figure', () => {
    assert.equal(countsInEnglish('梯子', ' wooden ladders, the village said.'), true);
    assert.equal(countsInEnglish('消防車', ' fire engines were sent'), true);
    assert.equal(countsInEnglish('傘', ' brand-new umbrellas'), true);
  });
  it('stops at a closed-class word or a mark: what follows is not the counted noun', () => {
    assert.equal(countsInEnglish('傘', ' residents with umbrellas'), false);
    assert.equal(countsInEnglish('傘', ' volunteers, umbrellas and ladders'), false);
    assert.equal(countsInEnglish('梯子', ' ladder rungs'), false);
  });
});

describe("a read sentence's stems", () => {
  it("are its text's stems, found once per sentence and shared by every look-up", () => {
    const sentence = { text: 'The orchard owners repaired three ladders.' };
    const stems = stemsOfSentence(sentence);
    assert.deepEqual(stems, englishStems(sentence.text));
    assert.equal(stemsOfSentence(sentence), stems);
    assert.notEqual(stemsOfSentence({ text: sentence.text }), stems);
  });
});
