import { normalizeForMatch } from '../../text/normalize.ts';
import { stripQuotes } from '../../understand/read-sentence.ts';
import type { DocumentUnderstanding, SourceSentence } from '../../understand/understand-document.ts';

// Who speaks in a source sentence, and whether a text names a person.

/**
 * Text that names who speaks in a sentence: its words outside quotes, and — when it names no
 * speaker of its own — those of the sentences before it: news carries a speaker over several
 * sentences, across paragraphs (高森市長は…。…とも述べた。).
 */
export function attributionWindow(sentence: SourceSentence, document?: DocumentUnderstanding): string {
  const own = stripQuotes(sentence.text, sentence.quotes);
  const hasOwnSpeaker =
    sentence.quoteSpeaker !== undefined ||
    /によると|によれば/u.test(own) ||
    sentence.tokens.some((token) => token.nameKind === 'person' && own[token.start] !== '＊');
  const index = document?.sentences.indexOf(sentence) ?? -1;
  const before =
    hasOwnSpeaker || document === undefined || index < 0
      ? sentence.previous === undefined
        ? []
        : [sentence.previous]
      : document.sentences.slice(Math.max(0, index - 3), index);
  return normalizeForMatch([...before.map((other) => stripQuotes(other.text, other.quotes)), own].join('\n'));
}

/** True when `text` mentions the person: full name, or its first two characters (the surname). */
export function mentions(text: string, person: string): boolean {
  if (text.includes(person)) return true;
  const surname = [...person].slice(0, 2).join('');
  return [...person].length > 2 && text.includes(surname);
}

/** True when a quote gives someone's words: followed by と/との/（speaker）, or a sentence of its own. */
export function isSpeech(text: string, quote: { start: number; end: number; inner: string }): boolean {
  const after = text.slice(quote.end, quote.end + 3);
  return /^(?:と|（|\(|。|$)/u.test(after) || quote.start === 0 || /[。、]$/u.test(quote.inner);
}
