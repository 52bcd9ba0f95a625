// Every command's help, kept apart from the commands themselves: `matome help`, `matome --help` and
// `matome COMMAND --help` print it without importing the command (or its dependencies) at all.
import { EXIT } from './exit-codes.ts';

/** Where a build keeps the pages it read and the articles it wrote, unless --store says otherwise. */
export const DEFAULT_STORE = '.matome/store.db';

/** One command's entry in the help. */
export interface CommandHelp {
  name: string;
  /** One line, for the list of commands. */
  summary: string;
  /** The usage lines and what the command does. */
  usage: string;
  /** Command lines to copy, one per line. */
  examples: readonly string[];
}

export const ENGINE_USAGE = `Engines:
  --engine offline      deterministic, no network, no model (default)
  --engine llm          fluent prose from a language model, every claim cited and verified
    --model P:NAME      openai:…, anthropic:…, ollama:…, llamacpp:…, vllm:…, lmstudio:…, compatible:…,
                        or local:PATH.gguf (in-process, node-llama-cpp) (or MATOME_MODEL).
                        Keys: OPENAI_API_KEY, ANTHROPIC_API_KEY, MATOME_LLM_API_KEY.
    --base-url URL      the endpoint (or MATOME_BASE_URL); local servers have defaults
    --tone friendly|formal   --length short|standard|long
    --concurrency N     calls at once (4 for hosted APIs and vLLM; a llama.cpp server's slot count;
                        1 for other local servers; local: always 1)
    --llm-timeout SECONDS (60)  generation time per call, from the answer's first token
    --llm-first-token-timeout SECONDS (600)  wait for the first token (a busy server's queue included)
    --max-retries N (2)  --max-output-tokens N (4096)
    --threads N  --context-size N   for local: models (default half the cores; 8192)
    --max-tokens N      per article   --max-tokens-per-day N (or MATOME_MAX_TOKENS_PER_DAY)
    --min-model-share R fail (exit 10) when less than R (0–1) of the article's text is the model's own
  Model answers are cached in the store, so an identical rebuild makes no model calls.
`;

const SOURCES = `SOURCE is a saved page (.html, .txt, .md), a directory of them, or an http(s) URL. URLs are fetched
through a guarded client (no private or loopback addresses unless --allow-host names them) and only
where robots.txt allows.`;

export const BUILD_USAGE = `Usage:
  matome build [--out DIR] [--format txt,md,html,json] [--engine offline|llm] [--slug NAME] [--keep-going]
               [--store FILE|URL | --no-store] [--offline] [--allow-host HOST]... [--lang ja|en] SOURCE...
  matome build --feed FEED [--pick N] [options as above]

Builds one explainer article from the sources, verifies it, and writes DIR/<slug>.<ext> for each
format (default out/, all four formats) with the verification report beside it; prints the paths.
A blocked article is kept as <slug>.draft.json and the command exits ${EXIT.blocked}.
${SOURCES} Every page read is kept in the store (default ${DEFAULT_STORE}, or MATOME_STORE; a
postgres://user:password@host:port/db URL for PostgreSQL, in every command that takes --store), so
--offline rebuilds from those snapshots without the network. --keep-going builds from the sources
that could be read; --feed FEED --pick N adds the first N items of a feed (default 3). --lang ja|en:
the report's language (default: Japanese when LC_ALL, LC_MESSAGES or LANG starts with "ja").
--publish wordpress --site URL publishes the article once its files are written (never a blocked
one), as matome publish does (see matome publish --help for --status, --category and --tag).
--judge MODEL (provider:model as for --model, with either engine; --base-url applies to it) asks a
language model for a second opinion on every factual unit the rules support, against that unit's
own sources: a doubt adds a support.judge warning on the unit (verdict needs review; the llm engine
first repairs the unit once with the model's reason). --judge-budget N (100): distinct questions
(a unit's text and scope) asked per build; units repeating one share its answer; the report counts
units left unjudged. Answers are cached in the store like the engine's.

${ENGINE_USAGE}`;

export const EXTRACT_USAGE = `Usage:
  matome extract SOURCE [--json] [--allow-host HOST]...

Prints what matome reads from one source: url, title, siteName, publishedAt, author, image and lang,
then the main text (--json: the same as one JSON object, null for what the page does not say).
${SOURCES}
`;

