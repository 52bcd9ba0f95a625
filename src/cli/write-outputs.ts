import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Article } from '../domain/article.ts';
import { MatomeError } from '../domain/errors.ts';
import { type OutputFormat, renderArticle } from '../render/index.ts';

/**
 * File name stem for an article: the name of a single source directory when it is plain ASCII,
 * else "matome-" and a hash of the sources' content, so the same sources give the same name.
 */
export function slugFor(article: Article, inputs: readonly string[], isDirectory: boolean): string {
  const only = inputs.length === 1 ? inputs[0] : undefined;
  if (only !== undefined && isDirectory) {
    const name = basename(resolve(only))
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (name.length > 0) return name;
  }
  const digest = createHash('sha256');
  for (const source of article.sources) digest.update(source.contentHash);
  return `matome-${digest.digest('hex').slice(0, 10)}`;
}

/** How temporary names are drawn; tests inject their own. */
export interface TemporaryNames {
  /** A fresh unpredictable name part (default: 128 bits from the system's random source). */
  randomName?: () => string;
}

const defaultRandomName = () => randomBytes(16).toString('hex');

/** Attempts at a fresh temporary name before giving up (each taken name is someone else's file). */
const NAME_ATTEMPTS = 8;

/**
 * Creates a new file beside `path` under an unpredictable hidden name, exclusively ('wx':
 * O_CREAT | O_EXCL, which also refuses a symlink planted at that name, so a link is never
 * followed), and writes `text` to it. Returns the temporary path.
 */
async function writeTemporary(path: string, text: string, names: TemporaryNames): Promise<string> {
  const randomName = names.randomName ?? defaultRandomName;
  for (let attempt = 0; ; attempt += 1) {
    const temporary = join(dirname(path), `.${basename(path)}.${randomName()}.tmp`);
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(temporary, 'wx', 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt + 1 < NAME_ATTEMPTS) continue;
      throw error;
    }
    try {
      await handle.writeFile(text, 'utf8');
      await handle.close();
    } catch (error) {
      await handle.close().catch(() => {});
      await unlink(temporary).catch(() => {});
      throw error;
    }
    return temporary;
  }
}

/** Writes one file through a temporary name and a rename: readers never see a partial file. */
export async function writeFileAtomically(
  path: string,
  text: string,
  names: TemporaryNames = {},
): Promise<void> {
  await writeFileSet([{ path, text }], names);
}

/**
 * Writes a set of files so that it is all new or all old: every file is first written to its own
 * temporary name; only when all are written are they renamed into place. The previous files are
 * kept under temporary hard links meanwhile, so a failed rename puts the whole previous set back.
 * Temporary files are removed on failure. (A crash during the renames themselves can still leave
 * the set mixed; the store records an article only once its set is in place.) Each step runs for
 * all files at once (the file system's round trips overlap) and the next starts when all are done.
 */
export async function writeFileSet(
  files: ReadonlyArray<{ path: string; text: string }>,
  names: TemporaryNames = {},
): Promise<void> {
  const written: Array<{ path: string; temporary: string; backup?: string }> = [];
  const cleanUp = () =>
    Promise.all(
      written.flatMap(({ temporary, backup }) => [
        unlink(temporary).catch(() => {}),
        ...(backup ? [unlink(backup).catch(() => {})] : []),
      ]),
    );
  try {
    const temporaries = await Promise.allSettled(
      files.map(({ path, text }) => writeTemporary(path, text, names)),
    );
    temporaries.forEach((result, i) => {
      if (result.status === 'fulfilled')
        written.push({ path: (files[i] as { path: string }).path, temporary: result.value });
    });
    throwFirst(temporaries);
    const backups = await Promise.allSettled(
      written.map(async (entry) => {
        const backup = join(
          dirname(entry.path),
          `.${basename(entry.path)}.${(names.randomName ?? defaultRandomName)()}.old.tmp`,
        );
        try {
          await link(entry.path, backup);
          entry.backup = backup;
        } catch (error) {
          // No previous file is fine; anything else (a directory in the way, no permission) fails the set now.
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw describe(entry.path, error);
        }
      }),
    );
    throwFirst(backups);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const renames = await Promise.allSettled(
    written.map(async (entry) => {
      try {
        await rename(entry.temporary, entry.path);
      } catch (error) {
        throw describe(entry.path, error);
      }
    }),
  );
  if (renames.some((result) => result.status === 'rejected')) {
    // Put the previous set back: restore each replaced file, remove each that did not exist.
    await Promise.all(
      written
        .filter((_, i) => renames[i]?.status === 'fulfilled')
        .map((entry) =>
          (entry.backup ? rename(entry.backup, entry.path) : unlink(entry.path)).catch(() => {}),
        ),
    );
    await cleanUp();
    throwFirst(renames);
  }
  await Promise.all(written.map(({ backup }) => (backup ? unlink(backup).catch(() => {}) : undefined)));
}

/** Throws the reason of the first rejected result, in the order the files were given. */
function throwFirst(results: ReadonlyArray<PromiseSettledResult<unknown>>): void {
  const failed = results.find((result) => result.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
}

/** An fs error with the file it concerns in its message (fs errors name only the first path). */
function describe(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  return new Error(`${path}: ${code ?? (error as Error).message}`, { cause: error });
}

/**
 * Renders every format first, then writes the whole set with writeFileSet: a failure leaves the
 * previous set (or nothing) under the final names, never a mix or a partial file. `extra` files
 * (such as the verification report) belong to the set, named `<slug>.<suffix>`.
 */
export async function writeOutputs(
  article: Article,
  options: {
    outDir: string;
    slug: string;
    formats: readonly OutputFormat[];
    extra?: ReadonlyArray<{ suffix: string; text: string }>;
  },
): Promise<string[]> {
  const rendered = [
    ...options.formats.map((format) => ({ suffix: format, text: renderArticle(article, format) })),
    ...(options.extra ?? []),
  ];
  const files = rendered.map(({ suffix, text }) => ({
    path: join(options.outDir, `${options.slug}.${suffix}`),
    text,
  }));
  try {
    await mkdir(options.outDir, { recursive: true });
    await writeFileSet(files);
  } catch (error) {
    throw new MatomeError(
      'OUTPUT_FAILED',
      `Failed to write article: ${options.outDir} (${(error as Error).message})`,
      {
        hint: 'Check that the output directory is writable, or choose another with --out.',
        cause: error,
      },
    );
  }
  return files.map(({ path }) => path);
}
