import type { Article } from '../domain/article.ts';
import { type HtmlImageCredit, renderHtml, renderHtmlArticle } from './render-html.ts';
import { renderJson } from './render-json.ts';
import { renderMarkdown } from './render-markdown.ts';
import { renderText } from './render-text.ts';

export type OutputFormat = 'txt' | 'md' | 'html' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['txt', 'md', 'html', 'json'];

/** Renders an article in one output format. */
export function renderArticle(article: Article, format: OutputFormat): string {
  switch (format) {
    case 'txt':
      return renderText(article);
    case 'md':
      return renderMarkdown(article);
    case 'html':
      return renderHtml(article);
    case 'json':
      return renderJson(article);
  }
}

export { type HtmlImageCredit, renderHtml, renderHtmlArticle, renderJson, renderMarkdown, renderText };
