// Publishing to a real WordPress (Debian's packages, its own MariaDB, php -S on loopback): drafts by
// default, clean HTML, the 💡 points as excerpt, terms by slug, adoption after a lost answer,
// duplicate removal, updates of a new revision, refusal to overwrite an edit made in WordPress, and
// the errors a user meets (wrong password, a user who may not publish, a site that is failing).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { deskPublicationsFor, deskPublisherFor, publishTargetFrom } from '../src/cli/publish-command.ts';
import type { Article } from '../src/domain/article.ts';
import { isMatomeError } from '../src/domain/errors.ts';
import { publishToWordPress, termRef } from '../src/publish/publish-to-wordpress.ts';
import { createWordPressClient, type WordPressClient } from '../src/publish/wordpress-client.ts';
import { articleMarker } from '../src/publish/wordpress-post.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import type { Store } from '../src/store/store.ts';
import { fact, sampleArticle, section } from './support/article-factory.ts';
import { apiHeaders, createDeskFixture, SATO } from './support/desk-fixture.ts';
import { runMatome } from './support/run-cli.ts';
import {
  startWordPress,
  type WordPressInstance,
  type WordPressUser,
  wordpressUnavailable,
} from './support/wordpress.ts';

const skip = wordpressUnavailable();

/** An invented article; `n` makes each test's article distinct. */
function article(n: number, headline = `みなと町の新しい駅舎、${n}月に完成へ`): Article {
  return sampleArticle({
    title: fact(headline),
    leadPoints: [`駅舎は木造で${n}階建て。`, '総事業費は約8億円。', '町は観光客の増加を見込む。'].map(
      (text) => ({
        ...fact(text),
        verbatim: false,
      }),
    ) as Article['leadPoints'],
    sections: [section('s1', { heading: `駅舎の完成時期は${n}月` })],
  });
}

const hasCode = (code: string) => (error: unknown) => isMatomeError(error) && error.code === code;

