import { stat } from 'node:fs/promises';
import type { Article, Conflict } from '../domain/article.ts';
import { ArticleSchema } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import { isMatomeError, MatomeError } from '../domain/errors.ts';
import type { Page } from '../domain/page.ts';
import type { Engine } from '../engines/engine.ts';
import { extractDocument } from '../extract/extract-document.ts';
import type { HostScheduler } from '../fetch/host-scheduler.ts';
import { listSourceFiles, readSource } from '../fetch/read-source.ts';
import { type RobotsPolicy, requireRobotsAllowed } from '../fetch/robots-policy.ts';
import { snapshotToPage } from '../store/snapshot-to-page.ts';
import type { Store } from '../store/store.ts';
import type { Tokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { findConflicts } from '../verify/find-conflicts.ts';
import { verifyArticle } from '../verify/verify-article.ts';
import type { ArticleJudge } from './judge-article.ts';

/** Stages the pipeline reports progress and time for, in order. */
export type Stage = 'read' | 'extract' | 'compose';

export interface ProgressEvent {
  stage: Stage;
  /** The input being worked on, for read and extract. */
  input?: string;
  done: number;
  total: number;
}

/** How sources are read: fetch, politeness and snapshots, shared by builds and feed reading. */
export interface SourceAccess {
  /** The guarded fetch for URLs (readSource's guarded default when absent). */
  fetch?: typeof globalThis.fetch;
  /** robots.txt is honoured for every URL when given. */
  robots?: RobotsPolicy;
  /** Per-host concurrency and interval for URLs. */
  scheduler?: HostScheduler;
  /** Every page read is kept as a snapshot; with `offline`, URLs are read from snapshots only. */
  store?: Store;
  offline?: boolean;
  now?: () => Date;
  signal?: AbortSignal;
}

export interface BuildDependencies extends SourceAccess {
  tokenizer: Tokenizer;
  engine: Engine;
  onProgress?: (event: ProgressEvent) => void;
  /** Build from the sources that could be read, reporting the others, instead of stopping at the first failure. */
  keepGoing?: boolean;
  /**
   * A language model's second opinion on every unit the rules support (`build --judge`): its doubts
   * go to an engine that repairs (the llm engine) and, after the build, into the article's `judge`.
   */
  judge?: ArticleJudge;
}

/**
 * Milliseconds per stage. `compose` is the sum of its parts: `understand` (every source read once),
 * `conflicts` (the conflict finder) and `engine` (the engine's drafting, its own verification
 * rounds counted apart in `engineVerify`), and the model validation.
 */
export type BuildTimings = Record<Stage, number> & {
  understand: number;
  conflicts: number;
  engine: number;
  engineVerify: number;
};

export interface SourceFailure {
  input: string;
  error: MatomeError;
}

export interface BuildResult {
  article: Article;
  documents: Document[];
  /** The store's snapshot id of each document's page, in document order (empty without a store). */
  snapshotIds: number[];
  failures: SourceFailure[];
  /** Milliseconds spent in each stage; compose is also split into its parts. */
  timings: BuildTimings;
  /** What each source says, read once for the build: pass it on to verifyArticle for the report. */
  understanding: Understanding;
  /** Where the sources disagree, found once for the build (the final verification reuses it). */
  conflicts: Conflict[];
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** Expands directory inputs to the source files inside them (sorted); URLs and files pass through. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const expanded: string[] = [];
  for (const input of inputs) {
    if (!isUrl(input) && (await stat(input).catch(() => undefined))?.isDirectory()) {
      const files = await listSourceFiles(input);
      if (files.length === 0) {
        throw new MatomeError(
          'SOURCE_NOT_FOUND',
          `Failed to read sources: ${input} (no .html, .txt or .md files)`,
          {
            hint: 'Point at a directory that holds saved article pages, or name the files.',
          },
        );
      }
      expanded.push(...files);
    } else {
      expanded.push(input);
    }
  }
  return expanded;
}

/**
 * Reads one source as a Page. URLs: from the store's latest snapshot when offline; otherwise
 * robots.txt is checked, the fetch runs through the host scheduler (conditional when the store
 * has validators; a 304 reuses the stored snapshot), and a new page is snapshotted.
 */
export async function loadPage(
  input: string,
  access: SourceAccess,
): Promise<{ page: Page; snapshotId?: number }> {
  if (isUrl(input) && access.offline) {
    const snapshot = await access.store?.latestSnapshot(input);
    if (!snapshot) {
      throw new MatomeError(
        'SOURCE_NOT_FOUND',
        `Failed to read source offline: ${input} (no snapshot in the store)`,
        {
          hint: 'Build once without --offline so the page is stored, or check the --store path.',
        },
      );
    }
    return { page: snapshotToPage(snapshot), snapshotId: snapshot.id };
  }
  if (isUrl(input) && access.robots) await requireRobotsAllowed(access.robots, input);
  // Conditional GET: with a stored copy, ask only for a newer one.
  const validators = isUrl(input) ? await access.store?.validatorsFor(input) : undefined;
  const read = () =>
    readSource(input, {
      ...(access.fetch ? { fetch: access.fetch } : {}),
      ...(access.signal ? { signal: access.signal } : {}),
      ...(access.now ? { now: access.now } : {}),
      ...(validators ? { validators } : {}),
    });
  const page = isUrl(input) && access.scheduler ? await access.scheduler.run(input, read) : await read();
  const stored = page.status === 304 ? await access.store?.latestSnapshot(input) : undefined;
  if (stored) return { page: snapshotToPage(stored), snapshotId: stored.id };
  const snapshot = await access.store?.saveSnapshot(page);
  return snapshot ? { page, snapshotId: snapshot.id } : { page };
}

/** The links of a feed's first `pick` items, in feed order, read with the same access rules as sources. */
export async function readFeedLinks(feed: string, pick: number, access: SourceAccess): Promise<string[]> {
  const { page } = await loadPage(feed, access);
  // The feed parser (fast-xml-parser) is loaded only by builds that read a feed.
  const { parseFeed } = await import('../feeds/parse-feed.ts');
  const links = parseFeed(page)
    .items.slice(0, pick)
    .map((item) => item.link);
  if (links.length === 0) {
    throw new MatomeError('FEED_INVALID', `Failed to read feed: ${feed} (no items with an http(s) link)`, {
      hint: 'Check that the feed lists articles, or name the article URLs directly.',
    });
  }
  return links;
}

/** The one place that knows the stage order: read → extract → compose, validated against the Article model. */
export async function buildArticle(inputs: readonly string[], deps: BuildDependencies): Promise<BuildResult> {
  const timings: BuildTimings = {
    read: 0,
    extract: 0,
    compose: 0,
    understand: 0,
    conflicts: 0,
    engine: 0,
    engineVerify: 0,
  };
  const sources = await expandInputs(inputs);
  const documents: Document[] = [];
  const snapshotIds: number[] = [];
  const failures: SourceFailure[] = [];
  for (const [index, input] of sources.entries()) {
    deps.signal?.throwIfAborted();
    try {
      deps.onProgress?.({ stage: 'read', input, done: index, total: sources.length });
      let started = performance.now();
      const { page, snapshotId } = await loadPage(input, deps);
      timings.read += performance.now() - started;
      deps.onProgress?.({ stage: 'extract', input, done: index, total: sources.length });
      started = performance.now();
      documents.push(extractDocument(page, { id: `s${documents.length + 1}` }));
      if (snapshotId !== undefined) snapshotIds.push(snapshotId);
      timings.extract += performance.now() - started;
    } catch (error) {
      if (!deps.keepGoing || !isMatomeError(error)) throw error;
      failures.push({ input, error });
    }
  }
  if (documents.length === 0) {
    throw (
      failures[0]?.error ??
      new MatomeError('INVALID_ARGUMENT', 'Failed to build article: no sources given', {
        hint: 'Pass source files, directories or URLs.',
      })
    );
  }
  deps.onProgress?.({ stage: 'compose', done: 0, total: 1 });
  const started = performance.now();
  // Each source is read once per build, for the conflict finder, the engine's checks and the final
  // report alike.
  const understanding = createUnderstanding(deps.tokenizer);
  for (const document of documents) understanding.of(document);
  let mark = performance.now();
  timings.understand = mark - started;
  // Where the sources disagree is found by code, once, and said openly in every article, whatever the engine.
  const conflicts = findConflicts(documents, understanding);
  timings.conflicts = performance.now() - mark;
  mark = performance.now();
  const judge = deps.judge;
  const withConflicts = (article: Article): Article =>
    conflicts.length > 0 ? { ...article, conflicts } : article;
  const draft = await deps.engine.composeArticle(documents, {
    tokenizer: deps.tokenizer,
    understanding,
    // Engines that check and repair their drafts use the same verifier the build report uses.
    verify: (article, sources) => {
      const verifyStarted = performance.now();
      const report = verifyArticle(withConflicts(article), sources, deps.tokenizer, {
        understanding,
        ...(sameSources(sources, documents) ? { conflicts } : {}),
      });
      timings.engineVerify += performance.now() - verifyStarted;
      return report;
    },
    ...(judge ? { judge: judge.doubts } : {}),
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  timings.engine = performance.now() - mark;
  const parsed = ArticleSchema.safeParse(withConflicts(draft));
  if (!parsed.success) {
    throw new MatomeError(
      'INVALID_ARTICLE',
      `Failed to compose article: ${deps.engine.name} engine output breaks the Article model (${parsed.error.issues[0]?.message ?? 'invalid'})`,
      { hint: 'This is a bug in matome; please report it with the sources used.', cause: parsed.error },
    );
  }
  let article = parsed.data;
  if (judge) {
    // The finished article, judged unit by unit against the rules' verdict on it.
    const report = verifyArticle(article, documents, deps.tokenizer, { understanding, conflicts });
    article = ArticleSchema.parse({ ...article, judge: await judge.review(article, documents, report) });
  }
  timings.compose = performance.now() - started;
  deps.onProgress?.({ stage: 'compose', done: 1, total: 1 });
  return { article, documents, snapshotIds, failures, timings, understanding, conflicts };
}

function sameSources(a: readonly Document[], b: readonly Document[]): boolean {
  return a.length === b.length && a.every((document, i) => document.id === b[i]?.id);
}
