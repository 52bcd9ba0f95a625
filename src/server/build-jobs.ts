import { randomUUID } from 'node:crypto';
import { resolve, sep } from 'node:path';
import pLimit from 'p-limit';
import { isMatomeError, MatomeError } from '../domain/errors.ts';
import type { Verdict } from '../domain/report.ts';
import type { Engine } from '../engines/engine.ts';
import { type BuildDeps, buildAndVerify } from '../pipeline/build-and-verify.ts';
import type { ProgressEvent, SourceAccess } from '../pipeline/build-article.ts';
import { engineFromOptions, judgeFromOptions } from '../pipeline/engine-options.ts';
import type { ArticleJudge } from '../pipeline/judge-article.ts';
import type { Store } from '../store/store.ts';
import type { Tokenizer } from '../text/tokenizer.ts';

/** What a build job is asked to build from: URLs, files under the server's sources folder, a feed's items. */
export interface BuildRequest {
  sources: string[];
  feed?: { url: string; pick: number };
  /** The engine and its options, named as the CLI's build options; the server's engine without it. */
  engine?: EngineRequest;
}

/** Engine options of one job (`{engine: 'llm', model: 'ollama:qwen3:8b', 'base-url': …}`). */
export type EngineRequest = Readonly<Record<string, string | number | undefined>>;

/** Environment variables holding model credentials: sent only to the address the server was given. */
const CREDENTIALS = ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'MATOME_LLM_API_KEY'] as const;

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** A build as the API shows it. */
export interface BuildJob {
  id: string;
  status: JobStatus;
  sources: string[];
  progress: ProgressEvent[];
  articleId?: number;
  verdict?: Verdict;
  /** Sources that could not be read (the build went on without them). */
  skipped: { input: string; code: string; message: string }[];
  error?: { code: string; message: string; hint?: string };
  createdAt: string;
}

/** Something that happened to a job: a progress step, or its end. */
export type JobEvent = { type: 'progress'; progress: ProgressEvent } | { type: 'end'; job: BuildJob };

export interface BuildJobs {
  start(request: BuildRequest): BuildJob;
  get(id: string): BuildJob | undefined;
  /** Calls `listener` for every later event of the job; returns the unsubscribe function. */
  subscribe(id: string, listener: (event: JobEvent) => void): () => void;
  /** Resolves when every job started so far has ended. */
  idle(): Promise<void>;
}

/** What a finished build left: the saved article, its verdict, the sources skipped. */
export interface BuildOutcome {
  articleId: number;
  verdict: Verdict;
  skipped: BuildJob['skipped'];
}

/** Runs one build (in this thread, or in a worker: see build-worker.ts). Inputs are resolved paths and URLs. */
export type BuildRunner = (
  inputs: string[],
  feed: BuildRequest['feed'],
  onProgress: (progress: ProgressEvent) => void,
  engine?: EngineRequest,
) => Promise<BuildOutcome>;

export interface BuildJobsOptions {
  store: Store;
  tokenizer: Tokenizer;
  engine: Engine;
  /** Fetch, robots.txt and the host scheduler, shared by every job so one host is asked politely. */
  access: Omit<SourceAccess, 'store' | 'offline' | 'signal'>;
  /** Folder whose files may be named as sources (relative paths); none may be read without it. */
  sourcesDir?: string;
  now?: () => Date;
  /** Jobs kept in memory for GET /api/jobs/:id (oldest forgotten first). */
  keep?: number;
  /** Where builds run; in this thread with the options above by default. */
  runner?: BuildRunner;
  /** The server's environment: model, address and credentials for jobs that ask for the llm engine. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Builds under way at once: 1 (composing is CPU work) unless the runner hands them to other processes. */
  parallel?: number;
}

export type { BuildDeps } from '../pipeline/build-and-verify.ts';

/** Collaborators of one desk build: the pipeline's, and the environment a job's engine is made from. */
export type DeskBuildDeps = BuildDeps & { env?: Readonly<Record<string, string | undefined>> };

/** Says what is wrong with a job's engine options that can be told before it is queued. */
export function checkEngineRequest(request: EngineRequest | undefined): void {
  const model = [request?.model, request?.judge].find(
    (named) => typeof named === 'string' && named.trim().startsWith('local:'),
  );
  if (model !== undefined) {
    throw new MatomeError(
      'INVALID_ARGUMENT',
      `Invalid engine option: model ${model} (in-process models are the server's to choose)`,
      {
        hint: 'Start the server with MATOME_MODEL=local:PATH.gguf and leave model out of the request, or name a model server (ollama:…, llamacpp:…, compatible:…).',
      },
    );
  }
}

/**
 * The engine a job asks for: the server's own without options, else made from them as the CLI
 * makes it. Credentials come from the server's environment, and only go to the address the server
 * was configured with (MATOME_BASE_URL or the provider's default): a job naming another base-url
 * gets none.
 */
export async function engineForJob(deps: DeskBuildDeps, request: EngineRequest | undefined): Promise<Engine> {
  if (request === undefined) return deps.engine;
  const { values, env } = jobOptions(deps, request);
  const { judge: _judge, 'judge-budget': _budget, ...engineValues } = values;
  return engineFromOptions(engineValues, env, deps.store);
}

