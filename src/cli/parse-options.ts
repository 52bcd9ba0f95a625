import { type ParseArgsConfig, parseArgs } from 'node:util';
import { MatomeError } from '../domain/errors.ts';
import { type ReportLanguage, reportLanguage } from '../verify/finding-messages.ts';

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

/**
 * `--lang ja|en`, the language of the report's messages: when not given, Japanese if the locale
 * (LC_ALL, LC_MESSAGES, LANG) starts with "ja", else English.
 */
export function reportLanguageOption(
  value: unknown,
  env: Readonly<Record<string, string | undefined>>,
  command: string,
): ReportLanguage {
  const language = reportLanguage(typeof value === 'string' ? value : undefined, env);
  if (language === undefined) throw usageError(`--lang ${String(value)} (choose ja or en)`, command);
  return language;
}

/** The string values of a repeatable option. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
