import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { MatomeError } from '../domain/errors.ts';
import {
  ENGINE_OPTIONS,
  engineFromOptions,
  JUDGE_OPTIONS,
  judgeFromOptions,
} from '../pipeline/engine-options.ts';
import { startDeskServer } from '../server/start-desk-server.ts';
import { openStorePorts, storeSpecFrom } from '../store/open-store.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { untilStopped } from './cli-io.ts';
import { EXIT } from './exit-codes.ts';
import {
  deskPublicationsFor,
  deskPublisherFor,
  PUBLISH_OPTIONS,
  publishTargetFrom,
} from './publish-command.ts';
import { DEFAULT_STORE, SERVE_USAGE } from './usage.ts';
import { everySecondsFrom, readFeedList, WATCH_SETTING_OPTIONS, watchSettingsFrom } from './watch-options.ts';
import type { Watching } from './watch-worker.ts';

/** Where the command writes; `signal` stops the server (SIGINT/SIGTERM otherwise). */
export interface ServeIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env?: Readonly<Record<string, string | undefined>>;
  tokenizer?: Tokenizer;
  signal?: AbortSignal;
}

export { SERVE_USAGE } from './usage.ts';

/** Editors by token from MATOME_DESK_TOKENS ("佐藤:token1,鈴木:token2"). */
export function parseDeskTokens(value: string): Map<string, string> {
  const editors = new Map<string, string>();
  for (const entry of value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')) {
    const at = entry.lastIndexOf(':');
    const name = entry.slice(0, at).trim();
    const token = entry.slice(at + 1).trim();
    if (at <= 0 || !/^[A-Za-z0-9._~+/=-]{16,512}$/.test(token)) {
      throw new MatomeError(
        'INVALID_ARGUMENT',
        `Invalid MATOME_DESK_TOKENS: entry ${JSON.stringify(name || entry.slice(0, 8))} (expected name:token with a token of 16+ letters, digits or ._~+/=-)`,
        {
          hint: 'Write MATOME_DESK_TOKENS="佐藤:<random token>,鈴木:<random token>" (openssl rand -hex 24 makes one).',
        },
      );
    }
    editors.set(token, name);
  }
  return editors;
}

