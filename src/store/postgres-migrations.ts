import { MatomeError } from '../domain/errors.ts';
import { MIGRATIONS } from './migrations.ts';

/** One step of the PostgreSQL schema: the N-th brings the database to version N, as in SQLite. */
export interface PostgresMigration {
  name: string;
  sql: string;
}

/**
 * The PostgreSQL store's schema, oldest first, step for step the SQLite one (src/store/migrations.ts:
 * same names, same version numbers, same tables, keys, unique constraints and checks), so a version
 * means the same schema in both. Append only, and together with the SQLite step of the same number.
 * Times are ISO 8601 text and JSON is text, as in SQLite, so both stores give back the same values.
 */
const STEPS: readonly PostgresMigration[] = [
  {
    name: 'snapshots',
    sql: `
      CREATE TABLE contents (
        hash TEXT PRIMARY KEY CHECK (hash LIKE 'sha256:%'),
        text TEXT NOT NULL
      );
      CREATE TABLE snapshots (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        url TEXT NOT NULL,
        input TEXT NOT NULL,
        media_type TEXT NOT NULL,
        encoding TEXT NOT NULL,
        encoding_source TEXT NOT NULL,
        content_hash TEXT NOT NULL REFERENCES contents (hash),
        status INTEGER,
        headers TEXT CHECK (headers IS NULL OR headers::jsonb IS NOT NULL),
        fetched_at TEXT,
        stored_at TEXT NOT NULL
      );
      CREATE INDEX snapshots_by_url ON snapshots (url, id);
      CREATE INDEX snapshots_by_input ON snapshots (input, id);`,
  },
  {
    name: 'articles',
    sql: `
      CREATE TABLE articles (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        slug TEXT NOT NULL,
        article TEXT NOT NULL CHECK (article::jsonb IS NOT NULL),
        created_at TEXT NOT NULL
      );
      CREATE INDEX articles_by_slug ON articles (slug, id);
      CREATE TABLE article_snapshots (
        article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        snapshot_id BIGINT NOT NULL REFERENCES snapshots (id),
        PRIMARY KEY (article_id, position)
      );
      CREATE INDEX article_snapshots_by_snapshot ON article_snapshots (snapshot_id);`,
  },
  {
    name: 'model answers',
    sql: `
      CREATE TABLE model_answers (
        key TEXT PRIMARY KEY,
        model TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (answer::jsonb IS NOT NULL),
        input_tokens INTEGER NOT NULL CHECK (input_tokens >= 0),
        output_tokens INTEGER NOT NULL CHECK (output_tokens >= 0),
        created_at TEXT NOT NULL
      );
      CREATE INDEX model_answers_by_time ON model_answers (created_at);`,
  },
  {
    name: 'review events',
    sql: `
      CREATE TABLE review_events (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        article_id BIGINT NOT NULL REFERENCES articles (id),
        path TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        editor TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('approve', 'edit', 'reject', 'undo', 'publish')),
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        reason TEXT,
        verdict TEXT NOT NULL CHECK (verdict IN ('pass', 'warning', 'error')),
        findings TEXT NOT NULL CHECK (findings::jsonb IS NOT NULL),
        at TEXT NOT NULL,
        UNIQUE (article_id, path, revision)
      );
      CREATE FUNCTION review_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'review_events is append-only'; END $$;
      CREATE TRIGGER review_events_append_only BEFORE UPDATE OR DELETE ON review_events
        FOR EACH ROW EXECUTE FUNCTION review_events_append_only();`,
  },
  {
    name: 'model call ledger',
    sql: `
      CREATE TABLE model_calls (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        model TEXT NOT NULL,
        label TEXT NOT NULL,
        outcome TEXT NOT NULL,
        input_tokens INTEGER NOT NULL CHECK (input_tokens >= 0),
        output_tokens INTEGER NOT NULL CHECK (output_tokens >= 0),
        created_at TEXT NOT NULL
      );
      CREATE INDEX model_calls_by_time ON model_calls (created_at);
      INSERT INTO model_calls (model, label, outcome, input_tokens, output_tokens, created_at)
        SELECT model, 'cached answer', 'ok', input_tokens, output_tokens, created_at FROM model_answers;`,
  },
  {
    name: 'article outputs written',
    sql: `
      ALTER TABLE articles ADD COLUMN written_at TEXT;
      UPDATE articles SET written_at = created_at;`,
  },
  {
    name: 'stories',
    sql: `
      CREATE TABLE story_items (
        id TEXT PRIMARY KEY,
        -- The order stored (SQLite's rowid): the order clustering decides the items in.
        seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        item TEXT NOT NULL CHECK (item::jsonb IS NOT NULL),
        published TEXT NOT NULL,
        stored_at TEXT NOT NULL
      );
      CREATE INDEX story_items_by_time ON story_items (published, id);
      CREATE TABLE story_assignments (
        item_id TEXT PRIMARY KEY REFERENCES story_items (id),
        story TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason::jsonb IS NOT NULL),
        assigned_at TEXT NOT NULL
      );
      CREATE INDEX story_assignments_by_story ON story_assignments (story);
      CREATE TABLE story_corrections (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
        items TEXT NOT NULL CHECK (items::jsonb IS NOT NULL),
        created_at TEXT NOT NULL
      );`,
  },
  {
    name: 'story articles',
    sql: `
      CREATE TABLE story_articles (
        story TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        article_id BIGINT NOT NULL REFERENCES articles (id),
        reason TEXT NOT NULL CHECK (reason IN ('sources', 'update')),
        links TEXT NOT NULL CHECK (links::jsonb IS NOT NULL),
        created_at TEXT NOT NULL,
        PRIMARY KEY (story, revision)
      );
      CREATE TABLE story_checks (
        story TEXT PRIMARY KEY,
        checked_at TEXT NOT NULL
      );
      CREATE TABLE feed_polls (
        url TEXT PRIMARY KEY,
        interval_ms BIGINT NOT NULL CHECK (interval_ms > 0),
        polled_at TEXT NOT NULL,
        next_at TEXT NOT NULL
      );`,
  },
  {
    name: 'job ledger',
    sql: `
      CREATE TABLE job_leases (
        job_key TEXT PRIMARY KEY,
        lease INTEGER NOT NULL CHECK (lease >= 1),
        taken_at TEXT NOT NULL
      );
      CREATE TABLE job_results (
        job_key TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        lease INTEGER NOT NULL CHECK (lease >= 1),
        article_id BIGINT UNIQUE REFERENCES articles (id),
        result TEXT NOT NULL CHECK (result::jsonb IS NOT NULL),
        finished_at TEXT NOT NULL
      );
      CREATE TABLE job_charges (
        job_key TEXT NOT NULL,
        call TEXT NOT NULL,
        lease INTEGER NOT NULL CHECK (lease >= 1),
        model_call_id BIGINT NOT NULL UNIQUE REFERENCES model_calls (id),
        PRIMARY KEY (job_key, call)
      );`,
  },
  {
    name: 'publications',
    sql: `
      CREATE TABLE publications (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        site TEXT NOT NULL,
        article_slug TEXT NOT NULL,
        revision TEXT NOT NULL CHECK (revision LIKE 'sha256:%'),
        post_slug TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('intent', 'claimed', 'created', 'media', 'finalised')),
        post_id BIGINT CHECK (post_id IS NULL OR post_id > 0),
        media_id BIGINT,
        modified_gmt TEXT,
        claimed_by TEXT,
        claimed_until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (site, article_slug, revision),
        CHECK (state IN ('intent', 'claimed') OR post_id IS NOT NULL)
      );
      CREATE INDEX publications_by_article ON publications (site, article_slug, id);`,
  },
  {
    name: 'story article per article',
    sql: 'CREATE UNIQUE INDEX story_articles_one_per_article ON story_articles (article_id);',
  },
];

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = STEPS;

/**
 * Throws when the PostgreSQL steps are not the SQLite steps by name and order: a step added to one
 * list only would give one version number two schemas. Checked when a PostgreSQL store opens.
 */
export function checkMigrationsMatch(
  postgres: readonly PostgresMigration[] = POSTGRES_MIGRATIONS,
  sqlite: readonly { name: string }[] = MIGRATIONS,
): void {
  const a = sqlite.map((step) => step.name).join(', ');
  const b = postgres.map((step) => step.name).join(', ');
  if (a !== b) {
    throw new MatomeError(
      'STORE_FAILED',
      `Failed to open store: the PostgreSQL schema steps (${b}) differ from the SQLite ones (${a})`,
      {
        hint: 'This is a bug in matome: add each schema step to src/store/migrations.ts and postgres-migrations.ts, in the same order.',
      },
    );
  }
}
