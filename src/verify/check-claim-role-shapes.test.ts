import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';
import { readClaim } from './claim/alignment.ts';
import { framesOf } from './claim/check-case-roles.ts';

// Who did what, eighth pass (vrole35): shapes an outside writer uses for the parties of an act of
// asking or telling — へ for に, a passive whose に receives, the asked act spread over two verbs, a
// person by surname and title. Invented page: a kite festival, a rowing club and a river office.

const KITE = inventedDocument(
  'kite',
  '凧揚げ大会で凧が電線に 河川事務所が注意',
  [
    '13日午後、鶴舞川の河川敷で開かれた凧揚げ大会で、大凧が電線に絡まった。',
    '大会を主催した鶴舞漕艇クラブは、約15分後に野分河川事務所に連絡した。',
    '野分河川事務所は同日夕、漕艇クラブに対し、事故の経緯を詳しくまとめて提出するよう指示した。',
    '雲井晴臣事務所長は14日、砂原葉子会長を事務所に呼び、来年の大会の安全計画を示すよう求めた。',
  ],
  { publishedAt: '2026-10-15T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function roleErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(KITE)], understanding, { path: 'claim' })
    .findings.filter(
      (finding) =>
        finding.severity === 'error' && (finding.code === 'support.role' || finding.code === 'support.name'),
    )
    .map((finding) => finding.message);
}

describe('checkClaim: who asked or told whom, in an outside writer’s shapes', () => {
  it('reads へ as where an act of telling goes (the parties swapped)', () => {
    assert.ok(roleErrors('野分河川事務所が、約15分後に鶴舞漕艇クラブへ連絡した。').length > 0);
  });

  it('backs へ the right way round', () => {
    assert.deepEqual(roleErrors('鶴舞漕艇クラブは、約15分後に野分河川事務所へ連絡した。'), []);
  });

  it('keeps the one asked through an asked act of two verbs (指示 swapped)', () => {
    assert.ok(
      roleErrors('漕艇クラブは河川事務所に、事故の経緯を詳しくまとめて提出するよう指示した。').length > 0,
    );
  });

  it('backs the asked act of two verbs the right way round', () => {
    assert.deepEqual(roleErrors('河川事務所は漕艇クラブに、事故の経緯をまとめて出すよう指示した。'), []);
  });

  it('reads the に of a passive of telling as who was told', () => {
    assert.ok(roleErrors('大凧の事故は、野分河川事務所から鶴舞漕艇クラブに連絡された。').length > 0);
    assert.deepEqual(roleErrors('大凧の事故は、鶴舞漕艇クラブから野分河川事務所に連絡された。'), []);
  });

  it('takes a person by surname and title for the one by full name and title', () => {
    assert.ok(roleErrors('雲井事務所長は14日、砂原会長に呼ばれて事務所を訪れた。').length > 0);
    assert.ok(roleErrors('雲井事務所長は、砂原会長から安全計画を示すよう求められた。').length > 0);
    assert.deepEqual(roleErrors('砂原会長は14日、雲井事務所長に呼ばれた。'), []);
  });

  it('passes a clause’s が on to the next main predicate that names no doer', () => {
    const reading = readClaim('係員が、会場の様子を撮影し、漕艇クラブに送った。', understanding);
    const sending = framesOf(reading).find((frame) => frame.lemma === '送る');
    assert.equal(sending?.participants.find((participant) => participant.role === 'agent')?.noun, '係員');
    const own = readClaim('係員が会場を撮影し、クラブは写真を事務所に送った。', understanding);
    const theirs = framesOf(own).find((frame) => frame.lemma === '送る');
    assert.equal(theirs?.participants.find((participant) => participant.role === 'agent')?.noun, 'クラブ');
  });

  it('gives the asked act’s own が to neither party', () => {
    const reading = readClaim(
      '事務所は同日、クラブに対し、点検が済むまで大会を開かないよう命じた。',
      understanding,
    );
    const order = framesOf(reading).find((frame) => frame.lemma === '命じる');
    assert.equal(order?.participants.find((participant) => participant.role === 'agent')?.noun, '事務所');
  });
});
