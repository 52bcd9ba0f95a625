import type { Article } from '../domain/article.ts';
import type { Page } from '../domain/page.ts';

/**
 * One stored read of a source: the Page as it was, plus its id, hash and when it was stored.
 * Every save adds a snapshot, so the history of a URL is its snapshots in id order.
 */
export interface Snapshot {
  /** Increases with every save and is never reused: the order of history. */
  id: number;
  /** Final URL of the page (after redirects), as on the Page. */
  url: string;
  /** What the user asked for (path or URL), as on the Page. */
  input: string;
  mediaType: Page['mediaType'];
  encoding: string;
  encodingSource: Page['encodingSource'];
  /** The decoded text of the page (the whole HTML for HTML pages). */
  text: string;
  /** "sha256:<hex>" of `text` as UTF-8. */
  contentHash: string;
  status?: number;
  headers?: Record<string, string>;
  /** ISO 8601 time of the fetch, as on the Page; absent for local files. */
  fetchedAt?: string;
  /** ISO 8601 time the snapshot was committed (from the store's clock). */
  storedAt: string;
}

/** A snapshot without its text and headers, for listing history. */
export type SnapshotSummary = Omit<Snapshot, 'text' | 'headers'>;

/** What an article is saved with. */
export interface NewArticle {
  slug: string;
  article: Article;
  /** The snapshots the article was built from, in the order of `article.sources`. */
  snapshotIds: readonly number[];
  /**
   * True when the article's output files are not in place yet: it is recorded as incomplete until
   * markArticleWritten says they are. Default false (no files, or already written).
   */
  pending?: boolean;
}

/** An article as stored, with the snapshots it was built from. */
export interface StoredArticle {
  id: number;
  slug: string;
  article: Article;
  snapshotIds: number[];
  /** ISO 8601 time the article was committed (from the store's clock). */
  createdAt: string;
  /** When its output files were all in place; absent while it is incomplete (saved pending, never confirmed). */
  writtenAt?: string;
}

/** A source of a stored article whose content is no longer what the article was built from. */
export interface SourceChange {
  /** Index of the source in the article's `snapshotIds` (and `article.sources`). */
  position: number;
  url: string;
  /** The snapshot the article was built from, and its hash. */
  snapshotId: number;
  recordedHash: string;
  /** The hash now: given by the caller, or that of the newest snapshot of `url`. */
  currentHash: string;
  /** The newest snapshot of `url` when `currentHash` came from the store. */
  latestSnapshotId?: number;
}

/** Validators for a conditional GET (If-None-Match / If-Modified-Since). */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** A model's answer as stored: validated JSON text and the tokens the call cost. */
export interface ModelAnswer {
  answer: string;
  inputTokens: number;
  outputTokens: number;
}

/** A stored article as listed: no body, newest first. */
export interface ArticleSummary {
  id: number;
  slug: string;
  title: string;
  createdAt: string;
}

/** What an editor did to one claim of an article on the review desk. */
export type ReviewAction = 'approve' | 'edit' | 'reject' | 'undo' | 'publish';

/** The verifier's verdict on a claim's text when the event was recorded. */
export type ReviewVerdict = 'pass' | 'warning' | 'error';

/** A review event to append: who did what to which claim (JSON path), the text before and after. */
export interface NewReviewEvent {
  articleId: number;
  editor: string;
  /** The claim's JSON path in the article, e.g. `sections[0].card.summary[1]`; `$` for the whole article. */
  path: string;
  action: ReviewAction;
  before: string;
  after: string;
  /** Why a claim was rejected (reject only). */
  reason?: string;
  verdict: ReviewVerdict;
  /** The verifier's findings on the claim's text after the event, as JSON text. */
  findings: string;
}

/** A review event as stored: its place in the log, the claim's revision it made, and when. */
export interface ReviewEvent extends NewReviewEvent {
  id: number;
  /** The claim's revision after this event: 1 for its first event, then 2, … */
  revision: number;
  /** ISO 8601 time the event was committed (from the store's clock). */
  at: string;
}

/** One model call in the token ledger. */
export interface ModelCall {
  model: string;
  /** What the call was for (`section S2 (…)`, `repair of frame`). */
  label: string;
  /** `ok`, or why the answer could not be used (`cut-off`, `unreadable`, `failed`). */
  outcome: string;
  inputTokens: number;
  outputTokens: number;
}

/**
 * The steps of publishing one article revision to a site (the outbox), in order: `intent` (recorded,
 * nothing sent), `claimed` (a publisher holds it), `created` (the post exists: its id is known),
 * `media` (the featured image is settled: uploaded, or none by the image policy), `finalised`.
 */
export type PublicationState = 'intent' | 'claimed' | 'created' | 'media' | 'finalised';

