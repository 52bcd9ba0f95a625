import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { readSentence } from '../understand/read-sentence.ts';

// Readings of the vfa47 round (false alarms of the newest writer, set67/68, and of the writers before
// it). Invented pages: a ropeway stopped by a worn pulley, and the town that reported it.

const errorsOf = describedErrorsAgainstOne();
const tokenizer = await createTokenizer();

const ROPEWAY = inventedDocument(
  'r',
  'ロープウエー停止、滑車の摩耗が原因',
  [
    '楓岳町の観光ロープウエー「かえでライン」が止まった問題で、ロープウエーを運行する楓岳索道は9日、山頂駅の滑車がすり減っていたことが原因だと発表した。',
    '同社によると、乗客約40人が約2時間、ゴンドラの中にとどまった。',
  ],
  { publishedAt: '2026-10-09T18:00:00+09:00' },
);

const ROPEWAY_TOWN = inventedDocument(
  't',
  'ロープウエー停止、滑車の摩耗が原因',
  ['楓岳町は9日、ロープウエーを運行している楓岳索道の山頂駅で、滑車がすり減っていたことが原因だと発表した。'],
  { publishedAt: '2026-10-09T18:00:00+09:00' },
);

describe('readSentence: the speaker after a first clause of an event or a state (vfa47)', () => {
  it('gives the words to the topic of the reporting clause, not to the topic of an event before it', () => {
    const reading = readSentence(
      'かえでラインは8日に止まり、運行会社は9日、滑車がすり減っていたと発表した。',
      tokenizer,
    );
    assert.equal(reading.speaker, '運行会社');
  });

  it('gives the words to the topic of the reporting clause after a state (…はいずれも…で、X は…と話している)', () => {
    const reading = readSentence(
      '灯籠はいずれも布製で、露店の店主は子どもが花火を持って走っていたと話している。',
      tokenizer,
    );
    assert.equal(reading.speaker, '露店の店主');
  });

  it('keeps the first topic that acts on something (X は結果を公表し、原因は…と説明した)', () => {
    const reading = readSentence('町は点検の結果を公表し、原因は滑車の摩耗だと説明した。', tokenizer);
    assert.equal(reading.speaker, '町');
  });

  it('keeps the first topic when the later topic names no one (詳細は)', () => {
    const reading = readSentence('町は9日夜に会見し、詳細は調査中だと説明した。', tokenizer);
    assert.equal(reading.speaker, '町');
  });
});

describe('checkClaim: the speaker of the reporting clause and a company named by what it does (vfa47)', () => {
  it('backs words of 運行会社 that the page gives to the company it describes as …を運行する X', () => {
    assert.doesNotMatch(
      errorsOf(
        'かえでラインは止まり、ロープウエーの運行会社は9日、山頂駅の滑車がすり減っていたことが原因だと発表した。',
        ROPEWAY,
      ).join('\n'),
      /support\.attribution/u,
    );
  });

  it('still flags the words of 運行会社 that the page gives to another body (the town, not the company it runs)', () => {
    assert.match(
      errorsOf(
        'かえでラインは止まり、ロープウエーの運行会社は9日、山頂駅の滑車がすり減っていたことが原因だと発表した。',
        ROPEWAY_TOWN,
      ).join('\n'),
      /support\.attribution/u,
    );
  });
});
