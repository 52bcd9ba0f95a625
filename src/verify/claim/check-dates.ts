import { type Finding, pathFinding } from '../../domain/report.ts';
import { type DateMention, findDates } from '../../text/dates.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import { parseJapaneseNumber } from '../../text/quantities.ts';
import type { Token } from '../../text/tokenizer.ts';
import {
  isRetractedSpan,
  isStampDate,
  isSupersededSpan,
  TELLS_EARLIER,
  TELLS_REVISION,
  tellsCorrection,
} from '../../understand/correction-note.ts';
import { dateHead, englishDateHead, isMakingKnown, isOccurring } from '../../understand/date-head.ts';
import {
  type Clause,
  clauseAt,
  isContentToken,
  keyOf,
  type SentenceReading,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import { topicOf } from '../../understand/subject.ts';
import { nounCompounds, type SourceSentence } from '../../understand/understand-document.ts';
import { type Alignment, best, overlap, overlapScorer } from './alignment.ts';
import { attributesTo } from './attributed-figure.ts';
import { datesBacking, givesNoClockTime, isJoinedTime, otherTimeOfDay } from './clock-times.ts';
import { agrees, datesOf, retells, sameValue } from './elements.ts';
import { actOnOtherObjects, argumentOf, namesSameThing } from './objects.ts';
import { readsInEnglish } from './speakers.ts';

// Dates: in the listed sources for the same event, and not one side of a disagreement stated as settled.

export function checkDates(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const first = alignment.dates;
  // A claim without a date has nothing to check here: no reading of it against each source's date.
  if (first.length === 0) return out;
  const references = [
    ...new Set(
      alignment.scope
        .map((understanding) => understanding.document.publishedAt)
        .filter((date) => date !== undefined),
    ),
  ];
  const readings = [first, ...references.map((reference) => findDates(claim.text, { reference }))];
  const outside = stripQuotes(claim.text, claim.quotes);
  // Where each mention's findings begin in `out`, and the findings held back for a day the claim
  // itself counts to a later date of its own (5日夜の火事の翌6日): see dayBefore.
  const starts: number[] = [];
  const held: { finding: Finding; later: number }[] = [];
  first.forEach((mention, m) => {
    starts[m] = out.length;
    if (outside[mention.start] === '＊') return;
    // A day counted from the one before (翌日, 前日, 同日) with no date before it in the claim counts
    // from an event the claim names (事故の翌日) or from when the words were said (翌日にまた来ると話した),
    // not from the page's date: read against the page's date it would be a guess.
    if (ANCHORED_DAY.test(mention.text) && !fixesSomething(mention)) return;
    // A relative word read without a page's date (今年, 昨年) says no year at all and would agree with
    // any; where the sources have dates, only its readings against them count. A vague one (2年前,
    // about two years ago) keeps its loose reading.
    const variants = readings
      .map((reading) => reading[m])
      .filter((d): d is DateMention => d !== undefined)
      .filter(
        (d, i) =>
          i > 0 ||
          references.length === 0 ||
          d.approx === true ||
          // 昨年3月 read without a page's date keeps only 3月: its year is in the readings against the pages.
          (fixesSomething(d) && !RELATIVE_YEAR.test(d.text)),
      );
    const clause = ownClause(claim, mention);
    // The words around the date say what it dates (1952年開館の映画館が閉館する: 開館); the whole
    // clause when too few stand near it.
    const near = claim.tokens
      .filter(
        (token) =>
          token.start >= clause.start &&
          token.end <= clause.end &&
          token.end >= mention.start - 20 &&
          token.start <= mention.end + 20 &&
          isContentToken(token),
      )
      .map(keyOf)
      .filter((key) => alignment.weights.has(key));
    const weightOf = (list: readonly string[]) =>
      list.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0), 0);
    const clauseKeys = clause.keys.filter((key) => alignment.weights.has(key));
    const keys = weightOf(near) >= 2 ? near : clauseKeys;
    const nearSet = new Set(keys);
    const nearScore = overlapScorer(alignment, nearSet);
    const scoredNear = alignment.sentences.map((sentence) => ({ sentence, score: nearScore(sentence) }));
    // Conflicts compare whole clauses: the same event, not only the same date words.
    const clauseSet = new Set(clauseKeys);
    const clauseScore = overlapScorer(alignment, clauseSet);
    const scored = alignment.sentences.map((sentence) => ({ sentence, score: clauseScore(sentence) }));
    const bestScore = Math.max(0, ...scoredNear.map((entry) => entry.score));
    // A sentence in another language than the claim's shares only the words its vocabulary glosses
    // (understand/english-gloss.ts), far fewer than a sentence of a page in the claim's language
    // shares: where it dates the claim's day by a bare weekday (on Wednesday), which the claim's
    // writer turned into the day of the month, it is held to the best of the sentences in its own
    // language, as check-quantities holds a foreign rival — not to a Japanese page's fuller account
    // of the same story. A date it writes out (June 4) is compared as before: there the Japanese
    // page's other day is a rival report (a conflict the claim settles), not another event.
    const foreign = (sentence: SourceSentence) =>
      !alignment.local.some((read) => read.document.id === sentence.sourceId);
    const bestForeign = Math.max(
      0,
      ...scoredNear.filter((entry) => foreign(entry.sentence)).map((entry) => entry.score),
    );
    // A date a correction note retracts (「午後5時まで」としていましたが…誤りでした) backs no claim, as
    // a retracted figure or name does not, unless the claim itself tells of the error.
    const correcting = tellsCorrection(claim.text);
    // An editor's stamp (※12月4日16時更新) dates a version of the page: it backs only a claim about
    // the page's versions (…は10日の配信で…誤って伝え), and is no rival date of an event.
    const ofVersions = correcting || VERSIONS.test(claim.text);
    const usable = (sentence: SourceSentence, date: DateMention) =>
      (correcting || !retracted(sentence, date)) && (ofVersions || !stamped(sentence, date));
    // A clock time of the claim is compared with the time the sentence gives its day, where it gives
    // one apart from the day (25日、…が午前7時ごろから止まった): clock-times.ts.
    const backs = (sentence: SourceSentence, timed: boolean) =>
      variants.some((variant) =>
        datesBacking(sentence, variant).some(
          (date) => (!timed || date.time !== undefined) && agrees(variant, date) && usable(sentence, date),
        ),
      );
    const agreeing = scoredNear.filter(({ sentence }) => backs(sentence, false));
    const mine = dateHead(claim, mention)?.lemma;
    // A date written onto a verbal noun (1952年開館の映画館: 連体修飾) dates that noun's event, not
    // the claim's main one: a source sentence giving the date to the same event (1952年、…開館した)
    // aligns however little else of the claim it says.
    // So does a date inside a relative clause (2028年に稼働する予定の工場を建てる: 稼働).
    // So does a date given straight to a verbal noun used as a verb (2029年4月に開院させる, 5日に
    // 閉店した): the source may name the same event as a noun (2029年4月の開院を予定).
    const verbalNounAt = (offset: number) =>
      claim.tokens.some(
        (token) => token.start === offset && token.pos === '名詞' && token.posDetail === 'サ変接続',
      );
    const namesEvent =
      verbalNounAt(mention.end) ||
      (claim.text.startsWith('に', mention.end) && verbalNounAt(mention.end + 1)) ||
      // …and one written onto it with の (12日夜の停電): the date of that event.
      (claim.text.startsWith('の', mention.end) && verbalNounAt(mention.end + 1)) ||
      dateHead(claim, mention)?.attributive === true ||
      // …and one its topic names (開館は1990年だ, 気付いたのは10日だった): the event in focus, named
      // before the date, is what the claim dates.
      namedBefore(claim, mention);
    const datesSameEvent = (sentence: SourceSentence) =>
      namesEvent &&
      mine !== undefined &&
      sentence.dates.some(
        (date) =>
          variants.some((variant) => agrees(variant, date)) && dateHead(sentence, date)?.lemma === mine,
      );
    // …and a claim that dates a schedule (15日に予定されている) shares that word with an English
    // weekday scheduled (planned for Thursday) though the vocabulary glosses neither.
    const schedules = mine !== undefined && SCHEDULE_HEADS.has(mine);
    const foreignWeekdayAligns = (sentence: SourceSentence, score: number) =>
      datesOf(sentence).some((date) => {
        if (!isBareWeekday(date) || !variants.some((variant) => agrees(variant, date))) return false;
        const scheduled =
          schedules &&
          EN_SCHEDULED_BEFORE.test(sentence.text.slice(Math.max(0, date.start - 24), date.start));
        const own = score + (scheduled ? 1 : 0);
        return own > 0 && own >= 0.5 * bestForeign;
      });
    // A sentence in another language that gives the claim's date, where no other sentence aligned as
    // well gives a date of the same kind at all: its verb is one the vocabulary does not gloss
    // (leaked, rushed, built), and the sources date nothing else the claim could mean by it. A rival
    // date in a sentence aligned at least as well (the claim's event dated otherwise, or told in
    // words the vocabulary cannot gloss either) still makes it another event's, and a claim's clock
    // time needs the sentence's own (on Tuesday morning backs no 5日午後1時).
    const foreignUnrivalled = (entry: { sentence: SourceSentence; score: number }) =>
      foreign(entry.sentence) &&
      backs(entry.sentence, mention.time !== undefined) &&
      scoredNear.every(
        ({ sentence, score }) =>
          sentence === entry.sentence ||
          score < entry.score ||
          datesOf(sentence).every(
            (date) => !sharesFields(mention, date) || variants.some((variant) => agrees(variant, date)),
          ),
      );
    const aligned = agreeing.filter(
      (entry) =>
        entry.score >= 0.5 * bestScore ||
        (foreign(entry.sentence) && foreignWeekdayAligns(entry.sentence, entry.score)) ||
        foreignUnrivalled(entry) ||
        (entry.score > 0 && datesSameEvent(entry.sentence)) ||
        (entry.score > 0 && datesOwnAct(claim, mention, variants, entry.sentence, alignment)) ||
        holdsAnotherElement(claim, alignment, mention, variants, entry.sentence),
    );
    // A clock time backed only by sentences giving its day without a time, while a sentence aligned
    // at least as well gives that day another time (8日午前6時ごろ, a claim's 8日午後6時ごろ): the time
    // is the sources' for the day, and the claim's is not it.
    const otherTime =
      mention.time === undefined ||
      aligned.length === 0 ||
      aligned.some(({ sentence }) => backs(sentence, true))
        ? undefined
        : scoredNear
            .filter(({ score }) => score > 0 && score >= Math.max(...aligned.map((entry) => entry.score)))
            .map(({ sentence }) => ({
              sentence,
              time: variants
                .map((variant) => otherTimeOfDay(sentence, variant, (date) => usable(sentence, date)))
                .find((time) => time !== undefined),
            }))
            .find((entry) => entry.time !== undefined);
    if (otherTime !== undefined) {
      out.push(
        pathFinding(
          'support.date',
          'error',
          path,
          `The sources give the day of 「${mention.text}」 another time, 「${otherTime.time?.text}」: 「${otherTime.sentence.text}」.`,
          mention.text,
          { kind: 'elsewhere', text: mention.text, sourceText: otherTime.sentence.text },
        ),
      );
      return;
    }
    // A clock time where the listed pages give no clock time at all: only the day is theirs.
    if (mention.time !== undefined && aligned.length > 0 && givesNoClockTime(alignment.sentences)) {
      out.push(
        pathFinding(
          'support.date',
          'error',
          path,
          `The time of 「${mention.text}」 is not in the listed sources: they give no clock time.`,
          mention.text,
          { kind: 'missing', text: mention.text },
        ),
      );
      return;
    }
    if (aligned.length === 0) {
      // The N-th day of a dated event (営業停止2日目の12月2日) is arithmetic on the sources' date.
      if (isCountedDay(claim, mention, variants, alignment)) return;
      const finding = pathFinding(
        'support.date',
        'error',
        path,
        agreeing.length === 0
          ? `The date 「${mention.text}」 is not in the listed sources.`
          : `The date 「${mention.text}」 is in the sources, but for something else: 「${(agreeing[0] as { sentence: SourceSentence }).sentence.text}」.`,
        mention.text,
        agreeing.length === 0
          ? { kind: 'missing', text: mention.text }
          : {
              kind: 'elsewhere',
              text: mention.text,
              sourceText: (agreeing[0] as { sentence: SourceSentence }).sentence.text,
            },
      );
      // A day in the sources that the claim counts to a later date of its own waits on that date.
      const later = agreeing.length > 0 ? dayBefore(claim.text, first, m) : undefined;
      if (later === undefined) out.push(finding);
      else held.push({ finding, later });
      return;
    }
    // The date is in the sentence, but it dates another event there (12日発表の速報値), while the
    // claim's event carries a different date (県は19日、…上方修正した).
    const closest = best(aligned, (entry) => entry.score) as { sentence: SourceSentence; score: number };
    const misplaced =
      mine !== undefined &&
      [closest].every(({ sentence }) => {
        // The sentence's own dates, a time told apart from its day joined to it (clock-times.ts).
        const own = variants.flatMap((variant) =>
          datesBacking(sentence, variant).filter(
            (date) => agrees(variant, date) && sentence.dates.some((theirs) => theirs.start === date.start),
          ),
        );
        // The competing date is of the same kind (a day for a day, not 2032年度 for 19日).
        return (
          own.length > 0 &&
          own.every((date) => !datesEvent(sentence, date, mine)) &&
          sentence.dates.some(
            (date) =>
              !own.some((theirs) => theirs.start === date.start) &&
              sharesFields(mention, date) &&
              datesEvent(sentence, date, mine),
          )
        );
      });
    if (misplaced) {
      const sentence = closest.sentence;
      out.push(
        pathFinding(
          'support.date',
          'error',
          path,
          `The date 「${mention.text}」 is in the sources, but for something else: 「${sentence.text}」.`,
          mention.text,
          { kind: 'elsewhere', text: mention.text, sourceText: sentence.text },
        ),
      );
      return;
    }
    // A source that moved the date (開始日を10月1日から11月1日に延期): the old date stated as current.
    const backing = aligned.map((entry) => entry.sentence);
    const moved = movedFrom(alignment, variants, first, clauseKeys, backing);
    if (moved !== undefined && !/当初|もともと|元々|延期|変更|前倒し|繰り上げ|繰り下げ/u.test(claim.text)) {
      out.push(
        pathFinding(
          'conflict.settled',
          'error',
          path,
          `Source ${moved.sentence.sourceId} moved 「${mention.text}」 to 「${moved.to.text}」; the claim states the old date as settled: 「${moved.sentence.text}」.`,
          mention.text,
          { kind: 'revised', text: mention.text, other: moved.to.text, source: moved.sentence.sourceId },
        ),
      );
      return;
    }
    // A page that tells the date as what was said before (これまで「10月から」と説明していた) beside a
    // newer one of the same kind (2026年9月に始まっていた) superseded it: the claim states the old date
    // as settled, unless it tells it as the earlier one or tells the change.
    const newer = supersedingDate(alignment, variants, first, mention);
    if (newer !== undefined && !TELLS_EARLIER.test(claim.text) && !TELLS_REVISION.test(claim.text)) {
      out.push(
        pathFinding(
          'conflict.settled',
          'error',
          path,
          `Source ${newer.sentence.sourceId} gives 「${mention.text}」 as the earlier account and 「${newer.date.text}」 as the newer one; the claim states the old date as settled: 「${newer.sentence.text}」.`,
          mention.text,
          { kind: 'revised', text: mention.text, other: newer.date.text, source: newer.sentence.sourceId },
        ),
      );
      return;
    }
    // A source that called off what was planned for the date, naming no new one (来年1月に予定していた
    // 解体工事の着工を延期する): the date no longer holds, unless the claim tells of the plan or its end.
    const called = calledOff(alignment, variants, clauseKeys);
    if (
      called !== undefined &&
      !/当初|もともと|元々|延期|変更|中止|見送|取りやめ|取り止め|見合わせ|白紙|撤回|予定していた|予定されていた|と(?:発表|公表)し/u.test(
        claim.text,
      )
    ) {
      out.push(
        pathFinding(
          'conflict.settled',
          'error',
          path,
          `Source ${called.sourceId} called off what was planned for 「${mention.text}」; the claim states it as current: 「${called.text}」.`,
          mention.text,
          { kind: 'revised', text: mention.text, other: '', source: called.sourceId },
        ),
      );
      return;
    }
    // A different date or time for the same event in another listed source: a conflict.
    // The anchor is a sentence giving the claim's time as written, where one does: a time within the
    // slack of ごろ (午前9時ごろ for 午前8時半ごろ) is the other outlet's report, not the claim's source.
    const givesExactly = ({ sentence }: { sentence: SourceSentence }) =>
      mention.time !== undefined &&
      variants.some((variant) =>
        datesBacking(sentence, variant).some(
          (date) => date.time !== undefined && agreesExactly(variant, date) && usable(sentence, date),
        ),
      );
    const exactly = aligned.filter(givesExactly);
    const anchor = best(exactly.length > 0 ? exactly : aligned, (entry) => entry.score) as {
      sentence: SourceSentence;
      score: number;
    };
    const lemmas = new Set(
      claim.predicates.filter((p) => p.start >= clause.start && p.end <= clause.end).map((p) => p.lemma),
    );
    const anchorScore = overlap(alignment, anchor.sentence, clauseKeys);
    for (const { sentence, score } of scored) {
      if (sentence.sourceId === anchor.sentence.sourceId) continue;
      // A short claim shares few words with the rival; a date heading the same event predicate in
      // both (気付いたのは3時ごろだった / 1時半ごろ、…に気付いた) needs fewer.
      const sameEvent = sameHead(claim, mention, sentence);
      if ((sameEvent ? score <= 0 : score < 2) || (score < 0.7 * anchorScore && !sameEvent)) continue;
      // The same event: the rival sentence says it with one of the clause's own predicates, and
      // does not give the claim's figures other values (the 12日 速報値 is another event than the 19日 revision).
      // A date heading the same event (2031年度に完成する / 2032年度の完成) says it as well: news
      // names an event by its verbal noun as often as by its verb.
      if (!sameEvent && !sentence.predicates.some((p) => lemmas.has(p.lemma))) continue;
      const figures = alignment.quantities;
      if (
        figures.some(
          (mine) =>
            sentence.quantities.some((q) => q.unit === mine.unit && !sameValue(q, mine)) &&
            !sentence.quantities.some((q) => sameValue(q, mine)),
        )
      )
        continue;
      // Where both dates head the same event, two approximate times written at different values are two
      // reports (午前4時ごろ / 午前三時半ごろ), as for twinRival below.
      // …and so are two approximate times of two outlets, where the anchor gives the claim's own.
      const same = sameEvent || (exactly.length > 0 && mention.approx === true) ? agreesExactly : agrees;
      const rival = sentence.dates.find(
        (date) =>
          variants.every((variant) => !same(variant, date)) &&
          sharesFields(mention, date) &&
          !first.some((mine) => same(mine, date)) &&
          // A date of another event of the sentence (休止 from the 11th, 再開 from the 25th) is no rival.
          sameEventHead(mine, dateHead(sentence, date)?.lemma) &&
          !stamped(sentence, date) &&
          // …nor the date of the same act on another thing (説明会を開く, 委員会を開く).
          !datesOtherObjects(claim, mention, sentence, date, alignment),
      );
      if (rival === undefined) continue;
      // A source that moved the rival date to the claim's (AからBに延期) settled the question.
      if (movedTo(alignment, rival, variants)) continue;
      if (datesOf(sentence).some((date) => variants.some((variant) => same(variant, date)))) continue;
      // The claim gives its date to the outlet or source that reported it: who said what.
      if (
        attributesTo(
          claim,
          alignment,
          mention,
          aligned.map((entry) => entry.sentence),
          sentence,
        )
      )
        continue;
      out.push(
        pathFinding(
          'conflict.settled',
          'error',
          path,
          `The sources disagree: 「${mention.text}」 against 「${rival.text}」 (${sentence.sourceId}: 「${sentence.text}」); the claim states one as settled.`,
          mention.text,
          {
            kind: 'disagree',
            text: mention.text,
            other: rival.text,
            source: sentence.sourceId,
            sourceText: sentence.text,
          },
        ),
      );
      break;
    }
    if (out.some((finding) => finding.code === 'conflict.settled')) return;
    // The words of the date's clause and of its head's (a cleft puts the head before のは).
    const headAt = dateHead(claim, mention)?.end;
    const twinKeys = [...clauseKeys, ...(headAt === undefined ? [] : clauseAt(claim, headAt - 1).keys)];
    const twin = twinRival(alignment, mention, variants, first, aligned, twinKeys);
    if (twin !== undefined && !attributesTo(claim, alignment, mention, [twin.anchor], twin.sentence))
      out.push(
        pathFinding(
          'conflict.settled',
          'error',
          path,
          `The sources disagree: 「${mention.text}」 against 「${twin.rival.text}」 (${twin.sentence.sourceId}: 「${twin.sentence.text}」); the claim states one as settled.`,
          mention.text,
          {
            kind: 'disagree',
            text: mention.text,
            other: twin.rival.text,
            source: twin.sentence.sourceId,
            sourceText: twin.sentence.text,
          },
        ),
      );
  });
  starts[first.length] = out.length;
  // A day the claim counts to a later date of its own (12日夜の火事から一夜明けた13日, 12日に…、翌13日に)
  // is told by that date: where the later one holds and the sources give the earlier day, the claim's
  // own arithmetic places its event; the sources need not name that event in the claim's words.
  for (const { finding, later } of held)
    if ((starts[later + 1] as number) > (starts[later] as number)) out.push(finding);
  return out;
}