export const FEED_USAGE = `Usage:
  matome feed FEED [--json] [--limit N] [--allow-host HOST]

FEED is a feed URL (RSS 2.0, RSS 1.0, Atom or JSON Feed) or a saved feed file (.xml, .rss, .atom,
.rdf, .json). Lists the items, numbered in feed order, with date (Japan time), title and link;
--json prints them as a JSON array, --limit N only the first N.
`;

/** The lint command's usage line (also its usage errors' hint). */
export const LINT_USAGE_LINE = 'matome lint FILE [--json] [--format txt|md|html|json] [--lang ja|en]';

export const LINT_USAGE = `Usage:
  ${LINT_USAGE_LINE}

Lints a rendered article (.txt, .md, .html) or an Article (.json) without its sources: leaked
placeholders (undefined, null, [object Object]), glued URLs, duplicates, broken Markdown and the
format's structure. Prints one line per finding, FILE:LINE:COL severity code message (FILE:PATH …
for an Article), and a count on stderr; --json prints a machine-readable report. --format names the
format when the file's extension does not. --lang ja|en: the messages' language (default: Japanese
when LC_ALL, LC_MESSAGES or LANG starts with "ja"). Exit code 1 when any finding is an error, 0 otherwise.
`;

export const VERIFY_CLAIM_USAGE = `Usage:
  matome verify-claim --source SRC [--source SRC]... [--allow-host HOST]... [--lang ja|en] [--judge MODEL] "文"
  matome verify-claim --jsonl FILE|- [--allow-host HOST]... [--lang ja|en] [--judge MODEL]

Checks one sentence against the sources (saved pages or URLs) and prints
{supported, score, evidence: [{source, start, end, text}], problems: [...]} as JSON.
--lang ja writes each problem's message in Japanese (default: Japanese when LC_ALL, LC_MESSAGES or
LANG starts with "ja"). Exit code 0 when supported, 1 when a check finds an error.

With --jsonl, checks many: each non-blank line of FILE (- for standard input) is
{"id": "c1", "sources": ["page.html", ...], "sentence": "文"} (id optional), relative sources
resolved from FILE's directory (the current directory for -). Prints one JSON line per claim, in
order: the verdict above with the line's id, or {"id", "error": {code, message, hint, line}} for
a line that could not be checked. Each source is read once per run. Exit code 0 when every claim
is supported, 1 when some is not, 3 when some line could not be checked.

--judge MODEL (provider:model as for build --model; --base-url URL, --llm-timeout S) asks a language
model for a second opinion on each claim the rules support. The rules decide: a doubt (the model
says the sources contradict the claim or do not state it) adds a support.judge warning with its
reason, and the verdict gains "judge": {verdict, reason, cites} (or {error} when the model could not
answer); "supported" and the exit code stay as the rules gave them.
`;

export const VERIFY_USAGE = `Usage:
  matome verify ARTICLE.json [--store FILE|URL] [--json] [--html OUT] [--lang ja|en]
  matome verify ARTICLE.txt|.md --source SRC [--source SRC]... [--allow-host HOST]... [--json] [--html OUT] [--lang ja|en]

Verifies an article against its sources and prints the verdict and each flagged sentence next to
the source passage it was checked against (--json: the report as JSON; --html OUT: the readable
report as one HTML file). An ARTICLE.json (matome build --format json) is checked against the
snapshots of its sources in the store (default ${DEFAULT_STORE}); a text or Markdown article against
the --source pages or URLs. --lang ja|en: the report's language (default: Japanese when LC_ALL,
LC_MESSAGES or LANG starts with "ja", else English).
Exit code 0 when publishable or needing review (warnings only), ${EXIT.blocked} when blocked (an error).
`;

