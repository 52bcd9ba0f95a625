import pLimit from 'p-limit';
import { isMatomeError, MatomeError } from '../domain/errors.ts';
import type { Engine } from '../engines/engine.ts';
import { nextPollInterval } from '../feeds/poll-schedule.ts';
import { buildArticle, loadPage, type SourceAccess } from '../pipeline/build-article.ts';
import { createStoredClustering, saveBatch } from '../pipeline/cluster-stored-items.ts';
import type { ArticleJudge } from '../pipeline/judge-article.ts';
import {
  feedItems,
  latestRevisions,
  recheckDueAt,
  sourceChanges,
  storyLinks,
  storySlug,
} from '../pipeline/watch-feeds.ts';
import type { WatchSettings } from '../pipeline/watch-settings.ts';
import type { StoryStore } from '../store/create-story-store.ts';
import type { JobResult } from '../store/job-ledger.ts';
import { snapshotToPage } from '../store/snapshot-to-page.ts';
import type { NewArticle, Store } from '../store/store.ts';
import { hashText } from '../store/store-rows.ts';
import type { Tokenizer } from '../text/tokenizer.ts';
import { verifyArticle } from '../verify/verify-article.ts';
import type { BuildPayload, ExtractPayload, FetchPayload, JobQueues, RecheckPayload } from './queues.ts';
import type { JobContext, JobHandler } from './start-workers.ts';

/**
 * The stages of a watch round as queues of their own (`matome worker`, under `matome watch --redis`
 * or `matome serve --watch --redis`):
 *
 *   watch round ─ queueDuePolls: one fetch job per feed that is due, keyed by (feed, due time)
 *   fetch   ─ the feed read (guarded fetch, robots.txt, the Redis host scheduler), its snapshot stored
 *   extract ─ the snapshot's items stored once each, the feed's next poll recorded
 *   cluster ─ the items without a story assigned, in the order stored (stored assignments kept)
 *   build   ─ a story that reached `minSources` readable sources: its article, the story's next revision
 *   watch round ─ queueDueRechecks: one recheck job per story whose re-check is due, keyed by (story, due time)
 *   watch round ─ queueUncoveredBuilds: a build job per story whose links its latest revision does not cover (an editor's merge)
 *   recheck ─ the story's sources read again; where what the article relies on changed, a 追記 revision
 *
 * Each job is keyed by its content (job-key.ts) and its result recorded once in the store's job
 * ledger (start-workers.ts processJob); what a job writes before its result is recorded is kept
 * idempotent by the store: a snapshot whose text is the URL's newest is not stored again, items
 * and assignments have one row per item (primary keys), a story revision one row per article
 * (UNIQUE article_id), an article one per build job (job_results.article_id UNIQUE). So a job whose
 * worker died mid-way and that runs again changes nothing that was done. One-process `matome watch`
 * runs the same steps inline (pipeline/watch-feeds.ts).
 */

/** What the stage jobs read and write. */
export interface StageDeps {
  store: Store;
  stories: StoryStore;
  /** How URLs are read (the worker's guarded fetch, robots.txt policy and host scheduler). */
  access: Omit<SourceAccess, 'store' | 'offline' | 'signal'>;
  now?: () => Date;
}

/**
 * The store as a stage job saves pages into: a page whose text is that of the newest snapshot of
 * its URL answers that snapshot instead of adding one, so a fetch delivered again (its worker died
 * after the save) stores no second copy.
 */
export function sameContentStore(store: Store): Store {
  return {
    ...store,
    async saveSnapshot(page) {
      const latest = await store.latestSnapshot(page.url);
      if (latest !== undefined && latest.contentHash === hashText(page.text)) return latest;
      return store.saveSnapshot(page);
    },
  };
}

const failureOf = (error: unknown) =>
  isMatomeError(error) ? `${error.code}: ${error.message}` : String(error);

/**
 * Records the poll `payload` made with `found` new items, unless the feed's state moved on (another
 * poll was recorded since this one was due): the first record of a poll wins.
 */
