import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../src/cli/main.ts';
import { runMatome as matome } from './support/run-cli.ts';
import { sharedData } from './support/shared-data.ts';

const REPO = join(import.meta.dirname, '..');
const SAMPLES = join(REPO, 'samples');
const firstCluster = readdirSync(SAMPLES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()[0] as string;
const clusterPages = readdirSync(join(SAMPLES, firstCluster))
  .filter((file) => file.endsWith('.html'))
  .sort()
  .map((file) => join(SAMPLES, firstCluster, file));
const firstPage = clusterPages[0] as string;
const seedExample = sharedData('seed/example-article.txt');
// The loopback server's pages: two sample articles, one of them also under a robots-disallowed path.
const pages = new Map([
  ['/article', firstPage],
  ['/second', clusterPages[1] as string],
  ['/private/article', firstPage],
]);

describe('matome CLI', () => {
  let out: string;
  let server: Server;
  let base: string;
  let connections = 0;
  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'matome-cli-'));
    server = createServer((request, response) => {
      const page = pages.get(request.url ?? '');
      if (page) {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(readFileSync(page));
      } else if (request.url === '/robots.txt') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('User-agent: *\nDisallow: /private/\n');
      } else if (request.url === '/feed.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        const items = ['/article', '/second']
          .map((path) => `<item><title>記事 ${path}</title><link>${base}${path}</link></item>`)
          .join('');
        response.end(
          `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>架空ニュース</title>${items}</channel></rss>`,
        );
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not here');
      }
    });
    server.on('connection', () => {
      connections += 1;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('builds a sample cluster into four files and prints their paths', async () => {
    const result = await matome([
      'build',
      '--out',
      out,
      '--store',
      join(out, 'store.db'),
      join('samples', firstCluster),
    ]);
    assert.equal(result.code, 0, result.stderr);
    const paths = result.stdout.trim().split('\n');
    assert.deepEqual(
      paths.map((path) => path.replace(/^.*?\.(?=(report\.)?[a-z]+$)/, '')),
      ['txt', 'md', 'html', 'json', 'report.json', 'report.txt', 'report.html'],
    );
    for (const path of paths) assert.ok(existsSync(path), path);
    assert.ok(paths[0]?.endsWith(`${firstCluster}.txt`));
    const article = JSON.parse(readFileSync(paths[3] as string, 'utf8'));
    assert.equal(readFileSync(paths[0] as string, 'utf8').split('\n')[0], article.title.text);
  });

  it('writes only the formats asked for, plus the verification report', async () => {
    const result = await matome([
      'build',
      '--out',
      out,
      '--format',
      'md',
      '--slug',
      'only-md',
      join('samples', firstCluster),
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.stdout.trim().split('\n'), [
      join(out, 'only-md.md'),
      join(out, 'only-md.report.json'),
      join(out, 'only-md.report.txt'),
      join(out, 'only-md.report.html'),
    ]);
    assert.match(result.stderr, /verdict (publishable|needs_review|blocked)/);
  });

  it('names a missing source and exits 3', async () => {
    const result = await matome([
      'build',
      '--out',
      out,
      '--store',
      join(out, 'store.db'),
      'no/such/page.html',
    ]);
    assert.equal(result.code, 3);
    assert.match(result.stderr, /no\/such\/page\.html/);
    assert.match(result.stderr, /hint: /);
  });

  it('rejects an unknown format with exit 2', async () => {
    const result = await matome(['build', '--no-store', '--format', 'pdf', join('samples', firstCluster)]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--format pdf/);
  });

  it('exits 4 naming the URL when a page cannot be fetched', async () => {
    const result = await matome([
      'build',
      '--out',
      out,
      '--no-store',
      '--allow-host',
      '127.0.0.1',
      `${base}/missing`,
    ]);
    assert.equal(result.code, 4);
    assert.match(result.stderr, new RegExp(`${base}/missing`));
  });

  it('exits 5 for a page with too little article text', async () => {
    const short = join(out, 'short.html');
    writeFileSync(short, '<html><body><p>短い。</p></body></html>');
    const result = await matome(['build', '--out', out, '--store', join(out, 'store.db'), short]);
    assert.equal(result.code, 5);
    assert.match(result.stderr, /short\.html/);
  });

  it('with --keep-going builds from the readable sources and reports the others', async () => {
    const result = await matome([
      'build',
      '--out',
      out,
      '--keep-going',
      '--slug',
      'kept',
      join('samples', firstCluster),
      'missing.html',
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /skipped missing\.html/);
    assert.ok(existsSync(join(out, 'kept.txt')));
  });

  it('shows progress on a terminal, naming each source as it is read', async () => {
    const stderr: string[] = [];
    const code = await main(
      ['build', '--out', out, '--no-store', '--slug', 'progress', join(SAMPLES, firstCluster)],
      {
        stdout: () => {},
        stderr: (text) => stderr.push(text),
        isTty: true,
      },
    );
    assert.equal(code, 0);
    const shown = stderr.join('');
    assert.match(shown, /reading \[1\/\d\] .*\.html/);
    assert.match(shown, /extracting \[\d\/\d\]/);
    assert.match(shown, /composing article/);
  });

  it('refuses a loopback URL unless --allow-host names it, and contacts nothing', async () => {
    const before = connections;
    const result = await matome(['extract', `${base}/article`]);
    assert.equal(result.code, 4);
    assert.match(result.stderr, /Refused to fetch: http:\/\/127\.0\.0\.1:\d+\/article \(loopback/);
    assert.equal(connections, before, 'the server was contacted');
    assert.match(result.stderr, /--allow-host/);
  });

  it('honours robots.txt: a disallowed page is not fetched', async () => {
    const result = await matome(['extract', `${base}/private/article`, '--allow-host', '127.0.0.1']);
    assert.equal(result.code, 4);
    assert.match(result.stderr, /robots\.txt: Disallow: \/private\//);
  });

  it('builds from the first N items of a feed', async () => {
    const result = await matome([
      'build',
      '--out',
      out,
      '--no-store',
      '--slug',
      'from-feed',
      '--format',
      'json',
      '--allow-host',
      '127.0.0.1',
      '--feed',
      `${base}/feed.xml`,
      '--pick',
      '2',
    ]);
    assert.equal(result.code, 0, result.stderr);
    const article = JSON.parse(readFileSync(join(out, 'from-feed.json'), 'utf8'));
    assert.deepEqual(
      article.sources.map((source: { url: string }) => source.url),
      [`${base}/article`, `${base}/second`],
    );
  });

  it('asks with stored validators (304 reuses the snapshot) and rebuilds with --offline after the site is gone', async () => {
    let notModified = 0;
    const site = createServer((request, response) => {
      if (request.headers['if-none-match'] === '"v1"') {
        notModified += 1;
        response.writeHead(304, { etag: '"v1"' });
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' });
      response.end(readFileSync(firstPage));
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/story`;
    const store = join(out, 'offline.db');
    const common = ['--out', out, '--store', store, '--format', 'txt', '--allow-host', '127.0.0.1'];
    const online = await matome(['build', ...common, '--slug', 'online', url]);
    assert.equal(online.code, 0, online.stderr);
    // A second online build asks with the stored ETag; the 304 reuses the snapshot.
    const again = await matome(['build', ...common, '--slug', 'again', url]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(notModified, 1);
    assert.equal(readFileSync(join(out, 'again.txt'), 'utf8'), readFileSync(join(out, 'online.txt'), 'utf8'));
    await new Promise<void>((resolve) => site.close(() => resolve()));
    const offline = await matome(['build', ...common, '--slug', 'offline', '--offline', url]);
    assert.equal(offline.code, 0, offline.stderr);
    assert.equal(
      readFileSync(join(out, 'offline.txt'), 'utf8'),
      readFileSync(join(out, 'online.txt'), 'utf8'),
    );
    const missing = await matome(['build', ...common, '--offline', `${url}-never-fetched`]);
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /no snapshot in the store/);
  });

  it('lints its own output clean', async () => {
    const built = await matome([
      'build',
      '--out',
      out,
      '--no-store',
      '--slug',
      'to-lint',
      '--format',
      'txt',
      join('samples', firstCluster),
    ]);
    assert.equal(built.code, 0, built.stderr);
    const clean = await matome(['lint', join(out, 'to-lint.txt')]);
    assert.equal(clean.code, 0, clean.stdout);
  });

  it('lints the seed example with errors', { skip: seedExample.skip }, async () => {
    const dirty = await matome(['lint', seedExample.path]);
    assert.equal(dirty.code, 1);
    assert.match(dirty.stdout, /leak\.undefined/);
  });

  it('extract --json prints the fields with null for missing values', async () => {
    const result = await matome(['extract', `${base}/article`, '--json', '--allow-host', '127.0.0.1']);
    assert.equal(result.code, 0, result.stderr);
    const record = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(record), [
      'url',
      'title',
      'siteName',
      'publishedAt',
      'author',
      'image',
      'lang',
      'text',
    ]);
    assert.equal(typeof record.title, 'string');
    assert.ok(record.text.length > 200);
    assert.ok(
      record.publishedAt === null ||
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(record.publishedAt),
    );
    for (const value of Object.values(record)) assert.notEqual(value, undefined);
  });
});
