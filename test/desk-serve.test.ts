// `matome serve` as a real process: bound to loopback by default, tokens from MATOME_DESK_TOKENS,
// the API answering on the store the CLI builds into, and a clean exit on SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseDeskTokens } from '../src/cli/serve-command.ts';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'matome-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('matome serve', () => {
  it('serves the API on 127.0.0.1 with the tokens given, builds in its worker, and exits cleanly on SIGTERM', async () => {
    const token = 'serve-test-token-0123456789';
    const child = spawn(
      process.execPath,
      ['bin/matome.js', 'serve', '--port', '0', '--store', join(dir, 'store.db'), '--sources', 'samples'],
      {
        cwd: root,
        env: { ...process.env, MATOME_DESK_TOKENS: `佐藤:${token}` },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    const url = await new Promise<string>((resolveUrl, reject) => {
      child.stdout.on('data', (chunk) => {
        output += String(chunk);
        const found = /review desk at (http:\/\/[^/\s]+)\//.exec(output)?.[1];
        if (found) resolveUrl(found);
      });
      child.once('exit', (code) => reject(new Error(`matome serve exited ${code}: ${output}`)));
    });
    try {
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.doesNotMatch(output, /token for this run/, 'no token is made up when tokens are given');
      // DNS rebinding: another name pointed at 127.0.0.1 reaches the port, but not the desk.
      const rebound = await new Promise<number | undefined>((resolveStatus, reject) => {
        const request = httpRequest(`${url}/login`, { headers: { host: 'rebound.example' } }, (response) => {
          response.resume();
          resolveStatus(response.statusCode);
        });
        request.once('error', reject);
        request.end();
      });
      assert.equal(rebound, 403);
      const anonymous = await fetch(`${url}/api/articles`);
      assert.equal(anonymous.status, 401);
      const listed = await fetch(`${url}/api/articles`, { headers: { authorization: `Bearer ${token}` } });
      assert.deepEqual(await listed.json(), { articles: [] });
      const document = (await (await fetch(`${url}/openapi.json`)).json()) as {
        paths: Record<string, unknown>;
      };
      assert.ok('/api/jobs' in document.paths);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((resolveCode) => child.once('exit', resolveCode));
    assert.equal(code, 0);
  });

  it('reads editors from MATOME_DESK_TOKENS and refuses short tokens, naming the entry', () => {
    assert.deepEqual(
      [...parseDeskTokens('佐藤:aaaaaaaaaaaaaaaa1, 鈴木:bbbbbbbbbbbbbbbb2').entries()],
      [
        ['aaaaaaaaaaaaaaaa1', '佐藤'],
        ['bbbbbbbbbbbbbbbb2', '鈴木'],
      ],
    );
    assert.throws(() => parseDeskTokens('佐藤:short'), /Invalid MATOME_DESK_TOKENS: entry "佐藤"/);
  });
});
