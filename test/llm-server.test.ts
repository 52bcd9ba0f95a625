import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import {
  APICallError,
  generateText,
  InvalidResponseDataError,
  type LanguageModel,
  NoObjectGeneratedError,
  Output,
  RetryError,
  streamText,
} from 'ai';
import { z } from 'zod';
import {
  type LlmReply,
  type LlmRequestRecord,
  type LlmScript,
  type LlmServer,
  startLlmServer,
} from './support/llm-server.ts';

// The SDK prints compatibility warnings (unknown model ids, json_object without a schema) to stderr.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

const summarySchema = z.object({ title: z.string(), points: z.array(z.string()) });
const summary = { title: '青葉市の新しい図書館', points: ['来春に開館する', '蔵書は二十万冊'] };
const streamedText = '青葉市は来春、駅前に新しい図書館を開くと発表した。蔵書は約二十万冊になる。';

type ProviderName = 'openai-chat' | 'openai-responses' | 'openai-compatible' | 'anthropic';

/** The real provider clients, pointed at the loopback server. */
function createModel(provider: ProviderName, server: LlmServer): LanguageModel {
  switch (provider) {
    case 'openai-chat':
      return createOpenAI({ baseURL: server.baseURL, apiKey: 'test' }).chat('gpt-test');
    case 'openai-responses':
      return createOpenAI({ baseURL: server.baseURL, apiKey: 'test' })('gpt-test');
    case 'openai-compatible':
      return createOpenAICompatible({
        name: 'local',
        baseURL: server.baseURL,
        apiKey: 'local-key',
        supportsStructuredOutputs: true,
        includeUsage: true,
      })('llama-test');
    case 'anthropic':
      return createAnthropic({ baseURL: server.baseURL, apiKey: 'test' })('claude-x');
  }
}

const providers: {
  name: ProviderName;
  path: string;
  schemaAt: (body: LlmRequestRecord['body']) => unknown;
}[] = [
  {
    name: 'openai-chat',
    path: '/v1/chat/completions',
    schemaAt: (body) => body.response_format?.json_schema?.schema,
  },
  { name: 'openai-responses', path: '/v1/responses', schemaAt: (body) => body.text?.format?.schema },
  {
    name: 'openai-compatible',
    path: '/v1/chat/completions',
    schemaAt: (body) => body.response_format?.json_schema?.schema,
  },
  { name: 'anthropic', path: '/v1/messages', schemaAt: (body) => body.output_config?.format?.schema },
];

