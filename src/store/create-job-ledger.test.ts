import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sampleArticle } from '../../test/support/article-factory.ts';
import { createJobLedger } from './create-job-ledger.ts';
import { createSqliteStore } from './create-sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'matome-ledger-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshPath = () => join(dir, `store-${++files}.db`);
const KEY = `build-${'a'.repeat(32)}`;
const DAY = { since: new Date('2026-03-01T00:00:00Z'), maxTokens: 500 };

describe('job ledger', () => {
  it('gives each taker of a job a higher lease and refuses writes under an older one', async () => {
    const path = freshPath();
    const first = createJobLedger(path);
    const second = createJobLedger(path);
    const stale = await first.takeLease(KEY);
    const fresh = await second.takeLease(KEY);
    assert.deepEqual([stale.lease, fresh.lease], [1, 2]);
    await assert.rejects(async () => first.finish(stale, 'build', { verdict: 'pass' }), {
      code: 'CONFLICT',
      message: /lease 1 is stale; lease 2 holds the job now/,
    });
    assert.equal(await first.resultOf(KEY), undefined);
    const done = await second.finish(fresh, 'build', { verdict: 'pass' });
    assert.equal(done.written, true);
    assert.equal((await first.resultOf(KEY))?.lease, 2);
    await first.close();
    await second.close();
  });

  it('saves a build job article once: a second run of the job finds the stored article and writes nothing', async () => {
    const path = freshPath();
    const ledger = createJobLedger(path);
    const store = createSqliteStore(path);
    const article = { slug: 'matome-once', article: sampleArticle(), snapshotIds: [] };
    const firstRun = await ledger.takeLease(KEY);
    const first = await ledger.finish(firstRun, 'build', { verdict: 'pass' }, article);
    const secondRun = await ledger.takeLease(KEY);
    const second = await ledger.finish(secondRun, 'build', { verdict: 'pass' }, article);
    assert.equal(first.written, true);
    assert.equal(second.written, false);
    assert.equal(second.result.articleId, first.result.articleId);
    assert.equal(second.result.lease, 1);
    assert.equal((await store.listArticles()).length, 1);
    assert.equal(
      (await store.getArticle(first.result.articleId ?? 0))?.article.title.text,
      sampleArticle().title.text,
    );
    await store.close();
    await ledger.close();
  });

  it('charges a call once per job and refuses a charge that would pass the day budget', async () => {
    const path = freshPath();
    const ledger = createJobLedger(path);
    const store = createSqliteStore(path);
    const fence = await ledger.takeLease(KEY);
    const call = { call: 'frame', model: 'scripted', inputTokens: 150, outputTokens: 50 };
    assert.deepEqual(await ledger.charge(fence, call, DAY), { charged: true, usedToday: 200, callId: 1 });
    assert.deepEqual(await ledger.charge(fence, call, DAY), { charged: false, usedToday: 200, callId: 1 });
    assert.deepEqual(await ledger.charge(fence, { ...call, call: 'section S1' }, DAY), {
      charged: true,
      usedToday: 400,
      callId: 2,
    });
    await assert.rejects(async () => await ledger.charge(fence, { ...call, call: 'section S2' }, DAY), {
      code: 'LLM_BUDGET',
      message: /400 tokens used today, 200 more would pass the daily budget of 500/,
    });
    assert.equal(await store.modelTokensSince(DAY.since), 400);
    const other = await ledger.takeLease(KEY);
    await assert.rejects(
      async () => await ledger.charge(fence, { ...call, call: 'repair' }, { ...DAY, maxTokens: 10_000 }),
      {
        code: 'CONFLICT',
      },
    );
    assert.equal(
      (await ledger.charge(other, { ...call, call: 'repair' }, { ...DAY, maxTokens: 10_000 })).charged,
      true,
    );
    await store.close();
    await ledger.close();
  });

  it('settles a reserved charge with the real usage, freeing the rest of the reservation', async () => {
    const path = freshPath();
    const ledger = createJobLedger(path);
    const store = createSqliteStore(path);
    const fence = await ledger.takeLease(KEY);
    const hold = await ledger.charge(
      fence,
      { call: '1:1:frame', model: 'm', inputTokens: 450, outputTokens: 0, outcome: 'reserved' },
      DAY,
    );
    await assert.rejects(
      async () =>
        await ledger.charge(fence, { call: '1:2:frame', model: 'm', inputTokens: 100, outputTokens: 0 }, DAY),
      {
        code: 'LLM_BUDGET',
      },
    );
    await ledger.settle(hold.callId, { outcome: 'ok', inputTokens: 120, outputTokens: 30 });
    assert.equal(await store.modelTokensSince(DAY.since), 150);
    assert.equal(
      (await ledger.charge(fence, { call: '1:2:frame', model: 'm', inputTokens: 100, outputTokens: 0 }, DAY))
        .usedToday,
      250,
    );
    await store.close();
    await ledger.close();
  });

  it('counts results by kind and leases taken more than once', async () => {
    const ledger = createJobLedger(freshPath());
    const key2 = `publish-${'b'.repeat(32)}`;
    await ledger.finish(await ledger.takeLease(KEY), 'build', {});
    await ledger.takeLease(key2);
    await ledger.finish(await ledger.takeLease(key2), 'publish', { remoteId: 7 });
    assert.deepEqual(await ledger.counts(), {
      results: { build: 1, publish: 1 },
      leases: 2,
      retakenLeases: 1,
    });
    await ledger.close();
  });

  it('refuses a job key that is not KIND-HEX, naming it', async () => {
    const ledger = createJobLedger(freshPath());
    await assert.rejects(async () => await ledger.takeLease('build:1'), {
      code: 'INVALID_ARGUMENT',
      message: /Invalid job key: "build:1"/,
    });
    await ledger.close();
  });
});
