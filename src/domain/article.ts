import { z } from 'zod';

/**
 * Text a reader sees. Never empty, never a leaked template value: a missing optional value is
 * absent from the model, so these strings can be rendered without checks.
 */
const LEAK = /(^|[^A-Za-z_])(undefined|NaN)([^A-Za-z_]|$)|\[object Object\]|\{\{[^}]*\}\}|\$\{[^}]*\}/;
// One line, no control characters: every text unit renders on its own line in the text format.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

/**
 * Invisible format characters that change how text around them displays or reads without showing
 * themselves: bidirectional embeddings, overrides, isolates and marks (U+202E can make "txt.exe"
 * show as "exe.txt"), zero-width space, word joiner and byte-order mark, invisible operators,
 * interlinear annotation marks, soft hyphen. Not the zero-width (non-)joiners, which emoji and
 * some scripts need. No displayed string may hold them; extraction removes them from sources.
 */
const INVISIBLE_SOURCE =
  '[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]';
const INVISIBLE = new RegExp(INVISIBLE_SOURCE, 'u');
const INVISIBLE_ALL = new RegExp(INVISIBLE_SOURCE, 'gu');

/** `text` without invisible format characters (bidi controls, zero-width space, BOM …). */
export function removeInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE_ALL, '');
}

/** True when `value` may be shown as is: one line, not blank, not padded, no leaked template value. */
export function isDisplayText(value: string): boolean {
  return (
    value.length > 0 &&
    value.trim() === value &&
    !CONTROL.test(value) &&
    !INVISIBLE.test(value) &&
    !LEAK.test(value)
  );
}

export const DisplayTextSchema = z
  .string()
  .min(1)
  .refine((value) => value.trim() === value && value.trim().length > 0, 'must not be blank or padded')
  .refine((value) => !CONTROL.test(value), 'must be one line without control characters')
  .refine((value) => !INVISIBLE.test(value), 'must not contain bidi controls or other invisible characters')
  .refine((value) => !LEAK.test(value), 'must not contain a leaked template value');

/** A character span [start, end) of one source's stored text, with the text it covers. */
export const EvidenceSchema = z
  .object({
    sourceId: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    text: z.string().min(1),
  })
  .refine((span) => span.end > span.start && span.text.length === span.end - span.start, {
    message: 'span must be non-empty and its text as long as the span',
  });
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * A factual text unit: anything a reader could take as fact. It carries the evidence it rests on,
 * who the source says said it (speaker) and how sure the source is (modality).
 */
export const FactSchema = z
  .object({
    kind: z.literal('fact'),
    text: DisplayTextSchema,
    evidence: z.array(EvidenceSchema).min(1),
    /** asserted: the source states it; reported: the source attributes it to someone; hedged: the source is unsure. */
    modality: z.enum(['asserted', 'reported', 'hedged']),
    /** Who the source says made the claim, when it is someone's claim. */
    speaker: DisplayTextSchema.optional(),
    /** True when `text` is the source's exact words (a quotation, to be marked as such). */
    verbatim: z.boolean(),
    /**
     * A text that is not verbatim but quotes part of its source: [start, end) of `text` (code units)
     * are the source's exact words, written inside 「」 in `text` itself (気象台によると、「…」という。);
     * the rest is the article's words around them (who said it, the act of saying).
     */
    quote: z.object({ start: z.number().int().positive(), end: z.number().int().positive() }).optional(),
  })
  .refine((fact) => fact.quote === undefined || isQuotedPart(fact.text, fact.quote, fact.verbatim), {
    message: 'a quoted part lies inside 「」 of a text that is not verbatim, with no bracket inside it',
    path: ['quote'],
  });
export type Fact = z.infer<typeof FactSchema>;

/** True when [start, end) of `text` is a non-empty span inside 「」 with no bracket of its own, in a text not verbatim. */
export function isQuotedPart(text: string, span: { start: number; end: number }, verbatim: boolean): boolean {
  const words = text.slice(span.start, span.end);
  return (
    !verbatim &&
    span.end > span.start &&
    text[span.start - 1] === '「' &&
    text[span.end] === '」' &&
    !/[「」]/u.test(words) &&
    words.trim() === words
  );
}

