import type { CachedAnswer, CallRecord, LlmCache } from '../../src/engines/llm/call-model.ts';

/** An in-memory LlmCache with the store's semantics: answers by key and a ledger of every call. */
export interface MemoryCache extends LlmCache {
  readonly answers: Map<string, CachedAnswer>;
  readonly ledger: Array<CallRecord & { at: Date }>;
  size(): number;
}

/** Creates an empty in-memory cache and ledger. */
export function createMemoryCache(): MemoryCache {
  const answers = new Map<string, CachedAnswer>();
  const ledger: Array<CallRecord & { at: Date }> = [];
  return {
    answers,
    ledger,
    get: async (key) => answers.get(key),
    put: async (key, _model, answer) => {
      answers.set(key, answer);
    },
    record: async (call) => {
      ledger.push({ ...call, at: new Date() });
    },
    tokensUsedSince: async (since) =>
      ledger
        .filter((entry) => entry.at >= since)
        .reduce((sum, entry) => sum + entry.inputTokens + entry.outputTokens, 0),
    size: () => answers.size,
  };
}
