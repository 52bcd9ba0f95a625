import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ownEntry } from './own-entry.ts';

describe('ownEntry', () => {
  const table: Readonly<Record<string, string>> = { amp: '&', lt: '<' };
  it('finds the table’s own entries', () => {
    assert.equal(ownEntry(table, 'amp'), '&');
    assert.equal(ownEntry(table, 'gt'), undefined);
  });
  it('finds nothing for a word that names a property every object inherits', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])
      assert.equal(ownEntry(table, key), undefined, key);
  });
});
