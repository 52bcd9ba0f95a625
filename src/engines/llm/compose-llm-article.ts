import type { LanguageModel } from 'ai';
import pLimit from 'p-limit';
import type { Article, DialogueLine, Fact, Paragraph, Section, VoiceLine } from '../../domain/article.ts';
import type { Document } from '../../domain/document.ts';
import { isMatomeError, MatomeError } from '../../domain/errors.ts';
import type { Finding } from '../../domain/report.ts';
import { normalizeForMatch, similarity } from '../../text/normalize.ts';
import { quotationShare, sourceCard, sourceRef, stancedFact } from '../article-parts.ts';
import type { Engine, EngineContext } from '../engine.ts';
import { composeOfflineArticle } from '../offline/compose-offline-article.ts';
import {
  type ClaimRead,
  FRAME_SCHEMAS,
  type FrameAnswer,
  isRejected,
  REPAIR_SCHEMAS,
  SECTION_SCHEMAS,
  type SectionAnswer,
  type VoiceRead,
} from './answer-schemas.ts';
import {
  type CallLimits,
  createModelCaller,
  type LlmCache,
  type ModelCaller,
  ModelUnreachable,
  type OutputMode,
} from './call-model.ts';
import { inspectModelText } from './clean-model-text.ts';
import { type NumberedSentence, type NumberedSource, numberSentences } from './number-sentences.ts';
import {
  DEFAULT_STYLE,
  framePrompt,
  type RepairItem,
  repairPrompt,
  type StyleOptions,
  sectionPrompt,
} from './prompts.ts';

export const LLM_ENGINE_VERSION = '0.1.0';

/** How the llm engine is set up: the model, its limits, the cache and the article's style. */
export interface LlmEngineOptions {
  model: LanguageModel;
  /** `provider:model`, recorded in the Article and in cache keys. */
  modelId: string;
  cache?: LlmCache;
  style?: Partial<StyleOptions>;
  /**
   * Model calls in flight at once (sections and the frame run concurrently), or how to find out
   * (a local server's slot count, asked once per article).
   */
  concurrency?: number | (() => Promise<number>);
  /** How to ask for JSON first (see OutputMode); falls back on its own when the server refuses. */
  outputMode?: OutputMode;
  limits?: Partial<CallLimits>;
  /** Sentences of each source shown to the model. */
  sentencesPerSource?: number;
  now?: () => Date;
}

export const DEFAULT_LIMITS: CallLimits = {
  timeoutMs: 60_000,
  firstTokenTimeoutMs: 600_000,
  maxRetries: 2,
  maxOutputTokens: 4096,
};

/** The llm engine: fluent prose from a language model, grounded in numbered source sentences. */
export function createLlmEngine(options: LlmEngineOptions): Engine {
  return {
    name: 'llm',
    composeArticle: (documents, context) => composeLlmArticle(documents, context, options),
  };
}

/** A factual place in the article the model fills; `fallback` is what stands there if it cannot. */
interface FactSlot {
  path: string;
  /** Source ids the unit may cite. */
  scope: string[];
  current: Fact | undefined;
  /** The model's text when it could not be used as written (shown to the repair). */
  written?: string;
  /** A grounded replacement (the sources' own words), or undefined when the unit can be dropped. */
  fallback: Fact | undefined;
  problems: string[];
  /** The model sent this unit (it may still have been unusable). */
  answered?: boolean;
  /** The unit broke the answer schema: it falls back without a repair. */
  rejected?: boolean;
}

interface VoiceSlot {
  path: string;
  current: VoiceLine | undefined;
  fallback: VoiceLine;
  answered?: boolean;
}