export const SERVE_USAGE = `Usage:
  matome serve [--store FILE|URL] [--host 127.0.0.1] [--port 8787] [--sources DIR] [--allow-host HOST]...
               [--redis URL] [--publish wordpress --site URL]
               [--watch FEEDS.txt [--min-sources N] [--poll-min 5m] [--poll-max 2h] [--recheck STEPS]
                [--engine offline|llm --model M [--base-url URL] [--max-tokens-per-day N] ...]
                [--judge MODEL [--judge-budget N]] [--redis URL --every SECONDS]]

Starts the review desk on the same store as the CLI (default ${DEFAULT_STORE}): the JSON API under
/api (Authorization: Bearer TOKEN; documented at /openapi.json) and the review page at /.
Tokens come from MATOME_DESK_TOKENS ("name:token,name:token"; the name is recorded in the audit
log); without it, one token is made for this run and printed. Build jobs may name files inside
--sources DIR and http(s) URLs (fetched through the guarded client, robots.txt honoured).
--publish wordpress --site URL [--status …] [--category …] [--tag …] also publishes each article the
desk publishes to WordPress, once (credentials and options as for matome publish).
With --redis URL, builds are added to the build queue and run by "matome worker" processes on the
same store instead of in the desk's own worker thread; a build job's "judge" and "judge-budget" go
with it (the worker asks that model through its own model server and keys), its other engine options
are refused (the workers build with their own).
--watch FEEDS.txt also follows the feeds listed, as matome watch does (the same loop, in a worker
thread of the desk; --min-sources, --poll-min, --poll-max and --recheck as for matome watch): an
article per story, 追記 revisions when a source changes. It builds with the engine the engine
options of matome build name (offline by default; --engine llm --model M, with MATOME_BASE_URL,
MATOME_MODEL and the provider's key from the environment as for build), and judges each build
with --judge MODEL [--judge-budget N] as build does, checked before the desk starts; without
--watch the engine and judge options are refused (a desk build job names its own engine). /stories lists the
stories, their articles' revisions and notes. SIGINT/SIGTERM lets the watcher finish its current
step, then stops the desk.
--watch with --redis runs no round in the desk: as matome watch --redis does, the desk takes part in
leading one job scheduler of rounds (every --every seconds, 60 by default) that "matome worker"
processes run (fetch, extract, cluster and build as jobs of their own, with the workers' engine
options: the engine options are refused here).
`;

/** Usage of `matome worker` (job queue workers on Redis). */
export const WORKER_USAGE = `Usage:
  matome worker --redis URL [--store FILE|URL] [--concurrency N|KIND=N,...]
                [--kinds fetch,extract,cluster,build,recheck,verify,publish,watch]
                [--allow-host HOST]... [--host-interval MS] [--publish-to URL]...
                [--engine offline|llm --model M [--base-url URL] [--max-tokens-per-day N] ...]
                [--judge MODEL [--judge-budget N]]

Runs queue workers until SIGINT/SIGTERM: build (sources → article saved in the store, with the
engine options of matome build), verify (a stored article checked again against its snapshots) and
publish (a stored article POSTed to the target its build named; only targets given with
--publish-to are reached) and watch (one round of matome watch, scheduled by matome watch --redis or
matome serve --watch --redis). A round's stages are queues of their own: the round queues a fetch
job per feed that is due (one per feed and due time), fetch stores the feed's snapshot and queues
extract, extract stores its items and queues cluster for each item without a story, cluster
assigns items to stories and queues build for a story that reached --min-sources; the round also
queues a recheck job per story whose sources are due to be read again (a 追記 revision when they
changed). Overlapping rounds queue the same jobs (keyed by feed or story and due time): each poll
and re-check is recorded once in the store.
--concurrency N runs N build, recheck and verify jobs at once (publish and fetch 4 N, extract 2 N,
cluster and watch 1); --concurrency fetch=8,build=2 sets kinds one by one (the others keep
fetch 4, extract 2, cluster 1, build 1, recheck 1, verify 1, publish 4, watch 1).
Jobs are keyed by their content, and their effects are recorded in the store (default
${DEFAULT_STORE}: SQLite shared by every worker on this machine; --store postgres://… for workers
on several machines) once per key, under a lease that a
later taker of the job makes stale: a job that runs twice (a worker killed, or stalled
past its lock) saves one article and publishes once. With --engine llm every model call is held
against --max-tokens-per-day in the store before it is made, so workers together never pass it.
--judge MODEL [--judge-budget N] judges every build, story build and re-check as build --judge does
(a desk build job naming its own judge gets that model instead, asked through this worker's
--base-url and keys; local: models only from this command line). Its calls are held against the
same daily budget, its answers cached in the store: a rebuild on the same store asks nothing again.
The engine and judge options are refused on a worker whose --kinds has neither build nor recheck.
Requests to one host start at least --host-interval MS apart (1000) across all workers sharing the Redis.
`;

