import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { MatomeError } from '../domain/errors.ts';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { createRobotsPolicy } from '../fetch/robots-policy.ts';
import {
  ENGINE_OPTIONS,
  engineFromOptions,
  JUDGE_OPTIONS,
  judgeFromOptions,
  maxTokensPerDayFrom,
} from '../pipeline/engine-options.ts';
import {
  createBuildHandler,
  createPublishHandler,
  createVerifyHandler,
  type JobJudge,
} from '../queue/job-handlers.ts';
import { createJobLlmCache } from '../queue/job-llm-cache.ts';
import { checkRedis, createJobQueues, JOB_KINDS, type JobKind } from '../queue/queues.ts';
import { createRedisHostScheduler } from '../queue/redis-host-scheduler.ts';
import {
  createClusterHandler,
  createExtractHandler,
  createFetchHandler,
  createRecheckHandler,
  queueDuePolls,
  queueDueRechecks,
  queueUncoveredBuilds,
} from '../queue/stage-handlers.ts';
import {
  DEFAULT_CONCURRENCY,
  type JobContext,
  type JobHandlers,
  startWorkers,
} from '../queue/start-workers.ts';
import { checkEngineRequest } from '../server/build-jobs.ts';
import { openStorePorts, storeSpecFrom } from '../store/open-store.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { untilStopped } from './cli-io.ts';
import { EXIT } from './exit-codes.ts';
import { DEFAULT_STORE } from './usage.ts';

/** The product token robots.txt groups are matched against (as the CLI's). */
const invalid = (detail: string) =>
  new MatomeError('INVALID_ARGUMENT', `Invalid arguments: ${detail}`, {
    hint: 'Run "matome worker --help".',
  });

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw invalid(`--${name} ${value} (give a whole number from ${min} to ${max})`);
  }
  return number;
}

/** Where the command writes; `signal` stops the workers (SIGINT/SIGTERM otherwise). */
export interface WorkerIo {
  stdout(text: string): void;
  stderr(text: string): void;
  tokenizer?: Tokenizer;
  signal?: AbortSignal;
  env?: Readonly<Record<string, string | undefined>>;
}