/** Writes the article: one call per section and one for title/points/closing, then check and repair. */
export async function composeLlmArticle(
  documents: readonly Document[],
  context: EngineContext,
  options: LlmEngineOptions,
): Promise<Article> {
  const style: StyleOptions = { ...DEFAULT_STYLE, ...options.style };
  const limits: CallLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const sources = numberSentences(documents, options.sentencesPerSource ?? 80);
  for (const source of sources) {
    if (source.sentences.length < 3) {
      throw new MatomeError(
        'SOURCE_TOO_SHORT',
        `Failed to compose section: ${source.document.url} (only ${source.sentences.length} usable sentences; 3 are needed)`,
        { hint: 'Use the full article page, or leave this source out.' },
      );
    }
  }
  // The safety net: the offline article, grounded by construction, supplies any unit the model
  // could not write faithfully.
  const offline = composeOfflineArticle(documents, context.tokenizer);
  const caller = createModelCaller({
    model: options.model,
    modelId: options.modelId,
    limits,
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(context.signal ? { signal: context.signal } : {}),
    ...(options.outputMode ? { mode: options.outputMode } : {}),
  });
  const concurrency =
    typeof options.concurrency === 'function' ? await options.concurrency() : (options.concurrency ?? 4);
  const queue = pLimit(Math.max(1, concurrency));
  // A failure that stops the build (budget, settings, a server asking to wait for hours) also
  // stops the calls still waiting their turn: none of them is sent.
  let stopped: unknown;
  const limit = <T>(call: () => Promise<T>): Promise<T> =>
    queue(async () => {
      if (stopped !== undefined) throw stopped;
      try {
        return await call();
      } catch (error) {
        if (!isPartFailure(error)) stopped ??= error;
        throw error;
      }
    });
  const byNumber = new Map(sources.flatMap((source) => source.sentences.map((s) => [s.no, s] as const)));
  const fallbacks: Array<{ path: string; reason: string }> = [];

  const [frameResult, ...sectionResults] = await Promise.allSettled([
    limit(() => caller.call('title, points and closing', framePrompt(sources, style), FRAME_SCHEMAS)),
    ...sources.map((source) =>
      limit(() =>
        caller.call(
          `section S${source.index} (${source.document.url})`,
          sectionPrompt(source, sources, style),
          SECTION_SCHEMAS,
        ),
      ),
    ),
  ]);
  const results = [frameResult, ...sectionResults];
  // Configuration, budget and cancellation stop the build; a failed call only costs its part.
  for (const result of results) {
    if (result?.status === 'rejected' && !isPartFailure(result.reason)) throw result.reason;
  }
  // A server that could not be reached at all is a setting to fix, not a weak model: say so. Any
  // other failure of every part still gives the article, all of it the sources' own words, and the
  // share of model text (0%) says so.
  if (results.every((result) => result?.status === 'rejected' && result.reason instanceof ModelUnreachable)) {
    throw (frameResult as PromiseRejectedResult).reason;
  }

  const toFact = (claim: ClaimRead, scope: readonly string[]) => claimToFact(claim, scope, byNumber);
  const slots: FactSlot[] = [];
  const voices: VoiceSlot[] = [];
  const slot = (
    path: string,
    scope: string[],
    claim: ClaimRead,
    fallback: Fact | undefined,
    answered = false,
  ) => {
    // The part's answer came but left this unit out: it falls back, and the article says so.
    if (answered && claim === undefined && fallback !== undefined)
      fallbacks.push({ path, reason: 'the answer left this unit out' });
    const made = toFact(claim, scope);
    const entry: FactSlot = { path, scope, current: made.fact, fallback, problems: made.problems };
    if (claim !== undefined) entry.answered = true;
    if (made.text !== undefined) entry.written = made.text;
    if (isRejected(claim)) {
      // Named by its place and the rule it broke; only this unit falls back (or, in a body, goes).
      entry.rejected = true;
      entry.problems = [];
      fallbacks.push({ path, reason: oneLine(`${path}: ${claim.rejected}`) });
    }
    slots.push(entry);
    return entry;
  };
  const failed = (result: PromiseSettledResult<unknown> | undefined, path: string) => {
    if (result?.status === 'rejected') fallbacks.push({ path, reason: reasonOf(result.reason) });
  };

  const all = documents.map((document) => document.id);
  const frame: FrameAnswer | undefined = frameResult?.status === 'fulfilled' ? frameResult.value : undefined;
  failed(frameResult, 'frame (title, leadPoints, closing)');
  const framed = frame !== undefined;
  const titleSlot = slot('title', all, frame?.title, offline.title, framed);
  const leadSlots = offline.leadPoints.map((fallback, i) =>
    slot(`leadPoints[${i}]`, all, frame?.leadPoints[i], fallback, framed),
  );
  const closingSentenceSlot = slot(
    'closing.sentence',
    all,
    frame?.closing?.sentence,
    offline.closing.sentence,
    framed,
  );
  const closingSlots = offline.closing.points.map((fallback, i) =>
    slot(`closing.points[${i}]`, all, frame?.closing?.points[i], fallback, framed),
  );

  const sectionPlans = sources.map((source, s) => {
    const result = sectionResults[s];
    const answer: SectionAnswer | undefined = result?.status === 'fulfilled' ? result.value : undefined;
    const answered = answer !== undefined;
    failed(result, `sections[${s}]`);
    const base = offline.sections[s] as Section;
    const own = [source.document.id];
    const at = `sections[${s}]`;
    const voice = (path: string, text: VoiceRead, fallbackLine: VoiceLine, role: VoiceLine['role']) => {
      const inspected = text === undefined || isRejected(text) ? undefined : inspectModelText(text);
      const cleaned = inspected?.text;
      const entry: VoiceSlot = {
        path,
        current: cleaned === undefined ? undefined : { kind: 'voice', role, text: cleaned },
        fallback: fallbackLine,
      };
      if (text !== undefined) entry.answered = true;
      else if (answered) fallbacks.push({ path, reason: 'the answer left this unit out' });
      // A line the model sent that could not be used is said, with the field and the rule it broke.
      if (isRejected(text)) fallbacks.push({ path, reason: oneLine(`${path}: ${text.rejected}`) });
      else if (inspected?.damage !== undefined) fallbacks.push({ path, reason: inspected.damage });
      voices.push(entry);
      return entry;
    };
    const baseDialogue = base.dialogue;
    const dialogueFallback = (
      position: DialogueLine['position'],
      role: VoiceLine['role'],
      index: number,
    ): VoiceLine => {
      const line = baseDialogue.filter(
        (candidate) => candidate.position === position && candidate.role === role,
      )[0];
      const chosen = line ?? (baseDialogue[index] as DialogueLine);
      return { kind: 'voice', role, text: chosen.text };
    };
    return {
      source,
      base,
      answer,
      heading: slot(`${at}.heading`, own, answer?.heading, base.heading, answered),
      question: slot(`${at}.hook.question`, own, answer?.hook?.question, base.hook.question, answered),
      hookAnswer: slot(`${at}.hook.answer`, own, answer?.hook?.answer, base.hook.answer, answered),
      summary: base.card.summary.map((fallback, i) =>
        slot(`${at}.card.summary[${i}]`, own, answer?.summary[i], fallback, answered),
      ),
      comment: voice(`${at}.comment`, answer?.comment, base.comment, 'explainer'),
      dialogue: [
        voice(
          `${at}.dialogue[0]`,
          answer?.dialogue?.opening,
          dialogueFallback('before-body', 'explainer', 0),
          'explainer',
        ),
        voice(
          `${at}.dialogue[1]`,
          answer?.dialogue?.question,
          dialogueFallback('before-body', 'reader', 1),
          'reader',
        ),
        voice(
          `${at}.dialogue[2]`,
          answer?.dialogue?.closing,
          dialogueFallback('after-body', 'reader', 2),
          'reader',
        ),
      ],
      body: (answer?.body ?? []).map((paragraph, p) =>
        paragraph.sentences.map((claim, k) =>
          slot(`${at}.body[${p}].sentences[${k}]`, own, claim, undefined),
        ),
      ),
    };
  });

  const assemble = (): Article => {
    const factOf = (entry: FactSlot) => (entry.current ?? entry.fallback) as Fact;
    const three = (entries: FactSlot[]) => entries.map(factOf) as [Fact, Fact, Fact];
    const voiceOf = (entry: VoiceSlot) => entry.current ?? entry.fallback;
    const sections = sectionPlans.map((plan): Section => {
      const body: Paragraph[] = plan.body
        .map((paragraph) => paragraph.flatMap((entry) => (entry.current ? [entry.current] : [])))
        .filter((sentences) => sentences.length > 0)
        .map((sentences) => ({ kind: 'prose', sentences }));
      const [opening, question, closing] = plan.dialogue.map(voiceOf) as [VoiceLine, VoiceLine, VoiceLine];
      return {
        sourceId: plan.source.document.id,
        heading: factOf(plan.heading),
        hook: { question: factOf(plan.question), answer: factOf(plan.hookAnswer) },
        comment: voiceOf(plan.comment),
        card: sourceCard(plan.source.document, three(plan.summary)),
        dialogue: [
          { ...opening, position: 'before-body' },
          { ...question, position: 'before-body' },
          { ...closing, position: 'after-body' },
        ],
        // A section whose every body sentence failed keeps the sources' own words instead.
        body: body.length > 0 ? body : plan.base.body,
      };
    });
    const draft = {
      title: factOf(titleSlot),
      leadPoints: three(leadSlots),
      sections,
      closing: { sentence: factOf(closingSentenceSlot), points: three(closingSlots) },
    };
    const usage = caller.usage;
    const modelText = measureModelText(titleSlot, leadSlots, closingSentenceSlot, closingSlots, sectionPlans);
    return {
      schemaVersion: 1,
      ...draft,
      sources: documents.map(sourceRef),
      engine: {
        name: 'llm',
        version: LLM_ENGINE_VERSION,
        model: options.modelId,
        usage: { ...usage },
        modelText,
        ...(fallbacks.length > 0 ? { fallbacks: [...fallbacks] } : {}),
      },
      quotation: quotationShare(draft),
    };
  };

  // Check: the verifier's errors, and the judge's doubts on the units the verifier supports, become
  // problems of the units they point at.
  const check = async () => {
    if (!context.verify) return;
    const article = assemble();
    const report = context.verify(article, documents);
    const doubts = context.judge ? await context.judge(article, documents, report) : [];
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    for (const finding of [...errors, ...doubts]) {
      if (!('path' in finding.location)) continue;
      const path = unitPath(finding.location.path);
      const fact = slots.find((entry) => entry.path === path && entry.current && !entry.rejected);
      if (fact) fact.problems.push(describe(finding));
      const voice = voices.find((entry) => entry.path === path && entry.current);
      if (voice) {
        voice.current = undefined;
        fallbacks.push({ path, reason: oneLine(describe(finding)) });
      }
    }
  };
  await check();

  // Repair: each failing unit goes back to the model once, with its problems and passages.
  const failing = slots.filter((entry) => entry.problems.length > 0 && !entry.rejected);
  if (failing.length > 0) {
    const groups = new Map<string, FactSlot[]>();
    for (const entry of failing) {
      const group = entry.path.match(/^sections\[\d+\]/)?.[0] ?? 'frame';
      groups.set(group, [...(groups.get(group) ?? []), entry]);
    }
    const repairs = await Promise.allSettled(
      [...groups.entries()].map(([group, entries]) =>
        limit(async () => {
          const items = entries.map((entry) => repairItem(entry, sources));
          const answer = await caller.call(
            `repair of ${group}`,
            repairPrompt(items, sources),
            REPAIR_SCHEMAS,
          );
          return { entries, answer };
        }),
      ),
    );
    for (const result of repairs) {
      if (result.status === 'rejected') {
        if (!isPartFailure(result.reason)) throw result.reason;
        continue;
      }
      for (const entry of result.value.entries) {
        const rewritten = result.value.answer.units.find(
          (unit) => !isRejected(unit) && unit.id === entry.path,
        ) as ClaimRead;
        const made = toFact(rewritten, entry.scope);
        entry.current = made.fact;
        entry.problems = made.problems;
        if (made.text !== undefined) entry.written = made.text;
      }
    }
    // A usable rewrite is checked afresh; an unusable one keeps the problems it was given.
    for (const entry of failing) if (entry.current) entry.problems = [];
    await check();
    // What still fails after the one repair is dropped (body) or replaced by the sources' own words.
    for (const entry of failing) {
      if (entry.problems.length > 0 || entry.current === undefined) {
        entry.current = undefined;
        const reason = entry.problems[0] ?? 'the repaired text could not be used';
        fallbacks.push({ path: entry.path, reason: oneLine(reason) });
      }
    }
  }
  return assemble();
}

