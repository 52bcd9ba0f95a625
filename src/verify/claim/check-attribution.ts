import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import type { Quantity } from '../../text/quantities.ts';
import type { Token } from '../../text/tokenizer.ts';
import {
  isAbbreviationOf,
  isCompanyWord,
  namesBody,
  namesPublicBody,
  refersTo,
  sameKindAs,
} from '../../understand/coreference.ts';
import { saysInEnglish, toldStemsOfSentence } from '../../understand/english-dictionary.ts';
import { findGlosses, type GlossMatch } from '../../understand/english-gloss.ts';
import { englishSpeakerDescription } from '../../understand/english-speaker.ts';
import {
  findPeople,
  isContentToken,
  isRoleWord,
  keyOf,
  namesOnly,
  type Predicate,
  type SentenceReading,
  SPEECH,
  speakerOfQuote,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import { subjectOf, topicOf } from '../../understand/subject.ts';
import { englishSpeakerIn, glossesOf, type SourceSentence } from '../../understand/understand-document.ts';
import {
  type Alignment,
  alignSourceClause,
  elementsOf,
  overlap as keysOverlap,
  outsideQuotes,
  overlapScorer,
  SOURCE_TALK,
  type SourceSpan,
} from './alignment.ts';
import { englishTitleOffices, rolesCompatible } from './check-roles.ts';
import { sameUnit, sameValue } from './elements.ts';
import { englishFinderOf, finderOf } from './finders.ts';
import {
  attributionWindow,
  isSpeech,
  isSurnameAndTitleOf,
  mentions,
  outletsNamed,
  POLICE_NAME,
  readsInEnglish,
} from './speakers.ts';

// Attribution: someone's words stay theirs, not plain fact and not another speaker's.

/** Share (0–1) of the claim words a source span has that stand inside its quotes: the claim repeats someone's words. */
function quotedShareOf(alignment: Alignment, span: SourceSpan, keys: readonly string[]): number {
  const sentence = span.sentence;
  // Quotes that overlap the span and are someone's words (「…」と述べた, 「…」との声), not a bracketed
  // name (新しい橋「みなと橋」が完成した).
  const quoted = sentence.quotes
    .filter((quote) => quote.start < span.end && quote.end > span.start && isSpeech(sentence.text, quote))
    .map((quote) => normalizeForMatch(quote.inner))
    .join('\n');
  const outside = normalizeForMatch(
    stripQuotes(sentence.text.slice(0, span.end), sentence.quotes).slice(span.start),
  );
  let inside = 0;
  let found = 0;
  for (const key of new Set(keys)) {
    const weight = alignment.weights.get(key) ?? 0;
    if (weight === 0) continue;
    const isInside = quoted.includes(key);
    const isOutside = outside.includes(key);
    if (!isInside && !isOutside) continue;
    found += weight;
    if (isInside && !isOutside) inside += weight;
  }
  return found === 0 ? 0 : inside / found;
}

// What quotedOnly reads of a source sentence depends on the sentence only: its narration (quotes
// blanked) and its quoted speech, normalized once per sentence for every claim checked against it,
// each with the keys of its words (a verb's lemma, 知る, is not in its text, 知らなかった).
interface Said {
  text: string;
  keys: Set<string>;
}
const quoteTexts = new WeakMap<SourceSentence, { narration: Said; speech: Said[] }>();
function quoteTextsOf(sentence: SourceSentence): { narration: Said; speech: Said[] } {
  let texts = quoteTexts.get(sentence);
  if (texts === undefined) {
    const speeches = sentence.quotes.filter((quote) => isSpeech(sentence.text, quote));
    const keysIn = (inside: (token: Token) => boolean) =>
      new Set(sentence.tokens.filter((token) => inside(token) && isContentToken(token)).map(keyOf));
    const within = (token: Token, quote: { start: number; end: number }) =>
      token.start > quote.start && token.end < quote.end;
    texts = {
      narration: {
        text: normalizeForMatch(stripQuotes(sentence.text, sentence.quotes)),
        keys: keysIn((token) => !sentence.quotes.some((quote) => within(token, quote))),
      },
      speech: speeches.map((quote) => ({
        text: normalizeForMatch(quote.inner),
        keys: keysIn((token) => within(token, quote)),
      })),
    };
    quoteTexts.set(sentence, texts);
  }
  return texts;
}

/**
 * The source sentence whose quoted words (「…」と話した) hold most of the claim's content words —
 * at least 70% of their weight — when the sources' own narration holds clearly less of them
 * (20 points): the claim repeats someone's words, not a fact the source states.
 */
function quotedOnly(alignment: Alignment, keys: readonly string[]): SourceSentence | undefined {
  const wanted = [...new Set(keys)].filter((key) => (alignment.weights.get(key) ?? 0) > 0);
  const total = wanted.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0), 0);
  if (total < 2) return undefined;
  const share = (said: Said) =>
    wanted.reduce(
      (sum, key) =>
        sum + (said.text.includes(key) || said.keys.has(key) ? (alignment.weights.get(key) ?? 0) : 0),
      0,
    ) / total;
  let best: { sentence: SourceSentence; share: number } | undefined;
  for (const sentence of alignment.sentences)
    for (const speech of quoteTextsOf(sentence).speech) {
      const value = share(speech);
      if (best === undefined || value > best.share) best = { sentence, share: value };
    }
  if (best === undefined || best.share < 0.7) return undefined;
  // The narration is read only when some speech holds enough of the claim to be its source.
  let plain = 0;
  for (const sentence of alignment.sentences)
    plain = Math.max(plain, share(quoteTextsOf(sentence).narration));
  if (best.share < plain + 0.2) return undefined;
  return best.sentence;
}

/**
 * The content keys after a sentence's topic and its は (its comment); none without such a topic, or
 * when the topic names a person or a body.
 */
function commentKeys(claim: SentenceReading): string[] {
  const topic = topicOf(claim);
  if (topic === undefined || !claim.text.startsWith('は', topic.end)) return [];
  // A person or a body as the topic (会長は…求めている) is one who may say the words: who said them
  // is the speaker check's question, not this one.
  if (subjectOf(claim) !== undefined) return [];
  return claim.tokens.filter((token) => token.start > topic.end && isContentToken(token)).map(keyOf);
}

/**
 * What a sentence asserts: its last predicate, where it ends the sentence, with its polarity.
 */
function assertedOf(reading: SentenceReading): { key: string; negated: boolean } | undefined {
  const last = reading.predicates.at(-1);
  if (last === undefined) return undefined;
  // …no content word after it (混獲を懸念。 ends on 懸念, not on 獲る).
  if (reading.tokens.some((token) => token.start >= last.end && isContentToken(token))) return undefined;
  const key = predicateKey(reading, last);
  return key === undefined ? undefined : { key, negated: last.negated };
}

/** A predicate's key: its lemma, or for existence (先がない) the noun that exists. */
function predicateKey(reading: SentenceReading, predicate: Predicate): string | undefined {
  if (predicate.kind !== 'existence') return predicate.lemma;
  const at = reading.tokens.findIndex((token) => token.start === predicate.start);
  const noun = reading.tokens[at - 2];
  if (!['は', 'が', 'も'].includes(reading.tokens[at - 1]?.surface ?? '') || noun === undefined)
    return undefined;
  return isContentToken(noun) ? keyOf(noun) : undefined;
}

/**
 * The source sentence whose speech (「…」と話した) alone asserts what the claim asserts: the claim's
 * last predicate, with its polarity and another of the claim's words, stands inside a quote there,
 * and no listed sentence has that predicate's word in its own narration.
 */
function assertedInQuoteOnly(claim: SentenceReading, alignment: Alignment): SourceSentence | undefined {
  const asserted = assertedOf(claim);
  if (asserted === undefined) return undefined;
  const others = new Set(claim.keys.filter((key) => key !== asserted.key));
  let found: SourceSentence | undefined;
  for (const sentence of alignment.sentences) {
    // The word in a sentence's own narration (a headline's 混獲を懸念, 混獲懸念): the sources state it.
    const narration = quoteTextsOf(sentence).narration;
    if (narration.keys.has(asserted.key) || narration.text.includes(asserted.key)) return undefined;
    for (const predicate of speechPredicatesOf(sentence)) {
      if (predicate.key !== asserted.key) continue;
      if (predicate.quoted === undefined) return undefined;
      if (predicate.negated !== asserted.negated) continue;
      if (predicate.quoted.some((key) => others.has(key))) found ??= sentence;
    }
  }
  return found;
}

// What assertedInQuoteOnly reads of a source sentence's predicates depends on the sentence only:
// each predicate's key and polarity, and the content keys of the speech quote it stands in
// (undefined: in none), made once per sentence for every claim checked against it.
interface SpeechPredicate {
  key: string | undefined;
  negated: boolean;
  quoted: string[] | undefined;
}
const speechPredicates = new WeakMap<SourceSentence, SpeechPredicate[]>();
function speechPredicatesOf(sentence: SourceSentence): SpeechPredicate[] {
  let predicates = speechPredicates.get(sentence);
  if (predicates === undefined) {
    const speeches = sentence.quotes.filter((quote) => isSpeech(sentence.text, quote));
    predicates = sentence.predicates.map((predicate) => {
      const quote = speeches.find((each) => predicate.start > each.start && predicate.start < each.end);
      return {
        key: predicateKey(sentence, predicate),
        negated: predicate.negated,
        quoted:
          quote === undefined
            ? undefined
            : sentence.tokens
                .filter(
                  (token) => token.start > quote.start && token.end < quote.end && isContentToken(token),
                )
                .map(keyOf),
      };
    });
    speechPredicates.set(sentence, predicates);
  }
  return predicates;
}

