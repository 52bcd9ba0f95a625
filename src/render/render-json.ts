import type { Article } from '../domain/article.ts';
import { ArticleSchema } from '../domain/article.ts';

/**
 * The Article model as pretty JSON. Parsing through the schema fixes the key order (schema order),
 * so the same article always serialises to the same bytes.
 */
export function renderJson(article: Article): string {
  return `${JSON.stringify(ArticleSchema.parse(article), null, 2)}\n`;
}
