import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';
import { japaneseMessage } from './finding-messages.ts';

// A participant added with the additive も (the vadd34 round): 「AもVする」 extends the act to one
// more party, object, place or day; where no listed sentence names it in any form, the claim adds
// it. Invented page: a library that closes for a roof repair.

const LIBRARY = inventedDocument(
  'library',
  '図書館が屋根の修理で休館',
  [
    '杉ヶ丘町の町立図書館は、雨漏りした屋根を直すため、来月1日から平日の開館を取りやめる。',
    '工事中は、本の返却を役場の窓口で受け付ける。',
    '館長は「利用者に迷惑をかけて申し訳ない」と話した。',
    '工事が終わった後も、閲覧室は午後5時まで開ける。',
    '職員は、本をよく読む子どもが多い町だと話した。',
  ],
  { publishedAt: '2026-06-10T18:00:00+09:00' },
);

const errorsOf = describedErrorsAgainstOne();
const addsAlso = (errors: string[]) =>
  errors.some((e) => e.startsWith('support.addition') && e.includes('adds a participant'));

describe('checkClaim: a participant added with も', () => {
  it('flags a room no source names (資料室も閉める)', () => {
    const errors = errorsOf('町立図書館は、来月1日から平日の開館を取りやめ、資料室も閉める。', LIBRARY);
    assert.ok(addsAlso(errors), errors.join('\n'));
  });

  it('flags a party no source names (公民館でも本の返却を受け付ける)', () => {
    const errors = errorsOf('工事中は、役場の窓口のほか、公民館でも本の返却を受け付ける。', LIBRARY);
    assert.ok(addsAlso(errors), errors.join('\n'));
  });

  it('keeps a participant a source names (役場の窓口でも)', () => {
    const errors = errorsOf('工事中は、役場の窓口でも本の返却を受け付ける。', LIBRARY);
    assert.ok(!addsAlso(errors), errors.join('\n'));
  });

  it('keeps a time relative to an event (工事の後も) and a count (一人も)', () => {
    assert.ok(!addsAlso(errorsOf('修理の後も、閲覧室は午後5時まで開ける。', LIBRARY)));
    assert.ok(!addsAlso(errorsOf('けがをした利用者は一人もいなかった。', LIBRARY)));
  });

  it('keeps a noun whose first kanji is a source verb (読書 by 読む)', () => {
    const errors = errorsOf('職員は、子どもの読書も盛んな町だと話した。', LIBRARY);
    assert.ok(!addsAlso(errors), errors.join('\n'));
  });

  it('has a Japanese message of its own in the finding catalogue', () => {
    assert.equal(
      japaneseMessage({ code: 'support.addition', params: { kind: 'also', text: '資料室も' } }),
      '「資料室も」と、どの出典も触れていないものを「も」で加えています。',
    );
  });
});