/**
 * True when the claim tells of whom the source sentence gives its quoted words to a state they are
 * in (ている / ていた) — a feeling, a wish, a request held (会長は安全対策の見直しを求めている for
 * 会長は「安全対策を見直してほしい」と話している, 男性は…を心配していた for 男性は「…が心配だ」と話した):
 * such a claim gives the words to their speaker, in other words than a verb of saying. The claim's
 * topic (X は) must be the speaker, head and all (団体の代表 for 代表; 本町商店街 is not its 理事長);
 * an act told as done (町長は…を示した for 町長の「…示していきたい」) is a fact the words do not make.
 */
function toldOfSpeaker(claim: SentenceReading, sentence: SourceSentence): boolean {
  if (
    !/[てで]い(?:る|た)$/u.test(stripQuotes(claim.text, claim.quotes).replace(/[。．.\s]+$/u, '')) &&
    !actDoneBySaying(claim, sentence)
  )
    return false;
  const topic = topicOf(claim);
  if (topic === undefined) return false;
  const speaker =
    sentence.quoteSpeaker ?? (sentence.quotes.length === 0 ? sentence.previous?.quoteSpeaker : undefined);
  if (speaker === undefined) return false;
  const name = normalizeForMatch(topic.text);
  // The speaker as the source writes it, less a gloss in parentheses (男性(58)).
  const own = normalizeForMatch(speaker).replace(/\([^()]*\)/gu, '');
  return (
    own.endsWith(name) ||
    name.endsWith(own) ||
    surnameAndOfficeOf(name, own, normalizeForMatch(sentence.text))
  );
}

// Acts done by saying words (言語行為): to apologise is to say words of apology, to ask is to say
// words of asking. A claim that tells such an act done (…と深くおわびした, …説明を求めた) over the
// source's quote of those words (「…深くおわびする」, 「…説明してほしい」) gives the words to their
// speaker, as a verb of saying would. Closed classes of Japanese: the verbs of each act, and the
// words that do it.
const ACTS_BY_SAYING: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    /^(?:謝罪|陳謝|わびる|詫びる|おわび|お詫び|謝る)$/u,
    /申し訳|おわび|お詫び|すみません|済みません|ごめんなさい/u,
  ],
  [
    /^(?:求める|要望|要請|依頼|頼む|願う|お願い)$/u,
    /[てで](?:ほしい|欲しい|もらいたい|いただきたい|ください|下さい)|お願い|求め/u,
  ],
  [/^(?:感謝|礼)$/u, /ありがとう|感謝/u],
];

/** True when the claim's last predicate is an act done by saying that the source sentence's quote says. */
function actDoneBySaying(claim: SentenceReading, sentence: SourceSentence): boolean {
  const outside = stripQuotes(claim.text, claim.quotes);
  const last = claim.predicates.filter((p) => outside[p.start] !== '＊' && !p.negated).at(-1);
  if (last === undefined) return false;
  const quotes = sentence.quotes.length > 0 ? sentence.quotes : (sentence.previous?.quotes ?? []);
  return ACTS_BY_SAYING.some(
    ([verbs, words]) => verbs.test(last.lemma) && quotes.some((quote) => words.test(quote.inner)),
  );
}

// A body that relays another's words (同署によると、店主は…と話しているという): the one whose words
// it relays — the topic after によると, with a verb of saying after it — speaks them too.
const RELAYED =
  /(?:によると|によれば|によりますと)[、,]?([^、。「」]{2,24}?)は[、,]?[^。]*?と(?:話|述べ|説明|証言|供述|語)/u;

/** True when the source sentence relays the words of the claim's speaker (named whole, or by the head after its last の). */
function relaysWordsOf(sentence: SourceSentence, speaker: string): boolean {
  const inner = RELAYED.exec(normalizeForMatch(stripQuotes(sentence.text, sentence.quotes)))?.[1];
  if (inner === undefined) return false;
  const mine = normalizeForMatch(speaker);
  const head = mine.split('の').at(-1) ?? mine;
  return inner.includes(mine) || ([...head].length >= 2 && inner.endsWith(head));
}

const POLICE = /^(?:警察|県警|府警|道警|警視庁|\p{Script=Han}{1,4}県警)$/u;
const INSIDER = /関係者|幹部|捜査員|筋によると/u;
// …with whom it is asked of written between (…説明するよう電力会社に求めた, …よう住民に呼びかけた).
const REQUESTED = /よう(?:に)?(?:[^、。「」]{1,20}?に)?(?:呼びかけ|呼び掛け|求め|要請|促|訴え|依頼|指示)/u;

// Verbs of making known whose topic is the one who acts: a closed class of Japanese.
const ANNOUNCED = /と(?:発表|公表|明らかにし|述べ|話し|説明し|報告し)/u;

// Verbs of holding or reckoning a view, told of the one who holds it: …としている (as its topic's
// stated position), …と見積もっている, …と推計している, …と試算している.
const HELD = /と(?:して(?:いる|いて|おり|いた)|見積も|推計し|試算し)/u;

// A view its topic holds while it looks into the matter (同社は…とみて調べている, 署は…とみている): a
// sentence that reports no one's words, but whose view is its topic's.
const VIEW_HELD = /とみて(?!も)/u;

// A clause that closes on a noun of a view or an intention its topic holds, with the copula
// (…求める考えだ, …続ける方針です, …見直す意向である): the topic's view, as a verb of thinking gives it.
const HELD_VIEW = /(?:考え|方針|意向|構え|見通し)(?:だ|です|である)[。．]?$/u;

/**
 * The body a source sentence without quotes gives its statement to by its topic (X は) and a verb of
 * stating or holding (町は…としている, 市は…と見積もっている, 県は…と発表した): the body, named by
 * how bodies' names end (or 同社, 同市). Undefined when the topic is no body — what the words are
 * about (有無は調査中としている) — or the sentence has quotes (their speaker is read elsewhere) or relays another's account.
 */
function bodyStating(
  sentence: SourceSentence,
  narration: string,
  verbs: readonly RegExp[] = [ANNOUNCED, HELD],
): string | undefined {
  if (
    sentence.quotes.some((quote) => !namesOnly(sentence, quote)) ||
    !verbs.some((verb) => verb.test(narration))
  )
    return undefined;
  // One that relays another's account (X によると、町は…としている) is X's.
  if (/によると|によれば|によりますと|の話では|の説明では/u.test(narration)) return undefined;
  const topic = topicOf(sentence);
  if (topic === undefined || topicMarker(narration, topic.text) === undefined) return undefined;
  const text = topic.text;
  // …or a body that investigates, whose name ends in 部 (捜査本部, 海上保安部): no 〜部 of namesBody.
  const body =
    ONE_KANJI_BODY.test(text) ||
    /^同[社市町村県署局]$/u.test(text) ||
    namesBody(text) ||
    /(?:本部|保安部)$/u.test(text);
  return body ? text : undefined;
}

/**
 * Where a narration writes a topic and its は: the name, a short name it defines in brackets allowed
 * between (笹越港湾局（港湾局）は). Undefined when it does not.
 */
function topicMarker(narration: string, topic: string): { end: number; marker: string } | undefined {
  const name = normalizeForMatch(topic);
  for (let end = narration.indexOf(name); end >= 0; end = narration.indexOf(name, end + 1)) {
    const marker = new RegExp(
      `^${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:[（(][^（()）]{1,12}[）)])?は`,
      'u',
    ).exec(narration.slice(end))?.[0];
    if (marker !== undefined) return { end, marker };
  }
  return undefined;
}

