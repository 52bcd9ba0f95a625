// The desk's stories page and API on a real server (loopback, port 0) and in Debian's chromium:
// each story's items, its article's revisions and the 追記 / 訂正 notes each revision added, every
// text escaped (the shared XSS corpus as headlines, outlets and notes). Invented news only.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { type ArticleUpdate, DisplayTextSchema } from '../src/domain/article.ts';
import { escapeHtml } from '../src/render/render-html.ts';
import { type DeskServer, startDeskServer } from '../src/server/start-desk-server.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import { createStoryStore } from '../src/store/create-story-store.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';
import { sampleArticle } from './support/article-factory.ts';
import { sharedData } from './support/shared-data.ts';
import { packPayloads, xssPayloads } from './support/xss-pages.ts';

const CHROMIUM = process.env.MATOME_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update'];
const TOKEN = 'stories-desk-token-0123456789';
const xss = sharedData('data/xss');

describe('the desk’s stories', { skip: xss.skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'matome-desk-stories-'));
  const path = join(dir, 'store.db');
  const store = createSqliteStore(path);
  const stories = createStoryStore(path);
  let server: DeskServer;
  let payloads: string[] = [];
  const added: ArticleUpdate = {
    at: '2026-12-01T03:10:00.000Z',
    kind: 'update',
    outlet: '北海新聞',
    url: 'https://kita.example/bus.html',
    text: '「3路線の利用者は1日平均85人」が「3路線の利用者は1日平均62人」に改められました。',
  };
  let corrected: ArticleUpdate;

  before(async () => {
    // Payload groups that an article's notes may carry (one line, no control characters).
    payloads = packPayloads(xssPayloads(), 160).filter((text) => DisplayTextSchema.safeParse(text).success);
    assert.ok(payloads.length >= 4, 'XSS payload groups');
    corrected = {
      at: '2026-12-01T05:40:00.000Z',
      kind: 'correction',
      outlet: payloads[2] as string,
      url: 'javascript:alert(1)',
      text: payloads[3] as string,
    };
    const item = (id: string, title: string, outlet: string, link: string, published: string) => ({
      id,
      title,
      outlet,
      link,
      description: '',
      published,
    });
    await stories.saveItems([
      item(
        'a1',
        '鷹野町の町営バス、3路線を来年3月末で廃止',
        '北海新聞',
        'https://kita.example/bus.html',
        '2026-12-01T09:03:00+09:00',
      ),
      item(
        'a2',
        payloads[0] as string,
        payloads[1] as string,
        'javascript:alert(2)',
        '2026-12-01T09:09:00+09:00',
      ),
      item(
        'b1',
        '北川村で雪灯り祭りの準備始まる',
        '東都タイムズ',
        'https://higashi.example/festival.html',
        '2026-12-01T08:00:00+09:00',
      ),
    ]);
    await stories.saveAssignments([
      { id: 'a1', story: 'story:a1', reason: { decision: 'new', score: 0 } },
      { id: 'a2', story: 'story:a1', reason: { decision: 'joined', score: 0.31 } },
      { id: 'b1', story: 'story:b1', reason: { decision: 'new', score: 0 } },
    ]);
    const links = ['https://kita.example/bus.html', 'https://higashi.example/bus.html'];
    const revision = async (updates: ArticleUpdate[], reason: 'sources' | 'update') => {
      const article = updates.length === 0 ? sampleArticle() : { ...sampleArticle(), updates };
      const saved = await store.saveArticle({ slug: 'story-bus', article, snapshotIds: [] });
      await stories.addStoryArticle({ story: 'story:a1', articleId: saved.id, reason, links });
    };
    await revision([], 'sources');
    await revision([added], 'update');
    await revision([added, corrected], 'update');
    server = await startDeskServer({
      store,
      stories,
      tokenizer: await createTokenizer({ kind: 'segmenter' }),
      editors: new Map([[TOKEN, '佐藤']]),
      port: 0,
    });
  });

  after(async () => {
    await server?.close();
    await stories.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function session(): Promise<string> {
    const login = await fetch(`${server.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TOKEN }),
      redirect: 'manual',
    });
    return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }

  it('lists each story’s items and revisions, with each 追記 / 訂正 note under the revision that added it', async () => {
    const anonymous = await fetch(`${server.url}/stories`, { redirect: 'manual' });
    assert.equal(anonymous.status, 303);
    assert.equal((await fetch(`${server.url}/api/stories`)).status, 401);

    const answer = await fetch(`${server.url}/api/stories`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const body = (await answer.json()) as {
      total: number;
      stories: Array<{
        story: string;
        items: Array<{ id: string; decision: string }>;
        revisions: Array<{ revision: number; reason: string; updates: ArticleUpdate[] }>;
      }>;
    };
    assert.equal(body.total, 2);
    // The story with the newest item first.
    assert.deepEqual(
      body.stories.map((story) => [story.story, story.items.map((item) => `${item.id}:${item.decision}`)]),
      [
        ['story:a1', ['a1:new', 'a2:joined']],
        ['story:b1', ['b1:new']],
      ],
    );
    const bus = body.stories[0];
    assert.deepEqual(
      bus?.revisions.map((revision) => [revision.revision, revision.reason, revision.updates]),
      [
        [1, 'sources', []],
        [2, 'update', [added]],
        [3, 'update', [corrected]],
      ],
    );
    assert.deepEqual(body.stories[1]?.revisions, []);

    const page = await fetch(`${server.url}/stories`, { headers: { cookie: await session() } });
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<h2 id="story-1-title">鷹野町の町営バス、3路線を来年3月末で廃止<\/h2>/u);
    assert.match(
      html,
      /<strong>追記<\/strong> <time datetime="2026-12-01T03:10:00.000Z">2026-12-01T03:10:00.000Z<\/time> <a href="https:\/\/kita.example\/bus.html" rel="noopener noreferrer">北海新聞<\/a>: 「3路線の利用者は1日平均85人」が「3路線の利用者は1日平均62人」に改められました。/u,
    );
    assert.equal(
      html.split('1日平均62人').length - 1,
      1,
      'a note is shown once, under the revision that added it',
    );
    assert.match(html, /<strong>訂正<\/strong> <time datetime="2026-12-01T05:40:00.000Z">/u);
    assert.match(html, /<td>2<\/td><td>情報源の更新<\/td>/u);
    assert.match(html, /<td>1<\/td><td>情報源の追加<\/td>/u);
    assert.match(html, /まとめ記事はまだありません/u);
    // Every text escaped; a link that is not http(s) is shown as text, never as a link.
    for (const payload of payloads.slice(0, 4)) {
      assert.ok(html.includes(escapeHtml(payload)), `escaped: ${payload.slice(0, 40)}`);
      if (/[<>"]/u.test(payload)) assert.ok(!html.includes(payload), `raw: ${payload.slice(0, 40)}`);
    }
    assert.doesNotMatch(html, /href="javascript:/iu);
  });

  it('shows the stories as text in Chromium: no script runs, no element injected, no serious accessibility problem', async (t) => {
    if (!existsSync(CHROMIUM)) {
      const reason = `Browser tests need Chromium: ${CHROMIUM} (not found). Install it with "apt-get install -y chromium" or set MATOME_CHROMIUM.`;
      if (process.env.MATOME_REQUIRE_SHARED_DATA === '1') throw new Error(reason);
      t.skip(reason);
      return;
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const context = await browser.newContext({ baseURL: server.url });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto('/login');
      await page.fill('#token', TOKEN);
      await Promise.all([page.waitForURL(`${server.url}/`), page.press('#token', 'Enter')]);
      await page.click('a[href="/stories"]');
      await page.waitForURL(`${server.url}/stories`);
      // Read in the page (as a string: the tests are compiled without the DOM's types).
      const shown = (await page.evaluate(`({
        text: document.querySelector('main')?.textContent ?? '',
        injected: document.querySelectorAll(
          'main img, main script, main iframe, main svg, main object, main embed',
        ).length,
        forms: [...document.querySelectorAll('main form')].map((form) => form.getAttribute('action')),
        inputs: [...document.querySelectorAll('main input')].map(
          (input) => input.getAttribute('type') + ' ' + input.getAttribute('name'),
        ),
        links: [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href') ?? ''),
      })`)) as { text: string; injected: number; forms: string[]; inputs: string[]; links: string[] };
      assert.deepEqual(dialogs, []);
      assert.equal(shown.injected, 0);
      // Only the desk's own forms: one merge form for the page, a split form for the story of two items.
      assert.deepEqual(shown.forms, ['/stories/merge', '/stories/split']);
      assert.deepEqual([...new Set(shown.inputs)].sort(), [
        'checkbox item',
        'checkbox story',
        'hidden csrf',
        'hidden page',
        'hidden story',
      ]);
      assert.ok(
        shown.links.every((href) => /^(https?:\/\/|\/articles\/\d+$)/u.test(href)),
        shown.links.join(' '),
      );
      assert.ok(shown.text.includes(payloads[3] as string), 'the payload is shown as text');
      assert.ok(shown.text.includes('訂正'));
      const result = await new AxeBuilder({ page }).analyze();
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(
        serious.map((v) => `${v.id} ${v.nodes[0]?.target ?? ''}`),
        [],
      );
      await context.close();
    } finally {
      await browser.close();
    }
  });
  it('lets an editor split items off a story and merge stories, by the API and by the page’s forms', async () => {
    const api = (path: string, body: unknown) =>
      fetch(`${server.url}/api/stories/${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const storiesNow = async () =>
      (
        (await (
          await fetch(`${server.url}/api/stories`, { headers: { authorization: `Bearer ${TOKEN}` } })
        ).json()) as { stories: Array<{ story: string; items: Array<{ id: string; decision: string }> }> }
      ).stories
        .map(
          (story) => `${story.story}: ${story.items.map((item) => `${item.id} ${item.decision}`).join(', ')}`,
        )
        .sort();

    // Refused, with the reason: every item of a story, an item of another story, a story that is not there.
    const all = await api('split', { story: 'story:a1', items: ['a1', 'a2'] });
    assert.equal(all.status, 400);
    assert.match(
      ((await all.json()) as { error: { message: string } }).error.message,
      /every item of "story:a1"/u,
    );
    const stray = await api('split', { story: 'story:a1', items: ['b1'] });
    assert.equal(stray.status, 400);
    assert.match(
      ((await stray.json()) as { error: { message: string } }).error.message,
      /item "b1" is not in story "story:a1"/u,
    );
    const none = await api('merge', { stories: ['story:a1', 'story:nope'] });
    assert.equal(none.status, 400);
    assert.match(
      ((await none.json()) as { error: { message: string } }).error.message,
      /no story "story:nope"/u,
    );
    assert.equal((await api('merge', { stories: ['story:a1'] })).status, 400);
    assert.equal((await fetch(`${server.url}/api/stories/merge`, { method: 'POST' })).status, 401);
    assert.deepEqual(await stories.listCorrections(), []);

    // The API splits a2 off its story.
    const split = await api('split', { story: 'story:a1', items: ['a2'] });
    assert.equal(split.status, 200);
    assert.deepEqual(await split.json(), { correction: 1, moved: [{ id: 'a2', story: 'split:a2' }] });
    assert.deepEqual(await storiesNow(), [
      'split:a2: a2 editor-split',
      'story:a1: a1 new',
      'story:b1: b1 new',
    ]);

    // The page's merge form joins the ticked stories into the first; without its CSRF token it is refused.
    const cookie = await session();
    const page = await (await fetch(`${server.url}/stories`, { headers: { cookie } })).text();
    const csrf = /name="csrf" value="([^"]+)"/u.exec(page)?.[1] ?? '';
    assert.ok(csrf !== '', 'the page carries its CSRF token');
    assert.match(page, /<input type="checkbox" form="merge-stories" name="story" value="split:a2"/u);
    const form = (fields: Array<[string, string]>) =>
      fetch(`${server.url}/stories/merge`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
        redirect: 'manual',
      });
    const forged = await form([
      ['story', 'story:a1'],
      ['story', 'split:a2'],
    ]);
    assert.equal(forged.status, 403);
    const merged = await form([
      ['csrf', csrf],
      ['page', '1'],
      ['story', 'story:a1'],
      ['story', 'split:a2'],
    ]);
    assert.equal(merged.status, 303);
    assert.equal(merged.headers.get('location'), '/stories');
    assert.deepEqual(await storiesNow(), ['story:a1: a1 new, a2 editor-merge', 'story:b1: b1 new']);
    assert.deepEqual(await stories.listCorrections(), [
      { kind: 'split', items: ['a2'] },
      { kind: 'merge', items: ['a1', 'a2'] },
    ]);
    const [a2] = await stories.listAssignments(['a2']);
    assert.deepEqual(a2?.reason, { decision: 'editor-merge', correction: 2, was: 'split:a2' });
  });
});

