import { type Finding, pathFinding } from '../../domain/report.ts';
import { countsListedDays, type DateMention } from '../../text/dates.ts';
import {
  boundsTo,
  findOrdinals,
  findRanksAndCounts,
  inUnit,
  isScaledUnit,
  numeralInFigures,
  type Quantity,
  roundsTo,
} from '../../text/quantities.ts';
import type { Token } from '../../text/tokenizer.ts';
import {
  deniesWording,
  isRetractedSpan,
  isStampDate,
  isSupersededSpan,
  TELLS_EARLIER,
  TELLS_REVISION,
  tellsCorrection,
} from '../../understand/correction-note.ts';
import { countsInEnglish, saysInEnglish, stemsOfSentence } from '../../understand/english-dictionary.ts';
import { countsItself } from '../../understand/english-gloss.ts';
import type { Clause, SentenceReading } from '../../understand/read-sentence.ts';
import { clauseAt, isContentToken, keyOf } from '../../understand/read-sentence.ts';
import { datesOnTheirDays } from '../../understand/time-days.ts';
import {
  countedNounIn,
  type DocumentUnderstanding,
  type SourceSentence,
} from '../../understand/understand-document.ts';
import { type Alignment, best, outsideQuotes, overlap, overlapScorer } from './alignment.ts';
import { attributesTo } from './attributed-figure.ts';
import { agrees, datesOf, retells, sameUnit, sameValue } from './elements.ts';
import { isPartOfTotal, isShareOf, isStatedMultiple, tellsFallBy } from './proportions.ts';
import {
  isCountedFromClaimDate,
  isHoursBetween,
  isLengthBetweenTimes,
  isTimeBetweenSentences,
  isYearsSince,
} from './spans.ts';
import { inAgeDecade, outletsNamed } from './speakers.ts';

// Quantities: in the listed sources, and not one side of a disagreement between them stated as settled.

/**
 * 乗客の一人が, 理由の一つは, 理由の一つだ: "one of" the noun before it (N の一人 / 一つ), which counts
 * nothing the sources must give.
 */
function isOneOf(text: string, quantity: Quantity): boolean {
  return (
    quantity.value === 1 &&
    !quantity.approx &&
    quantity.bound === undefined &&
    text.normalize('NFKC')[quantity.start - 1] === 'の' &&
    /^(?:が|は|も|を|に|と|で|だ)/u.test(text.normalize('NFKC').slice(quantity.end))
  );
}

/**
 * 一人も来なかった, 1台も残っていない: "not even one" — one of a counter marked with も before a
 * negated predicate of its clause denies the act of every one, and counts nothing the sources must
 * give where a source denies that act too (来なかった). Where none does, the count is still
 * asked for: the claim denies what the sources may tell done in part (返していない against 一部を返した).
 */
function isNotEvenOne(claim: SentenceReading, quantity: Quantity, alignment: Alignment): boolean {
  const plain = claim.text.normalize('NFKC');
  if (quantity.value !== 1 || quantity.approx || quantity.bound !== undefined) return false;
  if (plain[quantity.end] !== 'も') return false;
  const rest = /^[^、。]*/u.exec(plain.slice(quantity.end + 1))?.[0] ?? '';
  const denied = claim.predicates.find(
    (predicate) => predicate.start > quantity.end && predicate.start <= quantity.end + 1 + rest.length,
  );
  if (denied === undefined || !denied.negated) return false;
  const forms = new Set([denied.lemma, ...(alignment.synonyms.get(denied.lemma) ?? [])]);
  return alignment.sentences.some((sentence) =>
    sentence.predicates.some((other) => other.negated && forms.has(other.lemma)),
  );
}

/** A number (a quantity, a rank) no listed source gives. */
function unlistedNumber(path: string, text: string): Finding {
  return pathFinding(
    'support.number',
    'error',
    path,
    `The number 「${text}」 is not in the listed sources.`,
    text,
    { text },
  );
}

/**
 * A rank the claim gives (3回目, 五例目, 2機目) that no listed page gives: the quantity reader takes
 * no rank for a count (3人目 is no three people), so a rank of the claim's own is read here. A page
 * gives it as the same rank (3回目, 3度目, 第3回; 2路線目 for 2本目の路線), as the count it is the last of (3回), as 初 for the
 * first, or for days and years as the span between two of its dates counted inclusively (2日から
 * 6日 is the 5日目). Pages in another language give ranks in words the Japanese reader does not
 * take (second, 2nd): against them nothing is said.
 */
function checkOrdinals(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage) return [];
  const out: Finding[] = [];
  for (const ordinal of outsideQuotes(claim, findOrdinals(claim.text))) {
    const given = alignment.sentences.some(
      (sentence) =>
        findRanksAndCounts(sentence.text).some(
          // A rank may count by another counter of the same thing (2本目の路線 for 2路線目).
          (other) =>
            other.value === ordinal.value && (other.counter === ordinal.counter || other.loose === undefined),
        ) ||
        (ordinal.value === 1 && /初(?:めて|の|回)|最初/u.test(sentence.text)),
    );
    if (given || isCountedBetweenDates(ordinal.value, ordinal.counter, alignment)) continue;
    out.push(unlistedNumber(path, ordinal.text));
  }
  return out;
}

// The N日目 or N年目 between two dates of the claim and its pages: the later is the Nth counting the earlier as the first.
function isCountedBetweenDates(value: number, counter: string, alignment: Alignment): boolean {
  if (value < 2 || (counter !== '日' && counter !== '年')) return false;
  const field = counter === '日' ? 'day' : 'year';
  const values = new Set<number>();
  for (const date of [...alignment.dates, ...alignment.sentences.flatMap((sentence) => sentence.dates)]) {
    const at = date[field];
    if (at !== undefined) values.add(at);
  }
  return [...values].some((first) => values.has(first + value - 1));
}