/** The language model judge a job asks for (`judge`, `judge-budget`), made as the CLI makes it. */
export async function judgeForJob(
  deps: DeskBuildDeps,
  request: EngineRequest | undefined,
): Promise<ArticleJudge | undefined> {
  if (request?.judge === undefined) return undefined;
  const { values, env } = jobOptions(deps, request);
  return judgeFromOptions(values, env, deps.store);
}

/** A job's options as CLI values, with the environment its model calls may use. */
function jobOptions(
  deps: DeskBuildDeps,
  request: EngineRequest,
): { values: Record<string, string>; env: Record<string, string | undefined> } {
  checkEngineRequest(request);
  const env: Record<string, string | undefined> = { ...(deps.env ?? {}) };
  const asked = request['base-url'];
  if (asked !== undefined && asked !== env.MATOME_BASE_URL) for (const name of CREDENTIALS) delete env[name];
  const values = Object.fromEntries(
    Object.entries(request)
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
  return { values, env };
}

/**
 * Builds an article through the pipeline, verifies it and saves it with its snapshots, blocked or
 * not: the desk is where a blocked draft gets fixed.
 */
export async function buildAndSave(
  deps: DeskBuildDeps,
  inputs: string[],
  feed: BuildRequest['feed'],
  onProgress: (progress: ProgressEvent) => void,
  engineRequest?: EngineRequest,
): Promise<BuildOutcome> {
  const engine = await engineForJob(deps, engineRequest);
  const judge = await judgeForJob(deps, engineRequest);
  const built = await buildAndVerify(
    { ...deps, engine, ...(judge ? { judge } : {}) },
    inputs,
    feed,
    onProgress,
  );
  const saved = await deps.store.saveArticle(built.article);
  return { articleId: saved.id, verdict: built.verdict, skipped: built.skipped };
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/**
 * Build jobs: each builds an article from its sources (buildAndSave) for review. Builds run one at
 * a time (composing is CPU work) unless `parallel` says otherwise; fetches go through the one host scheduler of the runner.
 */
export function createBuildJobs(options: BuildJobsOptions): BuildJobs {
  const jobs = new Map<string, BuildJob>();
  const listeners = new Map<string, Set<(event: JobEvent) => void>>();
  const limit = pLimit(options.parallel ?? 1);
  const running = new Set<Promise<void>>();
  const now = options.now ?? (() => new Date());
  const keep = options.keep ?? 200;

  function emit(id: string, event: JobEvent): void {
    for (const listener of listeners.get(id) ?? []) listener(event);
  }

  function resolveSource(input: string): string {
    if (isUrl(input)) return input;
    if (options.sourcesDir === undefined) {
      throw new MatomeError(
        'INVALID_ARGUMENT',
        `Invalid source: ${input} (files are not enabled on this server)`,
        {
          hint: 'Give http(s) URLs, or start the server with --sources DIR and name files inside it.',
        },
      );
    }
    const root = resolve(options.sourcesDir);
    const path = resolve(root, input);
    // A path that leaves the sources folder is treated as not there at all.
    if (path !== root && !path.startsWith(root + sep)) {
      throw new MatomeError('NOT_FOUND', `Invalid source: ${input} (no such file in the sources folder)`, {
        hint: "Name a file inside the server's sources folder with a relative path.",
      });
    }
    return path;
  }

  const runner: BuildRunner =
    options.runner ??
    ((inputs, feed, onProgress, engine) =>
      buildAndSave(
        {
          store: options.store,
          tokenizer: options.tokenizer,
          engine: options.engine,
          access: options.access,
          ...(options.env === undefined ? {} : { env: options.env }),
        },
        inputs,
        feed,
        onProgress,
        engine,
      ));

  async function run(job: BuildJob, request: BuildRequest): Promise<void> {
    job.status = 'running';
    try {
      const outcome = await runner(
        request.sources.map(resolveSource),
        request.feed,
        (progress) => {
          job.progress.push(progress);
          emit(job.id, { type: 'progress', progress });
        },
        request.engine,
      );
      job.skipped = outcome.skipped;
      job.articleId = outcome.articleId;
      job.verdict = outcome.verdict;
      job.status = 'done';
    } catch (error) {
      job.status = 'failed';
      job.error = isMatomeError(error)
        ? {
            code: error.code,
            message: error.message,
            ...(error.hint === undefined ? {} : { hint: error.hint }),
          }
        : { code: 'INTERNAL', message: `Build failed: ${(error as Error)?.message ?? String(error)}` };
    }
    emit(job.id, { type: 'end', job });
    listeners.delete(job.id);
  }

  return {
    start(request) {
      // Checked before queueing, so a bad request fails at once rather than as a failed job.
      for (const input of request.sources) resolveSource(input);
      checkEngineRequest(request.engine);
      const job: BuildJob = {
        id: randomUUID(),
        status: 'queued',
        sources: [...request.sources, ...(request.feed ? [request.feed.url] : [])],
        progress: [],
        skipped: [],
        createdAt: now().toISOString(),
      };
      jobs.set(job.id, job);
      if (jobs.size > keep) jobs.delete(jobs.keys().next().value as string);
      const done = limit(() => run(job, request));
      running.add(done);
      void done.finally(() => running.delete(done));
      return job;
    },
    get: (id) => jobs.get(id),
    subscribe(id, listener) {
      const set = listeners.get(id) ?? new Set();
      set.add(listener);
      listeners.set(id, set);
      return () => set.delete(listener);
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