/** Usage of `matome status`. */
export const STATUS_USAGE = `Usage:
  matome status --redis URL [--store FILE|URL] [--json]

Prints each queue's depth (waiting and delayed), running, completed, failed (the latest failures
with their reasons) and retried jobs, and what the store recorded (job results by kind, jobs taken
over by another worker). --json prints the same as one JSON object.
`;

/** Usage of `matome cluster` and `matome stories`, for the CLI's help text. */
export const CLUSTER_USAGE = `Usage:
  matome cluster ITEMS.jsonl|- [--store FILE|URL]
  matome stories list --store FILE|URL [--json]
  matome stories merge STORY STORY... --store FILE|URL
  matome stories split STORY ITEM... --store FILE|URL

cluster reads one feed item per line, {"id", "outlet", "title", "description", "link", "published"}
(published: ISO 8601 with an offset), and prints one line per item in published order:
{"id", "story", "reason"} — the story is named after its first item; the reason says whether the
item was a near-duplicate, joined a story (score, matching views, what matched, the runner-up) or
started one. With --store the items are kept (each once) and only items without a stored story
are decided, in the order stored (a batch in published order): earlier decisions and the editors'
corrections are kept, never decided again. stories merge joins the later stories into the first;
stories split moves the items into a story of their own. Corrections are stored and stick: later
items are compared with the corrected stories.
`;

/** The same help with the stories lines first, for `matome stories --help`. */
export const STORIES_USAGE = CLUSTER_USAGE.replace(
  /^Usage:\n( {2}matome cluster[^\n]*\n)((?: {2}matome stories[^\n]*\n)+)/u,
  'Usage:\n$2$1',
);

/** Usage of `matome watch`, for the CLI's help text. */
export const WATCH_USAGE = `Usage:
  matome watch FEEDS.txt [--once] [--store FILE|URL] [--out DIR] [--format txt,md,html,json]
               [--min-sources N] [--poll-min 5m] [--poll-max 2h] [--recheck 15m/6h,1h/2d,1d/2w,1w]
               [--allow-host HOST]... [--engine offline|llm ...] [--judge MODEL [--judge-budget N]]
  matome watch FEEDS.txt --redis URL [--every SECONDS] [the pacing options above]

Watches the feeds listed in FEEDS.txt (one URL a line, # comments). Each feed is polled with
conditional requests (ETag / Last-Modified), robots.txt and the per-host limits honoured; the
interval starts at --poll-min, doubles while a feed has nothing new, never passes --poll-max, and
goes back to --poll-min when new items come. Items are kept once in the store (default ${DEFAULT_STORE})
and clustered into stories. A story with items from --min-sources links (default 2) gets an article
built from those pages (the engine and --judge options as for build), rebuilt when another source joins. The
sources of each story are re-read on --recheck (EVERY/UNTIL-AGE steps, the last without an age):
when a sentence the article cites changes, or a source adds a fact, the article is rebuilt with a
dated 追記 note naming what changed in which outlet (訂正 when the source corrects itself); every
revision is kept in the store. With --out DIR each revision is verified and written like build's
(DIR/story-<hash>.<ext> and its report). --once runs one round and exits (for cron); otherwise
rounds run until SIGINT or SIGTERM, which let the current step finish. Progress goes to stderr.
With --redis URL the rounds run in matome worker instead (every --every seconds, 60 by default): one
job scheduler on the Redis, upserted by one leader among the watch instances started with it (a
Redis lock with a fencing token); the others stand by and take over when the leader stops. The
workers' --judge judges those builds (--judge is refused here).
`;

