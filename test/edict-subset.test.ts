// The dictionary subset in data/edict/ is what scripts/build-edict-subset.ts gives from Debian's
// edict package (.ci/run installs it): the shipped file is EDICT's own lines, not an edited list.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const SCRIPT = join(import.meta.dirname, '..', 'scripts', 'build-edict-subset.ts');
const check = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, '--check', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('data/edict/edict-common.txt', () => {
  it('is exactly the common entries of the installed EDICT', () => {
    const result = check();
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /is what \/usr\/share\/edict\/edict gives \(\d{5} entries\)/);
  });

  it('is reported as different from another dictionary, and a missing one is named with the fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'matome-edict-'));
    try {
      const other = join(dir, 'edict');
      writeFileSync(other, '???? /EDICT test/\nabc [abc] /(n) a test word/(P)/\n');
      const differs = check('--from', other);
      assert.equal(differs.status, 1);
      assert.match(differs.stderr, /differs from what .*edict gives; rerun without --check/);
      const missing = check('--from', join(dir, 'none'));
      assert.equal(missing.status, 2);
      assert.match(
        missing.stderr,
        /does not exist\. Install Debian's edict package \(apt-get install edict\)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