export function checkQuantities(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = checkOrdinals(claim, alignment, path);
  const quantities = outsideQuotes(claim, alignment.quantities);
  const outlets = outletsNamed(claim, alignment.siteNames);
  for (const quantity of quantities) {
    const clause = clauseAt(claim, quantity.start);
    const holders = alignment.sentences.filter((sentence) =>
      sentence.quantities.some(
        (other) =>
          ((sameUnit(quantity, other) && sameValue(quantity, other)) ||
            roundsTo(quantity, other) ||
            // 37度を超えた for 37.4度: a round bound the exact figure meets (text/quantities.ts).
            boundsTo(quantity, levelReached(sentence.text, other)) ||
            (countsOccasions(claim.text, quantity) && other.unit === '回' && sameValue(quantity, other)) ||
            generalCounterOfSameNoun(claim, quantity, sentence, other)) &&
          !countsAnotherNoun(quantity, sentence, other) &&
          // …unless the claim tells a correction, or denies the retracted value (約30万円ではなく).
          (!isRetracted(sentence, other) ||
            tellsCorrection(claim.text) ||
            deniesWording(claim.text.normalize('NFKC'), quantity.end)),
      ),
    );
    // The sentences that state the claim's clause, or the claim as a whole (a short clause, 当面1日
    // 12時間で, says little by itself): a share or a length of time is read only there.
    const statesClause = stating(alignment, clause.keys, claim.keys);
    const derived =
      (holders.length === 0 &&
        alignment.sentences.some(
          (sentence) =>
            // A difference is an amount of change (月600円上がり), never a starting value (6割台から),
            // and only where the claim tells a difference (tellsDifference).
            (isDifference(quantity, sentence.quantities) &&
              tellsDifference(claim.text) &&
              !/^\s*から/u.test(claim.text.slice(quantity.end, quantity.end + 3))) ||
            isSumOfComparison(quantity, sentence) ||
            (saysTotal(claim.text, quantity) && isSumOfList(quantity, sentence)) ||
            isSpanBetween(quantity, sentence.dates) ||
            isWordQuantity(quantity, alignment.norms.get(sentence) ?? '') ||
            isInKanjiNumerals(claim.text, quantity, alignment.norms.get(sentence) ?? '') ||
            isYearsAsWritten(quantity, alignment.norms.get(sentence) ?? '') ||
            // A share (2割余り, 約8割) or a share of a total (約15億円): proportions.ts.
            (statesClause(sentence) &&
              (isShareOf(
                quantity,
                sentence.quantities,
                tellsFallBy(claim.text, quantity) && countsClaimUnit(sentence, quantities, quantity)
                  ? sentence.text
                  : undefined,
              ) ||
                isPartOfTotal(quantity, sentence.quantities) ||
                // The one there is, said as 唯一 or "the only" (1本しかない, ただ一つの, 1台だけ).
                isOnlyOne(quantity, sentence.text) ||
                // A half or a multiple the sentence states in words (半分, 3倍): proportions.ts.
                isStatedMultiple(quantity, sentence.text, sentence.quantities) ||
                // A length of time between the sentence's times, or from its year to its page's date: spans.ts.
                isHoursBetween(quantity, sentence.dates) ||
                isYearsSince(quantity, sentence.dates, publishedOf(alignment, sentence)))),
        )) ||
      // 11日と12日の2日間: a count of the claim's own days (text/dates.ts).
      countsListedDays(claim.text, alignment.dates, quantity) ||
      // その約3時間40分後に: the time between two clock times of the sources, in two sentences (spans.ts).
      (holders.length === 0 &&
        isTimeBetweenSentences(
          claim.text,
          quantity,
          alignment.local.flatMap((page) => page.sentences.flatMap(datesOnTheirDays)),
        )) ||
      // 運転を見合わせたのは約3時間45分: exactly the time between two clock times of the stating sentences (spans.ts).
      (holders.length === 0 &&
        isLengthBetweenTimes(quantity, alignment.sentences.filter(statesClause).map(datesOnTheirDays))) ||
      // 3月8日に…その3日後に, 22日までの5日間: days or years counted from the claim's own date (spans.ts).
      (holders.length === 0 &&
        isCountedFromClaimDate(
          claim.text,
          quantity,
          alignment.dates,
          alignment.sentences.flatMap((sentence) => sentence.dates),
        )) ||
      // 事故から2日後, 発症から3日後の14日: days counted from an event the sources date (spans.ts).
      (holders.length === 0 && isDaysAfterEvent(claim, quantity, alignment, statesClause)) ||
      // 目安を12センチ上回る, 差は7000円: the gap between two figures the sentences stating the claim give.
      (holders.length === 0 &&
        isGapBetweenSentences(claim.text, quantity, alignment.sentences.filter(statesClause))) ||
      isRestOfTotal(quantity, quantities, alignment) ||
      isOwnArithmetic(claim.text, quantity, quantities, alignment) ||
      isOneOf(claim.text, quantity) ||
      // 3年に1度 for 3年ごとに; 1回の散布量は1.5リットル, 1個で900円: a rate's count of one.
      (holders.length === 0 &&
        alignment.sentences
          .filter(statesClause)
          .some((sentence) => isOncePerPeriod(claim.text, quantity, alignment.norms.get(sentence) ?? ''))) ||
      (holders.length === 0 &&
        isRateUnit(claim, quantity, quantities, alignment.sentences.filter(statesClause))) ||
      isNotEvenOne(claim, quantity, alignment) ||
      // 70代の女性: the decade of an age a source gives (女性（74）).
      (quantity.unit === '代' &&
        alignment.sentences.some((sentence) => inAgeDecade(quantity.value, sentence.text)));
    if (holders.length === 0 && !derived) {
      out.push(unlistedNumber(path, quantity.text));
      continue;
    }
    // A listed page that gives the value as what was said before (これまで16人としていた) and a newer
    // one beside it superseded the value: stating it as it stands, without the newer one or a word
    // that dates it (当初, これまで), states the old figure as settled.
    const newer =
      TELLS_EARLIER.test(claim.text.slice(clause.start, clause.end)) || TELLS_REVISION.test(claim.text)
        ? undefined
        : supersedingValue(alignment, holders, quantity, quantities);
    if (newer !== undefined) {
      out.push(
        pathFinding(
          'conflict.settled',
          'error',
          path,
          `Source ${newer.sentence.sourceId} gives 「${quantity.text}」 as the earlier figure and 「${newer.value.text}」 as the newer one; the claim states the old figure as settled.`,
          quantity.text,
          { kind: 'revised', text: quantity.text, other: newer.value.text, source: newer.sentence.sourceId },
        ),
      );
      continue;
    }
    // A page that gives the claim's value only as the figure it rounds (約6800人 for 約7000人) while
    // another page gives that value itself: the two pages disagree, and the claim settles it.
    const rounded = TELLS_EARLIER.test(claim.text.slice(clause.start, clause.end))
      ? undefined
      : roundedOnlyRival(alignment, quantity, quantities, holders, clause, outlets);
    if (rounded !== undefined) {
      out.push(
        pathFinding(
          'conflict.settled',
          'error',
          path,
          `The sources disagree: 「${quantity.text}」 (${rounded.exact.sourceId}) against 「${rounded.other.text}」 (${rounded.sentence.sourceId}: 「${rounded.sentence.text}」); the claim states one as settled.`,
          quantity.text,
          {
            kind: 'disagree',
            text: quantity.text,
            other: rounded.other.text,
            source: rounded.sentence.sourceId,
            sourceText: rounded.sentence.text,
          },
        ),
      );
      continue;
    }
    // A figure the page gives for something else, while the sentence that tells this clause gives
    // another after the same words (otherValueOfAligned).
    const elsewhere =
      holders.length > 0 ? otherValueOfAligned(claim, alignment, quantity, quantities, holders) : undefined;
    if (elsewhere !== undefined) {
      out.push(
        pathFinding(
          'support.number',
          'error',
          path,
          `The number 「${quantity.text}」 is in the sources, but for something else: the sentence that tells this says 「${elsewhere.other.text}」: 「${elsewhere.sentence.text}」.`,
          quantity.text,
          { text: quantity.text },
        ),
      );
      continue;
    }
    // Where another listed source gives a different value for the same thing, stating one as
    // settled is a conflict, unless the claim also gives the other value (who reported what).
    const anchor = best(holders, (sentence) => overlap(alignment, sentence, clause.keys));
    if (anchor === undefined) continue;
    // …and a claim that gives the figure to the outlet whose page has it says who reported what.
    if (outlets.has(anchor.sourceId)) continue;
    const anchorScore = overlap(alignment, anchor, clause.keys);
    const anchorPage = alignment.scope.find((read) => read.document.id === anchor.sourceId);
    // An English anchor's words that its vocabulary glosses (燃料, 搬送), for a Japanese rival's overlap below.
    const anchorGlosses = alignment.local.some((read) => read.document.id === anchor.sourceId)
      ? undefined
      : [...anchor.keySet].filter((key) => key !== quantity.unit && /[^\p{ASCII}]/u.test(key));
    const scaled = isScaledUnit(quantity.unit);
    for (const sentence of alignment.sentences) {
      if (sentence.sourceId === anchor.sourceId) continue;
      // A measure written at another scale of its unit (約九百メートル against 約1.2キロ) is compared
      // in the claim's unit.
      const figures = scaled
        ? sentence.quantities.map((other) => inUnit(other, quantity.unit))
        : sentence.quantities;
      const twin = retells(anchor, sentence);
      // A sentence in another language than the claim's shares only the words its vocabulary
      // glosses (understand/english-gloss.ts), a few of the many the anchor shares: its overlap is
      // not held to the anchor's, and what it counts is compared below (sameSubject). Its words are
      // also looked up by a general dictionary's glosses (overlapInEnglish), as coverage does.
      const foreign = !alignment.local.some((read) => read.document.id === sentence.sourceId);
      const score = foreign
        ? overlapInEnglish(alignment, sentence, clause.keys)
        : overlap(alignment, sentence, clause.keys);
      // A measure of the claim's unit that the claim's own verb takes (約3200平方メートルが焼けた for
      // 約4000平方メートルが焼けた) measures the same thing, however few other words the sentences share
      // — not the value a change starts from (約980億円から膨らんだ); a count (人, 件) may count
      // another group the verb takes.
      const verb = takenBy(claim, quantity);
      const sameVerb = (other: Quantity) =>
        verb !== undefined &&
        MEASURE.test(quantity.unit) &&
        other.unit === quantity.unit &&
        takenBy(sentence, other) === verb &&
        !/^\s*から/u.test(sentence.text.slice(other.end, other.end + 3));
      // A figure of the noun the claim's figure counts (乗客計47人 for 乗客は計四十九人) counts the same thing.
      const counted = countedNoun(claim, quantity);
      const clauseNouns = claim.tokens
        .filter((token) => token.start >= clause.start && token.end <= clause.end && isCountable(token))
        .map(keyOf);
      // An English figure counts the vocabulary noun after it (Forty-seven passengers: 乗客).
      // …and one counting a noun that is its own counter (about 3,000 households: 世帯) counts what a
      // claim's figure in that counter counts (約2800世帯), whatever noun the claim puts before it.
      // …and an English figure whose noun, right after it, says the claim's counted noun by a
      // dictionary gloss (seven freight cars for 貨車7両, the vocabulary having no freight car) counts
      // that noun, in the claim's unit — not a vocabulary noun further on (120 umbrellas to residents).
      // …and, where no noun stands right next to the claim's figure (朝市の屋台は、週末には約90軒), a
      // count without a unit of its own whose English noun is by the dictionary a noun of the claim's
      // clause (about 130 stalls): what the claim's clause counts, in the claim's counter.
      const countedByDictionary = (other: Quantity) =>
        foreign &&
        other.unit === '' &&
        (counted !== undefined
          ? countsInEnglish(counted, sentence.text.slice(other.end))
          : !MEASURE.test(quantity.unit) &&
            clauseNouns.some((noun) => countsInEnglish(noun, sentence.text.slice(other.end))));
      const unitHere = (other: Quantity) =>
        countedByDictionary(other) ? quantity.unit : unitOf(alignment, sentence, other);
      const sameCounted = (other: Quantity) => {
        if (countedByDictionary(other)) return true;
        if (unitOf(alignment, sentence, other) !== quantity.unit) return false;
        if (!foreign) return counted !== undefined && countedNoun(sentence, other) === counted;
        const noun = countedNounIn(sentence, other.end);
        return (
          noun !== undefined &&
          ((counted !== undefined && noun.ja === counted) ||
            (noun.ja === quantity.unit && countsItself(noun)))
        );
      };
      const rivalPage = alignment.scope.find((u) => u.document.id === sentence.sourceId);
      const sole =
        foreign && rivalPage !== undefined ? soleUnpairedMeasure(alignment, rivalPage, quantity) : undefined;
      const onlyMeasure = (other: Quantity) =>
        sole !== undefined && other.unit === sole.unit && sameValue(sole, other);
      // An English anchor shares few words with the claim (its own overlap may be 0), so a Japanese
      // rival of the claim's unit on another page is held to sharing a word with the claim or a
      // glossed word with the anchor, not to the overlap of 1 a Japanese anchor's rival meets.
      const acrossLanguages =
        anchorGlosses !== undefined &&
        !foreign &&
        figures.some((other) => other.unit === quantity.unit && !sameValue(other, quantity)) &&
        (score > 0 || overlap(alignment, sentence, anchorGlosses) >= 1);
      if (
        !twin &&
        !acrossLanguages &&
        !figures.some(sameVerb) &&
        !figures.some(sameCounted) &&
        !figures.some(onlyMeasure) &&
        (score < 1 || (score < 0.35 * anchorScore && !foreign))
      )
        continue;
      // A source that states the claimed value itself does not dispute it, unless only as the old
      // value of a revision (約40億円から約45億円に上方修正).
      const rivalDocument = alignment.scope.find((u) => u.document.id === sentence.sourceId);
      const revised = (rivalDocument?.sentences ?? []).flatMap((other) => revisionsOf(other, quantity));
      if (revised.length > 0) {
        const newer = revised.find((value) => !quantities.some((mine) => sameValue(mine, value)));
        if (newer !== undefined)
          out.push(
            pathFinding(
              'conflict.settled',
              'error',
              path,
              `Source ${sentence.sourceId} revised 「${quantity.text}」 to 「${newer.text}」; the claim states the old figure as settled.`,
              quantity.text,
              { kind: 'revised', text: quantity.text, other: newer.text, source: sentence.sourceId },
            ),
          );
        break;
      }
      // An updated page (※2月19日15時更新 …見出しと本文を更新しました) leads with what changed: its
      // headline's figure is the current one, though its body still tells the earlier one.
      const update = sentence.paragraph === 0 && rivalDocument !== undefined && isUpdatedPage(rivalDocument);
      const period = periodOf(claim.text, quantity);
      if (!update && rivalDocument?.sentences.some((other) => statesAsCurrent(other, quantity, period))) {
        // …unless that page gives it as the former value (当初案を示していたが), the claim not.
        const former = rivalDocument.sentences.filter((other) => statesAsFormer(other, quantity));
        const current = rivalDocument.sentences.filter((other) => statesAsCurrent(other, quantity, period));
        if (former.length < current.length || FORMER.test(claim.text.slice(clause.start, clause.end)))
          continue;
      }
      // A figure the claim dates (20日時点のまとめで約45億円) is not disputed by an earlier figure of another date.
      const claimDates = alignment.dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
      if (
        claimDates.length > 0 &&
        datesOf(anchor).some((d) => claimDates.some((mine) => agrees(mine, d))) &&
        !datesOf(sentence).some((d) => claimDates.some((mine) => agrees(mine, d)))
      )
        continue;
      const isRival = (other: Quantity) =>
        unitHere(other) === quantity.unit &&
        // The value a change is measured from (前回の36.02％を…上回った) is another time's figure.
        !other.baseline &&
        !sameValue(quantity, other) &&
        !quantities.some((mine) => sameValue(mine, other)) &&
        !figures.some((mine) => sameValue(mine, quantity)) &&
        // A figure the claim's own page tells as what was said before (これまで約4000人と発表していた)
        // is one that page superseded, no rival.
        !supersededOn(anchorPage, other) &&
        // The total of the parts the claim lists (小学校24校と中学校11校: 35 schools) is another thing.
        !totalsClaimParts(other.value, quantities, quantity.unit) &&
        // A bound the claim's figure meets (百棟を超える for 約180棟) says nothing against it.
        !meetsBound(quantity, other, sentence.text) &&
        Boolean(other.vague) === Boolean(quantity.vague) &&
        (sameSubject(
          alignment,
          sentence,
          quantity,
          other,
          twin || acrossLanguages || sameVerb(other) || sameCounted(other) || onlyMeasure(other)
            ? undefined
            : clause,
        ) ||
          sameDimension(alignment, claim.text, quantity, clause, sentence, other));
      // The rival named is the figure written after the same words as the claim's figure (沿岸の釣りに
      // 38トン, not 定置網に48トン before it), else the first: the verdict is the same, the message
      // points at the figure the claim contradicts.
      const mine = wordsBefore(claim.text, quantity);
      const rivals = figures.filter(isRival);
      const rival = rivals.reduce<Quantity | undefined>(
        (best, other) =>
          best === undefined ||
          sharedEnd(wordsBefore(sentence.text, other), mine) >
            sharedEnd(wordsBefore(sentence.text, best), mine)
            ? other
            : best,
        undefined,
      );
      if (rival === undefined) continue;
      // The claim gives its value to the outlet or source that reported it: who said what.
      if (attributesTo(claim, alignment, quantity, holders, sentence)) continue;
      out.push(
        pathFinding(
          'conflict.settled',
          'error',
          path,
          `The sources disagree: 「${quantity.text}」 (${anchor.sourceId}) against 「${rival.text}」 (${sentence.sourceId}: 「${sentence.text}」); the claim states one as settled.`,
          quantity.text,
          {
            kind: 'disagree',
            text: quantity.text,
            other: rival.text,
            source: sentence.sourceId,
            sourceText: sentence.text,
          },
        ),
      );
      break;
    }
  }
  return out;
}

