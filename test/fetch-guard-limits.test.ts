// The guarded client's limits against misbehaving loopback servers: a brotli bomb, slow drips,
// silence, resets, rate limiting and server errors, and content that is not a page.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo, createServer as createTcpServer, type Socket } from 'node:net';
import { describe, it, type TestContext } from 'node:test';
import type { MatomeError } from '../src/domain/errors.ts';
import { createGuardedFetch, type GuardedFetchOptions } from '../src/fetch/guarded-fetch.ts';
import { readSource } from '../src/fetch/read-source.ts';
import { expectMatomeError as failure } from './support/expect-failure.ts';

/**
 * 809 bytes of brotli that inflate to 512 MiB of zeros. Made once (quality 5 takes ~1 s, too slow
 * to run in every test) with:
 *   const encoder = zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
 *   for (let i = 0; i < 512; i++) encoder.write(Buffer.alloc(1 << 20)); encoder.end();
 */
const BROTLI_BOMB = Buffer.from(
  [
    'y///PwAkAOKxQHLv//j//weABEAcFoDu/R////8AkACIwwLQvf/j//8fABIAcVgAuvd//P//A0ACIA4LQPf+j///fwBIAMRh',
    'Aeje//H//w8ACYA4LADd+z/+//8BIAEQhwWge//H//8/ACQA4rAAdO//+P//B4AEQBwWgO79H////wCQAIjDAtC9/+P//x8A',
    'EgBxWAC693/8//8DQAIgDgtA9/6P//9/AEgAxGEB6N7/8f//DwAJgDgsAN37P/7//wEgARCHBaB7/8f//z8AJADisAB07//4',
    '//8HgARAHBaA7v0f////AJAAiMMC0L3/4///HwASAHFYALr3f/z//wNAAiAOC0D3/o///38ASADEYQHo3v/x//8PAAmAOCwA',
    '3fs//v//ASABEIcFoHv/x///PwAkAOKwAHTv//j//weABEAcFoDu/R////8AkACIwwLQvf/j//8fABIAcVgAuvd//P//A0AC',
    'IA4LQPf+j///fwBIAMRhAeje//H//w8ACYA4LADd+z/+//8BIAEQhwWge//H//8/ACQA4rAAdO//+P//B4AEQBwWgO79H///',
    '/wCQAIjDAtC9/+P//x8AEgBxWAC693/8//8DQAIgDgtA9/6P//9/AEgAxGEB6N7/8f//DwAJgDgsAN37P/7//wEgARCHBaB7',
    '/8f//z8AJADisAB07//4//8HgARAHBaA7v0f////AJAAiMMC0L3/4///HwASAHFYALr3f/z//wNAAiAOC0D3/o///38ASADE',
    'YQHo3v/x//8PAAmAOCwA3fs//v//ASABEIcFoHv/x///PwAkAOKwAHTv//j//weABEAcFoDu/R////8AkACIwwLQvf/j//8f',
    'ABIAcVgAuvd//P//A0ACIA4LQPf+j///fwBIAMRhAeje//H//w8ACYA4LADd+z/+//8BIAEQhwWge//H//8/ACQA4rAAdO//',
    '+P//B4AEQBwWgO79H////wCQAIjDAtC9/+P//x8AEgBxWAC693/8//8DQAIgDgtA9/6P//9/AEgAxGEB6N7/8f//DwAJgDgs',
    'AN37P/7//wEgARCHBaB7/zc=',
  ].join(''),
  'base64',
);

interface TestServer {
  origin: string;
  requests: string[];
  connections(): number;
}

/** A real HTTP server on 127.0.0.1, port 0; `cleanup` runs (timers) before it closes with the test. */
async function startServer(
  t: TestContext,
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<TestServer> {
  const server = createServer();
  let connections = 0;
  server.on('connection', () => connections++);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const testServer: TestServer = {
    origin: `http://127.0.0.1:${port}`,
    requests: [],
    connections: () => connections,
  };
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    testServer.requests.push(request.url ?? '');
    handler(request, response);
  });
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  return testServer;
}

/** A TCP server that accepts connections and never writes a byte. */
async function startSilentServer(t: TestContext): Promise<TestServer> {
  const sockets: Socket[] = [];
  const server = createTcpServer((socket) => sockets.push(socket));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  t.after(() => {
    for (const socket of sockets) socket.destroy();
    server.close();
  });
  return { origin: `http://127.0.0.1:${port}`, requests: [], connections: () => sockets.length };
}

/** Sends headers and one byte, then one more byte every `everyMs` until the client goes away. */
function drip(everyMs: number) {
  return (request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    response.write('a');
    const timer = setInterval(() => response.write('a'), everyMs);
    request.socket.on('close', () => clearInterval(timer));
  };
}

