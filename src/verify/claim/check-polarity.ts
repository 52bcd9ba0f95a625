import { type Finding, pathFinding } from '../../domain/report.ts';
import { phaseOf, sameSenseOf } from '../../text/antonyms.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import { saysInEnglish, stemsOfSentence } from '../../understand/english-dictionary.ts';
import type { GlossedPredicate } from '../../understand/english-gloss.ts';
import {
  affirmsInjury,
  existentEnd,
  existentOf,
  injuredExistents,
  namesInjured,
  OCCURRENCE,
} from '../../understand/existence.ts';
import {
  type Clause,
  chainNegation,
  headsRelativeClause,
  isContentToken,
  isNegatingVerb,
  keyOf,
  PLAN_NOUNS,
  type Predicate,
  type SentenceReading,
  statesConviction,
  statesRule,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import { nfkcTextOf, type SourceSentence } from '../../understand/understand-document.ts';
import { checkActNounDenied, checkActOfNounDenied } from './act-noun-denied.ts';
import { type Alignment, alignClause, alignInContext, overlapInContext } from './alignment.ts';
import { checkContrastScope } from './contrast-scope.ts';
import { checkMemberDenied } from './member-denied.ts';
import { actOnOtherObjects, argumentOf, caseArgumentOf, statesPurpose } from './objects.ts';
import { checkOmittedAct } from './omitted-act.ts';
import { answersByAbility } from './potentials.ts';
import { checkUnreachable } from './unreachable.ts';

// Polarity: a predicate the aligned source sentence affirms is not negated, nor the reverse.

// What a source sentence's predicate states the existence of (existentOf, a person named by the harm
// suffered read as the injured: injuredOrExistent), found once per predicate: every predicate of
// every claim asks it of every sentence in scope.
const sourceExistents = new WeakMap<Predicate, { tokens: SourceSentence['tokens']; existent?: string }>();
/**
 * The words a claim's existent may be said with: the noun and its synonyms — or, for a person named
 * by the harm suffered (けがをした人, やけどを負った子ども), the injured as a class (けが, けが人,
 * 負傷者) and not the bare noun: 子どもはいた does not say a hurt child was there.
 */
function existentForms(
  claim: SentenceReading,
  predicate: Predicate,
  existent: string,
  alignment: Alignment,
): string[] {
  const injured = injuredExistents(claim, predicate);
  if (injured.length > 0 && !injured.includes(existent)) return [...injured];
  return [existent, ...(alignment.synonyms.get(existent) ?? []), ...injured];
}

/** A source predicate's existent, a person named by the harm suffered read as the injured (けが人). */
function injuredOrExistent(sentence: SourceSentence, predicate: Predicate): string | undefined {
  const known = sourceExistents.get(predicate);
  if (known !== undefined && known.tokens === sentence.tokens) return known.existent;
  const theirs = existentOf(sentence, predicate);
  const existent =
    theirs === undefined ? undefined : injuredExistents(sentence, predicate).length > 0 ? 'けが人' : theirs;
  sourceExistents.set(
    predicate,
    existent === undefined ? { tokens: sentence.tokens } : { tokens: sentence.tokens, existent },
  );
  return existent;
}

export function checkPolarity(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (outside[predicate.start] === '＊') continue;
    // Nor does the claim's own expectation (つくはずの照明): it asserts no act.
    if (expectedOf(claim, predicate)) continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    // The same predicate in other words: the dictionary's synonyms (心配 / 懸念) and the verbs of
    // reaching a level (届く / 達する / 上回る), whose polarity is compared as one.
    const forms = new Set([
      predicate.lemma,
      ...(alignment.synonyms.get(predicate.lemma) ?? []),
      ...sameSenseOf(predicate.lemma),
    ]);
    // There being none of a thing (不安はない) says of the thing what its noun as the predicate does
    // (営業が心配だ): the noun the existence is said of, and its synonyms.
    const existent = existentOf(claim, predicate);
    const existents = new Set(
      existent === undefined ? [] : existentForms(claim, predicate, existent, alignment),
    );
    if (predicate.kind === 'existence') for (const form of existents) forms.add(form);
    // A source predicate answers the claim's when it is the same predicate, or when both state
    // whether the same thing exists, each in its own words (はがれがあった against はがれは見られな
    // かった, 事故が起きた against 事故はなかった).
    // There being none of another thing (けが人はなかったが、機体が壊れた) answers nothing of this one.
    const answers = (sentence: SourceSentence, other: Predicate) => {
      const theirs = injuredOrExistent(sentence, other);
      if (theirs !== undefined && existents.has(theirs)) return true;
      const ofOther = other.kind === 'existence' && theirs !== undefined && existents.size > 0;
      // Being able to do it, denied (使えなかった), or said with ことができる: potentials.ts.
      return (
        (forms.has(other.lemma) && !ofOther) || answersByAbility(predicate.lemma, forms, sentence, other)
      );
    };
    const candidates = new Set(
      alignment.sentences.filter((sentence) => sentence.predicates.some((other) => answers(sentence, other))),
    );
    // Read with the sentence before it, as below: a sentence whose subject is the one before's
    // (判決は…。一方で…、昼間の運転は認めた) still says the clause's polarity.
    const aligned =
      alignClause(alignment, clause.keys, (sentence) => candidates.has(sentence)) ??
      alignInContext(alignment, clause.keys, [...candidates]);
    if (aligned === undefined) {
      // No sentence close enough to the clause: one that denies its thing exists, where no source
      // says it does, still answers it.
      const denied =
        deniedExistence(claim, predicate, existent, existents, alignment, path) ??
        argumentDenied(claim, predicate, existent, alignment, path);
      if (denied !== undefined) out.push(denied);
      continue;
    }
    // Only the sentence the clause corresponds to says its polarity: another that merely uses the
    // verb (課税する in general, where the clause is about an exemption) does not.
    // Both are scored with the sentence before them, whose subject a Japanese sentence often
    // leaves unsaid (大野幹事長は…と述べた。予算案への賛否は明らかにせず…).
    const counterpart = alignClause(alignment, clause.keys);
    if (
      counterpart !== undefined &&
      overlapInContext(alignment, aligned.sentence, clause.keys) <
        0.7 * overlapInContext(alignment, counterpart.sentence, clause.keys)
    )
      continue;
    const answering = aligned.sentence.predicates.filter((other) => answers(aligned.sentence, other));
    const modal = deonticOf(claim, predicate);
    // An act the source only asks for or requires (点検するよう定めていたが、…点検していなかった) says
    // nothing of whether it was done: where the sentence also tells the act itself, that is what
    // answers a claim that tells the act (not one that asks for it).
    const told = answering.filter((other) => deonticOf(aligned.sentence, other) === undefined);
    const matches = modal === undefined && told.length > 0 ? told : answering;
    const agrees = (other: Predicate) => {
      const sourceModal = deonticOf(aligned.sentence, other);
      // A claim that asks for an act or allows it (使わないよう, 控える必要はない) says nothing of
      // whether it is done; it contradicts only a source that asks for or allows the act.
      if (modal !== undefined && sourceModal === undefined) return true;
      if (modal !== undefined && sourceModal !== undefined)
        return modal.act === sourceModal.act || (modal.modal === 'may' && sourceModal.modal === 'may');
      // A rule or an expectation (見回ることになっている, 届くはずの) says what should happen, not
      // whether it did: it contradicts only a claim that states the rule too — or, where it is a
      // speaker's conviction in their own words (「…戻るはずだ」), a claim that reports someone's
      // words or view (…戻らないとの見方を示した), which states the same kind of thing.
      if (
        statesRule(aligned.sentence.text, other.end) &&
        !statesRule(claim.text, predicate.end) &&
        !(claim.reported && statesConviction(aligned.sentence, other.end))
      )
        return true;
      return polarityOf(aligned.sentence, other) === predicate.negated;
    };
    if (matches.some(agrees)) continue;
    // A claim verb that describes a noun (神社にある杉, 猫が見つかった場所, 知らせるブザー) says what the
    // noun is, not that the act was done: a source sentence that does not name that noun denies
    // nothing of it, and one whose verb describes the same noun (知らせるブザーはなかった) says of
    // the description what the claim's clause says — the polarity of the noun's own predicate is
    // compared on its own.
    // (The source reads its describing verb negated where the noun is denied: the claim's clause
    // must deny its noun too — 知らせるブザーが付いていなかった, not …付いていた.)
    const described = describedNoun(claim, predicate);
    const nounDenied = claim.predicates.some(
      (other) => other.clause === predicate.clause && other.start >= predicate.end && other.negated,
    );
    if (
      described !== undefined &&
      modal === undefined &&
      (!aligned.sentence.text.includes(described) ||
        matches.some(
          (other) =>
            describedNoun(aligned.sentence, other, true) === described && other.negated === nounDenied,
        ))
    )
      continue;
    // A source verb that describes a noun (交付に使うシステム, 確認する手順, 点灯するはずの照明) says
    // what the noun is for or is expected to do, not whether the act was done: it denies nothing —
    // unless the sentence negates it through that noun (検証した形跡がない: no trace of the act).
    const asserted = matches.filter(
      (other) => polarityOf(aligned.sentence, other) || !describesNoun(aligned.sentence, other),
    );
    // The source's predicate acts on another object than the claim's: no answer to it.
    if (asserted.every((other) => actOnOtherObjects(claim, predicate, aligned.sentence, other, alignment)))
      continue;
    // A purpose (…を維持するための) states no act a source could deny.
    if (statesPurpose(claim, predicate)) continue;
    // The rest of a counted whole (12冊のうち3冊は返っていない against 12冊のうち9冊が返った): the
    // claim denies the act of the part the source's count leaves out.
    if (predicate.negated && deniesOfRemainder(alignment, aligned.sentence)) continue;
    // What is said, read without who says it (霧生観光開発は…としている): the speaker's name may
    // align the clause with a sentence that only names the speaker.
    const said = clause.keys.filter((key) => !(claim.speaker ?? '').includes(key));
    const saidIn =
      said.length > 0 && said.length < clause.keys.length
        ? alignClause(alignment, said, (sentence) => candidates.has(sentence))?.sentence
        : undefined;
    if (
      saidIn !== undefined &&
      saidIn !== aligned.sentence &&
      saidIn.predicates.some(
        (other) => forms.has(other.lemma) && polarityOf(saidIn, other) === predicate.negated,
      )
    )
      continue;
    out.push(
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim ${predicate.negated ? 'negates' : 'affirms'} 「${claim.text.slice(predicate.start, predicate.end)}」, which the source ${predicate.negated ? 'affirms' : 'negates'}: 「${aligned.sentence.text}」.`,
        claim.text.slice(predicate.start, predicate.end),
        {
          kind: predicate.negated ? 'negates' : 'affirms',
          text: claim.text.slice(predicate.start, predicate.end),
          sourceText: aligned.sentence.text,
        },
      ),
    );
  }
  const also = checkAlsoScope(claim, alignment, path, out.length > 0);
  return [
    ...out,
    ...also,
    ...(out.length > 0 || also.length > 0
      ? []
      : checkContrastScope(
          claim,
          alignment,
          path,
          polarityOf,
          (lemma) => alignment.synonyms.get(lemma) ?? [],
        )),
    ...(out.length > 0 ? [] : checkUnreachable(claim, alignment, path)),
    ...checkOccurrence(claim, alignment, path),
    ...(out.length > 0 ? [] : checkInjuryDenied(claim, alignment, path)),
    ...(out.length > 0 ? [] : checkMemberDenied(claim, alignment, path)),
    ...(out.length > 0 ? [] : checkRequirementMet(claim, alignment, path)),
    ...(out.length > 0 ? [] : checkRelationDenied(claim, alignment, path)),
    ...checkIntended(claim, alignment, path),
    ...checkForeignPolarity(claim, alignment, path),
    ...checkForeignDenied(claim, alignment, path),
    ...checkForeignAffirmedByDictionary(claim, alignment, path),
    ...checkPending(claim, alignment, path),
    ...(out.length > 0 ? [] : checkDeniedOfAffirmed(claim, alignment, path)),
    ...(out.length > 0 ? [] : checkAffirmedOfDenied(claim, alignment, path)),
    ...(out.length > 0 ? [] : checkActNounDenied(claim, alignment, path)),
    ...(out.length > 0 ? [] : checkActOfNounDenied(claim, alignment, path)),
    ...(out.length > 0 ? [] : checkOmittedAct(claim, alignment, path)),
  ];
}

// Nouns of a proposition rather than a thing (必要がある, 心配はない, 問題はない, 影響が出た): their
// existence is said of some act or matter, which a sentence that shares no other word with the
// clause may not be about.
const PROPOSITION_NOUNS = new Set([
  '必要',
  '心配',
  '問題',
  '影響',
  '意味',
  '余地',
  '理由',
  '関係',
  '違い',
  '変化',
  'こと',
  'もの',
]);

/**
 * A claim's clause that affirms a thing exists (客がいた, けが人が出た) where no source sentence
 * is close enough to the clause to be compared, but a source sentence denies that very thing
 * (客はおらず, けが人はいなかった) and none says it exists — by an existence predicate, or, for
 * the injured, by any word of injury (affirmsInjury). The clause's other words (突風で, 岸壁には)
 * may be the writer's own; the thing whose existence it asserts is what the source denies. A
 * hedged, conditional or quoted clause asserts nothing; nouns of a proposition (PROPOSITION_NOUNS)
 * and of a plan (PLAN_NOUNS) are said of a matter the clause names, and are not read here.
 */
function deniedExistence(
  claim: SentenceReading,
  predicate: Predicate,
  existent: string | undefined,
  existents: ReadonlySet<string>,
  alignment: Alignment,
  path: string,
): Finding | undefined {
  if (predicate.negated || existent === undefined) return undefined;
  if (PROPOSITION_NOUNS.has(existent) || PLAN_NOUNS.has(existent)) return undefined;
  const clause = claim.clauses[predicate.clause] as Clause;
  if (clause.hedges.length > 0 || clause.quoted) return undefined;
  if (/(?:ば|たら|なら)、?$/u.test(claim.text.slice(clause.start, clause.end))) return undefined;
  if (deonticOf(claim, predicate) !== undefined) return undefined;
  const states = (sentence: SourceSentence, negated: boolean) =>
    sentence.predicates.some((other) => {
      const theirs = injuredOrExistent(sentence, other);
      return theirs !== undefined && existents.has(theirs) && polarityOf(sentence, other) === negated;
    });
  if (alignment.sentences.some((sentence) => states(sentence, false))) return undefined;
  const end = existentEnd(claim, predicate);
  if (
    end !== undefined &&
    namesInjured(claim.text, end) &&
    alignment.sentences.some((sentence) => affirmsInjury(sentence.text))
  )
    return undefined;
  const denying = alignment.sentences.find((sentence) => states(sentence, true));
  if (denying === undefined) return undefined;
  return pathFinding(
    'support.negation',
    'error',
    path,
    `The claim affirms 「${claim.text.slice(predicate.start, predicate.end)}」, which the source negates: 「${denying.text}」.`,
    claim.text.slice(predicate.start, predicate.end),
    { kind: 'affirms', text: claim.text.slice(predicate.start, predicate.end), sourceText: denying.text },
  );
}

/**
 * A claim's clause that tells an act or a state of a thing (倉庫が並んでいた, 人がけがをした,
 * 問題を指摘された) where no source sentence tells that act at all, but the source sentence the
 * clause aligns to says there is none of the thing (住宅はなかった, 人はおらず, 問題はなかった) and
 * no sentence says there is: nothing the source has not got can have done or undergone anything.
 * The thing is the predicate's subject or object (が, は, も, を right before it, caseArgumentOf);
 * the existence predicates (ある, いる …) are deniedExistence's. Only the clause's own counterpart
 * is read — the sentence its words align to —, so a denial about another matter (けが人はなかった
 * of another site) answers nothing. A hedged, conditional, quoted or required act, or a verb that
 * only describes a noun (歩いていた人), asserts no act.
 */
function argumentDenied(
  claim: SentenceReading,
  predicate: Predicate,
  existent: string | undefined,
  alignment: Alignment,
  path: string,
): Finding | undefined {
  if (predicate.negated || existent !== undefined || predicate.kind === 'existence') return undefined;
  const argument = caseArgumentOf(claim, predicate, true);
  if (argument === undefined || !/^[がはもを]$/u.test(argument.particle)) return undefined;
  if (PLAN_NOUNS.has(argument.noun)) return undefined;
  // A noun with a suffix is the thing with its stem (出発便, 作業員), as existentOf reads it.
  const stem = claim.tokens[argument.index - 1];
  const compound =
    claim.tokens[argument.index]?.posDetail === '接尾' && stem?.pos === '名詞'
      ? normalizeForMatch(stem.surface + argument.noun)
      : argument.noun;
  const clause = claim.clauses[predicate.clause] as Clause;
  if (clause.hedges.length > 0 || clause.quoted) return undefined;
  if (/(?:ば|たら|なら)、?$/u.test(claim.text.slice(clause.start, clause.end))) return undefined;
  if (deonticOf(claim, predicate) !== undefined || describesNoun(claim, predicate)) return undefined;
  const things = new Set([argument.noun, compound, ...(alignment.synonyms.get(argument.noun) ?? [])]);
  const states = (sentence: SourceSentence, negated: boolean) =>
    sentence.predicates.some((other) => {
      const theirs = existentOf(sentence, other);
      return theirs !== undefined && things.has(theirs) && polarityOf(sentence, other) === negated;
    });
  // Or any sentence that denies the thing as the doer of the claim's very act (運休した列車はなかった
  // against 列車の一部が運休した): the act is named in it, so it is about the clause's matter.
  const forms = new Set([predicate.lemma, ...(alignment.synonyms.get(predicate.lemma) ?? [])]);
  const deniesDoer = (sentence: SourceSentence) =>
    states(sentence, true) &&
    sentence.predicates.some(
      (other) => forms.has(other.lemma) && things.has(describedNoun(sentence, other, true) ?? ''),
    );
  const counterpart = alignClause(alignment, clause.keys)?.sentence;
  const denying =
    counterpart !== undefined && states(counterpart, true)
      ? counterpart
      : alignment.sentences.find(deniesDoer);
  if (denying === undefined) return undefined;
  if (alignment.sentences.some((sentence) => states(sentence, false))) return undefined;
  const written = claim.text.slice(predicate.start, predicate.end);
  return pathFinding(
    'support.negation',
    'error',
    path,
    `The claim affirms 「${written}」 of 「${argument.noun}」, which the source says there is none of: 「${denying.text}」.`,
    written,
    { kind: 'affirms', text: written, sourceText: denying.text },
  );
}

/**
 * True when a figure of the claim is what is left of a whole the aligned source sentence counts once
 * it takes away the part it counts (48戸のうち41戸に入居: 7戸; 12冊が売れ、9冊を回収: 3冊): a claim
 * that denies the act of that remainder says what the source says of the part, affirmed. Both of the
 * source's figures and the claim's are counts of one counter; the remainder must be neither of them.
 */
function deniesOfRemainder(alignment: Alignment, sentence: SourceSentence): boolean {
  return alignment.quantities.some((quantity) => {
    if (quantity.unit === '' || quantity.vague || quantity.bound !== undefined) return false;
    const counts = sentence.quantities.filter(
      (other) => other.unit === quantity.unit && !other.vague && other.bound === undefined,
    );
    return counts.some((whole) =>
      counts.some(
        (part) =>
          part !== whole &&
          part.value > 0 &&
          part.value !== quantity.value &&
          Math.abs(whole.value - part.value - quantity.value) < 1e-9,
      ),
    );
  });
}

/**
 * A noun marked with も (大型車も, 大型車も含めて) extends the clause's predicate to it: a source
 * sentence that says the same predicate of that noun with the other polarity (大型車は通行できない)
 * answers the claim, whichever sentence its other words align with best.
 */
function checkAlsoScope(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  found: boolean,
): Finding[] {
  if (found) return [];
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (outside[predicate.start] === '＊' || deonticOf(claim, predicate) !== undefined) continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    const nouns = alsoNouns(claim, clause.start, predicate.start);
    if (nouns.length === 0) continue;
    const forms = new Set([predicate.lemma, ...(alignment.synonyms.get(predicate.lemma) ?? [])]);
    for (const sentence of alignment.sentences) {
      const text = nfkcTextOf(sentence);
      for (const noun of nouns) {
        const at = text.indexOf(noun);
        if (at < 0) continue;
        const other = sentence.predicates.find((p) => p.start > at && forms.has(p.lemma));
        if (other === undefined || polarityOf(sentence, other) === predicate.negated) continue;
        if (deonticOf(sentence, other) !== undefined) continue;
        const said = claim.text.slice(predicate.start, predicate.end);
        return [
          pathFinding(
            'support.negation',
            'error',
            path,
            `The claim says 「${said}」 of 「${noun}」 too; the source ${predicate.negated ? 'affirms' : 'negates'} it of 「${noun}」: 「${sentence.text}」.`,
            said,
            { kind: predicate.negated ? 'negates' : 'affirms', text: said, sourceText: sentence.text },
          ),
        ];
      }
    }
  }
  return [];
}

/** The noun compounds marked with も (…も, …も含めて) in [start, end) of a sentence, NFKC. */
function alsoNouns(claim: SentenceReading, start: number, end: number): string[] {
  const out: string[] = [];
  claim.tokens.forEach((token, i) => {
    if (token.surface !== 'も' || token.pos !== '助詞' || token.start < start || token.end > end) return;
    let first = i;
    while (
      first > 0 &&
      claim.tokens[first - 1]?.pos === '名詞' &&
      claim.tokens[first - 1]?.posDetail !== '数'
    )
      first--;
    const noun = claim.tokens
      .slice(first, i)
      .map((t) => t.surface)
      .join('')
      .normalize('NFKC');
    if ([...noun].length >= 2) out.push(noun);
  });
  return out;
}

// Words that say a matter is still open (general vocabulary of news): under investigation, study,
// talks or review (調査中, 検討中, 協議中…), undecided (未定, 決まっていない), unknown (分かっていない,
// 分からない, 明らかになっていない, 判明していない, 解明されていない, 特定されていない, 未解明), not foreseeable (見通せない, 見通しが立って
// いない).
const PENDING =
  /(調査|検討|協議|審議|確認|捜査|交渉|精査|調整|分析)中|未定|未確定|未解明|決まって(?:いない|おらず|いません)|(?:分か|わか)(?:って)?(?:いない|おらず|いません|らない|らず|りません)|見通せ(?:ない|ず|ません)|見通しが立って(?:いない|おらず|いません)|明らかにな(?:っていない|っておらず|っていません)|(?:判明|解明)(?:されて|して)?(?:いない|おらず|いません)|特定(?:されていない|されておらず|には至っていない)|か(?:どうか)?(?:を|、)?(?:調べ|確かめ|(?:確認|捜査|調査|検証|点検)し)て(?:いる|おり|います)/u;

/**
 * True when an affirmed predicate describes the noun after it: it heads a relative clause (交付に使う
 * システム, 確認する手順) — not one whose noun is a plan or an intention (見直す考え, 残す方針: the
 * clause is what is planned) —, or it is what the noun is expected to do (点灯するはずの照明).
 */
function describesNoun(reading: SentenceReading, predicate: Predicate): boolean {
  if (predicate.negated) return false;
  if (expectedOf(reading, predicate)) return true;
  if (wishedOf(reading, predicate)) return false;
  if (!headsRelativeClause(reading.tokens, predicate.end)) return false;
  const noun = reading.tokens.find((token) => token.start >= predicate.end && token.pos === '名詞');
  return noun !== undefined && !PLAN_NOUNS.has(noun.surface);
}

/**
 * The noun an affirmed predicate describes as the head of a relative clause (交付に使うシステム:
 * システム), read as describesNoun reads it; `either` reads a negated one too (the source's 知らせる
 * of 知らせるブザーはなかった). Undefined where the predicate heads no relative clause.
 */
function describedNoun(reading: SentenceReading, predicate: Predicate, either = false): string | undefined {
  if (predicate.negated && !either) return undefined;
  if (wishedOf(reading, predicate)) return undefined;
  if (!headsRelativeClause(reading.tokens, predicate.end)) return undefined;
  const noun = reading.tokens.find((token) => token.start >= predicate.end && token.pos === '名詞');
  // A formal noun (こと, もの, ため) makes the clause a thing said or done, not a description.
  if (noun === undefined || PLAN_NOUNS.has(noun.surface) || noun.posDetail === '非自立') return undefined;
  return noun.surface;
}

/**
 * True when a predicate's wish heads a noun of wishing (続けたい気持ちもある, 続けたいという思い): the
 * clause states the wish, as 続けたいと考える does, rather than describing the noun.
 */
function wishedOf(reading: SentenceReading, predicate: Predicate): boolean {
  return /^\p{Script=Hiragana}{0,4}たい(?:という|との)?(?:気持ち|思い|願い)/u.test(
    reading.text.slice(predicate.end, predicate.end + 14),
  );
}

/** True when an affirmed predicate is only expected of the noun after it (点灯するはずの照明: はず + の). */
function expectedOf(reading: SentenceReading, predicate: Predicate): boolean {
  return (
    !predicate.negated &&
    /^\p{Script=Hiragana}{0,4}はずの/u.test(reading.text.slice(predicate.end, predicate.end + 8))
  );
}

// An open question right after a verb's ending (…たかどうか, …るか否か, …たのかは): the verb is asked
// about, not stated.
const OPEN_QUESTION_AFTER = /^\p{Script=Hiragana}{0,4}?(?:かどうか|か否か|のか[はをが])/u;

/** True when every predicate of `forms` in the sentence is asked about (…たかどうか), none stated. */
function askedOnly(sentence: SourceSentence, forms: ReadonlySet<string>): boolean {
  const said = sentence.predicates.filter((p) => forms.has(p.lemma));
  return (
    said.length > 0 && said.every((p) => OPEN_QUESTION_AFTER.test(sentence.text.slice(p.end, p.end + 10)))
  );
}

/**
 * An act the claim states as done, flatly (no hedge, no request), where the source sentence its
 * clause aligns to (by the clause's other words) says the matter is still open — 因果関係を認めた
 * for 因果関係は調査中, 診療科は決まった for 診療科は決まっていない — and no source sentence as
 * close says the act itself: the claim settles what the source leaves open (`support.negation`).
 */
function checkPending(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const outside = stripQuotes(claim.text, claim.quotes);
  // A claim that itself says the matter is open keeps what the source says — in its own words or in
  // the words it quotes (所長は「原因は分からない」と話した).
  if (PENDING.test(claim.text)) return [];
  const out: Finding[] = [];
  for (const predicate of claim.predicates) {
    if (predicate.negated || predicate.kind === 'existence' || predicate.kind === 'noun') continue;
    if (outside[predicate.start] === '＊' || deonticOf(claim, predicate) !== undefined) continue;
    // A verb describing a noun (残る診療所) states no act of the sentence; nor does a verb asked
    // about (漏れたかどうかは, 応じるか否かを: an open question of the claim's own).
    if (headsRelativeClause(claim.tokens, predicate.end)) continue;
    if (OPEN_QUESTION_AFTER.test(claim.text.slice(predicate.end, predicate.end + 10))) continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    if (clause.hedges.length > 0) continue;
    const forms = new Set([predicate.lemma, ...(alignment.synonyms.get(predicate.lemma) ?? [])]);
    const keys = clause.keys.filter((key) => !forms.has(key));
    const open = openMatter(alignment, keys);
    if (open === undefined) continue;
    const { sentence, pending } = open;
    // The claim says the open matter itself, in its words or another word sharing its kanji
    // (調べている for 調査中, 確かめている for 確認中).
    const stem = [...(pending[1] ?? '')].filter((char) => /\p{Script=Han}/u.test(char));
    if ([...forms].some((form) => pending[0].includes(form) || stem.some((char) => form.includes(char))))
      continue;
    // A source that only asks about the act (立ち会ったかどうかは分かっていない) does not say it.
    const says = (other: SourceSentence) =>
      [...forms].some((form) => other.keys.includes(form)) && !askedOnly(other, forms);
    const shared = (other: SourceSentence) => keys.filter((key) => other.keys.includes(key)).length;
    if (says(sentence)) continue;
    if (alignment.sentences.some((other) => says(other) && shared(other) >= shared(sentence))) continue;
    const written = claim.text.slice(predicate.start, predicate.end);
    out.push(
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim states 「${written}」 as done, where the source says the matter is still open (「${pending[0]}」): 「${sentence.text}」.`,
        written,
        { kind: 'affirms', text: written, sourceText: sentence.text },
      ),
    );
  }
  return out;
}

