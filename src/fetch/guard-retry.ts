/** How often and how patiently a failed request is tried again. */
export interface RetryOptions {
  /** Tries in all, the first included; 1 turns retries off. */
  attempts: number;
  baseDelayMs: number;
  /** The longest wait between tries; a longer Retry-After ends the retries instead. */
  maxDelayMs: number;
}

/** Statuses worth another try: rate limiting and server errors. Other 4xx will not change. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * The wait before try `attempt + 1` after try `attempt` (1-based) failed: exponential from
 * baseDelayMs, capped at maxDelayMs, with "equal jitter" (half fixed, half random) so many
 * clients failing together do not retry in step, yet no wait collapses to zero.
 */
export function backoffDelay(attempt: number, options: RetryOptions, random: () => number): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/**
 * Milliseconds to wait from a Retry-After header: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * undefined when absent or unreadable; a date in the past means 0.
 */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP dates always name a day or month ("Sun, 06 Nov 1994 08:49:37 GMT"); this keeps
  // Date.parse from reading stray numbers such as "-5" as years.
  const date = /[a-z]{3}/i.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now.getTime());
}
