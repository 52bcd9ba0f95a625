// The review page in a real browser: Debian's chromium driven by playwright-core against a real
// `matome serve` server on loopback. An editor reviews a whole article with the keyboard only; a
// second editor's stale edit is refused; XSS payloads in sources and edits never run; axe-core
// finds no serious or critical accessibility violation.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type DeskServer, startDeskServer } from '../src/server/start-desk-server.ts';
import { createDeskFixture, type DeskFixture, SAMPLES, SATO, SUZUKI } from './support/desk-fixture.ts';
import { writeXssPages, xssPayloads } from './support/xss-pages.ts';

const CHROMIUM = process.env.MATOME_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update'];

let fixture: DeskFixture;
let server: DeskServer;
let browser: Browser;

before(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Chromium: ${CHROMIUM} (not found). Install it with "apt-get install -y chromium" (.ci/run does) or set MATOME_CHROMIUM.`,
    );
  }
  fixture = await createDeskFixture();
  server = await startDeskServer({
    store: fixture.store,
    tokenizer: fixture.tokenizer,
    editors: new Map([
      [SATO.token, SATO.name],
      [SUZUKI.token, SUZUKI.name],
    ]),
    port: 0,
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  fixture?.close();
});

/** A browser context logged in as `editor`, typing the token into the login form. */
async function loggedIn(editor: { token: string }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto('/login');
  await page.keyboard.press('Tab');
  await page.keyboard.type(editor.token);
  await Promise.all([page.waitForURL(`${server.url}/`), page.keyboard.press('Enter')]);
  return { context, page };
}

async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${page.url()}: ${violation.id} (${violation.impact}) ${violation.nodes[0]?.target ?? ''}`,
    );
}

/** Posts an edit through the claim's own form in the page (as the page script does), showing the answer. */
const EDIT_IN_PAGE = `async (index, text) => {
  const claim = document.getElementById('claim-' + index);
  const form = claim.querySelector('details.act-edit form');
  const body = new URLSearchParams(new FormData(form));
  body.set('text', text);
  const answer = await fetch(form.getAttribute('action'), { method: 'POST', body, headers: { Accept: 'application/json' } });
  const data = await answer.json();
  if (answer.ok) {
    const holder = document.createElement('ol');
    holder.innerHTML = data.claimHtml;
    claim.replaceWith(holder.firstElementChild);
  }
  return answer.status;
}`;
/** Elements a payload would bring into the page if it were parsed as HTML. */
const INJECTED =
  'main img, main svg, main math, main iframe, main object, main embed, main script, main style, main link, main video, main audio, main a[href^="javascript"], main form[action^="javascript"]';

/** The claim's text with its first number changed: what its source does not say. */
const wrongNumber = (text: string) => text.replace(/\d+/, (digits) => String(Number(digits) + 7));

