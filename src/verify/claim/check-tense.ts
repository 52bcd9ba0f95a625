import { type Finding, pathFinding } from '../../domain/report.ts';
import type { Token } from '../../text/tokenizer.ts';
import { isStampDate } from '../../understand/correction-note.ts';
import { modifiesNoun } from '../../understand/date-head.ts';
import {
  type Clause,
  isContinuativeOf,
  type Predicate,
  type SentenceReading,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import { type Alignment, alignClause, alignInContext } from './alignment.ts';
import { isSpeech } from './speakers.ts';

// Tense: an act the source gives as still to come is not done. Japanese news writes a done act in
// the past (公表した) and one to come in the non-past (結果は来週にも公表する): a claim that puts in
// the past an act its source states only in the non-past, as the sentence's own predicate (or as a
// clause's, before the adversative が or at the end of a speaker's stated quote: closesToCome), in a
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
    // A verbal noun before を/が する is read by the tense of its する; before 行う or 実施 it is left
    // to that light verb, a predicate of its own.
    const end = actEnd(claim.tokens, predicate);
    if (end !== predicate.end && claim.predicates.some((other) => other.end === end && other !== predicate))
      continue;
    if (clause.quoted || tenseAfter(claim.tokens, end) !== 'past') continue;
    // An act dated after every listed page was written cannot have been reported as done
    // (10月24日に開かれた on pages of 19 October), in whatever language they tell it.
    // The date must be the verb's own: no other predicate stands between them (3月10日に開くと発表した
    // dates the meeting, not the announcement).
    const ahead = SCHEDULING.has(predicate.lemma) ? undefined : datedAfterPages(claim, predicate, alignment);
    if (ahead !== undefined) {
      out.push(
        pathFinding(
          'support.modality',
          'error',
          path,
          `The claim says 「${predicate.lemma}」 was done on 「${ahead}」, after every listed source was published.`,
          claim.text.slice(predicate.start, predicate.end),
          { kind: 'tense', text: predicate.lemma, sourceText: ahead },
        ),
      );
      break;
    }
    // 点検を終えた says 点検した: a verb of finishing tells, in the past, the act its noun names.
    // So does a light verb (検査を行った, 再試験が実施された) tell the act of its verbal noun, and either
    // light verb stands for the other (実施された for 行う).
    const act = finishedAct(claim.tokens, predicate) ?? lightVerbAct(claim.tokens, predicate);
    const lemmas = new Set([
      predicate.lemma,
      ...(act === undefined ? [] : [act]),
      ...(LIGHT_VERBS.has(predicate.lemma) ? LIGHT_VERBS : []),
    ]);
    // A finished act's verbal noun (調査を終えた) is told by a source in a native verb as well (調べる,
    // whose continuative 調べ is the noun's synonym): that verb is read as the noun's act.
    const native = (lemma: string) =>
      act !== undefined && FINISHING.has(predicate.lemma) && nativeVerbOf(act, lemma, alignment);
    const says = (lemma: string) => lemmas.has(lemma) || native(lemma);
    const candidates = alignment.sentences.filter(
      (sentence) => !sentence.isHeadline && sentence.predicates.some((other) => says(other.lemma)),
    );
    // Read with the sentence before it, whose subject a Japanese sentence often leaves unsaid
    // (町は…調査を始めた。結果は来週にも公表する).
    const aligned =
      alignClause(alignment, clause.keys, (sentence) => candidates.includes(sentence)) ??
      alignInContext(alignment, clause.keys, candidates);
    if (aligned === undefined) continue;
    const same = aligned.sentence.predicates.filter((other) => says(other.lemma));
    if (same.length === 0 || !same.every((other) => toCome(aligned.sentence, other))) continue;
    if (
      !datedAhead(aligned.sentence, alignment) &&
      !same.every((other) => decidedOn(aligned.sentence, other)) &&
      !same.every((other) => actToCome(aligned.sentence, other, native(other.lemma) ? act : undefined))
    )
      continue;
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

// Verbs of setting a time (決まる, 決定する, 延期する, 変更する): the date they take is the one set,
// not the day of the act (開業は3月14日に決まった, 来月10日に延期した). A closed class.
const SCHEDULING = new Set([
  '決まる',
  '決める',
  '決定',
  '延期',
  '延長',
  '変更',
  '設定',
  '予定',
  '指定',
  '定める',
  '前倒し',
  '繰り上げる',
  '繰り下げる',
  '移す',
  'ずらす',
]);

/**
 * A full date of the claim's predicate (月 and 日 written, and this predicate the first after it)
 * that lies after the day of every listed page: in its own year, else the pages' year where that
 * puts it at most 60 days ahead (a date further ahead may be last year's). Undefined when there is
 * none or a page has no date.
 */
function datedAfterPages(
  claim: SentenceReading,
  predicate: Predicate,
  alignment: Alignment,
): string | undefined {
  let latest: string | undefined;
  // A date inside quotation brackets is a wording quoted (期限を「6月20日」とした記事を訂正した: the
  // error a correction retracts), not the day of any act the claim tells.
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const date of alignment.dates) {
    if (outside[date.start] === '＊') continue;
    const next = claim.predicates
      .filter((other) => other.start >= date.end)
      .reduce<Predicate | undefined>(
        (first, other) => (first === undefined || other.start < first.start ? other : first),
        undefined,
      );
    // A time limit (12月31日まで延長した) is no date of the act.
    if (next !== predicate || /^\s*まで/u.test(claim.text.slice(date.end))) continue;
    // A date closed by its particle and a comma (16日に、前回休んだ人を対象に行う) dates what the
    // sentence goes on to do, not the relative clause that starts after the comma.
    if (relativeAfterComma(claim, date, predicate)) continue;
    if (date.month === undefined || date.day === undefined || !/月/u.test(date.text)) continue;
    // The pages are read only once the claim gives a full date of this act.
    latest ??= latestPageDay(alignment);
    if (latest === undefined) return undefined;
    const year = date.relative ? Number(latest.slice(0, 4)) : date.year;
    if (year === undefined) continue;
    const time = Date.UTC(year, date.month - 1, date.day);
    const days = (time - Date.parse(`${latest}T00:00:00Z`)) / 86_400_000;
    if (days > 0 && (!date.relative || days <= 60)) return date.text;
  }
  return undefined;
}

