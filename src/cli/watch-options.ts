import { readFile } from 'node:fs/promises';
import ms from 'ms';
import { MatomeError } from '../domain/errors.ts';
import { DEFAULT_WATCH_SETTINGS, type WatchSettings } from '../pipeline/watch-settings.ts';
import { checkRecheckSchedule, type RecheckStep } from '../stories/recheck-schedule.ts';
import { usageError } from './parse-options.ts';

/**
 * The options that pace watching, shared by `matome watch` and `matome serve --watch` (light: serve
 * loads the watcher itself only when asked to watch).
 */
export const WATCH_SETTING_OPTIONS = {
  'min-sources': { type: 'string', default: String(DEFAULT_WATCH_SETTINGS.minSources) },
  'poll-min': { type: 'string', default: ms(DEFAULT_WATCH_SETTINGS.poll.minMs) },
  'poll-max': { type: 'string', default: ms(DEFAULT_WATCH_SETTINGS.poll.maxMs) },
  recheck: { type: 'string' },
} as const;

/** The watch settings from those options' values; a usage error of `command` names a wrong one. */
export function watchSettingsFrom(
  values: { 'min-sources'?: unknown; 'poll-min'?: unknown; 'poll-max'?: unknown; recheck?: unknown },
  command: string,
): WatchSettings {
  const minSources = Number(values['min-sources']);
  if (!Number.isInteger(minSources) || minSources < 1 || minSources > 20)
    throw usageError(`--min-sources ${values['min-sources']} (give a whole number from 1 to 20)`, command);
  const poll = {
    minMs: duration('--poll-min', String(values['poll-min']), command),
    maxMs: duration('--poll-max', String(values['poll-max']), command),
  };
  if (poll.maxMs < poll.minMs)
    throw usageError(
      `--poll-max ${values['poll-max']} is shorter than --poll-min ${values['poll-min']}`,
      command,
    );
  const recheck =
    typeof values.recheck === 'string'
      ? parseRecheck(values.recheck, command)
      : DEFAULT_WATCH_SETTINGS.recheck;
  return { poll, recheck, minSources };
}

/** --every (seconds between queued watch rounds, with --redis): a whole number from 1 to 86400. */
export function everySecondsFrom(value: unknown, command: string): number {
  const every = String(value);
  if (!/^\d+$/.test(every) || Number(every) < 1 || Number(every) > 86_400)
    throw usageError(`--every ${every} (give a whole number of seconds from 1 to 86400)`, command);
  return Number(every);
}

/** The feed URLs of FEEDS.txt: one a line; blank lines and # comments skipped; each an http(s) URL. */
export async function readFeedList(path: string): Promise<string[]> {
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
function duration(option: string, text: string, command: string): number {
  const value = /^\d+(?:\.\d+)?\s*[a-z]+$/iu.test(text.trim())
    ? ms(text.trim() as ms.StringValue)
    : undefined;
  if (value === undefined || !Number.isFinite(value) || value < 1000)
    throw usageError(
      `${option} ${text} (give a duration of at least 1s with its unit: 90s, 5m, 2h, 1d, 1w)`,
      command,
    );
  return value;
}

/**
 * `--recheck 15m/6h,1h/2d,1d/2w,1w`: check every 15 minutes while a story is under 6 hours old,
 * hourly under 2 days, daily under 2 weeks, then weekly (the last step has no age limit).
 */
function parseRecheck(text: string, command: string): readonly RecheckStep[] {
  const steps = text.split(',').map((part, index, all) => {
    const [every, until, ...rest] = part.trim().split('/');
    const last = index === all.length - 1;
    if (every === undefined || rest.length > 0 || (until === undefined) !== last)
      throw usageError(
        `--recheck ${text} (give EVERY/UNTIL steps and a last EVERY without an age, e.g. 15m/6h,1h/2d,1d/2w,1w)`,
        command,
      );
    return {
      everyMs: duration('--recheck', every, command),
      untilMs: until === undefined ? Number.POSITIVE_INFINITY : duration('--recheck', until, command),
    };
  });
  try {
    return checkRecheckSchedule(steps);
  } catch (error) {
    throw usageError(`--recheck ${text} (${(error as Error).message})`, command);
  }
}
