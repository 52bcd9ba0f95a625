// bin/matome.js turns on Node's compile cache in the user's cache folder (XDG_CACHE_HOME here). A
// build that reads the cache writes the same files, byte for byte, as the one that filled it and
// as one without a cache; a cache folder that cannot be made leaves the build as it is. It also
// turns V8's optimising compilers off (Turbofan in perf26, Maglev in perf47): the files are the
// same with them left on (MATOME_TURBOFAN=1).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const REPO = join(import.meta.dirname, '..');
const BIN = join(REPO, 'bin', 'matome.js');
const SOURCE = join(REPO, 'samples', 'chip-factory', 'tech-sangyo-kaname-plant.html');

function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const name of [
    'NODE_COMPILE_CACHE',
    'NODE_DISABLE_COMPILE_CACHE',
    'NODE_DEBUG_NATIVE',
    'MATOME_TURBOFAN',
  ])
    if (!(name in extra)) delete env[name];
  return env;
}

/** Builds SOURCE into `out` and returns the written files (name → bytes) and stderr. */
function build(out: string, extra: Record<string, string>) {
  const run = spawnSync(process.execPath, [BIN, 'build', '--no-store', '--out', out, SOURCE], {
    env: environment(extra),
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(run.status, 0, run.stderr);
  const files = new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
  return { files, stderr: run.stderr };
}

describe('the CLI with the compile cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matome-compile-cache-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const cacheHome = join(dir, 'cache');
  const cacheFolder = join(cacheHome, 'matome', 'compile-cache');

  it('builds the same article, byte for byte, when it reads the cache it filled and without one', () => {
    const first = build(join(dir, 'first'), { XDG_CACHE_HOME: cacheHome });
    assert.ok(readdirSync(cacheFolder).length > 0, 'the first build fills the cache folder');
    // Node reports each module it takes from the cache (a debug channel of its own).
    const second = build(join(dir, 'second'), {
      XDG_CACHE_HOME: cacheHome,
      NODE_DEBUG_NATIVE: 'COMPILE_CACHE',
    });
    assert.match(second.stderr, /code cache for ESM .*\.ts was accepted/);
    const none = build(join(dir, 'none'), { XDG_CACHE_HOME: cacheHome, NODE_DISABLE_COMPILE_CACHE: '1' });
    assert.ok(first.files.size >= 5);
    for (const other of [second, none]) {
      assert.deepEqual([...other.files.keys()].sort(), [...first.files.keys()].sort());
      for (const [name, bytes] of first.files) assert.ok(bytes.equals(other.files.get(name) as Buffer), name);
    }
  });

  it('builds the same article, byte for byte, with the optimising compilers left on', () => {
    const without = build(join(dir, 'baseline-only'), { XDG_CACHE_HOME: cacheHome });
    const withTurbofan = build(join(dir, 'turbofan'), { XDG_CACHE_HOME: cacheHome, MATOME_TURBOFAN: '1' });
    assert.deepEqual([...withTurbofan.files.keys()].sort(), [...without.files.keys()].sort());
    for (const [name, bytes] of without.files)
      assert.ok(bytes.equals(withTurbofan.files.get(name) as Buffer), name);
  });

  it('builds as usual when the cache folder cannot be made', () => {
    const notAFolder = join(dir, 'a-file');
    writeFileSync(notAFolder, 'not a folder\n');
    const reference = build(join(dir, 'reference'), { NODE_DISABLE_COMPILE_CACHE: '1' });
    for (const [name, extra] of [
      ['user cache', { XDG_CACHE_HOME: notAFolder }],
      ['NODE_COMPILE_CACHE', { NODE_COMPILE_CACHE: join(notAFolder, 'cache') }],
    ] as const) {
      const result = build(join(dir, name.replace(/ /gu, '-')), extra);
      for (const [file, bytes] of reference.files)
        assert.ok(bytes.equals(result.files.get(file) as Buffer), `${name}: ${file}`);
    }
  });
});
