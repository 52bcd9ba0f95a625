// Benchmark of the llm engine against the loopback model server: model calls, tokens in/out and
// wall time per article for several source counts, with sections run concurrently (the engine's
// default, 4 calls in flight) and one after another (concurrency 1), plus a rebuild from the answer
// cache.
//
// Every reply of the server waits --latency-ms (a simulated model) and is a faithful scripted answer
// (test/support/scripted-answers.ts), so wall time is the engine's scheduling of its calls plus its
// own work. No verifier is passed to the engine: the bench measures the composing calls (one per
// section plus one for title, points and closing); a verifier finding would add repair calls, which
// depend on the model's answers, not on scheduling. Tokens are the loopback server's rough count
// (two characters a token), as reported back through the provider protocol and recorded by the engine.
// Sources are the bundled sample pages as one list (clusters in name order), ids s1…sN.
//
// A second part runs the engine against a real llama.cpp runtime (node-llama-cpp 3.21.1 and the
// tiny random-weights GGUF of ../shared/data/models, one thread): behind the loopback
// OpenAI-compatible server of test/support/llama-server.ts (`llamacpp:`) and in process
// (`local:`), on the two short pages of test/fixtures/llm/tiny with 256 output tokens. Every answer
// of that model is cut off, so every part falls back; what is measured is the ledger against the
// runtime's own token count, the wall time and the cached rebuild.
//
// Run: node scripts/bench-llm.ts [--latency-ms 2000] [--sizes 2,5,10] [--no-runtime]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../src/domain/article.ts';
import type { Document } from '../src/domain/document.ts';
import { MatomeError } from '../src/domain/errors.ts';
import type { LlmCache } from '../src/engines/llm/call-model.ts';
import { createLlmEngine } from '../src/engines/llm/compose-llm-article.ts';
import { createLanguageModel } from '../src/engines/llm/create-language-model.ts';
import { loadLocalRuntime } from '../src/engines/llm/local-model.ts';
import { extractDocument } from '../src/extract/extract-document.ts';
import { listSourceFiles, readSource } from '../src/fetch/read-source.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { runtimeUnavailable, startLlamaServer, TINY_MODEL } from '../test/support/llama-server.ts';
import { startLlmServer } from '../test/support/llm-server.ts';
import { createMemoryCache } from '../test/support/memory-cache.ts';
import { goodReply } from '../test/support/scripted-answers.ts';

const SAMPLES = join(import.meta.dirname, '..', 'samples');
/** The engine's default number of model calls in flight. */
const CONCURRENCY = 4;

/** What to measure. */
export interface LlmBenchOptions {
  /** Simulated model latency: every reply of the loopback server waits this long. */
  latencyMs: number;
  /** Source counts, each at most the number of sample pages. */
  sizes: readonly number[];
  /** Defaults to kuromoji, as the CLI uses; tests may pass the fast segmenter tokenizer. */
  tokenizer?: Tokenizer;
  /** Also measure against the real runtime (default true when it is installed). */
  runtime?: boolean;
}

/** The measurements for one source count. */
export interface LlmBenchRow {
  sources: number;
  /** HTTP requests the model server received during the concurrent build. */
  calls: number;
  inputTokens: number;
  outputTokens: number;
  /** Tokens the ledger recorded for the concurrent build, and what the server reported for it. */
  ledgerTokens: number;
  serverTokens: number;
  concurrentMs: number;
  /** The same article with one call at a time. */
  sequentialMs: number;
  sequentialCalls: number;
  /** A rebuild from the answer cache the concurrent build filled. */
  cachedMs: number;
  /** HTTP requests during the cached rebuild (0 when every answer came from the cache). */
  cachedCalls: number;
  /** Answers the cached rebuild took from the cache. */
  cacheHits: number;
  /** Whether the cached rebuild gave the same article as the concurrent build (usage aside). */
  cachedSame: boolean;
}

/** A whole bench run. */
export interface LlmBenchResult {
  latencyMs: number;
  concurrency: number;
  /** Sample pages available. */
  pages: number;
  rows: LlmBenchRow[];
  /** Against the real runtime; absent with --no-runtime or when the runtime is not installed. */
  runtime?: RuntimeBenchRow[];
  runtimeSkipped?: string;
  /** Peak resident memory of the process (tokenizer dictionary included). */
  peakRssMiB: number;
}