// Whether a source sentence has PENDING's words anywhere: a clause of it can only have them then
// (found once per sentence; every claim clause asks about every sentence).
const pendingSentences = new WeakMap<SourceSentence, boolean>();
function saysPending(sentence: SourceSentence): boolean {
  let says = pendingSentences.get(sentence);
  if (says === undefined) {
    says = PENDING.test(sentence.text);
    pendingSentences.set(sentence, says);
  }
  return says;
}

/**
 * The source sentence that says the matter of a claim clause (its keys, less the predicate) is still
 * open, and the words that say so. The open matter must be said in a clause of that sentence that
 * shares two of the claim clause's words (…と発表したが、原因は分かっていない leaves the announcement
 * settled; …との見方を示したが、時期については「見通せない」 leaves the time open, though the first clause
 * shares as many words); or, in a sentence that leaves its subject to the one before
 * (社長は会見で…。原因は調査中という), in a clause sharing one, when the two sentences read together
 * align with the claim's clause about as closely as its best counterpart does.
 */
function openMatter(
  alignment: Alignment,
  keys: readonly string[],
): { sentence: SourceSentence; pending: RegExpExecArray } | undefined {
  const pendingIn = (sentence: SourceSentence, shared: number) => {
    for (const clause of sentence.clauses) {
      if (clause.keys.filter((key) => keys.includes(key)).length < shared) continue;
      const pending = PENDING.exec(sentence.text.slice(clause.start, clause.end));
      if (pending === null) continue;
      // An embedded question (…か調べている, …かどうかを確かめている) names the open matter in its
      // own words: it leaves open only what it asks, so two of the claim clause's words must be in
      // the question itself, whichever path found the sentence.
      if (pending[0].startsWith('か') && asked(sentence, clause.start + pending.index) < 2) continue;
      return pending;
    }
    return null;
  };
  // The claim clause's words among the question's, read from after the clause's topic (県警は、).
  const asked = (sentence: SourceSentence, end: number) => {
    const clause = sentence.clauses.find((c) => end > c.start && end <= c.end);
    const topic = clause === undefined ? -1 : sentence.text.slice(clause.start, end).search(/[はが]、/u);
    const start = (clause?.start ?? 0) + (topic < 0 ? 0 : topic + 2);
    const words = sentence.tokens
      .filter((token) => token.start >= start && token.end <= end && isContentToken(token))
      .map(keyOf);
    return keys.filter((key) => words.includes(key)).length;
  };
  const counterpart = alignClause(alignment, keys);
  if (counterpart === undefined) return undefined;
  const direct = pendingIn(counterpart.sentence, 2);
  if (direct !== null) return { sentence: counterpart.sentence, pending: direct };
  const open = alignment.sentences.filter(
    (sentence) => sentence.previous !== undefined && saysPending(sentence) && pendingIn(sentence, 1) !== null,
  );
  const inContext = alignInContext(alignment, keys, open);
  if (
    inContext === undefined ||
    inContext.score < 0.7 * overlapInContext(alignment, counterpart.sentence, keys)
  )
    return undefined;
  const pending = pendingIn(inContext.sentence, 1);
  return pending === null ? undefined : { sentence: inContext.sentence, pending };
}

