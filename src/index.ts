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
export { ArticleSchema, articleFacts, isDisplayText, type JudgeRecord } from './domain/article.ts';
export type { Document } from './domain/document.ts';
export { DocumentSchema } from './domain/document.ts';
export { MatomeError, type MatomeErrorCode } from './domain/errors.ts';
export { type EvidenceProblem, findEvidenceProblems } from './domain/evidence.ts';
export type { Page } from './domain/page.ts';
export { type Finding, FindingSchema } from './domain/report.ts';
export {
  type StoryAssignment,
  type StoryCorrection,
  type StoryItem,
  StoryItemSchema,
} from './domain/story-item.ts';
export type { Engine, EngineContext } from './engines/engine.ts';
export { createModelCaller, type LlmCache } from './engines/llm/call-model.ts';
export { createLlmEngine, type LlmEngineOptions } from './engines/llm/compose-llm-article.ts';
export { createLanguageModel } from './engines/llm/create-language-model.ts';
export { createOfflineEngine } from './engines/offline/compose-offline-article.ts';
export { extractDocument } from './extract/extract-document.ts';
export { type Feed, type FeedItem, parseFeed } from './feeds/parse-feed.ts';
export { createGuardedFetch } from './fetch/guarded-fetch.ts';
export { readSource } from './fetch/read-source.ts';
export { createRobotsPolicy } from './fetch/robots-policy.ts';
export {
  type BuildDependencies,
  type BuildResult,
  buildArticle,
  loadPage,
  readFeedLinks,
} from './pipeline/build-article.ts';
export { clusterStories, createStoredClustering } from './pipeline/cluster-stored-items.ts';
export { type ArticleJudge, createArticleJudge, DEFAULT_JUDGE_BUDGET } from './pipeline/judge-article.ts';
export { type OutputFormat, renderArticle } from './render/index.ts';
export { createSqliteStore } from './store/create-sqlite-store.ts';
export { createStoryStore, type StoryStore } from './store/create-story-store.ts';
export type { Store } from './store/store.ts';
export { type Assignment, type ClusterSettings, createStoryClusterer } from './stories/cluster-items.ts';
export { clusterItems } from './stories/cluster-stories.ts';
export { type ItemReading, readItem } from './stories/read-item.ts';
export { createTokenizer, type Tokenizer } from './text/tokenizer.ts';
export {
  createUnderstanding,
  type DocumentUnderstanding,
  type Understanding,
} from './understand/understand-document.ts';
export { type ClaimCheck, checkClaim } from './verify/check-claim.ts';
export { findConflicts } from './verify/find-conflicts.ts';
export { lintArticle } from './verify/lint-article.ts';
export { lintText } from './verify/lint-text.ts';
export { renderReportHtml, renderReportText } from './verify/render-report.ts';
export { DEFAULT_RIGHTS_LIMITS, type RightsLimits, rightsReport } from './verify/rights-report.ts';
export { type ClaimVerdict, verifyArticle, verifyClaim } from './verify/verify-article.ts';
export type { Report, Verdict } from './verify/verify-report.ts';
export { verifyText } from './verify/verify-text.ts';
