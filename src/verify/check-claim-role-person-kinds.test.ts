import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// Two kinds of person (vrole39): the page gives an act to one named by what they do (清掃員), the
// claim gives the same act on the same thing to another kind of person (消防士) — the doer replaced,
// though the claim does not name the page's doer for this act.
// Invented page: a concert hall on the morning after a storm.

const HALL = inventedDocument(
  'hall',
  '嵐の翌朝、音楽ホールで片付け',
  [
    '楓ヶ丘町の音楽ホールで、強風のため舞台袖の窓が割れた。',
    '清掃員が舞台の譜面台を並べ直した。',
    '消防士が窓に板を打ち付けた。',
    '理髪師がロビーの鏡を磨いた。',
    '公演は予定どおり夕方に開かれる。',
  ],
  { publishedAt: '2026-10-12T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function roleErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(HALL)], understanding, { path: 'claim' })
    .findings.filter(
      (finding) =>
        finding.severity === 'error' && (finding.code === 'support.role' || finding.code === 'support.name'),
    )
    .map((finding) => finding.message);
}

describe('checkClaim: an act given to another kind of person', () => {
  it('finds the cleaner’s act given to the firefighter', () => {
    assert.match(roleErrors('消防士が舞台の譜面台を並べ直した。').join(), /「清掃員」/u);
  });

  it('finds the firefighter’s act given to the cleaner', () => {
    assert.match(roleErrors('清掃員が窓に板を打ち付けた。').join(), /「消防士」/u);
  });

  it('backs each act told of its own doer', () => {
    assert.deepEqual(roleErrors('清掃員が舞台の譜面台を並べ直した。'), []);
    assert.deepEqual(roleErrors('消防士が窓に板を打ち付けた。'), []);
  });

  it('leaves one person called by the dictionary’s synonym of what they do', () => {
    // 理容師 is cut by the tokenizer (理容 + 師): its synonyms are looked up for the whole word.
    assert.deepEqual(roleErrors('理容師がロビーの鏡を磨いた。'), []);
  });
});
