import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import type { Token } from '../../text/tokenizer.ts';
import { directedPeers } from '../../understand/directed-act.ts';
import {
  CONSIDERATION_IDIOM,
  headsRelativeClause,
  INFERENCE_ENDING,
  QUOTATIVE_SAYING,
  type SentenceReading,
  spaceSeparatedParts,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import { type Alignment, alignClause, alignSourceClause, elementsOf, type SourceSpan } from './alignment.ts';
import { actsCarried, deonticOf, foreignMentions } from './check-polarity.ts';
import { doneToldAsPlan, pastPlanToldDone } from './done-told-as-plan.ts';
import { sameUnit, sameValue } from './elements.ts';
import { plannedDayToldAsDone } from './planned-day-told-done.ts';
import { requestMadeOrder } from './request-force.ts';
import { isSpeech } from './speakers.ts';

// Modality: no certainty the sources do not state, no hedge of the aligned source clause dropped,
// no risk or possibility made a forecast or a plan.

// The content of a verb of fearing (…ことを懸念, 心配, 危惧): a closed class of Japanese.
const FEARED = /こと(?:を|が|も)(?:懸念|心配|危惧|不安視)/u;

// Words of estimating a figure: a closed class of Japanese.
const ESTIMATE = /試算|推計|見積|見込|想定/u;

// Verbs of asking someone to act: a closed class of Japanese.
const REQUEST_VERB = /呼びかけ|呼び掛け|求め|要請|要望|促|依頼|訴え/u;

// The polite forms of asking in the speaker's own words (…をお願いしたい, …てほしい, …ていただきたい):
// their たい / ほしい is the politeness of a request, and saying them makes it. A closed class of Japanese.
const SPOKEN_REQUEST = /お願い(?:し|いたし|致し)?たい|て(?:ほしい|欲しい)|て(?:いただき|頂き|もらい)たい/u;

export function checkModality(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  isFragment: boolean,
): Finding[] {
  const out: Finding[] = isFragment
    ? []
    : [
        ...checkForeignModality(claim, alignment, path),
        ...weakenedToPossibility(claim, alignment, path),
        ...plannedDayToldAsDone(claim, alignment, path),
      ];
  if (!isFragment)
    out.push(
      ...requestMadeOrder(claim, alignment, path),
      ...doneToldAsPlan(claim, alignment, path),
      ...pastPlanToldDone(claim, alignment, path),
    );
  // Made once per claim, and only when asked for (most clauses need neither).
  let evidenceText: string | undefined;
  const evidence = () => {
    evidenceText ??= alignment.evidence.map((sentence) => sentence.text).join('\n');
    return evidenceText;
  };
  let hedgeAnywhere: boolean | undefined;
  claim.clauses.forEach((clause) => {
    if (clause.quoted) return;
    // Certainty the sources do not state: 決定, 確実, 断言…
    // 決まる見通し: a decision that is itself forecast is no certainty.
    const hedgedHere = hedgeWordAfter(claim, clause.start);
    for (const word of hedgedHere ? [] : clause.certain) {
      const family = certaintyFamily(word);
      // A decision to come on an open question (事業化するかどうかを決める, どうするか…決める) states
      // neither an outcome nor a decision made; 決めた of the same question still says it was made.
      const at = claim.text.indexOf(word, clause.start);
      if (
        family === '決' &&
        !settledAt(claim.text.slice(at, clause.end), word) &&
        decidesQuestion(claim, clause.start, at)
      )
        continue;
      // A decision asked about (誰が決めるのか, いつ決めたのかは分からない) states none made.
      if (family === '決' && questionedDecision(claim, at, clause.end)) continue;
      const rest = clause.keys.filter((key) => !key.startsWith(family));
      const aligned = alignClause(alignment, rest);
      // The clause of the source that says what the claim's clause says, its dates and numbers
      // counted (日程は8月中に決める aligns with the sentence dating the decision 8月中).
      const span = alignSourceClause(alignment, rest, elementsOf(alignment, clause.start, clause.end));
      const sentences = [
        ...alignment.evidence,
        ...(aligned === undefined ? [] : [aligned.sentence]),
        ...(span === undefined ? [] : [span.sentence]),
      ];
      // Of decisions, 決まった, 決めた, 決定した say it is settled; 決める, 決まる say one is to come
      // (日程は8月中に決める), and a source's plan to decide does not make it settled.
      const settled = family === '決' && settledAt(claim.text.slice(clause.start, clause.end), word);
      if (
        sentences.some((sentence) =>
          sentence.clauses.some((source) =>
            source.certain.some(
              (other) =>
                certaintyFamily(other) === family &&
                (!settled || settledAt(sentence.text.slice(source.start, source.end), other)),
            ),
          ),
        ) ||
        (settled ? settledAt(evidence(), word) : evidence().includes(word)) ||
        (settled && announcedFlatly(span)) ||
        (family === '決' && sentences.some(decidedInOtherWords)) ||
        (family === '確認' &&
          sentences.some((sentence) => FOUND_OUT.test(stripQuotes(sentence.text, sentence.quotes))))
      )
        continue;
      out.push(
        pathFinding(
          'support.modality',
          'error',
          path,
          `The claim says 「${word}」, a certainty its sources do not state.`,
          word,
          { kind: 'certainty', text: word },
        ),
      );
      return;
    }
    // A policy decided (処分する方針を固めた): the aligned source must state a decision — a policy
    // (方針), a decision word (決めた), or an act announced flatly — not one still to be made
    // (結果を踏まえて判断する). Another hedge (方針を固める見通し) makes the decision itself uncertain.
    if (
      clause.hedges.every((hedge) => hedge === '方針') &&
      POLICY_DECIDED.test(claim.text.slice(clause.start, clause.end))
    ) {
      const keys = clause.keys.filter(
        (key) => key !== '方針' && !key.startsWith('固') && !key.startsWith('決'),
      );
      const span = alignSourceClause(alignment, keys, elementsOf(alignment, clause.start, clause.end));
      if (span !== undefined && !statesDecision(span)) {
        out.push(
          pathFinding(
            'support.modality',
            'error',
            path,
            `The claim says a policy was decided; the source does not: 「${span.sentence.text}」.`,
            claim.text.slice(clause.start, clause.end),
            { kind: 'certainty', text: '方針を固めた' },
          ),
        );
        return;
      }
    }
    // A hedge dropped: the aligned source clause is a plan, forecast, consideration or risk.
    if (isFragment) return;
    // The claim side is read leniently: a hedge word anywhere in the claim (利用者数の見込みについては
    // …とする報道がある) keeps it a forecast; the source side strictly (only where it heads its clause).
    // So does the content of a fear voiced (…減ることを心配する声が出ている), though the verb of
    // fearing heads a relative clause there.
    hedgeAnywhere ??=
      claim.clauses.some((other) => other.hedges.length > 0) ||
      hedgeWordAfter(claim, 0) ||
      FEARED.test(stripQuotes(claim.text, claim.quotes));
    const hedged = hedgeAnywhere;
    // A condition (可決されれば) asserts nothing.
    const isCondition = /(?:ば|たら|なら|場合は?)[、,]?$/u.test(
      claim.text.slice(clause.start, clause.end).trim(),
    );
    if (clause.hedges.includes('検討') && !isCondition) {
      const decided = decidedInstead(claim, clause, alignment) ?? decidedInEnglish(claim, clause, alignment);
      if (decided !== undefined)
        out.push(
          pathFinding(
            'support.modality',
            'error',
            path,
            `The claim says it is being considered (検討); the source says it was decided: 「${decided.text}」.`,
            claim.text.slice(clause.start, clause.end),
            { kind: 'considered', sourceText: decided.text },
          ),
        );
    }
    if (!isCondition && clause.keys.length > 0) {
      const risk = riskMadeForecast(clause, alignment);
      if (risk !== undefined) {
        out.push(
          pathFinding(
            'support.modality',
            'error',
            path,
            `The claim gives as 「${risk.hedge}」 what the source gives only as a risk or a possibility (「${risk.sourceHedge}」): 「${risk.sourceText}」.`,
            claim.text.slice(clause.start, clause.end),
            {
              kind: 'strengthened',
              hedge: risk.hedge,
              sourceHedge: risk.sourceHedge,
              sourceText: risk.sourceText,
            },
          ),
        );
        return;
      }
    }
    if (hedged || isCondition || clause.keys.length === 0) return;
    // A cause stated as fact (原因は…だった, …が原因だった) that every source sentence naming it as a
    // cause, or with what it caused, only infers or gives as possible.
    const inferred = causeOnlyInferred(claim, clause, alignment);
    if (inferred !== undefined) {
      out.push(
        pathFinding(
          'support.modality',
          'error',
          path,
          `The claim states as fact a cause the source gives as 「${inferred.hedge}」: 「${inferred.text}」.`,
          claim.text.slice(clause.start, clause.end),
          { kind: 'flat', hedge: inferred.hedge, sourceText: inferred.text },
        ),
      );
      return;
    }
    // A short clause (断水は続く) whose words weigh under what a span must score is aligned with the
    // source clause that has every one of them and its verb.
    const best =
      alignSourceClause(alignment, clause.keys, elementsOf(alignment, clause.start, clause.end)) ??
      clauseWithEveryWord(claim, clause, alignment);
    if (best === undefined) return;
    // The clause that says the claim's act (盛り込む方針だ) where the best-aligned one, sharing more
    // of the claim's other words, says another (…設置を補助する案が示された).
    let aligned =
      hedgesOfPartsSaid(best, clause.keys).length > 0
        ? best
        : (clauseOfAct(claim, clause, alignment, best) ?? best);
    // A clause chained to the sentence's inferred or forecast last clause, whose act the claim tells
    // too (…約40組が、式を挙げられなくなる見通しだ → …約40組は、式を挙げられなくなった): the hedge
    // ending the chain is the claim's to keep.
    const overChain =
      hedgesOfPartsSaid(aligned, clause.keys).length === 0 ? inferenceOverChain(claim, aligned) : undefined;
    if (overChain !== undefined) aligned = overChain;
    const hedges = hedgesOfPartsSaid(aligned, clause.keys);
    if (hedges.length === 0) return;
    // An estimate (試算, 見込み, 推計) kept as one: the claim names the estimate by any word of
    // estimating, wherever it stands (市は約90万円と見積もっている, 約2億円と見込まれる運航費, 市の試算を約1億円と伝えた).
    if (hedges.every((hedge) => ESTIMATE.test(hedge)) && ESTIMATE.test(stripQuotes(claim.text, claim.quotes)))
      return;
    // A claim that quotes the words carries their hedge inside the quote.
    if (aligned.quotedShare >= 0.5 && claim.quotes.length > 0) return;
    // A hedge inside someone's quote hedges their words, not what the claim takes from around it
    // (the speaker's name and title: 吉田専務理事は「…恐れがある」と話した).
    if (hedgeIsQuotedOnly(aligned, clause.keys)) return;
    // A claim that quotes some of a speaker's words verbatim does not drop a hedge said in other
    // words of the same quote (「説明したい。延期は残念だ」 → 「延期は残念だ」と話した).
    if (hedgeInOtherQuotedWords(aligned, claim, clause.keys)) return;
    // The claim clause's figures say which clause of the sentence it comes from: another one,
    // unhedged (…行う予定で、同宇宙港からの打ち上げは2回目になる → 打ち上げは2回目で).
    if (overChain === undefined && figuresInUnhedgedClause(aligned, alignment, claim.text, clause)) return;
    // A hedge of another clause of the sentence than the one saying the claim's acts (…の約6割が死んでおり、
    // 漁協は損失を…と見込んでいる → 約6割が死んでいる), or of what is said about a noun whose relative
    // clause the claim takes: the claim takes what the source states.
    if (overChain === undefined && actsInUnhedgedClause(aligned, claim, clause, alignment)) return;
    // A fact given as the cause a hedge is about (…が続いていることが原因の可能性がある) is itself stated.
    if (hedgesOnlyTheCause(aligned, clause.keys)) return;
    // A hedge in the ground an act is taken on (…破裂する恐れがあるとして、町は…呼びかけている) is
    // the ground's: the act itself is stated.
    if (hedgesOnlyTheGround(aligned, clause.keys) || actsAfterGround(aligned, claim, clause, alignment))
      return;
    // A request reported (…するよう呼びかけた, 協力を求めた) where the source reports it with the
    // wish in the speaker's words (「…お願いしたい」と呼びかけた): a wish is what a request says, not
    // how sure it is. A wish to make the request (支援を求めたい) is still one not yet made.
    const narration = stripQuotes(aligned.sentence.text, aligned.sentence.quotes);
    if (
      REQUEST_VERB.test(claim.text.slice(clause.start, clause.end)) &&
      hedges.every((hedge) => /たい/u.test(hedge)) &&
      REQUEST_VERB.test(narration) &&
      !/たい/u.test(narration)
    )
      return;
    // …に節電を求めた over 「皆さんに節電をぜひお願いしたい」と話した: the request is made in the
    // quote itself, whatever verb reports it. The claim's own wish (求めたい) is still one.
    if (
      REQUEST_VERB.test(claim.text.slice(clause.start, clause.end)) &&
      !/たい|ほしい|欲しい/u.test(claim.text.slice(clause.start, clause.end)) &&
      hedges.every((hedge) => /たい|ほしい|欲しい/u.test(hedge)) &&
      aligned.sentence.quotes.some(
        (quote) => isSpeech(aligned.sentence.text, quote) && SPOKEN_REQUEST.test(quote.inner),
      )
    )
      return;
    // A plan or a schedule (予定, 計画) told in the plain non-past (町は2月から移動販売車を走らせる) is told
    // as one still to come: news writes a scheduled act so; the past or a state says it is done.
    // So is an act stated as intended (〜するとしている).
    if (
      hedges.every((hedge) => PLANNED.test(hedge)) &&
      !/(?:予定|計画)(?:だっ|でし)た/u.test(aligned.sentence.text) &&
      toCome(claim.text.slice(clause.start, clause.end))
    )
      return;
    // A thought reported as one (…と思っていた, …とは思わなかった) where the source's hedge is a
    // word of the same class (つもり, 想定, 予想): the claim tells what someone believed or expected,
    // not that it was so.
    if (
      reportsThought(claim.text.slice(clause.start, clause.end)) &&
      hedges.every((hedge) => THOUGHT.test(hedge))
    )
      return;
    out.push(
      pathFinding(
        'support.modality',
        'error',
        path,
        `The claim states flatly what the source gives as 「${hedges[0]}」: 「${aligned.sentence.text}」.`,
        claim.text.slice(clause.start, clause.end),
        { kind: 'flat', hedge: hedges[0] ?? '', sourceText: aligned.sentence.text },
      ),
    );
  });
  return out;
}

// Forecasts and plans say a thing is expected or intended; risks and possibilities only that it
// may happen. Closed classes of Japanese news modality (the hedges read-sentence.ts reads).
const EXPECTED = /^(?:予定|見通し|見通す|見込み|見込[むまんめ]|計画|方針)$/u;
const POSSIBLE = /^(?:恐れ|おそれ|可能性|かもしれ)$/u;

/**
 * A clause hedged as expected or planned (ゼロになる見通しだ) whose source clause — aligned by its
 * words, dates and figures — is hedged only as a risk or a possibility (ゼロになる恐れがある): the
 * claim makes a forecast of what the source says may happen.
 */
/**
 * An act the claim states unhedged that no Japanese source has as a predicate and that every
 * sentence of the listed pages in another language that glosses it says only as meant (aims to
 * hire, is expected to approve: english-gloss.ts GlossedPredicate.modal) — or, when the claim says
 * it was done (求めた), as still to come (would ask, will subsidize). Across languages a sentence's
 * words align too thinly to pick its clause, but a page that speaks of the act only as a plan does
 * not back a claim that it is settled (`support.modality`).
 */
function checkForeignModality(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (!alignment.crossLanguage) return [];
  if (claim.clauses.some((clause) => clause.hedges.length > 0) || hedgeWordAfter(claim, 0)) return [];
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (predicate.negated || predicate.kind !== 'verb' || outside[predicate.start] === '＊') continue;
    // A verb the claim hedges itself (届いたかもしれない家): a relative clause's hedge, which
    // hedgeWordAfter leaves to that clause, is the hedge of this very verb.
    if (HEDGED_VERB.test(claim.text.slice(predicate.end, predicate.end + 12))) continue;
    const forms = new Set([
      predicate.lemma,
      ...(alignment.synonyms.get(predicate.lemma) ?? []),
      ...actsCarried(claim, predicate),
    ]);
    if (
      alignment.local.some((understanding) =>
        understanding.sentences.some((sentence) =>
          sentence.predicates.some((other) => forms.has(other.lemma)),
        ),
      )
    )
      continue;
    const mentions = alignment.scope
      .filter((understanding) => !alignment.local.includes(understanding))
      .flatMap((understanding) =>
        understanding.sentences.flatMap((sentence) =>
          (sentence.glossedPredicates ?? [])
            .filter(
              (other) =>
                (forms.has(other.lemma) || other.forms?.some((form) => forms.has(form))) && !other.negated,
            )
            .map((other) => ({ sentence, modal: other.modal })),
        ),
      );
    const done = saidAsDone(claim.text, predicate.end);
    const meant = (modal: string | undefined) => modal === 'intended' || (done && modal === 'future');
    if (mentions.length === 0 || !mentions.every((mention) => meant(mention.modal))) continue;
    const written = claim.text.slice(predicate.start, predicate.end);
    const source = (mentions[0] as { sentence: { text: string } }).sentence.text;
    return [
      pathFinding(
        'support.modality',
        'error',
        path,
        `The claim states 「${written}」 as ${done ? 'done' : 'settled'}; the source in another language says it only as meant or to come: 「${source}」.`,
        written,
        { kind: 'flat', hedge: done ? 'will' : 'aims to', sourceText: source },
      ),
    ];
  }
  return [];
}

