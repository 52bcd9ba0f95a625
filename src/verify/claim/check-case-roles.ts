import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import type { Token } from '../../text/tokenizer.ts';
import {
  bodySideOf,
  inOrderWithin,
  levelOf,
  namesBody,
  namesPublicBody,
} from '../../understand/coreference.ts';
import { modifiesNoun } from '../../understand/date-head.ts';
import { directedPeers } from '../../understand/directed-act.ts';
import { alignmentGlosses } from '../../understand/english-gloss.ts';
import { englishPassiveDoers } from '../../understand/english-passive.ts';
import {
  isContentToken,
  isRoleWord,
  keyOf,
  type SentenceReading,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import { compoundStart, pastGlossBefore } from '../../understand/subject.ts';
import { documentAliases, type SourceSentence } from '../../understand/understand-document.ts';
import { type Alignment, alignClause } from './alignment.ts';
import { personNoun, rolesCompatible } from './check-roles.ts';
import { pastPlanNoun } from './cleft-plan.ts';
import { namesOfficersBody } from './office-holder.ts';
import { toldInstead } from './told-side.ts';

// Who did what to whom: the case roles of the participants of one predicate, claim against source.

/** What a participant is to its predicate: the doer, the one acted on or at, or a topic of unclear role. */
type Role = 'agent' | 'other' | 'topic';

/** `owner`: the body a person is the staff or officer of, written before it with の (青海物産の社員). */
type Noun = { noun: string; who: boolean; owner?: string };

interface Participant {
  /** The noun compound, NFKC without whitespace. */
  noun: string;
  role: Role;
  /** A who, not a what: a name, a body (市, 水道局), an office or one called by what they do (議員, 漁業者). */
  who: boolean;
  /** The particle that bound it (に: the one an act goes to), when one did. */
  marker?: Marker;
  /** For staff or an officer (社員, 担当者, 社長): the named body written before it with の (ownerBefore). */
  owner?: string;
}

/** One predicate with the participants its case particles bind to it. */
export interface Frame {
  lemma: string;
  start: number;
  end: number;
  participants: Participant[];
  /** A passive that names no doer (番頭が売却を持ちかけられた): only who it was done to is read. */
  doerless?: true;
  /** An act of telling or asking whose receiver is unsaid (XからNがあった): only who did it is read. */
  unsaid?: true;
  /** A cleft (NをVたのはXだった): X is said to be the one who did it. */
  cleft?: true;
  /** An act of giving whose doer is unsaid (NはXに委託している): only whom it went to is read. */
  givenTo?: true;
}

const isCompoundNoun = (token: Token) =>
  (token.pos === '名詞' &&
    token.posDetail !== '非自立' &&
    token.posDetail !== '数' &&
    token.posDetail !== '副詞可能') ||
  token.pos === '接頭詞';

/** The last token of the noun compound before the number at `first - 1` (業者 of 業者9社), or -1. */
function countedEnd(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  if (tokens[k]?.posDetail !== '数') return -1;
  while (k > 0 && tokens[k - 1]?.posDetail === '数' && tokens[k - 1]?.end === tokens[k]?.start) k--;
  const end = k - 1;
  const last = tokens[end];
  if (last === undefined || last.end !== tokens[k]?.start || !isCompoundNoun(last)) return -1;
  // A date or time before the number (3月4日) is no counted noun: the compound needs a noun of its own.
  const start = compoundStart(tokens, end, isCompoundNoun);
  const compound = tokens.slice(start, end + 1);
  if (!compound.some((token) => token.pos === '名詞' && token.posDetail !== '接尾')) return -1;
  if (tokens[start - 1]?.posDetail === '数' && tokens[start - 1]?.end === tokens[start]?.start) return -1;
  return end;
}

/** The first token of that compound, or undefined when the compound before `first` is no counted noun. */
function countedNoun(tokens: readonly Token[], first: number): number | undefined {
  const end = countedEnd(tokens, first);
  return end < 0 ? undefined : compoundStart(tokens, end, isCompoundNoun);
}

/** The noun compound right before token `i` (past a gloss in brackets), or undefined. */
function nounBefore(tokens: readonly Token[], i: number, text: string): Noun | undefined {
  const j = pastGlossBefore(tokens, i);
  const last = tokens[j];
  if (last !== undefined && nominalVerb(tokens, j, i))
    return { noun: normalizeForMatch(last.surface), who: false };
  if (last !== undefined && /^[」』]$/u.test(last.surface)) return bracketedName(tokens, j, text);
  if (last === undefined || !isCompoundNoun(last)) return undefined;
  let first = compoundStart(tokens, j, isCompoundNoun);
  let parts = tokens.slice(first, j + 1);
  // Who, counted (業者9社, 男性2人): the noun before the number and its counter is the participant.
  const counted = countedNoun(tokens, first);
  if (counted !== undefined && parts.every((token) => token.posDetail === '接尾')) {
    [first, parts] = [counted, tokens.slice(counted, countedEnd(tokens, first) + 1)];
  }
  // A date, a number or a word of time (24日に, 午後に) is no participant. A public body of one
  // character right after a noun that is no word of its own (…点検するよう町に指示した: the
  // tokenizer takes 町 as よう's suffix) is that body.
  if (!parts.some((token) => token.pos === '名詞' && token.posDetail !== '接尾')) {
    const [only] = parts;
    const before = tokens[first - 1];
    if (
      parts.length !== 1 ||
      only === undefined ||
      !/^[市町村県区国府都]$/u.test(only.surface) ||
      before?.pos !== '名詞' ||
      before.posDetail !== '非自立'
    )
      return undefined;
    return { noun: only.surface, who: true };
  }
  const noun = normalizeForMatch(
    text.slice((parts[0] as Token).start, (parts[parts.length - 1] as Token).end),
  );
  const who =
    parts.some((token) => token.nameKind !== undefined || token.posDetail === '固有名詞') ||
    namesBody(noun) ||
    // An office of a body by its last word (土木事務所, 保健所, 支所: bodySideOf) is a who as …局 is.
    bodySideOf(noun) === 'office' ||
    BODY_SHORT.test(noun) ||
    isRoleWord(noun) ||
    /者$/u.test(noun);
  const owner = ownerBefore(tokens, first, text, noun);
  return owner === undefined ? { noun, who } : { noun, who, owner };
}

/**
 * A name in brackets right before a particle (設備会社「北星防災」に委託した, 管理者の「森の輪」が):
 * news brackets the names of firms, shops and groups, and the name is the participant. The name
 * is short and ends in a noun (の and a 中黒 may join its parts, 森の輪). It is a who when its own
 * words read as a name or a body, or when the noun it names is set before it as its kind (業者「…」,
 * 管理者の「…」: a who by its ending or as a body); a bracketed word with no such kind before it
 * (「警戒」に引き上げた) is a thing and must be nouns only. `close` is the closing bracket's index.
 */
function bracketedName(tokens: readonly Token[], close: number, text: string): Noun | undefined {
  let open = close - 1;
  while (open >= 0 && !/^[「『]$/u.test((tokens[open] as Token).surface)) open--;
  const inside = tokens.slice(open + 1, close);
  const [first, last] = [inside[0], inside[inside.length - 1]];
  if (open < 0 || first === undefined || last === undefined || inside.length > 8) return undefined;
  const noun = normalizeForMatch(text.slice(first.start, last.end));
  if (noun.length < 2 || noun.length > 20) return undefined;
  // The kind set before the name: right before the bracket, or before の and the bracket.
  const kindEnd =
    tokens[open - 1]?.surface === 'の' && tokens[open - 1]?.pos === '助詞' ? open - 2 : open - 1;
  const end = tokens[kindEnd];
  let kind = false;
  if (end !== undefined && isCompoundNoun(end)) {
    const start = compoundStart(tokens, kindEnd, isCompoundNoun);
    const words = normalizeForMatch(text.slice((tokens[start] as Token).start, end.end));
    kind = whoByWords([], words);
  }
  // After its kind, a name whatever the tokenizer makes of its parts (浅 read as an adjective, 与 as
  // a verb): nouns, adjectives and verbs, の and a 中黒 between them; no other particle, no mark that
  // ends a clause, no auxiliary. With no kind before it, nouns only.
  const partOfName = (token: Token) =>
    isCompoundNoun(token) ||
    (token.pos === '助詞' && token.surface === 'の') ||
    (token.pos === '記号' && /^(?:・|･)$/u.test(token.surface)) ||
    (kind && (token.pos === '形容詞' || token.pos === '動詞'));
  if (!inside.every(partOfName) || !isCompoundNoun(last)) return undefined;
  const named =
    inside.some((token) => token.nameKind !== undefined || token.posDetail === '固有名詞') ||
    namesBody(noun) ||
    BODY_SHORT.test(noun);
  return { noun, who: named || kind };
}

/**
 * The body whose staff or officer the noun starting at `first` is: a person by what they are or do
 * (a role word such as 社長, or an ending such as 員, 者) right after a named body and の (青海物産の
 * 社員 → 青海物産). Undefined when the noun is no such person or what comes before の is no name or
 * body (現場の社員 has none).
 */
function ownerBefore(
  tokens: readonly Token[],
  first: number,
  text: string,
  noun: string,
): string | undefined {
  if (!(isRoleWord(noun) || PERSON_DOER.test(noun))) return undefined;
  const particle = tokens[first - 1];
  if (particle?.surface !== 'の' || particle.pos !== '助詞') return undefined;
  const last = first - 2;
  const end = tokens[last];
  if (end === undefined || !isCompoundNoun(end) || end.end !== particle.start) return undefined;
  const start = compoundStart(tokens, last, isCompoundNoun);
  const parts = tokens.slice(start, last + 1);
  const owner = normalizeForMatch(text.slice((parts[0] as Token).start, end.end));
  const named = parts.some((token) => token.nameKind !== undefined || token.posDetail === '固有名詞');
  return owner.length >= 2 && (named || namesBody(owner)) ? owner : undefined;
}

/**
 * True when a source participant and the claim's are the staff of two different bodies, both named
 * in the claim (the staff of A in the claim for the staff of B in the source, the claim naming B
 * too): one word, 社員 or 担当者, for two different people. A reference word (同社) as the owner is
 * left unread.
 */
function otherOwners(claimNorm: string, source: Participant | undefined, claimed: Participant): boolean {
  const [theirs, mine] = [source?.owner, claimed.owner];
  if (theirs === undefined || mine === undefined || /^[同当両]/u.test(theirs)) return false;
  return !same(theirs, mine) && names(claimNorm, theirs);
}

/**
 * True when the token at `j` is a verb used as a noun: in its 連用形 right before the case particle
 * を or が at `i` (運び出しを請け負う, 打ち上げが続く) — an act named, never a predicate there. (に after
 * a 連用形 tells a purpose, 買いに行く, and は an emphasis, 見はしない: neither is read.)
 */
function nominalVerb(tokens: readonly Token[], j: number, i: number): boolean {
  const own = tokens[j];
  const particle = tokens[i];
  return (
    own !== undefined &&
    j === i - 1 &&
    own.pos === '動詞' &&
    own.posDetail === '自立' &&
    own.baseForm !== 'する' &&
    own.inflection === '連用形' &&
    particle?.posDetail === '格助詞' &&
    /^(?:を|が)$/u.test(particle.surface)
  );
}

type Marker = 'ga' | 'wa' | 'wo' | 'ni' | 'kara' | 'by';

// Bodies by an ending namesBody does not read: 館 (図書館, 博物館, and 館 alone, news's shorthand for
// the one named); the services named by what they are, 警察 (県警察, 警察 alone, 県警) and 消防 (市消防).
// (教委 and 所 were tried too: 町教委 read as a who against 町 flagged a faithful claim.)
const BODY_SHORT = /(?:館|警察|県警|消防)$/u;
// Bodies that are no company (市教委, 保健所, 図書館): 同社 does not stand for them.
const NO_COMPANY = /(?:教委|所|館)$/u;

/** True when a predicate asks, orders or tells someone (directed-act.ts). */
const isDirected = (lemma: string) => directedPeers(lemma).length > 0;

/**
 * The predicates of a sentence (verbs and verbal nouns with する, outside quotes) with the nouns
 * their case particles bind: が, を, に, から and によって bind the next predicate; a は bound before
 * any predicate of its clause (町は…調べ、…した) is the topic of every main predicate after it, up to
 * the next such は. A predicate heading a relative clause (渡っていた車) takes only the participants
 * after the last comma before it; one before the comma waits for the main predicate. Passive
 * (れる/られる) turns the roles; XがNを受ける with a verbal noun N (依頼を受ける) is N done by the
 * から-noun to X.
 */
export function framesOf(reading: SentenceReading, carried?: Noun): Frame[] {
  const tokens = reading.tokens;
  const outside = stripQuotes(reading.text, reading.quotes);
  const frames: Frame[] = [];
  // toward: bound by に対し(て), which names whom an act of asking or telling is directed at.
  // goal: bound by へ, which names where an act goes (園へ通報した), never a passive's doer.
  // contrast: bound by には, a に set off as a contrast or topic (市には報告しなかった).
  let pending: Array<Noun & { marker: Marker; at: number; toward?: true; goal?: true; contrast?: true }> = [];
  // A sentence with no が and no は of its own (また、県に対し…申し入れた) goes on with the topic of
  // the sentence before it, which the caller passes (carriedTopic): its main predicates' doer.
  let topic: Noun | undefined = carried !== undefined && !bindsSubject(reading) ? carried : undefined;
  let firstTopic: Noun | undefined = topic;
  let topicFresh = false;
  let lastComma = -1;
  // The が of a clause that ends in a comma (社員が…撮影し、知人に送った): the doer of the next main
  // predicate too when that one has no が, no は and no topic of its own.
  let continued: Noun | undefined;
  // The who of a clause's を that ends in a comma (会長を呼び、): whom the next main predicate asks.
  let called: Noun | undefined;
  // Every predicate binds the particles before it; only verbs give frames (可能性があるとみて調べる).
  // An adjectival noun made a verb (明らかにした) ends at its に: adjectivalAct.
  const verbs = reading.predicates.map((predicate) => adjectivalAct(reading, predicate) ?? predicate);
  let v = 0;
  // Whether the verb at index `nominalOf` is nominal: it depends on the verb alone, so it is worked
  // out once per verb, not again at every token up to it.
  let nominalOf = -1;
  let nominal = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const verb = verbs[v];
    // A verbal noun followed by a particle (減免は, 調査を) is a noun here, not a predicate.
    if (nominalOf !== v) {
      nominalOf = v;
      const next = verb === undefined ? undefined : tokens.find((t) => t.start >= verb.end);
      nominal = next !== undefined && /^(?:は|が|を|に|も|の)$/u.test(next.surface) && next.pos === '助詞';
    }
    if (verb !== undefined && token.start >= verb.start && (nominal || inCompound(tokens, verb))) v++;
    else if (verb !== undefined && token.start >= verb.start) {
      v++;
      // A predicate inside a quote is the quote's own: the particles before the quote, outside it,
      // wait for the verb the quote is said with (YはXから「…を急いで」と頼まれた).
      if (outside[verb.start] === '＊') continue;
      // What someone is asked to do (XがYに対し、…をやめるよう求めた): who asks (が, は, a passive's
      // から) and who is asked (に) wait for the verb of asking; what is to be done stays with its own verb.
      const next3 = tokens.filter((t) => t.start >= verb.end).slice(0, 3);
      const direct = next3.some((t) => /^よう(?:に)?$/u.test(t.surface));
      const chained = !direct && askedChain(reading, verb, v);
      if (direct || chained) {
        pending = pending.filter((item) => /^(?:ga|wa|ni|by|kara)$/u.test(item.marker));
        // An earlier verb of the asked act may have its own が after the last comma (…に対し、消毒が
        // 終わるまで…よう命じた): that one is neither the asker nor the one asked.
        if (chained && lastComma >= 0)
          pending = pending.filter((item) => item.marker !== 'ga' || item.at <= lastComma);
        i = Math.max(i, tokens.findIndex((t) => t.start >= verb.end) - 1);
        if (i < 0) break;
        continue;
      }
      const relative =
        modifiesNoun(reading, verb) || headInBrackets(reading, verb) || givenRelative(reading, verb);
      // Xに対し waits for the verb of asking or telling later in the sentence (XはYに対し、…が終わる
      // まで…よう命じた; …恐れがあると伝えた): a verb on the way is not what is directed at Y.
      const held =
        !isDirected(verb.lemma) &&
        verbs.slice(v).some((later) => isDirected(later.lemma) && outside[later.start] !== '＊')
          ? pending.filter((item) => item.toward === true)
          : [];
      const free = pending.filter((item) => !held.includes(item));
      // Xには is whom an act is directed at or a thing is given to (市には報告していない) only for a
      // verb that asks, tells or gives; for another it is where, when or for whom (町には駅がない).
      const fits = (item: { contrast?: true }) =>
        item.contrast !== true || isDirected(verb.lemma) || GIVING.has(verb.lemma);
      let mine = (relative ? free.filter((item) => item.at > lastComma) : free).filter(fits);
      pending = [...(relative ? free.filter((item) => item.at <= lastComma) : []), ...held];
      // A clause a complementizer closes (…が折れていたと報告した, …が傾いているのに気づいた) has one
      // subject of its own, the nearest が: a who's が before it, and all before the nearest, is the
      // subject of the clause the complement sits in (one who reports, tells or notices), and waits
      // for its predicate (町が工房に、軸が折れていたと報告した). A thing's が first (ひびが水漏れの元に
      // なったおそれがあると) is another clause's inside the complement, left as it was.
      if (!relative && complementClause(tokens, verb)) {
        const subjectsHere = mine.filter((item) => item.marker === 'ga');
        const inner = subjectsHere[subjectsHere.length - 1];
        if (inner !== undefined && subjectsHere.length > 1 && subjectsHere[0]?.who === true) {
          pending = [...mine.filter((item) => item.at < inner.at), ...pending].sort((a, b) => a.at - b.at);
          mine = mine.filter((item) => item.at >= inner.at);
        }
      }
      // A verb of saying after its content (…と話した, …とも話した, …よう呼びかけた) belongs to whoever
      // was the topic before that content; a later は may be inside it (市や町は…知らされていないとも述べた):
      // with two topics, whose it is is unclear.
      const at = tokens.findIndex((t) => t.start >= verb.start);
      let k = at - 1;
      if (tokens[k]?.surface === 'も') k--;
      const quoting = /^(?:と|とも|よう|ように)$/u.test(tokens[k]?.surface ?? '');
      const unclear = quoting && topic !== firstTopic;
      const ownSubject = mine.some((item) => item.marker === 'ga' || item.marker === 'wa');
      const shared = !relative && topic === undefined && !ownSubject ? continued : undefined;
      // The one called or visited in the clause before (会長を呼び、…よう求めた) is the one asked,
      // when the verb of asking, active, names no one it asks.
      const next = tokens.find((t) => t.start >= verb.end && t.baseForm !== 'する');
      const asks =
        !relative &&
        called !== undefined &&
        isDirected(verb.lemma) &&
        !/^(?:れる|られる)$/u.test(next?.baseForm ?? '') &&
        !mine.some((item) => item.marker === 'ni');
      const bound =
        asks && called !== undefined ? [...mine, { ...called, marker: 'ni' as const, at: verb.start }] : mine;
      const cleft = cleftDoer(reading, verb, mine);
      const read = unclear
        ? undefined
        : verb.kind === 'existence'
          ? arrivedFrom(verb, mine)
          : verb.kind !== 'verb'
            ? undefined
            : frameOf(
                reading,
                verb,
                bound,
                relative ? undefined : (topic ?? shared),
                relative ? (doerHead(reading, verb, mine) ?? cleft) : cleft,
              );
      const frame =
        read !== undefined && cleft !== undefined && read.participants.some(({ noun }) => noun === cleft.noun)
          ? { ...read, cleft: true as const }
          : read;
      if (frame !== undefined) frames.push(frame);
      if (!relative) continued = sharedSubject(tokens, verb, mine);
      if (!relative) called = calledIn(tokens, verb, mine);
      if (!relative) topicFresh = false;
      i = Math.max(i, tokens.findIndex((t) => t.start >= verb.end) - 1);
      if (i < 0) break;
      continue;
    }
    if (token.surface === '、' || token.surface === ',') {
      lastComma = token.start;
      // A copular clause set off by a comma (費用は約百万円で、町は…請求した) is said of its own
      // topic: a は after it opens the next clause's topic, not a contrast within one clause.
      if (copularBefore(tokens, i)) topicFresh = false;
    }
    if (token.pos !== '助詞' || outside[token.start] === '＊') continue;
    const previous = tokens[i - 1];
    if (previous === undefined || previous.pos === '助詞') continue;
    const next = tokens[i + 1];
    let marker: Marker | undefined;
    const toward = /^に対し(?:て)?$/u.test(token.surface) && next?.surface !== 'は';
    if (token.surface === 'が' && token.posDetail === '格助詞') marker = 'ga';
    else if (token.surface === 'は') marker = 'wa';
    else if (token.surface === 'を') marker = 'wo';
    else if (token.surface === 'に' && next?.baseForm === 'よる') marker = 'by';
    else if (token.surface === 'に') marker = 'ni';
    // へ names where an act goes, as に does (管理所へ連絡した, 町へ届けた); へは and への are no case.
    else if (
      token.surface === 'へ' &&
      token.posDetail === '格助詞' &&
      !/^(?:は|の)$/u.test(next?.surface ?? '')
    )
      marker = 'ni';
    // Xに対し(て) is the particle に said at length (one particle to the tokenizer).
    else if (/^に対し(?:て)?$/u.test(token.surface) && next?.surface !== 'は') marker = 'ni';
    else if (token.surface === 'から' && next?.pos !== '助詞') marker = 'kara';
    if (marker === undefined) continue;
    const noun = nounBefore(tokens, i, reading.text);
    if (noun === undefined) continue;
    if (marker === 'wa' && (topic === undefined || !topicFresh)) {
      topic = noun;
      firstTopic ??= noun;
      topicFresh = true;
      pending = pending.filter((item) => item.marker !== 'wa');
      continue;
    }
    pending.push({
      ...noun,
      marker,
      at: token.start,
      ...(toward ? { toward: true as const } : {}),
      ...(token.surface === 'へ' ? { goal: true as const } : {}),
      ...(token.surface === 'に' && next?.surface === 'は' ? { contrast: true as const } : {}),
    });
  }
  return frames;
}