/**
 * The overlap of a claim clause's keys with a sentence in another language: a key counts where the
 * vocabulary glosses it on the sentence (overlap) or where a general dictionary's English gloss of it
 * stands in the sentence's text (understand/english-dictionary.ts saysInEnglish: 洞窟 in "inside a
 * cave"), each with its weight, as overlap weighs it.
 */
function overlapInEnglish(alignment: Alignment, sentence: SourceSentence, keys: readonly string[]): number {
  const stems = stemsOfSentence(sentence);
  let sum = 0;
  for (const key of new Set(keys))
    if (overlap(alignment, sentence, [key]) > 0 || (/[^\p{ASCII}]/u.test(key) && saysInEnglish(key, stems)))
      sum += alignment.weights.get(key) ?? 0.6;
  return sum;
}

/**
 * A value matched elsewhere on the page (the vname28 round): the sentence of the claim's own language
 * that tells the claim's clause best gives, after the same words, another value of the same unit
 * (補助は最大300万円 for 補助は最大800万円, the latter a figure of another line), while
 * every sentence that holds the claim's value tells the clause far less (under 60% of its overlap):
 * the claim's value belongs to something else the page counts. The two figures must be of one unit
 * and kind (both about, or both exact), after at least two shared characters, the sentence's value
 * no starting value of a change (4人から), and the claim must not give the other value too. Returns
 * the aligned sentence and its value; undefined otherwise.
 */
function otherValueOfAligned(
  claim: SentenceReading,
  alignment: Alignment,
  quantity: Quantity,
  quantities: readonly Quantity[],
  holders: readonly SourceSentence[],
): { sentence: SourceSentence; other: Quantity } | undefined {
  const clause = clauseAt(claim, quantity.start);
  const score = (sentence: SourceSentence) => overlap(alignment, sentence, clause.keys);
  const local = alignment.sentences.filter((sentence) =>
    alignment.local.some((read) => read.document.id === sentence.sourceId),
  );
  const aligned = best(local, score);
  if (aligned === undefined || holders.includes(aligned)) return undefined;
  const top = score(aligned);
  if (top <= 0 || holders.some((holder) => score(holder) >= 0.6 * top)) return undefined;
  const mine = wordsBefore(claim.text, quantity);
  for (const other of aligned.quantities) {
    if (other.unit !== quantity.unit || sameValue(other, quantity) || other.baseline) continue;
    // The value a change starts from (2人から5人に増やし) is another time's figure, and the claim's
    // figure may be the change itself (3人増やして).
    if (/^\s*から/u.test(aligned.text.slice(other.end, other.end + 3))) continue;
    if (Boolean(other.vague) !== Boolean(quantity.vague)) continue;
    if (quantities.some((given) => sameValue(given, other))) continue;
    if (sharedEnd(wordsBefore(aligned.text, other), mine) < 2) continue;
    return { sentence: aligned, other };
  }
  return undefined;
}

/**
 * The rival of a claim's round figure on a Japanese page that states it only as a figure it rounds
 * (約6800人 for 約7000人: roundsTo), where another Japanese page states the value itself (約7000人):
 * rounding is faithful to one page, but beside a page that gives the round value the two pages
 * disagree, and the claim takes one side. Both sentences must tell of the claim's clause (sameSubject),
 * the rounding page must never give the value itself, and a claim that names the outlet of the exact
 * page or also gives the other figure says who reported what.
 */
