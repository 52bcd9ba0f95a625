import { stat } from 'node:fs/promises';
import type { Article } from '../domain/article.ts';
import { ArticleSchema } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import { isMatomeError, MatomeError } from '../domain/errors.ts';
import type { Engine } from '../engines/engine.ts';
import { extractDocument } from '../extract/extract-document.ts';
import { listSourceFiles, readSource } from '../fetch/read-source.ts';
import type { Tokenizer } from '../text/tokenizer.ts';

/** Stages the pipeline reports progress and time for, in order. */
export type Stage = 'read' | 'extract' | 'compose';

export interface ProgressEvent {
  stage: Stage;
  /** The input being worked on, for read and extract. */
  input?: string;
  done: number;
  total: number;
}

export interface BuildDependencies {
  tokenizer: Tokenizer;
  engine: Engine;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** Build from the sources that could be read, reporting the others, instead of stopping at the first failure. */
  keepGoing?: boolean;
}

export interface SourceFailure {
  input: string;
  error: MatomeError;
}

export interface BuildResult {
  article: Article;
  documents: Document[];
  failures: SourceFailure[];
  /** Milliseconds spent in each stage. */
  timings: Record<Stage, number>;
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** Expands directory inputs to the source files inside them (sorted); URLs and files pass through. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const expanded: string[] = [];
  for (const input of inputs) {
    if (!isUrl(input) && (await stat(input).catch(() => undefined))?.isDirectory()) {
      const files = await listSourceFiles(input);
      if (files.length === 0) {
        throw new MatomeError(
          'SOURCE_NOT_FOUND',
          `Failed to read sources: ${input} (no .html, .txt or .md files)`,
          {
            hint: 'Point at a directory that holds saved article pages, or name the files.',
          },
        );
      }
      expanded.push(...files);
    } else {
      expanded.push(input);
    }
  }
  return expanded;
}

/** The one place that knows the stage order: read → extract → compose, validated against the Article model. */
export async function buildArticle(inputs: readonly string[], deps: BuildDependencies): Promise<BuildResult> {
  const timings: Record<Stage, number> = { read: 0, extract: 0, compose: 0 };
  const sources = await expandInputs(inputs);
  const documents: Document[] = [];
  const failures: SourceFailure[] = [];
  for (const [index, input] of sources.entries()) {
    deps.signal?.throwIfAborted();
    try {
      deps.onProgress?.({ stage: 'read', input, done: index, total: sources.length });
      let started = performance.now();
      const page = await readSource(input, {
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
        ...(deps.signal ? { signal: deps.signal } : {}),
        ...(deps.now ? { now: deps.now } : {}),
      });
      timings.read += performance.now() - started;
      deps.onProgress?.({ stage: 'extract', input, done: index, total: sources.length });
      started = performance.now();
      documents.push(extractDocument(page, { id: `s${documents.length + 1}` }));
      timings.extract += performance.now() - started;
    } catch (error) {
      if (!deps.keepGoing || !isMatomeError(error)) throw error;
      failures.push({ input, error });
    }
  }
  if (documents.length === 0) {
    throw (
      failures[0]?.error ??
      new MatomeError('INVALID_ARGUMENT', 'Failed to build article: no sources given', {
        hint: 'Pass source files, directories or URLs.',
      })
    );
  }
  deps.onProgress?.({ stage: 'compose', done: 0, total: 1 });
  const started = performance.now();
  const draft = await deps.engine.composeArticle(documents, {
    tokenizer: deps.tokenizer,
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  const parsed = ArticleSchema.safeParse(draft);
  if (!parsed.success) {
    throw new MatomeError(
      'INVALID_ARTICLE',
      `Failed to compose article: ${deps.engine.name} engine output breaks the Article model (${parsed.error.issues[0]?.message ?? 'invalid'})`,
      { hint: 'This is a bug in matome; please report it with the sources used.', cause: parsed.error },
    );
  }
  timings.compose = performance.now() - started;
  deps.onProgress?.({ stage: 'compose', done: 1, total: 1 });
  return { article: parsed.data, documents, failures, timings };
}
