import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { type Article, ArticleSchema } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import { isMatomeError, MatomeError } from '../domain/errors.ts';
import type { Report } from '../domain/report.ts';
import { extractDocument } from '../extract/extract-document.ts';
import { openStore, storeExists, storeSpecFrom } from '../store/open-store.ts';
import { snapshotToPage } from '../store/snapshot-to-page.ts';
import type { Store, StoredArticle } from '../store/store.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { type ReportSubject, renderReportHtml, renderReportText } from '../verify/render-report.ts';
import { verifyArticle } from '../verify/verify-article.ts';
import { verifyText } from '../verify/verify-text.ts';
import { EXIT } from './exit-codes.ts';
import { reportLanguageOption } from './parse-options.ts';
import { readDocuments } from './read-documents.ts';
import { DEFAULT_STORE, VERIFY_USAGE } from './usage.ts';
import { writeFileAtomically } from './write-outputs.ts';

/** Where the command writes, and a tokenizer to reuse (loaded on first use otherwise). */
export interface VerifyIo {
  stdout(text: string): void;
  stderr(text: string): void;
  tokenizer?: Tokenizer;
  /** Environment for the report language (process.env when absent). */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * `matome verify`: an Article (.json) against its stored snapshots, or a text/Markdown article
 * against --source pages. Prints the readable report (or --json), writes --html OUT. Returns
 * EXIT.ok unless the verdict is blocked (EXIT.blocked); failures to read anything throw MatomeError.
 */
export async function runVerifyCommand(args: readonly string[], io: VerifyIo): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout(VERIFY_USAGE);
    return EXIT.ok;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw usageError('verify takes exactly one FILE');
  const language = reportLanguageOption(values.lang, io.env ?? process.env, 'verify');
  const sources = values.source ?? [];
  const kind = extname(file).toLowerCase();
  let report: Report;
  let subject: ReportSubject;
  if (kind === '.json') {
    if (sources.length > 0)
      throw usageError(
        '--source is for text articles; an ARTICLE.json is checked against its stored snapshots',
      );
    const article = parseArticle(file, await readInput(file));
    const spec = storeSpecFrom(values.store, io.env ?? process.env, DEFAULT_STORE);
    const documents = await readStoredSources(article, file, spec, io);
    report = verifyArticle(article, documents, io.tokenizer ?? (await createTokenizer()));
    subject = { article, documents };
  } else if (kind === '.txt' || kind === '.md' || kind === '.markdown') {
    if (sources.length === 0) throw usageError('a text article needs its sources: add --source SRC');
    const text = await readInput(file);
    const documents = await readDocuments(sources, values['allow-host'] ?? []);
    report = verifyText(text, documents, io.tokenizer ?? (await createTokenizer()));
    subject = { text, documents };
  } else {
    throw new MatomeError('SOURCE_UNSUPPORTED', `Cannot verify file: ${file} (not .json, .txt or .md)`, {
      hint: 'Verify an ARTICLE.json written by matome build --format json, or a .txt/.md article with --source.',
    });
  }
  if (values.html !== undefined)
    await writeAtomically(values.html, renderReportHtml(report, subject, language));
  io.stdout(
    values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReportText(report, subject, language),
  );
  const counts = { error: 0, warning: 0 };
  for (const finding of report.findings) if (finding.severity !== 'info') counts[finding.severity]++;
  io.stderr(`matome: verdict ${report.verdict} (${counts.error} errors, ${counts.warning} warnings)\n`);
  return report.verdict === 'blocked' ? EXIT.blocked : EXIT.ok;
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        source: { type: 'string', multiple: true },
        store: { type: 'string' },
        json: { type: 'boolean', default: false },
        html: { type: 'string' },
        lang: { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageError((error as Error).message);
  }
}

function usageError(detail: string): MatomeError {
  return new MatomeError('INVALID_ARGUMENT', `Invalid arguments: ${detail}`, {
    hint: 'Run "matome verify --help".',
  });
}

async function readInput(file: string): Promise<string> {
  try {
    return new TextDecoder('utf-8').decode(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new MatomeError(
      code === 'ENOENT' ? 'SOURCE_NOT_FOUND' : 'SOURCE_UNREADABLE',
      `Failed to read article: ${file} (${code === 'ENOENT' ? 'no such file' : (code ?? 'read error')})`,
      { hint: 'Check the path of the article to verify.', cause: error },
    );
  }
}

function parseArticle(file: string, input: string): Article {
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch (error) {
    throw new MatomeError('SOURCE_UNSUPPORTED', `Failed to read article: ${file} (not valid JSON)`, {
      hint: 'verify reads the ARTICLE.json written by matome build --format json.',
      cause: error,
    });
  }
  const parsed = ArticleSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MatomeError(
      'SOURCE_UNSUPPORTED',
      `Failed to read article: ${file} (not a matome Article: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''})`,
      { hint: `Run "matome lint ${file}" to see every problem.`, cause: parsed.error },
    );
  }
  return parsed.data;
}

