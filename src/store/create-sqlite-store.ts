import type { DatabaseSync } from 'node:sqlite';
import { ArticleSchema } from '../domain/article.ts';
import { MatomeError } from '../domain/errors.ts';
import { databaseAccess } from './database-access.ts';
import { insertArticleRows } from './insert-article.ts';
import { openStoreDatabase } from './open-database.ts';
import type {
  ArticleSummary,
  Publication,
  ReviewEvent,
  SourceChange,
  Store,
  StoredArticle,
  Validators,
} from './store.ts';
import { storeError } from './store-error.ts';
import {
  ArticleRowSchema,
  ArticleSummaryRowSchema,
  createRowReader,
  hashText,
  LinkRowSchema,
  ModelAnswerRowSchema,
  PUBLICATION_COLUMNS,
  PUBLICATION_ORDER,
  REVIEW_COLUMNS,
  ReviewEventRowSchema,
  SNAPSHOT_COLUMNS,
  SUMMARY_COLUMNS,
  SummaryRowSchema,
} from './store-rows.ts';

/** Collaborators of the SQLite store. */
export interface SqliteStoreOptions {
  /** Clock for `storedAt` and `createdAt`; the system clock by default. */
  now?: () => Date;
}

// A redirected page is found both under the URL it ended at and under the address that was typed.
const BY_ADDRESS = 's.url = :address OR s.input = :address';

/**
 * Opens (creating when missing) a store in the SQLite file at `path`. Each write is one
 * transaction and returns only after COMMIT has reached the disk (WAL, synchronous=FULL).
 */
