import { ArticleSchema } from '../domain/article.ts';
import { MatomeError } from '../domain/errors.ts';
import { openPostgresDatabase, type PostgresDatabase, type Queryable } from './postgres-database.ts';
import type {
  NewArticle,
  Publication,
  ReviewEvent,
  SourceChange,
  Store,
  StoredArticle,
  Validators,
} from './store.ts';
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

/** Collaborators of the PostgreSQL store. */
export interface PostgresStoreOptions {
  /** Clock for `storedAt` and `createdAt`; the system clock by default. */
  now?: () => Date;
}

// A redirected page is found both under the URL it ended at and under the address that was typed.
const BY_ADDRESS = 's.url = $1 OR s.input = $1';

/**
 * Inserts an article and the links to its snapshots inside the caller's transaction; returns its
 * id. The PostgreSQL twin of insert-article.ts, shared by the store and the job ledger.
 */
export async function insertArticlePostgres(
  db: Queryable,
  { slug, article, snapshotIds, pending = false }: NewArticle,
  createdAt: string,
  name: string,
): Promise<number> {
  if (snapshotIds.length > 0) {
    const { rows } = await db.query<{ id: number }>('SELECT id FROM snapshots WHERE id = ANY($1::bigint[])', [
      [...snapshotIds],
    ]);
    const found = new Set(rows.map((row) => row.id));
    const missing = snapshotIds.find((id) => !found.has(id));
    if (missing !== undefined) {
      throw new MatomeError(
        'INVALID_ARGUMENT',
        `Failed to save article: ${slug} (no snapshot ${missing} in ${name})`,
        { hint: 'Save each page with saveSnapshot and pass the ids it returns.' },
      );
    }
  }
  const { rows } = await db.query<{ id: number }>(
    'INSERT INTO articles (slug, article, created_at, written_at) VALUES ($1, $2, $3, $4) RETURNING id',
    [slug, JSON.stringify(article), createdAt, pending ? null : createdAt],
  );
  const articleId = (rows[0] as { id: number }).id;
  if (snapshotIds.length > 0) {
    await db.query(
      `INSERT INTO article_snapshots (article_id, position, snapshot_id)
       SELECT $1, ordinality - 1, snapshot_id FROM unnest($2::bigint[]) WITH ORDINALITY AS t (snapshot_id, ordinality)`,
      [articleId, [...snapshotIds]],
    );
  }
  return articleId;
}

/**
 * Opens a store in the PostgreSQL database at `url` (postgres://user:password@host:port/db),
 * bringing its schema up to date. The same port and the same behaviour as the SQLite store: every
 * write is one transaction, committed before it returns; the checks that decide between processes
 * (a claim's revision, a publication's holder) lock the rows they read (SELECT … FOR UPDATE) or are
 * single conditional statements, and the unique constraints back them.
 */
export async function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const database = await openPostgresDatabase(url);
  return postgresStore(database, options);
}

