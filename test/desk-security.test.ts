// The review desk's defences and page routes, through app.request(): tokens, session cookies,
// CSRF and same-origin checks, CSP, size limits, JSON errors, and ids that try to leave their place.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  apiHeaders,
  createDeskFixture,
  type DeskFixture,
  SAMPLES,
  SATO,
  saveWithFlaggedHeading,
} from './support/desk-fixture.ts';

let fixture: DeskFixture;
let articleId: number;
let cookie: string;
let csrf: string;

const API_ROUTES: [string, string][] = [
  ['GET', '/api/articles'],
  ['GET', '/api/articles/1'],
  ['GET', '/api/articles/1/report'],
  ['POST', '/api/articles/1/verify'],
  ['GET', '/api/articles/1/sources/0'],
  ['GET', '/api/articles/1/review'],
  ['GET', '/api/articles/1/reviewed'],
  ['GET', '/api/articles/1/audit'],
  ['POST', '/api/articles/1/decisions'],
  ['POST', '/api/articles/1/publish'],
  ['POST', '/api/jobs'],
  ['GET', '/api/jobs/00000000-0000-0000-0000-000000000000'],
  ['GET', '/api/jobs/00000000-0000-0000-0000-000000000000/events'],
];

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

const FORM = 'application/x-www-form-urlencoded';

before(async () => {
  fixture = await createDeskFixture();
  articleId = await saveWithFlaggedHeading(
    fixture.store,
    await fixture.build([join(SAMPLES, 'local-railway')]),
  );
});
after(() => fixture.close());

describe('desk security: the API', () => {
  it('answers every API route without a token with 401 and a JSON error', async () => {
    for (const [method, path] of API_ROUTES) {
      const response = await fixture.app.request(path, { method });
      assert.equal(response.status, 401, `${method} ${path}`);
      assert.equal((await errorOf(response)).code, 'UNAUTHORIZED');
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
    }
  });

  it('refuses a wrong token and a session cookie on the API', async () => {
    const wrong = await fixture.app.request('/api/articles', {
      headers: { authorization: 'Bearer nope-nope-nope-nope' },
    });
    assert.equal(wrong.status, 401);
    const login = await fixture.app.request('/login', {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: form({ token: SATO.token }),
    });
    const session = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const withCookie = await fixture.app.request('/api/articles', { headers: { cookie: session } });
    assert.equal(withCookie.status, 401);
  });

  it('answers 404 NOT_FOUND for path traversal in any id', async () => {
    const paths = [
      '/api/articles/..%2F..%2Fetc%2Fpasswd',
      '/api/articles/1%2F..%2F2',
      '/api/articles/%2e%2e',
      '/api/articles/1/sources/..%2F..%2Fstore.db',
      '/api/articles/1/sources/-1',
      '/api/articles/999999/review',
      '/api/articles/999999/audit',
      '/api/jobs/..%2F..%2Fetc%2Fpasswd',
      '/api/articles/1/../../../etc/passwd',
    ];
    for (const path of paths) {
      const response = await fixture.app.request(path, { headers: apiHeaders() });
      assert.equal(response.status, 404, path);
      assert.equal((await errorOf(response)).code, 'NOT_FOUND', path);
    }
    const claim = await fixture.app.request(`/api/articles/${articleId}/decisions`, {
      method: 'POST',
      headers: apiHeaders(SATO, true),
      body: JSON.stringify({ path: '../../title', action: 'approve', revision: 0 }),
    });
    assert.equal(claim.status, 404, 'a claim path that is not one of the article');
    const build = await fixture.app.request('/api/jobs', {
      method: 'POST',
      headers: apiHeaders(SATO, true),
      body: JSON.stringify({ sources: ['../../../etc/passwd'] }),
    });
    assert.equal(build.status, 404, 'a source file outside the sources folder');
    assert.equal((await errorOf(build)).code, 'NOT_FOUND');
  });

  it('refuses a body over the size limit with 413 and a JSON error', async () => {
    const response = await fixture.app.request(`/api/articles/${articleId}/decisions`, {
      method: 'POST',
      headers: apiHeaders(SATO, true),
      body: JSON.stringify({ path: 'title', action: 'edit', text: 'あ'.repeat(40_000), revision: 0 }),
    });
    assert.equal(response.status, 413);
    assert.equal((await errorOf(response)).code, 'PAYLOAD_TOO_LARGE');
  });

  it('answers a body that is not JSON, and an unknown route, with JSON errors', async () => {
    const bad = await fixture.app.request('/api/jobs', {
      method: 'POST',
      headers: apiHeaders(SATO, true),
      body: '{"sources": [',
    });
    assert.equal(bad.status, 400);
    assert.equal((await errorOf(bad)).code, 'INVALID_ARGUMENT');
    const unknown = await fixture.app.request('/nowhere');
    assert.equal(unknown.status, 404);
    assert.equal((await errorOf(unknown)).code, 'NOT_FOUND');
  });
});

