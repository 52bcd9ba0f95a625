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

  it('says nothing of a body the page does not name at any level', () => {
    assert.equal(otherLevelBody('県選挙管理委員会', PAGE), undefined);
  });
});
