// The review desk's HTTP API, route by route, through app.request() on a real SQLite store with
// articles built by the real pipeline from the bundled samples.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { renderArticle } from '../src/render/index.ts';
import { replayReview } from '../src/server/review-state.ts';
import {
  apiHeaders,
  createDeskFixture,
  type DeskFixture,
  SATO,
  SUZUKI,
  saveWithFlaggedHeading,
} from './support/desk-fixture.ts';

interface Claim {
  path: string;
  part: string;
  status: string;
  text: string;
  originalText: string;
  evidence: { sourceId: string; start: number; end: number; text: string }[];
  flagged: boolean;
  verdict: string;
  findings: { code: string; severity: string }[];
  revision: number;
  undoable: boolean;
}

let fixture: DeskFixture;
let articleId: number;
let jobId: string;

async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  return (await response.json()) as T;
}

async function claims(id = articleId): Promise<Claim[]> {
  const response = await fixture.app.request(`/api/articles/${id}/review`, { headers: apiHeaders() });
  assert.equal(response.status, 200);
  return (await json<{ claims: Claim[] }>(response)).claims;
}

async function decide(body: Record<string, unknown>, editor = SATO, headers: Record<string, string> = {}) {
  return fixture.app.request(`/api/articles/${articleId}/decisions`, {
    method: 'POST',
    headers: { ...apiHeaders(editor, true), ...headers },
    body: JSON.stringify(body),
  });
}

/** The claim's text with its first number changed (a figure or a date): a claim its source does not support. */
function wrongNumber(text: string): string {
  return text.replace(/\d+/, (digits) => String(Number(digits) + 7));
}

before(async () => {
  fixture = await createDeskFixture();
});
after(() => fixture.close());

describe('desk API: build jobs', () => {
  it('builds an article from sources as a job, streaming its progress as server-sent events', async () => {
    const started = await fixture.app.request('/api/jobs', {
      method: 'POST',
      headers: apiHeaders(SATO, true),
      body: JSON.stringify({ sources: ['local-railway'] }),
    });
    assert.equal(started.status, 202);
    const job = await json<{ id: string; status: string }>(started);
    jobId = job.id;
    assert.equal(started.headers.get('location'), `/api/jobs/${job.id}`);
    const events = await fixture.app.request(`/api/jobs/${job.id}/events`, { headers: apiHeaders() });
    assert.equal(events.status, 200);
    assert.match(events.headers.get('content-type') ?? '', /text\/event-stream/);
    const text = await events.text();
    const names = [...text.matchAll(/^event: (\w+)$/gm)].map((match) => match[1]);
    assert.deepEqual(names.slice(-1), ['end']);
    // Three sources read and extracted, then one composition started and finished.
    assert.equal(names.filter((name) => name === 'progress').length, 3 * 2 + 2);
    const end = JSON.parse(/event: end\ndata: (.*)\n/.exec(text)?.[1] ?? '{}');
    assert.equal(end.status, 'done');
    assert.equal(typeof end.articleId, 'number');
    articleId = end.articleId;
  });

  it('reads a finished job with its article id and verdict', async () => {
    const response = await fixture.app.request(`/api/jobs/${jobId}`, { headers: apiHeaders() });
    const job = await json<{ status: string; articleId: number; verdict: string; progress: unknown[] }>(
      response,
    );
    assert.equal(job.status, 'done');
    assert.equal(job.articleId, articleId);
    assert.ok(['publishable', 'needs_review', 'blocked'].includes(job.verdict));
    assert.equal(job.progress.length, 8);
  });

  it('refuses a build request without sources, naming the field', async () => {
    const response = await fixture.app.request('/api/jobs', {
      method: 'POST',
      headers: apiHeaders(SATO, true),
      body: JSON.stringify({ sources: [] }),
    });
    assert.equal(response.status, 400);
    const body = await json<{ error: { code: string; message: string } }>(response);
    assert.equal(body.error.code, 'INVALID_ARGUMENT');
    assert.match(body.error.message, /at least one source/);
  });

  it('reports a failed build as a failed job with the error code', async () => {
    const started = await fixture.app.request('/api/jobs', {
      method: 'POST',
      headers: apiHeaders(SATO, true),
      body: JSON.stringify({ sources: ['no-such-cluster/page.html'] }),
    });
    const job = await json<{ id: string }>(started);
    await fixture.jobs.idle();
    const read = await json<{ status: string; error: { code: string } }>(
      await fixture.app.request(`/api/jobs/${job.id}`, { headers: apiHeaders() }),
    );
    assert.equal(read.status, 'failed');
    assert.equal(read.error.code, 'SOURCE_NOT_FOUND');
  });
});

