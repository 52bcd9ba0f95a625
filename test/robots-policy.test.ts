import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it, type TestContext } from 'node:test';
import { isMatomeError } from '../src/domain/errors.ts';
import { createGuardedFetch } from '../src/fetch/guarded-fetch.ts';
import { createRobotsPolicy } from '../src/fetch/robots-policy.ts';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** Starts a loopback server for one test; it records request paths and is closed when the test ends. */
async function serve(t: TestContext, handler: Handler): Promise<{ origin: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(async () => {
    // fetch keeps connections alive, and the hanging handlers never answer: close them all.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

const text =
  (status: number, body: string): Handler =>
  (_, response) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(body);
  };

const HOUR = 60 * 60 * 1000;
const RULES = 'User-agent: *\nDisallow: /\n\nUser-agent: matome\nDisallow: /drafts/\nAllow: /drafts/public\n';

/** A policy on plain fetch with a clock the test moves by hand. */
function policyWithClock(options: { errorTtlMs?: number; timeoutMs?: number } = {}) {
  const clock = { time: Date.UTC(2030, 0, 1) };
  const policy = createRobotsPolicy({
    fetch: globalThis.fetch,
    userAgent: 'matome',
    now: () => clock.time,
    ...options,
  });
  return { policy, clock };
}

describe('createRobotsPolicy with a 2xx robots.txt', () => {
  it("answers from the agent's group, naming the deciding rule and the robots.txt URL", async (t) => {
    const { origin, requests } = await serve(t, text(200, RULES));
    const { policy } = policyWithClock();
    const robotsUrl = `${origin}/robots.txt`;
    assert.deepEqual(await policy.check(`${origin}/drafts/1`), {
      allowed: false,
      rule: 'Disallow: /drafts/',
      robotsUrl,
    });
    assert.deepEqual(await policy.check(`${origin}/drafts/public/2?x=1#top`), {
      allowed: true,
      rule: 'Allow: /drafts/public',
      robotsUrl,
    });
    assert.deepEqual(await policy.check(`${origin}/news/3`), {
      allowed: true,
      rule: 'no rule in robots.txt matches: allow',
      robotsUrl,
    });
    assert.deepEqual(requests, ['/robots.txt']);
  });

  it('shares one in-flight fetch among concurrent checks, then serves the cache until the TTL passes', async (t) => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { origin, requests } = await serve(t, (request, response) => {
      void gate.then(() => text(200, RULES)(request, response));
    });
    const { policy, clock } = policyWithClock();
    const pending = Array.from({ length: 10 }, (_, index) => policy.check(`${origin}/drafts/${index}`));
    // Wait until the server holds the one request, then let it answer all ten checks.
    while (requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
    release();
    const verdicts = await Promise.all(pending);
    assert.deepEqual(new Set(verdicts.map((verdict) => verdict.rule)), new Set(['Disallow: /drafts/']));
    assert.equal(requests.length, 1);

    clock.time += 23 * HOUR;
    assert.equal((await policy.check(`${origin}/drafts/x`)).allowed, false);
    assert.equal(requests.length, 1, 'still cached after 23 h');

    clock.time += 1 * HOUR;
    assert.equal((await policy.check(`${origin}/drafts/x`)).allowed, false);
    assert.equal(requests.length, 2, 'fetched again once 24 h have passed');
  });

  it('treats each origin (here: another port on the same host) separately', async (t) => {
    const first = await serve(t, text(200, 'User-agent: *\nDisallow: /a\n'));
    const second = await serve(t, text(200, 'User-agent: *\nDisallow: /b\n'));
    const { policy } = policyWithClock();
    assert.equal((await policy.check(`${first.origin}/a`)).allowed, false);
    assert.equal((await policy.check(`${second.origin}/a`)).allowed, true);
    assert.equal((await policy.check(`${second.origin}/b`)).allowed, false);
    assert.deepEqual([first.requests.length, second.requests.length], [1, 1]);
  });

  it('follows redirects, also to another origin, and applies the rules to the origin asked about', async (t) => {
    const target = await serve(t, (request, response) => {
      if (request.url === '/hop') {
        response.writeHead(302, { location: '/rules.txt' });
        response.end();
        return;
      }
      text(200, 'User-agent: *\nDisallow: /secret\n')(request, response);
    });
    const start = await serve(t, (_, response) => {
      response.writeHead(301, { location: `${target.origin}/hop` });
      response.end();
    });
    const { policy } = policyWithClock();
    assert.deepEqual(await policy.check(`${start.origin}/secret/1`), {
      allowed: false,
      rule: 'Disallow: /secret',
      robotsUrl: `${start.origin}/robots.txt`,
    });
    assert.deepEqual(target.requests, ['/hop', '/rules.txt']);
  });

  it('parses only the first 500 KiB of a larger robots.txt', async (t) => {
    const filler = `# ${'x'.repeat(1021)}\n`.repeat(600);
    const body = `User-agent: *\nDisallow: /early\n${filler}Disallow: /late\n`;
    const { origin } = await serve(t, text(200, body));
    const { policy } = policyWithClock();
    assert.equal((await policy.check(`${origin}/early`)).allowed, false);
    assert.deepEqual(await policy.check(`${origin}/late`), {
      allowed: true,
      rule: 'no rule in robots.txt matches: allow',
      robotsUrl: `${origin}/robots.txt`,
    });
  });

  it('always allows /robots.txt itself, without fetching it', async (t) => {
    const { origin, requests } = await serve(t, text(503, ''));
    const { policy } = policyWithClock();
    assert.deepEqual(await policy.check(`${origin}/robots.txt`), {
      allowed: true,
      rule: '/robots.txt is always allowed',
      robotsUrl: `${origin}/robots.txt`,
    });
    assert.equal(requests.length, 0);
  });
});

describe('createRobotsPolicy status rules (RFC 9309 §2.3.1)', () => {
  // Every error page disallows everything in its body, so a policy that parsed it would fail.
  const errorBody = 'User-agent: *\nDisallow: /\n';

  for (const status of [400, 401, 403, 404, 410]) {
    it(`allows everything when robots.txt answers ${status}`, async (t) => {
      const { origin } = await serve(t, text(status, errorBody));
      const { policy } = policyWithClock();
      assert.deepEqual(await policy.check(`${origin}/news/1`), {
        allowed: true,
        rule: `robots.txt ${status}: allow all`,
        robotsUrl: `${origin}/robots.txt`,
      });
    });
  }

  for (const status of [500, 503, 429]) {
    it(`disallows everything when robots.txt answers ${status}`, async (t) => {
      const { origin } = await serve(t, text(status, 'User-agent: *\nAllow: /\n'));
      const { policy } = policyWithClock();
      assert.deepEqual(await policy.check(`${origin}/news/1`), {
        allowed: false,
        rule: `robots.txt ${status}: disallow all`,
        robotsUrl: `${origin}/robots.txt`,
        temporary: true,
      });
    });
  }

  it('keeps a server error only for errorTtlMs, then fetches again and obeys the recovered file', async (t) => {
    let status = 503;
    const { origin, requests } = await serve(t, (request, response) =>
      text(status, RULES)(request, response),
    );
    const { policy, clock } = policyWithClock({ errorTtlMs: 60_000 });
    assert.equal((await policy.check(`${origin}/news/1`)).rule, 'robots.txt 503: disallow all');
    status = 200;
    clock.time += 59_999;
    assert.equal((await policy.check(`${origin}/news/1`)).allowed, false);
    assert.equal(requests.length, 1);
    clock.time += 1;
    assert.deepEqual(await policy.check(`${origin}/news/1`), {
      allowed: true,
      rule: 'no rule in robots.txt matches: allow',
      robotsUrl: `${origin}/robots.txt`,
    });
    assert.equal(requests.length, 2);
  });

  /** Checks that `error` is SERVER_UNREACHABLE about `url` (the page, not its robots.txt). */
  const noAnswer = (url: string, detail: string) => (error: unknown) => {
    assert.ok(isMatomeError(error), `expected a MatomeError, got ${String(error)}`);
    assert.equal(error.code, 'SERVER_UNREACHABLE');
    assert.equal(error.message, `No answer from the server: ${url} (${detail}, asking for its robots.txt)`);
    assert.equal(error.retryable, true);
    return true;
  };

  it('says the server did not answer, naming the page, when nothing listens there', async () => {
    // A port that was just free: nothing listens there once the server is closed.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const { policy } = policyWithClock();
    const url = `http://127.0.0.1:${port}/news/1`;
    await assert.rejects(policy.check(url), noAnswer(url, 'ECONNREFUSED'));
  });

  it('says the server did not answer in time, headers or body', async (t) => {
    const silent = await serve(t, () => {});
    const stalled = await serve(t, (_, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('User-agent: *\n');
    });
    const { policy } = policyWithClock({ timeoutMs: 200 });
    for (const { origin } of [silent, stalled]) {
      const url = `${origin}/news/1`;
      await assert.rejects(policy.check(url), noAnswer(url, 'no answer within 0.2 s'));
    }
  });
});

describe('createRobotsPolicy on the guarded client', () => {
  const isBlocked = (pattern: RegExp) => (error: unknown) => {
    assert.ok(isMatomeError(error), `expected a MatomeError, got ${String(error)}`);
    assert.equal(error.code, 'FETCH_BLOCKED');
    assert.match(error.message, pattern);
    return true;
  };

  it('names the page, not its /robots.txt, when the guard refuses the host', async () => {
    const policy = createRobotsPolicy({ fetch: createGuardedFetch(), userAgent: 'matome' });
    await assert.rejects(
      policy.check('http://127.0.0.1:8080/news/1'),
      isBlocked(/^Refused to fetch: http:\/\/127\.0\.0\.1:8080\/news\/1 \(loopback address 127\.0\.0\.1/),
    );
  });

  it('names the page and says so when robots.txt redirects to a refused address', async (t) => {
    const { origin } = await serve(t, (_, response) => {
      response.writeHead(301, { location: 'http://10.0.0.1/robots.txt' });
      response.end();
    });
    const fetch = createGuardedFetch({ allowHosts: ['127.0.0.1'] });
    const policy = createRobotsPolicy({ fetch, userAgent: 'matome' });
    await assert.rejects(
      policy.check(`${origin}/news/1`),
      isBlocked(
        new RegExp(
          `^Refused to fetch: ${origin}/news/1 \\(its robots\\.txt redirects to private address 10\\.0\\.0\\.1`,
        ),
      ),
    );
  });
});

describe('createRobotsPolicy input checks', () => {
  const isInvalid = (pattern: RegExp) => (error: unknown) => {
    assert.ok(isMatomeError(error), `expected a MatomeError, got ${String(error)}`);
    assert.equal(error.code, 'INVALID_ARGUMENT');
    assert.match(error.message, pattern);
    return true;
  };

  it('refuses a URL that is not http(s), before fetching anything', async () => {
    const { policy } = policyWithClock();
    await assert.rejects(
      policy.check('ftp://example.com/file'),
      isInvalid(/^Invalid source URL: ftp:\/\/example\.com\/file \(a ftp: URL/),
    );
    await assert.rejects(
      policy.check('/news/1'),
      isInvalid(/^Invalid source URL: \/news\/1 \(not a valid URL\)$/),
    );
    await assert.rejects(
      policy.check('http://exa mple.com/'),
      isInvalid(/^Invalid source URL: .*\(not a valid URL\)$/),
    );
  });

  it('refuses a user agent that is not a product token, and a TTL over 24 h', () => {
    const fetch = globalThis.fetch;
    assert.throws(() => createRobotsPolicy({ fetch, userAgent: 'matome/1.0' }), isInvalid(/userAgent/));
    assert.throws(
      () => createRobotsPolicy({ fetch, userAgent: 'matome', ttlMs: 25 * HOUR }),
      isInvalid(/ttlMs/),
    );
  });
});