export function checkAttribution(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  // Words in quotes are someone's words, checked by the quote check; a name or title in quotes is not.
  const quoted = claim.quotes.some((quote) => !namesOnly(claim, quote));
  // A claim that names the outlet reporting it (東和新聞によると…, 東和新聞は…と報じた) says who
  // reported what: the outlet's own page must say it, whoever that page has it from.
  const outlets = outletsNamed(claim, alignment.siteNames);
  if (outlets.size > 0) return quoted ? out : outletAttribution(claim, alignment, outlets, path);
  // An opinion the source gives as someone's words, stated as plain fact. A claim that reports a
  // request (…控えるよう呼びかけている, …するよう求めた) states no fact of its own: it says what was asked.
  const requests = REQUESTED.test(stripQuotes(claim.text, claim.quotes));
  if (!claim.reported && !quoted && claim.speaker === undefined) {
    const content = claim.clauses.flatMap((clause) => clause.keys);
    const aligned = alignSourceClause(alignment, content, elementsOf(alignment, 0, claim.text.length));
    if (aligned !== undefined && quotedShareOf(alignment, aligned, content) >= 0.6) {
      // The request's words are someone's: the claim must give them to whoever the source does.
      const requester = requests ? topicOf(claim) : undefined;
      if (requester !== undefined) {
        const window = attributionWindow(
          aligned.sentence,
          alignment.scope.find((u) => u.document.id === aligned.sentence.sourceId),
        );
        const name = normalizeForMatch(requester.text);
        if (mentions(window, name) || refersTo(aligned.sentence.references, name)) return out;
        out.push(
          pathFinding(
            'support.attribution',
            'error',
            path,
            `The claim gives this request to ${requester.text}; the source gives it to someone else: 「${aligned.sentence.text}」.`,
            requester.text,
            {
              kind: 'speaker',
              speaker: requester.text,
              sourceSpeaker: '',
              sourceText: aligned.sentence.text,
            },
          ),
        );
        return out;
      }
      // What the speaker holds, told of the speaker (男性は…を心配していた for 男性は「…が心配だ」と話した).
      if (toldOfSpeaker(claim, aligned.sentence)) return out;
      out.push(
        pathFinding(
          'support.attribution',
          'error',
          path,
          `The claim states as fact what the source gives as someone's words: 「${aligned.sentence.text}」.`,
          claim.text,
          { kind: 'reported', sourceText: aligned.sentence.text },
        ),
      );
      return out;
    }
    // …or whose words, spread over several clauses, stand inside one of the source's quotes — or
    // whose comment does: what a sentence says of its topic (X は…) is what it asserts, the topic only
    // what it is about (計画は、説明が足りなかった over 計画に対し、Y 氏は「説明が足りない」と訴えた).
    const quote =
      quotedOnly(alignment, content) ??
      quotedOnly(alignment, commentKeys(claim)) ??
      assertedInQuoteOnly(claim, alignment);
    if (quote !== undefined && !toldOfSpeaker(claim, quote)) {
      out.push(
        pathFinding(
          'support.attribution',
          'error',
          path,
          `The claim states as fact what the source gives as someone's words: 「${quote.text}」.`,
          claim.text,
          { kind: 'reported', sourceText: quote.text },
        ),
      );
      return out;
    }
  }
  // Reported speech given to someone the source does not give it to.
  const speaker = claim.speaker;
  if (speaker === undefined || quoted || SOURCE_TALK.has(speaker)) return out;
  // What is said: the clauses after the one naming the speaker (X によると、…), else all but the speaker's words.
  const at = claim.text.normalize('NFKC').replace(/\s+/gu, '').indexOf(speaker);
  const said = claim.clauses.filter(
    (clause) => at < 0 || clause.start > at + speaker.length || clause.end < at,
  );
  const content = (said.length > 0 ? said : claim.clauses)
    .flatMap((clause) => clause.keys)
    .filter((key) => !speaker.includes(key));
  const from = said[0]?.start ?? 0;
  const aligned = alignSourceClause(alignment, content, elementsOf(alignment, from, claim.text.length));
  // An English sentence's speaker is read from its own attribution (according to X, X said).
  const overEnglish = englishAttribution(claim, alignment, speaker, content, aligned?.sentence, path);
  if (overEnglish !== undefined) return overEnglish;
  // …and one the claim describes as an officer of a body whom the sources never name (the head,
  // where the sources give the body's words to its staff): said whether or not the words align.
  const other = officerTheSourceLacks(claim, speaker, alignment);
  if (aligned === undefined || other !== undefined) {
    if (other !== undefined)
      out.push(
        pathFinding(
          'support.attribution',
          'error',
          path,
          `The claim gives these words to ${speaker}; the sources name no such officer, and give their body's words to ${other.speaker}: 「${other.sentence.text}」.`,
          speaker,
          { kind: 'speaker', speaker, sourceSpeaker: other.speaker, sourceText: other.sentence.text },
        ),
      );
    return out;
  }
  const sentence = aligned.sentence;
  // A sentence that reports no one's words is left alone, unless it gives a view to its topic, a body.
  const viewHolder = bodyStating(sentence, normalizeForMatch(sentence.text), [VIEW_HELD]);
  // …or one whose finding is that of the body its opening act of investigating has as subject
  // (保健所が…調べたところ、…が検出された: finders.ts), where the claim's words are the finding.
  const found = sentence.reported ? undefined : finderOf(sentence.text);
  const finding = found !== undefined && aligned.start >= found.from ? found.finder : undefined;
  if (
    !sentence.reported &&
    !(sentence.previous?.reported ?? false) &&
    viewHolder === undefined &&
    finding === undefined
  )
    return out;
  const window = attributionWindow(
    sentence,
    alignment.scope.find((u) => u.document.id === sentence.sourceId),
  );
  // A body named after a place the dictionary reads as a surname (杉沢署, 北浦病院) is a body, no person.
  const body = namesBody(speaker);
  const claimedPeople = body ? [] : findPeople(wholeWords(readSpeakerTokens(claim, speaker)));
  // Any person the claim names may be the one whose words these are (A は…、B は…と述べた).
  const people = claim.people.filter(
    (person) => namesPerson(claim, person) && !(body && speaker.includes(person)),
  );
  // A speaker that is a body's document (筑浦県が発表した速報値によると, 県のまとめでは) speaks for
  // the body that made it: the name the relative clause or の before it gives.
  const maker =
    /([\p{Script=Han}\p{Script=Katakana}ー]{2,})(?:が|の)[^、。]{0,15}$/u.exec(
      claim.text.normalize('NFKC').replace(/\s+/gu, '').slice(0, Math.max(0, at)),
    )?.[1] ?? '';
  const named =
    claimedPeople.length > 0
      ? [...new Set([...claimedPeople, ...people])]
      : [headOf(speaker), ...spokesOf(headOf(speaker)), ...people, ...(maker === '' ? [] : [maker])];
  const sourceSpeaker = sentence.speaker ?? sentence.previous?.speaker ?? '';
  if (finding !== undefined) {
    // The finder or the paragraph's teller naming the claim's speaker (市消防局 for 消防局) is the
    // same; a finder that is the staff of a body (隊員, 職員) decides nothing.
    const tellers = [finding, sentence.previous?.speaker ?? '']
      .map(normalizeForMatch)
      .filter((t) => t !== '');
    const same = tellers.some((teller) =>
      named.some(
        (name) => name !== '' && (namedWithin(teller, name) || normalizeForMatch(speaker).endsWith(teller)),
      ),
    );
    if (same || /員$/u.test(finding)) return out;
    out.push(
      pathFinding(
        'support.attribution',
        'error',
        path,
        `The claim gives these words to ${speaker}; the source gives them to ${finding}, who found them: 「${sentence.text}」.`,
        speaker,
        { kind: 'speaker', speaker, sourceSpeaker: finding, sourceText: sentence.text },
      ),
    );
    return out;
  }
  // Insiders (関係者への取材で分かった, 関係者によると) are not the body they work for.
  const insiderDropped = INSIDER.test(stripQuotes(sentence.text, sentence.quotes)) && !INSIDER.test(speaker);
  // A source sentence with a speaker of its own (県農政課は「…」としている) is compared with that
  // speaker; one without (a quote carried on from the sentence before) with its neighbourhood.
  // A sentence that names whose words or figures it gives (市の試算では, X によると, X の話では) is its own
  // speaker's, not that of a quote in the sentence before it; so is one that reports, without
  // quotes, what its topic (X は) made known by a verb of announcing, whose topic is who acts (県は
  // …と発表した against 道の駅は…と発表した), and does not name the claim's speaker: the
  // speaker is that topic, not whichever body the sentence's neighbourhood names. (A topic of
  // …としている may be what the words are about: 有無は調査中としている.)
  const narration = normalizeForMatch(sentence.text);
  // A quote that gives a name or a title (コースター「…」, 「…」号) is no one's words (namesOnly).
  const speech = sentence.quotes.filter((quote) => !namesOnly(sentence, quote));
  // The claim's speaker named in the narration as what it tells of — the object (X を) or the owner
  // of a thing (X のフェリー) — is not who tells it (namedAsTeller).
  const tells = (name: string) => name !== '' && namedAsTeller(narration, name);
  const topicSpeaker =
    speech.length === 0 &&
    sentence.reported &&
    ANNOUNCED.test(narration) &&
    sentence.speaker !== undefined &&
    // (a name in brackets, 「鷹栖電設」は, is the topic as much as one without)
    ['', '」', '』'].some((bracket) =>
      narration.includes(`${normalizeForMatch(sentence.speaker ?? '')}${bracket}は`),
    ) &&
    !named.some(tells);
  // …and so is one whose topic, a body, holds or reckons what it says by a verb of stating
  // (町は…としていて, 市は被害額を…と見積もっている): that body's, not a speaker carried from the
  // sentence before nor a body its neighbourhood names.
  const stated = bodyStating(sentence, narration) ?? viewHolder;
  const holder = stated === undefined || topicSpeaker || named.some(tells) ? undefined : stated;
  const cited =
    holder ??
    (speech.length === 0 &&
    (topicSpeaker ||
      // …or the one its topic heard the words from (市は同社から…よう求められ: 同社's words).
      sentence.heardFrom === true ||
      /によると|によれば|によりますと|の試算|の調べ|の調査|の話では|の説明では/u.test(sentence.text))
      ? sentence.speaker
      : undefined);
  // A later quote of the sentence, in the clause the claim aligns with, has a speaker of its own.
  const later = sentence.quotes
    .slice(1)
    .find((quote) => quote.start >= aligned.start && quote.end <= aligned.end);
  const own =
    (later === undefined ? undefined : speakerOfQuote(sentence, later)) ??
    sentence.quoteSpeaker ??
    cited ??
    sentence.previous?.quoteSpeaker;
  const explicit = own === undefined ? undefined : normalizeForMatch(own);
  // Where the source says what it says of its speaker: the sentence's own words outside quotes.
  const around = `${window}\n${normalizeForMatch(stripQuotes(sentence.text, sentence.quotes))}`;
  // …and who speaks: the speaker phrase read, else the words before its first quote (X は「…」と話した).
  const firstQuote = speech[0];
  const speakerPlace =
    explicit ??
    (firstQuote === undefined ? undefined : normalizeForMatch(sentence.text.slice(0, firstQuote.start)));
  // …and the words of the relative clause that describes that speaker (近くに住む女性は「…」): those
  // before its first quote, after the last comma before it.
  const describedFrom = firstQuote === undefined ? -1 : sentence.text.lastIndexOf('、', firstQuote.start) + 1;
  const described =
    firstQuote === undefined
      ? []
      : sentence.tokens.filter(
          (token) =>
            token.start >= describedFrom &&
            token.end <= firstQuote.start &&
            /^(?:動詞|形容詞|名詞)$/u.test(token.pos),
        );
  const sameSpeaker =
    (explicit === undefined
      ? named.some(
          (name) =>
            namedWithin(window, name) ||
            // …or the sentence's own speaker, a name the window hides in brackets (「北星電設」は…と説明した).
            (speech.length === 0 &&
              sentence.reported &&
              sentence.speaker !== undefined &&
              namedWithin(normalizeForMatch(sentence.speaker), name)),
        )
      : named.some(
          (name) =>
            namedWithin(explicit, name) ||
            name.includes(headOf(explicit)) ||
            // (a public body is named by its place and kind, not by a surname's first characters)
            (!namesPublicBody(name) && mentions(name, headOf(explicit))),
        )) ||
    // A body named by its 略称 on one side (楓大 for 楓川大学, 市教委 for 市教育委員会).
    ((explicit ?? sourceSpeaker) !== '' &&
      named.some(
        (name) =>
          isAbbreviationOf(headOf(explicit ?? sourceSpeaker), name) ||
          isAbbreviationOf(name, headOf(explicit ?? sourceSpeaker)),
      )) ||
    (speakerPlace !== undefined &&
      describesSpeaker(readSpeakerTokens(claim, speaker, true), speakerPlace, around, described)) ||
    (explicit !== undefined && surnameAndOfficeOf(speaker, explicit, normalizeForMatch(sentence.text))) ||
    // Words the claim's topic heard from X (保護者は X から…よう頼まれた) are X's where the source
    // tells X, its topic, as the one who said them (X は保護者に…よう頼み), whatever quote came before.
    (claim.heardFrom === true &&
      sentence.quotes.length === 0 &&
      named.some((name) => name !== '' && narration.includes(`${normalizeForMatch(name)}は`))) ||
    (quotedShareOf(alignment, aligned, content) === 0 &&
      named.some((name) => name !== '' && relayedNarrationOf(sentence, name))) ||
    (speakerPlace !== undefined &&
      describesSpeaker(
        readSpeakerTokens(claim, speaker, true),
        speakerPlace,
        introducedBefore(
          sentence,
          alignment.scope.find((u) => u.document.id === sentence.sourceId),
          speakerPlace,
        ),
      ));
  // An English source sentence names the speaker in English: its vocabulary's gloss (当局 for
  // officials: understand/english-gloss.ts) or the name as written are among its keys.
  const english = alignment.scope.some(
    (u) => u.document.id === sentence.sourceId && u.document.lang !== 'ja',
  );
  // A definite mention (the team said) names the head of the claim's compound (研究チーム).
  const namedIn = (keys: readonly string[], name: string) =>
    keys.some(
      (key) => key === name || (key.length >= 2 && /^[^\p{Script=Latin}]+$/u.test(key) && name.endsWith(key)),
    );
  // …or the vocabulary's noun for it whole, which the keys split (organizers: 主催者, keyed 主催; the
  // board of education: 教育委員会, keyed 教育 and 委員): the claim's speaker is that noun or ends in it
  // (町教育委員会). A one-character noun (town: 町, village: 村) names no speaker by itself.
  // (Each sentence's glosses are read once, in the understanding: glossesOf.)
  const englishNoun = () =>
    [sentence.previous, sentence].some(
      (each) =>
        each !== undefined &&
        glossesOf(each).some(
          ({ gloss }) => gloss.kind === 'noun' && [...gloss.ja].length >= 2 && speaker.endsWith(gloss.ja),
        ),
    );
  if (
    english &&
    (named.some((name) => namedIn(sentence.keys, name) || namedIn(sentence.previous?.keys ?? [], name)) ||
      englishNoun() ||
      readsInEnglish(readSpeakerTokens(claim, speaker), `${sentence.previous?.text ?? ''} ${sentence.text}`))
  )
    return out;
  // A 同- word as the speaker (同社によると) speaks for its antecedent (understand/coreference.ts).
  const speakerPhrase = own ?? sentence.speaker ?? sentence.previous?.speaker ?? '';
  // …in the sentence or, for a speaker carried on from it, the one before (同社によると、…。現場は…).
  const referred = [...sentence.references, ...(sentence.previous?.references ?? [])].filter((reference) =>
    speakerPhrase.includes(reference.text),
  );
  // The claim's speaker is, word for word, the source sentence's own speaker (X によると / X は…と
  // 説明した), and none of the claim's words are quoted there: the same speaker, whatever a quote of
  // the sentence is given to (…「無効」と表示された) and however the name splits (a surname read
  // in a company's name). Compared only where both phrases are read.
  const ownSpeaker =
    sentence.speaker !== undefined &&
    normalizeForMatch(sentence.speaker) === normalizeForMatch(speaker) &&
    quotedShareOf(alignment, aligned, content) === 0;
  if (
    (sameSpeaker ||
      ownSpeaker ||
      relaysWordsOf(sentence, speaker) ||
      named.some((name) => refersTo(referred, name, antecedentNames)) ||
      referred.some((reference) => sameKindAs(speaker, reference)) ||
      // The police speak for a police station, named or called 同署 (not a fire or tax office).
      (POLICE.test(speaker) &&
        /署$/u.test(speakerPhrase) &&
        !/(?:消防|税務)署$/u.test(speakerPhrase) &&
        !referred.some((reference) => reference.antecedents.some((a) => /(?:消防|税務)署$/u.test(a)))) ||
      // A word for a kind of company (運行会社, 会社) speaks for the company the source calls 同社.
      (isCompanyWord(readSpeakerTokens(claim, speaker, true).at(-1)?.surface ?? '') &&
        /^(?:同社|会社)$/u.test(speakerPhrase))) &&
    !insiderDropped &&
    !otherOfficer(speaker, speakerPhrase, [...sentence.people, ...(sentence.previous?.people ?? [])])
  )
    return out;
  // A sentence giving words to several speakers, each in a clause of its own (A は…と話し、B は…と
  // した): the words the source gives to the speaker of a later clause are that speaker's. On the
  // claim's side, a later clause's topic names the source's speaker (read, else the sentence's
  // speaker: 町は…方針を明らかにした for 漁協が…示すなか、町は…); on the source's, the claim's speaker
  // (or a speaker of one of its clauses) is the topic of the source's later clause that holds the
  // claim's words (A は「…」と話しており、B は…考えだ: B's words, whoever the sentence's speaker is).
  const place = speakerPlace ?? (sourceSpeaker === '' ? undefined : normalizeForMatch(sourceSpeaker));
  const ownClauses = clauseSpeakers(claim);
  const laterTopic = clauseSpeakers(sentence, HELD_VIEW).find(({ clause }) => {
    const span = sentence.clauses[clause];
    if (clause === 0 || span === undefined || span.end <= aligned.start || span.start >= aligned.end)
      return false;
    // …the clause holding more of the claim's words than the rest of the sentence together.
    const inside = normalizeForMatch(sentence.text.slice(span.start, span.end));
    const rest = normalizeForMatch(sentence.text.slice(0, span.start) + sentence.text.slice(span.end));
    const count = (text: string) => content.filter((key) => text.includes(key)).length;
    return count(inside) > count(rest);
  })?.speaker;
  if (
    (place !== undefined &&
      ownClauses.some(
        (other) =>
          other.speaker !== speaker &&
          describesSpeaker(readSpeakerTokens(claim, other.speaker, true), place, around),
      )) ||
    (laterTopic !== undefined &&
      [speaker, ...ownClauses.map((other) => other.speaker)].some((each) =>
        describesSpeaker(readSpeakerTokens(claim, each, true), normalizeForMatch(laterTopic), around),
      ))
  )
    return out;
  out.push(
    pathFinding(
      'support.attribution',
      'error',
      path,
      `The claim gives these words to ${speaker}; the source gives them to ${(holder ?? sourceSpeaker) === '' ? 'someone else' : (holder ?? sourceSpeaker)}: 「${sentence.text}」.`,
      speaker,
      { kind: 'speaker', speaker, sourceSpeaker: holder ?? sourceSpeaker, sourceText: sentence.text },
    ),
  );
  return out;
}

