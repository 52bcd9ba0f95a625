import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { directedPeers, tellingForms } from '../understand/directed-act.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';
import { toldInstead } from './claim/told-side.ts';

// Who told whom, the claim's teller in a passive (vrole37): 知らされる (the passive of the godan 知らす,
// the usual passive of 知らせる) read as a verb of telling, and a who as the topic of a passive of
// telling with no doer read as the one told. Invented page: a leaking pipe at a school, the firm
// that maintains it, the town's water section.

const LEAK = inventedDocument(
  'leak',
  '小学校で水道管から漏水、保守業者が町に報告',
  [
    '桐生台町の桐生台小学校で14日、校舎の水道管から水が漏れた。',
    '配管の保守を請け負う柏葉設備は、先月の点検で継ぎ目の傷みに気づき、町水道課に報告していた。',
    '小学校は工事の日程は知らされていたが、どこを直すのかまでは聞いていなかった。',
  ],
  { publishedAt: '2026-11-15T09:00:00+09:00' },
);

let understanding: Understanding;

before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});

function roleErrors(text: string): string[] {
  return checkClaim(text, [understanding.of(LEAK)], understanding, { path: 'claim' })
    .findings.filter(
      (finding) =>
        finding.severity === 'error' && (finding.code === 'support.role' || finding.code === 'support.name'),
    )
    .map((finding) => finding.message);
}

describe('知らす: the passive 知らされる is a verb of telling', () => {
  it('is in the telling group, and says what a plain verb of telling says', () => {
    assert.ok(directedPeers('知らす').includes('報告'));
    assert.ok(tellingForms('知らす').includes('通報'));
  });
});

describe('toldInstead: the claim’s teller is the one the source says was told', () => {
  const same = (a: string, b: string) => a === b;
  const claim = {
    lemma: '知らす',
    participants: [
      { noun: '業者', role: 'other' },
      { noun: '学校', role: 'agent', marker: 'kara' },
      { noun: '日程', role: 'other', marker: 'wo' },
    ],
  };
  const teller = { noun: '学校', marker: 'kara' };
  // A source's doerless passive of 知らす: who was told (`marker` how it is bound) and what.
  const toldFrame = (noun: string, marker: string | undefined, thing: string, thingMarker: string) => ({
    lemma: '知らす',
    doerless: true as const,
    participants: [
      { noun, role: 'other', ...(marker === undefined ? {} : { marker }) },
      { noun: thing, role: thingMarker === 'wa' ? 'topic' : 'other', marker: thingMarker },
    ],
  });
  it('finds the source frame whose one told is the teller, with the same thing told', () => {
    assert.equal(toldInstead(claim, teller, [toldFrame('学校', undefined, '日程', 'wa')], same), 0);
  });
  it('finds nothing when another was told, another thing was told, or the claim names no teller by から', () => {
    const another = toldFrame('業者', 'ga', '日程', 'wo');
    const otherThing = toldFrame('学校', 'ga', '費用', 'wo');
    assert.deepEqual(
      [
        toldInstead(claim, teller, [another, otherThing], same),
        toldInstead(claim, { noun: '学校', marker: 'ga' }, [otherThing], same),
      ],
      [-1, -1],
    );
  });
});

describe('checkClaim: who told whom, the claim in the passive', () => {
  it('finds the firm told by the water section it reported to', () => {
    assert.match(
      roleErrors('柏葉設備は、町水道課から継ぎ目の傷みを知らされていた。').join(),
      /「町水道課」/u,
    );
  });

  it('finds the school made the one who told the dates it was told', () => {
    assert.match(roleErrors('柏葉設備は、小学校から工事の日程を知らされていた。').join(), /「小学校」/u);
  });

  it('backs the report told the right way round', () => {
    assert.deepEqual(roleErrors('町水道課は、柏葉設備から継ぎ目の傷みを知らされていた。'), []);
  });

  it('backs the school told the dates', () => {
    assert.deepEqual(roleErrors('小学校は、工事の日程を知らされていた。'), []);
  });
});
