import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runWatchCommand } from '../src/cli/watch-command.ts';
import { isMatomeError } from '../src/domain/errors.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { type Outlet, outletWorld, startBusOutlets } from './support/news-outlets.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'matome.js');
const clock = Date.parse('2026-12-01T09:30:00+09:00');
const world = outletWorld(() => clock);

describe('matome watch (command)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matome-watch-cli-'));
  let tokenizer: Tokenizer;
  let outlets: Outlet[] = [];
  let feeds = '';

  before(async () => {
    tokenizer = await createTokenizer();
    outlets = await startBusOutlets(world);
    feeds = join(dir, 'feeds.txt');
    writeFileSync(
      feeds,
      `# two invented outlets\n${outlets.map((outlet) => `${outlet.origin}/feed.xml  # ${outlet.name}`).join('\n')}\n\n`,
    );
  });

  after(() => {
    for (const outlet of outlets) {
      outlet.server.closeAllConnections();
      outlet.server.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  async function run(args: string[], hooks: Parameters<typeof runWatchCommand>[2] = {}) {
    let stdout = '';
    let stderr = '';
    const code = await runWatchCommand(
      args,
      {
        stdout: (text) => {
          stdout += text;
        },
        stderr: (text) => {
          stderr += text;
        },
        isTty: false,
        tokenizer,
      },
      { now: () => new Date(clock), ...hooks },
    );
    return { code, stdout, stderr };
  }

  it('--once polls the listed feeds, builds the story article and writes it with its report', async () => {
    const out = join(dir, 'out');
    const store = join(dir, 'once.db');
    const result = await run([
      feeds,
      '--once',
      '--store',
      store,
      '--out',
      out,
      '--format',
      'txt,json',
      '--allow-host',
      '127.0.0.1',
    ]);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /matome watch: feed http:\/\/127\.0\.0\.1:\d+\/feed\.xml: 1 items, 1 new/);
    assert.match(
      result.stderr,
      /matome watch: round: 2 feeds polled, 2 new items, 1 article revisions, 0 stories re-checked/,
    );
    const paths = result.stdout.trim().split('\n');
    assert.deepEqual(
      paths.map((path) => path.replace(/story-[0-9a-f]{12}/u, 'story-X')),
      ['txt', 'json', 'report.json', 'report.txt', 'report.html'].map((ext) => join(out, `story-X.${ext}`)),
    );
    const text = readFileSync(paths[0] ?? '', 'utf8');
    assert.match(text, /町営バス/);
    assert.match(text, /北海新聞/);
    assert.match(text, /東都タイムズ/);
    assert.match(
      readFileSync(join(out, `${paths[0]?.match(/story-[0-9a-f]{12}/u)?.[0]}.report.txt`), 'utf8'),
      /./,
    );
    // A second --once at once polls nothing (no feed is due yet); one 6 minutes later finds the feeds
    // unchanged (304) and adds no revision.
    const early = await run([feeds, '--once', '--store', store, '--allow-host', '127.0.0.1']);
    assert.match(early.stderr, /round: 0 feeds polled/);
    const again = await run([feeds, '--once', '--store', store, '--allow-host', '127.0.0.1'], {
      now: () => new Date(clock + 6 * 60_000),
    });
    assert.match(again.stderr, /feed\.xml: not modified/);
    assert.match(again.stderr, /round: 2 feeds polled, 0 new items, 0 article revisions/);
    assert.equal(again.stdout, '');
  });

  it('without --once, sleeps until the next due time and stops cleanly when asked to', async () => {
    const stop = new AbortController();
    const waits: number[] = [];
    const result = await run(
      [
        feeds,
        '--store',
        join(dir, 'loop.db'),
        '--poll-min',
        '2m',
        '--poll-max',
        '1h',
        '--allow-host',
        '127.0.0.1',
      ],
      {
        stop: stop.signal,
        sleep: async (wait) => {
          waits.push(wait);
          stop.abort();
        },
      },
    );
    assert.equal(result.code, 0);
    assert.equal(result.stderr.match(/round:/g)?.length, 1);
    // The next poll is due --poll-min after this one.
    assert.deepEqual(waits, [2 * 60_000]);
  });

  it('refuses a missing feed list, a line that is no URL and bad schedule options, naming them', async () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'https://example.com/rss.xml\nexample.com/feed\n');
    const refused = async (args: string[], code: string, pattern: RegExp) =>
      assert.rejects(run(args), (error: unknown) => {
        assert.ok(isMatomeError(error));
        assert.equal(error.code, code);
        assert.match(error.message, pattern);
        assert.ok(error.hint);
        return true;
      });
    await refused([join(dir, 'none.txt')], 'SOURCE_NOT_FOUND', /none\.txt/);
    await refused([bad], 'INVALID_ARGUMENT', /bad\.txt:2 \(example\.com\/feed is not an http\(s\) URL\)/);
    await refused([feeds, '--min-sources', '0'], 'INVALID_ARGUMENT', /--min-sources 0/);
    await refused([feeds, '--poll-min', '10'], 'INVALID_ARGUMENT', /--poll-min 10 \(give a duration/);
    await refused(
      [feeds, '--poll-min', '2h', '--poll-max', '1h'],
      'INVALID_ARGUMENT',
      /--poll-max 1h is shorter/,
    );
    await refused(
      [feeds, '--recheck', '15m/6h,1h/2h,1d'],
      'INVALID_ARGUMENT',
      /step 2 must cover older ages/,
    );
    await refused([feeds, '--recheck', '15m/6h,1h/2d'], 'INVALID_ARGUMENT', /a last EVERY without an age/);
  });

  it('as a process, stops after the current step on SIGTERM and exits 0', async () => {
    const one = join(dir, 'one.txt');
    writeFileSync(one, `${outlets[0]?.origin}/feed.xml\n`);
    const child = spawn(
      process.execPath,
      [
        BIN,
        'watch',
        one,
        '--store',
        join(dir, 'signal.db'),
        '--poll-min',
        '1s',
        '--poll-max',
        '2s',
        '--allow-host',
        '127.0.0.1',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    const firstRound = new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        if (stderr.includes('round:')) resolve();
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await firstRound;
    child.kill('SIGTERM');
    assert.equal(await exited, 0, stderr);
    assert.match(stderr, /matome watch: stopping after the current step\n/);
  });
});