/**
 * True when the predicate `verb` closes a complement clause: past its auxiliaries (and a verbal
 * noun's する), the quotative と (…が折れていたと報告した) or a nominaliser の or こと with its case
 * particle (…が傾いているのに気づいた, …が壊れたことを知った).
 */
function complementClause(tokens: readonly Token[], verb: { start: number; end: number }): boolean {
  let i = tokens.findIndex((token) => token.start >= verb.end);
  if (i === -1) return false;
  if (tokens[i]?.baseForm === 'する' && tokens[i]?.start === verb.end) i++;
  while (
    i < tokens.length &&
    ((tokens[i] as Token).pos === '助動詞' ||
      ((tokens[i] as Token).pos === '動詞' && (tokens[i] as Token).posDetail !== '自立') ||
      ((tokens[i] as Token).surface === 'て' && tokens[i + 1]?.pos === '動詞'))
  )
    i++;
  const token = tokens[i];
  if (token === undefined) return false;
  if (token.pos === '助詞' && /^(?:と|とも)$/u.test(token.surface)) return true;
  const next = tokens[i + 1];
  return (
    (token.surface === 'の' || token.surface === 'こと') &&
    next?.pos === '助詞' &&
    /^(?:に|を|が|は|で)$/u.test(next.surface)
  );
}

/**
 * True when the comma at `comma` closes a copular clause: the copula in its 連用形 right before it
 * (Nで、 or Nであり、, the tokenizer's 助動詞 だ / ある), after a noun — a clause with no predicate of
 * its own that framesOf reads.
 */
function copularBefore(tokens: readonly Token[], comma: number): boolean {
  let k = comma - 1;
  if (tokens[k]?.pos === '助動詞' && tokens[k]?.baseForm === 'ある' && tokens[k]?.inflection === '連用形')
    k--;
  const copula = tokens[k];
  return (
    copula !== undefined &&
    copula.pos === '助動詞' &&
    copula.baseForm === 'だ' &&
    copula.inflection === '連用形' &&
    copula.surface === 'で' &&
    tokens[k - 1]?.pos === '名詞'
  );
}

/**
 * True when the verb (the `v`-th predicate's predecessor) is an earlier part of what someone is
 * asked to do (XはYに、経緯を確かめて知らせるよう求めた): no comma or full stop between it and a よう
 * (ように) after it, and the predicate right after that よう asks, orders or tells (directed-act.ts).
 * Its participants wait for the verb of asking, as those of the verb right before よう do.
 */
function askedChain(reading: SentenceReading, verb: { start: number; end: number }, v: number): boolean {
  const tokens = reading.tokens;
  const after = tokens.filter((token) => token.start >= verb.end);
  const at = after.findIndex(
    (token) => /^(?:よう|ように)$/u.test(token.surface) || /^[、。,]$/u.test(token.surface),
  );
  const yo = after[at];
  if (yo === undefined || !/^よう/u.test(yo.surface)) return false;
  const asking = reading.predicates.slice(v).find((predicate) => predicate.start >= yo.end);
  return asking !== undefined && isDirected(asking.lemma);
}

/**
 * The one が-noun of a main clause that a comma closes right after its verb (社員が…撮影し、): a who,
 * the doer of the next main predicate when that one names none (…知人に送っていた). Undefined for
 * a clause with no が, with two, or a thing as its が (雨が降り、試合を中止した: no doer passed on).
 */
function sharedSubject(
  tokens: readonly Token[],
  verb: { start: number; end: number },
  mine: ReadonlyArray<Noun & { marker: Marker }>,
): Noun | undefined {
  // A person named by sex or age (女性が気づいて、…連絡した) is a doer who goes on as well as a who is.
  const person = mine.filter((item) => item.marker === 'ga');
  const subject =
    onlyWho(mine, 'ga') ??
    (person.length === 1 && GENERAL_PERSON.test(person[0]?.noun ?? '') ? person[0] : undefined);
  if (subject === undefined) return undefined;
  return commaAfter(tokens, verb) || teAfter(tokens, verb) ? { noun: subject.noun, who: true } : undefined;
}

/**
 * True when the verb's て form leads straight into the next clause, no comma or particle between
 * (麻酔銃を使って捕らえた, 網を使って池から出した): one doer does both. Not a て form with an
 * auxiliary verb (使っている), which is one predicate.
 */
