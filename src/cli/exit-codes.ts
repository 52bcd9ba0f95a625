import type { MatomeErrorCode } from '../domain/errors.ts';

/** Exit codes of the CLI, one per kind of failure, so scripts can tell them apart. */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  source: 3,
  fetch: 4,
  extract: 5,
  output: 6,
  store: 7,
  model: 8,
  blocked: 9,
  /** The model wrote less of the article than --min-model-share asks. */
  modelShare: 10,
  /** The publishing site refused, failed, or holds an edit matome would overwrite. */
  publish: 11,
} as const;

/** Maps an error code to the CLI's exit code (the one place this mapping lives). */
export function exitCodeFor(code: MatomeErrorCode): number {
  switch (code) {
    case 'INVALID_ARGUMENT':
      return EXIT.usage;
    case 'SOURCE_NOT_FOUND':
    case 'SOURCE_UNREADABLE':
    case 'SOURCE_UNSUPPORTED':
    case 'SOURCE_CHANGED':
      return EXIT.source;
    case 'FETCH_FAILED':
    case 'FETCH_BLOCKED':
    case 'ROBOTS_DISALLOWED':
    case 'FETCH_TIMEOUT':
    case 'SERVER_UNREACHABLE':
    case 'BODY_TOO_LARGE':
      return EXIT.fetch;
    case 'DECODE_FAILED':
    case 'EXTRACT_FAILED':
    case 'SOURCE_TOO_SHORT':
    case 'FEED_INVALID':
      return EXIT.extract;
    case 'OUTPUT_FAILED':
      return EXIT.output;
    case 'INVALID_ARTICLE':
    case 'TOKENIZER_UNAVAILABLE':
      return EXIT.internal;
    case 'STORE_FAILED':
    case 'STORE_TOO_NEW':
      return EXIT.store;
    case 'LLM_CONFIG':
      return EXIT.usage;
    case 'LLM_FAILED':
    case 'LLM_TIMEOUT':
    case 'LLM_BUDGET':
    case 'LLM_RATE_LIMITED':
      return EXIT.model;
    case 'LLM_TOO_LITTLE_MODEL_TEXT':
      return EXIT.modelShare;
    case 'ARTICLE_BLOCKED':
    case 'REVIEW_INCOMPLETE':
      return EXIT.blocked;
    case 'UNAUTHORIZED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'PAYLOAD_TOO_LARGE':
      return EXIT.usage;
    case 'PUBLISH_REFUSED':
    case 'PUBLISH_FAILED':
    case 'PUBLISH_CONFLICT':
      return EXIT.publish;
  }
}