/**
 * True when a comma stands between the date and the predicate, and the predicate ends a relative
 * clause (…に、来場した人に配る: 来場 describes the people): the date is the main act's.
 */
function relativeAfterComma(claim: SentenceReading, date: { end: number }, predicate: Predicate): boolean {
  return /[、，]/u.test(claim.text.slice(date.end, predicate.start)) && modifiesNoun(claim, predicate);
}

/**
 * The latest day (YYYY-MM-DD) a listed page was written on: its publication day, or the later day its
 * update stamp gives (※12月4日16時更新). Undefined when a page has no date.
 */
function latestPageDay(alignment: Alignment): string | undefined {
  const published = alignment.scope.map((read) => {
    const day = read.document.publishedAt?.slice(0, 10);
    const stamps = read.sentences.flatMap((sentence) =>
      sentence.dates
        .filter((date) => isStampDate(sentence.text, date))
        .flatMap((date) =>
          date.year === undefined || date.month === undefined || date.day === undefined
            ? []
            : [`${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`],
        ),
    );
    // ISO days sort as strings: the last is the latest.
    return day === undefined ? undefined : [day, ...stamps].sort().at(-1);
  });
  if (published.length === 0 || published.some((day) => day === undefined || day.length < 10))
    return undefined;
  return (published as string[]).sort().at(-1);
}

// A deadline set in the act's own clause (今月中に点検する): what is announced with one is still to
// come, since no act of announcing is itself done within a period (unlike 延期すると発表した).
const DEADLINE = new RegExp(`(?:${WITHIN})に|${BY_END}`, 'u');

// Verbs of finishing (点検を終えた, 作業が完了した): closed class of Japanese aspect.
const FINISHING = new Set(['終える', '終わる', '済ませる', '済む', '完了', '終了']);