async function recordPoll(
  stories: StoryStore,
  payload: Pick<FetchPayload, 'feed' | 'due' | 'poll'>,
  found: number,
  at: Date,
): Promise<boolean> {
  const state = await stories.feedPoll(payload.feed);
  if ((state?.nextAt ?? null) !== payload.due) return false;
  const intervalMs = nextPollInterval(state?.intervalMs, found, payload.poll);
  await stories.saveFeedPoll({
    url: payload.feed,
    intervalMs,
    polledAt: at.toISOString(),
    nextAt: new Date(at.getTime() + intervalMs).toISOString(),
  });
  return true;
}

/**
 * A queued watch round: one fetch job per feed that is due now (never polled, or its next poll
 * passed). Rounds that find a feed due at the same time queue the same job (the key covers the
 * feed and that time), so a poll is made and recorded once however many rounds overlap.
 */
export async function queueDuePolls(
  feeds: readonly string[],
  settings: Pick<WatchSettings, 'poll' | 'minSources'>,
  deps: { stories: StoryStore; queues: JobQueues; now?: () => Date },
): Promise<string[]> {
  const now = (deps.now ?? (() => new Date()))().getTime();
  const due: FetchPayload[] = [];
  for (const feed of feeds) {
    const state = await deps.stories.feedPoll(feed);
    if (state !== undefined && Date.parse(state.nextAt) > now) continue;
    due.push({
      feed,
      due: state?.nextAt ?? null,
      poll: { minMs: settings.poll.minMs, maxMs: settings.poll.maxMs },
      minSources: settings.minSources,
    });
  }
  return due.length === 0 ? [] : await deps.queues.addMany('fetch', due);
}

/**
 * A fetch job: the feed read and stored as a snapshot (a 304, or the same text as before, stores
 * nothing new) and the extract job of that snapshot queued. A feed that could not be read is a
 * poll with no news: its next poll is recorded here, as one-process watch does.
 */
export function createFetchHandler(deps: StageDeps): JobHandler<'fetch'> {
  const now = deps.now ?? (() => new Date());
  const access = { ...deps.access, store: sameContentStore(deps.store), now };
  return {
    async run(payload) {
      const state = await deps.stories.feedPoll(payload.feed);
      if ((state?.nextAt ?? null) !== payload.due)
        return { result: { feed: payload.feed, skipped: 'polled already' } };
      try {
        // A 304 answers the stored snapshot: it is extracted too (found 0 when its items are stored),
        // since this job may be a rerun whose first run stored the page and died before extracting.
        const { page, snapshotId } = await loadPage(payload.feed, access);
        if (snapshotId === undefined) throw new Error('the store kept no snapshot');
        return { result: { feed: payload.feed, snapshotId, notModified: page.status === 304 } };
      } catch (error) {
        await recordPoll(deps.stories, payload, 0, now());
        return { result: { feed: payload.feed, error: failureOf(error) } };
      }
    },
    async after(payload, recorded, context) {
      const { snapshotId } = recorded.result;
      if (typeof snapshotId !== 'number') return;
      const { feed, due, poll, minSources } = payload;
      await context.queues.add('extract', { feed, due, snapshotId, poll, minSources });
    },
  };
}

/**
 * An extract job: the feed snapshot read into items, each stored once (the store's primary key), the
 * feed's next poll recorded by how many were new; a cluster job is queued for each of the
 * snapshot's items that has no story yet.
 */
