import type { Explainer, Fact } from '../../domain/article.ts';
import { isDisplayText } from '../../domain/article.ts';
import { normalizeForMatch, similarity } from '../../text/normalize.ts';
import type { Token } from '../../text/tokenizer.ts';
import { stancedFact } from '../article-parts.ts';
import { spanOf } from './facts.ts';
import { byFacts, type Candidate, isSimilar } from './read-candidates.ts';
import { writeFigures } from './write-fact.ts';

/** Entries per part: an overview, not a second article. */
const MAX_TIMELINE = 6;
const MAX_FIGURES = 6;
const MAX_QUOTES = 3;
/** Key figures and quotes one source may give: the parts stand across the sources. */
const PER_SOURCE = 2;
/** A who-said-what quote is short: its words, not a paragraph (Japanese, other scripts). */
const MAX_QUOTE_CHARS = { ja: 32, other: 64 };
const MIN_QUOTE_CHARS = 8;
/** Two timeline entries this similar (character bigrams) on one date are the same event. */
const SAME_EVENT = 0.5;

type Figure = Explainer['figures'][number];
type Quote = Explainer['quotes'][number];
type TimelineEntry = Explainer['timeline'][number];

/**
 * Key figures (数字で見る) across the sources: each a short own line naming what is counted and its
 * value (writeFigures: stated figures only, not hedged or someone's words), from the sentences
 * that carry the most facts, at most PER_SOURCE per source, no value twice. A value a ✅ line
 * gives within its sentence is still a key figure; a line the article shows as it is is not.
 */
export function composeFigures(
  sources: ReadonlyArray<readonly Candidate[]>,
  shown: readonly string[],
): { entries: Figure[]; from: Candidate[] } {
  const entries: Figure[] = [];
  const from: Candidate[] = [];
  const values = new Set<string>();
  const queues = sources.map((candidates) =>
    [...candidates]
      .filter((candidate) => candidate.document.lang === 'ja')
      .sort(byFacts)
      .flatMap((candidate) => writeFigures(candidate.sentence).map((text) => ({ candidate, text }))),
  );
  const taken = sources.map(() => 0);
  for (let round = 0; round < PER_SOURCE; round++)
    queues.forEach((queue, s) => {
      while (queue.length > 0 && (taken[s] ?? 0) <= round && entries.length < MAX_FIGURES) {
        const { candidate, text } = queue.shift() as { candidate: Candidate; text: string };
        const value = figureValue(text);
        // A figure line that is its whole source sentence would copy it: the sentence is the source's.
        const copies = normalizeForMatch(text) === normalizeForMatch(candidate.sentence.text);
        if (values.has(value) || shown.includes(text) || copies || !isDisplayText(text)) continue;
        values.add(value);
        taken[s] = (taken[s] ?? 0) + 1;
        from.push(candidate);
        entries.push({ sourceId: candidate.document.id, fact: factFrom(candidate, text) });
      }
    });
  return { entries, from };
}

/**
 * Who said what: a short direct quote per source (its words only, marked, with the speaker the
 * source names), from the sentences that carry the most facts. Only speech: the quote is followed
 * by と (「…」と述べた) or ends the sentence — a name in 「」 (「みずほの里ファーム」) is not — and the
 * speaker names a person the sentence names (a role alone, a date or a thing is not a speaker).
 * One quote per speaker. Returns the sentences used, so no other part quotes them again.
 */