function teAfter(tokens: readonly Token[], verb: { start: number; end: number }): boolean {
  const i = tokens.findIndex((token) => token.start >= verb.end);
  const te = tokens[i];
  return (
    te !== undefined &&
    te.start === verb.end &&
    te.pos === '助詞' &&
    te.posDetail === '接続助詞' &&
    /^(?:て|で)$/u.test(te.surface) &&
    tokens[i + 1] !== undefined &&
    !/^(?:、|,|。)$/u.test(tokens[i + 1]?.surface ?? '') &&
    tokens[i + 1]?.posDetail !== '非自立' &&
    tokens[i + 1]?.pos !== '助詞'
  );
}

/**
 * The one を-noun of a main clause that a comma closes right after its verb, when it is a who
 * (市長は会長を役場に呼び、): the one the next main predicate asks, orders or tells when that one names
 * no one of its own (…見直すよう求めた: the head asked). Undefined for no を, two, or a thing.
 */
function calledIn(
  tokens: readonly Token[],
  verb: { start: number; end: number },
  mine: ReadonlyArray<Noun & { marker: Marker }>,
): Noun | undefined {
  const object = onlyWho(mine, 'wo');
  return object !== undefined && commaAfter(tokens, verb) ? object : undefined;
}

/** The one noun bound by `marker`, when there is one only and it is a who. */
function onlyWho<T extends Noun & { marker: Marker }>(mine: readonly T[], marker: Marker): T | undefined {
  const bound = mine.filter((item) => item.marker === marker);
  const [only] = bound;
  return bound.length === 1 && only?.who === true ? only : undefined;
}

/** True when a comma follows the verb past its own endings (調べ、 撮影して、 呼んでいたが is not). */
function commaAfter(tokens: readonly Token[], verb: { start: number; end: number }): boolean {
  if (!tokens.some((token) => token.start === verb.start)) return false;
  let i = tokens.findIndex((token) => token.start >= verb.end);
  // The verb's own endings: a verbal noun's する, the て of a continuative, auxiliaries.
  while (i >= 0 && i < tokens.length) {
    const token = tokens[i] as Token;
    const ending =
      token.pos === '助動詞' ||
      (token.pos === '動詞' && (token.posDetail === '非自立' || token.baseForm === 'する')) ||
      (token.pos === '助詞' && token.posDetail === '接続助詞' && /^(?:て|で)$/u.test(token.surface));
    if (!ending) break;
    i++;
  }
  return tokens[i]?.surface === '、';
}

/**
 * An adjectival noun made a verb with に + する (明らかにした, 明確にした: read-sentence reads it as a
 * verb of that lemma) is one transitive act, XがYを明らかにする, with a doer as any verb has; its end is
 * taken to be the に's, so that the particle is not read as the one a noun takes (明らかに is no noun
 * before a case) and する with its auxiliaries reads as a verbal noun's do (a passive's among them).
 */
function adjectivalAct(
  reading: SentenceReading,
  predicate: SentenceReading['predicates'][number],
): SentenceReading['predicates'][number] | undefined {
  if (predicate.kind !== 'verb') return undefined;
  const tokens = reading.tokens;
  const at = tokens.findIndex((token) => token.start === predicate.start);
  const [own, particle, light] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (own?.posDetail !== '形容動詞語幹' || own.end !== predicate.end) return undefined;
  if (particle?.surface !== 'に' || particle.start !== own.end || light?.baseForm !== 'する')
    return undefined;
  return { ...predicate, end: particle.end };
}

/**
 * True when a verb is the first part of a noun compound (立ち入り検査, 聞き取り調査): one verb token in
 * its 連用形 with a noun right after it, no space or particle between. Such a verb binds nothing;
 * the particles before it wait for the predicate after the compound (店に立ち入り調査を行い).
 */
function inCompound(tokens: readonly Token[], verb: { start: number; end: number }): boolean {
  const at = tokens.findIndex((token) => token.start === verb.start);
  const [own, next] = [tokens[at], tokens[at + 1]];
  return (
    own !== undefined &&
    next !== undefined &&
    own.end === verb.end &&
    own.pos === '動詞' &&
    own.posDetail === '自立' &&
    own.baseForm !== 'する' &&
    own.inflection === '連用形' &&
    next.start === own.end &&
    next.pos === '名詞' &&
    !/^(?:非自立|数|接尾|副詞可能|代名詞)$/u.test(next.posDetail)
  );
}

/**
 * XからNがある with N a noun of telling or asking (通報, 届け出, 依頼): N came from X, who did it.
 * With one に (XからYにNがあった) Y is whom it went to, as the に of the verb of telling is (XがYに
 * 連絡した); with none, whom it went to is unsaid. Read only when the existence binds nothing but the
 * one noun (が), the one giver (から) and at most that one receiver (に); else undefined.
 */
function arrivedFrom(
  verb: { start: number; end: number },
  bound: ReadonlyArray<Noun & { marker: Marker; contrast?: true }>,
): Frame | undefined {
  const act = bound.filter((item) => item.marker === 'ga');
  const giver = bound.filter((item) => item.marker === 'kara');
  const receiver = bound.filter((item) => item.marker === 'ni' && item.contrast !== true);
  if (act.length !== 1 || giver.length !== 1 || receiver.length > 1) return undefined;
  if (bound.length !== 2 + receiver.length) return undefined;
  const [noun, from] = [act[0] as Noun, giver[0] as Noun & { marker: Marker }];
  if (directedPeers(noun.noun).length === 0) return undefined;
  const agent: Participant = { noun: from.noun, who: true, role: 'agent', marker: 'kara' };
  const to = receiver[0];
  if (to !== undefined)
    return {
      lemma: noun.noun,
      start: verb.start,
      end: verb.end,
      participants: [agent, { noun: to.noun, who: true, role: 'other', marker: 'ni' }],
    };
  return { lemma: noun.noun, start: verb.start, end: verb.end, participants: [agent], unsaid: true };
}

/** The nouns a sentence binds with が or は outside quotes (what framesOf would read as a subject or topic). */
function subjectsBound(reading: SentenceReading): Array<Noun & { marker: 'ga' | 'wa' }> {
  const tokens = reading.tokens;
  const outside = stripQuotes(reading.text, reading.quotes);
  const out: Array<Noun & { marker: 'ga' | 'wa' }> = [];
  for (const [i, token] of tokens.entries()) {
    if (token.pos !== '助詞' || outside[token.start] === '＊') continue;
    const previous = tokens[i - 1];
    if (previous === undefined || previous.pos === '助詞') continue;
    const marker =
      token.surface === 'が' && token.posDetail === '格助詞'
        ? 'ga'
        : token.surface === 'は'
          ? 'wa'
          : undefined;
    if (marker === undefined) continue;
    const noun = nounBefore(tokens, i, reading.text);
    if (noun !== undefined) out.push({ ...noun, marker });
  }
  return out;
}

/** True when a sentence names a subject or topic of its own, or tells whose account it is (Xによると). */
function bindsSubject(reading: SentenceReading): boolean {
  return subjectsBound(reading).length > 0 || /によ(?:ると|れば)/u.test(reading.text);
}

/**
 * The topic a sentence passes on to the next one of its paragraph when that one names no subject
 * (同社は…発表した。また、…申し入れた。): its one は-topic, a who, with no が in the sentence; else
 * undefined (two topics, a thing, or a が that may be the doer instead).
 */
export function carriedTopic(previous: SentenceReading | undefined): Noun | undefined {
  if (previous === undefined) return undefined;
  const bound = subjectsBound(previous);
  const topics = bound.filter((item) => item.marker === 'wa');
  if (topics.length !== 1 || bound.length !== 1) return undefined;
  const [topic] = topics;
  return topic?.who === true ? { noun: topic.noun, who: true } : undefined;
}

/**
 * The head of a relative clause, the doer of its verb when a person or a body (発電機を納めた業者,
 * 幹を調べた技術者: who is true): the clause has its object (を) and no が or は of its own, and the
 * head is the noun right after the verb and its auxiliaries (or a name in brackets there). A clause
 * without its object may modify that object (昨日逮捕した男): no head read.
 */
function doerHead(
  reading: SentenceReading,
  verb: { start: number; end: number },
  mine: ReadonlyArray<{ marker: Marker }>,
): Noun | undefined {
  if (!doneToSomething(mine)) return undefined;
  const tokens = reading.tokens;
  let i = afterChain(tokens, verb);
  if (i < 0) return undefined;
  // A name in brackets as the head (保守を請け負う「北星システム」が): the noun inside them.
  const bracketed = tokens[i]?.surface === '「';
  if (bracketed) i++;
  let j = i;
  while (j < tokens.length && isCompoundNoun(tokens[j] as Token)) j++;
  if (j === i || (bracketed && tokens[j]?.surface !== '」')) return undefined;
  const parts = tokens.slice(i, j);
  if (!parts.some((token) => token.pos === '名詞' && token.posDetail !== '接尾')) return undefined;
  const noun = normalizeForMatch(
    reading.text.slice((parts[0] as Token).start, (parts[j - i - 1] as Token).end),
  );
  // A head in brackets is a name: news brackets the names of firms and shops.
  return { noun, who: bracketed || whoByWords(parts, noun) };
}

/**
 * True when a noun compound names a who by its own words: a name (its tokens read as one), a body
 * by its ending, an office or a person by what they do (社長, 作業員).
 */
function whoByWords(parts: readonly Token[], noun: string): boolean {
  return (
    parts.some((token) => token.nameKind !== undefined || token.posDetail === '固有名詞') ||
    namesBody(noun) ||
    BODY_SHORT.test(noun) ||
    isRoleWord(noun) ||
    PERSON_DOER.test(noun)
  );
}

/** True when a clause has its object (を) and no doer of its own (が, は, によって). */
function doneToSomething(mine: ReadonlyArray<{ marker: Marker }>): boolean {
  return (
    mine.some((item) => item.marker === 'wo') &&
    !mine.some((item) => item.marker === 'ga' || item.marker === 'wa' || item.marker === 'by')
  );
}

/**
 * True when a が or は stands before the verb with no predicate between (Xが家宅捜索したのは): the
 * clause has a subject of its own, read or not (a name the tokenizer cut is no participant).
 */
function ownSubjectBefore(tokens: readonly Token[], verb: { start: number }): boolean {
  for (let i = tokens.findIndex((token) => token.start >= verb.start) - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (/^(?:動詞|形容詞|助動詞)$/u.test(token.pos)) return false;
    if (token.pos === '助詞' && /^(?:が|は)$/u.test(token.surface)) return true;
  }
  return false;
}

/**
 * The one a cleft names as who did an act (車輪を直したのは、町の技術者だった): the verb (its する and
 * auxiliaries) is followed by の and は, and the sentence ends in a noun and the copula (だった,
 * です, である). Read for an act with no doer of its own (no が, は or によって): done to something
 * (a を of its own), or with no を said (…とみて調べているのは), the focus then filling the one gap
 * left, the subject, where the verb sends or gives nothing to anyone (a verb of asking, telling or
 * giving may leave its receiver open as well). A passive's focus is who underwent it: frameOf
 * takes no doer from it. The focus may carry a relative clause of its own (…に気づいたのは、店に
 * いた客だった) and may be a person by a common noun (客, 住民, 男性).
 */