/**
 * A claim's speaker against an English page: the English sentence the claim's words align with
 * (the clause aligned, else the page's sentence that clearly holds most of them by the news
 * vocabulary, else by the general dictionary's senses of its nouns and adjectives) gives its words to
 * the speaker its attribution names (understand/english-speaker.ts). Where that phrase does not
 * name the claim's speaker — no vocabulary noun of the phrase (english-gloss.ts) is in it, and
 * neither its name nor a person's it names reads as the phrase's words — while the phrase names
 * someone the vocabulary knows and the page names the claim's speaker elsewhere, the claim gives
 * the words to another speaker. Undefined where the English sentence decides nothing (no English
 * sentence, no speaker phrase, a pronoun); [] where it names the claim's speaker.
 */
function englishAttribution(
  claim: SentenceReading,
  alignment: Alignment,
  speaker: string,
  content: readonly string[],
  aligned: SourceSentence | undefined,
  path: string,
): Finding[] | undefined {
  // A 同- word speaks for its antecedent, which the English sentence does not repeat.
  if (speaker.startsWith('同')) return undefined;
  const english = (sentence: SourceSentence) =>
    alignment.scope.some((u) => u.document.id === sentence.sourceId && u.document.lang !== 'ja');
  let sentence = aligned ?? describedByAge(alignment, speaker);
  if (sentence === undefined) {
    const overlap = overlapScorer(alignment, content);
    // A figure of the claim the sentence also gives (about 30 stalls for 約30の露店) counts as a word.
    const figures = outsideQuotes(claim, alignment.quantities);
    const figuresIn = (each: SourceSentence) =>
      figures.filter((quantity) => each.quantities.some((other) => sameValue(quantity, other))).length;
    // Where the news vocabulary finds no clear sentence, a word it does not gloss counts where the
    // general dictionary finds one of its senses in an English sentence's own words, its verb of
    // saying left out (白い in "white fish", 処方 in "their prescriptions": english-dictionary.ts),
    // as the coverage check looks a word up. Nouns and adjectives only: a verb's glosses are the
    // most general words of English (示す: show, 続ける: keep), found in sentences of anything.
    const verbs = new Set(claim.tokens.filter((token) => token.pos === '動詞').map(keyOf));
    const saidBy = (each: SourceSentence) =>
      english(each)
        ? content
            .filter((key) => !verbs.has(key) && keysOverlap(alignment, each, [key]) === 0)
            .filter((key) => saysInEnglish(key, toldStemsOfSentence(each)))
            .reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0.6), 0)
        : 0;
    const byVocabulary = clearlyBest(alignment, (each) => overlap(each) + figuresIn(each));
    const best =
      byVocabulary ?? clearlyBest(alignment, (each) => overlap(each) + figuresIn(each) + saidBy(each));
    if (best === undefined) return undefined;
    // A sentence found by the dictionary whose own words name the claim's speaker (a claim read as
    // giving its words to the thing they are about: 町長は、…、計画の見直しは難しいと述べた, read with
    // 計画の見直し as the speaker) has that "speaker" as what is said: it decides nothing of who said it.
    if (byVocabulary === undefined && speakerReadIn(claim, speaker, best.text, glossesOf(best)))
      return undefined;
    sentence = best;
  }
  if (!english(sentence)) return undefined;
  // A quote of several sentences ("The street went black. We saw nothing," said …) names its
  // speaker in the sentence that closes it.
  sentence = quoteCloser(alignment, sentence);
  // The sentence's speaker phrase and its glosses, read once per sentence (understand-document.ts).
  // …else, where it names none, the body its opening act of finding has as subject (The county
  // health office has traced …): the finding is that body's (finders.ts).
  const spoken = englishSpeakerIn(sentence);
  const finder = spoken === undefined ? englishFinderOf(sentence.text) : undefined;
  const read =
    spoken ?? (finder === undefined ? undefined : { phrase: finder, glosses: findGlosses(finder) });
  if (read === undefined) return undefined;
  const phrase = read.phrase;
  // The finding when the sentence gives its words to someone else.
  const anotherSpeaker = (): Finding[] => [
    pathFinding(
      'support.attribution',
      'error',
      path,
      `The claim gives these words to ${speaker}; the source gives them to ${phrase}: 「${sentence.text}」.`,
      speaker,
      { kind: 'speaker', speaker, sourceSpeaker: phrase, sourceText: sentence.text },
    ),
  ];
  // The speaker's office: a title the phrase gives (Mayor Ken Sato, its president, Ken Sato) against
  // the claim's speaker's role word (町議会議長の…氏, …の技術責任者) — another office is another person,
  // whatever name both give. A definite phrase without a name (the president) decides nothing.
  const offices = englishTitleOffices(phrase);
  const role = roleWordOf(speaker);
  if (
    offices.length > 0 &&
    role !== undefined &&
    (!/^(?:the|its|their)\s/iu.test(phrase) || /\b[A-Z][a-z]+\s+[A-Z][a-z]+/u.test(phrase)) &&
    !offices.some((office) => rolesCompatible(role, office))
  )
    return anotherSpeaker();
  // The speaker's occupation: the words describing the speaker (said Ken Mori, a 29-year-old bank
  // clerk; a 31-year-old office worker said) give occupations of the vocabulary (銀行員, 会社員,
  // 看護師); a claim's role word for the speaker that is none of them (市職員, 公務員) describes
  // another person. A bare word for staff (職員, 従業員) fits any occupation.
  const occupations = occupationsIn(englishSpeakerDescription(sentence.text) ?? phrase);
  if (
    role !== undefined &&
    !GENERIC_STAFF.test(role) &&
    occupations.length > 0 &&
    !occupations.some((occupation) => rolesCompatible(role, occupation) || rolesCompatible(occupation, role))
  )
    return anotherSpeaker();
  if (speakerReadIn(claim, speaker, phrase, read.glosses)) return [];
  const nouns = read.glosses.flatMap(({ gloss }) => (gloss.kind === 'noun' ? [gloss.ja] : []));
  // Public agencies of a kind (the police, the fire service, the coast guard) are named by their own
  // English words, a definite mention too (the fire department): whatever came before, such a phrase
  // speaks for no one outside its kind, and a claim speaker of one kind is no body the phrase names
  // when none of its nouns is of that kind (the railway, the foundation for 警察).
  if (otherAgency(speaker, nouns)) return anotherSpeaker();
  // An indefinite phrase (A local angler, an elderly resident) brings in one person the page has not
  // named: never a body — the place's own, its head, or a company — that the claim gives the words
  // to, unless the phrase names that body's kind itself (a city official, a company spokesman).
  if (
    INDEFINITE_PERSON.test(phrase) &&
    !/\b[A-Z][a-z]+/u.test(phrase.replace(/^(?:A|An)\s/u, '')) &&
    !nouns.some((noun) => PUBLIC_NOUN.test(noun) || COMPANY_NOUN.test(noun)) &&
    (PUBLIC_SPEAKER.test(speaker.normalize('NFKC')) || COMPANY_SPEAKER.test(speaker.normalize('NFKC')))
  )
    return anotherSpeaker();
  // A definite phrase (the company, its operator) stands for a body named before, which may be the
  // claim's; only the place's own body (the town, the prefecture) is one whatever came before.
  // …but a company, whichever was named before, is never the place's own body or its head (町に
  // よると, 村長は): where the claim gives the words to one of those, the page gives them to another.
  // And the other way: a public body (the town, the prefectural board of education) is never a
  // company the claim names as one (運送会社によると).
  if (
    /^(?:the|its|their)\s/iu.test(phrase) &&
    ((nouns.some((noun) => COMPANY_NOUN.test(noun)) && PUBLIC_SPEAKER.test(speaker.normalize('NFKC'))) ||
      (nouns.some((noun) => PUBLIC_NOUN.test(noun)) && COMPANY_SPEAKER.test(speaker.normalize('NFKC'))))
  )
    return anotherSpeaker();
  // (A finder named by its own name, The Aoba health center, is no mention of a body named before.)
  if (
    /^(?:the|its|their)\s/iu.test(phrase) &&
    !(finder !== undefined && /^The\s+[A-Z]/u.test(phrase)) &&
    !nouns.some((noun) => ONE_KANJI_BODY.test(noun))
  )
    return undefined;
  const knows = nouns.length > 0 || /\b[A-Z][a-z]+/u.test(phrase.replace(/^(?:The|A|An)\s/u, ''));
  if (!knows) return undefined;
  const source = sentence.sourceId;
  // The place's own body (the town, town officials) is named whatever the page says of others;
  // anyone else only where the page names the claim's speaker too, so its spelling is known.
  if (
    !nouns.some((noun) => ONE_KANJI_BODY.test(noun)) &&
    !alignment.sentences.some(
      (each) =>
        each.sourceId === source &&
        each !== sentence &&
        speakerReadIn(claim, speaker, each.text, glossesOf(each)),
    )
  )
    return undefined;
  return anotherSpeaker();
}