describe('publishing to WordPress', { skip, timeout: 120_000 }, () => {
  let wp: WordPressInstance;
  let editor: WordPressUser;
  let contributor: WordPressUser;
  let dir: string;
  let store: Store;
  let client: WordPressClient;
  const count = async (where: string) =>
    Number((await wp.sql(`SELECT COUNT(*) FROM wp_posts WHERE post_type = 'post' AND ${where}`))[0]?.[0]);

  before(async () => {
    wp = await startWordPress();
    editor = await wp.createUser('editor1', 'editor');
    contributor = await wp.createUser('contributor1', 'contributor');
    dir = mkdtempSync(join(tmpdir(), 'matome-publish-wp-'));
    store = createSqliteStore(join(dir, 'store.db'));
    client = createWordPressClient({
      site: wp.url,
      user: editor.name,
      applicationPassword: editor.applicationPassword,
    });
  });
  after(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    await wp?.stop();
  });

  it('publishes a draft with clean HTML, the 💡 points as excerpt and terms by slug; a re-run writes nothing', async () => {
    const steps: string[] = [];
    const result = await publishToWordPress(article(1), {
      store,
      client,
      articleSlug: 'minato-station',
      categories: [termRef('local-news=地域ニュース', '--category')],
      tags: [termRef('railway', '--tag'), termRef('minato=みなと町', '--tag')],
      onStep: (step) => steps.push(step),
    });
    assert.equal(result.action, 'created');
    assert.deepEqual(steps, ['intent', 'claimed', 'created', 'media', 'finalised']);
    assert.match(result.media, /no featured image/);
    const [row] = await wp.sql(
      `SELECT post_status, post_name, post_title, post_excerpt, post_content FROM wp_posts WHERE ID = ${result.postId}`,
    );
    const [status, slug, title, excerpt, content] = row ?? [];
    assert.equal(status, 'draft');
    assert.equal(slug, 'minato-station');
    assert.equal(title, 'みなと町の新しい駅舎、1月に完成へ');
    assert.equal(excerpt, '💡 駅舎は木造で1階建て。\n💡 総事業費は約8億円。\n💡 町は観光客の増加を見込む。');
    assert.match(content ?? '', /<article>/);
    assert.match(content ?? '', /rel="noopener noreferrer nofollow"/);
    assert.doesNotMatch(content ?? '', /<script|<style|\son[a-z]+=/i);
    const terms = await wp.sql(
      `SELECT tt.taxonomy, t.slug, t.name FROM wp_term_relationships r JOIN wp_term_taxonomy tt USING (term_taxonomy_id)
       JOIN wp_terms t USING (term_id) WHERE r.object_id = ${result.postId} ORDER BY tt.taxonomy, t.slug`,
    );
    assert.deepEqual(terms, [
      ['category', 'local-news', '地域ニュース'],
      ['post_tag', 'minato', 'みなと町'],
      ['post_tag', 'railway', 'railway'],
    ]);

    const before = await wp.sql('SELECT COUNT(*), MAX(post_modified_gmt) FROM wp_posts');
    const again = await publishToWordPress(article(1), { store, client, articleSlug: 'minato-station' });
    assert.equal(again.action, 'unchanged');
    assert.equal(again.postId, result.postId);
    assert.deepEqual(await wp.sql('SELECT COUNT(*), MAX(post_modified_gmt) FROM wp_posts'), before);
  });

  it('adopts the post of a run whose answer was lost, and deletes duplicates a blind retry made', async () => {
    const articleSlug = 'lost-answer';
    const first = article(2);
    // A run that created its post and died before recording it: the post exists, the store says intent.
    const orphanStore = createSqliteStore(join(dir, 'orphan.db'));
    await publishToWordPress(first, { store: orphanStore, client, articleSlug, status: 'publish' });
    await orphanStore.close();
    // …and a naive retry that posted again: WordPress renamed it lost-answer-2.
    const copy = await publishToWordPress(first, {
      store: createSqliteStore(join(dir, 'naive.db')),
      client: {
        ...client,
        // The naive client finds nothing, so it creates a second post.
        findPosts: async () => [],
      },
      articleSlug,
      status: 'publish',
    });
    assert.equal(copy.postSlug, 'lost-answer-2');
    assert.equal(
      await count(`post_content LIKE '%${articleMarker(articleSlug)}%' AND post_status <> 'trash'`),
      2,
    );

    const result = await publishToWordPress(first, { store, client, articleSlug, status: 'publish' });
    assert.equal(result.action, 'adopted');
    assert.deepEqual(result.removedDuplicates, [copy.postId]);
    assert.equal(await count(`post_content LIKE '%${articleMarker(articleSlug)}%'`), 1);
    assert.equal(result.postSlug, 'lost-answer');
  });

  it('updates the post with a new revision, and refuses when the post was edited in WordPress since', async () => {
    const articleSlug = 'revised';
    const first = await publishToWordPress(article(3), { store, client, articleSlug });
    const second = await publishToWordPress(article(3, 'みなと町の新駅舎、完成は3月末に'), {
      store,
      client,
      articleSlug,
    });
    assert.equal(second.action, 'updated');
    assert.equal(second.postId, first.postId);
    assert.equal(
      (await wp.sql(`SELECT post_title FROM wp_posts WHERE ID = ${first.postId}`))[0]?.[0],
      'みなと町の新駅舎、完成は3月末に',
    );

    // Back to the first revision: the post shows it again, once; running it again writes nothing.
    const back = await publishToWordPress(article(3), { store, client, articleSlug });
    assert.equal(back.action, 'updated');
    assert.equal(back.postId, first.postId);
    const titleOf = async () =>
      (await wp.sql(`SELECT post_title FROM wp_posts WHERE ID = ${first.postId}`))[0]?.[0];
    assert.equal(await titleOf(), article(3).title.text);
    const again = await publishToWordPress(article(3), { store, client, articleSlug });
    assert.equal(again.action, 'unchanged');
    const forward = await publishToWordPress(article(3, 'みなと町の新駅舎、完成は3月末に'), {
      store,
      client,
      articleSlug,
    });
    assert.equal(forward.action, 'updated');
    assert.equal(await titleOf(), 'みなと町の新駅舎、完成は3月末に');

    // An editor changes the post in WordPress (a second later, so modified_gmt moves).
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await wp.php(
      `wp_update_post(['ID' => ${first.postId}, 'post_title' => '編集部が直した見出し']); $output = true;`,
    );
    await assert.rejects(
      publishToWordPress(article(3, 'みなと町の新駅舎、4月に開業'), { store, client, articleSlug }),
      (error: unknown) =>
        hasCode('PUBLISH_CONFLICT')(error) && /edited in WordPress/.test((error as Error).message),
    );
    assert.equal(
      (await wp.sql(`SELECT post_title FROM wp_posts WHERE ID = ${first.postId}`))[0]?.[0],
      '編集部が直した見出し',
    );
    assert.equal(await count(`post_content LIKE '%${articleMarker(articleSlug)}%'`), 1);
  });

  it('explains a wrong Application Password and a user who may not publish, and writes nothing', async () => {
    const wrong = createWordPressClient({
      site: wp.url,
      user: editor.name,
      applicationPassword: 'abcd efgh ijkl mnop qrst uvwx',
    });
    await assert.rejects(
      publishToWordPress(article(4), { store, client: wrong, articleSlug: 'refused' }),
      (error: unknown) =>
        hasCode('PUBLISH_REFUSED')(error) &&
        /HTTP 401 rest_not_logged_in/.test((error as Error).message) &&
        /MATOME_WP_APP_PASSWORD/.test((error as { hint: string }).hint),
    );
    const asContributor = createWordPressClient({
      site: wp.url,
      user: contributor.name,
      applicationPassword: contributor.applicationPassword,
    });
    await assert.rejects(
      publishToWordPress(article(4), {
        store,
        client: asContributor,
        articleSlug: 'refused',
        status: 'publish',
      }),
      (error: unknown) =>
        hasCode('PUBLISH_REFUSED')(error) &&
        /user contributor1 may not publish posts/.test((error as Error).message) &&
        /--status draft\|pending/.test((error as { hint: string }).hint),
    );
    assert.equal(await count(`post_content LIKE '%${articleMarker('refused')}%'`), 0);
    // The claim was given up: a contributor's draft then goes through.
    const draft = await publishToWordPress(article(4), {
      store,
      client: asContributor,
      articleSlug: 'refused',
      status: 'pending',
    });
    assert.equal(draft.action, 'created');
    assert.equal(
      (await wp.sql(`SELECT post_status FROM wp_posts WHERE ID = ${draft.postId}`))[0]?.[0],
      'pending',
    );
  });

  it('retries 5xx and lost connections with backoff, and gives up with a retryable error', async () => {
    let failures = 2;
    const flaky = createWordPressClient({
      site: wp.url,
      user: editor.name,
      applicationPassword: editor.applicationPassword,
      fetch: async (input, init) => {
        if (init?.method === 'POST' && failures-- > 0) return new Response('busy', { status: 503 });
        return fetch(input, init);
      },
    });
    const result = await publishToWordPress(article(5), {
      store,
      client: flaky,
      articleSlug: 'flaky',
      backoffMs: 10,
    });
    assert.equal(result.action, 'created');
    assert.equal(failures, -1);

    const down = createWordPressClient({
      site: wp.url,
      user: editor.name,
      applicationPassword: editor.applicationPassword,
      fetch: async () => {
        throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
      },
    });
    await assert.rejects(
      publishToWordPress(article(6), { store, client: down, articleSlug: 'down', retries: 2, backoffMs: 1 }),
      (error: unknown) =>
        hasCode('PUBLISH_FAILED')(error) &&
        (error as { retryable: boolean }).retryable &&
        /ECONNREFUSED/.test((error as Error).message),
    );
  });

  it('matome build --publish wordpress publishes a gate-passing article; matome publish then finds it done', async () => {
    const out = join(dir, 'out');
    const storeFile = join(dir, 'cli.db');
    const env = {
      ...process.env,
      MATOME_WP_USER: editor.name,
      MATOME_WP_APP_PASSWORD: editor.applicationPassword,
    };
    const sample = join(import.meta.dirname, '..', 'samples', 'local-railway');
    const built = await runMatome(
      [
        'build',
        sample,
        '--out',
        out,
        '--store',
        storeFile,
        '--publish',
        'wordpress',
        '--site',
        wp.url,
        '--tag',
        'railway',
      ],
      { env },
    );
    assert.equal(built.code, 0, built.stderr);
    const created = /^created post (\d+) /m.exec(built.stdout);
    assert.ok(created, built.stdout);
    assert.match(built.stderr, /publish local-railway: finalised \(post \d+\)/);
    assert.match(built.stderr, /no featured image/);
    const article = JSON.parse(readFileSync(join(out, 'local-railway.json'), 'utf8'));
    const [row] = await wp.sql(
      `SELECT post_status, post_title, post_name FROM wp_posts WHERE ID = ${created[1]}`,
    );
    assert.deepEqual(row, ['draft', article.title.text, 'local-railway']);

    const again = await runMatome(
      [
        'publish',
        join(out, 'local-railway.json'),
        '--to',
        'wordpress',
        '--site',
        wp.url,
        '--store',
        storeFile,
      ],
      { env },
    );
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, `unchanged post ${created[1]} ${wp.url}/?p=${created[1]}\n`);
  });

  it('matome publish refuses a blocked draft, an article without its report, and missing credentials, explaining each', async () => {
    const out = join(dir, 'out');
    const env = {
      ...process.env,
      MATOME_WP_USER: editor.name,
      MATOME_WP_APP_PASSWORD: editor.applicationPassword,
    };
    const args = (file: string) => [
      'publish',
      file,
      '--to',
      'wordpress',
      '--site',
      wp.url,
      '--store',
      join(dir, 'cli2.db'),
    ];
    assert.ok(existsSync(join(out, 'local-railway.json')));
    const noCredentials = await runMatome(args(join(out, 'local-railway.json')), {
      env: { ...process.env, MATOME_WP_USER: '', MATOME_WP_APP_PASSWORD: '' },
    });
    assert.equal(noCredentials.code, 2);
    assert.match(noCredentials.stderr, /needs MATOME_WP_USER and MATOME_WP_APP_PASSWORD \(not set\)/);
    assert.match(noCredentials.stderr, /hint: .*Application Password/);

    renameSync(join(out, 'local-railway.report.json'), join(out, 'local-railway.report.json.bak'));
    const noReport = await runMatome(args(join(out, 'local-railway.json')), { env });
    renameSync(join(out, 'local-railway.report.json.bak'), join(out, 'local-railway.report.json'));
    assert.equal(noReport.code, 3);
    assert.match(noReport.stderr, /Failed to read report: .*local-railway\.report\.json \(not found\)/);

    // A real blocked build (the gate fixture gives one person two roles): its draft is refused.
    const blockedBuild = await runMatome([
      'build',
      join(import.meta.dirname, 'fixtures', 'gate', 'role-contradiction.html'),
      '--out',
      out,
      '--no-store',
      '--slug',
      'roles',
    ]);
    assert.equal(blockedBuild.code, 9, blockedBuild.stderr);
    const draft = await runMatome(args(join(out, 'roles.draft.json')), { env });
    assert.equal(draft.code, 9);
    assert.match(draft.stderr, /Refused to publish: .*roles\.draft\.json \(a blocked draft\)/);

    const wrongStatus = await runMatome([...args(join(out, 'local-railway.json')), '--status', 'published'], {
      env,
    });
    assert.equal(wrongStatus.code, 2);
    assert.match(wrongStatus.stderr, /--status published \(choose draft, pending or publish/);
  });

  it('the review desk publishes an approved article to WordPress too, once, and its page shows the post', async () => {
    const target = publishTargetFrom(
      { site: wp.url, status: 'pending', tag: ['desk'] },
      'wordpress',
      { MATOME_WP_USER: editor.name, MATOME_WP_APP_PASSWORD: editor.applicationPassword },
      'serve',
    );
    const fixture = await createDeskFixture(undefined, undefined, {
      publisher: deskPublisherFor(target, store),
      publications: deskPublicationsFor(target, store),
    });
    try {
      const id = await fixture.build([join(import.meta.dirname, '..', 'samples', 'chip-factory')]);
      const publish = () =>
        fixture.app.request(`/api/articles/${id}/publish`, { method: 'POST', headers: apiHeaders() });
      const first = await publish();
      assert.equal(first.status, 201, await first.clone().text());
      const body = (await first.json()) as {
        publishedArticleId: number;
        external: { action: string; postId: number };
      };
      assert.equal(body.external.action, 'created');
      const reviewed = (await fixture.store.getArticle(body.publishedArticleId))?.article as Article;
      assert.deepEqual(
        await wp.sql(`SELECT post_status, post_title FROM wp_posts WHERE ID = ${body.external.postId}`),
        [['pending', reviewed.title.text]],
      );
      // Publishing the same reviewed article again from the desk finds it done in WordPress.
      const second = (await (await publish()).json()) as { external: { action: string; postId: number } };
      assert.deepEqual(second.external, { ...body.external, action: 'unchanged' });
      assert.equal(await count(`post_content LIKE '%${articleMarker('test')}%'`), 1);

      // The article's page shows the post: a link to it on the site, and that publishing finished.
      const login = await fixture.app.request('/login', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: SATO.token }).toString(),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const page = await (await fixture.app.request(`/articles/${id}`, { headers: { cookie } })).text();
      const postId = body.external.postId;
      assert.match(
        page,
        new RegExp(
          `<p class="publication">WordPress: <a href="${wp.url.replaceAll('.', '\\.')}/\\?p=${postId}" rel="noopener noreferrer">投稿 #${postId}</a> ・ 反映済み ・ `,
        ),
      );
      // A page publish answers with the new gate (showing the post) and says where it went.
      const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
      const fromPage = await fixture.app.request(`/articles/${id}/publish`, {
        method: 'POST',
        headers: {
          cookie,
          origin: 'http://localhost',
          accept: 'application/json',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ csrf }).toString(),
      });
      assert.equal(fromPage.status, 201, await fromPage.clone().text());
      const answer = (await fromPage.json()) as { gateHtml: string; message: string };
      assert.match(answer.gateHtml, new RegExp(`投稿 #${postId}</a> ・ 反映済み`));
      assert.match(answer.message, new RegExp(`WordPress の投稿 #${postId}: 変更なし`));
    } finally {
      fixture.close();
    }
  });
});
