import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Negations of the vneg37 round (issue 9), on invented pages: a playground swing whose seat came
// loose (an injury told with a plain noun and する: 腕にけがをした), and a ferry delayed by wind (on
// time, 時刻どおり, against late, 遅れた).

const SWING = inventedDocument(
  'nishikura',
  '公園のぶらんこ 座板外れ児童けが',
  [
    '西倉市の市立北公園で9日夕、ぶらんこの座板が外れ、遊んでいた小学2年の男児が腕に軽いけがをした。',
    '市公園課によると、座板をつるす金具が古くなっていたという。',
    '市は、同じ型のぶらんこを当面使えないようにした。',
  ],
  { publishedAt: '2026-04-10T09:00:00+09:00' },
);

const FERRY = inventedDocument(
  'kamome',
  '強風で高速船に遅れ 島への便',
  [
    '鴎浦港と沖ノ島を結ぶ高速船は12日、強い西風の影響で、最大で40分遅れて運航した。',
    '一方、午後の貨物船は定刻どおりに港を出た。',
  ],
  { publishedAt: '2026-05-13T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

/** Whether the claim has a negation finding against the pages. */
const negated = (pages: Document[], text: string): boolean =>
  claimErrors(understanding, text, pages)
    .map(described)
    .some((error) => error.startsWith('support.negation'));

describe('an act said with a plain noun and する (けがをする), denied against affirmed', () => {
  it('flags a claim that denies the injury the page tells', () => {
    assert.ok(negated([SWING], 'ぶらんこで遊んでいた男児は、けがをしなかった。'));
    assert.ok(negated([SWING], '座板が外れたが、遊んでいた男児はけがをせずに済んだ。'));
  });

  it('leaves a claim that tells the injury as the page does', () => {
    assert.ok(!negated([SWING], 'ぶらんこの座板が外れ、男児が腕にけがをした。'));
  });
});

describe('on time (時刻どおり, 定刻どおり) against late (遅れた)', () => {
  it('flags a claim that the delayed boat kept its timetable', () => {
    assert.ok(negated([FERRY], '沖ノ島へ向かう高速船は12日、時刻どおりに運航した。'));
  });

  it('leaves the delay told as the page tells it, and a boat the page says left on time', () => {
    assert.ok(!negated([FERRY], '高速船は強い西風の影響で、最大40分遅れた。'));
    assert.ok(!negated([FERRY], '午後の貨物船は、定刻どおりに港を出た。'));
  });
});
