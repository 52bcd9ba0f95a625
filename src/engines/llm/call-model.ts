import { createHash } from 'node:crypto';
import { APICallError, type LanguageModel, RetryError, streamText, wrapLanguageModel } from 'ai';
import { MatomeError } from '../../domain/errors.ts';
import { type AnswerSchemas, toJsonSchema } from './answer-schemas.ts';
import { extractJson, JsonNotFoundError } from './extract-json.ts';
import type { PromptPair } from './prompts.ts';

/**
 * A stored outcome of one call: `{"ok": answer}` or `{"failed": {message, hint}}` as JSON text, and
 * what the calls that made it cost.
 */
export interface CachedAnswer {
  answer: string;
  inputTokens: number;
  outputTokens: number;
}

/** One model call as the ledger keeps it: its real usage, whatever its outcome. */
export interface CallRecord {
  model: string;
  label: string;
  outcome: 'ok' | 'cut-off' | 'unreadable' | 'failed';
  inputTokens: number;
  outputTokens: number;
}

/**
 * Port for the response cache and token ledger (the CLI backs it with the SQLite store). Answers
 * are keyed by model and prompt hash, so an identical rebuild makes no calls.
 */
export interface LlmCache {
  get(key: string): Promise<CachedAnswer | undefined>;
  put(key: string, model: string, answer: CachedAnswer): Promise<void>;
  /** Records one call in the ledger (every call that reached the model, failed ones included). */
  record(call: CallRecord): Promise<void>;
  /** Tokens the calls recorded since `since` cost (cache hits cost nothing and are not recorded). */
  tokensUsedSince(since: Date): Promise<number>;
  /**
   * Optional: holds `tokens` (the most the call can cost) against the day's budget before the call
   * is made, atomically with other processes (refusing with LLM_BUDGET, or CONFLICT for a job whose
   * lease is stale); the call's real usage then settles the hold instead of `record`. The job queue's
   * cache does this, so workers together never pass the daily budget.
   */
  reserve?(label: string, model: string, tokens: number): Promise<CallHold>;
}

/** A reservation of tokens for one call, settled with the call's real usage. */
export interface CallHold {
  settle(call: CallRecord): Promise<void>;
}

/**
 * The most tokens a call can cost: a token is at least one byte of the prompt (byte-level
 * tokenizers), plus the chat template's own tokens, plus the output limit.
 */
export function tokenBound(pair: PromptPair, maxOutputTokens: number): number {
  const bytes = new TextEncoder().encode(pair.system + pair.prompt).length;
  return bytes + 256 + maxOutputTokens;
}