/** The Store over an open database (its pool is closed by close()). */
export function postgresStore(database: PostgresDatabase, options: PostgresStoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const { name, use, write } = database;

  const { parseRow, parseHeaders, toSummary, toSnapshot, toPublication } = createRowReader(
    name,
    `${name} holds data this matome cannot read; point the store option at another database.`,
  );

  async function publicationOrThrow(
    db: Queryable,
    id: number,
    what: string,
    lock = false,
  ): Promise<Publication> {
    const { rows } = await db.query(
      `SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    if (rows[0] === undefined) {
      throw new MatomeError('INVALID_ARGUMENT', `${what}: publication ${id} (not in ${name})`, {
        hint: 'Pass an id returned by openPublication.',
      });
    }
    return toPublication(rows[0]);
  }

  async function articleExists(db: Queryable, id: number, lock = false): Promise<boolean> {
    const { rows } = await db.query(`SELECT 1 FROM articles WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows.length > 0;
  }

  return {
    async saveSnapshot(page) {
      const contentHash = hashText(page.text);
      const storedAt = now().toISOString();
      const id = await write('Failed to save snapshot', page.url, async (db) => {
        await db.query('INSERT INTO contents (hash, text) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING', [
          contentHash,
          page.text,
        ]);
        const { rows } = await db.query<{ id: number }>(
          `INSERT INTO snapshots (url, input, media_type, encoding, encoding_source, content_hash, status,
            headers, fetched_at, stored_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
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
          ],
        );
        return (rows[0] as { id: number }).id;
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
    },

    getSnapshot(id) {
      return use('Failed to read snapshot', String(id), async (db) => {
        const { rows } = await db.query(
          `SELECT ${SNAPSHOT_COLUMNS} FROM snapshots s JOIN contents c ON c.hash = s.content_hash WHERE s.id = $1`,
          [id],
        );
        return rows[0] === undefined ? undefined : toSnapshot(rows[0]);
      });
    },

    latestSnapshot(address) {
      return use('Failed to read snapshot', address, async (db) => {
        const { rows } = await db.query(
          `SELECT ${SNAPSHOT_COLUMNS} FROM snapshots s JOIN contents c ON c.hash = s.content_hash
           WHERE ${BY_ADDRESS} ORDER BY s.id DESC LIMIT 1`,
          [address],
        );
        return rows[0] === undefined ? undefined : toSnapshot(rows[0]);
      });
    },

    listSnapshots(address) {
      return use('Failed to list snapshots', address, async (db) => {
        const { rows } = await db.query(
          `SELECT ${SUMMARY_COLUMNS} FROM snapshots s WHERE ${BY_ADDRESS} ORDER BY s.id DESC`,
          [address],
        );
        return rows.map((row) => toSummary(parseRow(SummaryRowSchema, row, `snapshot ${String(row.id)}`)));
      });
    },

    validatorsFor(address) {
      return use('Failed to read validators', address, async (db) => {
        const { rows } = await db.query<{ headers: string | null }>(
          `SELECT s.headers FROM snapshots s WHERE ${BY_ADDRESS} ORDER BY s.id DESC LIMIT 1`,
          [address],
        );
        if (rows[0] === undefined) return undefined;
        const headers = parseHeaders(rows[0].headers, address);
        const validators: Validators = {
          ...(headers?.etag === undefined ? {} : { etag: headers.etag }),
          ...(headers?.['last-modified'] === undefined ? {} : { lastModified: headers['last-modified'] }),
        };
        return Object.keys(validators).length === 0 ? undefined : validators;
      });
    },

    async saveArticle({ slug, article, snapshotIds, pending = false }) {
      const createdAt = now().toISOString();
      const id = await write('Failed to save article', slug, (db) =>
        insertArticlePostgres(db, { slug, article, snapshotIds, pending }, createdAt, name),
      );
      return {
        id,
        slug,
        article,
        snapshotIds: [...snapshotIds],
        createdAt,
        ...(pending ? {} : { writtenAt: createdAt }),
      };
    },

    getArticle(id) {
      return use('Failed to read article', String(id), async (db) => {
        const { rows } = await db.query(
          'SELECT id, slug, article, created_at, written_at FROM articles WHERE id = $1',
          [id],
        );
        if (rows[0] === undefined) return undefined;
        const subject = `article ${id}`;
        const row = parseRow(ArticleRowSchema, rows[0], subject);
        const article = parseRow(ArticleSchema, JSON.parse(row.article), subject);
        const links = await db.query(
          `SELECT a.position, a.snapshot_id, s.url, s.content_hash FROM article_snapshots a
           JOIN snapshots s ON s.id = a.snapshot_id WHERE a.article_id = $1 ORDER BY a.position`,
          [id],
        );
        return {
          id: row.id,
          slug: row.slug,
          article,
          snapshotIds: links.rows.map((link) => parseRow(LinkRowSchema, link, subject).snapshot_id),
          createdAt: row.created_at,
          ...(row.written_at === null ? {} : { writtenAt: row.written_at }),
        } satisfies StoredArticle;
      });
    },

    listArticles(limit = 100) {
      return use('Failed to list articles', name, async (db) => {
        const { rows } = await db.query(
          `SELECT id, slug, article::jsonb #>> '{title,text}' AS title, created_at FROM articles
           ORDER BY id DESC LIMIT $1`,
          [limit],
        );
        return rows.map((raw) => {
          const row = parseRow(ArticleSummaryRowSchema, raw, `article ${String(raw.id)}`);
          return { id: row.id, slug: row.slug, title: row.title ?? row.slug, createdAt: row.created_at };
        });
      });
    },

    appendReviewEvent(event, expectedRevision) {
      const at = now().toISOString();
      return write(
        'Failed to record review event',
        `article ${event.articleId} ${event.path}`,
        async (db) => {
          // The article's row lock orders the events of one article: the revision read below is the
          // latest committed one, and a second editor waits here, then reads the first one's event.
          if (!(await articleExists(db, event.articleId, true))) {
            throw new MatomeError(
              'NOT_FOUND',
              `Failed to record review event: article ${event.articleId} (not in ${name})`,
              { hint: 'Review an article listed by GET /api/articles.' },
            );
          }
          const { rows } = await db.query<{ revision: number }>(
            'SELECT COALESCE(MAX(revision), 0) AS revision FROM review_events WHERE article_id = $1 AND path = $2',
            [event.articleId, event.path],
          );
          const current = rows[0]?.revision ?? 0;
          if (current !== expectedRevision) {
            throw new MatomeError(
              'CONFLICT',
              `Refused review event: article ${event.articleId} ${event.path} (revision ${expectedRevision} is stale; the claim is at revision ${current})`,
              { hint: 'Another editor changed this claim. Reload it, read their change, and decide again.' },
            );
          }
          const revision = current + 1;
          const inserted = await db.query<{ id: number }>(
            `INSERT INTO review_events (article_id, path, revision, editor, action, before, after, reason,
            verdict, findings, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
            [
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
            ],
          );
          return {
            ...event,
            id: (inserted.rows[0] as { id: number }).id,
            revision,
            at,
          } satisfies ReviewEvent;
        },
      );
    },

    listReviewEvents(articleId) {
      return use('Failed to read review events', `article ${articleId}`, async (db) => {
        const { rows } = await db.query(
          `SELECT ${REVIEW_COLUMNS} FROM review_events WHERE article_id = $1 ORDER BY id`,
          [articleId],
        );
        return rows.map((raw): ReviewEvent => {
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
        });
      });
    },

    async markArticleWritten(id) {
      await write('Failed to record article as written', `article ${id}`, async (db) => {
        const result = await db.query('UPDATE articles SET written_at = $1 WHERE id = $2', [
          now().toISOString(),
          id,
        ]);
        if (result.rowCount === 0) {
          throw new MatomeError(
            'INVALID_ARGUMENT',
            `Failed to record article as written: article ${id} (not in ${name})`,
            { hint: 'Pass an id returned by saveArticle.' },
          );
        }
      });
    },

    changedSources(articleId, currentHashes) {
      return use('Failed to compare sources', `article ${articleId}`, async (db) => {
        if (!(await articleExists(db, articleId))) {
          throw new MatomeError(
            'INVALID_ARGUMENT',
            `Failed to compare sources: article ${articleId} (not in ${name})`,
            { hint: 'Pass an id returned by saveArticle.' },
          );
        }
        const { rows } = await db.query(
          `SELECT a.position, a.snapshot_id, s.url, s.content_hash FROM article_snapshots a
           JOIN snapshots s ON s.id = a.snapshot_id WHERE a.article_id = $1 ORDER BY a.position`,
          [articleId],
        );
        const changes: SourceChange[] = [];
        for (const raw of rows) {
          const link = parseRow(LinkRowSchema, raw, `article ${articleId}`);
          const given = currentHashes?.get(link.url);
          let latest: { id: number; contentHash: string } | undefined;
          if (given === undefined) {
            const newest = await db.query<{ id: number; content_hash: string }>(
              `SELECT s.id, s.content_hash FROM snapshots s WHERE ${BY_ADDRESS} ORDER BY s.id DESC LIMIT 1`,
              [link.url],
            );
            const row = newest.rows[0];
            latest = row === undefined ? undefined : { id: row.id, contentHash: row.content_hash };
          }
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

    getModelAnswer(key) {
      return use('Failed to read model answer', key, async (db) => {
        const { rows } = await db.query(
          'SELECT answer, input_tokens, output_tokens FROM model_answers WHERE key = $1',
          [key],
        );
        if (rows[0] === undefined) return undefined;
        const row = parseRow(ModelAnswerRowSchema, rows[0], `model answer ${key}`);
        return { answer: row.answer, inputTokens: row.input_tokens, outputTokens: row.output_tokens };
      });
    },

    async saveModelAnswer(key, model, answer) {
      await write('Failed to save model answer', key, (db) =>
        db.query(
          `INSERT INTO model_answers (key, model, answer, input_tokens, output_tokens, created_at)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key) DO UPDATE SET answer = excluded.answer,
           input_tokens = excluded.input_tokens, output_tokens = excluded.output_tokens,
           created_at = excluded.created_at`,
          [key, model, answer.answer, answer.inputTokens, answer.outputTokens, now().toISOString()],
        ),
      );
    },

    async recordModelCall(call) {
      await write('Failed to record model call', call.label, (db) =>
        db.query(
          `INSERT INTO model_calls (model, label, outcome, input_tokens, output_tokens, created_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [call.model, call.label, call.outcome, call.inputTokens, call.outputTokens, now().toISOString()],
        ),
      );
    },

    modelTokensSince(since) {
      return use('Failed to count model tokens', since.toISOString(), async (db) => {
        const { rows } = await db.query<{ tokens: number }>(
          'SELECT COALESCE(SUM(input_tokens + output_tokens), 0)::bigint AS tokens FROM model_calls WHERE created_at >= $1',
          [since.toISOString()],
        );
        return rows[0]?.tokens ?? 0;
      });
    },

    openPublication(key) {
      return write('Failed to record publication', `${key.articleSlug} to ${key.site}`, async (db) => {
        const at = now().toISOString();
        await db.query(
          `INSERT INTO publications (site, article_slug, revision, post_slug, state, created_at, updated_at)
           VALUES ($1, $2, $3, $4, 'intent', $5, $5) ON CONFLICT (site, article_slug, revision) DO NOTHING`,
          [key.site, key.articleSlug, key.revision, key.postSlug, at],
        );
        const { rows } = await db.query(
          `SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE site = $1 AND article_slug = $2 AND revision = $3`,
          [key.site, key.articleSlug, key.revision],
        );
        if (rows[0] === undefined) throw new Error('publication row missing after insert');
        return toPublication(rows[0]);
      });
    },

    claimPublication(id, owner, leaseMs, takeOverFrom) {
      return write('Failed to claim publication', `publication ${id}`, async (db) => {
        await publicationOrThrow(db, id, 'Failed to claim publication');
        const at = now();
        // One conditional UPDATE: a second claimer waits for the first one's row lock, then
        // re-checks the condition against the row as the first one left it.
        const { rows } = await db.query(
          `UPDATE publications SET claimed_by = $2, claimed_until = $3,
             state = CASE state WHEN 'intent' THEN 'claimed' ELSE state END, updated_at = $4
           WHERE id = $1 AND state <> 'finalised' AND (claimed_by IS NULL OR claimed_until < $4
             OR claimed_by = $2 OR claimed_by = $5)
           RETURNING ${PUBLICATION_COLUMNS}`,
          [id, owner, new Date(at.getTime() + leaseMs).toISOString(), at.toISOString(), takeOverFrom ?? null],
        );
        return rows[0] === undefined ? undefined : toPublication(rows[0]);
      });
    },

    advancePublication(id, owner, step) {
      return write('Failed to record publication step', `publication ${id} ${step.state}`, async (db) => {
        const current = await publicationOrThrow(db, id, 'Failed to record publication step', true);
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
        const { rows } = await db.query(
          `UPDATE publications SET state = $2, post_id = $3, media_id = $4, modified_gmt = $5, claimed_by = $6,
             claimed_until = $7, updated_at = $8 WHERE id = $1 RETURNING ${PUBLICATION_COLUMNS}`,
          [
            id,
            step.state,
            step.state === 'created' ? step.postId : (current.postId ?? null),
            step.state === 'media' ? (step.mediaId ?? null) : (current.mediaId ?? null),
            step.state === 'media' ? (current.modifiedGmt ?? null) : step.modifiedGmt,
            finalised ? null : owner,
            finalised ? null : (current.claimedUntil ?? null),
            now().toISOString(),
          ],
        );
        return toPublication(rows[0] as Record<string, unknown>);
      });
    },

    async releasePublication(id, owner) {
      await write('Failed to release publication', `publication ${id}`, (db) =>
        db.query(
          'UPDATE publications SET claimed_by = NULL, claimed_until = NULL, updated_at = $1 WHERE id = $2 AND claimed_by = $3',
          [now().toISOString(), id, owner],
        ),
      );
    },

    latestPublication(site, articleSlug) {
      return use('Failed to read publications', `${articleSlug} to ${site}`, async (db) => {
        const { rows } = await db.query(
          `SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE site = $1 AND article_slug = $2
           AND state = 'finalised' ORDER BY updated_at DESC, id DESC LIMIT 1`,
          [site, articleSlug],
        );
        return rows[0] === undefined ? undefined : toPublication(rows[0]);
      });
    },

    listPublications(site, articleSlug) {
      return use('Failed to read publications', `${articleSlug} to ${site}`, async (db) => {
        const { rows } = await db.query(
          `SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE site = $1 AND article_slug = $2 ORDER BY id`,
          [site, articleSlug],
        );
        return rows.map(toPublication);
      });
    },

    close() {
      return database.close();
    },
  };
}
