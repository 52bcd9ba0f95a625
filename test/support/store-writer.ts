// Child process for the crash-safety test: saves snapshots (and now and then an article) in an
// endless loop and prints each one on stdout only after the save has returned, that is after
// COMMIT. The parent kills it with SIGKILL at random moments and then checks that everything
// printed survived. Usage: node test/support/store-writer.ts <store.db> <article.json>
// (the article comes as a file so this process need not load the test factories: it starts faster).
import { readFileSync } from 'node:fs';
import type { Article } from '../../src/domain/article.ts';
import type { Page } from '../../src/domain/page.ts';
import { createSqliteStore } from '../../src/store/create-sqlite-store.ts';

const [path, articleFile] = process.argv.slice(2);
if (path === undefined || articleFile === undefined) {
  throw new Error('usage: node test/support/store-writer.ts <store.db> <article.json>');
}
const article = JSON.parse(readFileSync(articleFile, 'utf8')) as Article;

// Stdout to a pipe is written synchronously on Linux, so a printed line has left this process
// before the next save starts.
const print = (line: string) => process.stdout.write(`${line}\n`);

// The parent always kills this process; the deadline only keeps an orphan (parent gone, pipe
// closed) from filling the disk.
const deadline = Date.now() + 20_000;

const store = createSqliteStore(path);
print('ready');

const paragraph = 'みなと市の鉄道存続計画について、市議会で議論が続いている。';
for (let n = 0; Date.now() < deadline; n++) {
  const url = `https://minato.example/news/${n % 7}`;
  // Every third page repeats an earlier text (shared content row); every tenth is large, so the
  // write-ahead log grows past its checkpoint size and kills also land during checkpoints.
  const body = n % 3 === 0 ? `<p>${paragraph}</p>` : `<p>${process.pid}-${n}: ${paragraph}</p>`;
  const text = n % 10 === 0 ? body.repeat(4000) : body;
  const page: Page = {
    url,
    input: url,
    mediaType: 'text/html',
    encoding: 'utf-8',
    encodingSource: 'transport',
    text,
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', etag: `"${n}"` },
    fetchedAt: new Date().toISOString(),
  };
  const snapshot = await store.saveSnapshot(page);
  print(`snapshot ${snapshot.id} ${snapshot.contentHash}`);
  if (n % 5 === 4) {
    const saved = await store.saveArticle({ slug: `story-${n}`, article, snapshotIds: [snapshot.id] });
    print(`article ${saved.id} ${snapshot.id}`);
  }
}
