import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isMatomeError } from '../src/domain/errors.ts';
import { createGuardedFetch } from '../src/fetch/guarded-fetch.ts';
import { readSource } from '../src/fetch/read-source.ts';

// Loopback test servers are reachable only through the guarded client's explicit opt-in.
const loopback = createGuardedFetch({ allowHosts: ['127.0.0.1'] });

const fixtures = join(import.meta.dirname, 'fixtures', 'extract', 'encoding');
const article = readFileSync(join(fixtures, 'article.utf8.txt'), 'utf8');
/** The article in Shift_JIS, wrapped in HTML that declares no charset: only the HTTP header names it. */
const sjisPage = Buffer.concat([
  Buffer.from('<!doctype html><html><head><title>x</title></head><body><pre>'),
  readFileSync(join(fixtures, 'article.shift_jis.txt')),
  Buffer.from('</pre></body></html>'),
]);

type Route = (request: IncomingMessage, response: ServerResponse) => void;
const routes: Record<string, Route> = {
  '/sjis': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=Shift_JIS' });
    response.end(sjisPage);
  },
  '/moved': (_, response) => {
    response.writeHead(302, { location: '/sjis' });
    response.end();
  },
  '/busy': (_, response) => {
    response.writeHead(503, { 'content-type': 'text/plain' });
    response.end('try later');
  },
  '/report.pdf': (_, response) => {
    response.writeHead(200, { 'content-type': 'application/pdf' });
    response.end('%PDF-1.7');
  },
  '/notes/story.md': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('# 見出し\n\n本文');
  },
  '/binary': (_, response) => {
    // Binary data of no known signature served as a page: its first bytes hold NUL and other controls.
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      Buffer.concat([
        Buffer.from('<html>'),
        Buffer.from([0, 1, 2, 3, 0x10, 0x11, 0]),
        Buffer.from('</html>'),
      ]),
    );
  },
  '/huge': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(Buffer.alloc(11 * 1024 * 1024, 0x61));
  },
};

let server: Server;
let origin = '';
before(async () => {
  server = createServer((request, response) => {
    const route = routes[request.url ?? ''];
    if (route) return route(request, response);
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end('<h1>Not Found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  // fetch keeps connections alive; closing them lets the test process end at once.
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const fixedNow = () => new Date('2025-03-11T01:02:03.000Z');

const failsWith = (code: string, pattern: RegExp, retryable?: boolean) => (error: unknown) => {
  assert.ok(isMatomeError(error), `expected a MatomeError, got ${String(error)}`);
  assert.equal(error.code, code);
  assert.match(error.message, pattern);
  if (retryable !== undefined) assert.equal(error.retryable, retryable);
  assert.ok(error.hint, 'the error carries a hint');
  return true;
};

describe('readSource over HTTP (loopback server)', () => {
  it('decodes a Shift_JIS page whose charset is only in the HTTP header', async () => {
    const page = await readSource(`${origin}/sjis`, { fetch: loopback, now: fixedNow });
    assert.deepEqual(
      [page.mediaType, page.encoding, page.encodingSource],
      ['text/html', 'shift_jis', 'transport'],
    );
    assert.ok(page.text.includes(article), 'the Japanese text decodes exactly');
    assert.equal(page.status, 200);
    assert.equal(page.fetchedAt, '2025-03-11T01:02:03.000Z');
    assert.match(page.headers?.['content-type'] ?? '', /charset=shift_jis/i);
  });

  it('follows redirects and records the final URL, keeping the input', async () => {
    const page = await readSource(`${origin}/moved`, { fetch: loopback, now: fixedNow });
    assert.equal(page.url, `${origin}/sjis`);
    assert.equal(page.input, `${origin}/moved`);
  });

  it('reports a 404 as FETCH_FAILED naming the URL and status, not retryable', async () => {
    await assert.rejects(
      readSource(`${origin}/gone`, { fetch: loopback }),
      failsWith(
        'FETCH_FAILED',
        new RegExp(`^Failed to fetch page: GET ${origin}/gone \\(404 Not Found\\)$`),
        false,
      ),
    );
  });

  it('marks a 503 as retryable', async () => {
    await assert.rejects(
      readSource(`${origin}/busy`, { fetch: loopback }),
      failsWith('FETCH_FAILED', /503 Service Unavailable/, true),
    );
  });

  it("names a failed status by Node's status text where the response gives none", async () => {
    const fakeFetch: typeof fetch = async () => new Response('gone', { status: 410, statusText: '' });
    await assert.rejects(
      readSource('https://news.example/old', { fetch: fakeFetch }),
      failsWith('FETCH_FAILED', /\(410 Gone\)$/, false),
    );
  });

  it('refuses a content type it cannot read as SOURCE_UNSUPPORTED', async () => {
    await assert.rejects(
      readSource(`${origin}/report.pdf`, { fetch: loopback }),
      failsWith('SOURCE_UNSUPPORTED', /application\/pdf/),
    );
  });

  it('reads Markdown served as text/plain from a .md URL as Markdown', async () => {
    const page = await readSource(`${origin}/notes/story.md`, { fetch: loopback });
    assert.deepEqual([page.mediaType, page.text], ['text/markdown', '# 見出し\n\n本文']);
  });

  it('refuses a page whose bytes are binary, not text, whatever its Content-Type says', async () => {
    await assert.rejects(readSource(`${origin}/binary`, { fetch: loopback }), (error: unknown) => {
      assert.ok(isMatomeError(error));
      assert.equal(error.code, 'SOURCE_UNSUPPORTED');
      assert.match(error.message, /\/binary \(binary content, not text\)/);
      return true;
    });
  });

  it('stops reading a body larger than 10 MiB', async () => {
    await assert.rejects(
      readSource(`${origin}/huge`, { fetch: loopback }),
      failsWith('BODY_TOO_LARGE', /larger than 10 MiB/, false),
    );
  });

  it('reports a refused connection as a retryable FETCH_FAILED', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await assert.rejects(
      readSource(`http://127.0.0.1:${port}/`, { fetch: loopback }),
      failsWith('FETCH_FAILED', /ECONNREFUSED/, true),
    );
  });

  it('uses the injected fetch instead of the global one', async () => {
    const seen: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response('<p>x</p>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    };
    const page = await readSource('https://news.example/a', { fetch: fakeFetch, now: fixedNow });
    assert.deepEqual(seen, ['https://news.example/a']);
    assert.equal(page.text, '<p>x</p>');
  });
});
