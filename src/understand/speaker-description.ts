import { normalizeForMatch } from '../text/normalize.ts';
import type { Token } from '../text/tokenizer.ts';
import { isRoleWord, type Quote, type SentenceReading } from './read-sentence.ts';

/**
 * How a sentence describes the person or body it gives a quote to: the phrase before the quote's
 * topic (北浜小の保護者会長を務める男性（45）は「…」), read as a structure — the head, the offices,
 * roles and occupations it gives (保護者会長), the bodies it says the speaker works at (旅館で働く),
 * and a person's name when it has one. Pure: read from the sentence's tokens.
 */
export interface SpeakerDescription {
  /** The phrase as written, from the start of its clause to the topic particle (NFKC). */
  text: string;
  /** The person's name in it (宮下晴美 of 教育評論家の宮下晴美さん), when there is one. */
  person?: string;
  /**
   * The offices, roles and occupations it gives: a role word before の or the copula で
   * (教授で…の), one held (組合長を務める), the head itself (校長, 社長 after a name).
   */
  roles: string[];
  /** Bodies it says the speaker works at or belongs to (かすみ荘で働く, 県庁に勤める, 漁協所属). */
  workplaces: string[];
  /** True when the phrase is its head alone (男性は, 同氏は): it describes no one by itself. */
  bare: boolean;
}

// Honorifics written after a name (宮下さん, 古谷氏): they end the head and say nothing of it.
const HONORIFIC = /^(?:さん|氏|君|様|ちゃん)$/u;
// Verbs of holding an office (Xを務める) and of working at a body (Xで働く, Xに勤める, Xに勤務する,
// Xに所属する). A closed class.
const HOLDING = new Set(['務める', '勤める']);
// Verbs of taking an office (Xに就く, Xに就任する): the office taken is held as Xを務める is. A closed class.
const TAKING = new Set(['就く', '就任']);
const WORKING_AT: ReadonlyArray<[particle: string, verb: RegExp]> = [
  ['で', /^(?:働く|勤務|勤める)$/u],
  ['に', /^(?:勤める|勤務|所属)$/u],
];

interface Run {
  text: string;
  person: boolean;
  /** Index of the token after the run. */
  next: number;
}

/** Runs of nouns (a name's tokens in a run of their own), punctuation and particles between them. */
function nounRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  tokens.forEach((token, i) => {
    const noun = (token.pos === '名詞' || token.pos === '接頭詞') && !/^[\p{P}\p{S}]/u.test(token.surface);
    const person = token.nameKind === 'person';
    if (noun && current !== undefined && current.person === person && current.next === i) {
      current.text += token.surface;
      current.next = i + 1;
      return;
    }
    current = noun ? { text: token.surface, person, next: i + 1 } : undefined;
    if (current !== undefined) runs.push(current);
  });
  return runs;
}

/**
 * Reads a speaker phrase's tokens (from the start of its clause to its topic particle, quotes
 * excluded) as a description.
 */
export function describePhrase(tokens: readonly Token[]): SpeakerDescription | undefined {
  const runs = nounRuns(tokens).filter((run) => !HONORIFIC.test(run.text));
  const head = runs.at(-1);
  if (head === undefined) return undefined;
  const roles: string[] = [];
  const workplaces: string[] = [];
  let person: string | undefined;
  for (const run of runs) {
    const text = normalizeForMatch(run.text);
    if (run.person) {
      person = text;
      continue;
    }
    const after = tokens[run.next];
    const verb = tokens[run.next + 1];
    // The last run is the head (校長は, 社長 after a name); a run before の or the copula で is
    // in apposition to it (教育評論家の宮下さん, 教授で…の宮下さん).
    const appositive =
      run === head || after?.surface === 'の' || (after?.surface === 'で' && verb?.pos !== '動詞');
    if (
      (after?.surface === 'を' && HOLDING.has(verb?.baseForm ?? '')) ||
      (after?.surface === 'に' && TAKING.has(verb?.baseForm ?? '')) ||
      // An occupation done (看護師をしている) or a part acted in (従業員として働く): a role word only,
      // since Xをする is also any act (掃除をする).
      (((after?.surface === 'を' && verb?.baseForm === 'する') || after?.surface === 'として') &&
        isRoleWord(text))
    )
      roles.push(text);
    else if (
      WORKING_AT.some(
        ([particle, pattern]) => after?.surface === particle && pattern.test(verb?.baseForm ?? ''),
      )
    )
      workplaces.push(text);
    else if (/所属$/u.test(text) && text.length > 2) workplaces.push(text.slice(0, -2));
    else if (appositive && isRoleWord(text)) roles.push(text);
  }
  const text = normalizeForMatch(tokens.map((token) => token.surface).join(''));
  const bare = runs.length === 1 && tokens.every((token) => token.pos !== '動詞' && token.pos !== '形容詞');
  return { text, ...(person === undefined ? {} : { person }), roles, workplaces, bare };
}

