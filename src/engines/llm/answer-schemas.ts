import { z } from 'zod';

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
export type SectionAnswer = z.infer<typeof SectionAnswerSchema>;

/** What the call for the title, the 💡 points and the closing returns. */
export const FrameAnswerSchema = z.strictObject({
  title: ClaimAnswerSchema,
  leadPoints: threeClaims,
  closing: z.strictObject({ sentence: ClaimAnswerSchema, points: threeClaims }),
});
export type FrameAnswer = z.infer<typeof FrameAnswerSchema>;

/** What a repair call returns: rewritten units by the id they were given. */
export const RepairAnswerSchema = z.strictObject({
  units: z
    .array(
      z.strictObject({
        id: z.string(),
        text: z.string().min(1).max(400),
        cites: z.array(z.number().int().positive()).max(8),
      }),
    )
    .max(40),
});
export type RepairAnswer = z.infer<typeof RepairAnswerSchema>;
