import type { Document } from '../domain/document.ts';
import { isMatomeError, MatomeError } from '../domain/errors.ts';
import { pathFinding } from '../domain/report.ts';
import { JUDGE_SCHEMAS, type JudgeAnswer } from '../engines/llm/answer-schemas.ts';
import { createModelCaller, type ModelCaller } from '../engines/llm/call-model.ts';
import { createLanguageModel } from '../engines/llm/create-language-model.ts';
import { numberSentences } from '../engines/llm/number-sentences.ts';
import { judgePrompt } from '../engines/llm/prompts.ts';
import type { ClaimVerdict } from '../verify/verify-article.ts';

// A language model's second opinion on a claim the rules accept (`matome verify-claim --judge`).
// The rules decide: a claim they reject is not sent, and the model can never turn a rejection into
// support. A claim they accept and the model doubts gets a `support.judge` warning — a person should
// look — with the model's reason and the sentences it points to, so the doubt can be checked.

/** What the model said about one claim, with the sentences it pointed to as spans of the sources. */
export interface Judgement {
  verdict: JudgeAnswer['verdict'];
  reason: string;
  cites: Array<{ source: string; start: number; end: number; text: string }>;
}

/** A verdict of the rules, with the model's judgement when it was asked (or why it could not answer). */
export type JudgedVerdict = ClaimVerdict & {
  judge?: Judgement | { error: { code: string; message: string; hint?: string } };
};

/** Asks the model about one claim against its sources. */
export interface ClaimJudge {
  judge(claim: string, documents: readonly Document[]): Promise<Judgement>;
}

/** Sentences of each source shown to the judge: the claims sets' pages have 10–30. */
const SENTENCES_PER_SOURCE = 80;

/** A judge over `caller` (its model, limits, cache and ledger). */
export function createClaimJudge(caller: ModelCaller): ClaimJudge {
  return {
    async judge(claim, documents) {
      const sources = numberSentences(documents, SENTENCES_PER_SOURCE);
      const answer = await caller.call('judge', judgePrompt(claim, sources), JUDGE_SCHEMAS);
      const shown = new Map(
        sources.flatMap((source) => source.sentences.map((sentence) => [sentence.no, sentence] as const)),
      );
      const unknown = answer.cites.filter((no) => !shown.has(no));
      if (unknown.length > 0) {
        throw new MatomeError(
          'LLM_FAILED',
          `The judge cited sentence ${unknown.map((no) => `[${no}]`).join(', ')}, which it was not shown (shown: [1]–[${Math.max(0, ...shown.keys())}])`,
          { hint: 'The model does not follow the sentence numbers; use a stronger model for --judge.' },
        );
      }
      const urlOf = new Map(documents.map((document) => [document.id, document.url]));
      return {
        verdict: answer.verdict,
        reason: answer.reason,
        cites: [...new Set(answer.cites)].map((no) => {
          const sentence = shown.get(no) as NonNullable<ReturnType<typeof shown.get>>;
          return {
            source: urlOf.get(sentence.sourceId) ?? sentence.sourceId,
            start: sentence.start,
            end: sentence.end,
            text: sentence.text,
          };
        }),
      };
    },
  };
}

/** A judge on the model `provider:model` (as `build --model`), one call per claim, no cache. */
export function judgeOnModel(settings: {
  model: string;
  baseURL?: string;
  env: Readonly<Record<string, string | undefined>>;
  timeoutMs: number;
}): ClaimJudge {
  const configured = createLanguageModel({
    model: settings.model.trim(),
    ...(settings.baseURL ? { baseURL: settings.baseURL } : {}),
    env: settings.env,
  });
  const caller = createModelCaller({
    model: configured.model,
    modelId: configured.modelId,
    limits: { timeoutMs: settings.timeoutMs, maxRetries: 2, maxOutputTokens: 1024 },
  });
  return createClaimJudge(caller);
}

/**
 * The rules' verdict on `claim` with the judge's opinion added: asked only when the rules support
 * the claim; a doubt (contradicted, not stated) becomes a `support.judge` warning. A judge that
 * fails (unreachable, budget, an unreadable or out-of-range answer) leaves the verdict as the rules
 * gave it and says why under `judge.error`; a bug is not swallowed.
 */
export async function judgeVerdict(
  verdict: ClaimVerdict,
  claim: string,
  documents: readonly Document[],
  judge: ClaimJudge,
): Promise<JudgedVerdict> {
  if (!verdict.supported) return verdict;
  let judgement: Judgement;
  try {
    judgement = await judge.judge(claim, documents);
  } catch (error) {
    if (!isMatomeError(error)) throw error;
    const hint = error.hint;
    return {
      ...verdict,
      judge: { error: { code: error.code, message: error.message, ...(hint ? { hint } : {}) } },
    };
  }
  if (judgement.verdict === 'supported') return { ...verdict, judge: judgement };
  const what = judgement.verdict === 'contradicted' ? 'contradict' : 'do not state';
  const finding = pathFinding(
    'support.judge',
    'warning',
    'claim',
    `The language model judges that the sources ${what} this claim: ${judgement.reason}`,
    claim,
    { verdict: judgement.verdict, reason: judgement.reason },
  );
  return { ...verdict, problems: [...verdict.problems, finding], judge: judgement };
}