/** Limits on each call and on spending. */
export interface CallLimits {
  /**
   * Generation time per attempt, milliseconds, counted from the answer's first token: a request
   * waiting in a busy server's queue, or while the server reads the prompt, is not generating.
   */
  timeoutMs: number;
  /**
   * How long to wait for the first token, milliseconds (queue time and prompt reading included);
   * default 10 minutes.
   */
  firstTokenTimeoutMs?: number;
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

/**
 * How the answer's shape is asked for: a JSON schema the server enforces (`json_schema`, or a
 * grammar), JSON mode with the schema in the prompt, or the prompt alone. A server that answers
 * HTTP 400 saying it does not support one is asked the next way.
 */
export type OutputMode = 'json-schema' | 'json' | 'prompt';
const NEXT_MODE: Record<OutputMode, OutputMode | undefined> = {
  'json-schema': 'json',
  json: 'prompt',
  prompt: undefined,
};

/** Calls the model for validated JSON answers, through the cache and within the limits. */
export interface ModelCaller {
  call<T>(label: string, pair: PromptPair, schemas: AnswerSchemas<T>): Promise<T>;
  readonly usage: Usage;
  /** The way answers are asked for now (after any fallback). */
  readonly mode: OutputMode;
}

// Bump when the prompts' meaning, the answer schemas or the cached envelope change.
const CACHE_VERSION = 'llm-3';
// More than any real call reports; a count beyond it (or below zero) is a broken server.
const MAX_REPORTED_TOKENS = 100_000_000;
const JSON_AGAIN =
  '\n\n（前回の回答は指定の JSON として読めませんでした。説明や前置きを付けず、指定のスキーマに合う JSON だけを返してください。）';

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** A failed answer that asking again the same way may repeat: cached, and shown to the user. */
class BadAnswer extends MatomeError {
  readonly kind: 'cut-off' | 'unreadable';
  constructor(kind: 'cut-off' | 'unreadable', message: string, hint: string) {
    super('LLM_FAILED', message, { hint, retryable: true });
    this.kind = kind;
  }
}

/** The model server could not be reached at all: no part of any article can be written. */
export class ModelUnreachable extends MatomeError {
  constructor(message: string, cause: unknown) {
    super('LLM_FAILED', message, {
      hint: 'Check --base-url and that the model server is running and reachable.',
      retryable: true,
      cause,
    });
  }
}

/** Creates the caller for one article. */
export function createModelCaller(options: {
  model: LanguageModel;
  modelId: string;
  limits: CallLimits;
  cache?: LlmCache;
  /** How to ask for JSON first; `json-schema` unless the provider is known not to support it. */
  mode?: OutputMode;
  now?: () => Date;
  signal?: AbortSignal;
}): ModelCaller {
  const { model, modelId, limits, cache } = options;
  const now = options.now ?? (() => new Date());
  const usage: Usage = { calls: 0, cachedCalls: 0, inputTokens: 0, outputTokens: 0 };
  let mode: OutputMode = options.mode ?? 'json-schema';

  const checkBudget = async (label: string) => {
    const spent = usage.inputTokens + usage.outputTokens;
    if (limits.maxTokensPerArticle !== undefined && spent >= limits.maxTokensPerArticle) {
      throw new MatomeError(
        'LLM_BUDGET',
        `Refused to call the model: ${label} (the article has used ${spent} of its ${limits.maxTokensPerArticle} tokens)`,
        { hint: 'Raise --max-tokens, use fewer or shorter sources, or rebuild later from the cache.' },
      );
    }
    if (limits.maxTokensPerDay !== undefined && cache) {
      const today = await cache.tokensUsedSince(startOfUtcDay(now()));
      if (today >= limits.maxTokensPerDay) {
        throw new MatomeError(
          'LLM_BUDGET',
          `Refused to call the model: ${label} (${today} tokens used today, the daily budget is ${limits.maxTokensPerDay})`,
          { hint: 'Wait until tomorrow (UTC) or raise --max-tokens-per-day.', retryable: true },
        );
      }
    }
  };

  /** One request to the model; its usage goes to the article's total and the ledger at once. */
  const attempt = async <T>(
    label: string,
    pair: PromptPair,
    schemas: AnswerSchemas<T>,
    spent: { input: number; output: number },
    again = false,
  ): Promise<T> => {
    for (;;) {
      await checkBudget(label);
      const hold = await cache?.reserve?.(label, modelId, tokenBound(pair, limits.maxOutputTokens));
      const record = async (call: CallRecord) => {
        await (hold === undefined ? cache?.record(call) : hold.settle(call));
      };
      const used = mode;
      const clock = generationClock(limits);
      const abortSignal = options.signal ? AbortSignal.any([options.signal, clock.signal]) : clock.signal;
      usage.calls += 1;
      let result: StreamedAnswer;
      try {
        result = await streamAnswer(
          {
            model: askingFor(model, used, schemas),
            // Without an enforced schema the prompt carries it. So does the second ask after an
            // unreadable answer: some servers accept response_format and ignore it.
            system:
              used === 'json-schema' && !again ? pair.system : `${pair.system}\n\n${describeSchema(schemas)}`,
            prompt: pair.prompt,
            maxRetries: limits.maxRetries,
            maxOutputTokens: limits.maxOutputTokens,
            abortSignal,
          },
          clock,
        );
      } catch (error) {
        await record({ model: modelId, label, outcome: 'failed', inputTokens: 0, outputTokens: 0 });
        const next = NEXT_MODE[used];
        if (next !== undefined && isUnsupportedFormat(error)) {
          // Every later call of this article asks the way the server accepts.
          if (mode === used) mode = next;
          continue;
        }
        throw toMatomeError(error, label, modelId, clock, options.signal);
      } finally {
        clock.stop();
      }
      let inputTokens: number;
      let outputTokens: number;
      try {
        inputTokens = checkedTokens(result.usage.inputTokens, 'input', label, modelId);
        outputTokens = checkedTokens(result.usage.outputTokens, 'output', label, modelId);
      } catch (error) {
        // The call happened; what it cost is unknown, so the ledger says so with no tokens.
        await record({ model: modelId, label, outcome: 'failed', inputTokens: 0, outputTokens: 0 });
        throw error;
      }
      usage.inputTokens += inputTokens;
      usage.outputTokens += outputTokens;
      spent.input += inputTokens;
      spent.output += outputTokens;
      const outcome = readAnswer(result.text, result.finishReason, schemas, label, modelId, limits);
      await record({
        model: modelId,
        label,
        outcome: outcome instanceof BadAnswer ? outcome.kind : 'ok',
        inputTokens,
        outputTokens,
      });
      if (outcome instanceof BadAnswer) throw outcome;
      return outcome.value;
    }
  };

  return {
    usage,
    get mode() {
      return mode;
    },
    async call<T>(label: string, pair: PromptPair, schemas: AnswerSchemas<T>): Promise<T> {
      const key = createHash('sha256')
        .update(JSON.stringify([CACHE_VERSION, modelId, limits.maxOutputTokens, pair.system, pair.prompt]))
        .digest('hex');
      const cached = await cache?.get(key);
      const replay = cached === undefined ? undefined : replayCached(cached, schemas, label);
      if (replay !== undefined) {
        usage.cachedCalls += 1;
        if (replay.ok) return replay.value;
        throw replay.error;
      }
      // Each call counts its own tokens: calls run concurrently, so no snapshot of the totals is shared.
      const spent = { input: 0, output: 0 };
      const save = (envelope: unknown) =>
        cache?.put(key, modelId, {
          answer: JSON.stringify(envelope),
          inputTokens: spent.input,
          outputTokens: spent.output,
        });
      try {
        let output: T;
        try {
          output = await attempt(label, pair, schemas, spent);
        } catch (error) {
          // One more try for an answer that was not the JSON asked for (prose, wrong shape). A
          // cut-off answer is not asked again: with the same output limit it would be cut off again.
          if (!(error instanceof BadAnswer) || error.kind !== 'unreadable') throw error;
          output = await attempt(
            label,
            { system: pair.system, prompt: pair.prompt + JSON_AGAIN },
            schemas,
            spent,
            true,
          );
        }
        await save({ ok: output });
        return output;
      } catch (error) {
        // The model's own failed answer would come back the same at temperature 0: keep it, so an
        // identical rebuild does not pay for it again.
        if (error instanceof BadAnswer)
          await save({ failed: { message: error.message, hint: error.hint ?? '' } });
        throw error;
      }
    },
  };
}

// Waiting for the first token covers a server's queue and its reading of the prompt.
const DEFAULT_FIRST_TOKEN_MS = 600_000;

/**
 * The two time limits of one request: until the first token, then for the generation. Either one
 * aborts the request (the HTTP connection is closed, so the server can drop the work).
 */
interface GenerationClock {
  readonly signal: AbortSignal;
  readonly firstTokenMs: number;
  readonly generationMs: number;
  /** Which limit ran out, if one did. */
  readonly expired: 'first-token' | 'generation' | undefined;
  /** The first token came: the generation limit starts now (once). */
  started(): void;
  stop(): void;
}

function generationClock(limits: CallLimits): GenerationClock {
  const controller = new AbortController();
  const firstTokenMs = limits.firstTokenTimeoutMs ?? DEFAULT_FIRST_TOKEN_MS;
  let expired: GenerationClock['expired'];
  let generating = false;
  const expire = (which: 'first-token' | 'generation') => () => {
    expired = which;
    controller.abort(new Error(`${which} time limit reached`));
  };
  let timer = setTimeout(expire('first-token'), firstTokenMs);
  return {
    signal: controller.signal,
    firstTokenMs,
    generationMs: limits.timeoutMs,
    get expired() {
      return expired;
    },
    started() {
      if (generating || expired) return;
      generating = true;
      clearTimeout(timer);
      timer = setTimeout(expire('generation'), limits.timeoutMs);
    },
    stop() {
      clearTimeout(timer);
    },
  };
}

/** The whole answer of a streamed call, as generateText would give it. */
interface StreamedAnswer {
  text: string;
  finishReason: string;
  usage: { inputTokens: number | undefined; outputTokens: number | undefined };
}

// Stream parts that mean the model has begun writing its answer.
const FIRST_TOKEN_PARTS = new Set([
  'text-start',
  'text-delta',
  'reasoning-start',
  'reasoning-delta',
  'tool-input-start',
  'tool-input-delta',
]);

/**
 * One streamed request, read to its end. Streaming lets the generation limit start at the first
 * token instead of when the request was sent; an error or abort in the stream is thrown.
 */
async function streamAnswer(
  request: {
    model: LanguageModel;
    system: string;
    prompt: string;
    maxRetries: number;
    maxOutputTokens: number;
    abortSignal: AbortSignal;
  },
  clock: GenerationClock,
): Promise<StreamedAnswer> {
  const result = streamText({
    ...request,
    temperature: 0,
    // Errors are read from the stream below; the default handler would also print them.
    onError: () => {},
  });
  let text = '';
  let finish: StreamedAnswer | undefined;
  for await (const part of result.fullStream) {
    if (FIRST_TOKEN_PARTS.has(part.type)) clock.started();
    if (part.type === 'text-delta') text += part.text;
    else if (part.type === 'error') throw part.error;
    else if (part.type === 'abort') throw request.abortSignal.reason ?? new Error('aborted');
    else if (part.type === 'finish')
      finish = {
        text,
        finishReason: part.finishReason,
        usage: { inputTokens: part.totalUsage.inputTokens, outputTokens: part.totalUsage.outputTokens },
      };
  }
  if (finish === undefined) throw new Error('the answer stream ended without a finish');
  return { ...finish, text };
}

/** The model, asked for JSON the given way. */
function askingFor(model: LanguageModel, mode: OutputMode, schemas: AnswerSchemas<unknown>): LanguageModel {
  if (typeof model === 'string') return model;
  const responseFormat =
    mode === 'json-schema'
      ? { type: 'json' as const, schema: toJsonSchema(schemas.send) as never, name: 'answer' }
      : mode === 'json'
        ? { type: 'json' as const }
        : { type: 'text' as const };
  return wrapLanguageModel({
    model: model as Parameters<typeof wrapLanguageModel>[0]['model'],
    middleware: {
      specificationVersion: 'v4',
      transformParams: async ({ params }) => ({ ...params, responseFormat }),
    },
  });
}

/** The schema in words for the prompt, for servers that do not enforce it. */
export function describeSchema(schemas: AnswerSchemas<unknown>): string {
  return `回答は次の JSON スキーマに合う JSON オブジェクト1つだけにしてください（前置き・説明・コードブロックは不要）:\n${JSON.stringify(toJsonSchema(schemas.send))}`;
}

function readAnswer<T>(
  text: string,
  finishReason: string,
  schemas: AnswerSchemas<T>,
  label: string,
  modelId: string,
  limits: CallLimits,
): { value: T } | BadAnswer {
  const subject = `${label} (${modelId}`;
  if (finishReason === 'length') {
    return new BadAnswer(
      'cut-off',
      `Model answer cut off: ${subject}, finish reason length at ${limits.maxOutputTokens} output tokens)`,
      'Raise --max-output-tokens, use shorter sources, or a model that follows the requested format.',
    );
  }
  let json: Record<string, unknown>;
  try {
    json = extractJson(text);
  } catch (error) {
    if (!(error instanceof JsonNotFoundError)) throw error;
    return new BadAnswer(
      'unreadable',
      `Model answer is not the JSON asked for: ${subject}, ${error.message})`,
      'Use a model that follows instructions in JSON (structured output), or try a larger model.',
    );
  }
  const parsed = schemas.read.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(answer)';
    return new BadAnswer(
      'unreadable',
      `Model answer is not the JSON asked for: ${subject}, ${field}: ${issue?.message ?? 'invalid'})`,
      'Use a model that follows instructions in JSON (structured output), or try a larger model.',
    );
  }
  return { value: parsed.data };
}

