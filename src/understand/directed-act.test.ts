import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directedPeers, tellingForms } from './directed-act.ts';

describe('directedPeers', () => {
  it('groups a request and an order as one direction', () => {
    assert.ok(directedPeers('指示').includes('求める'));
    assert.ok(directedPeers('要請').includes('命じる'));
  });

  it('keeps telling apart from asking', () => {
    assert.ok(directedPeers('報告').includes('伝える'));
    assert.ok(!directedPeers('報告').includes('求める'));
  });

  it('reads the noun 知らせ as telling (…から知らせを受けた)', () => {
    assert.ok(directedPeers('知らせ').includes('連絡'));
  });

  it('gives nothing for a verb directed at no one', () => {
    assert.deepEqual(directedPeers('調べる'), []);
  });
});

describe('tellingForms', () => {
  it('lets a plain verb of telling be said by any verb of the telling group', () => {
    assert.ok(tellingForms('知らせる').includes('連絡'));
    assert.ok(tellingForms('伝える').includes('報告'));
  });

  it('gives nothing for a verb of telling that says more than the plain one (通報, 報告)', () => {
    assert.deepEqual(tellingForms('通報'), []);
    assert.deepEqual(tellingForms('報告'), []);
  });
});