export function createSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const db: DatabaseSync = openStoreDatabase(path);
  const access = databaseAccess(db, path, 'store');
  const { use, write } = access;

  const statements = (() => {
    try {
      return {
        insertContent: db.prepare(
          'INSERT INTO contents (hash, text) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING',
        ),
        insertSnapshot: db.prepare(`INSERT INTO snapshots (url, input, media_type, encoding, encoding_source,
          content_hash, status, headers, fetched_at, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
        snapshotById: db.prepare(
          `SELECT ${SNAPSHOT_COLUMNS} FROM snapshots s JOIN contents c ON c.hash = s.content_hash WHERE s.id = ?`,
        ),
        latestSnapshot: db.prepare(`SELECT ${SNAPSHOT_COLUMNS} FROM snapshots s
          JOIN contents c ON c.hash = s.content_hash WHERE ${BY_ADDRESS} ORDER BY s.id DESC LIMIT 1`),
        listSnapshots: db.prepare(
          `SELECT ${SUMMARY_COLUMNS} FROM snapshots s WHERE ${BY_ADDRESS} ORDER BY s.id DESC`,
        ),
        latestHeaders: db.prepare(
          `SELECT s.headers FROM snapshots s WHERE ${BY_ADDRESS} ORDER BY s.id DESC LIMIT 1`,
        ),
        latestHash: db.prepare(
          `SELECT s.id, s.content_hash FROM snapshots s WHERE ${BY_ADDRESS} ORDER BY s.id DESC LIMIT 1`,
        ),
        markArticleWritten: db.prepare('UPDATE articles SET written_at = ? WHERE id = ?'),
        articleById: db.prepare(
          'SELECT id, slug, article, created_at, written_at FROM articles WHERE id = ?',
        ),
        listArticles: db.prepare(
          `SELECT id, slug, json_extract(article, '$.title.text') AS title, created_at FROM articles
          ORDER BY id DESC LIMIT ?`,
        ),
        claimRevision: db.prepare(
          'SELECT COALESCE(MAX(revision), 0) AS revision FROM review_events WHERE article_id = ? AND path = ?',
        ),
        insertReviewEvent: db.prepare(`INSERT INTO review_events (article_id, path, revision, editor, action,
          before, after, reason, verdict, findings, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
        reviewEventsOf: db.prepare(
          `SELECT ${REVIEW_COLUMNS} FROM review_events WHERE article_id = ? ORDER BY id`,
        ),
        modelAnswer: db.prepare(
          'SELECT answer, input_tokens, output_tokens FROM model_answers WHERE key = ?',
        ),
        saveModelAnswer:
          db.prepare(`INSERT INTO model_answers (key, model, answer, input_tokens, output_tokens,
          created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET answer = excluded.answer,
          input_tokens = excluded.input_tokens, output_tokens = excluded.output_tokens, created_at = excluded.created_at`),
        recordModelCall: db.prepare(
          `INSERT INTO model_calls (model, label, outcome, input_tokens, output_tokens, created_at)
          VALUES (?, ?, ?, ?, ?, ?)`,
        ),
        modelTokensSince: db.prepare(
          'SELECT COALESCE(SUM(input_tokens + output_tokens), 0) AS tokens FROM model_calls WHERE created_at >= ?',
        ),
        insertPublication:
          db.prepare(`INSERT INTO publications (site, article_slug, revision, post_slug, state,
          created_at, updated_at) VALUES (?, ?, ?, ?, 'intent', ?, ?)
          ON CONFLICT (site, article_slug, revision) DO NOTHING`),
        publicationByKey: db.prepare(
          `SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE site = ? AND article_slug = ? AND revision = ?`,
        ),
        publicationById: db.prepare(`SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE id = ?`),
        claimPublication: db.prepare(`UPDATE publications SET claimed_by = :owner, claimed_until = :until,
          state = CASE state WHEN 'intent' THEN 'claimed' ELSE state END, updated_at = :now
          WHERE id = :id AND state <> 'finalised' AND (claimed_by IS NULL OR claimed_until < :now
            OR claimed_by = :owner OR claimed_by = :takeOver)`),
        advancePublication: db.prepare(`UPDATE publications SET state = :state, post_id = :postId,
          media_id = :mediaId, modified_gmt = :modifiedGmt, claimed_by = :claimedBy,
          claimed_until = :claimedUntil, updated_at = :now WHERE id = :id`),
        releasePublication: db.prepare(`UPDATE publications SET claimed_by = NULL, claimed_until = NULL,
          updated_at = ? WHERE id = ? AND claimed_by = ?`),
        latestPublication: db.prepare(`SELECT ${PUBLICATION_COLUMNS} FROM publications
          WHERE site = ? AND article_slug = ? AND state = 'finalised' ORDER BY updated_at DESC, id DESC LIMIT 1`),
        listPublications: db.prepare(
          `SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE site = ? AND article_slug = ? ORDER BY id`,
        ),
        linksOf: db.prepare(`SELECT a.position, a.snapshot_id, s.url, s.content_hash FROM article_snapshots a
          JOIN snapshots s ON s.id = a.snapshot_id WHERE a.article_id = ? ORDER BY a.position`),
      };
    } catch (error) {
      db.close();
      throw storeError('Failed to open store', path, path, error);
    }
  })();

  const { parseRow, parseHeaders, toSummary, toSnapshot, toPublication } = createRowReader(
    path,
    `${path} holds data this matome cannot read; point the store option at another file.`,
  );

  function publicationOrThrow(id: number, what: string): Publication {
    const raw = statements.publicationById.get(id);
    if (raw === undefined) {
      throw new MatomeError('INVALID_ARGUMENT', `${what}: publication ${id} (not in ${path})`, {
        hint: 'Pass an id returned by openPublication.',
      });
    }
    return toPublication(raw);
  }

  function latestHashOf(url: string): { id: number; contentHash: string } | undefined {
    const row = statements.latestHash.get({ address: url });
    if (row === undefined) return undefined;
    return { id: Number(row.id), contentHash: String(row.content_hash) };
  }

  return {
    async saveSnapshot(page) {
      return use('Failed to save snapshot', page.url, () => {
        const contentHash = hashText(page.text);
        const storedAt = now().toISOString();
        const id = write(() => {
          statements.insertContent.run(contentHash, page.text);
          const result = statements.insertSnapshot.run(
            page.url,
            page.input,
            page.mediaType,
            page.encoding,
            page.encodingSource,
            contentHash,
            page.status ?? null,
            page.headers === undefined ? null : JSON.stringify(page.headers),
            page.fetchedAt ?? null,
            storedAt,
          );
          return Number(result.lastInsertRowid);
        });
        return {
          id,
          url: page.url,
          input: page.input,
          mediaType: page.mediaType,
          encoding: page.encoding,
          encodingSource: page.encodingSource,
          text: page.text,
          contentHash,
          ...(page.status === undefined ? {} : { status: page.status }),
          ...(page.headers === undefined ? {} : { headers: { ...page.headers } }),
          ...(page.fetchedAt === undefined ? {} : { fetchedAt: page.fetchedAt }),
          storedAt,
        };
      });
    },

    async getSnapshot(id) {
      return use('Failed to read snapshot', String(id), () => {
        const row = statements.snapshotById.get(id);
        return row === undefined ? undefined : toSnapshot(row);
      });
    },

    async latestSnapshot(address) {
      return use('Failed to read snapshot', address, () => {
        const row = statements.latestSnapshot.get({ address });
        return row === undefined ? undefined : toSnapshot(row);
      });
    },

    async listSnapshots(address) {
      return use('Failed to list snapshots', address, () =>
        statements.listSnapshots
          .all({ address })
          .map((row) => toSummary(parseRow(SummaryRowSchema, row, `snapshot ${String(row.id)}`))),
      );
    },

    async validatorsFor(address) {
      return use('Failed to read validators', address, () => {
        const row = statements.latestHeaders.get({ address });
        if (row === undefined) return undefined;
        const headers = parseHeaders(row.headers === null ? null : String(row.headers), address);
        const validators: Validators = {
          ...(headers?.etag === undefined ? {} : { etag: headers.etag }),
          ...(headers?.['last-modified'] === undefined ? {} : { lastModified: headers['last-modified'] }),
        };
        return Object.keys(validators).length === 0 ? undefined : validators;
      });
    },

    async saveArticle({ slug, article, snapshotIds, pending = false }) {
      return use('Failed to save article', slug, () => {
        const createdAt = now().toISOString();
        const id = write(() =>
          insertArticleRows(db, { slug, article, snapshotIds, pending }, createdAt, path),
        );
        return {
          id,
          slug,
          article,
          snapshotIds: [...snapshotIds],
          createdAt,
          ...(pending ? {} : { writtenAt: createdAt }),
        };
      });
    },

    async getArticle(id) {
      return use('Failed to read article', String(id), () => {
        const raw = statements.articleById.get(id);
        if (raw === undefined) return undefined;
        const subject = `article ${id}`;
        const row = parseRow(ArticleRowSchema, raw, subject);
        const article = parseRow(ArticleSchema, JSON.parse(row.article), subject);
        const snapshotIds = statements.linksOf
          .all(id)
          .map((link) => parseRow(LinkRowSchema, link, subject).snapshot_id);
        return {
          id: row.id,
          slug: row.slug,
          article,
          snapshotIds,
          createdAt: row.created_at,
          ...(row.written_at === null ? {} : { writtenAt: row.written_at }),
        } satisfies StoredArticle;
      });
    },

    async listArticles(limit = 100) {
      return use('Failed to list articles', path, () =>
        statements.listArticles.all(limit).map((raw): ArticleSummary => {
          const row = parseRow(ArticleSummaryRowSchema, raw, `article ${String(raw.id)}`);
          return { id: row.id, slug: row.slug, title: row.title ?? row.slug, createdAt: row.created_at };
        }),
      );
    },

    async appendReviewEvent(event, expectedRevision) {
      return use('Failed to record review event', `article ${event.articleId} ${event.path}`, () => {
        const at = now().toISOString();
        return write(() => {
          if (statements.articleById.get(event.articleId) === undefined) {
            throw new MatomeError(
              'NOT_FOUND',
              `Failed to record review event: article ${event.articleId} (not in ${path})`,
              { hint: 'Review an article listed by GET /api/articles.' },
            );
          }
          const current = Number(
            (statements.claimRevision.get(event.articleId, event.path) as { revision: number | bigint })
              .revision,
          );
          if (current !== expectedRevision) {
            throw new MatomeError(
              'CONFLICT',
              `Refused review event: article ${event.articleId} ${event.path} (revision ${expectedRevision} is stale; the claim is at revision ${current})`,
              { hint: 'Another editor changed this claim. Reload it, read their change, and decide again.' },
            );
          }
          const revision = current + 1;
          const result = statements.insertReviewEvent.run(
            event.articleId,
            event.path,
            revision,
            event.editor,
            event.action,
            event.before,
            event.after,
            event.reason ?? null,
            event.verdict,
            event.findings,
            at,
          );
          return { ...event, id: Number(result.lastInsertRowid), revision, at } satisfies ReviewEvent;
        });
      });
    },

    async listReviewEvents(articleId) {
      return use('Failed to read review events', `article ${articleId}`, () =>
        statements.reviewEventsOf.all(articleId).map((raw): ReviewEvent => {
          const row = parseRow(ReviewEventRowSchema, raw, `review event ${String(raw.id)}`);
          return {
            id: row.id,
            articleId: row.article_id,
            path: row.path,
            revision: row.revision,
            editor: row.editor,
            action: row.action,
            before: row.before,
            after: row.after,
            ...(row.reason === null ? {} : { reason: row.reason }),
            verdict: row.verdict,
            findings: row.findings,
            at: row.at,
          };
        }),
      );
    },

    async markArticleWritten(id) {
      use('Failed to record article as written', `article ${id}`, () => {
        const result = write(() => statements.markArticleWritten.run(now().toISOString(), id));
        if (Number(result.changes) === 0) {
          throw new MatomeError(
            'INVALID_ARGUMENT',
            `Failed to record article as written: article ${id} (not in ${path})`,
            {
              hint: 'Pass an id returned by saveArticle.',
            },
          );
        }
      });
    },

    async changedSources(articleId, currentHashes) {
      return use('Failed to compare sources', `article ${articleId}`, () => {
        if (statements.articleById.get(articleId) === undefined) {
          throw new MatomeError(
            'INVALID_ARGUMENT',
            `Failed to compare sources: article ${articleId} (not in ${path})`,
            { hint: 'Pass an id returned by saveArticle.' },
          );
        }
        const changes: SourceChange[] = [];
        for (const raw of statements.linksOf.all(articleId)) {
          const link = parseRow(LinkRowSchema, raw, `article ${articleId}`);
          const given = currentHashes?.get(link.url);
          const latest = given === undefined ? latestHashOf(link.url) : undefined;
          const currentHash = given ?? latest?.contentHash;
          if (currentHash === undefined || currentHash === link.content_hash) continue;
          changes.push({
            position: link.position,
            url: link.url,
            snapshotId: link.snapshot_id,
            recordedHash: link.content_hash,
            currentHash,
            ...(latest === undefined ? {} : { latestSnapshotId: latest.id }),
          });
        }
        return changes;
      });
    },

    async getModelAnswer(key) {
      return use('Failed to read model answer', key, () => {
        const raw = statements.modelAnswer.get(key);
        if (raw === undefined) return undefined;
        const row = parseRow(ModelAnswerRowSchema, raw, `model answer ${key}`);
        return { answer: row.answer, inputTokens: row.input_tokens, outputTokens: row.output_tokens };
      });
    },

    async saveModelAnswer(key, model, answer) {
      use('Failed to save model answer', key, () =>
        write(() =>
          statements.saveModelAnswer.run(
            key,
            model,
            answer.answer,
            answer.inputTokens,
            answer.outputTokens,
            now().toISOString(),
          ),
        ),
      );
    },

    async recordModelCall(call) {
      use('Failed to record model call', call.label, () =>
        write(() =>
          statements.recordModelCall.run(
            call.model,
            call.label,
            call.outcome,
            call.inputTokens,
            call.outputTokens,
            now().toISOString(),
          ),
        ),
      );
    },

    async modelTokensSince(since) {
      return use('Failed to count model tokens', since.toISOString(), () => {
        const row = statements.modelTokensSince.get(since.toISOString()) as { tokens: number | bigint };
        return Number(row.tokens);
      });
    },

    async openPublication(key) {
      return use('Failed to record publication', `${key.articleSlug} to ${key.site}`, () =>
        write(() => {
          const at = now().toISOString();
          statements.insertPublication.run(key.site, key.articleSlug, key.revision, key.postSlug, at, at);
          const raw = statements.publicationByKey.get(key.site, key.articleSlug, key.revision);
          if (raw === undefined) throw new Error('publication row missing after insert');
          return toPublication(raw);
        }),
      );
    },

    async claimPublication(id, owner, leaseMs, takeOverFrom) {
      return use('Failed to claim publication', `publication ${id}`, () =>
        write(() => {
          publicationOrThrow(id, 'Failed to claim publication');
          const at = now();
          const result = statements.claimPublication.run({
            id,
            owner,
            until: new Date(at.getTime() + leaseMs).toISOString(),
            now: at.toISOString(),
            takeOver: takeOverFrom ?? null,
          });
          if (Number(result.changes) === 0) return undefined;
          return publicationOrThrow(id, 'Failed to claim publication');
        }),
      );
    },

    async advancePublication(id, owner, step) {
      return use('Failed to record publication step', `publication ${id} ${step.state}`, () =>
        write(() => {
          const current = publicationOrThrow(id, 'Failed to record publication step');
          if (current.claimedBy !== owner) {
            throw new MatomeError(
              'CONFLICT',
              `Refused publication step: publication ${id} ${step.state} (held by ${current.claimedBy ?? 'nobody'}, not ${owner})`,
              { hint: 'Another publisher took this article over; let it finish, then run again.' },
            );
          }
          const from = PUBLICATION_ORDER.indexOf(current.state);
          const to = PUBLICATION_ORDER.indexOf(step.state);
          const samePost =
            step.state !== 'created' || current.postId === undefined || current.postId === step.postId;
          if (current.state === 'finalised' || to < from || !samePost) {
            throw new MatomeError(
              'CONFLICT',
              `Refused publication step: publication ${id} (${current.state}${current.postId === undefined ? '' : ` post ${current.postId}`} → ${step.state})`,
              { hint: 'This is a bug in matome; please report it with the command used.' },
            );
          }
          const finalised = step.state === 'finalised';
          statements.advancePublication.run({
            id,
            state: step.state,
            postId: step.state === 'created' ? step.postId : (current.postId ?? null),
            mediaId: step.state === 'media' ? (step.mediaId ?? null) : (current.mediaId ?? null),
            modifiedGmt: step.state === 'media' ? (current.modifiedGmt ?? null) : step.modifiedGmt,
            claimedBy: finalised ? null : owner,
            claimedUntil: finalised ? null : (current.claimedUntil ?? null),
            now: now().toISOString(),
          });
          return publicationOrThrow(id, 'Failed to record publication step');
        }),
      );
    },

    async releasePublication(id, owner) {
      use('Failed to release publication', `publication ${id}`, () =>
        write(() => statements.releasePublication.run(now().toISOString(), id, owner)),
      );
    },

    async latestPublication(site, articleSlug) {
      return use('Failed to read publications', `${articleSlug} to ${site}`, () => {
        const raw = statements.latestPublication.get(site, articleSlug);
        return raw === undefined ? undefined : toPublication(raw);
      });
    },

    async listPublications(site, articleSlug) {
      return use('Failed to read publications', `${articleSlug} to ${site}`, () =>
        statements.listPublications.all(site, articleSlug).map(toPublication),
      );
    },

    async close() {
      access.close();
    },
  };
}