/**
 * The article's sources as they were when it was built: the snapshots the store recorded with the
 * article (found by its sources' URLs and content hashes), else the snapshots of each source's URL.
 * A snapshot counts only when extracting it again gives the text the article was built from
 * (same contentHash), so its evidence spans still point at the right words.
 */
async function readStoredSources(
  article: Article,
  file: string,
  path: string,
  io: VerifyIo,
): Promise<Document[]> {
  // Opening a missing path would create an empty store and then report every source missing.
  if (!storeExists(path)) {
    throw new MatomeError('SOURCE_NOT_FOUND', `Failed to verify article: ${file} (no store at ${path})`, {
      hint: 'Pass --store with the store the article was built with (matome build --store FILE).',
    });
  }
  const store = await openStore(path);
  try {
    const stored = await findStoredArticle(store, article);
    if (stored !== undefined) {
      for (const change of await store.changedSources(stored.id))
        io.stderr(
          `matome: note: ${change.url} has changed since the article was built (newer snapshot ${change.latestSnapshotId ?? '?'}); verifying against snapshot ${change.snapshotId}\n`,
        );
    }
    const documents: Document[] = [];
    for (const [position, source] of article.sources.entries()) {
      const recorded = stored?.snapshotIds[position];
      const candidates =
        recorded !== undefined
          ? [recorded]
          : (await store.listSnapshots(source.url)).map((summary) => summary.id);
      if (candidates.length === 0) {
        throw new MatomeError(
          'SOURCE_NOT_FOUND',
          `Failed to verify article: source ${source.id} ${source.url} (no snapshot in ${path})`,
          {
            hint: 'Verify with the --store the article was built with, or rebuild the article so its sources are stored.',
          },
        );
      }
      const mismatches: string[] = [];
      let found: Document | undefined;
      for (const id of candidates) {
        const snapshot = await store.getSnapshot(id);
        if (snapshot === undefined) {
          mismatches.push(`snapshot ${id} is missing`);
          continue;
        }
        // A snapshot whose text no longer hashes to its recorded hash was changed inside the store.
        const intact = sha256(snapshot.text) === snapshot.contentHash;
        let document: Document | undefined;
        try {
          document = extractDocument(snapshotToPage(snapshot), { id: source.id });
        } catch (error) {
          if (!isMatomeError(error)) throw error;
          mismatches.push(`snapshot ${id} no longer extracts: ${error.message}`);
          continue;
        }
        if (document.contentHash === source.contentHash) {
          found = document;
          break;
        }
        mismatches.push(
          intact
            ? `snapshot ${id} now extracts to ${document.contentHash.slice(0, 19)}…, not ${source.contentHash.slice(0, 19)}…`
            : `snapshot ${id} was modified in the store: its text no longer matches its hash ${snapshot.contentHash.slice(0, 19)}…`,
        );
      }
      if (found !== undefined) {
        documents.push(found);
        continue;
      }
      throw new MatomeError(
        'SOURCE_CHANGED',
        `Failed to verify article: source ${source.id} ${source.url} (${mismatches.join('; ')})`,
        {
          hint: 'The text the article was built from is gone, so its evidence cannot be checked. Rebuild the article from its sources (matome build) and verify the new one.',
        },
      );
    }
    return documents;
  } finally {
    await store.close();
  }
}

function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/**
 * The newest stored article built from the same sources (URL and content hash, in order). The
 * Store has no lookup by slug or content, so this walks article ids down from the newest; ids are
 * AUTOINCREMENT and articles are never deleted, so the newest id is found by doubling then bisecting.
 */
async function findStoredArticle(store: Store, article: Article): Promise<StoredArticle | undefined> {
  const exists = async (id: number) => (await readArticle(store, id)) !== null;
  if (!(await exists(1))) return undefined;
  let high = 2;
  while (await exists(high)) high *= 2;
  let low = high / 2;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (await exists(middle)) low = middle;
    else high = middle;
  }
  const key = sourcesKey(article);
  for (let id = low; id >= 1; id--) {
    const stored = await readArticle(store, id);
    if (stored && sourcesKey(stored.article) === key) return stored;
  }
  return undefined;
}

/** The article with `id`; null when there is none, undefined when it was written in a form this version cannot read. */
async function readArticle(store: Store, id: number): Promise<StoredArticle | null | undefined> {
  try {
    return (await store.getArticle(id)) ?? null;
  } catch (error) {
    // An article another matome version wrote is not the one we look for; skip it, don't fail.
    if (isMatomeError(error) && error.code === 'STORE_FAILED') return undefined;
    throw error;
  }
}

function sourcesKey(article: Article): string {
  return JSON.stringify(article.sources.map((source) => [source.url, source.contentHash]));
}

async function writeAtomically(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomically(path, text);
  } catch (error) {
    throw new MatomeError('OUTPUT_FAILED', `Failed to write report: ${path} (${(error as Error).message})`, {
      hint: 'Check that the directory exists and is writable, or choose another --html path.',
      cause: error,
    });
  }
}
