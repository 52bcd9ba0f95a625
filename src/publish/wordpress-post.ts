// What an article becomes on WordPress: its title, the html renderer's <article> as the content
// (inside one Custom HTML block, so WordPress shows it as written and does not re-wrap it), the
// three 💡 points as the excerpt, a deterministic slug, and a marker comment naming the article and
// its revision, by which a retry finds the post it made before even if WordPress changed its slug.
// A featured image is part of the revision (its content hash) and its credit part of the content.
import { createHash } from 'node:crypto';
import type { Article } from '../domain/article.ts';
import { type HtmlImageCredit, renderHtmlArticle } from '../render/index.ts';
import { pointText } from '../render/labels.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The featured image as the post shows it: its content hash, credit and source. */
export interface PostImage extends HtmlImageCredit {
  /** "sha256:<hex>" of the image's bytes. */
  hash: string;
}

/**
 * "sha256:<hex>" of what the post shows (title, content, excerpt, and the featured image when there
 * is one): any change to it is a new revision, and the same article read back from its JSON file is
 * the same revision.
 */
export function articleRevision(article: Article, image?: PostImage): string {
  const shown = [article.title.text, renderHtmlArticle(article, imageOption(image)), excerptOf(article)];
  return `sha256:${sha256(JSON.stringify(image === undefined ? shown : [...shown, image.hash]))}`;
}

const imageOption = (image: PostImage | undefined) =>
  image === undefined
    ? {}
    : {
        image: {
          credit: image.credit,
          ...(image.sourceId === undefined ? {} : { sourceId: image.sourceId }),
        },
      };

function excerptOf(article: Article): string {
  return article.leadPoints.map((point) => `💡 ${pointText(point, article)}`).join('\n');
}

/**
 * The post's slug: the article's name when it is a plain ASCII slug (lower case letters, digits,
 * hyphens), else `matome-` and a digest of the name, so the same article always gets the same slug.
 */
export function postSlugFor(articleSlug: string): string {
  const plain = articleSlug.toLowerCase();
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(plain) && plain.length <= 150) return plain;
  return `matome-${sha256(articleSlug).slice(0, 16)}`;
}

/** The searchable token naming the article (all its revisions) in a post's content. */
export function articleMarker(articleSlug: string): string {
  return `matome-article-${sha256(articleSlug).slice(0, 20)}`;
}

/**
 * The featured image's name on the site, from its content hash: its slug, title and file name, by
 * which a retry finds the media an earlier run uploaded (the same image is uploaded once).
 */
export function imageMarker(hash: string): string {
  return `matome-image-${hash.replace(/^sha256:/, '').slice(0, 24)}`;
}

/** The token naming one revision of the article. */
export function revisionMarker(revision: string): string {
  return `matome-revision-${revision.replace(/^sha256:/, '').slice(0, 20)}`;
}

/** Title, content and excerpt of the post for one revision of an article (with its image's credit). */
export function wordpressPostText(
  article: Article,
  articleSlug: string,
  revision: string,
  image?: PostImage,
): { title: string; content: string; excerpt: string } {
  const marker = `<!-- ${articleMarker(articleSlug)} ${revisionMarker(revision)} -->`;
  return {
    title: article.title.text,
    // Brackets as character references: WordPress runs shortcodes ([embed], [audio] …) over post
    // content, and text from a source must stay text.
    content: `<!-- wp:html -->\n${marker}\n${renderHtmlArticle(article, imageOption(image)).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;')}\n<!-- /wp:html -->`,
    excerpt: excerptOf(article),
  };
}