function cleftDoer(
  reading: SentenceReading,
  verb: { lemma: string; start: number; end: number },
  mine: ReadonlyArray<{ marker: Marker }>,
): Noun | undefined {
  const tokens = reading.tokens;
  const subjectless =
    !mine.some((item) => /^(?:ga|wa|by)$/u.test(item.marker)) && !ownSubjectBefore(tokens, verb);
  // A verb that asks or tells leaves its receiver a gap as well, unless the clause binds that
  // receiver (住民に…よう呼びかける, clefted): then the subject's is the only gap a who can fill.
  const receiverSaid = isDirected(verb.lemma) && mine.some((item) => item.marker === 'ni');
  // What is asked, closed by よう right before the verb (…手渡すよう呼びかけているのは, no receiver
  // said): the focus is read as who asks. Should it be the one asked (…のは住民だ), the page's act
  // has it as its receiver, and part (b) compares no focus the source act has in another part.
  const at = tokens.findIndex((token) => token.start >= verb.start);
  const askedBefore = isDirected(verb.lemma) && /^(?:よう|ように)$/u.test(tokens[at - 1]?.surface ?? '');
  if (
    !doneToSomething(mine) &&
    !(subjectless && (receiverSaid || askedBefore || !isDirected(verb.lemma)) && !GIVING.has(verb.lemma))
  )
    return undefined;
  let i = tokens.findIndex((token) => token.start >= verb.end);
  if (tokens[i]?.baseForm === 'する' && tokens[i]?.start === verb.end) i++;
  // Past the auxiliaries and an aspect (調べているのは, 続けてきたのは); a passive's ending is no part of
  // the chain read: its focus is who underwent the act.
  const pastChain = (from: number) => {
    let j = from;
    while (j >= 0 && j < tokens.length) {
      const token = tokens[j] as Token;
      const aspect =
        (token.pos === '動詞' && token.posDetail === '非自立') ||
        (token.pos === '助詞' &&
          /^(?:て|で)$/u.test(token.surface) &&
          tokens[j + 1]?.pos === '動詞' &&
          tokens[j + 1]?.posDetail === '非自立');
      if (token.pos !== '助動詞' && !aspect) break;
      j++;
    }
    return j;
  };
  const plain = i;
  i = pastChain(i);
  // An act stated as intended (…全額返すとしているのは: a plain non-past verb quoted by と and held
  // with している, read-sentence.ts statedIntentions): the one stating it is the one who will do it,
  // so the focus of the stance is the act's doer.
  const stated = tokens[plain - 1];
  if (
    i === plain &&
    stated?.pos === '動詞' &&
    stated.inflection === '基本形' &&
    tokens[i]?.surface === 'と' &&
    tokens[i]?.pos === '助詞' &&
    tokens[i + 1]?.surface === 'し' &&
    tokens[i + 1]?.baseForm === 'する' &&
    tokens[i + 2]?.surface === 'て' &&
    /^(?:いる|おる)$/u.test(tokens[i + 3]?.baseForm ?? '')
  )
    i = pastChain(i + 2);
  // A plan between the act and the の (…始める予定なのは): the one named plans to do it.
  i = pastPlanNoun(tokens, i);
  if (tokens[i]?.surface !== 'の' || tokens[i]?.posDetail !== '非自立' || tokens[i + 1]?.surface !== 'は')
    return undefined;
  // The copula that ends the sentence: だ, です (past or not), or で + ある.
  let end = tokens.length;
  while (end > 0 && /^(?:。|」|！|!)$/u.test(tokens[end - 1]?.surface ?? '')) end--;
  let copula = end - 1;
  while (copula > i + 1 && tokens[copula]?.pos === '助動詞' && tokens[copula - 1]?.pos === '助動詞') copula--;
  const first = tokens[copula];
  if (first === undefined || first.pos !== '助動詞' || !/^(?:だ|です)$/u.test(first.baseForm))
    return undefined;
  // Only the one named after は, no clause between (…したのはAで、…したのはBだった: B is not the
  // first act's). A relative clause of the focus's own (…のは、売り場にいた客だった) is no second clause:
  // it ends in the focus, and a comma or a は after のは would close the cleft first.
  const between = tokens.slice(tokens[i + 2]?.surface === '、' ? i + 3 : i + 2, copula);
  if (between.some((token) => /^(?:、|は)$/u.test(token.surface))) return undefined;
  // A focus that is a person by its noun (客, 住民, 男性: check-roles' person nouns) is a who, as a
  // role word or a body is: a cleft names who did the act.
  const focus = nounBefore(tokens, copula, reading.text);
  return focus !== undefined && !focus.who && personNoun(focus.noun) ? { ...focus, who: true } : focus;
}

/**
 * True when a passive of giving or entrusting (GIVING) heads a relative clause whose head is a who
 * or a name (業務を委託されている業者, …されているテクノ北星): the passive's ending れる / られる,
 * the tokenizer's 動詞-接尾, ends no chain that modifiesNoun reads, so the clause is read here, for
 * this one shape.
 */
function givenRelative(
  reading: SentenceReading,
  verb: { lemma: string; start: number; end: number },
): boolean {
  if (!GIVING.has(verb.lemma)) return false;
  const tokens = reading.tokens;
  const first = tokens.findIndex((token) => token.start >= verb.end);
  const at = afterChain(tokens, verb);
  if (at < 0 || !tokens.slice(first, at).some(isPassiveEnding)) return false;
  const next = tokens[at];
  if (next === undefined || !isCompoundNoun(next)) return false;
  let end = at;
  while (end + 1 < tokens.length && isCompoundNoun(tokens[end + 1] as Token)) end++;
  const noun = normalizeForMatch(reading.text.slice(next.start, (tokens[end] as Token).end));
  // A who by its words, or a name in katakana (a firm's: …テクノサービス).
  return whoByWords(tokens.slice(at, end + 1), noun) || /\p{Script=Katakana}{2}/u.test(noun);
}

/** True when a name in brackets follows the verb and its auxiliaries (請け負う「北星システム」が): its head. */
function headInBrackets(reading: SentenceReading, verb: { start: number; end: number }): boolean {
  const tokens = reading.tokens;
  const i = afterChain(tokens, verb);
  if (i < 0 || tokens[i]?.surface !== '「') return false;
  let j = i + 1;
  while (j < tokens.length && isCompoundNoun(tokens[j] as Token)) j++;
  return j > i + 1 && tokens[j]?.surface === '」';
}

/** True for a passive's ending as the tokenizer gives it after a verb or する: れる, られる (動詞-接尾). */
const isPassiveEnding = (token: Token | undefined) =>
  token !== undefined &&
  token.pos === '動詞' &&
  token.posDetail === '接尾' &&
  /^(?:れる|られる)$/u.test(token.baseForm);

/** The index of the first token after a verb and its auxiliaries (past て/で + 非自立), or -1. */
function afterChain(tokens: readonly Token[], verb: { start: number; end: number }): number {
  let i = tokens.findIndex((token) => token.start >= verb.end);
  // A verbal noun's passive (委託された): its する. (An active one, 委託した業者, is left unread as
  // before: its head may be the one entrusted as well as the one who entrusted.)
  if (tokens[i]?.baseForm === 'する' && tokens[i]?.start === verb.end && isPassiveEnding(tokens[i + 1])) i++;
  while (i >= 0 && i < tokens.length) {
    const token = tokens[i] as Token;
    const after = tokens[i + 1];
    const inChain =
      token.pos === '助動詞' ||
      (token.pos === '動詞' && token.posDetail === '非自立') ||
      isPassiveEnding(token) ||
      (token.pos === '助詞' &&
        (token.surface === 'て' || token.surface === 'で') &&
        after?.pos === '動詞' &&
        after.posDetail === '非自立');
    if (!inChain) break;
    i++;
  }
  return i;
}

function frameOf(
  reading: SentenceReading,
  verb: { lemma: string; start: number; end: number },
  bound: Array<Noun & { marker: Marker; goal?: true; at?: number }>,
  topic: Noun | undefined,
  head?: Noun,
): Frame | undefined {
  const tokens = reading.tokens;
  let after = tokens.filter((token) => token.start >= verb.end);
  // A verbal noun's する (依頼された, 依頼させた).
  if (after[0]?.baseForm === 'する' && after[0].start === verb.end) after = after.slice(1);
  const voice = after[0]?.pos === '動詞' || after[0]?.pos === '助動詞' ? after[0].baseForm : '';
  // A causative (請け負わせる): the one made to act is the doer (causedFrame).
  if (/^(?:せる|させる)$/u.test(voice)) return causedFrame(reading, verb, bound, after);
  // What someone is asked to do (…を見直すよう求めた): its doer is the one asked, not the topic.
  if (after.slice(0, 2).some((token) => /^よう(?:に)?$/u.test(token.surface))) return undefined;
  const passive = /^(?:れる|られる)$/u.test(voice);
  // Who asks or tells and who is asked or told are parties, each a who: the に of a verb of asking
  // or telling; in its passive the から (the asker) and the subject (the one asked).
  // So are who gives or sends a thing and who receives it (古書店から警察に届けられた): the に of a
  // verb of giving (GIVING), and in its passive the から as well; its subject is the thing given.
  const party = (noun: Noun & { marker?: Marker }, role: Role) =>
    (isDirected(verb.lemma) &&
      (passive
        ? noun.marker === 'kara' ||
          (noun.marker === 'ni' && role === 'other') ||
          (role === 'other' && noun.marker !== 'wo' && noun.marker !== 'ni')
        : noun.marker === 'ni')) ||
    (GIVING.has(verb.lemma) && (noun.marker === 'ni' || (passive && noun.marker === 'kara'))) ||
    // Who hears, receives or borrows a thing and from whom (XはYから話を聴いた): the から of a
    // verb of receiving, active, is the one it came from.
    (RECEIVING.has(verb.lemma) && !passive && noun.marker === 'kara');
  const as = (noun: Noun & { marker?: Marker }, role: Role): Participant => ({
    noun: noun.noun,
    who: noun.who || party(noun, role),
    ...(noun.owner === undefined ? {} : { owner: noun.owner }),
    role,
    ...(noun.marker === undefined ? {} : { marker: noun.marker }),
  });
  const subjects = bound.filter((item) => item.marker === 'ga');
  const contrast = bound.filter((item) => item.marker === 'wa');
  // XはYからNを受ける: N done by Y to X.
  const object = bound.find((item) => item.marker === 'wo');
  // A noun of asking or telling (申し入れ, 届け出) is such a verbal noun too.
  // A compound whose last part is the verbal noun (厳重注意を受けた, 行政指導を受けた) names that act.
  const act = object === undefined ? undefined : compoundAct(tokens, object.noun);
  const verbalNoun =
    verb.lemma === '受ける' &&
    object !== undefined &&
    (directedPeers(object.noun).length > 0 ||
      act !== undefined ||
      tokens.some(
        (token) => token.posDetail === 'サ変接続' && normalizeForMatch(token.surface) === object.noun,
      ));
  if (verbalNoun && object !== undefined) {
    // XのNを受けた (県の委託を受けた業者): N done by X, when X is a who and no から names another.
    const giver = bound.find((item) => item.marker === 'kara') ?? actOwner(reading, object);
    // …から知らせを受けた店が: the head of the relative clause received it, whatever it is.
    const receiver = subjects[0] ?? topic ?? head;
    if (giver === undefined || receiver === undefined || subjects.length > 1) return undefined;
    // Who tells or asks, and who is told or asked (知らせ, 依頼, 申し入れ), are parties, each a who.
    const parties = isDirected(object.noun);
    return {
      lemma: act ?? object.noun,
      start: verb.start,
      end: verb.end,
      participants: [
        as(parties ? { ...giver, who: true } : giver, 'agent'),
        as(parties ? { ...receiver, who: true } : receiver, 'other'),
      ],
    };
  }
  if (subjects.length > 1) return undefined;
  const given = givenFrame(verb, bound, topic, head, passive, subjects.length);
  if (given !== undefined) return given;
  // XはYはV (局は減免は行わない): the first は, the clause's topic, is the doer; a later one contrasts.
  // A relative clause's head is its doer when the clause has its object and no doer of its own
  // (発電機を納めた業者): doerHead decides, an active verb only.
  // A が of how many of the topic (部員は全員が帰った): the topic is who did it.
  const own =
    subjects[0] !== undefined && topic !== undefined && MEMBERS.test(subjects[0].noun) ? topic : subjects[0];
  const subject =
    own ??
    topic ??
    (contrast.length === 1 ? contrast[0] : undefined) ??
    (passive || head?.who !== true ? undefined : head);
  const participants: Participant[] = [];
  if (subject !== undefined) participants.push(as(subject, passive ? 'other' : 'agent'));
  if (topic !== undefined && topic.noun !== subject?.noun) participants.push(as(topic, 'topic'));
  for (const item of bound) {
    if (item.marker === 'wo') participants.push(as(item, 'other'));
    // A passive's に may be its doer or where it goes (世帯に送られる): unclear — but a person
    // (警察官に救助された, 職員に見つけられた) is its doer, unless the verb gives, sends or tells
    // something to someone (職員に配られた, 担当者に伝えられた).
    else if (item.marker === 'ni' && passive && item.goal !== true && personDoes(item.noun, verb.lemma))
      participants.push(as(item, 'agent'));
    // A passive of a verb that asks, tells or gives (XからYに通報された): its に is the receiver.
    else if (item.marker === 'ni')
      participants.push(as(item, passive && !receives(verb.lemma) && item.goal !== true ? 'topic' : 'other'));
    else if (item.marker === 'by' && passive) participants.push(as(item, 'agent'));
    // An act directed at someone, passive (YはXから求められた, 指示された), or a thing given, sent
    // or handed (NがXからYに届けられた): から names its doer.
    else if (
      item.marker === 'kara' &&
      passive &&
      (directedPeers(verb.lemma).length > 0 || GIVING.has(verb.lemma))
    )
      participants.push(as(item, 'agent'));
    // A verb of receiving, active (XはYから聴いた, 受け取った): から names the one it came from, the
    // giver; the subject is the receiver, the doer.
    else if (item.marker === 'kara' && !passive && RECEIVING.has(verb.lemma))
      participants.push(as(item, 'other'));
    else if (item.marker === 'wa' && item.noun !== subject?.noun) participants.push(as(item, 'topic'));
  }
  const agents = participants.filter((participant) => participant.role === 'agent').length;
  // A passive with its subject (が) and no doer: the subject is who it was done to.
  if (agents === 0 && passive && subjects.length === 1 && subjects[0] !== undefined)
    return { lemma: verb.lemma, start: verb.start, end: verb.end, participants, doerless: true };
  // So is a who as the topic of a passive of asking or telling (XはNを知らされていた): the one told.
  if (agents === 0 && passive && subjects.length === 0 && subject?.who === true && isDirected(verb.lemma))
    return { lemma: verb.lemma, start: verb.start, end: verb.end, participants, doerless: true };
  if (agents !== 1) return undefined;
  return { lemma: verb.lemma, start: verb.start, end: verb.end, participants };
}

/**
 * An act of giving or entrusting (GIVING) whose doer is unsaid, read as whom it went to: NはXに
 * 委託しており (N, the topic, a thing: what is entrusted; the doer is unsaid), and a passive relative
 * clause that keeps its object (業務を委託されている業者: the head is who was entrusted). Undefined
 * for any other shape (a doer of its own, a who as the topic, two receivers).
 */
