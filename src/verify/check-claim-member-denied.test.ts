import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// A member of a kind denied (重体の人はいなかった) where the source counts people of that kind in the
// group (うち1人が重体で): verify/claim/member-denied.ts, the vmod36 round of issue 9. An invented page
// about a mountain hut.

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const hut = (): Document =>
  inventedDocument(
    's1',
    '山小屋で体調不良 登山者が下山',
    [
      '萩峰岳の山小屋で11日夜、泊まり客の数人がひどい頭痛を訴えた。',
      'ヘリで下ろされた5人のうち、40代の女性1人が重体で、残る4人は軽い脱水症状という。',
      '体調を崩したのは6人。6人はいずれも同じ団体の客で、うち2人は入院中だという。',
      '管理人によると、隣の部屋の客にけがの人はいない。',
    ],
    { publishedAt: '2026-08-12T09:00:00+09:00' },
  );

const negations = (text: string): string[] =>
  claimErrors(understanding, text, [hut()])
    .filter((finding) => finding.code === 'support.negation')
    .map((finding) => finding.message);

describe('checkClaim: a member of a kind denied against people counted (checkMemberDenied)', () => {
  it('flags a kind denied of a group where the source counts one of the group as that kind', () => {
    assert.ok(negations('ヘリで下ろされた5人の中に、重体の人はいなかった。').length > 0);
  });

  it('flags a kind denied where the counting sentence names its group as the one before it did', () => {
    assert.ok(negations('体調を崩した6人のうち、入院中の人はいない。').length > 0);
  });

  it('leaves a kind the source does not count', () => {
    assert.deepEqual(negations('ヘリで下ろされた5人の中に、骨折の人はいなかった。'), []);
  });

  it('leaves a denial the source makes itself, and one that leaves room for the counted', () => {
    assert.deepEqual(negations('隣の部屋の客に、けがの人はいない。'), []);
    assert.deepEqual(negations('ヘリで下ろされた5人の中に、ほかに重体の人はいなかった。'), []);
  });
});
