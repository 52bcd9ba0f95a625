import { isMatomeError, MatomeError } from '../domain/errors.ts';
import type { Refusal } from './guard-policy.ts';

/** The phase a timeout stopped: connecting, waiting for headers, an idle body, or the whole fetch. */
export type TimeoutPhase = 'connect' | 'headers' | 'body' | 'total';

/** Network error codes worth another try; others (unknown host, TLS failures) will fail again. */
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);

const TOO_LARGE_HINT = 'Save only the article page itself; a news article is far smaller than this.';

/** FETCH_BLOCKED for `url`; `cause` is the Refusal ({ rule, reason }) so callers can branch on the rule. */
export function blockedError(url: string, refusal: Refusal): MatomeError {
  return new MatomeError('FETCH_BLOCKED', `Refused to fetch: ${url} (${refusal.reason})`, {
    hint:
      'matome fetches only public web addresses on ports 80 and 443. For local testing, allow the ' +
      'host explicitly with --allow-host (for example --allow-host 127.0.0.1).',
    cause: { rule: refusal.rule, reason: refusal.reason } satisfies Refusal,
  });
}

/** The Refusal a FETCH_BLOCKED error carries; undefined for any other error. */
export function refusalOf(error: unknown): Refusal | undefined {
  if (!isMatomeError(error) || error.code !== 'FETCH_BLOCKED') return undefined;
  const cause = error.cause as Partial<Refusal> | undefined;
  return typeof cause?.rule === 'string' && typeof cause.reason === 'string'
    ? { rule: cause.rule, reason: cause.reason }
    : undefined;
}

/** FETCH_TIMEOUT (retryable); `cause` is { phase, ms }. */
export function timeoutError(method: string, url: string, phase: TimeoutPhase, ms: number): MatomeError {
  const limit = formatMs(ms);
  const detail = {
    connect: `could not connect within ${limit}`,
    headers: `no response headers within ${limit}`,
    body: `no data for ${limit} while reading the body`,
    total: `not finished within ${limit}`,
  }[phase];
  return new MatomeError('FETCH_TIMEOUT', `Failed to fetch page: ${method} ${url} (${detail})`, {
    hint: 'The site is slow or not answering; try again later.',
    retryable: true,
    cause: { phase, ms },
  });
}

/** BODY_TOO_LARGE (not retryable: the page will not shrink). */
export function tooLargeError(method: string, url: string, maxBytes: number): MatomeError {
  const detail = `body larger than ${formatBytes(maxBytes)} after decoding`;
  return new MatomeError('BODY_TOO_LARGE', `Failed to fetch page: ${method} ${url} (${detail})`, {
    hint: TOO_LARGE_HINT,
  });
}

/** SOURCE_UNSUPPORTED for a response that is not a page, feed or text. */
export function unsupportedError(url: string, reason: string): MatomeError {
  return new MatomeError('SOURCE_UNSUPPORTED', `Failed to read source: ${url} (${reason})`, {
    hint: 'matome reads HTML pages, feeds and plain text or Markdown; for a PDF or image, save the article text as .txt.',
  });
}

/** FETCH_FAILED (not retryable) for a response matome cannot use: redirect loops, bad Location, invalid status. */
export function responseError(
  method: string,
  url: string,
  detail: string,
  hint = 'Open the URL in a browser to see where it leads, and pass the final address.',
): MatomeError {
  return new MatomeError('FETCH_FAILED', `Failed to fetch page: ${method} ${url} (${detail})`, { hint });
}

/**
 * Turns whatever undici threw (or errored a body with) into the error matome reports. An abort
 * of `signal` passes its reason through unchanged: the caller's own reason, or the total-time
 * FETCH_TIMEOUT. A refusal raised inside the connector is re-issued naming `url`.
 */
export function toFetchError(
  error: unknown,
  context: {
    method: string;
    url: string;
    signal: AbortSignal;
    timeouts: { headersMs: number; bodyIdleMs: number };
  },
): unknown {
  const { method, url, signal, timeouts } = context;
  if (signal.aborted) return signal.reason;
  const chain = causeChain(error);
  const matome = chain.find(isMatomeError);
  if (matome) {
    const refusal = refusalOf(matome);
    return refusal ? blockedError(url, refusal) : matome;
  }
  const code = chain.map((item) => (item as { code?: unknown }).code).find((c) => typeof c === 'string');
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return timeoutError(method, url, 'connect', timeouts.headersMs);
  if (code === 'UND_ERR_HEADERS_TIMEOUT') return timeoutError(method, url, 'headers', timeouts.headersMs);
  if (code === 'UND_ERR_BODY_TIMEOUT') return timeoutError(method, url, 'body', timeouts.bodyIdleMs);
  const innermost = chain.at(-1);
  const detail =
    typeof code === 'string' ? code : innermost instanceof Error ? innermost.message : String(innermost);
  const hint =
    code === 'ENOTFOUND'
      ? 'Check the host name: it does not resolve.'
      : 'Check the network connection and the host name, then try again.';
  return new MatomeError('FETCH_FAILED', `Failed to fetch page: ${method} ${url} (${detail})`, {
    hint,
    retryable: typeof code === 'string' && RETRYABLE_CODES.has(code),
    cause: error,
  });
}

/** `error` and its causes, outermost first (bounded: cause chains can loop). */
function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 8 && !chain.includes(current)) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

function formatMs(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function formatBytes(bytes: number): string {
  const mib = bytes / 1024 / 1024;
  return Number.isInteger(mib) ? `${mib} MiB` : `${bytes} bytes`;
}