// What follows a non-past verb that leaves it the sentence's own: the hearsay of news (…するという,
// …するということです, …するとのことだ) and a plan (…する予定だ, 方針だ, 計画だ), which tell an act to come.
// So does a decision taken on it (…することにした, …することになった: the act is decided, not
// done); the intention news states in the present (…することにしている) places it ahead by itself.
const TO_COME_ENDING =
  /^(?:と(?:いう|のこと)(?:ことだ|ことです)?|ということ(?:だ|です)|(?:予定|方針|計画)(?:だ|です|という)?|ことに(?:し|なっ)て(?:いる|います)|ことに(?:した|しました|なった|なりました))。?$/u;
const DECIDED_ENDING = /^ことにして(?:いる|います)/u;
const PLAN_HEDGE = /^(?:予定|方針|計画)$/u;

// Light verbs (機能動詞): 行う and 実施する carry no act of their own but that of the verbal noun
// they take (検査を行う is 検査する). A closed class of Japanese grammar.
const LIGHT_VERBS: ReadonlySet<string> = new Set(['行う', '実施']);

/** The act a verb of finishing tells as done: the verbal noun before its を or が (点検を終えた → 点検). */
function finishedAct(tokens: readonly Token[], predicate: Predicate): string | undefined {
  if (!FINISHING.has(predicate.lemma)) return undefined;
  return verbalNounBefore(tokens, predicate);
}

/** The act a light verb carries: the verbal noun right before its を or が (点検を行う → 点検). */
function lightVerbAct(tokens: readonly Token[], predicate: Predicate): string | undefined {
  return LIGHT_VERBS.has(predicate.lemma) ? verbalNounBefore(tokens, predicate) : undefined;
}

/**
 * Where a verbal noun's act ends: after the light verb it is the object or subject of (検査をする,
 * 点検が行われる), whose ending tells its tense; else at the predicate itself.
 */
function actEnd(tokens: readonly Token[], predicate: Predicate): number {
  const k = tokens.findIndex((token) => token.start >= predicate.end);
  const particle = tokens[k];
  const verb = tokens[k + 1];
  if (particle?.pos !== '助詞' || !/^[をが]$/u.test(particle.surface) || verb?.pos !== '動詞')
    return predicate.end;
  return verb.baseForm === 'する' || LIGHT_VERBS.has(verb.baseForm) ? verb.end : predicate.end;
}

/** The Sino-Japanese verbal noun right before the predicate's を or が, if any. */
function verbalNounBefore(tokens: readonly Token[], predicate: Predicate): string | undefined {
  const k = tokens.findIndex((token) => token.start >= predicate.start);
  const particle = tokens[k - 1];
  const noun = tokens[k - 2];
  if (particle?.pos !== '助詞' || !/^[をが]$/u.test(particle.surface)) return undefined;
  if (noun?.pos !== '名詞' || noun.posDetail !== 'サ変接続') return undefined;
  return noun.surface.normalize('NFKC');
}

/**
 * True when the source gives the act in the non-past as the sentence's own predicate (。 after it)
 * or a clause's that tells it to come (closesToCome), with no hedge on its clause, unnegated. What is announced (…に開くと発表した) is not read: a
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
  const end = actEnd(tokens, predicate);
  const k = chainEnd(tokens, end);
  if (tenseAfter(tokens, end) !== 'nonpast') return false;
  const next = tokens[k];
  if (next === undefined || next.surface === '。' || closesToCome(sentence, tokens, k, predicate.lemma))
    return true;
  const rest = sentence.text.slice(next.start).trim();
  if (TO_COME_ENDING.test(rest)) return true;
  // …すると発表した with a deadline in the act's own clause (今月中に点検すると発表した).
  return (
    next.surface === 'と' &&
    DEADLINE.test(sentence.text.slice(clause?.start ?? 0, predicate.start)) &&
    /^と(?:発表|明らかに|説明|公表)/u.test(rest)
  );
}

// Verbal nouns that, in the non-past, say what holds or is done as a rule rather than an act to
// come: states and standing relations (位置する, 該当する, 所属する), standing duties (管理する,
// 運営する, 担当する) and the verbs of thinking and expecting (懸念する, 想定する). A closed class of
// Japanese aspect.
export const STATIVE_ACTS = new Set([
  '存在',
  '位置',
  '該当',
  '相当',
  '意味',
  '関係',
  '所属',
  '在籍',
  '勤務',
  '居住',
  '生活',
  '所有',
  '保有',
  '管理',
  '運営',
  '担当',
  '経営',
  '利用',
  '使用',
  '営業',
  '通学',
  '通勤',
  '予想',
  '予測',
  '想定',
  '懸念',
  '期待',
  '注視',
  '心配',
  '希望',
  '要望',
  '必要',
  '反対',
  '賛成',
  '支持',
  '共通',
  '一致',
  '比較',
  '増加',
  '減少',
  '上昇',
  '低下',
  '継続',
]);

/**
 * True when a Sino-Japanese verbal noun of action ends the sentence in the non-past, said of
 * someone (or, in a plain sentence, with the actor left unsaid), with no one's quote or hedge
 * (市は各園の手順を点検する。): news tells an act already done in
 * the past, so an act told so is one to come, whether or not the sentence dates it.
 */
