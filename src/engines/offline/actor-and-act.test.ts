import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createTokenizer, type Tokenizer } from '../../text/tokenizer.ts';
import { actorAndAct } from './compose-offline-article.ts';

// Invented sentences: a section heading states its source's event as its actor and its act when no
// own line fits as a headline, rather than naming two key phrases (XとY).
describe('actorAndAct', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });
  const cut = (text: string) => actorAndAct(text, tokenizer.tokenize(text));

  it('keeps the topic and the act after the last comma, leaving the setting and the date out', () => {
    assert.equal(
      cut('大雨で休館が続く青葉町の郷土資料館について、町はきのう、修理の費用を予算に盛り込むと決めた。'),
      '町は修理の費用を予算に盛り込むと決めた。',
    );
    assert.equal(
      cut('丘の上に立つ南野市立図書館は3日、雨漏りのため、来月の開館を見送ると明らかにした。'),
      '南野市立図書館は来月の開館を見送ると明らかにした。',
    );
  });

  it('drops the modifiers of the actor', () => {
    assert.equal(
      cut('港の倉庫を管理する潮見物流は荷物の受け付けを再開した。'),
      '潮見物流は荷物の受け付けを再開した。',
    );
  });

  it('keeps the argument the act works on', () => {
    // 後で払い戻す alone says nothing of what is paid back: the stretch before it comes too.
    assert.equal(
      cut('駅前の駐車場を営む緑山交通は、機械の故障で多く取った料金について、後で払い戻す。'),
      '緑山交通は機械の故障で多く取った料金について、後で払い戻す。',
    );
  });

  it('leaves an act told on a day relative to the page (a heading has no page date)', () => {
    assert.equal(cut('川沿いの市道を管理する南野市は、雨のため、けさ全線を通行止めにした。'), undefined);
  });

  it('leaves a sentence it cannot cut to actor and act', () => {
    // Nothing to leave out.
    assert.equal(cut('町は修理の費用を計上した。'), undefined);
    // Someone's words.
    assert.equal(cut('町長は記者に「急いで直すつもりだ」と話してくれた。'), undefined);
    // An actor that refers back.
    assert.equal(cut('雨の中、同社は先月、工場の操業を止めた。'), undefined);
    // The act after the comma has a subject of its own: another clause's act.
    assert.equal(cut('町は3日、点検を始め、屋根の傷みが見つかった。'), undefined);
    // No topic.
    assert.equal(cut('きのうの夜、川の水があふれ、道路が通れなくなった。'), undefined);
  });
});
