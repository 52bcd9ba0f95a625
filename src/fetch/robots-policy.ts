import { isMatomeError, MatomeError } from '../domain/errors.ts';
import { blockedError, refusalOf } from './guard-errors.ts';
import {
  isAllowed,
  isRobotsTxtPath,
  parseRobotsTxt,
  ROBOTS_TXT_MAX_BYTES,
  type RobotsTxt,
} from './robots-txt.ts';

/** The product token matome answers to in robots.txt user-agent lines. */
export const MATOME_ROBOTS_TOKEN = 'matome';

/** Collaborators and limits of a robots policy. */
export interface RobotsPolicyOptions {
  /** Fetches robots.txt and follows its redirects; pass the guarded client. */
  fetch: typeof globalThis.fetch;
  /** The product token matched against user-agent lines: letters, `_` and `-` only; "matome" by default. */
  userAgent?: string;
  /** Clock in epoch milliseconds (Date.now by default). */
  now?: () => number;
  /** How long a fetched robots.txt (2xx, or 4xx = allow all) is reused; at most 24 h, the default. */
  ttlMs?: number;
  /** How long a failure (5xx, 429 = disallow all; no answer) is reused before trying again. */
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
  /** Set when robots.txt answered 5xx or 429: everything is disallowed only until the site recovers. */
  temporary?: true;
}

/**
 * Answers whether matome may fetch a URL, fetching each origin's robots.txt once and caching it.
 * `check` throws, naming the URL it was given, when there is no verdict to give: the URL is not an
 * http(s) URL (INVALID_ARGUMENT), the guarded client refuses its host (FETCH_BLOCKED), or the server
 * did not answer at all (SERVER_UNREACHABLE: connection refused, unknown host, timeout).
 */
export interface RobotsPolicy {
  check(url: string): Promise<RobotsVerdict>;
}

/**
 * Asks the policy about `url` and throws ROBOTS_DISALLOWED, naming the URL and the rule, when
 * robots.txt refuses it: the one refusal every reader of URLs (builds, feeds, watch) gives.
 */