/**
 * An act the claim affirms that no Japanese source has as a predicate and that every sentence of
 * the listed pages in another language negates (has put off introducing, did not approve): across
 * languages a sentence's words align too thinly to pick its counterpart, but a page that speaks of
 * the act only as not done does not back a claim that it is done (`support.negation`).
 */
function checkForeignPolarity(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (!alignment.crossLanguage) return [];
  const outside = stripQuotes(claim.text, claim.quotes);
  const out: Finding[] = [];
  for (const predicate of claim.predicates) {
    if (predicate.negated || predicate.kind !== 'verb' || outside[predicate.start] === '＊') continue;
    if (deonticOf(claim, predicate) !== undefined) continue;
    const mentions = foreignMentions(alignment, predicate.lemma, actsCarried(claim, predicate));
    const denying = mentions?.find((mention) => mention.other.negated)?.sentence;
    if (denying === undefined || mentions?.some((mention) => !mention.other.negated)) continue;
    const written = claim.text.slice(predicate.start, predicate.end);
    out.push(
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim affirms 「${written}」, which the source in another language says is not done: 「${denying.text}」.`,
        written,
        { kind: 'affirms', text: written, sourceText: denying.text },
      ),
    );
  }
  return out;
}

/**
 * Where the pages in another language speak of an act: each sentence of theirs and its glossed
 * predicate whose lemma — or one of its other Japanese uses (GlossedPredicate.forms: the ship shook
 * → 揺れる, a body was found → 見つかる) — is `lemma`, one of its synonyms or of `also`;
 * undefined when a Japanese source has the act as a predicate (then it, not the gloss, decides).
 */
export function foreignMentions(
  alignment: Alignment,
  lemma: string,
  also: readonly string[] = [],
): Array<{ sentence: SourceSentence; other: GlossedPredicate }> | undefined {
  const forms = new Set([lemma, ...(alignment.synonyms.get(lemma) ?? []), ...also]);
  const says = (sentence: SourceSentence) => sentence.predicates.some((other) => forms.has(other.lemma));
  if (alignment.local.some((understanding) => understanding.sentences.some(says))) return undefined;
  return alignment.scope
    .filter((understanding) => !alignment.local.includes(understanding))
    .flatMap((understanding) =>
      understanding.sentences.flatMap((sentence) =>
        (sentence.glossedPredicates ?? [])
          .filter((other) => forms.has(other.lemma) || other.forms?.some((form) => forms.has(form)))
          .map((other) => ({ sentence, other })),
      ),
    );
}

// Verbs that carry the act of the noun before them (closed classes): a light or completion verb
// after a verbal noun and を (分析を終えた, 点検を済ませた, 調査を行った) does that noun's act, and a
// policy or stance fixed (方針を固めた, 態度を決めた) is a decision, the one word an English page has
// for both (decide).
const LIGHT_VERBS = /^(?:終える|終わる|済ませる|済ます|行う|実施|完了|終了)$/u;
const FIXING_VERBS = /^(?:固める|決める|定める|決定)$/u;
const STANCES = /^(?:方針|方向|方向性|態度|結論|対応)$/u;

/**
 * The acts a claim's verb carries besides its own lemma (LIGHT_VERBS, FIXING_VERBS): the verbal
 * noun it completes, or 決める for a fixed policy — so that an English page's "plans to analyze" or
 * "has not decided" speaks of 分析を終えた or 方針を固めた.
 */
export function actsCarried(claim: Pick<SentenceReading, 'tokens'>, predicate: Predicate): string[] {
  let i = claim.tokens.findIndex((token) => token.start >= predicate.start) - 1;
  while (i >= 0 && claim.tokens[i]?.pos === '副詞') i--;
  const object = claim.tokens[i - 1];
  if (claim.tokens[i]?.surface !== 'を' || object === undefined || object.pos !== '名詞') return [];
  if (LIGHT_VERBS.test(predicate.lemma) && object.posDetail === 'サ変接続') return [object.surface];
  if (FIXING_VERBS.test(predicate.lemma) && STANCES.test(object.surface)) return ['決める'];
  return [];
}

// Verbs of weighing an act not yet decided (導入を検討している, 導入は考えていない): the English page
// has one word for them (consider), so a claim's either is the page's consider.
const DELIBERATING = ['検討', '考える', '考慮'];

// A negated act said as what is to come (closed grammar of Japanese): 〜ない予定だ, 〜ない見通しだ,
// 〜ない方針だ, 〜ない計画だ, 〜ないことになった — the Japanese the offline writer gives "will not" (予定).
const WILL_NOT = /^\p{Script=Hiragana}{0,3}?ない(?:予定|見通し|方針|計画|ことになっ)/u;

// A plain non-past negation said as a stance or a decision (closed grammar of Japanese): the bare
// 〜ない before the quotative と of a statement or decision (提供しないと発表した, 送らないと決めた) or
// 〜ないことにした is what the doer is not to do, so a page saying it will do it speaks against it.
// Not 〜ていない (has not yet done), which is a state, nor a 〜ないと that is a condition.
const STANCE_NOT =
  /^\p{Script=Hiragana}?ない(?:と(?:明らかに|発表|表明|説明|述べ|話し|伝え|回答|決め|決定)|ことに(?:し|決め|決定))/u;

// An act the doer means not to do or has put off (closed grammar of Japanese): no intention or plan
// of it (建て替える考えはない, 手放すつもりはなかった, 導入する予定はない, the 意向, 計画 or 方針 denied)
// or the act put off or given up (設置を見送った, 建設を断念した), which the reading already negates —
// so a page saying it will be or is planned to be done (plans to add, would install) speaks against it.
const NOT_MEANT =
  /^(?:\p{Script=Hiragana}{0,3}?(?:つもり|考え|意向|予定|計画|方針)(?:は|も)(?:ない|なかっ|なく|ありませ)|(?:を|は|も)(?:当面|今回|いったん|一旦)?(?:見送|断念))/u;

// No prospect of the act (closed grammar of Japanese): 〜するめどは立っていない, 〜の見通しが立たない —
// nothing is planned or expected, so a page that has it planned, hoped for or expected (hope to
// reopen on Tuesday, is expected to resume) speaks against it; one that only says it may happen
// does not (PROSPECT_OPEN).
const NO_PROSPECT =
  /^(?:する|の)?(?:めど|目処|見通し)(?:は|が|も)(?:まだ)?(?:立っていない|立たない|立っておらず|立っていません|ついていない)/u;
const PROSPECT_OPEN = /\b(?:may|might|could|whether)\b[^.;]*$/iu;

/**
 * An act the claim negates (導入は考えていない) that no Japanese source has as a predicate and that
 * every sentence of the listed pages in another language that glosses it states as done or being
 * done, unnegated and unhedged (is also considering online consultations): the mirror of
 * checkForeignPolarity — a page that speaks of the act only as done does not back a claim that it
 * is not (`support.negation`).
 */
function checkForeignDenied(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (!alignment.crossLanguage) return [];
  const outside = stripQuotes(claim.text, claim.quotes);
  const out: Finding[] = [];
  for (const predicate of claim.predicates) {
    if (!predicate.negated || predicate.kind !== 'verb' || outside[predicate.start] === '＊') continue;
    if (deonticOf(claim, predicate) !== undefined) continue;
    const mentions = foreignMentions(
      alignment,
      predicate.lemma,
      DELIBERATING.includes(predicate.lemma) ? DELIBERATING : [],
    );
    // A claim that the act is not to be done (補助しない予定だ, 削減しない計画だ) is also denied by a page
    // that says it will be or is meant to be (will subsidize, plans to cut): both speak of what is to come.
    const after = claim.text.slice(predicate.end, predicate.end + 16);
    const future = WILL_NOT.test(after) || STANCE_NOT.test(after) || NOT_MEANT.test(after);
    const prospect = NO_PROSPECT.test(after);
    const flat = ({ sentence, other }: { sentence: SourceSentence; other: GlossedPredicate }) =>
      !other.negated &&
      (other.modal === undefined ||
        future ||
        (prospect && !PROSPECT_OPEN.test(sentence.text.slice(Math.max(0, other.start - 40), other.start))));
    const affirming = mentions?.find(flat)?.sentence;
    if (affirming === undefined || mentions?.some((mention) => !flat(mention))) continue;
    out.push(deniesDone(claim.text.slice(predicate.start, predicate.end), affirming.text, path));
  }
  return out;
}

/** The finding of a claim that denies (`written`) an act a source in another language states as done. */
function deniesDone(written: string, sourceText: string, path: string): Finding {
  return pathFinding(
    'support.negation',
    'error',
    path,
    `The claim denies 「${written}」, which the source in another language says is done: 「${sourceText}」.`,
    written,
    { kind: 'negates', text: written, sourceText },
  );
}

// English negation and open questions (closed grammar): a sentence with a negator (not, n't,
// never, no, none, nothing, nobody, neither, nor, without, no longer), a verb of not doing with its
// infinitive (failed to, refused to, has yet to, unable to), a condition that withholds the act
// (unless, until, instead of, rather than), a question (whether) or a modal of mere possibility
// (may, might) does not state an act as done.
const ENGLISH_NOT_STATED =
  /(?:\b(?:not|never|no|none|nothing|nobody|neither|nor|without|cannot|unable|unless|until|whether|instead|rather\s+than|may|might)\b|n['’]t\b|\b(?:fail(?:s|ed|ing)?|refus(?:e|es|ed|ing)|yet|declin(?:e|es|ed|ing))\s+to\b)/iu;

/**
 * True when a claim's negated verb is denied outright (closed grammar of Japanese negation): by its
 * own negative ending in the kana run right after it (聞いていなかった, 手入れされていない, 戻ることは
 * ない), or as what a denied noun does (磨く人はいない, 鳴らす装置はない) — not by a verb of not doing (運転を見合
 * わせている, 収穫を控えた: held off, for a time), not as a change of state (動かなくなった: stopped),
 * not under a condition (いなければ運行できない: asserts nothing of what is), and not through a noun of a
 * proposition or plan (出る意味がない, 行く予定はない).
 */
function deniedOutright(claim: SentenceReading, predicate: Predicate): boolean {
  if (/(?:ば|たら|なら)、?/u.test(claim.text.slice(0, predicate.start))) return false;
  const after = claim.text.slice(predicate.end, predicate.end + 16);
  const kana = /^\p{Script=Hiragana}*/u.exec(after)?.[0] ?? '';
  if (/なくな/u.test(kana)) return false;
  if (/(?:ない|なかっ|なく|ず|ぬ|ませ)/u.test(kana)) return true;
  if (kana !== '' || !headsRelativeClause(claim.tokens, predicate.end)) return false;
  const k = claim.tokens.findIndex((token) => token.start >= predicate.end);
  const noun = claim.tokens[k];
  return (
    noun?.pos === '名詞' &&
    noun.posDetail !== '非自立' &&
    !PROPOSITION_NOUNS.has(noun.surface) &&
    !PLAN_NOUNS.has(noun.surface) &&
    /^(?:は|が|も)(?:い?(?:ない|なかっ|なく)|ありませ|いませ|おらず)/u.test(
      claim.text.slice(noun.end, noun.end + 8),
    )
  );
}

/**
 * A verb the claim negates (聞いていなかった, 手入れされていない) that no Japanese source has as a
 * predicate and the closed news vocabulary of english-gloss.ts does not gloss on the page in
 * another language, where that page says it by one of the verb's dictionary glosses (EDICT:
 * english-dictionary.ts) only in sentences that state it plainly — no negator, no verb of not
 * doing, no withholding condition (ENGLISH_NOT_STATED) — and the first of them also says another
 * of the claim clause's words: the page tells the act as done, the claim denies it
 * (`support.negation`). checkForeignDenied's reading through the news vocabulary, for the verbs it
 * has no entry for; a verb it glosses is left to it.
 */
function checkForeignAffirmedByDictionary(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
): Finding[] {
  if (!alignment.crossLanguage) return [];
  const outside = stripQuotes(claim.text, claim.quotes);
  const out: Finding[] = [];
  for (const predicate of claim.predicates) {
    if (!predicate.negated || predicate.kind !== 'verb' || outside[predicate.start] === '＊') continue;
    if (deonticOf(claim, predicate) !== undefined || !deniedOutright(claim, predicate)) continue;
    const mentions = foreignMentions(
      alignment,
      predicate.lemma,
      DELIBERATING.includes(predicate.lemma) ? DELIBERATING : [],
    );
    if (mentions === undefined || mentions.length > 0) continue;
    const saying = alignment.scope
      .filter((understanding) => !alignment.local.includes(understanding))
      .flatMap((understanding) =>
        understanding.sentences.filter((sentence) =>
          saysInEnglish(predicate.lemma, stemsOfSentence(sentence)),
        ),
      );
    const affirming = saying[0];
    if (affirming === undefined || saying.some((sentence) => ENGLISH_NOT_STATED.test(sentence.text)))
      continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    const stems = stemsOfSentence(affirming);
    if (!clause.keys.some((key) => key !== predicate.lemma && saysInEnglish(key, stems))) continue;
    out.push(deniesDone(claim.text.slice(predicate.start, predicate.end), affirming.text, path));
  }
  return out;
}

/**
 * Deontic modality of a predicate, read from the words after it (closed grammar of Japanese
 * obligation, request and permission): 'must' for an act asked for or required (〜よう(に)
 * 呼びかける/求める, 〜なければならない, 〜なくてはならない, 〜べきだ, 〜必要がある, 〜てはいけない,
 * 〜てほしい, 〜てください, the imperative 止めろ),
 * 'may' for an act allowed or not required (〜てもよい/いい/構わない/問題はない, 〜必要はない).
 * `act` is the polarity of the act itself: 使わないよう and 控える必要はない are about not doing it.
 * Not 〜ようだ/ような/ようになる (appearance, likeness, a change of state).
 */
export function deonticOf(
  reading: Pick<SentenceReading, 'text' | 'tokens'>,
  predicate: Predicate,
): { modal: 'must' | 'may'; act: boolean } | undefined {
  const after = reading.text.slice(predicate.end, predicate.end + 24);
  // The imperative is on the verb, or on the する after a verbal noun (中止しろ).
  const at = reading.tokens.findIndex((one) => one.start === predicate.start);
  const verb = reading.tokens[at]?.pos === '名詞' ? reading.tokens[at + 1] : reading.tokens[at];
  if (verb?.inflection?.startsWith('命令')) return { modal: 'must', act: predicate.negated };
  if (
    /^\p{Script=Hiragana}{0,6}?(?:こと|の)?(?:は|も)?必要(?:は|が|も)?(?:ない|なく|なかっ|ありませ)/u.test(
      after,
    )
  )
    return { modal: 'may', act: !predicate.negated };
  if (
    /^\p{Script=Hiragana}{0,5}?(?:て|で)も(?:よい|よかっ|いい|良い|構わ|かまわ|問題(?:は|が)?(?:ない|なかっ|ありませ)|差し支え(?:は|が)?ない)/u.test(
      after,
    )
  )
    return { modal: 'may', act: predicate.negated };
  if (
    /^\p{Script=Hiragana}{0,6}?(?:(?:なければ|なくては|ねば|ないと)(?:なら|いけ)|べき(?:だ|で|。|と|$)|(?:こと|の)?(?:が|は)?必要(?:が|だ|で|と|。|$)|(?:て|で)は(?:いけ|なら)|(?:て|で)(?:ほしい|欲しい|ください|下さい|もらいたい|いただきたい)|よう(?:に)?(?![だでなにみ見思感]|です|に(?:な|見|思|感)))/u.test(
      after,
    )
  )
    return { modal: 'must', act: predicate.negated };
  return undefined;
}

// Verbs of intending or preparing an act (申請を検討している, 導入を予定する), and a headline's
// 〜へ (値上げへ): the act they take is one the subject means to do, not one it will not do.
const INTENDING = new Set(['検討', '予定', '計画', '準備', '目指す', '決める', '決定', '進める', '急ぐ']);

/**
 * An act the claim negates (申請しない) that the aligned source sentence has as the object of an
 * affirmed verb of intending (申請も検討している): the source says the subject means to do it.
 */
function checkIntended(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  for (const predicate of claim.predicates) {
    if (!predicate.negated || predicate.kind !== 'verb') continue;
    const intends = (sentence: SourceSentence) =>
      sentence.tokens.some((token, i) => {
        if (token.pos !== '名詞' || token.posDetail !== 'サ変接続' || token.baseForm !== predicate.lemma)
          return false;
        const particle = sentence.tokens[i + 1];
        // A headline's verbal noun + へ ending a part (統合へ, 値上げへ) is the act the subject is
        // moving to do.
        if (
          sentence.isHeadline &&
          particle?.surface === 'へ' &&
          (sentence.tokens[i + 2] === undefined ||
            sentence.tokens[i + 2]?.start !== particle.end ||
            sentence.tokens[i + 2]?.pos === '記号')
        )
          return true;
        const verb = sentence.tokens[i + 2];
        if (particle === undefined || verb === undefined || !['を', 'も', 'は'].includes(particle.surface))
          return false;
        return sentence.predicates.some(
          (other) => other.start === verb.start && INTENDING.has(other.lemma) && !other.negated,
        );
      }) && !sentence.predicates.some((other) => other.lemma === predicate.lemma);
    const clause = claim.clauses[predicate.clause] as Clause;
    const aligned = alignClause(alignment, clause.keys, intends);
    if (aligned === undefined) continue;
    const counterpart = alignClause(alignment, clause.keys);
    if (
      counterpart !== undefined &&
      overlapInContext(alignment, aligned.sentence, clause.keys) <
        0.7 * overlapInContext(alignment, counterpart.sentence, clause.keys)
    )
      continue;
    const written = claim.text.slice(predicate.start, predicate.end);
    out.push(
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim negates 「${written}」, which the source says is intended: 「${aligned.sentence.text}」.`,
        written,
        { kind: 'negates', text: written, sourceText: aligned.sentence.text },
      ),
    );
  }
  return out;
}