function phaseOf(error: MatomeError): string | undefined {
  return (error.cause as { phase?: string } | undefined)?.phase;
}

/** Loopback opt-in, and a sleep that records the waits instead of waiting. */
function localFetch(options: GuardedFetchOptions = {}) {
  const sleeps: number[] = [];
  const fetch = createGuardedFetch({
    allowHosts: ['127.0.0.1'],
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });
  return { fetch, sleeps };
}

const page = '<!doctype html><html><body><p>新しい橋が開通した。</p></body></html>';

describe('body size', () => {
  it('stops a brotli bomb at the decoded-byte cap within a second', async (t) => {
    const site = await startServer(t, (request, response) => {
      if (request.url === '/warm-up') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(page);
        return;
      }
      response.writeHead(200, {
        'content-type': 'text/html',
        'content-encoding': 'br',
        'content-length': BROTLI_BOMB.length,
      });
      response.end(BROTLI_BOMB);
    });
    const { fetch } = localFetch({ maxBodyBytes: 1024 * 1024 });
    // The first fetch of a process loads and compiles undici; the clock below times the bomb alone.
    await readSource(`${site.origin}/warm-up`, { fetch });
    const started = performance.now();
    const refused = await failure(readSource(`${site.origin}/bomb`, { fetch }));
    const elapsed = performance.now() - started;
    assert.equal(refused.code, 'BODY_TOO_LARGE');
    assert.equal(
      refused.message,
      `Failed to fetch page: GET ${site.origin}/bomb (body larger than 1 MiB after decoding)`,
    );
    assert.equal(refused.retryable, false);
    assert.ok(elapsed < 1000, `took ${Math.round(elapsed)} ms`);
  });

  it('refuses a body whose declared length passes the cap before reading it', async (t) => {
    const site = await startServer(t, (_, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': 2 * 1024 * 1024 });
      response.end(Buffer.alloc(2 * 1024 * 1024, 0x61));
    });
    const refused = await failure(localFetch({ maxBodyBytes: 1024 * 1024 }).fetch(site.origin));
    assert.equal(refused.code, 'BODY_TOO_LARGE');
    assert.equal(site.requests.length, 1);
  });

  it('passes a body up to the cap through whole', async (t) => {
    const body = `${'あ'.repeat(100_000)}`;
    const site = await startServer(t, (_, response) => {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(body);
    });
    const response = await localFetch({ maxBodyBytes: 300_000 }).fetch(site.origin);
    assert.equal(await response.text(), body);
  });
});

// These tests mostly wait on timers, so they wait together.
describe('time limits', { concurrency: true }, () => {
  it('fails a slow drip when the body goes idle', async (t) => {
    const site = await startServer(t, drip(2000));
    const started = performance.now();
    const refused = await failure(localFetch({ timeouts: { bodyIdleMs: 300 } }).fetch(site.origin));
    assert.equal(refused.code, 'FETCH_TIMEOUT');
    assert.equal(phaseOf(refused), 'body');
    assert.match(refused.message, /\(no data for 300 ms while reading the body\)$/);
    assert.equal(refused.retryable, true);
    assert.ok(performance.now() - started < 5000);
  });

  it('fails a drip fast enough to stay under the idle limit at the total limit', async (t) => {
    const site = await startServer(t, drip(50));
    const { fetch } = localFetch({ timeouts: { bodyIdleMs: 400, totalMs: 600 } });
    const refused = await failure(fetch(site.origin).then((response) => response.arrayBuffer()));
    assert.equal(refused.code, 'FETCH_TIMEOUT');
    assert.equal(phaseOf(refused), 'total');
    assert.equal(refused.message, `Failed to fetch page: GET ${site.origin}/ (not finished within 600 ms)`);
  });

  it('fails a server that accepts and never answers at the headers limit', async (t) => {
    const silent = await startSilentServer(t);
    const started = performance.now();
    const refused = await failure(
      localFetch({ timeouts: { headersMs: 300 }, retries: { attempts: 1 } }).fetch(silent.origin),
    );
    assert.equal(refused.code, 'FETCH_TIMEOUT');
    assert.equal(phaseOf(refused), 'headers');
    assert.match(refused.message, /\(no response headers within 300 ms\)$/);
    assert.equal(refused.retryable, true);
    assert.equal(silent.connections(), 1);
    // undici checks the headers timer on a coarse clock (about a second), hence the margin.
    assert.ok(performance.now() - started < 5000);
  });

  it('passes the caller’s abort reason through unchanged', async (t) => {
    const silent = await startSilentServer(t);
    const controller = new AbortController();
    const reason = new Error('build cancelled');
    setTimeout(() => controller.abort(reason), 50);
    await assert.rejects(
      localFetch().fetch(`${silent.origin}/`, { signal: controller.signal }),
      (error) => error === reason,
    );
  });
});