const PUBLISH_TARGET_USAGE = `  --site URL            the WordPress site's address
  --status draft|pending|publish   the post's status (draft by default; publish only when asked)
  --category SLUG[=NAME]  --tag SLUG[=NAME]   terms by slug, created with NAME when the site lacks them
  --featured-image FILE --image-credit TEXT   a featured image you hold the rights to, credited
  --source-image-host HOST   allow the lead image (og:image) of a source on HOST, credited to it
  Images are off by default. An image must be JPEG, PNG, GIF or WebP (the bytes decide), at most
  10 MiB; it is uploaded once (found again by its content hash) and its credit shown in the post.
  Credentials from the environment: MATOME_WP_USER and MATOME_WP_APP_PASSWORD (an Application
  Password, Users → Profile → Application Passwords). Each revision is published once through the
  store's outbox: a retry adopts the post an interrupted run made; a new revision updates the post
  unless it was edited in WordPress since. Exit ${EXIT.publish} when the site refuses or fails.`;

export const PUBLISH_USAGE = `Usage:
  matome publish ARTICLE.json --to wordpress --site URL [--status draft|pending|publish]
                 [--category SLUG[=NAME]]... [--tag SLUG[=NAME]]... [--slug NAME] [--store FILE|URL]
                 [--featured-image FILE --image-credit TEXT | --source-image-host HOST...]

Publishes an article matome built (ARTICLE.json, with the <slug>.report.json the build wrote beside
it; a blocked draft is refused) as a WordPress post: the html renderer's article as content, the
three 💡 points as excerpt, the slug from the article's name (or --slug). No featured image unless
the image options below allow one: a source image's licence is unknown.
${PUBLISH_TARGET_USAGE}
`;

const HELP_USAGE = `Usage:
  matome help [COMMAND]

Lists the commands, or prints one command's usage and an example (the same as matome COMMAND --help).
`;

/** The commands, in the order the help lists them. */
export const COMMANDS: readonly CommandHelp[] = [
  {
    name: 'build',
    summary: 'build an article from pages, a directory, URLs or a feed; verify it; write it',
    usage: BUILD_USAGE,
    examples: [
      'matome build --out out samples/chip-factory',
      'matome build --format md,json page1.html page2.html',
    ],
  },
  {
    name: 'extract',
    summary: "print one source's metadata and main text as matome reads it",
    usage: EXTRACT_USAGE,
    examples: ['matome extract samples/chip-factory/miyagi-higashi-takanosu.html --json'],
  },
  {
    name: 'feed',
    summary: 'list the items of an RSS, Atom or JSON feed',
    usage: FEED_USAGE,
    examples: ['matome feed https://example.com/news/rss.xml --limit 5'],
  },
  {
    name: 'lint',
    summary: 'check a rendered article or Article .json for leaks and structure (no sources needed)',
    usage: LINT_USAGE,
    examples: ['matome lint out/chip-factory.txt', 'matome lint out/chip-factory.json --json'],
  },
  {
    name: 'verify',
    summary: 'verify an article against its sources and print the report',
    usage: VERIFY_USAGE,
    examples: [
      'matome verify out/chip-factory.json',
      'matome verify article.md --source page1.html --source page2.html',
    ],
  },
  {
    name: 'verify-claim',
    summary: 'check one sentence (or a JSONL file of them) against sources',
    usage: VERIFY_CLAIM_USAGE,
    examples: ['matome verify-claim --source page.html "新工場は2027年に稼働する予定だ。"'],
  },
  {
    name: 'serve',
    summary: 'run the review desk: JSON API and review page on the store (127.0.0.1 by default)',
    usage: SERVE_USAGE,
    examples: [
      'matome serve --sources ./pages',
      'matome serve --port 0 --store desk.db',
      'matome serve --watch feeds.txt --store desk.db',
      'matome serve --watch feeds.txt --engine llm --model ollama:qwen3:8b',
      'matome serve --watch feeds.txt --redis redis://127.0.0.1:6379 --every 300 --store desk.db',
    ],
  },
  {
    name: 'worker',
    summary:
      'run job queue workers on Redis (fetch, extract, cluster, build, recheck, verify, publish, watch) over the shared store',
    usage: WORKER_USAGE,
    examples: [
      'matome worker --redis redis://127.0.0.1:6379 --store desk.db',
      'matome worker --redis redis://127.0.0.1:6379 --concurrency 2 --kinds build',
      'matome worker --redis redis://127.0.0.1:6379 --store desk.db --concurrency fetch=8,build=2',
      'matome worker --redis redis://queue.lan:6379 --store postgres://matome:secret@db.lan:5432/matome',
    ],
  },
  {
    name: 'status',
    summary: 'show the job queues: depth, running, failed with reason, retried',
    usage: STATUS_USAGE,
    examples: [
      'matome status --redis redis://127.0.0.1:6379',
      'matome status --redis redis://127.0.0.1:6379 --json',
    ],
  },
  {
    name: 'cluster',
    summary: 'group feed items (JSONL) into stories: one line per item with its story and the reason',
    usage: CLUSTER_USAGE,
    examples: ['matome cluster items.jsonl', 'matome cluster items.jsonl --store desk.db'],
  },
  {
    name: 'stories',
    summary: "list the store's stories, or merge and split them (corrections that stick)",
    usage: STORIES_USAGE,
    examples: ['matome stories list --store desk.db', 'matome stories split story:a12 b7 --store desk.db'],
  },
  {
    name: 'watch',
    summary: 'watch feeds: an article per story with enough sources, kept up to date with 追記 notes',
    usage: WATCH_USAGE,
    examples: [
      'matome watch feeds.txt --once --out out',
      'matome watch feeds.txt --min-sources 3 --poll-max 1h',
      'matome watch feeds.txt --redis redis://127.0.0.1:6379 --every 300',
    ],
  },
  {
    name: 'publish',
    summary:
      'publish a built article to WordPress as a draft, exactly once (retries adopt, revisions update)',
    usage: PUBLISH_USAGE,
    examples: [
      'matome publish out/local-railway.json --to wordpress --site https://news.example',
      'matome publish out/local-railway.json --to wordpress --site https://news.example --status pending --tag railway',
      'matome publish out/local-railway.json --to wordpress --site https://news.example --featured-image photo.jpg --image-credit "写真: 編集部"',
    ],
  },
  {
    name: 'help',
    summary: "list the commands, or print one command's usage",
    usage: HELP_USAGE,
    examples: ['matome help build'],
  },
];

