import type { CallRecord, LlmCache } from '../engines/llm/call-model.ts';
import type { JobFence, JobLedger } from '../store/job-ledger.ts';
import type { Store } from '../store/store.ts';

const startOfUtcDay = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/**
 * The llm engine's answer cache and token ledger for one queue job: answers from the store (so a
 * rerun of the job asks the model only for what it had not answered yet), and every call held
 * against the day's budget through the job ledger before it is made — under the job's fence, so a
 * worker that lost the job cannot call the model any more, and workers together never pass the
 * budget. Each call's real usage then settles its hold.
 */
export function createJobLlmCache(
  store: Store,
  ledger: JobLedger,
  fence: JobFence,
  options: { maxTokensPerDay?: number; now?: () => Date } = {},
): LlmCache {
  const now = options.now ?? (() => new Date());
  const budget = () => ({
    since: startOfUtcDay(now()),
    maxTokens: options.maxTokensPerDay ?? Number.MAX_SAFE_INTEGER,
  });
  let calls = 0;
  // Names a call within the job: lease and sequence, so a rerun's calls (real calls, real cost) are
  // charged as new ones.
  const name = (label: string) => `${fence.lease}:${++calls}:${label}`;
  return {
    get: async (key) => await store.getModelAnswer(key),
    put: async (key, model, answer) => await store.saveModelAnswer(key, model, answer),
    async record(call: CallRecord) {
      await ledger.charge(
        fence,
        {
          call: name(call.label),
          model: call.model,
          inputTokens: call.inputTokens,
          outputTokens: call.outputTokens,
          outcome: call.outcome,
        },
        { since: budget().since, maxTokens: Number.MAX_SAFE_INTEGER },
      );
    },
    tokensUsedSince: async (since) => await store.modelTokensSince(since),
    async reserve(label, model, tokens) {
      const hold = await ledger.charge(
        fence,
        { call: name(label), model, inputTokens: tokens, outputTokens: 0, outcome: 'reserved' },
        budget(),
      );
      return {
        settle: async (call) =>
          await ledger.settle(hold.callId, {
            outcome: call.outcome,
            inputTokens: call.inputTokens,
            outputTokens: call.outputTokens,
          }),
      };
    },
  };
}
