import pLimit from 'p-limit';
import type { Article, JudgeRecord } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import { isMatomeError } from '../domain/errors.ts';
import type { Finding } from '../domain/report.ts';
import type { ModelCaller } from '../engines/llm/call-model.ts';
import { factualUnits, judgeFindings, type Unit } from '../verify/verify-article.ts';
import type { Report } from '../verify/verify-report.ts';
import { createClaimJudge, type Judgement } from './judge-claim.ts';

// The language model's second opinion on a built article (`build --judge MODEL`). Every factual unit
// the rules support is asked about against its own scope's sources only (a section's unit its own
// source, the title and points any source); a unit the rules reject is not sent. The rules decide:
// a doubt is a `support.judge` warning on its unit (needs review), never an error, and a failed call
// is a `judge.error` note. Each unit text and scope is asked once per build (the engine's repair
// rounds and the final review share the answers) and, through the model caller's cache, once across
// builds: an identical rebuild makes no calls.

/** Distinct questions (a unit's text and scope) asked at most per build when no budget is given; a unit repeating one shares its answer. */
export const DEFAULT_JUDGE_BUDGET = 100;

/** Reviews articles of one build with one model. */
export interface ArticleJudge {
  /** The judge's record on `article`: `report` is the rules' verdict on it (units with errors are not sent). */
  review(article: Article, documents: readonly Document[], report: Report): Promise<JudgeRecord>;
  /** The review's doubts as `support.judge` warnings on their units (for an engine's repair). */
  doubts(article: Article, documents: readonly Document[], report: Report): Promise<Finding[]>;
}

type Answer = Judgement | { error: { code: string; message: string } };

// A question asserts nothing a source could support or contradict.
const QUESTION = /[?？]\s*$/u;

/** A judge over `caller` (its model, limits, cache and ledger), asking about at most `budget` units. */
export function createArticleJudge(options: {
  caller: ModelCaller;
  model: string;
  budget?: number;
  /** Units asked at once (a local server answers one request per slot); default 1. */
  concurrency?: number;
}): ArticleJudge {
  const judge = createClaimJudge(options.caller);
  const budget = options.budget ?? DEFAULT_JUDGE_BUDGET;
  const limit = pLimit(Math.max(1, options.concurrency ?? 1));
  const asked = new Map<string, Promise<Answer>>();
  const ask = (unit: Unit, documents: readonly Document[]): Promise<Answer> =>
    limit(() =>
      judge.judge(
        unit.fact.text,
        documents.filter((document) => unit.scope.includes(document.id)),
      ),
    ).catch((error: unknown): Answer => {
      if (!isMatomeError(error)) throw error;
      return { error: { code: error.code, message: error.message } };
    });
  const review: ArticleJudge['review'] = async (article, documents, report) => {
    const rejected = (unit: Unit) =>
      report.findings.some(
        (finding) =>
          finding.severity === 'error' &&
          'path' in finding.location &&
          (finding.location.path === unit.path || finding.location.path.startsWith(`${unit.path}.`)),
      );
    const entries: Array<{ unit: Unit; answer: Promise<Answer> }> = [];
    let skipped = 0;
    for (const unit of factualUnits(article, documents)) {
      if (QUESTION.test(unit.fact.text) || rejected(unit)) continue;
      const key = JSON.stringify([unit.fact.text, [...unit.scope].sort()]);
      let answer = asked.get(key);
      if (answer === undefined) {
        if (asked.size >= budget) {
          skipped += 1;
          continue;
        }
        answer = ask(unit, documents);
        asked.set(key, answer);
      }
      entries.push({ unit, answer });
    }
    const idOf = new Map(documents.map((document) => [document.url, document.id]));
    const record: JudgeRecord = {
      model: options.model,
      budget,
      judged: 0,
      doubted: 0,
      failed: 0,
      skipped,
      usage: { ...options.caller.usage },
      doubts: [],
      errors: [],
    };
    for (const { unit, answer } of entries) {
      const said = await answer;
      if ('error' in said) {
        record.failed += 1;
        record.errors.push({ path: unit.path, ...said.error });
        continue;
      }
      record.judged += 1;
      if (said.verdict === 'supported') continue;
      record.doubted += 1;
      record.doubts.push({
        path: unit.path,
        text: unit.fact.text,
        verdict: said.verdict,
        reason: said.reason,
        cites: said.cites.map((cite) => ({
          sourceId: idOf.get(cite.source) ?? cite.source,
          start: cite.start,
          end: cite.end,
          text: cite.text,
        })),
      });
    }
    record.usage = { ...options.caller.usage };
    return record;
  };
  return {
    review,
    async doubts(article, documents, report) {
      const record = await review(article, documents, report);
      return judgeFindings(record, factualUnits(article, documents)).filter(
        (finding) => finding.code === 'support.judge',
      );
    },
  };
}
