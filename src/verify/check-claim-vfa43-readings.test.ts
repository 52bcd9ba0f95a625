import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { claimErrors, described, describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import type { Document } from '../domain/document.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';

// Readings of the vfa43 round (false alarms of the content checks): a verb that says only that an
// act began, stopped or that something was looked into, worded with another verb of the same group
// (understand/phase-acts.ts); two outlets' figures set side by side. Invented pages: a footbridge
// washed out, a village show stopped by a falling lamp, a lost dog, a bridge being rebuilt.

const errorsOf = describedErrorsAgainstOne();

const BRIDGE = inventedDocument(
  'b',
  '大雨で歩道橋が流失、町が仮設の橋を計画',
  [
    '楡川町で大雨のため川に架かる歩道橋が流された。',
    '町は業者の作業員6人を現地に向かわせ、仮設の橋をかける工事の準備を始めた。',
  ],
  { publishedAt: '2026-08-21T18:00:00+09:00' },
);

const SHOW = inventedDocument(
  's',
  '公民館の演芸会で照明が落下',
  [
    '楡川町の公民館で22日夜、演芸会の最中に天井の照明が舞台に落ちた。',
    'けが人はいなかった。',
    '演芸会はその場で中止になった。',
  ],
  { publishedAt: '2026-08-22T23:00:00+09:00' },
);

const DOG = inventedDocument(
  'd',
  '散歩中の犬が行方不明、飼い主が届け出',
  ['飼い主から届け出を受けた楡川署は、公園の周辺にある防犯カメラの映像を調べている。'],
  { publishedAt: '2026-08-23T18:00:00+09:00' },
);

describe('checkClaim: a verb of beginning, stopping or examining said by another of its group (vfa43)', () => {
  it('reads 準備に取りかかった as said by the page’s 準備を始めた', () => {
    assert.doesNotMatch(
      errorsOf('町は作業員6人を現地に向かわせ、仮設の工事の準備に取りかかった。', BRIDGE).join('\n'),
      /support\.predicate/u,
    );
  });

  it('still flags 準備を中止した against the page’s 準備を始めた (stopping is no beginning)', () => {
    assert.match(
      errorsOf('町は作業員6人を現地に向かわせ、仮設の工事の準備を中止した。', BRIDGE).join('\n'),
      /「中止」/u,
    );
  });

  it('reads 打ち切られた as said by the page’s 中止になった, for the verb and for coverage', () => {
    const errors = errorsOf('照明の事故を受けて、演芸会はその場で打ち切られた。', SHOW).join('\n');
    assert.doesNotMatch(errors, /support\.predicate/u);
    assert.doesNotMatch(errors, /support\.coverage/u);
  });

  it('reads 映像を確認している as said by the page’s 映像を調べている', () => {
    assert.doesNotMatch(
      errorsOf('署は、近くの民家の防犯カメラの映像を確認している。', DOG).join('\n'),
      /support\.addition/u,
    );
  });

  it('still flags another act on the same footage (消去している)', () => {
    assert.match(
      errorsOf('楡川署は、近くの店の防犯カメラを消去している。', DOG).join('\n'),
      /support\.addition.*「消去」/u,
    );
  });
});

// Two outlets' dates for one thing set side by side, the thing named once (…時期を、A日報は9月上旬、
// B新聞は8月末としている): the second part is the outlet's name and its date only.
const WORKS_A = inventedDocument(
  'a',
  '楡川町の橋の架け替え、9月上旬に完了へ',
  ['楡川町の橋の架け替え工事は、9月上旬に終わる見通しだ。'],
  { publishedAt: '2026-08-01T18:00:00+09:00', siteName: '黛翠日報' },
);

const WORKS_B = inventedDocument(
  'w',
  '楡川町の橋の架け替え工事',
  ['楡川町の橋の架け替え工事は、8月末に終わる見通しだ。'],
  { publishedAt: '2026-08-01T19:00:00+09:00', siteName: '鵺翔新聞' },
);

let understanding: Understanding | undefined;
before(async () => {
  understanding = createUnderstanding(await createTokenizer());
});
const errorsAgainstBoth = (text: string, documents: readonly Document[]): string[] => {
  if (understanding === undefined) throw new Error('read before the tests ran');
  return claimErrors(understanding, text, documents).map(described);
};

describe('checkClaim: two outlets’ figures set side by side, the thing named once (vfa43)', () => {
  it('reads the part that is an outlet’s name and its date as saying who reported it', () => {
    assert.doesNotMatch(
      errorsAgainstBoth('楡川町の橋の工事が終わる時期を、黛翠日報は9月上旬、鵺翔新聞は8月末としている。', [
        WORKS_A,
        WORKS_B,
      ]).join('\n'),
      /support\.addition/u,
    );
  });

  it('still flags a part that adds an event of its own after the outlet’s name', () => {
    assert.match(
      errorsAgainstBoth(
        '楡川町の橋の工事が終わる時期を、黛翠日報は9月上旬とし、鵺翔新聞は隣の村の寺で仏像が盗まれたとしている。',
        [WORKS_A, WORKS_B],
      ).join('\n'),
      /support\.addition/u,
    );
  });
});