// A possibility, risk or suspicion right after a verb's ending (…た可能性がある, …た疑いがある, …る恐れ,
// …たかもしれない, …ていなかった可能性): the closed class of Japanese that says an act only may be so.
const POSSIBLE_AFTER = /^\p{Script=Hiragana}{0,8}?(?:可能性|恐れ|おそれ|疑い|かもしれ)/u;

/**
 * A fact told as only possible: the claim hedges its act as a possibility, a risk or a suspicion
 * (記録が消された可能性がある, 送った疑いがある), where every Japanese source sentence that says the act
 * of what the claim is about states it, affirmed and with no hedge anywhere in the sentence
 * (記録が消されていたことを明らかにした). The claim doubts what the source asserts (`support.modality`).
 * A source that hedges the act anywhere, or a claim that quotes, is left alone. An absence
 * (行われていなかった可能性がある against 行われていなかった) and an existence (…にあった可能性がある against
 * …にあったという) are facts as well: a negated act is weakened only where the source negates it too.
 */
function weakenedToPossibility(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage || claim.quotes.length > 0) return [];
  for (const predicate of claim.predicates) {
    if (!POSSIBLE_AFTER.test(claim.text.slice(predicate.end, predicate.end + 16))) continue;
    const forms = new Set([predicate.lemma, ...(alignment.synonyms.get(predicate.lemma) ?? [])]);
    // The claim's other words (a hedge after a chain of acts, 撮影し、送った疑い, hedges the whole chain).
    const others = claim.keys.filter((key) => !forms.has(key) && !LOOSE_HEDGE.test(key) && key !== '疑い');
    // The source sentences about the same matter (half the claim's other words, two at least), and of
    // them those that say the act with most of those words.
    const shared = (sentence: { keys: readonly string[] }) =>
      others.filter((key) => sentence.keys.includes(key)).length;
    const about = alignment.local.flatMap((understanding) =>
      understanding.sentences.filter(
        (sentence) => shared(sentence) >= 2 && shared(sentence) * 2 >= others.length,
      ),
    );
    const saying = about.filter(
      (sentence) =>
        sentence.predicates.some((other) => forms.has(other.lemma)) &&
        shared(sentence) * 3 >= others.length * 2,
    );
    if (saying.length === 0) continue;
    const flat = (sentence: (typeof saying)[number]) =>
      sentence.clauses.every((other) => other.hedges.length === 0) &&
      !LOOSE_HEDGE.test(sentence.text) &&
      !/疑い|ではないか|のか/u.test(sentence.text);
    if (!about.every(flat) || !saying.every((sentence) => statesPolarity(sentence, forms, predicate.negated)))
      continue;
    const written = claim.text.slice(predicate.start, predicate.end);
    const source = (saying[0] as { text: string }).text;
    return [
      pathFinding(
        'support.modality',
        'error',
        path,
        `The claim gives 「${written}」 as only possible; the source states it: 「${source}」.`,
        written,
        { kind: 'weakened', text: written, sourceText: source },
      ),
    ];
  }
  return [];
}

