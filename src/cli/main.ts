import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { isMatomeError, MatomeError } from '../domain/errors.ts';
import { extractDocument } from '../extract/extract-document.ts';
import { createGuardedFetch } from '../fetch/guarded-fetch.ts';
import { createHostScheduler } from '../fetch/host-scheduler.ts';
import { createRobotsPolicy } from '../fetch/robots-policy.ts';
import { buildArticle, loadPage, type ProgressEvent, readFeedLinks } from '../pipeline/build-article.ts';
import { OUTPUT_FORMATS, type OutputFormat, renderArticle } from '../render/index.ts';
import { createSqliteStore } from '../store/create-sqlite-store.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { renderReportHtml, renderReportText } from '../verify/render-report.ts';
import { verifyArticle } from '../verify/verify-article.ts';
import type { Report } from '../verify/verify-report.ts';
import { runClusterCommand, runStoriesCommand } from './cluster-command.ts';
import { ENGINE_OPTIONS, ENGINE_USAGE, engineFromOptions } from './engine-options.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';
import { runFeedCommand } from './feed-command.ts';
import { runLintCommand } from './lint-command.ts';
import { runVerifyClaimCommand } from './verify-claim-command.ts';
import { runVerifyCommand } from './verify-command.ts';
import { slugFor, writeOutputs } from './write-outputs.ts';

/** Where the CLI writes; injected so tests and the demo can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only there). */
  isTty: boolean;
  /** Environment for model settings and keys (process.env when absent). */
  env?: Readonly<Record<string, string | undefined>>;
  /** A tokenizer to reuse across calls in one process (loaded on first use otherwise). */
  tokenizer?: Tokenizer;
}

const VERSION = '0.1.0';
const DEFAULT_STORE = '.matome/store.db';
/** The product token robots.txt groups are matched against. */
const ROBOTS_AGENT = 'matome';

const USAGE = `Usage:
  matome build [--out DIR] [--format txt,md,html,json] [--engine offline|llm] [--slug NAME] [--keep-going]
               [--store FILE | --no-store] [--offline] [--allow-host HOST]... SOURCE...
  matome build --feed FEED [--pick N] [options as above]
  matome extract SOURCE [--json] [--allow-host HOST]...
  matome feed FEED [--json] [--limit N] [--allow-host HOST]...
  matome lint FILE [--json] [--format txt|md|html|json]
  matome verify-claim --source SRC [--source SRC]... [--allow-host HOST]... "文"
  matome verify ARTICLE.json [--store FILE] [--json] [--html OUT]
  matome verify ARTICLE.txt|.md --source SRC [--source SRC]... [--json] [--html OUT]
  matome cluster ITEMS.jsonl|- [--store FILE]
  matome stories list|merge|split ... --store FILE
  matome --help | --version

SOURCE is a saved page (.html, .txt, .md), a directory of them, or an http(s) URL. URLs are fetched
through a guarded client (no private or loopback addresses unless --allow-host names them) and only
where robots.txt allows. Every page read is kept in the store (default ${DEFAULT_STORE}), so
--offline rebuilds from those snapshots without the network.

${ENGINE_USAGE}`;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'build':
        return await runBuild(rest, io);
      case 'extract':
        return await runExtract(rest, io);
      case 'feed':
        return await runFeedCommand(rest, io);
      case 'lint':
        return await runLintCommand(rest, io);
      case 'verify-claim':
        return await runVerifyClaimCommand(rest, io);
      case 'verify':
        return await runVerifyCommand(rest, io);
      case 'cluster':
        return await runClusterCommand(rest, io);
      case 'stories':
        return await runStoriesCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw usageError(`unknown command "${command}"`);
    }
  } catch (error) {
    return reportError(error, io);
  }
}

/** The string values of a repeatable option. */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function usageError(detail: string): MatomeError {
  return new MatomeError('INVALID_ARGUMENT', `Invalid arguments: ${detail}`, {
    hint: 'Run "matome --help".',
  });
}

