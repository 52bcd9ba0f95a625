import { parseArgs } from 'node:util';
import { MatomeError } from '../domain/errors.ts';
import { createTokenizer, type Tokenizer } from '../text/tokenizer.ts';
import { verifyClaim } from '../verify/verify-article.ts';
import { EXIT } from './exit-codes.ts';
import { readDocuments } from './read-documents.ts';

/** Where the command writes, and a tokenizer to reuse (loaded on first use otherwise). */
export interface VerifyClaimIo {
  stdout(text: string): void;
  stderr(text: string): void;
  tokenizer?: Tokenizer;
}

export const VERIFY_CLAIM_USAGE = `Usage:
  matome verify-claim --source SRC [--source SRC]... [--allow-host HOST]... "文"

Checks one sentence against the sources (saved pages or URLs) and prints
{supported, score, evidence: [{source, start, end, text}], problems: [...]} as JSON.
Exit code 0 when supported, 1 when a check finds an error.
`;

/** `matome verify-claim`: one sentence against its sources, as JSON; exit 1 when unsupported. */
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
  const [claim, ...extra] = positionals;
  if (sources.length === 0) throw usageError('verify-claim needs at least one --source');
  if (claim === undefined || claim.trim() === '' || extra.length > 0) {
    throw usageError('verify-claim takes exactly one sentence (quote it)');
  }
  const documents = await readDocuments(sources, values['allow-host'] ?? []);
  const verdict = verifyClaim(claim.trim(), documents, io.tokenizer ?? (await createTokenizer()));
  io.stdout(`${JSON.stringify(verdict, null, 2)}\n`);
  return verdict.supported ? EXIT.ok : 1;
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      source: { type: 'string', multiple: true },
      'allow-host': { type: 'string', multiple: true },
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
