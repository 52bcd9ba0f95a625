// A real redis-server for tests: its own process on 127.0.0.1, a free port, a temp data dir with an
// append-only file synced at every write (so a restart keeps every job), stopped after the suite.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** The redis-server binary, or why it cannot be used: skip (locally) or fail (CI sets MATOME_REQUIRE_SHARED_DATA=1). */
export function redisAvailable(): { skip: string | false } {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'pipe' });
    return { skip: false };
  } catch {
    const reason =
      'redis-server not found: install the Debian package redis-server (apt-get install -y redis-server)';
    if (process.env.MATOME_REQUIRE_SHARED_DATA === '1')
      throw new Error(`${reason}; MATOME_REQUIRE_SHARED_DATA=1 makes this a failure`);
    console.log(`# SKIPPING: ${reason}`);
    return { skip: reason };
  }
}

export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server (SHUTDOWN, so the append-only file is complete) and starts it again on the same port and data. */
  restart(): Promise<void>;
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

async function ping(port: number): Promise<boolean> {
  try {
    const answer = execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'ping'], {
      stdio: 'pipe',
    });
    return answer.toString().trim() === 'PONG';
  } catch {
    return false;
  }
}

/** Starts redis-server on a free loopback port with its own temp dir. */
export async function startRedis(): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'matome-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  let log = '';

  async function launch(): Promise<void> {
    log = '';
    child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--save',
        '',
        '--maxmemory-policy',
        'noeviction',
        '--daemonize',
        'no',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    for (let tries = 0; tries < 100; tries++) {
      if (await ping(port)) return;
      if (child.exitCode !== null) break;
      await delay(50);
    }
    throw new Error(`redis-server did not start on 127.0.0.1:${port}: ${log.slice(-500)}`);
  }

  async function shutdown(): Promise<void> {
    const running = child;
    if (running === undefined || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  }

  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async restart() {
      await shutdown();
      await launch();
    },
    async stop() {
      await shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
