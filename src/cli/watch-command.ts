import { setTimeout as delay } from 'node:timers/promises';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { createHostScheduler } from '../fetch/host-scheduler.ts';
import { createRobotsPolicy } from '../fetch/robots-policy.ts';
import {
  ENGINE_OPTIONS,
  engineFromOptions,
  JUDGE_OPTIONS,
  judgeFromOptions,
} from '../pipeline/engine-options.ts';
import { type BuiltRevision, createFeedWatcher, type RoundSummary } from '../pipeline/watch-feeds.ts';
import type { WatchSettings } from '../pipeline/watch-settings.ts';
import { OUTPUT_FORMATS, type OutputFormat, renderArticle } from '../render/index.ts';
import { openStorePorts, type StorePorts, storeSpecFrom } from '../store/open-store.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { renderReportHtml, renderReportText } from '../verify/render-report.ts';
import { verifyArticle } from '../verify/verify-article.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT } from './exit-codes.ts';
import { usageError as commandUsageError, parseOptions, strings } from './parse-options.ts';
import { DEFAULT_STORE } from './usage.ts';
import { everySecondsFrom, readFeedList, WATCH_SETTING_OPTIONS, watchSettingsFrom } from './watch-options.ts';
import { writeOutputs } from './write-outputs.ts';

/** The product token robots.txt groups are matched against. */
const usageError = (detail: string) => commandUsageError(detail, 'watch');

