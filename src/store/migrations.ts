import type { Migration } from './migrate.ts';

/**
 * The store's schema, oldest first. Append only: a released step is never edited or reordered,
 * because databases in the field record how many steps they have run (PRAGMA user_version).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    // Snapshots keep every read of a source (when, status, headers); the text is kept once per
    // distinct hash in `contents`, so re-fetching an unchanged page adds a small row, not a copy.
    // AUTOINCREMENT so that an id, once acknowledged, never names another snapshot.
    name: 'snapshots',
    up(db) {
      db.exec(`
        CREATE TABLE contents (
          hash TEXT PRIMARY KEY NOT NULL CHECK (hash GLOB 'sha256:*'),
          text TEXT NOT NULL
        );
        CREATE TABLE snapshots (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          url TEXT NOT NULL,
          input TEXT NOT NULL,
          media_type TEXT NOT NULL,
          encoding TEXT NOT NULL,
          encoding_source TEXT NOT NULL,
          content_hash TEXT NOT NULL REFERENCES contents (hash),
          status INTEGER,
          headers TEXT CHECK (headers IS NULL OR json_valid(headers)),
          fetched_at TEXT,
          stored_at TEXT NOT NULL
        );
        CREATE INDEX snapshots_by_url ON snapshots (url, id);
        CREATE INDEX snapshots_by_input ON snapshots (input, id);
      `);
    },
  },
  {
    // Articles with the snapshots they were built from, in source order. A separate step so that
    // upgrading a store made by code that knew only snapshots is exercised by the tests.
    name: 'articles',
    up(db) {
      db.exec(`
        CREATE TABLE articles (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          slug TEXT NOT NULL,
          article TEXT NOT NULL CHECK (json_valid(article)),
          created_at TEXT NOT NULL
        );
        CREATE INDEX articles_by_slug ON articles (slug, id);
        CREATE TABLE article_snapshots (
          article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          snapshot_id INTEGER NOT NULL REFERENCES snapshots (id),
          PRIMARY KEY (article_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX article_snapshots_by_snapshot ON article_snapshots (snapshot_id);
      `);
    },
  },
  {
    // Model answers by key (a hash of model and prompt), so an identical rebuild makes no calls,
    // and the tokens each call cost, so a daily budget can be kept across builds.
    name: 'model answers',
    up(db) {
      db.exec(`
        CREATE TABLE model_answers (
          key TEXT PRIMARY KEY NOT NULL,
          model TEXT NOT NULL,
          answer TEXT NOT NULL CHECK (json_valid(answer)),
          input_tokens INTEGER NOT NULL CHECK (input_tokens >= 0),
          output_tokens INTEGER NOT NULL CHECK (output_tokens >= 0),
          created_at TEXT NOT NULL
        );
        CREATE INDEX model_answers_by_time ON model_answers (created_at);
      `);
    },
  },
  {
    // The review desk's audit log: one row per editor decision, never updated or deleted (the
    // triggers refuse both), so replaying it rebuilds the reviewed article. (article, path,
    // revision) is unique: two editors acting on one claim from the same revision cannot both win.
    name: 'review events',
    up(db) {
      db.exec(`
        CREATE TABLE review_events (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          article_id INTEGER NOT NULL REFERENCES articles (id),
          path TEXT NOT NULL,
          revision INTEGER NOT NULL CHECK (revision >= 1),
          editor TEXT NOT NULL,
          action TEXT NOT NULL CHECK (action IN ('approve', 'edit', 'reject', 'undo', 'publish')),
          before TEXT NOT NULL,
          after TEXT NOT NULL,
          reason TEXT,
          verdict TEXT NOT NULL CHECK (verdict IN ('pass', 'warning', 'error')),
          findings TEXT NOT NULL CHECK (json_valid(findings)),
          at TEXT NOT NULL,
          UNIQUE (article_id, path, revision)
        );
        CREATE TRIGGER review_events_append_only_update BEFORE UPDATE ON review_events
          BEGIN SELECT RAISE(ABORT, 'review_events is append-only'); END;
        CREATE TRIGGER review_events_append_only_delete BEFORE DELETE ON review_events
          BEGIN SELECT RAISE(ABORT, 'review_events is append-only'); END;
      `);
    },
  },
  {
    // The token ledger: one row per model call with the usage the server reported, whatever the
    // outcome (a cut-off or unreadable answer costs as much as a good one). The daily budget sums
    // it. Answers cached before the ledger existed are carried over as one call each.
    name: 'model call ledger',
    up(db) {
      db.exec(`
        CREATE TABLE model_calls (
          id INTEGER PRIMARY KEY,
          model TEXT NOT NULL,
          label TEXT NOT NULL,
          outcome TEXT NOT NULL,
          input_tokens INTEGER NOT NULL CHECK (input_tokens >= 0),
          output_tokens INTEGER NOT NULL CHECK (output_tokens >= 0),
          created_at TEXT NOT NULL
        );
        CREATE INDEX model_calls_by_time ON model_calls (created_at);
        INSERT INTO model_calls (model, label, outcome, input_tokens, output_tokens, created_at)
          SELECT model, 'cached answer', 'ok', input_tokens, output_tokens, created_at FROM model_answers;
      `);
    },
  },
  {
    // When an article's output files were all in place. NULL: recorded before its files were
    // renamed into place and never confirmed (the build failed or was killed) — incomplete.
    // Articles saved before this step were saved only after their files were written.
    name: 'article outputs written',
    up(db) {
      db.exec(`
        ALTER TABLE articles ADD COLUMN written_at TEXT;
        UPDATE articles SET written_at = created_at;
      `);
    },
  },
  {
    // Feed items for story clustering, each kept once by id; the latest clustering's assignment of
    // each item with its reason; and editors' corrections (merge, split), which are re-applied
    // after every clustering so they stick.
    name: 'stories',
    up(db) {
      db.exec(`
        CREATE TABLE story_items (
          id TEXT PRIMARY KEY NOT NULL,
          item TEXT NOT NULL CHECK (json_valid(item)),
          published TEXT NOT NULL,
          stored_at TEXT NOT NULL
        );
        CREATE INDEX story_items_by_time ON story_items (published, id);
        CREATE TABLE story_assignments (
          item_id TEXT PRIMARY KEY NOT NULL REFERENCES story_items (id),
          story TEXT NOT NULL,
          reason TEXT NOT NULL CHECK (json_valid(reason)),
          assigned_at TEXT NOT NULL
        );
        CREATE INDEX story_assignments_by_story ON story_assignments (story);
        CREATE TABLE story_corrections (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
          items TEXT NOT NULL CHECK (json_valid(items)),
          created_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    // matome watch: every revision of a story's article (tied to its row in articles, with why it
    // was built and the source links it used), when each story's sources were last re-read, and
    // each feed's polling state (interval backing off while quiet, next poll due).
    name: 'story articles',
    up(db) {
      db.exec(`
        CREATE TABLE story_articles (
          story TEXT NOT NULL,
          revision INTEGER NOT NULL CHECK (revision >= 1),
          article_id INTEGER NOT NULL REFERENCES articles (id),
          reason TEXT NOT NULL CHECK (reason IN ('sources', 'update')),
          links TEXT NOT NULL CHECK (json_valid(links)),
          created_at TEXT NOT NULL,
          PRIMARY KEY (story, revision)
        ) WITHOUT ROWID;
        CREATE TABLE story_checks (
          story TEXT PRIMARY KEY NOT NULL,
          checked_at TEXT NOT NULL
        );
        CREATE TABLE feed_polls (
          url TEXT PRIMARY KEY NOT NULL,
          interval_ms INTEGER NOT NULL CHECK (interval_ms > 0),
          polled_at TEXT NOT NULL,
          next_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    // Work done through the job queue (src/queue/): a lease number per job key, raised each time a
    // worker takes the job (the fencing token: writes under an older lease are refused); each job's
    // result, once per key, with the article a build job saved (UNIQUE: one job, one article); and
    // each model call a job charged to the day's budget, once per (job, call).
    name: 'job ledger',
    up(db) {
      db.exec(`
        CREATE TABLE job_leases (
          job_key TEXT PRIMARY KEY NOT NULL,
          lease INTEGER NOT NULL CHECK (lease >= 1),
          taken_at TEXT NOT NULL
        );
        CREATE TABLE job_results (
          job_key TEXT PRIMARY KEY NOT NULL,
          kind TEXT NOT NULL,
          lease INTEGER NOT NULL CHECK (lease >= 1),
          article_id INTEGER UNIQUE REFERENCES articles (id),
          result TEXT NOT NULL CHECK (json_valid(result)),
          finished_at TEXT NOT NULL
        );
        CREATE TABLE job_charges (
          job_key TEXT NOT NULL,
          call TEXT NOT NULL,
          lease INTEGER NOT NULL CHECK (lease >= 1),
          model_call_id INTEGER NOT NULL UNIQUE REFERENCES model_calls (id),
          PRIMARY KEY (job_key, call)
        ) WITHOUT ROWID;
      `);
    },
  },
  {
    // The WordPress outbox: one record per (site, article, revision), moved forward step by step
    // (intent → claimed → created(post id) → media → finalised) by the publisher that holds its
    // claim, so a retry after a crash knows what was done and a second run knows it is done.
    name: 'publications',
    up(db) {
      db.exec(`
        CREATE TABLE publications (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          site TEXT NOT NULL,
          article_slug TEXT NOT NULL,
          revision TEXT NOT NULL CHECK (revision GLOB 'sha256:*'),
          post_slug TEXT NOT NULL,
          state TEXT NOT NULL CHECK (state IN ('intent', 'claimed', 'created', 'media', 'finalised')),
          post_id INTEGER CHECK (post_id IS NULL OR post_id > 0),
          media_id INTEGER,
          modified_gmt TEXT,
          claimed_by TEXT,
          claimed_until TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          UNIQUE (site, article_slug, revision),
          CHECK (state IN ('intent', 'claimed') OR post_id IS NOT NULL)
        );
        CREATE INDEX publications_by_article ON publications (site, article_slug, id);
      `);
    },
  },
  {
    // Queued stage jobs (src/queue/stage-handlers.ts): a story's revision is recorded once per
    // article, so a build job delivered again (its worker killed after the article was saved) finds
    // the revision it made instead of adding a second one.
    name: 'story article per article',
    up(db) {
      db.exec('CREATE UNIQUE INDEX story_articles_one_per_article ON story_articles (article_id);');
    },
  },
];