function replayCached<T>(
  cached: CachedAnswer,
  schemas: AnswerSchemas<T>,
  label: string,
): { ok: true; value: T } | { ok: false; error: MatomeError } | undefined {
  const envelope = safeJson(cached.answer) as {
    ok?: unknown;
    failed?: { message?: unknown; hint?: unknown };
  };
  if (typeof envelope !== 'object' || envelope === null) return undefined;
  if ('ok' in envelope) {
    const parsed = schemas.read.safeParse(envelope.ok);
    return parsed.success ? { ok: true, value: parsed.data } : undefined;
  }
  const failed = envelope.failed;
  if (failed && typeof failed.message === 'string') {
    return {
      ok: false,
      error: new MatomeError('LLM_FAILED', `${failed.message} [cached answer]`, {
        hint: `${typeof failed.hint === 'string' ? failed.hint : ''} This outcome of ${label} was cached; change the model or its settings to ask again.`.trim(),
        retryable: true,
      }),
    };
  }
  return undefined;
}

function checkedTokens(value: number | undefined, which: string, label: string, modelId: string): number {
  if (value === undefined) return 0;
  if (!Number.isInteger(value) || value < 0 || value > MAX_REPORTED_TOKENS) {
    throw new MatomeError(
      'LLM_FAILED',
      `Model server reported impossible usage: ${label} (${modelId}, ${which} tokens ${value})`,
      { hint: 'The server is misbehaving or is not the model server you meant; check --base-url.' },
    );
  }
  return value;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The last HTTP error behind a (retried) SDK error. */
function apiError(error: unknown): APICallError | undefined {
  const last = RetryError.isInstance(error) ? error.lastError : error;
  return APICallError.isInstance(last) ? last : undefined;
}

/** The server's own words from an error body: `error.message`, `message`, `error`, or the text. */
export function serverMessage(error: APICallError): string | undefined {
  const body = error.responseBody;
  if (body === undefined || body.trim() === '') return undefined;
  const json = safeJson(body) as { error?: unknown; message?: unknown; detail?: unknown } | undefined;
  const nested =
    json && typeof json.error === 'object' && json.error !== null
      ? (json.error as { message?: unknown }).message
      : undefined;
  const picked = [nested, json?.message, json?.error, json?.detail].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  return oneLine(picked ?? body).slice(0, 240);
}

// What servers say when they refuse a response_format: llama.cpp ("response_format type
// 'json_schema' is not supported"), vLLM, LM Studio and proxies use words like these.
const FORMAT_WORDS = /response_format|json_schema|json schema|json_object|structured output|grammar|guided/iu;
const REFUSAL_WORDS =
  /not supported|unsupported|not implemented|not available|unknown|unrecognized|invalid|not allowed/iu;

function isUnsupportedFormat(error: unknown): boolean {
  const api = apiError(error);
  if (!api || api.statusCode === undefined || api.statusCode < 400 || api.statusCode >= 500) return false;
  if (api.statusCode === 401 || api.statusCode === 403 || api.statusCode === 404 || api.statusCode === 429)
    return false;
  const said = serverMessage(api) ?? '';
  return FORMAT_WORDS.test(said) && REFUSAL_WORDS.test(said);
}

function toMatomeError(
  error: unknown,
  label: string,
  modelId: string,
  clock: GenerationClock,
  signal: AbortSignal | undefined,
): unknown {
  if (error instanceof MatomeError) return error;
  if (RetryError.isInstance(error) && error.lastError instanceof MatomeError) return error.lastError;
  // A stream read that failed (the answer cap) comes wrapped in the SDK's error.
  const inner = (error as { cause?: unknown } | undefined)?.cause;
  if (inner instanceof MatomeError) return inner;
  if (signal?.aborted) return error;
  const subject = `${label} (${modelId}`;
  if (clock.expired === 'first-token') {
    return new MatomeError(
      'LLM_TIMEOUT',
      `Model call timed out: ${subject}, no first token in ${clock.firstTokenMs} ms; the request was withdrawn)`,
      {
        hint: 'The server is busy or not answering: a local server answers one request per slot (keep --concurrency at its slot count), or raise --llm-first-token-timeout.',
        retryable: true,
        cause: error,
      },
    );
  }
  if (clock.expired === 'generation') {
    return new MatomeError(
      'LLM_TIMEOUT',
      `Model call timed out: ${subject}, answer not finished ${clock.generationMs} ms after its first token; the request was withdrawn)`,
      {
        hint: 'The model generates too slowly for this answer: raise --llm-timeout, lower --max-output-tokens, or give a local runtime more threads.',
        retryable: true,
        cause: error,
      },
    );
  }
  const attempts = RetryError.isInstance(error) ? error.errors.length : 1;
  const after = attempts > 1 ? ` after ${attempts} attempts` : '';
  const last = apiError(error);
  if (last) {
    const status = last.statusCode;
    const said = serverMessage(last);
    const detail = `${status === undefined ? oneLine(last.message) : `HTTP ${status}`}${said ? `: ${said}` : ''}`;
    if (status === 401 || status === 403) {
      return new MatomeError('LLM_CONFIG', `Model refused the credentials: ${subject}, ${detail})`, {
        hint: 'Check the API key variable for this provider (OPENAI_API_KEY, ANTHROPIC_API_KEY or MATOME_LLM_API_KEY).',
        cause: error,
      });
    }
    if (status === 404) {
      return new MatomeError('LLM_CONFIG', `Model not found: ${subject}, ${detail} at ${last.url})`, {
        hint: 'Check the model name and --base-url.',
        cause: error,
      });
    }
    const context = /context|too long|too many tokens|maximum.*length/iu.test(said ?? '');
    if (status === undefined)
      return new ModelUnreachable(`Model call failed: ${subject}, ${detail}${after})`, error);
    return new MatomeError('LLM_FAILED', `Model call failed: ${subject}, ${detail}${after})`, {
      hint:
        status === 429
          ? 'The provider is rate limiting: wait and rebuild (answers so far are cached).'
          : context
            ? "The prompt does not fit the model's context: start the server with a larger context, or use fewer or shorter sources."
            : status === undefined
              ? 'Check --base-url and that the model server is reachable.'
              : 'Read the server message above, fix the server or the model, then rebuild (answers so far are cached).',
      retryable: true,
      cause: error,
    });
  }
  const message = (error as Error)?.message ?? String(error);
  const network = error instanceof TypeError || /ECONNREFUSED|ENOTFOUND|fetch failed|socket/iu.test(message);
  if (network)
    return new ModelUnreachable(`Model call failed: ${subject}, ${oneLine(message).slice(0, 200)})`, error);
  return new MatomeError(
    'LLM_FAILED',
    `${network ? 'Model call failed' : 'Model answer could not be read'}: ${subject}, ${oneLine(message).slice(0, 200)})`,
    {
      hint: network
        ? 'Check --base-url and that the model server is reachable.'
        : 'The server sent something that is not a model answer; check that --base-url points at a model server.',
      retryable: true,
      cause: error,
    },
  );
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
