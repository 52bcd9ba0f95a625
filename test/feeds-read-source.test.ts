import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isMatomeError } from '../src/domain/errors.ts';
import { parseFeed } from '../src/feeds/parse-feed.ts';
import { decodeBytes } from '../src/fetch/decode-bytes.ts';
import { createGuardedFetch } from '../src/fetch/guarded-fetch.ts';
import { listSourceFiles, readSource } from '../src/fetch/read-source.ts';

// Loopback test servers are reachable only through the guarded client's explicit opt-in.
const loopback = createGuardedFetch({ allowHosts: ['127.0.0.1'] });

const fixtures = join(import.meta.dirname, 'fixtures', 'feeds');
const fixture = (name: string) => join(fixtures, name);

/** The Shift_JIS fixture's bytes (converted with iconv -t CP932), served over HTTP below. */
const sjisBytes = readFileSync(fixture('legacy.shift_jis.xml'));

describe('readSource on feed files', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matome-feeds-read-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads .xml, .rss, .atom and .rdf as application/xml and .json as application/feed+json', async () => {
    const expected: Record<string, string> = {
      'a.xml': 'application/xml',
      'b.rss': 'application/xml',
      'c.ATOM': 'application/xml',
      'd.rdf': 'application/xml',
      'e.json': 'application/feed+json',
    };
    for (const [name, mediaType] of Object.entries(expected)) {
      await writeFile(join(dir, name), name.endsWith('.json') ? '{"version":"x"}' : '<rss/>');
      const page = await readSource(join(dir, name));
      assert.equal(page.mediaType, mediaType, name);
      assert.equal('fetchedAt' in page, false);
    }
  });

  it('does not pick feed files up from a directory of articles', async () => {
    const folder = await mkdtemp(join(dir, 'articles-'));
    for (const name of ['story.html', 'feed.xml', 'data.json', 'index.rdf'])
      await writeFile(join(folder, name), 'x');
    assert.deepEqual(await listSourceFiles(folder), [join(folder, 'story.html')]);
  });

  it('still refuses other file types', async () => {
    await writeFile(join(dir, 'table.csv'), 'a,b');
    await assert.rejects(readSource(join(dir, 'table.csv')), (error) => {
      assert.ok(isMatomeError(error));
      assert.equal(error.code, 'SOURCE_UNSUPPORTED');
      return true;
    });
  });
});

describe('decodeBytes and the XML declaration', () => {
  const declared = (encoding: string, body: Uint8Array) =>
    Buffer.concat([Buffer.from(`<?xml version="1.0" encoding="${encoding}"?>\n`), body]);
  const sjisTitle = new Uint8Array(Buffer.from('8e738b63', 'hex')); // "市議" in Shift_JIS
  const eucTitle = new Uint8Array(Buffer.from('bbd4b5c4', 'hex')); // "市議" in EUC-JP

  it('honours encoding="Shift_JIS" and encoding="EUC-JP" in an XML document', () => {
    const sjis = decodeBytes(declared('Shift_JIS', sjisTitle), { mediaType: 'application/xml' });
    assert.deepEqual([sjis.encoding, sjis.encodingSource], ['shift_jis', 'meta']);
    assert.match(sjis.text, /市議$/);
    const euc = decodeBytes(declared('EUC-JP', eucTitle), { mediaType: 'application/xml' });
    assert.deepEqual([euc.encoding, euc.encodingSource], ['euc-jp', 'meta']);
    assert.match(euc.text, /市議$/);
  });

  it('honours the declaration of a feed served as text/html', () => {
    const decoded = decodeBytes(declared('Shift_JIS', sjisTitle), { mediaType: 'text/html' });
    assert.deepEqual([decoded.encoding, decoded.encodingSource], ['shift_jis', 'meta']);
  });

  it('lets a BOM and then the HTTP charset win over the declaration', () => {
    const bom = decodeBytes(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), declared('Shift_JIS', Buffer.from('市'))]),
      {
        mediaType: 'application/xml',
      },
    );
    assert.deepEqual([bom.encoding, bom.encodingSource], ['utf-8', 'bom']);
    const transport = decodeBytes(declared('Shift_JIS', eucTitle), {
      mediaType: 'application/xml',
      contentType: 'application/rss+xml; charset=EUC-JP',
    });
    assert.deepEqual(
      [transport.encoding, transport.encodingSource, transport.text.endsWith('市議')],
      ['euc-jp', 'transport', true],
    );
  });

  it('reads a UTF-16 declaration on single-byte text as UTF-8, and no declaration as UTF-8', () => {
    const utf16 = decodeBytes(declared('UTF-16', Buffer.from('<a>市</a>')), { mediaType: 'application/xml' });
    assert.deepEqual([utf16.encoding, utf16.text.endsWith('<a>市</a>')], ['utf-8', true]);
    const plain = decodeBytes(Buffer.from('<rss/>'), { mediaType: 'application/xml' });
    assert.deepEqual([plain.encoding, plain.encodingSource], ['utf-8', 'default']);
  });

  it('decodes a JSON Feed as UTF-8', () => {
    const decoded = decodeBytes(Buffer.from('{"title":"市"}'), { mediaType: 'application/feed+json' });
    assert.deepEqual([decoded.encoding, decoded.encodingSource], ['utf-8', 'detected']);
  });
});