/**
 * The index of a later date of the claim that the claim counts as the day after this one (翌6日,
 * 一夜明けた6日, 翌日の6日), when the two are one day apart; undefined otherwise.
 */
function dayBefore(text: string, dates: readonly DateMention[], m: number): number | undefined {
  const earlier = dates[m] as DateMention;
  for (let k = m + 1; k < dates.length; k++) {
    const later = dates[k] as DateMention;
    if (ANCHORED_DAY.test(later.text)) continue;
    if (!DAY_AFTER.test(text.slice(earlier.end, later.start))) continue;
    return nextDay(earlier, later) ? k : undefined;
  }
  return undefined;
}

/** Words that count the date after them as the day after something named before (翌, 一夜明けた). */
const DAY_AFTER = /(?:翌|翌日の?|一夜(?:が)?明けた|一夜(?:が)?明けて)[、\s]*$/u;

/** True when `later` is the day after `earlier` (both days; months, where given, agree). */
function nextDay(earlier: DateMention, later: DateMention): boolean {
  if (earlier.day === undefined || later.day === undefined) return false;
  if (earlier.month === undefined || later.month === undefined) return later.day === earlier.day + 1;
  // A year neither gives is read as a common year (2001): only a claim's 2月28日 against 3月1日 could differ.
  const next = new Date(Date.UTC(earlier.year ?? later.year ?? 2001, earlier.month - 1, earlier.day + 1));
  return (
    next.getUTCMonth() + 1 === later.month &&
    next.getUTCDate() === later.day &&
    (earlier.year === undefined || later.year === undefined || next.getUTCFullYear() === later.year)
  );
}

