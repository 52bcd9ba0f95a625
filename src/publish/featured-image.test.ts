import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sampleArticle, section } from '../../test/support/article-factory.ts';
import type { Article } from '../domain/article.ts';
import { isMatomeError } from '../domain/errors.ts';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { createRobotsPolicy } from '../fetch/robots-policy.ts';
import { renderHtmlArticle } from '../render/index.ts';
import {
  allowedSourceImage,
  checkCredit,
  checkImageBytes,
  MAX_IMAGE_BYTES,
  readFeaturedImage,
} from './featured-image.ts';
import { articleRevision, wordpressPostText } from './wordpress-post.ts';

const IMAGES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'images');
const image = (name: string) => new Uint8Array(readFileSync(join(IMAGES, name)));
const refused = (pattern: RegExp) => (error: unknown) =>
  isMatomeError(error) && error.code === 'SOURCE_UNSUPPORTED' && pattern.test(error.message);

/** An invented article whose second source has a lead image on `host`. */
function articleWithImage(host: string, imageUrl: string): Article {
  const article = sampleArticle();
  return {
    ...article,
    sources: article.sources.map((source, index) =>
      index === 1
        ? { ...source, url: `http://${host}/news/2`, siteName: 'みなと新報', image: imageUrl }
        : { ...source, image: 'https://keizai.example/lead.jpg' },
    ),
  };
}

