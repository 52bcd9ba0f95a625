import { createHash } from 'node:crypto';
import {
  APICallError,
  generateText,
  type LanguageModel,
  NoObjectGeneratedError,
  Output,
  RetryError,
} from 'ai';
import type { z } from 'zod';
import { MatomeError } from '../../domain/errors.ts';
import type { PromptPair } from './prompts.ts';

/** A stored model answer: the validated JSON text and what it cost when it was made. */
export interface CachedAnswer {
  answer: string;
  inputTokens: number;
  outputTokens: number;
}

/**
 * Port for the response cache and token ledger (the CLI backs it with the SQLite store). Answers
 * are keyed by model and prompt hash, so an identical rebuild makes no calls.
 */
export interface LlmCache {
  get(key: string): CachedAnswer | undefined;
  put(key: string, model: string, answer: CachedAnswer): void;
  /** Tokens spent by calls recorded since `since` (cache hits cost nothing and are not recorded). */
  tokensUsedSince(since: Date): number;
}

/** Limits on each call and on spending. */
export interface CallLimits {
  /** Per attempt, milliseconds. */
  timeoutMs: number;
  /** Retries of failed HTTP calls (429, 5xx), with the SDK's backoff honouring Retry-After. */
  maxRetries: number;
  maxOutputTokens: number;
  maxTokensPerArticle?: number;
  maxTokensPerDay?: number;
}

/** What the model calls of one article cost. */
export interface Usage {
  calls: number;
  cachedCalls: number;
  inputTokens: number;
  outputTokens: number;
}

/** Calls the model for validated JSON answers, through the cache and within the limits. */
export interface ModelCaller {
  call<T>(label: string, pair: PromptPair, schema: z.ZodType<T>): Promise<T>;
  readonly usage: Usage;
}

