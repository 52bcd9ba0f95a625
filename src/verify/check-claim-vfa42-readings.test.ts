import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Readings of the vfa42 round (false alarms of the newest writers, set63/64, and of the writers
// before them). Invented pages: a gas smell at a school, a lift stopped at a station, a river
// ferry stopped for muddy water.

const errorsOf = describedErrorsAgainstOne();

const GAS = inventedDocument(
  'g',
  '中学校でガス臭、生徒が一時避難',
  [
    '柊台市の市立柊台中学校で10日午前、理科室からガスのようなにおいがすると教員が気づき、市教育委員会に連絡した。',
    '生徒約300人が校庭に一時避難したが、体調不良を訴えた生徒はいなかった。',
  ],
  { publishedAt: '2026-09-10T18:00:00+09:00' },
);

const GAS_TOLD = inventedDocument(
  't',
  '中学校でガス臭、生徒が一時避難',
  [
    '柊台市の市立柊台中学校で10日午前、理科室からガスのようなにおいがすると教員が気づき、警察に知らせた。',
    '生徒約300人が校庭に一時避難したが、体調不良を訴えた生徒はいなかった。',
  ],
  { publishedAt: '2026-09-10T18:00:00+09:00' },
);

const LIFT = inventedDocument(
  'l',
  '駅のエレベーター停止、点検会社が報告',
  [
    '点検を請け負う楓昇降機は8月の点検でワイヤーの摩耗に気づき、駅を管理する柊台市に報告していた。',
    '市はエレベーターの使用を止め、ワイヤーを取り替える。',
  ],
  { publishedAt: '2026-09-12T18:00:00+09:00' },
);

describe('checkClaim: a plain verb of telling said by a verb of the telling group (vfa42)', () => {
  it('reads 知らせた as said by the page’s 連絡した', () => {
    assert.doesNotMatch(
      errorsOf('教員は理科室のにおいに気づき、市教育委員会に知らせた。', GAS).join('\n'),
      /「知らせ」/u,
    );
  });

  it('reads 知らせていた as said by the page’s 報告していた', () => {
    assert.doesNotMatch(
      errorsOf('楓昇降機は8月の点検でワイヤーがすり減っているのを見つけ、柊台市に知らせていた。', LIFT).join(
        '\n',
      ),
      /「知らせ」/u,
    );
  });

  it('does not read the page’s plain 知らせた as the claim’s 通報 (only that direction)', () => {
    assert.match(
      errorsOf('教員は理科室のにおいに気づき、警察に通報した。', GAS_TOLD).join('\n'),
      /「通報」/u,
    );
  });
});

const FERRY = inventedDocument(
  'r',
  '川の濁りで遊覧船運休',
  [
    '梢川町の観光協会が運航する遊覧船が5日、運休した。',
    '観光協会の職員は「安全を最優先にした」と話した。',
    '協会は5日朝、宿泊客から「遊覧船の乗り場の近くで川の水が茶色く濁っている」と聞き、運航を取りやめた。',
  ],
  { publishedAt: '2026-07-05T18:00:00+09:00' },
);

describe('checkClaim: words the topic heard, given to the one it heard them from (vfa42)', () => {
  it('backs words told to the association as the guests’ (…と宿泊客から知らされた)', () => {
    assert.doesNotMatch(
      errorsOf('乗り場の近くで川の水が茶色く濁っていると宿泊客から知らされた。', FERRY).join('\n'),
      /support\.attribution/u,
    );
  });

  it('does not give the guests’ words to the association that heard them', () => {
    assert.match(
      errorsOf('観光協会は5日朝、乗り場の近くで川の水が茶色く濁っていると説明した。', FERRY).join('\n'),
      /support\.attribution/u,
    );
  });
});

// A page whose paragraph carries a quote of another speaker just before the topic's own request.
const CLOSURE = inventedDocument(
  'c',
  '給食業者が撤退、市が保護者に弁当を依頼',
  [
    '柊台市で市立小学校の給食を配送していた楓フーズ（本社・柊台市）が3日、事業を停止した。',
    '市教育委員会によると、同社は3日夕、市教委に「4日以降の配送はできない」と電話で伝えた。市教委は保護者にメールで弁当の用意を頼み、用意できない家庭の子どもには学校がパンを配った。',
    '市は別の業者に配送を委託する方針だ。',
  ],
  { publishedAt: '2026-10-04T18:00:00+09:00' },
);

describe('checkClaim: a heard-from speaker the page tells as its topic (the lead, thirty-second round)', () => {
  it('backs a request heard from the body that the page says made it, not the quote before it', () => {
    assert.doesNotMatch(
      errorsOf('保護者は、市教委からメールで弁当の用意を頼まれた。', CLOSURE).join('\n'),
      /support\.attribution/u,
    );
  });

  it('still flags the request given to a body the page does not tell as asking', () => {
    assert.match(
      errorsOf('保護者は、県教委からメールで弁当の用意を頼まれた。', CLOSURE).join('\n'),
      /support\.(?:attribution|role|name)/u,
    );
  });
});