/**
 * An occurrence the claim affirms of a subject (X が出た) where the aligned source sentence says
 * X did not exist (X はいなかった / X はなかった).
 */
function checkOccurrence(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  for (const predicate of claim.predicates) {
    if (predicate.negated || !OCCURRENCE.has(predicate.lemma)) continue;
    const at = claim.tokens.findIndex((token) => token.start === predicate.start);
    const particle = claim.tokens[at - 1];
    const subject = claim.tokens[at - 2];
    if (particle === undefined || !['が', 'は', 'も'].includes(particle.surface) || subject?.pos !== '名詞')
      continue;
    const finding = occurrenceDenied(claim, alignment, path, predicate, subject.surface, particle.surface);
    if (finding !== undefined) out.push(finding);
  }
  // A harm suffered, said with its noun and を + する or 負う (けがをした, やけどを負った), is an
  // occurrence of that noun as 〜が出た is.
  claim.tokens.forEach((token, i) => {
    const particle = claim.tokens[i + 1];
    const verb = claim.tokens[i + 2];
    if (token.pos !== '名詞' || token.posDetail !== '一般' || particle?.surface !== 'を') return;
    if (verb === undefined || verb.pos !== '動詞' || !SUFFERING.has(verb.baseForm)) return;
    const predicate: Predicate = {
      lemma: verb.baseForm,
      kind: 'verb',
      start: verb.start,
      end: verb.end,
      negated: chainNegation(claim.text, claim.tokens, i + 2),
      clause: Math.max(
        0,
        claim.clauses.findIndex((c) => verb.start >= c.start && verb.start < c.end),
      ),
    };
    if (predicate.negated || headsRelativeClause(claim.tokens, verb.end)) return;
    const finding = occurrenceDenied(claim, alignment, path, predicate, token.surface, 'を');
    if (finding !== undefined && !out.some((f) => f.message === finding.message)) out.push(finding);
  });
  return out;
}