function givenFrame(
  verb: { lemma: string; start: number; end: number },
  bound: ReadonlyArray<Noun & { marker: Marker; goal?: true; contrast?: true }>,
  topic: Noun | undefined,
  head: Noun | undefined,
  passive: boolean,
  subjects: number,
): Frame | undefined {
  const giving = GIVING.has(verb.lemma);
  const directed = isDirected(verb.lemma);
  if ((!giving && !directed) || subjects > 0) return undefined;
  if (bound.some((item) => item.marker === 'wa' || item.marker === 'by' || item.marker === 'kara'))
    return undefined;
  const objects = bound.filter((item) => item.marker === 'wo');
  const receivers = bound.filter((item) => item.marker === 'ni' && item.contrast !== true);
  let receiver: Noun | undefined;
  if (
    giving &&
    !passive &&
    topic !== undefined &&
    !topic.who &&
    objects.length === 0 &&
    receivers.length === 1
  )
    receiver = receivers[0];
  // An active act of telling or asking with its に and no subject, topic or head to be its doer
  // (組合に説明を求める考えだ, with the asker unsaid; XがVしたYに連絡し, whose が the relative clause
  // before Y takes): whom it went to is read, and the doer left unsaid.
  else if (
    directed &&
    !passive &&
    topic === undefined &&
    head === undefined &&
    receivers.length === 1 &&
    receivers[0]?.goal !== true
  )
    receiver = receivers[0];
  else if (
    giving &&
    passive &&
    topic === undefined &&
    head !== undefined &&
    objects.length === 1 &&
    receivers.length === 0
  )
    receiver = head;
  if (receiver === undefined) return undefined;
  return {
    lemma: verb.lemma,
    start: verb.start,
    end: verb.end,
    participants: [{ noun: receiver.noun, who: true, role: 'other', marker: 'ni' }],
    givenTo: true,
  };
}

/**
 * The who written before an object and の (県の委託を, 町の依頼を): whose act the object names,
 * read for NをV受けた when no から names the giver, the object an act of asking, telling or
 * entrusting. Undefined for a thing (台風の影響を), another act (医師の派遣を) or no の.
 */
function actOwner(
  reading: SentenceReading,
  object: Noun & { at?: number },
): (Noun & { marker: Marker }) | undefined {
  // Only an act of asking, telling or entrusting names its doer so (町の依頼, 県の委託); the noun
  // before another act may be what it acts on (医師の派遣を受ける: the doctors are sent).
  if (!isDirected(object.noun) && !GIVING.has(object.noun)) return undefined;
  const tokens = reading.tokens;
  const particle = tokens.findIndex((token) => token.start === object.at);
  if (particle < 1) return undefined;
  const start = compoundStart(tokens, particle - 1, isCompoundNoun);
  const no = tokens[start - 1];
  if (no?.surface !== 'の' || no.pos !== '助詞') return undefined;
  const owner = nounBefore(tokens, start - 1, reading.text);
  return owner?.who === true ? { ...owner, marker: 'kara' } : undefined;
}

/**
 * The verbal noun that ends a compound object (厳重注意 → 注意, 業務改善命令 → 命令): the last part of
 * the noun before を is a サ変接続 noun after another noun, so the compound names that act, as its
 * verb would (XにN注意した). Undefined when the object is one word or does not end in a verbal noun.
 */
function compoundAct(tokens: readonly Token[], object: string): string | undefined {
  for (let k = 1; k + 1 < tokens.length; k++) {
    const token = tokens[k] as Token;
    const before = tokens[k - 1] as Token;
    if (token.posDetail !== 'サ変接続' || tokens[k + 1]?.surface !== 'を' || before.pos !== '名詞') continue;
    const act = normalizeForMatch(token.surface);
    if (act !== object && object.endsWith(act)) return act;
  }
  return undefined;
}

/**
 * A causative, AがBにNをVさせた: B, the one made to act, is the doer of V; A, the causer, is no
 * participant of V (the causer is not the doer). Read only when one に-noun names who is made to act
 * — not an act (設置に立ち会わせた: where) nor a date (2027年春に), with no who marked by を (職員を立ち会わせた: the one
 * made to act by を, with an intransitive verb) — and the causative is not itself passive
 * (させられた); else undefined, as before: not compared.
 */
function causedFrame(
  reading: SentenceReading,
  verb: { lemma: string; start: number; end: number },
  bound: ReadonlyArray<Noun & { marker: Marker }>,
  after: readonly Token[],
): Frame | undefined {
  if (after[1] !== undefined && /^(?:れる|られる)$/u.test(after[1].baseForm)) return undefined;
  const made = bound.filter((item) => item.marker === 'ni');
  const objects = bound.filter((item) => item.marker === 'wo');
  const [doer] = made;
  if (made.length !== 1 || doer === undefined || objects.some((item) => item.who)) return undefined;
  const act = reading.tokens.some(
    (token) => token.posDetail === 'サ変接続' && normalizeForMatch(token.surface) === doer.noun,
  );
  // A date (2027年春に開業させる: when, not who) is no one made to act.
  const norm = normalizeForMatch(reading.text);
  let at = norm.indexOf(doer.noun);
  while (at >= 0) {
    if (/\d/u.test(norm[at - 1] ?? '')) return undefined;
    at = norm.indexOf(doer.noun, at + 1);
  }
  if (act) return undefined;
  // The one made to act is a who by its part: a person or body is made to do something.
  const participants: Participant[] = [
    { noun: doer.noun, who: true, role: 'agent', marker: 'ni' },
    ...objects.map((item): Participant => ({ noun: item.noun, who: item.who, role: 'other', marker: 'wo' })),
  ];
  return { lemma: verb.lemma, start: verb.start, end: verb.end, participants };
}

// How many of a group (全員, 大半, 一部): as the が of a clause whose topic is the group, the group acts.
const MEMBERS = /^(?:全員|全て|すべて|大半|半数|一部|多く|ほとんど|それぞれ|各自|皆)$/u;

// Verbs whose に names who receives (giving, sending, showing, entrusting): in their passive the
// に-noun is the receiver, not the doer. Verbs of asking and telling (directed-act.ts) are the same.
const GIVING = new Set([
  '送る',
  '渡す',
  '引き渡す',
  '届ける',
  '配る',
  '配布',
  '贈る',
  '売る',
  '貸す',
  '譲る',
  '返す',
  '預ける',
  '託す',
  '任せる',
  '委託',
  '提供',
  '支給',
  '交付',
  '示す',
  '見せる',
  '教える',
]);

// Verbs whose subject receives a thing, words or a service from the one their から names (聴く,
// 受け取る, 借りる, 買う): the converse of giving and telling, the から-noun the one it came from. Active
// only; in the passive of another verb から names the doer (frameOf).
const RECEIVING = new Set([
  '聞く',
  '聴く',
  '聞き取る',
  '受け取る',
  '受け継ぐ',
  '引き継ぐ',
  '譲り受ける',
  '借りる',
  '買う',
  '買い取る',
  '預かる',
  '教わる',
  'もらう',
]);

// People named by sex or age, who can be anyone (男性, 女性, 男児, 少年): a person, so a doer.
const GENERAL_PERSON = /(?:男性|女性|男児|女児|少年|少女|子ども|子供)$/u;

// A person by what they are or do (警察官, 職員, 消防隊, 作業員, 医師): the doer a passive's に names.
const PERSON_DOER = /(?:官|員|隊|者|士|師)$/u;

// A person by what they are (支配人, 管理人, 作業員, 記者): a who wherever the swap asks for one;
// 人 alone (…人は食べずに) names no one.
const PERSON_NOUN = /^.+(?:官|員|隊|者|士|師|人)$/u;

// People named by their kin or where they live (男性の家族, 遺族, 近くの住民, 男児の母親): a who
// wherever the swap asks for one, as a person by what they are is.
const KIN_OR_RESIDENT = /(?:家族|遺族|親族|住民|母親|父親|両親)$/u;

/** True when a verb's に is who receives: a verb that asks, orders, tells (directed-act.ts) or gives. */
function receives(lemma: string): boolean {
  return GIVING.has(lemma) || directedPeers(lemma).length > 0;
}

/** True when a passive's に-noun is its doer: a person, with a verb that gives nothing to anyone. */
function personDoes(noun: string, lemma: string): boolean {
  return (
    (PERSON_DOER.test(noun) || isRoleWord(noun)) && !GIVING.has(lemma) && directedPeers(lemma).length === 0
  );
}

/**
 * True when two participants name the same one: equal, one of two characters or more inside the
 * other, or a body called by its kind that the name ends in (村 and 鶉平村; not 県 and 県民).
 */
function same(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  // A reference word stands for one named before of its kind (同保健所 for 北浜保健所).
  const kind = (noun: string) => /^[同当](.{2,})$/u.exec(noun)?.[1];
  const [ka, kb] = [kind(a), kind(b)];
  if ((ka !== undefined && b.endsWith(ka)) || (kb !== undefined && a.endsWith(kb))) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2 ? long.includes(short) : long.endsWith(short)) return true;
  return surnameOf(short, long);
}

// What may stand between a surname and a title in a full name (芳江 of 沼倉芳江市長): a given name,
// not a word that changes the office (副, 前, 元 …) or names a unit (部, 課, 局). 次 is no such
// word here (次長, 次官 end in a title of one character, never compared): it is in given names
// (健次, 次郎). 代 changes the office only as the first word after the surname (代表, 代理, 代行:
// 沼倉代表, 沼倉代理): a given name holds it after its first character (佳代, 美代子, 千代).
const GIVEN_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,4}$/u;
const NO_GIVEN = /^代|[副前元准補部課局室署所館会省庁]/u;

/** True when the text names `noun`, a person by surname and title (乙坂園長), by full name and title. */
function namesInFull(norm: string, noun: string): boolean {
  for (let t = 1; t < noun.length - 1; t++) {
    const title = noun.slice(noun.length - t);
    if (!isRoleWord(title) || /^[長員官]$/u.test(title)) continue;
    const surname = noun.slice(0, noun.length - t);
    let at = norm.indexOf(surname);
    while (at >= 0) {
      const end = norm.indexOf(title, at + surname.length);
      if (end > at && surnameOf(noun, norm.slice(at, end + t))) return true;
      at = norm.indexOf(surname, at + 1);
    }
  }
  return false;
}

/**
 * True when `short` is a person by surname and title (沼倉市長) and `long` the same one by full
 * name and the same title (沼倉芳江市長): the two share the title, an office by itself (isRoleWord),
 * the surname of two characters or more begins the full name, and what is left is a given name.
 */
function surnameOf(short: string, long: string): boolean {
  let k = 0;
  while (k < short.length && short[short.length - 1 - k] === long[long.length - 1 - k]) k++;
  for (let t = 1; t <= k; t++) {
    const title = short.slice(short.length - t);
    if (!isRoleWord(title) || /^[長員官]$/u.test(title)) continue;
    const surname = short.slice(0, short.length - t);
    const full = long.slice(0, long.length - t);
    const given = full.slice(surname.length);
    if (surname.length >= 2 && full.startsWith(surname) && GIVEN_NAME.test(given) && !NO_GIVEN.test(given))
      return true;
  }
  return false;
}

/**
 * True when a source participant (of `frame`, in `sentence`) stands for the claim's: the same (see
 * same), or a reference word (同社) the page resolves to it. A reference stands for none of the other
 * participants of its own predicate (同社は北星社に対し報告した: 同社 is not 北星社), so antecedents
 * that are are dropped; when none is left, 同社 stands for a company the claim names (a who that is
 * no public body, not a participant of the source's predicate): `loose` says the claim's noun is a
 * who; false turns that reading off.
 */
function standsFor(
  sentence: SourceSentence,
  frame: Frame,
  sourceNoun: string,
  claimNoun: string,
  loose = true,
): boolean {
  if (same(sourceNoun, claimNoun)) return true;
  if (!/^[同当]/u.test(sourceNoun)) return false;
  const others = frame.participants.filter((participant) => participant.noun !== sourceNoun);
  if (others.some((participant) => same(participant.noun, claimNoun))) return false;
  const reference = sentence.references.find((candidate) => normalizeForMatch(candidate.text) === sourceNoun);
  const antecedents = (reference?.antecedents ?? [])
    .map((antecedent) => normalizeForMatch(antecedent))
    .filter((antecedent) => !others.some((participant) => same(participant.noun, antecedent)));
  if (antecedents.length > 0) return antecedents.some((antecedent) => same(antecedent, claimNoun));
  return loose && sourceNoun === '同社' && namesLikeCompany(claimNoun);
}

/**
 * True when a page names members of `noun` (Xの社員, Xの職員, Xの従業員: a word ending in 員, a
 * member, right after Xの): what has members is a body, a who, whatever its name ends in (a company
 * named in katakana, a firm with no word for a company in its name). Two characters or more.
 */
function hasMembers(norm: string, noun: string): boolean {
  if (noun.length < 2) return false;
  let at = norm.indexOf(`${noun}の`);
  while (at >= 0) {
    const before = norm[at - 1] ?? '';
    const member = /^[\p{Script=Han}]{1,3}員/u.exec(norm.slice(at + noun.length + 1))?.[0];
    // The whole name (not the end of a longer one: 東浜運送 for 浜運送).
    // 定員, 満員, 欠員, 人員, 増員, 減員, 動員 count places or heads: no member named.
    if (
      member !== undefined &&
      !/^[定満欠人増減動]員$/u.test(member) &&
      !/[\p{Script=Han}\p{Script=Katakana}ー]/u.test(before)
    )
      return true;
    at = norm.indexOf(`${noun}の`, at + 1);
  }
  return false;
}

