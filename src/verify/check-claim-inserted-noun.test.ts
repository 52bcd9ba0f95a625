import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A noun inserted into the proposition of one source sentence (verify/claim/check-coverage.ts
// checkInsertedNoun), and rewordings of the same sentences that must stay supported, on an invented
// page about a town cut off by snow.

const SNOW = inventedDocument(
  'snow',
  '大雪で山間部の集落が孤立、町がヘリで物資',
  [
    '町は5日、消防のヘリコプターで毛布と食料を山間部の集落に運んだ。',
    '町内の30代の男性職員が、住民の名簿を誤って送信した。',
    '町によると、国内で飼育されるトキは年々増えているという。',
  ],
  { publishedAt: '2026-02-06T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const additions = (text: string): string[] =>
  claimErrors(understanding, text, [SNOW])
    .map(described)
    .filter((error) => error.startsWith('support.addition'));

describe('checkClaim: a noun inserted where the source sentence has nothing', () => {
  it('flags a member added to a list the source sentence gives (毛布と食料、灯油を)', () => {
    const errors = additions('町は5日、消防のヘリコプターで毛布と食料、灯油を山間部の集落に運んだ。');
    assert.ok(
      errors.some((e) => e.includes('「灯油」') && e.includes('nothing in its place')),
      errors.join('\n'),
    );
  });

  it('flags a description put before the subject the source sentence starts with (夜勤明けだった…職員が)', () => {
    const errors = additions('夜勤明けだった町内の30代の男性職員が、住民の名簿を誤って送信した。');
    assert.ok(
      errors.some((e) => e.includes('「夜勤」') && e.includes('nothing in its place')),
      errors.join('\n'),
    );
  });

  it('keeps a noun said in place of the source sentence’s own word (航空機 for ヘリコプター)', () => {
    assert.deepEqual(additions('町は5日、消防の航空機で毛布と食料を山間部の集落に運んだ。'), []);
  });

  it('keeps the head of a の-phrase that names the noun before it (トキの数は)', () => {
    assert.deepEqual(additions('町によると、国内で飼育されるトキの数は年々増えているという。'), []);
  });
});