describe('retries', () => {
  it('retries a connection reset, then fails with the attempts used up', async (t) => {
    const site = await startServer(t, (request) => request.socket.destroy());
    const { fetch, sleeps } = localFetch({ retries: { attempts: 3, baseDelayMs: 100 }, random: () => 0 });
    const refused = await failure(fetch(`${site.origin}/`));
    assert.equal(refused.code, 'FETCH_FAILED');
    assert.equal(refused.retryable, true);
    assert.equal(site.requests.length, 3);
    assert.deepEqual(sleeps, [50, 100]);
  });

  it('retries a 429 after the seconds in Retry-After', async (t) => {
    const site = await startServer(t, (_, response) => {
      if (site.requests.length === 1) {
        response.writeHead(429, { 'retry-after': '2' });
        response.end();
      } else {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(page);
      }
    });
    const { fetch, sleeps } = localFetch();
    const response = await fetch(`${site.origin}/`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /新しい橋が開通した。/);
    assert.deepEqual(sleeps, [2000]);
    assert.equal(site.requests.length, 2);
  });

  it('reads Retry-After as an HTTP date against the injected clock', async (t) => {
    const now = new Date('2025-03-01T09:00:00Z');
    const site = await startServer(t, (_, response) => {
      response.writeHead(site.requests.length === 1 ? 503 : 200, {
        'retry-after': 'Sat, 01 Mar 2025 09:00:03 GMT',
        'content-type': 'text/html',
      });
      response.end(page);
    });
    const { fetch, sleeps } = localFetch({ now: () => now, timeouts: { totalMs: 60_000 } });
    assert.equal((await fetch(`${site.origin}/`)).status, 200);
    assert.deepEqual(sleeps, [3000]);
  });

  it('hands back a 429 whose Retry-After is longer than the longest wait, without retrying', async (t) => {
    const site = await startServer(t, (_, response) => {
      response.writeHead(429, { 'retry-after': '3600' });
      response.end();
    });
    const { fetch, sleeps } = localFetch();
    const response = await fetch(`${site.origin}/`);
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '3600');
    assert.deepEqual(sleeps, []);
    assert.equal(site.requests.length, 1);
  });

  it('does not retry a 404', async (t) => {
    const site = await startServer(t, (_, response) => {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<p>not here</p>');
    });
    const { fetch, sleeps } = localFetch();
    assert.equal((await fetch(`${site.origin}/gone`)).status, 404);
    assert.deepEqual(sleeps, []);
    assert.equal(site.requests.length, 1);
  });

  it('retries a 503 with jittered backoff, then fails with the attempts counted', async (t) => {
    const site = await startServer(t, (_, response) => {
      response.writeHead(503, { 'content-type': 'text/html' });
      response.end('<p>busy</p>');
    });
    const { fetch, sleeps } = localFetch({ retries: { attempts: 3, baseDelayMs: 100 }, random: () => 0.5 });
    const refused = await failure(readSource(`${site.origin}/news`, { fetch }));
    assert.equal(refused.code, 'FETCH_FAILED');
    assert.match(refused.message, /\(503 Service Unavailable\)$/);
    assert.equal(site.requests.length, 3);
    assert.deepEqual(sleeps, [75, 150]);
  });

  it('does not wait past the total time limit', async (t) => {
    const site = await startServer(t, (_, response) => {
      response.writeHead(503, { 'retry-after': '5' });
      response.end();
    });
    const { fetch, sleeps } = localFetch({ timeouts: { totalMs: 2000 } });
    assert.equal((await fetch(`${site.origin}/`)).status, 503);
    assert.deepEqual(sleeps, []);
  });
});

describe('content', () => {
  it('refuses a declared image without reading its body', async (t) => {
    const site = await startServer(t, (_, response) => {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(Buffer.alloc(1000));
    });
    const refused = await failure(localFetch().fetch(`${site.origin}/photo`));
    assert.equal(refused.code, 'SOURCE_UNSUPPORTED');
    assert.equal(
      refused.message,
      `Failed to read source: ${site.origin}/photo (unsupported content type image/png)`,
    );
  });

  it('refuses a PDF served as text/html after sniffing its first bytes', async (t) => {
    const site = await startServer(t, (_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    });
    const refused = await failure(localFetch().fetch(`${site.origin}/report`));
    assert.equal(refused.code, 'SOURCE_UNSUPPORTED');
    assert.match(refused.message, /\(PDF data served as text\/html\)$/);
  });

  it('reads an unlabelled page once its first bytes look like text', async (t) => {
    const site = await startServer(t, (_, response) => {
      response.removeHeader('content-type');
      response.end(page);
    });
    const response = await localFetch().fetch(`${site.origin}/`);
    assert.equal(await response.text(), page);
  });
});
