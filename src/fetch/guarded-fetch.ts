import { lookup as dnsLookup } from 'node:dns';
import { setTimeout as delay } from 'node:timers/promises';
import type { Agent, fetch as undiciFetch } from 'undici';
import { isMatomeError, MatomeError } from '../domain/errors.ts';
import type { LookupAll } from './guard-connector.ts';
import { checkContentType, checkImageContentType, SNIFF_BYTES, sniffContent } from './guard-content.ts';
import {
  blockedError,
  responseError,
  timeoutError,
  toFetchError,
  tooLargeError,
  unsupportedError,
} from './guard-errors.ts';
import { createGuardPolicy, type GuardPolicyOptions } from './guard-policy.ts';
import { backoffDelay, isRetryableStatus, parseRetryAfter, type RetryOptions } from './guard-retry.ts';
import { limitBody, readHead } from './http-limits.ts';

/** Time limits of one guarded fetch, in milliseconds. */
export interface GuardedFetchTimeouts {
  /** Connecting plus waiting for the response headers, per request. */
  headersMs: number;
  /** The longest pause between two pieces of the body. */
  bodyIdleMs: number;
  /** The whole call: every redirect, retry and wait, and reading the body. */
  totalMs: number;
}

/** Options of createGuardedFetch; all optional. */
export interface GuardedFetchOptions extends GuardPolicyOptions {
  /** DNS resolver in the shape of `dns.lookup` with `{ all: true }`; default `dns.lookup`. */
  lookup?: LookupAll;
  /** Redirects followed before giving up; default 5. */
  maxRedirects?: number;
  timeouts?: Partial<GuardedFetchTimeouts>;
  /** The most body bytes after content decoding; default 10 MiB. */
  maxBodyBytes?: number;
  /**
   * What the client reads: pages, feeds and text (default), or images (image/* or unlabelled; the
   * caller checks the bytes, as publish/featured-image.ts does).
   */
  content?: 'documents' | 'images';
  retries?: Partial<RetryOptions>;
  /** The whole User-Agent header; default `matome/0.1 (+<contactUrl>)`. */
  userAgent?: string;
  /** Where site owners learn about matome, named in the default User-Agent. */
  contactUrl?: string;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => Date;
  random?: () => number;
}

/** Where the default User-Agent points site owners. */
export const DEFAULT_CONTACT_URL = 'https://github.com/matome/matome';

const DEFAULT_TIMEOUTS: GuardedFetchTimeouts = { headersMs: 10_000, bodyIdleMs: 10_000, totalMs: 30_000 };
const DEFAULT_RETRIES: RetryOptions = { attempts: 3, baseDelayMs: 500, maxDelayMs: 10_000 };
const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
const DEFAULT_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,application/feed+json;q=0.9,text/plain;q=0.8,*/*;q=0.1';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([204, 205, 304]);
/** Request headers that must not follow a redirect to another origin. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** One call of the guarded fetch: what every hop and retry of it shares. */
interface Call {
  method: string;
  /** The caller's redirect mode: 'follow' (checked hop by hop), 'manual' (hand 3xx back) or 'error'. */
  redirect: NonNullable<RequestInit['redirect']>;
  /** The URL the caller asked for, as named in errors about the whole call. */
  label: string;
  signal: AbortSignal;
  startedAt: number;
  settle: () => void;
}

/**
 * A fetch-compatible client for URLs matome does not control (user input, feeds, redirects).
 * Refuses local, private and special addresses on every hop (checked at connection time, so
 * DNS rebinding cannot slip between check and connect), follows at most `maxRedirects`
 * redirects itself, limits header, idle-body and total time and the decoded body size, refuses
 * content that is not a page, feed or text (or, with `content: 'images'`, not an image), and retries 429/5xx and network failures with
 * backoff. Only GET and HEAD without a body. Failures are MatomeErrors: FETCH_BLOCKED,
 * FETCH_TIMEOUT, BODY_TOO_LARGE, SOURCE_UNSUPPORTED, FETCH_FAILED, INVALID_ARGUMENT.
 */