/**
 * The description of the speaker a sentence gives its reported words to (its `speaker`: 港の漁師は、
 * …と話した), read from the start of that phrase's clause to the particle after it. Undefined when
 * the sentence names no speaker or the phrase is not followed by a topic particle (X によると).
 */
export function describeSpeaker(reading: SentenceReading): SpeakerDescription | undefined {
  const speaker = reading.speaker;
  if (speaker === undefined) return undefined;
  const topic = reading.tokens.findIndex(
    (token) =>
      token.pos === '助詞' &&
      /^(?:は|が|も)$/u.test(token.surface) &&
      normalizeForMatch(reading.text.slice(0, token.start)).endsWith(speaker),
  );
  return topic < 0 ? undefined : describeBefore(reading.tokens, topic);
}

/**
 * The description of whoever a sentence gives `quote` to: the phrase ending at the topic (は, も,
 * or が right before the quote) nearest before the quote, from the start of its clause (after 、,
 * 。 or another quote). Undefined when no topic stands before the quote.
 */
export function describeQuoteSpeaker(reading: SentenceReading, quote: Quote): SpeakerDescription | undefined {
  const tokens = reading.tokens;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (token.end > quote.start) continue;
    if (reading.quotes.some((other) => token.start >= other.start && token.end <= other.end)) break;
    const before = tokens[i - 1];
    if (
      token.pos === '助詞' &&
      (token.surface === 'は' ||
        token.surface === 'も' ||
        (token.surface === 'が' && token.end === quote.start)) &&
      (before?.pos === '名詞' || /^[）)]$/u.test(before?.surface ?? ''))
    ) {
      // A topic headed by a verbal or adjectival noun (…リスクを負う必要はないと考えており、…を「独裁者」
      // と呼んだ; 工事の再開は…) names an act or a state, not who speaks, unless the phrase names
      // someone in it: the speaker is a topic further back.
      const description = describeBefore(tokens, i);
      if (description === undefined || !namesAnEvent(before, description)) return description;
    }
  }
  return undefined;
}

/** The topic's head is a verbal or adjectival noun and the phrase gives no name, office or workplace. */
function namesAnEvent(head: Token | undefined, description: SpeakerDescription): boolean {
  return (
    (head?.posDetail === 'サ変接続' || head?.posDetail === '形容動詞語幹') &&
    description.person === undefined &&
    description.roles.length === 0 &&
    description.workplaces.length === 0
  );
}

/** The phrase from the start of its clause (after 、, 。 or a quote) to the topic particle at `topic`. */
function describeBefore(tokens: readonly Token[], topic: number): SpeakerDescription | undefined {
  let from = topic;
  while (from > 0 && !/^[、，。」』]$/u.test((tokens[from - 1] as Token).surface)) from--;
  // A parenthesized age or gloss (男性（45）) stays with its head; it is no run of its own.
  const phrase: Token[] = [];
  let depth = 0;
  for (const token of tokens.slice(from, topic)) {
    if (/^[（(]$/u.test(token.surface)) depth++;
    else if (/^[）)]$/u.test(token.surface)) depth = Math.max(0, depth - 1);
    else if (depth === 0) phrase.push(token);
  }
  return describePhrase(phrase);
}