describe('the desk’s stories, paged', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matome-desk-story-pages-'));
  const path = join(dir, 'store.db');
  const store = createSqliteStore(path);
  const stories = createStoryStore(path);
  let server: DeskServer;
  const STORIES = 250;
  // Story n's newest item is published n hours after the start, so the newest story is the last.
  const start = Date.parse('2026-11-01T00:00:00Z');
  const expected = Array.from({ length: STORIES }, (_, n) => `story:s${STORIES - 1 - n}`);

  before(async () => {
    const items = [];
    const assignments = [];
    for (let n = 0; n < STORIES; n++) {
      // One to three items per story, the earlier ones up to two hours before the newest; written
      // in Japan time (+09:00), so ordering by text would not be ordering by time.
      for (let k = 0; k <= n % 3; k++) {
        const at = new Date(start + n * 3_600_000 - k * 2_400_000 + 9 * 3_600_000);
        const id = `s${n}-${k}`;
        items.push({
          id,
          outlet: ['北海新聞', '東都タイムズ', '湊日報'][k] as string,
          title: `架空町${n}で地区の催し ${k + 1}報`,
          description: '',
          link: `https://kaku.example/${id}.html`,
          published: `${at.toISOString().slice(0, 19)}+09:00`,
        });
        assignments.push({
          id,
          story: `story:s${n}`,
          reason: { decision: k === n % 3 ? 'new' : 'joined', score: 0.3 },
        });
      }
    }
    await stories.saveItems(items);
    await stories.saveAssignments(assignments);
    server = await startDeskServer({
      store,
      stories,
      tokenizer: await createTokenizer({ kind: 'segmenter' }),
      editors: new Map([[TOKEN, '佐藤']]),
      port: 0,
    });
  });

  after(async () => {
    await server?.close();
    await stories.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const api = async (query: string) =>
    fetch(`${server.url}/api/stories${query}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  type Page = {
    total: number;
    offset: number;
    limit: number;
    stories: Array<{ story: string; latest: string; items: Array<{ id: string }> }>;
  };

  it('pages the API newest first with the total: every story once, each with all its items', async () => {
    const first = (await (await api('')).json()) as Page;
    assert.equal(first.total, STORIES);
    assert.equal(first.offset, 0);
    assert.equal(first.limit, 100);
    assert.equal(first.stories.length, 100);
    const seen: string[] = [];
    for (let offset = 0; offset < STORIES; offset += 40) {
      const page = (await (await api(`?offset=${offset}&limit=40`)).json()) as Page;
      assert.equal(page.total, STORIES);
      assert.equal(page.stories.length, Math.min(40, STORIES - offset));
      for (const story of page.stories) {
        const n = Number(story.story.slice('story:s'.length));
        assert.equal(story.items.length, (n % 3) + 1, story.story);
        assert.ok(
          story.items.every((item) => item.id.startsWith(`s${n}-`)),
          story.story,
        );
      }
      seen.push(...page.stories.map((story) => story.story));
    }
    assert.deepEqual(seen, expected);
    assert.deepEqual(
      first.stories.map((story) => story.story),
      expected.slice(0, 100),
    );
    const times = first.stories.map((story) => Date.parse(story.latest));
    assert.ok(
      times.every((time, index) => index === 0 || time <= (times[index - 1] as number)),
      'newest first',
    );
    const past = (await (await api('?offset=250')).json()) as Page;
    assert.deepEqual([past.stories, past.total], [[], STORIES]);
  });

  it('refuses an offset or limit that is not a whole number in range, naming it', async () => {
    for (const [query, name] of [
      ['?limit=0', 'limit'],
      ['?limit=101', 'limit'],
      ['?offset=-1', 'offset'],
      ['?offset=abc', 'offset'],
    ] as const) {
      const answer = await api(query);
      assert.equal(answer.status, 400, query);
      const body = (await answer.json()) as { error: { code: string; message: string; hint?: string } };
      assert.equal(body.error.code, 'INVALID_ARGUMENT', query);
      assert.match(body.error.message, new RegExp(`Invalid ${name}`, 'u'), query);
      assert.match(body.error.hint ?? '', /whole number/u, query);
    }
  });

  it('pages the stories page 100 at a time with counts and newer / older links', async () => {
    const login = await fetch(`${server.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TOKEN }),
      redirect: 'manual',
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const page = async (query: string) => {
      const answer = await fetch(`${server.url}/stories${query}`, { headers: { cookie } });
      return { status: answer.status, html: await answer.text() };
    };
    const headings = (html: string) =>
      [...html.matchAll(/<h2 id="story-(\d+)-title">架空町(\d+)で/gu)].map((match) => [
        Number(match[1]),
        Number(match[2]),
      ]);

    const first = await page('');
    assert.equal(first.status, 200);
    assert.match(first.html, /新しい順に 1〜100 件目（全 250 件）/u);
    assert.deepEqual(headings(first.html)[0], [1, 249]);
    assert.equal(headings(first.html).length, 100);
    assert.match(first.html, /<a href="\/stories\?page=2" rel="next">/u);
    assert.doesNotMatch(first.html, /rel="prev"/u);

    const second = await page('?page=2');
    assert.match(second.html, /新しい順に 101〜200 件目（全 250 件）/u);
    assert.deepEqual(headings(second.html)[0], [101, 149]);
    assert.match(second.html, /<a href="\/stories\?page=1" rel="prev">/u);
    assert.match(second.html, /<a href="\/stories\?page=3" rel="next">/u);

    const last = await page('?page=3');
    assert.match(last.html, /新しい順に 201〜250 件目（全 250 件）/u);
    assert.deepEqual(headings(last.html).at(-1), [250, 0]);
    assert.doesNotMatch(last.html, /rel="next"/u);

    const beyond = await page('?page=9');
    assert.equal(beyond.status, 200);
    assert.match(beyond.html, /このページにストーリーはありません（全 250 件）/u);
    assert.equal((await page('?page=0')).status, 400);
  });
});
