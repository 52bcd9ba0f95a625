import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isMatomeError, type MatomeErrorCode } from '../domain/errors.ts';
import { deskLabels } from './desk-labels.ts';

/** The JSON body of every error response: a stable code, the message, a hint, a Japanese line for the page. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    hint?: string;
    retryable: boolean;
    /** The message for the review page, in Japanese. */
    display: string;
    [detail: string]: unknown;
  };
}

/** Maps an error code to its HTTP status (the one place this mapping lives for the server). */
export function httpStatusFor(code: MatomeErrorCode | 'INTERNAL'): ContentfulStatusCode {
  switch (code) {
    case 'INVALID_ARGUMENT':
    case 'SOURCE_UNSUPPORTED':
    case 'FEED_INVALID':
    case 'SOURCE_TOO_SHORT':
    case 'INVALID_ARTICLE':
      return 400;
    case 'UNAUTHORIZED':
      return 401;
    case 'FORBIDDEN':
    case 'ROBOTS_DISALLOWED':
    case 'FETCH_BLOCKED':
      return 403;
    case 'NOT_FOUND':
    case 'SOURCE_NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'PUBLISH_CONFLICT':
    case 'REVIEW_INCOMPLETE':
    case 'ARTICLE_BLOCKED':
    case 'SOURCE_CHANGED':
      return 409;
    case 'PAYLOAD_TOO_LARGE':
    case 'BODY_TOO_LARGE':
      return 413;
    case 'FETCH_FAILED':
    case 'FETCH_TIMEOUT':
    case 'LLM_FAILED':
    case 'LLM_TIMEOUT':
    // The publishing site refused or failed (the desk's own publish stands).
    case 'PUBLISH_REFUSED':
    case 'PUBLISH_FAILED':
      return 502;
    default:
      return 500;
  }
}

/** The error body and status for anything thrown inside a request. */
export function errorResponse(
  error: unknown,
  details: Record<string, unknown> = {},
): {
  status: ContentfulStatusCode;
  body: ErrorBody;
} {
  if (isMatomeError(error)) {
    return {
      status: httpStatusFor(error.code),
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...(error.hint === undefined ? {} : { hint: error.hint }),
          retryable: error.retryable,
          display: deskLabels.errors[error.code] ?? `${deskLabels.errorFallback} (${error.code})`,
          ...details,
        },
      },
    };
  }
  return {
    status: 500,
    body: {
      error: {
        code: 'INTERNAL',
        message: `Internal error: ${(error as Error)?.message ?? String(error)}`,
        hint: 'This is a bug in matome; please report it with the request made.',
        retryable: false,
        display: deskLabels.errorFallback,
      },
    },
  };
}
