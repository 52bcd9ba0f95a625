import type { LanguageModel } from 'ai';
import type { Llama, LlamaContext, LlamaContextSequence, LlamaGrammar, LlamaModel } from 'node-llama-cpp';
import { MatomeError } from '../../domain/errors.ts';

/** Where the in-process model comes from and how it runs. */
export interface LocalRuntimeOptions {
  /** A GGUF file. */
  modelPath: string;
  /** CPU threads for prompt reading and generation; set explicitly (the runtime's default crawls on a busy machine). */
  threads: number;
  /** Largest context to allocate, in tokens (capped by what the model was trained with). */
  contextSize?: number;
}

/** One generation request. */
export interface LocalGeneration {
  system: string;
  prompt: string;
  /** A JSON schema the output must follow (compiled to a grammar), or `true` for any JSON. */
  json?: Record<string, unknown> | true;
  maxTokens: number;
  signal?: AbortSignal;
  /** Each piece of the answer as the model writes it (for streaming). */
  onText?: (text: string) => void;
}

/** What one generation produced and cost, counted by the runtime itself. */
export interface LocalResult {
  text: string;
  finishReason: 'stop' | 'length' | 'other';
  inputTokens: number;
  outputTokens: number;
}

/** A loaded model with one context sequence; generations run one at a time. */
export interface LocalRuntime {
  readonly contextSize: number;
  generate(request: LocalGeneration): Promise<LocalResult>;
  /** Tokens the runtime has read and written since it was loaded, by its own meter. */
  tokens(): { input: number; output: number };
}

/** The prompt does not fit the model's context: said before anything is evaluated. */
export class ContextTooSmallError extends Error {
  constructor(promptTokens: number, maxTokens: number, contextSize: number) {
    super(
      `the request (${promptTokens} prompt tokens + ${maxTokens} output tokens) exceeds the available context size (${contextSize} tokens)`,
    );
    this.name = 'ContextTooSmallError';
  }
}

// Loading weights costs seconds and their size in memory, so each GGUF is loaded once per process
// (per thread count and context size) and shared by every engine and test server that asks for it.
const loaded = new Map<string, Promise<LocalRuntime>>();

/** Loads the model (once per process) through node-llama-cpp's prebuilt CPU binary; never builds or downloads. */
export function loadLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const key = JSON.stringify([options.modelPath, options.threads, options.contextSize ?? 0]);
  let runtime = loaded.get(key);
  if (runtime === undefined) {
    runtime = openRuntime(options);
    loaded.set(key, runtime);
    runtime.catch(() => loaded.delete(key));
  }
  return runtime;
}

async function importRuntime(): Promise<typeof import('node-llama-cpp')> {
  try {
    return await import('node-llama-cpp');
  } catch (error) {
    throw new MatomeError('LLM_CONFIG', 'Missing local model runtime: node-llama-cpp (not installed)', {
      hint: 'It is an optional dependency: run `npm install` without --omit=optional (node-llama-cpp 3.21.1 with its prebuilt binary), or use a model server (--model llamacpp:… or ollama:…).',
      cause: error,
    });
  }
}

async function openRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const { getLlama, LlamaChatSession } = await importRuntime();
  let llama: Llama;
  try {
    // build: 'never' — only the prebuilt binary installed with the package is used; nothing is
    // compiled or downloaded at run time. CPU only, so results do not depend on a GPU driver.
    llama = await getLlama({
      gpu: false,
      build: 'never',
      maxThreads: options.threads,
      progressLogs: false,
      logLevel: 'error' as never,
    });
  } catch (error) {
    throw new MatomeError(
      'LLM_CONFIG',
      `Failed to start the local model runtime: node-llama-cpp (${firstLine(error)})`,
      {
        hint: 'Its prebuilt binary for this platform is missing: reinstall with `npm ci`, or use a model server (--model llamacpp:…).',
        cause: error,
      },
    );
  }
  let model: LlamaModel;
  try {
    model = await llama.loadModel({ modelPath: options.modelPath });
  } catch (error) {
    throw new MatomeError('LLM_CONFIG', `Failed to load model: ${options.modelPath} (${firstLine(error)})`, {
      hint: 'Give the path of a GGUF file, e.g. --model local:./models/qwen2.5-3b-instruct-q4_k_m.gguf.',
      cause: error,
    });
  }
  const context: LlamaContext = await model.createContext({
    contextSize: { max: Math.min(options.contextSize ?? 8192, model.trainContextSize) },
    threads: options.threads,
    sequences: 1,
  });
  const sequence: LlamaContextSequence = context.getSequence();
  const grammars = new Map<string, Promise<LlamaGrammar>>();
  const grammarFor = (json: Record<string, unknown> | true) => {
    const key = json === true ? 'json' : JSON.stringify(json);
    let grammar = grammars.get(key);
    if (grammar === undefined) {
      grammar =
        json === true
          ? llama.getGrammarFor('json')
          : llama.createGrammarForJsonSchema(toGrammarSchema(json) as never);
      grammars.set(key, grammar);
    }
    return grammar;
  };
  // One sequence: generations wait their turn here (the engine's concurrency for local models is 1).
  let queue: Promise<unknown> = Promise.resolve();
  const generate = async (request: LocalGeneration): Promise<LocalResult> => {
    const promptTokens = model.tokenize(`${request.system}\n${request.prompt}`).length;
    if (promptTokens + request.maxTokens > context.contextSize) {
      throw new ContextTooSmallError(promptTokens, request.maxTokens, context.contextSize);
    }
    const grammar = request.json === undefined ? undefined : await grammarFor(request.json);
    await sequence.clearHistory();
    const meter = sequence.tokenMeter.getState();
    const session = new LlamaChatSession({ contextSequence: sequence, systemPrompt: request.system });
    try {
      const result = await session.promptWithMeta(request.prompt, {
        maxTokens: request.maxTokens,
        temperature: 0,
        ...(grammar ? { grammar } : {}),
        ...(request.signal ? { signal: request.signal, stopOnAbortSignal: false } : {}),
        ...(request.onText ? { onTextChunk: request.onText } : {}),
      });
      const used = sequence.tokenMeter.diff(meter);
      return {
        text: result.responseText,
        finishReason:
          result.stopReason === 'maxTokens' ? 'length' : result.stopReason === 'eogToken' ? 'stop' : 'other',
        inputTokens: used.usedInputTokens,
        outputTokens: used.usedOutputTokens,
      };
    } finally {
      session.dispose({ disposeSequence: false });
    }
  };
  return {
    contextSize: context.contextSize,
    tokens: () => ({
      input: sequence.tokenMeter.usedInputTokens,
      output: sequence.tokenMeter.usedOutputTokens,
    }),
    generate: (request) => {
      const run = queue.then(() => generate(request));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

// node-llama-cpp compiles a subset of JSON Schema to a grammar. Numeric bounds are outside it;
// they are checked when the answer is read (a bad citation drops its own unit only).
function toGrammarSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toGrammarSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (['$schema', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].includes(key)) continue;
    out[key] = toGrammarSchema(value);
  }
  return out;
}

