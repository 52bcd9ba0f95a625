// A publisher process for the fault-injection test: publishes ARTICLE.json (an Article) as
// ARTICLE_SLUG to SITE with the store at STORE, printing each outbox step as it is recorded
// ("step NAME"), then "done ACTION POST_ID". The test kills it with SIGKILL at those steps.
// Usage: node publish-child.ts STORE SITE ARTICLE_SLUG ARTICLE.json TAG
import module from 'node:module';

// Started hundreds of times by the test: keep compiled modules between runs, as bin/matome.js does.
module.enableCompileCache?.();
const { readFileSync } = await import('node:fs');
const { publishToWordPress, termRef } = await import('../../src/publish/publish-to-wordpress.ts');
const { createWordPressClient } = await import('../../src/publish/wordpress-client.ts');
const { createSqliteStore } = await import('../../src/store/create-sqlite-store.ts');
type Article = import('../../src/domain/article.ts').Article;

const [storePath, site, articleSlug, articleFile, tag] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const store = createSqliteStore(storePath);
const client = createWordPressClient({
  site,
  user: process.env.MATOME_WP_USER ?? '',
  applicationPassword: process.env.MATOME_WP_APP_PASSWORD ?? '',
  timeoutMs: 10_000,
});
try {
  const result = await publishToWordPress(JSON.parse(readFileSync(articleFile, 'utf8')) as Article, {
    store,
    client,
    articleSlug,
    categories: [termRef('local-news=地域ニュース', '--category')],
    tags: [termRef(tag, '--tag')],
    backoffMs: 20,
    onStep: (step) => process.stdout.write(`step ${step}\n`),
  });
  process.stdout.write(`done ${result.action} ${result.postId}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await store.close();
}
