import { excerpt, type LintHit } from './lint-hit.ts';

/**
 * A URL as it appears in running text: a scheme and the characters RFC 3986 allows. The match stops
 * at the first character a URL cannot contain unencoded, such as any Japanese character. Global:
 * use it with matchAll, which does not touch its lastIndex.
 */
export const URL_IN_TEXT = /(?:https?|file|ftp):\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/gi;

// After a URL, these may follow directly: closing brackets and quotes, sentence punctuation
// (。、！？), separators. Letters, digits, opening brackets and symbols (emoji, ⇒) mean the next
// text was glued on: the URL now points elsewhere and the sentence lost its start.
const GLUED = /[\p{L}\p{N}\p{Ps}\p{Pi}\p{S}]/u;

/** True when the character at `at` (just after a URL) is text glued onto that URL. */
export function gluesOn(text: string, at: number): boolean {
  const next = text.codePointAt(at);
  return next !== undefined && next >= 0x80 && GLUED.test(String.fromCodePoint(next));
}
// Sentence punctuation in the glued run shows it is prose, not the Japanese path of an IRI.
const PROSE_PUNCTUATION = /[、。！？!?「」『』]/;

/**
 * Finds URLs immediately followed by non-URL text without whitespace or a line break, as in
 * `…/article/388964両国間の対立は…`. Offsets are into `text`; a hit covers the glued run after the URL.
 */
export function findGluedUrls(text: string): LintHit[] {
  const hits: LintHit[] = [];
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const end = match.index + match[0].length;
    if (!gluesOn(text, end)) continue;
    const run = /^\S+/u.exec(text.slice(end, end + 200))?.[0] ?? '';
    // A short run without punctuation may be an IRI written with Japanese characters
    // (https://ja.wikipedia.org/wiki/東京): worth a look, not proof of a glued sentence.
    const prose = PROSE_PUNCTUATION.test(run) || [...run].length > 15;
    hits.push({
      code: 'url.glued',
      severity: prose ? 'error' : 'warning',
      offset: end,
      length: run.length,
      message: prose
        ? `URL ${match[0]} runs into the following text 「${excerpt(run, 20)}」 with no line break; the link and the sentence are both broken`
        : `URL ${match[0]} is followed directly by 「${excerpt(run, 20)}」; put a space or line break after the URL, or percent-encode it if the characters belong to it`,
      params: { kind: prose ? 'prose' : 'chars', url: match[0], after: excerpt(run, 20) },
      evidence: `${match[0]}${excerpt(run, 20)}`,
    });
  }
  return hits;
}
