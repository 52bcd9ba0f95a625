import type { Token } from '../text/tokenizer.ts';
import { type SentenceReading, stripQuotes } from './read-sentence.ts';

/** The named agent a sentence binds with は or が: who or what the sentence is about. */
export interface Subject {
  /** The noun compound as written (菱川県立中央病院, 柏木大輔市長). */
  text: string;
  start: number;
  end: number;
  /** The kind of the first name in it. */
  kind: NonNullable<Token['nameKind']>;
}

const isCompoundNoun = (token: Token) =>
  (token.pos === '名詞' && token.posDetail !== '非自立' && token.posDetail !== '数') ||
  token.pos === '接頭詞';

/**
 * The sentence's named subject: the noun compound right before its first topic or subject
 * particle (は, が) outside quotes — past a parenthesis that glosses it (菱川病院（柚原市、…）は) —
 * when the compound holds a name (a person, an organisation or a place). A particle after another
 * particle (10日には, 会見では) binds no subject, and the next one is tried; a subject that is no
 * name (同病院は, 職員が) gives none, since who it is must be read from the sentences before.
 */
export function subjectOf(reading: SentenceReading): Subject | undefined {
  const topic = topicOf(reading);
  if (topic === undefined) return undefined;
  const named = topic.tokens.find((token) => token.nameKind !== undefined);
  if (named?.nameKind === undefined) return undefined;
  return { text: topic.text, start: topic.start, end: topic.end, kind: named.nameKind };
}

/**
 * The noun compound a sentence binds with its first は or が outside quotes (named or not: 船員は,
 * 県消費センターは), with its tokens; undefined when no particle binds one (10日には is no topic).
 */
export function topicOf(
  reading: SentenceReading,
): { text: string; start: number; end: number; tokens: Token[] } | undefined {
  const tokens = reading.tokens;
  const outside = stripQuotes(reading.text, reading.quotes);
  for (let i = 0; i < tokens.length; i++) {
    const particle = tokens[i] as Token;
    if (particle.pos !== '助詞' || (particle.surface !== 'は' && particle.surface !== 'が')) continue;
    if (outside[particle.start] === '＊') continue;
    let j = i - 1;
    // A gloss in parentheses between the name and its particle.
    if (tokens[j] !== undefined && /^[）)]$/u.test((tokens[j] as Token).surface)) {
      let depth = 0;
      for (; j >= 0; j--) {
        const surface = (tokens[j] as Token).surface;
        if (/^[）)]$/u.test(surface)) depth++;
        else if (/^[（(]$/u.test(surface) && --depth === 0) break;
      }
      j--;
    }
    const last = tokens[j];
    if (last === undefined || last.pos === '助詞') continue;
    if (!isCompoundNoun(last)) return undefined;
    let first = j;
    while (first > 0) {
      const before = tokens[first - 1] as Token;
      if (!isCompoundNoun(before) || before.end !== (tokens[first] as Token).start) break;
      first--;
    }
    const parts = tokens.slice(first, j + 1);
    const start = (parts[0] as Token).start;
    const end = last.end;
    return { text: reading.text.slice(start, end), start, end, tokens: parts };
  }
  return undefined;
}

/**
 * A noun phrase in a case role of a verb: who acts (agent) or who or what is acted on or reached
 * (patient: を, に, へ). Read from Japanese case marking, not from any word list:
 * - が, and によって/により (the agent of a passive), mark the agent; を, に, へ the patient;
 * - a topic (X は) is the agent of the last verb before the next topic (the one it is the topic
 *   of), when the stretch up to the first verb after it has an object (を) and no subject (が) and
 *   that verb is not passive — else a topic may be the object itself (被害届は病院が提出した,
 *   受け入れは制限しており), and it is read as neither;
 * - が, に and へ before a verb heading a complement (…に報告するよう求めた, …が提出したと発表した)
 *   may belong to either verb, and are read as neither;
 * - in a passive (〜される, 〜された) が and は mark the patient, and に is read as neither (the agent
 *   of 逮捕された or the goal of 提出された);
 * - in a cleft (対策本部を設置したのは県だ) the focus before だ/です is the agent of the verb
 *   before のは when that clause names no subject (が) of its own and the focus is no number;
 * - X など N…が / X と Y が / X・Y が: each coordinated noun takes the particle of the last.
 * Words inside quotes are someone's words, not the sentence's: they give no arguments.
 */