/** Collaborators a test replaces: the stop signal (SIGINT/SIGTERM otherwise), clock and sleep. */
export interface WatchCommandHooks {
  stop?: AbortSignal;
  now?: () => Date;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/**
 * `matome watch FEEDS.txt`: polls the feeds listed (one URL a line, # comments), builds an article
 * per story with enough sources, and keeps them up to date (追記). `--once` runs one round; without
 * it, rounds run until SIGINT or SIGTERM, which let the current step finish.
 */
export async function runWatchCommand(
  args: readonly string[],
  io: CliIo,
  hooks: WatchCommandHooks = {},
): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      once: { type: 'boolean', default: false },
      store: { type: 'string' },
      redis: { type: 'string' },
      every: { type: 'string', default: '60' },
      out: { type: 'string' },
      format: { type: 'string', default: OUTPUT_FORMATS.join(',') },
      ...WATCH_SETTING_OPTIONS,
      'allow-host': { type: 'string', multiple: true },
      ...ENGINE_OPTIONS,
      ...JUDGE_OPTIONS,
    },
    'watch',
  );
  const [list, ...extra] = positionals;
  if (list === undefined || extra.length > 0) throw usageError('watch takes exactly one FEEDS.txt');
  const settings = watchSettingsFrom(values, 'watch');
  const formats = String(values.format)
    .split(',')
    .map((format) => format.trim())
    .filter((format) => format.length > 0);
  if (formats.length === 0 || formats.some((format) => !OUTPUT_FORMATS.includes(format as OutputFormat)))
    throw usageError(`--format ${values.format} (choose from ${OUTPUT_FORMATS.join(', ')})`);
  const feeds = await readFeedList(list);

  const stopping = new AbortController();
  const onSignal = () => {
    io.stderr('matome watch: stopping after the current step\n');
    stopping.abort();
  };
  if (hooks.stop === undefined) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  try {
    if (typeof values.redis === 'string') {
      if (values.once === true)
        throw usageError('--once runs one round in this process; leave out --redis for it (or --once)');
      if (values.out !== undefined)
        throw usageError('--out writes files where the round runs; with --redis rounds run in matome worker');
      if (values.judge !== undefined || values['judge-budget'] !== undefined)
        throw usageError('--judge judges the builds where they run; with --redis give it to matome worker');
      await scheduleWatchRounds(
        values.redis,
        feeds,
        settings,
        everySecondsFrom(values.every, 'watch'),
        io,
        hooks.stop ?? stopping.signal,
      );
      return EXIT.ok;
    }
    await runWatchLoop(
      {
        feeds,
        storePath: storeSpecFrom(values.store, io.env ?? process.env, DEFAULT_STORE),
        settings,
        allowHosts: strings(values['allow-host']),
        engineValues: values,
        once: values.once === true,
        ...(typeof values.out === 'string'
          ? { out: { dir: values.out, formats: formats as OutputFormat[] } }
          : {}),
      },
      io,
      { ...hooks, stop: hooks.stop ?? stopping.signal },
    );
    return EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** What one watch run follows, where it keeps its state, and what it does with each revision. */
export interface WatchRun {
  feeds: readonly string[];
  storePath: string;
  settings: WatchSettings;
  allowHosts: string[];
  /** The engine and judge options (`build`'s); {} for the offline engine and no judge. */
  engineValues: Parameters<typeof engineFromOptions>[0];
  /** One round and return (cron), else rounds until `stop`. */
  once: boolean;
  /** Each revision verified and written there, like `matome build`'s output. */
  out?: { dir: string; formats: OutputFormat[] };
  /** The store's ports when the caller has them open (a worker: its one pool); else opened from storePath. */
  ports?: StorePorts;
}

/**
 * The watch loop, the one `matome watch` and `matome serve --watch` run: opens the store, builds
 * the watcher (guarded fetch, robots.txt, host scheduler, engine), and runs rounds until `stop`
 * (or one with `once`), sleeping until the earliest due poll or re-check. `stop` ends it after the
 * current step; the store is closed on the way out.
 */
export async function runWatchLoop(
  run: WatchRun,
  io: CliIo,
  hooks: WatchCommandHooks & { stop: AbortSignal },
): Promise<RoundSummary | undefined> {
  const { stop } = hooks;
  const now = hooks.now ?? (() => new Date());
  const ports = run.ports ?? openStorePorts(run.storePath, { now });
  const store = await ports.store();
  const stories = await ports.stories();
  try {
    const engine = await engineFromOptions(run.engineValues, io.env ?? process.env, store);
    // --judge MODEL: each story's build is judged, its answers cached in the store as build's.
    const judge = await judgeFromOptions(run.engineValues, io.env ?? process.env, store);
    const fetch = createGuardedFetch({ allowHosts: run.allowHosts });
    const tokenizer = io.tokenizer ?? (await createTokenizer());
    const { out } = run;
    const watcher = createFeedWatcher(
      run.feeds,
      {
        fetch,
        robots: createRobotsPolicy({ fetch, now: () => now().getTime() }),
        scheduler: createHostScheduler(),
        store,
        stories,
        tokenizer,
        engine,
        ...(judge ? { judge } : {}),
        now,
        onEvent: (line) => io.stderr(`matome watch: ${line}\n`),
        onArticle: async (built) => {
          if (out !== undefined) await publish(built, out.dir, out.formats, tokenizer, io);
        },
      },
      run.settings,
    );
    const sleep = hooks.sleep ?? ((wait: number, signal: AbortSignal) => delay(wait, undefined, { signal }));
    let last: RoundSummary | undefined;
    for (;;) {
      const summary = await watcher.round(stop);
      last = summary;
      io.stderr(`matome watch: ${roundLine(summary)}\n`);
      if (run.once || stop.aborted) break;
      const wait = Math.min(Math.max(summary.nextDueAt - now().getTime(), 1000), run.settings.poll.maxMs);
      try {
        await sleep(wait, stop);
      } catch (error) {
        if (!stop.aborted) throw error;
      }
      if (stop.aborted) break;
    }
    return last;
  } finally {
    await stories.close();
    await store.close();
  }
}

function roundLine(summary: RoundSummary): string {
  const next = Number.isFinite(summary.nextDueAt)
    ? `; next due ${new Date(summary.nextDueAt).toISOString()}`
    : '';
  return `round: ${summary.polled} feeds polled, ${summary.newItems} new items, ${summary.built.length} article revisions, ${summary.checked} stories re-checked${summary.stopped ? ' (stopped)' : ''}${next}`;
}

/** Writes a new revision like `matome build` does: verified, the report beside it, a blocked one only as a draft. */
async function publish(
  built: BuiltRevision,
  outDir: string,
  formats: OutputFormat[],
  tokenizer: Awaited<ReturnType<typeof createTokenizer>>,
  io: CliIo,
): Promise<void> {
  const { article, documents, understanding, conflicts } = built.result;
  const report = verifyArticle(article, documents, tokenizer, { understanding, conflicts });
  const blocked = report.verdict === 'blocked';
  const subject = { article, documents };
  const paths = await writeOutputs(article, {
    outDir,
    slug: built.slug,
    formats: blocked ? [] : formats,
    extra: [
      ...(blocked ? [{ suffix: 'draft.json', text: renderArticle(article, 'json') }] : []),
      { suffix: 'report.json', text: `${JSON.stringify(report, null, 2)}\n` },
      { suffix: 'report.txt', text: renderReportText(report, subject) },
      { suffix: 'report.html', text: renderReportHtml(report, subject) },
    ],
  });
  io.stderr(`matome watch: ${built.story} revision ${built.revision.revision}: verdict ${report.verdict}\n`);
  if (!blocked) for (const path of paths) io.stdout(`${path}\n`);
}

/** How long the watch scheduler's leader holds its lock without renewing it (renewed every third of it). */
const SCHEDULE_LOCK_MS = 15_000;

/**
 * `matome watch --redis URL FEEDS.txt` (and `matome serve --watch FEEDS.txt --redis URL`): rounds
 * are not run here but by `matome worker`s, as jobs of one job scheduler (every `every` seconds)
 * that one leader among the watch instances upserts (queue/watch-schedule.ts). Runs until `stop`;
 * the leader then removes the schedule and another instance, if any, takes over.
 */
export async function scheduleWatchRounds(
  redisUrl: string,
  feeds: readonly string[],
  settings: WatchSettings,
  every: number,
  io: Pick<CliIo, 'stdout' | 'stderr'>,
  stop: AbortSignal,
): Promise<void> {
  const { checkRedis, createJobQueues } = await import('../queue/queues.ts');
  const { createLeaderLock } = await import('../queue/leader-lock.ts');
  const { leadWatchSchedule } = await import('../queue/watch-schedule.ts');
  const { Redis } = await import('ioredis');
  await checkRedis(redisUrl);
  const queues = createJobQueues(redisUrl);
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  redis.on('error', (error) => io.stderr(`matome watch: Redis: ${error.message}\n`));
  let leading: number | undefined;
  let told = false;
  try {
    await leadWatchSchedule({
      queues,
      lock: createLeaderLock(redis, 'watch-schedule', { ttlMs: SCHEDULE_LOCK_MS }),
      everyMs: Number(every) * 1000,
      payload: {
        feeds: [...feeds],
        settings: {
          ...settings,
          recheck: settings.recheck.map((step) => ({
            everyMs: step.everyMs,
            untilMs: Number.isFinite(step.untilMs) ? step.untilMs : null,
          })),
        },
      },
      ttlMs: SCHEDULE_LOCK_MS,
      signal: stop,
      onTurn: (turn) => {
        if (turn.upserted) {
          io.stdout(
            `matome watch: leading (fencing token ${turn.token}): a round of ${feeds.length} feed(s) every ${every} s on ${redisUrl}, run by matome worker\n`,
          );
        } else if (turn.token === undefined && (leading !== undefined || !told)) {
          io.stdout('matome watch: another watch instance schedules the rounds; standing by\n');
        }
        leading = turn.token;
        told = true;
      },
    });
  } finally {
    await queues.close();
    redis.disconnect();
  }
}
