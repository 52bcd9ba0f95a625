// A build records its article in the store as written only once every output file is in place.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, describe, it } from 'node:test';
import { runMatome as matome } from './support/run-cli.ts';

const SAMPLES = join(import.meta.dirname, '..', 'samples');
const cluster = readdirSync(SAMPLES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()[0] as string;

const rows = (store: string) => {
  const db = new DatabaseSync(store, { readOnly: true });
  try {
    return db.prepare('SELECT slug, written_at FROM articles ORDER BY id').all() as Array<{
      slug: string;
      written_at: string | null;
    }>;
  } finally {
    db.close();
  }
};

describe('build and the store', () => {
  const out = mkdtempSync(join(tmpdir(), 'matome-build-store-'));
  after(() => rmSync(out, { recursive: true, force: true }));

  it('marks an article written after its files are in place, and leaves a failed write incomplete', async () => {
    const store = join(out, 'store.db');
    const ok = await matome([
      'build',
      '--out',
      out,
      '--store',
      store,
      '--slug',
      'whole',
      join(SAMPLES, cluster),
    ]);
    assert.equal(ok.code, 0, ok.stderr);
    // The .md's final name is taken by a directory: the output set cannot be written.
    mkdirSync(join(out, 'broken.md'));
    const failed = await matome([
      'build',
      '--out',
      out,
      '--store',
      store,
      '--slug',
      'broken',
      join(SAMPLES, cluster),
    ]);
    assert.equal(failed.code, 6, failed.stderr);
    assert.match(failed.stderr, /Failed to write article/);
    assert.deepEqual(
      readdirSync(out).filter((name) => name.startsWith('broken') || name.includes('.tmp')),
      ['broken.md'],
    );
    const recorded = rows(store);
    assert.deepEqual(
      recorded.map((row) => [row.slug, row.written_at !== null]),
      [
        ['whole', true],
        ['broken', false],
      ],
    );
  });
});
