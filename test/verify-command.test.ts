// `matome verify`, run in-process with one shared tokenizer: an Article built by `matome build`
// against its stored snapshots (and against a tampered or a different store), the HTML report,
// and the seed text article against its stand-in sources.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import { EXIT } from '../src/cli/exit-codes.ts';
import { type CliIo, main } from '../src/cli/main.ts';
import { createSqliteStore } from '../src/store/create-sqlite-store.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { sharedData } from './support/shared-data.ts';

const REPO = join(import.meta.dirname, '..');
const SAMPLE = join(REPO, 'samples', 'chip-factory');
const seed = sharedData('seed/example-article.txt');
const EXAMPLE = seed.path;
const SEED_SOURCES = ['us-europe-nato.html', 'us-ukraine-summit.html'].map((file) =>
  join(REPO, 'test', 'fixtures', 'seed-sources', file),
);

describe('matome verify', () => {
  let dir: string;
  let tokenizer: Tokenizer;
  let article: string;
  let store: string;

  /** Runs the CLI in-process; returns the exit code and what it wrote. */
  async function matome(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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
    };
    const code = await main(args, io);
    return { code, stdout, stderr };
  }

  before(async () => {
    tokenizer = await createTokenizer();
    dir = mkdtempSync(join(tmpdir(), 'matome-verify-'));
    store = join(dir, 'store.db');
    const built = await matome([
      'build',
      '--out',
      join(dir, 'out'),
      '--store',
      store,
      '--format',
      'json',
      '--lang',
      'ja',
      SAMPLE,
    ]);
    assert.ok(built.code === EXIT.ok || built.code === EXIT.blocked, built.stderr);
    article = join(dir, 'out', 'chip-factory.json');
    // A blocked build keeps the article as a draft beside its report.
    if (!existsSync(article)) article = join(dir, 'out', 'chip-factory.draft.json');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a built article the verdict its build reported, with the same findings', async () => {
    const built = JSON.parse(readFileSync(join(dir, 'out', 'chip-factory.report.json'), 'utf8'));
    const result = await matome(['verify', article, '--store', store, '--json']);
    const report = JSON.parse(result.stdout);
    assert.equal(report.verdict, built.verdict);
    assert.deepEqual(report.findings, built.findings);
    assert.equal(result.code, built.verdict === 'blocked' ? EXIT.blocked : EXIT.ok);
    assert.match(result.stderr, new RegExp(`verdict ${built.verdict}`));
  });

  it('writes the report in the language asked for: the build with --lang ja, verify in both', async () => {
    const written = readFileSync(join(dir, 'out', 'chip-factory.report.txt'), 'utf8');
    assert.match(written, /^判定: (公開可|要確認|公開不可)（エラー \d+ 件、要確認 \d+ 件、参考 \d+ 件）\n/);
    const ja = await matome(['verify', article, '--store', store, '--lang', 'ja']);
    assert.equal(ja.stdout, written);
    const en = await matome(['verify', article, '--store', store, '--lang', 'en']);
    assert.match(en.stdout, /^verdict: \w+ \(\d+ errors?, \d+ warnings?, \d+ info\)\n/);
    const wrong = await matome(['verify', article, '--store', store, '--lang', 'de']);
    assert.equal(wrong.code, EXIT.usage);
    assert.match(wrong.stderr, /--lang de \(choose ja or en\)/);
  });

  it('refuses a store that lacks the article’s snapshots, saying which source and what to do', async () => {
    const other = join(dir, 'other.db');
    // A store that exists but never saw these pages (another project's store).
    await createSqliteStore(other).close();
    const result = await matome(['verify', article, '--store', other]);
    assert.equal(result.code, EXIT.source);
    assert.match(
      result.stderr,
      /Failed to verify article: source s1 https:\/\/miyagi-higashi\.example\/\S+ \(no snapshot in /,
    );
    assert.match(result.stderr, /hint: Verify with the --store the article was built with/);
    const missing = await matome(['verify', article, '--store', join(dir, 'never.db')]);
    assert.equal(missing.code, EXIT.source);
    assert.match(missing.stderr, /no store at/);
    assert.equal(existsSync(join(dir, 'never.db')), false);
  });

  it('refuses a source snapshot whose text was changed in the store (SOURCE_CHANGED)', async () => {
    const tampered = join(dir, 'tampered.db');
    writeFileSync(tampered, readFileSync(store));
    const db = new DatabaseSync(tampered);
    const changed = db.prepare("UPDATE contents SET text = replace(text, '鷹ノ巣市', '大館市')").run();
    db.close();
    assert.ok(Number(changed.changes) > 0);
    const result = await matome(['verify', article, '--store', tampered]);
    assert.equal(result.code, EXIT.source);
    assert.match(result.stderr, /was modified in the store: its text no longer matches its hash/);
    assert.match(result.stderr, /hint: The text the article was built from is gone/);
  });

  it('writes a self-contained HTML report with the flagged words marked next to the source passage', {
    skip: seed.skip,
  }, async () => {
    const html = join(dir, 'seed.html');
    const sources = SEED_SOURCES.flatMap((source) => ['--source', source]);
    const result = await matome(['verify', EXAMPLE, ...sources, '--html', html]);
    assert.equal(result.code, EXIT.blocked);
    assert.match(result.stdout, /^verdict: blocked \(/);
    assert.match(result.stdout, /line 38: ⟦トランプ前大統領⟧と/);
    const page = readFileSync(html, 'utf8');
    assert.match(page, /<p class="verdict blocked">blocked<\/p>/);
    assert.match(page, /<mark>トランプ前大統領<\/mark>/);
    // The passage it was checked against, with the source's URL.
    assert.match(page, /<blockquote><p>トランプ大統領とプーチン大統領がウクライナ問題で協力関係を構築し/);
    assert.match(page, /https:\/\/www\.tokyo-np\.co\.jp\/article\/388964/);
    assert.doesNotMatch(page, /<script/i);
  });

  it('reads text articles only with sources, and says how to call it', async () => {
    const result = await matome(['verify', join(REPO, 'README.md')]);
    assert.equal(result.code, EXIT.usage);
    assert.match(result.stderr, /a text article needs its sources: add --source SRC/);
  });
});
