import { createHash } from 'node:crypto';
import { z } from 'zod';
import { MatomeError } from '../domain/errors.ts';
import { PageSchema } from '../domain/page.ts';
import type { Publication, PublicationState, Snapshot, SnapshotSummary } from './store.ts';

// The store's rows and columns, shared by the SQLite and PostgreSQL stores (same tables, same
// columns): the SQL column lists, and the zod schemas each row is checked with when read back.
// Rows are read back from a file another version of matome may have written: checked at this edge.
export const SummaryRowSchema = z.object({
  id: z.number().int(),
  url: z.string(),
  input: z.string(),
  media_type: PageSchema.shape.mediaType,
  encoding: z.string(),
  encoding_source: PageSchema.shape.encodingSource,
  content_hash: z.string(),
  status: z.number().int().nullable(),
  fetched_at: z.string().nullable(),
  stored_at: z.string(),
});
export const SnapshotRowSchema = SummaryRowSchema.extend({
  text: z.string(),
  headers: z.string().nullable(),
});
export const HeadersSchema = z.record(z.string(), z.string());
export const ArticleRowSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  article: z.string(),
  created_at: z.string(),
  written_at: z.string().nullable(),
});
export const LinkRowSchema = z.object({
  position: z.number().int(),
  snapshot_id: z.number().int(),
  url: z.string(),
  content_hash: z.string(),
});
export const ModelAnswerRowSchema = z.object({
  answer: z.string(),
  input_tokens: z.number().int().nonnegative(),
  output_tokens: z.number().int().nonnegative(),
});

export const ArticleSummaryRowSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string().nullable(),
  created_at: z.string(),
});
export const ReviewEventRowSchema = z.object({
  id: z.number().int(),
  article_id: z.number().int(),
  path: z.string(),
  revision: z.number().int().positive(),
  editor: z.string(),
  action: z.enum(['approve', 'edit', 'reject', 'undo', 'publish']),
  before: z.string(),
  after: z.string(),
  reason: z.string().nullable(),
  verdict: z.enum(['pass', 'warning', 'error']),
  findings: z.string(),
  at: z.string(),
});
export const PublicationRowSchema = z.object({
  id: z.number().int(),
  site: z.string(),
  article_slug: z.string(),
  revision: z.string(),
  post_slug: z.string(),
  state: z.enum(['intent', 'claimed', 'created', 'media', 'finalised']),
  post_id: z.number().int().nullable(),
  media_id: z.number().int().nullable(),
  modified_gmt: z.string().nullable(),
  claimed_by: z.string().nullable(),
  claimed_until: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export const PUBLICATION_COLUMNS = `id, site, article_slug, revision, post_slug, state, post_id, media_id, modified_gmt,
  claimed_by, claimed_until, created_at, updated_at`;
/** The outbox's steps in order: a step is recorded only forwards. */
export const PUBLICATION_ORDER: readonly PublicationState[] = [
  'intent',
  'claimed',
  'created',
  'media',
  'finalised',
];

export const REVIEW_COLUMNS =
  'id, article_id, path, revision, editor, action, before, after, reason, verdict, findings, at';

export const SUMMARY_COLUMNS = `s.id, s.url, s.input, s.media_type, s.encoding, s.encoding_source, s.content_hash,
  s.status, s.fetched_at, s.stored_at`;
export const SNAPSHOT_COLUMNS = `${SUMMARY_COLUMNS}, s.headers, c.text`;

/** "sha256:<hex>" of the UTF-8 bytes of `text`, the same form as a Document's contentHash. */
export function hashText(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/**
 * Reads rows of the store `name` back into the port's objects, checking each with its schema: a
 * row this matome cannot read is STORE_FAILED naming the store, with `hint` (which store option to
 * change). One reader for both stores: their tables and columns are the same.
 */
export function createRowReader(name: string, hint: string) {
  function parseRow<T extends z.ZodType>(schema: T, row: unknown, subject: string): z.infer<T> {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data;
    throw new MatomeError(
      'STORE_FAILED',
      `Failed to read store: ${subject} in ${name} (${parsed.error.issues[0]?.message ?? 'unexpected row'})`,
      { hint },
    );
  }

  function parseHeaders(json: string | null, subject: string): Record<string, string> | undefined {
    if (json === null) return undefined;
    return parseRow(HeadersSchema, JSON.parse(json), subject);
  }

  function toSummary(row: z.infer<typeof SummaryRowSchema>): SnapshotSummary {
    return {
      id: row.id,
      url: row.url,
      input: row.input,
      mediaType: row.media_type,
      encoding: row.encoding,
      encodingSource: row.encoding_source,
      contentHash: row.content_hash,
      ...(row.status === null ? {} : { status: row.status }),
      ...(row.fetched_at === null ? {} : { fetchedAt: row.fetched_at }),
      storedAt: row.stored_at,
    };
  }

  function toSnapshot(raw: Record<string, unknown>): Snapshot {
    const subject = `snapshot ${String(raw.id)}`;
    const row = parseRow(SnapshotRowSchema, raw, subject);
    const headers = parseHeaders(row.headers, subject);
    return { ...toSummary(row), text: row.text, ...(headers === undefined ? {} : { headers }) };
  }

  function toPublication(raw: Record<string, unknown>): Publication {
    const row = parseRow(PublicationRowSchema, raw, `publication ${String(raw.id)}`);
    return {
      id: row.id,
      site: row.site,
      articleSlug: row.article_slug,
      revision: row.revision,
      postSlug: row.post_slug,
      state: row.state,
      ...(row.post_id === null ? {} : { postId: row.post_id }),
      ...(row.media_id === null ? {} : { mediaId: row.media_id }),
      ...(row.modified_gmt === null ? {} : { modifiedGmt: row.modified_gmt }),
      ...(row.claimed_by === null ? {} : { claimedBy: row.claimed_by }),
      ...(row.claimed_until === null ? {} : { claimedUntil: row.claimed_until }),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  return { parseRow, parseHeaders, toSummary, toSnapshot, toPublication };
}
