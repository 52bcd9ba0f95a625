import { z } from 'zod';

// Two schemas per answer. The strict one is sent to the model (as a JSON schema, a grammar, or a
// description in the prompt). The reading one takes what came back item by item: an item that
// breaks the strict schema (a citation of -1, an empty text, a 500-character comment) becomes a
// Rejected item naming the field and the rule, and only that unit falls back, not the whole part.

/** A statement the model writes, with the numbers of the source sentences it rests on. */
export const ClaimAnswerSchema = z.strictObject({
  text: z.string().min(1).max(400),
  cites: z.array(z.number().int().positive()).min(1).max(8),
});
export type ClaimAnswer = z.infer<typeof ClaimAnswerSchema>;

const voice = z.string().min(1).max(200);
const threeClaims = z.array(ClaimAnswerSchema).length(3);

/** What one section call returns. Cards, dates, site names and URLs are not asked for. */
export const SectionAnswerSchema = z.strictObject({
  heading: ClaimAnswerSchema,
  hook: z.strictObject({ question: ClaimAnswerSchema, answer: ClaimAnswerSchema }),
  comment: voice,
  summary: threeClaims,
  dialogue: z.strictObject({ opening: voice, question: voice, closing: voice }),
  body: z
    .array(z.strictObject({ sentences: z.array(ClaimAnswerSchema).min(1).max(8) }))
    .min(1)
    .max(3),
});

/** What the call for the title, the 💡 points and the closing returns. */
export const FrameAnswerSchema = z.strictObject({
  title: ClaimAnswerSchema,
  leadPoints: threeClaims,
  closing: z.strictObject({ sentence: ClaimAnswerSchema, points: threeClaims }),
});

/** Longest unit id a repair may send back (ids look like `sections[12].body[2].sentences[7]`). */
export const REPAIR_ID_MAX = 48;

/**
 * What a repair call returns: rewritten units by the id they were given. The id is bounded so a
 * grammar-constrained model cannot spend its whole output budget writing one.
 */
export const RepairAnswerSchema = z.strictObject({
  units: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(REPAIR_ID_MAX),
        text: z.string().min(1).max(400),
        cites: z.array(z.number().int().positive()).min(1).max(8),
      }),
    )
    .max(40),
});

/**
 * What a judge call returns about one claim (`matome verify-claim --judge`): whether the numbered
 * source sentences support it, the numbers it rests on, and why, in one sentence.
 */
export const JudgeAnswerSchema = z.strictObject({
  verdict: z.enum(['supported', 'contradicted', 'not-stated']),
  cites: z.array(z.number().int().positive()).max(8),
  reason: z.string().min(1).max(300),
});
export type JudgeAnswer = z.infer<typeof JudgeAnswerSchema>;

/** An item of an answer that broke the schema: which field and which rule. */
export interface Rejected {
  rejected: string;
}

/** True for an item the reading schema set aside. */
export function isRejected(value: unknown): value is Rejected {
  return typeof value === 'object' && value !== null && 'rejected' in value;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? z.core.toDotPath(issue.path) : '(item)'}: ${issue.message}`)
    .join('; ');
}

/** Reads one item with `schema`; an item that breaks it becomes Rejected instead of failing the answer. */
function item<T>(schema: z.ZodType<T>) {
  return z.unknown().transform((value): T | Rejected => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : { rejected: describeIssues(parsed.error) };
  });
}

/** A list read item by item; a missing list is empty, surplus items are ignored. */
function items<T>(schema: z.ZodType<T>, max: number) {
  return z
    .array(item(schema))
    .optional()
    .transform((list) => (list ?? []).slice(0, max));
}

const claim = item(ClaimAnswerSchema);
const optionalClaim = claim.optional();
const optionalVoice = item(voice).optional();

/** A claim as read: the model's claim, a rejected one, or none. */
export type ClaimRead = ClaimAnswer | Rejected | undefined;
/** A voice line as read. */
export type VoiceRead = string | Rejected | undefined;

/** Reads a section answer; only the top-level shape must hold (an object). */
export const SectionAnswerReadSchema = z.object({
  heading: optionalClaim,
  hook: z.object({ question: optionalClaim, answer: optionalClaim }).optional(),
  comment: optionalVoice,
  summary: items(ClaimAnswerSchema, 3),
  dialogue: z.object({ opening: optionalVoice, question: optionalVoice, closing: optionalVoice }).optional(),
  body: z
    .array(z.object({ sentences: items(ClaimAnswerSchema, 8) }))
    .optional()
    .transform((list) => (list ?? []).slice(0, 3)),
});
export type SectionAnswer = z.infer<typeof SectionAnswerReadSchema>;

/** Reads a frame answer. */
export const FrameAnswerReadSchema = z.object({
  title: optionalClaim,
  leadPoints: items(ClaimAnswerSchema, 3),
  closing: z.object({ sentence: optionalClaim, points: items(ClaimAnswerSchema, 3) }).optional(),
});
export type FrameAnswer = z.infer<typeof FrameAnswerReadSchema>;

/** Reads a repair answer; a unit with a bad id, text or citation is set aside on its own. */
export const RepairAnswerReadSchema = z.object({
  units: items(RepairAnswerSchema.shape.units.element, 40),
});
export type RepairAnswer = z.infer<typeof RepairAnswerReadSchema>;

/** The pair of schemas for one kind of call. */
export interface AnswerSchemas<T> {
  /** Sent to the model. */
  send: z.ZodType;
  /** Reads what came back. */
  read: z.ZodType<T>;
}

export const FRAME_SCHEMAS: AnswerSchemas<FrameAnswer> = {
  send: FrameAnswerSchema,
  read: FrameAnswerReadSchema,
};
export const SECTION_SCHEMAS: AnswerSchemas<SectionAnswer> = {
  send: SectionAnswerSchema,
  read: SectionAnswerReadSchema,
};
export const REPAIR_SCHEMAS: AnswerSchemas<RepairAnswer> = {
  send: RepairAnswerSchema,
  read: RepairAnswerReadSchema,
};

export const JUDGE_SCHEMAS: AnswerSchemas<JudgeAnswer> = {
  send: JudgeAnswerSchema,
  read: JudgeAnswerSchema,
};

/** The JSON schema sent to the model for `schema`. */
export function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-7' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}