function roundedOnlyRival(
  alignment: Alignment,
  quantity: Quantity,
  quantities: readonly Quantity[],
  holders: readonly SourceSentence[],
  clause: Clause,
  outlets: ReadonlySet<string>,
): { exact: SourceSentence; sentence: SourceSentence; other: Quantity } | undefined {
  if (!quantity.approx || quantity.vague) return undefined;
  const local = (sentence: SourceSentence) =>
    alignment.local.some((read) => read.document.id === sentence.sourceId);
  const states = (other: Quantity) => sameUnit(quantity, other) && sameValue(quantity, other);
  const exact = holders.find(
    (sentence) =>
      local(sentence) &&
      overlap(alignment, sentence, clause.keys) > 0 &&
      sentence.quantities.some(
        (other) => states(other) && sameSubject(alignment, sentence, quantity, other, undefined),
      ),
  );
  if (exact === undefined || outlets.has(exact.sourceId)) return undefined;
  for (const sentence of holders) {
    if (sentence.sourceId === exact.sourceId || !local(sentence)) continue;
    const page = alignment.scope.find((read) => read.document.id === sentence.sourceId);
    if (page === undefined || page.sentences.some((other) => other.quantities.some(states))) continue;
    const other = sentence.quantities.find(
      (candidate) =>
        roundsTo(quantity, candidate) &&
        !candidate.baseline &&
        !quantities.some((mine) => sameValue(mine, candidate)) &&
        sameSubject(alignment, sentence, quantity, candidate, clause),
    );
    if (other !== undefined) return { exact, sentence, other };
  }
  return undefined;
}

/** Units of measure — length, area, weight, power, a percentage, a currency — never a count of a noun. */
const MEASURE = /^(?:[A-Za-z%][A-Za-z0-9]*|円|ドル|ユーロ|ウォン|ポンド|元)$/u;

/**
 * True when a Japanese source's figure without a known unit is written straight onto a noun (登山道
 * 2ルート, 3コース: a count of that noun), while the claim's figure is a measure (約2メートル, 5億円:
 * a unit of length, area, weight, power, a percentage or a currency, never a count of a noun): a
 * bare figure agrees with a unit only where nothing says what it counts. A counter (2つ, 4日) may
 * count the noun the source writes after the figure (2病院 = 2つの病院). A bare figure inside a run
 * of nouns (震度6強) is a label, and backs no count (6本) or measure.
 */
function countsAnotherNoun(quantity: Quantity, sentence: SourceSentence, other: Quantity): boolean {
  if (other.unit !== '' || quantity.unit === '') return false;
  const after = /^[\p{Script=Han}\p{Script=Katakana}]/u.test(sentence.text.slice(other.end, other.end + 1));
  // Inside a run of nouns (震度6強): a label, not a count — though a generic counter (2つ) may still
  // count the noun after it (県立2病院).
  const before = sentence.text.slice(0, other.start);
  if (
    after &&
    /[\p{Script=Han}\p{Script=Katakana}ー]$/u.test(before) &&
    !/[約計第]$/u.test(before) &&
    !/^(?:つ|個|か所|カ所|ヵ所|箇所)$/u.test(quantity.unit)
  )
    return true;
  return MEASURE.test(quantity.unit) && after;
}

/**
 * True when one figure is written with the general counter つ and the other, of the same value, with a
 * counter of its own (二つのビル / 2か所のビル, ３つの小学校 / 小学校3校, 路線を2つ / 2路線): Japanese counts
 * any thing with つ, so the two count the same thing where they count the same noun — the noun each
 * figure counts (countedNoun, or the noun a floating figure takes: 路線を2つ減らす), or the specific
 * counter itself where it names that noun (路線, 校 of 小学校).
 */
function generalCounterOfSameNoun(
  claim: SentenceReading,
  quantity: Quantity,
  sentence: SentenceReading,
  other: Quantity,
): boolean {
  if (quantity.unit === other.unit || quantity.vague || other.vague || !sameValue(quantity, other))
    return false;
  const general = quantity.unit === 'つ' ? 0 : other.unit === 'つ' ? 1 : -1;
  if (general < 0) return false;
  const sides: [SentenceReading, Quantity][] = [
    [claim, quantity],
    [sentence, other],
  ];
  const [generalReading, generalFigure] = sides[general] as [SentenceReading, Quantity];
  const [specificReading, specificFigure] = sides[1 - general] as [SentenceReading, Quantity];
  if (specificFigure.unit === '' || MEASURE.test(specificFigure.unit)) return false;
  const noun = countedNoun(generalReading, generalFigure) ?? floatingNoun(generalReading, generalFigure);
  if (noun === undefined) return false;
  const theirs =
    countedNoun(specificReading, specificFigure) ?? floatingNoun(specificReading, specificFigure);
  return noun === theirs || (noun.length > 1 && noun.endsWith(specificFigure.unit));
}

/** The noun a figure standing after it and a case particle counts (路線を2つ減らす, 住宅が3棟焼けた). */
function floatingNoun(reading: SentenceReading, quantity: Quantity): string | undefined {
  const tokens = reading.tokens;
  const k = tokens.findLastIndex((token) => token.end <= quantity.start);
  const particle = tokens[k];
  const noun = tokens[k - 1];
  if (particle === undefined || noun === undefined || particle.end !== quantity.start) return undefined;
  if (!['を', 'が', 'も'].includes(particle.surface)) return undefined;
  return isCountable(noun) ? keyOf(noun) : undefined;
}

// Words between a noun and the figure that counts it: a total or an estimate (乗客計47人, 客約300人).
const COUNT_PREFIX = new Set(['計', '約', '合計', '総計', 'およそ', '延べ']);

/**
 * The noun a figure counts, as Japanese writes it: the noun right before it (乗客計47人), or the
 * subject of a figure that is the predicate (乗客は計49人だった), or the noun after it and の
 * (47人の乗客); none when other words stand between them.
 */
function countedNoun(reading: SentenceReading, quantity: Quantity): string | undefined {
  const tokens = reading.tokens;
  const next = tokens.findIndex((token) => token.start >= quantity.end);
  const after = next < 0 ? undefined : tokens[next];
  if (after?.surface === 'の' && tokens[next + 1]?.pos === '名詞' && isCountable(tokens[next + 1] as Token))
    return keyOf(tokens[next + 1] as Token);
  let k = tokens.findLastIndex((token) => token.end <= quantity.start);
  while (k >= 0 && COUNT_PREFIX.has(tokens[k]?.surface ?? '')) k--;
  // The subject of a figure standing as the predicate: only a copula or the sentence's end after it.
  const predicate = after === undefined || /^(?:だ|です|。|で[、，])/u.test(reading.text.slice(quantity.end));
  if (predicate && ['は', 'が'].includes(tokens[k]?.surface ?? '')) {
    k--;
    while (k >= 0 && COUNT_PREFIX.has(tokens[k]?.surface ?? '')) k--;
  }
  const noun = tokens[k];
  return noun !== undefined && isCountable(noun) ? keyOf(noun) : undefined;
}

/** A common noun that may be counted: not a number, a suffix, a pronoun or a formal noun. */
function isCountable(token: Token): boolean {
  return token.pos === '名詞' && (token.posDetail === '一般' || token.posDetail === 'サ変接続');
}

/** The lemma of the first predicate after a figure in its clause: the verb that takes it (…が焼けた). */
function takenBy(reading: SentenceReading, quantity: Quantity): string | undefined {
  const clause = clauseAt(reading, quantity.start);
  return reading.predicates.find((p) => p.start >= quantity.end && p.end <= clause.end)?.lemma;
}

/**
 * True when `other` is a bound (以上, 超, を超える; 以下, 未満) and the claim's figure, not itself a bound,
 * lies within it: the two figures agree. Not a comparison with another thing's figure (市営球場の約2万人
 * を上回る, 前年の300人を超えた): that figure is the other thing's, and says nothing of this one.
 */
function meetsBound(quantity: Quantity, other: Quantity, text: string): boolean {
  if (other.bound === undefined || quantity.bound !== undefined || quantity.vague || other.vague)
    return false;
  if (/上回|下回/u.test(other.text) || text.slice(other.start - 1, other.start) === 'の') return false;
  return other.bound === 'min' ? quantity.value > other.value : quantity.value < other.value;
}

/** True when the value is the sum of two or more of the claim's figures in the unit. */
function totalsClaimParts(value: number, quantities: readonly Quantity[], unit: string): boolean {
  const parts = quantities.filter((q) => q.unit === unit && unit !== '').map((q) => q.value);
  if (parts.length < 2) return false;
  const sums = new Set<number>([0]);
  let found = false;
  for (const part of parts)
    for (const sum of [...sums]) {
      const next = sum + part;
      if (sum !== 0 && Math.abs(next - value) < 1e-9) found = true;
      sums.add(next);
    }
  return found;
}

/**
 * A figure's unit; an English figure without one takes the counter of the vocabulary noun it
 * counts (injured 14 workers: 人), so it compares with a Japanese count — read once per sentence and
 * figure (understand-document.ts countedNounIn), not for every claim that compares it.
 */