/** Resolves once `predicate` holds; polls because the server records requests as they arrive. */
async function waitFor(predicate: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!predicate()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function withServer<T>(script: LlmScript, run: (server: LlmServer) => Promise<T>): Promise<T> {
  const server = await startLlmServer(script);
  try {
    return await run(server);
  } finally {
    await server.close();
  }
}

for (const provider of providers) {
  describe(`${provider.name} client against the loopback server`, () => {
    it('parses a scripted JSON answer into the object, reports the usage and sent the schema', async () => {
      await withServer(
        [{ kind: 'json', value: summary, usage: { input: 120, output: 45 } }],
        async (server) => {
          const result = await generateText({
            model: createModel(provider.name, server),
            output: Output.object({ schema: summarySchema }),
            prompt: '次の記事を要約してください。',
            maxRetries: 0,
          });
          assert.deepEqual(result.output, summary);
          assert.equal(result.usage.inputTokens, 120);
          assert.equal(result.usage.outputTokens, 45);
          assert.equal(server.requests.length, 1);
          const request = server.requests[0];
          assert.equal(request?.path, provider.path);
          assert.match(request?.prompt ?? '', /次の記事を要約してください。/);
          assert.deepEqual(provider.schemaAt(request?.body), {
            $schema: 'http://json-schema.org/draft-07/schema#',
            type: 'object',
            properties: { title: { type: 'string' }, points: { type: 'array', items: { type: 'string' } } },
            required: ['title', 'points'],
            additionalProperties: false,
          });
        },
      );
    });

    it('streams the scripted text in several parts that join to it, with rough token counts', async () => {
      await withServer([{ kind: 'text', text: streamedText }], async (server) => {
        const result = streamText({
          model: createModel(provider.name, server),
          prompt: '要約して',
          maxRetries: 0,
        });
        const parts: string[] = [];
        for await (const part of result.textStream) parts.push(part);
        assert.ok(parts.length >= 3, `expected several parts, got ${parts.length}`);
        assert.equal(parts.join(''), streamedText);
        assert.equal(await result.finishReason, 'stop');
        const usage = await result.usage;
        assert.equal(usage.inputTokens, Math.ceil('要約して'.length / 2));
        assert.equal(usage.outputTokens, Math.ceil(streamedText.length / 2));
        assert.equal(server.requests[0]?.body.stream, true);
      });
    });

    it('streams a truncated answer as finishReason length and a refusal as content-filter', async () => {
      await withServer(
        [
          { kind: 'truncated', text: streamedText },
          { kind: 'refusal', text: 'その依頼には応じられません。' },
        ],
        async (server) => {
          const model = createModel(provider.name, server);
          const truncated = streamText({ model, prompt: '要約して', maxRetries: 0 });
          assert.equal(await truncated.text, streamedText);
          assert.equal(await truncated.finishReason, 'length');
          const refused = streamText({ model, prompt: '要約して', maxRetries: 0 });
          assert.equal(await refused.text, 'その依頼には応じられません。');
          assert.equal(await refused.finishReason, 'content-filter');
        },
      );
    });

    it('turns an answer that is not JSON into NoObjectGeneratedError carrying the text', async () => {
      await withServer([{ kind: 'text', text: 'はい、要約します。' }], async (server) => {
        const error = await rejection(
          generateText({
            model: createModel(provider.name, server),
            output: Output.object({ schema: summarySchema }),
            prompt: '要約して',
            maxRetries: 0,
          }),
        );
        assert.ok(NoObjectGeneratedError.isInstance(error), String(error));
        assert.equal(error.message, 'No object generated: could not parse the response.');
        assert.equal(error.text, 'はい、要約します。');
        assert.equal(error.finishReason, 'stop');
      });
    });

    it('reports a truncated answer as finishReason length', async () => {
      await withServer(
        [
          { kind: 'truncated', text: '{"title":"青葉' },
          { kind: 'truncated', text: '{"title":"青葉' },
        ],
        async (server) => {
          const model = createModel(provider.name, server);
          const plain = await generateText({ model, prompt: '要約して', maxRetries: 0 });
          assert.equal(plain.finishReason, 'length');
          assert.equal(plain.text, '{"title":"青葉');
          const error = await rejection(
            generateText({
              model,
              output: Output.object({ schema: summarySchema }),
              prompt: '要約して',
              maxRetries: 0,
            }),
          );
          assert.ok(NoObjectGeneratedError.isInstance(error), String(error));
          assert.equal(error.finishReason, 'length');
        },
      );
    });

    it('reports a refusal as finishReason content-filter with the refusal as the text', async () => {
      await withServer([{ kind: 'refusal', text: 'その依頼には応じられません。' }], async (server) => {
        const error = await rejection(
          generateText({
            model: createModel(provider.name, server),
            output: Output.object({ schema: summarySchema }),
            prompt: '要約して',
            maxRetries: 0,
          }),
        );
        assert.ok(NoObjectGeneratedError.isInstance(error), String(error));
        assert.equal(error.finishReason, 'content-filter');
        assert.equal(error.text, 'その依頼には応じられません。');
      });
    });

    it('answers a 500 that the SDK raises as APICallError with status 500 after its retries', async () => {
      // retry-after-ms keeps the SDK's retry wait short (its own backoff starts at 2 s).
      const failure: LlmReply = { kind: 'status', status: 500, headers: { 'retry-after-ms': '20' } };
      await withServer([failure, failure], async (server) => {
        const error = await rejection(
          generateText({ model: createModel(provider.name, server), prompt: '要約して', maxRetries: 1 }),
        );
        assert.ok(RetryError.isInstance(error), String(error));
        assert.equal(error.reason, 'maxRetriesExceeded');
        assert.equal(error.errors.length, 2);
        assert.ok(APICallError.isInstance(error.lastError));
        assert.equal(error.lastError.statusCode, 500);
        assert.equal(error.lastError.isRetryable, true);
        assert.equal(server.requests.length, 2);
      });
    });
  });
}

describe('empty answers', () => {
  it('makes the OpenAI chat client throw InvalidResponseDataError for choices: []', async () => {
    await withServer([{ kind: 'empty' }], async (server) => {
      const error = await rejection(
        generateText({ model: createModel('openai-chat', server), prompt: '要約して', maxRetries: 2 }),
      );
      assert.ok(InvalidResponseDataError.isInstance(error), String(error));
      assert.equal(error.message, 'Response did not contain any choices.');
      assert.equal(server.requests.length, 1, 'not retried');
    });
  });

  for (const provider of ['openai-responses', 'anthropic'] as const) {
    it(`gives ${provider} an empty text, which Output.object rejects as unparsable`, async () => {
      await withServer([{ kind: 'empty' }, { kind: 'empty' }], async (server) => {
        const model = createModel(provider, server);
        const plain = await generateText({ model, prompt: '要約して', maxRetries: 0 });
        assert.equal(plain.text, '');
        assert.equal(plain.finishReason, 'stop');
        const error = await rejection(
          generateText({
            model,
            output: Output.object({ schema: summarySchema }),
            prompt: '要約して',
            maxRetries: 0,
          }),
        );
        assert.ok(NoObjectGeneratedError.isInstance(error), String(error));
        assert.equal(error.text, '');
      });
    });
  }
});

describe('Anthropic specifics', () => {
  it('receives the x-api-key and anthropic-version headers', async () => {
    await withServer([{ kind: 'text', text: 'ok' }], async (server) => {
      await generateText({ model: createModel('anthropic', server), prompt: 'ping', maxRetries: 0 });
      const headers = server.requests[0]?.headers;
      assert.equal(headers?.['x-api-key'], 'test');
      assert.match(headers?.['anthropic-version'] ?? '', /^\d{4}-\d{2}-\d{2}$/);
    });
  });

  it('answers a forced json tool with a tool_use block, streamed or not', async () => {
    const reply: LlmReply = { kind: 'json', value: summary };
    await withServer([reply, reply], async (server) => {
      const model = createModel('anthropic', server);
      const options = {
        model,
        output: Output.object({ schema: summarySchema }),
        prompt: '要約して',
        maxRetries: 0,
        providerOptions: { anthropic: { structuredOutputMode: 'jsonTool' as const } },
      };
      const generated = await generateText({ ...options, include: { responseBody: true } });
      assert.deepEqual(generated.output, summary);
      assert.equal(generated.finishReason, 'stop');
      // The SDK forces its single `json` tool with tool_choice `any`, not `{type:'tool', name}`.
      const body = server.requests[0]?.body;
      assert.deepEqual(body.tool_choice, { type: 'any', disable_parallel_tool_use: true });
      assert.deepEqual(
        body.tools.map((tool: { name: string }) => tool.name),
        ['json'],
      );
      assert.equal(body.output_config, undefined);
      const answered = generated.response.body as { content: { type: string; name?: string }[] };
      assert.deepEqual(
        answered.content.map((block) => [block.type, block.name]),
        [['tool_use', 'json']],
      );

      const streamed = streamText({ ...options, includeRawChunks: true });
      const deltaTypes = new Set<string>();
      for await (const part of streamed.fullStream) {
        const raw = part.type === 'raw' ? (part.rawValue as { delta?: { type?: string } }) : undefined;
        if (raw?.delta?.type !== undefined) deltaTypes.add(raw.delta.type);
      }
      assert.deepEqual([...deltaTypes], ['input_json_delta']);
      assert.deepEqual(await streamed.output, summary);
      assert.equal(server.requests[1]?.body.stream, true);
    });
  });
});

describe('OpenAI-compatible defaults', () => {
  it('sends json_object without the schema, and streams without usage unless includeUsage is set', async () => {
    await withServer(
      [
        { kind: 'json', value: summary },
        { kind: 'text', text: streamedText },
      ],
      async (server) => {
        const model = createOpenAICompatible({ name: 'local', baseURL: server.baseURL })('llama-test');
        const result = await generateText({
          model,
          output: Output.object({ schema: summarySchema }),
          prompt: '要約して',
          maxRetries: 0,
        });
        assert.deepEqual(result.output, summary);
        assert.deepEqual(server.requests[0]?.body.response_format, { type: 'json_object' });
        assert.equal(server.requests[0]?.headers.authorization, undefined);

        const streamed = streamText({ model, prompt: '要約して', maxRetries: 0 });
        assert.equal(await streamed.text, streamedText);
        assert.equal(server.requests[1]?.body.stream_options, undefined);
        assert.equal((await streamed.usage).inputTokens, undefined);
      },
    );
  });
});

describe('retries, hangs and the script', () => {
  it('honours Retry-After: 1 on a 429 and then succeeds', async () => {
    const rateLimited: LlmReply = { kind: 'status', status: 429, headers: { 'retry-after': '1' } };
    await withServer([rateLimited, { kind: 'json', value: summary }], async (server) => {
      const result = await generateText({
        model: createModel('openai-chat', server),
        output: Output.object({ schema: summarySchema }),
        prompt: '要約して',
        maxRetries: 1,
      });
      assert.deepEqual(result.output, summary);
      const [first, second] = server.requests;
      assert.ok(first && second, 'two requests');
      assert.ok(second.at - first.at >= 900, `retried after ${second.at - first.at} ms`);
    });
  });

  it('lets an abort signal end a hanging call, and close() ends the hanging and delayed ones', async () => {
    const server = await startLlmServer([
      { kind: 'hang' },
      { kind: 'hang' },
      { kind: 'text', text: '遅すぎる答え', delayMs: 10_000 },
    ]);
    const model = createModel('anthropic', server);
    const aborted = await rejection(
      generateText({ model, prompt: '要約して', maxRetries: 0, abortSignal: AbortSignal.timeout(300) }),
    );
    assert.equal((aborted as Error).name, 'TimeoutError');

    const stillOpen = [1, 2].map(() => rejection(generateText({ model, prompt: '要約して', maxRetries: 0 })));
    await waitFor(() => server.requests.length === 3, 'the hanging and the delayed request');
    const closing = Date.now();
    await server.close();
    assert.ok(Date.now() - closing < 1000, `close() took ${Date.now() - closing} ms`);
    for (const cut of await Promise.all(stillOpen)) {
      assert.ok(APICallError.isInstance(cut), String(cut));
      assert.match(cut.message, /Cannot connect to API/);
    }
  });

  it('answers a 500 saying the script ran out once the replies are used up', async () => {
    await withServer([{ kind: 'text', text: 'ひとつめ' }], async (server) => {
      const model = createModel('openai-chat', server);
      assert.equal((await generateText({ model, prompt: '一回目', maxRetries: 0 })).text, 'ひとつめ');
      const error = await rejection(generateText({ model, prompt: '二回目', maxRetries: 0 }));
      assert.ok(APICallError.isInstance(error), String(error));
      assert.equal(error.statusCode, 500);
      assert.match(error.message, /script ran out: request #2 has no reply \(the script has 1\)/);
    });
  });

  it('answers a 500 naming the error when the routing function throws', async () => {
    const route = (): LlmReply => {
      throw new Error('no reply for this prompt');
    };
    await withServer(route, async (server) => {
      const error = await rejection(
        generateText({ model: createModel('anthropic', server), prompt: '要約して', maxRetries: 0 }),
      );
      assert.ok(APICallError.isInstance(error), String(error));
      assert.equal(error.statusCode, 500);
      assert.match(error.message, /script threw on request #1: Error: no reply for this prompt/);
    });
  });

  it('routes concurrent calls by prompt content, with simulated latency', async () => {
    const route = (request: LlmRequestRecord): LlmReply =>
      request.prompt.includes('記事A')
        ? { kind: 'json', value: { title: 'A', points: [] }, delayMs: 200 }
        : { kind: 'json', value: { title: 'B', points: [] } };
    await withServer(route, async (server) => {
      const model = createModel('openai-responses', server);
      const ask = async (prompt: string) => {
        const started = Date.now();
        const result = await generateText({
          model,
          output: Output.object({ schema: summarySchema }),
          prompt,
          maxRetries: 0,
        });
        return { title: result.output.title, elapsed: Date.now() - started };
      };
      const [a, b] = await Promise.all([ask('記事Aを要約'), ask('記事Bを要約')]);
      assert.equal(a.title, 'A');
      assert.equal(b.title, 'B');
      assert.ok(a.elapsed >= 190, `the delayed answer took ${a.elapsed} ms`);
      assert.deepEqual(server.requests.map((request) => request.prompt).sort(), [
        '記事Aを要約',
        '記事Bを要約',
      ]);
    });
  });

  it('drops a delayed reply whose client aborted, and keeps serving', async () => {
    await withServer(
      [
        { kind: 'text', text: '遅い', delayMs: 5000 },
        { kind: 'text', text: '次' },
      ],
      async (server) => {
        const model = createModel('openai-chat', server);
        const aborted = await rejection(
          generateText({ model, prompt: '一回目', maxRetries: 0, abortSignal: AbortSignal.timeout(100) }),
        );
        assert.equal((aborted as Error).name, 'TimeoutError');
        assert.equal((await generateText({ model, prompt: '二回目', maxRetries: 0 })).text, '次');
      },
    );
  });
});

describe('routes other than the three endpoints', () => {
  it('answers 404 naming the path, without recording it as a model call', async () => {
    await withServer([], async (server) => {
      const response = await fetch(`${server.baseURL}/embeddings`, { method: 'POST', body: '{}' });
      assert.equal(response.status, 404);
      assert.match(await response.text(), /no route for POST \/v1\/embeddings/);
      assert.equal(server.requests.length, 0);
    });
  });
});

/** The rejection reason of a promise that must reject. */
async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the call to fail');
}
