import type { NewArticle } from './store.ts';

/**
 * A worker's claim on one job: the job's key and the lease number it was given. A later holder of
 * the same key gets a higher number, and from then on every write made under the older one is
 * refused (a fencing token: a worker that was killed, or whose event loop stalled past its queue
 * lock, cannot write after the job was handed to another worker).
 */
export interface JobFence {
  key: string;
  lease: number;
}

/** A finished job as recorded: what it produced, under which lease, when. */
export interface JobResult {
  key: string;
  kind: string;
  lease: number;
  /** The article the job saved (build jobs). */
  articleId?: number;
  /** What the job returned, as JSON. */
  result: Record<string, unknown>;
  finishedAt: string;
}

/** One model call of a job, charged once to the day's token budget. */
export interface JobCharge {
  /** Names the call within the job (`frame`, `section S2`): a rerun of the job charges it again only under another name. */
  call: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  /** `ok` (default) for a charge of known cost; `reserved` for a hold settled later (settle). */
  outcome?: string;
}

/** What a charge did: whether tokens were charged now (false: that call was charged by an earlier run), and the day's total after it. */
export interface ChargeOutcome {
  charged: boolean;
  usedToday: number;
  /** The call's row in the token ledger (model_calls). */
  callId: number;
}

/** Counts for `matome status`. */
export interface JobLedgerCounts {
  results: Record<string, number>;
  leases: number;
  /** Leases taken more than once: jobs that ran again after a worker lost them. */
  retakenLeases: number;
}

/**
 * The Jobs port: fencing tokens, job results keyed by job key, and token charges, kept in the store
 * so that the store's constraints (not the queue) decide whether an effect happened. The queue
 * delivers a job at least once; every effect goes through here and happens at most once.
 */
export interface JobLedger {
  /** Takes the next lease of `key`: every earlier lease of it is stale from now on. */
  takeLease(key: string): Promise<JobFence>;
  /** Throws CONFLICT when a later lease of the fence's key was taken. */
  assertCurrent(fence: JobFence): Promise<void>;
  /** The recorded result of the job `key`, if it finished. */
  resultOf(key: string): Promise<JobResult | undefined>;
  /**
   * Records the job's result, with the article it built when given, in one transaction, once: when
   * the key already has a result nothing is written and that result is returned (`written` false).
   * Throws CONFLICT (nothing written) when the fence is stale.
   */
  finish(
    fence: JobFence,
    kind: string,
    result: Record<string, unknown>,
    article?: NewArticle,
  ): Promise<{ result: JobResult; written: boolean }>;
  /**
   * Charges a model call of the job to the token ledger, atomically against the day's budget
   * (`maxTokens` tokens since `since`): refused with LLM_BUDGET when it would go over, with CONFLICT
   * when the fence is stale; charged once per (job, call), so a rerun of the job is not charged twice.
   */
  charge(
    fence: JobFence,
    call: JobCharge,
    budget: { since: Date; maxTokens: number },
  ): Promise<ChargeOutcome>;
  /**
   * Replaces a reserved charge with the call's real usage and outcome (the reservation was the most
   * it could cost, so the day's total only goes down).
   */
  settle(
    callId: number,
    usage: { outcome: string; inputTokens: number; outputTokens: number },
  ): Promise<void>;
  counts(): Promise<JobLedgerCounts>;
  close(): Promise<void>;
}
