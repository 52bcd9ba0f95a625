import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exitCodeFor } from '../src/cli/exit-codes.ts';
import { runFeedCommand } from '../src/cli/feed-command.ts';
import { isMatomeError } from '../src/domain/errors.ts';

const fixtures = join(import.meta.dirname, 'fixtures', 'feeds');

describe('matome feed', () => {
  let server: Server;
  let origin = '';
  const requested: string[] = [];
  before(async () => {
    server = createServer((request, response) => {
      requested.push(request.url ?? '');
      if (request.url === '/robots.txt') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('User-agent: *\nDisallow: /private/\n');
      } else if (request.url === '/feed.xml' || request.url === '/private/feed.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        response.end(readFileSync(join(fixtures, 'rss2.xml')));
      } else if (request.url === '/sjis.xml') {
        response.writeHead(200, { 'content-type': 'text/xml' });
        response.end(readFileSync(join(fixtures, 'legacy.shift_jis.xml')));
      } else if (request.url === '/broken.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        response.end(readFileSync(join(fixtures, 'rss2.xml')).subarray(0, 900));
      } else if (request.url === '/page.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          '<!doctype html><html><head><title>トップ</title></head><body><p>本文</p></body></html>',
        );
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  /** Runs the command in-process with the given fetch, collecting what it writes. */
  async function run(args: string[], fetch: typeof globalThis.fetch = globalThis.fetch) {
    let stdout = '';
    let stderr = '';
    const code = await runFeedCommand(args, {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      fetch,
    });
    return { code, stdout, stderr };
  }

  const rejectsWith = (code: string, pattern: RegExp, exit: number) => (error: unknown) => {
    assert.ok(isMatomeError(error), `expected a MatomeError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.match(error.message, pattern);
    assert.ok(error.hint && error.hint.length > 0);
    assert.equal(exitCodeFor(error.code), exit);
    return true;
  };

  it('lists the items as a numbered table with date, title and link', async () => {
    const result = await run([`${origin}/feed.xml`]);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, '');
    assert.equal(
      result.stdout,
      [
        'みなと市民新聞 & 地域ニュース  https://minato-shimin.example/',
        '3 items',
        '',
        '1  2025-06-02 09:30  みなと市、市立図書館の夜間開館を試行へ',
        '   https://minato-shimin.example/news/2025/06/library-night.html',
        '2  2025-06-02 08:15  港湾地区の再開発、説明会を来週開催',
        `   ${origin}/news/2025/06/port-briefing.html?from=rss&ref=top`,
        '3  2025-05-31 18:00  市民マラソン、参加者募集を開始',
        '   https://minato-shimin.example/news/2025/05/marathon.html',
        '',
      ].join('\n'),
    );
  });

  it('prints a JSON array of the items with --json, and only the first N with --limit N', async () => {
    const result = await run([`${origin}/feed.xml`, '--json', '--limit', '2']);
    assert.equal(result.code, 0);
    const items = JSON.parse(result.stdout);
    assert.deepEqual(
      items.map((item: { title: string; link: string; publishedAt: string }) => [
        item.title,
        item.link,
        item.publishedAt,
      ]),
      [
        [
          'みなと市、市立図書館の夜間開館を試行へ',
          'https://minato-shimin.example/news/2025/06/library-night.html',
          '2025-06-02T09:30:00+09:00',
        ],
        [
          '港湾地区の再開発、説明会を来週開催',
          `${origin}/news/2025/06/port-briefing.html?from=rss&ref=top`,
          '2025-06-02T08:15:00+09:00',
        ],
      ],
    );
    assert.equal(
      items[0].summary,
      'みなと市は6月から、市立中央図書館の夜間開館を試行すると発表した。 平日は午後9時まで。',
    );
  });

  it('says "2 of 3 items" when --limit cuts the table', async () => {
    const result = await run([`${origin}/feed.xml`, '--limit=2']);
    assert.match(result.stdout, /^2 of 3 items$/m);
    assert.doesNotMatch(result.stdout, /marathon/);
  });

  it('decodes a Shift_JIS feed by its XML declaration', async () => {
    const result = await run([`${origin}/sjis.xml`]);
    assert.match(result.stdout, /^さくら町だより {2}https:\/\/sakura-town\.example\/$/m);
    assert.match(
      result.stdout,
      /^1 {2}2025-03-28 17:00 {2}さくら町、花見会場の交通規制を発表\u3000①駅前通り$/m,
    );
  });

  it('reads the feed through the fetch it is given', async () => {
    const seen: string[] = [];
    const spy: typeof globalThis.fetch = (input, init) => {
      seen.push(String(input));
      return globalThis.fetch(input, init);
    };
    await run([`${origin}/feed.xml`, '--json'], spy);
    assert.deepEqual(seen, [`${origin}/robots.txt`, `${origin}/feed.xml`]);
  });

  it('honours robots.txt: a disallowed feed is refused (ROBOTS_DISALLOWED) and never requested', async () => {
    requested.length = 0;
    await assert.rejects(
      run([`${origin}/private/feed.xml`]),
      rejectsWith('ROBOTS_DISALLOWED', /private\/feed\.xml \(robots\.txt: Disallow: \/private\/\)/, 4),
    );
    assert.equal(requested.includes('/private/feed.xml'), false);
  });

  it('reads a saved feed file as well', async () => {
    const result = await run([join(fixtures, 'atom.atom'), '--limit', '1']);
    assert.match(
      result.stdout,
      /^1 {2}2025-06-03 07:00 {2}新型バス「やまのて号」運行開始\n {3}https:\/\/yamanote-news\.example\/articles\/bus-2025\.html\n$/m,
    );
  });

  it('fails with FEED_INVALID (exit 5) for a truncated feed and for an HTML page', async () => {
    await assert.rejects(
      run([`${origin}/broken.xml`]),
      rejectsWith('FEED_INVALID', /broken\.xml .*truncated/, 5),
    );
    await assert.rejects(
      run([`${origin}/page.html`]),
      rejectsWith('FEED_INVALID', /page\.html \(an HTML page/, 5),
    );
  });

  it('fails with FETCH_FAILED (exit 4) when the feed is not there', async () => {
    await assert.rejects(run([`${origin}/missing.xml`]), rejectsWith('FETCH_FAILED', /404/, 4));
  });

  it('refuses bad arguments with INVALID_ARGUMENT (exit 2) before fetching anything', async () => {
    const before = requested.length;
    for (const args of [
      [],
      [`${origin}/feed.xml`, `${origin}/feed.xml`],
      [`${origin}/feed.xml`, '--limit', '0'],
      [`${origin}/feed.xml`, '--limit', 'ten'],
      [`${origin}/feed.xml`, '--limit'],
      [`${origin}/feed.xml`, '--format', 'csv'],
    ]) {
      await assert.rejects(
        run(args),
        rejectsWith('INVALID_ARGUMENT', /^Invalid arguments: /, 2),
        args.join(' '),
      );
    }
    assert.equal(requested.length, before);
  });

  it('prints its usage with --help', async () => {
    const result = await run(['--help']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /matome feed FEED \[--json\] \[--limit N\]/);
  });
});