describe('desk security: the review page', () => {
  it('logs in with the token, setting an HttpOnly SameSite=Strict session cookie', async () => {
    const refused = await fixture.app.request('/login', {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: form({ token: 'wrong-token-wrong-token' }),
    });
    assert.equal(refused.status, 401);
    const response = await fixture.app.request('/login', {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: form({ token: SATO.token }),
    });
    assert.equal(response.status, 303);
    const setCookie = response.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /^matome_session=[A-Za-z0-9_-]{43};/);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Strict/);
    cookie = setCookie.split(';')[0] ?? '';
  });

  it('sends the login form and the static files to anyone, other pages only with a session', async () => {
    const login = await fixture.app.request('/login');
    assert.equal(login.status, 200);
    assert.match(await login.text(), /アクセストークン/);
    const script = await fixture.app.request('/static/review.js');
    assert.match(script.headers.get('content-type') ?? '', /text\/javascript/);
    assert.match(await script.text(), /keydown/);
    const css = await fixture.app.request('/static/review.css');
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    const missing = await fixture.app.request('/static/..%2Fcreate-app.ts');
    assert.equal(missing.status, 404);
    for (const path of [
      '/',
      `/articles/${articleId}`,
      `/articles/${articleId}/audit`,
      `/articles/${articleId}/sources/0`,
    ]) {
      const anonymous = await fixture.app.request(path);
      assert.equal(anonymous.status, 303, path);
      assert.equal(anonymous.headers.get('location'), '/login');
    }
  });

  it('serves every page with a strict CSP and no inline script or style', async () => {
    for (const path of [
      '/login',
      '/',
      `/articles/${articleId}`,
      `/articles/${articleId}/audit`,
      `/articles/${articleId}/sources/1`,
    ]) {
      const response = await fixture.app.request(path, { headers: { cookie } });
      assert.equal(response.status, 200, path);
      const policy = response.headers.get('content-security-policy') ?? '';
      assert.match(policy, /default-src 'none'/);
      assert.match(policy, /script-src 'self'(;|$)/);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
      assert.match(policy, /frame-ancestors 'none'/);
      const html = await response.text();
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${path}: inline script`);
      assert.doesNotMatch(html, /\sstyle=|<style|\son[a-z]+=/i, `${path}: inline style or handler`);
      if (path !== '/login') {
        const found = /data-csrf="([^"]+)"/.exec(html)?.[1];
        assert.ok(found, `${path}: carries the session's CSRF token`);
        csrf = found;
      }
    }
  });

  it('shows every claim of the article on the review page, each beside its evidence passage', async () => {
    const html = await (await fixture.app.request(`/articles/${articleId}`, { headers: { cookie } })).text();
    const stored = await fixture.store.getArticle(articleId);
    assert.ok(stored);
    const claimCount = [...html.matchAll(/<li class="claim /g)].length;
    const review = (await fixture.desk.open(articleId)).review;
    assert.equal(claimCount, review.claims.length);
    assert.ok(html.includes('<mark>'), 'evidence spans are marked');
    assert.match(html, /公開判定/);
  });

  it('takes a decision from the page form with the CSRF token, answering with the re-rendered claim', async () => {
    const response = await fixture.app.request(`/articles/${articleId}/decisions`, {
      method: 'POST',
      headers: { cookie, 'content-type': FORM, accept: 'application/json', origin: 'http://localhost' },
      body: form({ csrf, path: 'title', action: 'approve', revision: '0' }),
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { claimHtml: string; message: string; claim: { status: string } };
    assert.equal(body.claim.status, 'approved');
    assert.match(body.claimHtml, /承認済み/);
    assert.match(body.message, /タイトル 1 を承認しました/);
    const audit = await (
      await fixture.app.request(`/articles/${articleId}/audit`, { headers: { cookie } })
    ).text();
    assert.match(audit, /佐藤/);
  });

  it('refuses a cross-site form post, a post without the CSRF token, and one without a session', async () => {
    const fields = { csrf, path: 'leadPoints[0]', action: 'approve', revision: '0' };
    const crossSite = await fixture.app.request(`/articles/${articleId}/decisions`, {
      method: 'POST',
      headers: { cookie, 'content-type': FORM, origin: 'https://evil.example' },
      body: form(fields),
    });
    assert.equal(crossSite.status, 403);
    assert.equal((await errorOf(crossSite)).code, 'FORBIDDEN');
    const fetchSite = await fixture.app.request(`/articles/${articleId}/decisions`, {
      method: 'POST',
      headers: { cookie, 'content-type': FORM, 'sec-fetch-site': 'cross-site' },
      body: form(fields),
    });
    assert.equal(fetchSite.status, 403);
    const noToken = await fixture.app.request(`/articles/${articleId}/decisions`, {
      method: 'POST',
      headers: { cookie, 'content-type': FORM },
      body: form({ ...fields, csrf: 'forged' }),
    });
    assert.equal(noToken.status, 403);
    const noSession = await fixture.app.request(`/articles/${articleId}/decisions`, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: form(fields),
    });
    assert.equal(noSession.status, 401);
    const crossLogin = await fixture.app.request('/login', {
      method: 'POST',
      headers: { 'content-type': FORM, origin: 'https://evil.example' },
      body: form({ token: SATO.token }),
    });
    assert.equal(crossLogin.status, 403);
    const review = (await fixture.desk.open(articleId)).review;
    assert.equal(review.claims.find((claim) => claim.claim.path === 'leadPoints[0]')?.status, 'unreviewed');
  });

  it('refuses publishing from the page while the gate is closed, and logs out', async () => {
    const refused = await fixture.app.request(`/articles/${articleId}/publish`, {
      method: 'POST',
      headers: { cookie, 'content-type': FORM },
      body: form({ csrf }),
    });
    assert.equal(refused.status, 409);
    assert.equal((await errorOf(refused)).code, 'REVIEW_INCOMPLETE');
    const out = await fixture.app.request('/logout', {
      method: 'POST',
      headers: { cookie, 'content-type': FORM },
      body: form({ csrf }),
    });
    assert.equal(out.status, 303);
    const after = await fixture.app.request('/', { headers: { cookie } });
    assert.equal(after.status, 303);
  });
});