function unitOf(alignment: Alignment, sentence: SourceSentence, quantity: Quantity): string {
  if (quantity.unit !== '') return quantity.unit;
  const english =
    alignment.scope.find((read) => read.document.id === sentence.sourceId)?.document.lang !== 'ja';
  return (english ? countedNounIn(sentence, quantity.end)?.counter : undefined) ?? '';
}

/**
 * The one figure of the claim's measure (a unit of length, area, weight, volume or money: 35 meters,
 * 210 grams, 13.8 million yen) that a page in another language gives and no listed page in the
 * claim's language also gives. A translation or retelling gives the same measures of one event: a
 * figure of that unit the Japanese pages also state is their shared figure for another thing (the
 * stone's length, both pages' 6センチ), so the one left over measures what the claim's figure does,
 * though its sentence shares no glossed word with the claim (The round mound measures about 35
 * meters across against 直径約32メートルの円墳). Undefined when the page states the claim's own value,
 * or leaves none or several figures of that unit over. Counts (人, 件, 世帯) and shares (%) are not
 * read so: a page counts many groups in one counter.
 */
function soleUnpairedMeasure(
  alignment: Alignment,
  page: Alignment['scope'][number],
  quantity: Quantity,
): Quantity | undefined {
  if (!MEASURE.test(quantity.unit) || quantity.unit === '%') return undefined;
  const ofUnit = page.sentences.flatMap((sentence) =>
    sentence.quantities.filter((other) => other.unit === quantity.unit && !other.baseline),
  );
  if (ofUnit.some((other) => sameValue(quantity, other))) return undefined;
  const paired = (other: Quantity) =>
    alignment.local.some((read) =>
      read.sentences.some((sentence) =>
        sentence.quantities.some((mine) => sameUnit(mine, other) && sameValue(mine, other)),
      ),
    );
  const left = ofUnit.filter((other) => !paired(other));
  const first = left[0];
  if (first === undefined || left.some((other) => !sameValue(first, other))) return undefined;
  return first;
}

/**
 * True when the rival value counts the same thing: the clause it stands in shares a noun of the
 * claim's clause (what is counted: 患者, 事業費, 利用者) — or, with no clause given, its sentence
 * retells the anchor's — and it is of the same order (a part of a total, 15億円 of 40億円, is
 * another thing).
 */
function sameSubject(
  alignment: Alignment,
  sentence: SourceSentence,
  mine: Quantity,
  other: Quantity,
  clause: Clause | undefined,
): boolean {
  const ratio = Math.max(mine.value, other.value) / Math.max(1e-9, Math.min(mine.value, other.value));
  if (ratio > 3) return false;
  if (clause === undefined) return true;
  const around = sentence.clauses.filter((c, i, all) => {
    const next = all[i + 1];
    const inside = (x: Clause) => x.start <= other.start && x.end >= other.end;
    return inside(c) || (c.continuative && next !== undefined && inside(next));
  });
  // A sentence not in Japanese carries the Japanese words its vocabulary glosses on the sentence,
  // not on its clauses (understand/english-gloss.ts): those say what it counts.
  const isJapanese =
    alignment.scope.find((understanding) => understanding.document.id === sentence.sourceId)?.document
      .lang === 'ja';
  const rivalKeys = new Set(isJapanese ? around.flatMap((c) => c.keys) : sentence.keys);
  // A glossed word holding the claim's (補助金 for 補助) names the same thing, as alignment's
  // look-up in a sentence's text would find it.
  const has = (key: string) =>
    rivalKeys.has(key) ||
    // The same noun in another spelling or a synonym (まつり for 祭り: Sudachi's synonym groups).
    (alignment.synonyms.get(key) ?? []).some((other) => rivalKeys.has(other)) ||
    (!isJapanese && [...key].length >= 2 && [...rivalKeys].some((k) => k.includes(key))) ||
    // …or a word of the claim's clause that a general dictionary's gloss finds in the English text
    // (屋台 in "the market's stalls"), beyond the closed vocabulary.
    (!isJapanese && /[^\p{ASCII}]/u.test(key) && saysInEnglish(key, stemsOfSentence(sentence)));
  // Only nouns say what is counted in a Japanese clause; a glossed sentence carries few words, each
  // of the news vocabulary, so any of them the claim's clause shares (補助, かかる) ties the two.
  return clause.keys.some((key) => has(key) && (alignment.weights.get(key) ?? 0) >= (isJapanese ? 1 : 0.6));
}

// A measure named by its dimension right before it (重さ約4トン, 高さは約15メートル) or right after it
// (約20メートルの高さ): a noun of an adjective's degree (重さ, 高さ, 長さ, 深さ, 広さ, 大きさ).
const DIMENSION_BEFORE = /(\p{Script=Han}き?さ)(?:は|が|も)?$/u;
const DIMENSION_AFTER = /^の(\p{Script=Han}き?さ)(?!\p{Script=Han})/u;

function dimensionOf(text: string, quantity: Quantity): string | undefined {
  const plain = (part: string) => part.normalize('NFKC').replace(/\s+/gu, '');
  return (
    DIMENSION_BEFORE.exec(plain(text.slice(Math.max(0, quantity.start - 6), quantity.start)))?.[1] ??
    DIMENSION_AFTER.exec(plain(text.slice(quantity.end, quantity.end + 6)))?.[1]
  );
}

/**
 * True when a Japanese rival measures the dimension the claim's figure measures — both name it at
 * the figure (重さ約4トンの山車 / 重さ約3トン; 約20メートルの高さから / 高さ約15メートルの) — in a
 * sentence that also names what the claim's clause is about (a key of full weight: 山車, カバー). A
 * degree noun is read from its adjective (重さ: 重い) and weighs too little to tie the two clauses in
 * sameSubject, though a measure of one dimension of the thing the sentence names is the same figure.
 */
function sameDimension(
  alignment: Alignment,
  claimText: string,
  mine: Quantity,
  clause: Clause,
  sentence: SourceSentence,
  other: Quantity,
): boolean {
  const page = alignment.scope.find((read) => read.document.id === sentence.sourceId);
  if (page?.document.lang !== 'ja' || mine.unit !== other.unit) return false;
  const ratio = Math.max(mine.value, other.value) / Math.max(1e-9, Math.min(mine.value, other.value));
  if (ratio > 3) return false;
  const dimension = dimensionOf(claimText, mine);
  if (dimension === undefined || dimensionOf(sentence.text, other) !== dimension) return false;
  return clause.keys.some(
    (key) =>
      (alignment.weights.get(key) ?? 0) >= 1 &&
      (sentence.keySet.has(key) ||
        (alignment.synonyms.get(key) ?? []).some((other) => sentence.keySet.has(other))),
  );
}

/** A test for the sentences that share at least half as much of either set of keys as the best one does. */
function stating(
  alignment: Alignment,
  ...keySets: ReadonlyArray<readonly string[]>
): (sentence: SourceSentence) => boolean {
  const scorers = keySets.map((keys) => overlapScorer(alignment, keys));
  const tops = scorers.map((score) => Math.max(0, ...alignment.sentences.map(score)));
  return (sentence) =>
    scorers.some((score, i) => (tops[i] ?? 0) > 0 && score(sentence) >= 0.5 * (tops[i] ?? 0));
}

/** The publication date of the page a sentence is from. */
function publishedOf(alignment: Alignment, sentence: SourceSentence): string | undefined {
  return alignment.scope.find((read) => read.document.id === sentence.sourceId)?.document.publishedAt;
}

/** True when the quantity is the wrong figure a correction note retracts: no source states it. */
function isRetracted(sentence: SourceSentence, quantity: Quantity): boolean {
  return isRetractedSpan(sentence.text, quantity.start, quantity.end);
}

/** The new values of revisions in a sentence that start from the value (約40億円から約45億円に): [約45億円]. */
function revisionsOf(sentence: SourceSentence, quantity: Quantity): Quantity[] {
  const out: Quantity[] = [];
  sentence.quantities.forEach((q, i) => {
    const next = sentence.quantities[i + 1];
    if (next === undefined || !sameUnit(q, quantity) || !sameValue(q, quantity) || next.unit !== q.unit)
      return;
    const between = sentence.text.slice(q.end, next.start);
    if (/^\s*から/u.test(between) && /^\s*に/u.test(sentence.text.slice(next.end, next.end + 2)))
      out.push(next);
  });
  return out;
}

// Words that date a value before a change: the original, former or previous one (a closed class).
const FORMER = /当初|従来|もともと|元々|以前|前回|旧来/u;

/** True when the sentence gives the value in a clause that calls it the former one (沿岸34トンとする当初案を示していたが). */
function statesAsFormer(sentence: SourceSentence, quantity: Quantity): boolean {
  return sentence.quantities.some((q) => {
    if (!sameUnit(q, quantity) || !sameValue(q, quantity)) return false;
    const clause = clauseAt(sentence, q.start);
    return FORMER.test(sentence.text.slice(clause.start, clause.end));
  });
}

/**
 * The newer value a listed page gives where it tells the claim's value as what was said before
 * (…児童は18人だった。市教委はこれまで16人としていたが…): a figure of the same unit and another value
 * in the same paragraph, stated as it stands, that the claim does not give too.
 */
