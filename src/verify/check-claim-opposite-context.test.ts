import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// An opposite said in a short sentence that leaves its subject to the sentence before it (the vneg35
// round, issue 9): いずれも傷は浅いという after the sentence that names the injured shares too few of
// a claim's words to align alone, so the claim's 深い went unanswered. An invented page about a
// fictional dog attack in a park.

const TITLE = '公園で犬にかまれ 小学生ら5人けが';
const PARK: Document = {
  id: 's1',
  url: 'https://asagiri-minpo.example/dog',
  title: TITLE,
  siteName: '朝霧民報',
  lang: 'ja',
  text: [
    TITLE,
    '朝霧市の中央公園で3日夕方、放し飼いの犬が遊んでいた小学生ら5人にかみつき、5人は近くの診療所で手当てを受けた。いずれも傷は浅いという。',
    '飼い主の男性は、市の調べに対し、散歩の途中でリードが外れたと話した。',
    '市は、公園の入り口に注意を呼びかける看板を立てる予定だ。',
  ].join('\n\n'),
  titleSpan: [0, TITLE.length],
  contentHash: `sha256:${'b'.repeat(64)}`,
  publishedAt: '2026-06-04T09:00:00+09:00',
};

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const errorsOf = (text: string): string[] => claimErrors(understanding, text, [PARK]).map(described);
const opposite = (text: string): boolean =>
  errorsOf(text).some((error) => error.startsWith('support.negation') && error.includes('opposite'));

describe('checkClaim: an opposite in a sentence read with the one before it', () => {
  it('flags a claim whose adjective the next, subjectless sentence reverses (深い / 浅い)', () => {
    assert.ok(opposite('診療所で手当てを受けた小学生の中には、傷の深い人もいたという。'));
  });

  it('leaves the claim that says what the page says', () => {
    assert.ok(!opposite('手当てを受けた5人は、いずれも傷が浅かったという。'));
  });
});
