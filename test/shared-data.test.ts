// Tests that need ../shared never pass unnoticed without it: the output says where the data came
// from or that it is missing, CI (MATOME_REQUIRE_SHARED_DATA=1) fails instead of skipping, and
// .ci/run stops before installing anything when the folder is not there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SHARED_DIR } from './support/shared-data.ts';

const REPO = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'matome-shared-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one small test file that needs shared data, with the given environment. */
function runDataTest(env: Record<string, string>) {
  // NODE_TEST_CONTEXT would make the inner runner report to this one instead of printing.
  const {
    MATOME_REQUIRE_SHARED_DATA: _,
    MATOME_SHARED_DIR: __,
    NODE_TEST_CONTEXT: ___,
    ...rest
  } = process.env;
  return spawnSync(process.execPath, ['--test', '--test-reporter=spec', 'test/fetch-guard-ranges.test.ts'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...rest, ...env },
  });
}

describe('shared test data', () => {
  const missing = join(dir, 'no-shared-here');

  it('says in the test output where the data comes from', { skip: SHARED_DIR === missing }, () => {
    const run = runDataTest({ MATOME_SHARED_DIR: SHARED_DIR });
    assert.equal(run.status, 0, run.stdout);
    assert.ok(
      run.stdout.includes(`shared data: data/ssrf/ipv4-special-ranges.json from ${SHARED_DIR}/data/ssrf/`),
      run.stdout,
    );
  });

  it('says loudly that it is missing, naming the path and where to read about it, when skipping', () => {
    const run = runDataTest({ MATOME_SHARED_DIR: missing });
    assert.equal(run.status, 0, run.stdout);
    assert.match(
      run.stdout,
      new RegExp(`SKIPPING: shared data missing: ${missing}/data/ssrf/ipv4-special-ranges\\.json`),
    );
    assert.match(run.stdout, /CONTRIBUTING\.md "Shared test data"/);
  });

  it('fails instead of skipping under MATOME_REQUIRE_SHARED_DATA=1, as in CI', () => {
    const run = runDataTest({ MATOME_SHARED_DIR: missing, MATOME_REQUIRE_SHARED_DATA: '1' });
    assert.notEqual(run.status, 0);
    assert.match(run.stdout, /MATOME_REQUIRE_SHARED_DATA=1 makes this a failure/);
  });

  it('makes .ci/run stop first, with a clear message, in a clone without ../shared', () => {
    const clone = join(dir, 'clone');
    mkdirSync(join(clone, '.ci'), { recursive: true });
    copyFileSync(join(REPO, '.ci', 'run'), join(clone, '.ci', 'run'));
    chmodSync(join(clone, '.ci', 'run'), 0o755);
    const { MATOME_SHARED_DIR: _, ...env } = process.env;
    // A time limit: a run that goes on to install Node or dependencies has not stopped first.
    const run = spawnSync(join(clone, '.ci', 'run'), { cwd: clone, encoding: 'utf8', env, timeout: 20_000 });
    assert.equal(run.status, 1, `${run.stdout}\n${run.stderr}`);
    assert.equal(run.stdout, '');
    assert.match(
      run.stderr,
      new RegExp(`^\\.ci/run: shared test data missing: ${dir}/shared/data does not exist`),
    );
  });
});