// A count of days before a date (営業停止2日目の12月2日, 着工から3日後の5日): the N-th day of an event, or N days after it.
const COUNTED_DAY = /(\d+|[一二三四五六七八九十]+)日(目|後)の?$/u;

/**
 * True when the claim's date is the N-th day (N日目) or N days after (N日後) a date the sources give
 * to the event named right before the count (営業停止2日目の12月2日: 営業停止 from 12月1日): simple
 * arithmetic on a source date of the same event, whose words must stand in the sentence that dates it.
 */
function isCountedDay(
  claim: SentenceReading,
  mention: DateMention,
  variants: readonly DateMention[],
  alignment: Alignment,
): boolean {
  const before = claim.text.slice(0, mention.start).normalize('NFKC');
  const count = COUNTED_DAY.exec(before);
  const n = count === null ? undefined : parseJapaneseNumber(count[1] as string);
  if (count === null || n === undefined) return false;
  const shift = count[2] === '目' ? n - 1 : n;
  // The event: the content words of the noun run right before the count (営業停止, 着工から).
  const countStart = before.length - count[0].length;
  const event: string[] = [];
  for (const token of claim.tokens.filter((t) => t.end <= countStart).reverse()) {
    if (token.pos !== '名詞' && !(event.length === 0 && token.surface === 'から')) break;
    if (isContentToken(token)) event.unshift(keyOf(token));
  }
  if (event.length === 0) return false;
  return alignment.sentences.some(
    (sentence) =>
      event.every((key) => sentence.keySet.has(key)) &&
      sentence.dates.some((date) => {
        if (date.year === undefined || date.month === undefined || date.day === undefined) return false;
        // The day the event starts (12月1日から…営業停止) or the day the sentence gives to it (…は1日に着工).
        const starts =
          /^\s*から/u.test(sentence.text.slice(date.end)) ||
          event.includes(dateHead(sentence, date)?.lemma ?? '');
        if (!starts) return false;
        const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + shift));
        const day: DateMention = {
          ...date,
          year: shifted.getUTCFullYear(),
          month: shifted.getUTCMonth() + 1,
          day: shifted.getUTCDate(),
        };
        return variants.some((variant) => agrees(variant, day));
      }),
  );
}