describe('checkImageBytes', () => {
  it('tells JPEG, PNG, GIF and WebP by their bytes, with size and content hash', () => {
    const expected = [
      ['square.jpg', 'image/jpeg', 'jpg'],
      ['square.png', 'image/png', 'png'],
      ['square.gif', 'image/gif', 'gif'],
      ['square.webp', 'image/webp', 'webp'],
    ] as const;
    for (const [name, mediaType, extension] of expected) {
      const checked = checkImageBytes(image(name), name);
      assert.equal(checked.mediaType, mediaType, name);
      assert.equal(checked.extension, extension, name);
      assert.deepEqual([checked.width, checked.height], [32, 24], name);
      assert.match(checked.hash, /^sha256:[0-9a-f]{64}$/);
    }
    assert.notEqual(
      checkImageBytes(image('square.jpg'), 'a').hash,
      checkImageBytes(image('other.jpg'), 'b').hash,
    );
  });

  it('refuses a page named .jpg, an empty file and a truncated image, naming the file', () => {
    assert.throws(
      () => checkImageBytes(image('not-an-image.jpg'), 'photos/not-an-image.jpg'),
      refused(/^Refused image: photos\/not-an-image\.jpg \(not an image/),
    );
    assert.throws(() => checkImageBytes(new Uint8Array(), 'empty.png'), refused(/empty\.png/));
    assert.throws(() => checkImageBytes(image('square.png').slice(0, 12), 'cut.png'), refused(/cut\.png/));
  });

  it('refuses an image over the size limit before reading it', () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(image('square.png'));
    assert.throws(() => checkImageBytes(big, 'big.png'), refused(/big\.png \(10485761 bytes, more than/));
  });
});

describe('the image policy', () => {
  it('allows none by default', async () => {
    assert.equal(await readFeaturedImage(sampleArticle(), { kind: 'none' }), undefined);
  });

  it("reads the user's own image with its credit, and explains a missing file or a bad credit", async () => {
    const read = await readFeaturedImage(sampleArticle(), {
      kind: 'file',
      path: join(IMAGES, 'square.png'),
      credit: '写真: 架空新聞社',
    });
    assert.equal(read?.credit, '写真: 架空新聞社');
    assert.equal(read?.sourceId, undefined);
    assert.deepEqual(new Uint8Array(read?.bytes ?? []), image('square.png'));
    await assert.rejects(
      readFeaturedImage(sampleArticle(), { kind: 'file', path: join(IMAGES, 'missing.png'), credit: 'x' }),
      (error: unknown) =>
        isMatomeError(error) && error.code === 'SOURCE_NOT_FOUND' && /missing\.png/.test(error.message),
    );
    await assert.rejects(
      readFeaturedImage(sampleArticle(), {
        kind: 'file',
        path: join(IMAGES, 'not-an-image.jpg'),
        credit: 'x',
      }),
      refused(/not-an-image\.jpg/),
    );
    assert.throws(() => checkCredit('  ', '--image-credit'), /not a one-line credit/);
    assert.throws(() => checkCredit('一行目\n二行目', '--image-credit'), /not a one-line credit/);
  });

  it("takes a source's lead image only from a host on the allow-list, credited to that source", () => {
    const article = articleWithImage('www.minato.example', 'https://cdn.minato.example/a.jpg');
    assert.equal(allowedSourceImage(article, ['other.example']), undefined);
    assert.deepEqual(allowedSourceImage(article, ['minato.example']), {
      sourceId: 's2',
      url: 'https://cdn.minato.example/a.jpg',
      credit: 'みなと新報',
    });
    // The image's own host does not count: the rights are the source site's.
    assert.equal(allowedSourceImage(article, ['cdn.minato.example']), undefined);
  });

  describe("a source's image over http", () => {
    let server: ReturnType<typeof createServer>;
    let host = '';
    const imageRequests: string[] = [];
    before(async () => {
      server = createServer((request, response) => {
        if (request.url === '/robots.txt') {
          response.writeHead(200, { 'content-type': 'text/plain' });
          response.end('User-agent: matome\nDisallow: /private/\n');
        } else if (request.url === '/lead.jpg' || request.url === '/private/lead.jpg') {
          imageRequests.push(request.url);
          response.writeHead(200, { 'content-type': 'image/jpeg' });
          response.end(image('square.jpg'));
        } else if (request.url === '/page-as-image') {
          response.writeHead(200, { 'content-type': 'image/jpeg' });
          response.end(image('not-an-image.jpg'));
        } else {
          response.writeHead(200, { 'content-type': 'text/html' });
          response.end('<p>ページ</p>');
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const fetchImages = () =>
      createGuardedFetch({
        content: 'images',
        allowHosts: ['127.0.0.1'],
        allowPorts: [Number(host.split(':')[1])],
      });

    it('fetches and checks it through the guarded client', async () => {
      const read = await readFeaturedImage(
        articleWithImage(host, `http://${host}/lead.jpg`),
        { kind: 'source', hosts: ['127.0.0.1'] },
        { fetch: fetchImages() },
      );
      assert.equal(read?.sourceId, 's2');
      assert.equal(read?.credit, 'みなと新報');
      assert.equal(read?.mediaType, 'image/jpeg');
    });

    it("fetches it only where the site's robots.txt allows it", async () => {
      const robots = createRobotsPolicy({
        fetch: createGuardedFetch({ allowHosts: ['127.0.0.1'], allowPorts: [Number(host.split(':')[1])] }),
      });
      imageRequests.length = 0;
      await assert.rejects(
        readFeaturedImage(
          articleWithImage(host, `http://${host}/private/lead.jpg`),
          { kind: 'source', hosts: ['127.0.0.1'] },
          { fetch: fetchImages(), robots },
        ),
        (error: unknown) =>
          isMatomeError(error) &&
          error.code === 'ROBOTS_DISALLOWED' &&
          /private\/lead\.jpg/.test(error.message),
      );
      assert.deepEqual(imageRequests, []);
      const read = await readFeaturedImage(
        articleWithImage(host, `http://${host}/lead.jpg`),
        { kind: 'source', hosts: ['127.0.0.1'] },
        { fetch: fetchImages(), robots },
      );
      assert.equal(read?.mediaType, 'image/jpeg');
      assert.deepEqual(imageRequests, ['/lead.jpg']);
    });

    it('refuses a page served as an image, and a page served as a page, naming the address', async () => {
      await assert.rejects(
        readFeaturedImage(
          articleWithImage(host, `http://${host}/page-as-image`),
          { kind: 'source', hosts: ['127.0.0.1'] },
          { fetch: fetchImages() },
        ),
        refused(/page-as-image \(not an image/),
      );
      await assert.rejects(
        readFeaturedImage(
          articleWithImage(host, `http://${host}/page`),
          { kind: 'source', hosts: ['127.0.0.1'] },
          { fetch: fetchImages() },
        ),
        (error: unknown) => isMatomeError(error) && /text\/html \(not an image\)/.test(error.message),
      );
    });
  });
});

describe('the credit in the post', () => {
  const article = sampleArticle({ sections: [section('s1'), section('s2', {}, { siteName: 'みなと新報' })] });

  it("marks the source's card 出典/画像元 and credits it there when the image is the source's", () => {
    const html = renderHtmlArticle(article, { image: { credit: 'みなと新報', sourceId: 's2' } });
    const cards = html.split('<aside class="card">').slice(1);
    assert.match(cards[0] ?? '', /<p>出典: /);
    assert.match(cards[1] ?? '', /<p>出典\/画像元: <span class="url">/);
    assert.match(cards[1] ?? '', /<p class="image-credit">画像: みなと新報<\/p>\n<\/aside>/);
    assert.equal(html.match(/image-credit/g)?.length, 1);
  });

  it("credits the user's own image under the title, escaped", () => {
    const html = renderHtmlArticle(article, { image: { credit: '写真: <b>編集部</b>' } });
    assert.match(html, /<\/h1>\n<p class="image-credit">画像: 写真: &#60;b&#62;編集部&#60;\/b&#62;<\/p>/);
    assert.doesNotMatch(html, /出典\/画像元/);
    assert.equal(renderHtmlArticle(article), renderHtmlArticle(article, {}));
    assert.doesNotMatch(renderHtmlArticle(article), /image-credit|画像元/);
  });

  it('makes the image part of the revision: another image or credit is a new revision, none keeps the old one', () => {
    const plain = articleRevision(article);
    const one = articleRevision(article, { hash: 'sha256:aa', credit: '編集部' });
    assert.notEqual(one, plain);
    assert.notEqual(articleRevision(article, { hash: 'sha256:bb', credit: '編集部' }), one);
    assert.notEqual(articleRevision(article, { hash: 'sha256:aa', credit: '写真部' }), one);
    assert.match(
      wordpressPostText(article, 'a', one, { hash: 'sha256:aa', credit: '編集部' }).content,
      /画像: 編集部/,
    );
  });
});
