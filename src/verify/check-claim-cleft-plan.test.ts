import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { readSentence } from '../understand/read-sentence.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';
import { pastPlanNoun } from './claim/cleft-plan.ts';

// Who plans to do it, told by a cleft (vrole38): …を調べる方針なのは、Xだ names X as the doer of the
// act planned, and an office of a body by its last word (…事務所, 保健所) is a who. Invented page: a
// footbridge over a river found rusted, the prefecture's civil-engineering office, the village, the police.

const BRIDGE = inventedDocument(
  'bridge',
  '歩道橋の橋脚にさび、通行止め　柿ノ木村',
  [
    '柿ノ木村の川に架かる歩道橋で、橋脚の一部が大きくさびているのが見つかり、村は3日から通行止めにした。',
    '県の河川事務所は来週から足場を組んで橋脚を補修する予定だ。',
    '警察は、手すりが外れた経緯を調べる方針だ。',
  ],
  { publishedAt: '2026-11-04T09:00:00+09:00' },
);

let tokenizer: Tokenizer;
let understanding: Understanding;

before(async () => {
  tokenizer = await createTokenizer();
  understanding = createUnderstanding(tokenizer);
});

function nameErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(BRIDGE)], understanding, { path: 'claim' })
    .findings.filter((finding) => finding.severity === 'error' && finding.code === 'support.name')
    .map((finding) => finding.message);
}

describe('pastPlanNoun: a plan noun and な between a cleft’s act and its の', () => {
  const past = (text: string, after: string) => {
    const tokens = readSentence(text, tokenizer).tokens;
    const i = tokens.findIndex((token) => token.surface === after) + 1;
    return tokens[pastPlanNoun(tokens, i)]?.surface;
  };
  it('steps over 予定な / 方針な right after the verb', () => {
    assert.equal(past('橋を直す予定なのは、村だ。', '直す'), 'の');
    assert.equal(past('経緯を調べる方針なのは、警察だ。', '調べる'), 'の');
  });
  it('stays where no plan noun follows, or the noun is no plan (作業なのは)', () => {
    assert.equal(past('橋を直したのは、村だ。', 'た'), 'の');
    assert.equal(past('橋を直す作業なのは、村だ。', '直す'), '作業');
  });
});

describe('checkClaim: the doer of a planned act named by a cleft', () => {
  it('flags a body the page names put in the planner’s place', () => {
    // The source's planner an office (河川事務所), read as a who by its last word.
    assert.ok(
      nameErrors('足場を組んで橋脚を補修する予定なのは、柿ノ木村だ。').some((message) =>
        message.includes('which the source says 「河川事務所」 did'),
      ),
    );
    assert.ok(
      nameErrors('手すりが外れた経緯を調べる方針なのは、柿ノ木村だ。').some((message) =>
        message.includes('which the source says 「警察」 did'),
      ),
    );
  });
  it('backs the cleft that names the page’s planner', () => {
    assert.deepEqual(nameErrors('手すりが外れた経緯を調べる方針なのは、警察だ。'), []);
    assert.deepEqual(nameErrors('橋脚を補修する予定なのは、県の河川事務所だ。'), []);
  });
});
