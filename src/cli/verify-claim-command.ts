import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { text as readStream } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import type { Document } from '../domain/document.ts';
import { isMatomeError, MatomeError } from '../domain/errors.ts';
import type { ClaimJudge, JudgedVerdict } from '../pipeline/judge-claim.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { findingMessage, type ReportLanguage } from '../verify/finding-messages.ts';
import { type ClaimVerdict, verifyClaim } from '../verify/verify-article.ts';
import { EXIT } from './exit-codes.ts';
import { reportLanguageOption } from './parse-options.ts';
import { createSourceReader, readDocuments, type SourceReader } from './read-documents.ts';
import { VERIFY_CLAIM_USAGE } from './usage.ts';

/** Where the command writes, and a tokenizer to reuse (loaded on first use otherwise). */
export interface VerifyClaimIo {
  stdout(text: string): void;
  stderr(text: string): void;
  tokenizer?: Tokenizer;
  /** Reads all of standard input, for `--jsonl -` (process.stdin when absent). */
  stdin?: () => Promise<string>;
  /** Environment for the report language (process.env when absent). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** `matome verify-claim`: one sentence (or a JSONL file of them) against its sources, as JSON. */
export async function runVerifyClaimCommand(args: readonly string[], io: VerifyClaimIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    throw usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(VERIFY_CLAIM_USAGE);
    return EXIT.ok;
  }
  const sources = values.source ?? [];
  const allowHosts = values['allow-host'] ?? [];
  const env = io.env ?? process.env;
  const language = reportLanguageOption(values.lang, env, 'verify-claim');
  const judge = await judgeFrom(values, env);
  if (values.jsonl !== undefined) {
    if (positionals.length > 0) {
      throw usageError(
        `--jsonl ${values.jsonl} reads its sentences from the file; drop the sentence argument`,
      );
    }
    if (sources.length > 0) {
      throw usageError(`--jsonl ${values.jsonl} takes each line's sources from the file; drop --source`);
    }
    return runJsonl(values.jsonl, allowHosts, io, language, judge);
  }
  const [claim, ...extra] = positionals;
  if (sources.length === 0) throw usageError('verify-claim needs at least one --source (or --jsonl FILE)');
  if (claim === undefined || claim.trim() === '' || extra.length > 0) {
    throw usageError('verify-claim takes exactly one sentence (quote it)');
  }
  const documents = await readDocuments(sources, allowHosts);
  const sentence = claim.trim();
  const verdict = inLanguage(
    await judged(
      verifyClaim(sentence, documents, io.tokenizer ?? (await createTokenizer())),
      sentence,
      documents,
      judge,
    ),
    language,
  );
  io.stdout(`${JSON.stringify(verdict, null, 2)}\n`);
  return verdict.supported ? EXIT.ok : 1;
}

/** How many claims of a batch were supported, unsupported, or could not be checked. */
export interface ClaimBatchSummary {
  claims: number;
  supported: number;
  unsupported: number;
  errors: number;
  /** Supported by the rules and doubted by the judge (`--judge`): a person should look. */
  doubted: number;
}

/** What a batch needs besides its lines. */
export interface ClaimBatchOptions {
  /** Names the input in error messages, e.g. the file path or "stdin". */
  input: string;
  /** Relative sources are resolved from here. */
  baseDir: string;
  tokenizer: Tokenizer;
  /** Reads a source (already resolved); pass a caching one so each page is read once. */
  readSource: SourceReader;
  /** The sources' reading, shared by every line (each page analysed once per run). */
  understanding?: Understanding;
  /** The language of the problems' messages (English by default). */
  language?: ReportLanguage;
  /** A language model's second opinion on the claims the rules support (`--judge MODEL`). */
  judge?: ClaimJudge;
}

/**
 * Checks each non-blank JSONL line `{id?, sources, sentence}` and writes one JSON line per claim, in
 * order: the verdict (with `id` when given) or `{id?, error: {code, message, hint?, line}}`. A bad
 * line is reported in place and does not stop the batch.
 */