export function composeQuotes(
  sources: ReadonlyArray<readonly Candidate[]>,
  isFree: (candidate: Candidate) => boolean,
): { entries: Quote[]; from: Candidate[] } {
  const entries: Quote[] = [];
  const from: Candidate[] = [];
  const people = new Set<string>();
  for (const candidates of sources) {
    if (entries.length === MAX_QUOTES) break;
    for (const candidate of [...candidates].filter((c) => c.speech && isFree(c)).sort(byFacts)) {
      const { sentence, document } = candidate;
      const named = sentence.quoteSpeaker ?? sentence.speaker;
      const person = sentence.people.find((name) => named?.includes(name));
      // One quote per person, however the outlets name them (久住院長, 久住宗一郎院長).
      if (named === undefined || person === undefined) continue;
      const speaker = wholeSpeaker(sentence.text, named);
      const quoted = [...people].some(
        (other) => other.includes(person) || person.includes(other) || speaker.includes(other),
      );
      if (quoted || entries.some((entry) => entry.speaker.includes(person))) continue;
      if (!isDisplayText(speaker)) continue;
      const limit = document.lang === 'ja' ? MAX_QUOTE_CHARS.ja : MAX_QUOTE_CHARS.other;
      const quote = sentence.quotes.find((q) => {
        const length = [...q.inner].length;
        const after = sentence.text.slice(q.start + 1 + q.inner.length + 1);
        return (
          length >= MIN_QUOTE_CHARS &&
          length <= limit &&
          isDisplayText(q.inner) &&
          /^(?:と|[。．]?$)/u.test(after)
        );
      });
      if (quote === undefined) continue;
      const start = sentence.start + quote.start + 1;
      const end = start + quote.inner.length;
      if (document.text.slice(start, end) !== quote.inner) continue;
      people.add(person);
      from.push(candidate);
      entries.push({
        sourceId: document.id,
        speaker,
        fact: {
          kind: 'fact',
          text: quote.inner,
          evidence: [spanOf(document, start, end)],
          modality: 'reported',
          speaker,
          verbatim: true,
        },
      });
      break;
    }
  }
  return { entries, from };
}

/**
 * The speaker as the sentence writes it in full: a name cut inside a compound (森市の柏木市長 of
 * 津之森市の柏木市長) is extended to the compound's start; an age in parentheses is left out.
 */
function wholeSpeaker(text: string, speaker: string): string {
  const bare = speaker.replace(/[（(]\d{1,3}[)）]$/u, '');
  const at = text.indexOf(bare);
  if (at < 0) return bare;
  let start = at;
  while (start > 0 && /[\p{Script=Han}\p{Script=Katakana}ー々]/u.test(text[start - 1] as string)) start--;
  return text.slice(start, at + bare.length);
}

/**
 * The timeline: dated facts across the sources in date order, each with the date its sentence
 * names (resolved against the page's date: 10日 → the page's year and month; a year or fiscal
 * year as the source writes it). `write` gives the entry's own text for a sentence (undefined:
 * none that the article does not show already). At most one fact per date and source; fewer than
 * two entries make no timeline.
 */
