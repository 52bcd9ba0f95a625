// A publisher process for the fault-injection test: publishes ARTICLE.json (an Article) as
// ARTICLE_SLUG to SITE with the store at STORE, printing each outbox step as it is recorded
// ("step NAME"), then "done ACTION POST_ID". The test kills it with SIGKILL at those steps. With
// IMAGE and CREDIT, the image is the post's featured image (the image policy's own-file case).
// Usage: node publish-child.ts STORE SITE ARTICLE_SLUG ARTICLE.json TAG [IMAGE CREDIT]
import module from 'node:module';

// Started hundreds of times by the test: keep compiled modules between runs, as bin/matome.js does.
module.enableCompileCache?.();
const { readFileSync } = await import('node:fs');
const { publishToWordPress, termRef } = await import('../../src/publish/publish-to-wordpress.ts');
const { createWordPressClient } = await import('../../src/publish/wordpress-client.ts');
const { createSqliteStore } = await import('../../src/store/create-sqlite-store.ts');
const { readFeaturedImage } = await import('../../src/publish/featured-image.ts');
type Article = import('../../src/domain/article.ts').Article;

const [storePath, site, articleSlug, articleFile, tag, imageFile, credit] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
  string | undefined,
  string | undefined,
];
const store = createSqliteStore(storePath);
const client = createWordPressClient({
  site,
  user: process.env.MATOME_WP_USER ?? '',
  applicationPassword: process.env.MATOME_WP_APP_PASSWORD ?? '',
  timeoutMs: 10_000,
});
try {
  const article = JSON.parse(readFileSync(articleFile, 'utf8')) as Article;
  const image =
    imageFile === undefined
      ? undefined
      : await readFeaturedImage(article, { kind: 'file', path: imageFile, credit: credit ?? '' });
  const result = await publishToWordPress(article, {
    store,
    client,
    articleSlug,
    categories: [termRef('local-news=地域ニュース', '--category')],
    tags: [termRef(tag, '--tag')],
    backoffMs: 20,
    ...(image === undefined ? {} : { image }),
    onStep: (step) => process.stdout.write(`step ${step}\n`),
  });
  process.stdout.write(`done ${result.action} ${result.postId}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await store.close();
}
