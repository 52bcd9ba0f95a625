/**
 * A loopback stand-in for the language model: a node:http server on 127.0.0.1 that speaks the
 * provider HTTP protocols the AI SDK clients use, and answers with scripted replies.
 *
 * Endpoints (all under `/v1`, so pass `baseURL` to the provider factory):
 * - `POST /v1/chat/completions` — OpenAI Chat Completions, JSON or SSE (`stream: true`). Used by
 *   `createOpenAI(...).chat(id)` and by `@ai-sdk/openai-compatible` (Ollama / llama.cpp / vLLM shape).
 * - `POST /v1/responses` — OpenAI Responses, JSON or SSE. Used by `createOpenAI(...)(id)`, whose
 *   default model in @ai-sdk/openai 4.x is the Responses model.
 * - `POST /v1/messages` — Anthropic Messages, JSON or SSE. When the request forces a tool (the SDK's
 *   `json` tool for structured output), the answer is a `tool_use` block whose input is the reply.
 *
 * Every request is recorded (headers, parsed body, the prompt text) before it is answered.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Token counts a reply reports; when left out, a rough count from the text lengths is used. */
export interface LlmUsage {
  input: number;
  output: number;
}

/** What every scripted reply may add: latency before answering and the token counts reported. */
export interface LlmReplyOptions {
  delayMs?: number;
  usage?: LlmUsage;
}

/** One scripted answer of the model. */
export type LlmReply = LlmReplyOptions &
  /** The answer is `JSON.stringify(value)` (an Anthropic forced tool gets it as the tool input). */
  (
    | { kind: 'json'; value: unknown }
    /** The answer text as it is (not JSON, or JSON the schema does not expect). */
    | { kind: 'text'; text: string }
    /** Cut off: finish_reason `length`, Responses `incomplete` (max_output_tokens), stop_reason `max_tokens`. */
    | { kind: 'truncated'; text: string }
    /** OpenAI `message.refusal` (content null) or a refusal part; Anthropic stop_reason `refusal`. */
    | { kind: 'refusal'; text: string }
    /** OpenAI `choices: []`, Responses `output: []`, Anthropic `content: []`. */
    | { kind: 'empty' }
    /**
     * An HTTP error. `body`: a string is sent as text; an object with `error` as JSON as it is; any
     * other object (its `message`, if any) is wrapped in the provider's error envelope.
     */
    | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
    /** Accepted and never answered, until the client aborts or close() is called. */
    | { kind: 'hang' }
    /**
     * A generation that stalls: streamed, the first piece of `text` is sent and then nothing more
     * until the client aborts or close() is called; not streamed, the same as `hang`.
     */
    | { kind: 'stall'; text: string }
  );

/** A request the server received, in arrival order. */
export interface LlmRequestRecord {
  protocol: 'openai' | 'anthropic';
  path: string;
  headers: Record<string, string | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read provider-specific fields of the body as sent
  body: any;
  /** All message text (system, instructions and messages) joined by newlines, for routing and asserting. */
  prompt: string;
  /** `Date.now()` when the request body had been read. */
  at: number;
  /** `Date.now()` when the request got a slot and its answer began (with `slots`, after queueing). */
  startedAt?: number;
  /** `Date.now()` when the client closed the connection before the whole answer was sent. */
  closedAt?: number;
}

/** How the server behaves apart from its script. */
export interface LlmServerOptions {
  /**
   * Requests answered at once, like a local server's slots: the others queue in arrival order
   * until a slot is free (a request whose client goes away leaves the queue). Default: no limit.
   * A streamed chat answer with `delayMs` sends its first piece as soon as it has a slot and the
   * rest after the delay, like a model generating.
   */
  slots?: number;
}

/** A running scripted model server. */
export interface LlmServer {
  url: string;
  /** `${url}/v1`: the baseURL for createOpenAI, createOpenAICompatible and createAnthropic. */
  baseURL: string;
  requests: LlmRequestRecord[];
  /** Stops listening, ends hanging and delayed requests, and resolves once the server is closed. */
  close(): Promise<void>;
}