export function composeTimeline(
  sources: ReadonlyArray<readonly Candidate[]>,
  write: (candidate: Candidate) => string | undefined,
  events: TimelineEvents = { actOf: () => undefined, shown: [] },
): { entries: TimelineEntry[]; from: Candidate[] } {
  const picked: Array<{ candidate: Candidate; entry: TimelineEntry; act: string | undefined }> = [];
  const seen = new Set<string>();
  const texts = new Set<string>();
  for (const candidates of sources)
    for (const candidate of [...candidates].sort(byFacts)) {
      if (candidate.written === undefined || candidate.written.figure === true) continue;
      // A source not in Japanese: only a date its Japanese sentence states (the sentence may leave
      // a date of its detail out), and the label in Japanese.
      const foreign = candidate.document.lang !== 'ja';
      // Two statements written as two sentences: the entry's line is the first, so is its date.
      const second = candidate.written.second ?? Number.POSITIVE_INFINITY;
      const date = candidate.sentence.dates.find(
        (mention) =>
          mention.year !== undefined &&
          mention.start < second &&
          (!foreign ||
            (mention.month !== undefined &&
              (candidate.written?.text.includes(
                `${mention.month}月${mention.day === undefined ? '' : `${mention.day}日`}`,
              ) ??
                false))),
      );
      if (date?.year === undefined) continue;
      const sortKey = `${date.year}-${pad(date.month ?? 0)}-${pad(date.day ?? 0)}`;
      const key = `${candidate.document.id}:${sortKey}`;
      if (seen.has(key)) continue;
      const text = write(candidate);
      if (text === undefined || texts.has(text) || !isDisplayText(text)) continue;
      // The same event as another outlet reports it is one entry, not two: on the same date in
      // like words or with the same act (採決 of 予算案、3月19日に採決される予定), or on another date
      // (outlets that differ on when) where the sentences say the same. An event the article's
      // closing gives as its next step is not listed again.
      const act = events.actOf(candidate, text);
      const sameEvent = (other: {
        candidate: Candidate;
        sortKeys: readonly string[];
        act: string | undefined;
      }) =>
        other.candidate.sentence === candidate.sentence ||
        (other.act !== undefined &&
          other.act === act &&
          (other.sortKeys.includes(sortKey) || isSimilar(other.candidate, candidate)));
      if (
        picked.some(
          (other) =>
            (other.entry.sortKey === sortKey && similarity(other.entry.fact.text, text) >= SAME_EVENT) ||
            sameEvent({ candidate: other.candidate, sortKeys: [other.entry.sortKey], act: other.act }),
        ) ||
        events.shown.some(sameEvent)
      )
        continue;
      seen.add(key);
      texts.add(text);
      const label =
        !date.relative && !foreign
          ? date.text
          : `${date.year}年${date.month === undefined ? '' : `${date.month}月`}${date.day === undefined ? '' : `${date.day}日`}`;
      picked.push({
        candidate,
        act,
        entry: {
          sourceId: candidate.document.id,
          date: label,
          sortKey,
          fact: factFrom(candidate, text),
        },
      });
    }
  const chosen = picked
    .sort((a, b) => byFacts(a.candidate, b.candidate))
    .slice(0, MAX_TIMELINE)
    .sort(
      (a, b) => a.entry.sortKey.localeCompare(b.entry.sortKey) || a.candidate.position - b.candidate.position,
    );
  if (chosen.length < 2) return { entries: [], from: [] };
  return { entries: chosen.map(({ entry }) => entry), from: chosen.map(({ candidate }) => candidate) };
}

/** What the timeline needs to tell one event from another. */
export interface TimelineEvents {
  /** The act a line reports (actOf over its tokens), for a candidate and the text written from it. */
  actOf: (candidate: Candidate, text: string) => string | undefined;
  /** Events the article gives elsewhere as a dated step (its closing), with their dates' keys. */
  shown: ReadonlyArray<{ candidate: Candidate; sortKeys: readonly string[]; act: string | undefined }>;
}

// Nouns of modality (a plan, a forecast) and light verbs: the act is the word they attach to.
const MODAL_NOUN = /^(?:予定|見通し|方針|見込み|計画|目標|予想|想定|考え|意向|可能性)$/u;
const LIGHT_VERB = /^(?:する|なる|ある|いる|れる|られる|できる|おる|くる|いく)$/u;

/**
 * The act a line reports: its last verbal noun or verb that is not a modality noun or a light verb
 * (採決 of 予算案は3月19日に採決される予定だ, 発表 of …引き上げると発表した). Two lines with the same act
 * on the same date report the same event, however differently they are worded.
 */
export function actOf(tokens: readonly Token[]): string | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (token.pos === '名詞' && token.posDetail === 'サ変接続' && !MODAL_NOUN.test(token.surface))
      return token.surface;
    if (token.pos === '動詞' && token.posDetail === '自立' && !LIGHT_VERB.test(token.baseForm))
      return token.baseForm;
  }
  return undefined;
}

/** The date keys (YYYY-MM-DD, 00 for an unknown part) of a candidate's dates that name their year. */
export function dateKeysOf(candidate: Candidate): string[] {
  return candidate.sentence.dates.flatMap((date) =>
    date.year === undefined ? [] : [`${date.year}-${pad(date.month ?? 0)}-${pad(date.day ?? 0)}`],
  );
}

/** The value a figure line gives (約5600億円 of 総事業費は約5600億円。). */
export function figureValue(text: string): string {
  return text.replace(/^.*は/u, '').replace(/。$/u, '');
}

function factFrom(candidate: Candidate, text: string): Fact {
  return stancedFact(
    text,
    [spanOf(candidate.document, candidate.sentence.start, candidate.sentence.end)],
    false,
  );
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
