// Explainer entries (時系列で見る, 数字で見る, 発言で見る) are desk claims like the rest: listed with
// their evidence, approvable, editable (re-verified at once) or rejectable, and the publish gate
// covers them. On the hospital-merger sample, whose offline article has all three parts.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { renderArticle } from '../src/render/index.ts';
import { replayReview } from '../src/server/review-state.ts';
import { apiHeaders, createDeskFixture, type DeskFixture, SAMPLES } from './support/desk-fixture.ts';

interface Claim {
  path: string;
  part: string;
  status: string;
  text: string;
  evidence: { sourceId: string; start: number; end: number; text: string }[];
  flagged: boolean;
  findings: { code: string; severity: string }[];
  revision: number;
}

let fixture: DeskFixture;
let articleId: number;

before(async () => {
  fixture = await createDeskFixture();
  articleId = await fixture.build([join(SAMPLES, 'hospital-merger')]);
});
after(() => fixture.close());

async function claims(): Promise<Claim[]> {
  const response = await fixture.app.request(`/api/articles/${articleId}/review`, { headers: apiHeaders() });
  return ((await response.json()) as { claims: Claim[] }).claims;
}

function decide(body: Record<string, unknown>) {
  return fixture.app.request(`/api/articles/${articleId}/decisions`, {
    method: 'POST',
    headers: apiHeaders(undefined, true),
    body: JSON.stringify(body),
  });
}

const explainerOf = (list: Claim[]) => list.filter((claim) => claim.path.startsWith('explainer.'));

describe('explainer entries on the desk', () => {
  it('lists every entry after the lead points, with its part and its evidence span as stored', async () => {
    const list = await claims();
    const article = (await fixture.store.getArticle(articleId))?.article;
    const explainer = article?.explainer;
    assert.ok(
      explainer && explainer.timeline.length + explainer.figures.length + explainer.quotes.length > 0,
    );
    const entries = explainerOf(list);
    assert.deepEqual(
      entries.map((claim) => claim.part),
      [
        ...explainer.timeline.map(() => 'timeline'),
        ...explainer.figures.map(() => 'keyFigure'),
        ...explainer.quotes.map(() => 'quote'),
      ],
    );
    const paths = list.map((claim) => claim.path);
    const first = paths.indexOf(entries[0]?.path ?? '');
    assert.ok(first > paths.lastIndexOf('leadPoints[2]') && first < paths.indexOf('sections[0].heading'));
    const sources = new Map<string, string>();
    for (let n = 0; n < (article?.sources.length ?? 0); n++) {
      const source = (await (
        await fixture.app.request(`/api/articles/${articleId}/sources/${n}`, { headers: apiHeaders() })
      ).json()) as { document: { id: string; text: string } };
      sources.set(source.document.id, source.document.text);
    }
    for (const claim of entries) {
      assert.ok(claim.evidence.length > 0, claim.path);
      for (const span of claim.evidence)
        assert.equal(sources.get(span.sourceId)?.slice(span.start, span.end), span.text, claim.path);
    }
  });

  it('re-verifies an edited key figure at once, and the gate holds the article until it is fixed', async () => {
    const figure = explainerOf(await claims()).find((claim) => claim.part === 'keyFigure');
    assert.ok(figure);
    const wrong = figure.text.replace(/\d+/, (digits) => String(Number(digits) + 7));
    assert.notEqual(wrong, figure.text);
    const edited = await decide({
      path: figure.path,
      action: 'edit',
      text: wrong,
      revision: figure.revision,
    });
    assert.equal(edited.status, 200);
    const after = (await claims()).find((claim) => claim.path === figure.path);
    assert.equal(after?.text, wrong);
    assert.ok(
      after?.findings.some((finding) => finding.code === 'support.number' && finding.severity === 'error'),
    );
    const refused = await fixture.app.request(`/api/articles/${articleId}/publish`, {
      method: 'POST',
      headers: apiHeaders(),
    });
    assert.equal(refused.status, 409);
    const body = (await refused.json()) as {
      error: { code: string; errors?: { location: { path: string } }[] };
    };
    assert.equal(body.error.code, 'REVIEW_INCOMPLETE');
    assert.ok(JSON.stringify(body.error).includes(figure.path), JSON.stringify(body.error).slice(0, 400));
    const fixed = await decide({
      path: figure.path,
      action: 'edit',
      text: figure.text,
      revision: after?.revision ?? 0,
    });
    assert.equal(fixed.status, 200);
  });

  it('refuses to edit a quote (the speaker’s exact words), and leaves a rejected entry out of the article', async () => {
    const quote = explainerOf(await claims()).find((claim) => claim.part === 'quote');
    assert.ok(quote);
    const edit = await decide({
      path: quote.path,
      action: 'edit',
      text: '医療はなくならない',
      revision: quote.revision,
    });
    assert.equal(edit.status, 400);
    assert.match(
      ((await edit.json()) as { error: { message: string } }).error.message,
      /speaker's exact words/,
    );
    const rejected = await decide({
      path: quote.path,
      action: 'reject',
      reason: '発言の文脈が違う',
      revision: quote.revision,
    });
    assert.equal(rejected.status, 200);
    const reviewed = JSON.parse(
      await (
        await fixture.app.request(`/api/articles/${articleId}/reviewed`, { headers: apiHeaders() })
      ).text(),
    ) as { explainer: { quotes: { fact: { text: string } }[] } };
    assert.ok(!reviewed.explainer.quotes.some((entry) => entry.fact.text === quote.text));
  });

  it('publishes once every flagged claim is decided, and the log replays to the published article', async () => {
    for (const claim of (await claims()).filter((c) => c.flagged && c.status === 'unreviewed'))
      assert.equal(
        (await decide({ path: claim.path, action: 'approve', revision: claim.revision })).status,
        200,
      );
    const published = await fixture.app.request(`/api/articles/${articleId}/publish`, {
      method: 'POST',
      headers: apiHeaders(),
    });
    assert.equal(published.status, 201, await published.clone().text());
    const { publishedArticleId } = (await published.json()) as { publishedArticleId: number };
    const stored = await fixture.store.getArticle(publishedArticleId);
    const built = await fixture.store.getArticle(articleId);
    assert.ok(stored && built);
    const { report } = await fixture.desk.open(articleId);
    const replayed = replayReview(
      built.article,
      report.findings,
      await fixture.store.listReviewEvents(articleId),
    );
    assert.equal(renderArticle(replayed.article, 'json'), renderArticle(stored.article, 'json'));
  });
});
