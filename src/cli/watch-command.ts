import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import ms from 'ms';
import { MatomeError } from '../domain/errors.ts';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { createHostScheduler } from '../fetch/host-scheduler.ts';
import { createRobotsPolicy } from '../fetch/robots-policy.ts';
import { ENGINE_OPTIONS, engineFromOptions } from '../pipeline/engine-options.ts';
import {
  type BuiltRevision,
  createFeedWatcher,
  DEFAULT_WATCH_SETTINGS,
  type RoundSummary,
} from '../pipeline/watch-feeds.ts';
import { OUTPUT_FORMATS, type OutputFormat, renderArticle } from '../render/index.ts';
import { openStore, openStoryStore, storeSpecFrom } from '../store/open-store.ts';
import { checkRecheckSchedule, type RecheckStep } from '../stories/recheck-schedule.ts';
import { createTokenizer } from '../text/tokenizer.ts';
import { renderReportHtml, renderReportText } from '../verify/render-report.ts';
import { verifyArticle } from '../verify/verify-article.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT } from './exit-codes.ts';
import { usageError as commandUsageError, parseOptions, strings } from './parse-options.ts';
import { DEFAULT_STORE } from './usage.ts';
import { writeOutputs } from './write-outputs.ts';

/** The product token robots.txt groups are matched against. */
const ROBOTS_AGENT = 'matome';

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
      out: { type: 'string' },
      format: { type: 'string', default: OUTPUT_FORMATS.join(',') },
      'min-sources': { type: 'string', default: String(DEFAULT_WATCH_SETTINGS.minSources) },
      'poll-min': { type: 'string', default: ms(DEFAULT_WATCH_SETTINGS.poll.minMs) },
      'poll-max': { type: 'string', default: ms(DEFAULT_WATCH_SETTINGS.poll.maxMs) },
      recheck: { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      ...ENGINE_OPTIONS,
    },
    'watch',
  );
  const [list, ...extra] = positionals;
  if (list === undefined || extra.length > 0) throw usageError('watch takes exactly one FEEDS.txt');
  const minSources = Number(values['min-sources']);
  if (!Number.isInteger(minSources) || minSources < 1 || minSources > 20)
    throw usageError(`--min-sources ${values['min-sources']} (give a whole number from 1 to 20)`);
  const poll = {
    minMs: duration('--poll-min', String(values['poll-min'])),
    maxMs: duration('--poll-max', String(values['poll-max'])),
  };
  if (poll.maxMs < poll.minMs)
    throw usageError(`--poll-max ${values['poll-max']} is shorter than --poll-min ${values['poll-min']}`);
  const recheck =
    typeof values.recheck === 'string' ? parseRecheck(values.recheck) : DEFAULT_WATCH_SETTINGS.recheck;
  const formats = String(values.format)
    .split(',')
    .map((format) => format.trim())
    .filter((format) => format.length > 0);
  if (formats.length === 0 || formats.some((format) => !OUTPUT_FORMATS.includes(format as OutputFormat)))
    throw usageError(`--format ${values.format} (choose from ${OUTPUT_FORMATS.join(', ')})`);
  const feeds = await readFeedList(list);

  const now = hooks.now ?? (() => new Date());
  const storePath = storeSpecFrom(values.store, io.env ?? process.env, DEFAULT_STORE);
  const store = await openStore(storePath, { now });
  const stories = await openStoryStore(storePath, { now });
  const stopping = new AbortController();
  const stop = hooks.stop ?? stopping.signal;
  const onSignal = () => {
    io.stderr('matome watch: stopping after the current step\n');
    stopping.abort();
  };
  if (hooks.stop === undefined) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  try {
    const engine = await engineFromOptions(values, io.env ?? process.env, store);
    const fetch = createGuardedFetch({ allowHosts: strings(values['allow-host']) });
    const tokenizer = io.tokenizer ?? (await createTokenizer());
    const out = typeof values.out === 'string' ? values.out : undefined;
    const watcher = createFeedWatcher(
      feeds,
      {
        fetch,
        robots: createRobotsPolicy({ fetch, userAgent: ROBOTS_AGENT, now: () => now().getTime() }),
        scheduler: createHostScheduler(),
        store,
        stories,
        tokenizer,
        engine,
        now,
        onEvent: (line) => io.stderr(`matome watch: ${line}\n`),
        onArticle: async (built) => {
          if (out !== undefined) await publish(built, out, formats as OutputFormat[], tokenizer, io);
        },
      },
      { poll, recheck, minSources },
    );
    const sleep = hooks.sleep ?? ((wait: number, signal: AbortSignal) => delay(wait, undefined, { signal }));
    for (;;) {
      const summary = await watcher.round(stop);
      io.stderr(`matome watch: ${roundLine(summary)}\n`);
      if (values.once || stop.aborted) break;
      const wait = Math.min(Math.max(summary.nextDueAt - now().getTime(), 1000), poll.maxMs);
      try {
        await sleep(wait, stop);
      } catch (error) {
        if (!stop.aborted) throw error;
      }
      if (stop.aborted) break;
    }
    return EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
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

/** The feed URLs of FEEDS.txt: one a line; blank lines and # comments skipped; each an http(s) URL. */
async function readFeedList(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new MatomeError(
      'SOURCE_NOT_FOUND',
      `Failed to read feed list: ${path} (${(error as Error).message})`,
      {
        hint: 'Give a text file with one feed URL a line (# starts a comment).',
        cause: error,
      },
    );
  }
  const feeds: string[] = [];
  for (const [index, raw] of text.split(/\r?\n/u).entries()) {
    const line = raw.replace(/(^|\s)#.*$/u, '').trim();
    if (line === '') continue;
    if (!/^https?:\/\/\S+$/iu.test(line))
      throw new MatomeError(
        'INVALID_ARGUMENT',
        `Invalid feed list: ${path}:${index + 1} (${line} is not an http(s) URL)`,
        {
          hint: 'Put one feed URL a line, such as https://example.com/rss.xml; start comments with #.',
        },
      );
    if (!feeds.includes(line)) feeds.push(line);
  }
  if (feeds.length === 0)
    throw new MatomeError('INVALID_ARGUMENT', `Invalid feed list: ${path} (no feed URLs)`, {
      hint: 'Put one feed URL a line, such as https://example.com/rss.xml.',
    });
  return feeds;
}

/** A duration option (90s, 5m, 2h, 1d, 1w) in milliseconds. */
function duration(option: string, text: string): number {
  const value = /^\d+(?:\.\d+)?\s*[a-z]+$/iu.test(text.trim())
    ? ms(text.trim() as ms.StringValue)
    : undefined;
  if (value === undefined || !Number.isFinite(value) || value < 1000)
    throw usageError(`${option} ${text} (give a duration of at least 1s with its unit: 90s, 5m, 2h, 1d, 1w)`);
  return value;
}

/**
 * `--recheck 15m/6h,1h/2d,1d/2w,1w`: check every 15 minutes while a story is under 6 hours old,
 * hourly under 2 days, daily under 2 weeks, then weekly (the last step has no age limit).
 */
function parseRecheck(text: string): readonly RecheckStep[] {
  const steps = text.split(',').map((part, index, all) => {
    const [every, until, ...rest] = part.trim().split('/');
    const last = index === all.length - 1;
    if (every === undefined || rest.length > 0 || (until === undefined) !== last)
      throw usageError(
        `--recheck ${text} (give EVERY/UNTIL steps and a last EVERY without an age, e.g. 15m/6h,1h/2d,1d/2w,1w)`,
      );
    return {
      everyMs: duration('--recheck', every),
      untilMs: until === undefined ? Number.POSITIVE_INFINITY : duration('--recheck', until),
    };
  });
  try {
    return checkRecheckSchedule(steps);
  } catch (error) {
    throw usageError(`--recheck ${text} (${(error as Error).message})`);
  }
}