/** An array replayed in order, or a function routing each request (calls arrive concurrently). */
export type LlmScript = LlmReply[] | ((request: LlmRequestRecord, index: number) => LlmReply);

type Endpoint = 'chat' | 'responses' | 'messages';

/** The fields of a request body this server reads; the record keeps the whole body as sent. */
interface RequestBody {
  model?: unknown;
  stream?: unknown;
  stream_options?: { include_usage?: unknown };
  tool_choice?: { type?: unknown; name?: unknown };
  tools?: unknown;
  system?: unknown;
  instructions?: unknown;
  messages?: unknown;
  input?: unknown;
}

const endpoints: Record<string, Endpoint> = {
  '/v1/chat/completions': 'chat',
  '/v1/responses': 'responses',
  '/v1/messages': 'messages',
};

/** Starts the scripted model server on 127.0.0.1 on a free port. */
export async function startLlmServer(script: LlmScript, options: LlmServerOptions = {}): Promise<LlmServer> {
  const requests: LlmRequestRecord[] = [];
  const pending = new Set<() => void>();
  let closing = false;
  let busy = 0;
  const queue: Array<() => void> = [];
  /** Resolves true once the request holds a slot, false when its client went away while queued. */
  const takeSlot = (res: ServerResponse): Promise<boolean> => {
    if (options.slots === undefined) return Promise.resolve(true);
    if (busy < options.slots) {
      busy += 1;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const granted = () => {
        res.off('close', left);
        busy += 1;
        resolve(true);
      };
      const left = () => {
        queue.splice(queue.indexOf(granted), 1);
        resolve(false);
      };
      queue.push(granted);
      res.once('close', left);
    });
  };
  const freeSlot = () => {
    if (options.slots === undefined) return;
    busy -= 1;
    queue.shift()?.();
  };

  const server = createServer((req, res) => {
    handleRequest(req, res).catch((error: unknown) => {
      // A failure here is a bug in this helper; answer so the client fails loudly instead of hanging.
      if (!res.headersSent)
        sendJson(res, 500, { error: { message: `LLM test server failed: ${String(error)}` } });
      else res.destroy();
    });
  });

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const endpoint = endpoints[path];
    if (req.method !== 'POST' || endpoint === undefined) {
      sendJson(res, 404, { error: { message: `LLM test server: no route for ${req.method} ${path}` } });
      return;
    }
    const raw = await readBody(req);
    const body = parseJsonObject(raw) as RequestBody | undefined;
    if (body === undefined) {
      sendError(
        res,
        endpoint,
        400,
        `LLM test server: request body is not a JSON object (${raw.slice(0, 80)})`,
      );
      return;
    }
    const record: LlmRequestRecord = {
      protocol: endpoint === 'messages' ? 'anthropic' : 'openai',
      path,
      headers: flattenHeaders(req.headers),
      body,
      prompt: collectPromptText(body).join('\n'),
      at: Date.now(),
    };
    const index = requests.push(record) - 1;
    res.once('close', () => {
      if (!res.writableFinished) record.closedAt = Date.now();
    });
    if (!(await takeSlot(res))) return;
    record.startedAt = Date.now();
    try {
      await reply(res, endpoint, body, record, script, index);
    } finally {
      freeSlot();
    }
  }

  async function reply(
    res: ServerResponse,
    endpoint: Endpoint,
    body: RequestBody,
    record: LlmRequestRecord,
    script: LlmScript,
    index: number,
  ): Promise<void> {
    const reply = pickReply(script, record, index);
    if (reply.kind === 'hang' || (reply.kind === 'stall' && body.stream !== true)) {
      // Held open until the client aborts (the socket closes) or close() destroys the connection.
      await waitUnlessClosed(Number.POSITIVE_INFINITY, res, pending);
      return;
    }
    if (reply.kind === 'stall') {
      // Streamed (the case above took the rest): the first piece, then nothing more.
      startSse(res);
      sendData(res, chatChunk(body, { role: 'assistant', content: splitIntoParts(reply.text)[0] ?? '' }));
      await waitUnlessClosed(Number.POSITIVE_INFINITY, res, pending);
      return;
    }
    if (endpoint === 'chat' && body.stream === true && reply.kind !== 'status' && (reply.delayMs ?? 0) > 0) {
      await streamChatSlowly(res, body, record.prompt, reply, () =>
        waitUnlessClosed(reply.delayMs ?? 0, res, pending),
      );
      return;
    }
    if (reply.delayMs !== undefined && reply.delayMs > 0) {
      await waitUnlessClosed(reply.delayMs, res, pending);
      // The client went away, or close() cut the wait short: there is no one left to answer.
      if (closing || res.destroyed) return;
    }
    answer(res, endpoint, body, record.prompt, reply);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    baseURL: `${url}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        for (const release of pending) release();
        pending.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        // Hanging requests keep their sockets open; without this close() would wait for them.
        server.closeAllConnections();
      }),
  };
}

/** The reply for one request; a script that runs out or throws becomes a 500 the test can read. */
function pickReply(script: LlmScript, record: LlmRequestRecord, index: number): LlmReply {
  if (typeof script === 'function') {
    try {
      return script(record, index);
    } catch (error) {
      return failure(`LLM test server script threw on request #${index + 1}: ${String(error)}`);
    }
  }
  const reply = script[index];
  if (reply === undefined) {
    return failure(
      `LLM test server script ran out: request #${index + 1} has no reply (the script has ${script.length})`,
    );
  }
  return reply;
}

