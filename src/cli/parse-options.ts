import { type ParseArgsConfig, parseArgs } from 'node:util';
import { MatomeError } from '../domain/errors.ts';

/** INVALID_ARGUMENT for a command's arguments, pointing at the command's help. */
export function usageError(detail: string, command?: string): MatomeError {
  return new MatomeError('INVALID_ARGUMENT', `Invalid arguments: ${detail}`, {
    hint: `Run "matome ${command === undefined ? '' : `${command} `}--help".`,
  });
}

/** Parses a command's arguments strictly; an unknown option is a usage error naming the command. */
export function parseOptions(
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
  command: string,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError((error as Error).message, command);
  }
}

/** The string values of a repeatable option. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
