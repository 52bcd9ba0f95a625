import { MatomeError } from '../domain/errors.ts';
import type { Engine } from '../engines/engine.ts';
import { type BuildDeps, buildAndVerify } from '../pipeline/build-and-verify.ts';
import type { ArticleJudge } from '../pipeline/judge-article.ts';
import { readStoredSources } from '../pipeline/read-stored-sources.ts';
import type { StoryStore } from '../store/create-story-store.ts';
import type { Store } from '../store/store.ts';
import type { Tokenizer } from '../text/tokenizer.ts';
import { verifyArticle } from '../verify/verify-article.ts';
import type { BuildPayload } from './queues.ts';
import { buildStory, recordStoryRevision } from './stage-handlers.ts';
import type { JobContext, JobHandler } from './start-workers.ts';

/**
 * The language model judge of one build job (`matome worker --judge`, or the model a desk request
 * named in `payload.judge`), made per job with the job's fenced token ledger; undefined for none.
 */
export type JobJudge = (
  context: JobContext,
  asked: BuildPayload['judge'],
) => Promise<ArticleJudge | undefined>;

/**
 * A build job: the pipeline's build and verification; the article is saved as the job's result
 * (once per key). `engine` may be made per job (the llm engine, with the job's fenced token ledger),
 * and so is the judge.
 */
export function createBuildHandler(
  deps: Omit<BuildDeps, 'engine' | 'judge'> & {
    engine: Engine | ((context: JobContext) => Promise<Engine>);
    judge?: JobJudge;
    /** The story tables, for a story's build (payload.story: queued by a cluster job). */
    stories?: StoryStore;
  },
): JobHandler<'build'> {
  const { judge: makeJudge, ...rest } = deps;
  return {
    async run(payload, context) {
      const engine = typeof deps.engine === 'function' ? await deps.engine(context) : deps.engine;
      const judge = await judgeOf(makeJudge, context, payload.judge);
      if (payload.story !== undefined) {
        if (deps.stories === undefined) {
          throw new MatomeError(
            'INVALID_ARGUMENT',
            'Failed to build a story: this worker has no story store (not implemented without one)',
            {
              hint: 'Run story builds with matome worker (it opens the story tables of --store).',
            },
          );
        }
        const story = { ...payload, story: payload.story };
        return await buildStory(story, {
          ...rest,
          engine,
          stories: deps.stories,
          ...(judge ? { judge } : {}),
        });
      }
      const built = await buildAndVerify(
        { ...rest, engine, ...(judge ? { judge } : {}) },
        payload.sources,
        payload.feed,
        (progress) => {
          void context.progress({ ...progress });
        },
      );
      return { result: { verdict: built.verdict, skipped: built.skipped }, article: built.article };
    },
    async after(payload, recorded, context) {
      if (payload.story !== undefined && deps.stories !== undefined)
        await recordStoryRevision(deps.stories, recorded);
      await publishWhenAsked(payload, recorded, context);
    },
  };
}

/** The judge a job gets: none asked and none configured, none; one asked of a worker that makes no judges, refused. */
async function judgeOf(
  make: JobJudge | undefined,
  context: JobContext,
  asked: BuildPayload['judge'],
): Promise<ArticleJudge | undefined> {
  if (make === undefined) {
    if (asked === undefined) return undefined;
    throw new MatomeError(
      'INVALID_ARGUMENT',
      `Failed to judge a build: ${asked.model} (this worker makes no judge)`,
      {
        hint: 'Run the build jobs with matome worker, which makes the judge a job asks for.',
      },
    );
  }
  return await make(context, asked);
}

/** Adds the publish job a build asked for, unless its article is blocked. Keyed by content: added once. */
export const publishWhenAsked: NonNullable<JobHandler<'build'>['after']> = async (
  payload,
  recorded,
  context,
) => {
  if (payload.publishTo === undefined || recorded.articleId === undefined) return;
  if (recorded.result.verdict === 'blocked') return;
  await context.queues.add('publish', { articleId: recorded.articleId, target: payload.publishTo });
};