/** `matome worker`: runs queue workers until the signal (or SIGINT/SIGTERM). */
export async function runWorkerCommand(args: readonly string[], io: WorkerIo): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    const parsed = parse(args);
    if (parsed.positionals.length > 0) throw new Error(`unexpected ${parsed.positionals[0]}`);
    values = parsed.values;
  } catch (error) {
    throw invalid((error as Error).message);
  }
  if (values.redis === undefined)
    throw invalid('--redis URL is required (e.g. --redis redis://127.0.0.1:6379)');
  const concurrency = concurrencyFrom(values.concurrency);
  const interval = wholeNumber('host-interval', values['host-interval'], 1, 600_000);
  const kinds = values.kinds.split(',').map((kind) => kind.trim());
  for (const kind of kinds) {
    if (!JOB_KINDS.includes(kind as JobKind))
      throw invalid(`--kinds ${values.kinds} (choose from ${JOB_KINDS.join(', ')})`);
  }
  const redisUrl = values.redis;
  const publishTargets = (values['publish-to'] ?? []).map((target) => {
    if (!/^https?:\/\/[^/\s]+/i.test(target) || !URL.canParse(target))
      throw invalid(`--publish-to ${target} (give an http(s) URL)`);
    return target;
  });
  // The engine options as for matome build; --concurrency is the worker's (jobs at once), so the
  // llm engine keeps its default number of concurrent calls. Checked before anything is opened.
  const engineValues = { ...values, concurrency: undefined };
  const env = io.env ?? process.env;
  if (values['min-model-share'] !== undefined) throw invalid('--min-model-share is for matome build');
  const builds = kinds.includes('build') || kinds.includes('recheck');
  // The engine and judge options only shape build and recheck jobs: given to a worker that runs
  // neither, they would be ignored, so they are refused, naming what the worker does run.
  if (!builds) {
    const given = (['judge', 'judge-budget', 'model', 'base-url'] as const)
      .filter((name) => values[name] !== undefined)
      .map((name) => `--${name}`);
    if (values.engine !== 'offline') given.unshift(`--engine ${values.engine}`);
    if (given.length > 0)
      throw invalid(
        `${given.join(', ')} shape${given.length === 1 ? 's' : ''} build and recheck jobs, and this worker runs only ${kinds.join(', ')} (add build or recheck to --kinds, or leave ${given.length === 1 ? 'it' : 'them'} out)`,
      );
  }
  const first = builds ? await engineFromOptions(engineValues, env, undefined) : undefined;
  // --judge MODEL [--judge-budget N]: checked here too, as matome build checks them.
  if (first !== undefined) await judgeFromOptions(engineValues, env, undefined);
  const maxTokensPerDay = maxTokensPerDayFrom(engineValues, env);
  await checkRedis(redisUrl);

  const storePath = storeSpecFrom(values.store, env, DEFAULT_STORE);
  // One StorePorts: on PostgreSQL the store and the job ledger share the process's one pool.
  const ports = openStorePorts(storePath);
  const store = await ports.store();
  const ledger = await ports.ledger();
  const stories = await ports.stories();
  const queues = createJobQueues(redisUrl);
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  redis.on('error', (error) => io.stderr(`matome: worker: Redis: ${error.message}\n`));
  let workers: { close(): Promise<void> } | undefined;
  try {
    const fetch = createGuardedFetch({ allowHosts: values['allow-host'] ?? [] });
    const tokenizer = io.tokenizer ?? (await createTokenizer());
    const handlers: JobHandlers = {};
    const access = {
      fetch,
      robots: createRobotsPolicy({ fetch }),
      scheduler: createRedisHostScheduler(redis, { minIntervalMs: interval }),
    };
    // The stages of a queued watch round (queue/stage-handlers.ts).
    if (kinds.includes('fetch')) handlers.fetch = createFetchHandler({ store, stories, access });
    if (kinds.includes('extract')) handlers.extract = createExtractHandler({ store, stories });
    if (kinds.includes('cluster')) handlers.cluster = createClusterHandler({ stories, tokenizer });
    if (first !== undefined) {
      const jobCache = (context: JobContext) =>
        createJobLlmCache(
          store,
          ledger,
          context.fence,
          maxTokensPerDay === undefined ? {} : { maxTokensPerDay },
        );
      // The judge is made per job, with the job's fenced token ledger: the worker's --judge, or the
      // model a desk request named (with the worker's model server, credentials and budgets).
      const judge: JobJudge = async (context, asked) => {
        if (asked !== undefined) checkEngineRequest({ judge: asked.model });
        const judgeValues =
          asked === undefined
            ? engineValues
            : {
                ...engineValues,
                judge: asked.model,
                'judge-budget': asked.budget === undefined ? values['judge-budget'] : String(asked.budget),
              };
        return await judgeFromOptions(judgeValues, env, store, jobCache(context));
      };
      // The offline engine is shared; the llm engine is made per job, with the job's fenced token ledger.
      const engine =
        values.engine === 'offline'
          ? first
          : (context: JobContext) => engineFromOptions(engineValues, env, store, jobCache(context));
      if (kinds.includes('build'))
        handlers.build = createBuildHandler({ store, stories, tokenizer, engine, judge, access });
      if (kinds.includes('recheck'))
        handlers.recheck = createRecheckHandler({ store, stories, tokenizer, engine, judge, access });
    }
    if (kinds.includes('verify')) handlers.verify = createVerifyHandler(store, tokenizer);
    if (kinds.includes('watch')) {
      // A scheduled watch round (matome watch --redis, matome serve --watch --redis) only queues
      // jobs: a fetch job per feed that is due, a recheck job per story that is due, each keyed by
      // what it is for and the time it was due, and a build job per story whose links its latest
      // revision does not cover (keyed by the story and its links), so overlapping rounds queue the
      // same jobs and the store's job ledger records each once (queue/stage-handlers.ts).
      handlers.watch = {
        async run(payload) {
          const fetchJobs = await queueDuePolls(payload.feeds, payload.settings, { stories, queues });
          const recheckJobs = await queueDueRechecks(payload.settings.recheck, { stories, queues });
          const buildJobs = await queueUncoveredBuilds(payload.settings.minSources, { stories, queues });
          io.stderr(
            `matome watch: round: ${fetchJobs.length} feed poll(s), ${recheckJobs.length} story re-check(s) and ${buildJobs.length} story build(s) queued\n`,
          );
          return { result: { fetchJobs, recheckJobs, buildJobs } };
        },
      };
    }
    if (kinds.includes('publish'))
      handlers.publish = createPublishHandler(store, { targets: publishTargets });
    const started = startWorkers({
      redisUrl,
      ledger,
      queues,
      handlers,
      concurrency,
      onError: (error) => io.stderr(`matome: worker: ${error.message}\n`),
    });
    workers = started;
    for (const worker of started.workers) {
      worker.on('failed', (job, error) => {
        if (job !== undefined) io.stderr(`matome: ${job.name} job ${job.id} failed: ${error.message}\n`);
      });
      worker.on('completed', (job) => io.stdout(`matome: ${job.name} job ${job.id} done\n`));
    }
    io.stdout(
      `matome: worker on ${redisUrl} (${JOB_KINDS.filter((kind) => handlers[kind] !== undefined)
        .map((kind) => `${kind} ×${concurrency[kind]}`)
        .join(', ')}), store ${storePath}\n`,
    );
    await untilStopped(io.signal);
    return EXIT.ok;
  } finally {
    // Running jobs are let finish; what a killed worker leaves is taken over by another (stalled jobs).
    await workers?.close();
    await queues.close();
    redis.disconnect();
    await stories.close();
    await ledger.close();
    await store.close();
  }
}

/**
 * --concurrency: N (build and verify N at once, publish and fetch 4N, extract 2N; cluster and watch 1), or
 * per kind, `fetch=4,build=2` (the kinds not named keep their defaults).
 */
function concurrencyFrom(value: string): Record<JobKind, number> {
  if (/^\d+$/.test(value)) {
    const n = wholeNumber('concurrency', value, 1, 64);
    return Object.fromEntries(
      JOB_KINDS.map((kind) => [
        kind,
        kind === 'watch' || kind === 'cluster' ? 1 : DEFAULT_CONCURRENCY[kind] * n,
      ]),
    ) as Record<JobKind, number>;
  }
  const result = { ...DEFAULT_CONCURRENCY };
  for (const part of value.split(',')) {
    const [kind, count, ...rest] = part.split('=').map((item) => item.trim());
    if (kind === undefined || count === undefined || rest.length > 0 || !JOB_KINDS.includes(kind as JobKind))
      throw invalid(
        `--concurrency ${value} (give N, or KIND=N pairs joined by commas, KIND one of ${JOB_KINDS.join(', ')}: fetch=4,build=2)`,
      );
    result[kind as JobKind] = wholeNumber(`concurrency ${kind}`, count, 1, 64);
  }
  return result;
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      ...ENGINE_OPTIONS,
      ...JUDGE_OPTIONS,
      redis: { type: 'string' },
      store: { type: 'string' },
      concurrency: { type: 'string', default: '1' },
      kinds: { type: 'string', default: JOB_KINDS.join(',') },
      'allow-host': { type: 'string', multiple: true },
      'host-interval': { type: 'string', default: '1000' },
      'publish-to': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
}
