import type { ArticleUpdate } from '../domain/article.ts';
import type { StoryStore } from '../store/create-story-store.ts';
import type { Store } from '../store/store.ts';
import type { DeskStory } from './schemas.ts';

/** Stories shown at once, those with the newest items first. */
export const DESK_STORIES_LIMIT = 100;

/**
 * The stories of the store as the desk shows them: each story's items (published order, with the
 * clustering's decision), and its article's revisions, oldest first, each with the 追記 / 訂正 notes
 * it added (a revision carries the earlier notes over; those are shown where they first appeared).
 * Stories with the newest item first, at most `limit` of them.
 */
export async function listDeskStories(
  stories: StoryStore,
  store: Store,
  limit = DESK_STORIES_LIMIT,
): Promise<{ stories: DeskStory[]; total: number }> {
  const items = new Map((await stories.listItems()).map((item) => [item.id, item]));
  const byStory = new Map<string, DeskStory>();
  const entry = (story: string) => {
    let found = byStory.get(story);
    if (found === undefined) {
      found = { story, latest: '', items: [], revisions: [] };
      byStory.set(story, found);
    }
    return found;
  };
  for (const assignment of await stories.listAssignments()) {
    const item = items.get(assignment.id);
    if (item === undefined) continue;
    const story = entry(assignment.story);
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
  const shown = [...byStory.values()]
    .sort((a, b) => Date.parse(b.latest) - Date.parse(a.latest) || (a.story < b.story ? -1 : 1))
    .slice(0, limit);
  const wanted = new Set(shown.map((story) => story.story));
  const seen = new Map<string, Set<string>>();
  for (const row of await stories.listStoryArticles()) {
    if (!wanted.has(row.story)) continue;
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
  return { stories: shown, total: byStory.size };
}