/** A verify job: a stored article checked again against the snapshots it was built from. */
export function createVerifyHandler(store: Store, tokenizer: Tokenizer): JobHandler<'verify'> {
  return {
    async run(payload) {
      const stored = await store.getArticle(payload.articleId);
      if (stored === undefined) {
        throw new MatomeError(
          'NOT_FOUND',
          `Failed to verify article: ${payload.articleId} (not in the store)`,
          {
            hint: 'Queue verify jobs for articles the store holds (matome serve lists them).',
          },
        );
      }
      const documents = await readStoredSources(store, stored, 'Failed to verify article');
      const report = verifyArticle(stored.article, documents, tokenizer);
      const count = (severity: string) =>
        report.findings.filter((finding) => finding.severity === severity).length;
      return {
        result: {
          articleId: stored.id,
          verdict: report.verdict,
          errors: count('error'),
          warnings: count('warning'),
        },
      };
    },
  };
}

/** How long a publish target may take to answer. */
const PUBLISH_TIMEOUT_MS = 30_000;

/**
 * A publish job: the stored article is POSTed as JSON to the target with the job's key as
 * Idempotency-Key and its lease as X-Matome-Fence. The target must create one post per key (a
 * repeated key answers the post already made) and refuse (409) a fence lower than one it has seen
 * for the key: the store's lease check stops a stale worker before it sends, the target's check
 * stops one that was overtaken while sending.
 */
export function createPublishHandler(
  store: Store,
  options: {
    /** The targets this worker may publish to (exact URLs); a job naming another is refused. */
    targets: readonly string[];
    fetch?: typeof globalThis.fetch;
  },
): JobHandler<'publish'> {
  const fetch = options.fetch ?? globalThis.fetch;
  return {
    async run(payload, context) {
      // A job's target comes from whoever could write to Redis: only targets the operator named are reached.
      if (!options.targets.includes(payload.target)) {
        throw new MatomeError(
          'FORBIDDEN',
          `Refused to publish: ${payload.target} (not a target of this worker)`,
          {
            hint: 'Start the worker with --publish-to URL for each target it may publish to.',
          },
        );
      }
      const stored = await store.getArticle(payload.articleId);
      if (stored === undefined) {
        throw new MatomeError(
          'NOT_FOUND',
          `Failed to publish article: ${payload.articleId} (not in the store)`,
          {
            hint: 'Publish jobs are added by build jobs for the articles they saved.',
          },
        );
      }
      await context.ledger.assertCurrent(context.fence);
      let response: Response;
      try {
        response = await fetch(payload.target, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': context.fence.key,
            'x-matome-fence': String(context.fence.lease),
          },
          body: JSON.stringify({ slug: stored.slug, article: stored.article }),
          signal: AbortSignal.timeout(PUBLISH_TIMEOUT_MS),
        });
      } catch (error) {
        throw new MatomeError(
          'OUTPUT_FAILED',
          `Failed to publish article: ${stored.id} to ${payload.target} (${(error as Error).message})`,
          {
            hint: 'Check that the publish target is running; the job is retried.',
            retryable: true,
            cause: error,
          },
        );
      }
      const body = await response.text();
      if (response.status === 409) {
        throw new MatomeError(
          'CONFLICT',
          `Refused a stale publish: ${context.fence.key} (the target has seen a later lease than ${context.fence.lease})`,
          {
            hint: 'Another worker took this job over; nothing to do.',
          },
        );
      }
      if (!response.ok) {
        throw new MatomeError(
          'OUTPUT_FAILED',
          `Failed to publish article: ${stored.id} to ${payload.target} (HTTP ${response.status} ${body.slice(0, 200)})`,
          {
            hint: "See the target's answer; the job is retried.",
            retryable: response.status >= 500 || response.status === 429,
          },
        );
      }
      let remoteId: unknown;
      try {
        remoteId = (JSON.parse(body) as { id?: unknown }).id;
      } catch {
        remoteId = undefined;
      }
      if (typeof remoteId !== 'string' && typeof remoteId !== 'number') {
        throw new MatomeError(
          'OUTPUT_FAILED',
          `Failed to publish article: ${stored.id} to ${payload.target} (the answer has no id: ${body.slice(0, 200)})`,
          {
            hint: 'The target must answer {"id": …} for the post it made or already had.',
          },
        );
      }
      return { result: { articleId: stored.id, target: payload.target, remoteId } };
    },
  };
}