describe('desk API: articles', () => {
  it('lists the built article with its title', async () => {
    const body = await json<{ articles: { id: number; title: string }[] }>(
      await fixture.app.request('/api/articles', { headers: apiHeaders() }),
    );
    const stored = await fixture.store.getArticle(articleId);
    assert.deepEqual(
      body.articles.map((article) => [article.id, article.title]),
      [[articleId, stored?.article.title.text]],
    );
  });

  it('reads an article as built, with its snapshots and verdict', async () => {
    const body = await json<{ article: { title: { text: string } }; snapshotIds: number[]; verdict: string }>(
      await fixture.app.request(`/api/articles/${articleId}`, { headers: apiHeaders() }),
    );
    const stored = await fixture.store.getArticle(articleId);
    assert.deepEqual(body.article, stored?.article);
    assert.deepEqual(body.snapshotIds, stored?.snapshotIds);
  });

  it('reads the report, and a source whose text holds every evidence span exactly', async () => {
    const report = await json<{ verdict: string; findings: unknown[] }>(
      await fixture.app.request(`/api/articles/${articleId}/report`, { headers: apiHeaders() }),
    );
    assert.ok(Array.isArray(report.findings));
    const source = await json<{ document: { id: string; text: string }; snapshot: { id: number } }>(
      await fixture.app.request(`/api/articles/${articleId}/sources/0`, { headers: apiHeaders() }),
    );
    assert.equal(source.snapshot.id, (await fixture.store.getArticle(articleId))?.snapshotIds[0]);
    const spans = (await claims()).flatMap((claim) =>
      claim.evidence.filter((span) => span.sourceId === source.document.id),
    );
    assert.ok(spans.length > 5);
    for (const span of spans) assert.equal(source.document.text.slice(span.start, span.end), span.text);
  });

  it('lists every claim in reading order, flagging those the verifier did not pass', async () => {
    const list = await claims();
    const stored = await fixture.store.getArticle(articleId);
    assert.equal(list[0]?.path, 'title');
    assert.equal(list[0]?.text, stored?.article.title.text);
    assert.equal(list.at(-1)?.path, 'closing.points[2]');
    const report = await json<{ findings: { severity: string; location: { path?: string } }[] }>(
      await fixture.app.request(`/api/articles/${articleId}/report`, { headers: apiHeaders() }),
    );
    for (const claim of list) {
      const own = report.findings.filter(
        (finding) =>
          finding.severity !== 'info' &&
          (finding.location.path === claim.path || finding.location.path?.startsWith(`${claim.path}.`)),
      );
      assert.equal(claim.flagged, own.length > 0, claim.path);
      assert.equal(claim.status, 'unreviewed');
    }
  });
});

