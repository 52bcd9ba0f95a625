// `matome verify-claim --judge MODEL`: a language model's second opinion on claims the rules support,
// against a loopback server that speaks the OpenAI-compatible protocol with scripted answers, and
// against a real llama.cpp runtime (the tiny random-weights model of ../shared/data/models).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { createModelCaller } from '../src/engines/llm/call-model.ts';
import { createLanguageModel } from '../src/engines/llm/create-language-model.ts';
import { createClaimJudge, type JudgedVerdict, judgeVerdict } from '../src/pipeline/judge-claim.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { verifyClaim } from '../src/verify/verify-article.ts';
import { inventedDocument } from './support/invented-document.ts';
import { type LlamaServer, runtimeUnavailable, startLlamaServer } from './support/llama-server.ts';
import { startLlmServer } from './support/llm-server.ts';
import { runMatome } from './support/run-cli.ts';
import { sharedData } from './support/shared-data.ts';

const PLANT = join(import.meta.dirname, '..', 'samples', 'chip-factory', 'tech-sangyo-kaname-plant.html');

// An invented page: the rules check names, numbers and dates, not who was hurt by what.
const page = inventedDocument(
  's1',
  '港の倉庫で火災、けが人なし',
  [
    '12日午後、潮見市の港にある倉庫から火が出て、約3時間後に消し止められた。',
    '市消防局によると、けが人はいなかった。倉庫には木材が保管されていた。',
  ],
  { publishedAt: '2026-11-12T20:00:00+09:00' },
);

const judgeOn = (server: { baseURL: string }, model = 'compatible:judge') => {
  const configured = createLanguageModel({ model, baseURL: server.baseURL, env: {} });
  return createClaimJudge(
    createModelCaller({
      model: configured.model,
      modelId: configured.modelId,
      limits: { timeoutMs: 30_000, maxRetries: 0, maxOutputTokens: 256 },
    }),
  );
};

describe('verify-claim --judge against a scripted OpenAI-compatible server', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });

  it('adds the model’s doubt as a support.judge warning, with its reason and the sentence it points to, and keeps the rules’ verdict', async () => {
    const server = await startLlmServer([
      {
        kind: 'json',
        value: { verdict: 'contradicted', cites: [3], reason: '出典はけが人はいなかったと述べている。' },
      },
    ]);
    try {
      const claim = '潮見市の港の倉庫で12日に火災があった。';
      const rules = verifyClaim(claim, [page], tokenizer);
      assert.equal(rules.supported, true, JSON.stringify(rules.problems));
      const judged: JudgedVerdict = await judgeVerdict(rules, claim, [page], judgeOn(server));
      assert.equal(judged.supported, true);
      const doubt = judged.problems.find((problem) => problem.code === 'support.judge');
      assert.equal(doubt?.severity, 'warning');
      assert.equal(doubt?.params?.verdict, 'contradicted');
      assert.match(doubt?.message ?? '', /contradict this claim: 出典はけが人はいなかったと述べている。/);
      assert.ok(judged.judge !== undefined && 'verdict' in judged.judge);
      assert.deepEqual(
        judged.judge.cites.map((cite) => cite.text),
        ['市消防局によると、けが人はいなかった。'],
      );
      // The model saw the claim and every source sentence, numbered, inside the data fence, with the
      // page's outlet and date (relative dates are read against it).
      const prompt = server.requests[0]?.prompt ?? '';
      assert.match(prompt, /<<<DATA-[0-9a-f]{12} claim>>>\n潮見市の港の倉庫で12日に火災があった。/);
      assert.match(prompt, /\[3\] 市消防局によると、けが人はいなかった。/);
      assert.match(prompt, /（公開日）2026-11-12T20:00:00\+09:00/);
    } finally {
      await server.close();
    }
  });

  it('does not ask the model about a claim the rules reject, and a judge that agrees adds no finding', async () => {
    const server = await startLlmServer([
      { kind: 'json', value: { verdict: 'supported', cites: [2], reason: '出典の2文目と一致する。' } },
    ]);
    try {
      const judge = judgeOn(server);
      const wrong = '潮見市の港の倉庫で12日に火災があり、5人がけがをした。';
      const rejected = await judgeVerdict(verifyClaim(wrong, [page], tokenizer), wrong, [page], judge);
      assert.equal(rejected.supported, false);
      assert.equal(rejected.judge, undefined);
      assert.equal(server.requests.length, 0);
      const right = '倉庫の火事は約3時間後に消し止められた。';
      const rules = verifyClaim(right, [page], tokenizer);
      const agreed = await judgeVerdict(rules, right, [page], judge);
      assert.equal(server.requests.length, 1);
      assert.deepEqual(agreed.problems, rules.problems);
      assert.ok(agreed.judge !== undefined && 'verdict' in agreed.judge);
      assert.equal(agreed.judge.verdict, 'supported');
    } finally {
      await server.close();
    }
  });

  it('reports an answer that cites a sentence it was not shown, and one that is not JSON, without changing the verdict', async () => {
    const server = await startLlmServer([
      { kind: 'json', value: { verdict: 'not-stated', cites: [41], reason: '書かれていない。' } },
      { kind: 'text', text: 'I think it is fine.' },
      { kind: 'text', text: 'Still fine, no JSON.' },
    ]);
    try {
      const judge = judgeOn(server);
      const claim = '倉庫の火事は約3時間後に消し止められた。';
      const rules = verifyClaim(claim, [page], tokenizer);
      const outOfRange = await judgeVerdict(rules, claim, [page], judge);
      assert.ok(outOfRange.judge !== undefined && 'error' in outOfRange.judge);
      assert.equal(outOfRange.judge.error.code, 'LLM_FAILED');
      assert.match(
        outOfRange.judge.error.message,
        /cited sentence \[41\], which it was not shown \(shown: \[1\]–\[4\]\)/,
      );
      assert.deepEqual(outOfRange.problems, rules.problems);
      const unreadable = await judgeVerdict(rules, claim, [page], judge);
      assert.ok(unreadable.judge !== undefined && 'error' in unreadable.judge);
      assert.equal(unreadable.judge.error.code, 'LLM_FAILED');
      assert.equal(unreadable.supported, true);
    } finally {
      await server.close();
    }
  });

  it('works from the command line: --judge MODEL --base-url URL adds "judge" to the JSON, and --base-url alone is refused', async () => {
    const server = await startLlmServer(() => ({
      kind: 'json',
      value: { verdict: 'not-stated', cites: [], reason: '出典に採用人数の記載が見当たらない。' },
    }));
    try {
      const claim = 'カナメ半導体は約1200人を新たに雇用する計画だ。';
      const run = await runMatome([
        'verify-claim',
        '--source',
        PLANT,
        '--judge',
        'compatible:judge',
        '--base-url',
        server.baseURL,
        '--lang',
        'ja',
        claim,
      ]);
      assert.equal(run.code, 0, run.stderr);
      const verdict = JSON.parse(run.stdout) as JudgedVerdict;
      assert.equal(verdict.supported, true);
      assert.ok(verdict.judge !== undefined && 'verdict' in verdict.judge);
      assert.equal(verdict.judge.verdict, 'not-stated');
      const doubt = verdict.problems.find((problem) => problem.code === 'support.judge');
      assert.match(
        doubt?.message ?? '',
        /^言語モデルの判定では、出典はこの文を述べていません：出典に採用人数の記載が見当たらない。/,
      );
      const refused = await runMatome([
        'verify-claim',
        '--source',
        PLANT,
        '--base-url',
        server.baseURL,
        claim,
      ]);
      assert.equal(refused.code, 2, refused.stdout);
      assert.match(refused.stderr, /--base-url without --judge MODEL/);
      assert.equal(server.requests.length, 1);
    } finally {
      await server.close();
    }
  });
});

