import { type JobsOptions, Queue } from 'bullmq';
import { z } from 'zod';
import { MatomeError } from '../domain/errors.ts';
import { jobKey } from './job-key.ts';

/**
 * The kinds of work that go through the queue. The stages of a watch round, each a queue of its
 * own (queue/stage-handlers.ts): fetch (one feed's poll, due at a given time: the snapshot stored) →
 * extract (the snapshot's items stored, the feed's next poll recorded) → cluster (an item assigned
 * to its story) → build (a story's article once it has enough sources). build: also the desk's
 * builds (sources → article saved in the store; fetch, extract and compose run inside it, as the
 * pipeline orders them, since a build reads its pages in one place); recheck: a story's sources
 * read again and, where they changed, its article rebuilt with 追記 notes; verify: a stored article
 * checked again against its stored snapshots; publish: a stored article sent to a publish target;
 * watch: one round of `matome watch` (queues the fetch jobs of the feeds that are due and the
 * recheck jobs of the stories that are due), made by the job scheduler `matome watch --redis` upserts.
 */
export const JOB_KINDS = [
  'fetch',
  'extract',
  'cluster',
  'build',
  'recheck',
  'verify',
  'publish',
  'watch',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

const PollSchema = z.strictObject({
  minMs: z.number().int().positive(),
  maxMs: z.number().int().positive(),
});

/**
 * One poll of a feed: `due` is when it was due (the feed's stored next poll; null before its first
 * poll). The key covers both, so every round that finds the feed due at that time queues the same
 * job, and the store's job ledger records that poll once.
 */
export const FetchPayloadSchema = z.strictObject({
  feed: z.url(),
  due: z.string().min(1).max(40).nullable(),
  poll: PollSchema,
  minSources: z.number().int().min(1),
});
/** How often a story's sources are read again by its age (pipeline/watch-settings.ts recheck; untilMs null: open-ended). */
const RecheckStepsSchema = z.array(
  z.strictObject({ untilMs: z.number().positive().nullable(), everyMs: z.number().int().positive() }),
);

/**
 * One re-check of a story's sources: `due` is when it was due (epoch ms, from the story's last
 * check). The key covers both, so every round that finds the story due queues the same job.
 */
export const RecheckPayloadSchema = z.strictObject({
  story: z.string().min(1).max(2048),
  due: z.number().int(),
  recheck: RecheckStepsSchema,
});

/** The feed snapshot a poll stored, read into items. */
export const ExtractPayloadSchema = z.strictObject({
  feed: z.url(),
  due: z.string().min(1).max(40).nullable(),
  snapshotId: z.number().int().positive(),
  poll: PollSchema,
  minSources: z.number().int().min(1),
});
/** A stored item to assign to a story (its id: the item's link). */
export const ClusterPayloadSchema = z.strictObject({
  item: z.string().min(1).max(2048),
  minSources: z.number().int().min(1),
});

export const BuildPayloadSchema = z.strictObject({
  sources: z.array(z.string().min(1)).min(1).max(50),
  feed: z.strictObject({ url: z.url(), pick: z.number().int().min(1).max(20) }).optional(),
  /** Publish the article to this target when it is built and not blocked. */
  publishTo: z.url().optional(),
  /**
   * Which request asked (the desk gives each build request its own id): the same sources asked for
   * again later are another build (a URL's page may have changed), while the same request delivered
   * twice by the queue is one job with one article.
   */
  request: z.string().min(1).max(100).optional(),
  /**
   * A story's article (a cluster job asked): built from the sources that can be read, when at
   * least `minSources` can, under the story's slug, and recorded as the story's next revision.
   */
  story: z.strictObject({ id: z.string().min(1).max(2048), minSources: z.number().int().min(1) }).optional(),
  /**
   * The language model judge a desk request asked for (`judge`, `judge-budget`): the worker asks it
   * through its own model server and credentials, in place of its own --judge.
   */
  judge: z
    .strictObject({
      model: z.string().min(1).max(200),
      budget: z.number().int().min(0).max(100_000).optional(),
    })
    .optional(),
});
export const VerifyPayloadSchema = z.strictObject({ articleId: z.number().int().positive() });
export const PublishPayloadSchema = z.strictObject({
  articleId: z.number().int().positive(),
  target: z.url(),
});

/** A watch round: the feeds and the pacing `matome watch` was given (pipeline/watch-settings.ts). */
export const WatchPayloadSchema = z.strictObject({
  feeds: z.array(z.url()).min(1).max(1000),
  settings: z.strictObject({
    poll: z.strictObject({ minMs: z.number().int().positive(), maxMs: z.number().int().positive() }),
    /** untilMs null: open-ended (JSON has no Infinity). */
    recheck: RecheckStepsSchema,
    minSources: z.number().int().min(1),
  }),
});

export type FetchPayload = z.infer<typeof FetchPayloadSchema>;
export type ExtractPayload = z.infer<typeof ExtractPayloadSchema>;
export type ClusterPayload = z.infer<typeof ClusterPayloadSchema>;
export type BuildPayload = z.infer<typeof BuildPayloadSchema>;
export type RecheckPayload = z.infer<typeof RecheckPayloadSchema>;
export type VerifyPayload = z.infer<typeof VerifyPayloadSchema>;
export type PublishPayload = z.infer<typeof PublishPayloadSchema>;
export type WatchPayload = z.infer<typeof WatchPayloadSchema>;
export interface Payloads {
  fetch: FetchPayload;
  extract: ExtractPayload;
  cluster: ClusterPayload;
  build: BuildPayload;
  recheck: RecheckPayload;
  verify: VerifyPayload;
  publish: PublishPayload;
  watch: WatchPayload;
}

export const PAYLOAD_SCHEMAS = {
  fetch: FetchPayloadSchema,
  extract: ExtractPayloadSchema,
  cluster: ClusterPayloadSchema,
  build: BuildPayloadSchema,
  recheck: RecheckPayloadSchema,
  verify: VerifyPayloadSchema,
  publish: PublishPayloadSchema,
  watch: WatchPayloadSchema,
} as const;

/** BullMQ queue name of a kind. */
export const queueName = (kind: JobKind) => `matome-${kind}`;

/**
 * Retries: a failed job runs again up to 5 times, with growing pauses. A job that stalls (its
 * worker died or its lock ran out) is handed to another worker up to `maxStalledCount` times (see
 * start-workers.ts). Finished jobs are kept a day (for `matome status`), failed ones a week.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** BullMQ connection options for a redis:// URL, or INVALID_ARGUMENT naming it. */
export function redisConnection(url: string): { url: string; maxRetriesPerRequest: null } {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || !['redis:', 'rediss:'].includes(parsed.protocol) || parsed.hostname === '') {
    throw new MatomeError('INVALID_ARGUMENT', `Invalid Redis URL: ${url} (expected redis://HOST:PORT)`, {
      hint: 'Give --redis redis://127.0.0.1:6379 (rediss:// for TLS), e.g. the address of a redis-server.',
    });
  }
  // null: BullMQ workers wait for Redis to come back instead of failing their commands after a few retries.
  return { url, maxRetriesPerRequest: null };
}

