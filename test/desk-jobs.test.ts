// Build jobs from a feed's items over real loopback HTTP: the feed is read, its first items are
// fetched through the guarded client (loopback allowed for the test) under the host scheduler, and
// the article is saved for review with the snapshots of the pages read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { createGuardedFetch } from '../src/fetch/guarded-fetch.ts';
import { createHostScheduler } from '../src/fetch/host-scheduler.ts';
import { createRobotsPolicy } from '../src/fetch/robots-policy.ts';
import type { ProgressEvent } from '../src/pipeline/build-article.ts';
import { createBuildJobs } from '../src/server/build-jobs.ts';
import { createDeskFixture, type DeskFixture, SAMPLES } from './support/desk-fixture.ts';

const PAGES = ['miyagi-higashi-takanosu.html', 'tech-sangyo-kaname-plant.html', 'yomitoku-why-miyagi.html'];
let fixture: DeskFixture;
let server: Server;
let origin: string;
const requested: string[] = [];

before(async () => {
  fixture = await createDeskFixture();
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    const name = (request.url ?? '').slice(1);
    if (name === 'feed.xml') {
      const items = PAGES.map(
        (page, i) => `<item><title>記事${i + 1}</title><link>${origin}/${page}</link></item>`,
      ).join('');
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      response.end(
        `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>テスト</title><link>${origin}/</link><description>d</description>${items}</channel></rss>`,
      );
    } else if (PAGES.includes(name)) {
      // No charset: the pages declare theirs (one is EUC-JP), as many real servers leave it.
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(readFileSync(join(SAMPLES, 'chip-factory', name)));
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.close();
  fixture.close();
});

describe('build jobs', () => {
  it('builds from the first items of a feed, fetched politely, and saves the article with its snapshots', async () => {
    const fetch = createGuardedFetch({ allowHosts: ['127.0.0.1'] });
    const jobs = createBuildJobs({
      store: fixture.store,
      tokenizer: fixture.tokenizer,
      engine: createOfflineEngine(),
      access: {
        fetch,
        robots: createRobotsPolicy({ fetch, userAgent: 'matome' }),
        scheduler: createHostScheduler({ minIntervalMs: 50 }),
      },
    });
    const job = jobs.start({ sources: [], feed: { url: `${origin}/feed.xml`, pick: 2 } });
    const seen: ProgressEvent[] = [];
    const ended = new Promise<void>((resolve) =>
      jobs.subscribe(job.id, (event) => {
        if (event.type === 'progress') seen.push(event.progress);
        else resolve();
      }),
    );
    await ended;
    const done = jobs.get(job.id);
    assert.equal(done?.status, 'done', JSON.stringify(done?.error));
    assert.deepEqual(
      seen.filter((event) => event.stage === 'read').map((event) => event.input),
      [`${origin}/${PAGES[0]}`, `${origin}/${PAGES[1]}`],
    );
    assert.ok(requested.includes('/robots.txt'), 'robots.txt was asked first');
    assert.ok(!requested.includes(`/${PAGES[2]}`), 'only the picked items were fetched');
    const stored = await fixture.store.getArticle(done?.articleId ?? 0);
    assert.ok(stored);
    assert.deepEqual(
      stored.article.sources.map((source) => source.url),
      await Promise.all(stored.snapshotIds.map(async (id) => (await fixture.store.getSnapshot(id))?.url)),
    );
  });

  it('refuses a file source when no sources folder is set, before queueing anything', () => {
    const jobs = createBuildJobs({
      store: fixture.store,
      tokenizer: fixture.tokenizer,
      engine: createOfflineEngine(),
      access: {},
    });
    assert.throws(() => jobs.start({ sources: ['local-railway'] }), /files are not enabled on this server/);
  });
});
