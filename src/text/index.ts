export { extractKeyphrases, type Keyphrase } from './keyphrases.ts';
export { charBigrams, normalizeForMatch, similarity } from './normalize.ts';
export { type SentenceSpan, splitSentences } from './split-sentences.ts';
export { detectStance, type Stance } from './stance.ts';
export { createTokenizer, type Token, type Tokenizer } from './tokenizer.ts';