/** Checks a payload at the queue's edge; INVALID_ARGUMENT names the kind and the field. */
export function parsePayload<K extends JobKind>(kind: K, data: unknown): Payloads[K] {
  const parsed = PAYLOAD_SCHEMAS[kind].safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MatomeError(
      'INVALID_ARGUMENT',
      `Invalid ${kind} job: ${issue?.path.join('.') || '(payload)'} (${issue?.message ?? 'invalid'})`,
      { hint: `Give a ${kind} job the fields ${Object.keys(PAYLOAD_SCHEMAS[kind].shape).join(', ')}.` },
    );
  }
  return parsed.data as Payloads[K];
}

/** Producer side: adds jobs under their content keys. */
export interface JobQueues {
  /** Adds a job; returns its key. Adding the same work again adds nothing while the first is kept. */
  add<K extends JobKind>(kind: K, payload: Payloads[K]): Promise<string>;
  /** Adds many jobs of one kind at once; returns their keys. */
  addMany<K extends JobKind>(kind: K, payloads: readonly Payloads[K][]): Promise<string[]>;
  queue(kind: JobKind): Queue;
  close(): Promise<void>;
}

/** Opens the queues at `redisUrl` (one BullMQ Queue per kind, made when first used). */
export function createJobQueues(redisUrl: string, options: { prefix?: string } = {}): JobQueues {
  const connection = redisConnection(redisUrl);
  const queues = new Map<JobKind, Queue>();
  const queue = (kind: JobKind): Queue => {
    let existing = queues.get(kind);
    if (existing === undefined) {
      existing = new Queue(queueName(kind), {
        connection,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
        ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
      });
      queues.set(kind, existing);
    }
    return existing;
  };
  return {
    async add(kind, payload) {
      const data = parsePayload(kind, payload);
      const key = jobKey(kind, data);
      await queue(kind).add(kind, data, { jobId: key });
      return key;
    },
    async addMany(kind, payloads) {
      const jobs = payloads.map((payload) => {
        const data = parsePayload(kind, payload);
        return { name: kind, data, opts: { jobId: jobKey(kind, data) } };
      });
      await queue(kind).addBulk(jobs);
      return jobs.map((job) => job.opts.jobId);
    },
    queue,
    async close() {
      await Promise.all([...queues.values()].map((item) => item.close()));
    },
  };
}

/**
 * Answers when Redis at `url` answers PING within `timeoutMs`; otherwise SERVER_UNREACHABLE naming
 * the URL. Commands start with this, since BullMQ's own connections wait for Redis indefinitely.
 */
export async function checkRedis(url: string, timeoutMs = 3000): Promise<void> {
  redisConnection(url);
  const { Redis } = await import('ioredis');
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  client.on('error', () => {
    // Reported below by the failed connect or PING.
  });
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new MatomeError(
      'SERVER_UNREACHABLE',
      `Failed to reach Redis: ${url} (${(error as Error).message})`,
      {
        hint: 'Start redis-server (Debian package redis-server) or check --redis.',
        retryable: true,
        cause: error,
      },
    );
  } finally {
    client.disconnect();
  }
}