export function createGuardedFetch(options: GuardedFetchOptions = {}): typeof globalThis.fetch {
  const policy = createGuardPolicy(options);
  const timeouts: GuardedFetchTimeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const retries: RetryOptions = { ...DEFAULT_RETRIES, ...options.retries };
  const maxRedirects = options.maxRedirects ?? 5;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const images = options.content === 'images';
  const checkType = images ? checkImageContentType : checkContentType;
  const userAgent = options.userAgent ?? `matome/0.1 (+${options.contactUrl ?? DEFAULT_CONTACT_URL})`;
  const sleep = options.sleep ?? ((ms, signal) => delay(ms, undefined, { signal }));
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  if (!Number.isInteger(retries.attempts) || retries.attempts < 1) {
    throw new MatomeError('INVALID_ARGUMENT', `Invalid retry attempts: ${retries.attempts}`, {
      hint: 'Give the number of tries in all, 1 or more (1 turns retries off).',
    });
  }

  // One pool per client: connections are reused only within the policy that checked them. undici
  // (a hundred modules) is imported on the first request, so a run that reads only files never
  // loads it.
  let client: Promise<{ agent: Agent; request: typeof undiciFetch }> | undefined;
  const undici = () => {
    client ??= Promise.all([import('undici'), import('./guard-connector.ts')]).then(
      ([{ Agent, fetch }, { createGuardedConnector }]) => ({
        agent: new Agent({
          connect: createGuardedConnector({
            policy,
            lookup: options.lookup ?? dnsLookup,
            connectTimeoutMs: timeouts.headersMs,
          }),
          headersTimeout: timeouts.headersMs,
          bodyTimeout: timeouts.bodyIdleMs,
        }),
        request: fetch,
      }),
    );
    return client;
  };

  const fitsDeadline = (call: Call, waitMs: number) =>
    now().getTime() + waitMs < call.startedAt + timeouts.totalMs;

  const pause = async (ms: number, signal: AbortSignal) => {
    try {
      await sleep(ms, signal);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw error;
    }
  };

  /** One hop: requests `url`, trying again after 429/5xx and retryable network failures. */
  const requestWithRetries = async (url: URL, headers: Record<string, string>, call: Call) => {
    const { agent, request } = await undici();
    for (let tries = 1; ; tries++) {
      let response: Awaited<ReturnType<typeof undiciFetch>>;
      try {
        response = await request(url, {
          dispatcher: agent,
          redirect: 'manual',
          method: call.method,
          headers,
          signal: call.signal,
        });
      } catch (error) {
        const failure = toFetchError(error, { ...call, url: url.href, timeouts });
        if (tries >= retries.attempts || !isMatomeError(failure) || !failure.retryable) throw failure;
        const wait = backoffDelay(tries, retries, random);
        if (!fitsDeadline(call, wait)) throw failure;
        await pause(wait, call.signal);
        continue;
      }
      if (tries < retries.attempts && isRetryableStatus(response.status)) {
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'), now());
        const wait = retryAfter ?? backoffDelay(tries, retries, random);
        // A server asking for a longer wait than we allow gets its answer back, not a premature retry.
        if (wait <= retries.maxDelayMs && fitsDeadline(call, wait)) {
          await response.body?.cancel();
          await pause(wait, call.signal);
          continue;
        }
      }
      return response;
    }
  };

  /** Follows redirects by hand so every hop's URL passes the policy before it is requested. */
  const followRedirects = async (start: URL, requestHeaders: Record<string, string>, call: Call) => {
    let url = start;
    let headers = requestHeaders;
    for (let hop = 0; ; hop++) {
      const response = await requestWithRetries(url, headers, call);
      const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
      if (location === null || call.redirect === 'manual') return { response, url, redirected: hop > 0 };
      await response.body?.cancel();
      if (call.redirect === 'error') {
        throw responseError(call.method, url.href, `redirected to ${location} where redirects are refused`);
      }
      if (hop >= maxRedirects) {
        throw responseError(call.method, call.label, `more than ${maxRedirects} redirects`);
      }
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw responseError(call.method, url.href, `redirect to an invalid URL: ${location}`);
      }
      const check = policy.checkUrl(next);
      if (!check.allowed) throw blockedError(displayUrl(next.href), check);
      if (next.origin !== url.origin) headers = withoutCredentials(headers);
      url = check.url;
    }
  };

  /** Checks the content, caps the body, and hands the caller a Response reading the capped body. */
  const finish = async (
    { response, url, redirected }: Awaited<ReturnType<typeof followRedirects>>,
    call: Call,
  ): Promise<Response> => {
    const { status, headers } = response;
    if (status < 200 || status > 599) {
      await response.body?.cancel();
      throw responseError(
        call.method,
        url.href,
        `invalid HTTP status ${status}`,
        'The site answered with a broken response; try again later.',
      );
    }
    const contentType = headers.get('content-type');
    const success = status >= 200 && status < 300;
    let body: ReadableStream<Uint8Array> | null = response.body;
    if (body && (call.method === 'HEAD' || NULL_BODY_STATUSES.has(status))) {
      await body.cancel();
      body = null;
    }
    if (!body) {
      call.settle();
    } else {
      if (success) {
        const refusal = checkType(contentType);
        const declaredLength = Number(headers.get('content-length') ?? 0);
        if (refusal || (!headers.has('content-encoding') && declaredLength > maxBodyBytes)) {
          await body.cancel();
          throw refusal
            ? unsupportedError(url.href, refusal)
            : tooLargeError(call.method, url.href, maxBodyBytes);
        }
      }
      body = limitBody(body, {
        maxBytes: maxBodyBytes,
        tooLarge: () => tooLargeError(call.method, url.href, maxBodyBytes),
        mapError: (error) => toFetchError(error, { ...call, url: url.href, timeouts }),
        onSettled: call.settle,
      });
      if (success && !images) {
        const { head, body: replay } = await readHead(body, SNIFF_BYTES);
        const refusal = sniffContent(contentType, head);
        if (refusal) {
          await replay.cancel();
          throw unsupportedError(url.href, refusal);
        }
        body = replay;
      }
    }
    const result = new Response(body, { status, statusText: response.statusText, headers: [...headers] });
    // A constructed Response has an empty url; callers need the final address after redirects.
    Object.defineProperties(result, { url: { value: url.href }, redirected: { value: redirected } });
    return result;
  };

  return async (input, init) => {
    const request = describeRequest(input, init, userAgent);
    const check = policy.checkUrl(request.url);
    if (!check.allowed) throw blockedError(displayUrl(request.url), check);
    const label = check.url.href;
    const deadline = new AbortController();
    const timer = setTimeout(
      () => deadline.abort(timeoutError(request.method, label, 'total', timeouts.totalMs)),
      timeouts.totalMs,
    );
    // The timer must not keep a process alive on its own; open sockets do that while they matter.
    timer.unref();
    const call: Call = {
      method: request.method,
      redirect: init?.redirect ?? (input instanceof Request ? input.redirect : 'follow'),
      label,
      signal: request.signal ? AbortSignal.any([request.signal, deadline.signal]) : deadline.signal,
      startedAt: now().getTime(),
      settle: () => clearTimeout(timer),
    };
    try {
      return await finish(await followRedirects(check.url, request.headers, call), call);
    } catch (error) {
      call.settle();
      throw error;
    }
  };
}

