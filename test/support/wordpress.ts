// A real WordPress on loopback for the publishing tests, started once per test file from Debian's
// packages (wordpress, mariadb-server, php-cli, php-mysql): its own MariaDB (datadir and socket in a
// temp dir, no TCP), its own docroot (Debian's /usr/share/wordpress hard-linked or copied, with a
// wp-config.php written for this instance, since Debian's reads /etc/wordpress/config-HOST.php),
// served by `php -S 127.0.0.1:PORT`, installed through wp-admin/install.php, WP_ENVIRONMENT_TYPE=local
// (Application Passwords are offered over plain http only then), and test users with Application
// Passwords made by PHP bootstrapping wp-load.php. `stop()` ends both servers and removes the dir.
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const WORDPRESS_DIR = process.env.MATOME_WORDPRESS_DIR ?? '/usr/share/wordpress';

/** The binaries a WordPress instance needs, each with the Debian package that provides it. */
const BINARIES: readonly { path: string; packageName: string }[] = [
  { path: '/usr/sbin/mariadbd', packageName: 'mariadb-server' },
  { path: '/usr/bin/mariadb-install-db', packageName: 'mariadb-server' },
  { path: '/usr/bin/mariadb', packageName: 'mariadb-client' },
  { path: '/usr/bin/php', packageName: 'php-cli' },
  { path: join(WORDPRESS_DIR, 'wp-settings.php'), packageName: 'wordpress' },
  {
    path: join(WORDPRESS_DIR, 'wp-content', 'themes', 'twentytwentythree', 'theme.json'),
    packageName: 'wordpress-theme-twentytwentythree',
  },
];

/**
 * Why WordPress cannot be started here (a missing binary and the package to install), or false.
 * CI (MATOME_REQUIRE_SHARED_DATA=1) makes a missing package a failure rather than a skip.
 */
export function wordpressUnavailable(): string | false {
  const missing = BINARIES.filter((binary) => !existsSync(binary.path));
  // WordPress talks to MariaDB through PHP's mysqli extension (php-mysql).
  if (existsSync('/usr/bin/php') && !/^mysqli$/m.test(execFileSync('php', ['-m'], { encoding: 'utf8' }))) {
    missing.push({ path: 'php mysqli extension', packageName: 'php-mysql' });
  }
  if (missing.length === 0) return false;
  const packages = [...new Set(missing.map((binary) => binary.packageName))];
  const reason = `WordPress tests need ${missing.map((binary) => binary.path).join(', ')} (not found): install them with "apt-get install -y ${packages.join(' ')}" (.ci/run does)`;
  if (process.env.MATOME_REQUIRE_SHARED_DATA === '1') throw new Error(reason);
  console.log(`SKIPPING: ${reason}`);
  return reason;
}

/** A WordPress user with an Application Password for the REST API. */
export interface WordPressUser {
  name: string;
  role: string;
  applicationPassword: string;
}

export interface WordPressInstance {
  /** http://127.0.0.1:PORT (no trailing slash). */
  url: string;
  /** The administrator made by the install (password login only). */
  admin: { name: string; password: string };
  /** Creates a user with `role` and an Application Password for it. */
  createUser(name: string, role: string): Promise<WordPressUser>;
  /** Runs SQL on WordPress's own database (tables prefixed wp_), rows as arrays of strings. */
  sql(query: string): Promise<string[][]>;
  /** Runs PHP with WordPress loaded (`$output` is printed as JSON). */
  php<T>(code: string): Promise<T>;
  /** The last lines php -S wrote (requests and PHP errors), for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, log: () => string) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${timeoutMs} ms:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Kills the child's process group when this process exits without stopping it (a failed test run). */
function killOnExit(child: ChildProcess): void {
  const kill = () => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {}
  };
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
}

function collect(child: ChildProcess): () => string {
  killOnExit(child);
  let text = '';
  const add = (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-8000);
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  return () => text;
}

async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Each server runs in its own process group (php -S forks workers): signal the whole group.
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      child.kill(name);
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Copies WordPress's core into `docroot`: hard links when on the same file system, else a copy. */
async function placeCore(docroot: string): Promise<void> {
  try {
    await run('cp', ['-al', `${WORDPRESS_DIR}/.`, docroot]);
  } catch {
    rmSync(docroot, { recursive: true, force: true });
    await run('cp', ['-r', `${WORDPRESS_DIR}/.`, docroot]);
  }
  // Debian's wp-config.php looks in /etc/wordpress; this instance has its own, and its own content dir.
  unlinkSync(join(docroot, 'wp-config.php'));
  rmSync(join(docroot, 'wp-content'), { recursive: true, force: true });
  mkdirSync(join(docroot, 'wp-content', 'themes'), { recursive: true });
  mkdirSync(join(docroot, 'wp-content', 'plugins'), { recursive: true });
  mkdirSync(join(docroot, 'wp-content', 'uploads'), { recursive: true });
  // `${dir}/.` (not join, which drops the dot) copies the folder's contents, not the folder.
  const themes = `${join(WORDPRESS_DIR, 'wp-content', 'themes')}/.`;
  const target = join(docroot, 'wp-content', 'themes');
  await run('cp', ['-al', themes, target]).catch(() => run('cp', ['-r', themes, target]));
}

