import type { ArticleUpdate } from '../domain/article.ts';
import type { StoryStore } from '../store/create-story-store.ts';
import type { Store } from '../store/store.ts';
import type { DeskStory } from './schemas.ts';

/** Stories shown on one page, those with the newest items first. */
export const DESK_STORIES_LIMIT = 100;

/** One page of the desk's stories and where it stands among them all. */
export interface DeskStoriesPage {
  stories: DeskStory[];
  /** Stories in the store. */
  total: number;
  /** Stories before this page. */
  offset: number;
  /** Stories a page holds. */
  limit: number;
}

/**
 * One page of the stories of the store as the desk shows them: each story's items (published
 * order, with the clustering's decision), and its article's revisions, oldest first, each with the
 * 追記 / 訂正 notes it added (a revision carries the earlier notes over; those are shown where they
 * first appeared). Stories with the newest item first; the store pages them, so a page reads only
 * its own stories' items and articles, however many stories there are.
 */
export async function listDeskStories(
  stories: StoryStore,
  store: Store,
  page: { offset?: number; limit?: number } = {},
): Promise<DeskStoriesPage> {
  const offset = page.offset ?? 0;
  const limit = page.limit ?? DESK_STORIES_LIMIT;
  const listed = await stories.pageStories({ offset, limit });
  const byStory = new Map<string, DeskStory>(
    listed.stories.map((story) => [story, { story, latest: '', items: [], revisions: [] }]),
  );
  for (const { item, assignment } of await stories.listStoryEntries(listed.stories)) {
    const story = byStory.get(assignment.story) as DeskStory;
    story.items.push({
      id: item.id,
      title: item.title,
      outlet: item.outlet,
      link: item.link,
      published: item.published,
      decision: String(assignment.reason.decision ?? ''),
    });
    if (Date.parse(item.published) > Date.parse(story.latest || '1970-01-01T00:00:00Z'))
      story.latest = item.published;
  }
  const seen = new Map<string, Set<string>>();
  for (const row of await stories.listStoryArticles(listed.stories)) {
    const stored = await store.getArticle(row.articleId);
    const updates: readonly ArticleUpdate[] = stored?.article.updates ?? [];
    const earlier = seen.get(row.story) ?? new Set<string>();
    const key = (update: ArticleUpdate) => JSON.stringify([update.at, update.kind, update.url, update.text]);
    (byStory.get(row.story) as DeskStory).revisions.push({
      revision: row.revision,
      reason: row.reason,
      articleId: row.articleId,
      title: stored?.article.title.text ?? '',
      createdAt: row.createdAt,
      links: row.links,
      updates: updates.filter((update) => !earlier.has(key(update))),
    });
    for (const update of updates) earlier.add(key(update));
    seen.set(row.story, earlier);
  }
  return { stories: [...byStory.values()], total: listed.total, offset, limit };
}