function failure(message: string): LlmReply {
  return { kind: 'status', status: 500, body: { message } };
}

function answer(
  res: ServerResponse,
  endpoint: Endpoint,
  body: RequestBody,
  prompt: string,
  reply: LlmReply,
): void {
  if (reply.kind === 'hang' || reply.kind === 'stall') return;
  if (reply.kind === 'status') {
    sendStatus(res, endpoint, reply.status, reply.headers ?? {}, reply.body);
    return;
  }
  const answerText = replyText(reply);
  const usage = reply.usage ?? { input: roughTokens(prompt), output: roughTokens(answerText) };
  const stream = body.stream === true;
  if (endpoint === 'chat') {
    if (stream) streamChat(res, body, reply, usage);
    else sendJson(res, 200, chatCompletion(body, reply, usage));
  } else if (endpoint === 'responses') {
    if (stream) streamResponses(res, body, reply, usage);
    else sendJson(res, 200, responsesResult(body, reply, usage));
  } else {
    const toolName = forcedToolName(body);
    if (stream) streamMessages(res, body, reply, usage, toolName);
    else sendJson(res, 200, anthropicMessage(body, reply, usage, toolName));
  }
}

type AnswerReply = Extract<LlmReply, { kind: 'json' | 'text' | 'truncated' | 'refusal' | 'empty' }>;

function replyText(reply: AnswerReply): string {
  switch (reply.kind) {
    case 'json':
      return JSON.stringify(reply.value);
    case 'empty':
      return '';
    default:
      return reply.text;
  }
}

/** About two characters a token: rough, but never zero for a non-empty text, so accounting shows. */
function roughTokens(text: string): number {
  return Math.ceil(text.length / 2);
}

// ---------------------------------------------------------------- OpenAI Chat Completions

function chatCompletion(body: RequestBody, reply: AnswerReply, usage: LlmUsage): object {
  const text = replyText(reply);
  const choices =
    reply.kind === 'empty'
      ? []
      : [
          {
            index: 0,
            message:
              reply.kind === 'refusal'
                ? { role: 'assistant', content: null, refusal: text }
                : { role: 'assistant', content: text, refusal: null },
            logprobs: null,
            finish_reason: reply.kind === 'truncated' ? 'length' : 'stop',
          },
        ];
  return {
    id: `chatcmpl-${randomUUID()}`,
    object: 'chat.completion',
    created: unixSeconds(),
    model: modelName(body),
    choices,
    usage: chatUsage(usage),
  };
}

