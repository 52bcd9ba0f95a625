import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phaseForms } from './phase-acts.ts';

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
