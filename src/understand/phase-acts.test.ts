import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phaseForms, saysPlainStopAsWritten } from './phase-acts.ts';

describe('phaseForms', () => {
  it('lets a verb of beginning be said by any verb of beginning', () => {
    assert.ok(phaseForms('取りかかる').includes('始める'));
    assert.ok(phaseForms('乗り出す').includes('開始'));
    assert.ok(phaseForms('始める').includes('着手'));
  });

  it('lets a plain verb of stopping be said by any verb of stopping, not the reverse', () => {
    assert.ok(phaseForms('やめる').includes('停止'));
    assert.ok(phaseForms('打ち切る').includes('中止'));
    assert.deepEqual(phaseForms('休止'), []);
    assert.deepEqual(phaseForms('中止'), []);
  });

  it('reads the written 止める and the intransitive 止まる as plain verbs of stopping, said by 運休', () => {
    assert.ok(phaseForms('止まる').includes('運休'));
    assert.ok(phaseForms('止める').includes('停止'));
    assert.ok(phaseForms('やめる').includes('運休'));
    assert.deepEqual(phaseForms('運休'), []);
  });

  it('lets the page’s own 止める say a plain stop only with the claim’s polarity', () => {
    const stopped = { lemma: '止める', negated: false };
    assert.ok(saysPlainStopAsWritten({ lemma: 'やめる', negated: false }, stopped));
    assert.ok(saysPlainStopAsWritten({ lemma: '打ち切る', negated: false }, stopped));
    assert.ok(
      !saysPlainStopAsWritten({ lemma: 'やめる', negated: false }, { lemma: '止める', negated: true }),
    );
    assert.ok(!saysPlainStopAsWritten({ lemma: '見合わせる', negated: false }, stopped));
    assert.ok(!saysPlainStopAsWritten({ lemma: '中止', negated: false }, stopped));
  });

  it('lets a plain verb of examining be said by any verb of examining, not the reverse', () => {
    assert.ok(phaseForms('調べる').includes('確認'));
    assert.ok(phaseForms('確認').includes('調べる'));
    assert.deepEqual(phaseForms('点検'), []);
  });

  it('keeps beginning and stopping apart', () => {
    assert.ok(!phaseForms('始める').includes('中止'));
    assert.ok(!phaseForms('やめる').includes('開始'));
  });

  it('gives nothing for a verb outside the groups', () => {
    assert.deepEqual(phaseForms('壊す'), []);
  });
});