// Bump when the prompts' meaning or the answer schemas change, so old answers are not reused.
const CACHE_VERSION = 'llm-1';
const JSON_AGAIN =
  '\n\n（前回の回答は指定の JSON として読めませんでした。説明や前置きを付けず、指定のスキーマに合う JSON だけを返してください。）';

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Creates the caller for one article. */
export function createModelCaller(options: {
  model: LanguageModel;
  modelId: string;
  limits: CallLimits;
  cache?: LlmCache;
  now?: () => Date;
  signal?: AbortSignal;
}): ModelCaller {
  const { model, modelId, limits, cache } = options;
  const now = options.now ?? (() => new Date());
  const usage: Usage = { calls: 0, cachedCalls: 0, inputTokens: 0, outputTokens: 0 };

  const checkBudget = (label: string) => {
    const spent = usage.inputTokens + usage.outputTokens;
    if (limits.maxTokensPerArticle !== undefined && spent >= limits.maxTokensPerArticle) {
      throw new MatomeError(
        'LLM_BUDGET',
        `Refused to call the model: ${label} (the article has used ${spent} of its ${limits.maxTokensPerArticle} tokens)`,
        { hint: 'Raise --max-tokens, use fewer or shorter sources, or rebuild later from the cache.' },
      );
    }
    if (limits.maxTokensPerDay !== undefined && cache) {
      const today = cache.tokensUsedSince(startOfUtcDay(now()));
      if (today >= limits.maxTokensPerDay) {
        throw new MatomeError(
          'LLM_BUDGET',
          `Refused to call the model: ${label} (${today} tokens used today, the daily budget is ${limits.maxTokensPerDay})`,
          { hint: 'Wait until tomorrow (UTC) or raise --max-tokens-per-day.', retryable: true },
        );
      }
    }
  };

  const attempt = async <T>(label: string, pair: PromptPair, schema: z.ZodType<T>): Promise<T> => {
    checkBudget(label);
    const timeout = AbortSignal.timeout(limits.timeoutMs);
    const abortSignal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    usage.calls += 1;
    try {
      const result = await generateText({
        model,
        system: pair.system,
        prompt: pair.prompt,
        output: Output.object({ schema }),
        maxRetries: limits.maxRetries,
        maxOutputTokens: limits.maxOutputTokens,
        temperature: 0,
        abortSignal,
      });
      usage.inputTokens += result.usage.inputTokens ?? 0;
      usage.outputTokens += result.usage.outputTokens ?? 0;
      return result.output as T;
    } catch (error) {
      if (NoObjectGeneratedError.isInstance(error)) {
        usage.inputTokens += error.usage?.inputTokens ?? 0;
        usage.outputTokens += error.usage?.outputTokens ?? 0;
      }
      throw toMatomeError(error, label, modelId, limits, timeout, options.signal);
    }
  };

  return {
    usage,
    async call<T>(label: string, pair: PromptPair, schema: z.ZodType<T>): Promise<T> {
      const key = createHash('sha256')
        .update(JSON.stringify([CACHE_VERSION, modelId, limits.maxOutputTokens, pair.system, pair.prompt]))
        .digest('hex');
      const cached = cache?.get(key);
      if (cached) {
        const parsed = schema.safeParse(safeJson(cached.answer));
        if (parsed.success) {
          usage.cachedCalls += 1;
          return parsed.data;
        }
      }
      const before = { input: usage.inputTokens, output: usage.outputTokens };
      let output: T;
      try {
        output = await attempt(label, pair, schema);
      } catch (error) {
        // One more try for an answer that was not the JSON asked for (prose, wrong shape, cut off).
        if (!(error instanceof MatomeError) || error.code !== 'LLM_FAILED' || !isBadAnswer(error))
          throw error;
        output = await attempt(label, { system: pair.system, prompt: pair.prompt + JSON_AGAIN }, schema);
      }
      cache?.put(key, modelId, {
        answer: JSON.stringify(output),
        inputTokens: usage.inputTokens - before.input,
        outputTokens: usage.outputTokens - before.output,
      });
      return output;
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const BAD_ANSWER = Symbol('bad answer');
function isBadAnswer(error: MatomeError): boolean {
  return (error as MatomeError & { [BAD_ANSWER]?: boolean })[BAD_ANSWER] === true;
}

function toMatomeError(
  error: unknown,
  label: string,
  modelId: string,
  limits: CallLimits,
  timeout: AbortSignal,
  signal: AbortSignal | undefined,
): unknown {
  if (error instanceof MatomeError) return error;
  if (signal?.aborted) return error;
  const subject = `${label} (${modelId}`;
  if (timeout.aborted) {
    return new MatomeError(
      'LLM_TIMEOUT',
      `Model call timed out: ${subject}, no answer in ${limits.timeoutMs} ms)`,
      {
        hint: 'Check that the model server is running and not overloaded, or raise --llm-timeout.',
        retryable: true,
        cause: error,
      },
    );
  }
  if (NoObjectGeneratedError.isInstance(error)) {
    const cut = error.finishReason === 'length';
    const wrapped = new MatomeError(
      'LLM_FAILED',
      cut
        ? `Model answer cut off: ${subject}, finish reason length at ${limits.maxOutputTokens} output tokens)`
        : `Model answer is not the JSON asked for: ${subject}, ${firstLine(error.message)})`,
      {
        hint: cut
          ? 'Raise --max-output-tokens, or use shorter sources.'
          : 'Use a model that supports structured output (JSON schema), or try again.',
        retryable: true,
        cause: error,
      },
    );
    Object.defineProperty(wrapped, BAD_ANSWER, { value: true });
    return wrapped;
  }
  const last = RetryError.isInstance(error) ? error.lastError : error;
  if (APICallError.isInstance(last)) {
    const status = last.statusCode;
    if (status === 401 || status === 403) {
      return new MatomeError('LLM_CONFIG', `Model refused the credentials: ${subject}, HTTP ${status})`, {
        hint: 'Check the API key variable for this provider (OPENAI_API_KEY, ANTHROPIC_API_KEY or MATOME_LLM_API_KEY).',
        cause: error,
      });
    }
    if (status === 404) {
      return new MatomeError('LLM_CONFIG', `Model not found: ${subject}, HTTP 404 at ${last.url})`, {
        hint: 'Check the model name and --base-url.',
        cause: error,
      });
    }
    return new MatomeError(
      'LLM_FAILED',
      `Model call failed: ${subject}, ${status === undefined ? firstLine(last.message) : `HTTP ${status}`} after ${limits.maxRetries + 1} attempts)`,
      {
        hint:
          status === 429
            ? 'The provider is rate limiting: wait and rebuild (answers so far are cached).'
            : 'Check the model server, then rebuild (answers so far are cached).',
        retryable: true,
        cause: error,
      },
    );
  }
  return new MatomeError(
    'LLM_FAILED',
    `Model call failed: ${subject}, ${firstLine((error as Error)?.message ?? String(error))})`,
    {
      hint: 'Check --base-url and that the model server is reachable.',
      retryable: true,
      cause: error,
    },
  );
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').slice(0, 200);
}
