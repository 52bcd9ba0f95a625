import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { sharesEdgeKanji } from './claim/check-predicates.ts';

// Facts a claim adds beside facts the source gives (the vadd30 round): a cause no source mentions,
// a rank backed page-wide only by a word that ranks nothing, and an act whose kanji a source shares
// only inside an unrelated word. An invented page about a town's swimming pool.

const POOL = inventedDocument(
  'pool',
  '川霧町の町営プール、営業初日から濁り　今月末まで休業',
  [
    '川霧町は5日、町営プールを今月末まで休業すると発表した。',
    '営業初日の1日から水が濁っているとの声が利用者から寄せられていた。',
    'ろ過装置のモーターが止まり、水を入れ替えられなくなった。',
    'プールの利用者は昨年度、約2万3000人だった。',
    'プールは町役場前の交差点から歩いて5分ほどの場所にある。',
    '町長は「夏休みの一番の楽しみを奪ってしまった」とわびた。',
  ],
  { publishedAt: '2026-07-05T18:00:00+09:00' },
);

// The same pool on a page that does tell the record, in its headline only.
const RECORD = inventedDocument(
  'record',
  '町営プール、昨年度の利用者は最多',
  ['川霧町の町営プールの利用者は昨年度、約2万3000人だった。', '今年は7月1日から営業している。'],
  { publishedAt: '2026-07-02T18:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const addsCause = (errors: string[]) =>
  errors.some((e) => e.startsWith('support.addition') && e.includes('is a cause the sources do not give'));
const addsRank = (errors: string[], word: string) =>
  errors.some((e) => e.startsWith('support.addition') && e.includes(`「${word}」`));
const addsAct = (errors: string[]) =>
  errors.some((e) => e.startsWith('support.addition') && e.includes('the claim adds an act'));

describe('checkClaim: a cause no source mentions', () => {
  it('flags a cause given with が原因 that no page names (落雷が原因)', () => {
    const errors = errorsOf('モーターが止まったのは、落雷が原因だった。', POOL);
    assert.ok(addsCause(errors), errors.join('\n'));
  });

  it('flags a reason given with を理由に (人手不足を理由に)', () => {
    const errors = errorsOf('川霧町は、監視員の人手不足を理由にプールを休業する。', POOL);
    assert.ok(addsCause(errors), errors.join('\n'));
  });

  it('keeps a cause the page names in its own words (モーターの停止のため)', () => {
    const errors = errorsOf('町営プールは、ろ過装置のモーターが止まったため休業する。', POOL);
    assert.ok(!addsCause(errors), errors.join('\n'));
  });

  it('keeps a noun the page names as the cause frame (濁りのため)', () => {
    const errors = errorsOf('町営プールは、水の濁りのため今月末まで休業する。', POOL);
    assert.ok(!addsCause(errors), errors.join('\n'));
  });
});

describe('checkClaim: a rank backed only by a word that ranks nothing', () => {
  it('flags a record (過去最多) on a page whose only superlative is a quote about something else', () => {
    const errors = errorsOf('プールの利用者は昨年度、過去最多の約2万3000人だった。', POOL);
    assert.ok(addsRank(errors, '過去最多'), errors.join('\n'));
  });

  it('keeps a record the page gives with the same compound, in its headline (最多)', () => {
    const errors = errorsOf('町営プールの利用者は昨年度、過去最多の約2万3000人だった。', RECORD);
    assert.ok(!addsRank(errors, '過去最多'), errors.join('\n'));
  });

  it('flags a first in a span (20年ぶり) on a page whose only 初 is a first day (初日)', () => {
    const errors = errorsOf('町営プールが夏に休業するのは約20年ぶりとなる。', POOL);
    assert.ok(addsRank(errors, 'ぶり'), errors.join('\n'));
  });
});

describe('checkClaim: an act whose kanji a source has only inside another word', () => {
  it('reads a noun as naming an act only by the act’s first or last kanji in the same place', () => {
    assert.ok(sharesEdgeKanji('営業', '開業'));
    assert.ok(sharesEdgeKanji('補修', '補強'));
    assert.ok(!sharesEdgeKanji('交差点', '点検'));
    assert.ok(!sharesEdgeKanji('自動車', '作動'));
  });

  it('flags an act whose kanji the page has only inside an unrelated noun (点検 beside 交差点)', () => {
    const errors = errorsOf('川霧町は来週、町内の全ての配水管を点検する。', POOL);
    assert.ok(addsAct(errors), errors.join('\n'));
  });
});