/**
 * A claim that no one was injured (けが人はいなかった, けがをした人はいない) where the source
 * sentence its clause aligns to says someone was, in the class's own word or one of its kinds
 * (いずれも軽傷, やけどを負った). An exception in the claim (ほかに, 以外) leaves room for the
 * injured the source names.
 */
function checkInjuryDenied(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  for (const predicate of claim.predicates) {
    if (!predicate.negated) continue;
    const end = existentEnd(claim, predicate);
    if (end === undefined || !namesInjured(claim.text, end)) continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    if (/ほか|他に|以外/u.test(claim.text.slice(clause.start, predicate.start))) continue;
    const injures = (sentence: SourceSentence) => affirmsInjury(sentence.text);
    // A clause that names only the injured (けが人は出なかった) aligns nowhere alone: the group or
    // place it denies them of is a clause of its own (列にいた人から、…), read with it.
    const own = alignClause(alignment, clause.keys);
    const keys =
      own === undefined ? claim.clauses.filter((one) => !one.quoted).flatMap((one) => one.keys) : clause.keys;
    const direct =
      alignClause(alignment, keys, injures) ??
      alignInContext(alignment, keys, alignment.sentences.filter(injures));
    // As for a negation: only a sentence about as close to the clause as its best counterpart says so.
    const counterpart = own ?? alignClause(alignment, keys);
    const close =
      direct !== undefined &&
      (counterpart === undefined ||
        overlapInContext(alignment, direct.sentence, keys) >=
          0.7 * overlapInContext(alignment, counterpart.sentence, keys));
    // A source that denies only further injured (このほかにけが人はいない) says some were, where
    // it names them: a claim that denies any, of no one in particular (no 〜に), is answered there.
    const except = alignment.sentences.find((sentence) => EXCEPTED_INJURY.test(sentence.text));
    const named =
      except !== undefined && !/[^ぁ-ん]に/u.test(claim.text.slice(clause.start, predicate.start))
        ? alignment.sentences.find((sentence) => sentence.sourceId === except.sourceId && injures(sentence))
        : undefined;
    const answer = close ? direct.sentence : named;
    if (answer === undefined) continue;
    return [
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim says no one was injured (「${claim.text.slice(clause.start, clause.end)}」); the source says someone was: 「${answer.text}」.`,
        claim.text.slice(predicate.start, predicate.end),
      ),
    ];
  }
  return [];
}

// Words of a relation between two things (関係, 影響, 関わる): a closed class of the language.
const RELATION = new Set(['関係', '影響', '関わる', '関連', '関与']);

/**
 * A claim that denies a relation (AとBには関係が見られなかった, AはBに影響しなかった) where the
 * source sentence its clause aligns to links the same things by a predicate it affirms, in other
 * words (Aが高いほどBが遅かった, AもBを難しくした), and denies nothing.
 */
function checkRelationDenied(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  for (const predicate of claim.predicates) {
    if (!predicate.negated) continue;
    const related = RELATION.has(predicate.lemma) || RELATION.has(existentOf(claim, predicate) ?? '');
    if (!related) continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    const aligned = alignClause(alignment, clause.keys);
    // A sentence read for its predicates (not one in English, whose polarity is not read).
    if (aligned === undefined || !/[ぁ-ん]/u.test(aligned.sentence.text)) continue;
    if (aligned.sentence.predicates.some((other) => other.negated)) continue;
    if ([...RELATION].some((word) => aligned.sentence.text.includes(word))) continue;
    return [
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim denies a relation (「${claim.text.slice(clause.start, clause.end)}」); the source links the two: 「${aligned.sentence.text}」.`,
        claim.text.slice(predicate.start, predicate.end),
      ),
    ];
  }
  return [];
}

