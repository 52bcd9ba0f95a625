/** Stable error codes; each edge (CLI exit code, HTTP status, queue retry) maps them once. */
export type MatomeErrorCode =
  | 'SOURCE_NOT_FOUND'
  | 'SOURCE_UNREADABLE'
  | 'SOURCE_UNSUPPORTED'
  | 'SOURCE_CHANGED'
  | 'FETCH_FAILED'
  | 'FETCH_BLOCKED'
  | 'ROBOTS_DISALLOWED'
  | 'FETCH_TIMEOUT'
  | 'SERVER_UNREACHABLE'
  | 'BODY_TOO_LARGE'
  | 'DECODE_FAILED'
  | 'EXTRACT_FAILED'
  | 'SOURCE_TOO_SHORT'
  | 'INVALID_ARGUMENT'
  | 'INVALID_ARTICLE'
  | 'OUTPUT_FAILED'
  | 'TOKENIZER_UNAVAILABLE'
  | 'STORE_FAILED'
  | 'STORE_TOO_NEW'
  | 'FEED_INVALID'
  | 'LLM_CONFIG'
  | 'LLM_FAILED'
  | 'LLM_TIMEOUT'
  | 'LLM_BUDGET'
  | 'LLM_RATE_LIMITED'
  | 'LLM_TOO_LITTLE_MODEL_TEXT'
  | 'ARTICLE_BLOCKED'
  // The review desk (server/): refused requests and review conflicts.
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'REVIEW_INCOMPLETE'
  // Publishing (publish/): a site that refused (4xx, permanent), failed (429/5xx/network after the
  // retries), or whose post was edited there since matome last wrote it.
  | 'PUBLISH_REFUSED'
  | 'PUBLISH_FAILED'
  | 'PUBLISH_CONFLICT';

/** The one base class for errors matome raises: `<what failed>: <subject> (<detail>)` plus a hint. */
export class MatomeError extends Error {
  readonly code: MatomeErrorCode;
  readonly retryable: boolean;
  readonly hint: string | undefined;

  constructor(
    code: MatomeErrorCode,
    message: string,
    options: { hint?: string; retryable?: boolean; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MatomeError';
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.hint = options.hint;
  }
}

/** True when `error` is a MatomeError (also across module copies). */
export function isMatomeError(error: unknown): error is MatomeError {
  return error instanceof MatomeError;
}