describe('review page in Chromium', () => {
  it('lets an editor review a whole article with the keyboard, flagging a bad edit, and publish it', async () => {
    const id = await fixture.build([join(SAMPLES, 'local-railway')]);
    const review = (await fixture.desk.open(id)).review;
    const target = review.claims.findIndex(
      (state) => state.claim.part === 'summary' && state.findings.length === 0 && /\d/.test(state.text),
    );
    assert.ok(target >= 0, 'a ✅ line with a number that the verifier passes');
    const original = review.claims[target]?.text ?? '';
    const { context, page } = await loggedIn(SATO);
    const problems = await axeProblems(page);
    await page.goto(`/articles/${id}`);
    await page.locator('#claim-0:focus').waitFor();
    problems.push(...(await axeProblems(page)));

    await page.keyboard.press('?');
    await page.locator('#help[open]').waitFor();
    await page.keyboard.press('Escape');

    for (let index = 0; index < review.claims.length; index++) {
      const claim = `#claim-${index}`;
      if (index === target) {
        await page.keyboard.press('e');
        await page.keyboard.type(wrongNumber(original));
        await page.keyboard.press('Enter');
        await page.waitForSelector(`${claim}.status-edited.verdict-error`);
        assert.match(
          (await page.locator(`${claim} .findings`).textContent()) ?? '',
          /support\.(number|date)/,
        );
        await page.locator('#announce', { hasText: '根拠なし' }).waitFor({ state: 'attached' });
        assert.equal(await page.locator(`${claim} del`).count(), 1, 'the diff is shown');
        if (process.env.DESK_SCREENSHOT) await page.screenshot({ path: process.env.DESK_SCREENSHOT });
        await page.keyboard.press('e');
        await page.keyboard.type(original);
        await page.keyboard.press('Enter');
        await page.waitForSelector(`${claim}.status-edited.verdict-pass`);
      } else if (index === 1) {
        await page.keyboard.press('a');
        await page.waitForSelector(`${claim}.status-approved`);
        await page.keyboard.press('u');
        await page.waitForSelector(`${claim}.status-unreviewed`);
        await page.keyboard.press('a');
        await page.waitForSelector(`${claim}.status-approved`);
      } else {
        await page.keyboard.press('a');
        await page.waitForSelector(`${claim}.status-approved`);
      }
      await page.keyboard.press('j');
    }
    await page.waitForSelector('#gate.open');
    await page.keyboard.press('p');
    await page.locator('#gate button:focus').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#announce', { hasText: '公開を承認しました' }).waitFor({ state: 'attached' });
    const events = await fixture.store.listReviewEvents(id);
    assert.equal(events.at(-1)?.action, 'publish');
    const published = await fixture.store.getArticle(Number(events.at(-1)?.after));
    assert.ok(published);
    assert.equal(
      JSON.stringify(published.article),
      JSON.stringify((await fixture.desk.open(id)).review.article),
    );

    await page.goto(`/articles/${id}/sources/0`);
    problems.push(...(await axeProblems(page)));
    await page.goto(`/articles/${id}/audit`);
    problems.push(...(await axeProblems(page)));
    await page.goto('/logout').catch(() => {});
    const anonymous = await browser.newContext({ baseURL: server.url });
    const login = await anonymous.newPage();
    await login.goto('/login');
    problems.push(...(await axeProblems(login)));
    await anonymous.close();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('refuses a second editor editing a claim another editor just decided, and says so', async () => {
    const id = await fixture.build([join(SAMPLES, 'chip-factory')]);
    const first = await loggedIn(SATO);
    const second = await loggedIn(SUZUKI);
    await first.page.goto(`/articles/${id}`);
    await second.page.goto(`/articles/${id}`);
    await second.page.locator('#claim-0:focus').waitFor();
    await first.page.locator('#claim-0:focus').waitFor();
    await first.page.keyboard.press('a');
    await first.page.waitForSelector('#claim-0.status-approved');
    await second.page.keyboard.press('e');
    await second.page.keyboard.type('二人目の編集者が書き換えた文。');
    await second.page.keyboard.press('Enter');
    await second.page.locator('#alert', { hasText: '他の編集者または処理が先に変更しました' }).waitFor();
    const state = (await fixture.desk.open(id)).review.claims[0];
    assert.equal(state?.status, 'approved');
    assert.equal(state?.editor, SATO.name);
    assert.equal(state?.text, state?.claim.fact.text);
    await first.context.close();
    await second.context.close();
  });

  it('never runs an XSS payload placed in a source title, site name or body, or typed as an edit', async (t) => {
    const payloads = xssPayloads();
    const dir = mkdtempSync(join(tmpdir(), 'matome-xss-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const ids: number[] = [];
    for (const folder of writeXssPages(dir, payloads)) ids.push(await fixture.build([folder]));
    const { context, page } = await loggedIn(SATO);
    let executions = 0;
    const blocked: string[] = [];
    await context.exposeBinding('__xssHit', () => {
      executions++;
    });
    await context.exposeBinding('__cspHit', (_source, directive: string) => {
      blocked.push(directive);
    });
    // Runs in every page before its own scripts: dialogs and CSP violations are reported to the test.
    await context.addInitScript(`
      for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = () => window.__xssHit(name);
      document.addEventListener('securitypolicyviolation', (event) => window.__cspHit(event.violatedDirective));
    `);
    page.on('dialog', (dialog) => {
      executions++;
      void dialog.dismiss();
    });

    // Every payload as an edit of a claim (one line, as the page's input sends it): the first ones
    // through the page's own form, the rest straight to the desk (the same code path behind it).
    const [first] = ids;
    assert.ok(first !== undefined);
    await page.goto(`/articles/${first}`);
    const claimCount = (await fixture.desk.open(first)).review.claims.length;
    let refused = 0;
    for (const [n, payload] of payloads.entries()) {
      const index = n % claimCount;
      const text = payload.replace(/\s+/g, ' ').trim();
      let status: number;
      if (n < 12) {
        status = Number(await page.evaluate(`(${EDIT_IN_PAGE})(${index}, ${JSON.stringify(text)})`));
      } else {
        const state = (await fixture.desk.open(first)).review.claims[index];
        assert.ok(state);
        try {
          await fixture.desk.decide(first, SATO.name, {
            path: state.claim.path,
            action: 'edit',
            text,
            revision: state.revision,
          });
          status = 200;
        } catch (error) {
          status = (error as { code?: string }).code === 'INVALID_ARGUMENT' ? 400 : 500;
        }
      }
      if (status !== 200) {
        assert.equal(status, 400, 'an edit is stored or refused as invalid, nothing else');
        refused++;
      }
    }
    const pages = [...ids.map((id) => `/articles/${id}`), `/articles/${first}/audit`];
    for (const id of ids) {
      const sources = (await fixture.store.getArticle(id))?.article.sources ?? [];
      pages.push(...sources.map((_, position) => `/articles/${id}/sources/${position}`));
    }
    let shownTitles = 0;
    for (const path of pages) {
      await page.goto(path);
      const injected = await page.evaluate(`document.querySelectorAll(${JSON.stringify(INJECTED)}).length`);
      assert.equal(injected, 0, `${path}: no element from a payload`);
      if (path.includes('/sources/')) {
        const [, id, position] = /\/articles\/(\d+)\/sources\/(\d+)/.exec(path) ?? [];
        const title =
          (await fixture.store.getArticle(Number(id)))?.article.sources[Number(position)]?.title ?? '';
        if (((await page.locator('h1').textContent()) ?? '').includes(title)) shownTitles++;
      }
    }
    assert.equal(executions, 0, 'no payload ran');
    assert.deepEqual(blocked, [], 'nothing even tried to run inline (the CSP had nothing to block)');
    assert.ok(shownTitles >= 100, `titles carrying payloads are shown as text (${shownTitles})`);
    assert.ok(refused < payloads.length / 4, `most payloads were stored as edits (${refused} refused)`);
    await context.close();
  });
});
