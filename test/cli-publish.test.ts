// The build command's publish gate and its llm engine options, run as a user runs them.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type LlmServer, startLlmServer } from './support/llm-server.ts';
import { runMatome } from './support/run-cli.ts';
import { goodReply } from './support/scripted-answers.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'gate', 'role-contradiction.html');
const SAMPLE = join(import.meta.dirname, '..', 'samples', 'local-railway');

describe('matome build: publish gate and llm options', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matome-publish-'));
  let server: LlmServer;
  before(async () => {
    server = await startLlmServer(goodReply);
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to publish a blocked article: no final files, the draft and the report kept, exit 9', async () => {
    const out = join(dir, 'blocked');
    const { code, stderr } = await runMatome([
      'build',
      FIXTURE,
      '--out',
      out,
      '--no-store',
      '--slug',
      'roles',
    ]);
    assert.equal(code, 9, stderr);
    // The source gives 山田太郎 two roles; every unit that names him with the other one is an error.
    assert.match(stderr, /verdict blocked \(\d+ errors/);
    assert.match(stderr, /Refused to publish: roles \(verdict blocked, \d+ errors\)/);
    assert.match(stderr, /roles\.report\.txt/);
    for (const format of ['txt', 'md', 'html', 'json'])
      assert.equal(existsSync(join(out, `roles.${format}`)), false);
    const report = JSON.parse(readFileSync(join(out, 'roles.report.json'), 'utf8'));
    assert.equal(report.verdict, 'blocked');
    assert.ok(report.findings.some((finding: { code: string }) => finding.code === 'role.contradiction'));
    const draft = JSON.parse(readFileSync(join(out, 'roles.draft.json'), 'utf8'));
    assert.equal(draft.sources[0].title, '北浜製作所、新工場を稼働　山田太郎社長「地域に根ざす」');
  });

  it('builds with --engine llm through a model server, and rebuilds from the store without calling it', async () => {
    const out = join(dir, 'llm');
    const store = join(dir, 'llm.db');
    const args = [
      'build',
      SAMPLE,
      '--engine',
      'llm',
      '--model',
      'compatible:scripted',
      '--base-url',
      server.baseURL,
    ];
    const first = await runMatome([...args, '--out', out, '--store', store]);
    assert.equal(first.code, 0, first.stderr);
    const calls = server.requests.length;
    assert.equal(calls, 4);
    const article = JSON.parse(readFileSync(join(out, 'local-railway.json'), 'utf8'));
    assert.equal(article.engine.name, 'llm');
    assert.equal(article.engine.usage.calls, 4);
    const second = await runMatome([...args, '--out', out, '--store', store]);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(server.requests.length, calls);
    const again = JSON.parse(readFileSync(join(out, 'local-railway.json'), 'utf8'));
    assert.equal(again.engine.usage.cachedCalls, 4);
    assert.equal(again.engine.usage.calls, 0);
  });

  it('says which key is missing, and which option is wrong, before reading any source', async () => {
    const env = { ...process.env, OPENAI_API_KEY: '', MATOME_MODEL: '' };
    const missing = await runMatome(
      ['build', SAMPLE, '--engine', 'llm', '--model', 'openai:gpt-x', '--no-store'],
      { env },
    );
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Missing API key: openai:gpt-x \(OPENAI_API_KEY is not set\)/);
    const noModel = await runMatome(['build', SAMPLE, '--engine', 'llm', '--no-store'], { env });
    assert.equal(noModel.code, 2);
    assert.match(noModel.stderr, /no --model and no MATOME_MODEL/);
    const offline = await runMatome(['build', SAMPLE, '--model', 'ollama:x', '--no-store'], { env });
    assert.equal(offline.code, 2);
    assert.match(offline.stderr, /--model with the offline engine/);
    const tone = await runMatome(
      ['build', SAMPLE, '--engine', 'llm', '--model', 'ollama:x', '--tone', 'loud', '--no-store'],
      { env },
    );
    assert.equal(tone.code, 2);
    assert.match(tone.stderr, /--tone loud/);
  });
});