function supersedingValue(
  alignment: Alignment,
  holders: readonly SourceSentence[],
  quantity: Quantity,
  quantities: readonly Quantity[],
): { sentence: SourceSentence; value: Quantity } | undefined {
  for (const holder of holders) {
    const old = holder.quantities.find(
      (q) => sameUnit(q, quantity) && sameValue(q, quantity) && isSupersededSpan(holder.text, q.start, q.end),
    );
    if (old === undefined) continue;
    const page = alignment.scope.find((read) => read.document.id === holder.sourceId);
    for (const sentence of page?.sentences ?? []) {
      if (sentence.paragraph !== holder.paragraph) continue;
      const value = sentence.quantities.find(
        (q) =>
          q.unit === old.unit &&
          !sameValue(q, old) &&
          !q.baseline &&
          !isSupersededSpan(sentence.text, q.start, q.end),
      );
      if (value === undefined) continue;
      // A claim that gives the newer value too tells of the revision.
      return quantities.some((mine) => sameValue(mine, value)) ? undefined : { sentence, value };
    }
  }
  return undefined;
}

/** True when the page tells a figure of the value as what was said before (これまで約4000人としていた). */
function supersededOn(page: DocumentUnderstanding | undefined, quantity: Quantity): boolean {
  return (page?.sentences ?? []).some((sentence) =>
    sentence.quantities.some(
      (q) =>
        sameUnit(q, quantity) && sameValue(q, quantity) && isSupersededSpan(sentence.text, q.start, q.end),
    ),
  );
}

/** True when the page carries an editor's stamp saying it was updated (※3月12日16時30分更新). */
function isUpdatedPage(read: DocumentUnderstanding): boolean {
  return read.sentences.some((sentence) =>
    sentence.dates.some(
      (date) => isStampDate(sentence.text, date) && /^\s*[:：]?\s*更新/u.test(sentence.text.slice(date.end)),
    ),
  );
}

/** True when the sentence states the value as it stands, not as the starting point of a change (AからBに). */
function statesAsCurrent(sentence: SourceSentence, quantity: Quantity, period: string): boolean {
  return sentence.quantities.some(
    (q) =>
      sameUnit(q, quantity) &&
      sameValue(q, quantity) &&
      !/^\s*から/u.test(sentence.text.slice(q.end, q.end + 3)) &&
      // 月2回 is not the 週2回 it shares a number with: a rate counts per its period.
      ([period, ''].includes(periodOf(sentence.text, q)) || period === ''),
  );
}

/**
 * The period a rate counts per, written right before its figure (週3回, 毎月2回, 年2回, 1日に約600人):
 * 週, 月, 年 or 日; '' when the figure is no rate. A digit before 月 or 年 makes a date (3月2回), not a period.
 */
export function periodOf(text: string, quantity: Quantity): string {
  const before = text.slice(Math.max(0, quantity.start - 6), quantity.start).normalize('NFKC');
  const match =
    /(?:(?<![\d〇一二三四五六七八九十百千])毎?([週月年])|(?:1|一|毎)(日))(?:に|あたり|当たり)?(?:平均)?$/u.exec(
      before,
    );
  return match?.[1] ?? match?.[2] ?? '';
}

/**
 * True when the claim's figure counts occasions in a period with the counter 度 (月に1度, 年に2度,
 * 週1度): the same count as 回 (月1回), not degrees. So does 度 before とも ("on both/all N
 * occasions": 3度とも届かなかった for 3回送ったが): a temperature or an angle is never "both".
 */
function countsOccasions(text: string, quantity: Quantity): boolean {
  const plain = text.normalize('NFKC');
  return (
    quantity.unit === '度' &&
    (/[週月年日]に?\s*$/u.test(plain.slice(0, quantity.start)) || plain.startsWith('とも', quantity.end))
  );
}

// The period before a count of one occasion (半年に1度, 年に1回, 3年に1度, 月1回): what the count is per.
const ONCE_PER = /((?:[0-9]+|半)?(?:年|か月|カ月|ヶ月|月|週間|週|日))に?\s*$/u;

/**
 * 3年に1度 for 3年ごとに, 年に1回 for 毎年: once per period is the period's
 * recurrence, which Japanese also writes with ごと ("every", 半年ごと, 3年ごと) or 毎 before a bare
 * period (毎年, 毎月, 毎週, 毎日). The claim's count of one (回 or 度) is backed by a sentence stating the
 * clause that says the same period with ごと or 毎; a count above one per period (年に2回) is not.
 */
function isOncePerPeriod(text: string, quantity: Quantity, norm: string): boolean {
  if (quantity.value !== 1 || quantity.approx || quantity.vague || quantity.bound !== undefined) return false;
  if (quantity.unit !== '回' && quantity.unit !== '度') return false;
  const period = ONCE_PER.exec(text.normalize('NFKC').slice(0, quantity.start))?.[1];
  if (period === undefined) return false;
  return norm.includes(`${period}ごと`) || (period.length === 1 && norm.includes(`毎${period}`));
}

/**
 * 1回の散布量は1.5リットル, 1個で900円ほど: a count of one written with の or で before a
 * measure later in its clause is the unit that measure is told per — the rate's denominator, which the
 * quantity reader drops where a page writes it straight before the figure (1回1.5リットル, 1枚50円:
 * text/quantities.ts readUnit) — and counts nothing the sources must give. Not where a sentence
 * stating the clause counts the same counter otherwise (2回の散布で): there the claim's one is a count.
 */
function isRateUnit(
  claim: SentenceReading,
  quantity: Quantity,
  quantities: readonly Quantity[],
  stated: readonly SourceSentence[],
): boolean {
  if (quantity.value !== 1 || quantity.approx || quantity.vague || quantity.bound !== undefined) return false;
  if (MEASURE.test(quantity.unit) || quantity.unit === '') return false;
  const plain = claim.text.normalize('NFKC');
  if (plain[quantity.end] !== 'の' && plain[quantity.end] !== 'で') return false;
  const clause = clauseAt(claim, quantity.start);
  const measures = quantities.filter(
    (other) => other.start > quantity.end && other.end <= clause.end && MEASURE.test(other.unit),
  );
  if (measures.length === 0) return false;
  if (
    stated.some((sentence) =>
      sentence.quantities.some((other) => other.unit === quantity.unit && other.value !== 1),
    )
  )
    return false;
  // The page writes the same rate: one of the counter straight before the claim's measure (1回1.5リットル,
  // 1個当たり900円), the denominator the quantity reader drops.
  const counter = quantity.text.normalize('NFKC').replace(/^[1一]/u, '');
  const rate = new RegExp(
    `[1一]${counter.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:当たり|あたり|につき)?(?:約|およそ|平均)?$`,
    'u',
  );
  return stated.some((sentence) =>
    sentence.quantities.some(
      (other) =>
        measures.some((measure) => sameUnit(measure, other) && sameValue(measure, other)) &&
        rate.test(sentence.text.slice(Math.max(0, other.start - 8), other.start).normalize('NFKC')),
    ),
  );
}

/**
 * Quantities written as words: 半額/半分/半数 are 2分の1, a bare 倍 (倍以上, 倍増) is 2倍, a decade is 10年, and 両
 * ("both") with a counter is two of it (両日 = 2日間, 両社 = 2社, 両国 = 2カ国, 両氏/両者 = 2人).
 */
function isWordQuantity(quantity: Quantity, norm: string): boolean {
  // An English decade is ten years (over the past decade: 過去10年).
  if (quantity.value === 10 && quantity.unit === '年') return /decade(?!s)/iu.test(norm);
  if (quantity.value === 0.5 && quantity.unit === '') return /半額|半分|半数|半減/u.test(norm);
  if (quantity.value === 2 && quantity.unit === '倍')
    return /(?<![\d一二三四五六七八九十百千数])倍/u.test(norm);
  if (quantity.value === 2 && !quantity.vague) {
    if (quantity.unit === '人') return /両氏|両者|両人/u.test(norm);
    const counter = [...quantity.unit.replace(/^(?:か|カ|ヵ|ケ|ヶ)/u, '')][0];
    return counter !== undefined && /\p{Script=Han}/u.test(counter) && norm.includes(`両${counter}`);
  }
  return false;
}

// A source that calls a thing the only one of its kind (唯一の, ただ一つの; the only, its sole, a
// single, only one) gives the count of one a claim writes with a counter (橋は1本しかない,
// ただ一つの書店, 1台だけ). Read only in the sentences that state the claim's clause; not the
// single largest, which ranks.
const ONLY_ONE =
  /唯一|ただ[一1](?:つ|人|台|機|本|軒|か所|カ所)?|\b(?:the|its|their|his|her)\s+(?:only|sole)\b|\ba\s+single\s|\bonly\s+one\b/iu;

function isOnlyOne(quantity: Quantity, text: string): boolean {
  return (
    quantity.value === 1 &&
    !quantity.approx &&
    !quantity.vague &&
    quantity.bound === undefined &&
    ONLY_ONE.test(text.normalize('NFKC'))
  );
}

