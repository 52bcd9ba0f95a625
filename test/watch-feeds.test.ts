import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { articleFacts } from '../src/domain/article.ts';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { createGuardedFetch } from '../src/fetch/guarded-fetch.ts';
import { createHostScheduler } from '../src/fetch/host-scheduler.ts';
import { createRobotsPolicy } from '../src/fetch/robots-policy.ts';
import { createFeedWatcher, type RoundSummary } from '../src/pipeline/watch-feeds.ts';
import { renderArticle } from '../src/render/index.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import { createStoryStore, type StoryStore } from '../src/store/create-story-store.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { lintArticle } from '../src/verify/lint-article.ts';
import { lintText } from '../src/verify/lint-text.ts';
import {
  BUS,
  FESTIVAL,
  FIRE,
  FIRE_TITLE,
  type Item,
  type Outlet,
  outletWorld,
  QUAKE_RESEARCH,
  startOutlet,
} from './support/news-outlets.ts';

/**
 * Three invented outlets, each a loopback server with a feed, article pages and a robots.txt, publish
 * items about four invented stories as simulated time passes; the watcher runs rounds on an injected
 * clock. Everything here is invented news written for this test.
 */

let clock = Date.parse('2026-12-01T09:00:00+09:00');
const now = () => new Date(clock);
const at = (hhmm: string) => Date.parse(`2026-12-01T${hhmm}:00+09:00`);
const world = outletWorld(() => clock);
const { datelines, ads, shares } = world;