export interface Argument {
  /** The noun compound as written (県警, 柚原市民病院). */
  text: string;
  start: number;
  end: number;
  role: 'agent' | 'patient';
  /** The lemma of the verb it is an argument of (提出, 要請, 設置). */
  verb: string;
}

const CASE_PARTICLES = new Set(['が', 'は', 'を', 'に', 'へ', 'によって', 'により']);
const isArgumentNoun = (token: Token) =>
  (token.pos === '名詞' && token.posDetail !== '非自立' && token.posDetail !== '代名詞') ||
  token.pos === '接頭詞';
// Coordination between nouns: など, ら (副助詞), と/や (並立助詞), the 中黒.
const isCoordinator = (token: Token) =>
  (token.pos === '助詞' && (token.posDetail === '並立助詞' || /^(?:など|ら|や)$/u.test(token.surface))) ||
  token.surface === '・';
const COPULA = /^(?:だ|です|だっ|でし|である)$/u;

export function argumentsOf(reading: SentenceReading): Argument[] {
  const tokens = reading.tokens;
  const outside = stripQuotes(reading.text, reading.quotes);
  const inQuote = (token: Token) => outside[token.start] === '＊';
  const verbs = reading.predicates.filter(
    (predicate) => predicate.kind === 'verb' && outside[predicate.start] !== '＊',
  );
  const passive = (verb: { start: number }) => {
    const at = tokens.findIndex((token) => token.start >= verb.start);
    for (let i = at + 1; i < Math.min(tokens.length, at + 4); i++) {
      const token = tokens[i] as Token;
      if (token.pos === '動詞' && token.posDetail === '接尾' && /^(?:れる|られる)$/u.test(token.baseForm))
        return true;
      if (token.pos === '助詞' || token.pos === '記号') return false;
    }
    return false;
  };
  // Noun runs (maximal compounds, numbers and suffixes included: 5病院), with the index after each.
  const runs: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!isArgumentNoun(token) || inQuote(token)) continue;
    let last = i;
    while (
      last + 1 < tokens.length &&
      isArgumentNoun(tokens[last + 1] as Token) &&
      (tokens[last + 1] as Token).start === (tokens[last] as Token).end
    )
      last++;
    runs.push({ first: i, last });
    i = last;
  }
  const runAt = new Map(runs.map((run) => [run.first, run]));
  // The particle that marks a run, past a parenthesised gloss and through coordination.
  const particleAfter = (run: { last: number }): number | undefined => {
    let j = run.last + 1;
    for (let hops = 0; hops < 4; hops++) {
      if (/^[（(]$/u.test(tokens[j]?.surface ?? '')) {
        let depth = 0;
        for (; j < tokens.length; j++) {
          const surface = (tokens[j] as Token).surface;
          if (/^[（(]$/u.test(surface)) depth++;
          else if (/^[）)]$/u.test(surface) && --depth === 0) break;
        }
        j++;
      }
      const token = tokens[j];
      if (token === undefined) return undefined;
      if (isCoordinator(token)) {
        const next = runAt.get(j + 1);
        if (next === undefined) return undefined;
        j = next.last + 1;
        continue;
      }
      return token.pos === '助詞' && CASE_PARTICLES.has(token.surface) ? j : undefined;
    }
    return undefined;
  };
  // True when a verb's clause is the complement of another verb: よう(に), と (quoting), こと, の follow.
  const heads = (verb: { start: number }) => {
    const at = tokens.findIndex((token) => token.start >= verb.start);
    for (let i = at + 1; i < Math.min(tokens.length, at + 6); i++) {
      const token = tokens[i] as Token;
      if (/^(?:よう|ように|こと|の)$/u.test(token.surface) && token.pos === '名詞') return true;
      if (token.pos === '助詞' && (token.surface === 'と' || token.surface === 'との')) return true;
      if (token.pos === '助動詞' || token.posDetail === '接尾' || token.posDetail === '非自立') continue;
      if (token.pos === '動詞' && token.baseForm === 'する') continue;
      if (token.pos === '助詞' && token.posDetail === '接続助詞') continue;
      return false;
    }
    return false;
  };
  const nextVerb = (offset: number) => verbs.find((verb) => verb.start >= offset);
  // A topic governs the verbs up to the next topic: its clause's last verb.
  const topicVerb = (offset: number) => {
    const nextTopic = tokens.find(
      (token) =>
        token.start > offset &&
        token.pos === '助詞' &&
        token.surface === 'は' &&
        !inQuote(token) &&
        tokens[tokens.indexOf(token) - 1]?.pos !== '助詞',
    );
    const limit = nextTopic?.start ?? reading.text.length;
    return verbs.filter((verb) => verb.start > offset && verb.start < limit).at(-1);
  };
  const marks = (particle: string, from: number, to: number) =>
    tokens.some(
      (token) =>
        token.start >= from && token.start < to && token.surface === particle && token.pos === '助詞',
    );
  const out: Argument[] = [];
  for (const run of runs) {
    const first = tokens[run.first] as Token;
    const last = tokens[run.last] as Token;
    const text = reading.text.slice(first.start, last.end);
    const index = particleAfter(run);
    if (index === undefined) continue;
    const particle = tokens[index] as Token;
    // は after another particle (3日には, 会見では) binds no noun: the run before it has another particle.
    const add = (role: Argument['role'], verb: { lemma: string } | undefined) => {
      if (verb !== undefined) out.push({ text, start: first.start, end: last.end, role, verb: verb.lemma });
    };
    if (particle.surface === 'は') {
      // The cleft's のは is handled below (の is 非自立, no run). The topic's own clause (up to
      // the first verb) decides: with an object and no subject there it acts, through the verbs
      // its clauses chain to (…を制限しており、…を要請した); else it may be their object.
      const own = nextVerb(particle.end);
      const verb = topicVerb(particle.end);
      if (own === undefined || verb === undefined) continue;
      if (passive(verb)) add('patient', verb);
      else if (marks('を', particle.end, own.start) && !marks('が', particle.end, own.start))
        add('agent', verb);
      continue;
    }
    const verb = nextVerb(particle.end);
    if (verb === undefined) continue;
    // A verb heading a complement (報告するよう求めた, 提出したと発表した) shares the noun with the
    // verb it is the complement of (白鷺電器に…報告するよう求めた: asked of, or reported to?).
    if (particle.surface !== 'を' && heads(verb)) continue;
    const isPassive = passive(verb);
    if (particle.surface === 'が') add(isPassive ? 'patient' : 'agent', verb);
    else if (particle.surface === 'によって' || particle.surface === 'により') add('agent', verb);
    else if (particle.surface === 'を' || particle.surface === 'へ') add('patient', verb);
    else if (particle.surface === 'に' && !isPassive) add('patient', verb);
  }
  // Cleft: …V(た)のは X だ。 — X acts, when the clause before のは names no subject of its own.
  for (let i = 1; i + 2 < tokens.length; i++) {
    const no = tokens[i] as Token;
    const wa = tokens[i + 1] as Token;
    if (no.surface !== 'の' || no.posDetail !== '非自立' || wa.surface !== 'は' || inQuote(no)) continue;
    const run = runAt.get(i + 2);
    if (run === undefined) continue;
    const after = tokens[run.last + 1];
    if (after === undefined || !COPULA.test(after.surface)) continue;
    const focus = tokens.slice(run.first, run.last + 1);
    if (focus.some((token) => token.posDetail === '数')) continue;
    const verb = verbs.filter((predicate) => predicate.start < no.start).at(-1);
    if (verb === undefined || passive(verb)) continue;
    const clauseStart = Math.max(
      0,
      ...tokens
        .filter((token) => token.end <= verb.start && (token.surface === '、' || token.surface === '。'))
        .map((token) => token.end),
    );
    if (marks('が', clauseStart, verb.start)) continue;
    const first = focus[0] as Token;
    const last = focus.at(-1) as Token;
    out.push({
      text: reading.text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      role: 'agent',
      verb: verb.lemma,
    });
  }
  return out;
}