/** `matome serve`: runs the review desk until the signal (or SIGINT/SIGTERM). */
export async function runServeCommand(args: readonly string[], io: ServeIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    throw new MatomeError('INVALID_ARGUMENT', `Invalid arguments: ${(error as Error).message}`, {
      hint: 'Run "matome serve --help".',
    });
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(SERVE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new MatomeError('INVALID_ARGUMENT', `Invalid arguments: unexpected ${positionals[0]}`, {
      hint: 'Run "matome serve --help".',
    });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new MatomeError('INVALID_ARGUMENT', `Invalid arguments: --port ${values.port} (give 0–65535)`, {
      hint: 'Run "matome serve --help".',
    });
  const env = io.env ?? process.env;
  const configured = env.MATOME_DESK_TOKENS;
  const editors =
    configured === undefined || configured.trim() === ''
      ? new Map([[randomBytes(24).toString('hex'), 'editor']])
      : parseDeskTokens(configured);
  const host = String(values.host);
  if (!['127.0.0.1', '::1', 'localhost'].includes(host))
    io.stderr(`matome: warning: serving on ${host}, reachable from other machines; put TLS in front of it\n`);
  // --publish wordpress: every article the desk publishes is also published there, once.
  const target =
    values.publish === undefined ? undefined : publishTargetFrom(values, values.publish, env, 'serve');
  // --watch FEEDS.txt: the feeds, pacing and engine are checked before the desk starts.
  const watch =
    values.watch === undefined
      ? undefined
      : { feeds: await readFeedList(values.watch), settings: watchSettingsFrom(values, 'serve') };
  // The engine and judge options (build's) choose how --watch builds; a desk job names its own.
  const watchOptions = Object.keys({ ...ENGINE_OPTIONS, ...JUDGE_OPTIONS });
  const engineValues = Object.fromEntries(
    watchOptions.map((name) => [name, values[name as keyof typeof values]]),
  ) as Parameters<typeof engineFromOptions>[0];
  const engineGiven = watchOptions.find((name) =>
    args.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`)),
  );
  // --watch with --redis: the rounds are scheduled here and run by matome worker (with its own engine options).
  const every = values.every === undefined ? 60 : everySecondsFrom(values.every, 'serve');
  if (values.every !== undefined && (watch === undefined || values.redis === undefined))
    throw new MatomeError('INVALID_ARGUMENT', 'Invalid arguments: --every without --watch and --redis', {
      hint: 'The rounds of "matome serve --watch FEEDS.txt --redis URL" come every --every seconds; without --redis the watcher paces itself.',
    });
  if (watch !== undefined && values.redis !== undefined && engineGiven !== undefined)
    throw new MatomeError(
      'INVALID_ARGUMENT',
      `Invalid arguments: --${engineGiven} with --watch and --redis`,
      {
        hint: 'With --redis the watch rounds run in "matome worker": give the engine options to the workers.',
      },
    );
  if (watch === undefined && engineGiven !== undefined)
    throw new MatomeError('INVALID_ARGUMENT', `Invalid arguments: --${engineGiven} without --watch`, {
      hint: 'The engine options choose how "matome serve --watch FEEDS.txt" builds; a build job on the desk names its engine in its request.',
    });
  if (watch !== undefined && values.redis === undefined) {
    await engineFromOptions(engineValues, env, undefined);
    await judgeFromOptions(engineValues, env, undefined);
  }
  const queued = values.redis === undefined ? undefined : await queuedBuilds(values.redis, io);
  let watching: Watching | undefined;
  // serve --watch --redis: this desk takes part in leading the watch rounds' job scheduler.
  const scheduling = new AbortController();
  let scheduled: Promise<void> | undefined;
  const storeSpec = storeSpecFrom(values.store, env, DEFAULT_STORE);
  const ports = openStorePorts(storeSpec);
  const store = await ports.store();
  const stories = await ports.stories();
  // With the job queue, the desk's queue page shows what `matome status` shows, the store's job records included.
  const ledger = queued === undefined ? undefined : await ports.ledger();
  try {
    const server = await startDeskServer({
      ...(queued === undefined
        ? {}
        : {
            builds: { runner: queued.runner, parallel: QUEUED_BUILDS },
            queueStatus: () => queued.status(ledger === undefined ? {} : { ledger }),
          }),
      ...(target === undefined
        ? {}
        : { publisher: deskPublisherFor(target, store), publications: deskPublicationsFor(target, store) }),
      store,
      stories,
      tokenizer: io.tokenizer ?? (await createTokenizer()),
      editors,
      host,
      port,
      ...(values.sources === undefined ? {} : { sourcesDir: values.sources }),
      allowHosts: values['allow-host'] ?? [],
      storePath: storeSpec,
      env,
    });
    io.stdout(`matome: review desk at ${server.url}/ (API ${server.url}/api, ${server.url}/openapi.json)\n`);
    if (values.redis !== undefined)
      io.stdout(`matome: builds go to the job queue on ${values.redis} (run "matome worker")\n`);
    if (configured === undefined || configured.trim() === '')
      io.stdout(`matome: token for this run (editor "editor"): ${[...editors.keys()][0]}\n`);
    if (watch !== undefined && values.redis !== undefined) {
      // Rounds run by matome worker as queued jobs (fetch → extract → cluster → build), as for
      // matome watch --redis: the same leader election and job scheduler.
      const { scheduleWatchRounds } = await import('./watch-command.ts');
      scheduled = scheduleWatchRounds(
        values.redis,
        watch.feeds,
        watch.settings,
        every,
        io,
        scheduling.signal,
      ).catch((error: unknown) =>
        io.stderr(
          `matome watch: scheduling stopped: ${error instanceof Error ? error.message : String(error)}\n`,
        ),
      );
      io.stdout(
        `matome: watching ${watch.feeds.length} feed(s) from ${values.watch}: a round every ${every} s queued on ${values.redis} (run "matome worker"); stories at ${server.url}/stories\n`,
      );
    } else if (watch !== undefined) {
      // The watcher is loaded only when asked for; it runs matome watch's loop in a worker thread.
      const { startWatchWorker } = await import('./watch-worker.ts');
      watching = startWatchWorker(
        {
          ...watch,
          storePath: storeSpec,
          allowHosts: values['allow-host'] ?? [],
          engineValues,
          once: false,
        },
        io.stderr,
        env,
      );
      io.stdout(
        `matome: watching ${watch.feeds.length} feed(s) from ${values.watch}; stories at ${server.url}/stories\n`,
      );
    }
    await untilStopped(io.signal);
    // The watcher finishes its current step first, then the server stops taking requests.
    scheduling.abort();
    await scheduled;
    await watching?.close();
    watching = undefined;
    await server.close();
    return EXIT.ok;
  } finally {
    scheduling.abort();
    await scheduled;
    await watching?.close();
    await queued?.close();
    await ledger?.close();
    await stories.close();
    await store.close();
  }
}

/** Builds the desk waits on at once when workers run them (each waits in the queue, not here). */
const QUEUED_BUILDS = 64;

/** The job queue as the desk's build runner; the queue modules (BullMQ) are loaded only with --redis. */
async function queuedBuilds(redisUrl: string, io: ServeIo) {
  const { checkRedis, createJobQueues } = await import('../queue/queues.ts');
  const { createQueueBuildRunner } = await import('../queue/queue-build-runner.ts');
  const { readQueueStatus } = await import('../queue/queue-status.ts');
  await checkRedis(redisUrl);
  const queues = createJobQueues(redisUrl);
  const { runner, close } = createQueueBuildRunner(redisUrl, queues, (error) =>
    io.stderr(`matome: job queue: ${error.message}\n`),
  );
  return {
    runner,
    /** The queues' status, as `matome status` reads it. */
    status: (options: Parameters<typeof readQueueStatus>[1]) => readQueueStatus(queues, options),
    async close() {
      await close();
      await queues.close();
    },
  };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      store: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8787' },
      sources: { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      redis: { type: 'string' },
      publish: { type: 'string' },
      ...PUBLISH_OPTIONS,
      watch: { type: 'string' },
      every: { type: 'string' },
      ...WATCH_SETTING_OPTIONS,
      ...ENGINE_OPTIONS,
      ...JUDGE_OPTIONS,
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
}
