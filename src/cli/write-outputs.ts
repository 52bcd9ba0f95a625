import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
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

/** Writes to a temporary name beside `path`, then renames: readers never see a partial file. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

/**
 * Renders every format first, then writes each file to a temporary name and renames it, so a
 * failure never leaves a partial file under the final name. `extra` files (such as the
 * verification report) are written the same way, named `<slug>.<suffix>`.
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
  const paths: string[] = [];
  try {
    await mkdir(options.outDir, { recursive: true });
    for (const { suffix, text } of rendered) {
      const path = join(options.outDir, `${options.slug}.${suffix}`);
      await writeFileAtomically(path, text);
      paths.push(path);
    }
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
  return paths;
}