export function createExtractHandler(deps: Omit<StageDeps, 'access'>): JobHandler<'extract'> {
  const now = deps.now ?? (() => new Date());
  return {
    async run(payload: ExtractPayload) {
      const snapshot = await deps.store.getSnapshot(payload.snapshotId);
      if (snapshot === undefined) {
        throw new MatomeError(
          'NOT_FOUND',
          `Failed to extract feed items: snapshot ${payload.snapshotId} of ${payload.feed} (not in the store)`,
          { hint: 'Extract jobs are queued by fetch jobs for the snapshots they stored; check --store.' },
        );
      }
      let items: ReturnType<typeof feedItems>;
      try {
        items = feedItems(snapshotToPage(snapshot), now());
      } catch (error) {
        await recordPoll(deps.stories, payload, 0, now());
        return { result: { feed: payload.feed, error: failureOf(error), pending: [] } };
      }
      const found = await saveBatch(deps.stories, items);
      await recordPoll(deps.stories, payload, found, now());
      const assigned = new Set(
        (await deps.stories.listAssignments(items.map((item) => item.id))).map((assignment) => assignment.id),
      );
      const pending = items.map((item) => item.id).filter((id) => !assigned.has(id));
      return { result: { feed: payload.feed, items: items.length, found, pending } };
    },
    async after(payload, recorded, context) {
      const pending = recorded.result.pending;
      if (!Array.isArray(pending) || pending.length === 0) return;
      await context.queues.addMany(
        'cluster',
        pending.map((item) => ({ item: String(item), minSources: payload.minSources })),
      );
    },
  };
}

/** A build job's sources are at most this many links (BuildPayloadSchema). */
const MAX_STORY_LINKS = 50;

/**
 * The stories (of `only`, or every one) with `minSources` links or more that their latest revision
 * does not cover, each with those links (at most MAX_STORY_LINKS): what needs a build.
 */
async function uncoveredStories(
  stories: StoryStore,
  minSources: number,
  only?: readonly string[],
): Promise<{ story: string; links: string[] }[]> {
  const links = await storyLinks(stories, only);
  const latest = latestRevisions(await stories.listStoryArticles(only));
  const builds: { story: string; links: string[] }[] = [];
  for (const story of [...links.keys()].sort()) {
    const sources = (links.get(story) ?? []).slice(0, MAX_STORY_LINKS);
    if (sources.length < minSources) continue;
    const last = latest.get(story)?.last;
    if (last !== undefined && sources.every((link) => last.links.includes(link))) continue;
    builds.push({ story, links: sources });
  }
  return builds;
}

/**
 * A queued watch round's sweep: a build job for every story with `minSources` links that its latest
 * revision does not cover. Cluster jobs queue these as items join a story; the sweep catches the
 * other ways a story's links change — an editor's merge or split (the desk, `matome stories`) — and
 * a build that was never queued. Keyed by the story and its links, so a build is queued and done
 * once however many rounds find it (the job ledger keeps its result).
 */
export async function queueUncoveredBuilds(
  minSources: number,
  deps: { stories: StoryStore; queues: JobQueues },
): Promise<string[]> {
  const builds = await uncoveredStories(deps.stories, minSources);
  return builds.length === 0
    ? []
    : await deps.queues.addMany(
        'build',
        builds.map((build) => ({ sources: build.links, story: { id: build.story, minSources } })),
      );
}

/**
 * A cluster job: every stored item without a story is decided, in the order stored (the same
 * incremental clustering as one-process watch: stored assignments and editors' corrections are
 * kept, never decided again). Decisions depend on that order only, so two workers clustering at
 * once decide an item alike, and an item has one assignment row. Cluster jobs of one process run
 * one at a time (they share the clusterer's replayed state). Each story that got an item in this
 * job, and the job's own item's story, is checked: one with `minSources` links that its latest
 * revision does not cover gets a build job (keyed by the story and its links: queued once).
 */
export function createClusterHandler(deps: {
  stories: StoryStore;
  tokenizer: Tokenizer;
}): JobHandler<'cluster'> {
  const clustering = createStoredClustering(deps.stories, deps.tokenizer);
  const oneAtATime = pLimit(1);
  return {
    run: (payload) =>
      oneAtATime(async () => {
        const { decided } = await clustering.add([]);
        const own = clustering.assignmentOf(payload.item);
        if (own === undefined) {
          throw new MatomeError(
            'NOT_FOUND',
            `Failed to cluster item: ${payload.item} (not in the story store)`,
            { hint: 'Cluster jobs are queued by extract jobs for the items they stored; check --store.' },
          );
        }
        const touched = [...new Set([own.story, ...decided.map((assignment) => assignment.story)])];
        const builds = await uncoveredStories(deps.stories, payload.minSources, touched);
        return {
          result: { item: payload.item, story: own.story, decided: decided.length, builds },
        };
      }),
    async after(payload, recorded, context) {
      const builds = recorded.result.builds as { story: string; links: string[] }[] | undefined;
      if (builds === undefined || builds.length === 0) return;
      await context.queues.addMany(
        'build',
        builds.map((build) => ({
          sources: build.links,
          story: { id: build.story, minSources: payload.minSources },
        })),
      );
    },
  };
}

