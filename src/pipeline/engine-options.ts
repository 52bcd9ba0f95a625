import type { ParseArgsConfig } from 'node:util';
import { MatomeError } from '../domain/errors.ts';
import type { Engine } from '../engines/engine.ts';
import type { LlmCache } from '../engines/llm/call-model.ts';
import type { Store } from '../store/store.ts';
import type { ArticleJudge } from './judge-article.ts';

/** The build options that choose and tune the engine. */
export const ENGINE_OPTIONS = {
  engine: { type: 'string', default: 'offline' },
  model: { type: 'string' },
  'base-url': { type: 'string' },
  tone: { type: 'string', default: 'friendly' },
  length: { type: 'string', default: 'standard' },
  concurrency: { type: 'string' },
  threads: { type: 'string' },
  'context-size': { type: 'string' },
  'min-model-share': { type: 'string' },
  'llm-timeout': { type: 'string', default: '60' },
  'llm-first-token-timeout': { type: 'string', default: '600' },
  'max-retries': { type: 'string', default: '2' },
  'max-output-tokens': { type: 'string', default: '4096' },
  'max-tokens': { type: 'string' },
  'max-tokens-per-day': { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** The build options of the language model judge (`--judge MODEL`, `--judge-budget N`). */
export const JUDGE_OPTIONS = {
  judge: { type: 'string' },
  'judge-budget': { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

type Values = {
  [K in keyof typeof ENGINE_OPTIONS | keyof typeof JUDGE_OPTIONS]?: string | boolean | undefined;
};

function invalid(detail: string, hint: string): MatomeError {
  return new MatomeError('INVALID_ARGUMENT', `Invalid arguments: ${detail}`, { hint });
}

function whole(name: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw invalid(`--${name} ${String(value)}`, `Give a whole number from ${min} to ${max}.`);
  }
  return number;
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    throw invalid(`--${name} ${String(value)}`, `Choose one of ${allowed.join(', ')}.`);
  }
  return value as T;
}

/** `--min-model-share R`: the least share (0–1) of the article's text the model must have written. */
export function minModelShareFrom(values: Values): number | undefined {
  const value = values['min-model-share'];
  if (value === undefined) return undefined;
  const number = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !(number >= 0 && number <= 1)) {
    throw invalid(
      `--min-model-share ${String(value)}`,
      'Give a share from 0 to 1, e.g. --min-model-share 0.5.',
    );
  }
  return number;
}

/** `--max-tokens-per-day N` (or MATOME_MAX_TOKENS_PER_DAY): the day's token budget, if any. */
export function maxTokensPerDayFrom(
  values: Values,
  env: Readonly<Record<string, string | undefined>>,
): number | undefined {
  return whole('max-tokens-per-day', values['max-tokens-per-day'] ?? env.MATOME_MAX_TOKENS_PER_DAY, 1, 1e12);
}

/** The store as the llm engine's answer cache and token ledger. */
export function storeCache(store: Store): LlmCache {
  return {
    get: async (key) => await store.getModelAnswer(key),
    put: async (key, model, answer) => await store.saveModelAnswer(key, model, answer),
    record: async (call) => await store.recordModelCall(call),
    tokensUsedSince: async (since) => await store.modelTokensSince(since),
  };
}

/**
 * Creates the engine the options ask for, or says which option is wrong. Each engine is imported
 * only when chosen: the llm engine brings the AI SDK and its providers, which an offline build
 * never needs.
 */
export async function engineFromOptions(
  values: Values,
  env: Readonly<Record<string, string | undefined>>,
  store: Store | undefined,
  /** The answer cache and token ledger, when not the store's own (a queue job's, fenced). */
  cache?: LlmCache,
): Promise<Engine> {
  const name = oneOf('engine', values.engine ?? 'offline', ['offline', 'llm'] as const);
  if (name === 'offline') {
    const llmOnly = (
      [
        'model',
        'base-url',
        'max-tokens',
        'max-tokens-per-day',
        'min-model-share',
        'threads',
        'context-size',
      ] as const
    ).filter(
      (option) =>
        values[option] !== undefined &&
        // The judge's model server and daily budget apply to a build of either engine.
        !(values.judge !== undefined && (option === 'base-url' || option === 'max-tokens-per-day')),
    );
    if (llmOnly.length > 0) {
      throw invalid(
        `--${llmOnly[0]} with the offline engine`,
        'Add --engine llm, or drop the model options.',
      );
    }
    const { createOfflineEngine } = await import('../engines/offline/compose-offline-article.ts');
    return createOfflineEngine();
  }
  const model = typeof values.model === 'string' ? values.model : env.MATOME_MODEL;
  if (model === undefined || model.trim() === '') {
    throw new MatomeError('LLM_CONFIG', 'Missing model: --engine llm (no --model and no MATOME_MODEL)', {
      hint: 'Name one, e.g. --model ollama:qwen3:8b (a local Ollama) or --model openai:gpt-4.1-mini.',
    });
  }
  const [{ createLanguageModel }, { createLlmEngine }] = await Promise.all([
    import('../engines/llm/create-language-model.ts'),
    import('../engines/llm/compose-llm-article.ts'),
  ]);
  const baseURL = typeof values['base-url'] === 'string' ? values['base-url'] : env.MATOME_BASE_URL;
  const threads = whole('threads', values.threads, 1, 256);
  const contextSize = whole('context-size', values['context-size'], 512, 1_048_576);
  const {
    model: languageModel,
    modelId,
    defaultConcurrency,
    maxConcurrency,
  } = createLanguageModel({
    model: model.trim(),
    ...(baseURL ? { baseURL } : {}),
    ...(threads === undefined ? {} : { threads }),
    ...(contextSize === undefined ? {} : { contextSize }),
    env,
  });
  const asked = whole('concurrency', values.concurrency, 1, 64);
  const concurrency =
    asked === undefined || maxConcurrency === undefined ? asked : Math.min(asked, maxConcurrency);
  const perDay = maxTokensPerDayFrom(values, env);
  const perArticle = whole('max-tokens', values['max-tokens'], 1, 1e12);
  return createLlmEngine({
    model: languageModel,
    modelId,
    ...(cache !== undefined ? { cache } : store ? { cache: storeCache(store) } : {}),
    style: {
      tone: oneOf('tone', values.tone ?? 'friendly', ['friendly', 'formal'] as const),
      length: oneOf('length', values.length ?? 'standard', ['short', 'standard', 'long'] as const),
    },
    concurrency: concurrency ?? defaultConcurrency,
    limits: {
      timeoutMs: (whole('llm-timeout', values['llm-timeout'] ?? '60', 1, 3600) ?? 60) * 1000,
      firstTokenTimeoutMs:
        (whole('llm-first-token-timeout', values['llm-first-token-timeout'] ?? '600', 1, 86_400) ?? 600) *
        1000,
      maxRetries: whole('max-retries', values['max-retries'] ?? '2', 0, 10) ?? 2,
      maxOutputTokens:
        whole('max-output-tokens', values['max-output-tokens'] ?? '4096', 256, 200_000) ?? 4096,
      ...(perArticle === undefined ? {} : { maxTokensPerArticle: perArticle }),
      ...(perDay === undefined ? {} : { maxTokensPerDay: perDay }),
    },
  });
}

/**
 * The judge `--judge MODEL` asks for (`provider:model`, as `--model`; `--base-url` applies to both),
 * or undefined without `--judge`. Its answers go through the store's cache and ledger, like the llm
 * engine's, so an identical rebuild asks nothing again.
 */
export async function judgeFromOptions(
  values: Values,
  env: Readonly<Record<string, string | undefined>>,
  store: Store | undefined,
  cache?: LlmCache,
): Promise<ArticleJudge | undefined> {
  const model = values.judge;
  if (model === undefined) {
    if (values['judge-budget'] !== undefined)
      throw invalid('--judge-budget without --judge', 'Add --judge MODEL, or drop --judge-budget.');
    return undefined;
  }
  if (typeof model !== 'string' || model.trim() === '')
    throw invalid('--judge (no model)', 'Name one, e.g. --judge ollama:qwen3:8b.');
  const [{ createLanguageModel }, { createModelCaller }, { createArticleJudge, DEFAULT_JUDGE_BUDGET }] =
    await Promise.all([
      import('../engines/llm/create-language-model.ts'),
      import('../engines/llm/call-model.ts'),
      import('./judge-article.ts'),
    ]);
  const budget = whole('judge-budget', values['judge-budget'], 0, 100_000) ?? DEFAULT_JUDGE_BUDGET;
  const baseURL = typeof values['base-url'] === 'string' ? values['base-url'] : env.MATOME_BASE_URL;
  const configured = createLanguageModel({ model: model.trim(), ...(baseURL ? { baseURL } : {}), env });
  const perDay = maxTokensPerDayFrom(values, env);
  const chosen = cache ?? (store ? storeCache(store) : undefined);
  const caller = createModelCaller({
    model: configured.model,
    modelId: configured.modelId,
    ...(chosen ? { cache: chosen } : {}),
    limits: {
      timeoutMs: (whole('llm-timeout', values['llm-timeout'] ?? '60', 1, 3600) ?? 60) * 1000,
      firstTokenTimeoutMs:
        (whole('llm-first-token-timeout', values['llm-first-token-timeout'] ?? '600', 1, 86_400) ?? 600) *
        1000,
      maxRetries: whole('max-retries', values['max-retries'] ?? '2', 0, 10) ?? 2,
      maxOutputTokens: 1024,
      ...(perDay === undefined ? {} : { maxTokensPerDay: perDay }),
    },
  });
  const asked = whole('concurrency', values.concurrency, 1, 64);
  return createArticleJudge({
    caller,
    model: configured.modelId,
    budget,
    concurrency: Math.min(asked ?? 1, configured.maxConcurrency ?? 64),
  });
}
