// The guarded client against real loopback servers: address checks at connection time, the SSRF
// corpus in ../shared/data/ssrf (see its README), redirects, DNS rebinding, opting in. "Public"
// names come from an injected resolver that maps test names to addresses; a canary server counts
// every connection that a refused request would have made.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import type { MatomeError } from '../src/domain/errors.ts';
import type { LookupAll } from '../src/fetch/guard-connector.ts';
import { checkUrl } from '../src/fetch/guard-policy.ts';
import { createGuardedFetch } from '../src/fetch/guarded-fetch.ts';
import { readSource } from '../src/fetch/read-source.ts';
import { expectMatomeError as failure } from './support/expect-failure.ts';
import { sharedData } from './support/shared-data.ts';

const ssrf = sharedData('data/ssrf');
const ssrfDir = ssrf.path;

interface TestServer {
  port: number;
  origin: string;
  /** Request paths in arrival order. */
  requests: string[];
  /** TCP connections accepted, requests or not. */
  connections(): number;
}

/** A real HTTP server on 127.0.0.1, port 0, closed when the test ends. */
async function startServer(
  t: TestContext,
  handler: (request: IncomingMessage, response: ServerResponse, server: TestServer) => void = (_, response) =>
    response.end('canary reached'),
): Promise<TestServer> {
  const server = createServer();
  let connections = 0;
  server.on('connection', () => connections++);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const testServer: TestServer = {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests: [],
    connections: () => connections,
  };
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    testServer.requests.push(request.url ?? '');
    handler(request, response, testServer);
  });
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  return testServer;
}

/** A resolver that answers from `table` and records the names it was asked; ENOTFOUND otherwise. */
function stubLookup(table: Record<string, string | string[]>): { lookup: LookupAll; asked: string[] } {
  const asked: string[] = [];
  const lookup: LookupAll = (hostname, _options, callback) => {
    asked.push(hostname);
    const found = table[hostname];
    if (found === undefined) {
      callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
      return;
    }
    const addresses = Array.isArray(found) ? found : [found];
    callback(
      null,
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    );
  };
  return { lookup, asked };
}

function ruleOf(error: MatomeError): string | undefined {
  return (error.cause as { rule?: string } | undefined)?.rule;
}

