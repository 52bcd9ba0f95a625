import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A thing said to be replaced where the source says it is still the one of a past time (the vneg35
// round, issue 9): 〜当時のものを使っていた, 〜当初のままだった exclude 新しいものに取り替えた. An invented
// page about a fictional swimming pool's broken pump.

const TITLE = '市民プールのポンプ故障 営業を休止';
const POOL: Document = {
  id: 's1',
  url: 'https://kazamidori-shimbun.example/pool',
  title: TITLE,
  siteName: '風見鳥新聞',
  lang: 'ja',
  text: [
    TITLE,
    '風見市の市民プールで8日朝、水をろ過するポンプが故障し、市はプールの営業を休止した。',
    '市は2015年に更衣室を改装したが、ポンプは建設当時のものを使っていた。',
    '市は、ポンプを新しいものに取り替えるかどうか検討している。',
  ].join('\n\n'),
  titleSpan: [0, TITLE.length],
  contentHash: `sha256:${'c'.repeat(64)}`,
  publishedAt: '2026-07-09T09:00:00+09:00',
};

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const errorsOf = (text: string): string[] => claimErrors(understanding, text, [POOL]).map(described);
const replaced = (text: string): boolean =>
  errorsOf(text).some((error) => error.startsWith('support.negation') && error.includes('replaced'));

describe('checkClaim: a thing replaced that the source says is still the original', () => {
  it('flags a replacement of the thing the source says is the one of that time', () => {
    assert.ok(replaced('市民プールのポンプは、更衣室の改装の際に新しいものに取り替えられていた。'));
    assert.ok(replaced('市は2015年に、ポンプを交換していた。'));
  });

  it('leaves a replacement only weighed, one denied, and one of another thing', () => {
    assert.ok(!replaced('市は、ポンプを新しいものに取り替えるかどうか検討している。'));
    assert.ok(!replaced('ポンプは、建設の後一度も取り替えられていなかった。'));
    assert.ok(!replaced('市は2015年に、更衣室のロッカーを交換した。'));
    assert.ok(!replaced('市は2015年に、ポンプの部品を交換した。'));
  });
});
