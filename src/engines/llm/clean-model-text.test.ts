import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanModelText, inspectModelText } from './clean-model-text.ts';

describe('cleanModelText', () => {
  const cases: Array<[string, string | undefined]> = [
    ['**町**は<b>発表</b>した。', '町は発表した。'],
    ['<a href="https://x.example/">町は発表した。</a>', '町は発表した。'],
    ['[詳しくはこちら](javascript:alert(1))', '詳しくはこちら'],
    ['# 見出し', '見出し'],
    ['- 箇条書き', '箇条書き'],
    ['一行目\n二行目', '一行目 二行目'],
    ['💡 ポイント', 'ポイント'],
    ['〈特集〉町の発表', '〈特集〉町の発表'],
    ['町は\u202e表発\u202cした。', '町は表発した。'],
    ['<img src=x onerror=alert(1)>', undefined],
    ['   ', undefined],
    ['値は undefined です', undefined],
  ];
  for (const [raw, expected] of cases) {
    it(`turns ${JSON.stringify(raw)} into ${JSON.stringify(expected)}`, () => {
      assert.equal(cleanModelText(raw), expected);
    });
  }
});

describe('inspectModelText', () => {
  // Each of these was published before as what cleaning left of it.
  const damaged: Array<[string, RegExp]> = [
    ['<script>alert(1)</script>本文です。', /cut a script or style block/],
    ['&lt;script&gt;alert(1)&lt;/script&gt;町は発表した。', /cut a script or style block/],
    ['&lt;div class=x&gt;町は発表した。', /cut an HTML element/],
    ['‹scrです。', /markup is left/],
    ['町は発表した &amp;amp; 説明した。', /markup is left/],
    ['詳細は https://evil.example/x?a=1 を参照。', /cut a URL/],
    ['https://evil.example/、2029年度に完成する。', /cut a URL/],
    ['、2029年度に完成する予定だ。', /starts mid-sentence/],
    ['町長は「」と述べた。', /empty brackets/],
  ];
  for (const [raw, reason] of damaged) {
    it(`says cleaning damaged ${JSON.stringify(raw)}`, () => {
      const result = inspectModelText(raw);
      assert.equal(result.text, undefined);
      assert.match(result.damage ?? '', reason);
    });
  }

  it('keeps a clean sentence as it is', () => {
    assert.deepEqual(inspectModelText('町は2029年度の完成を目指すと発表した。'), {
      text: '町は2029年度の完成を目指すと発表した。',
    });
  });
});
