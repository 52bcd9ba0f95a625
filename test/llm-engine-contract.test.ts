// The engine contract, run against the llm engine talking HTTP to the loopback scripted model.
import { after } from 'node:test';
import { createLlmEngine } from '../src/engines/llm/compose-llm-article.ts';
import { createLanguageModel } from '../src/engines/llm/create-language-model.ts';
import { describeEngineContract } from './support/engine-contract.ts';
import { startLlmServer } from './support/llm-server.ts';
import { goodReply } from './support/scripted-answers.ts';

const server = await startLlmServer(goodReply);
after(() => server.close());

describeEngineContract(
  'llm (scripted model over HTTP)',
  () => {
    const { model, modelId } = createLanguageModel({
      model: 'compatible:scripted',
      baseURL: server.baseURL,
      env: {},
    });
    return createLlmEngine({ model, modelId });
  },
  // Deterministic for the same answers: the same prompts give the same scripted answers.
  { deterministic: true },
);
