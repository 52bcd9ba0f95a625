import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { directedPeers } from '../understand/directed-act.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';

// Which way an act between two parties went (vrole42): the に of XからYにNがあった read as whom the
// telling went to; the から of an active verb of receiving (聴く, 受け取る) read as the one it came from;
// consulting (相談, 問い合わせる) read as an act directed at its に-noun; a person named by sex or age
// whose clause ends in a comma or て (男性が気づいて、…知らせた) read as the doer of the next act. Invented page: a leaning
// bookshelf in a lakeside library, a shelving firm, the police.

const SHELF = inventedDocument(
  'shelf',
  '湖畔の図書館で書架が傾く、けが人なし',
  [
    '白砂町の湖畔図書館で5日、壁際の書架が大きく傾いた。',
    '同日夕、利用者から図書館に連絡があった。',
    '書架を納めた棚橋工房は、司書から当時の様子を聴いている。',
    '図書館は青沼署に被害を相談した。',
    '翌朝、散歩中の男性が窓の割れに気づいて、図書館に知らせた。',
  ],
  { publishedAt: '2026-11-06T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function roleErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(SHELF)], understanding, { path: 'claim' })
    .findings.filter(
      (finding) =>
        finding.severity === 'error' && (finding.code === 'support.role' || finding.code === 'support.name'),
    )
    .map((finding) => finding.message);
}

describe('XからYにNがあった: Y is whom the telling went to', () => {
  it('flags the one told made the teller', () => {
    const errors = roleErrors('図書館が利用者に連絡した。');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /利用者/u);
  });
  it('backs the teller as the page gives it', () => {
    assert.deepEqual(roleErrors('利用者が図書館に連絡した。'), []);
  });
});

describe('a verb of receiving: its から is the one it came from', () => {
  it('flags the one heard made the hearer', () => {
    const errors = roleErrors('司書は、棚橋工房から当時の様子を聴いている。');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /棚橋工房/u);
  });
  it('backs the hearer as the page gives it', () => {
    assert.deepEqual(roleErrors('棚橋工房は、司書から当時の様子を聴いている。'), []);
  });
});

describe('consulting is directed at its に-noun', () => {
  it('is a group of its own', () => {
    assert.ok(directedPeers('相談').includes('問い合わせる'));
    assert.ok(!directedPeers('相談').includes('依頼'));
  });
  it('flags the one consulted made the one who consulted', () => {
    const errors = roleErrors('青沼署が図書館に被害を相談した。');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /図書館/u);
  });
  it('backs the one who consulted as the page gives it', () => {
    assert.deepEqual(roleErrors('図書館は青沼署に被害を相談した。'), []);
  });
});

describe('a person named by sex or age goes on as the doer of the next clause', () => {
  it('flags the one told made the teller', () => {
    const errors = roleErrors('図書館が男性に、窓の割れを知らせた。');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /男性/u);
  });
  it('backs the teller as the page gives it', () => {
    assert.deepEqual(roleErrors('男性が図書館に、窓の割れを知らせた。'), []);
  });
});

// vrole43: an act of telling or asking whose doer the sentence leaves unsaid — no subject, no topic
// (県に…求める方針だ, after a paragraph break), or a が taken by the relative clause before the
// に-noun (XがVしたYに連絡し) — still says whom it went to: that one made its doer is flagged.
const POND = inventedDocument(
  'pond',
  '鴨居沼で菓子の袋が浮く、回収へ',
  [
    '鴨居沼の岸で3日、菓子の空き袋が大量に見つかった。',
    '隣の萩谷町に清掃の費用の半分を出すよう求める方針だ。',
    '散歩に来た女性が前日に寄った団子屋に連絡し、団子屋から知らせを受けた製菓会社が袋を調べた。',
    '町教委は、県から見回りを増やすよう求められた。',
  ],
  { publishedAt: '2026-11-04T09:00:00+09:00' },
);

function pondErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(POND)], understanding, { path: 'claim' })
    .findings.filter(
      (finding) =>
        finding.severity === 'error' && (finding.code === 'support.role' || finding.code === 'support.name'),
    )
    .map((finding) => finding.message);
}

describe('an act of telling or asking whose doer is unsaid: whom it went to', () => {
  it('flags the one asked made the asker (no subject, no topic)', () => {
    const errors = pondErrors('萩谷町は、清掃の費用の半分を出すよう沼の管理組合に求める方針だ。');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /萩谷町/u);
  });
  it('flags the one told made the teller (the が of a relative clause before it)', () => {
    const errors = pondErrors('団子屋が、散歩に来た女性に連絡した。');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /団子屋/u);
  });
  it('keeps a topic as the doer of its own act (a body the tokenizer reads as no who)', () => {
    const errors = pondErrors('町教委は、県に見回りを増やすよう求めた。');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] as string, /町教委/u);
  });
  it('backs the act as the page gives it, and the told one telling another', () => {
    assert.deepEqual(pondErrors('散歩に来た女性が団子屋に連絡した。'), []);
    assert.deepEqual(pondErrors('団子屋が製菓会社に知らせた。'), []);
  });
});