function streamChat(res: ServerResponse, body: RequestBody, reply: AnswerReply, usage: LlmUsage): void {
  const base = {
    id: `chatcmpl-${randomUUID()}`,
    object: 'chat.completion.chunk',
    created: unixSeconds(),
    model: modelName(body),
  };
  const chunk = (delta: object, finishReason: string | null = null) => ({
    ...base,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  });
  startSse(res);
  if (reply.kind !== 'empty') {
    const field = reply.kind === 'refusal' ? 'refusal' : 'content';
    sendData(res, chunk({ role: 'assistant', [field]: '' }));
    for (const part of splitIntoParts(replyText(reply))) sendData(res, chunk({ [field]: part }));
    sendData(res, chunk({}, reply.kind === 'truncated' ? 'length' : 'stop'));
  }
  if (body.stream_options?.include_usage === true) {
    sendData(res, { ...base, choices: [], usage: chatUsage(usage) });
  }
  res.end('data: [DONE]\n\n');
}

function chatChunk(body: RequestBody, delta: object, finishReason: string | null = null): object {
  return {
    id: `chatcmpl-${randomUUID()}`,
    object: 'chat.completion.chunk',
    created: unixSeconds(),
    model: modelName(body),
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  };
}

/** A streamed chat answer whose first piece comes at once and the rest after `generating()`. */
async function streamChatSlowly(
  res: ServerResponse,
  body: RequestBody,
  prompt: string,
  reply: AnswerReply,
  generating: () => Promise<void>,
): Promise<void> {
  const text = replyText(reply);
  const usage = reply.usage ?? { input: roughTokens(prompt), output: roughTokens(text) };
  const field = reply.kind === 'refusal' ? 'refusal' : 'content';
  const [first = '', ...rest] = splitIntoParts(text);
  startSse(res);
  sendData(res, chatChunk(body, { role: 'assistant', [field]: first }));
  await generating();
  if (res.destroyed || res.writableEnded) return;
  for (const part of rest) sendData(res, chatChunk(body, { [field]: part }));
  sendData(res, chatChunk(body, {}, reply.kind === 'truncated' ? 'length' : 'stop'));
  if (body.stream_options?.include_usage === true) {
    sendData(res, { ...(chatChunk(body, {}) as object), choices: [], usage: chatUsage(usage) });
  }
  res.end('data: [DONE]\n\n');
}

function chatUsage(usage: LlmUsage): object {
  return {
    prompt_tokens: usage.input,
    completion_tokens: usage.output,
    total_tokens: usage.input + usage.output,
  };
}

// ---------------------------------------------------------------- OpenAI Responses

function responsesResult(body: RequestBody, reply: AnswerReply, usage: LlmUsage): object {
  const truncated = reply.kind === 'truncated';
  const output =
    reply.kind === 'empty'
      ? []
      : [
          {
            type: 'message',
            id: `msg_${hexId()}`,
            status: truncated ? 'incomplete' : 'completed',
            role: 'assistant',
            content: [responsesContentPart(reply)],
          },
        ];
  return {
    id: `resp_${hexId()}`,
    object: 'response',
    created_at: unixSeconds(),
    status: truncated ? 'incomplete' : 'completed',
    error: null,
    incomplete_details: truncated ? { reason: 'max_output_tokens' } : null,
    model: modelName(body),
    output,
    usage: {
      input_tokens: usage.input,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: usage.output,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: usage.input + usage.output,
    },
  };
}

function responsesContentPart(reply: AnswerReply): object {
  const text = replyText(reply);
  return reply.kind === 'refusal'
    ? { type: 'refusal', refusal: text }
    : { type: 'output_text', text, annotations: [], logprobs: [] };
}

