import { z } from 'zod';
import { ArticleSchema, ArticleUpdateSchema, EvidenceSchema } from '../domain/article.ts';
import { DocumentSchema } from '../domain/document.ts';
import { FindingSchema } from '../domain/report.ts';

/** Request and response bodies of the desk's API; domain schemas are reused as they are. */

export const DecisionSchema = z.object({
  path: z.string().min(1).max(200),
  action: z.enum(['approve', 'edit', 'reject', 'undo']),
  text: z.string().max(2000).optional(),
  reason: z.string().max(2000).optional(),
  /** The claim's revision the editor saw (or send If-Match: "<revision>"). */
  revision: z.number().int().nonnegative().optional(),
});

const optionValue = z.union([z.string().max(500), z.number()]).optional();
/**
 * The engine of a build job, as the CLI's build options (same names and values). Credentials are
 * never part of it: they come from the server's environment. The daily token budget, threads and
 * in-process models are the server's to set, not a request's.
 */
export const EngineRequestSchema = z.strictObject({
  engine: z.enum(['offline', 'llm']).optional(),
  model: z.string().min(1).max(200).optional(),
  'base-url': z.url().max(500).optional(),
  tone: optionValue,
  length: optionValue,
  concurrency: optionValue,
  'llm-timeout': optionValue,
  'llm-first-token-timeout': optionValue,
  'max-retries': optionValue,
  'max-output-tokens': optionValue,
  'max-tokens': optionValue,
  /** The language model judge of the build (`build --judge`), and its budget in units. */
  judge: z.string().min(1).max(200).optional(),
  'judge-budget': optionValue,
});

export const BuildRequestSchema = z
  .object({
    sources: z.array(z.string().min(1).max(2000)).max(20).default([]),
    feed: z.object({ url: z.url(), pick: z.number().int().min(1).max(50) }).optional(),
    engine: EngineRequestSchema.optional(),
  })
  .refine((request) => request.sources.length > 0 || request.feed !== undefined, {
    message: 'give at least one source or a feed',
  });

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    hint: z.string().optional(),
    retryable: z.boolean(),
    display: z.string(),
  }),
});

export const ReportSchema = z.object({
  verdict: z.enum(['publishable', 'needs_review', 'blocked']),
  findings: z.array(FindingSchema),
});

const RemainingSchema = z.object({
  path: z.string(),
  text: z.string(),
  why: z.enum(['unreviewed', 'rejected']),
});
export const GateSchema = z.object({
  publishable: z.boolean(),
  remaining: z.array(RemainingSchema),
  errors: z.array(FindingSchema),
});

export const ClaimSchema = z.object({
  path: z.string(),
  part: z.string(),
  status: z.enum(['unreviewed', 'approved', 'edited', 'rejected']),
  text: z.string(),
  originalText: z.string(),
  evidence: z.array(EvidenceSchema),
  flagged: z.boolean(),
  verdict: z.enum(['pass', 'warning', 'error']),
  findings: z.array(FindingSchema),
  revision: z.number().int(),
  undoable: z.boolean(),
  reason: z.string().optional(),
  editor: z.string().optional(),
  at: z.string().optional(),
});

export const ReviewEventSchema = z.object({
  id: z.number().int(),
  articleId: z.number().int(),
  editor: z.string(),
  path: z.string(),
  action: z.enum(['approve', 'edit', 'reject', 'undo', 'publish']),
  before: z.string(),
  after: z.string(),
  reason: z.string().optional(),
  verdict: z.enum(['pass', 'warning', 'error']),
  findings: z.string(),
  revision: z.number().int(),
  at: z.string(),
});

export const ArticleSummarySchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  createdAt: z.string(),
});

export const StoredArticleSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  createdAt: z.string(),
  snapshotIds: z.array(z.number().int()),
  verdict: ReportSchema.shape.verdict,
  article: ArticleSchema,
});

export const SourceSchema = z.object({
  document: DocumentSchema,
  snapshot: z.object({
    id: z.number().int(),
    url: z.string(),
    input: z.string(),
    text: z.string(),
    contentHash: z.string(),
    storedAt: z.string(),
  }),
});

const ProgressSchema = z.object({
  stage: z.enum(['read', 'extract', 'compose']),
  input: z.string().optional(),
  done: z.number().int(),
  total: z.number().int(),
});
export const JobSchema = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  sources: z.array(z.string()),
  progress: z.array(ProgressSchema),
  articleId: z.number().int().optional(),
  verdict: ReportSchema.shape.verdict.optional(),
  skipped: z.array(z.object({ input: z.string(), code: z.string(), message: z.string() })),
  error: z.object({ code: z.string(), message: z.string(), hint: z.string().optional() }).optional(),
  createdAt: z.string(),
});

const StoryId = z.string().min(1).max(300);

/** An editor's merge: the stories to join, the one to keep first. */
export const StoryMergeSchema = z.object({ stories: z.array(StoryId).min(2).max(100) });

/** An editor's split: items of one story moved into a story of their own. */
export const StorySplitSchema = z.object({ story: StoryId, items: z.array(StoryId).min(1).max(500) });

/** A stored correction: its number and the items it moved, each with its new story. */
export const StoryCorrectionResultSchema = z.object({
  correction: z.number().int(),
  moved: z.array(z.object({ id: z.string(), story: z.string() })),
});

/** A story as the desk shows it: its items and its article's revisions with the notes each added. */
export const DeskStorySchema = z.object({
  story: z.string(),
  /** The newest item's publication time. */
  latest: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      outlet: z.string(),
      link: z.string(),
      published: z.string(),
      /** How the clusterer (or an editor) placed it: near-duplicate, joined, new, editor-merge, editor-split. */
      decision: z.string(),
    }),
  ),
  revisions: z.array(
    z.object({
      revision: z.number().int(),
      /** sources: first built or a source joined; update: a source changed (追記 / 訂正). */
      reason: z.enum(['sources', 'update']),
      articleId: z.number().int(),
      title: z.string(),
      createdAt: z.string(),
      links: z.array(z.string()),
      /** The 追記 / 訂正 notes this revision added (earlier ones are carried over in the article). */
      updates: z.array(ArticleUpdateSchema),
    }),
  ),
});
export type DeskStory = z.infer<typeof DeskStorySchema>;

/**
 * The job queues as the desk shows them (`matome serve --redis`): the figures `matome status` prints
 * (queue/queue-status.ts readQueueStatus): per kind waiting, running, done, failed with the latest
 * reasons, retried; and what the store recorded of the jobs.
 */
export const DeskQueueStatusSchema = z.object({
  kinds: z.record(
    z.string(),
    z.object({
      depth: z.number().int(),
      running: z.number().int(),
      completed: z.number().int(),
      failed: z.number().int(),
      retried: z.number().int(),
      recentFailures: z.array(
        z.object({
          id: z.string(),
          reason: z.string(),
          attempts: z.number().int(),
          failedAt: z.string().optional(),
        }),
      ),
    }),
  ),
  store: z
    .object({
      results: z.record(z.string(), z.number().int()),
      leases: z.number().int(),
      retakenLeases: z.number().int(),
    })
    .optional(),
});
export type DeskQueueStatus = z.infer<typeof DeskQueueStatusSchema>;
