import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';
import { MatomeError } from '../../domain/errors.ts';

/** Where a model is reached: `provider:model`, an optional base URL, and the environment for keys. */
export interface ModelSettings {
  /** `openai:gpt-4.1-mini`, `anthropic:claude-sonnet-4-5`, `ollama:qwen3:8b`, `llamacpp:…`, `vllm:…`, `lmstudio:…`, `compatible:…`. */
  model: string;
  baseURL?: string;
  env: Readonly<Record<string, string | undefined>>;
  /** For tests and proxies; the providers' own fetch otherwise. */
  fetch?: typeof globalThis.fetch;
}

/** OpenAI-compatible local servers and the address each listens on by default. */
const LOCAL_SERVERS: Record<string, string | undefined> = {
  ollama: 'http://127.0.0.1:11434/v1',
  llamacpp: 'http://127.0.0.1:8080/v1',
  vllm: 'http://127.0.0.1:8000/v1',
  lmstudio: 'http://127.0.0.1:1234/v1',
  compatible: undefined,
};

export const PROVIDERS = ['openai', 'anthropic', ...Object.keys(LOCAL_SERVERS)] as const;

/** Creates the AI SDK model for a `provider:model` setting, or says clearly what is missing. */
export function createLanguageModel(settings: ModelSettings): { model: LanguageModel; modelId: string } {
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
  const fetchOption = settings.fetch ? { fetch: settings.fetch } : {};
  const baseURL = settings.baseURL;
  if (provider === 'openai') {
    const apiKey = requireKey(settings.env, 'OPENAI_API_KEY', modelId);
    const openai = createOpenAI({ apiKey, ...(baseURL ? { baseURL } : {}), ...fetchOption });
    return { model: openai.chat(name), modelId };
  }
  if (provider === 'anthropic') {
    const apiKey = requireKey(settings.env, 'ANTHROPIC_API_KEY', modelId);
    const anthropic = createAnthropic({ apiKey, ...(baseURL ? { baseURL } : {}), ...fetchOption });
    return { model: anthropic(name), modelId };
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
  return { model: local.chatModel(name), modelId };
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