// Words of a page's versions: a claim with them may speak of an editor's stamp (10日の配信で).
const VERSIONS = /配信|更新|掲載|追記|記事|初版/u;

/** True when the date (of the sentence, or of the one before it: datesOf) is an editor's stamp (correction-note.ts). */
function stamped(sentence: SourceSentence, date: DateMention): boolean {
  const owner = sentence.dates.includes(date) || isJoinedTime(sentence, date) ? sentence : sentence.previous;
  return owner !== undefined && isStampDate(owner.text, date);
}

/** True when the date (of the sentence, or of the one before it: datesOf) lies in a correction note's retracted wording. */
function retracted(sentence: SourceSentence, date: DateMention): boolean {
  const owner = sentence.dates.includes(date) || isJoinedTime(sentence, date) ? sentence : sentence.previous;
  return owner !== undefined && isRetractedSpan(owner.text, date.start, date.end);
}

/**
 * True when the source date dates the event `lemma`: its head, or a verb of the chain before the
 * head (12日、同社を訪れて…申し入れた dates 訪れる too: て and the 連用形 join the acts of one clause).
 */
function datesEvent(sentence: SourceSentence, date: DateMention, lemma: string | undefined): boolean {
  // An English sentence's date dates the vocabulary verb of its own clause.
  if (sentence.glossedPredicates !== undefined)
    return (
      lemma !== undefined && englishDateHead(sentence.text, sentence.glossedPredicates, date)?.lemma === lemma
    );
  const head = dateHead(sentence, date);
  if (head === undefined || lemma === undefined) return false;
  if (head.lemma === lemma) return true;
  // The chain is the head's own clause: not what an announcement says, before its と
  // (7日、説明会を10日に開くと発表した: 7日 does not date 開く).
  const clause = sentence.predicates.find((p) => p.end === head.end)?.clause;
  return sentence.predicates.some(
    (p) =>
      p.start >= date.end &&
      p.end <= head.end &&
      p.clause === clause &&
      p.lemma === lemma &&
      !/^(?:[^、。]{0,3}?)と(?!し)/u.test(sentence.text.slice(p.end, p.end + 4)),
  );
}