describe('matome watch on loopback feeds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matome-watch-'));
  const storePath = join(dir, 'store.db');
  let tokenizer: Tokenizer;
  let outlets: Outlet[] = [];
  let minami: Outlet;
  let kita: Outlet;
  let higashi: Outlet;
  const events: string[] = [];

  before(async () => {
    tokenizer = await createTokenizer();
    outlets = [
      await startOutlet('南日報', world),
      await startOutlet('北海新聞', world),
      await startOutlet('東都タイムズ', world),
    ];
    [minami, kita, higashi] = outlets as [Outlet, Outlet, Outlet];
    const item = (
      path: string,
      hhmm: string,
      title: string,
      description: string,
      paragraphs: string[],
    ): Item => ({
      path,
      published: `2026-12-01T${hhmm}:00+09:00`,
      title,
      description,
      paragraphs,
    });
    ads.set('北海新聞/bus.html', '【PR】今なら初月無料、北海新聞デジタルをお試しください。');
    minami.items.push(
      item(
        '/fire.html',
        '09:05',
        FIRE_TITLE,
        '白浜市の化学工場で1日朝、火災があり従業員3人がけがをした。',
        FIRE(''),
      ),
      item(
        '/festival.html',
        '09:20',
        '北川村で「雪灯り祭り」の準備始まる',
        '北川村で冬の行事、雪灯り祭りの準備が始まった。',
        FESTIVAL,
      ),
      item(
        '/research.html',
        '10:00',
        '南浦大学、地震の揺れを5秒早く検知',
        '南浦大学が光ファイバーで地震を早く知らせる方法を開発した。',
        QUAKE_RESEARCH,
      ),
      // Published before the bus story's first item, but listed only later: it joins the story, which keeps its name.
      {
        ...item(
          '/bus.html',
          '09:01',
          '鷹野町の町営バス、3路線を来年3月末で廃止',
          '鷹野町の町営バス3路線が来年3月末で廃止されることになった。',
          BUS('85'),
        ),
        listed: '2026-12-01T10:35:00+09:00',
      },
    );
    kita.items.push(
      item(
        '/bus.html',
        '09:03',
        '鷹野町営バス3路線、来年3月で廃止',
        '鷹野町の町営バス3路線が来年3月末で廃止される。',
        BUS('85'),
      ),
      item(
        '/fire.html',
        '09:08',
        '白浜ケミカル工場で火災 3人軽傷',
        '白浜市港町の白浜ケミカルの工場で火災、従業員3人が軽傷。',
        FIRE('工場は操業を止めた。'),
      ),
    );
    higashi.items.push(
      item(
        '/bus.html',
        '09:09',
        '鷹野町、町営バス3路線を廃止へ',
        '鷹野町は町営バスの3路線を来年3月末で廃止する。',
        BUS('85'),
      ),
      item(
        '/fire.html',
        '10:30',
        '白浜市の工場火災、原因を調査',
        '白浜市の化学工場の火災で、警察と消防が原因を調べている。',
        FIRE('警察と消防が出火原因を調べている。'),
      ),
      // Story D's second source sits under /private/, which robots.txt disallows.
      item(
        '/private/research.html',
        '10:05',
        '南浦大、地震を5秒早く知らせる技術',
        '南浦大学の研究チームが地震の揺れを早く捉える技術を開発。',
        QUAKE_RESEARCH,
      ),
    );
  });

  after(() => {
    if (process.env.WATCH_EVENTS) writeFileSync(process.env.WATCH_EVENTS, events.join('\n'));
    for (const outlet of outlets) {
      outlet.server.closeAllConnections();
      outlet.server.close();
    }
    if (process.env.WATCH_KEEP) console.error(storePath);
    else rmSync(dir, { recursive: true, force: true });
  });

  /** A watcher over the three outlets' feeds on the given store connections. */
  function watcherOn(store: ReturnType<typeof createSqliteStore>, stories: StoryStore) {
    const fetch = createGuardedFetch({ allowHosts: ['127.0.0.1'] });
    return createFeedWatcher(
      outlets.map((outlet) => `${outlet.origin}/feed.xml`),
      {
        fetch,
        robots: createRobotsPolicy({ fetch, userAgent: 'matome', now: () => clock }),
        scheduler: createHostScheduler({ minIntervalMs: 0, maxConcurrentPerHost: 4 }),
        store,
        stories,
        tokenizer,
        engine: createOfflineEngine(),
        now,
        onEvent: (line) => events.push(line),
      },
    );
  }

  /** One round of the watcher at simulated time `hhmm`, with a fresh store connection like a cron run. */
  async function roundAt(hhmm: string): Promise<RoundSummary> {
    clock = at(hhmm);
    const store = createSqliteStore(storePath, { now });
    const stories = createStoryStore(storePath, { now });
    try {
      return await watcherOn(store, stories).round();
    } finally {
      await store.close();
      await stories.close();
    }
  }

  async function storyArticles() {
    const stories = createStoryStore(storePath, { now });
    const store = createSqliteStore(storePath, { now });
    try {
      const rows = [];
      for (const row of await stories.listStoryArticles()) {
        const stored = await store.getArticle(row.articleId);
        assert.ok(stored);
        rows.push({ ...row, article: stored.article });
      }
      return rows;
    } finally {
      await stories.close();
      await store.close();
    }
  }

  const storyOf = (rows: Awaited<ReturnType<typeof storyArticles>>, needle: string) =>
    rows.filter((row) => row.links.some((link) => link.includes(needle)));

  it('builds one article per story with two sources or more, and none for a single-source story', async () => {
    const summary = await roundAt('09:30');
    assert.equal(summary.polled, 3);
    assert.equal(summary.newItems, 5);
    const rows = await storyArticles();
    assert.equal(rows.length, 2, events.join('\n'));
    const fire = storyOf(rows, '/fire.html');
    const bus = storyOf(rows, '/bus.html');
    assert.equal(fire.length, 1);
    assert.equal(bus.length, 1);
    assert.deepEqual(
      fire[0]?.links.sort(),
      [`${kita.origin}/fire.html`, `${minami.origin}/fire.html`].sort(),
    );
    assert.deepEqual(bus[0]?.links.sort(), [`${higashi.origin}/bus.html`, `${kita.origin}/bus.html`].sort());
    // Each article is built from its story's pages, one section per source.
    assert.deepEqual(fire[0]?.article.sources.map((source) => source.url).sort(), fire[0]?.links.sort());
    assert.equal(fire[0]?.article.sections.length, 2);
    assert.match(JSON.stringify(fire[0]?.article.sections), /白浜ケミカル/);
    assert.match(JSON.stringify(bus[0]?.article.sections), /町営バス/);
    assert.equal(storyOf(rows, '/festival.html').length, 0);
  });

  it('asks again with the validators and stores no new snapshot for a 304', async () => {
    const before304 = outlets.reduce((sum, outlet) => sum + outlet.notModified, 0);
    const store = createSqliteStore(storePath, { now });
    const counts = await Promise.all(
      outlets.map(async (outlet) => (await store.listSnapshots(`${outlet.origin}/feed.xml`)).length),
    );
    await store.close();
    const summary = await roundAt('09:40');
    assert.equal(summary.polled, 3);
    assert.equal(summary.newItems, 0);
    assert.ok(outlets.reduce((sum, outlet) => sum + outlet.notModified, 0) >= before304 + 3);
    const again = createSqliteStore(storePath, { now });
    assert.deepEqual(
      await Promise.all(
        outlets.map(async (outlet) => (await again.listSnapshots(`${outlet.origin}/feed.xml`)).length),
      ),
      counts,
    );
    await again.close();
    assert.ok(events.some((line) => /feed\.xml: not modified/.test(line)));
  });

  it('rebuilds a story when a new source joins, and honours robots.txt for a disallowed one', async () => {
    await roundAt('10:40');
    const rows = await storyArticles();
    const fire = storyOf(rows, '/fire.html');
    assert.deepEqual(
      fire.map((row) => [row.revision, row.reason, row.links.length]),
      [
        [1, 'sources', 2],
        [2, 'sources', 3],
      ],
    );
    // The bus story keeps its name and its article's history when an earlier item is listed late:
    // stored assignments are never decided again.
    const bus = storyOf(rows, '/bus.html');
    assert.deepEqual(
      bus.map((row) => [row.revision, row.reason, row.links.length]),
      [
        [1, 'sources', 2],
        [2, 'sources', 3],
      ],
    );
    assert.deepEqual([...new Set(bus.map((row) => row.story))], [`story:${kita.origin}/bus.html`]);
    const stories = createStoryStore(storePath, { now });
    const storyOfLink = async (link: string) =>
      (await stories.listAssignments()).find((a) => a.id === link)?.story;
    assert.equal(await storyOfLink(`${kita.origin}/bus.html`), `story:${kita.origin}/bus.html`);
    assert.equal(await storyOfLink(`${minami.origin}/bus.html`), `story:${kita.origin}/bus.html`);
    await stories.close();
    // Story D: one readable source, one that robots.txt disallows → no article, and the page never fetched.
    assert.equal(storyOf(rows, 'research.html').length, 0);
    assert.equal(higashi.requests.includes('/private/research.html'), false);
    assert.ok(
      events.some((line) =>
        /private\/research\.html: Refused to fetch: .*robots\.txt: Disallow: \/private\//.test(line),
      ),
    );
  });

  it('adds no revision when only a date line, an advertisement or a share count changes', async () => {
    const before = (await storyArticles()).length;
    datelines.set(`北海新聞/bus.html`, '2026年12月1日 11時45分 更新');
    ads.set('北海新聞/bus.html', '【PR】今なら3か月無料、北海新聞デジタルを読めます。');
    shares.set('北海新聞/bus.html', 245);
    const store = createSqliteStore(storePath, { now });
    const busUrl = `${kita.origin}/bus.html`;
    const snapshotsBefore = (await store.listSnapshots(busUrl)).length;
    await store.close();
    const summary = await roundAt('11:50');
    assert.ok(summary.checked >= 1);
    const after = createSqliteStore(storePath, { now });
    // The page did change (a new snapshot with another hash), yet nothing the article cites did.
    const history = await after.listSnapshots(busUrl);
    await after.close();
    assert.equal(history.length, snapshotsBefore + 1);
    assert.notEqual(history[0]?.contentHash, history[1]?.contentHash);
    assert.equal((await storyArticles()).length, before);
    // The page was read and compared sentence by sentence: extraction leaves the date line, the ad
    // block and the share count out of the main text, so no sentence differs.
    const compared = events.findLast((line) => line.startsWith(`source ${busUrl}: changed`));
    assert.match(compared ?? '', /changed \(0 sentences differ, 0 the article must report\)/);
  });

  it('adds a dated 追記 revision naming the change when a source changes a number the article cites', async () => {
    const bus = storyOf(await storyArticles(), '/bus.html');
    assert.equal(bus.length, 2);
    const first = bus[1];
    assert.ok(first);
    // The article cites the sentence with the riders' count from one of its sources: that outlet revises it.
    const span = articleFacts(first.article)
      .flatMap((fact) => fact.evidence)
      .find((evidence) => evidence.text.includes('85人'));
    assert.ok(span, 'the first revision cites the riders count');
    const url = first.article.sources.find((source) => source.id === span.sourceId)?.url ?? '';
    const outlet = outlets.find((candidate) => url.startsWith(candidate.origin));
    assert.ok(outlet);
    const item = outlet.items.find((candidate) => candidate.path === '/bus.html');
    assert.ok(item);
    item.paragraphs = BUS('62');
    await roundAt('12:10');
    const revisions = storyOf(await storyArticles(), '/bus.html');
    assert.deepEqual(
      revisions.map((row) => [row.revision, row.reason]),
      [
        [1, 'sources'],
        [2, 'sources'],
        [3, 'update'],
      ],
    );
    const latest = revisions[2]?.article;
    assert.ok(latest?.updates);
    assert.equal(latest.updates.length, 1);
    const [note] = latest.updates;
    assert.equal(note?.kind, 'update');
    assert.equal(note?.outlet, outlet.name);
    assert.match(note?.text ?? '', /1日平均85人.*」が「.*1日平均62人/);
    assert.equal(note?.at, new Date(at('12:10')).toISOString());
    // The previous revision is kept as it was; every format shows the note.
    assert.equal(revisions[1]?.article.updates, undefined);
    assert.match(
      renderArticle(latest, 'txt'),
      new RegExp(
        `※追記（2026/12/01 12:10）: ${outlet.name}の記事で「.*85人.*」が「.*62人.*」に改められました。`,
      ),
    );
    assert.match(renderArticle(latest, 'md'), /追記（2026\/12\/01 12:10）/);
    assert.match(
      renderArticle(latest, 'html'),
      new RegExp(`<aside class="updates"[^>]*>\\n<p>※追記（2026/12/01 12:10）: ${outlet.name}の記事で`),
    );
    assert.match(renderArticle(latest, 'json'), /"updates"/);
    // The linter reads the notes as notice lines in every format, and the Article as valid.
    const lintErrors = (format: 'txt' | 'md' | 'html') =>
      lintText(renderArticle(latest, format), format).filter((finding) => finding.severity === 'error');
    const baseline = (format: 'txt' | 'md' | 'html') =>
      lintText(renderArticle(revisions[1]?.article ?? latest, format), format).filter(
        (finding) => finding.severity === 'error',
      );
    for (const format of ['txt', 'md', 'html'] as const)
      assert.deepEqual(
        lintErrors(format).map((finding) => finding.code),
        baseline(format).map((finding) => finding.code),
        format,
      );
    assert.deepEqual(
      lintArticle(latest).filter((finding) => finding.severity === 'error'),
      [],
    );
  });

  it('shows a source correcting itself as 訂正', async () => {
    const fire = storyOf(await storyArticles(), '/fire.html');
    const last = fire.at(-1);
    assert.ok(last);
    const item = higashi.items.find((candidate) => candidate.path === '/fire.html');
    assert.ok(item);
    item.paragraphs = [
      ...item.paragraphs,
      '初出時、出動した消防車の台数に誤りがありました。おわびして訂正します。',
    ];
    await roundAt('13:30');
    const after = storyOf(await storyArticles(), '/fire.html');
    assert.equal(after.length, fire.length + 1);
    const latest = after.at(-1)?.article;
    assert.equal(after.at(-1)?.reason, 'update');
    const corrections = latest?.updates?.filter((update) => update.kind === 'correction') ?? [];
    assert.ok(corrections.length >= 1, JSON.stringify(latest?.updates));
    assert.equal(corrections[0]?.outlet, '東都タイムズ');
    assert.match(
      renderArticle(latest ?? last.article, 'txt'),
      /※訂正（2026\/12\/01 13:30）: 東都タイムズの記事で「.*おわびして訂正します。」が加わりました。/,
    );
  });

  it('reads, after a long-running watcher’s first round, only the stories that gained an item', async () => {
    const store = createSqliteStore(storePath, { now });
    const real = createStoryStore(storePath, { now });
    const reads: string[] = [];
    const stories: StoryStore = {
      ...real,
      listItemsAfter: (position) => {
        if (position === 0) reads.push('every item');
        return real.listItemsAfter(position);
      },
      listAssignments: (items) => {
        if (items === undefined) reads.push('every assignment');
        return real.listAssignments(items);
      },
      listStoryEntries: (named) => {
        reads.push(...named);
        return real.listStoryEntries(named);
      },
    };
    const watcher = watcherOn(store, stories);
    try {
      clock = at('13:40');
      await watcher.round();
      assert.ok(reads.includes('every item') && reads.includes('every assignment'), reads.join(', '));
      // Nothing new: the next round reads no story.
      reads.length = 0;
      clock = at('13:50');
      assert.deepEqual((await watcher.round()).built, []);
      assert.deepEqual(reads, []);
      // A new item about the bus story: only the story it joins is read, and it is rebuilt.
      minami.items.push({
        path: '/bus-meeting.html',
        published: '2026-12-01T13:55:00+09:00',
        title: '鷹野町営バス3路線の廃止、来年3月末で',
        description: '鷹野町の町営バス3路線が来年3月末で廃止される。',
        paragraphs: BUS('85'),
      });
      // (Past the longest wait between polls of a quiet feed, so every feed is due.)
      clock = at('16:10');
      const summary = await watcher.round();
      const busStory = (await real.listAssignments([`${kita.origin}/bus.html`]))[0]?.story;
      assert.deepEqual([...new Set(reads)], [busStory], reads.join(', '));
      assert.deepEqual(
        summary.built.map((built) => [built.story, built.revision.reason, built.revision.links.length]),
        [[busStory, 'sources', 4]],
      );
    } finally {
      await store.close();
      await real.close();
    }
  });
});
