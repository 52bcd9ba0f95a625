// Build jobs on the desk with the llm engine, against the loopback scripted model server: the job
// takes the CLI's engine options; credentials come from the server's environment only, and are
// not sent to an address the request names.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiHeaders, createDeskFixture, type DeskFixture } from './support/desk-fixture.ts';
import { type LlmServer, startLlmServer } from './support/llm-server.ts';
import { goodReply } from './support/scripted-answers.ts';

const SOURCES = [
  'offshore-wind/hamakaze-shiomi-reaction.html',
  'offshore-wind/kakuu-keizai-shiomi-wind.html',
];

let server: LlmServer;
let fixture: DeskFixture;

before(async () => {
  server = await startLlmServer(goodReply);
  fixture = await createDeskFixture(undefined, {
    MATOME_BASE_URL: server.baseURL,
    MATOME_LLM_API_KEY: 'server-secret-key-0123',
  });
});
after(async () => {
  fixture.close();
  await server.close();
});

async function postJob(body: unknown): Promise<Response> {
  return fixture.app.request('/api/jobs', {
    method: 'POST',
    headers: apiHeaders(undefined, true),
    body: JSON.stringify(body),
  });
}

/** Starts a job, waits for it to end and returns it. */
async function runJob(
  body: unknown,
): Promise<{ status: string; articleId?: number; error?: { message: string } }> {
  const started = await postJob(body);
  assert.equal(started.status, 202, await started.clone().text());
  const { id } = (await started.json()) as { id: string };
  await fixture.jobs.idle();
  const response = await fixture.app.request(`/api/jobs/${id}`, { headers: apiHeaders() });
  return (await response.json()) as { status: string; articleId?: number };
}

describe('desk build jobs with the llm engine', () => {
  it("builds with the model the request names at the server's address, with the server's key", async () => {
    const before = server.requests.length;
    const job = await runJob({ sources: SOURCES, engine: { engine: 'llm', model: 'compatible:scripted' } });
    assert.equal(job.status, 'done', JSON.stringify(job));
    const requests = server.requests.slice(before);
    assert.equal(requests.length, SOURCES.length + 1);
    assert.ok(requests.every((request) => request.headers.authorization === 'Bearer server-secret-key-0123'));
    assert.ok(requests.every((request) => request.body.model === 'scripted'));
    const stored = await fixture.store.getArticle(job.articleId ?? -1);
    assert.equal(stored?.article.engine.name, 'llm');
    assert.equal(stored?.article.engine.model, 'compatible:scripted');
    assert.equal(stored?.article.engine.fallbacks, undefined);
  });

  it('sends no credential to a base-url the request names, and applies its other options', async () => {
    const before = server.requests.length;
    const job = await runJob({
      sources: SOURCES,
      engine: {
        engine: 'llm',
        model: 'compatible:other-name',
        'base-url': `${server.url}/v1/`,
        'max-output-tokens': 1000,
      },
    });
    assert.equal(job.status, 'done', JSON.stringify(job));
    const requests = server.requests.slice(before);
    assert.equal(requests.length, SOURCES.length + 1);
    assert.ok(requests.every((request) => request.headers.authorization === undefined));
    assert.ok(requests.every((request) => request.body.model === 'other-name'));
    assert.ok(requests.every((request) => request.body.max_tokens === 1000));
  });

  it('refuses credentials, unknown options and in-process models in the request with 400, before queueing', async () => {
    for (const engine of [
      { engine: 'llm', model: 'openai:gpt-4.1-mini', 'api-key': 'sk-from-request' },
      { engine: 'llm', model: 'local:/etc/passwd' },
      { engine: 'gpt' },
      { engine: 'llm', 'max-tokens-per-day': 10 },
    ]) {
      const response = await postJob({ sources: SOURCES, engine });
      assert.equal(response.status, 400, JSON.stringify(engine));
      const body = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'INVALID_ARGUMENT');
    }
  });

  it('fails the job naming the option when a value is out of range', async () => {
    const job = await runJob({
      sources: SOURCES,
      engine: { engine: 'llm', model: 'compatible:x', concurrency: 0 },
    });
    assert.equal(job.status, 'failed');
    assert.match(job.error?.message ?? '', /--concurrency 0/);
  });
});
