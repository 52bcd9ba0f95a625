import type { Article, Fact } from '../domain/article.ts';
import { MatomeError } from '../domain/errors.ts';
import type { Finding } from '../domain/report.ts';
import type { ReviewEvent, ReviewVerdict } from '../store/store.ts';
import { detectStance } from '../text/stance.ts';
import {
  type ArticleClaim,
  articleClaims,
  dropBodySentences,
  dropExplainerEntries,
  isExplainerPath,
  replaceClaim,
} from './article-claims.ts';

/** Where a claim stands on the desk. */
export type ClaimStatus = 'unreviewed' | 'approved' | 'edited' | 'rejected';

/** One claim with the decisions taken on it so far. */
export interface ClaimState {
  claim: ArticleClaim;
  status: ClaimStatus;
  /** The claim's text now: the article's, or the last edit's. */
  text: string;
  /** The verifier's findings on `text` (the build's report, or the re-verification of the edit). */
  findings: Finding[];
  /** True when the build's report had an error or a warning on the claim: it must be reviewed. */
  flagged: boolean;
  /** How many events were recorded for the claim: the revision an editor's next decision must name. */
  revision: number;
  /** True when the claim has a decision that `undo` would take back. */
  undoable: boolean;
  /** What `undo` would restore (when undoable). */
  previous?: { status: ClaimStatus; text: string; findings: Finding[] };
  reason?: string;
  /** Who decided last, and when. */
  editor?: string;
  at?: string;
}

/** The article under review: every claim's state, and the article as the decisions so far make it. */
export interface ReviewState {
  claims: ClaimState[];
  /** The reviewed article: edits applied, rejected body sentences left out. */
  article: Article;
  /** Rejected claims the reviewed article still holds (not a body sentence, or its section's last). */
  keptRejected: string[];
}

/** The verdict a list of findings gives one claim. */
export function claimVerdict(findings: readonly Finding[]): ReviewVerdict {
  if (findings.some((finding) => finding.severity === 'error')) return 'error';
  if (findings.some((finding) => finding.severity === 'warning')) return 'warning';
  return 'pass';
}

/** True when a finding's path is the claim's path or inside it (`…sentences[2].text`). */
export function isFindingOf(finding: Finding, path: string): boolean {
  if (!('path' in finding.location)) return false;
  const at = finding.location.path;
  return at === path || at.startsWith(`${path}.`) || at.startsWith(`${path}[`);
}

/** The Fact a claim becomes with new text: the same evidence, stance read from the new words. */
export function editedFact(original: Fact, text: string): Fact {
  if (text === original.text) return original;
  const stance = detectStance(text);
  // A quoted part's offsets (Fact.quote) were of the old text: the editor's text is the editor's own.
  const { speaker: _speaker, quote: _quote, ...rest } = original;
  return {
    ...rest,
    text,
    modality: stance.modality,
    ...(stance.speaker === undefined ? {} : { speaker: stance.speaker }),
    // The editor's words are no longer the source's exact words.
    verbatim: false,
  };
}

interface Snapshot {
  status: ClaimStatus;
  text: string;
  findings: Finding[];
  reason?: string;
}

/**
 * Replays an article's review log from the article as built: the same events always give the same
 * state and the same reviewed article (byte for byte once rendered), which is what makes the log
 * an audit trail rather than a note beside the data. `findings` are the build's report findings.
 */
export function replayReview(
  article: Article,
  findings: readonly Finding[],
  events: readonly ReviewEvent[],
): ReviewState {
  const claims = articleClaims(article);
  const byPath = new Map<string, { state: ClaimState; history: Snapshot[] }>();
  for (const claim of claims) {
    const own = findings.filter((finding) => isFindingOf(finding, claim.path));
    byPath.set(claim.path, {
      state: {
        claim,
        status: 'unreviewed',
        text: claim.fact.text,
        findings: own,
        flagged: claimVerdict(own) !== 'pass',
        revision: 0,
        undoable: false,
      },
      history: [],
    });
  }
  for (const event of events) {
    if (event.action === 'publish') continue;
    const entry = byPath.get(event.path);
    if (entry === undefined) {
      throw new MatomeError(
        'STORE_FAILED',
        `Failed to replay review: event ${event.id} (no claim at ${event.path} in article ${event.articleId})`,
        {
          hint: 'The review log does not belong to this article; this is a bug in matome, please report it.',
        },
      );
    }
    const { state, history } = entry;
    const eventFindings = JSON.parse(event.findings) as Finding[];
    if (event.action === 'undo') {
      const previous = history.pop();
      if (previous !== undefined) applySnapshot(state, previous);
    } else {
      history.push(snapshotOf(state));
      state.status =
        event.action === 'approve' ? 'approved' : event.action === 'edit' ? 'edited' : 'rejected';
      state.text = event.after;
      state.findings = eventFindings;
      if (event.reason === undefined) delete state.reason;
      else state.reason = event.reason;
    }
    state.undoable = history.length > 0;
    const previous = history.at(-1);
    if (previous === undefined) delete state.previous;
    else state.previous = { status: previous.status, text: previous.text, findings: previous.findings };
    state.revision = event.revision;
    state.editor = event.editor;
    state.at = event.at;
  }
  const states = claims.map((claim) => (byPath.get(claim.path) as { state: ClaimState }).state);
  return { claims: states, ...reviewedArticle(article, states) };
}

function snapshotOf(state: ClaimState): Snapshot {
  return {
    status: state.status,
    text: state.text,
    findings: state.findings,
    ...(state.reason === undefined ? {} : { reason: state.reason }),
  };
}

function applySnapshot(state: ClaimState, snapshot: Snapshot): void {
  state.status = snapshot.status;
  state.text = snapshot.text;
  state.findings = snapshot.findings;
  if (snapshot.reason === undefined) delete state.reason;
  else state.reason = snapshot.reason;
}

function reviewedArticle(
  article: Article,
  states: readonly ClaimState[],
): { article: Article; keptRejected: string[] } {
  let reviewed = article;
  for (const state of states) {
    if (state.text !== state.claim.fact.text)
      reviewed = replaceClaim(reviewed, state.claim.path, editedFact(state.claim.fact, state.text));
  }
  const rejected = states.filter((state) => state.status === 'rejected');
  // A rejected body sentence is left out, unless it is all that is left of its section's body
  // (a section needs a body); so is a rejected explainer entry (timeline, key figure, quote: the
  // part may be shorter or empty); other parts (title, points, ✅ lines) must be edited instead.
  const drop = new Set<string>();
  for (const state of rejected) if (isExplainerPath(state.claim.path)) drop.add(state.claim.path);
  const kept: string[] = [];
  for (const section of reviewed.sections.keys()) {
    const prefix = `sections[${section}].body[`;
    const body = states.filter((state) => state.claim.path.startsWith(prefix));
    const gone = rejected.filter((state) => state.claim.path.startsWith(prefix));
    if (gone.length < body.length) for (const state of gone) drop.add(state.claim.path);
  }
  for (const state of rejected) if (!drop.has(state.claim.path)) kept.push(state.claim.path);
  return { article: dropExplainerEntries(dropBodySentences(reviewed, drop), drop), keptRejected: kept };
}