/** A who of the claim that may be a company: no public body, office or person by its ending. */
function namesLikeCompany(noun: string): boolean {
  return !namesPublicBody(noun) && !NO_COMPANY.test(noun) && !isRoleWord(noun) && !PERSON_DOER.test(noun);
}

/**
 * True when the claim calls its doer the office of `owner` (各校の校長, 組合の組合長): an office
 * (isRoleWord) written right after the owner's name and の.
 */
function ownOffice(claimNorm: string, owner: string, office: string): boolean {
  return owner !== '' && isRoleWord(office) && claimNorm.includes(`${owner}の${office}`);
}

/**
 * True when the claim calls one it acts on the staff or an officer of `owner` (町役場の職員, 組合の
 * 組合長): a person by what they are or do (isRoleWord, or an ending such as 員, 官), written right
 * after the owner's name and の — the body acted on through its people.
 */
function ownStaff(claimNorm: string, owner: string, staff: string): boolean {
  return (
    owner.length >= 2 &&
    (isRoleWord(staff) || PERSON_DOER.test(staff)) &&
    claimNorm.includes(`${owner}の${staff}`)
  );
}

/**
 * True when two participants act together (AとBは…合意した): joined by と in the claim or in the
 * source sentence, either way round, neither one's act is the other's.
 */
function togetherIn(norm: string, a: string, b: string): boolean {
  return a !== '' && b !== '' && (norm.includes(`${a}と${b}`) || norm.includes(`${b}と${a}`));
}

/** The same, asked of the claim and of the source sentence it is compared with. */
function together(claimNorm: string, sentence: SourceSentence, a: string, b: string): boolean {
  return togetherIn(claimNorm, a, b) || togetherIn(normalizeForMatch(sentence.text), a, b);
}

/**
 * True when two participants are two bodies by the layer's own reading, not one named two ways
 * (bodySideOf, by the word each name ends in): a public body and a private one (市 and an
 * association's branch, a city and a firm), or offices of two levels (市環境局 and 県動物研究所).
 * Not a level and an office (県 and 保健所: the level may speak for its office), two private bodies
 * (a company called by its trade and by its name) or a word that names either side (…会, …院); two
 * levels (県 and 市) are left to the agent check, which compares named subjects. A reference word
 * (同社) stands for one named before; one holding the other (市 and 市水道局), the short of the
 * other (its characters in order) or defined as its short name by a listed source is one body.
 */
function twoBodies(alignment: Alignment, a: string, b: string): boolean {
  const [sa, sb] = [bodySideOf(a), bodySideOf(b)];
  if (sa === undefined || sb === undefined) return false;
  if (/^[同両当本各]/u.test(a) || /^[同両当本各]/u.test(b)) return false;
  if (a.includes(b) || b.includes(a) || inOrderWithin(a, b) || inOrderWithin(b, a)) return false;
  if (
    alignment.local.some((understanding) =>
      documentAliases(understanding).some(({ long, short }) => {
        const [l, s] = [normalizeForMatch(long), normalizeForMatch(short)];
        return (same(l, a) || same(s, a)) && (same(l, b) || same(s, b));
      }),
    )
  )
    return false;
  if ((sa === 'private') !== (sb === 'private')) return true;
  if (sa !== 'office' || sb !== 'office') return false;
  const [la, lb] = [levelOf(a), levelOf(b)];
  return la !== undefined && lb !== undefined && la !== lb;
}

/**
 * True when two people are named by two kinds of what they do (作業員 and 警察官, 職員 and 消防隊員):
 * each a person noun (PERSON_DOER), neither the other's ending (隊員 for 消防隊員), nor synonyms
 * (理容師 and 理髪師: the dictionary's, for a compound the tokenizer splits as for one word).
 */
function twoKindsOfPerson(alignment: Alignment, a: string, b: string): boolean {
  if (!PERSON_DOER.test(a) || !PERSON_DOER.test(b)) return false;
  if (/^[同両当本各]/u.test(a) || /^[同両当本各]/u.test(b)) return false;
  if (rolesCompatible(a, b) || rolesCompatible(b, a) || a.includes(b) || b.includes(a)) return false;
  const of = (word: string) => [
    ...(alignment.synonyms.get(word) ?? []),
    ...(alignment.thesaurus?.of(word) ?? []),
  ];
  return !of(a).includes(b) && !of(b).includes(a);
}

// The suffixes that make a noun for people plural (園長ら, 職員たち): a closed class of the
// language. The noun with one names the same kind of people as the noun without it.
const PLURAL = /(?:ら|たち|等)$/u;

/** `noun` without a plural suffix, where a noun of two characters or more is left; else `noun`. */
function singular(noun: string): string {
  const bare = noun.replace(PLURAL, '');
  return bare.length >= 2 ? bare : noun;
}

/** True when the text names `noun` as a word of its own (市が, の市), not inside another name (楢見市). */
function names(norm: string, noun: string): boolean {
  let at = norm.indexOf(noun);
  while (at >= 0) {
    const before = norm[at - 1];
    if (noun.length >= 3 || before === undefined || !/[\p{Script=Han}\p{Script=Katakana}ー]/u.test(before))
      return true;
    at = norm.indexOf(noun, at + 1);
  }
  return false;
}

// A source sentence's frames depend on the sentence alone (its reading and the topic it carries
// from the sentence before): read once per sentence, i.e. once per build, not once for every claim
// aligned with it.
const sourceFrames = new WeakMap<SourceSentence, Frame[]>();

function sourceFramesOf(sentence: SourceSentence): Frame[] {
  let frames = sourceFrames.get(sentence);
  if (frames === undefined) {
    frames = [...framesOf(sentence, carriedTopic(sentence.previous)), ...quotedFrames(sentence)];
    sourceFrames.set(sentence, frames);
  }
  return frames;
}

// The speaker's own side named in the first person (当行が決めた, 私たちは頼んでいない).
const FIRST_PERSON =
  /^(?:当行|当社|弊社|当店|当館|当院|当方|当組合|当協会|当法人|わが社|我が社|私たち|わたしたち|私ども|わたくしども|我々|われわれ|私|わたし|僕|自分たち)$/u;

/**
 * The frames of the words a source sentence quotes as someone's speech (Xは「…」と話した): the quote
 * read as a sentence of its own whose unsaid subject, and whose first-person words (当社, 私たち), are
 * its speaker — the body the speaker speaks for when written as its officer or staff (同社の社長 → the
 * firm 同社 stands for). Only the first quote, the one the speaker is read for, and only where the
 * speaker is a who of the sentence (read-sentence.ts findQuoteSpeaker). Only two kinds of frame are
 * kept: one with a first-person word, and a passive done to the speaker by one the quote names (市から
 * 頼まれた). The speaker as the unsaid doer of any other verb is too often wrong to compare: a thing's
 * own change (早く消えてほしい), a request to others (壊さないでほしい), a topic carried over a
 * が-clause (交換は急ぐべきだと伝えたが、…).
 */
export function quotedFrames(sentence: SourceSentence): Frame[] {
  const quote = sentence.quotes[0];
  const phrase = sentence.quoteSpeaker;
  if (quote === undefined || phrase === undefined || !/^[」』]?\s*と/u.test(sentence.text.slice(quote.end)))
    return [];
  const speaker = speakerBody(sentence, phrase);
  if (speaker === undefined) return [];
  const inside = (at: { start: number; end: number }) => at.start > quote.start && at.end <= quote.end;
  const reading: SentenceReading = {
    ...sentence,
    tokens: sentence.tokens.filter(inside),
    predicates: sentence.predicates.filter(inside),
    quotes: [],
  };
  const out: Frame[] = [];
  for (const frame of framesOf(reading, speaker)) {
    const named = frame.participants.some((participant) => FIRST_PERSON.test(participant.noun));
    // Done to the speaker by one the quote names (市から頼まれた): the speaker the passive's subject.
    const undergone =
      frame.participants.some(
        (participant) =>
          participant.noun === speaker.noun &&
          participant.role === 'other' &&
          participant.marker === undefined,
      ) &&
      frame.participants.some(
        (participant) => participant.role === 'agent' && /^(?:kara|by|ni)$/u.test(participant.marker ?? ''),
      );
    if (!named && !undergone) continue;
    out.push({
      ...frame,
      participants: frame.participants.map((participant) =>
        FIRST_PERSON.test(participant.noun) ? { ...participant, noun: speaker.noun, who: true } : participant,
      ),
    });
  }
  return out;
}

/** The speaker as a participant: the body an officer or staff speaks for (Xの社長 → X, 同社 resolved), else the phrase. */
function speakerBody(sentence: SourceSentence, phrase: string): Noun | undefined {
  const norm = normalizeForMatch(phrase);
  const cut = norm.indexOf('の');
  const body = cut > 0 ? norm.slice(0, cut) : undefined;
  if (body !== undefined && !/の/u.test(norm.slice(cut + 1))) {
    const reference = sentence.references.find((item) => normalizeForMatch(item.text) === body);
    const named = reference === undefined ? body : reference.antecedents[0];
    if (named !== undefined && (reference !== undefined || namesBody(named)))
      return { noun: named, who: true };
  }
  return /^[同両当本]/u.test(norm) ? undefined : { noun: norm, who: true };
}

/** A source frame with the sentence it is read in; `at` orders the frames of one document as read. */
export interface PlacedFrame {
  sentence: SourceSentence;
  frame: Frame;
  at: number;
}

// A document's frames (all of them, with a doer or not) by their lemma, built once per document:
// the case-role check looks up each claim frame's verb and synonyms here instead of reading every
// frame of every scope sentence for each claim frame.
const frameIndexes = new WeakMap<readonly SourceSentence[], Map<string, PlacedFrame[]>>();

function frameIndexOf(sentences: readonly SourceSentence[]): Map<string, PlacedFrame[]> {
  let index = frameIndexes.get(sentences);
  if (index === undefined) {
    index = new Map();
    let at = 0;
    for (const sentence of sentences)
      for (const frame of sourceFramesOf(sentence)) {
        const placed = { sentence, frame, at: at++ };
        const list = index.get(frame.lemma);
        if (list === undefined) index.set(frame.lemma, [placed]);
        else list.push(placed);
      }
    frameIndexes.set(sentences, index);
  }
  return index;
}

/**
 * The frames whose lemma is one of `wanted` in the given sentence lists (a scope's documents), in the
 * order a scan of each list's sentences and each sentence's frames meets them: the same answer as
 * filtering every frame, from the index of each list.
 */
export function framesWithLemma(
  documents: ReadonlyArray<readonly SourceSentence[]>,
  wanted: ReadonlySet<string>,
): PlacedFrame[] {
  const found: PlacedFrame[] = [];
  for (const sentences of documents) {
    const index = frameIndexOf(sentences);
    const lists: PlacedFrame[][] = [];
    for (const lemma of wanted) {
      const list = index.get(lemma);
      if (list !== undefined) lists.push(list);
    }
    if (lists.length === 1) found.push(...(lists[0] as PlacedFrame[]));
    else if (lists.length > 1) found.push(...lists.flat().sort((a, b) => a.at - b.at));
  }
  return found;
}

/**
 * The alignment's sentences as its scope's documents (each document's own array, which the frame
 * index is kept for), or as one list when they are not the scope's sentences in order.
 */
function documentsOf(alignment: Alignment): ReadonlyArray<readonly SourceSentence[]> {
  let at = 0;
  for (const understanding of alignment.scope)
    for (const sentence of understanding.sentences)
      if (alignment.sentences[at++] !== sentence) return [alignment.sentences];
  return at === alignment.sentences.length
    ? alignment.scope.map((understanding) => understanding.sentences)
    : [alignment.sentences];
}

/**
 * The claim's doer and the one acted on, exchanged: for each predicate of the claim with a doer
 * (が, or the は of a clause with no が; に/によって of a passive; から of N を受ける) the sources
 * are searched for the same predicate (its lemma or a synonym). The claim is flagged
 * (`support.name`) when no source gives its doer that act, and either (a) a source predicate's doer
 * is the one the claim acts on and the claim's doer is a participant of that source predicate not
 * its doer (YがXにV for XがYにV), or (b) the source sentence the claim's clause aligns with gives
 * the act to another the claim also names (工事はAが請け負い、Bの社員は… for 工事はBが請け負った):
 * two participants the claim names, their acts exchanged. Nothing when a side's roles are unclear
 * (two が, no doer). Staff named by what they are (社員, 担当者) are compared with the body each is
 * written after (Aの社員 is not Bの社員 when the claim names both A and B: otherOwners).
 */