/** The parts of a build job's deps a story build uses. */
export interface StoryBuildDeps {
  store: Store;
  stories: StoryStore;
  tokenizer: Tokenizer;
  engine: Engine;
  access: Omit<SourceAccess, 'store' | 'offline' | 'signal'>;
  /** The language model judge of the build (matome worker --judge). */
  judge?: ArticleJudge;
}

/**
 * A build job for a story (payload.story): the links are read (each page stored once by content),
 * and with at least `minSources` of them the article is built from the stored snapshots, like
 * one-process watch's build: under the story's slug, carrying the 追記 notes of its latest revision,
 * verified. Its revision is recorded by `recordStoryRevision` after the job's result (and article)
 * are recorded. Links a later revision already covers build nothing.
 */
export async function buildStory(
  payload: BuildPayload & { story: NonNullable<BuildPayload['story']> },
  deps: StoryBuildDeps,
): Promise<{ result: Record<string, unknown>; article?: NewArticle }> {
  const { id, minSources } = payload.story;
  const store = sameContentStore(deps.store);
  const access = { ...deps.access, store };
  const last = (await deps.stories.listStoryArticles([id])).at(-1);
  const covered = (links: readonly string[]) =>
    last !== undefined && links.every((link) => last.links.includes(link));
  if (covered(payload.sources)) return { result: { story: id, skipped: 'a revision has these sources' } };
  const fetched: string[] = [];
  const failures: { input: string; message: string }[] = [];
  for (const link of payload.sources) {
    try {
      await loadPage(link, access);
      fetched.push(link);
    } catch (error) {
      failures.push({ input: link, message: failureOf(error) });
    }
  }
  if (fetched.length < minSources || covered(fetched)) {
    return {
      result: {
        story: id,
        skipped: `${fetched.length} of ${payload.sources.length} sources could be read; no new revision`,
        failures,
      },
    };
  }
  const updates =
    last === undefined ? [] : ((await deps.store.getArticle(last.articleId))?.article.updates ?? []);
  const built = await buildArticle(fetched, {
    ...access,
    tokenizer: deps.tokenizer,
    engine: deps.engine,
    offline: true,
    keepGoing: false,
    ...(deps.judge ? { judge: deps.judge } : {}),
  });
  const article = updates.length > 0 ? { ...built.article, updates: [...updates] } : built.article;
  const report = verifyArticle(article, built.documents, deps.tokenizer, {
    understanding: built.understanding,
    conflicts: built.conflicts,
  });
  return {
    result: { story: id, links: fetched, verdict: report.verdict, failures },
    article: { slug: storySlug(id), article, snapshotIds: built.snapshotIds },
  };
}

/**
 * After a story build's (or re-check's) result is recorded: its revision, once per article (the
 * store's UNIQUE article_id).
 */
export async function recordStoryRevision(stories: StoryStore, recorded: JobResult): Promise<void> {
  const { story, links, reason } = recorded.result;
  if (recorded.articleId === undefined || typeof story !== 'string' || !Array.isArray(links)) return;
  await stories.addStoryArticle({
    story,
    articleId: recorded.articleId,
    reason: reason === 'update' ? 'update' : 'sources',
    links: links.map(String),
  });
}

type RecheckSteps = RecheckPayload['recheck'];
const stepsOf = (steps: RecheckSteps): WatchSettings['recheck'] =>
  steps.map((step) => ({ everyMs: step.everyMs, untilMs: step.untilMs ?? Number.POSITIVE_INFINITY }));

