import { createHash } from 'node:crypto';
import { type Article, type ArticleUpdate, articleFacts } from '../domain/article.ts';
import { isMatomeError } from '../domain/errors.ts';
import type { Page } from '../domain/page.ts';
import type { StoryItem } from '../domain/story-item.ts';
import { extractDocument } from '../extract/extract-document.ts';
import { parseFeed } from '../feeds/parse-feed.ts';
import { nextPollInterval } from '../feeds/poll-schedule.ts';
import type { StoryArticle, StoryStore } from '../store/create-story-store.ts';
import { snapshotToPage } from '../store/snapshot-to-page.ts';
import type { Store } from '../store/store.ts';
import { recheckInterval } from '../stories/recheck-schedule.ts';
import { compareRevisions } from '../understand/compare-revisions.ts';
import { type NotableChange, notableChanges } from '../understand/notable-changes.ts';
import { understandDocument } from '../understand/understand-document.ts';
import {
  type BuildDependencies,
  type BuildResult,
  buildArticle,
  loadPage,
  type SourceAccess,
} from './build-article.ts';
import { createStoredClustering, saveBatch } from './cluster-stored-items.ts';
import { DEFAULT_WATCH_SETTINGS, type WatchSettings } from './watch-settings.ts';

/** What the watcher needs: the build's collaborators (fetch, robots, host scheduler, engine), a store and a clock. */
export interface WatchDependencies
  extends Omit<BuildDependencies, 'store' | 'offline' | 'now' | 'keepGoing'> {
  store: Store;
  stories: StoryStore;
  now: () => Date;
  /** One progress line per step (no newline). */
  onEvent?: (line: string) => void;
  /** Called with each new revision of a story's article, after it is stored. */
  onArticle?: (built: BuiltRevision) => Promise<void> | void;
}

/** A revision the watcher built and stored. */
export interface BuiltRevision {
  story: string;
  revision: StoryArticle;
  slug: string;
  result: BuildResult;
}

/** What one round did, and when the next is due. */
export interface RoundSummary {
  polled: number;
  newItems: number;
  built: BuiltRevision[];
  checked: number;
  /** The earliest time a feed poll or a story re-check is due (epoch ms). */
  nextDueAt: number;
  /** True when the round stopped early because `stop` was aborted. */
  stopped: boolean;
}

export interface FeedWatcher {
  /** One round: polls the feeds that are due, clusters new items, builds and re-checks story articles. */
  round(stop?: AbortSignal): Promise<RoundSummary>;
}

/** The stored file name of a story's articles: `story-` and a short hash of the story id. */
export function storySlug(story: string): string {
  return `story-${createHash('sha256').update(story).digest('hex').slice(0, 12)}`;
}

// A note quotes whole sentences; longer ones are cut, so a note stays a line.
const NOTE_SENTENCE_MAX = 120;
const clip = (text: string) =>
  text.length <= NOTE_SENTENCE_MAX ? text : `${text.slice(0, NOTE_SENTENCE_MAX - 1)}…`;

/**
 * Watches feeds: each round polls the feeds that are due (conditional GET through the guarded
 * fetch, robots.txt and the host scheduler, as any source), keeps every item once in the story
 * store and assigns the new ones to stories (incrementally: stored assignments are kept); a story with items from `minSources` links gets an
 * article built from those links (fetched the same way, stored as snapshots), rebuilt when another
 * source joins; and the sources of every story with an article are re-read on the age-based
 * schedule: a change to a sentence the article cites, or a new fact, rebuilds it with a dated 追記
 * (訂正 when the source corrects itself). Every revision is stored (`story_articles`).
 */
