import type { Article } from '../domain/article.ts';
import { ArticleSchema, isDisplayText } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import { MatomeError } from '../domain/errors.ts';
import type { Report } from '../domain/report.ts';
import { readStoredSources } from '../pipeline/read-stored-sources.ts';
import type { ReviewEvent, Snapshot, Store, StoredArticle } from '../store/store.ts';
import type { Tokenizer } from '../text/tokenizer.ts';
import { createUnderstanding } from '../understand/understand-document.ts';
import { type Context, checkUnit, createContext, verifyArticle } from '../verify/verify-article.ts';
import { checkPublishGate, type PublishGate } from './publish-gate.ts';
import { type ClaimState, claimVerdict, editedFact, type ReviewState, replayReview } from './review-state.ts';

/** An editor's decision on one claim. `revision` is the claim's revision the editor saw. */
export interface Decision {
  path: string;
  action: 'approve' | 'edit' | 'reject' | 'undo';
  /** The new text (edit only). */
  text?: string;
  /** Why the claim is rejected (reject only). */
  reason?: string;
  revision: number;
}

/** A stored article opened on the desk: its sources as built, the build's report, the review so far. */
export interface DeskArticle {
  stored: StoredArticle;
  documents: Document[];
  /** The verifier's report on the article as built. */
  report: Report;
  review: ReviewState;
  events: ReviewEvent[];
}

/** The review desk's operations, shared by the JSON API and the review page. */
export interface Desk {
  open(id: number): Promise<DeskArticle>;
  decide(id: number, editor: string, decision: Decision): Promise<{ claim: ClaimState; event: ReviewEvent }>;
  /** The verifier's report on the reviewed article, and the publish gate it gives. */
  check(id: number): Promise<{ report: Report; gate: PublishGate }>;
  /** Publishes the reviewed article (stored as a new article) when the gate allows; REVIEW_INCOMPLETE otherwise. */
  publish(id: number, editor: string): Promise<{ published: StoredArticle; gate: PublishGate }>;
  source(id: number, position: number): Promise<{ document: Document; snapshot: Snapshot }>;
}

interface Opened {
  stored: StoredArticle;
  documents: Document[];
  context: Context;
  report: Report;
}

/** How many articles keep their sources' reading in memory (the ones editors are working on). */
const CACHE_SIZE = 16;

function notFound(what: string, subject: string): MatomeError {
  return new MatomeError('NOT_FOUND', `${what}: ${subject} (not in the store)`, {
    hint: 'List the articles with GET /api/articles and use an id from there.',
  });
}

