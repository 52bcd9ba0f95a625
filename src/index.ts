// matome's library API: the pipeline, its stages and the Article model.
export type {
  Article,
  DialogueLine,
  Evidence,
  Fact,
  Paragraph,
  Section,
  SourceCard,
  VoiceLine,
} from './domain/article.ts';
export { ArticleSchema, articleFacts, isDisplayText } from './domain/article.ts';
export type { Document } from './domain/document.ts';
export { DocumentSchema } from './domain/document.ts';
export { MatomeError, type MatomeErrorCode } from './domain/errors.ts';
export { type EvidenceProblem, findEvidenceProblems } from './domain/evidence.ts';
export type { Page } from './domain/page.ts';
export type { Engine, EngineContext } from './engines/engine.ts';
export { createOfflineEngine } from './engines/offline/compose-offline-article.ts';
export { extractDocument } from './extract/extract-document.ts';
export { readSource } from './fetch/read-source.ts';
export { type BuildDependencies, type BuildResult, buildArticle } from './pipeline/build-article.ts';
export { type OutputFormat, renderArticle } from './render/index.ts';
export { createTokenizer, type Tokenizer } from './text/tokenizer.ts';