/**
 * True when the source sentence that has the claim's date also has another of the claim's own
 * elements — one more of its dates, or one of its figures — so the two line up element by
 * element (当面は午前7時から午後7時までに限り…, "…to 245,000 yen from 210,000 yen in July"):
 * that sentence is where the claim's date comes from, however few of the claim's words it shares
 * (a translation, a subject carried from the sentence before). What the date dates there is still
 * compared after this (a date the sentence gives to another of its events is `support.date`).
 */
function holdsAnotherElement(
  claim: SentenceReading,
  alignment: Alignment,
  mention: DateMention,
  variants: readonly DateMention[],
  sentence: SourceSentence,
): boolean {
  const mine = sentence.dates.filter((date) => variants.some((variant) => agrees(variant, date)));
  const otherDate = alignment.dates.some(
    (date) =>
      date !== mention &&
      date.text !== mention.text &&
      sentence.dates.some((theirs) => !mine.includes(theirs) && agrees(date, theirs)),
  );
  // English leaves a counted noun's number bare ("5.4 million passengers"): a bare English figure
  // lines up with the claim's counted one; in Japanese the units must be the same.
  const english = !/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(sentence.text);
  const figure = alignment.quantities.some(
    (quantity) =>
      !quantity.vague &&
      quantity.value !== 1 &&
      sentence.quantities.some(
        (theirs) =>
          sameValue(theirs, quantity) &&
          (theirs.unit === quantity.unit ? quantity.unit !== '' : theirs.unit === '' && english),
      ),
  );
  // …or, in English, the one who acts or speaks, spelt by the reading of its name (Nanyo said…).
  const topic = english ? topicOf(claim) : undefined;
  const actor = topic !== undefined && readsInEnglish(topic.tokens, sentence.text);
  return otherDate || figure || actor;
}