type ModelText = NonNullable<Article['engine']['modelText']>;

/**
 * How much of the article's text the model wrote, per part (the frame and each section): the
 * characters of units the model's own text fills, against those filled from the sources' words.
 */
function measureModelText(
  title: FactSlot,
  lead: readonly FactSlot[],
  closingSentence: FactSlot,
  closing: readonly FactSlot[],
  sections: ReadonlyArray<{
    heading: FactSlot;
    question: FactSlot;
    hookAnswer: FactSlot;
    summary: FactSlot[];
    comment: VoiceSlot;
    dialogue: VoiceSlot[];
    body: FactSlot[][];
    base: Section;
  }>,
): ModelText {
  const count = (facts: readonly FactSlot[], voices: readonly VoiceSlot[]) => {
    let model = 0;
    let fallback = 0;
    let units = 0;
    let fellBack = 0;
    for (const entry of facts) {
      units += 1;
      if (entry.current) model += entry.current.text.length;
      else {
        fellBack += 1;
        fallback += entry.fallback?.text.length ?? 0;
      }
    }
    for (const entry of voices) {
      units += 1;
      if (entry.current) model += entry.current.text.length;
      else {
        fellBack += 1;
        fallback += entry.fallback.text.length;
      }
    }
    return { model, fallback, units, fellBack };
  };
  const parts: ModelText['parts'] = [];
  const frame = count([title, ...lead, closingSentence, ...closing], []);
  parts.push({
    part: 'frame',
    modelChars: frame.model,
    fallbackChars: frame.fallback,
    units: frame.units,
    fallbackUnits: frame.fellBack,
  });
  sections.forEach((plan, s) => {
    const written = plan.body.flat();
    const counted = count(
      [
        plan.heading,
        plan.question,
        plan.hookAnswer,
        ...plan.summary,
        ...written.filter((entry) => entry.current),
      ],
      [plan.comment, ...plan.dialogue],
    );
    // Body sentences that failed are dropped, not replaced; a body with none left is the source's own.
    const dropped = written.filter((entry) => !entry.current).length;
    let fallbackChars = counted.fallback;
    let fallbackUnits = counted.fellBack + dropped;
    if (!written.some((entry) => entry.current)) {
      const baseBody = plan.base.body.flatMap((paragraph) => paragraph.sentences);
      fallbackChars += baseBody.reduce((sum, fact) => sum + fact.text.length, 0);
      if (written.length === 0) fallbackUnits += 1;
    }
    parts.push({
      part: `sections[${s}]`,
      modelChars: counted.model,
      fallbackChars,
      units: counted.units + dropped + (written.length === 0 ? 1 : 0),
      fallbackUnits,
    });
  });
  const modelChars = parts.reduce((sum, part) => sum + part.modelChars, 0);
  const fallbackChars = parts.reduce((sum, part) => sum + part.fallbackChars, 0);
  const total = modelChars + fallbackChars;
  return { share: total === 0 ? 0 : modelChars / total, modelChars, fallbackChars, parts };
}

