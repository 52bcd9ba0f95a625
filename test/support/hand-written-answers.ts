// Hand-written model answers for one sample cluster: what a good explainer writer would return
// for each llm-engine call — fluent paraphrase, every claim citing its sentence numbers. Unlike
// scripted-answers.ts (the sources' own sentences, too quote-heavy to publish), these are meant to
// pass the verifier as publishable. The fixture lives in test/fixtures/llm/<cluster>.answers.json.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FrameAnswerSchema, SectionAnswerSchema } from '../../src/engines/llm/answer-schemas.ts';
import type { LlmReply, LlmRequestRecord } from './llm-server.ts';
import { callKind, goodRepair, numberedLines, sectionIndex } from './scripted-answers.ts';

/** A fixture: the frame answer and one section answer per source, in source order (S1 first). */
export const HandWrittenAnswersSchema = z.strictObject({
  cluster: z.string().min(1),
  frame: FrameAnswerSchema,
  sections: z
    .array(
      z.strictObject({
        /** The source's headline as the prompt shows it (`（見出し）…` in the Sn block): guards against reordered samples. */
        sourceTitle: z.string().min(1),
        answer: SectionAnswerSchema,
      }),
    )
    .min(1),
});
export type HandWrittenAnswers = z.infer<typeof HandWrittenAnswersSchema>;

/** Reads and validates a hand-written answers fixture; a broken fixture fails here, not in the engine. */
export function loadHandWrittenAnswers(path: string): HandWrittenAnswers {
  return HandWrittenAnswersSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Every sentence number an answer cites, wherever it sits in the answer. */
function citedNumbers(value: unknown): number[] {
  if (Array.isArray(value)) return value.flatMap(citedNumbers);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'cites' && Array.isArray(inner)
      ? inner.filter((no) => typeof no === 'number')
      : citedNumbers(inner),
  );
}

/**
 * The answer, after checking that the prompt shows every sentence it cites. The numbers were read
 * off one version of the samples; if sentence splitting or a sample changes, the fixture is stale
 * and the test should say so rather than publish claims resting on the wrong sentences.
 */
function checked(what: string, prompt: string, answer: unknown): LlmReply {
  const shown = new Set(numberedLines(prompt).map((line) => line.no));
  const missing = [...new Set(citedNumbers(answer))].filter((no) => !shown.has(no));
  if (missing.length > 0) {
    throw new Error(
      `hand-written ${what} cites sentences the prompt does not show: ${missing.join(', ')} (the fixture is stale; renumber it)`,
    );
  }
  return { kind: 'json', value: answer };
}

/**
 * Routes the llm engine's requests to a fixture's answers: the frame call to `frame`, a section
 * call by its `出典 Sn` number to `sections[n-1]`, and a repair to the generic faithful repair.
 * A request the fixture cannot answer throws, which the loopback server turns into a 500 naming it.
 */
export function handWrittenReply(fixture: HandWrittenAnswers): (request: LlmRequestRecord) => LlmReply {
  return (request) => {
    const kind = callKind(request);
    if (kind === 'repair') return { kind: 'json', value: goodRepair(request.prompt) };
    if (kind === 'frame') return checked('frame', request.prompt, fixture.frame);
    const index = sectionIndex(request);
    const section = fixture.sections[index - 1];
    if (section === undefined) {
      throw new Error(`hand-written answers for ${fixture.cluster} have no section S${index}`);
    }
    if (!request.prompt.includes(` S${index}>>>\n（見出し）${section.sourceTitle}\n`)) {
      throw new Error(
        `hand-written section S${index} of ${fixture.cluster} is for 「${section.sourceTitle}」, which the prompt does not name as S${index}`,
      );
    }
    return checked(`section S${index}`, request.prompt, section.answer);
  };
}
