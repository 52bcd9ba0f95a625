// `matome serve --watch FEEDS.txt` as a real process against invented outlets on loopback: the
// desk's worker thread runs matome watch's loop, the story's article appears on the desk, a source
// changing the figure the article cites adds a 追記 revision, and SIGTERM stops both cleanly.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { runServeCommand } from '../src/cli/serve-command.ts';
import { type Article, type ArticleUpdate, articleFacts } from '../src/domain/article.ts';
import { isMatomeError } from '../src/domain/errors.ts';
import { type LlmServer, startLlmServer } from './support/llm-server.ts';
import { BUS, type Outlet, outletWorld, startBusOutlets } from './support/news-outlets.ts';
import { goodReply } from './support/scripted-answers.ts';

const root = join(import.meta.dirname, '..');
const TOKEN = 'serve-watch-token-0123456789';

interface Stories {
  stories: Array<{
    story: string;
    items: Array<{ id: string }>;
    revisions: Array<{ revision: number; reason: string; articleId: number; updates: ArticleUpdate[] }>;
  }>;
}

describe('matome serve --watch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matome-serve-watch-'));
  const world = outletWorld();
  let outlets: Outlet[] = [];

  before(async () => {
    outlets = await startBusOutlets(world);
    writeFileSync(
      join(dir, 'feeds.txt'),
      `${outlets.map((outlet) => `${outlet.origin}/feed.xml`).join('\n')}\n`,
    );
  });

  after(() => {
    for (const outlet of outlets) {
      outlet.server.closeAllConnections();
      outlet.server.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds the story’s article in the background, adds a 追記 when a cited figure changes, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        'bin/matome.js',
        'serve',
        '--port',
        '0',
        '--store',
        join(dir, 'store.db'),
        '--allow-host',
        '127.0.0.1',
        '--watch',
        join(dir, 'feeds.txt'),
        '--poll-min',
        '1s',
        '--poll-max',
        '2s',
        '--recheck',
        '2s',
      ],
      {
        cwd: root,
        env: { ...process.env, MATOME_DESK_TOKENS: `佐藤:${TOKEN}` },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += String(chunk);
        const found = /review desk at (http:\/\/[^/\s]+)\//.exec(output)?.[1];
        if (found && /watching 2 feed\(s\)/.test(output)) resolve(found);
      });
      child.once('exit', (code) => reject(new Error(`matome serve exited ${code}: ${output}`)));
    });
    const stories = async (): Promise<Stories> =>
      (await (
        await fetch(`${url}/api/stories`, { headers: { authorization: `Bearer ${TOKEN}` } })
      ).json()) as Stories;
    const waitFor = async <T>(what: string, found: (listed: Stories) => T | undefined): Promise<T> => {
      const until = Date.now() + 90_000;
      while (Date.now() < until) {
        const value = found(await stories());
        if (value !== undefined) return value;
        await delay(300);
      }
      throw new Error(`timed out waiting for ${what}; output:\n${output}`);
    };
    try {
      const first = await waitFor('the story’s first article', (listed) =>
        listed.stories.find((story) => story.revisions.length > 0),
      );
      assert.equal(first.items.length, 2);
      assert.deepEqual(
        first.revisions.map((revision) => [revision.revision, revision.reason]),
        [[1, 'sources']],
      );
      // The desk answers while the watcher works: the article is there to review.
      const answer = await fetch(`${url}/api/articles/${first.revisions[0]?.articleId}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(answer.status, 200);
      const { article } = (await answer.json()) as { article: Article };
      // The outlet whose riders' count the article cites revises it.
      const span = articleFacts(article)
        .flatMap((fact) => fact.evidence)
        .find((evidence) => evidence.text.includes('85人'));
      assert.ok(span, 'the article cites the riders count');
      const cited = article.sources.find((source) => source.id === span.sourceId)?.url ?? '';
      const outlet = outlets.find((candidate) => cited.startsWith(candidate.origin));
      const item = outlet?.items.find((candidate) => candidate.path === '/bus.html');
      assert.ok(outlet && item);
      item.paragraphs = BUS('62');
      const updated = await waitFor('a 追記 revision', (listed) =>
        listed.stories
          .find((story) => story.story === first.story)
          ?.revisions.find((revision) => revision.reason === 'update'),
      );
      assert.equal(updated.revision, 2);
      assert.equal(updated.updates.length, 1);
      assert.equal(updated.updates[0]?.kind, 'update');
      assert.equal(updated.updates[0]?.url, `${outlet.origin}/bus.html`);
      assert.match(updated.updates[0]?.text ?? '', /85人.*62人/u);
      const page = await fetch(`${url}/stories`, { redirect: 'manual' });
      assert.equal(page.status, 303, 'the stories page asks for a login');
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, output);
    assert.match(output, /matome watch: round: /u);
    assert.doesNotMatch(output, /matome watch: stopped:/u);
  });

  it('refuses a missing feed list or a wrong pacing option before the desk starts, naming it', async () => {
    const io = { stdout: () => {}, stderr: () => {} };
    const missing = join(dir, 'no-such-feeds.txt');
    await assert.rejects(
      runServeCommand(['--port', '0', '--store', join(dir, 'refused.db'), '--watch', missing], io),
      (error) => isMatomeError(error) && error.code === 'SOURCE_NOT_FOUND' && error.message.includes(missing),
    );
    await assert.rejects(
      runServeCommand(
        [
          '--port',
          '0',
          '--store',
          join(dir, 'refused.db'),
          '--watch',
          join(dir, 'feeds.txt'),
          '--poll-min',
          '5',
        ],
        io,
      ),
      (error) =>
        isMatomeError(error) &&
        error.code === 'INVALID_ARGUMENT' &&
        /--poll-min 5 \(give a duration/u.test(error.message) &&
        /serve/u.test(error.hint ?? ''),
    );
  });

  it('builds with the llm engine the serve options name (as matome build), with the model address and key from the environment', async () => {
    const model: LlmServer = await startLlmServer(goodReply);
    const stop = new AbortController();
    let output = '';
    const io = {
      stdout: (text: string) => {
        output += text;
      },
      stderr: (text: string) => {
        output += text;
      },
      env: {
        MATOME_DESK_TOKENS: `佐藤:${TOKEN}`,
        MATOME_BASE_URL: model.baseURL,
        MATOME_LLM_API_KEY: 'watch-secret-key-0123',
      },
      signal: stop.signal,
    };
    const args = [
      '--port',
      '0',
      '--store',
      join(dir, 'llm.db'),
      '--allow-host',
      '127.0.0.1',
      '--watch',
      join(dir, 'feeds.txt'),
      '--poll-min',
      '1s',
      '--poll-max',
      '2s',
      '--engine',
      'llm',
      '--model',
      'compatible:scripted',
    ];
    const served = runServeCommand(args, io);
    try {
      let url: string | undefined;
      const until = Date.now() + 90_000;
      let built: { articleId: number } | undefined;
      while (built === undefined && Date.now() < until) {
        await delay(300);
        url ??= /review desk at (http:\/\/[^/\s]+)\//.exec(output)?.[1];
        if (url === undefined) continue;
        const listed = (await (
          await fetch(`${url}/api/stories`, { headers: { authorization: `Bearer ${TOKEN}` } })
        ).json()) as Stories;
        built = listed.stories.flatMap((story) => story.revisions)[0];
      }
      assert.ok(built && url, `no article built; output:\n${output}`);
      const answer = await fetch(`${url}/api/articles/${built.articleId}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      const { article } = (await answer.json()) as { article: Article };
      assert.equal(article.engine.name, 'llm', JSON.stringify(article.engine));
      assert.equal(article.engine.model, 'compatible:scripted');
      assert.ok(model.requests.length > 0, 'the model server was asked');
      assert.ok(model.requests.every((request) => request.body.model === 'scripted'));
      assert.ok(
        model.requests.every((request) => request.headers.authorization === 'Bearer watch-secret-key-0123'),
      );
    } finally {
      stop.abort();
      await served.catch(() => {});
      await model.close();
    }
    assert.doesNotMatch(output, /matome watch: stopped:/u);
  });

  it('refuses engine options without --watch, and a wrong engine before the desk starts', async () => {
    const io = { stdout: () => {}, stderr: () => {}, env: {} };
    await assert.rejects(
      runServeCommand(['--port', '0', '--store', join(dir, 'refused.db'), '--engine', 'llm'], io),
      (error) =>
        isMatomeError(error) &&
        error.code === 'INVALID_ARGUMENT' &&
        /--engine without --watch/u.test(error.message),
    );
    await assert.rejects(
      runServeCommand(
        [
          '--port',
          '0',
          '--store',
          join(dir, 'refused.db'),
          '--watch',
          join(dir, 'feeds.txt'),
          '--engine',
          'llm',
        ],
        io,
      ),
      (error) => isMatomeError(error) && error.code === 'LLM_CONFIG' && /Missing model/u.test(error.message),
    );
  });
});
