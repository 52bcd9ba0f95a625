import { availableParallelism } from 'node:os';
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';
import { MatomeError } from '../../domain/errors.ts';
import { createLocalLanguageModel } from './local-model.ts';

/** Where a model is reached: `provider:model`, an optional base URL, and the environment for keys. */
export interface ModelSettings {
  /** `openai:gpt-4.1-mini`, `anthropic:claude-sonnet-4-5`, `ollama:qwen3:8b`, `llamacpp:…`, `vllm:…`, `lmstudio:…`, `compatible:…`. */
  model: string;
  baseURL?: string;
  env: Readonly<Record<string, string | undefined>>;
  /** For tests and proxies; the providers' own fetch otherwise. */
  fetch?: typeof globalThis.fetch;
  /** `local:` models: CPU threads (default: half the cores) and the largest context to allocate. */
  threads?: number;
  contextSize?: number;
  /** Largest answer body accepted from a server, in bytes (default 4 MiB). */
  maxResponseBytes?: number;
}

/** The model, its id, and how many calls it takes at once when the user did not say. */
export interface ConfiguredModel {
  model: LanguageModel;
  modelId: string;
  /**
   * Calls in flight at once by default: a local server's slot count (llama.cpp's `/props`), 1 for
   * other local servers and in-process models (each queued request would otherwise spend its
   * timeout waiting for a slot), 4 for hosted APIs and vLLM (which batches).
   */
  defaultConcurrency: () => Promise<number>;
  /**
   * The most calls that can run at once, when the model has a hard limit: an in-process model has
   * one context sequence, so a second call would only wait inside it with its timeout running.
   */
  maxConcurrency?: number;
}

/** Longest Retry-After matome waits for (the SDK's own ceiling); a longer one stops the build. */
const MAX_RETRY_AFTER_S = 60;

/** OpenAI-compatible local servers and the address each listens on by default. */
const LOCAL_SERVERS: Record<string, string | undefined> = {
  ollama: 'http://127.0.0.1:11434/v1',
  llamacpp: 'http://127.0.0.1:8080/v1',
  vllm: 'http://127.0.0.1:8000/v1',
  lmstudio: 'http://127.0.0.1:1234/v1',
  compatible: undefined,
};

export const PROVIDERS = ['openai', 'anthropic', 'local', ...Object.keys(LOCAL_SERVERS)] as const;

/** Creates the AI SDK model for a `provider:model` setting, or says clearly what is missing. */
export function createLanguageModel(settings: ModelSettings): ConfiguredModel {
  const colon = settings.model.indexOf(':');
  const provider = colon > 0 ? settings.model.slice(0, colon).toLowerCase() : '';
  const name = colon > 0 ? settings.model.slice(colon + 1) : '';
  if (!(PROVIDERS as readonly string[]).includes(provider) || name.length === 0) {
    throw new MatomeError(
      'LLM_CONFIG',
      `Unknown model setting: ${settings.model || '(empty)'} (expected provider:model)`,
      {
        hint: `Use one of ${PROVIDERS.join(', ')} before the colon, e.g. --model ollama:qwen3:8b or --model openai:gpt-4.1-mini.`,
      },
    );
  }
  const modelId = `${provider}:${name}`;
  const guarded = guardedModelFetch(
    settings.fetch ?? globalThis.fetch,
    settings.maxResponseBytes ?? 4 * 1024 * 1024,
  );
  const fetchOption = { fetch: guarded };
  const baseURL = settings.baseURL;
  const fixed = (n: number) => () => Promise.resolve(n);
  if (provider === 'local') {
    const threads = settings.threads ?? Math.max(1, Math.floor(availableParallelism() / 2));
    const model = createLocalLanguageModel({
      modelPath: name,
      threads,
      ...(settings.contextSize ? { contextSize: settings.contextSize } : {}),
    });
    return { model, modelId, defaultConcurrency: fixed(1), maxConcurrency: 1 };
  }
  if (provider === 'openai') {
    const apiKey = requireKey(settings.env, 'OPENAI_API_KEY', modelId);
    const openai = createOpenAI({ apiKey, ...(baseURL ? { baseURL } : {}), ...fetchOption });
    return { model: openai.chat(name), modelId, defaultConcurrency: fixed(4) };
  }
  if (provider === 'anthropic') {
    const apiKey = requireKey(settings.env, 'ANTHROPIC_API_KEY', modelId);
    const anthropic = createAnthropic({ apiKey, ...(baseURL ? { baseURL } : {}), ...fetchOption });
    return { model: anthropic(name), modelId, defaultConcurrency: fixed(4) };
  }
  const address = baseURL ?? LOCAL_SERVERS[provider];
  if (address === undefined) {
    throw new MatomeError('LLM_CONFIG', `Missing server address: ${modelId} (no --base-url)`, {
      hint: 'Give the endpoint with --base-url, e.g. --base-url http://127.0.0.1:8080/v1, or set MATOME_BASE_URL.',
    });
  }
  const apiKey = settings.env.MATOME_LLM_API_KEY;
  const local = createOpenAICompatible({
    name: provider,
    baseURL: address,
    ...(apiKey ? { apiKey } : {}),
    supportsStructuredOutputs: true,
    includeUsage: true,
    ...fetchOption,
  });
  const defaultConcurrency =
    provider === 'vllm' ? fixed(4) : () => serverSlots(address, guarded).then((slots) => slots ?? 1);
  return { model: local.chatModel(name), modelId, defaultConcurrency };
}