/**
 * Two outlets telling the same event in their own words (`retells`: their sentences share most of
 * their content words), each with one date of the claim's kind, date the same event: where those
 * dates differ (18日 / 十七日夜; 午後2時ごろ / 午後2時半ごろ — two approximate times written at
 * different values are two reports, not one), the claim taking one of them states one side as
 * settled. Each sentence may word the event with its own verb (襲われた / ひっかかれた), which is
 * why the predicate of the claim's clause is not asked for here.
 */
function twinRival(
  alignment: Alignment,
  mention: DateMention,
  variants: readonly DateMention[],
  mine: readonly DateMention[],
  aligned: readonly { sentence: SourceSentence }[],
  clauseKeys: readonly string[],
): { anchor: SourceSentence; sentence: SourceSentence; rival: DateMention } | undefined {
  const exact = (date: DateMention) => variants.some((variant) => agreesExactly(variant, date));
  const single = (sentence: SourceSentence) => {
    const kind = sentence.dates.filter((date) => sharesFields(mention, date) && !stamped(sentence, date));
    return kind.length === 1 ? kind[0] : undefined;
  };
  // What does not depend on the anchor is asked once per sentence, not once per anchor and sentence.
  const rivals: { sentence: SourceSentence; rival: DateMention }[] = [];
  for (const sentence of alignment.sentences) {
    if (sentence.isHeadline) continue;
    const rival = single(sentence);
    if (rival === undefined || exact(rival) || mine.some((date) => agreesExactly(date, rival))) continue;
    rivals.push({ sentence, rival });
  }
  const dated = new Map<SourceSentence, boolean>();
  // What the rival date dates (from the date to its head, and the noun a relative clause
  // describes: 十七日夜に行われた地上試験) must be something of the claim's clause: a retelling
  // sentence may date a later step of the story (…問題で、病院は12日、被害届を提出した).
  const datesClause = (sentence: SourceSentence, rival: DateMention) => {
    let answer = dated.get(sentence);
    if (answer === undefined) {
      answer = datedWords(sentence, rival).some((key) => clauseKeys.includes(key));
      dated.set(sentence, answer);
    }
    return answer;
  };
  for (const { sentence: anchor } of aligned) {
    if (anchor.isHeadline) continue;
    const own = single(anchor);
    if (own === undefined || !exact(own)) continue;
    for (const { sentence, rival } of rivals) {
      if (sentence.sourceId === anchor.sourceId || !retells(anchor, sentence)) continue;
      if (!datesClause(sentence, rival)) continue;
      // Two acts on different things are two events, however many participants the sentences share
      // (5日から客を受け入れる, 28日に夕食を食べた宿泊客).
      if (datesOtherObjects(anchor, own, sentence, rival, alignment)) continue;
      // Only a date of the same precision can disagree (7日 is no rival to 7日午後2時).
      if ((rival.time === undefined) !== (own.time === undefined)) continue;
      if (movedTo(alignment, rival, variants)) continue;
      return { anchor, sentence, rival };
    }
  }
  return undefined;
}

/**
 * True when the sentence gives the claim's date to the claim's own act: the predicate the date
 * heads is the same verb in both, and the two act on the same thing — the same を-object or the
 * same noun the nearest case or topic particle marks, in a word or a synonym. The date and the act
 * are the claim's; where the rest of its words align better with another sentence (the actor
 * named there, a pronoun 同社 here), that sentence tells more of the claim but not its date.
 */
function datesOwnAct(
  claim: SentenceReading,
  mention: DateMention,
  variants: readonly DateMention[],
  sentence: SourceSentence,
  alignment: Alignment,
): boolean {
  const predicateOf = (reading: SentenceReading, date: DateMention) => {
    const head = dateHead(reading, date);
    return head === undefined ? undefined : reading.predicates.find((p) => p.end === head.end);
  };
  const mine = predicateOf(claim, mention);
  if (mine === undefined) return false;
  const myArgument = argumentOf(claim, mine);
  if (myArgument === undefined) return false;
  return sentence.dates.some((date) => {
    if (!variants.some((variant) => agrees(variant, date))) return false;
    // A verb of occurring (2日に火災があった) heads no date by itself (dateHead skips ある): the first
    // one after the date in its clause is the one it dates.
    const theirs =
      predicateOf(sentence, date) ??
      (isOccurring(mine.lemma)
        ? sentence.predicates.find(
            (p) =>
              p.start >= date.end &&
              isOccurring(p.lemma) &&
              !/[、。]/u.test(sentence.text.slice(date.end, p.start)),
          )
        : undefined);
    if (theirs === undefined || theirs.negated !== mine.negated) return false;
    if (!sameAct(mine.lemma, theirs.lemma)) return false;
    const their = argumentOf(sentence, theirs);
    // The same thing: a word of two characters or more inside the other counts (祭り, 夏祭り).
    return their !== undefined && namesSameThing(myArgument, their, alignment, 2);
  });
}

/**
 * One act: the same verb, two verbs that say an event took place (起きた, あった), or two that make a
 * fact public (公表した, 明らかにした).
 */
function sameAct(a: string, b: string): boolean {
  return a === b || (isOccurring(a) && isOccurring(b)) || (isMakingKnown(a) && isMakingKnown(b));
}

/**
 * True when two dates head predicates that act on different things (説明会を開く / 委員会を開く,
 * 営業停止処分を受ける / 再開を認める): the two dates are of two events, which cannot disagree
 * (objects.ts: objects that share no word and are no synonyms).
 */
function datesOtherObjects(
  a: SentenceReading,
  dateA: DateMention,
  b: SentenceReading,
  dateB: DateMention,
  alignment: Alignment,
): boolean {
  const predicateOf = (reading: SentenceReading, date: DateMention) => {
    const head = dateHead(reading, date);
    return head === undefined ? undefined : reading.predicates.find((p) => p.end === head.end);
  };
  const mine = predicateOf(a, dateA);
  const theirs = predicateOf(b, dateB);
  return mine !== undefined && theirs !== undefined && actOnOtherObjects(a, mine, b, theirs, alignment);
}

