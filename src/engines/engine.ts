import type { Article } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import type { Tokenizer } from '../text/tokenizer.ts';

/** What an engine gets besides the documents: collaborators, injected by the pipeline. */
export interface EngineContext {
  tokenizer: Tokenizer;
  signal?: AbortSignal;
}

/** Port: turns extracted documents into an Article draft. Implementations: offline (and llm, later). */
export interface Engine {
  readonly name: Article['engine']['name'];
  composeArticle(documents: readonly Document[], context: EngineContext): Promise<Article>;
}