/**
 * Whether a source sentence says the act with the claim's polarity: an affirmed act nowhere negated
 * (a negation would be a contradiction, not a hedge), a negated act negated at least once
 * (固定することになっていたが、固定していなかった states the absence).
 */
function statesPolarity(sentence: SourceSentence, forms: ReadonlySet<string>, negated: boolean): boolean {
  const acts = sentence.predicates.filter((other) => forms.has(other.lemma));
  return negated ? acts.some((other) => other.negated) : !acts.some((other) => other.negated);
}

// A hedge right after a verb's own ending (〜たかもしれない, 〜る恐れがある, 〜たとみられる, 〜る可能性):
// the closed class of LOOSE_HEDGE's words that follow a verb; and an open question (再開するかどうか,
// 続けるか否か), which states neither the act nor its absence.
const HEDGED_VERB =
  /^\p{Script=Hiragana}{0,4}?(?:かもしれ|恐れ|おそれ|可能性|とみられ|と見られ|だろう|見込み|見通し|予定|かどうか|か否か)/u;

/** A verb said in the past (求めた, 採用した, 引き上げられた), not a wish (〜たい). */
function saidAsDone(text: string, end: number): boolean {
  return /^\p{Script=Hiragana}{0,6}?(?:た|だ)(?!い|ろう)/u.test(text.slice(end, end + 8));
}

function riskMadeForecast(
  clause: SentenceReading['clauses'][number],
  alignment: Alignment,
): { hedge: string; sourceHedge: string; sourceText: string } | undefined {
  const hedge = clause.hedges.find((word) => EXPECTED.test(word));
  if (hedge === undefined || clause.hedges.some((word) => POSSIBLE.test(word))) return undefined;
  const keys = clause.keys.filter((key) => !EXPECTED.test(key));
  const span = alignSourceClause(alignment, keys, elementsOf(alignment, clause.start, clause.end));
  if (span === undefined) return undefined;
  // The source clause must say what the clause says: most of its words, not a neighbour's hedge.
  const said = normalizeForMatch(span.sentence.text.slice(span.start, span.end));
  if (keys.filter((key) => said.includes(key)).length * 2 < keys.length) return undefined;
  const hedges = hedgesOfPartsSaid(span, keys);
  const sourceHedge = hedges.find((word) => POSSIBLE.test(word));
  if (sourceHedge === undefined || hedges.some((word) => EXPECTED.test(word))) return undefined;
  return { hedge, sourceHedge, sourceText: span.sentence.text };
}

// The light verbs that do the act their noun names: 〜に入る, 〜に着手する, 〜を行う, 〜を実施する, 〜を始める,
// 〜を開始する (a closed class of Japanese news phrasing).
const LIGHT_VERB = /^(?:入|着手|行|実施|始|開始)/u;

/**
 * The hedges that tell an act settled, not weighed: a policy (方針), a schedule (予定), and a body's
 * stated intention (〜するとしている / としており, read by read-sentence.ts's statedIntentions): the
 * body has said what it will do, which a claim that it still weighs whether to do it contradicts.
 */
const SETTLED_HEDGE: ReadonlySet<string> = new Set(['方針', '予定', 'としてい', 'としてお']);

/**
 * A consideration (〜を行うかどうか検討している) where the source clause it aligns with (by its other
 * words) has decided the act (〜を行うことを決めた, 決定した) and hedges nothing: news keeps the two
 * apart, a matter under study is not one settled. Returns the deciding source sentence.
 */
