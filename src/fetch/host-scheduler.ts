import { setTimeout as delay } from 'node:timers/promises';
import { MatomeError } from '../domain/errors.ts';

/** Limits and collaborators of a host scheduler; the clock and sleep are injectable for tests. */
export interface HostSchedulerOptions {
  /** Tasks running at once against one host. */
  maxConcurrentPerHost?: number;
  /** Least time between the starts of two tasks against one host. */
  minIntervalMs?: number;
  /** Clock in epoch milliseconds (Date.now by default). */
  now?: () => number;
  /** Waits `ms` milliseconds (a timer by default). */
  sleep?: (ms: number) => Promise<void>;
}

/** Runs requests politely: per host, a limit on concurrent tasks and a minimum gap between starts. */
export interface HostScheduler {
  run<T>(url: string, task: () => Promise<T>): Promise<T>;
}

interface HostState {
  active: number;
  lastStart: number;
  /** Tasks waiting for their turn, first come first served. */
  waiting: (() => void)[];
  /** True while a sleep until the next allowed start is pending, so only one runs per host. */
  sleeping: boolean;
}

/**
 * Creates a scheduler that queues tasks per host name (ports and schemes of one host share its limits:
 * they usually share its server). Hosts never wait for each other; a task that fails frees its slot.
 */
export function createHostScheduler(options: HostSchedulerOptions = {}): HostScheduler {
  const maxConcurrent = options.maxConcurrentPerHost ?? 2;
  const minIntervalMs = options.minIntervalMs ?? 1000;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  if (!(Number.isInteger(maxConcurrent) && maxConcurrent >= 1)) {
    throw invalidOption('maxConcurrentPerHost', maxConcurrent, 'an integer of at least 1');
  }
  if (!(minIntervalMs >= 0 && Number.isFinite(minIntervalMs))) {
    throw invalidOption('minIntervalMs', minIntervalMs, 'a finite number of at least 0');
  }

  const hosts = new Map<string, HostState>();

  function stateOf(host: string): HostState {
    let state = hosts.get(host);
    if (!state) {
      forgetIdleHosts();
      state = { active: 0, lastStart: Number.NEGATIVE_INFINITY, waiting: [], sleeping: false };
      hosts.set(host, state);
    }
    return state;
  }

  /** Drops hosts with nothing running or queued whose interval has passed: they constrain nothing. */
  function forgetIdleHosts(): void {
    const time = now();
    for (const [host, state] of hosts) {
      const idle = state.active === 0 && state.waiting.length === 0 && !state.sleeping;
      if (idle && time - state.lastStart >= minIntervalMs) hosts.delete(host);
    }
  }

  /** Starts as many waiting tasks as the limits allow now, or sleeps until the next may start. */
  function dispatch(state: HostState): void {
    while (state.waiting.length > 0 && state.active < maxConcurrent && !state.sleeping) {
      const wait = state.lastStart + minIntervalMs - now();
      if (wait > 0) {
        state.sleeping = true;
        const wake = () => {
          state.sleeping = false;
          dispatch(state);
        };
        // A sleep that fails (an injected one) still ends the wait: queued tasks must never be stranded.
        sleep(wait).then(wake, wake);
        return;
      }
      state.active++;
      state.lastStart = now();
      state.waiting.shift()?.();
    }
  }

  return {
    async run(url, task) {
      const state = stateOf(hostOf(url));
      await new Promise<void>((start) => {
        state.waiting.push(start);
        dispatch(state);
      });
      try {
        return await task();
      } finally {
        state.active--;
        dispatch(state);
      }
    },
  };
}

function hostOf(url: string): string {
  try {
    // WHATWG URL lower-cases the host and converts IDNs to punycode, so spellings of one host agree.
    const { hostname } = new URL(url);
    if (hostname !== '') return hostname;
  } catch (error) {
    throw notSchedulable(url, error);
  }
  throw notSchedulable(url);
}

function notSchedulable(url: string, cause?: unknown): MatomeError {
  return new MatomeError('INVALID_ARGUMENT', `Failed to schedule request: ${url} (no host in the URL)`, {
    hint: 'Give a full URL such as https://example.com/news/1.',
    ...(cause === undefined ? {} : { cause }),
  });
}

function invalidOption(name: string, value: number, expected: string): MatomeError {
  return new MatomeError(
    'INVALID_ARGUMENT',
    `Invalid host scheduler option: ${name} (${value}; expected ${expected})`,
    {
      hint: `Set ${name} to ${expected}.`,
    },
  );
}