/** One build against the real runtime, and its cached rebuild. */
export interface RuntimeBenchRow {
  /** `llamacpp:` through the loopback server, or `local:` in process. */
  path: string;
  calls: number;
  ledgerTokens: number;
  /** The runtime's own count (the server's usage sums; in process, the runtime's token meter). */
  runtimeTokens: number;
  modelShare: number;
  ms: number;
  cachedCalls: number;
  cachedMs: number;
}

/** Reads every sample page into Documents, as one list with ids s1, s2, … */
async function loadSamplePages(): Promise<Document[]> {
  const clusters = readdirSync(SAMPLES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const documents: Document[] = [];
  for (const cluster of clusters) {
    for (const file of await listSourceFiles(join(SAMPLES, cluster))) {
      documents.push(extractDocument(await readSource(file, {}), { id: `s${documents.length + 1}` }));
    }
  }
  return documents;
}

/** The article without its usage record, which differs between a fresh and a cached build. */
function contentOf(article: Article): string {
  const { engine, ...rest } = article;
  const { usage: _usage, ...engineRest } = engine;
  return JSON.stringify({ ...rest, engine: engineRest });
}

/** Builds one article per size, concurrent, sequential and cached, against a loopback model server. */
export async function measureLlmBench(options: LlmBenchOptions): Promise<LlmBenchResult> {
  const pages = await loadSamplePages();
  for (const size of options.sizes) {
    if (!Number.isInteger(size) || size < 1 || size > pages.length) {
      throw new MatomeError('INVALID_ARGUMENT', `Invalid arguments: --sizes ${size}`, {
        hint: `Give source counts from 1 to ${pages.length} (the number of sample pages).`,
      });
    }
  }
  const tokenizer = options.tokenizer ?? (await createTokenizer());
  // Read per request, so the warm-up below can run without the simulated latency.
  let latencyMs = 0;
  // The server reports usage it counts itself (two characters a token), summed here as its count.
  let serverTokens = 0;
  const server = await startLlmServer((request) => {
    const reply = goodReply(request);
    const answer = reply.kind === 'json' ? JSON.stringify(reply.value) : '';
    const usage = { input: Math.ceil(request.prompt.length / 2), output: Math.ceil(answer.length / 2) };
    serverTokens += usage.input + usage.output;
    return { ...reply, usage, delayMs: latencyMs };
  });
  try {
    const { model, modelId } = createLanguageModel({
      model: 'compatible:bench-model',
      baseURL: server.baseURL,
      env: {},
    });
    const build = async (documents: Document[], concurrency: number, cache?: LlmCache) => {
      const engine = createLlmEngine({ model, modelId, concurrency, ...(cache ? { cache } : {}) });
      const before = server.requests.length;
      const started = performance.now();
      const article = await engine.composeArticle(documents, { tokenizer });
      return { article, ms: performance.now() - started, calls: server.requests.length - before };
    };
    // Warm-up (not reported): loads the SDK's lazy modules and compiles the hot paths, so the
    // first measured build does not carry one-time costs the later ones do not.
    await build(pages.slice(0, Math.min(2, pages.length)), CONCURRENCY);
    latencyMs = options.latencyMs;

    const rows: LlmBenchRow[] = [];
    for (const size of options.sizes) {
      const documents = pages.slice(0, size);
      // The concurrent build starts with an empty cache and fills it, as a first real build does.
      const cache = createMemoryCache();
      const counted = serverTokens;
      const concurrent = await build(documents, CONCURRENCY, cache);
      const serverCount = serverTokens - counted;
      const sequential = await build(documents, 1);
      const cached = await build(documents, CONCURRENCY, cache);
      const usage = concurrent.article.engine.usage;
      rows.push({
        sources: size,
        calls: concurrent.calls,
        inputTokens: usage?.inputTokens ?? 0,
        outputTokens: usage?.outputTokens ?? 0,
        ledgerTokens: await cache.tokensUsedSince(new Date(0)),
        serverTokens: serverCount,
        concurrentMs: concurrent.ms,
        sequentialMs: sequential.ms,
        sequentialCalls: sequential.calls,
        cachedMs: cached.ms,
        cachedCalls: cached.calls,
        cacheHits: cached.article.engine.usage?.cachedCalls ?? 0,
        cachedSame: contentOf(cached.article) === contentOf(concurrent.article),
      });
    }
    const unavailable =
      options.runtime === false ? 'not asked for (--no-runtime)' : await runtimeUnavailable();
    return {
      latencyMs: options.latencyMs,
      concurrency: CONCURRENCY,
      pages: pages.length,
      rows,
      ...(unavailable === undefined
        ? { runtime: await measureRuntime(tokenizer) }
        : { runtimeSkipped: unavailable }),
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await server.close();
  }
}

/** The engine against the real runtime, through the loopback server and in process. */
async function measureRuntime(tokenizer: Tokenizer): Promise<RuntimeBenchRow[]> {
  const tiny = join(import.meta.dirname, '..', 'test', 'fixtures', 'llm', 'tiny');
  const documents: Document[] = [];
  for (const file of await listSourceFiles(tiny)) {
    documents.push(extractDocument(await readSource(file, {}), { id: `s${documents.length + 1}` }));
  }
  const limits = { timeoutMs: 120_000, maxRetries: 0, maxOutputTokens: 256 };
  const rows: RuntimeBenchRow[] = [];
  const server = await startLlamaServer({ slots: 1, threads: 1 });
  // The same runtime (one load per process) serves the loopback server and the local: model.
  const runtime = await loadLocalRuntime({ modelPath: TINY_MODEL, threads: 1 });
  try {
    const served = createLanguageModel({ model: 'llamacpp:tiny', baseURL: server.baseURL, env: {} });
    const local = createLanguageModel({ model: `local:${TINY_MODEL}`, env: {}, threads: 1 });
    for (const [path, configured] of [
      ['llamacpp: (loopback server)', served],
      ['local: (in process)', local],
    ] as const) {
      const cache = createMemoryCache();
      const engine = createLlmEngine({
        model: configured.model,
        modelId: configured.modelId,
        concurrency: configured.defaultConcurrency,
        limits,
        cache,
      });
      const before = server.tokens();
      const meterBefore = runtime.tokens();
      const requestsBefore = server.requests.length;
      const started = performance.now();
      const article = await engine.composeArticle(documents, { tokenizer });
      const ms = performance.now() - started;
      const after = server.tokens();
      const meterAfter = runtime.tokens();
      const usage = article.engine.usage;
      const isServer = path.startsWith('llamacpp');
      const cachedStarted = performance.now();
      const cached = await engine.composeArticle(documents, { tokenizer });
      rows.push({
        path,
        calls: isServer ? server.requests.length - requestsBefore : (usage?.calls ?? 0),
        ledgerTokens: await cache.tokensUsedSince(new Date(0)),
        // In process there is no server: the runtime's own token meter is the count.
        runtimeTokens: isServer
          ? after.prompt + after.completion - before.prompt - before.completion
          : meterAfter.input + meterAfter.output - meterBefore.input - meterBefore.output,
        modelShare: article.engine.modelText?.share ?? 0,
        ms,
        cachedCalls: cached.engine.usage?.calls ?? 0,
        cachedMs: performance.now() - cachedStarted,
      });
    }
  } finally {
    await server.close();
  }
  return rows;
}

/** The bench result as the printed tables. */
export function formatLlmBench(result: LlmBenchResult): string {
  const seconds = (ms: number) => (ms / 1000).toFixed(2).padStart(8);
  const lines = [
    `matome llm bench — node ${process.version}, loopback model server, ${result.latencyMs} ms per call, ` +
      `sources from ${result.pages} sample pages; no verifier (no repair calls)`,
    '',
    `Fresh build: sections and the title/points/closing call, ${result.concurrency} at once vs one after another`,
    ' sources  calls  tokens in  tokens out  ledger  server  wall s (concurrent)  wall s (sequential)  speed-up ×',
  ];
  for (const row of result.rows) {
    lines.push(
      `${String(row.sources).padStart(8)} ${String(row.calls).padStart(6)} ${String(row.inputTokens).padStart(10)}` +
        ` ${String(row.outputTokens).padStart(11)} ${String(row.ledgerTokens).padStart(7)} ${String(row.serverTokens).padStart(7)}` +
        ` ${seconds(row.concurrentMs).padStart(20)}` +
        ` ${seconds(row.sequentialMs).padStart(20)} ${(row.sequentialMs / row.concurrentMs).toFixed(2).padStart(11)}`,
    );
  }
  lines.push('ledger: tokens the ledger recorded; server: tokens the server reported for those requests.');
  const waits = result.rows.map((row) => Math.ceil(row.calls / result.concurrency)).join(', ');
  lines.push(
    `With ${result.concurrency} calls in flight an article waits about ⌈calls / ${result.concurrency}⌉ model latencies ` +
      `(${waits} here); one after another, one latency per call.`,
  );
  lines.push('', 'Cached rebuild (same sources, answers from the in-memory cache the fresh build filled)');
  lines.push(' sources  calls  cache hits  wall s  same article');
  for (const row of result.rows) {
    lines.push(
      `${String(row.sources).padStart(8)} ${String(row.cachedCalls).padStart(6)} ${String(row.cacheHits).padStart(11)}` +
        ` ${seconds(row.cachedMs)}  ${row.cachedSame ? 'yes' : 'NO'}`,
    );
  }
  lines.push(
    '',
    'Real llama.cpp runtime (node-llama-cpp 3.21.1, tiny random GGUF, 1 thread, 2 short pages, 256 output tokens)',
  );
  if (result.runtime) {
    lines.push(
      ' path                          calls  ledger  runtime  model text  wall s  cached rebuild: calls, wall s',
    );
    for (const row of result.runtime) {
      lines.push(
        ` ${row.path.padEnd(29)} ${String(row.calls).padStart(5)} ${String(row.ledgerTokens).padStart(7)}` +
          ` ${String(row.runtimeTokens).padStart(8)} ${`${Math.round(row.modelShare * 100)}%`.padStart(11)}` +
          ` ${seconds(row.ms)}  ${row.cachedCalls}, ${(row.cachedMs / 1000).toFixed(2)}`,
      );
    }
  } else {
    lines.push(`skipped: ${result.runtimeSkipped ?? 'unknown'}`);
  }
  lines.push(
    '',
    `Peak RSS ${result.peakRssMiB.toFixed(1)} MiB (whole process, kuromoji dictionary included).`,
  );
  return lines.join('\n');
}

function parseOptions(args: string[]): { latencyMs: number; sizes: number[]; runtime: boolean } {
  const { values } = parseArgs({
    args,
    options: {
      'latency-ms': { type: 'string', default: '2000' },
      sizes: { type: 'string', default: '2,5,10' },
      'no-runtime': { type: 'boolean', default: false },
    },
  });
  const latencyMs = Number(values['latency-ms']);
  if (!Number.isInteger(latencyMs) || latencyMs < 0) {
    throw new MatomeError('INVALID_ARGUMENT', `Invalid arguments: --latency-ms ${values['latency-ms']}`, {
      hint: 'Give the simulated model latency in whole milliseconds, e.g. --latency-ms 2000.',
    });
  }
  const sizes = values.sizes.split(',').map((part) => {
    if (!/^\s*\d+\s*$/.test(part)) {
      throw new MatomeError('INVALID_ARGUMENT', `Invalid arguments: --sizes ${values.sizes}`, {
        hint: 'Give source counts as whole numbers separated by commas, e.g. --sizes 2,5,10.',
      });
    }
    return Number(part);
  });
  return { latencyMs, sizes, runtime: values['no-runtime'] !== true };
}

if (import.meta.main) {
  // The SDK warns on stderr about the made-up model id of the loopback server.
  (globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;
  try {
    console.log(formatLlmBench(await measureLlmBench(parseOptions(process.argv.slice(2)))));
  } catch (error) {
    if (!(error instanceof MatomeError)) throw error;
    console.error(`${error.message}\n${error.hint ?? ''}`);
    process.exitCode = 2;
  }
}
