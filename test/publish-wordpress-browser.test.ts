// A post matome published, as WordPress renders it, in Chromium (Debian's, through playwright-core):
// the article's title, 💡 points, source cards and links are on the page, and no payload of
// ../shared/data/xss/ placed in a source's title, site name or body runs; a featured image is shown
// by the theme, its credit in the post as text.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import type { Article } from '../src/domain/article.ts';
import { readFeaturedImage } from '../src/publish/featured-image.ts';
import { publishToWordPress } from '../src/publish/publish-to-wordpress.ts';
import { createWordPressClient, type WordPressClient } from '../src/publish/wordpress-client.ts';
import { pointText, shown } from '../src/render/labels.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import type { Store } from '../src/store/store.ts';
import { createDeskFixture, type DeskFixture, SAMPLES } from './support/desk-fixture.ts';
import { sharedData } from './support/shared-data.ts';
import { startWordPress, type WordPressInstance, wordpressUnavailable } from './support/wordpress.ts';
import { writeXssPages, xssPayloads } from './support/xss-pages.ts';

const CHROMIUM = process.env.MATOME_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update'];
const xss = sharedData('data/xss');
const skip = wordpressUnavailable() || xss.skip;

describe('a published post in the browser', { skip, timeout: 300_000 }, () => {
  let wp: WordPressInstance;
  let fixture: DeskFixture;
  let browser: Browser;
  let dir: string;
  let store: Store;
  let client: WordPressClient;

  before(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Browser tests need Chromium: ${CHROMIUM} (not found). Install it with "apt-get install -y chromium" (.ci/run does) or set MATOME_CHROMIUM.`,
      );
    }
    [wp, fixture] = await Promise.all([startWordPress(), createDeskFixture()]);
    const editor = await wp.createUser('editor1', 'editor');
    dir = mkdtempSync(join(tmpdir(), 'matome-publish-browser-'));
    store = createSqliteStore(join(dir, 'store.db'));
    client = createWordPressClient({
      site: wp.url,
      user: editor.name,
      applicationPassword: editor.applicationPassword,
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  after(async () => {
    await browser?.close();
    fixture?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    await wp?.stop();
  });

  const publish = async (article: Article, articleSlug: string) =>
    (await publishToWordPress(article, { store, client, articleSlug, status: 'publish' })).postId;

  it('shows the article text, the 💡 points, the source cards and their links', async () => {
    const id = await fixture.build([join(SAMPLES, 'local-railway')]);
    const article = (await fixture.store.getArticle(id))?.article as Article;
    const postId = await publish(article, 'local-railway');
    const page = await browser.newPage();
    await page.goto(`${wp.url}/?p=${postId}`);
    const text = ((await page.locator('article').first().textContent()) ?? '').replace(/\s+/g, '');
    const squeeze = (value: string) => value.replace(/\s+/g, '');
    assert.ok(text.includes(squeeze(article.title.text)), 'title');
    for (const point of article.leadPoints)
      assert.ok(text.includes(squeeze(pointText(point, article))), 'point');
    for (const section of article.sections) {
      assert.ok(text.includes(squeeze(section.heading.text)), 'heading');
      for (const line of section.card.summary)
        assert.ok(text.includes(squeeze(shown(line))), `card line ${shown(line)}`);
    }
    assert.equal(await page.locator('article aside.card').count(), article.sections.length);
    const links = await page
      .locator('article aside.card a')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => ({ href: anchor.getAttribute('href'), rel: anchor.getAttribute('rel') })),
      );
    assert.deepEqual(
      links.map((link) => link.href),
      article.sections.map((section) => section.card.url),
    );
    for (const link of links) assert.match(link.rel ?? '', /\bnoopener\b/);
    await page.close();
  });

  it('shows the featured image the theme places, and its credit as text', async () => {
    const id = await fixture.build([join(SAMPLES, 'chip-factory')]);
    const article = (await fixture.store.getArticle(id))?.article as Article;
    const credit = '写真: <img src=x onerror=alert(1)> 編集部';
    const image = await readFeaturedImage(article, {
      kind: 'file',
      path: join(import.meta.dirname, 'fixtures', 'images', 'square.png'),
      credit,
    });
    const result = await publishToWordPress(article, {
      store,
      client,
      articleSlug: 'chip-factory',
      status: 'publish',
      ...(image === undefined ? {} : { image }),
    });
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`${wp.url}/?p=${result.postId}`);
    const [guid] = (await wp.sql(`SELECT guid FROM wp_posts WHERE ID = ${result.mediaId}`))[0] ?? [];
    // The page's images, loaded: the script runs in the page (no DOM types here).
    await page.waitForLoadState('load');
    const shown = (await page.evaluate(
      `[...document.images].map((img) => ({ src: img.currentSrc, width: img.naturalWidth }))`,
    )) as { src: string; width: number }[];
    assert.ok(
      shown.some((img) => img.src === guid && img.width === 32),
      `the uploaded image is on the page, loaded: ${JSON.stringify(shown)} (expected ${guid})`,
    );
    assert.equal(await page.locator('article .image-credit').textContent(), `画像: ${credit}`);
    assert.equal(await page.locator('article .image-credit img').count(), 0);
    assert.equal(dialogs, 0);
    await page.close();
  });

  it('runs no XSS payload placed in a source title, site name or body', async (t) => {
    const payloads = xssPayloads();
    const pages = mkdtempSync(join(tmpdir(), 'matome-xss-'));
    t.after(() => rmSync(pages, { recursive: true, force: true }));
    const posts: number[] = [];
    for (const [n, folder] of writeXssPages(pages, payloads).entries()) {
      const id = await fixture.build([folder]);
      posts.push(await publish((await fixture.store.getArticle(id))?.article as Article, `xss-${n}`));
    }
    const context = await browser.newContext();
    let executions = 0;
    await context.exposeBinding('__xssHit', () => {
      executions++;
    });
    await context.addInitScript(`
      for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = () => window.__xssHit(name);
    `);
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      executions++;
      void dialog.dismiss();
    });
    for (const postId of posts) {
      await page.goto(`${wp.url}/?p=${postId}`);
      // Handlers that need an event: hover and focus every element of the article once.
      await page.locator('article').first().waitFor();
      await page.evaluate(`
        for (const element of document.querySelectorAll('article *')) {
          for (const type of ['mouseover', 'focus', 'click', 'load', 'error']) {
            if (type === 'click' && element instanceof HTMLAnchorElement) continue;
            element.dispatchEvent(new Event(type));
          }
        }
      `);
      const injected = await page
        .locator(
          'article script, article iframe, article object, article embed, article [onerror], article [onload], article [onclick]',
        )
        .count();
      assert.equal(injected, 0, `post ${postId} holds active markup`);
    }
    await page.waitForTimeout(300);
    assert.equal(executions, 0);
    assert.ok(posts.length >= 2, `only ${posts.length} xss articles`);
    await context.close();
  });
});