/** A voice line (comment, dialogue): reacts or asks, adds no facts. Not a claim. */
export const VoiceLineSchema = z.object({
  kind: z.literal('voice'),
  role: z.enum(['explainer', 'reader']),
  text: DisplayTextSchema,
});
export type VoiceLine = z.infer<typeof VoiceLineSchema>;

export const DialogueLineSchema = VoiceLineSchema.extend({
  position: z.enum(['before-body', 'after-body']),
});
export type DialogueLine = z.infer<typeof DialogueLineSchema>;

/** A body paragraph. `quotation` paragraphs are the source's own sentences, shown as a marked quote. */
export const ParagraphSchema = z.object({
  kind: z.enum(['quotation', 'prose']),
  sentences: z.array(FactSchema).min(1),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

const three = <T extends z.ZodType>(item: T) => z.tuple([item, item, item]);

/** Source card: filled by code from the page's metadata, never by a model. */
export const SourceCardSchema = z.object({
  /** ISO 8601; absent when the page gives none (rendered as 公開日不明). */
  publishedAt: z.string().optional(),
  siteName: DisplayTextSchema.optional(),
  url: z.url(),
  image: z.object({ url: z.url(), credit: DisplayTextSchema }).optional(),
  summary: three(FactSchema),
});
export type SourceCard = z.infer<typeof SourceCardSchema>;

export const SectionSchema = z.object({
  sourceId: z.string(),
  heading: FactSchema,
  hook: z.object({ question: FactSchema, answer: FactSchema }),
  comment: VoiceLineSchema,
  card: SourceCardSchema,
  dialogue: z.array(DialogueLineSchema).min(2),
  body: z.array(ParagraphSchema).min(1),
});
export type Section = z.infer<typeof SectionSchema>;

export const SourceRefSchema = z.object({
  id: z.string(),
  url: z.string(),
  title: DisplayTextSchema,
  siteName: DisplayTextSchema.optional(),
  publishedAt: z.string().optional(),
  author: DisplayTextSchema.optional(),
  image: z.string().optional(),
  lang: z.string(),
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  textLength: z.number().int().nonnegative(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/**
 * Where the sources disagree on a number, date or a person's role: each source's value with the
 * passage that states it. Filled by code (verify/find-conflicts.ts), shown to the reader openly.
 */
export const ConflictSchema = z.object({
  kind: z.enum(['number', 'date', 'role']),
  /** Short words naming what differs, e.g. 新規雇用 or 村井直人の肩書き. */
  subject: DisplayTextSchema,
  claims: z
    .array(z.object({ sourceId: z.string(), value: DisplayTextSchema, evidence: EvidenceSchema }))
    .min(2),
});
export type Conflict = z.infer<typeof ConflictSchema>;

/**
 * One entry of the explainer parts (timeline, key figures, who said what): a fact of one source,
 * written by code from the build's reading of it. It rests on its own source only (`sourceId`),
 * as a section does; the outlet is named where it is shown.
 */
const ExplainerEntrySchema = z.object({ sourceId: z.string(), fact: FactSchema });

/**
 * Article-level parts no single source has, selected and arranged by code across the sources:
 * dated facts in date order (時系列), key figures (数字で見る: what is counted and its value, who
 * reports it) and who said what (short marked quotes with their speaker). Absent when the
 * engine builds none (the llm engine, or sources with nothing dated, counted or quoted).
 */
export const ExplainerSchema = z.object({
  /** Dated facts in date order; `date` is the date as shown (2026年3月14日), `sortKey` YYYY-MM-DD. */
  timeline: z.array(
    ExplainerEntrySchema.extend({
      date: DisplayTextSchema,
      sortKey: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    }),
  ),
  /** Key figures: `fact.text` names what is counted and gives the value (総事業費は約5600億円。). */
  figures: z.array(ExplainerEntrySchema),
  /** Short quotes: `fact` is verbatim (the quote's words), `speaker` who the source says said it. */
  quotes: z.array(ExplainerEntrySchema.extend({ speaker: DisplayTextSchema })),
});
export type Explainer = z.infer<typeof ExplainerSchema>;

/** Every entry of the explainer parts with its path, in reading order. */
export function explainerEntries(
  explainer: Explainer | undefined,
): Array<{ path: string; sourceId: string; fact: Fact }> {
  if (explainer === undefined) return [];
  return [
    ...explainer.timeline.map((entry, i) => ({ path: `explainer.timeline[${i}].fact`, ...entry })),
    ...explainer.figures.map((entry, i) => ({ path: `explainer.figures[${i}].fact`, ...entry })),
    ...explainer.quotes.map((entry, i) => ({ path: `explainer.quotes[${i}].fact`, ...entry })),
  ].map(({ path, sourceId, fact }) => ({ path, sourceId, fact }));
}

/**
 * A dated note added when a source changed after the article was first built (追記), or corrected
 * itself (訂正): written by code from the sentence-by-sentence comparison of the source's old and
 * new versions, naming the outlet and what changed. Notes are kept from revision to revision.
 */
export const ArticleUpdateSchema = z.object({
  /** ISO 8601 time the change was found. */
  at: z.iso.datetime({ offset: true }),
  /** update: the source changed or added a fact (追記); correction: it corrected itself (訂正). */
  kind: z.enum(['update', 'correction']),
  /** The outlet whose article changed, as the reader is told it (site name or host). */
  outlet: DisplayTextSchema,
  /** The changed source's address. */
  url: z.string(),
  /** What changed, in one line (「…」から「…」に変更、新たに「…」). */
  text: DisplayTextSchema,
});
export type ArticleUpdate = z.infer<typeof ArticleUpdateSchema>;

const count = z.number().int().nonnegative();

/**
 * The language model's second opinion on the article (`build --judge MODEL`): how many factual units
 * the rules support were judged, doubted, failed or left unjudged by the budget, what the calls cost,
 * and each doubt with the unit's text at the time (a doubt no longer applies once the text changes).
 */
export const JudgeRecordSchema = z.object({
  model: z.string(),
  /** Distinct questions (a unit's text and scope) asked at most per build; cache hits count too. */
  budget: count,
  judged: count,
  doubted: count,
  failed: count,
  /** Units the rules support that the budget left unjudged. */
  skipped: count,
  /** Model calls of the judge during the build (its cache hits counted apart). */
  usage: z.object({ calls: count, cachedCalls: count, inputTokens: count, outputTokens: count }),
  doubts: z.array(
    z.object({
      path: z.string(),
      text: z.string(),
      verdict: z.enum(['contradicted', 'not-stated']),
      reason: z.string(),
      cites: z.array(EvidenceSchema),
    }),
  ),
  errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
});
export type JudgeRecord = z.infer<typeof JudgeRecordSchema>;

export const ArticleSchema = z
  .object({
    schemaVersion: z.literal(1),
    title: FactSchema,
    leadPoints: three(FactSchema),
    sections: z.array(SectionSchema).min(1),
    closing: z.object({ sentence: FactSchema, points: three(FactSchema) }),
    sources: z.array(SourceRefSchema).min(1),
    engine: z.object({
      name: z.enum(['offline', 'llm']),
      version: z.string(),
      model: z.string().optional(),
      /** Model calls made for this article (cache hits cost nothing and are counted apart). */
      usage: z
        .object({
          calls: z.number().int().nonnegative(),
          cachedCalls: z.number().int().nonnegative(),
          inputTokens: z.number().int().nonnegative(),
          outputTokens: z.number().int().nonnegative(),
        })
        .optional(),
      /**
       * How much of the article's text the model wrote (llm engine): characters of the model's own
       * units against those filled from the sources' words, overall (`share`, 0–1) and per part.
       */
      modelText: z
        .object({
          share: z.number().min(0).max(1),
          modelChars: z.number().int().nonnegative(),
          fallbackChars: z.number().int().nonnegative(),
          parts: z.array(
            z.object({
              /** `frame` (title, 💡 points, closing) or `sections[i]`. */
              part: z.string(),
              modelChars: z.number().int().nonnegative(),
              fallbackChars: z.number().int().nonnegative(),
              units: z.number().int().nonnegative(),
              fallbackUnits: z.number().int().nonnegative(),
            }),
          ),
        })
        .optional(),
      /** Units the engine could not write faithfully and filled from the sources' own sentences instead. */
      fallbacks: z.array(z.object({ path: z.string(), reason: DisplayTextSchema })).optional(),
    }),
    quotation: z.object({
      /** Share of the article's characters that are verbatim source text (0–1). */
      quotedShare: z.number().min(0).max(1),
      /** Said openly when most of the article is quotation, as the offline engine's is by nature. */
      quoteHeavy: z.boolean(),
    }),
    conflicts: z.array(ConflictSchema).optional(),
    /** The language model's second opinion (`build --judge`); absent when no judge was asked. */
    judge: JudgeRecordSchema.optional(),
    explainer: ExplainerSchema.optional(),
    /** 追記 and 訂正 notes, oldest first; absent on an article no source has changed since. */
    updates: z.array(ArticleUpdateSchema).optional(),
  })
  .superRefine((article, ctx) => {
    const ids = new Set(article.sources.map((source) => source.id));
    if (ids.size !== article.sources.length)
      ctx.addIssue({ code: 'custom', message: 'source ids must be unique' });
    const seen = new Set<string>();
    article.sections.forEach((section, index) => {
      if (!ids.has(section.sourceId)) {
        ctx.addIssue({ code: 'custom', path: ['sections', index, 'sourceId'], message: 'unknown source' });
      }
      if (seen.has(section.sourceId)) {
        ctx.addIssue({ code: 'custom', path: ['sections', index], message: 'one section per source' });
      }
      seen.add(section.sourceId);
      // A section speaks only for its own source.
      for (const fact of sectionFacts(section)) {
        for (const span of fact.evidence) {
          if (span.sourceId !== section.sourceId) {
            ctx.addIssue({
              code: 'custom',
              path: ['sections', index],
              message: `evidence from ${span.sourceId} in the section of ${section.sourceId}`,
            });
          }
        }
      }
    });
    for (const fact of articleFacts(article)) {
      for (const span of fact.evidence) {
        if (!ids.has(span.sourceId))
          ctx.addIssue({ code: 'custom', message: `unknown source ${span.sourceId}` });
      }
    }
    for (const entry of explainerEntries(article.explainer)) {
      if (!ids.has(entry.sourceId))
        ctx.addIssue({ code: 'custom', message: `unknown source ${entry.sourceId} at ${entry.path}` });
      for (const span of entry.fact.evidence)
        if (span.sourceId !== entry.sourceId)
          ctx.addIssue({
            code: 'custom',
            message: `evidence from ${span.sourceId} in ${entry.path} of ${entry.sourceId}: an entry rests on its own source`,
          });
      if (entry.path.startsWith('explainer.quotes') && !entry.fact.verbatim)
        ctx.addIssue({
          code: 'custom',
          message: `${entry.path} must be the speaker's exact words (verbatim)`,
        });
    }
    article.conflicts?.forEach((conflict, c) => {
      conflict.claims.forEach((claim, k) => {
        for (const sourceId of new Set([claim.sourceId, claim.evidence.sourceId])) {
          if (!ids.has(sourceId))
            ctx.addIssue({
              code: 'custom',
              path: ['conflicts', c, 'claims', k],
              message: `unknown source ${sourceId}`,
            });
        }
        if (claim.evidence.sourceId !== claim.sourceId)
          ctx.addIssue({
            code: 'custom',
            path: ['conflicts', c, 'claims', k, 'evidence'],
            message: 'a claim rests on its own source',
          });
      });
    });
  });
export type Article = z.infer<typeof ArticleSchema>;

/** Every factual unit of one section, in reading order. */
export function sectionFacts(section: Section): Fact[] {
  return [
    section.heading,
    section.hook.question,
    section.hook.answer,
    ...section.card.summary,
    ...section.body.flatMap((paragraph) => paragraph.sentences),
  ];
}

/** Every factual unit of an article, in reading order. */
export function articleFacts(
  article: Pick<Article, 'title' | 'leadPoints' | 'sections' | 'closing'> &
    Pick<Partial<Article>, 'explainer'>,
): Fact[] {
  return [
    article.title,
    ...article.leadPoints,
    ...explainerEntries(article.explainer).map((entry) => entry.fact),
    ...article.sections.flatMap(sectionFacts),
    article.closing.sentence,
    ...article.closing.points,
  ];
}
