import { type Finding, pathFinding } from '../../domain/report.ts';
import type { Token } from '../../text/tokenizer.ts';
import {
  type Clause,
  type Predicate,
  type SentenceReading,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import { type Alignment, alignClause, alignInContext } from './alignment.ts';

// Tense: an act the source gives as still to come is not done. Japanese news writes a done act in
// the past (公表した) and one to come in the non-past (結果は来週にも公表する): a claim that puts in
// the past an act its source states only in the non-past, as the sentence's own predicate, in a
// sentence that places it ahead (a word of time to come, a date after the page's), says it
// happened when the source says it will. Headlines are left alone (they put done acts in the
// non-past: 大雨で川があふれる), as are the progressive (調べている), purposes and conditions
// (調べるため, 公表すれば), relative clauses (来週開く会議) and a verb of saying after its quote
// (「…」と話す: the narrative present of news, the words were said).

export function checkTense(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  // A claim that hedges itself (公表する予定だった) says no act was done.
  if (claim.clauses.some((clause) => clause.hedges.length > 0)) return out;
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (predicate.kind !== 'verb' || predicate.negated || outside[predicate.start] === '＊') continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    if (clause.quoted || tenseAfter(claim.tokens, predicate.end) !== 'past') continue;
    // 点検を終えた says 点検した: a verb of finishing tells, in the past, the act its noun names.
    const act = finishedAct(claim.tokens, predicate);
    const lemmas = new Set(act === undefined ? [predicate.lemma] : [predicate.lemma, act]);
    const candidates = alignment.sentences.filter(
      (sentence) => !sentence.isHeadline && sentence.predicates.some((other) => lemmas.has(other.lemma)),
    );
    // Read with the sentence before it, whose subject a Japanese sentence often leaves unsaid
    // (町は…調査を始めた。結果は来週にも公表する).
    const aligned =
      alignClause(alignment, clause.keys, (sentence) => candidates.includes(sentence)) ??
      alignInContext(alignment, clause.keys, candidates);
    if (aligned === undefined) continue;
    const same = aligned.sentence.predicates.filter((other) => lemmas.has(other.lemma));
    if (same.length === 0 || !same.every((other) => toCome(aligned.sentence, other))) continue;
    if (!datedAhead(aligned.sentence, alignment)) continue;
    out.push(
      pathFinding(
        'support.modality',
        'error',
        path,
        `The claim says 「${predicate.lemma}」 was done; the source says it is still to come: 「${aligned.sentence.text}」.`,
        claim.text.slice(predicate.start, predicate.end),
        { kind: 'tense', text: predicate.lemma, sourceText: aligned.sentence.text },
      ),
    );
  }
  return out;
}

// Words that place an act after the time of writing (来週にも, 来年度, 今後, 近く as an adverb —
// not 工場近くの, nearby), and the deadlines news sets an act to come by: within a period still
// running (今月中に, 年内に, 年度内に) or by its end (月末までに).
const WITHIN = String.raw`(?:今週|今月|今年|今年度|今季|今期)中|(?:今年|今年度|(?<![\p{Script=Han}])(?:年|月|週|年度))内`;
const BY_END = '(?:月|年|年度)末までに';
const AHEAD = new RegExp(
  String.raw`来週|来月|来年|来春|来夏|来秋|来冬|来期|来季|明日|あす|あした|明後日|あさって|今後|(?<![\p{Script=Han}])近く(?![のにでへまをはが])|近日中|週明け|年明け|将来|${WITHIN}|${BY_END}`,
  'u',
);

/**
 * True when the source sentence places its act ahead: a word of time to come, or a date after the
 * page's own date. The non-past alone is not enough: stative and mental verbs (懸念する, 期待する)
 * say what holds now.
 */
function datedAhead(sentence: SourceSentence, alignment: Alignment): boolean {
  if (AHEAD.test(sentence.text)) return true;
  const published = alignment.scope.find((read) => read.document.id === sentence.sourceId)?.document
    .publishedAt;
  if (published === undefined) return false;
  const day = published.slice(0, 10);
  return sentence.dates.some((date) => {
    if (date.year === undefined) return false;
    // A fiscal year starts in April.
    const month = date.month ?? (date.period === 'fiscal' ? 4 : 1);
    const start = `${date.year}-${String(month).padStart(2, '0')}-${String(date.day ?? 1).padStart(2, '0')}`;
    return start > day;
  });
}

// A deadline set in the act's own clause (今月中に点検する): what is announced with one is still to
// come, since no act of announcing is itself done within a period (unlike 延期すると発表した).
const DEADLINE = new RegExp(`(?:${WITHIN})に|${BY_END}`, 'u');

// Verbs of finishing (点検を終えた, 作業が完了した): closed class of Japanese aspect.
const FINISHING = new Set(['終える', '終わる', '済ませる', '済む', '完了', '終了']);