export function createFeedWatcher(
  feeds: readonly string[],
  deps: WatchDependencies,
  settings: WatchSettings = DEFAULT_WATCH_SETTINGS,
): FeedWatcher {
  const { store, stories, now } = deps;
  const emit = (line: string) => deps.onEvent?.(line);
  const access = {
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.robots ? { robots: deps.robots } : {}),
    ...(deps.scheduler ? { scheduler: deps.scheduler } : {}),
    store,
    now,
  };
  // Stories whose links could not be read (too few sources, or none of those that joined), with the
  // links tried then.
  const unreadable = new Map<string, string>();
  // Stories whose build failed in the last round: read again next round even if nothing joined.
  const failed = new Set<string>();
  const failure = (error: unknown) => (isMatomeError(error) ? error.message : String(error));
  const clustering = createStoredClustering(stories, deps.tokenizer);

  /** Polls one feed; returns how many of its items were new. */
  async function poll(feed: string): Promise<number> {
    const previous = await stories.feedPoll(feed);
    let found = 0;
    try {
      const before = (await store.latestSnapshot(feed))?.id;
      const { page, snapshotId } = await loadPage(feed, access);
      if (page.status === 304 || (before !== undefined && snapshotId === before)) {
        emit(`feed ${feed}: not modified`);
      } else {
        const items = feedItems(page, now());
        found = await saveBatch(stories, items);
        emit(`feed ${feed}: ${items.length} items, ${found} new`);
      }
    } catch (error) {
      emit(`feed ${feed}: ${failure(error)}`);
    }
    const intervalMs = nextPollInterval(previous?.intervalMs, found, settings.poll);
    const at = now();
    await stories.saveFeedPoll({
      url: feed,
      intervalMs,
      polledAt: at.toISOString(),
      nextAt: new Date(at.getTime() + intervalMs).toISOString(),
    });
    return found;
  }

  /** Fetches the links (guarded, robots, scheduler, conditional), returning those now in the store. */
  async function fetchLinks(links: readonly string[]): Promise<string[]> {
    const stored: string[] = [];
    for (const link of links) {
      try {
        await loadPage(link, access);
        stored.push(link);
      } catch (error) {
        emit(`source ${link}: ${failure(error)}`);
      }
    }
    return stored;
  }

  /** Builds from the stored snapshots of `links` and records the revision. */
  async function build(
    story: string,
    links: readonly string[],
    reason: StoryArticle['reason'],
    updates: readonly ArticleUpdate[],
  ): Promise<BuiltRevision> {
    const result = await buildArticle(links, {
      ...deps,
      ...access,
      offline: true,
      keepGoing: false,
    });
    const article: Article =
      updates.length > 0 ? { ...result.article, updates: [...updates] } : result.article;
    const slug = storySlug(story);
    const saved = await store.saveArticle({ slug, article, snapshotIds: result.snapshotIds });
    const revision = await stories.addStoryArticle({ story, articleId: saved.id, reason, links: [...links] });
    const built = { story, revision, slug, result: { ...result, article } };
    emit(
      `story ${story}: revision ${revision.revision} (${reason === 'sources' ? `${links.length} sources` : '追記'}), article ${saved.id}`,
    );
    await deps.onArticle?.(built);
    return built;
  }

  const changesSince = (latest: StoryArticle) =>
    sourceChanges(latest, { store, tokenizer: deps.tokenizer, access, now, emit });

  return {
    async round(stop) {
      const summary: RoundSummary = {
        polled: 0,
        newItems: 0,
        built: [],
        checked: 0,
        nextDueAt: Number.POSITIVE_INFINITY,
        stopped: false,
      };
      const stopped = () => {
        summary.stopped = stop?.aborted === true;
        return summary.stopped;
      };
      // 1. Feeds that are due.
      for (const feed of feeds) {
        if (stopped()) return finish(summary);
        const state = await stories.feedPoll(feed);
        if (state !== undefined && Date.parse(state.nextAt) > now().getTime()) continue;
        summary.polled += 1;
        summary.newItems += await poll(feed);
      }
      // 2. New items (stored once): each assigned to a story; stored assignments and editors'
      // corrections are kept, not decided again.
      // Every round, so items stored but left unassigned (a run stopped between the two) are decided too.
      const { changed } = await clustering.add([]);
      // 3. Stories with enough sources: a first article, or a rebuild when a source joined. Only
      // the stories that gained an item this round (all of them in a process's first round or after
      // an editor's correction) and those whose build failed are read, so a round's cost follows
      // what is new, not the store's size.
      const latest = latestRevisions(await stories.listStoryArticles());
      const current = await storyLinks(
        stories,
        changed === undefined ? undefined : [...new Set([...changed, ...failed])],
      );
      failed.clear();
      for (const [clustered, links] of current) {
        if (stopped()) return finish(summary);
        if (links.length < settings.minSources) continue;
        const story = await articleKey(stories, clustered, links, latest);
        const last = latest.get(story)?.last;
        if (last !== undefined && links.every((link) => last.links.includes(link))) continue;
        // A story whose sources could not all be read is tried again when its links change (or the
        // next process starts), not every round.
        const signature = links.join('\n');
        if (unreadable.get(story) === signature) continue;
        const fetched = await fetchLinks(links);
        if (fetched.length < settings.minSources) {
          unreadable.set(story, signature);
          emit(`story ${story}: ${fetched.length} of ${links.length} sources could be read; no article yet`);
          continue;
        }
        if (last !== undefined && fetched.every((link) => last.links.includes(link))) {
          // The links that joined could not be read: nothing new to build from.
          unreadable.set(story, signature);
          continue;
        }
        unreadable.delete(story);
        const previous =
          last === undefined ? undefined : (await store.getArticle(last.articleId))?.article.updates;
        try {
          summary.built.push(await build(story, fetched, 'sources', previous ?? []));
        } catch (error) {
          failed.add(clustered);
          emit(`story ${story}: ${failure(error)}`);
        }
      }
      // 4. Re-reading the sources of stories with an article, on the age-based schedule.
      for (const [story, { first, last }] of latestRevisions(await stories.listStoryArticles())) {
        if (stopped()) return finish(summary);
        const due = await recheckDue(story, first, last);
        if (due > now().getTime()) {
          summary.nextDueAt = Math.min(summary.nextDueAt, due);
          continue;
        }
        summary.checked += 1;
        const notes = await changesSince(last);
        await stories.markStoryChecked(story, now());
        summary.nextDueAt = Math.min(summary.nextDueAt, await recheckDue(story, first, last));
        if (notes.length === 0) {
          emit(`story ${story}: sources checked, nothing the article relies on changed`);
          continue;
        }
        const previous = (await store.getArticle(last.articleId))?.article.updates ?? [];
        try {
          summary.built.push(await build(story, last.links, 'update', [...previous, ...notes]));
        } catch (error) {
          emit(`story ${story}: ${failure(error)}`);
        }
      }
      return finish(summary);
    },
  };

  function recheckDue(story: string, first: StoryArticle, last: StoryArticle): Promise<number> {
    return recheckDueAt(stories, { story, first, last }, settings.recheck);
  }

  async function finish(summary: RoundSummary): Promise<RoundSummary> {
    for (const feed of feeds) {
      const state = await stories.feedPoll(feed);
      summary.nextDueAt = Math.min(summary.nextDueAt, state === undefined ? 0 : Date.parse(state.nextAt));
    }
    return summary;
  }
}