/**
 * A queued watch round's re-checks: one recheck job per story with an article whose re-check is
 * due now, keyed by the story and the time it was due (from its last check): rounds that overlap
 * queue the same job, and the ledger records that re-check once.
 */
export async function queueDueRechecks(
  recheck: RecheckSteps,
  deps: { stories: StoryStore; queues: JobQueues; now?: () => Date },
): Promise<string[]> {
  const now = (deps.now ?? (() => new Date()))().getTime();
  const due: RecheckPayload[] = [];
  for (const [story, { first, last }] of latestRevisions(await deps.stories.listStoryArticles())) {
    const at = await recheckDueAt(deps.stories, { story, first, last }, stepsOf(recheck));
    if (at <= now) due.push({ story, due: at, recheck });
  }
  return due.length === 0 ? [] : await deps.queues.addMany('recheck', due);
}

/**
 * A recheck job: one-process watch's re-check of a story (pipeline/watch-feeds.ts sourceChanges),
 * as a job: the sources of its latest revision read again (each page stored once by content); with
 * nothing the article relies on changed, the story is marked checked; otherwise its article is
 * rebuilt from the snapshots with the new 追記/訂正 notes after the earlier ones, recorded as the
 * job's article, and `after` records the revision (once per article) and marks the story checked.
 * A job whose story was checked since it was due does nothing.
 */
export function createRecheckHandler(
  deps: Omit<StoryBuildDeps, 'engine' | 'judge'> & {
    engine: Engine | ((context: JobContext) => Promise<Engine>);
    /** The judge of the rebuild (matome worker --judge), made per job. */
    judge?: (context: JobContext, asked: undefined) => Promise<ArticleJudge | undefined>;
    now?: () => Date;
  },
): JobHandler<'recheck'> {
  const now = deps.now ?? (() => new Date());
  const store = sameContentStore(deps.store);
  const access = { ...deps.access, store, now };
  return {
    async run(payload, context) {
      const revisions = latestRevisions(await deps.stories.listStoryArticles([payload.story])).get(
        payload.story,
      );
      if (revisions === undefined) return { result: { story: payload.story, skipped: 'no article' } };
      const due = await recheckDueAt(
        deps.stories,
        { story: payload.story, ...revisions },
        stepsOf(payload.recheck),
      );
      if (due !== payload.due) return { result: { story: payload.story, skipped: 'checked already' } };
      const events: string[] = [];
      const { last } = revisions;
      const notes = await sourceChanges(last, {
        store,
        tokenizer: deps.tokenizer,
        access,
        now,
        emit: (line) => events.push(line),
      });
      if (notes.length === 0) {
        await deps.stories.markStoryChecked(payload.story, now());
        return { result: { story: payload.story, notes: 0, events } };
      }
      const engine = typeof deps.engine === 'function' ? await deps.engine(context) : deps.engine;
      const judge = await deps.judge?.(context, undefined);
      const previous = (await deps.store.getArticle(last.articleId))?.article.updates ?? [];
      const built = await buildArticle(last.links, {
        ...access,
        tokenizer: deps.tokenizer,
        engine,
        offline: true,
        keepGoing: false,
        ...(judge ? { judge } : {}),
      });
      const article = { ...built.article, updates: [...previous, ...notes] };
      const report = verifyArticle(article, built.documents, deps.tokenizer, {
        understanding: built.understanding,
        conflicts: built.conflicts,
      });
      return {
        result: {
          story: payload.story,
          links: last.links,
          reason: 'update',
          notes: notes.length,
          verdict: report.verdict,
          events,
        },
        article: { slug: storySlug(payload.story), article, snapshotIds: built.snapshotIds },
      };
    },
    async after(payload, recorded) {
      if (recorded.articleId === undefined) return;
      await recordStoryRevision(deps.stories, recorded);
      await deps.stories.markStoryChecked(payload.story, now());
    },
  };
}
