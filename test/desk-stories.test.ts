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
          'main img, main script, main iframe, main svg, main object, main embed, main form, main input',
        ).length,
        links: [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href') ?? ''),
      })`)) as { text: string; injected: number; links: string[] };
      assert.deepEqual(dialogs, []);
      assert.equal(shown.injected, 0);
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
});
