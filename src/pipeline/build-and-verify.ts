import { createHash } from 'node:crypto';
import type { Verdict } from '../domain/report.ts';
import type { Engine } from '../engines/engine.ts';
import type { NewArticle, Store } from '../store/store.ts';
import type { Tokenizer } from '../text/tokenizer.ts';
import { verifyArticle } from '../verify/verify-article.ts';
import { buildArticle, type ProgressEvent, readFeedLinks, type SourceAccess } from './build-article.ts';
import type { ArticleJudge } from './judge-article.ts';

/** Collaborators of one build: the store keeps the snapshots it reads. */
export interface BuildDeps {
  store: Store;
  tokenizer: Tokenizer;
  engine: Engine;
  access: Omit<SourceAccess, 'store' | 'offline' | 'signal'>;
  /** A language model's second opinion on every unit the rules support (see judge-article.ts). */
  judge?: ArticleJudge;
}

/** A feed whose first `pick` items are read as further sources. */
export interface FeedPick {
  url: string;
  pick: number;
}

/** A source that could not be read (the build went on without it). */
export interface SkippedSource {
  input: string;
  code: string;
  message: string;
}

/** A built and verified article, ready to be saved (by the desk's store, or as a job's result). */
export interface VerifiedBuild {
  article: NewArticle;
  verdict: Verdict;
  skipped: SkippedSource[];
}

/**
 * Builds an article through the pipeline and verifies it; the caller saves it, blocked or not (the
 * desk is where a blocked draft gets fixed). The slug comes from the sources' content hashes.
 */
export async function buildAndVerify(
  deps: BuildDeps,
  inputs: readonly string[],
  feed: FeedPick | undefined,
  onProgress: (progress: ProgressEvent) => void,
): Promise<VerifiedBuild> {
  const access = { ...deps.access, store: deps.store };
  const all = [...inputs];
  if (feed !== undefined) all.push(...(await readFeedLinks(feed.url, feed.pick, access)));
  const result = await buildArticle(all, {
    ...access,
    tokenizer: deps.tokenizer,
    engine: deps.engine,
    keepGoing: true,
    onProgress,
    ...(deps.judge ? { judge: deps.judge } : {}),
  });
  const report = verifyArticle(result.article, result.documents, deps.tokenizer, {
    understanding: result.understanding,
  });
  const slug = `matome-${createHash('sha256')
    .update(result.article.sources.map((source) => source.contentHash).join('\n'))
    .digest('hex')
    .slice(0, 12)}`;
  return {
    article: { slug, article: result.article, snapshotIds: result.snapshotIds },
    verdict: report.verdict,
    skipped: result.failures.map((failure) => ({
      input: failure.input,
      code: failure.error.code,
      message: failure.error.message,
    })),
  };
}
