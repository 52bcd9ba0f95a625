import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runLintCommand } from '../src/cli/lint-command.ts';
import { MatomeError } from '../src/domain/errors.ts';
import { FindingSchema } from '../src/domain/report.ts';
import { renderJson } from '../src/render/index.ts';
import { sampleArticle } from './support/article-factory.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'lint');

async function lint(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runLintCommand(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** Each stdout line reduced to "LINE:COL severity code" (or "PATH severity code"). */
const lines = (stdout: string, file: string) =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      assert.ok(line.startsWith(`${file}:`), line);
      return line
        .slice(file.length + 1)
        .split(' ')
        .slice(0, 3)
        .join(' ');
    });

describe('matome lint', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'matome-lint-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 and prints no finding for a clean article', async () => {
    const file = join(FIXTURES, 'clean-article.txt');
    const result = await lint([file]);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, `${file}: 0 errors, 0 warnings, 0 info\n`);
    assert.equal(result.code, 0);
  });

  it('prints compiler-style lines for a broken text article and exits 1', async () => {
    const file = join(FIXTURES, 'broken-article.txt');
    const result = await lint([file]);
    assert.equal(result.code, 1);
    assert.deepEqual(lines(result.stdout, file), [
      '2:1 error leak.undefined',
      '15:71 error url.glued',
      '24:1 error card.missing-date',
      '32:1 error body.uncarded',
      '39:1 error leak.chatter',
    ]);
    assert.match(
      result.stdout,
      /broken-article\.txt:24:1 error card\.missing-date Source card \(lines 24–28\) has no 公開日 line/,
    );
    assert.equal(result.stderr, `${file}: 5 errors, 0 warnings, 0 info\n`);
  });

  it('checks Markdown syntax in .md files', async () => {
    const file = join(FIXTURES, 'broken-article.md');
    const result = await lint([file]);
    assert.equal(result.code, 1);
    const found = lines(result.stdout, file);
    for (const expected of [
      '11:1 error markdown.emphasis',
      '21:8 error markdown.link',
      '25:5 error leak.object',
      '27:1 error markdown.fence',
    ]) {
      assert.ok(found.includes(expected), `${expected} not in ${found.join(', ')}`);
    }
  });

  it('locates findings of an .html file in its source', async () => {
    const file = join(FIXTURES, 'broken-article.html');
    const result = await lint([file]);
    assert.equal(result.code, 1);
    assert.deepEqual(lines(result.stdout, file), [
      '7:1 error leak.reasoning',
      '7:20 error leak.reasoning',
      '8:7 error leak.placeholder',
      '9:41 error url.glued',
    ]);
  });

  it('prints a JSON report with --json', async () => {
    const file = join(FIXTURES, 'broken-article.txt');
    const result = await lint([file, '--json']);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, '');
    const report = JSON.parse(result.stdout);
    assert.equal(report.file, file);
    assert.equal(report.format, 'txt');
    assert.deepEqual(report.counts, { error: 5, warning: 0, info: 0 });
    const findings = report.findings.map((finding: unknown) => FindingSchema.parse(finding));
    assert.deepEqual(findings[0], {
      code: 'leak.undefined',
      severity: 'error',
      location: { line: 2, column: 1, offset: 30, length: 9 },
      message: 'Literal "undefined" where a value was missing; leave the part out or say that it is unknown',
      evidence: 'undefined',
      params: { text: 'undefined', severity: 'error' },
    });
  });

  it('validates an Article .json file and lints it, reporting fields by path', async () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, renderJson(sampleArticle()));
    const clean = await lint([good]);
    assert.equal(clean.code, 0);
    const article = sampleArticle();
    const summary = article.sections[0]?.card.summary[0];
    if (summary) summary.text = '以下は記事の要約です。';
    const chatty = join(dir, 'chatty.json');
    writeFileSync(chatty, renderJson(article));
    const result = await lint([chatty]);
    assert.equal(result.code, 1);
    assert.ok(lines(result.stdout, chatty).includes('sections[0].card.summary[0].text error leak.chatter'));
  });

  it('reports JSON that is not an Article as findings instead of failing', async () => {
    const invalid = join(dir, 'invalid.json');
    writeFileSync(
      invalid,
      JSON.stringify({ ...sampleArticle(), title: { kind: 'fact', text: 'undefined' } }),
    );
    const result = await lint([invalid, '--json']);
    assert.equal(result.code, 1);
    const paths = JSON.parse(result.stdout).findings.map(
      (finding: { code: string; location: { path: string } }) => `${finding.code} ${finding.location.path}`,
    );
    assert.ok(paths.includes('article.schema title.text'), paths.join(', '));

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "title": oops\n}');
    const syntax = await lint([broken]);
    assert.equal(syntax.code, 1);
    assert.equal(syntax.stdout, `${broken}:2:12 error article.json Not valid JSON: Unexpected token 'o'\n`);
  });

  it('takes the format from --format over the extension', async () => {
    const log = join(dir, 'article.log');
    writeFileSync(log, '見出し\nundefined\n');
    assert.equal((await lint([log, '--format', 'txt'])).code, 1);
    await assert.rejects(lint([log]), (error: unknown) => {
      assert.ok(error instanceof MatomeError);
      assert.equal(error.code, 'INVALID_ARGUMENT');
      assert.match(error.message, /cannot tell the format of .*article\.log/);
      return true;
    });
  });

  it('fails with SOURCE_NOT_FOUND naming a missing file', async () => {
    const missing = join(dir, 'nope.txt');
    await assert.rejects(lint([missing]), (error: unknown) => {
      assert.ok(error instanceof MatomeError);
      assert.equal(error.code, 'SOURCE_NOT_FOUND');
      assert.match(error.message, /nope\.txt/);
      return true;
    });
  });

  it('rejects bad arguments with INVALID_ARGUMENT', async () => {
    for (const args of [[], ['a.txt', 'b.txt'], ['a.txt', '--format', 'pdf'], ['a.txt', '--fast']]) {
      await assert.rejects(lint(args), (error: unknown) => {
        assert.ok(error instanceof MatomeError);
        assert.equal(error.code, 'INVALID_ARGUMENT', args.join(' '));
        return true;
      });
    }
  });

  it('fails with SOURCE_UNREADABLE for a directory', async () => {
    await assert.rejects(lint([join(dir, '.'), '--format', 'txt']), (error: unknown) => {
      assert.ok(error instanceof MatomeError);
      assert.equal(error.code, 'SOURCE_UNREADABLE');
      return true;
    });
  });
});

