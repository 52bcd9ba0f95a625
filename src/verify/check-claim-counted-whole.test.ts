import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedErrorsAgainstOne } from '../../test/support/claim-errors.ts';
import { inventedDocument } from '../../test/support/invented-document.ts';

// A count told as the whole (the vadd46 round, issue 9): all of a numbered set (全12棟), a total
// (全部で4基) and a count a noun comes to (1軒になった) say what the claim's 全て, 全部で and だけ say.
// Invented pages: a housing estate's water pipes, a park's new benches, a hamlet's last shop.

const page = (id: string, title: string, paragraphs: readonly string[]) =>
  inventedDocument(id, title, paragraphs, { publishedAt: '2026-05-12T09:00:00+09:00' });

const errorsOf = describedErrorsAgainstOne();
const about = (word: string) => (errors: string[]) => errors.filter((error) => error.includes(`「${word}」`));

describe('all of a numbered set: the prefix 全 before a number', () => {
  const ESTATE = page('e', '団地で断水', [
    '椋野市の市営さざなみ団地で11日朝、全12棟で水が出なくなった。',
    '市によると、給水管の継ぎ目が外れたという。',
  ]);
  const SOME = page('s', '団地で断水', [
    '椋野市の市営さざなみ団地で11日朝、12棟のうち一部で水が出なくなった。',
  ]);

  it('accepts 12棟の全て over 全12棟', () => {
    assert.deepEqual(
      about('全て')(errorsOf('水が出なくなったのは、さざなみ団地の12棟の全てだった。', ESTATE)),
      [],
    );
  });

  it('still rejects 全て over a page that says some of the 12', () => {
    assert.equal(
      about('全て')(errorsOf('水が出なくなったのは、さざなみ団地の12棟の全てだった。', SOME)).length,
      1,
    );
  });
});

describe('a total: 全部で before a count', () => {
  const PARK = page('p', '公園に新しいベンチ', ['区は10日、かもめ公園の池の周りに木製のベンチを4基置いた。']);

  it('accepts 全部で4基 over a page giving the 4 placed', () => {
    assert.deepEqual(about('全部')(errorsOf('区が池の周りに置いたベンチは、全部で4基だ。', PARK)), []);
  });

  it('still rejects 全部で over another count', () => {
    assert.equal(about('全部')(errorsOf('区が池の周りに置いたベンチは、全部で6基だ。', PARK)).length, 1);
  });
});

describe('a count a noun comes to (…になった) is the whole', () => {
  const HAMLET = page('h', '集落の商店が閉店へ', [
    '山あいの萩尾集落で、食料品を扱う店が1軒になった。',
    '残る店も来月で閉じるという。',
  ]);
  const OTHER = page('o', '集落の商店が閉店へ', ['山あいの萩尾集落で、食料品を扱う店の1軒が来月で閉じる。']);

  it('accepts 1軒だけになった over 1軒になった', () => {
    assert.deepEqual(about('だけ')(errorsOf('萩尾集落では、食料品を扱う店が1軒だけになった。', HAMLET)), []);
  });

  it('still rejects だけ over a count that is one of more', () => {
    assert.equal(about('だけ')(errorsOf('萩尾集落では、食料品を扱う店が1軒だけになった。', OTHER)).length, 1);
  });
});