function firstLine(error: unknown): string {
  return ((error as Error)?.message ?? String(error)).split('\n')[0]?.slice(0, 200) ?? '';
}

type ModelV4 = Extract<LanguageModel, { specificationVersion: 'v4' }>;
type CallOptions = Parameters<ModelV4['doGenerate']>[0];

/** The text of a prompt's messages: system messages apart, the rest in order. */
function promptText(prompt: CallOptions['prompt']): { system: string; user: string } {
  const system: string[] = [];
  const user: string[] = [];
  for (const message of prompt) {
    if (message.role === 'system') system.push(message.content);
    else
      for (const part of message.content as Array<{ type: string; text?: string }>)
        if (part.type === 'text' && part.text !== undefined) user.push(part.text);
  }
  return { system: system.join('\n\n'), user: user.join('\n\n') };
}

/**
 * An AI SDK language model that runs a GGUF file in this process (`--model local:PATH.gguf`). A
 * JSON response format becomes a grammar built from the same JSON schema, so the model can only
 * write JSON of that shape; token counts are the runtime's own.
 */
export function createLocalLanguageModel(options: LocalRuntimeOptions): ModelV4 {
  const run = async (call: CallOptions, onText?: (text: string) => void): Promise<LocalResult> => {
    const runtime = await loadLocalRuntime(options);
    const { system, user } = promptText(call.prompt);
    const format = call.responseFormat;
    const json =
      format?.type === 'json'
        ? format.schema
          ? (format.schema as Record<string, unknown>)
          : (true as const)
        : undefined;
    try {
      return await runtime.generate({
        system,
        prompt: user,
        maxTokens: call.maxOutputTokens ?? 1024,
        ...(json === undefined ? {} : { json }),
        ...(call.abortSignal ? { signal: call.abortSignal } : {}),
        ...(onText ? { onText } : {}),
      });
    } catch (error) {
      if (error instanceof ContextTooSmallError) {
        throw new MatomeError(
          'LLM_FAILED',
          `Model call failed: local:${options.modelPath} (${error.message})`,
          {
            hint: 'Use fewer or shorter sources, a lower --max-output-tokens, or a model with a longer context (--context-size).',
            retryable: false,
            cause: error,
          },
        );
      }
      throw error;
    }
  };
  const finishOf = (result: LocalResult) => ({
    finishReason: { unified: result.finishReason, raw: result.finishReason },
    usage: {
      inputTokens: { total: result.inputTokens, noCache: result.inputTokens, cacheRead: 0, cacheWrite: 0 },
      outputTokens: { total: result.outputTokens, text: result.outputTokens, reasoning: 0 },
    },
  });
  return {
    specificationVersion: 'v4',
    provider: 'local',
    modelId: options.modelPath,
    supportedUrls: {},
    async doGenerate(call) {
      const result = await run(call);
      return { content: [{ type: 'text', text: result.text }], ...finishOf(result), warnings: [] };
    },
    // The answer's pieces as the runtime writes them, so the caller's generation limit starts at
    // the first token (the wait for the one sequence is not generation).
    async doStream(call) {
      type Part = Parameters<ReadableStreamDefaultController<unknown>['enqueue']>[0];
      const stream = new ReadableStream<Part>({
        start(controller) {
          controller.enqueue({ type: 'stream-start', warnings: [] });
          let open = false;
          run(call, (text) => {
            if (!open) controller.enqueue({ type: 'text-start', id: 'text' });
            open = true;
            controller.enqueue({ type: 'text-delta', id: 'text', delta: text });
          }).then(
            (result) => {
              if (open) controller.enqueue({ type: 'text-end', id: 'text' });
              controller.enqueue({ type: 'finish', ...finishOf(result) });
              controller.close();
            },
            (error: unknown) => {
              controller.enqueue({ type: 'error', error });
              controller.close();
            },
          );
        },
      });
      return { stream: stream as Awaited<ReturnType<ModelV4['doStream']>>['stream'] };
    },
  };
}