function decidedInstead(
  claim: SentenceReading,
  clause: SentenceReading['clauses'][number],
  alignment: Alignment,
): SourceSpan['sentence'] | undefined {
  const keys = clause.keys.filter((key) => key !== '検討');
  const span = alignSourceClause(alignment, keys, elementsOf(alignment, clause.start, clause.end));
  // A policy (補償する方針だ) is a decision taken, as 決めた is, and so is a schedule (始める予定だ):
  // an act put on the calendar is past deciding. Of the hedges, these two alone say so.
  const policy = (hedges: readonly string[]) =>
    hedges.length > 0 && hedges.every((hedge) => SETTLED_HEDGE.has(hedge));
  if (span === undefined) return undefined;
  // A hedge of the ground the act is taken on (…入っていた恐れがあるとして、…回収すると発表した) is
  // the ground's: the act after it is stated.
  const groundEnd = groundOnlyHedged(span);
  if (span.hedges.length > 0 && !policy(span.hedges) && groundEnd === undefined) return undefined;
  // The span and the clauses after it: a topic set off by a comma (…小学校は、) is decided on by
  // the predicate that ends the sentence.
  const end = span.sentence.text.length;
  const clauses = span.sentence.clauses.filter((c) => c.end > span.start);
  const { predicate, act } = consideredAct(claim, clause);
  if (act === undefined) return undefined;
  // An act directed at someone is one act whichever verb of its group words it: a claim that weighs
  // whether to ask (求めるかどうか) is answered by a source that ordered it (指示した), as by one
  // that asked.
  const forms = new Set([act, ...(alignment.synonyms.get(act) ?? []), ...directedPeers(act)]);
  // The act stated flatly (補助金を出す, 減らすと発表した) is settled as a decision is — in the span or
  // in a clause after it: the words the claim shares with the sentence may gather in its first
  // clause (…に修理を頼んだが、) while the act ends it (…工事を延ばしていた).
  const flat = span.sentence.predicates.some(
    (p) =>
      forms.has(p.lemma) &&
      !p.negated &&
      p.start >= span.start &&
      p.end <= end &&
      ((span.sentence.clauses[p.clause]?.hedges.length ?? 1) === 0 ||
        (groundEnd !== undefined && p.start >= groundEnd)) &&
      deonticOf(span.sentence, p) === undefined,
  );
  // An act the claim would have someone made to do (点検させるかどうか) is settled, too, by a source
  // that directed it flatly (点検するよう指示した, 見直すよう求めた): the act asked for (deonticOf's
  // 'must', read from 〜よう) and a verb of directing after it in the sentence, unhedged and affirmed.
  const causative = predicate !== undefined && /^(?:さ|し直さ)?せ/u.test(claim.text.slice(predicate.end));
  const directed =
    causative &&
    span.sentence.predicates.some((p) => {
      const asked = deonticOf(span.sentence, p);
      return (
        forms.has(p.lemma) &&
        !p.negated &&
        p.start >= span.start &&
        asked?.modal === 'must' &&
        !asked.act &&
        /^(?:する|させる|して|す)?よう(?:に)?[、,]?/u.test(span.sentence.text.slice(p.end)) &&
        span.sentence.predicates.some(
          (q) =>
            q.start > p.end &&
            directedPeers(q.lemma).includes('指示') &&
            !q.negated &&
            (span.sentence.clauses[q.clause]?.hedges.length ?? 1) === 0 &&
            deonticOf(span.sentence, q) === undefined,
        )
      );
    });
  // An act with no verb of its own (半額にする: the noun and する) is settled when the source
  // announces it without a hedge (…にすると発表した), as 決めた settles it. With no verb to match,
  // every word of the clause must be said there: the same act of the same thing.
  const sentenceText = normalizeForMatch(span.sentence.text);
  const announced =
    predicate === undefined &&
    span.sentence.keys.includes(act) &&
    keys.every((key) => sentenceText.includes(key)) &&
    announcedFlatly(span);
  // An act with no verb of its own, done by a light verb after its noun (立ち入り検査に入った,
  // 調査を始めた, 点検を実施した), unhedged and affirmed, is taken, as its own verb would say.
  const light =
    predicate === undefined &&
    span.sentence.predicates.some((p) => {
      const before = span.sentence.text.slice(Math.max(0, p.start - act.length - 1), p.start);
      return (
        LIGHT_VERB.test(span.sentence.text.slice(p.start, p.end)) &&
        before.startsWith(act) &&
        /[をに]$/u.test(before) &&
        !p.negated &&
        p.start >= span.start &&
        (span.sentence.clauses[p.clause]?.hedges.length ?? 1) === 0 &&
        deonticOf(span.sentence, p) === undefined
      );
    });
  const settled =
    policy(span.hedges) ||
    flat ||
    light ||
    directed ||
    announced ||
    clauses.some((c) => c.hedges.length === 0 && c.certain.some((word) => /^決/u.test(word)));
  // A question still open in the source (塗り替えるかどうか決める) settles nothing, though it
  // names a decision.
  if (!settled || /検討|かどうか/u.test(span.sentence.text)) return undefined;
  const said = (p: { lemma: string; start: number; end: number }) =>
    forms.has(p.lemma) && p.start >= span.start && p.end <= end;
  return span.sentence.predicates.some(said) || (predicate === undefined && span.sentence.keys.includes(act))
    ? span.sentence
    : undefined;
}

// What keeps an English act open (closed grammar): a condition (if, unless), an open choice
// (whether), and the verbs of weighing one (consider, weigh, mull, study, discuss, review).
const ENGLISH_OPEN =
  /\b(?:if|unless|whether|consider\w*|weigh\w*|mull\w*|stud(?:y|ies|ied|ying)|discuss\w*|review\w*)\b/iu;

/**
 * A consideration (〜を助成することを検討している) where no Japanese listed page says the act and
 * every English listed sentence that says it gives it as settled to come — will, would, is to, is
 * set to (glossedPredicates' 'future'), affirmed, in a sentence with no condition or open choice
 * (The county will fund the ferry for two years): the English decided future is the Japanese
 * 〜する方針 / 予定, which decidedInstead already reads as past deciding. Returns the English sentence.
 */
function decidedInEnglish(
  claim: SentenceReading,
  clause: SentenceReading['clauses'][number],
  alignment: Alignment,
): { text: string } | undefined {
  if (!alignment.crossLanguage) return undefined;
  const { act } = consideredAct(claim, clause);
  if (act === undefined) return undefined;
  const mentions = foreignMentions(alignment, act, directedPeers(act));
  if (
    mentions === undefined ||
    mentions.length === 0 ||
    !mentions.every(
      ({ sentence, other }) =>
        !other.negated && other.modal !== 'intended' && !ENGLISH_OPEN.test(sentence.text),
    )
  )
    return undefined;
  return (mentions[0] as (typeof mentions)[number]).sentence;
}

/**
 * The act a 検討 clause weighs: its last predicate, or where the clause has none but 検討
 * (値下げするかどうか検討), the last word before it.
 */
function consideredAct(
  claim: SentenceReading,
  clause: SentenceReading['clauses'][number],
): { predicate: SentenceReading['predicates'][number] | undefined; act: string | undefined } {
  const predicate = claim.predicates
    .filter((p) => p.start >= clause.start && p.end <= clause.end && p.lemma !== '検討')
    .at(-1);
  return { predicate, act: predicate?.lemma ?? clause.keys.filter((key) => key !== '検討').at(-1) };
}

/**
 * The source clause that has every word of a claim clause of two or more words, and one of the
 * clause's verbs as a predicate: how a short clause (断水は続く, 修理は終わらなかった), whose words weigh
 * too little for alignSourceClause, finds the clause it comes from. An unhedged one wins (the source
 * states it flatly somewhere), then the body's first over the headline's.
 */
function clauseWithEveryWord(
  claim: SentenceReading,
  clause: SentenceReading['clauses'][number],
  alignment: Alignment,
): SourceSpan | undefined {
  const keys = [...new Set(clause.keys)];
  if (keys.length < 2) return undefined;
  const verbs = claim.predicates.filter(
    (p) => p.start >= clause.start && p.end <= clause.end && p.kind === 'verb' && keys.includes(p.lemma),
  );
  if (verbs.length === 0) return undefined;
  const forms = new Set(verbs.flatMap((p) => [p.lemma, ...(alignment.synonyms.get(p.lemma) ?? [])]));
  const found: SourceSpan[] = [];
  for (const sentence of alignment.sentences)
    for (const source of sentence.clauses) {
      const norm = normalizeForMatch(sentence.text.slice(source.start, source.end));
      if (!keys.every((key) => source.keys.includes(key) || ([...key].length >= 2 && norm.includes(key))))
        continue;
      if (
        !sentence.predicates.some((p) => forms.has(p.lemma) && p.start >= source.start && p.end <= source.end)
      )
        continue;
      found.push({
        sentence,
        start: source.start,
        end: source.end,
        hedges: source.hedges,
        quotedShare: source.quotedShare,
        score: keys.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0.6), 0),
      });
    }
  if (found.length === 0 || namedAsEvent(keys, verbs, alignment)) return undefined;
  return (
    found.find((span) => span.hedges.length === 0) ??
    found.find((span) => span.sentence.paragraph !== 0) ??
    found[0]
  );
}

// A verbal noun that ends a headline's part or clause (燃料油流出、): the event told in the noun style.
const EVENT_NOUN_AFTER = /^\p{Script=Han}{2,}(?:[\s、，。]|$)/u;