export async function verifyClaimLines(
  text: string,
  options: ClaimBatchOptions,
  write: (line: string) => void,
): Promise<ClaimBatchSummary> {
  const summary: ClaimBatchSummary = { claims: 0, supported: 0, unsupported: 0, errors: 0, doubted: 0 };
  const understanding = options.understanding ?? createUnderstanding(options.tokenizer);
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  for (const [index, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const line = index + 1;
    summary.claims++;
    let id: unknown;
    try {
      const value = parseLine(raw, options.input, line);
      id = value.id;
      const claim = claimOf(value, options.input, line);
      const documents = [];
      for (const source of claim.sources) {
        const resolved = /^https?:\/\//iu.test(source) ? source : resolve(options.baseDir, source);
        documents.push(await readClaimSource(options, resolved, `s${documents.length + 1}`, line));
      }
      const verdict = inLanguage(
        await judged(
          verifyClaim(claim.sentence, documents, options.tokenizer, understanding),
          claim.sentence,
          documents,
          options.judge,
        ),
        options.language ?? 'en',
      );
      summary[verdict.supported ? 'supported' : 'unsupported']++;
      if (verdict.problems.some((problem) => problem.code === 'support.judge')) summary.doubted++;
      write(`${JSON.stringify(id === undefined ? verdict : { id, ...verdict })}\n`);
    } catch (error) {
      summary.errors++;
      const { code, message, hint } = describeLineError(error, options.input, line);
      const body = { code, message, ...(hint === undefined ? {} : { hint }), line };
      write(`${JSON.stringify(id === undefined ? { error: body } : { id, error: body })}\n`);
    }
  }
  return summary;
}

/** The rules' verdict, with the judge's opinion when one was asked for (`--judge`). */
async function judged(
  verdict: ClaimVerdict,
  claim: string,
  documents: readonly Document[],
  judge: ClaimJudge | undefined,
): Promise<JudgedVerdict> {
  if (judge === undefined) return verdict;
  const { judgeVerdict } = await import('../pipeline/judge-claim.ts');
  return await judgeVerdict(verdict, claim, documents, judge);
}

/**
 * `--judge MODEL` (provider:model, as `build --model`) with `--base-url` and `--llm-timeout`: the
 * model that gives a second opinion. Its modules are loaded only when asked for.
 */
async function judgeFrom(
  values: ReturnType<typeof parse>['values'],
  env: Readonly<Record<string, string | undefined>>,
): Promise<ClaimJudge | undefined> {
  if (values.judge === undefined) {
    const stray = (['base-url', 'llm-timeout'] as const).find((option) => values[option] !== undefined);
    if (stray !== undefined) throw usageError(`--${stray} without --judge MODEL`);
    return undefined;
  }
  const timeout = Number(values['llm-timeout'] ?? '60');
  if (!Number.isInteger(timeout) || timeout < 1 || timeout > 3600) {
    throw usageError(`--llm-timeout ${values['llm-timeout']} (give whole seconds from 1 to 3600)`);
  }
  const { judgeOnModel } = await import('../pipeline/judge-claim.ts');
  const baseURL = values['base-url'] ?? env.MATOME_BASE_URL;
  return judgeOnModel({
    model: values.judge,
    ...(baseURL ? { baseURL } : {}),
    env,
    timeoutMs: timeout * 1000,
  });
}

/** The verdict with each problem's message in the language asked for (its params stay as they are). */
function inLanguage<T extends ClaimVerdict>(verdict: T, language: ReportLanguage): T {
  if (language === 'en') return verdict;
  return {
    ...verdict,
    problems: verdict.problems.map((problem) => ({ ...problem, message: findingMessage(problem, language) })),
  };
}

async function runJsonl(
  file: string,
  allowHosts: readonly string[],
  io: VerifyClaimIo,
  language: ReportLanguage,
  judge: ClaimJudge | undefined,
): Promise<number> {
  const fromStdin = file === '-';
  const input = fromStdin ? 'stdin' : file;
  let text: string;
  try {
    text = fromStdin ? await (io.stdin ?? (() => readStream(process.stdin)))() : await readFile(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new MatomeError('INVALID_ARGUMENT', `Invalid arguments: --jsonl ${input} (${reason})`, {
      hint: 'Give the path of a JSONL file of {"sources": [...], "sentence": "…"} lines, or - to read standard input.',
    });
  }
  const summary = await verifyClaimLines(
    text,
    {
      input,
      baseDir: fromStdin ? process.cwd() : dirname(resolve(file)),
      tokenizer: io.tokenizer ?? (await createTokenizer()),
      readSource: createSourceReader(allowHosts, { cache: true }),
      language,
      ...(judge === undefined ? {} : { judge }),
    },
    io.stdout,
  );
  io.stderr(
    summary.claims === 0
      ? `verify-claim: no claims in ${input}\n`
      : `verify-claim: ${summary.claims} claim${summary.claims === 1 ? '' : 's'} in ${input}: ${summary.supported} supported${judge === undefined ? '' : ` (${summary.doubted} of them doubted by the judge)`}, ${summary.unsupported} unsupported, ${summary.errors} not checked\n`,
  );
  if (summary.errors > 0) return EXIT.source;
  return summary.unsupported > 0 ? 1 : EXIT.ok;
}

/** One line's JSON object; `id` is echoed back, other extra fields are ignored. */
function parseLine(raw: string, input: string, line: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw lineError(input, line, `not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw lineError(input, line, 'not a JSON object');
  }
  return value as Record<string, unknown>;
}

/** The line's sources and sentence, trimmed; a usage-style error naming the line otherwise. */
function claimOf(
  { sources, sentence }: Record<string, unknown>,
  input: string,
  line: number,
): { sources: string[]; sentence: string } {
  if (!Array.isArray(sources) || sources.length === 0) {
    throw lineError(input, line, '"sources" must be a non-empty array of paths or URLs');
  }
  if (!sources.every((source): source is string => typeof source === 'string' && source.trim() !== '')) {
    throw lineError(input, line, 'every entry of "sources" must be a non-empty string');
  }
  if (typeof sentence !== 'string' || sentence.trim() === '') {
    throw lineError(input, line, '"sentence" must be a non-empty string');
  }
  return { sources: sources.map((source) => source.trim()), sentence: sentence.trim() };
}

function lineError(input: string, line: number, detail: string): MatomeError {
  return new MatomeError('INVALID_ARGUMENT', `Invalid claim: ${input} line ${line} (${detail})`, {
    hint: 'Write each line as {"id": "c1", "sources": ["page.html"], "sentence": "文"} (id optional).',
  });
}

async function readClaimSource(options: ClaimBatchOptions, source: string, id: string, line: number) {
  try {
    return await options.readSource(source, id);
  } catch (error) {
    if (!isMatomeError(error)) throw error;
    const hint =
      error.code === 'SOURCE_NOT_FOUND'
        ? `Check the path: relative sources are resolved from ${options.baseDir}, and spelling and case matter.`
        : error.hint;
    throw new MatomeError(error.code, `${options.input} line ${line}: ${error.message}`, {
      ...(hint === undefined ? {} : { hint }),
      cause: error,
    });
  }
}

function describeLineError(
  error: unknown,
  input: string,
  line: number,
): { code: string; message: string; hint: string | undefined } {
  if (isMatomeError(error)) return { code: error.code, message: error.message, hint: error.hint };
  return {
    code: 'INTERNAL',
    message: `${input} line ${line}: unexpected error: ${(error as Error)?.message ?? String(error)}`,
    hint: 'This is a bug in matome; please report it with the line.',
  };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      source: { type: 'string', multiple: true },
      jsonl: { type: 'string' },
      lang: { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      judge: { type: 'string' },
      'base-url': { type: 'string' },
      'llm-timeout': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
}

function usageError(detail: string): MatomeError {
  return new MatomeError('INVALID_ARGUMENT', `Invalid arguments: ${detail}`, {
    hint: 'Run "matome verify-claim --help".',
  });
}