function parse(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError((error as Error).message);
  }
}

async function runBuild(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string', default: 'out' },
    format: { type: 'string', default: OUTPUT_FORMATS.join(',') },
    ...ENGINE_OPTIONS,
    slug: { type: 'string' },
    'keep-going': { type: 'boolean', default: false },
    feed: { type: 'string' },
    pick: { type: 'string' },
    store: { type: 'string', default: DEFAULT_STORE },
    'no-store': { type: 'boolean', default: false },
    offline: { type: 'boolean', default: false },
    'allow-host': { type: 'string', multiple: true },
  });
  const feed = typeof values.feed === 'string' ? values.feed : undefined;
  if (positionals.length === 0 && feed === undefined)
    throw usageError('build needs at least one SOURCE or --feed FEED');
  if (values.pick !== undefined && feed === undefined) throw usageError('--pick needs --feed');
  const pick = values.pick === undefined ? 3 : Number(values.pick);
  if (!Number.isInteger(pick) || pick < 1 || pick > 50) {
    throw usageError(`--pick ${values.pick} (give a whole number of feed items from 1 to 50)`);
  }
  if (values.offline && values['no-store'])
    throw usageError('--offline reads from the store; drop --no-store');
  const formats = String(values.format)
    .split(',')
    .map((format) => format.trim())
    .filter((format) => format.length > 0);
  const unknown = formats.filter((format) => !OUTPUT_FORMATS.includes(format as OutputFormat));
  if (unknown.length > 0 || formats.length === 0) {
    throw usageError(`--format ${values.format} (choose from ${OUTPUT_FORMATS.join(', ')})`);
  }
  const slug = typeof values.slug === 'string' ? values.slug : undefined;
  if (slug !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(slug)) {
    throw usageError(`--slug ${slug} (use letters, digits, ".", "_" and "-")`);
  }
  const store = values['no-store'] ? undefined : createSqliteStore(String(values.store));
  try {
    const engine = engineFromOptions(values, io.env ?? process.env, store);
    const fetch = createGuardedFetch({ allowHosts: strings(values['allow-host']) });
    const access = {
      fetch,
      robots: createRobotsPolicy({ fetch, userAgent: ROBOTS_AGENT }),
      scheduler: createHostScheduler(),
      ...(store ? { store } : {}),
      offline: values.offline === true,
    };
    const inputs =
      feed === undefined ? positionals : [...positionals, ...(await readFeedLinks(feed, pick, access))];
    const progress = createProgress(io);
    const tokenizer = io.tokenizer ?? (await createTokenizer());
    const result = await buildArticle(inputs, {
      ...access,
      tokenizer,
      engine,
      keepGoing: values['keep-going'] === true,
      onProgress: progress.update,
    });
    progress.done();
    for (const failure of result.failures)
      io.stderr(`matome: skipped ${failure.input}: ${failure.error.message}\n`);
    const only = inputs.length === 1 ? inputs[0] : undefined;
    const isDirectory =
      only !== undefined && (await stat(only).catch(() => undefined))?.isDirectory() === true;
    const name = slug ?? slugFor(result.article, inputs, isDirectory);
    // Verified before anything is written: the report goes beside the article, and the verdict is said.
    const report = verifyArticle(result.article, result.documents, tokenizer, {
      understanding: result.understanding,
    });
    const subject = { article: result.article, documents: result.documents };
    // The publish gate: a blocked article is not written under its final names. Its draft and the
    // report are kept beside them, so nothing done so far is lost and the errors can be read.
    const blocked = report.verdict === 'blocked';
    const outDir = String(values.out);
    const paths = await writeOutputs(result.article, {
      outDir,
      slug: name,
      formats: blocked ? [] : (formats as OutputFormat[]),
      extra: [
        ...(blocked ? [{ suffix: 'draft.json', text: renderArticle(result.article, 'json') }] : []),
        { suffix: 'report.json', text: `${JSON.stringify(report, null, 2)}\n` },
        { suffix: 'report.txt', text: renderReportText(report, subject) },
        { suffix: 'report.html', text: renderReportHtml(report, subject) },
      ],
    });
    io.stderr(verdictLine(report));
    if (blocked) {
      const errors = report.findings.filter((finding) => finding.severity === 'error').length;
      throw new MatomeError(
        'ARTICLE_BLOCKED',
        `Refused to publish: ${name} (verdict blocked, ${errors} errors)`,
        {
          hint: `Read ${join(outDir, `${name}.report.txt`)}; the unpublished draft is ${join(outDir, `${name}.draft.json`)}.`,
        },
      );
    }
    // Recorded with the snapshots it used, so the build can be re-run and re-verified offline.
    if (store && result.snapshotIds.length === result.documents.length) {
      store.saveArticle({ slug: name, article: result.article, snapshotIds: result.snapshotIds });
    }
    for (const path of paths) io.stdout(`${path}\n`);
    return EXIT.ok;
  } finally {
    store?.close();
  }
}