/**
 * True when an unhedged clause of the scope has every word of the claim clause but its verbs and
 * names the event after them with a verbal noun (貨物船が座礁 燃料油流出): a headline's noun style
 * states what a hedged body sentence says in verbs (流れ出たとみられる), so the short clause's words do
 * not single out the hedged clause.
 */
function namedAsEvent(
  keys: readonly string[],
  verbs: readonly { lemma: string }[],
  alignment: Alignment,
): boolean {
  const nouns = keys.filter((key) => !verbs.some((verb) => verb.lemma === key));
  if (nouns.length === 0) return false;
  return alignment.sentences.some((sentence) =>
    sentence.clauses.some((source) => {
      if (source.hedges.length > 0) return false;
      const norm = normalizeForMatch(sentence.text.slice(source.start, source.end));
      if (!nouns.every((key) => norm.includes(key))) return false;
      const last = Math.max(...nouns.map((key) => norm.indexOf(key) + key.length));
      return EVENT_NOUN_AFTER.test(norm.slice(last));
    }),
  );
}

/**
 * The source clause that states the claim clause's own act — its last predicate, or a synonym, as
 * a predicate of that clause — when the best-aligned span does not: it must share at least half
 * the best span's weight of the claim's words (the same matter), and it is the one whose hedge
 * counts (a plan to put a subsidy in the budget, 盛り込む方針だ, is not 盛り込んだ).
 */
function clauseOfAct(
  claim: SentenceReading,
  clause: SentenceReading['clauses'][number],
  alignment: Alignment,
  best: SourceSpan,
): SourceSpan | undefined {
  const act = claim.predicates.filter((p) => p.start >= clause.start && p.end <= clause.end).at(-1);
  if (act === undefined || act.negated) return undefined;
  const forms = new Set([act.lemma, ...(alignment.synonyms.get(act.lemma) ?? [])]);
  // The ある of a hedge (可能性がある, 恐れもある) is the hedge's own verb, not an act: a claim whose act
  // is that something exists (相談があった) is not said by it.
  const says = (sentence: SourceSpan['sentence'], start: number, end: number) =>
    sentence.predicates.some(
      (p) =>
        forms.has(p.lemma) &&
        p.start >= start &&
        p.end <= end &&
        !(
          p.kind === 'existence' && HEDGE_EXISTS.test(sentence.text.slice(Math.max(0, p.start - 8), p.start))
        ),
    );
  if (says(best.sentence, best.start, best.end)) return undefined;
  const weight = (keys: readonly string[]) =>
    [...new Set(clause.keys)]
      .filter((key) => keys.includes(key))
      .reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0.6), 0);
  let found: SourceSpan | undefined;
  for (const sentence of alignment.sentences)
    for (const source of sentence.clauses) {
      if (!says(sentence, source.start, source.end)) continue;
      const score = weight(source.keys);
      if (score < 2 || score < 0.5 * best.score || (found !== undefined && score <= found.score)) continue;
      found = {
        sentence,
        start: source.start,
        end: source.end,
        hedges: source.hedges,
        quotedShare: source.quotedShare,
        score,
      };
    }
  return found;
}

// A hedge noun that is the subject of ある (可能性がある, 恐れもある, おそれは): a closed class of modality.
const HEDGE_EXISTS = /(?:可能性|恐れ|おそれ|懸念|見込み)(?:が|は|も)$/u;

// The claim's hedges, read leniently wherever they stand: plans, forecasts, risks, estimates, and
// inferences (とみられる; 推定, 推測, 推察 and と考えられる, と思われる, the same inference in other verbs);
// and a noun phrase closed by the question particle before a comma or a space (高温の影響か、…: the
// headline's guess). Not an open question (…かどうかを決めた): a decision on it is still made.
// With read-sentence.ts's completion of the class (vmod39): らしい, はずだ, 公算, 構え and 視野・選択肢・
// 射程・考慮に入れる.
export const LOOSE_HEDGE = new RegExp(
  String.raw`予定|見通|方針|方向(?=で|だ|です|に)|検討|${CONSIDERATION_IDIOM}|恐れ|おそれ|見込|試算|計画|構想|構え(?=だ|で|を)|目標|予想|想定|推計|可能性|公算|${INFERENCE_ENDING}|とみられ|と見られ|かもしれ|だろう|推定|推測|推察|と(?:考えら|思わ)れ|(?<=[\p{Script=Han}\p{Script=Katakana}ー]{2})か(?=[、,\s])`,
  'u',
);

// LOOSE_HEDGE for matchAll, made once (matchAll reads it through a copy, so its lastIndex stays 0).
const LOOSE_HEDGE_ALL = new RegExp(LOOSE_HEDGE.source, 'gu');

/**
 * Whether the claim says a hedge word at or after `from`, read leniently (利用者数の見込みについては
 * keeps a claim a forecast) — except one inside the object of a verb (業績予想を修正した,
 * 移転計画の見直しを決めた): a plan or forecast the clause acts on is not how sure the clause is.
 * The object is the run of nouns and の before を that starts the phrase (after the sentence's
 * start, a comma or a particle), so 完成する見通しの橋を, whose hedge a verb before it heads, stays one.
 * Nor one heading a relative clause (予定されていた花火大会は…決まった): it describes the noun.
 */
function hedgeWordAfter(claim: SentenceReading, from: number): boolean {
  const objects: Array<[number, number]> = [];
  const modifiers: Array<[number, number]> = [];
  const tokens = claim.tokens;
  tokens.forEach((token, i) => {
    if (token.surface !== 'を' || token.pos !== '助詞') return;
    let k = i - 1;
    while (k >= 0) {
      const prev = tokens[k] as Token;
      if (prev.pos === '名詞' || prev.pos === '接頭詞' || (prev.pos === '助詞' && prev.surface === 'の')) k--;
      else break;
    }
    const before = tokens[k];
    // A hedge noun that only modifies the noun after it in the object's compound (…を話し合う検討会を
    // 置いた, 工事の予定地を買った): the compound names a thing — a body, a site — which the clause
    // acts on, whatever clause describes it; the hedge is the head's only where it ends the compound.
    // (Where the hedge word is one token: 可能性, cut 可能 + 性, ends its compound.)
    for (let j = k + 1; j < i - 1; j++) {
      const word = tokens[j] as Token;
      const next = tokens[j + 1] as Token;
      if (word.pos === '名詞' && next.pos === '名詞' && next.start === word.end)
        modifiers.push([word.start, word.end]);
    }
    if (before !== undefined && before.pos !== '助詞' && before.pos !== '記号') return;
    const first = tokens[k + 1];
    if (first !== undefined && first.start < token.start) objects.push([first.start, token.start]);
  });
  for (const match of claim.text.slice(from).matchAll(LOOSE_HEDGE_ALL)) {
    const at = from + match.index;
    if (headsRelativeClause(tokens, at + match[0].length)) continue;
    if (modifiers.some(([start, end]) => at === start && at + match[0].length === end)) continue;
    if (!objects.some(([start, end]) => at >= start && at < end)) return true;
  }
  return false;
}

/**
 * The span's hedges that stand in a part the claim takes words from, where the span has several
 * space-separated parts (a headline: 祭り中止 花火は秋に延期を検討 hedges only the 花火 part).
 */
function hedgesOfPartsSaid(span: SourceSpan, keys: readonly string[]): string[] {
  const text = span.sentence.text.slice(span.start, span.end);
  const parts = spaceSeparatedParts(text);
  if (parts.length < 2) return span.hedges;
  const said = parts
    .map(([start, end]) => [start, end, normalizeForMatch(text.slice(start, end))] as const)
    .filter(([, , part]) => keys.some((key) => part.includes(key)));
  return span.hedges.filter((hedge) => said.some(([start, end]) => text.slice(start, end).includes(hedge)));
}

/**
 * True when every hedge of the source span stands inside its quotes, and the claim takes none of
 * its words from those quotes.
 */
function hedgeIsQuotedOnly(span: SourceSpan, keys: readonly string[]): boolean {
  const sentence = span.sentence;
  const outside = stripQuotes(sentence.text, sentence.quotes).slice(span.start, span.hedgesEnd ?? span.end);
  if (span.hedges.some((hedge) => outside.includes(hedge))) return false;
  const quoted = normalizeForMatch(
    sentence.quotes
      .filter((quote) => quote.start < span.end && quote.end > span.start)
      .map((quote) => quote.inner)
      .join('\n'),
  );
  const plain = normalizeForMatch(outside);
  const found = [...new Set(keys)].filter((key) => quoted.includes(key) || plain.includes(key));
  return found.length > 0 && found.every((key) => plain.includes(key) || !quoted.includes(key));
}

