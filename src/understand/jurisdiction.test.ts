import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { otherLevelBody } from './jurisdiction.ts';

// Invented sentences about a fictional town and prefecture.
const PAGE = ['町教育委員会は、若草町議会に計画を説明した。', '県警察本部によると、けが人はいない。'];

describe('otherLevelBody', () => {
  it('finds the body the page names with another level of government', () => {
    assert.equal(otherLevelBody('県教育委員会', PAGE), '町教育委員会');
    assert.equal(otherLevelBody('市警察本部', PAGE), '県警察本部');
  });

  it('accepts the body as the page names it, and a compound without a level prefix', () => {
    assert.equal(otherLevelBody('町教育委員会', PAGE), undefined);
    assert.equal(otherLevelBody('若草町議会', PAGE), undefined);
    assert.equal(otherLevelBody('教育委員会', PAGE), undefined);
  });

  it('reads a 略称 of a body the page names in full at the same level as that body (町教委)', () => {
    assert.equal(
      otherLevelBody('町教委', ['県教委が説明した。', '若草町の町教育委員会は反対した。']),
      undefined,
    );
    assert.equal(otherLevelBody('県教委', ['町教委が説明した。']), '町教委');
  });

  it('says nothing of a body the page does not name at any level', () => {
    assert.equal(otherLevelBody('県選挙管理委員会', PAGE), undefined);
  });
});

describe('otherLevelBody: courts and prosecutors by instance', () => {
  const RULING = ['白浜地裁は3日、請求を棄却した。', '原告側は白浜地方検察庁に告発状を出した。'];

  it('finds the court of the same place the page names with another instance', () => {
    assert.equal(otherLevelBody('白浜高裁', RULING), '白浜地裁');
    assert.equal(otherLevelBody('白浜高等裁判所', RULING), '白浜地裁');
    assert.equal(otherLevelBody('白浜高検', RULING), '白浜地方検察庁');
  });

  it('accepts the short or long form of the same instance', () => {
    assert.equal(otherLevelBody('白浜地方裁判所', RULING), undefined);
    assert.equal(otherLevelBody('白浜地検', RULING), undefined);
  });
});