/**
 * The sentence that clearly holds most of a claim's words by `scoreOf`: well ahead of the next, or
 * the only sentence holding any of them; headlines, which carry no attribution, left out.
 */
function clearlyBest(
  alignment: Alignment,
  scoreOf: (sentence: SourceSentence) => number,
): SourceSentence | undefined {
  let best: SourceSentence | undefined;
  let top = 0;
  let second = 0;
  for (const each of alignment.sentences) {
    if (each.isHeadline) continue;
    const score = scoreOf(each);
    if (score > top) {
      second = top;
      top = score;
      best = each;
    } else if (score > second) second = score;
  }
  if (best === undefined || top < 1 || (second > 0 && (top < 1.5 || top - second < 0.5))) return undefined;
  return best;
}

/**
 * The sentence that closes a quote `sentence` opens and leaves open (an odd number of double
 * quotation marks, the first before any other word): the next sentence of the same page, up to
 * three on, whose quotation marks close it. `sentence` itself where it opens no quote.
 */
function quoteCloser(alignment: Alignment, sentence: SourceSentence): SourceSentence {
  const marks = (text: string) => (text.match(/["“”]/gu) ?? []).length;
  if (!/^\s*["“]/u.test(sentence.text) || marks(sentence.text) % 2 === 0) return sentence;
  let current = sentence;
  for (let step = 0; step < 3; step++) {
    const next = alignment.sentences.find((each) => each.previous === current);
    if (next === undefined) return sentence;
    if (marks(next.text) % 2 === 1) return next;
    current = next;
  }
  return sentence;
}

/**
 * The one English sentence whose speaker is described with the age the claim gives its speaker
 * (29歳の会社員 for "…," said Ken Mori, a 29-year-old …; …, said Aya Ono, 29, …): news gives a
 * person's age where it introduces them, so the age finds the speaker's words. Undefined where the
 * claim's speaker has no age, or no sentence or more than one describes a speaker of that age.
 */
function describedByAge(alignment: Alignment, speaker: string): SourceSentence | undefined {
  const age = /(\d+)歳/u.exec(speaker.normalize('NFKC'))?.[1];
  if (age === undefined) return undefined;
  const pattern = new RegExp(`(?:\\b${age}-year-old\\b|,\\s*${age},)`, 'u');
  const found = alignment.sentences.filter((sentence) => {
    if (!alignment.scope.some((u) => u.document.id === sentence.sourceId && u.document.lang !== 'ja'))
      return false;
    const description = englishSpeakerDescription(sentence.text);
    return description !== undefined && pattern.test(description);
  });
  return found.length === 1 ? found[0] : undefined;
}

// Words for someone's staff or people in general, which any occupation fits: a closed class.
const GENERIC_STAFF = /^(?:職員|従業員|社員|スタッフ|関係者|担当者|責任者|人|者)$/u;

/**
 * The occupations an English description of a person gives (a 29-year-old bank clerk → 銀行員, a
 * nurse → 看護師): the vocabulary's nouns of persons that are role words (isRoleWord).
 */
function occupationsIn(description: string): string[] {
  return findGlosses(description).flatMap(({ gloss }) =>
    gloss.kind === 'noun' && gloss.counter === '人' && isRoleWord(gloss.ja) ? [gloss.ja] : [],
  );
}

/**
 * The role word of a claim's speaker (町議会議長 of 町議会議長の小田氏, 市職員 of 31歳の市職員, 責任者 of
 * 会社の技術責任者), the last part between の that names an office, a post or an occupation; undefined
 * for a body or a person named without one.
 */
function roleWordOf(speaker: string): string | undefined {
  const parts = speaker
    .normalize('NFKC')
    .replace(/(?:氏|さん|様)$/u, '')
    .split('の');
  return parts.reverse().find((part) => isRoleWord(part) || /(?:責任者|担当者)$/u.test(part));
}

// A speaker that is an official or a public body: news English calls its people officials (当局).
const OFFICIAL = /(?:担当者|職員|当局|関係者|幹部|責任者|[国県府都道市町村区省庁署局課])$/u;

/**
 * True when English text names the claim's speaker: a vocabulary noun of it (town: 町, a local
 * wholesaler: 卸売業者) is in the speaker, officials stand for an official or a public body, or the
 * speaker's name or a person's it names reads as one of its words (Nanyo, Shinohara). `glosses` are
 * findGlosses of the text, read once per sentence in the understanding (glossesOf, englishSpeakerIn).
 */
function speakerReadIn(
  claim: SentenceReading,
  speaker: string,
  text: string,
  glosses: readonly GlossMatch[],
): boolean {
  for (const { gloss } of glosses) {
    if (gloss.kind !== 'noun') continue;
    if (
      gloss.ja === '当局'
        ? OFFICIAL.test(speaker)
        : ONE_KANJI_BODY.test(gloss.ja)
          ? namedWithin(speaker, gloss.ja)
          : speaker.includes(gloss.ja)
    )
      return true;
  }
  if (readsInEnglish(readSpeakerTokens(claim, speaker), text)) return true;
  const at = claim.text.normalize('NFKC').replace(/\s+/gu, '').indexOf(speaker);
  return claim.people.some((person) => {
    if (!speaker.includes(person)) return false;
    const start = claim.text.indexOf(person, Math.max(0, at));
    const tokens = claim.tokens.filter((token) => token.start >= start && token.end <= start + person.length);
    return tokens.length > 0 && readsInEnglish(tokens, text);
  });
}

// Public agencies by kind, in the claim's speaker or the gloss of an English phrase's noun (警察官,
// 消防隊員): the coast guard's 保安署 and a fire station are not police stations. A closed class.
const AGENCY_KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['coast guard', /海上保安/u],
  ['fire service', /消防/u],
  ['police', new RegExp(`警察|捜査|${POLICE_NAME.source}`, 'u')],
];
// English nouns for who speaks that fit any agency: officials (当局), investigators.
const ANY_AGENCY = /^(?:当局|調査官|関係者|担当者)$/u;
// A claim speaker that names no one in particular (関係者, 当局): any phrase may be its.
const UNNAMED_SPEAKER = /^(?:関係者|当局|担当者|責任者|幹部)$/u;

function agencyOf(text: string): string | undefined {
  return AGENCY_KINDS.find(([, pattern]) => pattern.test(text))?.[0];
}

/**
 * True when an English speaker phrase, read by the nouns it glosses, names an agency of another
 * kind than the claim's speaker: the phrase names an agency the speaker is not of (the coast guard
 * for a ferry company), or the speaker is an agency and the phrase names only other bodies (the
 * railway for the police).
 */
export function otherAgency(speaker: string, nouns: readonly string[]): boolean {
  if (UNNAMED_SPEAKER.test(speaker) || nouns.some((noun) => ANY_AGENCY.test(noun))) return false;
  const claimed = agencyOf(speaker.normalize('NFKC'));
  const named = nouns.map(agencyOf).filter((kind) => kind !== undefined);
  if (named.length > 0) return !named.includes(claimed ?? '');
  return claimed !== undefined && nouns.length > 0;
}

// A body named by one kanji, news's shorthand for the body of that kind (県によると, 市は): a closed class.
const ONE_KANJI_BODY = /^[国県府都道市町村区]$/u;
// The indefinite article opening a speaker phrase (closed grammar).
const INDEFINITE_PERSON = /^(?:a|an)\s/iu;
// The vocabulary's words for a company, and a claim speaker that is a place's own body or its head
// (町, 浜野市, 県知事, 佐藤村長): a company is never one of those.
const COMPANY_NOUN = /^(?:会社|運営会社|企業|業者)$/u;
const PUBLIC_NOUN = /^(?:[国県府都道市町村区]|教育委員会|市役所|町役場|村役場|県庁)$/u;
const COMPANY_SPEAKER = /(?:会社|企業|業者)$/u;
const PUBLIC_SPEAKER = /(?:^|\p{Script=Han})(?:[国県府都道市町村区]|知事|[市町村区]長)$/u;

/**
 * True when the text names the speaker `name` (mentions). A body named by one kanji (県, 町) is not
 * named by that kanji inside a longer name, with more of the name on both sides (桔梗県苔野村 names a
 * village); it is where the kanji ends a name (潮凪県は), begins one (県警, 県緑川保健所: the
 * prefecture's own bodies) or heads the body as its chief (市長).
 */
function namedWithin(text: string, name: string): boolean {
  if (!ONE_KANJI_BODY.test(name))
    return namesPublicBody(name) ? bodyNamedWithin(text, name) : mentions(text, name);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const inside =
      /\p{Script=Han}$/u.test(text.slice(0, at)) &&
      /^(?!長)\p{Script=Han}/u.test(text.slice(at + name.length));
    if (!inside) return true;
  }
  return false;
}

/**
 * True when the antecedent of a source's 同社/町 reference is the claim's speaker `name`: the whole
 * name (refersTo), a one-kanji body only as the end of its compound (namedWithin).
 */
/**
 * True when `text` names the public body `name` (青葉署): the whole name, or its place and the same
 * kind of body with words between (青葉警察署). Not by its first two characters, as a person is by
 * a surname: those are the place's, and the same place's other bodies (青葉町) share them.
 */
function bodyNamedWithin(text: string, name: string): boolean {
  if (text.includes(name)) return true;
  const chars = [...name];
  // The kind of body: the shortest ending that names one (署, 大学, 教育委員会's 会); before it, the place.
  const cut = chars.findLastIndex((_, at) => at > 0 && namesPublicBody(chars.slice(at).join('')));
  if (cut < 2) return mentions(text, name);
  const place = chars.slice(0, cut).join('');
  const kind = chars.slice(cut).join('');
  return new RegExp(`${literal(place)}\\p{Script=Han}{0,4}${literal(kind)}`, 'u').test(text);
}
/** A word as a regular expression matching it literally. */
function literal(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The kanji that ends an administrative division's name (苔野県, 苔野市, 苔野郡): a place. */
const ADMINISTRATIVE = /[都道府県市区町村郡]/u;

// X の and a word for its account (X の発表, X の調べ, X の話): X tells it.
const OWN_ACCOUNT = /^(?:発表|公表|調|調査|話|説明|試算|見解|報告|取材|担当|広報)/u;

/**
 * True when the narration names `name` (namedWithin) where it may be who tells something: not only
 * as the object of a verb (X を) nor as the owner of a thing (X のフェリー, X の車両), where the
 * sentence tells of it, nor as the place where it happened (X で: 桔梗県苔野村の X で火事が起き),
 * nor as the head of an address (X 県霞市の…: a smaller division follows it), nor by its first two
 * characters where those are a place, an administrative division's name before its kind (苔野町
 * for 苔野建設: the surname reading of mentions does not hold there). X の and a role word (X の担当者,
 * X の社長) or a word for its account is X's own voice.
 */
function namedAsTeller(narration: string, name: string): boolean {
  const told = new RegExp(
    `${literal(name)}(?:[\\p{Script=Han}\\p{Script=Katakana}ー]*(?=を|の([\\p{Script=Han}\\p{Script=Katakana}ー]+))|(?=で(?![はもの])))`,
    'gu',
  );
  const chars = [...name];
  const head = chars.slice(0, 2).join('');
  const place =
    chars.length > 2 && !ADMINISTRATIVE.test(chars[2] ?? '')
      ? new RegExp(`${literal(head)}(?=${ADMINISTRATIVE.source})`, 'gu')
      : // A division named as the head of an address (苔野県霞市の…: the smaller division follows it).
        chars.length >= 2 && ADMINISTRATIVE.test(chars.at(-1) ?? '')
        ? new RegExp(`${literal(name)}(?=\\p{Script=Han}{1,4}?[市区町村郡])`, 'gu')
        : undefined;
  const blanked = narration
    // The dateline (【苔野】) and a name in brackets before で (ビル「苔野タワー」で) give the place.
    .replace(/^【[^【】]{1,12}】|「[^「」]{1,30}」(?=で(?![はもの]))/gu, (whole) => '□'.repeat(whole.length))
    .replace(told, (whole: string, ...rest: unknown[]) => {
      const owned = rest[0];
      return typeof owned === 'string' && (isRoleWord(owned) || OWN_ACCOUNT.test(owned))
        ? whole
        : '□'.repeat(whole.length);
    })
    .replace(place ?? /(?!)/gu, (whole) => '□'.repeat(whole.length));
  return namedWithin(blanked, name);
}

function antecedentNames(antecedent: string, name: string): boolean {
  return ONE_KANJI_BODY.test(name) ? namedWithin(antecedent, name) : antecedent.includes(name);
}

/**
 * The speaker phrase's tokens with a one-kanji "person" written straight after another kanji read as
 * part of that word (楢岡消防: 楢 + 岡, a place's name, no surname 岡): a surname alone stands after a
 * particle or at the start of the phrase (林氏, 市の林課長).
 */
function wholeWords(tokens: readonly Token[]): Token[] {
  return tokens.map((token, i) => {
    const before = tokens[i - 1];
    if (
      token.nameKind !== 'person' ||
      [...token.surface].length !== 1 ||
      before === undefined ||
      before.end !== token.start ||
      before.nameKind === 'person' ||
      !/\p{Script=Han}$/u.test(before.surface)
    )
      return token;
    const { nameKind: _, ...rest } = token;
    return rest;
  });
}

/**
 * The speakers of the claim's clauses that report on their own (東陵鉄道は時速約65キロとしているが、
 * 燈台新聞は…と伝えている; …と話し、栗浜市長は大変残念だとした): the topic (X は) at the start of a
 * clause or after its comma, where the clause ends in a reporting verb (or, given held, in a view
 * its topic holds: …考えだ). Read on a claim and, by the attribution check, on a source sentence.
 */
function clauseSpeakers(
  reading: Pick<SentenceReading, 'text' | 'clauses' | 'quotes'>,
  held?: RegExp,
): Array<{ clause: number; speaker: string }> {
  const found: Array<{ clause: number; speaker: string }> = [];
  reading.clauses.forEach((clause, index) => {
    // (a clause that opens inside a quote has the quote's words, not a topic of the narration)
    if (reading.quotes.some((quote) => quote.start < clause.start && clause.start < quote.end)) return;
    const text = reading.text.slice(clause.start, clause.end).trim();
    const topic = /(?:^|[、，])([^、，。「」]{1,15}?)は/u.exec(text)?.[1];
    if (topic !== undefined && (SPEECH.test(text) || held?.test(text) === true))
      found.push({ clause: index, speaker: topic });
  });
  return found;
}

/**
 * Who speaks for a speaker that is no person: a ruling (判決は…と指摘した) gives the reasons its
 * presiding judge reads out, so a sentence giving them to 裁判長 or 裁判官 says the same.
 */
function spokesOf(speaker: string): string[] {
  return /判決$/u.test(speaker) ? ['裁判長', '裁判官'] : [];
}

function readSpeakerTokens(claim: SentenceReading, speaker: string, exact = false) {
  const at = claim.text.normalize('NFKC').replace(/\s+/gu, '').indexOf(speaker);
  if (at < 0) return [];
  const end = at + speaker.length + (exact ? 0 : 4);
  return claim.tokens.filter((token) => token.start >= at && token.end <= end);
}

/**
 * True when the claim's speaker phrase (its tokens) describes the source's speaker: its head, the
 * last part after の (霧生観光開発 of 運行会社の霧生観光開発, 男性 of 31歳の男性), is in the source's
 * speaker phrase, whole or all its words (水産課長 in 県水産課の…課長), and what each part before it
 * says (運行会社, 県, 5年目) is in the source sentence or where it names its speaker: a description
 * the claim takes from elsewhere in the sentence gives the words to no one else. Figures are the
 * quantity check's to compare, and a word for a kind of company (会社) only says what the named
 * body is.
 */
function describesSpeaker(
  tokens: readonly Token[],
  sourcePhrase: string,
  around: string,
  described: readonly Token[] = [],
): boolean {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    if (token.surface === 'の' && token.pos === '助詞') parts.push([]);
    else parts.at(-1)?.push(token);
  }
  const head = parts.at(-1) ?? [];
  const headKeys = head.filter(isContentToken).map(keyOf);
  const headText = normalizeForMatch(head.map((token) => token.surface).join(''));
  if (headKeys.length === 0) return false;
  if (!sourcePhrase.includes(headText) && !headKeys.every((key) => sourcePhrase.includes(key))) return false;
  // A public body's kind (浜野署's 署) is no content key: the phrase must name that body, not only its
  // place (浜野署 is not 浜野観光).
  if (namesPublicBody(headText) && !bodyNamedWithin(sourcePhrase, headText)) return false;
  return parts
    .slice(0, -1)
    .flatMap((part) => part.filter((token) => isContentToken(token) && !isCompanyWord(token.surface)))
    .every((token) => around.includes(keyOf(token)) || sameRelation(token, described));
}

/**
 * True when a noun modifier of the claim's speaker (近所の, 乗客の) says what a relative clause of
 * the source's description of that speaker says (近くに住む, 乗っていた): a noun of two kanji or
 * more whose first kanji begins a word there written with that one kanji and kana (乗っ, 近く).
 * Read only in the clause before the sentence's quote, which describes its own speaker: a
 * modifier of another speaker's description, or a noun there (市の職員), does not pass.
 */
function sameRelation(token: Token, described: readonly Token[]): boolean {
  if (token.pos !== '名詞' || !/^\p{Script=Han}{2,}$/u.test(token.surface)) return false;
  const stem = token.surface[0] as string;
  return described.some((word) => new RegExp(`^${stem}\\p{Script=Hiragana}+$`, 'u').test(word.surface));
}

/**
 * True when the claim names its speaker by surname and office (林局長) and the source's speaker
 * phrase is that office, or one ending in it (消防局長), written right after a run of kanji that
 * opens with the surname (林一之消防局長): a full name whose given name the dictionary did not read
 * as a name, so the phrase read as the speaker lost the surname before it. The office is the
 * longest ending of two characters or more the two share; the surname what the claim writes before it.
 */
function surnameAndOfficeOf(speaker: string, phrase: string, text: string): boolean {
  if (!/^\p{Script=Han}+$/u.test(phrase) || !/^\p{Script=Han}+$/u.test(speaker)) return false;
  let shared = 0;
  while (
    shared < Math.min(speaker.length, phrase.length) &&
    speaker.at(-1 - shared) === phrase.at(-1 - shared)
  )
    shared++;
  const surname = speaker.slice(0, speaker.length - shared);
  if (shared < 2 || surname.length < 1 || surname.length > 4) return false;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const run = /\p{Script=Han}+$/u.exec(text.slice(0, at))?.[0] ?? '';
    // The surname, then a given name of one to three kanji: before the phrase, or within it (林一之局長).
    const given = run === '' ? phrase.length - surname.length - shared : run.length - surname.length;
    if ((run === '' ? phrase : run).startsWith(surname) && given >= 1 && given <= 3) return true;
  }
  return false;
}

/**
 * True when a sentence told as hearsay (…という, no によると of its own) carries on the account of the
 * speaker the sentence before names (X によると、…。Y が「…」と考え、…したという): what it tells outside
 * its quotes is that speaker's (`name`), not the words of whoever its quote gives a thought to.
 */
function relayedNarrationOf(sentence: SourceSentence, name: string): boolean {
  const narration = normalizeForMatch(stripQuotes(sentence.text, sentence.quotes));
  if (!/という。?$/u.test(narration) || /によると|によれば|によりますと/u.test(narration)) return false;
  const carried = sentence.previous?.speaker;
  return carried !== undefined && namedWithin(normalizeForMatch(carried), name);
}

/**
 * Where a page first describes the speaker it later calls by the bare noun (54歳の男性運転手が
 * けがをした … 運転手は「…」と話した): the words outside quotes of the nearest earlier sentence of the
 * same page that names that noun, within the five before it, read as what the source says of the
 * speaker. Empty where the phrase is no bare noun of two characters or more.
 */
function introducedBefore(
  sentence: SourceSentence,
  document: { sentences: readonly SourceSentence[] } | undefined,
  phrase: string,
): string {
  if (document === undefined || !/^[\p{Script=Han}\p{Script=Katakana}ー]{2,}$/u.test(phrase)) return '';
  const index = document.sentences.indexOf(sentence);
  if (index < 0) return '';
  for (const other of document.sentences.slice(Math.max(0, index - 5), index).reverse()) {
    const own = normalizeForMatch(stripQuotes(other.text, other.quotes));
    if (own.includes(phrase)) return own;
  }
  return '';
}

/** The head noun of a speaker phrase: 白川県の試算 → 白川県; 県農政課 → 県農政課. */
function headOf(speaker: string): string {
  return speaker.split('の')[0] ?? speaker;
}

/**
 * True when a name read as a person's stands for one in the claim: it has a role there (村瀬一郎
 * 裁判長), or a particle or an honorific (氏, さん) follows it. A surname-like word that begins a
 * compound of common nouns (東雲電工, a company) names no person.
 */
function namesPerson(claim: SentenceReading, person: string): boolean {
  if (claim.roles.some((role) => role.person === person)) return true;
  // The token after each run of person-name tokens that spells the name (as findPeople reads them).
  const tokens = claim.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.nameKind !== 'person' || tokens[i - 1]?.nameKind === 'person') continue;
    let end = i;
    let run = '';
    while (tokens[end]?.nameKind === 'person') run += (tokens[end++] as Token).surface;
    if (normalizeForMatch(run) !== person) continue;
    const after = tokens[end];
    if (after === undefined || after.pos !== '名詞' || after.posDetail === '接尾') return true;
  }
  return false;
}