// Verbs that say a requirement is met (必要な人数を満たす, 必要な額に達する, 人手が足りる).
const MEETING = new Set(['満たす', '足りる', '達する', '届く']);

/**
 * A claim that a requirement is met (必要な人数を満たしている) where the source sentence its clause
 * aligns to says it falls short: in words of shortfall beside 必要 (必要な人数より5人少ない, 不足
 * している) or with a count below the count it names as needed (現在9人で、12人が必要).
 */
function checkRequirementMet(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  for (const predicate of claim.predicates) {
    if (predicate.negated || !MEETING.has(predicate.lemma)) continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    if (!claim.text.slice(clause.start, predicate.start).includes('必要')) continue;
    // The clause read with the claim's other clauses, which carry its subject (運転手は9人で、…).
    const aligned =
      alignClause(alignment, clause.keys) ??
      alignClause(
        alignment,
        claim.clauses.flatMap((each) => each.keys),
      );
    if (aligned === undefined || !fallsShort(aligned.sentence)) continue;
    return [
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim says the requirement is met (「${claim.text.slice(clause.start, clause.end)}」); the source says it falls short: 「${aligned.sentence.text}」.`,
        claim.text.slice(predicate.start, predicate.end),
      ),
    ];
  }
  return [];
}

/** Whether a sentence says what is needed is not there: 必要…より少ない / 不足 / 足りない, or a count below the one needed. */
function fallsShort(sentence: SourceSentence): boolean {
  const { text } = sentence;
  if (!text.includes('必要')) return false;
  if (/不足|足りない|足りず|少ない|満たない|満たさ|届かない|届いていない|下回/u.test(text)) return true;
  const needed = sentence.quantities.find((quantity) => /^(?:が|は|も)?必要/u.test(text.slice(quantity.end)));
  return (
    needed !== undefined &&
    sentence.quantities.some(
      (quantity) => quantity !== needed && quantity.unit === needed.unit && quantity.value < needed.value,
    )
  );
}

// A denial of further injured: このほかにけが人はいない, 以外に負傷者は出ていない.
const EXCEPTED_INJURY = /(?:ほか|他|以外)に?(?:は|も)?、?(?:けが|怪我|負傷)/u;

// Verbs that take a harm as their object and say it was suffered (けがをする, やけどを負う).
const SUFFERING = new Set(['する', '負う']);

// A thing said not to be confirmed (被害は確認されていない, 異常は見つかっていない): news's way of
// saying there is none known.
const UNCONFIRMED = /^(?:は|も|が)(?:確認され|見つかっ|見られ)(?:ていない|ておらず|ていません|なかった|ず)/u;

/** The finding for an occurrence of `subject` where the source it aligns with says there was none. */
function occurrenceDenied(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  predicate: Predicate,
  subject: string,
  particle: string,
): Finding | undefined {
  const denies = (sentence: SourceSentence) =>
    sentence.predicates.some((other) => {
      if (other.lemma !== 'ある' || !other.negated) return false;
      const k = sentence.tokens.findIndex((token) => token.start === other.start);
      return (
        ['が', 'は', 'も'].includes(sentence.tokens[k - 1]?.surface ?? '') &&
        sentence.tokens[k - 2]?.surface === subject
      );
    }) ||
    sentence.tokens.some(
      (token) => token.surface === subject && UNCONFIRMED.test(sentence.text.slice(token.end)),
    );
  const clause = claim.clauses[predicate.clause] as Clause;
  const aligned =
    alignClause(alignment, clause.keys, denies) ??
    alignInContext(alignment, clause.keys, alignment.sentences.filter(denies));
  if (aligned === undefined) return undefined;
  // As for a negation: only a sentence about as close to the clause as its best counterpart says so.
  const counterpart = alignClause(alignment, clause.keys);
  if (
    counterpart !== undefined &&
    overlapInContext(alignment, aligned.sentence, clause.keys) <
      0.7 * overlapInContext(alignment, counterpart.sentence, clause.keys)
  )
    return undefined;
  return pathFinding(
    'support.negation',
    'error',
    path,
    `The claim says 「${subject}${particle}${claim.text.slice(predicate.start, predicate.end)}」; the source says there was none: 「${aligned.sentence.text}」.`,
    claim.text.slice(predicate.start, predicate.end),
  );
}

// A predicate whose event a following noun says there is no trace of (検証した形跡がうかがえない,
// 協議した事実はない, 説明したことはない) is negated by it.
const DENIED_EVENT =
  /^(?:し|され|させ)?(?:た|ている|ていた)?(?:形跡|事実|記録|跡|様子|証拠|こと)(?:が|は|も)(?:ない|なかった|ありません|うかがえない|見当たらない|見られない|見つからない|確認できない|確認されていない)/u;

/** Whether a source predicate is negated, counting a denial of its event after it (〜した形跡はない). */
function polarityOf(sentence: SourceSentence, predicate: Predicate): boolean {
  if (predicate.negated) return true;
  return DENIED_EVENT.test(sentence.text.slice(predicate.end).replace(/^[「」]/u, ''));
}

/**
 * A claim that denies an act of a noun (増便は考えていない, 点検を受けていなかった) where the source
 * sentence its clause aligns to affirms another predicate of the same noun, or the noun itself as
 * its predicate (増便も検討している, 別の教員が点検していた): a predicate that asks for nothing and
 * denies nothing by its meaning — no verb of not doing (見送る,
 * 断念), of stopping (中止, 廃止: phaseOf) or of forbidding and refusing, read from the kanji that
 * carry it (禁 禁じる, 拒 拒む, 否 否決, 却 却下), no word with a negative prefix (不可能, 未定) — and
 * its clause negates nothing; nor does the sentence deny the claim's own predicate. A claim's verb
 * of not doing, stopping or lacking, negated (避けられない, 止まらない, 欠かせない), affirms: it is not
 * read here. Lacking is read from its kanji, as forbidding is (欠く, 欠航, 欠席).
 */
function checkDeniedOfAffirmed(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (
      !predicate.negated ||
      outside[predicate.start] === '＊' ||
      deniesByMeaning(predicate.lemma) ||
      deonticOf(claim, predicate) !== undefined
    )
      continue;
    const noun = argumentOf(claim, predicate);
    if (noun === undefined) continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    const sentence = alignClause(alignment, clause.keys)?.sentence;
    if (sentence === undefined) continue;
    // The source denies the claim's own predicate (解決はありえない): the claim says what it says.
    const forms = new Set([predicate.lemma, ...(alignment.synonyms.get(predicate.lemma) ?? [])]);
    if (sentence.predicates.some((other) => forms.has(other.lemma) && polarityOf(sentence, other))) continue;
    const affirms = (other: Predicate) =>
      (other.lemma === noun || argumentOf(sentence, other) === noun) &&
      !deniesByMeaning(other.lemma) &&
      deonticOf(sentence, other) === undefined &&
      !statesRule(sentence.text, other.end) &&
      !sentence.predicates.some((one) => one.clause === other.clause && polarityOf(sentence, one));
    if (!sentence.predicates.some(affirms)) continue;
    if (deniesOfRemainder(alignment, sentence)) continue;
    const said = claim.text.slice(predicate.start, predicate.end);
    return [
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim negates 「${said}」 of 「${noun}」; the source affirms what it says of it: 「${sentence.text}」.`,
        said,
        { kind: 'negates', text: said, sourceText: sentence.text },
      ),
    ];
  }
  return [];
}

