// The publishing outbox in the SQLite store: one record per site, article and revision, claimed by
// one publisher at a time, moved only forward and only by its holder.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isMatomeError } from '../src/domain/errors.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'matome-outbox-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const hasCode = (code: string) => (error: unknown) => isMatomeError(error) && error.code === code;
const key = (revision: string) => ({
  site: 'https://news.example',
  articleSlug: 'minato-hall',
  revision: `sha256:${revision.repeat(64)}`,
  postSlug: 'minato-hall',
});

describe('publications (the outbox)', () => {
  it('keeps one record per revision, also from a second connection, starting at intent', async () => {
    const file = join(dir, 'one.db');
    const first = createSqliteStore(file);
    const second = createSqliteStore(file);
    const a = await first.openPublication(key('a'));
    const again = await second.openPublication(key('a'));
    assert.equal(again.id, a.id);
    assert.equal(a.state, 'intent');
    assert.notEqual((await first.openPublication(key('b'))).id, a.id);
    assert.equal((await first.listPublications('https://news.example', 'minato-hall')).length, 2);
    await first.close();
    await second.close();
  });

  it('lets one holder claim it until the lease runs out or the holder is known dead', async () => {
    let clock = new Date('2026-03-01T00:00:00Z');
    const store = createSqliteStore(join(dir, 'claim.db'), { now: () => clock });
    const { id } = await store.openPublication(key('c'));
    assert.equal((await store.claimPublication(id, 'host:1', 60_000))?.state, 'claimed');
    assert.equal(await store.claimPublication(id, 'host:2', 60_000), undefined);
    assert.equal((await store.claimPublication(id, 'host:2', 60_000, 'host:1'))?.claimedBy, 'host:2');
    clock = new Date('2026-03-01T00:02:00Z');
    assert.equal((await store.claimPublication(id, 'host:3', 60_000))?.claimedBy, 'host:3');
    await store.close();
  });

  it('moves only forward, only for its holder, and finalising releases it', async () => {
    const store = createSqliteStore(join(dir, 'steps.db'));
    const { id } = await store.openPublication(key('d'));
    await store.claimPublication(id, 'host:1', 60_000);
    await assert.rejects(
      async () => await store.advancePublication(id, 'host:2', { state: 'media' }),
      hasCode('CONFLICT'),
    );
    const created = await store.advancePublication(id, 'host:1', {
      state: 'created',
      postId: 41,
      modifiedGmt: '2026-03-01T00:00:00',
    });
    assert.equal(created.postId, 41);
    await assert.rejects(
      async () =>
        await store.advancePublication(id, 'host:1', { state: 'created', postId: 42, modifiedGmt: 'x' }),
      hasCode('CONFLICT'),
    );
    await store.advancePublication(id, 'host:1', { state: 'media' });
    await assert.rejects(
      async () =>
        await store.advancePublication(id, 'host:1', { state: 'created', postId: 41, modifiedGmt: 'x' }),
      hasCode('CONFLICT'),
    );
    const done = await store.advancePublication(id, 'host:1', {
      state: 'finalised',
      modifiedGmt: '2026-03-01T00:00:05',
    });
    assert.deepEqual(
      [done.state, done.postId, done.modifiedGmt, done.claimedBy],
      ['finalised', 41, '2026-03-01T00:00:05', undefined],
    );
    assert.equal(await store.claimPublication(id, 'host:1', 60_000), undefined);
    assert.equal((await store.latestPublication('https://news.example', 'minato-hall'))?.id, id);
    assert.equal(await store.latestPublication('https://other.example', 'minato-hall'), undefined);
    await store.close();
  });

  it('gives a claim up after a failure, keeping the state reached', async () => {
    const store = createSqliteStore(join(dir, 'release.db'));
    const { id } = await store.openPublication(key('e'));
    await store.claimPublication(id, 'host:1', 600_000);
    await store.advancePublication(id, 'host:1', { state: 'created', postId: 7, modifiedGmt: 'm' });
    await store.releasePublication(id, 'host:1');
    const taken = await store.claimPublication(id, 'host:2', 600_000);
    assert.deepEqual([taken?.state, taken?.postId, taken?.claimedBy], ['created', 7, 'host:2']);
    await store.close();
  });
});
