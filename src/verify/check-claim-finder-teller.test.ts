import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { englishFinderOf, finderOf } from './claim/finders.ts';

// A finding a source sentence gives no teller of its own, but opens with the body that found it
// (X が…調べたところ、…; The X has measured …), is that body's: a claim giving it to another body
// with 〜によると gives it to someone the source does not. The vatt38 round. Invented pages: a
// school swimming pool closed for its water, in Japanese and in English.

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const POOL_JA: Document = inventedDocument(
  'poolja',
  '温水プールで目の痛み訴え',
  [
    '12日午後、岡ノ瀬市立第三中学校の温水プールで、水泳の授業を受けていた生徒6人が目の痛みを訴えた。',
    '市保健所がプールの水を調べたところ、塩素の濃度は基準の約4倍に上っていた。',
    '岡ノ瀬署は、薬剤の入れ方に問題がなかったか関係者から話を聴いている。',
  ],
  { publishedAt: '2031-06-13T09:00:00+09:00' },
);

const POOL_EN: Document = {
  ...inventedDocument(
    'poolen',
    'Pupils hurt by pool water in Okanose',
    [
      'Six pupils at a municipal junior high school in Okanose complained of sore eyes during a swimming lesson on Tuesday, the city said.',
      'The Okanose health center has measured chlorine at about four times the permitted level in the pool.',
      'The school closed its pool for the rest of the week.',
    ],
    { publishedAt: '2031-06-13T09:00:00+09:00' },
  ),
  lang: 'en',
};

const attributionErrors = (text: string, page: Document): string[] =>
  claimErrors(understanding, text, [page])
    .filter((finding) => finding.code === 'support.attribution')
    .map((finding) => finding.message);

describe('finderOf, englishFinderOf', () => {
  it('reads the subject of an opening act of finding', () => {
    assert.deepEqual(finderOf('県が川の水を調べたところ、油が見つかった。')?.finder, '県');
    assert.deepEqual(finderOf('消防本部が倉庫を確認したところ、火は消えていた。')?.finder, '消防本部');
    assert.equal(finderOf('県は川の水を調べている。'), undefined);
    assert.equal(finderOf('川の水を調べたところ、油が見つかった。'), undefined);
    assert.equal(
      englishFinderOf('The county health office has traced 40 contacts.'),
      'The county health office',
    );
    assert.equal(englishFinderOf('The county health office said it traced 40 contacts.'), undefined);
    assert.equal(englishFinderOf('Health officials traced 40 contacts.'), undefined);
  });
});

describe('checkClaim: a finding given to a body other than its finder', () => {
  it('flags another body named with 〜によると for a Japanese finding', () => {
    assert.ok(
      attributionErrors('岡ノ瀬署によると、プールの水の塩素の濃度は基準の約4倍に上っていた。', POOL_JA).some(
        (message) => message.includes('市保健所'),
      ),
    );
  });

  it('keeps the finder, named in full or in part', () => {
    assert.deepEqual(
      attributionErrors('市保健所によると、プールの水の塩素の濃度は基準の約4倍に上っていた。', POOL_JA),
      [],
    );
    assert.deepEqual(attributionErrors('保健所によると、塩素の濃度は基準の約4倍に上っていた。', POOL_JA), []);
  });

  it('flags another body named with 〜によると for an English finding', () => {
    assert.ok(
      attributionErrors('学校によると、プールの塩素の濃度は基準の約4倍だった。', POOL_EN).some((message) =>
        message.includes('The Okanose health center'),
      ),
    );
  });

  it('keeps the English finder', () => {
    assert.deepEqual(
      attributionErrors('保健所によると、プールの塩素の濃度は基準の約4倍だった。', POOL_EN),
      [],
    );
  });
});