function streamResponses(res: ServerResponse, body: RequestBody, reply: AnswerReply, usage: LlmUsage): void {
  const final = responsesResult(body, reply, usage) as { id: string; output: { id: string }[] };
  const inProgress = { ...final, status: 'in_progress', output: [], usage: null, incomplete_details: null };
  let sequence = 0;
  const emit = (type: string, fields: object) =>
    sendEvent(res, type, { type, sequence_number: sequence++, ...fields });
  startSse(res);
  emit('response.created', { response: inProgress });
  emit('response.in_progress', { response: inProgress });
  const item = final.output[0];
  if (item !== undefined) {
    const refusal = reply.kind === 'refusal';
    const at = { item_id: item.id, output_index: 0, content_index: 0 };
    emit('response.output_item.added', {
      output_index: 0,
      item: { ...item, status: 'in_progress', content: [] },
    });
    const emptyPart = refusal
      ? { type: 'refusal', refusal: '' }
      : { type: 'output_text', text: '', annotations: [] };
    emit('response.content_part.added', { ...at, part: emptyPart });
    const text = replyText(reply);
    const deltaType = refusal ? 'response.refusal.delta' : 'response.output_text.delta';
    for (const part of splitIntoParts(text)) emit(deltaType, { ...at, delta: part, logprobs: [] });
    if (refusal) emit('response.refusal.done', { ...at, refusal: text });
    else emit('response.output_text.done', { ...at, text, logprobs: [] });
    emit('response.content_part.done', { ...at, part: responsesContentPart(reply) });
    emit('response.output_item.done', { output_index: 0, item });
  }
  emit(reply.kind === 'truncated' ? 'response.incomplete' : 'response.completed', { response: final });
  res.end();
}

// ---------------------------------------------------------------- Anthropic Messages

/** The tool the request forces (`tool_choice: {type:'tool'}`, or `any` with a single tool), if any. */
function forcedToolName(body: RequestBody): string | undefined {
  const choice = body.tool_choice;
  const tools: unknown[] = Array.isArray(body.tools) ? body.tools : [];
  if (choice?.type === 'tool' && typeof choice.name === 'string') return choice.name;
  const only = tools[0] as { name?: unknown } | undefined;
  if (choice?.type === 'any' && tools.length === 1 && typeof only?.name === 'string') return only.name;
  return undefined;
}

type AnthropicBlock =
  | { type: 'text'; text: string }
  | { type: 'tool_use'; id: string; name: string; input: unknown; inputJson: string };

/**
 * The content of the answer. A forced tool gets a tool_use block when the reply is a JSON object
 * (scripted `json`, or `text` that parses to one); anything else stays text, as a model that
 * ignored the tool would answer.
 */
function anthropicContent(reply: AnswerReply, toolName: string | undefined): AnthropicBlock[] {
  if (reply.kind === 'empty') return [];
  const text = replyText(reply);
  if (toolName !== undefined && (reply.kind === 'json' || reply.kind === 'text')) {
    const input = parseJsonObject(text);
    if (input !== undefined) {
      return [{ type: 'tool_use', id: `toolu_${hexId()}`, name: toolName, input, inputJson: text }];
    }
  }
  return [{ type: 'text', text }];
}

function anthropicStopReason(reply: AnswerReply, content: AnthropicBlock[]): string {
  if (reply.kind === 'truncated') return 'max_tokens';
  if (reply.kind === 'refusal') return 'refusal';
  return content.some((block) => block.type === 'tool_use') ? 'tool_use' : 'end_turn';
}

function anthropicMessage(
  body: RequestBody,
  reply: AnswerReply,
  usage: LlmUsage,
  toolName: string | undefined,
): object {
  const content = anthropicContent(reply, toolName);
  return {
    id: `msg_${hexId()}`,
    type: 'message',
    role: 'assistant',
    model: modelName(body),
    content: content.map(({ inputJson: _json, ...block }: AnthropicBlock & { inputJson?: string }) => block),
    stop_reason: anthropicStopReason(reply, content),
    stop_sequence: null,
    usage: { input_tokens: usage.input, output_tokens: usage.output },
  };
}