describe('lint --lang', () => {
  const run = async (args: string[], env: Record<string, string> = {}) => {
    let stdout = '';
    const code = await runLintCommand(args, {
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => {},
      env,
    });
    return { code, stdout };
  };
  const file = join(FIXTURES, 'broken-article.txt');
  const messages = (stdout: string) =>
    stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) =>
        line
          .slice(file.length + 1)
          .split(' ')
          .slice(3)
          .join(' '),
      );

  it('writes every message in Japanese with --lang ja, the same findings as in English', async () => {
    const en = await run([file, '--lang', 'en'], { LANG: 'ja_JP.UTF-8' });
    const ja = await run([file, '--lang', 'ja']);
    assert.equal(ja.code, en.code);
    assert.deepEqual(lines(ja.stdout, file), lines(en.stdout, file));
    assert.ok(messages(ja.stdout).length >= 5);
    for (const message of messages(ja.stdout)) assert.match(message, /[。）]$/u, message);
    assert.ok(messages(en.stdout).every((message) => /^[\x20-\x7e「」]/u.test(message)));
  });

  it('takes the language from the locale when --lang is not given, and refuses another', async () => {
    const byLocale = await run([file], { LC_ALL: 'ja_JP.UTF-8' });
    const asked = await run([file, '--lang', 'ja']);
    assert.equal(byLocale.stdout, asked.stdout);
    assert.equal((await run([file], { LANG: 'C.UTF-8' })).stdout, (await run([file, '--lang', 'en'])).stdout);
    await assert.rejects(run([file, '--lang', 'fr']), (error: unknown) => {
      assert.ok(error instanceof MatomeError);
      assert.equal(error.code, 'INVALID_ARGUMENT');
      assert.match(error.message, /--lang fr \(choose ja or en\)/);
      return true;
    });
  });
});