const KANJI_NUMERAL = /[〇零一二三四五六七八九十百千万億兆]+/gu;

/**
 * True when the sentence writes the claim's figure in kanji numerals with the same words after it
 * (一年延ばす, 三市町の, 一円程度 for 1年, 3市町, 1円程度). quantities.ts reads a lone kanji digit
 * only before a few counters, as it also starts words (一部, 三重); a figure the claim gives is
 * looked for as written, the digits and the words that follow, with the sentence's numerals in figures.
 */
function isInKanjiNumerals(claimText: string, quantity: Quantity, norm: string): boolean {
  const plain = claimText.normalize('NFKC');
  const numeral = /[0-9][0-9.,万億兆千百十]*/u.exec(plain.slice(quantity.start, quantity.end));
  if (numeral === null) return false;
  const from = quantity.start + numeral.index + numeral[0].length;
  // The unit and qualifiers the claim writes after the digits (年, 円程度), or for a bare figure the
  // word it counts (11市町).
  const after =
    quantity.unit === ''
      ? (/^\p{Script=Han}{1,2}/u.exec(plain.slice(from))?.[0] ?? '')
      : plain.slice(from, quantity.end);
  if (!/[一二三四五六七八九十]/u.test(norm)) return false;
  const figures = norm.replace(KANJI_NUMERAL, (run) => numeralInFigures(run) ?? run);
  if (after === '') return quantity.unit === '' && isAfterSameWord(plain, quantity.start, numeral[0], norm);
  const wanted = numeral[0].replaceAll(',', '') + after;
  for (let at = figures.indexOf(wanted); at >= 0; at = figures.indexOf(wanted, at + 1))
    if (!/[0-9.,]/u.test(figures.charAt(at - 1))) return true;
  return false;
}

// A verb of change right after Nまで (37.4度まで上がった, 3割まで減った): the figure is the level the
// change reached, not an upper bound on it.
const CHANGE_AFTER_MADE =
  /^(?:上が|上昇|上っ|上る|のぼ|下が|低下|達|増え|増加|減|落ち|伸び|膨ら|縮|高ま|強ま|広が|拡大)/u;

/** The figure as the level a change reached (37.4度まで上がった: 37.4度), else the figure as read. */
function levelReached(text: string, quantity: Quantity): Quantity {
  if (quantity.bound !== 'max' || !quantity.text.endsWith('まで')) return quantity;
  if (!CHANGE_AFTER_MADE.test(text.slice(quantity.end).normalize('NFKC'))) return quantity;
  const { bound: _bound, ...level } = quantity;
  return level;
}

/**
 * True when a number of days the claim counts from an event it names (事故から2日後, 倒れてから4日後の
 * 22日) is the time between two dates of the sources (claims-dev's labelling rule: simple arithmetic
 * counts): the event's date, given in a source sentence that holds the event's nouns (the clause
 * before から; its verb may be written in other words), and N days later the date of what the claim tells — the claim's own date right after
 * the count (4日後の22日), or, where the claim gives none, a date of a source sentence that states the
 * claim. The count is the claim's reading of the two dates; it is no figure the sources must write.
 */
function isDaysAfterEvent(
  claim: SentenceReading,
  quantity: Quantity,
  alignment: Alignment,
  statesClaim: (sentence: SourceSentence) => boolean,
): boolean {
  if (quantity.unit !== '日' || quantity.vague || quantity.approx || quantity.bound !== undefined)
    return false;
  if (!Number.isInteger(quantity.value) || quantity.value <= 0) return false;
  if (claim.text.slice(quantity.end, quantity.end + 1) !== '後') return false;
  const before = claim.text.slice(0, quantity.start);
  if (!/から\s*$/u.test(before)) return false;
  const fromAt = before.replace(/\s+$/u, '').length - 'から'.length;
  // The event: the content words of the clause that ends in から (back to a comma or a topic は).
  const event: string[] = [];
  for (const token of claim.tokens.filter((t) => t.end <= fromAt).reverse()) {
    if (token.surface === '、' || token.surface === '。' || (token.pos === '助詞' && token.surface === 'は'))
      break;
    // Its nouns name it (御神木, 事故); its verb the sources may write in other words (倒れ, 折れ).
    if (isContentToken(token) && token.pos === '名詞') event.unshift(keyOf(token));
  }
  if (event.length === 0) return false;
  const full = (date: DateMention) =>
    date.year !== undefined && date.month !== undefined && date.day !== undefined;
  const laterThan = (date: DateMention) => {
    const at = new Date(
      Date.UTC(date.year as number, (date.month as number) - 1, (date.day as number) + quantity.value),
    );
    return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
  };
  const isDay = (date: DateMention, day: { year: number; month: number; day: number }) =>
    date.day === day.day &&
    (date.month === undefined || date.month === day.month) &&
    (date.year === undefined || date.year === day.year);
  // The claim's own date right after the count (4日後の22日, 2日後に当たる5日).
  const own = alignment.dates.find((date) => date.start >= quantity.end && date.start <= quantity.end + 8);
  const reached = (day: { year: number; month: number; day: number }) =>
    own !== undefined
      ? isDay(own, day)
      : alignment.dates.length === 0 &&
        alignment.sentences.some(
          (sentence) =>
            statesClaim(sentence) && sentence.dates.some((date) => full(date) && isDay(date, day)),
        );
  return alignment.sentences.some(
    (sentence) =>
      event.every((key) => sentence.keySet.has(key)) &&
      sentence.dates.some((date) => full(date) && reached(laterThan(date))),
  );
}

/**
 * True when the sentence counts in a unit the claim's other figures count in, or the claim gives
 * none (本数は412便から318便へと、約3割減る: a fall of 便, not of another sentence's 人).
 */
function countsClaimUnit(
  sentence: SourceSentence,
  quantities: readonly Quantity[],
  share: Quantity,
): boolean {
  const units = quantities
    .filter((other) => other !== share && other.unit !== '' && other.unit !== '割' && other.unit !== '%')
    .map((other) => other.unit);
  return units.length === 0 || sentence.quantities.some((other) => units.includes(other.unit));
}

// What makes a claim's figure a difference of two others: a change (増え, 減らし, 上げ, 下回る), a gap
// (差, 開き, 多い, 少ない, 足りない, 不足), what is left of a whole (以外, 残り, ほか, あと, 除く) or the
// part that did not do what the rest did (9人のうち6人は受けていなかった: a negation). Without one, a
// figure that is two others' difference (4人救助、1人不明: 3) is a figure the sources do not give.
const DIFFERENCE =
  /増|減|上げ|下げ|上が|下が|上回|下回|伸び|縮|膨ら|差|開き|違い|多い|多く|少な|足りな|足らな|不足|超え|以外|残|ほか|他の|除|あと|ない|なかっ|ず[、。にの]|未/u;

/** True when the claim tells a difference, so that a figure of it may be the difference of two a source gives. */
function tellsDifference(claimText: string): boolean {
  return DIFFERENCE.test(claimText);
}

/**
 * True when a claim's number of years (40年を過ぎた) is written as such in the sentence (耐用年数の40年を
 * 超えた), which quantities.ts may read as a year rather than a length of time: a figure with 年 and no
 * era or four digits is either, and the claim's reading decides. The digits must stand alone (not
 * 2040年).
 */
function isYearsAsWritten(quantity: Quantity, norm: string): boolean {
  if (quantity.unit !== '年' || quantity.value >= 1000 || !Number.isInteger(quantity.value)) return false;
  const figures = norm.replace(KANJI_NUMERAL, (run) => numeralInFigures(run) ?? run);
  const wanted = `${quantity.value}年`;
  for (let at = figures.indexOf(wanted); at >= 0; at = figures.indexOf(wanted, at + 1))
    if (
      !/[0-9.,]/u.test(figures.charAt(at - 1)) &&
      !/[度代生目制次産式号頭末始初内中来明半]/u.test(figures.charAt(at + wanted.length))
    )
      return true;
  return false;
}

/**
 * True when a bare figure (賛成10、反対5) follows the same word in the sentence, in kanji numerals
 * there (賛成十、反対五): the word the claim writes right before the digits, and no further digit after.
 */
function isAfterSameWord(plain: string, start: number, digits: string, norm: string): boolean {
  const word = /\p{Script=Han}{2}$/u.exec(plain.slice(0, start))?.[0];
  if (word === undefined) return false;
  // 十 alone is ten here (numeralInFigures wants a digit kanji, as 十 also starts words: 十分).
  const figures = norm.replace(KANJI_NUMERAL, (run) =>
    run === '十' ? '10' : (numeralInFigures(run) ?? run),
  );
  const wanted = word + digits.replaceAll(',', '');
  for (let at = figures.indexOf(wanted); at >= 0; at = figures.indexOf(wanted, at + 1))
    if (!/[0-9.,]/u.test(figures.charAt(at + wanted.length))) return true;
  return false;
}

/** True when the quantity is the difference of two quantities of one source sentence (4300円→4900円: 600円). */
function isDifference(quantity: Quantity, others: readonly Quantity[]): boolean {
  for (const a of others)
    for (const b of others)
      if (
        a !== b &&
        a.unit === quantity.unit &&
        b.unit === quantity.unit &&
        Math.abs(a.value - b.value - quantity.value) < 1e-9
      )
        return true;
  return false;
}