/**
 * The number of parallel slots a llama.cpp server runs (`GET /props` → `total_slots`), or
 * undefined when the server does not say (Ollama, LM Studio, others).
 */
export async function serverSlots(
  baseURL: string,
  fetch: typeof globalThis.fetch,
): Promise<number | undefined> {
  try {
    const origin = new URL(baseURL);
    const props = new URL('/props', origin.origin);
    const response = await fetch(props, { signal: AbortSignal.timeout(2000) });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { total_slots?: unknown };
    const slots = body.total_slots;
    return typeof slots === 'number' && Number.isInteger(slots) && slots >= 1 && slots <= 64
      ? slots
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The fetch every provider uses: a body larger than `maxBytes` is refused while it is read (a
 * model answer is a few kilobytes), and a Retry-After longer than the SDK would wait stops at once
 * with the server's number instead of being retried after a shorter backoff.
 */
export function guardedModelFetch(base: typeof globalThis.fetch, maxBytes: number): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await base(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (response.status === 429 || response.status === 503) {
      const wait = retryAfterSeconds(response.headers.get('retry-after'));
      if (wait !== undefined && wait > MAX_RETRY_AFTER_S) {
        await response.body?.cancel();
        throw new MatomeError(
          'LLM_RATE_LIMITED',
          `Model server asked to wait: ${url} (HTTP ${response.status}, Retry-After ${Math.round(wait)} s)`,
          {
            hint: `Rebuild after ${formatWait(wait)} (answers so far are cached), or use another model.`,
            retryable: true,
          },
        );
      }
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw tooLarge(url, maxBytes);
    }
    if (response.body === null) return response;
    // Counted as it arrives, not buffered: a streamed answer's tokens reach the caller as they come.
    let total = 0;
    const capped = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          total += chunk.byteLength;
          if (total > maxBytes) controller.error(tooLarge(url, maxBytes));
          else controller.enqueue(chunk);
        },
      }),
    );
    return new Response(capped, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

function tooLarge(url: string, maxBytes: number): MatomeError {
  return new MatomeError('LLM_FAILED', `Model answer too large: ${url} (over ${maxBytes} bytes)`, {
    hint: 'The server sent far more than an answer; check --base-url and --max-output-tokens.',
    retryable: true,
  });
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : (date - Date.now()) / 1000;
}

function formatWait(seconds: number): string {
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} minutes`;
  return `${Math.ceil(seconds / 3600)} hours`;
}

function requireKey(env: ModelSettings['env'], variable: string, modelId: string): string {
  const key = env[variable];
  if (key === undefined || key.trim() === '') {
    throw new MatomeError('LLM_CONFIG', `Missing API key: ${modelId} (${variable} is not set)`, {
      hint: `Set ${variable} in the environment, or use a local model (--model ollama:…).`,
    });
  }
  return key.trim();
}