function actToCome(sentence: SourceSentence, predicate: Predicate, nounOfAct?: string): boolean {
  // A light verb's act is its verbal noun's (再試験を行う。); a native verb that tells the claim's
  // verbal noun (調べる for 調査) is that noun's act.
  const act =
    nounOfAct ?? (predicate.lemma === '行う' ? lightVerbAct(sentence.tokens, predicate) : predicate.lemma);
  if (act === undefined || STATIVE_ACTS.has(act)) return false;
  const k = chainEnd(sentence.tokens, actEnd(sentence.tokens, predicate));
  const closes = closesToCome(sentence, sentence.tokens, k, act);
  // A native verb in the non-past often says what holds or is done as a rule (水が流れる); one that
  // takes an object at the end of its speaker's statement (「…方式を改める」とした) is the promise of an act.
  const promised = closes === 'promise' && objectBefore(sentence.tokens, predicate);
  if (!/^\p{Script=Han}{2,}$/u.test(act) && !promised) return false;
  // Words in quotes may be someone's (「…点検する」と話した, whose act is the quote's business); a name in
  // brackets (「大川電機」の社員) is no one's. The act that closes the quote of its actor's statement is
  // that actor's promise, read below.
  if (closes !== 'promise' && sentence.quotes.some((quote) => isSpeech(sentence.text, quote))) return false;
  const clause = sentence.clauses[predicate.clause];
  if ((clause?.hedges ?? []).length > 0) return false;
  // Someone must be said to act (市は / 会社が): a page's own words with no subject (訂正します。,
  // おわびします。) perform the act in the saying.
  const actor = sentence.tokens.some(
    (token) => token.end <= predicate.start && token.pos === '助詞' && /^[はが]$/u.test(token.surface),
  );
  // Those words are polite (訂正します); a plain sentence with no subject (…管を緊急に点検する。) goes
  // on with the one news left unsaid, the actor of the sentences before it.
  const polite = sentence.tokens.some(
    (token) =>
      token.start >= predicate.end && token.pos === '助動詞' && /^(?:ます|です)$/u.test(token.baseForm),
  );
  if (!actor && polite) return false;
  const next = sentence.tokens[k];
  return next === undefined || next.surface === '。' || closes !== undefined;
}

// Acts done in the saying (「…を約束する」と述べた, 「おわびする」と話した: the promise or apology is
// made by the quote itself): a quote that ends in one tells no act to come. A closed class of
// Japanese performatives.
const PERFORMATIVE: ReadonlySet<string> = new Set([
  '約束',
  '誓う',
  '約す',
  '謝罪',
  '陳謝',
  'わびる',
  '詫びる',
  '謝る',
  'おわび',
  'お詫び',
  '感謝',
  '宣言',
  '表明',
  '要請',
  '要望',
  '要求',
  '求める',
  '願う',
  'お願い',
  '依頼',
  '呼びかける',
  '提案',
  '抗議',
  '否定',
  '強調',
  '歓迎',
]);