/** A feed page's items as the story store keeps them (an item undated in the feed is dated `at`). */
export function feedItems(page: Page, at: Date): StoryItem[] {
  const parsed = parseFeed(page);
  return parsed.items.map((item): StoryItem => {
    const host = new URL(item.link).hostname;
    return {
      id: item.link,
      outlet: parsed.title ?? host,
      title: item.title ?? '',
      description: item.summary ?? '',
      link: item.link,
      published: item.publishedAt ?? at.toISOString(),
    };
  });
}

/**
 * The notes for what changed in each source of a stored revision since it was built (empty: nothing
 * that matters): each link read again (`access`: guarded, robots, scheduler, conditional, stored),
 * and where its text changed, the changes the article must report (cited sentences, new facts).
 */
export async function sourceChanges(
  latest: StoryArticle,
  deps: {
    store: Store;
    tokenizer: BuildDependencies['tokenizer'];
    access: Omit<SourceAccess, 'offline'>;
    now: () => Date;
    emit: (line: string) => void;
  },
): Promise<ArticleUpdate[]> {
  const { store, access, now, emit } = deps;
  const stored = await store.getArticle(latest.articleId);
  if (stored === undefined) return [];
  const notes: ArticleUpdate[] = [];
  for (const [position, link] of latest.links.entries()) {
    const oldSnapshot = await store.getSnapshot(stored.snapshotIds[position] ?? -1);
    const source = stored.article.sources[position];
    if (oldSnapshot === undefined || source === undefined) continue;
    let current: Awaited<ReturnType<typeof loadPage>>;
    try {
      current = await loadPage(link, access);
    } catch (error) {
      emit(`source ${link}: ${isMatomeError(error) ? error.message : String(error)}`);
      continue;
    }
    const newSnapshot =
      current.snapshotId === undefined ? undefined : await store.getSnapshot(current.snapshotId);
    if (newSnapshot === undefined || newSnapshot.contentHash === oldSnapshot.contentHash) continue;
    const oldRead = understandDocument(
      extractDocument(snapshotToPage(oldSnapshot), { id: source.id }),
      deps.tokenizer,
    );
    const newRead = understandDocument(
      extractDocument(snapshotToPage(newSnapshot), { id: source.id }),
      deps.tokenizer,
    );
    const cited = articleFacts(stored.article)
      .flatMap((fact) => fact.evidence)
      .filter((span) => span.sourceId === source.id);
    const changes = compareRevisions(oldRead, newRead);
    const notable = notableChanges(changes, cited, oldRead);
    emit(
      `source ${link}: changed (${changes.length} sentences differ, ${notable.length} the article must report)`,
    );
    const outlet = source.siteName ?? new URL(link).hostname;
    for (const change of notable) notes.push(noteFor(change, outlet, link, now()));
  }
  return notes;
}