/** The content keys from a date to the end of its head, and the noun right after an attributive head. */
function datedWords(sentence: SourceSentence, date: DateMention): string[] {
  const head = dateHead(sentence, date);
  if (head === undefined) return [];
  // Words of other dates and figures (2023年4月, 約14万台) say nothing of what is dated.
  const spans = [...sentence.dates, ...sentence.quantities];
  const counts = (token: Token) =>
    isContentToken(token) && !spans.some((span) => token.start < span.end && token.end > span.start);
  // A date set off before an announcement (2日、…に移すと発表した) dates the announcement, not what
  // is announced: the words before the quoting と are not what it dates.
  const verb = sentence.predicates.find((p) => p.end === head.end);
  const from = verb !== undefined && sentence.text[verb.start - 1] === 'と' ? verb.start : date.end;
  const keys: string[] = [];
  for (const token of sentence.tokens)
    if (token.start >= from && token.end <= head.end && counts(token)) keys.push(keyOf(token));
  // A verb ending a relative clause describes the noun after it (行われた地上試験): past its
  // auxiliaries (れ, た), the nouns of that compound are what the date dates.
  const rest = sentence.tokens.filter((token) => token.start >= head.end);
  let i = 0;
  while (
    rest[i] !== undefined &&
    (rest[i]?.pos === '助動詞' || rest[i]?.posDetail === '接尾') &&
    rest[i]?.pos !== '名詞'
  )
    i++;
  for (const token of rest.slice(i, i + 3)) {
    if (token.pos !== '名詞') break;
    if (counts(token)) keys.push(keyOf(token));
  }
  return keys;
}

/** `agrees`, and where both give a clock time, the same time (午後2時ごろ is not 午後2時半ごろ). */
function agreesExactly(claim: DateMention, source: DateMention): boolean {
  if (!agrees(claim, source)) return false;
  return claim.time === undefined || source.time === undefined || claim.time === source.time;
}

/**
 * The clause a date is said in: its own, or, for a date set off in a clause with no predicate
 * (チームは来年度から、…始める計画だ), that clause together with the clauses up to the predicate it
 * dates, so the words and predicates of its event count.
 */
function ownClause(claim: SentenceReading, mention: DateMention): Clause {
  const clause = clauseAt(claim, mention.start);
  if (claim.predicates.some((p) => p.start >= clause.start && p.end <= clause.end)) return clause;
  const head = dateHead(claim, mention);
  // A date that heads no predicate, in a phrase that has none (土曜日の朝の大雨で、…崩れた), tells
  // when the event of the next predicate took place: its clause runs to that predicate's. A clause
  // that ends on a hedge (…落雷が原因とみられ、) says its own thing: it is not run on.
  const next = clause.hedges.length > 0 ? undefined : claim.predicates.find((p) => p.start >= clause.end);
  const end = head?.end ?? next?.end;
  if (end === undefined || end <= clause.end) return clause;
  const last = clauseAt(claim, end - 1);
  const spanned = claim.clauses.filter((c) => c.start >= clause.start && c.end <= last.end);
  return { ...clause, end: last.end, keys: [...new Set(spanned.flatMap((c) => c.keys))] };
}

/**
 * True when the claim's date and one of the sentence's dates date the same predicate. Japanese
 * puts the head last: a date with の dates the next predicate (3月19日の本会議で採決される), a
 * date standing alone (11月10日、…発表した) the sentence's last one.
 */
function sameHead(claim: SentenceReading, mention: DateMention, sentence: SourceSentence): boolean {
  const mine = dateHead(claim, mention)?.lemma;
  return mine !== undefined && sentence.dates.some((date) => dateHead(sentence, date)?.lemma === mine);
}

/** A year named relative to the page's (昨年3月, 来年度, last year): lost in a reading without the page's date. */
const RELATIVE_YEAR = /[昨今来去本]年|(?:last|this|next) year/iu;

/** True when the mention fixes a year, month, day, weekday or time (今年 read without a reference fixes none). */
// Days counted from the last date named (翌日, 前日, 同日…), which a claim may count from an event.
const ANCHORED_DAY = /^(?:同日|前日|翌日|翌々日|同夜|前夜|翌朝)$/u;

function fixesSomething(date: DateMention): boolean {
  return [date.year, date.month, date.day, date.weekday, date.time].some((field) => field !== undefined);
}

