// `matome watch FEEDS --judge MODEL` and `matome serve --watch FEEDS --judge MODEL`: each story's
// build is judged by the scripted loopback model server, as `matome build --judge` judges, and the
// stored article carries the judge record with the doubt on the unit the model doubted.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { runServeCommand } from '../src/cli/serve-command.ts';
import { runWatchCommand } from '../src/cli/watch-command.ts';
import type { Article } from '../src/domain/article.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import {
  type LlmReply,
  type LlmRequestRecord,
  type LlmServer,
  startLlmServer,
} from './support/llm-server.ts';
import { type Outlet, outletWorld, startBusOutlets } from './support/news-outlets.ts';

const clock = Date.parse('2026-12-01T09:30:00+09:00');
const TOKEN = 'watch-judge-token-0123456789';
const isJudge = (request: Pick<LlmRequestRecord, 'prompt'>) =>
  request.prompt.includes('この主張が出典で裏付けられるかを判定し');
const claimOf = (request: Pick<LlmRequestRecord, 'prompt'>) =>
  request.prompt.match(/<<<[^\n]* claim>>>\n([^\n]*)\n<<<END/u)?.[1] ?? '';

describe('the judge in watch builds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matome-watch-judge-'));
  let tokenizer: Tokenizer;
  let outlets: Outlet[] = [];
  let llm: LlmServer;
  let feeds = '';
  // The model doubts the first unit it is asked about, and supports every other.
  let doubted: string | undefined;
  const reply = (request: LlmRequestRecord): LlmReply => {
    if (isJudge(request) && doubted === undefined) doubted = claimOf(request);
    return isJudge(request) && claimOf(request) === doubted
      ? { kind: 'json', value: { verdict: 'not-stated', cites: [1], reason: '出典にない。' } }
      : { kind: 'json', value: { verdict: 'supported', cites: [1], reason: '一致する。' } };
  };

  before(async () => {
    tokenizer = await createTokenizer();
    outlets = await startBusOutlets(outletWorld(() => clock));
    llm = await startLlmServer(reply);
    feeds = join(dir, 'feeds.txt');
    writeFileSync(feeds, `${outlets.map((outlet) => `${outlet.origin}/feed.xml`).join('\n')}\n`);
  });
  after(async () => {
    for (const outlet of outlets) {
      outlet.server.closeAllConnections();
      outlet.server.close();
    }
    await llm.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('matome watch --judge judges the round’s build and stores the record with the article', async () => {
    const store = join(dir, 'watch.db');
    doubted = undefined;
    const start = llm.requests.length;
    let stderr = '';
    const code = await runWatchCommand(
      [feeds, '--once', '--store', store, '--allow-host', '127.0.0.1', '--judge', 'compatible:judge'],
      {
        stdout: () => {},
        stderr: (text) => {
          stderr += text;
        },
        isTty: false,
        tokenizer,
        env: { MATOME_BASE_URL: llm.baseURL },
      },
      { now: () => new Date(clock) },
    );
    assert.equal(code, 0, stderr);
    assert.match(stderr, /1 article revisions/);
    const asked = llm.requests.slice(start).filter(isJudge);
    assert.ok(asked.length > 3);
    const reader = createSqliteStore(store);
    try {
      const [listed] = await reader.listArticles();
      const article = (await reader.getArticle(listed?.id ?? 0))?.article;
      assert.equal(article?.judge?.model, 'compatible:judge');
      // Each claim asked once (a claim two units share, too), every one of them judged.
      assert.equal(article?.judge?.usage.calls, asked.length);
      assert.ok((article?.judge?.judged ?? 0) >= asked.length);
      assert.equal(article?.judge?.skipped, 0);
      assert.deepEqual(
        article?.judge?.doubts.map((doubt) => [doubt.text, doubt.verdict]),
        [[doubted, 'not-stated']],
      );
    } finally {
      await reader.close();
    }
  });

  it('refuses --judge with --redis (the workers judge) and --judge-budget without --judge', async () => {
    const io = { stdout: () => {}, stderr: () => {}, isTty: false, tokenizer };
    await assert.rejects(
      runWatchCommand([feeds, '--redis', 'redis://127.0.0.1:1', '--judge', 'compatible:judge'], io),
      /--judge .*matome worker/,
    );
    await assert.rejects(
      runWatchCommand([feeds, '--once', '--store', join(dir, 'x.db'), '--judge-budget', '3'], io),
      /--judge-budget without --judge/,
    );
  });

  it('matome serve --watch --judge judges the watcher’s builds', async () => {
    doubted = undefined;
    const start = llm.requests.length;
    const stop = new AbortController();
    let output = '';
    const write = (text: string) => {
      output += text;
    };
    const served = runServeCommand(
      [
        '--port',
        '0',
        '--store',
        join(dir, 'serve.db'),
        '--allow-host',
        '127.0.0.1',
        '--watch',
        feeds,
        '--judge',
        'compatible:judge',
        '--judge-budget',
        '2',
      ],
      {
        stdout: write,
        stderr: write,
        env: { MATOME_DESK_TOKENS: `佐藤:${TOKEN}`, MATOME_BASE_URL: llm.baseURL },
        signal: stop.signal,
      },
    );
    try {
      const headers = { authorization: `Bearer ${TOKEN}` };
      const until = Date.now() + 90_000;
      let url: string | undefined;
      let articleId: number | undefined;
      while (articleId === undefined && Date.now() < until) {
        await delay(300);
        url ??= /review desk at (http:\/\/[^/\s]+)\//.exec(output)?.[1];
        if (url === undefined) continue;
        const listed = (await (await fetch(`${url}/api/stories`, { headers })).json()) as {
          stories: Array<{ revisions: Array<{ articleId: number }> }>;
        };
        articleId = listed.stories.flatMap((story) => story.revisions)[0]?.articleId;
      }
      assert.ok(articleId !== undefined && url, `no article built; output:\n${output}`);
      const { article } = (await (await fetch(`${url}/api/articles/${articleId}`, { headers })).json()) as {
        article: Article;
      };
      assert.equal(article.judge?.model, 'compatible:judge');
      assert.equal(article.judge?.budget, 2);
      // The budget bounds the distinct claims asked (a unit repeating one asked is judged with it).
      assert.equal(article.judge?.usage.calls, 2, JSON.stringify(article.judge));
      assert.ok((article.judge?.skipped ?? 0) > 0);
      assert.ok(llm.requests.slice(start).filter(isJudge).length >= 2);
      assert.deepEqual(
        article.judge?.doubts.map((doubt) => doubt.text),
        [doubted],
      );
    } finally {
      stop.abort();
      await served.catch(() => {});
    }
    assert.doesNotMatch(output, /matome watch: stopped:/u);
  });
});
