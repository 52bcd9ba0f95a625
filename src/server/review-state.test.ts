import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle } from '../../test/support/article-factory.ts';
import type { Finding } from '../domain/report.ts';
import type { ReviewEvent } from '../store/store.ts';
import { articleClaims } from './article-claims.ts';
import { checkPublishGate, reviewFindings } from './publish-gate.ts';
import { editedFact, replayReview } from './review-state.ts';

function article() {
  const built = sampleArticle();
  const first = built.sections[0]?.body[0]?.sentences[0];
  assert.ok(first);
  // A second body sentence, so one of them can be rejected and left out.
  built.sections[0]?.body[0]?.sentences.push({ ...first, text: '本文の別の一文。' });
  return built;
}

let nextId = 0;
function event(
  path: string,
  action: ReviewEvent['action'],
  before: string,
  after: string,
  extra: Partial<ReviewEvent> = {},
): ReviewEvent {
  nextId++;
  return {
    id: nextId,
    articleId: 1,
    editor: '佐藤',
    path,
    action,
    before,
    after,
    verdict: 'pass',
    findings: '[]',
    revision: extra.revision ?? 1,
    at: `2025-03-11T00:00:${String(nextId).padStart(2, '0')}.000Z`,
    ...extra,
  };
}

const warning: Finding = {
  code: 'support.coverage',
  severity: 'warning',
  location: { path: 'leadPoints[1]' },
  message: 'Only part of the point is in its sources.',
};

describe('replayReview', () => {
  it('lists every claim in reading order with the paths the verifier uses', () => {
    const paths = articleClaims(article()).map((claim) => claim.path);
    assert.deepEqual(paths.slice(0, 5), [
      'title',
      'leadPoints[0]',
      'leadPoints[1]',
      'leadPoints[2]',
      'sections[0].heading',
    ]);
    assert.ok(paths.includes('sections[0].body[0].sentences[1]'));
    assert.equal(paths.at(-1), 'closing.points[2]');
  });

  it('applies edits, takes back the last decision on undo, and flags claims with findings', () => {
    const built = article();
    const state = replayReview(
      built,
      [warning],
      [
        event('title', 'approve', built.title.text, built.title.text),
        event('leadPoints[0]', 'edit', '要点その一。', '要点を書き直した。'),
        event('leadPoints[0]', 'edit', '要点を書き直した。', '二度目の書き直し。', { revision: 2 }),
        event('leadPoints[0]', 'undo', '二度目の書き直し。', '要点を書き直した。', { revision: 3 }),
      ],
    );
    const byPath = new Map(state.claims.map((claim) => [claim.claim.path, claim]));
    assert.equal(byPath.get('title')?.status, 'approved');
    assert.equal(byPath.get('leadPoints[0]')?.text, '要点を書き直した。');
    assert.equal(byPath.get('leadPoints[0]')?.revision, 3);
    assert.equal(byPath.get('leadPoints[0]')?.undoable, true);
    assert.equal(byPath.get('leadPoints[1]')?.flagged, true);
    assert.equal(byPath.get('leadPoints[2]')?.flagged, false);
    assert.equal(state.article.leadPoints[0].text, '要点を書き直した。');
    assert.equal(state.article.leadPoints[0].verbatim, false, "an editor's words are not the source's");
    assert.equal(built.leadPoints[0].text, '要点その一。', 'the built article is left as it was');
  });

  it("leaves a rejected body sentence out, but keeps a rejected title and a section's last sentence", () => {
    const built = article();
    const state = replayReview(
      built,
      [],
      [
        event('sections[0].body[0].sentences[1]', 'reject', '本文の別の一文。', '本文の別の一文。', {
          reason: '出典にない',
        }),
        event('sections[1].body[0].sentences[0]', 'reject', 'x', 'x', { reason: '出典にない' }),
        event('closing.points[0]', 'reject', '結びその一。', '結びその一。', { reason: '言い過ぎ' }),
      ],
    );
    assert.equal(state.article.sections[0]?.body[0]?.sentences.length, 1);
    assert.deepEqual(state.keptRejected, ['sections[1].body[0].sentences[0]', 'closing.points[0]']);
    assert.equal(state.claims.find((claim) => claim.claim.path === 'closing.points[0]')?.reason, '言い過ぎ');
  });
});

describe('checkPublishGate', () => {
  it('names flagged claims nobody decided and rejected claims still in the article', () => {
    const built = article();
    const undecided = replayReview(built, [warning], []);
    const closed = checkPublishGate(
      undecided,
      reviewFindings(undecided, { verdict: 'needs_review', findings: [warning] }),
    );
    assert.equal(closed.publishable, false);
    assert.deepEqual(closed.remaining, [{ path: 'leadPoints[1]', text: '要点その二。', why: 'unreviewed' }]);
    const decided = replayReview(
      built,
      [warning],
      [
        event('leadPoints[1]', 'approve', '要点その二。', '要点その二。', {
          findings: JSON.stringify([warning]),
        }),
      ],
    );
    const open = checkPublishGate(
      decided,
      reviewFindings(decided, { verdict: 'needs_review', findings: [warning] }),
    );
    assert.deepEqual(open, { publishable: true, remaining: [], errors: [] });
  });

  it('refuses an article whose edit the verifier finds an error in, even when every claim was decided', () => {
    const built = article();
    const error: Finding = {
      ...warning,
      severity: 'error',
      code: 'support.number',
      location: { path: 'leadPoints[0]' },
    };
    const state = replayReview(
      built,
      [],
      [
        event('leadPoints[0]', 'edit', '要点その一。', '要点は99件。', {
          verdict: 'error',
          findings: JSON.stringify([error]),
        }),
      ],
    );
    const gate = checkPublishGate(state, reviewFindings(state, { verdict: 'publishable', findings: [] }));
    assert.equal(gate.publishable, false);
    assert.deepEqual(gate.errors, [error]);
  });
});

describe('editedFact', () => {
  it('drops a quoted part (Fact.quote): its offsets were of the text before the edit', () => {
    const first = sampleArticle().sections[0]?.body[0]?.sentences[0];
    assert.ok(first);
    const quoting = {
      ...first,
      text: '県によると、「橋の補修は来年春までかかる」という。',
      verbatim: false,
      quote: { start: 7, end: 20 },
    };
    const edited = editedFact(quoting, '県によると、橋の補修は来年春に終わる。');
    assert.equal(edited.quote, undefined);
    assert.equal(edited.text, '県によると、橋の補修は来年春に終わる。');
  });
});