/**
 * When a story's sources are next due to be read again (epoch ms): its last check (or its latest
 * revision) plus the interval its age since the first revision gives.
 */
export async function recheckDueAt(
  stories: StoryStore,
  revisions: { story: string; first: StoryArticle; last: StoryArticle },
  steps: WatchSettings['recheck'],
): Promise<number> {
  const { story, first, last } = revisions;
  const checked = Date.parse((await stories.storyCheckedAt(story)) ?? last.createdAt);
  const age = checked - Date.parse(first.createdAt);
  return checked + recheckInterval(age, steps);
}

/**
 * Each story's item links in published order (distinct), from the stored assignments: of every
 * story, or only of the given ones (reading only their items).
 */
export async function storyLinks(
  stories: StoryStore,
  only?: readonly string[],
): Promise<Map<string, string[]>> {
  const entries =
    only !== undefined
      ? await stories.listStoryEntries(only)
      : await (async () => {
          const items = new Map(
            (await stories.listItemsAfter(0)).map((stored) => [stored.item.id, stored.item]),
          );
          return (await stories.listAssignments()).flatMap((assignment) => {
            const item = items.get(assignment.id);
            return item === undefined ? [] : [{ item, assignment }];
          });
        })();
  const byStory = new Map<string, string[]>();
  for (const { item, assignment } of entries) {
    const link = item.link;
    if (!/^https?:\/\//iu.test(link)) continue;
    const list = byStory.get(assignment.story) ?? [];
    if (!list.includes(link)) list.push(link);
    byStory.set(assignment.story, list);
  }
  return byStory;
}

/**
 * The name a story's articles are kept under. Stored assignments are not decided again, so a story
 * keeps its name; but an editor's split names a story after its first item, and a store clustered
 * before assignments were kept (every round re-clustered) may have renamed stories. Their articles
 * keep the name they were first built under: that of a story with an article that no longer exists
 * and whose links the renamed story holds (a link is one item, in one story).
 */
async function articleKey(
  stories: StoryStore,
  story: string,
  links: readonly string[],
  latest: ReadonlyMap<string, { last: StoryArticle }>,
): Promise<string> {
  if (latest.has(story)) return story;
  for (const [key, { last }] of latest)
    if (
      last.links.some((link) => links.includes(link)) &&
      (await stories.listStoryEntries([key])).length === 0
    )
      return key;
  return story;
}

/** The first and the latest revision of each story's article. */
export function latestRevisions(
  rows: readonly StoryArticle[],
): Map<string, { first: StoryArticle; last: StoryArticle }> {
  const byStory = new Map<string, { first: StoryArticle; last: StoryArticle }>();
  for (const row of rows) {
    const entry = byStory.get(row.story);
    if (entry === undefined) byStory.set(row.story, { first: row, last: row });
    else if (row.revision > entry.last.revision) entry.last = row;
  }
  return byStory;
}

/** A 追記 / 訂正 note for one change, naming what changed (the outlet is named where it is shown). */
function noteFor(change: NotableChange, outlet: string, url: string, at: Date): ArticleUpdate {
  const before = change.before === undefined ? undefined : clip(change.before);
  const after = change.after === undefined ? undefined : clip(change.after);
  const text =
    before !== undefined && after !== undefined
      ? `「${before}」が「${after}」に改められました。`
      : after !== undefined
        ? `「${after}」が加わりました。`
        : `「${before}」が削除されました。`;
  return { at: at.toISOString(), kind: change.correction ? 'correction' : 'update', outlet, url, text };
}
