// The CLI's dispatcher. It imports only what every run needs (errors, exit codes, the help texts):
// each command, and the heavy libraries behind it (AI SDK, undici, the feed parser, the tokenizer,
// SQLite), is imported when that command runs, so `matome --help` or `matome lint` start quickly.
import { isMatomeError, MatomeError } from '../domain/errors.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';
import { COMMANDS, closestCommands, commandHelp, generalHelp } from './usage.ts';

export type { CliIo } from './cli-io.ts';

const VERSION = '0.1.0';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/** Each command, loaded on first use (a Map, so "toString" or "__proto__" is not a command). */
const LOADERS: ReadonlyMap<string, () => Promise<Command>> = new Map([
  ['build', async () => (await import('./build-command.ts')).runBuild],
  ['extract', async () => (await import('./extract-command.ts')).runExtract],
  ['feed', async () => (await import('./feed-command.ts')).runFeedCommand],
  ['lint', async () => (await import('./lint-command.ts')).runLintCommand],
  ['verify-claim', async () => (await import('./verify-claim-command.ts')).runVerifyClaimCommand],
  ['verify', async () => (await import('./verify-command.ts')).runVerifyCommand],
  ['serve', async () => (await import('./serve-command.ts')).runServeCommand],
  ['cluster', async () => (await import('./cluster-command.ts')).runClusterCommand],
  ['stories', async () => (await import('./cluster-command.ts')).runStoriesCommand],
  ['worker', async () => (await import('./worker-command.ts')).runWorkerCommand],
  ['status', async () => (await import('./status-command.ts')).runStatusCommand],
  [
    'watch',
    async () => {
      const { runWatchCommand } = await import('./watch-command.ts');
      return (args: readonly string[], io: CliIo) => runWatchCommand(args, io);
    },
  ],
]);

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case '--version':
      case '-v':
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
      case undefined:
      case '--help':
      case '-h':
        io.stdout(generalHelp());
        return command === undefined ? EXIT.usage : EXIT.ok;
      case 'help':
        return help(rest, io);
    }
    const load = LOADERS.get(command);
    if (load === undefined) throw unknownCommand(command);
    // Every command answers --help (or -h) the same way, before anything is read or loaded.
    if (asksForHelp(rest)) return help([command], io);
    return await (await load())(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

/** `matome help [COMMAND]`: the list of commands, or one command's usage and examples. */
function help(args: readonly string[], io: CliIo): number {
  const [name, ...extra] = args;
  if (name === '--help' || name === '-h') return help(['help'], io);
  if (name === undefined) {
    io.stdout(generalHelp());
    return EXIT.ok;
  }
  if (extra.length > 0) {
    throw new MatomeError(
      'INVALID_ARGUMENT',
      `Invalid arguments: help takes one COMMAND (got ${args.length})`,
      {
        hint: 'Run "matome help" for the list of commands, or "matome help build" for one.',
      },
    );
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) throw unknownCommand(name);
  io.stdout(commandHelp(command));
  return EXIT.ok;
}

/** --help or -h among a command's options (not after "--", where arguments are taken as they are). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

function unknownCommand(name: string): MatomeError {
  const closest = closestCommands(name).map((command) => `"matome ${command}"`);
  const guess = closest.length === 0 ? '' : `Did you mean ${closest.join(' or ')}? `;
  return new MatomeError('INVALID_ARGUMENT', `Invalid arguments: unknown command "${name}"`, {
    hint: `${guess}Run "matome help" for the list of commands.`,
  });
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
