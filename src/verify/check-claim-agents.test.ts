import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// Who takes part in a claim, read by the grammar of Japanese news (verify/claim/check-agent.ts,
// check-names.ts), on an invented page: a fictional town library and the group that wants it kept.

const LIBRARY = inventedDocument(
  'library',
  '旧南浦図書館、来春に解体へ',
  [
    '南浦町は5日、旧南浦図書館の建物を来春に解体すると発表した。',
    '建物は1931年に完成した木造2階建て。',
    '建築家の田中一郎が設計し、赤れんがの外壁が特徴だ。',
    '2008年の改装は建築家の山本二郎が手がけた。',
    '市民団体「丸正の蔵を守る会」は今年4月から保存を求める署名を集めている。',
    '川口花子代表は「町の記憶を残してほしい。町も考え直すべきだ」と話す。',
    '別の団体「山十の海を考える会」は、解体に賛成している。',
  ],
  { publishedAt: '2026-09-06T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function nameErrors(text: string, document: Document): string[] {
  return checkClaim(text, [understanding.of(document)], understanding, { path: 'claim' })
    .findings.filter((finding) => finding.severity === 'error' && finding.code === 'support.name')
    .map((finding) => finding.message);
}

describe('checkClaim: the agent of XはYがV is Y, the topic X', () => {
  it('backs a claim whose は-topic is what the が-agent acted on (本店は田中が設計した)', () => {
    assert.deepEqual(
      nameErrors('旧南浦図書館は建築家の田中一郎が設計したもので、赤れんがの外壁が特徴だ。', LIBRARY),
      [],
    );
  });

  it('still flags another agent given the act (山本二郎 did the refit, not the design)', () => {
    assert.ok(
      nameErrors('旧南浦図書館は建築家の山本二郎が設計したもので、赤れんがの外壁が特徴だ。', LIBRARY).length >
        0,
    );
  });
});

describe('checkClaim: a body presented with its member (「…会」の川口代表は)', () => {
  it('backs a body named the sentence before its member speaks', () => {
    assert.deepEqual(
      nameErrors('「丸正の蔵を守る会」の川口花子代表は「町の記憶を残してほしい」と訴えている。', LIBRARY),
      [],
    );
  });

  it('still flags a member given to another body (the other group is named after the member speaks)', () => {
    assert.ok(
      nameErrors('「山十の海を考える会」の川口花子代表は「町の記憶を残してほしい」と訴えている。', LIBRARY)
        .length > 0,
    );
  });
});
