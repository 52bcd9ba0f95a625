import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectStance } from './stance.ts';

describe('detectStance', () => {
  it('marks a quoted statement as reported and names the speaker', () => {
    assert.deepEqual(detectStance('山田太郎市長は「路線は必ず守る」と述べた。'), {
      modality: 'reported',
      speaker: '山田太郎市長',
    });
  });

  it('names the speaker of a claim that follows the quote', () => {
    assert.deepEqual(detectStance('「値上げは避けられない」と佐藤花子社長は強調した。'), {
      modality: 'reported',
      speaker: '佐藤花子社長',
    });
  });

  it('reads present-tense reporting verbs as attribution', () => {
    assert.deepEqual(detectStance('青嶺会の村井直人理事長は「統合でそれが可能になる」と説明する。'), {
      modality: 'reported',
      speaker: '青嶺会の村井直人理事長',
    });
  });

  it('reads 〜によると as attribution to that source', () => {
    assert.deepEqual(detectStance('県の調査によると、利用者は前年より12%減った。'), {
      modality: 'reported',
      speaker: '県の調査',
    });
  });

  it('marks 可能性 and 見通し as hedged', () => {
    assert.equal(detectStance('運賃は来年度にも上がる可能性がある。').modality, 'hedged');
    assert.equal(detectStance('新工場は2027年に稼働する見通しだ。').modality, 'hedged');
  });

  it('leaves a plain statement asserted', () => {
    assert.deepEqual(detectStance('市は11日、新たな計画を発表した。'), { modality: 'asserted' });
  });

  it('reads English attribution and hedges', () => {
    assert.equal(detectStance('The company said output would rise.').modality, 'reported');
    assert.equal(detectStance('Fares may rise next year.').modality, 'hedged');
  });
});
