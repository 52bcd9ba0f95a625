// One contract, two stores: the Store port (test/support/store-contract.ts) and the story, review,
// outbox and job-ledger ports (test/support/ports-contract.ts) run against SQLite files and against
// a real PostgreSQL server this file starts (initdb in a temp dir, a free loopback port).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { isMatomeError } from '../src/domain/errors.ts';
import { createJobLedger } from '../src/store/create-job-ledger.ts';
import { createPostgresJobLedger } from '../src/store/create-postgres-job-ledger.ts';
import { createPostgresStore } from '../src/store/create-postgres-store.ts';
import { createPostgresStoryStore } from '../src/store/create-postgres-story-store.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import { createStoryStore } from '../src/store/create-story-store.ts';
import { MIGRATIONS } from '../src/store/migrations.ts';
import { describePortsContract, type Ports } from './support/ports-contract.ts';
import { type PostgresServer, postgresAvailable, startPostgres } from './support/postgres.ts';
import { describeStoreContract } from './support/store-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'matome-contract-'));
let files = 0;
after(() => rmSync(dir, { recursive: true, force: true }));

describePortsContract('SQLite', async (now) => {
  const path = join(dir, `ports-${++files}.db`);
  const open = async (): Promise<Ports> => ({
    store: createSqliteStore(path, { now }),
    stories: createStoryStore(path, { now }),
    ledger: createJobLedger(path, { now }),
  });
  return { ...(await open()), again: open };
});

const { skip } = postgresAvailable();
let server: PostgresServer | undefined;
if (skip === false) {
  before(async () => {
    server = await startPostgres();
  });
  after(async () => {
    await server?.stop();
  });
}
const database = async () => {
  if (server === undefined) throw new Error('PostgreSQL was not started');
  return server.createDatabase();
};

describeStoreContract('PostgreSQL', async (now) => createPostgresStore(await database(), { now }), { skip });

describePortsContract(
  'PostgreSQL',
  async (now) => {
    const url = await database();
    const open = async (): Promise<Ports> => ({
      store: await createPostgresStore(url, { now }),
      stories: await createPostgresStoryStore(url, { now }),
      ledger: await createPostgresJobLedger(url, { now }),
    });
    return { ...(await open()), again: open };
  },
  { skip },
);

describe('PostgreSQL store: schema versions and connection failures', { skip }, () => {
  it('runs each schema step once when two processes open a new database at once', async () => {
    const url = await database();
    const [one, two] = await Promise.all([createPostgresStore(url), createPostgresStore(url)]);
    await one.close();
    await two.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: number }>('SELECT version FROM matome_schema');
      assert.deepEqual(rows, [{ version: MIGRATIONS.length }]);
    } finally {
      await client.end();
    }
  });

  it('refuses a database written by a newer matome, leaving it untouched', async () => {
    const url = await database();
    await (await createPostgresStore(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('UPDATE matome_schema SET version = 99');
      await assert.rejects(createPostgresStore(url), (error: unknown) => {
        assert.ok(isMatomeError(error));
        assert.equal(error.code, 'STORE_TOO_NEW');
        assert.match(error.message, /schema version 99; this matome knows up to \d+/);
        return true;
      });
      const { rows } = await client.query<{ version: number }>('SELECT version FROM matome_schema');
      assert.deepEqual(rows, [{ version: 99 }]);
    } finally {
      await client.end();
    }
  });

  it('says where no server answers, without the password, and that it is worth retrying', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 1));
      });
    });
    await assert.rejects(
      createPostgresStore(`postgres://matome:s3cret@127.0.0.1:${closed}/news`),
      (error: unknown) => {
        assert.ok(isMatomeError(error));
        assert.equal(error.code, 'STORE_FAILED');
        assert.match(error.message, new RegExp(`127\\.0\\.0\\.1:${closed}/news`));
        assert.doesNotMatch(error.message, /s3cret/);
        assert.match(error.hint ?? '', /Start PostgreSQL/);
        assert.equal(error.retryable, true);
        return true;
      },
    );
  });
});
