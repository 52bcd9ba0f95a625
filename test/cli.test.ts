import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../src/cli/main.ts';

const REPO = join(import.meta.dirname, '..');
const BIN = join(REPO, 'bin', 'matome.js');
const SAMPLES = join(REPO, 'samples');
const firstCluster = readdirSync(SAMPLES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()[0] as string;
const firstPage = join(
  SAMPLES,
  firstCluster,
  readdirSync(join(SAMPLES, firstCluster))
    .filter((file) => file.endsWith('.html'))
    .sort()[0] as string,
);

function matome(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('matome CLI', () => {
  let out: string;
  let server: Server;
  let base: string;
  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'matome-cli-'));
    server = createServer((request, response) => {
      if (request.url === '/article') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(readFileSync(firstPage));
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('builds a sample cluster into four files and prints their paths', async () => {
    const result = await matome(['build', '--out', out, join('samples', firstCluster)]);
    assert.equal(result.code, 0, result.stderr);
    const paths = result.stdout.trim().split('\n');
    assert.deepEqual(
      paths.map((path) => path.replace(/^.*\./, '')),
      ['txt', 'md', 'html', 'json'],
    );
    for (const path of paths) assert.ok(existsSync(path), path);
    assert.ok(paths[0]?.endsWith(`${firstCluster}.txt`));
    const article = JSON.parse(readFileSync(paths[3] as string, 'utf8'));
    assert.equal(readFileSync(paths[0] as string, 'utf8').split('\n')[0], article.title.text);
  });

  it('writes only the formats asked for', async () => {
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
    assert.equal(result.stdout.trim(), join(out, 'only-md.md'));
  });

  it('names a missing source and exits 3', async () => {
    const result = await matome(['build', '--out', out, 'no/such/page.html']);
    assert.equal(result.code, 3);
    assert.match(result.stderr, /no\/such\/page\.html/);
    assert.match(result.stderr, /hint: /);
  });

  it('rejects an unknown format with exit 2', async () => {
    const result = await matome(['build', '--format', 'pdf', join('samples', firstCluster)]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--format pdf/);
  });

  it('exits 4 naming the URL when a page cannot be fetched', async () => {
    const result = await matome(['build', '--out', out, `${base}/missing`]);
    assert.equal(result.code, 4);
    assert.match(result.stderr, new RegExp(`${base}/missing`));
  });

  it('exits 5 for a page with too little article text', async () => {
    const short = join(out, 'short.html');
    writeFileSync(short, '<html><body><p>短い。</p></body></html>');
    const result = await matome(['build', '--out', out, short]);
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
    const code = await main(['build', '--out', out, '--slug', 'progress', join(SAMPLES, firstCluster)], {
      stdout: () => {},
      stderr: (text) => stderr.push(text),
      isTty: true,
    });
    assert.equal(code, 0);
    const shown = stderr.join('');
    assert.match(shown, /reading \[1\/\d\] .*\.html/);
    assert.match(shown, /extracting \[\d\/\d\]/);
    assert.match(shown, /composing article/);
  });

  it('extract --json prints the fields with null for missing values', async () => {
    const result = await matome(['extract', `${base}/article`, '--json']);
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