/** The help of one command: what it does, its usage, and examples. */
export function commandHelp(command: CommandHelp): string {
  const examples = command.examples.map((line) => `  ${line}\n`).join('');
  return `matome ${command.name}: ${command.summary}\n\n${command.usage}\n${command.examples.length === 1 ? 'Example' : 'Examples'}:\n${examples}`;
}

/** The help of matome itself: the commands, one line each, and where to read more. */
export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}\n`).join('');
  return `matome: turns a few news articles into a faithful Japanese explainer article (まとめ記事)

Usage:
  matome COMMAND [options]
  matome --help | --version

Commands:
${list}
Run "matome COMMAND --help" (or "matome help COMMAND") for a command's usage and examples.

Example:
  matome build --out out samples/chip-factory
`;
}

/**
 * The commands a mistyped name most likely meant: those it begins ("ver" → verify, verify-claim),
 * else the nearest by edit distance (a swap of neighbouring letters is one edit) if near enough.
 */
export function closestCommands(name: string): string[] {
  const typed = name.toLowerCase();
  const names = COMMANDS.map((command) => command.name);
  const prefixed = names.filter((candidate) => candidate.startsWith(typed));
  if (typed.length >= 2 && prefixed.length > 0) return prefixed;
  const distances = names.map((candidate) => ({ candidate, distance: editDistance(typed, candidate) }));
  const nearest = Math.min(...distances.map(({ distance }) => distance));
  // At most one edit per three letters: "biuld" → build, but "xyz" suggests nothing.
  return distances
    .filter(
      ({ candidate, distance }) =>
        distance === nearest && distance <= Math.max(1, Math.floor(candidate.length / 3)),
    )
    .map(({ candidate }) => candidate);
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
 * neighbours, each one edit. Written out because the npm Levenshtein packages count a swap as two.
 */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, at(i - 2, j - 2) + 1);
      }
      (rows[i] as number[])[j] = distance;
    }
  }
  return at(a.length, b.length);
}
