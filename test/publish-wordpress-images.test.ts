// Featured images against a real WordPress (Debian's packages, its own MariaDB, php -S on loopback):
// the image policy's image is uploaded once per content hash (a re-run, another article with the
// same image, a lost answer and a forgotten store all adopt it), credited in the caption and the
// post, duplicates of a blind retry removed; no policy means no media; a user who may not upload is
// refused before anything is written; a file that is not an image is refused by name.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Article } from '../src/domain/article.ts';
import { isMatomeError } from '../src/domain/errors.ts';
import { createGuardedFetch } from '../src/fetch/guarded-fetch.ts';
import { type FeaturedImage, readFeaturedImage } from '../src/publish/featured-image.ts';
import { publishToWordPress } from '../src/publish/publish-to-wordpress.ts';
import { createWordPressClient, type WordPressClient } from '../src/publish/wordpress-client.ts';
import { imageMarker } from '../src/publish/wordpress-post.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import type { Store } from '../src/store/store.ts';
import { fact, sampleArticle, section } from './support/article-factory.ts';
import { runMatome } from './support/run-cli.ts';
import {
  startWordPress,
  type WordPressInstance,
  type WordPressUser,
  wordpressUnavailable,
} from './support/wordpress.ts';

const skip = wordpressUnavailable();
const IMAGES = join(import.meta.dirname, 'fixtures', 'images');

/** An invented article; `n` makes each test's article distinct. */
function article(n: number, headline = `かもめ市の図書館、${n}月に新館開館へ`): Article {
  return sampleArticle({
    title: fact(headline),
    leadPoints: [`新館は${n}階建て。`, '蔵書は約20万冊。', '市は来館者の倍増を見込む。'].map((text) => ({
      ...fact(text),
      verbatim: false,
    })) as Article['leadPoints'],
    sections: [section('s1', { heading: `新館の開館は${n}月` }), section('s2')],
  });
}

const ownImage = (name: string, credit = '写真: かもめ市') =>
  readFeaturedImage(article(0), { kind: 'file', path: join(IMAGES, name), credit }) as Promise<FeaturedImage>;

