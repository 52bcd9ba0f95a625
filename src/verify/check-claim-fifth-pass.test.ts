import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { restorationForms } from './claim/alignment.ts';
import { nounOfVerbalNoun, topicKeysBefore } from './claim/check-predicates.ts';

// False alarms, fifth pass (the vfa32 round, docs/verifier.md): readings of paraphrases that several
// writers share. Invented pages: a ropeway's power cut, a village water main, a puppy at an animal
// shelter, a brewery's labels, a town's stone markers, a closed school's grounds.

const ROPEWAY = inventedDocument(
  'ropeway',
  '北浜ロープウエー、停電で運休',
  [
    '北浜町のロープウエーで3日朝、変電設備が壊れて停電した。',
    '電気が戻ったのは約6時間後の同日午後だった。',
    '運行の再開には少なくとも3日かかる見通しだ。',
  ],
  { publishedAt: '2026-05-04T09:00:00+09:00' },
);

const WATER_MAIN = inventedDocument(
  'water-main',
  '南川村で断水',
  ['南川村は「一日も早く水圧を回復させたい」と話した。', '村の水道管は40年前に敷かれた。'],
  { publishedAt: '2026-05-04T09:00:00+09:00' },
);

const SHELTER = inventedDocument(
  'shelter',
  '保護施設の子犬、けが',
  [
    '東浜市の動物保護施設によると、柵で足を切った子犬は獣医に診てもらい、今は回復したという。',
    '施設の職員は「柵を早く直したい」と話した。',
  ],
  { publishedAt: '2026-07-02T09:00:00+09:00' },
);

const BREWERY = inventedDocument(
  'brewery',
  '酒造会社、ラベルに誤り',
  [
    '北浜酒造は8日、「小麦」の表示が抜けていた地ビール約3000本を回収すると発表した。',
    '南川町によると、町の史跡に立てた石の道標が2本なくなっていた。',
  ],
  { publishedAt: '2026-08-09T09:00:00+09:00' },
);

let understanding: Understanding;
let tokenizer: Awaited<ReturnType<typeof createTokenizer>>;

before(async () => {
  tokenizer = await createTokenizer();
  understanding = createUnderstanding(tokenizer);
});

const errorsOf = (text: string, document: Document): string[] =>
  claimErrors(understanding, text, [document]).map(described);

describe('restorationForms: coming back to the former state in its words', () => {
  it('gives the other words for 復旧 and 回復', () => {
    assert.ok(restorationForms('運行が復旧した。', '復旧').includes('回復'));
    assert.ok(!restorationForms('運行が復旧した。', '復旧').includes('戻る'));
    assert.ok(restorationForms('水圧が回復した。', '回復').includes('復旧'));
  });

  it('reads 元 and 戻る so only where the claim says 元に戻る', () => {
    assert.ok(restorationForms('水圧を元に戻したい。', '戻す').includes('回復'));
    assert.ok(restorationForms('水圧を元に戻したい。', '元').includes('回復'));
    assert.deepEqual(restorationForms('職員は店に戻った。', '戻る'), []);
    assert.deepEqual(restorationForms('元職員が話した。', '元'), []);
  });
});

describe('checkClaim: coming back to the former state in other words', () => {
  it('backs 復旧した with a source’s 電気が戻った', () => {
    const errors = errorsOf('停電はおよそ6時間続き、3日午後に復旧した。', ROPEWAY);
    assert.ok(!errors.some((error) => error.includes('「復旧」')), errors.join('\n'));
  });

  it('backs 元に戻す with a source’s 回復させる', () => {
    const errors = errorsOf('南川村は、一日も早く水圧を元に戻したいと話した。', WATER_MAIN);
    assert.ok(
      !errors.some((error) => error.includes('「戻す」') || error.includes('「元」')),
      errors.join('\n'),
    );
  });

  it('still flags an act the sources do not tell', () => {
    const errors = errorsOf('停電はおよそ6時間続き、3日午後に村が賠償した。', ROPEWAY);
    assert.ok(errors.length > 0);
  });
});

describe('checkClaim: a verbal noun said of the topic an earlier clause binds', () => {
  it('reads 回復 of the topic of the sentence (子犬は…診てもらい、今は回復した)', () => {
    const errors = errorsOf('足を切った子犬は回復した。', SHELTER);
    assert.ok(!errors.some((error) => error.includes('「回復」')), errors.join('\n'));
  });

  it('topicKeysBefore gives the topic before the predicate, and none after it', () => {
    const sentence = understanding.of(SHELTER).sentences.find((one) => one.text.includes('回復'));
    assert.ok(sentence !== undefined);
    assert.ok(topicKeysBefore(sentence, sentence.text.indexOf('回復')).length > 0);
    assert.deepEqual(topicKeysBefore(sentence, 0), []);
  });

  it('still flags the verbal noun said of another', () => {
    const errors = errorsOf('施設の柵は回復した。', SHELTER);
    assert.ok(
      errors.some((error) => error.startsWith('support.addition') && error.includes('「回復」')),
      errors.join('\n'),
    );
  });
});

describe('checkClaim: a thing gone missing is a thing there is not', () => {
  const negationErrors = (text: string) =>
    errorsOf(text, BREWERY).filter((error) => error.startsWith('support.negation'));

  it('backs 表示がない with 表示が抜けていた', () => {
    assert.deepEqual(negationErrors('北浜酒造は、小麦の表示がない地ビールを回収する。'), []);
  });

  it('backs 道標が見当たらない with 道標がなくなっていた', () => {
    assert.deepEqual(negationErrors('町の史跡では、石の道標が2本見当たらなかった。'), []);
  });
});

const SCHOOL = inventedDocument(
  'school',
  '旧北浜小の校庭、使い道未定',
  [
    '北浜町は、閉校した旧北浜小学校の校庭の使い道を決めていない。',
    '校庭の利用については、住民と話し合って検討するという。',
    '町では、遊具の点検を業者に任せていて、係員による確認はなかった。',
  ],
  { publishedAt: '2026-10-02T09:00:00+09:00' },
);

describe('checkClaim: a verbal noun said of the noun before its の or による', () => {
  const additionErrors = (text: string) =>
    errorsOf(text, SCHOOL).filter((error) => error.startsWith('support.addition'));

  it('nounOfVerbalNoun reads 校庭の利用 and 係員による確認', () => {
    const sentences = understanding.of(SCHOOL).sentences;
    const at = (text: string, word: string) => {
      const sentence = sentences.find((one) => one.text.includes(text));
      assert.ok(sentence !== undefined);
      const index = sentence.tokens.findIndex((token) => token.surface === word);
      return nounOfVerbalNoun(sentence.tokens, index);
    };
    assert.deepEqual(at('校庭の利用', '利用'), ['校庭']);
    assert.deepEqual(at('係員による確認', '確認'), ['係員']);
  });

  it('backs 係員は確認していなかった with 係員による確認はなかった', () => {
    assert.deepEqual(additionErrors('町では、遊具の点検を業者に任せていて、係員は確認していなかった。'), []);
  });

  it('reads no noun before a word that is no verbal noun', () => {
    const sentence = understanding.of(SCHOOL).sentences.find((one) => one.text.includes('校庭の使い道'));
    assert.ok(sentence !== undefined);
    const index = sentence.tokens.findIndex((token) => token.surface === '使い道');
    assert.deepEqual(nounOfVerbalNoun(sentence.tokens, index), []);
  });
});
