import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { MatomeError } from '../domain/errors.ts';
import { countFindings, hasErrors, isTextLocation, toJsonPath } from '../domain/findings.ts';
import type { Finding } from '../domain/report.ts';
import { findingMessage, type ReportLanguage } from '../verify/finding-messages.ts';
import { lintArticle } from '../verify/lint-article.ts';
import { createLocator } from '../verify/lint-locate.ts';
import { lintText } from '../verify/lint-text.ts';
import { reportLanguageOption } from './parse-options.ts';
import { LINT_USAGE, LINT_USAGE_LINE } from './usage.ts';

type LintInputFormat = 'txt' | 'md' | 'html' | 'json';
const FORMATS: readonly LintInputFormat[] = ['txt', 'md', 'html', 'json'];
const EXTENSIONS: Record<string, LintInputFormat> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

/**
 * `matome lint FILE [--json] [--format txt|md|html|json]`: lints a rendered article (.txt, .md,
 * .html) or an Article (.json) and prints one line per finding, `FILE:LINE:COL severity code
 * message` (`FILE:PATH …` for an Article), or `--json` for a machine-readable report. Returns 1 when
 * any finding is an error, 0 otherwise; a missing file or bad arguments throw MatomeError.
 */
export async function runLintCommand(
  args: readonly string[],
  io: {
    stdout(text: string): void;
    stderr(text: string): void;
    env?: Readonly<Record<string, string | undefined>>;
  },
): Promise<number> {
  if (parse(args).values.help) {
    io.stdout(LINT_USAGE);
    return 0;
  }
  const { file, format, json } = parseLintArgs(args);
  const language = reportLanguageOption(parse(args).values.lang, io.env ?? process.env, 'lint');
  const input = await readInput(file);
  const findings = format === 'json' ? await lintArticleJson(input) : lintText(input, format);
  const counts = countFindings(findings);
  if (json) {
    io.stdout(`${JSON.stringify({ file, format, counts, findings }, null, 2)}\n`);
  } else {
    for (const finding of findings) io.stdout(`${formatFinding(file, finding, language)}\n`);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    io.stderr(
      `${file}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info\n`,
    );
  }
  return hasErrors(findings) ? 1 : 0;
}

/** One finding as a compiler-style line: `FILE:LINE:COL severity code message`. */
export function formatFinding(file: string, finding: Finding, language: ReportLanguage = 'en'): string {
  const where = isTextLocation(finding.location)
    ? `${finding.location.line}:${finding.location.column}`
    : finding.location.path;
  // An Article-wide finding (empty path) is shown against the file alone.
  return `${file}${where === '' ? '' : `:${where}`} ${finding.severity} ${finding.code} ${findingMessage(finding, language)}`;
}

function usageError(detail: string): MatomeError {
  return new MatomeError('INVALID_ARGUMENT', `Invalid arguments: ${detail}`, {
    hint: `Usage: ${LINT_USAGE_LINE}`,
  });
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageError((error as Error).message);
  }
}

function parseLintArgs(args: readonly string[]): { file: string; format: LintInputFormat; json: boolean } {
  const parsed = parse(args);
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) throw usageError('lint takes exactly one FILE');
  const named = parsed.values.format;
  if (named !== undefined && !FORMATS.includes(named as LintInputFormat)) {
    throw usageError(`--format ${named} (choose from ${FORMATS.join(', ')})`);
  }
  const format = (named as LintInputFormat | undefined) ?? EXTENSIONS[extname(file).toLowerCase()];
  if (format === undefined) {
    throw new MatomeError('INVALID_ARGUMENT', `Invalid arguments: cannot tell the format of ${file}`, {
      hint: `Name it with --format (${FORMATS.join(', ')}), or use a .txt, .md, .html or .json file.`,
    });
  }
  return { file, format, json: parsed.values.json === true };
}

async function readInput(file: string): Promise<string> {
  try {
    return new TextDecoder('utf-8').decode(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new MatomeError('SOURCE_NOT_FOUND', `File not found: ${file} (nothing to lint)`, {
        hint: 'Check the path; lint reads a rendered article (.txt, .md, .html) or an Article (.json).',
        cause: error,
      });
    }
    throw new MatomeError('SOURCE_UNREADABLE', `Failed to read file: ${file} (${code ?? 'read error'})`, {
      hint: code === 'EISDIR' ? 'Lint one file at a time.' : 'Check that the file is readable.',
      cause: error,
    });
  }
}

/**
 * An Article file: JSON that does not parse, or that breaks the Article schema, is reported as
 * findings (article.json, article.schema) like any other defect, so the user sees every problem.
 */
async function lintArticleJson(input: string): Promise<Finding[]> {
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch (error) {
    // V8 echoes the input after an unexpected token; the location says where, so leave it out.
    const message = (error as Error).message.replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '');
    return [
      {
        code: 'article.json',
        severity: 'error',
        location: createLocator(input)(jsonErrorOffset(input, message), 0),
        message: `Not valid JSON: ${message}`,
        params: { detail: message },
      },
    ];
  }
  // The schema (and zod) is loaded only for an Article; linting a text needs neither.
  const { ArticleSchema } = await import('../domain/article.ts');
  const parsed = ArticleSchema.safeParse(value);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      code: 'article.schema',
      severity: 'error',
      location: { path: toJsonPath(issue.path) },
      message: `Not a valid Article: ${issue.message}`,
      params: { detail: issue.message },
    }));
  }
  return lintArticle(parsed.data);
}

/**
 * Where JSON.parse failed. V8 states a position for most errors but not for an unexpected token;
 * then the error is at the end of the longest prefix that can still begin a JSON text, found by
 * binary search since such prefixes are prefix-closed.
 */
function jsonErrorOffset(input: string, message: string): number {
  const stated = /at position (\d+)/.exec(message);
  if (stated) return Number(stated[1]);
  let low = 0;
  let high = input.length;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (isJsonPrefix(input.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  return low;
}

function isJsonPrefix(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    return message.includes('Unexpected end of JSON input') || Number(position?.[1]) === prefix.length;
  }
}
