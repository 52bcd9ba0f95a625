// A real PostgreSQL for tests: initdb into a temp dir, the server on 127.0.0.1 at a free port (its
// Unix socket in the data dir), stopped after the suite. PostgreSQL refuses to run as root, so when
// the tests run as root (CI does) the server runs as the `postgres` user the Debian package creates.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';

const PACKAGE_HINT = 'install the Debian package postgresql (apt-get install -y postgresql)';

/** The folder with initdb and postgres: Debian's /usr/lib/postgresql/N/bin (newest), else PATH. */
function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'postgres')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0] !== undefined) return join(root, versions[0], 'bin');
  }
  try {
    const found = execFileSync('sh', ['-c', 'command -v initdb'], { stdio: 'pipe' }).toString().trim();
    return found === '' ? undefined : found.replace(/\/initdb$/, '');
  } catch {
    return undefined;
  }
}

/** The user the server runs as: ourselves, or `postgres` when we are root. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { stdio: 'pipe' }).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { stdio: 'pipe' }).toString().trim());
  return { uid, gid };
}

/** PostgreSQL's binaries, or why they cannot be used: skip (locally) or fail (CI sets MATOME_REQUIRE_SHARED_DATA=1). */
export function postgresAvailable(): { skip: string | false } {
  let reason: string | undefined;
  const dir = binDir();
  if (dir === undefined) reason = `PostgreSQL (initdb, postgres) not found: ${PACKAGE_HINT}`;
  else {
    try {
      serverUser();
    } catch {
      reason = `running as root, but there is no postgres user to run the server as: ${PACKAGE_HINT}`;
    }
  }
  if (reason === undefined) return { skip: false };
  if (process.env.MATOME_REQUIRE_SHARED_DATA === '1')
    throw new Error(`${reason}; MATOME_REQUIRE_SHARED_DATA=1 makes this a failure`);
  console.log(`# SKIPPING: ${reason}`);
  return { skip: reason };
}

export interface PostgresServer {
  /** postgres://matome@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  /** A new empty database on the server; its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/**
 * Starts a PostgreSQL server on a free loopback port with its own temp data dir. `durable`: commits
 * are synced to disk (fsync on, as a real server runs; for benches), otherwise fsync is off.
 */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<PostgresServer> {
  const bin = binDir();
  if (bin === undefined) throw new Error(`PostgreSQL not found: ${PACKAGE_HINT}`);
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'matome-postgres-'));
  if (user !== undefined) chownSync(dir, user.uid, user.gid);
  const as = user === undefined ? {} : { uid: user.uid, gid: user.gid };
  const data = join(dir, 'data');
  execFileSync(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'matome', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
    { stdio: 'pipe', ...as, env: { ...process.env, LC_ALL: 'C' } },
  );
  const port = await freePort();
  let log = '';
  // fsync off: a test server's data need not survive a power cut, and syncing dominates its time.
  const child: ChildProcess = spawn(
    join(bin, 'postgres'),
    [
      '-D',
      data,
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      options.durable === true ? 'fsync=on' : 'fsync=off',
      '-c',
      'max_connections=100',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], ...as },
  );
  child.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `postgres://matome@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => {});
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`PostgreSQL did not start on port ${port}: ${String(error)}\n${log}`);
      await delay(100);
    }
  }
  let databases = 0;
  return {
    url,
    port,
    async createDatabase() {
      databases += 1;
      const name = `matome_test_${databases}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://matome@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (child.exitCode === null) {
        // SIGINT: fast shutdown (disconnects clients, then stops).
        child.kill('SIGINT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