// What follows a figure that is (or names) its sentence's topic: は at once, or after の and one noun
// (7枚は, 約120トンの氷は), nothing else between.
const TOPIC_FIGURE = /^(?:の[\p{Script=Han}\p{Script=Katakana}ー]{1,8})?は(?!ず)/u;

/**
 * True when each figure of the claim's clause is in the aligned source sentence only outside the
 * hedged span, in a clause of its own that carries no hedge.
 */
function figuresInUnhedgedClause(
  span: SourceSpan,
  alignment: Alignment,
  claimText: string,
  clause: { start: number; end: number },
): boolean {
  const within = (start: number, end: number) => start >= clause.start && end <= clause.end;
  const figures = alignment.quantities.filter((q) => within(q.start, q.end) && !q.vague);
  const ordinals = ordinalsIn(claimText).filter((o) => within(o.start, o.end));
  if (figures.length === 0 && ordinals.length === 0) return false;
  const sentence = span.sentence;
  const theirOrdinals = ordinalsIn(sentence.text);
  // A figure in the sentence's topic (7枚は、…で、…とみられる: bound by は before any predicate) is
  // what every clause of the sentence is about, the hedged last one included: it tells no clause apart.
  const topic = (q: { start: number; end: number }) =>
    TOPIC_FIGURE.test(sentence.text.slice(q.end, q.end + 12)) &&
    !sentence.predicates.some((predicate) => predicate.end <= q.start);
  const inUnhedgedClause = (found: readonly { start: number; end: number }[]) =>
    found.length > 0 &&
    found.every((q) => q.start >= span.end || q.end <= span.start) &&
    found.some(
      (q) =>
        !topic(q) &&
        sentence.clauses.some(
          (other) => other.start <= q.start && q.end <= other.end && other.hedges.length === 0,
        ),
    );
  return (
    figures.every((figure) =>
      inUnhedgedClause(sentence.quantities.filter((q) => sameValue(q, figure) && sameUnit(q, figure))),
    ) && ordinals.every((ordinal) => inUnhedgedClause(theirOrdinals.filter((o) => o.text === ordinal.text)))
  );
}

// The end of a clause that states its act and hands on to another: a comma after an ending that is
// no condition (ば, たら, なら, 場合は) and no continuative of an act still chained to the next
// (点検し、, whose act a plan after it scopes over): an ongoing state (死んでおり、) is already so.
const CONDITION_END = /(?:ば|たら|なら|場合は?)[、，]$/u;
const STATE_END = /(?:おり|ており|でおり|ていて|でいて)[、，]$/u;
// A noun phrase that a clause is about (…見つかった石について、): the relative clause inside it
// describes the noun as known; a hedge after it is about what is said of the noun.
const ABOUT = /(?:について|に関して|に関し|をめぐって|をめぐり|を巡って|を巡り)[、，]/u;

/**
 * True when the claim clause's verbs that the aligned sentence says (one at least, with their
 * polarity) are each said where none of the span's hedges reaches: in another clause that carries
 * no hedge and ends with a comma as a state or a stated act (not a condition, not chained in the
 * continuative form to the next clause), or in the relative clause of a noun phrase the hedged
 * clause is about (…を突き破って見つかった石について、隕石の可能性が高い), the claim taking none of the
 * words said of the noun. The hedge is another subject's forecast or estimate, or what is said
 * about the thing, not the act the claim takes.
 */
function actsInUnhedgedClause(
  span: SourceSpan,
  claim: SentenceReading,
  clause: { start: number; end: number; keys: readonly string[]; continuative: boolean },
  alignment: Alignment,
): boolean {
  const sentence = span.sentence;
  const text = sentence.text;
  // A claim clause chained to its next one (覆われ、…があったことが分かった) takes the chain with it: no
  // act of the claim's next clauses may be the hedged clause's.
  const hedged = new Set(
    sentence.clauses.flatMap((own, c) =>
      own.hedges.some((hedge) => span.hedges.includes(hedge)) ? [c] : [],
    ),
  );
  const later = claim.predicates.filter((predicate) => predicate.start >= clause.end);
  if (
    clause.continuative &&
    later.some((predicate) => {
      const forms = new Set([predicate.lemma, ...(alignment.synonyms.get(predicate.lemma) ?? [])]);
      return sentence.predicates.some((other) => forms.has(other.lemma) && hedged.has(other.clause));
    })
  )
    return false;
  const said = claim.predicates
    .filter(
      (predicate) =>
        predicate.kind === 'verb' && predicate.start >= clause.start && predicate.end <= clause.end,
    )
    .map((predicate) => {
      const forms = new Set([predicate.lemma, ...(alignment.synonyms.get(predicate.lemma) ?? [])]);
      return sentence.predicates.filter(
        (other) => forms.has(other.lemma) && other.negated === predicate.negated,
      );
    })
    .filter((found) => found.length > 0);
  if (said.length === 0 || span.hedges.length === 0) return false;
  const stated = (other: SourceSentence['predicates'][number]) => {
    const own = sentence.clauses[other.clause];
    if (own === undefined || own.quoted) return false;
    const ownText = text.slice(own.start, own.end).trim();
    if (own.hedges.length === 0)
      return (
        /[、，]$/u.test(ownText) &&
        !CONDITION_END.test(ownText) &&
        (!own.continuative || STATE_END.test(ownText)) &&
        !span.hedges.some((hedge) => ownText.includes(hedge))
      );
    const about = ABOUT.exec(text.slice(other.end, own.end));
    if (about === null) return false;
    const from = other.end + about.index + about[0].length;
    const after = text.slice(from, own.end);
    const noun = text.slice(other.end, other.end + about.index);
    const ofNoun = normalizeForMatch(after);
    const nounNorm = normalizeForMatch(noun);
    return (
      /^[^、，。「」]*$/u.test(noun) &&
      own.hedges.every((hedge) => after.includes(hedge)) &&
      !clause.keys.some((key) => ofNoun.includes(key) && !nounNorm.includes(key))
    );
  };
  return said.every((found) => found.some(stated));
}

// The hedges of an inference or a forecast (とみられる, 見通しだ, 可能性がある, 疑いがある): what a
// sentence-final one scopes over is the whole chain of clauses before it. Plans are planOverChain's
// (alignment.ts), a consideration or a wish no inference.
const INFERRED_OR_FORECAST =
  /^(?:とみられ|と見られ|とみて|と見て|見通|見込|可能性|恐れ|おそれ|疑い|模様|もよう|かもしれ|だろう|でしょう|ようだ|と(?:推定|推測|推察)|と(?:考えら|思わ)れ)/u;

/**
 * The span with the hedges of its sentence's last clause, when that clause infers or forecasts
 * (…式を挙げられなくなる見通しだ, …次々に追突したとみられる), the span's clause is chained to it — each
 * clause between in the continuative form (減速し、) or a phrase ending in が/は and a comma
 * (約40組のカップルが、), none hedged or quoted — and the claim tells the last clause's act, with its
 * polarity: the claim takes the hedged act as well as the span's words. Undefined otherwise.
 */
function inferenceOverChain(claim: SentenceReading, span: SourceSpan): SourceSpan | undefined {
  const sentence = span.sentence;
  const clauses = sentence.clauses;
  const last = clauses.length - 1;
  const from = clauses.findIndex((clause) => clause.end >= span.end);
  if (from < 0 || from >= last) return undefined;
  const final = clauses[last] as SentenceReading['clauses'][number];
  if (
    final.quoted ||
    final.hedges.length === 0 ||
    !final.hedges.every((hedge) => INFERRED_OR_FORECAST.test(hedge))
  )
    return undefined;
  for (let k = from; k < last; k += 1) {
    const clause = clauses[k] as SentenceReading['clauses'][number];
    const text = sentence.text.slice(clause.start, clause.end);
    if (clause.hedges.length > 0 || clause.quoted) return undefined;
    if (!clause.continuative && !/[がは][、，]$/u.test(text)) return undefined;
    // An ongoing state (焼けており、) is already so, whatever the last clause infers.
    if (/(?:おり|ており|ていて|てい)[、，]?$/u.test(text)) return undefined;
  }
  // Acts, not a thing's existence (外壁にある, 可能性もある).
  const acts = sentence.predicates.filter(
    (predicate) => predicate.clause === last && predicate.kind === 'verb',
  );
  const told = claim.predicates.some(
    (mine) =>
      mine.kind === 'verb' && acts.some((act) => act.lemma === mine.lemma && act.negated === mine.negated),
  );
  if (!told) return undefined;
  return { ...span, hedges: final.hedges, hedgesEnd: final.end };
}