// What follows a non-past verb that leaves it the sentence's own: the hearsay of news (…するという,
// …するということです, …するとのことだ) and a plan (…する予定だ, 方針だ, 計画だ), which tell an act to come.
const TO_COME_ENDING =
  /^(?:と(?:いう|のこと)(?:ことだ|ことです)?|ということ(?:だ|です)|(?:予定|方針|計画)(?:だ|です|という)?)。?$/u;
const PLAN_HEDGE = /^(?:予定|方針|計画)$/u;

/** The act a verb of finishing tells as done: the verbal noun before its を or が (点検を終えた → 点検). */
function finishedAct(tokens: readonly Token[], predicate: Predicate): string | undefined {
  if (!FINISHING.has(predicate.lemma)) return undefined;
  const k = tokens.findIndex((token) => token.start >= predicate.start);
  const particle = tokens[k - 1];
  const noun = tokens[k - 2];
  if (particle?.pos !== '助詞' || !/^[をが]$/u.test(particle.surface)) return undefined;
  if (noun?.pos !== '名詞' || noun.posDetail !== 'サ変接続') return undefined;
  return noun.surface.normalize('NFKC');
}

/**
 * True when the source gives the act in the non-past as the sentence's own predicate (。 after it),
 * with no hedge on its clause, unnegated. What is announced (…に開くと発表した) is not read: a
 * change of plan is made by announcing it (延期すると発表した backs 延期された).
 */
function toCome(sentence: SourceSentence, predicate: Predicate): boolean {
  const clause = sentence.clauses[predicate.clause];
  if (predicate.negated || !(clause?.hedges ?? []).every((hedge) => PLAN_HEDGE.test(hedge))) return false;
  const tokens = sentence.tokens;
  // A verb of saying after its quote (「…」と説明する, …と話す) is news's narrative present: the words
  // were said.
  const before = tokens.findLast((token) => token.end <= predicate.start);
  if (before?.pos === '助詞' && /^(?:と|って|とも|などと)$/u.test(before.surface)) return false;
  const k = chainEnd(tokens, predicate.end);
  if (tenseAfter(tokens, predicate.end) !== 'nonpast') return false;
  const next = tokens[k];
  if (next === undefined || next.surface === '。') return true;
  const rest = sentence.text.slice(next.start).trim();
  if (TO_COME_ENDING.test(rest)) return true;
  // …すると発表した with a deadline in the act's own clause (今月中に点検すると発表した).
  return (
    next.surface === 'と' &&
    DEADLINE.test(sentence.text.slice(clause?.start ?? 0, predicate.start)) &&
    /^と(?:発表|明らかに|説明|公表)/u.test(rest)
  );
}

/** Index of the first token after the predicate's auxiliary chain (される, ます, た, ている …). */
function chainEnd(tokens: readonly Token[], end: number): number {
  let k = tokens.findIndex((token) => token.start >= end);
  if (k < 0) return tokens.length;
  while (k < tokens.length && isChain(tokens[k] as Token)) k++;
  return k;
}

function isChain(token: Token): boolean {
  return (
    token.pos === '助動詞' ||
    (token.pos === '動詞' &&
      (token.posDetail !== '自立' || token.baseForm === 'する' || token.baseForm === 'いる')) ||
    (token.pos === '助詞' && token.surface === 'て')
  );
}

/**
 * The tense of the predicate ending at `end`, read from its auxiliary chain: past with た (公表した,
 * 開かれた), non-past in the plain or polite form (公表する, 開きます), other for the progressive and
 * resultative (調べている), which says neither.
 */
function tenseAfter(tokens: readonly Token[], end: number): 'past' | 'nonpast' | 'other' {
  let k = tokens.findIndex((token) => token.start >= end);
  if (k < 0) return 'other';
  let sawTe = false;
  for (; k < tokens.length && isChain(tokens[k] as Token); k++) {
    const token = tokens[k] as Token;
    // The past auxiliary た, voiced to だ after a sound change (落ち込んだ, 及んだ).
    const past =
      token.pos === '助動詞' &&
      (token.baseForm === 'た' ||
        (token.baseForm === 'だ' && tokens[k - 1]?.inflection?.startsWith('連用タ接続') === true));
    if (past) return sawTe ? 'other' : 'past';
    if (token.surface === 'て' || token.surface === 'で') sawTe = true;
  }
  if (sawTe) return 'other';
  // The chain must end the verb in the plain or polite non-past, not in a stem before a
  // conjunction (公表し、), a condition or a noun.
  const last = tokens[k - 1];
  if (last === undefined || last.start < end) {
    // No auxiliaries: the verb itself must stand in the dictionary form.
    const verb = tokens.find((token) => token.end === end);
    return verb?.pos === '動詞' && verb.inflection === '基本形' ? 'nonpast' : 'other';
  }
  return last.inflection === '基本形' ? 'nonpast' : 'other';
}
