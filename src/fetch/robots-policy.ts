import { isMatomeError, MatomeError } from '../domain/errors.ts';
import {
  isAllowed,
  isRobotsTxtPath,
  parseRobotsTxt,
  ROBOTS_TXT_MAX_BYTES,
  type RobotsTxt,
} from './robots-txt.ts';

/** Collaborators and limits of a robots policy. */
export interface RobotsPolicyOptions {
  /** Fetches robots.txt and follows its redirects; pass the guarded client. */
  fetch: typeof globalThis.fetch;
  /** The product token matched against user-agent lines, e.g. "matome": letters, `_` and `-` only. */
  userAgent: string;
  /** Clock in epoch milliseconds (Date.now by default). */
  now?: () => number;
  /** How long a fetched robots.txt (2xx, or 4xx = allow all) is reused; at most 24 h, the default. */
  ttlMs?: number;
  /** How long a failure (5xx, 429, unreachable, timeout = disallow all) is reused before trying again. */
  errorTtlMs?: number;
  /** Limit for fetching robots.txt, headers and body together. */
  timeoutMs?: number;
  /** Bytes of robots.txt read and parsed; at least the 500 KiB RFC 9309 requires, the default. */
  maxBytes?: number;
}

/** The answer for one URL: `rule` says why, e.g. "Disallow: /private" or "robots.txt 503: disallow all". */
export interface RobotsVerdict {
  allowed: boolean;
  rule: string;
  robotsUrl: string;
}