function streamMessages(
  res: ServerResponse,
  body: RequestBody,
  reply: AnswerReply,
  usage: LlmUsage,
  toolName: string | undefined,
): void {
  const content = anthropicContent(reply, toolName);
  const emit = (type: string, fields: object) => sendEvent(res, type, { type, ...fields });
  startSse(res);
  emit('message_start', {
    message: {
      id: `msg_${hexId()}`,
      type: 'message',
      role: 'assistant',
      model: modelName(body),
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: usage.input, output_tokens: 1 },
    },
  });
  emit('ping', {});
  content.forEach((block, index) => {
    if (block.type === 'text') {
      emit('content_block_start', { index, content_block: { type: 'text', text: '' } });
      for (const part of splitIntoParts(block.text)) {
        emit('content_block_delta', { index, delta: { type: 'text_delta', text: part } });
      }
    } else {
      emit('content_block_start', {
        index,
        content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} },
      });
      for (const part of splitIntoParts(block.inputJson)) {
        emit('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: part } });
      }
    }
    emit('content_block_stop', { index });
  });
  emit('message_delta', {
    delta: { stop_reason: anthropicStopReason(reply, content), stop_sequence: null },
    usage: { output_tokens: usage.output },
  });
  emit('message_stop', {});
  res.end();
}

// ---------------------------------------------------------------- errors and plumbing

/**
 * A scripted status. A JSON body without the provider's error envelope is wrapped in it (the
 * SDKs read the message from `error.message`); a string body is sent as it is.
 */
function sendStatus(
  res: ServerResponse,
  endpoint: Endpoint,
  status: number,
  headers: Record<string, string>,
  body: unknown,
): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (typeof body === 'string') {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(body);
    return;
  }
  const message =
    typeof (body as { message?: unknown } | undefined)?.message === 'string'
      ? (body as { message: string }).message
      : `LLM test server: scripted status ${status}`;
  const enveloped = isErrorEnvelope(body) ? body : errorEnvelope(endpoint, status, message);
  sendJson(res, status, enveloped);
}

function sendError(res: ServerResponse, endpoint: Endpoint, status: number, message: string): void {
  sendJson(res, status, errorEnvelope(endpoint, status, message));
}

function isErrorEnvelope(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'error' in body;
}

function errorEnvelope(endpoint: Endpoint, status: number, message: string): object {
  const type = status === 429 ? 'rate_limit_error' : status === 401 ? 'authentication_error' : 'api_error';
  return endpoint === 'messages'
    ? { type: 'error', error: { type, message } }
    : { error: { message, type, param: null, code: null } };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function startSse(res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
}

function sendData(res: ServerResponse, data: unknown): void {
  res.write(`data: ${JSON.stringify(data)}\n\n`);
}

function sendEvent(res: ServerResponse, event: string, data: unknown): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** Up to four pieces of nearly equal length, split between code points (never inside a surrogate pair). */
function splitIntoParts(text: string, count = 4): string[] {
  const chars = Array.from(text);
  const size = Math.max(1, Math.ceil(chars.length / count));
  const parts: string[] = [];
  for (let start = 0; start < chars.length; start += size)
    parts.push(chars.slice(start, start + size).join(''));
  return parts;
}

function parseJsonObject(text: string): object | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Text of the system prompt, instructions and messages, in request order, for every protocol. */
function collectPromptText(body: RequestBody): string[] {
  const texts: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) for (const item of value) add(item);
    else if (typeof value === 'object' && value !== null) {
      const part = value as { text?: unknown; content?: unknown };
      add(part.text);
      add(part.content);
    }
  };
  add(body.system);
  add(body.instructions);
  add(body.messages);
  add(body.input);
  return texts;
}

function flattenHeaders(headers: IncomingMessage['headers']): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers))
    flat[name] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Waits `ms`, or less when the client goes away or the server closes (`pending` releases it). */
function waitUnlessClosed(ms: number, res: ServerResponse, pending: Set<() => void>): Promise<void> {
  return new Promise((resolve) => {
    const release = () => {
      clearTimeout(timer);
      res.off('close', release);
      pending.delete(release);
      resolve();
    };
    const timer = Number.isFinite(ms) ? setTimeout(release, ms) : undefined;
    res.once('close', release);
    pending.add(release);
  });
}

function modelName(body: RequestBody): string {
  return typeof body.model === 'string' ? body.model : 'unknown';
}

function unixSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function hexId(): string {
  return randomUUID().replaceAll('-', '');
}