// A verb of stating after a quote (「…を見直す」とした, と述べた, とコメントした): the quote is what its
// speaker stated. A closed class of Japanese news reporting.
const STATED_AFTER = /^」と(?:し|述べ|話し|説明し|コメントし|明らかにし|発表し|表明し)(?:た|ました)/u;

/**
 * How a non-past act that does not end its sentence still ends a clause of its own, telling an act
 * to come: before the adversative が or けれど and a comma (…地区から再開するが、全面復旧は…: the
 * conjunction joins two statements, the first one whole), or as the last words of a quote its speaker
 * states (「…方式を見直す」とした: a promise, whose act is still to come). Undefined otherwise (a
 * relative clause, a condition, a purpose, a quote ending otherwise).
 */
function closesToCome(
  sentence: SourceSentence,
  tokens: readonly Token[],
  k: number,
  act: string,
): 'but' | 'promise' | undefined {
  const next = tokens[k];
  if (next === undefined) return undefined;
  if (
    next.pos === '助詞' &&
    next.posDetail === '接続助詞' &&
    /^(?:が|けれど|けれども|けど)$/u.test(next.surface) &&
    /^[、，]/u.test(sentence.text.slice(next.end))
  )
    return 'but';
  if (
    next.surface === '」' &&
    !PERFORMATIVE.has(act) &&
    STATED_AFTER.test(sentence.text.slice(next.start)) &&
    sentence.quotes.some((quote) => quote.end === next.end && isSpeech(sentence.text, quote))
  )
    return 'promise';
  return undefined;
}

/** True when the predicate takes an object: を right before it. */
function objectBefore(tokens: readonly Token[], predicate: Predicate): boolean {
  const before = tokens.findLast((token) => token.end <= predicate.start);
  return before?.pos === '助詞' && before.surface === 'を';
}

/** True when the act is one intended (…することにしている), which no done act is said as. */
function decidedOn(sentence: SourceSentence, predicate: Predicate): boolean {
  const next = sentence.tokens[chainEnd(sentence.tokens, predicate.end)];
  return next !== undefined && DECIDED_ENDING.test(sentence.text.slice(next.start));
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
export function tenseAfter(tokens: readonly Token[], end: number): 'past' | 'nonpast' | 'other' {
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

/**
 * How the predicate ending at `end` ends where tenseAfter says neither past nor non-past: 'joined'
 * for a continuative that ends its clause (呼び、 / 点検して、), which takes the tense of the
 * predicate that closes the sentence (呼び、…求めた: done); 'underway' for the progressive in いる
 * (調べている, 調べています, 調べていた), an act already going on. A progressive in another verb
 * (求めていく, 備えておく) tells an act still to come, and is neither.
 */
export function aspectAfter(tokens: readonly Token[], end: number): 'joined' | 'underway' | undefined {
  let k = tokens.findIndex((token) => token.start >= end);
  if (k < 0) return undefined;
  const first = k;
  let sawTe = false;
  for (; k < tokens.length && isChain(tokens[k] as Token); k++) {
    const token = tokens[k] as Token;
    if (token.surface === 'て' || token.surface === 'で') sawTe = true;
    else if (sawTe) return token.pos === '動詞' && token.baseForm === 'いる' ? 'underway' : undefined;
  }
  const next = tokens[k];
  if (next?.surface !== '、' && next?.surface !== '，') return undefined;
  const last = k > first ? tokens[k - 1] : tokens.find((token) => token.end === end);
  return last !== undefined &&
    (last.surface === 'て' ||
      last.surface === 'で' ||
      (last.pos === '動詞' && last.inflection?.startsWith('連用') === true))
    ? 'joined'
    : undefined;
}

/**
 * True when the verb is a native verb (kanji and a kana ending) that tells the Sino-Japanese verbal
 * noun's act: the verb, or its continuative written as a noun (調べ for 調べる), is among the noun's
 * synonyms (調査: 調べ).
 */
function nativeVerbOf(noun: string, verb: string, alignment: Alignment): boolean {
  if (!/^\p{Script=Han}+\p{Script=Hiragana}+$/u.test(verb)) return false;
  return (alignment.synonyms.get(noun) ?? []).some((word) => word === verb || isContinuativeOf(word, verb));
}
