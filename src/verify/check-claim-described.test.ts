import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// What a claim names in other words than its page (the vfa30 round): the story's event by its kind
// (事故は…に起きた) and a speaker by a noun modifier (近所の男性) where the page describes that speaker
// with a relative clause (近くに住む男性). Invented pages about a fairground and a night-time fire.

const RIDE = inventedDocument(
  'ride',
  '南浜の遊園地で観覧車のゴンドラ傾く',
  [
    '16日午後3時ごろ、南浜市の遊園地「はまかぜランド」で観覧車のゴンドラが大きく傾き、中にいた女性2人が軽いけがをした。',
    '遊園地によると、ゴンドラをつり下げる金具が外れかけていた。',
  ],
  { publishedAt: '2026-05-17T09:00:00+09:00' },
);

// The same fairground, where no one was hurt.
const STOPPED = inventedDocument(
  'stopped',
  '南浜の遊園地で観覧車止まる',
  [
    '16日午後3時ごろ、南浜市の遊園地「はまかぜランド」で観覧車が急に止まった。',
    '遊園地によると、制御盤の部品が古くなっていた。',
  ],
  { publishedAt: '2026-05-17T09:00:00+09:00' },
);

const FIRE = inventedDocument(
  'fire',
  '北沢町で倉庫が焼ける',
  [
    '北沢町で20日夜、木造の倉庫1棟が焼けた。',
    '近くに住む60代の男性は「夜中にぱちぱちと音がして外を見たら空が赤かった」と話した。',
    '現場の前の店で働く60代の男性は「煙のにおいで気分が悪くなった」と話した。',
  ],
  { publishedAt: '2026-05-21T09:00:00+09:00' },
);

const PARKING = inventedDocument(
  'parking',
  '西川町の駐車場で車が動けなくなる',
  [
    '西川町の町営駐車場で18日、出口の遮断機が上がらなくなり、車30台が2時間出られなくなった。',
    '駐車場には、遮断機が止まったことを知らせるブザーはなかった。',
  ],
  { publishedAt: '2026-05-19T09:00:00+09:00' },
);

const TEMPLE = inventedDocument(
  'temple',
  '東山町で強風の被害',
  [
    '19日夜の強い風で、東山町の寺の大きな松が倒れ、本堂の屋根が壊れた。夜だったため参拝者はおらず、けが人はいなかった。',
  ],
  { publishedAt: '2026-05-20T09:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();

describe('checkClaim: the story’s event named by its kind (事故は…に起きた)', () => {
  it('backs 事故 and 起きる where the page tells of people hurt', () => {
    const errors = errorsOf('事故は16日午後3時ごろに起きた。', RIDE);
    assert.deepEqual(errors, []);
    assert.deepEqual(errorsOf('事故が起きた時、ゴンドラには女性2人がいた。', RIDE), []);
  });

  it('still compares the date the clause gives', () => {
    const errors = errorsOf('事故は18日午後3時ごろに起きた。', RIDE);
    assert.ok(
      errors.some((e) => e.startsWith('support.date')),
      errors.join('\n'),
    );
  });

  it('does not back them where the page tells of no harm', () => {
    const errors = errorsOf('事故は16日午後3時ごろに起きた。', STOPPED);
    assert.ok(
      errors.some((e) => e.startsWith('support.addition') || e.startsWith('support.coverage')),
      errors.join('\n'),
    );
  });
});

describe('checkClaim: a speaker described by a noun modifier (近所の) for a relative clause (近くに住む)', () => {
  it('takes 近所の60代の男性 for the page’s 近くに住む60代の男性', () => {
    const errors = errorsOf(
      '近所の60代の男性は、夜中にぱちぱちと音がして外を見たら空が赤かったと話した。',
      FIRE,
    );
    assert.ok(!errors.some((e) => e.startsWith('support.attribution')), errors.join('\n'));
  });

  it('still flags the words of the other man of the same head given to the neighbour', () => {
    const errors = errorsOf('近所の60代の男性は、煙のにおいで気分が悪くなったと話した。', FIRE);
    assert.ok(
      errors.some((e) => e.startsWith('support.attribution')),
      errors.join('\n'),
    );
  });
});

describe('checkClaim: a verb that describes a noun (知らせるブザー, 寺にある松) in a claim', () => {
  it('reads 知らせるブザーが付いていなかった as the page’s 知らせるブザーはなかった', () => {
    const errors = errorsOf('駐車場には、遮断機が止まったときに知らせるブザーが付いていなかった。', PARKING);
    assert.ok(!errors.some((e) => e.startsWith('support.negation')), errors.join('\n'));
  });

  it('still flags 知らせるブザーが付いていた', () => {
    const errors = errorsOf('駐車場には、遮断機が止まったときに知らせるブザーが付いていた。', PARKING);
    assert.ok(
      errors.some((e) => e.startsWith('support.negation')),
      errors.join('\n'),
    );
  });

  it('is not denied by a sentence that does not name the noun it describes', () => {
    const errors = errorsOf('東山町の寺にある松は、19日夜の強い風で倒れた。', TEMPLE);
    assert.ok(!errors.some((e) => e.startsWith('support.negation')), errors.join('\n'));
  });
});