export async function requireRobotsAllowed(robots: RobotsPolicy, url: string): Promise<void> {
  const verdict = await robots.check(url);
  if (verdict.allowed) return;
  throw new MatomeError('ROBOTS_DISALLOWED', `Refused to fetch: ${url} (robots.txt: ${verdict.rule})`, {
    hint: verdict.temporary
      ? 'The site could not serve its robots.txt, which means "fetch nothing" until it can (RFC 9309); try again later.'
      : 'The site asks crawlers not to fetch this page. Choose another source, or save the page yourself if you may use it.',
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;
// Short, so a site that was down is asked again soon, yet long enough that a crawl of many pages on a
// failing site does not ask for robots.txt before every page.
const DEFAULT_ERROR_TTL_MS = 5 * 60 * 1000;
const DEFAULT_TIMEOUT_MS = 10_000;

/** What one fetch of robots.txt yielded: its rules, or one answer for every path. */
type RobotsSource =
  | { kind: 'rules'; robots: RobotsTxt }
  | { kind: 'blanket'; allowed: boolean; reason: string; temporary: boolean }
  | { kind: 'blocked'; error: MatomeError }
  | { kind: 'unreachable'; failure: NoAnswer };

/** Why a server gave no answer at all: what the client saw, and whether it was a time limit. */
interface NoAnswer {
  detail: string;
  /** The errno-style code of the failure (ECONNREFUSED, ENOTFOUND…), when there is one. */
  code?: string;
  timedOut: boolean;
}

interface CacheEntry {
  source: Promise<RobotsSource>;
  /** Set when the fetch settles; until then the entry is in flight and shared. */
  expiry: { at: number };
}

/**
 * Creates a robots.txt policy (RFC 9309): one fetch of `scheme://host:port/robots.txt` per origin,
 * shared by concurrent checks and cached. 2xx: the file's rules; 4xx: allow all; 5xx, 429: disallow
 * all. A server that does not answer (network error or timeout) is "unreachable" to RFC 9309 too, and
 * so disallows all, but no page could be fetched from it either: check() says the server did not
 * answer rather than calling it a refusal. Failures are cached only for `errorTtlMs`.
 */
export function createRobotsPolicy(options: RobotsPolicyOptions): RobotsPolicy {
  const { fetch } = options;
  const userAgent = options.userAgent ?? MATOME_ROBOTS_TOKEN;
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
    const unreachable = (error: unknown) => ({
      source: { kind: 'unreachable', failure: describeFailure(error, signal, timeoutMs) } as const,
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
      return unreachable(error);
    }
    const { status } = response;
    if (status >= 200 && status < 300) {
      try {
        const robots = parseRobotsTxt(await readCapped(response, maxBytes), { maxBytes });
        return { source: { kind: 'rules', robots }, ttlMs };
      } catch (error) {
        // parseRobotsTxt never throws: this is the body failing to arrive (time limit, connection lost).
        return unreachable(error);
      }
    }
    await response.body?.cancel();
    // RFC 9309 §2.3.1.3: 4xx (401 and 403 included) means there are no rules. 429 is the exception:
    // it says nothing about the file and asks us to back off, so it is treated like a server error.
    if (status >= 400 && status < 500 && status !== 429) {
      return { source: blanket(true, `robots.txt ${status}: allow all`, false), ttlMs };
    }
    // RFC 9309 §2.3.1.4: server errors make robots.txt "unreachable" and everything disallowed. A 1xx
    // or 3xx left over after the client's redirect handling tells us no more, so it counts the same.
    return { source: blanket(false, `robots.txt ${status}: disallow all`, true), ttlMs: errorTtlMs };
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
      if (source.kind === 'blocked') {
        // Re-issued for the URL the caller asked about: robots.txt is only how matome found out.
        // When robots.txt itself was fine but redirected to a refused address, the reason says so.
        const refusal = refusalOf(source.error);
        if (refusal === undefined) throw source.error;
        const direct = source.error.message.startsWith(`Refused to fetch: ${robotsUrl} (`);
        throw blockedError(
          url,
          direct ? refusal : { ...refusal, reason: `its robots.txt redirects to ${refusal.reason}` },
        );
      }
      if (source.kind === 'unreachable') throw noAnswerError(url, source.failure);
      if (source.kind === 'blanket') {
        return {
          allowed: source.allowed,
          rule: source.reason,
          robotsUrl,
          ...(source.temporary ? { temporary: true as const } : {}),
        };
      }
      const match = isAllowed(source.robots, userAgent, path);
      return {
        allowed: match.allowed,
        rule: match.rule ?? 'no rule in robots.txt matches: allow',
        robotsUrl,
      };
    },
  };
}

function blanket(allowed: boolean, reason: string, temporary: boolean): RobotsSource {
  return { kind: 'blanket', allowed, reason, temporary };
}

/** The origin and the path with query (as WHATWG URL percent-encodes them) of an http(s) URL. */
function robotsTarget(url: string): { origin: string; path: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw invalidUrl(url, 'not a valid URL', error);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw invalidUrl(url, `a ${parsed.protocol} URL; matome fetches http and https`);
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

/** What the client saw when no answer came: the errno-style code under the guarded client's error, or the time limit. */
function describeFailure(error: unknown, signal: AbortSignal, timeoutMs: number): NoAnswer {
  const chain: unknown[] = [];
  for (let item = error; item !== undefined && item !== null && chain.length < 8; ) {
    if (chain.includes(item)) break;
    chain.push(item);
    item = (item as { cause?: unknown }).cause;
  }
  if (signal.aborted || chain.some((item) => isMatomeError(item) && item.code === 'FETCH_TIMEOUT')) {
    return { detail: `no answer within ${timeoutMs / 1000} s`, timedOut: true };
  }
  // MatomeError codes (FETCH_FAILED) name matome's verdict, not what the network said.
  const code = chain
    .filter((item) => !isMatomeError(item))
    .map((item) => (item as { code?: unknown }).code)
    .find((value): value is string => typeof value === 'string');
  const innermost = chain.at(-1);
  const detail = code ?? (innermost instanceof Error ? innermost.message : String(innermost));
  return { detail, ...(code === undefined ? {} : { code }), timedOut: false };
}

/** SERVER_UNREACHABLE for the page the caller asked about: robots.txt was only the first request. */
function noAnswerError(url: string, failure: NoAnswer): MatomeError {
  const unknownHost = failure.code === 'ENOTFOUND';
  const hint = unknownHost
    ? 'The host name does not resolve: check its spelling, and the network connection.'
    : failure.timedOut
      ? 'The site is slow or down; try again later.'
      : 'Check that the site is up and that the host name and port are right, then try again later.';
  return new MatomeError(
    'SERVER_UNREACHABLE',
    `No answer from the server: ${url} (${failure.detail}, asking for its robots.txt)`,
    { hint, retryable: !unknownHost },
  );
}

function invalidUrl(url: string, detail: string, cause?: unknown): MatomeError {
  return new MatomeError('INVALID_ARGUMENT', `Invalid source URL: ${url} (${detail})`, {
    hint: 'Give a full URL such as https://example.com/news/1, or a path to a saved file.',
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
