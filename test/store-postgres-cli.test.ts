// The CLI on a PostgreSQL store: `matome build --store postgres://…` keeps the snapshots and the
// article there, `matome verify` (given MATOME_STORE instead of --store) re-checks the article
// against them, and `matome cluster`/`stories` keep feed items there.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXIT } from '../src/cli/exit-codes.ts';
import { type CliIo, main } from '../src/cli/main.ts';
import { createPostgresStore } from '../src/store/create-postgres-store.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { type PostgresServer, postgresAvailable, startPostgres } from './support/postgres.ts';

const REPO = join(import.meta.dirname, '..');
const SAMPLE = join(REPO, 'samples', 'chip-factory');
const { skip } = postgresAvailable();

describe('matome with --store postgres://', { skip }, () => {
  let server: PostgresServer;
  let tokenizer: Tokenizer;
  let dir: string;
  let url: string;

  async function matome(args: string[], env: Record<string, string> = {}) {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      isTty: false,
      tokenizer,
      env: { ...env },
    };
    const code = await main(args, io);
    return { code, stdout, stderr };
  }

  before(async () => {
    [server, tokenizer] = await Promise.all([startPostgres(), createTokenizer()]);
    url = await server.createDatabase();
    dir = mkdtempSync(join(tmpdir(), 'matome-pg-cli-'));
  });
  after(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds into PostgreSQL and verifies the article against the snapshots kept there', async () => {
    const built = await matome([
      'build',
      '--out',
      join(dir, 'out'),
      '--store',
      url,
      '--format',
      'json',
      SAMPLE,
    ]);
    assert.equal(built.code, EXIT.ok, built.stderr);
    const store = await createPostgresStore(url);
    try {
      const articles = await store.listArticles();
      assert.equal(articles.length, 1);
      const stored = await store.getArticle(articles[0]?.id as number);
      assert.equal(
        stored?.snapshotIds.length,
        readdirSync(SAMPLE).filter((file) => file.endsWith('.html')).length,
      );
      assert.ok(stored?.writtenAt, 'the article is marked written once its files are in place');
    } finally {
      await store.close();
    }
    const json = readdirSync(join(dir, 'out')).find(
      (file) => file.endsWith('.json') && !file.includes('report'),
    );
    assert.ok(json);
    // MATOME_STORE names the store when --store is not given.
    const verified = await matome(['verify', join(dir, 'out', json)], { MATOME_STORE: url });
    assert.equal(verified.code, EXIT.ok, verified.stderr + verified.stdout);
    // The same article against an empty database: its snapshots are not there.
    const empty = await server.createDatabase();
    const elsewhere = await matome(['verify', join(dir, 'out', json), '--store', empty]);
    assert.notEqual(elsewhere.code, EXIT.ok);
    assert.match(elsewhere.stderr, /no snapshot/);
  });

  it('keeps feed items, stories and corrections in PostgreSQL', async () => {
    const items = [
      {
        id: 'i1',
        outlet: '湊新聞',
        title: '湊市、新駅の開業日を発表',
        description: '湊市は新駅を4月1日に開業すると発表した。',
        link: 'https://minato.example/1',
        published: '2026-05-01T01:00:00Z',
      },
      {
        id: 'i2',
        outlet: '港日報',
        title: '湊市の新駅、4月1日開業へ',
        description: '湊市の新駅が4月1日に開業する。',
        link: 'https://kou.example/2',
        published: '2026-05-01T02:00:00Z',
      },
    ];
    const file = join(dir, 'items.jsonl');
    writeFileSync(file, items.map((item) => JSON.stringify(item)).join('\n'));
    const clustered = await matome(['cluster', file, '--store', url]);
    assert.equal(clustered.code, EXIT.ok, clustered.stderr);
    const listed = await matome(['stories', 'list', '--store', url]);
    assert.equal(listed.code, EXIT.ok, listed.stderr);
    assert.match(listed.stdout, /i1/);
    assert.match(listed.stdout, /i2/);
  });
});
