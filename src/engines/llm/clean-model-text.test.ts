import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanModelText } from './clean-model-text.ts';

describe('cleanModelText', () => {
  const cases: Array<[string, string | undefined]> = [
    ['<script>alert(1)</script>町は発表した。', '町は発表した。'],
    ['**町**は<b>発表</b>した。', '町は発表した。'],
    ['[詳しくはこちら](javascript:alert(1))', '詳しくはこちら'],
    ['詳細は https://evil.example/x?a=1 を参照。', '詳細は を参照。'],
    ['# 見出し', '見出し'],
    ['- 箇条書き', '箇条書き'],
    ['一行目\n二行目', '一行目 二行目'],
    ['💡 ポイント', 'ポイント'],
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
