import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { extractDocument } from '../src/extract/extract-document.ts';
import { readSource } from '../src/fetch/read-source.ts';
import { runMatome as matome } from './support/run-cli.ts';

const REPO = join(import.meta.dirname, '..');
const PAGE = join(REPO, 'samples', 'chip-factory', 'tech-sangyo-kaname-plant.html');

describe('matome verify-claim', () => {
  it('supports a sentence of the source, with evidence spans into its stored text', async () => {
    const document = extractDocument(await readSource(PAGE, {}), { id: 's1' });
    const sentence = `${document.text.slice(document.titleSpan[1]).trim().split('。')[0]}。`;
    const result = await matome(['verify-claim', '--source', PAGE, sentence]);
    assert.equal(result.code, 0, result.stderr);
    const verdict = JSON.parse(result.stdout);
    assert.equal(verdict.supported, true);
    assert.equal(verdict.score, 1);
    const [best] = verdict.evidence;
    assert.equal(best.source, document.url);
    assert.equal(document.text.slice(best.start, best.end), best.text);
    assert.equal(best.text, sentence);
  });

  it('rejects the same sentence with its date changed, naming the problem', async () => {
    const document = extractDocument(await readSource(PAGE, {}), { id: 's1' });
    const sentence = `${document.text.slice(document.titleSpan[1]).trim().split('。')[0]}。`;
    assert.match(sentence, /17日/);
    const result = await matome(['verify-claim', '--source', PAGE, sentence.replace('17日', '18日')]);
    assert.equal(result.code, 1);
    const verdict = JSON.parse(result.stdout);
    assert.equal(verdict.supported, false);
    assert.ok(verdict.problems.some((problem: { code: string }) => problem.code === 'support.date'));
  });

  it('writes each problem in Japanese with --lang ja, or when the locale is Japanese', async () => {
    const document = extractDocument(await readSource(PAGE, {}), { id: 's1' });
    const sentence = `${document.text.slice(document.titleSpan[1]).trim().split('。')[0]}。`.replace(
      '17日',
      '18日',
    );
    const english = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    const asked = await matome(['verify-claim', '--lang', 'ja', '--source', PAGE, sentence], {
      env: english,
    });
    const byLocale = await matome(['verify-claim', '--source', PAGE, sentence], {
      env: { ...english, LANG: 'ja_JP.UTF-8' },
    });
    const inEnglish = await matome(['verify-claim', '--source', PAGE, sentence], { env: english });
    assert.equal(asked.code, 1);
    assert.equal(asked.stdout, byLocale.stdout);
    const problems = (stdout: string) =>
      (JSON.parse(stdout) as { problems: { code: string; message: string }[] }).problems;
    const date = problems(asked.stdout).find((problem) => problem.code === 'support.date');
    assert.match(date?.message ?? '', /^日付「18日」は出典に/);
    const englishDate = problems(inEnglish.stdout).find((problem) => problem.code === 'support.date');
    assert.match(englishDate?.message ?? '', /^The date 「18日」/);
  });

  it('asks for a source', async () => {
    const result = await matome(['verify-claim', '文だけ。']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--source/);
  });

  describe('--jsonl', () => {
    const firstSentence = async () => {
      const document = extractDocument(await readSource(PAGE, {}), { id: 's1' });
      return { document, sentence: `${document.text.slice(document.titleSpan[1]).trim().split('。')[0]}。` };
    };
    /** Writes the lines (given the temporary folder) to claims.jsonl there and runs `check`. */
    const withFile = async (
      lines: (dir: string) => readonly object[],
      check: (file: string, dir: string) => Promise<void>,
    ) => {
      const dir = await mkdtemp(join(tmpdir(), 'matome-claims-'));
      try {
        const file = join(dir, 'claims.jsonl');
        await writeFile(
          file,
          `${lines(dir)
            .map((line) => JSON.stringify(line))
            .join('\n')}\n`,
        );
        await check(file, dir);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    };

    it('checks each line against its sources (relative to the file) and reports a bad line in place', async () => {
      const { document, sentence } = await firstSentence();
      const other = join(REPO, 'samples', 'chip-factory', 'miyagi-higashi-takanosu.html');
      // Relative paths: from the file's folder, not from the command's working directory.
      const lines = (dir: string) => [
        { id: 'c1', sources: [relative(dir, other), relative(dir, PAGE)], sentence, note: 'ignored' },
        { id: 'c2', sources: [relative(dir, PAGE)], sentence: sentence.replace('17日', '18日') },
        { id: 'c3', sources: [relative(dir, PAGE), 'missing-page.html'], sentence },
      ];
      await withFile(lines, async (file, dir) => {
        const result = await matome(['verify-claim', '--jsonl', file]);
        assert.equal(result.code, 3, result.stderr);
        const out = result.stdout
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line));
        assert.equal(out.length, 3);
        const [supported, unsupported, failed] = out;

        assert.equal(supported.id, 'c1');
        assert.equal(supported.supported, true);
        assert.equal(supported.score, 1);
        assert.deepEqual(supported.problems, []);
        assert.equal(supported.evidence[0].source, document.url);
        assert.equal(supported.evidence[0].text, sentence);
        assert.equal(document.text.slice(supported.evidence[0].start, supported.evidence[0].end), sentence);
        assert.equal('note' in supported, false);

        assert.equal(unsupported.id, 'c2');
        assert.equal(unsupported.supported, false);
        assert.ok(unsupported.problems.length > 0);
        assert.ok(unsupported.problems.some((problem: { code: string }) => problem.code === 'support.date'));

        assert.deepEqual(Object.keys(failed), ['id', 'error']);
        assert.equal(failed.id, 'c3');
        assert.equal(failed.error.code, 'SOURCE_NOT_FOUND');
        assert.equal(failed.error.line, 3);
        assert.ok(failed.error.message.includes(join(dir, 'missing-page.html')), failed.error.message);
        assert.match(failed.error.message, /claims\.jsonl line 3/);
        assert.match(failed.error.hint, /resolved from/);
        assert.match(result.stderr, /3 claims .*1 supported, 1 unsupported, 1 not checked/);
      });
    });

    it('exits 1 when a claim is unsupported and every line was checked, without ids when none given', async () => {
      const { sentence } = await firstSentence();
      await withFile(
        () => [
          { sources: [PAGE], sentence },
          { sources: [PAGE], sentence: sentence.replace('17日', '18日') },
        ],
        async (file) => {
          const result = await matome(['verify-claim', '--jsonl', file]);
          assert.equal(result.code, 1, result.stderr);
          const out = result.stdout
            .trimEnd()
            .split('\n')
            .map((line) => JSON.parse(line));
          assert.deepEqual(
            out.map((verdict) => [verdict.supported, 'id' in verdict]),
            [
              [true, false],
              [false, false],
            ],
          );
        },
      );
    });

    it('reports a line that is not a claim and keeps going', async () => {
      const { sentence } = await firstSentence();
      const dir = await mkdtemp(join(tmpdir(), 'matome-claims-'));
      try {
        const file = join(dir, 'claims.jsonl');
        const good = JSON.stringify({ id: 'ok', sources: [PAGE], sentence });
        await writeFile(file, `not json\n\n{"id": "x", "sentence": "文。"}\n${good}\n`);
        const result = await matome(['verify-claim', '--jsonl', file]);
        assert.equal(result.code, 3, result.stderr);
        const out = result.stdout
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line));
        assert.equal(out.length, 3);
        assert.equal(out[0].error.code, 'INVALID_ARGUMENT');
        assert.equal(out[0].error.line, 1);
        assert.match(out[0].error.message, /line 1 \(not JSON/);
        assert.equal(out[1].id, 'x');
        assert.equal(out[1].error.line, 3);
        assert.match(out[1].error.message, /"sources"/);
        assert.match(out[1].error.hint, /"sentence"/);
        assert.equal(out[2].id, 'ok');
        assert.equal(out[2].supported, true);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('is a usage error with a sentence, with --source, or without the file', async () => {
      await withFile(
        () => [{ sources: [PAGE], sentence: '文。' }],
        async (file, dir) => {
          const withSentence = await matome(['verify-claim', '--jsonl', file, '文だけ。']);
          assert.equal(withSentence.code, 2);
          assert.equal(withSentence.stdout, '');
          assert.match(withSentence.stderr, /--jsonl .*drop the sentence/);
          assert.match(withSentence.stderr, /hint: Run "matome verify-claim --help"/);

          const withSource = await matome(['verify-claim', '--jsonl', file, '--source', PAGE]);
          assert.equal(withSource.code, 2);
          assert.match(withSource.stderr, /drop --source/);

          const missing = join(dir, 'nope.jsonl');
          const noFile = await matome(['verify-claim', '--jsonl', missing]);
          assert.equal(noFile.code, 2);
          assert.ok(noFile.stderr.includes(missing), noFile.stderr);
          assert.match(noFile.stderr, /hint: /);
        },
      );
    });
  });
});