/** One publication of an article revision to a site: unique per (site, article, revision). */
export interface Publication {
  id: number;
  /** The site's base URL, normalised (no trailing slash). */
  site: string;
  /** The article's name (its output slug), the same for every revision of it. */
  articleSlug: string;
  /** "sha256:<hex>" of the article as published: a new revision gets a new record. */
  revision: string;
  /** The post's deterministic slug on the site. */
  postSlug: string;
  state: PublicationState;
  postId?: number;
  /** The featured image's media id; absent when no image was uploaded. */
  mediaId?: number;
  /** The post's `modified_gmt` after this publisher's last write to it. */
  modifiedGmt?: string;
  /** Who holds the record (host:pid) and until when (ISO 8601). */
  claimedBy?: string;
  claimedUntil?: string;
  createdAt: string;
  updatedAt: string;
}

/** A step recorded on a claimed publication. */
export type PublicationStep =
  | { state: 'created'; postId: number; modifiedGmt: string }
  | { state: 'media'; mediaId?: number }
  | { state: 'finalised'; modifiedGmt: string };

/**
 * Durable record of fetched pages and built articles. Every write is committed before it returns.
 * Lookups by address match a snapshot's final URL or its input, so a URL that redirected is found
 * under the address the user typed as well as under the one it ended at.
 */
export interface Store {
  /** Stores a page as a new snapshot; the text is kept once per distinct hash. */
  saveSnapshot(page: Page): Promise<Snapshot>;
  getSnapshot(id: number): Promise<Snapshot | undefined>;
  /** The newest snapshot whose final URL or input is `address`. */
  latestSnapshot(address: string): Promise<Snapshot | undefined>;
  /** Every snapshot whose final URL or input is `address`, newest first. */
  listSnapshots(address: string): Promise<SnapshotSummary[]>;
  /** ETag and Last-Modified of the newest snapshot of `address`; undefined when it has neither. */
  validatorsFor(address: string): Promise<Validators | undefined>;
  saveArticle(article: NewArticle): Promise<StoredArticle>;
  getArticle(id: number): Promise<StoredArticle | undefined>;
  /** Stored articles, newest first, at most `limit` (100 by default). */
  listArticles(limit?: number): Promise<ArticleSummary[]>;
  /**
   * Appends a review event to the article's append-only log. `expectedRevision` is the claim's
   * revision the editor saw; when another event was recorded for the claim since, nothing is
   * written and CONFLICT is thrown (optimistic concurrency, also across processes).
   */
  appendReviewEvent(event: NewReviewEvent, expectedRevision: number): Promise<ReviewEvent>;
  /** The article's review events in the order they were recorded. */
  listReviewEvents(articleId: number): Promise<ReviewEvent[]>;

  /** Records that a pending article's output files are all in place. */
  markArticleWritten(id: number): Promise<void>;
  /**
   * The article's sources whose content changed since it was built. The current hash of a source
   * is `currentHashes.get(url)` (by final URL) when given, else the newest snapshot's hash.
   */
  changedSources(articleId: number, currentHashes?: ReadonlyMap<string, string>): Promise<SourceChange[]>;
  /** A stored model answer (JSON text) by its key, with the tokens it cost. */
  getModelAnswer(key: string): Promise<ModelAnswer | undefined>;
  /** Keeps a model answer; a second answer under the same key replaces the first. */
  saveModelAnswer(key: string, model: string, answer: ModelAnswer): Promise<void>;
  /** Records one model call and the tokens it cost in the ledger. */
  recordModelCall(call: ModelCall): Promise<void>;
  /** Input plus output tokens of the calls recorded since `since`. */
  modelTokensSince(since: Date): Promise<number>;
  /**
   * The publication of `revision` of an article to `site`: the existing record, or a new one in
   * state `intent` (one per site, article and revision, also across processes).
   */
  openPublication(key: {
    site: string;
    articleSlug: string;
    revision: string;
    postSlug: string;
  }): Promise<Publication>;
  /**
   * Claims a publication for `owner` until now + `leaseMs`: granted when nobody holds it, the lease
   * ran out, `owner` already holds it, or the holder is `takeOverFrom` (a holder known to be dead).
   * `intent` becomes `claimed`; later states are kept. Undefined when someone else holds it.
   */
  claimPublication(
    id: number,
    owner: string,
    leaseMs: number,
    takeOverFrom?: string,
  ): Promise<Publication | undefined>;
  /**
   * Records the next step of a publication `owner` holds. Steps only move forward (created →
   * media → finalised; created again only with the same post id); finalising releases the claim.
   * CONFLICT when `owner` does not hold it or the step goes backwards.
   */
  advancePublication(id: number, owner: string, step: PublicationStep): Promise<Publication>;
  /** Gives a claim up (after a permanent failure), keeping the state reached. */
  releasePublication(id: number, owner: string): Promise<void>;
  /** The newest finalised publication of the article to the site, whatever its revision. */
  latestPublication(site: string, articleSlug: string): Promise<Publication | undefined>;
  /** Every publication of the article to the site, oldest first. */
  listPublications(site: string, articleSlug: string): Promise<Publication[]>;
  /** Closes the database; later calls fail. Closing twice is harmless. */
  close(): Promise<void>;
}
