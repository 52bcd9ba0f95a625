import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// Which way a thing was handed over (vrole46): a verb of handing over (渡す, 支払う, 補助) names the
// giver as its doer and the receiver as its に, its converse (受け取る, もらう) the giver as its から and
// the receiver as its doer; a claim whose giver and receiver the page has the other way round is
// flagged, across the two verbs as well. Not a sale: the goods and the money go opposite ways.
// Invented page: saplings planted on a hillside of an invented town, a shrine's roof, an orchard.

const SAPLINGS = inventedDocument(
  'saplings',
  '霞野町、苗木を植える農家に助成',
  [
    '霞野町は、山の斜面に苗木を植える農家に1本あたり500円を支払う。',
    '椋田神社では、台風で本殿の屋根が壊れた。',
    '町教委は、屋根の修理費の半額を町が補助すると発表した。',
    '柚木果樹組合は、駅前の青果店にリンゴを売った。',
  ],
  { publishedAt: '2026-11-06T09:00:00+09:00' },
);

// A page that names the receiver by its kind (印刷業者) in the sentences of the act, two of them, and
// by its name in another.
const ROSTER = inventedDocument(
  'roster',
  '霞野町の名簿に誤り',
  [
    '霞野町が配った名簿に誤りがあり、「椎名堂」が刷り直す。',
    '霞野町は、古い名簿のデータを印刷業者に渡していた。',
    '町は今後、新しいデータを印刷業者に渡すという。',
  ],
  { publishedAt: '2026-11-07T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function roleErrors(text: string, page = SAPLINGS): string[] {
  return checkClaim(text, [understanding.of(page)], understanding, { path: 'claim' })
    .findings.filter(
      (finding) =>
        finding.severity === 'error' && (finding.code === 'support.role' || finding.code === 'support.name'),
    )
    .map((finding) => finding.message);
}

describe('a thing handed over the other way', () => {
  it('flags the payer made the one paid, by the converse verb', () => {
    const errors = roleErrors('霞野町は、苗木を植える農家から1本あたり500円を受け取る。');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /霞野町/u);
  });
  it('backs the one paid receiving it, by the converse verb', () => {
    assert.deepEqual(roleErrors('苗木を植える農家は、霞野町から1本あたり500円を受け取る。'), []);
  });
  it('backs the payer as the page gives it', () => {
    assert.deepEqual(roleErrors('霞野町は、苗木を植える農家に1本あたり500円を支払う。'), []);
  });
  it('flags the one who grants made the one granted, its receiver unsaid on the page', () => {
    const errors = roleErrors('神社は、屋根の修理費の半額を町に補助する。');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /神社/u);
  });
  it('backs the grant as the page gives it', () => {
    assert.deepEqual(roleErrors('町は、神社に屋根の修理費の半額を補助する。'), []);
  });
  it('reads no sale as a handing over: the seller receives the money', () => {
    assert.deepEqual(roleErrors('柚木果樹組合は、駅前の青果店から代金を受け取った。'), []);
  });
  it('flags the one who handed the thing over made its receiver, the other end named by its kind', () => {
    const errors = roleErrors('「椎名堂」が、古い名簿のデータを霞野町に渡していた。', ROSTER);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /椎名堂/u);
  });
  it('backs the thing handed over as the page gives it, the receiver by its name', () => {
    assert.deepEqual(roleErrors('霞野町が、古い名簿のデータを「椎名堂」に渡していた。', ROSTER), []);
  });
});