const claimsDev = sharedData('data/claims-dev');
describe('eval:claims --judge', { skip: claimsDev.skip }, () => {
  it('asks the judge only about the claims the rules support and counts its doubts as flags beside the rules’ figures', async () => {
    // A judge that doubts everything: every claim is then flagged, by the rules or by the judge.
    const server = await startLlmServer(() => ({
      kind: 'json',
      value: { verdict: 'not-stated', cites: [], reason: '書かれていない。' },
    }));
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          join(import.meta.dirname, '..', 'scripts', 'eval-claims.ts'),
          claimsDev.path,
          '--set',
          'set1',
          '--json',
          '--judge',
          'compatible:judge',
          '--base-url',
          server.baseURL,
        ],
        { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      );
      const counts = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<
        string,
        { detected: number; unsupported: number; falseAlarms: number; supported: number }
      >;
      const set1 = counts.set1;
      assert.ok(set1 !== undefined);
      const rulesSupported = set1.unsupported - set1.detected + (set1.supported - set1.falseAlarms);
      assert.equal(server.requests.length, rulesSupported);
      assert.match(
        stdout,
        new RegExp(
          `with the judge's doubts as flags \\(compatible:judge\\): detection ${set1.unsupported}/${set1.unsupported}, false alarms ${set1.supported}/${set1.supported}; the judge failed on 0`,
        ),
      );
    } finally {
      await server.close();
    }
  });
});

const unavailable = await runtimeUnavailable();
describe('verify-claim --judge against a real llama.cpp runtime (tiny random model)', {
  skip: unavailable,
}, () => {
  let tokenizer: Tokenizer;
  let server: LlamaServer;
  before(async () => {
    tokenizer = await createTokenizer();
    server = await startLlamaServer({ slots: 1 });
  });
  after(() => server?.close());

  it('sends the judge schema to the runtime and turns whatever the random model writes into a judgement or a clear error', async () => {
    const claim = '倉庫の火事は約3時間後に消し止められた。';
    const rules = verifyClaim(claim, [page], tokenizer);
    const judged = await judgeVerdict(rules, claim, [page], judgeOn(server, 'llamacpp:tiny'));
    assert.equal(server.requests.length >= 1, true);
    // The schema travels as response_format, so the runtime's grammar holds the model to it.
    assert.equal(server.requests[0]?.responseFormat, 'json_schema');
    assert.deepEqual(server.requests[0]?.schema?.properties?.verdict?.enum, [
      'supported',
      'contradicted',
      'not-stated',
    ]);
    assert.ok((server.requests[0]?.promptTokens ?? 0) > 100);
    assert.ok(judged.judge !== undefined);
    if ('verdict' in judged.judge) {
      assert.ok(['supported', 'contradicted', 'not-stated'].includes(judged.judge.verdict));
      assert.equal(
        judged.problems.some((problem) => problem.code === 'support.judge'),
        judged.judge.verdict !== 'supported',
      );
    } else {
      assert.equal(judged.judge.error.code, 'LLM_FAILED');
      assert.match(judged.judge.error.message, /\S/);
      assert.deepEqual(judged.problems, rules.problems);
    }
  });
});