/** Starts MariaDB and WordPress, installs it, and returns the instance. */
export async function startWordPress(options: { workers?: number } = {}): Promise<WordPressInstance> {
  const dir = mkdtempSync(join(tmpdir(), 'matome-wordpress-'));
  const datadir = join(dir, 'mysql');
  const socket = join(dir, 'mysql.sock');
  const docroot = join(dir, 'www');
  let mariadb: ChildProcess | undefined;
  let php: ChildProcess | undefined;
  const stop = async () => {
    await stopChild(php);
    await stopChild(mariadb);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const user = process.getuid?.() === 0 ? ['--user=root'] : [];
    const core = placeCore(docroot);
    await run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...user,
    ]);
    mariadb = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${datadir}`,
        `--socket=${socket}`,
        `--pid-file=${join(dir, 'mysql.pid')}`,
        '--skip-networking',
        '--innodb-buffer-pool-size=32M',
        '--innodb-flush-log-at-trx-commit=2',
        '--skip-log-bin',
        ...user,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    const mariadbLog = collect(mariadb);
    const sql = async (query: string, database = 'wordpress'): Promise<string[][]> => {
      const { stdout } = await run('mariadb', [
        '--no-defaults',
        `--socket=${socket}`,
        '-uroot',
        '--batch',
        '--skip-column-names',
        '--default-character-set=utf8mb4',
        ...(database === '' ? [] : [database]),
        '-e',
        query,
      ]);
      return stdout
        .split('\n')
        .filter((line) => line !== '')
        .map((line) =>
          // Batch mode writes a newline, tab and backslash in a value as \n, \t and \\.
          line
            .split('\t')
            .map((value) =>
              value.replace(/\\([nt0\\])/g, (_, c: string) => ({ n: '\n', t: '\t', '0': '\0' })[c] ?? c),
            ),
        );
    };
    await waitFor('MariaDB', async () => (await sql('SELECT 1', '')).length === 1, 30_000, mariadbLog);
    await sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci', '');
    await core;

    const salt = () => randomBytes(24).toString('hex');
    const keys = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ];
    writeFileSync(
      join(docroot, 'wp-config.php'),
      `<?php
// Written by test/support/wordpress.ts for one test instance.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys.map((key) => `define('${key}', '${salt()}');`).join('\n')}
// Application Passwords over plain http need the local environment type.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', ${process.env.MATOME_WP_DEBUG === '1' ? 'true' : 'false'});
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', docroot], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: String(options.workers ?? 4) },
    });
    const phpLog = collect(php);
    await waitFor('php -S', async () => (await fetch(`${url}/readme.html`)).ok, 30_000, phpLog);

    // The install page, as a person fills it in.
    const admin = { name: 'admin', password: `admin-${salt()}` };
    const install = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        weblog_title: 'matome test site',
        user_name: admin.name,
        admin_password: admin.password,
        admin_password2: admin.password,
        pw_weak: '1',
        admin_email: 'admin@example.invalid',
        blog_public: '0',
        language: '',
      }),
    });
    const installed = await install.text();
    if (!install.ok || !/wp-login\.php/.test(installed)) {
      throw new Error(
        `WordPress install page failed (HTTP ${install.status}):\n${installed.slice(0, 2000)}\n${phpLog()}`,
      );
    }

    const runPhp = async <T>(code: string): Promise<T> => {
      const script = join(dir, `run-${randomBytes(6).toString('hex')}.php`);
      writeFileSync(
        script,
        `<?php\n$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';\nrequire ${JSON.stringify(join(docroot, 'wp-load.php'))};\n${code}\necho json_encode($output);\n`,
      );
      try {
        const { stdout } = await run('php', [script]);
        return JSON.parse(stdout) as T;
      } finally {
        rmSync(script, { force: true });
      }
    };

    return {
      url,
      admin,
      sql: (query) => sql(query),
      log: phpLog,
      php: runPhp,
      async createUser(name, role) {
        const { password } = await runPhp<{ password: string }>(`
$id = wp_insert_user(['user_login' => ${JSON.stringify(name)}, 'user_pass' => wp_generate_password(24),
  'user_email' => ${JSON.stringify(`${name}@example.invalid`)}, 'role' => ${JSON.stringify(role)}]);
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
$created = WP_Application_Passwords::create_new_application_password($id, ['name' => 'matome tests']);
if (is_wp_error($created)) { fwrite(STDERR, $created->get_error_message()); exit(1); }
$output = ['password' => $created[0]];`);
        return { name, role, applicationPassword: password };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