/** Creates the desk over a store; the tokenizer is loaded once by the caller and shared. */
export function createDesk(options: { store: Store; tokenizer: Tokenizer }): Desk {
  const { store, tokenizer } = options;
  const cache = new Map<number, Opened>();

  async function load(id: number): Promise<Opened> {
    const hit = cache.get(id);
    if (hit !== undefined) {
      cache.delete(id);
      cache.set(id, hit);
      return hit;
    }
    const stored = await store.getArticle(id);
    if (stored === undefined) throw notFound('Failed to open article', String(id));
    const documents = await documentsOf(stored);
    const understanding = createUnderstanding(tokenizer);
    const context = createContext(documents, tokenizer, understanding);
    const report = verifyArticle(stored.article, documents, tokenizer, { understanding });
    const opened = { stored, documents, context, report };
    cache.set(id, opened);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as number);
    return opened;
  }

  /** The article's sources as they were when it was built, from the snapshots it was recorded with. */
  function documentsOf(stored: StoredArticle): Promise<Document[]> {
    return readStoredSources(store, stored, 'Failed to open article');
  }

  async function open(id: number): Promise<DeskArticle> {
    const opened = await load(id);
    const events = await store.listReviewEvents(id);
    return {
      stored: opened.stored,
      documents: opened.documents,
      report: opened.report,
      review: replayReview(opened.stored.article, opened.report.findings, events),
      events,
    };
  }

  async function check(id: number): Promise<{ report: Report; gate: PublishGate }> {
    const opened = await load(id);
    const review = (await open(id)).review;
    const report = verifyArticle(review.article, opened.documents, tokenizer, {
      understanding: opened.context.understanding,
    });
    return { report, gate: checkPublishGate(review, report) };
  }

  return {
    open,
    check,

    async decide(id, editor, decision) {
      const opened = await load(id);
      const { review } = await open(id);
      const state = review.claims.find((claim) => claim.claim.path === decision.path);
      if (state === undefined) throw notFound('Failed to review claim', `article ${id} ${decision.path}`);
      let after = state.text;
      let findings = state.findings;
      if (decision.action === 'edit') {
        const text = (decision.text ?? '').trim();
        if (!isDisplayText(text)) {
          throw new MatomeError(
            'INVALID_ARGUMENT',
            `Invalid edit: article ${id} ${decision.path} (the text must be one non-empty line without template leftovers)`,
            { hint: 'Write the claim as one sentence on one line.' },
          );
        }
        if (state.claim.part === 'quote') {
          throw new MatomeError(
            'INVALID_ARGUMENT',
            `Invalid edit: article ${id} ${decision.path} (a quote is the speaker's exact words, which an edit would change)`,
            { hint: 'Approve the quote, or reject it with a reason to leave it out of the article.' },
          );
        }
        after = text;
        // The edit is re-verified at once, against the same sources and scope as the build's report.
        const unit = {
          path: state.claim.path,
          fact: editedFact(state.claim.fact, text),
          scope: state.claim.scope,
          ...(state.claim.section === undefined ? {} : { section: state.claim.section }),
        };
        findings = checkUnit(opened.context, unit);
      } else if (decision.action === 'reject') {
        if ((decision.reason ?? '').trim() === '') {
          throw new MatomeError(
            'INVALID_ARGUMENT',
            `Invalid rejection: article ${id} ${decision.path} (no reason given)`,
            { hint: 'Say why the claim is rejected, so the next editor can read it.' },
          );
        }
      } else if (decision.action === 'undo') {
        if (state.previous === undefined) {
          throw new MatomeError('INVALID_ARGUMENT', `Nothing to undo: article ${id} ${decision.path}`, {
            hint: 'Undo takes back the last approve, edit or reject of this claim.',
          });
        }
        // The event records the text and the verdict the undo brings back.
        after = state.previous.text;
        findings = state.previous.findings;
      }
      const event = await store.appendReviewEvent(
        {
          articleId: id,
          editor,
          path: state.claim.path,
          action: decision.action,
          before: state.text,
          after,
          ...(decision.action === 'reject' ? { reason: (decision.reason ?? '').trim() } : {}),
          verdict: claimVerdict(findings),
          findings: JSON.stringify(findings),
        },
        decision.revision,
      );
      // The undo's text and findings are those it restores: read them back from the replayed log.
      const claim = (await open(id)).review.claims.find(
        (candidate) => candidate.claim.path === decision.path,
      );
      return { claim: claim as ClaimState, event };
    },

    async publish(id, editor) {
      const opened = await load(id);
      const { report, gate } = await check(id);
      if (!gate.publishable) {
        const names = [
          ...gate.remaining.map((claim) => `${claim.path} (${claim.why})`),
          ...gate.errors.map(
            (finding) => `${'path' in finding.location ? finding.location.path : '?'} (${finding.code})`,
          ),
        ];
        throw new MatomeError(
          'REVIEW_INCOMPLETE',
          `Refused to publish: article ${id} (${names.length} left: ${names.join(', ')})`,
          { hint: 'Approve, fix or reject each claim named, then publish again.' },
        );
      }
      const reviewed: Article = ArticleSchema.parse((await open(id)).review.article);
      const published = await store.saveArticle({
        slug: opened.stored.slug,
        article: reviewed,
        snapshotIds: opened.stored.snapshotIds,
      });
      const revision = (await store.listReviewEvents(id)).filter((event) => event.path === '$').length;
      await store.appendReviewEvent(
        {
          articleId: id,
          editor,
          path: '$',
          action: 'publish',
          before: '',
          after: String(published.id),
          verdict: claimVerdict(report.findings),
          findings: JSON.stringify(report.findings.filter((finding) => finding.severity !== 'info')),
        },
        revision,
      );
      return { published, gate };
    },

    async source(id, position) {
      const opened = await load(id);
      const document = opened.documents[position];
      const snapshotId = opened.stored.snapshotIds[position];
      const snapshot = snapshotId === undefined ? undefined : await store.getSnapshot(snapshotId);
      if (document === undefined || snapshot === undefined)
        throw notFound('Failed to read source', `article ${id} source ${position}`);
      return { document, snapshot };
    },
  };
}
