import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// Faithful claims rejected, the newest writer (the vfa37 round, issue 9): readings that rejected a
// faithful paraphrase in two writers or more. Invented pages: a warehouse's night watch, a lighthouse
// inspection, a shop owner's locking up, a bakery's prices.

const page = (id: string, title: string, paragraphs: readonly string[]) =>
  inventedDocument(id, title, paragraphs, { publishedAt: '2026-03-04T09:00:00+09:00' });

const errorsOf = describedErrorsAgainstOne();

describe('a count given as the whole says "only" (だけ) in itself', () => {
  const WATCH = page('w', '倉庫で不審な物音、通報に15分', [
    '港の倉庫で3日未明、不審な物音がした。',
    '夜間の警備員は1人で、物音に気付いてから本部に知らせるまでに約15分かかった。',
  ]);
  const LIGHT = page('l', '灯台の点検、作業員が単独で実施', [
    '岬の灯台で2日、レンズの点検中にランプが落ちて割れた。',
  ]);
  const PART = page('p', '倉庫で不審な物音', ['港の倉庫で3日未明、警備員の1人が不審な物音に気付いた。']);
  const additions = (errors: string[]) => errors.filter((error) => error.includes('「だけ」'));

  it('accepts 1人だけ over a sentence giving the count as what the staff numbered', () => {
    assert.deepEqual(
      additions(
        errorsOf('夜間の警備員は1人だけで、物音に気付いてから本部に知らせるまでに約15分かかった。', WATCH),
      ),
      [],
    );
  });

  it('accepts a count of one only over a page telling the act done alone (単独で)', () => {
    assert.deepEqual(additions(errorsOf('点検のとき、灯台にいた作業員は1人だけだった。', LIGHT)), []);
  });

  it('still rejects だけ over a count that is one of a larger number', () => {
    assert.equal(additions(errorsOf('物音に気付いた警備員は1人だけだった。', PART)).length, 1);
  });
});

describe('a thought reported as one (と思っていた) against a hedge of its class', () => {
  const SHOP = page('s', '雑貨店に空き巣', [
    '商店街の雑貨店で1日夜、裏口から何者かが入り、売上金が盗まれた。',
    '店主は「裏口の鍵は閉めたつもりだった」と話している。',
  ]);
  const BAKERY = page('b', 'パン店、値上げで客足落ちる', [
    'パン店の店長は「小麦の値上げがこれほど響くとは想定していなかった」と述べた。',
  ]);
  const flat = (errors: string[]) => errors.filter((error) => error.startsWith('support.modality'));

  it("accepts と思っていた over the source's つもり", () => {
    assert.deepEqual(flat(errorsOf('店主は、裏口の鍵は閉めたと思っていたと話している。', SHOP)), []);
  });

  it("accepts a denied thought (とは思ってもいなかった) over the source's denied 想定", () => {
    assert.deepEqual(
      flat(errorsOf('パン店の店長は、小麦の値上げがここまで響くとは思ってもいなかったと述べた。', BAKERY)),
      [],
    );
  });

  it('still rejects the belief stated as a fact', () => {
    assert.equal(flat(errorsOf('店主は、裏口の鍵は閉めたと話している。', SHOP)).length, 1);
  });
});