/**
 * A claim given to an outlet (X新聞によると…) rests on that outlet's page: when another listed
 * page says it clearly better (the outlet's best sentence holds under 80% of what the best one
 * holds of the claim's words), or gives a figure of the claim that the outlet's page does not,
 * the claim moves one outlet's report to another.
 */
function outletAttribution(
  claim: SentenceReading,
  alignment: Alignment,
  outlets: ReadonlySet<string>,
  path: string,
): Finding[] {
  const sites = [...outlets].map((id) => alignment.siteNames.get(id) ?? '');
  // A clause that another reporter speaks (東陵鉄道は…としているが、燈台新聞は…と伝えている) gives
  // its words and figures to that reporter, not to the outlet.
  const others = clauseSpeakers(claim)
    .filter(({ speaker }) => !sites.some((site) => normalizeForMatch(speaker).includes(site)))
    .map(({ clause }) => claim.clauses[clause]);
  const ownClauses = claim.clauses.filter((clause) => !others.includes(clause));
  const content = ownClauses
    .flatMap((clause) => clause.keys)
    .filter((key) => !sites.some((site) => site.includes(key)));
  let best: SourceSentence | undefined;
  let bestScore = 0;
  let own = 0;
  const scoreOf = overlapScorer(alignment, content);
  for (const sentence of alignment.sentences) {
    const score = scoreOf(sentence);
    if (outlets.has(sentence.sourceId)) own = Math.max(own, score);
    else if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  // A figure of the claim that another page gives and the outlet's does not is that page's report.
  const holds = (sentence: SourceSentence, quantity: Quantity) =>
    sentence.quantities.some((other) => sameUnit(quantity, other) && sameValue(quantity, other));
  const figure = outsideQuotes(claim, alignment.quantities)
    .filter((quantity) =>
      ownClauses.some((clause) => quantity.start >= clause.start && quantity.end <= clause.end),
    )
    .map((quantity) => ({
      quantity,
      elsewhere: alignment.sentences.find(
        (sentence) => !outlets.has(sentence.sourceId) && holds(sentence, quantity),
      ),
    }))
    .find(
      ({ quantity, elsewhere }) =>
        elsewhere !== undefined &&
        !alignment.sentences.some((sentence) => outlets.has(sentence.sourceId) && holds(sentence, quantity)),
    );
  if (figure?.elsewhere !== undefined) {
    best = figure.elsewhere;
    bestScore = Number.POSITIVE_INFINITY;
  }
  if (best === undefined || bestScore < 2 || own >= 0.8 * bestScore) return [];
  const outlet = sites.join('・');
  const other = alignment.siteNames.get(best.sourceId) ?? best.sourceId;
  return [
    pathFinding(
      'support.attribution',
      'error',
      path,
      `The claim gives to ${outlet} what ${other} reports: 「${best.text}」.`,
      outlet,
      { kind: 'outlet', speaker: outlet, sourceSpeaker: other, sourceText: best.text },
    ),
  ];
}

// Who in a body speaks: the head of its office (社長, 知事, 局長, 代表) is not its other people
// (広報担当者, 職員), nor the head of another office. A closed class of Japanese office titles.
const OFFICE_HEAD = /(?:長|知事|大臣|代表|総裁|頭取|会頭|理事)$/u;

/**
 * True when the claim's speaker and the source's are different people of one body: both written
 * as body の person (北浜風力の社長, 北浜風力の広報担当者), one of them the head of an office, and
 * neither person word holding the other (担当者 and 広報担当者 are one). A title the source gives
 * after a person's name (大槻美穂課長 of 県水産課の大槻美穂課長) is the same officer as a claim's title
 * that adds only words of the source's phrase to it (水産課長).
 */
function otherOfficer(claimed: string, source: string, people: readonly string[]): boolean {
  const person = (phrase: string) => {
    const at = phrase.lastIndexOf('の');
    return at < 1 ? undefined : normalizeForMatch(phrase.slice(at + 1));
  };
  const mine = person(claimed);
  const theirs = person(source);
  if (mine === undefined || theirs === undefined || mine === '' || theirs === '') return false;
  if (mine.includes(theirs) || theirs.includes(mine)) return false;
  // 蓼科町長 for 蓼科悦郎町長: the surname and the office of the person the source names in full.
  if (isSurnameAndTitleOf(mine, theirs)) return false;
  const name = people.find((person) => theirs.startsWith(person) && theirs.length > person.length);
  const title = name === undefined ? '' : theirs.slice(name.length);
  if (
    title !== '' &&
    mine.endsWith(title) &&
    normalizeForMatch(source).includes(mine.slice(0, -title.length))
  )
    return false;
  return OFFICE_HEAD.test(mine) || OFFICE_HEAD.test(theirs);
}

/**
 * A speaker described as another officer of the body: a claim that gives reported words to the
 * head of a body's office (北浜商会の会頭は…と話した) while the sources, all Japanese, never name
 * that office of that body — no sentence has the office after the body's name or a 同- word for it
 * (北浜商会の会頭, 同商会の森会頭) — and give the body's words only to another of its people
 * (北浜商会の担当者は…と話した), describes a speaker the sources do not have. Undefined (say nothing)
 * where the body's speaker in the sources is unknown or the sources name the office.
 */
function officerTheSourceLacks(
  claim: SentenceReading,
  speaker: string,
  alignment: Alignment,
): { speaker: string; sentence: SourceSentence } | undefined {
  const at = speaker.lastIndexOf('の');
  if (at < 2) return undefined;
  const body = normalizeForMatch(speaker.slice(0, at));
  const office = normalizeForMatch(speaker.slice(at + 1));
  // A title alone (組合長, 校長): a person named with it (森会頭) is the name checks' to read.
  if (!/^\p{Script=Han}{2,6}$/u.test(office) || !OFFICE_HEAD.test(office) || body.length < 2)
    return undefined;
  if (claim.people.some((person) => office.includes(normalizeForMatch(person)))) return undefined;
  if (alignment.scope.some((u) => u.document.lang !== 'ja')) return undefined;
  const sentences = alignment.scope.flatMap((u) => u.sentences);
  const bodyNamed = (text: string, sentence: SourceSentence) =>
    text.includes(body) ||
    sentence.references.some(
      (reference) =>
        text.includes(normalizeForMatch(reference.text)) &&
        reference.antecedents.some((antecedent) => normalizeForMatch(antecedent).includes(body)),
    );
  // The office named of the body: after its name (or a 同- word for it), within the noun phrase.
  for (const sentence of sentences) {
    const text = normalizeForMatch(sentence.text);
    for (let i = text.indexOf(office); i >= 0; i = text.indexOf(office, i + 1)) {
      const before =
        text
          .slice(Math.max(0, i - 16), i)
          .split(/[、。「」]/u)
          .at(-1) ?? '';
      if (bodyNamed(before, sentence)) return undefined;
    }
  }
  const people = (sentence: SourceSentence) => [...sentence.people, ...(sentence.previous?.people ?? [])];
  for (const sentence of sentences) {
    if (!sentence.reported && sentence.quoteSpeaker === undefined) continue;
    const theirs = sentence.quoteSpeaker ?? sentence.speaker;
    if (theirs === undefined) continue;
    const phrase = normalizeForMatch(theirs);
    if (!phrase.startsWith(`${body}の`)) continue;
    if (otherOfficer(speaker, theirs, people(sentence))) return { speaker: theirs, sentence };
  }
  return undefined;
}
