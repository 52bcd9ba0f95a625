/**
 * A loopback OpenAI-compatible server around a real llama.cpp runtime (node-llama-cpp, in this
 * process), shaped like llama.cpp's own `llama-server`: `POST /v1/chat/completions` (whole answers, or
 * streamed as the runtime writes them with `stream: true`;
 * `response_format` json_schema → a grammar, json_object → the JSON grammar), `GET /props` with
 * `total_slots`, usage counted by the runtime, and the same refusals (HTTP 400 with the server's
 * message) for a request larger than the context or a response_format it is told not to support.
 *
 * It lets the `compatible:` and `llamacpp:` paths run against real generation in tests, with the
 * server's own request log and token count to compare the engine's ledger with.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  ContextTooSmallError,
  type LocalRuntime,
  loadLocalRuntime,
} from '../../src/engines/llm/local-model.ts';

/** The tiny random-weights GGUF in ../shared/data/models (see its README). */
export const TINY_MODEL = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'data',
  'models',
  'llama-2-tiny-random.gguf',
);

/** Why the real runtime cannot run here, or undefined when it can (node-llama-cpp and the model present). */
export async function runtimeUnavailable(): Promise<string | undefined> {
  const { existsSync } = await import('node:fs');
  if (!existsSync(TINY_MODEL))
    return `the tiny test model is missing: ${TINY_MODEL} (it comes with ../shared/data; see CONTRIBUTING.md)`;
  try {
    await import('node-llama-cpp');
  } catch {
    return 'node-llama-cpp (optional dependency) is not installed: run npm ci without --omit=optional';
  }
  return undefined;
}

/** One request as the server saw it. */
export interface LlamaRequestRecord {
  /** `json_schema`, `json_object`, or `none`. */
  responseFormat: string;
  /** The JSON schema sent with json_schema. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read fields of the schema as sent
  schema?: any;
  status: number;
  /** Tokens the runtime read and wrote for this request (0 when refused). */
  promptTokens: number;
  completionTokens: number;
  finishReason?: string;
  /** The system and user text, for routing in tests. */
  prompt: string;
  startedAt: number;
  endedAt: number;
}

/** How the server behaves. */
export interface LlamaServerOptions {
  modelPath?: string;
  threads?: number;
  /** `total_slots` reported by /props (the runtime itself generates one request at a time). */
  slots?: number;
  /** The response_format types it accepts; others get llama.cpp's HTTP 400. */
  accepts?: ReadonlyArray<'json_schema' | 'json_object'>;
  /** Leave /props out, as Ollama and LM Studio do. */
  noProps?: boolean;
}