/** Failures that cost one part of the article (which then falls back), not the whole build. */
function isPartFailure(error: unknown): boolean {
  return isMatomeError(error) && (error.code === 'LLM_FAILED' || error.code === 'LLM_TIMEOUT');
}

function reasonOf(error: unknown): string {
  return oneLine(isMatomeError(error) ? error.message : String(error));
}

/**
 * A reason as display text: one line, and none of the words the Article model refuses as leaked
 * template values (schema messages say "received undefined"; servers may send anything).
 */
function oneLine(text: string): string {
  const line = text
    .replace(/[\p{Cc}\u2028\u2029\s]+/gu, ' ')
    .replace(/\bundefined\b/gu, 'nothing')
    .replace(/\bNaN\b/gu, 'not a number')
    .replace(/\[object Object\]/gu, '(object)')
    .replace(/\{\{|\}\}|\$\{/gu, ' ')
    .trim()
    .slice(0, 300)
    .trim();
  return line.length > 0 ? line : 'unusable';
}

function describe(finding: Finding): string {
  return `${finding.code}: ${finding.message}`;
}

/** The unit a finding's JSON path points into (`sections[0].card.summary[1].text` → `…summary[1]`). */
function unitPath(path: string): string {
  return path.replace(/\.(?:text|evidence.*|speaker|modality)$/, '');
}

/** Turns a model claim into a Fact whose evidence is the cited sentences, or says why it cannot. */
function claimToFact(
  claim: ClaimRead,
  scope: readonly string[],
  byNumber: ReadonlyMap<number, NumberedSentence>,
): { fact: Fact | undefined; problems: string[]; text?: string } {
  if (claim === undefined || isRejected(claim)) return { fact: undefined, problems: [] };
  const inspected = inspectModelText(claim.text);
  // Damaged by cleaning: not used as it is; the model's own text goes to the repair.
  if (inspected.damage !== undefined)
    return { fact: undefined, problems: [inspected.damage], text: claim.text };
  const text = inspected.text;
  const cited = [...new Set(claim.cites)].map((no) => ({ no, sentence: byNumber.get(no) }));
  const unknown = cited.filter((entry) => entry.sentence === undefined).map((entry) => entry.no);
  const outside = cited
    .filter((entry) => entry.sentence && !scope.includes(entry.sentence.sourceId))
    .map((entry) => entry.no);
  const spans = cited.flatMap((entry) =>
    entry.sentence && scope.includes(entry.sentence.sourceId) ? [entry.sentence] : [],
  );
  const problems: string[] = [];
  if (unknown.length > 0) problems.push(`cites sentences that do not exist: ${unknown.join(', ')}`);
  if (outside.length > 0) problems.push(`cites sentences of another source: ${outside.join(', ')}`);
  if (spans.length === 0) problems.push('cites no sentence of its source');
  // A unit with broken citations is not used as it is; its text still goes to the repair.
  if (problems.length > 0) return { fact: undefined, problems, text };
  return { fact: factFrom(text, spans), problems };
}

function factFrom(text: string, spans: readonly NumberedSentence[]): Fact {
  const norm = normalizeForMatch(text);
  const evidence = spans.map(({ sourceId, start, end, text: span }) => ({
    sourceId,
    start,
    end,
    text: span,
  }));
  return stancedFact(
    text,
    evidence,
    spans.some((sentence) => normalizeForMatch(sentence.text) === norm),
  );
}

/** A failing unit with its cited passages and the closest sentences of its sources. */
function repairItem(entry: FactSlot, sources: readonly NumberedSource[]): RepairItem {
  const text = entry.current?.text ?? entry.written ?? '';
  const candidates = sources
    .filter((source) => entry.scope.includes(source.document.id))
    .flatMap((source) => source.sentences);
  const cited = new Set((entry.current?.evidence ?? []).map((span) => `${span.sourceId}:${span.start}`));
  const passages = candidates
    .map((sentence) => ({
      sentence,
      score: (cited.has(`${sentence.sourceId}:${sentence.start}`) ? 1 : 0) + similarity(text, sentence.text),
    }))
    .sort((a, b) => b.score - a.score || a.sentence.no - b.sentence.no)
    .slice(0, 4)
    .map(({ sentence }) => ({ no: sentence.no, text: sentence.text }));
  return { id: entry.path, text, problems: entry.problems, passages };
}

export type { ModelCaller };