/** Answers whether matome may fetch a URL, fetching each origin's robots.txt once and caching it. */
export interface RobotsPolicy {
  check(url: string): Promise<RobotsVerdict>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
// Short, so a site that was down is asked again soon, yet long enough that a crawl of many pages on a
// failing site does not ask for robots.txt before every page.
const DEFAULT_ERROR_TTL_MS = 5 * 60 * 1000;
const DEFAULT_TIMEOUT_MS = 10_000;

/** What one fetch of robots.txt yielded: its rules, or one answer for every path. */
type RobotsSource =
  | { kind: 'rules'; robots: RobotsTxt }
  | { kind: 'blanket'; allowed: boolean; reason: string }
  | { kind: 'blocked'; error: MatomeError };

interface CacheEntry {
  source: Promise<RobotsSource>;
  /** Set when the fetch settles; until then the entry is in flight and shared. */
  expiry: { at: number };
}

/**
 * Creates a robots.txt policy (RFC 9309): one fetch of `scheme://host:port/robots.txt` per origin,
 * shared by concurrent checks and cached. 2xx: the file's rules; 4xx: allow all; 5xx, 429, network
 * error or timeout: disallow all, cached only for `errorTtlMs`.
 */
export function createRobotsPolicy(options: RobotsPolicyOptions): RobotsPolicy {
  const { fetch, userAgent } = options;
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? DAY_MS;
  const errorTtlMs = options.errorTtlMs ?? DEFAULT_ERROR_TTL_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? ROBOTS_TXT_MAX_BYTES;
  if (!/^[A-Za-z_-]+$/.test(userAgent)) {
    throw invalidOption('userAgent', JSON.stringify(userAgent), 'a product token: letters, "_" and "-" only');
  }
  // RFC 9309 §2.4: a cached robots.txt should not be used for more than 24 hours.
  if (!(ttlMs >= 0 && ttlMs <= DAY_MS)) throw invalidOption('ttlMs', String(ttlMs), 'from 0 to 24 h');
  if (!(errorTtlMs >= 0 && errorTtlMs <= DAY_MS)) {
    throw invalidOption('errorTtlMs', String(errorTtlMs), 'from 0 to 24 h');
  }
  if (!(timeoutMs > 0)) throw invalidOption('timeoutMs', String(timeoutMs), 'above 0');
  if (!(Number.isInteger(maxBytes) && maxBytes >= ROBOTS_TXT_MAX_BYTES)) {
    throw invalidOption(
      'maxBytes',
      String(maxBytes),
      `an integer of at least ${ROBOTS_TXT_MAX_BYTES} (RFC 9309 §2.5)`,
    );
  }

  const cache = new Map<string, CacheEntry>();

  async function load(robotsUrl: string): Promise<{ source: RobotsSource; ttlMs: number }> {
    const signal = AbortSignal.timeout(timeoutMs);
    const failure = (detail: string) => ({
      source: blanket(false, `robots.txt ${detail}: disallow all`),
      ttlMs: errorTtlMs,
    });
    let response: Response;
    try {
      response = await fetch(robotsUrl, { redirect: 'follow', signal, headers: { accept: 'text/plain' } });
    } catch (error) {
      // The guarded fetch refused the host itself: every page there is refused too, and the
      // caller should hear that (with its --allow-host hint), not a robots.txt verdict.
      if (isMatomeError(error) && error.code === 'FETCH_BLOCKED')
        return { source: { kind: 'blocked', error }, ttlMs: 0 };
      return failure(describeFailure(error, signal, timeoutMs));
    }
    const { status } = response;
    if (status >= 200 && status < 300) {
      try {
        const robots = parseRobotsTxt(await readCapped(response, maxBytes), { maxBytes });
        return { source: { kind: 'rules', robots }, ttlMs };
      } catch (error) {
        return failure(describeFailure(error, signal, timeoutMs));
      }
    }
    await response.body?.cancel();
    // RFC 9309 §2.3.1.3: 4xx (401 and 403 included) means there are no rules. 429 is the exception:
    // it says nothing about the file and asks us to back off, so it is treated like a server error.
    if (status >= 400 && status < 500 && status !== 429) {
      return { source: blanket(true, `robots.txt ${status}: allow all`), ttlMs };
    }
    // RFC 9309 §2.3.1.4: server errors make robots.txt "unreachable" and everything disallowed. A 1xx
    // or 3xx left over after the client's redirect handling tells us no more, so it counts the same.
    return failure(String(status));
  }

  function sourceFor(origin: string, robotsUrl: string): Promise<RobotsSource> {
    const cached = cache.get(origin);
    if (cached && now() < cached.expiry.at) return cached.source;
    forgetExpired();
    const expiry = { at: Number.POSITIVE_INFINITY };
    const source = load(robotsUrl).then((loaded) => {
      expiry.at = now() + loaded.ttlMs;
      return loaded.source;
    });
    cache.set(origin, { source, expiry });
    return source;
  }

  /** Drops settled entries past their time, so a long crawl over many sites does not grow the cache forever. */
  function forgetExpired(): void {
    const time = now();
    for (const [origin, entry] of cache) if (time >= entry.expiry.at) cache.delete(origin);
  }

  return {
    async check(url) {
      const { origin, path } = robotsTarget(url);
      const robotsUrl = `${origin}/robots.txt`;
      if (isRobotsTxtPath(path)) {
        return { allowed: true, rule: '/robots.txt is always allowed', robotsUrl };
      }
      const source = await sourceFor(origin, robotsUrl);
      if (source.kind === 'blocked') throw source.error;
      if (source.kind === 'blanket') return { allowed: source.allowed, rule: source.reason, robotsUrl };
      const match = isAllowed(source.robots, userAgent, path);
      return {
        allowed: match.allowed,
        rule: match.rule ?? 'no rule in robots.txt matches: allow',
        robotsUrl,
      };
    },
  };
}

function blanket(allowed: boolean, reason: string): RobotsSource {
  return { kind: 'blanket', allowed, reason };
}

/** The origin and the path with query (as WHATWG URL percent-encodes them) of an http(s) URL. */
function robotsTarget(url: string): { origin: string; path: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw notHttp(url, 'not a URL', error);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw notHttp(url, `${parsed.protocol} URL`);
  // `search` is empty for a bare "?", yet "/a?" and "/a" differ to a pattern like "/*?"; the href keeps it.
  const withoutFragment = parsed.href.split('#', 1)[0] ?? '';
  const queryStart = withoutFragment.indexOf('?');
  return {
    origin: parsed.origin,
    path: parsed.pathname + (queryStart === -1 ? '' : withoutFragment.slice(queryStart)),
  };
}

/** Reads at most `maxBytes` and one chunk more, so the parser can tell that the file was cut. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total <= maxBytes) {
    const { done, value } = await reader.read();
    if (done) return concat(chunks, total);
    chunks.push(value);
    total += value.length;
  }
  await reader.cancel();
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

function describeFailure(error: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (signal.aborted) return `timed out after ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const detail =
    (typeof cause?.code === 'string' && cause.code) ||
    (typeof cause?.message === 'string' && cause.message) ||
    (error instanceof Error ? error.message : String(error));
  return `unreachable (${detail})`;
}

function notHttp(url: string, detail: string, cause?: unknown): MatomeError {
  return new MatomeError('INVALID_ARGUMENT', `Failed to check robots.txt: ${url} (${detail})`, {
    hint: 'robots.txt applies to http and https URLs only; give a full URL such as https://example.com/news/1.',
    ...(cause === undefined ? {} : { cause }),
  });
}

function invalidOption(name: string, value: string, expected: string): MatomeError {
  return new MatomeError(
    'INVALID_ARGUMENT',
    `Invalid robots policy option: ${name} (${value}; expected ${expected})`,
    {
      hint: `Set ${name} to ${expected}.`,
    },
  );
}