describe('featured images on WordPress', { skip, timeout: 180_000 }, () => {
  let wp: WordPressInstance;
  let editor: WordPressUser;
  let author: WordPressUser;
  let contributor: WordPressUser;
  let dir: string;
  let store: Store;
  let client: WordPressClient;
  const clientFor = (user: WordPressUser, fetch?: typeof globalThis.fetch) =>
    createWordPressClient({
      site: wp.url,
      user: user.name,
      applicationPassword: user.applicationPassword,
      ...(fetch === undefined ? {} : { fetch }),
    });
  /** Attachments named for an image: [ID, post_name, post_title, post_excerpt (caption), post_mime_type]. */
  const attachments = (image: FeaturedImage) =>
    wp.sql(
      `SELECT ID, post_name, post_title, post_excerpt, post_mime_type FROM wp_posts
       WHERE post_type = 'attachment' AND post_title = '${imageMarker(image.hash)}' ORDER BY ID`,
    );
  const featuredOf = async (postId: number) =>
    Number(
      (
        await wp.sql(
          `SELECT meta_value FROM wp_postmeta WHERE post_id = ${postId} AND meta_key = '_thumbnail_id'`,
        )
      )[0]?.[0] ?? 0,
    );
  const countRows = async () => (await wp.sql('SELECT COUNT(*), MAX(post_modified_gmt) FROM wp_posts'))[0];

  before(async () => {
    wp = await startWordPress();
    editor = await wp.createUser('editor1', 'editor');
    author = await wp.createUser('author1', 'author');
    contributor = await wp.createUser('contributor1', 'contributor');
    dir = mkdtempSync(join(tmpdir(), 'matome-publish-images-'));
    store = createSqliteStore(join(dir, 'store.db'));
    client = clientFor(editor);
  });
  after(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    await wp?.stop();
  });

  it('uploads the image once, credited, as the featured image; a re-run writes nothing', async () => {
    const image = await ownImage('square.jpg');
    const steps: string[] = [];
    const result = await publishToWordPress(article(1), {
      store,
      client,
      articleSlug: 'library',
      image,
      onStep: (step) => steps.push(step),
    });
    assert.equal(result.action, 'created');
    assert.deepEqual(steps, ['intent', 'claimed', 'created', 'media', 'finalised']);
    assert.match(
      result.media,
      /^featured image: media \d+ uploaded \(32×24 image\/jpeg, credit: 写真: かもめ市\)$/,
    );
    const rows = await attachments(image);
    assert.deepEqual(rows, [
      [
        String(result.mediaId),
        imageMarker(image.hash),
        imageMarker(image.hash),
        '写真: かもめ市',
        'image/jpeg',
      ],
    ]);
    assert.equal(result.publication.mediaId, result.mediaId);
    assert.equal(await featuredOf(result.postId), result.mediaId);
    // The file WordPress keeps is the image's bytes.
    const [file] = (await wp.sql(`SELECT guid FROM wp_posts WHERE ID = ${result.mediaId}`))[0] ?? [];
    const served = new Uint8Array(await (await fetch(file ?? '')).arrayBuffer());
    assert.deepEqual(served, new Uint8Array(image.bytes));
    // The credit is in the post, under the title (the user's own image).
    const [content] =
      (await wp.sql(`SELECT post_content FROM wp_posts WHERE ID = ${result.postId}`))[0] ?? [];
    assert.match(content ?? '', /<\/h1>\n<p class="image-credit">画像: 写真: かもめ市<\/p>/);

    const before = await countRows();
    const again = await publishToWordPress(article(1), { store, client, articleSlug: 'library', image });
    assert.equal(again.action, 'unchanged');
    assert.equal(again.mediaId, result.mediaId);
    assert.deepEqual(await countRows(), before);
  });

  it('adopts the uploaded image for another article, after a lost answer, and with a forgotten store', async () => {
    const image = await ownImage('square.jpg');
    const [[existing] = []] = await attachments(image);
    // Another article with the same image: no second upload.
    const other = await publishToWordPress(article(2), { store, client, articleSlug: 'library-2', image });
    assert.equal(String(other.mediaId), existing);
    assert.match(other.media, /adopted/);

    // A new image whose upload answer is lost after WordPress stored it: the retry adopts it.
    const second = await ownImage('other.jpg', '写真: 編集部');
    let dropped = 0;
    const losing = clientFor(editor, async (input, init) => {
      const answer = await fetch(input, init);
      if (init?.method === 'POST' && String(input).includes('wp%2Fv2%2Fmedia') && dropped++ === 0) {
        await answer.arrayBuffer();
        throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
      }
      return answer;
    });
    const lost = await publishToWordPress(article(3), {
      store,
      client: losing,
      articleSlug: 'library-3',
      image: second,
      backoffMs: 5,
    });
    assert.equal(dropped, 1, 'the upload was sent once and its answer dropped; nothing uploaded again');
    const rows = await attachments(second);
    assert.equal(rows.length, 1);
    assert.equal(String(lost.mediaId), rows[0]?.[0]);
    assert.equal(await featuredOf(lost.postId), lost.mediaId);

    // A store that forgot everything: post and image are found on the site, nothing is created.
    const fresh = createSqliteStore(join(dir, 'fresh.db'));
    try {
      const adopted = await publishToWordPress(article(3), {
        store: fresh,
        client,
        articleSlug: 'library-3',
        image: second,
      });
      assert.equal(adopted.action, 'adopted');
      assert.equal(adopted.mediaId, lost.mediaId);
      assert.equal((await attachments(second)).length, 1);
    } finally {
      await fresh.close();
    }
  });

  it('removes the duplicate of a blind re-upload, keeping the oldest', async () => {
    const image = await ownImage('square.gif', '写真: 市民');
    // A naive client that never finds media uploads the same image twice.
    const naive: WordPressClient = { ...client, findMedia: async () => [] };
    for (const n of [4, 5]) {
      const naiveStore = createSqliteStore(join(dir, `naive-${n}.db`));
      await publishToWordPress(article(n), {
        store: naiveStore,
        client: naive,
        articleSlug: `naive-${n}`,
        image,
      });
      await naiveStore.close();
    }
    const twice = await attachments(image);
    assert.equal(twice.length, 2);
    assert.equal(twice[1]?.[1], `${imageMarker(image.hash)}-2`);

    const result = await publishToWordPress(article(6), { store, client, articleSlug: 'dedupe', image });
    assert.deepEqual(result.removedMedia, [Number(twice[1]?.[0])]);
    assert.deepEqual(
      (await attachments(image)).map((row) => row[0]),
      [twice[0]?.[0]],
    );
    assert.equal(String(result.mediaId), twice[0]?.[0]);
  });

  it('uploads nothing without an image policy, and takes the image off when a revision has none', async () => {
    const mediaBefore = await wp.sql(`SELECT COUNT(*) FROM wp_posts WHERE post_type = 'attachment'`);
    const plain = await publishToWordPress(article(7), { store, client, articleSlug: 'plain' });
    assert.match(plain.media, /no featured image/);
    assert.equal(plain.mediaId, undefined);
    assert.equal(await featuredOf(plain.postId), 0);
    assert.deepEqual(
      await wp.sql(`SELECT COUNT(*) FROM wp_posts WHERE post_type = 'attachment'`),
      mediaBefore,
    );

    const image = await ownImage('square.png', '写真: 架空');
    const withImage = await publishToWordPress(article(8), { store, client, articleSlug: 'toggle', image });
    assert.equal(await featuredOf(withImage.postId), withImage.mediaId);
    const without = await publishToWordPress(article(8), { store, client, articleSlug: 'toggle' });
    assert.equal(without.action, 'updated');
    assert.equal(await featuredOf(without.postId), 0);
    const [content] =
      (await wp.sql(`SELECT post_content FROM wp_posts WHERE ID = ${without.postId}`))[0] ?? [];
    assert.doesNotMatch(content ?? '', /image-credit/);
  });

  it("credits a source's lead image in its card, only from an allowed host", async () => {
    let imageServer: Server | undefined;
    try {
      imageServer = createServer((_, response) => {
        response.writeHead(200, { 'content-type': 'image/webp' });
        response.end(readFileSync(join(IMAGES, 'square.webp')));
      });
      await new Promise<void>((resolve) => imageServer?.listen(0, '127.0.0.1', resolve));
      const address = imageServer.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const base = article(9);
      const withSourceImage: Article = {
        ...base,
        sources: base.sources.map((source) =>
          source.id === 's2'
            ? {
                ...source,
                url: `http://127.0.0.1:${port}/news/2`,
                siteName: 'かもめ日報',
                image: `http://127.0.0.1:${port}/lead.webp`,
              }
            : source,
        ),
      };
      const fetchImages = createGuardedFetch({
        content: 'images',
        allowHosts: ['127.0.0.1'],
        allowPorts: [port],
      });
      assert.equal(
        await readFeaturedImage(
          withSourceImage,
          { kind: 'source', hosts: ['kamome.example'] },
          { fetch: fetchImages },
        ),
        undefined,
      );
      const image = await readFeaturedImage(
        withSourceImage,
        { kind: 'source', hosts: ['127.0.0.1'] },
        { fetch: fetchImages },
      );
      assert.ok(image);
      const result = await publishToWordPress(withSourceImage, {
        store,
        client,
        articleSlug: 'source-image',
        image,
      });
      const [[caption] = []] = await wp.sql(`SELECT post_excerpt FROM wp_posts WHERE ID = ${result.mediaId}`);
      assert.equal(caption, 'かもめ日報');
      assert.equal(await featuredOf(result.postId), result.mediaId);
      const [content] =
        (await wp.sql(`SELECT post_content FROM wp_posts WHERE ID = ${result.postId}`))[0] ?? [];
      const cards = (content ?? '').split('<aside class="card">');
      assert.match(cards[1] ?? '', /<p>出典: /);
      assert.match(cards[2] ?? '', /<p>出典\/画像元: .*\n<p class="image-credit">画像: かもめ日報<\/p>/);
    } finally {
      await new Promise<void>((resolve) =>
        imageServer === undefined ? resolve() : imageServer.close(() => resolve()),
      );
    }
  });

  it('refuses a user who may not upload before writing anything, and explains a 403 from the media route', async () => {
    const image = await ownImage('square.png', '写真: 架空');
    const before = await countRows();
    await assert.rejects(
      publishToWordPress(article(10), {
        store,
        client: clientFor(contributor),
        articleSlug: 'no-upload',
        image,
      }),
      (error: unknown) =>
        isMatomeError(error) &&
        error.code === 'PUBLISH_REFUSED' &&
        /user contributor1 may not upload media/.test(error.message) &&
        /without a featured image/.test(error.hint ?? ''),
    );
    assert.deepEqual(await countRows(), before);
    // WordPress's own answer, had matome not asked first: 403, permanent, explained.
    await assert.rejects(
      clientFor(contributor).uploadMedia({
        bytes: image.bytes,
        mediaType: image.mediaType,
        fileName: 'x.png',
        title: 'x',
        slug: 'x',
        caption: 'x',
      }),
      (error: unknown) =>
        isMatomeError(error) &&
        error.code === 'PUBLISH_REFUSED' &&
        !error.retryable &&
        /HTTP 403 rest_cannot_create/.test(error.message) &&
        /may not upload media/.test(error.hint ?? ''),
    );
    // An Author may upload.
    const asAuthor = await publishToWordPress(article(10), {
      store,
      client: clientFor(author),
      articleSlug: 'no-upload',
      image,
    });
    assert.equal(await featuredOf(asAuthor.postId), asAuthor.mediaId);
  });

  it('matome publish --featured-image uploads with its credit; a file that is not an image is refused by name', async () => {
    const out = join(dir, 'cli');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'harbor.json'), JSON.stringify(article(11)));
    writeFileSync(join(out, 'harbor.report.json'), JSON.stringify({ verdict: 'pass' }));
    const env = {
      ...process.env,
      MATOME_WP_USER: editor.name,
      MATOME_WP_APP_PASSWORD: editor.applicationPassword,
    };
    const args = [
      'publish',
      join(out, 'harbor.json'),
      '--to',
      'wordpress',
      '--site',
      wp.url,
      '--store',
      join(dir, 'cli.db'),
    ];

    const before = await countRows();
    const notImage = await runMatome(
      [...args, '--featured-image', join(IMAGES, 'not-an-image.jpg'), '--image-credit', '写真: 架空'],
      {
        env,
      },
    );
    assert.equal(notImage.code, 3, notImage.stderr);
    assert.match(notImage.stderr, /Refused image: .*not-an-image\.jpg \(not an image/);
    const noCredit = await runMatome([...args, '--featured-image', join(IMAGES, 'square.jpg')], { env });
    assert.equal(noCredit.code, 2);
    assert.match(noCredit.stderr, /needs --image-credit TEXT/);
    // build checks the user's image before building: nothing is built or written.
    const build = await runMatome(
      [
        'build',
        join(import.meta.dirname, '..', 'samples', 'local-railway'),
        '--out',
        join(out, 'built'),
        '--store',
        join(dir, 'cli.db'),
        '--publish',
        'wordpress',
        '--site',
        wp.url,
        '--featured-image',
        join(IMAGES, 'not-an-image.jpg'),
        '--image-credit',
        '写真: 架空',
      ],
      { env },
    );
    assert.equal(build.code, 3, build.stderr);
    assert.match(build.stderr, /Refused image: .*not-an-image\.jpg/);
    assert.equal(existsSync(join(out, 'built')), false);
    assert.deepEqual(await countRows(), before);

    const published = await runMatome(
      [...args, '--featured-image', join(IMAGES, 'square.jpg'), '--image-credit', '写真: かもめ市'],
      { env },
    );
    assert.equal(published.code, 0, published.stderr);
    assert.match(published.stderr, /publish harbor: media \(post \d+\)/);
    assert.match(
      published.stderr,
      /featured image: media \d+ adopted \(32×24 image\/jpeg, credit: 写真: かもめ市\)/,
    );
    const postId = Number(/^created post (\d+) /.exec(published.stdout)?.[1]);
    assert.ok(postId > 0, published.stdout);
    assert.equal(await featuredOf(postId), Number((await attachments(await ownImage('square.jpg')))[0]?.[0]));
  });
});
