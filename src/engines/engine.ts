import type { Article } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import type { Finding, Report } from '../domain/report.ts';
import type { Tokenizer } from '../text/tokenizer.ts';
import type { Understanding } from '../understand/understand-document.ts';

/** What an engine gets besides the documents: collaborators, injected by the pipeline. */
export interface EngineContext {
  tokenizer: Tokenizer;
  signal?: AbortSignal;
  /** What each source says, read once per build (engines read it instead of re-tokenising). */
  understanding?: Understanding;
  /**
   * The verifier, for engines that check and repair their own drafts (the llm engine). Engines
   * may not import verify/, so the pipeline passes it in.
   */
  verify?: (article: Article, documents: readonly Document[]) => Report;
  /**
   * The language model judge of the build (`build --judge`), for engines that repair their drafts:
   * its doubts on the units the verifier's `report` supports, as `support.judge` warnings.
   */
  judge?: (article: Article, documents: readonly Document[], report: Report) => Promise<Finding[]>;
}

/** Port: turns extracted documents into an Article draft. Implementations: offline and llm. */
export interface Engine {
  readonly name: Article['engine']['name'];
  composeArticle(documents: readonly Document[], context: EngineContext): Promise<Article>;
}