export function checkCaseRoles(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage) return checkForeignDoer(claim, alignment, path);
  const claimNorm = normalizeForMatch(stripQuotes(claim.text, claim.quotes));
  const documents = documentsOf(alignment);
  for (const frame of framesOf(claim)) {
    const agent = frame.participants.find((participant) => participant.role === 'agent');
    // A reference word (同社, 当局) stands for one named before: who it is is not read here.
    if (agent === undefined || /^[同両当本]/u.test(agent.noun)) continue;
    const lemmas = new Set([frame.lemma, ...(alignment.synonyms.get(frame.lemma) ?? [])]);
    // The scope's frames with a doer whose verb is one of `wanted`, sentence by sentence.
    const framesWith = (wanted: ReadonlySet<string>) =>
      framesWithLemma(documents, wanted).filter(
        ({ frame: other }) => other.doerless !== true && other.givenTo !== true,
      );
    const matching = framesWith(lemmas);
    // (d) YがXにV for NはYにVしている (V gives or entrusts; its doer unsaid): the claim's doer is
    // the one the source's act went to, and no source gives the claim's doer that act.
    const received = receivedBy(
      frame,
      agent,
      framesWithLemma(documents, lemmas).filter(({ frame: other }) => other.givenTo === true),
      framesWith(new Set([...lemmas, ...directedPeers(frame.lemma)])),
      lemmas,
    );
    if (received !== undefined && !togetherIn(claimNorm, received.receiver, agent.noun))
      return [
        pathFinding(
          'support.name',
          'error',
          path,
          `The claim makes 「${agent.noun}」 the doer of 「${frame.lemma}」, which the source says was done to 「${received.receiver}」: 「${received.sentence.text}」.`,
          agent.noun,
        ),
      ];
    // (c) XがNをV for XがNをVられた with no doer: the one it was done to made the doer.
    const undergone =
      matching.length > 0
        ? undefined
        : doneTo(
            frame,
            agent,
            framesWithLemma(documents, lemmas).filter(({ frame: other }) => other.doerless === true),
          );
    if (undergone !== undefined)
      return [
        pathFinding(
          'support.name',
          'error',
          path,
          `The claim makes 「${agent.noun}」 the doer of 「${frame.lemma}」, which the source says was done to them: 「${undergone.text}」.`,
          agent.noun,
        ),
      ];
    // (e) YがXからNを受け取る for YがXにNを支払う, XがYに補助する for YがNを補助する: the thing
    // handed over went the other way between the two the claim names.
    const turned = turnedOver(frame, framesWithLemma(documents, HANDING_ALL));
    if (turned !== undefined && !together(claimNorm, turned.sentence, turned.giver, turned.receiver))
      return [
        pathFinding(
          'support.name',
          'error',
          path,
          `The claim has 「${turned.giver}」 hand over to 「${turned.receiver}」 (「${frame.lemma}」), which the source says went the other way: 「${turned.sentence.text}」.`,
          agent.noun,
        ),
      ];
    // (c') YはXからNをVられた for XはNをVられていた (V asks or tells): the teller the one told.
    if (matching.length === 0 && agent.marker === 'kara' && isDirected(frame.lemma)) {
      const told = framesWithLemma(documents, lemmas).filter(({ frame: other }) => other.doerless === true);
      const frames = told.map(({ frame: other }) => other);
      const index = toldInstead(frame, agent, frames, same);
      const found = told[index];
      if (found !== undefined)
        return [
          pathFinding(
            'support.name',
            'error',
            path,
            `The claim makes 「${agent.noun}」 the one who did 「${frame.lemma}」, which the source says was done to them: 「${found.sentence.text}」.`,
            agent.noun,
          ),
        ];
    }
    // An act directed at another (asking, ordering, telling) is compared with any verb directed the
    // same way (市が各校に指示した for 各校が市に求めた), for a swap only.
    const directed = framesWith(new Set([...lemmas, ...directedPeers(frame.lemma)]));
    if (directed.length === 0) continue;
    const agentOf = (other: Frame) => other.participants.find((participant) => participant.role === 'agent');
    // A source that gives the claim's doer this act (or one directed the same way) backs it.
    const backing = directed.filter(
      ({ sentence, frame: other }) =>
        standsFor(sentence, other, agentOf(other)?.noun ?? '', agent.noun) &&
        !otherOwners(claimNorm, agentOf(other), agent),
    );
    // Two who's (bodies, offices, names): a thing read as the topic (名称は…目指す) is no doer compared.
    // A who by its reading in either sentence, by a name the claim gives (岬電設 read as a name in
    // the claim though not in the source), or by a short name a listed source defines for it.
    const who = (participant: Participant) =>
      participant.who ||
      PERSON_NOUN.test(participant.noun) ||
      KIN_OR_RESIDENT.test(participant.noun) ||
      claim.tokens.some(
        (token) =>
          (token.nameKind !== undefined || token.posDetail === '固有名詞') &&
          participant.noun.includes(normalizeForMatch(token.surface)),
      ) ||
      alignment.local.some(
        (understanding) =>
          documentAliases(understanding).some(
            ({ long, short }) =>
              same(normalizeForMatch(long), participant.noun) ||
              normalizeForMatch(short) === participant.noun,
          ) || hasMembers(understanding.norm, participant.noun),
      );
    // (a) YがXにV for XがYにV.
    const acted = frame.participants.filter((participant) => participant.role === 'other');
    // The claim's doer as the office of one the source names (各校の校長 for 各校): that one acting.
    // Or by the short name a listed source defines for it (公益財団法人…振興財団（文化財団）).
    const isAgent = (noun: string) =>
      same(noun, agent.noun) ||
      ownOffice(claimNorm, noun, agent.noun) ||
      alignment.local.some((understanding) =>
        documentAliases(understanding).some(
          ({ long, short }) => normalizeForMatch(short) === agent.noun && same(normalizeForMatch(long), noun),
        ),
      );
    // The source's doer as one the claim acts on, or a reference word (同社) that stands for it, or
    // its staff or officer the claim names as its own (町役場の職員 for 町役場).
    const actedAs = (sentence: SourceSentence, other: Frame) =>
      acted.find(
        (participant) =>
          standsFor(sentence, other, agentOf(other)?.noun ?? '', participant.noun, who(participant)) ||
          ownStaff(claimNorm, agentOf(other)?.noun ?? '', participant.noun) ||
          namesOfficersBody(agentOf(other)?.noun ?? '', agentOf(other)?.owner, participant.noun),
      );
    const agentAs = (sentence: SourceSentence, other: Frame) =>
      other.participants.find(
        (participant) =>
          participant.role !== 'agent' &&
          (isAgent(participant.noun) || standsFor(sentence, other, participant.noun, agent.noun, false)),
      );
    const swapped = directed.find(
      ({ sentence, frame: other }) =>
        actedAs(sentence, other) !== undefined && agentAs(sentence, other) !== undefined,
    );
    // The claim's doer's act backs the claim, unless the source says the act went the other way
    // between the two the claim names (市は財団に点検を指示した) and the backing act was directed at
    // another (財団は業者に見積もりを求めた), or is another verb of the group directed at no one said.
    // Where the swap is of the claim's own verb (市が業者に指示した for 業者が市に指示した), only an
    // act of that verb backs: another of its group (業者が市に勧めた) is another act, not this one.
    const ownSwap = swapped !== undefined && lemmas.has(swapped.frame.lemma);
    if (
      backing.some(
        (back) =>
          (swapped === undefined || !directedElsewhere(back, receiversOf(frame, agent), lemmas, agentOf)) &&
          (!ownSwap || lemmas.has(back.frame.lemma)),
      )
    )
      continue;
    const swappedAgent = swapped === undefined ? undefined : agentOf(swapped.frame);
    // Each of the two is a who when either sentence reads it as one (the one asked, read so by its
    // role in the source, is the claim's doer).
    const whoEither = (a: Participant | undefined, b: Participant | undefined) =>
      (a !== undefined && who(a)) || (b !== undefined && who(b));
    if (
      swapped !== undefined &&
      swappedAgent !== undefined &&
      // Two of a kind exchanged (two bodies, two vehicles): a who for a thing is no swap of the two
      // (a topic carried from an earlier clause, 受け入れは…制限しており、…に受け入れを要請した).
      whoEither(swappedAgent, actedAs(swapped.sentence, swapped.frame)) ===
        whoEither(agent, agentAs(swapped.sentence, swapped.frame)) &&
      !together(claimNorm, swapped.sentence, swappedAgent.noun, agent.noun)
    ) {
      return [
        pathFinding(
          'support.name',
          'error',
          path,
          `The claim makes 「${agent.noun}」 the doer of 「${frame.lemma}」, which the source says 「${agentOf(swapped.frame)?.noun}」 did: 「${swapped.sentence.text}」.`,
          agent.noun,
        ),
      ];
    }
    // (a') YがXにV for XからNがあった (whom it went to unsaid): the one the claim's act goes to is
    // the one the source says did it, and the claim's doer (a who, or a body by its ending) did not.
    const reversed = reversedFrom(frame, agent, directed, who);
    if (reversed !== undefined && !together(claimNorm, reversed.sentence, reversed.doer, agent.noun))
      return [
        pathFinding(
          'support.name',
          'error',
          path,
          `The claim makes 「${agent.noun}」 the doer of 「${frame.lemma}」, which the source says 「${reversed.doer}」 did: 「${reversed.sentence.text}」.`,
          agent.noun,
        ),
      ];
    // (b) The source predicate that shares a participant with the claim's (考えを示した), else the one
    // in the source sentence the claim's clause aligns with, gives the act to another the claim names.
    if (matching.length === 0) continue;
    const shared = matching.filter(({ frame: other }) =>
      other.participants.some(
        (participant) =>
          participant.role !== 'agent' &&
          frame.participants.some((mine) => mine.role !== 'agent' && same(mine.noun, participant.noun)),
      ),
    );
    let there = shared.length === 1 ? shared[0] : undefined;
    if (there === undefined && shared.length === 0) {
      const clause =
        claim.clauses[claim.predicates.find((predicate) => predicate.start === frame.start)?.clause ?? -1];
      if (clause === undefined) continue;
      const keys = claim.tokens
        .filter((token) => token.start >= clause.start && token.end <= clause.end && isContentToken(token))
        .map(keyOf)
        .filter((key) => (alignment.weights.get(key) ?? 0) > 0 && !agent.noun.includes(key));
      const counterpart = alignClause(alignment, keys);
      there = matching.find(({ sentence }) => sentence === counterpart?.sentence);
      // A cleft says who did the act: the one act of that verb with a doer is the one compared.
      if (there === undefined && frame.cleft === true && matching.length === 1) there = matching[0];
    }
    const theirs = there === undefined ? undefined : agentOf(there.frame);
    if (there === undefined || theirs === undefined) continue;
    // A cleft's focus that the source act has in another part (知事が県庁に向かった for 向かったのは
    // 県庁だった): the focus fills that gap, not the doer's.
    if (
      frame.cleft === true &&
      there.frame.participants.some(
        (participant) => participant.role !== 'agent' && same(participant.noun, agent.noun),
      )
    )
      continue;
    // A passive with its doer named (YはXから求められた): its subject is the one it was done to.
    const doneToSubject = (participant: Participant) =>
      agent.marker !== undefined &&
      /^(?:kara|by)$/u.test(agent.marker) &&
      participant.role === 'other' &&
      participant.marker === undefined;
    const namedAs = frame.participants.find(
      (participant) => doneToSubject(participant) && same(participant.noun, theirs.noun),
    );
    // One word for the staff of two bodies (A社の社員 for B社の社員) is two doers, not one.
    const owned = otherOwners(claimNorm, theirs, agent);
    // A cleft (車輪を直したのは工房Bだった) says who did it and no one else: a source doer the
    // claim does not name is replaced, unless the two are one body and its staff or office.
    const replaced =
      frame.cleft === true &&
      !same(theirs.noun, agent.noun) &&
      !kindBeforeName(there.sentence, agent.noun, theirs.noun) &&
      !(theirs.owner !== undefined && same(theirs.owner, agent.noun)) &&
      !(agent.owner !== undefined && same(agent.owner, theirs.noun)) &&
      !(agent.owner !== undefined && theirs.owner !== undefined && same(agent.owner, theirs.owner));
    // A source doer the claim does not name is replaced when the two are two bodies by their kinds
    // (市 for an association's branch, a city bureau for a prefecture's institute), not one body
    // named two ways.
    const substituted = twoBodies(alignment, theirs.noun, agent.noun);
    // Two people named by what they do (作業員 for 警察官), the same act on the same thing.
    const otherKind = shared.length === 1 && twoKindsOfPerson(alignment, theirs.noun, agent.noun);
    if (
      (!names(claimNorm, theirs.noun) && namedAs === undefined && !replaced && !substituted && !otherKind) ||
      (same(theirs.noun, agent.noun) && !owned)
    )
      continue;
    if (together(claimNorm, there.sentence, theirs.noun, agent.noun)) continue;
    // The source's doer named as the claim's doer's own (顧問の教諭 for 顧問): one, described twice.
    if (claimNorm.includes(`${theirs.noun}の${agent.noun}`)) continue;
    // Two bodies by their kinds (twoBodies) are two who's, whatever the tokenizer made of their names.
    if (!substituted && (!who(theirs) || !who(agent))) continue;
    // The one the claim acts on, doer of the source's (運転が再開した for 浜線が運転を再開した): the
    // verb said intransitively, not another doer. One the claim's act goes to (組合が業者に納めた for
    // 発電機を納めた業者) is the source's doer made the receiver: the two exchanged.
    if (
      frame.participants.some(
        (participant) =>
          participant !== agent &&
          same(participant.noun, theirs.noun) &&
          !(participant.marker === 'ni' && participant.role === 'other') &&
          !doneToSubject(participant),
      )
    )
      continue;
    if (
      !otherKind &&
      !alignment.local.some((understanding) => {
        const text = normalizeForMatch(understanding.document.text);
        return names(text, agent.noun) || names(text, singular(agent.noun)) || namesInFull(text, agent.noun);
      })
    )
      continue;
    return [
      pathFinding(
        'support.name',
        'error',
        path,
        `The claim makes 「${owned ? `${agent.owner}の` : ''}${agent.noun}」 the doer of 「${frame.lemma}」, which the source says 「${owned ? `${theirs.owner}の` : ''}${theirs.noun}」 did: 「${there.sentence.text}」.`,
        agent.noun,
      ),
    ];
  }
  return [];
}