/** True unless both heads are known and differ. */
function sameEventHead(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/**
 * True when the date is the predicate of a topic or cleft that names the event before it (開館は
 * 1990年だ, 発表したのは5日だった): its head stands before the date, and the rest of the sentence says
 * nothing more than the date.
 */
function namedBefore(claim: SentenceReading, mention: DateMention): boolean {
  const head = dateHead(claim, mention);
  return head !== undefined && head.end <= mention.start;
}

/** True when the two dates give the same fields (both a day, both a time…), so they can disagree. */
function sharesFields(a: DateMention, b: DateMention): boolean {
  if (a.time !== undefined && b.time !== undefined) return true;
  if (a.day !== undefined && b.day !== undefined) return a.time === undefined && b.time === undefined;
  if (a.month !== undefined && b.month !== undefined && a.day === undefined && b.day === undefined)
    return true;
  // Two years alone (2026年度 against 来年度).
  if (
    a.year !== undefined &&
    b.year !== undefined &&
    [a, b].every((d) => d.month === undefined && d.day === undefined)
  )
    return true;
  return false;
}

/** The moves (AからBに: 10月1日から11月1日に延期) the sources write, as the old date and the new. */
function movesOf(sentence: SourceSentence): { from: DateMention; to: DateMention }[] {
  const dates = [...sentence.dates].sort((a, b) => a.start - b.start);
  const moves: { from: DateMention; to: DateMention }[] = [];
  for (let i = 0; i + 1 < dates.length; i++) {
    const from = dates[i] as DateMention;
    const to = dates[i + 1] as DateMention;
    if (!/^\s*から\s*$/u.test(sentence.text.slice(from.end, to.start))) continue;
    if (!/^\s*に/u.test(sentence.text.slice(to.end, to.end + 2))) continue;
    moves.push({ from, to });
  }
  return moves;
}

/** True when a listed source moved `old` to one of the claim's dates: the new date is settled. */
function movedTo(alignment: Alignment, old: DateMention, variants: readonly DateMention[]): boolean {
  return alignment.sentences.some((sentence) =>
    movesOf(sentence).some(
      ({ from, to }) =>
        agrees(old, from) && agrees(from, old) && variants.some((variant) => agrees(variant, to)),
    ),
  );
}

/**
 * A source sentence that moves the claim's date to another (AからBに, as a revised figure is
 * written: 10月1日から11月1日に延期), about something of the claim's clause, where the claim
 * does not give the new date too.
 */
function movedFrom(
  alignment: Alignment,
  variants: readonly DateMention[],
  mine: readonly DateMention[],
  clauseKeys: readonly string[],
  backing: readonly SourceSentence[],
): { sentence: SourceSentence; to: DateMention } | undefined {
  for (const sentence of alignment.sentences) {
    for (const { from, to } of movesOf(sentence)) {
      if (!variants.some((variant) => agrees(variant, from))) continue;
      if (variants.some((variant) => agrees(variant, to)) || mine.some((date) => agrees(date, to))) continue;
      if (!movesClaimEvent(alignment, sentence, from, clauseKeys, backing)) continue;
      return { sentence, to };
    }
  }
  return undefined;
}

/**
 * The newer date a page gives where it tells the claim's date as what was said before (…2026年9月に
 * 始まっていた。農協はこれまで「10月から」と説明していた): a date of the same kind in the same paragraph,
 * not itself told so, that the claim does not give too.
 */
function supersedingDate(
  alignment: Alignment,
  variants: readonly DateMention[],
  mine: readonly DateMention[],
  mention: DateMention,
): { sentence: SourceSentence; date: DateMention } | undefined {
  for (const holder of alignment.sentences) {
    // A month or day written without its year (「10月から」) has its year guessed from the page's date:
    // the claim's year is taken for it.
    const old = holder.dates.find(
      (date) =>
        variants.some(
          (variant) =>
            agrees(variant, date) ||
            (date.relative && variant.year !== undefined && agrees(variant, { ...date, year: variant.year })),
        ) && isSupersededSpan(holder.text, date.start, date.end),
    );
    if (old === undefined) continue;
    const page = alignment.scope.find((read) => read.document.id === holder.sourceId);
    for (const sentence of page?.sentences ?? []) {
      if (sentence.paragraph !== holder.paragraph) continue;
      const date = sentence.dates.find(
        (other) =>
          sharesFields(mention, other) &&
          !agrees(old, other) &&
          !variants.some((variant) => agrees(variant, other)) &&
          !isSupersededSpan(sentence.text, other.start, other.end),
      );
      if (date === undefined) continue;
      return mine.some((claimed) => agrees(claimed, date)) ? undefined : { sentence, date };
    }
  }
  return undefined;
}

/**
 * True when a move is about the claim's event: it shares the claim's words, or what it moves (減便の
 * 開始日を…) is named by a source sentence that gives the claim's date (１０月から４往復に: 減便).
 */
function movesClaimEvent(
  alignment: Alignment,
  sentence: SourceSentence,
  from: DateMention,
  clauseKeys: readonly string[],
  backing: readonly SourceSentence[],
): boolean {
  if (overlap(alignment, sentence, clauseKeys) > 0) return true;
  const moving = movedThing(sentence, from);
  return backing.some(
    (other) =>
      other !== sentence && moving.some((compound) => normalizeForMatch(other.text).includes(compound)),
  );
}

// A plan for a date (…に予定していた X), called off or put off in the same sentence with no new date.
const CALLED_OFF =
  /^(?:に|から|ごろ)?[^。、]{0,6}?予定(?:して|され)(?:い)?た[^。]{0,25}?(?:延期|中止|見送|取りやめ|取り止め|見合わせ|白紙|撤回)/u;

/**
 * A source sentence that calls off what it planned for the claim's date (see CALLED_OFF), where what
 * was planned (予定していた解体工事の着工) names the claim's event (解体される: not 手術 for 休止).
 */
function calledOff(
  alignment: Alignment,
  variants: readonly DateMention[],
  clauseKeys: readonly string[],
): SourceSentence | undefined {
  return alignment.sentences.find((sentence) =>
    sentence.dates.some((date) => {
      if (!variants.some((variant) => agrees(variant, date) && agrees(date, variant))) return false;
      const match = CALLED_OFF.exec(sentence.text.slice(date.end));
      if (match === null || movesOf(sentence).length > 0) return false;
      const planned = sentence.tokens
        .filter((token) => token.start >= date.end && token.end <= date.end + match[0].length)
        .filter(isContentToken)
        .map(keyOf)
        .filter((key) => !/^(?:予定|延期|中止|見送る|取りやめる|見合わせる|白紙|撤回)$/u.test(key));
      return clauseKeys.some((key) => [...key].length >= 2 && planned.some((word) => word.includes(key)));
    }),
  );
}

/** The noun compounds of the phrase a move takes, right before its old date (減便の開始日を10月1日から…). */
function movedThing(sentence: SourceSentence, from: DateMention): string[] {
  const before = sentence.text.slice(0, from.start);
  const start = Math.max(before.lastIndexOf('、'), before.lastIndexOf('は')) + 1;
  return nounCompounds(sentence.tokens.filter((token) => token.start >= start && token.end <= from.start));
}

/** An English weekday with no date beside it (on Wednesday, planned for Thursday), resolved against the page's date. */
function isBareWeekday(date: DateMention): boolean {
  return (
    date.weekday !== undefined &&
    /^(?:on\s+)?[A-Z][a-z]+day$/u.test(date.text.trim()) &&
    !/\d/u.test(date.text)
  );
}

// The Japanese words that date a schedule, and the English that schedules for a date.
const SCHEDULE_HEADS: ReadonlySet<string> = new Set(['予定', '計画', '予定する', '計画する']);
const EN_SCHEDULED_BEFORE = /\b(?:scheduled|planned|set|slated|due)\s+(?:for|on)\s+$/iu;
