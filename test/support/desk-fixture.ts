// A review desk over a fresh SQLite store in a temp dir, with two editors, for API, security and
// browser tests. Articles are built from the bundled sample clusters through the real pipeline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createOfflineEngine } from '../../src/engines/offline/compose-offline-article.ts';
import { buildArticle } from '../../src/pipeline/build-article.ts';
import { type BuildJobs, createBuildJobs } from '../../src/server/build-jobs.ts';
import { createDeskApp, type DeskAppOptions } from '../../src/server/create-app.ts';
import type { Desk } from '../../src/server/create-desk.ts';
import { createSqliteStore } from '../../src/store/create-sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { createTokenizer, type Tokenizer } from '../../src/text/tokenizer.ts';

export const SAMPLES = resolve(import.meta.dirname, '../../samples');
export const SATO = { name: '佐藤', token: 'sato-token-0123456789abcdef' };
export const SUZUKI = { name: '鈴木', token: 'suzuki-token-0123456789abcdef' };

export interface DeskFixture {
  dir: string;
  store: Store;
  tokenizer: Tokenizer;
  jobs: BuildJobs;
  app: ReturnType<typeof createDeskApp>['app'];
  desk: Desk;
  /** Builds an article from the given source paths and saves it; returns its id. */
  build(inputs: readonly string[]): Promise<number>;
  close(): void;
}

let shared: Tokenizer | undefined;

/**
 * Opens a desk; `sourcesDir` is what build jobs may read (the samples by default), `env` the
 * server's environment jobs asking for the llm engine read (none by default).
 */
export async function createDeskFixture(
  sourcesDir = SAMPLES,
  env?: Readonly<Record<string, string | undefined>>,
  extra: Pick<DeskAppOptions, 'publisher' | 'publications'> = {},
): Promise<DeskFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'matome-desk-'));
  const store = createSqliteStore(join(dir, 'store.db'));
  shared ??= await createTokenizer();
  const tokenizer = shared;
  const engine = createOfflineEngine();
  const jobs = createBuildJobs({ store, tokenizer, engine, access: {}, sourcesDir, ...(env ? { env } : {}) });
  const { app, desk } = createDeskApp({
    store,
    tokenizer,
    jobs,
    editors: new Map([
      [SATO.token, SATO.name],
      [SUZUKI.token, SUZUKI.name],
    ]),
    ...extra,
  });
  return {
    dir,
    store,
    tokenizer,
    jobs,
    app,
    desk,
    async build(inputs) {
      const result = await buildArticle(inputs, { store, tokenizer, engine });
      return (
        await store.saveArticle({ slug: 'test', article: result.article, snapshotIds: result.snapshotIds })
      ).id;
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of a stored article whose first section heading carries words no source says (a warning
 * the verifier raises), saved as a new article: the offline engine's own articles now pass the
 * verifier, and the publish gate's tests need a claim that waits for an editor.
 */
export async function saveWithFlaggedHeading(store: Store, articleId: number): Promise<number> {
  const stored = await store.getArticle(articleId);
  if (stored === undefined) throw new Error(`no article ${articleId}`);
  const article = structuredClone(stored.article);
  const section = article.sections[0];
  if (section === undefined) throw new Error(`article ${articleId} has no section`);
  section.heading = {
    ...section.heading,
    text: `${[...section.heading.text].slice(0, 20).join('')}の舞台裏`,
  };
  return (
    await store.saveArticle({ slug: `${stored.slug}-flagged`, article, snapshotIds: stored.snapshotIds })
  ).id;
}

/** Headers of an API call as `editor`. */
export function apiHeaders(editor: { token: string } = SATO, json = false): Record<string, string> {
  return {
    authorization: `Bearer ${editor.token}`,
    ...(json ? { 'content-type': 'application/json' } : {}),
  };
}