// A claim that tells a gap between two figures, by its own word for it: a difference (差, 開き, 違い),
// one figure going past or falling short of another (上回る, 下回る, 超える), or one side more or less
// than the other (多い, 少ない, 高い, 安い, 低い, 長い, 短い, 早い, 遅い) — not a change over time
// (増えた, 減った), which has a figure of its own in the sources it comes from.
const GAP =
  /差|開き|違い|上回|下回|超え|超過|多い|多く|少な|高い|高く|安い|安く|低い|低く|長い|長く|短い|短く|早い|早く|遅い|遅く/u;

/**
 * True when the claim's figure is exactly the gap between two figures of its unit that the sentences
 * stating the claim give, each in its own sentence or both in one (売上金は約7万3千円 … 目標は8万円:
 * 差は約7000円; 目安は20センチ … 水位は約32センチ: 約12センチ上回る): a figure written at another scale
 * of the unit (1.2メートル for センチ) is compared in the claim's unit. Only the exact difference of
 * the two figures as written counts (8万 − 7万3千 is 7000, not 8000); a vague figure (数千) has none,
 * and the claim must tell a gap (GAP) of the figure: the words after it up to the end of its clause, or
 * the figure's own topic (差は).
 */
function isGapBetweenSentences(
  claimText: string,
  quantity: Quantity,
  sentences: readonly SourceSentence[],
): boolean {
  if (quantity.unit === '' || quantity.vague) return false;
  const around = claimText.slice(Math.max(0, quantity.start - 6), quantity.end + 8);
  if (!GAP.test(around)) return false;
  const figures = sentences.flatMap((sentence) =>
    sentence.quantities
      .filter((other) => !other.vague)
      .map((other) => inUnit(other, quantity.unit))
      .filter((other) => other.unit === quantity.unit),
  );
  const exact = (value: number) => Math.abs(value - quantity.value) < 1e-9 * Math.max(1, quantity.value);
  return figures.some((a) => figures.some((b) => a !== b && a.value !== b.value && exact(a.value - b.value)));
}

// A comparison in a sentence (31人で、必要な人数より5人少ない; 前年を3件上回る): the figure and the
// difference give the other side by addition as well as by subtraction.
const COMPARISON = /より|比べ|上回|下回|少な|多い|多く|不足|足り/u;

/** True when the quantity is the sum of two figures of its unit in a sentence that compares them. */
function isSumOfComparison(quantity: Quantity, sentence: SourceSentence): boolean {
  if (!COMPARISON.test(sentence.text)) return false;
  const others = sentence.quantities.filter((other) => other.unit === quantity.unit && other.unit !== '');
  return others.some((a) =>
    others.some((b) => a !== b && Math.abs(a.value + b.value - quantity.value) < 1e-9),
  );
}

/**
 * True when the figure is the one part a claim lists that the sources leave out, where they give the
 * total and the claim's other parts (7日に4回、8日に5回 where the sources say 計9回 and 初日は4回):
 * the claim's figures of the unit add up to a figure a source writes as a total (計, 合わせて), and
 * every other one of them is a figure of the sources. One figure the sources lack may be derived so,
 * never two (4回 and 5回 for a total of 9 would each rest on the other).
 */
function isRestOfTotal(quantity: Quantity, quantities: readonly Quantity[], alignment: Alignment): boolean {
  if (quantity.unit === '' || quantity.vague) return false;
  const parts = quantities.filter(
    (other) => other !== quantity && other.unit === quantity.unit && !other.vague,
  );
  if (parts.length === 0) return false;
  const given = (part: Quantity) =>
    alignment.sentences.some((sentence) =>
      sentence.quantities.some((other) => other.unit === part.unit && sameValue(part, other)),
    );
  if (!parts.every(given)) return false;
  const sum = parts.reduce((total, part) => total + part.value, quantity.value);
  return alignment.sentences.some((sentence) =>
    sentence.quantities.some(
      (other) =>
        other.unit === quantity.unit &&
        !other.vague &&
        Math.abs(other.value - sum) < 1e-9 * Math.max(1, sum) &&
        saysTotal(sentence.text, other),
    ),
  );
}

// A claim that adds its own figures up (合わせると, 合計, 全体, 総): the sum it gives is its own arithmetic.
const ADDS_UP = /合わせ|あわせ|併せ|合計|総|全体|(?<!\p{Script=Han})計/u;

/**
 * True when the figure is the sum or the difference of two other figures of its unit in the claim,
 * each of which a source gives (昼の3トンと夜の5トンで計8トン; 前は20台、今は26台と6台増えた): the
 * claim shows its arithmetic, on figures the sources back.
 * A sum only where the claim adds up (ADDS_UP), a difference only where it tells one (DIFFERENCE).
 */
function isOwnArithmetic(
  claimText: string,
  quantity: Quantity,
  quantities: readonly Quantity[],
  alignment: Alignment,
): boolean {
  if (quantity.unit === '' || quantity.vague) return false;
  const given = (part: Quantity) =>
    alignment.sentences.some((sentence) =>
      sentence.quantities.some((other) => other.unit === part.unit && sameValue(part, other)),
    );
  const parts = quantities.filter(
    (other) =>
      other !== quantity && other.unit === quantity.unit && !other.vague && other.value !== quantity.value,
  );
  const backed = parts.filter(given);
  const adds = ADDS_UP.test(claimText);
  const differs = tellsDifference(claimText);
  return backed.some((a) =>
    backed.some(
      (b) =>
        a !== b &&
        ((adds && Math.abs(a.value + b.value - quantity.value) < 1e-9 * Math.max(1, quantity.value)) ||
          (differs && Math.abs(a.value - b.value - quantity.value) < 1e-9 * Math.max(1, quantity.value))),
    ),
  );
}

// Words that make a figure a total (合わせて110人, 計3件, 合計で約5億円, 総計): its parts may be listed instead.
const TOTAL_BEFORE = /(?:合わせて|あわせて|併せて|合計|総計|総額|(?<!\p{Script=Han})計)\s*(?:で|は)?\s*$/u;

/** True when the claim writes the figure as a total (合わせて, 計, 合計, 総計 right before it). */
function saysTotal(text: string, quantity: Quantity): boolean {
  return TOTAL_BEFORE.test(text.slice(Math.max(0, quantity.start - 6), quantity.start));
}

/**
 * True when the total is the sum of figures the sentence lists one after another in the same unit
 * (看護師は東病院が40人、西病院が35人: 75人): consecutive figures only, each separated from
 * the last by a short stretch within the sentence that starts no new topic (…、検査技師は3人), so two figures of unrelated things far apart in
 * a page never add up to a claim's total.
 */
function isSumOfList(quantity: Quantity, sentence: SourceSentence): boolean {
  if (quantity.unit === '') return false;
  const figures = sentence.quantities
    .filter((other) => other.unit === quantity.unit && !other.vague && !other.baseline)
    .sort((a, b) => a.start - b.start);
  const close = (tolerance: number, value: number) =>
    quantity.approx ? Math.abs(value - quantity.value) <= tolerance : Math.abs(value - quantity.value) < 1e-9;
  for (let i = 0; i < figures.length; i++) {
    let sum = (figures[i] as Quantity).value;
    for (let j = i + 1; j < figures.length; j++) {
      const gap = sentence.text.slice((figures[j - 1] as Quantity).end, (figures[j] as Quantity).start);
      // A new topic (検査技師は) starts another thing counted: its figure is no part of this list.
      if (gap.length > 20 || /[。！？]|は/u.test(gap)) break;
      sum += (figures[j] as Quantity).value;
      // 約 rounds the total to its last written place, as 約 does for one figure (roundsTo).
      if (close(roundingOf(quantity), sum)) return true;
    }
  }
  return false;
}

/** Half the place of the last written digit of an approximate figure (約110 → 5, 約3万 → 5000). */
function roundingOf(quantity: Quantity): number {
  let place = 1;
  while (place < quantity.value && quantity.value % (place * 10) === 0) place *= 10;
  return place / 2;
}

/**
 * True when a number of months is the time between two dates of one sentence on the same day of
 * the month (10月1日から11月1日に延期: 1か月).
 */
function isSpanBetween(quantity: Quantity, dates: readonly DateMention[]): boolean {
  if (quantity.unit !== 'か月') return false;
  const monthOf = (date: DateMention) =>
    date.month === undefined ? undefined : (date.year ?? 0) * 12 + date.month;
  return dates.some((a) =>
    dates.some((b) => {
      const from = monthOf(a);
      const to = monthOf(b);
      return (
        a !== b && from !== undefined && to !== undefined && a.day === b.day && to - from === quantity.value
      );
    }),
  );
}

/** The few characters before a figure, without the particle that joins them to it (沿岸の釣りに → 沿岸の釣り). */
function wordsBefore(text: string, quantity: Quantity): string {
  return text.slice(Math.max(0, quantity.start - 8), quantity.start).replace(/[にはがをの、\s]+$/u, '');
}

/** How many characters two strings share at their ends. */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}