async function runExtract(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    json: { type: 'boolean', default: false },
    'allow-host': { type: 'string', multiple: true },
  });
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0) throw usageError('extract takes exactly one SOURCE');
  const fetch = createGuardedFetch({ allowHosts: strings(values['allow-host']) });
  const { page } = await loadPage(input, {
    fetch,
    robots: createRobotsPolicy({ fetch, userAgent: ROBOTS_AGENT }),
  });
  const document = extractDocument(page, { id: 's1' });
  const body = document.text.slice(document.titleSpan[1]).replace(/^\n+/, '');
  const record = {
    url: document.url,
    title: document.title,
    siteName: document.siteName ?? null,
    publishedAt: document.publishedAt ?? null,
    author: document.author ?? null,
    image: document.image ?? null,
    lang: document.lang,
    text: body,
  };
  if (values.json) {
    io.stdout(`${JSON.stringify(record, null, 2)}\n`);
  } else {
    const field = (name: string, value: string | null) => `${name}: ${value ?? '(none)'}\n`;
    io.stdout(
      field('url', record.url) +
        field('title', record.title) +
        field('siteName', record.siteName) +
        field('publishedAt', record.publishedAt) +
        field('author', record.author) +
        field('image', record.image) +
        field('lang', record.lang) +
        `\n${record.text}\n`,
    );
  }
  return EXIT.ok;
}

/** Progress on a terminal: one line, rewritten in place; silent when stderr is not a terminal. */
function createProgress(io: CliIo): { update: (event: ProgressEvent) => void; done: () => void } {
  if (!io.isTty) return { update: () => {}, done: () => {} };
  const verbs = { read: 'reading', extract: 'extracting', compose: 'composing article' };
  return {
    update: (event) => {
      const where = event.input === undefined ? '' : ` ${event.input}`;
      const count = event.stage === 'compose' ? '' : ` [${event.done + 1}/${event.total}]`;
      io.stderr(`\r\u001b[2K${verbs[event.stage]}${count}${where}`);
    },
    done: () => io.stderr('\r\u001b[2K'),
  };
}

function verdictLine(report: Report): string {
  const count = (severity: string) =>
    report.findings.filter((finding) => finding.severity === severity).length;
  return `matome: verdict ${report.verdict} (${count('error')} errors, ${count('warning')} warnings; see the .report.txt)\n`;
}

function reportError(error: unknown, io: CliIo): number {
  if (isMatomeError(error)) {
    io.stderr(`matome: ${error.message}\n${error.hint === undefined ? '' : `hint: ${error.hint}\n`}`);
    return exitCodeFor(error.code);
  }
  io.stderr(
    `matome: unexpected error: ${(error as Error)?.stack ?? String(error)}\nPlease report this as a bug.\n`,
  );
  return EXIT.internal;
}
