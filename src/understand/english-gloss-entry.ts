/**
 * The constructors of the English vocabulary's entries (english-gloss.ts, english-news-words.ts):
 * a noun with its counter, a する verb, a verb with its past, and the variants of a verb's use.
 */
import type { NounGloss, VerbFrame, VerbGloss } from './english-gloss.ts';

export const noun = (ja: string, counter?: string): NounGloss => ({
  kind: 'noun',
  ja,
  ...(counter === undefined ? {} : { counter }),
});
export const suru = (verbalNoun: string, frame: VerbFrame): VerbGloss => ({
  kind: 'verb',
  ja: `${verbalNoun}する`,
  past: `${verbalNoun}した`,
  frame,
  noun: verbalNoun,
});
export const verb = (ja: string, past: string, frame: VerbFrame): VerbGloss => ({
  kind: 'verb',
  ja,
  past,
  frame,
});
/** A する verb whose English passive is another Japanese verb (injure: were injured → 負傷した). */
export const undergo = (gloss: VerbGloss, passive: string): VerbGloss => ({
  ...gloss,
  passive: { ja: `${passive}する`, past: `${passive}した` },
});
/** A verb that may stand with no object, in another Japanese verb (begin: 始める / 始まる). */
export const either = (gloss: VerbGloss, ja: string, past: string): VerbGloss => ({
  ...gloss,
  intransitive: { ja, past },
});
/** A verb whose object takes a particle other than を (attend → に出席する). */
export const taking = (gloss: VerbGloss, particle: string): VerbGloss => ({
  ...gloss,
  objectParticle: particle,
});
