// The ports of one PostgreSQL store share the process's one connection pool (StorePorts, or each
// opened by its URL), and
// `matome status` only reads: it neither creates nor upgrades a store, and says which command does.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { createPostgresJobLedger } from '../src/store/create-postgres-job-ledger.ts';
import { createPostgresStore } from '../src/store/create-postgres-store.ts';
import { createPostgresStoryStore } from '../src/store/create-postgres-story-store.ts';
import { openStorePorts } from '../src/store/open-store.ts';
import { type PostgresServer, postgresAvailable, startPostgres } from './support/postgres.ts';
import { type RedisServer, redisAvailable, startRedis } from './support/redis.ts';
import { runMatome } from './support/run-cli.ts';

const { skip } = postgresAvailable();
const redisSkip = skip === false ? redisAvailable().skip : skip;
// The pool's size (postgres-database.ts).
const POOL_SIZE = 10;

async function count(url: string, sql: string, values: unknown[] = []): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql, values)).rows[0]?.n);
  } finally {
    await client.end();
  }
}

/** Server connections to the database `name`, other than the one asking. */
const connections = (url: string, name: string) =>
  count(url, 'SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
    name,
  ]);

/**
 * The connections left once a pool has ended. The client's sockets are closed when `end()`
 * resolves, but the server's backend leaves pg_stat_activity a moment later: ask again for up to
 * two seconds, so a backend still on its way out is not taken for a connection the pool kept.
 */
async function connectionsAfterEnd(url: string, name: string): Promise<number> {
  const deadline = Date.now() + 2000;
  for (;;) {
    const left = await connections(url, name);
    if (left === 0 || Date.now() > deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the ports of one PostgreSQL store', { skip }, () => {
  let server: PostgresServer;
  before(async () => {
    server = await startPostgres();
  });
  after(async () => {
    await server?.stop();
  });

  /** 40 reads at once on each of the store, story store and job ledger; the connections they left open. */
  async function busyPorts(url: string, opened: () => Promise<{ close(): Promise<void> }[]>) {
    const ports = await opened();
    const [store, stories, ledger] = ports as [
      Awaited<ReturnType<ReturnType<typeof openStorePorts>['store']>>,
      Awaited<ReturnType<ReturnType<typeof openStorePorts>['stories']>>,
      Awaited<ReturnType<ReturnType<typeof openStorePorts>['ledger']>>,
    ];
    await Promise.all(
      Array.from({ length: 40 }, () => [
        store.listArticles(),
        stories.listStoryArticles(),
        ledger.counts(),
      ]).flat(),
    );
    const name = new URL(url).pathname.slice(1);
    const open = await connections(server.url, name);
    return { ports, open };
  }

  it('share one pool, which ends when the last port closes', async () => {
    const url = await server.createDatabase();
    const name = new URL(url).pathname.slice(1);
    const shared = openStorePorts(url);
    const { ports, open } = await busyPorts(url, async () => [
      await shared.store(),
      await shared.stories(),
      await shared.ledger(),
    ]);
    assert.ok(open >= 2 && open <= POOL_SIZE, `${open} connections for one pool of ${POOL_SIZE}`);
    // Closing two ports leaves the third working on the same pool; closing it ends the pool.
    const [store, stories, ledger] = ports as [
      { close(): Promise<void> },
      { close(): Promise<void> },
      { close(): Promise<void>; counts(): Promise<unknown> },
    ];
    await store.close();
    await stories.close();
    assert.deepEqual(await ledger.counts(), { results: {}, leases: 0, retakenLeases: 0 });
    await ledger.close();
    assert.equal(await connectionsAfterEnd(server.url, name), 0);
    // A port asked for afterwards opens a new pool.
    const again = await shared.store();
    assert.deepEqual(await again.listArticles(), []);
    await again.close();
  });

  it('opened one by one, by URL, the ports still share the process’s one pool', async () => {
    const url = await server.createDatabase();
    const name = new URL(url).pathname.slice(1);
    const { ports, open } = await busyPorts(url, async () => [
      await openStorePorts(url).store(),
      await createPostgresStoryStore(url),
      await createPostgresJobLedger(url),
    ]);
    assert.ok(open >= 2 && open <= POOL_SIZE, `${open} connections for one pool of ${POOL_SIZE}`);
    for (const port of ports) await port.close();
    assert.equal(await connectionsAfterEnd(server.url, name), 0);
    // Another database is another pool; a closed pool is not handed out again.
    const other = await server.createDatabase();
    const store = await createPostgresStore(other);
    const again = await createPostgresStore(url);
    assert.deepEqual(await again.listArticles(), []);
    assert.deepEqual(await store.listArticles(), []);
    await store.close();
    await again.close();
    assert.equal(await connectionsAfterEnd(server.url, name), 0);
  });
});

describe('matome status only reads the store', { skip: redisSkip, timeout: 60_000 }, () => {
  let server: PostgresServer;
  let redis: RedisServer;
  let dir: string;
  before(async () => {
    [server, redis] = await Promise.all([startPostgres(), startRedis()]);
    dir = mkdtempSync(join(tmpdir(), 'matome-status-'));
  });
  after(async () => {
    await redis?.stop();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a PostgreSQL database without matome schema, names it and the command that creates it, and creates nothing', async () => {
    const url = await server.createDatabase();
    const status = await runMatome(['status', '--redis', redis.url, '--store', url]);
    assert.notEqual(status.code, 0);
    assert.match(status.stderr, new RegExp(`${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
    assert.match(status.stderr, /no matome schema/);
    assert.match(status.stderr, /matome worker --store/);
    assert.equal(
      await count(url, "SELECT COUNT(*) AS n FROM pg_tables WHERE schemaname = 'public'"),
      0,
      'status created tables',
    );
    // Once a command that writes has created it, status reads it.
    await (await openStorePorts(url).ledger()).close();
    const tables = await count(url, "SELECT COUNT(*) AS n FROM pg_tables WHERE schemaname = 'public'");
    const ok = await runMatome(['status', '--redis', redis.url, '--store', url, '--json']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual((JSON.parse(ok.stdout) as { store: unknown }).store, {
      results: {},
      leases: 0,
      retakenLeases: 0,
    });
    assert.equal(await count(url, "SELECT COUNT(*) AS n FROM pg_tables WHERE schemaname = 'public'"), tables);
  });

  it('refuses a PostgreSQL store at an older schema version instead of upgrading it', async () => {
    const url = await server.createDatabase();
    await (await openStorePorts(url).ledger()).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const known = Number((await client.query('SELECT version FROM matome_schema')).rows[0].version);
    await client.query('UPDATE matome_schema SET version = $1', [known - 1]);
    await client.end();
    const status = await runMatome(['status', '--redis', redis.url, '--store', url]);
    assert.notEqual(status.code, 0);
    assert.match(status.stderr, new RegExp(`schema version ${known - 1}, this matome needs ${known}`));
    assert.equal(await count(url, 'SELECT version AS n FROM matome_schema'), known - 1);
  });

  it('refuses a SQLite file without matome schema and leaves it as it was', async () => {
    const file = join(dir, 'empty.db');
    writeFileSync(file, '');
    const status = await runMatome(['status', '--redis', redis.url, '--store', file]);
    assert.notEqual(status.code, 0);
    assert.match(status.stderr, /no matome schema in this file/);
    assert.match(status.stderr, /matome worker --store/);
    assert.equal(statSync(file).size, 0);
    assert.equal(readFileSync(file, 'utf8'), '');
  });
});
