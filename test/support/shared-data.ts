// Where the tests find ../shared (data/ and seed/): third-party and project-written test data kept
// outside the repository (see CONTRIBUTING.md, "Shared test data"). Every test that needs it asks
// here, so the test output always says where the data came from, or loudly that it is missing.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');

/** The shared folder: MATOME_SHARED_DIR when set, else `shared/` next to the repository. */
export const SHARED_DIR = resolve(process.env.MATOME_SHARED_DIR ?? join(REPO, '..', 'shared'));

/** Set by .ci/run: missing shared data fails the test file instead of skipping its tests. */
const REQUIRED = process.env.MATOME_REQUIRE_SHARED_DATA === '1';

/**
 * A path under the shared folder (e.g. `data/ssrf`) and the `skip` option for the tests that need
 * it. Prints where the data comes from; when it is missing, prints that too and skips the tests,
 * or throws when MATOME_REQUIRE_SHARED_DATA=1 (CI), so no run passes without them unnoticed.
 */
export function sharedData(relative: string): { path: string; skip: string | false } {
  const path = join(SHARED_DIR, relative);
  if (existsSync(path)) {
    console.log(`shared data: ${relative} from ${path}`);
    return { path, skip: false };
  }
  const reason =
    `shared data missing: ${path} (../shared sits next to the repository and is not in it; ` +
    'see CONTRIBUTING.md "Shared test data", or set MATOME_SHARED_DIR)';
  if (REQUIRED) throw new Error(`${reason}; MATOME_REQUIRE_SHARED_DATA=1 makes this a failure`);
  console.log(`SKIPPING: ${reason}`);
  return { path, skip: reason };
}