describe('desk API: review decisions, audit log and publish gate', () => {
  before(async () => {
    articleId = await saveWithFlaggedHeading(fixture.store, articleId);
  });

  it('re-verifies an edit at once: a wrong number is flagged, the fix passes, and undo restores', async () => {
    const target = (await claims()).find(
      (claim) => claim.verdict === 'pass' && claim.part === 'summary' && /\d/.test(claim.text),
    );
    assert.ok(target, 'a ✅ line with a number that the verifier passes');
    const broken = wrongNumber(target.text);
    const edited = await json<{ claim: Claim }>(
      await decide({ path: target.path, action: 'edit', text: broken, revision: target.revision }),
    );
    assert.equal(edited.claim.status, 'edited');
    assert.equal(edited.claim.text, broken);
    assert.equal(edited.claim.verdict, 'error');
    // The changed figure is a number or a date (11日 → 18日): either way not in the source.
    assert.ok(edited.claim.findings.some((finding) => /^support\.(number|date)$/.test(finding.code)));
    const fixed = await json<{ claim: Claim }>(
      await decide({ path: target.path, action: 'edit', text: target.originalText, revision: 2 - 1 }),
    );
    assert.equal(fixed.claim.verdict, 'pass');
    assert.equal(fixed.claim.revision, 2);
    const undone = await json<{ claim: Claim }>(
      await decide({ path: target.path, action: 'undo', revision: 2 }),
    );
    assert.equal(undone.claim.text, broken, 'undo takes back the fix, not the first edit');
    assert.equal(undone.claim.verdict, 'error');
    const again = await json<{ claim: Claim }>(
      await decide({ path: target.path, action: 'edit', text: target.originalText }, SATO, {
        'if-match': '"3"',
      }),
    );
    assert.equal(again.claim.verdict, 'pass');
  });

  it('refuses a second editor deciding on a stale revision with 409 CONFLICT, losing nothing', async () => {
    // A claim the verifier passed: the flagged ones are left for the publish gate's test.
    const target = (await claims()).find((claim) => claim.status === 'unreviewed' && !claim.flagged);
    assert.ok(target);
    const first = await decide({ path: target.path, action: 'approve', revision: target.revision }, SATO);
    assert.equal(first.status, 200);
    const second = await decide(
      { path: target.path, action: 'edit', text: '別の文に書き換えた。', revision: target.revision },
      SUZUKI,
    );
    assert.equal(second.status, 409);
    const body = await json<{ error: { code: string; display: string } }>(second);
    assert.equal(body.error.code, 'CONFLICT');
    assert.match(body.error.display, /他の編集者/);
    const now = (await claims()).find((claim) => claim.path === target.path);
    assert.equal(now?.status, 'approved');
    assert.equal(now?.text, target.text);
  });

  it('refuses a rejection without a reason and an edit that is not one line', async () => {
    const target = (await claims()).find((claim) => claim.status === 'unreviewed');
    assert.ok(target);
    const reject = await decide({ path: target.path, action: 'reject', revision: target.revision });
    assert.equal(reject.status, 400);
    const edit = await decide({
      path: target.path,
      action: 'edit',
      text: '一行目\n二行目',
      revision: target.revision,
    });
    assert.equal(edit.status, 400);
    assert.equal((await json<{ error: { code: string } }>(edit)).error.code, 'INVALID_ARGUMENT');
  });

  it('refuses to publish while flagged claims are unreviewed, naming them; publishes once they are decided', async () => {
    const flagged = (await claims()).filter((claim) => claim.flagged && claim.status === 'unreviewed');
    assert.ok(flagged.length > 0, 'the sample article has claims the verifier did not pass');
    const refused = await fixture.app.request(`/api/articles/${articleId}/publish`, {
      method: 'POST',
      headers: apiHeaders(),
    });
    assert.equal(refused.status, 409);
    const body = await json<{ error: { code: string; remaining: { path: string; why: string }[] } }>(refused);
    assert.equal(body.error.code, 'REVIEW_INCOMPLETE');
    assert.deepEqual(
      body.error.remaining.map((claim) => claim.path),
      flagged.map((claim) => claim.path),
    );
    for (const claim of flagged) {
      const response = await decide({ path: claim.path, action: 'approve', revision: claim.revision });
      assert.equal(response.status, 200);
    }
    const checked = await json<{ gate: { publishable: boolean } }>(
      await fixture.app.request(`/api/articles/${articleId}/verify`, {
        method: 'POST',
        headers: apiHeaders(),
      }),
    );
    assert.equal(checked.gate.publishable, true);
    const published = await fixture.app.request(`/api/articles/${articleId}/publish`, {
      method: 'POST',
      headers: apiHeaders(),
    });
    assert.equal(published.status, 201);
    const { publishedArticleId } = await json<{ publishedArticleId: number }>(published);
    const reviewed = await fixture.app.request(`/api/articles/${articleId}/reviewed`, {
      headers: apiHeaders(),
    });
    const stored = await fixture.store.getArticle(publishedArticleId);
    assert.ok(stored);
    assert.equal(await reviewed.text(), renderArticle(stored.article, 'json'));
  });

  it('keeps every decision in the audit log, and replaying it rebuilds the published article byte for byte', async () => {
    const { events } = await json<{
      events: {
        editor: string;
        action: string;
        path: string;
        before: string;
        after: string;
        verdict: string;
      }[];
    }>(await fixture.app.request(`/api/articles/${articleId}/audit`, { headers: apiHeaders() }));
    assert.deepEqual(
      events.slice(0, 4).map((event) => [event.action, event.verdict]),
      [
        ['edit', 'error'],
        ['edit', 'pass'],
        ['undo', 'error'],
        ['edit', 'pass'],
      ],
    );
    assert.equal(events[0]?.after, wrongNumber(events[0]?.before ?? ''));
    assert.deepEqual(events.at(-1) && [events.at(-1)?.action, events.at(-1)?.path], ['publish', '$']);
    const publishedId = Number(events.at(-1)?.after);
    const original = await fixture.store.getArticle(articleId);
    const published = await fixture.store.getArticle(publishedId);
    assert.ok(original && published);
    const report = (await fixture.desk.open(articleId)).report;
    const replayed = replayReview(
      original.article,
      report.findings,
      await fixture.store.listReviewEvents(articleId),
    );
    assert.equal(renderArticle(replayed.article, 'json'), renderArticle(published.article, 'json'));
    assert.equal(JSON.stringify(replayed.article), JSON.stringify(published.article));
  });

  it('documents every API route at /openapi.json', async () => {
    const response = await fixture.app.request('/openapi.json');
    const document = await json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      response,
    );
    assert.equal(document.openapi, '3.1.0');
    assert.deepEqual(Object.keys(document.paths).sort(), [
      '/api/articles',
      '/api/articles/{id}',
      '/api/articles/{id}/audit',
      '/api/articles/{id}/decisions',
      '/api/articles/{id}/publish',
      '/api/articles/{id}/report',
      '/api/articles/{id}/review',
      '/api/articles/{id}/reviewed',
      '/api/articles/{id}/sources/{position}',
      '/api/articles/{id}/verify',
      '/api/jobs',
      '/api/jobs/{id}',
      '/api/jobs/{id}/events',
      '/api/queue',
      '/api/stories',
      '/api/stories/merge',
      '/api/stories/split',
    ]);
    const schema = JSON.stringify(document.paths['/api/articles/{id}']);
    assert.match(schema, /leadPoints/, 'the Article schema from src/domain is reused');
  });
});