/**
 * True when a sentence sets `kind` right before the bracketed name `name` (ビル管理会社「…」, 業者の
 * 「…」): the two are one participant, its kind and its name.
 */
function kindBeforeName(sentence: SourceSentence, kind: string, name: string): boolean {
  const norm = normalizeForMatch(sentence.text);
  return norm.includes(`${kind}「${name}`) || norm.includes(`${kind}の「${name}`);
}

/**
 * The source sentence whose act of giving or entrusting (the claim's verb, its doer unsaid) went to
 * the claim's doer, with that receiver as the source names it; undefined when the claim's verb gives
 * nothing (GIVING), its frame has no doer, or any source gives the claim's doer this act or one
 * directed the same way (`others`, frames with a doer).
 */
function receivedBy(
  frame: Frame,
  agent: Participant,
  given: ReadonlyArray<{ sentence: SourceSentence; frame: Frame }>,
  others: ReadonlyArray<{ sentence: SourceSentence; frame: Frame }>,
  lemmas: ReadonlySet<string>,
): { sentence: SourceSentence; receiver: string } | undefined {
  if ((!GIVING.has(frame.lemma) && !isDirected(frame.lemma)) || frame.doerless === true || given.length === 0)
    return undefined;
  const doerOf = (other: Frame) => other.participants.find((participant) => participant.role === 'agent');
  // The claim's doer doing this act, or one of its group directed at whom the claim's act goes to
  // (or at no one said, the claim's own verb), backs it: an act of the group it did to another
  // (XからNを受けたZ: X told Z) is not the claim's.
  const receivers = receiversOf(frame, agent);
  if (
    others.some(
      (back) =>
        standsFor(back.sentence, back.frame, doerOf(back.frame)?.noun ?? '', agent.noun) &&
        (GIVING.has(frame.lemma) || !directedElsewhere(back, receivers, lemmas, doerOf)),
    )
  )
    return undefined;
  for (const { sentence, frame: other } of given) {
    const receiver = other.participants[0]?.noun ?? '';
    if (standsFor(sentence, other, receiver, agent.noun)) return { sentence, receiver };
  }
  return undefined;
}

/**
 * Whom the claim's act goes to: its に-nouns, and in a passive whose doer is named (YはXから求め
 * られた) its subject.
 */
function receiversOf(frame: Frame, agent: Participant): Participant[] {
  const passive = agent.marker !== undefined && /^(?:by|kara|ni)$/u.test(agent.marker);
  return frame.participants.filter(
    (participant) =>
      participant.role === 'other' &&
      (participant.marker === 'ni' || (passive && participant.marker === undefined)),
  );
}

/**
 * True when a source act the claim's doer did (`back`, of the claim's verb or one directed the same
 * way) is not the claim's: it goes to one (a に-noun, or 同社 standing for one) none of `receivers`,
 * whom the claim's act goes to, or it is another verb of the group (`lemmas` are the claim's verb
 * and its synonyms) with no に-noun at all. The act of the claim's own verb with no one it goes to
 * said may be the claim's.
 */
function directedElsewhere(
  back: { sentence: SourceSentence; frame: Frame },
  receivers: readonly Participant[],
  lemmas: ReadonlySet<string>,
  agentOf: (other: Frame) => Participant | undefined,
): boolean {
  if (receivers.length === 0) return false;
  const doer = agentOf(back.frame);
  const goesTo = back.frame.participants.filter(
    (participant) => participant !== doer && participant.role === 'other' && participant.marker === 'ni',
  );
  if (goesTo.length === 0) return !lemmas.has(back.frame.lemma);
  return !goesTo.some((participant) =>
    receivers.some((mine) => standsFor(back.sentence, back.frame, participant.noun, mine.noun)),
  );
}

// Verbs that hand a thing over from one party to another and nothing back, the giver their doer and
// the receiver their に (渡す, 支払う, 補助: money, goods, a grant), and their converse, whose doer
// receives from the one their から names (受け取る, もらう; members of RECEIVING): XがYにNを渡す and
// YがXからNを受け取る say one direction. Not a sale, a purchase or a loan (売る, 買う, 貸す, 借りる: the
// goods go one way and the money the other), nor showing or telling (示す, 聞く: nothing changes hands).
const HANDING = new Set([
  '渡す',
  '引き渡す',
  '手渡す',
  '送る',
  '届ける',
  '贈る',
  '譲る',
  '返す',
  '払う',
  '支払う',
  '支給',
  '交付',
  '補助',
  '助成',
  '寄付',
  '寄贈',
]);
const HANDED_FROM = new Set(['受け取る', 'もらう', '譲り受ける', '受け継ぐ', '引き継ぐ']);
const HANDING_ALL: ReadonlySet<string> = new Set([...HANDING, ...HANDED_FROM]);

/**
 * Who handed a thing over and who received it, by an active frame of HANDING (its doer and its one
 * に) or HANDED_FROM (its から and its doer); the receiver undefined for a verb of HANDING with no
 * に. Undefined for a passive, a frame with no doer, or a verb of neither list. `thing` is the を.
 */
function handover(
  frame: Frame,
): { giver: Participant; receiver: Participant | undefined; thing: Participant | undefined } | undefined {
  if (frame.doerless === true || frame.givenTo === true || frame.unsaid === true) return undefined;
  const agent = frame.participants.find((participant) => participant.role === 'agent');
  if (agent === undefined || (agent.marker !== undefined && /^(?:by|kara|ni)$/u.test(agent.marker)))
    return undefined;
  const thing = frame.participants.find((participant) => participant.marker === 'wo');
  const marked = (marker: Marker) =>
    frame.participants.filter((participant) => participant.role === 'other' && participant.marker === marker);
  if (HANDING.has(frame.lemma)) {
    const to = marked('ni');
    return to.length > 1 ? undefined : { giver: agent, receiver: to[0], thing };
  }
  if (HANDED_FROM.has(frame.lemma)) {
    const from = marked('kara');
    return from.length === 1 && from[0] !== undefined
      ? { giver: from[0], receiver: agent, thing }
      : undefined;
  }
  return undefined;
}

/**
 * The source act of handing over (HANDING_ALL) that goes the other way between the claim's giver and
 * receiver: its giver the claim's receiver, and its receiver the claim's giver or unsaid or another
 * name (印刷業者 for a printer the claim names) — the latter two only for the same thing (the を-noun)
 * handed over. Undefined when the claim's frame hands over nothing between two said parties, or any
 * source act hands over from the claim's giver, to the claim's receiver or to no one said: the act
 * the claim says.
 */
function turnedOver(
  frame: Frame,
  handings: ReadonlyArray<{ sentence: SourceSentence; frame: Frame }>,
): { sentence: SourceSentence; giver: string; receiver: string } | undefined {
  // `giver` and `receiver` of the answer are the claim's.
  const mine = handover(frame);
  if (mine === undefined || mine.receiver === undefined) return undefined;
  const { giver, receiver } = mine;
  const read = handings.flatMap(({ sentence, frame: other }) => {
    const theirs = handover(other);
    return theirs === undefined ? [] : [{ sentence, frame: other, theirs }];
  });
  const backed = read.some(
    ({ sentence, frame: other, theirs }) =>
      standsFor(sentence, other, theirs.giver.noun, giver.noun) &&
      (theirs.receiver === undefined || standsFor(sentence, other, theirs.receiver.noun, receiver.noun)),
  );
  if (backed) return undefined;
  for (const { sentence, frame: other, theirs } of read) {
    if (!standsFor(sentence, other, theirs.giver.noun, receiver.noun)) continue;
    const reversed =
      (theirs.receiver !== undefined && standsFor(sentence, other, theirs.receiver.noun, giver.noun)) ||
      (mine.thing !== undefined && theirs.thing !== undefined && same(mine.thing.noun, theirs.thing.noun));
    if (reversed) return { sentence, giver: giver.noun, receiver: receiver.noun };
  }
  return undefined;
}

/**
 * The source act of telling or asking whose receiver is unsaid (XからNがあった) done by the one the
 * claim's act goes to (YがXにV, V directed: of the same group), with its doer; undefined when the
 * claim's verb is no act of telling or asking, is passive, or its doer is neither a who nor a body
 * or person by its ending.
 */
function reversedFrom(
  frame: Frame,
  agent: Participant,
  directed: ReadonlyArray<{ sentence: SourceSentence; frame: Frame }>,
  who: (participant: Participant) => boolean,
): { sentence: SourceSentence; doer: string } | undefined {
  if (!isDirected(frame.lemma) || frame.doerless === true) return undefined;
  if (agent.marker !== undefined && /^(?:by|kara|ni)$/u.test(agent.marker)) return undefined;
  if (!(who(agent) || NO_COMPANY.test(agent.noun) || PERSON_DOER.test(agent.noun))) return undefined;
  const receiver = frame.participants.find(
    (participant) => participant.role === 'other' && participant.marker === 'ni',
  );
  if (receiver === undefined) return undefined;
  for (const { sentence, frame: other } of directed) {
    if (other.unsaid !== true) continue;
    const doer = other.participants.find((participant) => participant.role === 'agent')?.noun ?? '';
    if (standsFor(sentence, other, doer, receiver.noun, who(receiver))) return { sentence, doer };
  }
  return undefined;
}

/**
 * The source sentence where the claim's doer is the subject of a passive of the same verb that names
 * no doer (番頭が売却を持ちかけられた for 番頭が売却を持ちかけた), sharing the claim's object
 * (a passive with both が and を: what was done to the subject); undefined when the claim's frame is
 * itself a passive (its doer in に, によって or から), or any source frame of the verb has a doer (who
 * did it is then read by the swap checks).
 */
function doneTo(
  frame: Frame,
  agent: Participant,
  doerless: ReadonlyArray<{ sentence: SourceSentence; frame: Frame }>,
): SourceSentence | undefined {
  if (frame.doerless === true || (agent.marker !== undefined && /^(?:by|kara|ni)$/u.test(agent.marker)))
    return undefined;
  const objects = frame.participants.filter((participant) => participant.marker === 'wo');
  for (const { sentence, frame: other } of doerless) {
    const subject = other.participants.find((participant) => participant.marker === 'ga');
    if (subject === undefined || !same(subject.noun, agent.noun)) continue;
    const sharesObject = objects.some((mine) =>
      other.participants.some((theirs) => theirs.marker === 'wo' && same(theirs.noun, mine.noun)),
    );
    if (sharesObject) return sentence;
  }
  return undefined;
}

/**
 * A claim checked against pages in another language only: each of its predicates with a doer is
 * compared with the English passives of that verb whose by-phrase names the doer (were rescued by
 * firefighters). Flagged (`support.name`) when every mention of the verb on those pages is such a
 * passive, none names the claim's doer, and the claim's doer is a who the pages name elsewhere (the
 * police, who directed traffic): the act given to another participant of the page. Nothing when a
 * Japanese source has the verb (the Japanese reading decides), or when any mention leaves the doer
 * unsaid.
 */
function checkForeignDoer(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const foreign = alignment.scope.filter((understanding) => !alignment.local.includes(understanding));
  if (foreign.length === 0) return [];
  const claimNorm = normalizeForMatch(stripQuotes(claim.text, claim.quotes));
  for (const frame of framesOf(claim)) {
    const agent = frame.participants.find((participant) => participant.role === 'agent');
    if (
      agent === undefined ||
      !(agent.who || PERSON_DOER.test(agent.noun)) ||
      /^[同両当本]/u.test(agent.noun)
    )
      continue;
    const lemmas = new Set([frame.lemma, ...(alignment.synonyms.get(frame.lemma) ?? [])]);
    if (
      alignment.local.some((understanding) =>
        understanding.sentences.some((sentence) =>
          sentence.predicates.some((predicate) => lemmas.has(predicate.lemma)),
        ),
      )
    )
      continue;
    const mentions = foreign.flatMap((understanding) =>
      understanding.sentences.flatMap((sentence) => {
        const said = (sentence.glossedPredicates ?? []).filter((predicate) => lemmas.has(predicate.lemma));
        if (said.length === 0) return [];
        const glosses = alignmentGlosses(sentence.text);
        const passives = englishPassiveDoers(sentence.text, glosses).filter((passive) =>
          lemmas.has(passive.lemma),
        );
        return said.map((predicate) => ({
          sentence,
          doer: passives.find((passive) => passive.start === predicate.start)?.doer,
        }));
      }),
    );
    const first = mentions[0];
    if (first === undefined || mentions.some((mention) => mention.doer === undefined)) continue;
    if (mentions.some((mention) => same(mention.doer ?? '', agent.noun))) continue;
    const doer = first.doer ?? '';
    if (togetherIn(claimNorm, doer, agent.noun) || names(claimNorm, doer)) continue;
    // The claim's doer on the pages, as the vocabulary glosses their nouns (警察 for the police).
    const pageNouns = foreign.flatMap((understanding) =>
      understanding.sentences.flatMap((sentence) =>
        alignmentGlosses(sentence.text).flatMap(({ gloss }) => (gloss.kind === 'noun' ? [gloss.ja] : [])),
      ),
    );
    if (!pageNouns.some((noun) => noun.length >= 2 && same(normalizeForMatch(noun), agent.noun))) continue;
    return [
      pathFinding(
        'support.name',
        'error',
        path,
        `The claim makes 「${agent.noun}」 the doer of 「${frame.lemma}」, which the source in another language says 「${doer}」 did: 「${first.sentence.text}」.`,
        agent.noun,
      ),
    ];
  }
  return [];
}