function describeRequest(
  input: string | URL | Request,
  init: RequestInit | undefined,
  userAgent: string,
): { url: string; method: string; headers: Record<string, string>; signal: AbortSignal | undefined } {
  const fromRequest = input instanceof Request ? input : undefined;
  const url = fromRequest ? fromRequest.url : String(input);
  const method = (init?.method ?? fromRequest?.method ?? 'GET').toUpperCase();
  if ((method !== 'GET' && method !== 'HEAD') || init?.body != null || fromRequest?.body) {
    throw new MatomeError(
      'INVALID_ARGUMENT',
      `Unsupported request: ${method} ${url} (only GET and HEAD without a body)`,
      {
        hint: 'The guarded client fetches pages and feeds; send other requests with a client meant for them.',
      },
    );
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of new Headers(fromRequest?.headers)) headers[name] = value;
  for (const [name, value] of new Headers(init?.headers)) headers[name] = value;
  headers['user-agent'] ??= userAgent;
  headers.accept ??= DEFAULT_ACCEPT;
  return { url, method, headers, signal: init?.signal ?? fromRequest?.signal ?? undefined };
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.includes(name)));
}

/** The URL to name in a refusal: canonical (as it was checked), and without credentials. */
function displayUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  url.username = '';
  url.password = '';
  return url.href;
}