const html = (body: string) => (_: IncomingMessage, response: ServerResponse) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html><html><body><p>${body}</p></body></html>`);
};

const redirect =
  (location: (server: TestServer) => string) =>
  (_: IncomingMessage, response: ServerResponse, server: TestServer) => {
    response.writeHead(302, { location: location(server) });
    response.end();
  };

describe('the SSRF corpus (shared/data/ssrf)', { skip: ssrf.skip }, () => {
  // Where the names that need live DNS point (README: nip.io and xip.io embed the address, the
  // rest resolved to loopback or cloud metadata; rebind.network alternates between two answers).
  const CORPUS_DNS: Record<string, string | string[]> = {
    'localtest.me': '127.0.0.1',
    'customer1.app.localhost.my.company.127.0.0.1.nip.io': '127.0.0.1',
    'mail.ebc.apple.com': '127.0.0.6',
    'spoofed.burpcollaborator.net': '127.0.0.1',
    '169.254.169.254.xip.io': '169.254.169.254',
    '1ynrnhl.xip.io': '169.254.169.254',
    'www.owasp.org.1ynrnhl.xip.io': '169.254.169.254',
    'a.127.0.0.1.1time.10.0.0.1.1time.repeat.8f058b82-4c39-4dfe-91f7-9b07bcd7fbd5.rebind.network': [
      '10.0.0.1',
      '127.0.0.1',
    ],
    'metadata.nicob.net': '169.254.169.254',
    '127.0.0.1.nip.io': '127.0.0.1',
    '169.254.169.254.nip.io': '169.254.169.254',
    // Upstream, a short link that redirects inward; here it stands for where it leads.
    'bit.ly': '127.0.0.1',
  };

  it('refuses every URL in blocked.json, also retargeted at a live port, and the canary sees no connection', async (t) => {
    const blocked = JSON.parse(readFileSync(join(ssrfDir, 'blocked.json'), 'utf8')) as string[];
    const annotated = JSON.parse(readFileSync(join(ssrfDir, 'blocked-annotated.json'), 'utf8')) as {
      url: string;
      whatwg_parses: boolean;
      host_kind: string;
    }[];
    const canary = await startServer(t);
    const { lookup, asked } = stubLookup(CORPUS_DNS);
    // Every port in the corpus is opened, so what refuses these URLs is the address, never the port.
    const fetch = createGuardedFetch({ lookup, allowPorts: [22, 25, 3128, 12456, canary.port] });

    const rules = new Map<string, string | undefined>();
    for (const raw of blocked) {
      const attempts = [raw];
      if (URL.canParse(raw)) {
        const retargeted = new URL(raw);
        retargeted.port = String(canary.port);
        attempts.push(retargeted.href);
      }
      for (const url of attempts) {
        const refused = await failure(fetch(url));
        assert.equal(refused.code, 'FETCH_BLOCKED', `${url}: ${refused.message}`);
        assert.notEqual(ruleOf(refused), 'port', url);
        assert.ok(refused.message.startsWith('Refused to fetch: '), refused.message);
        if (url === raw) rules.set(raw, ruleOf(refused));
      }
    }

    assert.equal(canary.connections(), 0);
    // The corpus URLs that do not parse are exactly those refused as invalid.
    const unparseable = annotated.filter((entry) => !entry.whatwg_parses).map((entry) => entry.url);
    const invalid = blocked.filter((url) => rules.get(url) === 'invalid-url');
    assert.deepEqual(invalid.sort(), unparseable.sort());
    // Names that need DNS were refused at connection time, by the address they resolve to.
    for (const entry of annotated.filter((item) => item.host_kind === 'dns-name')) {
      const host = new URL(entry.url).hostname;
      assert.ok(asked.includes(host), `${host} was resolved`);
      assert.match(rules.get(entry.url) ?? '', /^(loopback|link-local|private-use)$/, entry.url);
    }
  });

  it('lets every URL in allowed.json through the policy', () => {
    const allowed = JSON.parse(readFileSync(join(ssrfDir, 'allowed.json'), 'utf8')) as string[];
    for (const url of allowed) assert.equal(checkUrl(url).allowed, true, url);
  });
});

describe('createGuardedFetch', () => {
  it('refuses a loopback URL without allowHosts, before connecting, and fetches it with the opt-in', async (t) => {
    const site = await startServer(t, html('ローカルの記事'));
    const refused = await failure(createGuardedFetch()(`${site.origin}/news`));
    assert.equal(refused.code, 'FETCH_BLOCKED');
    assert.equal(
      refused.message,
      `Refused to fetch: ${site.origin}/news (loopback address 127.0.0.1, RFC 1122)`,
    );
    assert.match(refused.hint ?? '', /--allow-host/);
    assert.equal(site.connections(), 0);

    const response = await createGuardedFetch({ allowHosts: ['127.0.0.1'] })(`${site.origin}/news`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /ローカルの記事/);
  });

  it('stops a redirect chain public → public → private at the private hop', async (t) => {
    const canary = await startServer(t);
    const siteB = await startServer(
      t,
      redirect(() => `http://0.0.0.0:${canary.port}/admin`),
    );
    const siteA = await startServer(
      t,
      redirect(() => `http://news-b.example:${siteB.port}/next`),
    );
    const { lookup } = stubLookup({ 'news-a.example': '127.0.0.1', 'news-b.example': '127.0.0.1' });
    const fetch = createGuardedFetch({
      lookup,
      allowHosts: ['127.0.0.1'],
      allowPorts: [siteA.port, siteB.port, canary.port],
    });

    const refused = await failure(fetch(`http://news-a.example:${siteA.port}/start`));
    assert.equal(refused.code, 'FETCH_BLOCKED');
    assert.equal(ruleOf(refused), 'this-network');
    assert.match(
      refused.message,
      new RegExp(`^Refused to fetch: http://0\\.0\\.0\\.0:${canary.port}/admin `),
    );
    assert.deepEqual([siteA.requests, siteB.requests], [['/start'], ['/next']]);
    // Connecting to 0.0.0.0 would have reached the canary on this machine.
    assert.equal(canary.connections(), 0);
  });

  it('stops a redirect to a name that resolves to a private address, at connection time', async (t) => {
    const canary = await startServer(t);
    const site = await startServer(
      t,
      redirect(() => `http://cache.example:${canary.port}/`),
    );
    const { lookup, asked } = stubLookup({ 'news.example': '127.0.0.1', 'cache.example': '0.0.0.0' });
    const fetch = createGuardedFetch({
      lookup,
      allowHosts: ['127.0.0.1'],
      allowPorts: [site.port, canary.port],
    });

    const refused = await failure(fetch(`http://news.example:${site.port}/`));
    assert.equal(refused.code, 'FETCH_BLOCKED');
    assert.equal(
      refused.message,
      `Refused to fetch: http://cache.example:${canary.port}/ (cache.example resolves to "this network" address 0.0.0.0, RFC 791)`,
    );
    assert.deepEqual(asked, ['news.example', 'cache.example']);
    assert.equal(canary.connections(), 0);
  });

  it('refuses a name whose DNS answers mix a public and a private address, and does not retry', async (t) => {
    const canary = await startServer(t);
    const { lookup, asked } = stubLookup({ 'rebind.example': ['93.184.215.14', '127.0.0.1'] });
    const fetch = createGuardedFetch({ lookup, allowPorts: [canary.port] });

    const refused = await failure(fetch(`http://rebind.example:${canary.port}/`));
    assert.equal(refused.code, 'FETCH_BLOCKED');
    assert.equal(ruleOf(refused), 'loopback');
    assert.match(refused.message, /rebind\.example resolves to loopback address 127\.0\.0\.1/);
    assert.deepEqual(asked, ['rebind.example']);
    assert.equal(canary.connections(), 0);
  });

  it('opens a local name only when allowHosts names it', async (t) => {
    const site = await startServer(t, html('開発用サーバー'));
    const { lookup, asked } = stubLookup({ localhost: '127.0.0.1' });
    const refused = await failure(createGuardedFetch({ lookup })(`http://localhost:${site.port}/`));
    assert.equal(ruleOf(refused), 'local-name');
    assert.deepEqual(asked, []);

    const response = await createGuardedFetch({ lookup, allowHosts: ['localhost'] })(
      `http://localhost:${site.port}/`,
    );
    assert.match(await response.text(), /開発用サーバー/);
  });

  it('follows redirects and reports the final URL', async (t) => {
    const target = await startServer(t, html('移転先の記事'));
    const start = await startServer(
      t,
      redirect(() => `${target.origin}/article?id=7`),
    );
    const response = await createGuardedFetch({ allowHosts: ['127.0.0.1'] })(`${start.origin}/old`);
    assert.equal(response.status, 200);
    assert.equal(response.url, `${target.origin}/article?id=7`);
    assert.equal(response.redirected, true);
    assert.match(await response.text(), /移転先の記事/);
  });

  it('gives up after five redirects', async (t) => {
    const loop = await startServer(
      t,
      redirect((server) => `/hop/${server.requests.length}`),
    );
    const refused = await failure(createGuardedFetch({ allowHosts: ['127.0.0.1'] })(`${loop.origin}/`));
    assert.equal(refused.code, 'FETCH_FAILED');
    assert.equal(refused.message, `Failed to fetch page: GET ${loop.origin}/ (more than 5 redirects)`);
    assert.equal(loop.requests.length, 6);
  });

  it('hands a redirect back under redirect: manual, and refuses it under redirect: error', async (t) => {
    const site = await startServer(
      t,
      redirect(() => 'http://10.0.0.5/internal'),
    );
    const fetch = createGuardedFetch({ allowHosts: ['127.0.0.1'] });
    const response = await fetch(`${site.origin}/`, { redirect: 'manual' });
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), 'http://10.0.0.5/internal');
    const refused = await failure(fetch(`${site.origin}/`, { redirect: 'error' }));
    assert.equal(refused.code, 'FETCH_FAILED');
    assert.match(refused.message, /redirected to http:\/\/10\.0\.0\.5\/internal where redirects are refused/);
  });

  it('drops credentials when a redirect leaves the origin', async (t) => {
    const seen: (string | undefined)[] = [];
    const target = await startServer(t, (request, response) => {
      seen.push(request.headers.authorization);
      html('転送先')(request, response);
    });
    const start = await startServer(t, (request, response, server) => {
      seen.push(request.headers.authorization);
      redirect(() => `${target.origin}/`)(request, response, server);
    });
    const fetch = createGuardedFetch({ allowHosts: ['127.0.0.1'] });
    await (await fetch(`${start.origin}/`, { headers: { authorization: 'Bearer secret' } })).text();
    assert.deepEqual(seen, ['Bearer secret', undefined]);
  });

  it('names matome and its contact URL in the User-Agent', async (t) => {
    const agents: (string | undefined)[] = [];
    const site = await startServer(t, (request, response) => {
      agents.push(request.headers['user-agent']);
      html('ok')(request, response);
    });
    const fetch = createGuardedFetch({ allowHosts: ['127.0.0.1'], contactUrl: 'https://example.org/bot' });
    await (await fetch(site.origin)).text();
    assert.deepEqual(agents, ['matome/0.1 (+https://example.org/bot)']);
  });

  it('serves readSource as its fetch, keeping the final URL after a redirect', async (t) => {
    const target = await startServer(t, html('港町で新しい図書館が開館した。'));
    const start = await startServer(
      t,
      redirect(() => `${target.origin}/library`),
    );
    const fetch = createGuardedFetch({ allowHosts: ['127.0.0.1'] });
    const page = await readSource(`${start.origin}/`, { fetch });
    assert.equal(page.url, `${target.origin}/library`);
    assert.equal(page.mediaType, 'text/html');
    assert.match(page.text, /港町で新しい図書館が開館した。/);
  });

  it('takes a Request object with its headers, as fetch does', async (t) => {
    const seen: (string | undefined)[] = [];
    const site = await startServer(t, (request, response) => {
      seen.push(request.headers['accept-language']);
      html('リクエスト')(request, response);
    });
    const fetch = createGuardedFetch({ allowHosts: ['127.0.0.1'] });
    const response = await fetch(new Request(`${site.origin}/`, { headers: { 'accept-language': 'ja' } }));
    assert.match(await response.text(), /リクエスト/);
    assert.deepEqual(seen, ['ja']);
    const refused = await failure(fetch(new Request('http://169.254.169.254/latest/meta-data/')));
    assert.equal(ruleOf(refused), 'link-local');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const refused = await failure(
      createGuardedFetch()('https://news.example/', { method: 'POST', body: 'x' }),
    );
    assert.equal(refused.code, 'INVALID_ARGUMENT');
  });
});