// Verbs of going missing or being left out (道標がなくなった, 表示が抜けていた, 手段を失った): a
// thing said to have gone is a thing there is not, as 欠く says by its kanji. A closed class of Japanese
// by meaning; 亡くなる (a death) and 漏れる (which also leaks out) are not in it.
const MISSING_VERBS: ReadonlySet<string> = new Set([
  'なくなる',
  '無くなる',
  '抜ける',
  '抜け落ちる',
  '失う',
  '失われる',
  '紛失',
]);

/** True for a verb that says a thing went missing or was left out (なくなる, 抜ける, 失う). */
export function goesMissing(lemma: string): boolean {
  return MISSING_VERBS.has(lemma);
}

/** Predicates that deny by their meaning (見送る, 中止, 禁じる, 拒む, 欠く, 未定): affirmed, they negate. */
function deniesByMeaning(lemma: string): boolean {
  return (
    isNegatingVerb(lemma) ||
    goesMissing(lemma) ||
    phaseOf(lemma) === 'stop' ||
    /[禁拒否却欠]/u.test(lemma) ||
    /^[未不非無]/u.test(lemma)
  );
}

/**
 * The mirror of checkDeniedOfAffirmed: a claim that affirms a verb of a noun, taking it with a case
 * particle (点検の項目に含まれていた, 人材の確保につなげた), where the source sentence its clause aligns to
 * negates another verb taking the same noun with the same particle (項目には入っていなかった, 確保には
 * つながらなかった) and affirms nothing else of it: the claim states with another verb of the same
 * relation what the source denies. The claim's clause negates nothing and asks for nothing; its verb
 * denies nothing by its meaning (見送った affirmed is a denial) and describes no noun; the source's
 * verb is no verb of not doing (避けなかった affirms), no existence (ない of a thing) and no request;
 * and a source that says the claim's own verb or a synonym is read by checkPolarity instead.
 */