/** A running server. */
export interface LlamaServer {
  baseURL: string;
  requests: LlamaRequestRecord[];
  /** Most requests the server was handling at one time. */
  readonly maxInFlight: number;
  /** Tokens the runtime counted over all requests. */
  tokens(): { prompt: number; completion: number };
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 on a free port, loading the model (once per process). */
export async function startLlamaServer(options: LlamaServerOptions = {}): Promise<LlamaServer> {
  const runtime = await loadLocalRuntime({
    modelPath: options.modelPath ?? TINY_MODEL,
    threads: options.threads ?? 1,
  });
  const accepts = options.accepts ?? ['json_schema', 'json_object'];
  const requests: LlamaRequestRecord[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((req, res) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    handle(req, res, runtime, options, accepts, requests)
      .catch((error: unknown) => {
        if (!res.headersSent) send(res, 500, { error: { message: String(error), type: 'server_error' } });
      })
      .finally(() => {
        inFlight -= 1;
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    tokens: () => ({
      prompt: requests.reduce((sum, request) => sum + request.promptTokens, 0),
      completion: requests.reduce((sum, request) => sum + request.completionTokens, 0),
    }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface ChatBody {
  messages?: Array<{ role?: string; content?: unknown }>;
  response_format?: { type?: string; json_schema?: { schema?: Record<string, unknown> } };
  max_tokens?: number;
  max_completion_tokens?: number;
  stream?: boolean;
  model?: string;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  runtime: LocalRuntime,
  options: LlamaServerOptions,
  accepts: ReadonlyArray<string>,
  requests: LlamaRequestRecord[],
): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (req.method === 'GET' && path === '/props' && !options.noProps) {
    send(res, 200, {
      total_slots: options.slots ?? 1,
      default_generation_settings: { n_ctx: runtime.contextSize },
    });
    return;
  }
  if (req.method !== 'POST' || path !== '/v1/chat/completions') {
    send(res, 404, { error: { message: `File Not Found: ${path}`, type: 'not_found_error' } });
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatBody;
  const text = (content: unknown) =>
    typeof content === 'string'
      ? content
      : Array.isArray(content)
        ? content.map((part: { text?: string }) => part.text ?? '').join('')
        : '';
  const system = (body.messages ?? [])
    .filter((m) => m.role === 'system')
    .map((m) => text(m.content))
    .join('\n\n');
  const user = (body.messages ?? [])
    .filter((m) => m.role !== 'system')
    .map((m) => text(m.content))
    .join('\n\n');
  const format = body.response_format?.type ?? 'none';
  const record: LlamaRequestRecord = {
    responseFormat: format,
    ...(body.response_format?.json_schema?.schema ? { schema: body.response_format.json_schema.schema } : {}),
    status: 200,
    promptTokens: 0,
    completionTokens: 0,
    prompt: `${system}\n${user}`,
    startedAt: Date.now(),
    endedAt: 0,
  };
  requests.push(record);
  const refuse = (message: string) => {
    record.status = 400;
    record.endedAt = Date.now();
    send(res, 400, { error: { code: 400, message, type: 'invalid_request_error' } });
  };
  if (format !== 'none' && format !== 'text' && !accepts.includes(format)) {
    return refuse(`response_format type '${format}' is not supported`);
  }
  // A client that goes away stops the generation, as llama-server does.
  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  const json =
    format === 'json_schema'
      ? (body.response_format?.json_schema?.schema ?? true)
      : format === 'json_object'
        ? (true as const)
        : undefined;
  // Streamed (stream: true), each piece goes out as the runtime writes it, as llama-server does.
  const id = `chatcmpl-${randomUUID()}`;
  const chunk = (delta: object, finishReason: string | null = null) => ({
    id,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: body.model ?? 'tiny',
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  });
  const sse = (data: unknown) => {
    if (!res.headersSent)
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    if (!res.destroyed) res.write(`data: ${JSON.stringify(data)}\n\n`);
  };
  let first = true;
  const onText = body.stream
    ? (text: string) => {
        sse(chunk(first ? { role: 'assistant', content: text } : { content: text }));
        first = false;
      }
    : undefined;
  try {
    const result = await runtime.generate({
      system,
      prompt: user,
      maxTokens: body.max_tokens ?? body.max_completion_tokens ?? 512,
      ...(json === undefined ? {} : { json }),
      signal: abort.signal,
      ...(onText ? { onText } : {}),
    });
    record.promptTokens = result.inputTokens;
    record.completionTokens = result.outputTokens;
    record.finishReason = result.finishReason === 'length' ? 'length' : 'stop';
    record.endedAt = Date.now();
    const usage = {
      prompt_tokens: result.inputTokens,
      completion_tokens: result.outputTokens,
      total_tokens: result.inputTokens + result.outputTokens,
    };
    if (body.stream) {
      sse(chunk({}, record.finishReason));
      sse({ ...chunk({}), choices: [], usage });
      if (!res.destroyed) res.end('data: [DONE]\n\n');
      return;
    }
    send(res, 200, {
      id,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model ?? 'tiny',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: result.text },
          finish_reason: record.finishReason,
        },
      ],
      usage,
    });
  } catch (error) {
    if (error instanceof ContextTooSmallError) return refuse(error.message);
    throw error;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
