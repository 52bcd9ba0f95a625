import type { Fact } from '../domain/article.ts';
import { type Finding, pathFinding } from '../domain/report.ts';
import { normalizeForMatch } from '../text/normalize.ts';
import type { DocumentUnderstanding } from '../understand/understand-document.ts';

// A fact that quotes part of its source (Fact.quote): the quotation is the source's exact words
// (checkClaim's quote.altered), and the article's words around it must be the source sentence's own
// words around them — the same speaker, the same act of saying, nothing the source says of the
// words (a hedge after them: 〜恐れがある, a negation) left out of the quotation and the frame. Only
// the closing of a 〜によると attribution may differ (という / とのことだ / none): it says the same.

// The closing a 〜によると attribution may take or leave: all say "so the source says".
const HEARSAY_CLOSING = /(?:という|とのことだ|とのことです|ということだ|ということです)$/u;
// A dateline before a story's first sentence (【千鳥】) is the page's furniture, not the sentence's words.
const DATELINE = /^【[^】]{1,10}】/u;

/** The words around a quoted part as compared: no brackets, commas or final stop; a hearsay closing alike. */
function frameOf(before: string, after: string): string {
  const tidy = (text: string) => normalizeForMatch(text).replace(/[「」『』、,。．]/gu, '');
  const head = tidy(before.replace(DATELINE, ''));
  const tail = tidy(after);
  return `${head}|${/によると$/u.test(head) ? tail.replace(HEARSAY_CLOSING, '') : tail}`;
}

/**
 * quote.frame errors of a fact with a quoted part: none where a sentence of the scope has the
 * quoted words with the fact's own words around them (frameOf); an error where sentences have the
 * words but none with that frame. Words no sentence has are checkClaim's quote.altered.
 */
export function checkQuotedPart(
  fact: Fact,
  path: string,
  scope: readonly DocumentUnderstanding[],
): Finding[] {
  const quote = fact.quote;
  if (quote === undefined) return [];
  const words = fact.text.slice(quote.start, quote.end);
  const claimed = frameOf(fact.text.slice(0, quote.start), fact.text.slice(quote.end));
  const places = scope.flatMap((read) => read.sentences).filter((sentence) => sentence.text.includes(words));
  if (places.length === 0) return [];
  const framedAlike = places.some((sentence) => {
    const at = sentence.text.indexOf(words);
    return frameOf(sentence.text.slice(0, at), sentence.text.slice(at + words.length)) === claimed;
  });
  if (framedAlike) return [];
  const source = places[0]?.text ?? '';
  return [
    pathFinding(
      'quote.frame',
      'error',
      path,
      `The words around the quotation 「${words}」 are not what the source says around them: 「${source}」.`,
      fact.text,
      { text: words, sourceText: source },
    ),
  ];
}
