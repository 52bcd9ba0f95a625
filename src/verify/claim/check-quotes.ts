import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import { parseJapaneseNumber } from '../../text/quantities.ts';
import { findPeople, isRoleWord, type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import { describeQuoteSpeaker } from '../../understand/speaker-description.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import type { Alignment } from './alignment.ts';
import { describedAs } from './check-roles.ts';
import { agesIn, attributionWindow, inAgeDecade, mentions, ownWindow } from './speakers.ts';

// Quotes: verbatim, given to their speaker, not cut so that they reverse what was said.

const REVERSING_CONTINUATION =
  /^(?:と(?:言|い)って(?:いる|る)?|とは(?:言|い)って)?(?:の|わけ|もの)?(?:で|じゃ)は?(?:ない|なく|ありません)(?!か)/u;

export function checkQuotes(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const claimOutside = stripQuotes(claim.text, claim.quotes);
  for (const quote of claim.quotes) {
    // Nested quotes are checked with their outer quote.
    if (claim.quotes.some((other) => other !== quote && other.start < quote.start && other.end > quote.end))
      continue;
    // A quote inside a quote is written 『』 (「市長は『…』と話した」); the source wrote it 「」.
    const inner = [quote.inner, quote.inner.replace(/『/gu, '「').replace(/』/gu, '」')]
      .map(normalizeForMatch)
      .reduce((found, variant) =>
        alignment.local.some((understanding) => understanding.norm.includes(found)) ? found : variant,
      );
    if (inner === '') continue;
    const places = alignment.local.flatMap((understanding) =>
      understanding.sentences.filter((sentence) => (alignment.norms.get(sentence) ?? '').includes(inner)),
    );
    const inDocument = alignment.local.some((understanding) => understanding.norm.includes(inner));
    if (places.length === 0 && !inDocument) {
      // A bracketed short name (a group, a product) that is not in the sources is a name problem.
      out.push(
        pathFinding(
          'quote.altered',
          'error',
          path,
          `The quotation 「${quote.inner}」 is not the source's exact words.`,
          claim.text.slice(quote.start, quote.end),
          { text: quote.inner },
        ),
      );
      continue;
    }
    // Cut so that it reverses: what follows the quoted words inside the source's quote negates them.
    for (const sentence of places) {
      const norm = alignment.norms.get(sentence) ?? '';
      const at = norm.indexOf(inner);
      const after = norm.slice(at + inner.length, at + inner.length + 20);
      if (!after.startsWith('」') && REVERSING_CONTINUATION.test(after)) {
        out.push(
          pathFinding(
            'quote.reversed',
            'error',
            path,
            `The quotation 「${quote.inner}」 is cut before 「${after.split('」')[0]}」, which reverses what was said: 「${sentence.text}」.`,
            claim.text.slice(quote.start, quote.end),
            { text: quote.inner, cut: after.split('」')[0] ?? '', sourceText: sentence.text },
          ),
        );
        break;
      }
    }
    // Given to its speaker: the people the claim names before the quote must be the quote's speaker.
    const before = claim.tokens.filter(
      (token) => token.end <= quote.start && claimOutside[token.start] !== '＊',
    );
    // The speaker is the person named last before the quote (桜浜漁業協同組合の村井組合長は「…」).
    const claimed = findPeople(before).slice(-1);
    const quoted = places.filter((sentence) => isQuotedIn(sentence, inner, alignment));
    // A speaker the claim names without a person's name (東雲電工は「…」, 原告の女性は「…」): each
    // noun phrase of it (split at の) must be named where the source gives the words.
    const described = claimed.length === 0 && quote === claim.quotes[0] ? describedSpeaker(claim) : [];
    // Only where the source names who says the words itself: an unnamed speaker carried over from
    // the sentences before (判決は…。「…」として認めなかった) may be described in other words.
    if (described.length > 0 && quoted.length > 0 && quoted.every(namesOwnSpeaker)) {
      const matches = quoted.some((sentence) => {
        const window = attributionWindow(
          sentence,
          alignment.scope.find((u) => u.document.id === sentence.sourceId),
        );
        const source = sentence.quotes.find((other) => normalizeForMatch(other.inner).includes(inner));
        const roles = source === undefined ? [] : (describeQuoteSpeaker(sentence, source)?.roles ?? []);
        return described.every(
          (phrase) =>
            window.includes(phrase) ||
            agesIn(window).includes(ageOf(phrase)) ||
            inAgeDecade(decadeOf(phrase), window) ||
            // An office the source's description gives in other words (保護者会長 ⇄ 保護者会の会長).
            (isRoleWord(phrase) && roles.some((role) => describedAs(phrase, role, window))),
        );
      });
      if (!matches)
        out.push(
          pathFinding(
            'quote.speaker',
            'error',
            path,
            `The quotation 「${quote.inner}」 is given to ${claim.quoteSpeaker}, but the source gives it to someone else: 「${(quoted[0] as SourceSentence).text}」.`,
            claim.text.slice(quote.start, quote.end),
            {
              text: quote.inner,
              speaker: claim.quoteSpeaker ?? '',
              sourceText: (quoted[0] as SourceSentence).text,
            },
          ),
        );
    }
    if (claimed.length > 0 && quoted.length > 0) {
      const matches = quoted.some((sentence) => {
        const window = speakerWindow(sentence, alignment);
        return (
          claimed.some((person) => mentions(window, person)) ||
          claimed.some((person) => mentions(relayedFrom(sentence, inner), person))
        );
      });
      if (!matches)
        out.push(
          pathFinding(
            'quote.speaker',
            'error',
            path,
            `The quotation 「${quote.inner}」 is given to ${claimed.join('・')}, but the source gives it to someone else: 「${(quoted[0] as SourceSentence).text}」.`,
            claim.text.slice(quote.start, quote.end),
            {
              text: quote.inner,
              speaker: claimed.join('・'),
              sourceText: (quoted[0] as SourceSentence).text,
            },
          ),
        );
    }
  }
  return out;
}

// Words a body relays without naming who said them (「…」と話しているといい、同署は…): hearsay
// (という, といい, とのこと) after a verb of saying. Their speaker is not the body that relays them.
const RELAYED_AFTER =
  /^」と(?:話|言|い|述べ|説明|供述|証言)(?:して|って)?(?:いる|いた)?(?:と(?:いう|いい|のこと)|そうだ)/u;

/**
 * The text of the sentence before one whose quote has no speaker of its own and is relayed as
 * hearsay: the one who said the words is among those it names (…容疑者を逮捕した。「…」と話している
 * といい), not only its topic, which relays them. '' otherwise.
 */
function relayedFrom(sentence: SourceSentence, inner: string): string {
  if (namesOwnSpeaker(sentence) || sentence.previous === undefined) return '';
  const norm = normalizeForMatch(sentence.text);
  const at = norm.indexOf(inner);
  if (at < 0 || !RELAYED_AFTER.test(norm.slice(at + inner.length))) return '';
  return normalizeForMatch(stripQuotes(sentence.previous.text, sentence.previous.quotes));
}

/** True when the quoted words stand inside a quote of the sentence (not in its narrative). */
function isQuotedIn(sentence: SourceSentence, inner: string, alignment: Alignment): boolean {
  const norm = alignment.norms.get(sentence) ?? '';
  return (
    sentence.quotes.some((quote) => normalizeForMatch(quote.inner).includes(inner)) ||
    norm.includes(`「${inner}`)
  );
}

/**
 * The noun phrases of the speaker a claim gives its quote to (the topic before 「, as
 * read-sentence finds it), split at の: 原告の元教員の女性 → 原告, 元教員, 女性. None when the speaker
 * is a 同- word (同社は: its antecedent is not in the claim) or is not named at all.
 */
function describedSpeaker(claim: SentenceReading): string[] {
  const speaker = claim.quoteSpeaker;
  if (speaker === undefined || /^同/u.test(speaker)) return [];
  return speaker.split('の').filter((phrase) => phrase !== '');
}

/** True when a source sentence names who speaks its quote itself: a topic before 「 or a person's name outside the quote. */
function namesOwnSpeaker(sentence: SourceSentence): boolean {
  const own = stripQuotes(sentence.text, sentence.quotes);
  return (
    sentence.quoteSpeaker !== undefined ||
    sentence.tokens.some((token) => token.nameKind === 'person' && own[token.start] !== '＊')
  );
}

/**
 * Where the speaker of a source sentence's quote is named, for a claim that gives the words to a
 * person or name: the sentence alone when it answers the one before (answers), else the sentence
 * with the one it carries on from (speakers.ts attributionWindow).
 */
function speakerWindow(sentence: SourceSentence, alignment: Alignment): string {
  return answers(sentence)
    ? ownWindow(sentence)
    : attributionWindow(
        sentence,
        alignment.scope.find((u) => u.document.id === sentence.sourceId),
      );
}

/**
 * True when a source sentence gives its quote to one it names by a name of its own, no office
 * (紅葉汽船は「…」としている: no 同- word, no 社長 who may be the staff of one named before), right
 * after a sentence that gives the words of another (A社は…と説明している。B社は「…」としている):
 * the two sides of an account, the quote B's words and not A's.
 */
function answers(sentence: SourceSentence): boolean {
  const phrase = sentence.quoteSpeaker;
  const quote = sentence.quotes[0];
  const other = sentence.previous?.speaker ?? sentence.previous?.quoteSpeaker;
  if (
    phrase === undefined ||
    quote === undefined ||
    other === undefined ||
    phrase.includes(other) ||
    other.includes(phrase) ||
    isRoleWord(phrase) ||
    /^[同両当本]/u.test(phrase)
  )
    return false;
  const at = sentence.text.lastIndexOf(phrase, quote.start);
  if (at < 0 || at + phrase.length > quote.start) return false;
  const inPhrase = (start: number, end: number) => start >= at && end <= at + phrase.length;
  return (
    sentence.references.every((reference) => !inPhrase(reference.start, reference.end)) &&
    sentence.tokens.some(
      (token) =>
        inPhrase(token.start, token.end) && (token.nameKind !== undefined || token.posDetail === '固有名詞'),
    )
  );
}

/** The age a speaker's phrase gives (78歳, 八十一歳), or NaN. */
function ageOf(phrase: string): number {
  const age = /^([0-9０-９〇一二三四五六七八九十]{1,4})歳$/u.exec(phrase)?.[1];
  return (age === undefined ? undefined : parseJapaneseNumber(age.normalize('NFKC'))) ?? Number.NaN;
}

/** The decade an age phrase gives (70代), or NaN. */
function decadeOf(phrase: string): number {
  const decade = /^([0-9]{2,3})代$/u.exec(phrase.normalize('NFKC'))?.[1];
  return decade === undefined ? Number.NaN : Number(decade);
}
