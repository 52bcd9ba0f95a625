import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Plans told as done (the vdet33 round), on an invented page
// about a town library whose lending records were lost in a night update.

const LIBRARY = inventedDocument(
  'library-records',
  '西浦町の図書館で貸し出し記録が消える 町は点検を強化へ',
  [
    '西浦町は8日、町立図書館の貸し出し記録の一部が消えたと発表した。',
    '町は再発防止策として、作業の前に職員2人で画面を確認する「読み合わせ」を取り入れ、夜間の更新作業は当分やめる方針だ。',
    '町は外部の専門家による調査班を置き、経緯を細かく確かめる方針も示した。',
    '町は8日に臨時の会議を開き、利用者に謝る方針を決めた。',
    '町は、記録が消えたことを認め、利用者への説明を急ぐ方針だ。',
    '町は今後、作業の手順を改めるとしている。',
  ],
  { publishedAt: '2026-06-08T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const errorsOf = (text: string): string[] => claimErrors(understanding, text, [LIBRARY]).map(described);
const modality = (errors: string[]) => errors.some((error) => error.startsWith('support.modality'));

describe('checkClaim: a plan that ends the sentence covers the continuative clause before it', () => {
  it('flags the first act of 〜を取り入れ、…やめる方針だ told as done, past a verb heading a relative clause', () => {
    const errors = errorsOf('町は再発防止策として、職員2人で画面を確認する「読み合わせ」を取り入れた。');
    assert.ok(modality(errors), errors.join('\n'));
  });

  it('flags the first act of 〜を置き、…確かめる方針も示した told as done', () => {
    const errors = errorsOf('町は外部の専門家による調査班を置いた。');
    assert.ok(modality(errors), errors.join('\n'));
  });

  it('keeps the plan told as a plan', () => {
    assert.deepEqual(errorsOf('町は「読み合わせ」を取り入れる方針だ。'), []);
  });

  it('keeps a meeting or an admission before the plan as done (会議を開き、認め)', () => {
    assert.ok(!modality(errorsOf('町は8日に臨時の会議を開いた。')));
    assert.ok(!modality(errorsOf('町は、記録が消えたことを認めた。')));
  });
});

describe('checkClaim: an act stated as intended (〜するとしている)', () => {
  it('flags the act told as done', () => {
    const errors = errorsOf('町は作業の手順を改めた。');
    assert.ok(modality(errors), errors.join('\n'));
  });

  it('flags the act told as done where the page says it politely (〜するとしています)', () => {
    const page = inventedDocument(
      'pool-news',
      '東野町の町営プール、水の入れ替えを前倒し',
      ['東野町は今後、プールの水を毎週入れ替えるとしています。'],
      { publishedAt: '2026-07-02T09:00:00+09:00' },
    );
    const errors = claimErrors(understanding, '東野町はプールの水を毎週入れ替えた。', [page]).map(described);
    assert.ok(modality(errors), errors.join('\n'));
  });

  it('keeps the act told as to come or as intended', () => {
    assert.deepEqual(errorsOf('町は作業の手順を改める。'), []);
    assert.deepEqual(errorsOf('町は今後、作業の手順を改めるとしている。'), []);
  });
});