function checkAffirmedOfDenied(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (
      predicate.negated ||
      predicate.kind !== 'verb' ||
      outside[predicate.start] === '＊' ||
      deniesByMeaning(predicate.lemma) ||
      deonticOf(claim, predicate) !== undefined ||
      headsRelativeClause(claim.tokens, predicate.end)
    )
      continue;
    if (claim.predicates.some((one) => one.clause === predicate.clause && one.negated)) continue;
    const argument = caseArgumentOf(claim, predicate);
    if (argument === undefined) continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    const sentence = alignClause(alignment, clause.keys)?.sentence;
    if (sentence === undefined) continue;
    const forms = new Set([
      predicate.lemma,
      ...(alignment.synonyms.get(predicate.lemma) ?? []),
      ...sameSenseOf(predicate.lemma),
    ]);
    if (sentence.predicates.some((other) => forms.has(other.lemma))) continue;
    const ofNoun = sentence.predicates.filter((other) => {
      const theirs = caseArgumentOf(sentence, other);
      return theirs !== undefined && theirs.noun === argument.noun && theirs.particle === argument.particle;
    });
    const denied = ofNoun.filter(
      (other) =>
        other.kind === 'verb' &&
        polarityOf(sentence, other) &&
        !deniesByMeaning(other.lemma) &&
        deonticOf(sentence, other) === undefined &&
        !headsRelativeClause(sentence.tokens, other.end),
    );
    if (denied.length === 0 || denied.length < ofNoun.length) continue;
    const said = claim.text.slice(predicate.start, predicate.end);
    return [
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim affirms 「${said}」 of 「${argument.noun}」; the source denies what it says of it: 「${sentence.text}」.`,
        said,
        { kind: 'affirms', text: said, sourceText: sentence.text },
      ),
    ];
  }
  return [];
}