describe('feeds in legacy Japanese encodings, read from files', () => {
  it('decodes a Shift_JIS feed by its declaration, CP932 extensions included, exactly as its UTF-8 twin', async () => {
    const sjis = await readSource(fixture('legacy.shift_jis.xml'));
    assert.deepEqual([sjis.encoding, sjis.encodingSource], ['shift_jis', 'meta']);
    const utf8 = await readSource(fixture('legacy.utf8.xml'));
    const feed = parseFeed(sjis);
    assert.deepEqual(feed, parseFeed(utf8));
    assert.equal(feed.title, 'さくら町だより');
    assert.equal(feed.items[0]?.title, 'さくら町、花見会場の交通規制を発表\u3000①駅前通り');
    assert.match(feed.items[0]?.summary ?? '', /髙橋町長は「安全第一で」と話した。$/);
  });

  it('decodes an EUC-JP RSS 1.0 feed by its declaration', async () => {
    const page = await readSource(fixture('legacy.euc-jp.rdf'));
    assert.deepEqual(
      [page.mediaType, page.encoding, page.encodingSource],
      ['application/xml', 'euc-jp', 'meta'],
    );
    assert.deepEqual(parseFeed(page), {
      kind: 'rss1',
      title: 'きた新報',
      siteUrl: 'https://kita-shinpo.example/',
      items: [
        {
          title: '雪まつりの来場者、過去最多に',
          link: 'https://kita-shinpo.example/news/snow-festival',
          publishedAt: '2025-02-12T20:00:00+09:00',
          summary: '実行委員会によると、今年の来場者は約二十万人だった。',
        },
        {
          title: '離島航路のフェリー、新船が就航',
          link: 'https://kita-shinpo.example/news/ferry',
          publishedAt: '2025-02-10T00:00:00+09:00',
        },
      ],
    });
  });
});

describe('readSource on feeds over HTTP', () => {
  let server: Server;
  let origin = '';
  const bodies: Record<string, { type: string; body: string | Uint8Array }> = {
    '/rss': { type: 'application/rss+xml', body: '<rss/>' },
    '/atom': { type: 'application/atom+xml; charset=utf-8', body: '<feed/>' },
    '/rdf': { type: 'application/rdf+xml', body: '<rdf:RDF/>' },
    '/xml': { type: 'application/xml', body: '<rss/>' },
    '/text-xml': { type: 'text/xml', body: '<rss/>' },
    '/feed-json': { type: 'application/feed+json', body: '{}' },
    '/json': { type: 'application/json; charset=utf-8', body: '{}' },
    '/sjis-declared': { type: 'application/rss+xml', body: sjisBytes },
    '/sjis-mislabelled': { type: 'text/xml; charset=EUC-JP', body: sjisBytes },
  };
  before(async () => {
    server = createServer((request, response) => {
      const entry = bodies[request.url ?? ''];
      if (!entry) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': entry.type });
      response.end(entry.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('maps feed content types to application/xml and application/feed+json', async () => {
    const expected: Record<string, string> = {
      '/rss': 'application/xml',
      '/atom': 'application/xml',
      '/rdf': 'application/xml',
      '/xml': 'application/xml',
      '/text-xml': 'application/xml',
      '/feed-json': 'application/feed+json',
      '/json': 'application/feed+json',
    };
    for (const [path, mediaType] of Object.entries(expected)) {
      const page = await readSource(`${origin}${path}`, { fetch: loopback });
      assert.equal(page.mediaType, mediaType, path);
    }
  });

  it('decodes a Shift_JIS feed by its declaration when the server names no charset', async () => {
    const page = await readSource(`${origin}/sjis-declared`, { fetch: loopback });
    assert.deepEqual([page.encoding, page.encodingSource], ['shift_jis', 'meta']);
    assert.equal(parseFeed(page).items[1]?.title, '旧校舎を改修した郷土資料館が開館');
  });

  it('follows the server charset over the declaration, as the Encoding Standard orders', async () => {
    const page = await readSource(`${origin}/sjis-mislabelled`, { fetch: loopback });
    assert.deepEqual([page.encoding, page.encodingSource], ['euc-jp', 'transport']);
    assert.notEqual(parseFeed(page).items[1]?.title, '旧校舎を改修した郷土資料館が開館');
  });
});