/** Ordinals written with a counter (2回目, 3番目, 2段目), which are no quantities: where and as written. */
function ordinalsIn(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(/[0-9０-９]+(?:回|番|度|段|期|代)目/gu)].map((match) => ({
    text: match[0].normalize('NFKC'),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * True when every hedge of the source span stands inside its quotes, none stands in the words the
 * claim quotes, and every claim word the source's quotes have is inside the claim's own quotes
 * (which the quote checks hold to be verbatim): the claim repeats other words of the quote, not
 * the hedged ones.
 */
function hedgeInOtherQuotedWords(span: SourceSpan, claim: SentenceReading, keys: readonly string[]): boolean {
  if (claim.quotes.length === 0) return false;
  const sentence = span.sentence;
  const outside = stripQuotes(sentence.text, sentence.quotes).slice(span.start, span.hedgesEnd ?? span.end);
  if (span.hedges.some((hedge) => outside.includes(hedge))) return false;
  const claimQuoted = claim.quotes.map((quote) => normalizeForMatch(quote.inner));
  const hedgeQuoted = span.hedges.some((hedge) => {
    const word = normalizeForMatch(hedge).replace(/[。、]$/u, '');
    return claimQuoted.some((inner) => inner.includes(word));
  });
  if (hedgeQuoted) return false;
  const sourceQuoted = normalizeForMatch(
    sentence.quotes
      .filter((quote) => quote.start < span.end && quote.end > span.start)
      .map((quote) => quote.inner)
      .join('\n'),
  );
  const plainClaim = normalizeForMatch(stripQuotes(claim.text, claim.quotes));
  return [...new Set(keys)].every(
    (key) =>
      !sourceQuoted.includes(key) ||
      !plainClaim.includes(key) ||
      claimQuoted.some((inner) => inner.includes(key)),
  );
}

// A こと-clause that is the subject of a noun of cause (ことが原因, ことが背景): what it says is taken
// as fact; a hedge after it (可能性, とみられる) is about the cause.
const CAUSE_OF = /こと(?:が|も)(?:原因|理由|背景|要因|一因|きっかけ)/u;

/**
 * True when every claim word the source span has stands before a こと-clause's noun of cause and
 * every hedge of the span after it.
 */
function hedgesOnlyTheCause(span: SourceSpan, keys: readonly string[]): boolean {
  const text = normalizeForMatch(span.sentence.text.slice(span.start, span.end));
  const cause = CAUSE_OF.exec(text);
  if (cause === null) return false;
  const found = [...new Set(keys)].filter((key) => text.includes(key));
  return (
    found.length > 0 &&
    found.every((key) => text.indexOf(key) < cause.index) &&
    span.hedges.every((hedge) => text.indexOf(normalizeForMatch(hedge)) > cause.index)
  );
}

// The ground an act is taken on: a clause closed by として (…恐れがあるとして、避難を呼びかけた) or
// としており / としたうえで, with a comma after it. A closed class of grammatical forms.
const GROUND_OF = /として[、，]|としたうえで[、，]|とした上で[、，]/u;
// A topic that opens the sentence, closed by は and a comma (同課は、).
const TOPIC_BEFORE = /^[^、，。「」]+?は[、，]/u;

/**
 * Where the ground clause of the span's sentence ends (…恐れがあるとして、) when every hedge of the
 * span stands before it; undefined otherwise (no ground, or a hedge after it: …として、…回収する方針だ).
 */
function groundOnlyHedged(span: SourceSpan): number | undefined {
  if (span.hedges.length === 0) return undefined;
  const text = span.sentence.text;
  const ground = GROUND_OF.exec(text);
  if (ground === null) return undefined;
  const inGround = span.hedges.every((hedge) => {
    const at = text.indexOf(hedge);
    return at >= 0 && at < ground.index;
  });
  return inGround ? ground.index + ground[0].length : undefined;
}

// The claim telling what was said itself: a quotative と before a verb of saying (…劣化だと発表した,
// …劣化と発表した), or a fact made known (…ことを明らかにした, …ことを発表した).
const TELLS_SAID = new RegExp(`${QUOTATIVE_SAYING}|ことを(?:発表|公表|説明|明らかに|明か|報告)`, 'u');

/**
 * Where the content a verb of saying reports ends (…とみられると|発表した), when every clause of the
 * span's sentence that holds one of the span's hedges has them all in such content (read-sentence.ts
 * Clause.contentEnd) and the claim's clause does not tell what was said itself (…劣化だと発表した
 * drops the hedge of the content; 原因を発表した tells only the act of announcing). Undefined otherwise.
 */
function saidOnlyHedged(
  span: SourceSpan,
  claim: SentenceReading,
  clause: { start: number; end: number },
): number | undefined {
  if (span.hedges.length === 0) return undefined;
  const holding = span.sentence.clauses.filter((own) =>
    own.hedges.some((hedge) => span.hedges.includes(hedge)),
  );
  if (holding.length === 0 || holding.some((own) => own.contentEnd === undefined)) return undefined;
  if (!span.hedges.every((hedge) => holding.some((own) => own.hedges.includes(hedge)))) return undefined;
  if (TELLS_SAID.test(stripQuotes(claim.text, claim.quotes).slice(clause.start, clause.end)))
    return undefined;
  return Math.max(...holding.map((own) => own.contentEnd ?? 0));
}

/**
 * True when every hedge of the source span stands in a ground clause (…恐れがあるとして、) and every
 * claim word the span has after it: the claim tells the act taken on the ground, which the source
 * states.
 */
function hedgesOnlyTheGround(span: SourceSpan, keys: readonly string[]): boolean {
  const text = normalizeForMatch(span.sentence.text.slice(span.start, span.end));
  const ground = GROUND_OF.exec(text);
  if (ground === null) return false;
  const after = ground.index + ground[0].length;
  // A topic set off by a comma before the ground (同課は、…恐れがあるとして、…求めている) is the act's
  // doer: the ground is said inside the sentence whose predicate is the act.
  const topic = TOPIC_BEFORE.exec(text);
  const topicEnd = topic !== null && topic[0].length <= ground.index ? topic[0].length : 0;
  const found = [...new Set(keys)].filter((key) => text.includes(key));
  const inTopic = (key: string) => text.indexOf(key) + key.length <= topicEnd;
  return (
    found.some((key) => text.indexOf(key, after) >= 0) &&
    found.every((key) => (text.indexOf(key, after) >= 0 && text.indexOf(key) >= after) || inTopic(key)) &&
    span.hedges.every((hedge) => {
      const at = text.indexOf(normalizeForMatch(hedge));
      return at >= 0 && at < ground.index;
    })
  );
}

/**
 * True when the span's hedges all stand in a ground clause (…恐れがあるとして、) and every act the
 * claim's clause tells (its verbs) the sentence says only after that clause: the hedge ends at として,
 * so it is the ground's, and the claim tells the act taken on it, whatever nouns the two share
 * (…の製品に異物が入った恐れがあるとして、製品の回収を発表した → 製品の回収を発表した).
 */
function actsAfterGround(
  span: SourceSpan,
  claim: SentenceReading,
  clause: { start: number; end: number },
  alignment: Alignment,
): boolean {
  const groundEnd = groundOnlyHedged(span) ?? saidOnlyHedged(span, claim, clause);
  if (groundEnd === undefined) return false;
  const verbs = claim.predicates.filter(
    (predicate) =>
      predicate.kind === 'verb' && predicate.start >= clause.start && predicate.end <= clause.end,
  );
  return (
    verbs.length > 0 &&
    verbs.every((predicate) => {
      const forms = new Set([predicate.lemma, ...(alignment.synonyms.get(predicate.lemma) ?? [])]);
      const said = span.sentence.predicates.filter(
        (other) => forms.has(other.lemma) && other.negated === predicate.negated,
      );
      return said.length > 0 && said.every((other) => other.start >= groundEnd);
    })
  );
}

// After a decision word, the endings of a settled decision: 決まった, 決めた, 決定した, 決定済み,
// 決まっている, 決定。 (a headline's 体言止め); 決める, 決まる, 決定する say one is to come.
const SETTLED_AFTER = /^(?:[っしされ]*(?:た|だ|て(?:い|お))|済み|[。、]|$)/u;

/** True when some occurrence of the certainty word in the text ends as settled. */
function settledAt(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (SETTLED_AFTER.test(text.slice(at + word.length).trimStart())) return true;
  return false;
}

// A decision told without a word of deciding: news's 〜ことになった / ことになり (it has been
// settled that…), a rule laid down, and an English page's decided.
// A rule laid down (規程で定められた, 規則で定めている) is a rule decided: 定める is 決める of rules.
const DECIDED_IN_OTHER_WORDS = /ことに(?:なっ|なり)|定め(?:られ|た|て)|\b(?:decided|agreed)\s+to\b/iu;

/**
 * True when the source sentence, outside its quotes, tells a decision made in other words than 決
 * (閉店することになり, decided to cut): it backs a claim's 決まった / 決めた.
 */
function decidedInOtherWords(sentence: SourceSentence): boolean {
  return DECIDED_IN_OTHER_WORDS.test(stripQuotes(sentence.text, sentence.quotes));
}

// Verbs of announcing: a body that announced an act without a hedge (…に開くと発表した) has decided it.
const ANNOUNCED = /発表|公表|表明|明らかにし|決議/u;

/**
 * True when the source clause aligned with the claim announces what it says, with no hedge and
 * no negation (…を10月17日に開くと発表した backs 10月17日に開くことが決まった; …開く方向で調整していると
 * 発表した does not).
 */
function announcedFlatly(span: SourceSpan | undefined): boolean {
  if (span === undefined || span.hedges.length > 0) return false;
  const sentence = span.sentence;
  const outside = stripQuotes(sentence.text, sentence.quotes).slice(span.start, span.end);
  const announced = ANNOUNCED.exec(outside);
  if (announced === null) return false;
  return !sentence.predicates.some(
    (predicate) => predicate.negated && predicate.start >= span.start && predicate.end <= span.end,
  );
}

// A policy decided: 方針を固めた, 方針を決めた (a closed class of Japanese news phrasing).
const POLICY_DECIDED = /方針を(?:固め|決め)/u;

/** True when the source span, or a clause after it, states a decision: a policy, 決めた, or an act announced flatly. */
function statesDecision(span: SourceSpan): boolean {
  const clauses = span.sentence.clauses.filter((c) => c.end > span.start);
  return (
    span.hedges.includes('方針') ||
    clauses.some((c) => c.hedges.includes('方針') || c.certain.some((word) => /^(?:決|確定)/u.test(word))) ||
    /固め/u.test(span.sentence.text) ||
    announcedFlatly(span)
  );
}

/**
 * True when an embedded question (a verb or auxiliary followed by the particle か: …するかどうか,
 * どうするか) stands in the clause before the decision word at `end`: what is decided is the
 * question, so the claim states no outcome as settled.
 */
function decidesQuestion(claim: SentenceReading, start: number, end: number): boolean {
  return claim.tokens.some(
    (token, i) =>
      token.surface === 'か' &&
      token.pos === '助詞' &&
      token.start >= start &&
      token.end <= end &&
      (claim.tokens[i - 1]?.pos === '動詞' || claim.tokens[i - 1]?.pos === '助動詞'),
  );
}

/**
 * True when the decision verb at `at` stands inside an embedded question: the verb and its
 * auxiliaries (決める, 決めた, 決められる), an optional nominal の, then the particle か (誰が決めるのか,
 * いつ決めたのか, 決めるかどうか). A question about a decision states no decision made.
 */
function questionedDecision(claim: SentenceReading, at: number, end: number): boolean {
  const i = claim.tokens.findIndex((token) => token.start <= at && at < token.end);
  if (i < 0 || claim.tokens[i]?.pos !== '動詞') return false;
  let j = i + 1;
  while (
    j < claim.tokens.length &&
    (claim.tokens[j]?.pos === '助動詞' ||
      (claim.tokens[j]?.pos === '動詞' && claim.tokens[j]?.posDetail === '接尾'))
  )
    j++;
  if (claim.tokens[j]?.surface === 'の' && claim.tokens[j]?.pos === '名詞') j++;
  const next = claim.tokens[j];
  return next !== undefined && next.end <= end && next.surface === 'か' && next.pos === '助詞';
}

// A cause told as the clause's predicate: 原因は…だ(った), …が(…の)原因だ(った) — a copula, not 原因を調べる.
const CAUSE_TOPIC = /原因は、?([^。]+?)(?:だった|だ|です|でした|である)[。、]?$/u;
const CAUSE_PREDICATE =
  /(?:^|[、は])([^、は]+?)が(?:[^、。]{0,20}の)?原因(?:だった|だ|です|でした|である)[。、]?$/u;
// Words that say one thing brought about another: a closed class of Japanese.
const CAUSAL = /原因|影響|つなが|起因|引き起こ/u;
// Hedges of an inference or a possibility (not a plan): how sure a cause is said to be.
const INFERENCE = /とみられ|と見られ|とみて|と見て|とみる|と見る|可能性|恐れ|おそれ|疑い|模様|ようだ|^か/u;

/**
 * A claim clause that states a cause (停電の原因は…入り込んだことだった, 脱線は…緩みが原因だった), where each
 * source sentence that has a word of the cause together with a causal word (影響, つながる) or a word of
 * what it caused only infers it or gives it as possible (…の影響とみられる, 緩みか, …につながった可能性もある):
 * news gives a cause as found only once an inquiry says so. Returns the first such sentence and its hedge.
 */
function causeOnlyInferred(
  claim: SentenceReading,
  clause: SentenceReading['clauses'][number],
  alignment: Alignment,
): { text: string; hedge: string } | undefined {
  const text = stripQuotes(claim.text, claim.quotes).slice(clause.start, clause.end);
  const found = CAUSE_TOPIC.exec(text) ?? CAUSE_PREDICATE.exec(text);
  if (found === null) return undefined;
  const cause = normalizeForMatch(found[1] ?? '');
  const keys = [...new Set(clause.keys)].filter((key) => key !== '原因');
  const causeKeys = keys.filter((key) => cause.includes(key));
  const effectKeys = keys.filter((key) => !cause.includes(key) && [...key].length >= 2);
  if (causeKeys.length === 0) return undefined;
  let first: { text: string; hedge: string } | undefined;
  // A headline's space-separated parts each say a thing of their own (…脱線、レール固定具に緩みか 運安委が調査).
  for (const sentence of alignment.sentences)
    for (const [start, end] of spaceSeparatedParts(sentence.text)) {
      const part = sentence.text.slice(start, end);
      const norm = normalizeForMatch(part);
      if (!causeKeys.some((key) => norm.includes(key))) continue;
      if (!CAUSAL.test(part) && !effectKeys.some((key) => norm.includes(key))) continue;
      const hedge = /か$/u.test(part)
        ? 'か'
        : sentence.clauses
            .filter((c) => c.start < end && c.end > start)
            .flatMap((c) => c.hedges)
            .find((word) => INFERENCE.test(word));
      if (hedge === undefined) return undefined;
      first ??= { text: sentence.text, hedge };
    }
  return first;
}

// The hedges of a plan or a schedule, and of an act stated as intended (read-sentence.ts statedIntentions).
const PLANNED = /^(?:予定|計画|とし(?:てい|てお))$/u;

/** True when a clause ends in a verb's plain non-past (走らせる, 始める), not ている/てある or a past. */
function toCome(text: string): boolean {
  const plain = text.replace(/[。、,.\s]+$/u, '');
  return /[うくぐすつぬぶむる]$/u.test(plain) && !/[てで](?:い|お|あ)?る$/u.test(plain);
}

/**
 * Words of one certainty: 決定, 決まる and 決める all say it is decided; 確認 and 確かめる that a fact
 * was established.
 */
function certaintyFamily(word: string): string {
  if (word.startsWith('決')) return '決';
  return /^(?:確認|確か)/u.test(word) ? '確認' : word.slice(0, 2);
}

// The verbs that tell a fact found or established (確認, 確かめる, 判明, 分かった, 明らかになった,
// 突き止めた): a closed class; any of them in a source backs a claim's 確認 of a fact.
const FOUND_OUT = /確認|確かめ|判明|分か[っりる]|明らかにな|突き止め/u;

// The hedges that tell what someone believed, meant or expected (a closed class of the modality
// read-sentence.ts reads): つもり, 想定, 予想, 思われる, and a 考え that is held (…と考え).
const THOUGHT = /^(?:つもり|想定|予想|と思わ|思わ|考え|と考えら)/u;

/**
 * True when the clause reports a thought with the quotative と and a verb of thinking (…と思っていた,
 * …とは思わなかった, …と考えていた): what follows と is the thinker's belief, said as theirs (the
 * vfa37 round).
 */
function reportsThought(text: string): boolean {
  return /と(?:は|も)?(?:思|おも|考え)(?:っ|い|わ|う|え|た|て|ず|な)/u.test(text);
}
