import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Which name: a facility or body named by its own head and its kind (the vatt36 round). The page
// names a reservoir and the firm that inspects it; a claim that puts the firm's head before the
// reservoir's kind names a reservoir the page never mentions.

let understanding: Understanding;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

const RESERVOIR = inventedDocument(
  'rv',
  '貯水池の警報、点検中に故障',
  [
    '朝霧県の県営梨ノ木ダムで5日、放流設備を点検していた際に警報装置が故障した。',
    '点検は委託先の楓見電設が担っていた。',
    '故障の原因は楓見電設点検サービスが調べている。',
  ],
  { siteName: '朝霧時報', publishedAt: '2026-05-06T09:00:00+09:00' },
);

describe('checkClaim: a name built from another head of the page and the kind of a named facility', () => {
  const errors = (text: string) =>
    claimErrors(understanding, text, [RESERVOIR]).map((finding) => finding.code);

  it('accepts the facility under the name the page gives it', () => {
    assert.ok(!errors('警報装置が故障したのは、県営の梨ノ木ダムだった。').includes('support.name'));
  });

  it('flags the facility named with the inspecting firm’s head', () => {
    assert.ok(errors('警報装置が故障したのは、県営の楓見ダムだった。').includes('support.name'));
  });

  it('accepts a kind said of a head with の between (the firm’s reservoir work)', () => {
    assert.ok(!errors('梨ノ木ダムの点検は楓見電設が担っていた。').includes('support.name'));
  });
});

const TOWN = inventedDocument(
  'tw',
  '町役場、説明会を開催へ',
  ['霧野県梨ノ木市は5日、住民向けの説明会を8日に開くと発表した。', '説明会は市役所の別館で開く。'],
  { siteName: '朝霧時報', publishedAt: '2026-05-06T09:00:00+09:00' },
);

describe('checkClaim: a headline’s date before a name', () => {
  it('reads the day’s 日 as the date’s counter, not a head of the name (5日梨ノ木市、…)', () => {
    // The offline engine's headline form puts the date straight before the name.
    const codes = claimErrors(understanding, '5日梨ノ木市、住民向けの説明会を8日に開くと発表', [TOWN]).map(
      (finding) => finding.code,
    );
    assert.ok(!codes.includes('support.name'), codes.join(', '));
  });
});
