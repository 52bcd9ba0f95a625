import type { DateMention } from '../../text/dates.ts';
import { japaneseNumber, type Quantity } from '../../text/quantities.ts';
import {
  countedNounAfter,
  DIMENSION_JA,
  dimensionAfter,
  FOR_NOW_JA,
  findGlosses,
  type GlossContext,
  type GlossMatch,
  LENGTH_UNITS,
  MASS_UNITS,
  MEASURE_JA,
  MODIFIER_JA,
  NEAR_JA,
  type NounGloss,
  PER_YEAR_JA,
  PERIOD_ADJECTIVE_JA,
  UNTIL_FURTHER_NOTICE,
  undecidedSenses,
  type VerbGloss,
} from '../../understand/english-gloss.ts';
import { englishSpeakerOf } from '../../understand/english-speaker.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import type { SpeechFrame, WrittenFact } from './write-fact.ts';

/**
 * Why writeEnglishFact leaves a sentence to a quotation: the first gate it fails. quote, question,
 * negation, condition, contrast (but, although), modal: a word the writer does not say; speaker: a
 * reporter it cannot name; report: said / told inside the clause; open-sense: a word whose sense the
 * context leaves open; no-verb: no verb of the vocabulary (nor a figure's shape); subject, object:
 * a noun phrase it cannot say; clause: a second clause (that …, -ing, to …) it cannot place; phrase: a
 * phrase of time, place or cause after the act; figures, date: a change or a date it cannot write;
 * shape: a passive or present form it has no Japanese for; left-out: words it would leave unsaid.
 */
export type EnglishRefusal =
  | 'quote'
  | 'question'
  | 'negation'
  | 'condition'
  | 'contrast'
  | 'modal'
  | 'speaker'
  | 'report'
  | 'open-sense'
  | 'no-verb'
  | 'subject'
  | 'object'
  | 'clause'
  | 'phrase'
  | 'figures'
  | 'date'
  | 'shape'
  | 'left-out';

/**
 * Writes the fact of one English source sentence as a Japanese sentence of the article's own,
 * without a translation model: from the sentence's reading (its figures and resolved dates) and
 * the closed news vocabulary of understand/english-gloss.ts. Only sentences of a plain shape are
 * written — who (a noun of the vocabulary, or a name as the source spells it) does what (a verb of
 * the vocabulary) to what, when, how much — with the modality kept (will, is scheduled to → 予定;
 * is expected to → 見通し; plans to → 計画; may, might, could → 可能性), a report kept as someone's
 * (X said, according to X → Xによると; X said it will … → Xによると、… with the subject left unsaid)
 * and a negation of the act kept in its tense (did not → 〜なかった, has not → 〜ていない, will not →
 * 〜ない予定だ). Anything else — a direct quote, another negation, a condition, could have, a word
 * the shape needs that the vocabulary lacks, a phrase tied to the object or the act (the fee for
 * children, by a date it cannot write) that the sentence would leave out — returns undefined: such a sentence can only be quoted.
 * Why it is undefined goes to `refused`, when given (EnglishRefusal).
 */

export function writeEnglishFact(
  sentence: SourceSentence,
  publishedAt?: string,
  earlier?: string,
  refused?: (reason: EnglishRefusal) => void,
): WrittenFact | undefined {
  // Why a sentence is left to a quotation, told to whoever counts (scripts/count-english-written.ts).
  const refuse = (reason: EnglishRefusal) => {
    refused?.(reason);
    return undefined;
  };
  // Would in reported speech is the reporter's will moved back a tense (The town said it would
  // close the pool → it will close the pool): read as will, kept only when the sentence is a report.
  const backshifted = BACKSHIFTED.test(sentence.text);
  const shifted = backshifted ? sentence.text.replace(BACKSHIFTED_WOULD, 'will ') : sentence.text;
  // A negation of the act (did not, will not, has not, was not) is read here and said in Japanese
  // (〜しなかった, 〜しない予定だ, 〜していない); the words are blanked, offsets kept, so the clause reads
  // as its plain shape. Any other not (not only, not yet in another clause) stays unsafe.
  const negation = NEGATED.exec(shifted);
  const text =
    negation === null
      ? shifted
      : `${shifted.slice(0, negation.index)}${
          negation[1] === 'did'
            ? ' '.repeat(negation[0].length)
            : `${' '.repeat(negation[0].length - (negation[1] as string).length - 1)}${negation[1]} `
        }${shifted.slice(negation.index + negation[0].length)}`;
  // Each word is read in its sentence, a definite mention against the text before it (english-gloss.ts).
  const context: GlossContext = { sentence: text, ...(earlier === undefined ? {} : { earlier }) };
  // No one was injured: the whole of what happened to the people the report is about, said as
  // there being none who underwent the act (負傷者はいなかった).
  const noOne = writeNoOne(text, context);
  if (noOne !== undefined) return { text: noOne, start: sentence.start, end: sentence.end, negated: true };
  // Modals are lower-case words (May the month is not one).
  if (!/[.]$/u.test(text) || UNSAFE.test(text) || MODAL.test(text)) return refuse(unsafeOf(text));
  // A dateline before the sentence (TOKYO (PRW) —) is the page's furniture.
  const dateline = DATELINE.exec(text);
  let from = dateline === null ? 0 : dateline[0].length;
  // A date opening the sentence (On Monday, … / In April, …) says when; the clause follows it.
  const opening = OPENING_DATE.exec(text.slice(from));
  const datesFrom = from;
  if (
    opening !== null &&
    sentence.dates.some((date) => date.start >= from && date.end <= from + opening[0].length)
  )
    from += opening[0].length;
  let to = text.length - 1;
  // Who says it: "According to X, …" or "…, X said (Thursday)."
  let speaker: string | undefined;
  // The speaker when the report's content is the speaker's own act (X said it will …): the subject.
  let reporter: string | undefined;
  const according = ACCORDING.exec(text.slice(from));
  if (according !== null) {
    const said = (according[2] as string).trim();
    const at = from + (according[1] as string).length;
    speaker =
      nounPhrase(text, at, at + said.length, context) ?? peopleFrom(text, at, at + said.length, [], context);
    if (speaker === undefined) return refuse('speaker');
    from += according[0].length;
  } else if (LEADING_SAID.test(text.slice(from, to))) {
    // "X said (on) Tuesday (that) it will …": the report comes first, its content after it.
    const lead = LEADING_SAID.exec(text.slice(from, to)) as RegExpExecArray;
    const name = lead[1] as string;
    // An apposition after the speaker (Naraoka Chuo Bus, the main bus operator in …, said) is detail.
    const speakerEnd = name.indexOf(', ') === -1 ? name.length : name.indexOf(', ');
    speaker =
      nounPhrase(text, from, from + speakerEnd, context) ??
      peopleFrom(text, from, from + speakerEnd, [], context);
    if (speaker === undefined) return refuse('speaker');
    from += lead[0].length;
    // It / they right after the report stand for its speaker (X said it will …).
    const pronoun = /^(?:it|they)\s/u.exec(text.slice(from));
    if (pronoun !== null) {
      reporter = speaker;
      speaker = undefined;
      from += pronoun[0].length;
    }
  } else {
    const said = SAID.exec(text.slice(from, to)) ?? ACCORDING_AFTER.exec(text.slice(from, to));
    if (said !== null) {
      const start = from + said.index;
      const speakerStart = start + said[0].indexOf(said[1] as string);
      // …, it said: the pronoun stands for the subject the sentence before opens with — but only
      // when the sentence names no subject of its own (It will …, it said). After one (Bus fares
      // will not change. The operator has 40 employees, it said.) it may stand for either, and the
      // wrong one puts the report in the mouth of what never spoke (バス運賃によると、…).
      const pronoun = /^(?:it|they)$/u.test(said[1] as string);
      if (pronoun && !/^\s*(?:It|They)\s/u.test(text.slice(from, start))) return refuse('speaker');
      speaker = pronoun
        ? sentence.previous === undefined
          ? undefined
          : openingSubject(sentence.previous.text, context)
        : (nounPhrase(text, speakerStart, speakerStart + (said[1] as string).length, context) ??
          peopleFrom(text, speakerStart, speakerStart + (said[1] as string).length, [], context));
      if (speaker === undefined) return refuse('speaker');
      to = start;
    }
  }
  if (backshifted && speaker === undefined && reporter === undefined) return refuse('report');
  if (ATTRIBUTION_LEFT.test(text.slice(from, to))) return refuse('report');
  // An apposition the subject is set off by (The dam, completed in 1978, …) is detail the line leaves
  // unsaid (subjectPhrase): its words are none of the clause's, not its verb nor its modality (The
  // company, which employs 900 people, cut …). One that tells a plan (The festival, planned for May 3,
  // …) is left to a quotation: the verifier reads the plan as the sentence's and rejects the line.
  const lead = LEADING_APPOSITION.exec(text.slice(from));
  const inApposition = (word: { start: number }) =>
    lead !== null && word.start >= from + (lead[1] as string).length && word.start < from + lead[0].length;
  if (
    lead !== null &&
    /\b(?:planned|scheduled|expected|due)\b/u.test(lead[0].slice((lead[1] as string).length))
  )
    return refuse('subject');
  // A word whose sense its context leaves open (lift, cover, a council of no stated kind): only a quote keeps it.
  if (
    undecidedSenses(text, context).some(
      (word) => word.start >= from && word.end <= to && !isNamePart(text, word) && !inApposition(word),
    )
  )
    return refuse('open-sense');
  const glosses = findGlosses(text, context).filter(
    (gloss) => gloss.start >= from && gloss.end <= to && !inApposition(gloss),
  );
  const verbAt = glosses.findIndex((gloss) => gloss.gloss.kind === 'verb' && !isNamePart(text, gloss));
  const verbMatch = glosses[verbAt] as (GlossMatch & { past?: boolean }) | undefined;
  if (verbMatch === undefined) {
    if (negation !== null) return refuse('negation');
    // An event on the calendar (The vote is scheduled for May 12.): 採決は5月12日に予定されている —
    // only when the dates are all that follows, so nothing the sentence says is left out.
    const calendar = glosses.find((gloss) => gloss.gloss.kind === 'modality' && /for$/iu.test(gloss.text));
    if (calendar !== undefined) {
      const dated = sentence.dates.filter((date) => date.start >= calendar.end && date.end <= to);
      const first = dated[0];
      const last = dated.at(-1);
      if (
        first === undefined ||
        last === undefined ||
        !/^\s*$/u.test(text.slice(calendar.end, first.start)) ||
        !/^\s*$/u.test(text.slice(last.end, to))
      )
        return refuse('no-verb');
      const subject = subjectPhrase(text, from, calendar.start, sentence.quantities, context);
      const when = datesOf(sentence.dates, text, calendar.start, to, publishedAt, true);
      if (subject === undefined || when === undefined || when === '') return refuse('no-verb');
      return {
        text: `${speaker === undefined ? '' : `${speaker}によると、`}${subject}は${when}予定されている。`,
        start: sentence.start,
        end: sentence.end,
      };
    }
    const figure = figureOf(text, from, to, sentence.quantities, context);
    return figure === undefined
      ? refuse('no-verb')
      : {
          text: `${speaker === undefined ? '' : `${speaker}によると、`}${figure}`,
          start: sentence.start,
          end: sentence.end,
        };
  }
  const verb = verbMatch.gloss as VerbGloss;
  const modality = glosses.find((gloss) => gloss.gloss.kind === 'modality' && gloss.end <= verbMatch.start);
  // May, might, could: a possibility (〜する可能性がある); could have, of what might have been, is not one.
  const possible = modality !== undefined && (modality.gloss as { ja: string }).ja === '可能性';
  if (possible && /\bhave\b/u.test(text.slice(modality.end, verbMatch.start))) return refuse('modal');
  // The modality governs the verb right after it (will tighten …, is expected to rise): a word
  // between them other than an auxiliary or an adverb is a verb the vocabulary lacks, and the verb
  // found belongs to another clause (… after the dam fell to 18 percent).
  if (
    modality !== undefined &&
    !/^(?:\s+(?:be|been|being|have|has|had|to|also|still|\w+ly))*\s*$/u.test(
      text.slice(modality.end, verbMatch.start),
    )
  )
    return refuse('no-verb');
  const subjectEnd = modality?.start ?? auxiliaryStart(text, from, verbMatch.start);
  // The negation must be the main verb's: right before it (be / been between at most), after the subject.
  if (
    negation !== null &&
    (negation.index < from ||
      !/^\s*(?:(?:be|been)\s+)*$/u.test(text.slice(negation.index + negation[0].length, verbMatch.start)))
  )
    return refuse('negation');
  // It / They opening a sentence stand for the subject of the one before in its paragraph.
  const pronoun = /^\s*(?:It|They)\s*$/u.test(text.slice(from, subjectEnd));
  // He / She opening a sentence stand for the one person the sentence before names.
  const person = /^\s*(?:He|She)\s*$/u.test(text.slice(from, subjectEnd));
  const subject = person
    ? sentence.previous === undefined || reporter !== undefined
      ? undefined
      : personOf(sentence.previous.text, context)
    : reporter !== undefined
      ? /^\s*$/u.test(text.slice(from, subjectEnd))
        ? reporter
        : undefined
      : pronoun
        ? sentence.previous === undefined
          ? undefined
          : openingSubject(sentence.previous.text, context)
        : subjectPhrase(text, from, subjectEnd, sentence.quantities, context);
  if (subject === undefined) return refuse('subject');
  // The dates of an apposition the subject is set off by (The dam, completed in 1978, …) are the
  // detail's, not the act's: the apposition is left unsaid, and so are they.
  const detail =
    pronoun || person || reporter !== undefined ? undefined : appositionSpan(text, from, subjectEnd);
  const dates =
    detail === undefined
      ? sentence.dates
      : sentence.dates.filter((date) => date.end <= detail.start || date.start >= detail.end);
  const passive = PASSIVE.test(text.slice(subjectEnd, verbMatch.start)) && verbMatch.past === true;
  if (passive && verb.noun === undefined && verb.passive === undefined) return refuse('shape');
  // A passive in the present (the flights are monitored, the road is closed) tells a state or what is
  // done as a rule, not a past act: said as 〜されている; only was / were / been make it past.
  // So too a perfect passive since a date (the hall has been closed since 2019): a state that still
  // holds, 2019年から閉鎖されている, not a past act (閉鎖された).
  const presentPassive =
    passive &&
    modality === undefined &&
    (!/\b(?:was|were|been|had)\b/u.test(text.slice(subjectEnd, verbMatch.start)) ||
      (/\b(?:has|have)\s+been\s+$/u.test(text.slice(subjectEnd, verbMatch.start)) &&
        /\bsince\s/u.test(text.slice(verbMatch.end, to))));
  // What follows the verb up to the first preposition or comma is its object.
  // Two acts joined by and (abolish four routes and reduce …): the first is written, the second left.
  const second = glosses.find(
    (gloss) =>
      gloss.gloss.kind === 'verb' &&
      gloss.start > verbMatch.end &&
      /\sand\s+$/u.test(text.slice(verbMatch.end, gloss.start)) &&
      !/,/u.test(text.slice(verbMatch.end, gloss.start)),
  );
  if (second !== undefined) {
    const cut = verbMatch.end + (/\sand\s+$/u.exec(text.slice(verbMatch.end, second.start))?.index ?? 0);
    // A date after the second act when the first has none of its own (abolish four routes and cut
    // services from October 1) may be when both happen: the first act told without it says less.
    if (
      dates.some((date) => date.start >= second.end && date.end <= to) &&
      !dates.some((date) => date.start >= from && date.end <= cut)
    )
      return refuse('clause');
    to = cut;
  }
  const after = text.slice(verbMatch.end, to);
  // A date after the object with no preposition (laid off 500 employees last year) ends it too.
  const bareDate = dates.find((date) => date.start > verbMatch.end && date.start < to)?.start;
  const objectEnd = Math.min(
    verbMatch.end +
      (/,\s|;|\s(?:from|to|by|at|in|near|on|for|over|with|under|during|after|before|as|while|so|because)\s/u.exec(
        after,
      )?.index ?? after.length),
    bareDate === undefined ? to : (/\s*$/u.exec(text.slice(0, bareDate))?.index ?? bareDate),
  );
  // "agreed to take over the tracks": the act agreed on, with its own object.
  const infinitive = verb.infinitive !== undefined ? /^(?:\s+on\s+\w+)?\s+to\s+/u.exec(after) : null;
  // A verb followed straight by an -ing word takes a clause (consider helping pay for …, stopped
  // accepting …), not a noun phrase: read as one, its words would be misread (helping pay → 賃金).
  if (infinitive === null && /^\s+[a-z]+ing\b/u.test(after)) return refuse('clause');
  // An event whose content follows it (ruled that …, voted to …) is not told by the verb alone.
  if (
    (verb.frame === 'event' || passive) &&
    infinitive === null &&
    /^(?:\s+(?:on|in)\s+\w+)?\s+(?:that|to\s+[a-z]+|whether|how|what)\b/u.test(after) &&
    !/^\s+to\s+(?:the|a|an|its|their|\d)/u.test(after)
  )
    return refuse('clause');
  let inner: { verb: VerbGloss; object?: string; end: number } | undefined;
  if (infinitive !== null) {
    const next = glosses.find(
      (gloss) => gloss.gloss.kind === 'verb' && gloss.start === verbMatch.end + infinitive[0].length,
    );
    if (next === undefined) return refuse('clause');
    const rest = text.slice(next.end, to);
    const end =
      next.end +
      (/,\s|;|\s(?:from|by|at|in|on|for|over|with|under|during|after|before|as|while|so)\s/u.exec(rest)
        ?.index ?? rest.length);
    const object = nounPhrase(text, next.end, end, context);
    if (object === undefined) return refuse('clause');
    inner = { verb: next.gloss as VerbGloss, object, end };
  }
  const clauseEnd = to;
  // The main clause ends at the first comma after the verb: what follows is detail (, citing …).
  const comma = /,\s/u.exec(text.slice(verbMatch.end));
  if (comma !== null && verbMatch.end + comma.index < to) {
    // … unless it goes on with a place or a time of the act (…, at the hall; in Kakuu, Kogane
    // Prefecture, in July): cut there, the line would say less than its source — left to a quotation.
    const cut = verbMatch.end + comma.index;
    if (
      /^,\s+(?:(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*,\s+)?(?:in|at|on|during|from|by|until|near|along|across)\s/u.test(
        text.slice(cut, to),
      )
    )
      return refuse('phrase');
    to = cut;
  }
  // A phrase of time or cause after the act (after talks with X, because of the storm): said when it
  // is after / following / because of / due to and a noun phrase the writer can say (Xの後、/ Xのため、),
  // else the sentence is left to a quotation — cut, the line would say less than its source, and the
  // clause's figures and dates (after the dam fell to 18 percent) would be read as the act's.
  let circumstance = '';
  const adverbial = ADVERBIAL.exec(text.slice(verbMatch.end, to));
  if (adverbial !== null) {
    const start = verbMatch.end + adverbial.index;
    // A phrase the comma cut (after the dam, the main source of …, fell): its end is not known.
    if (to !== clauseEnd) return refuse('phrase');
    const phrase = /^\s(after|following|because\s+of|due\s+to)\s+(.+)$/u.exec(text.slice(start, to));
    const words = phrase?.[2];
    if (phrase === null || words === undefined || /^[a-z]+ing\b/u.test(words)) return refuse('phrase');
    if (
      findGlosses(words, context).some(
        (gloss) => gloss.gloss.kind === 'verb' || gloss.gloss.kind === 'modality',
      )
    )
      return refuse('phrase');
    if (dates.some((date) => date.end > start && date.start < to)) return refuse('phrase');
    if (sentence.quantities.some((quantity) => quantity.end > start && quantity.start < to))
      return refuse('phrase');
    const phraseContext = { ...context, sentence: context.sentence ?? text };
    // Talks with a party (consultations with the prefecture): XとのN, the with-phrase the talks' own.
    const partner = /^(.+?)\s+with\s+(.+)$/u.exec(words);
    const talks =
      partner === null ? undefined : nounPhrase(words, 0, (partner[1] as string).length, phraseContext);
    const party =
      partner === null || talks === undefined
        ? undefined
        : nounPhrase(words, words.length - (partner[2] as string).length, words.length, phraseContext);
    const said =
      partner === null
        ? nounPhrase(words, 0, words.length, phraseContext)
        : talks === undefined || party === undefined || !['協議', '交渉'].includes(talks)
          ? undefined
          : `${party}との${talks}`;
    if (said === undefined) return refuse('phrase');
    circumstance = /^(?:after|following)$/u.test(phrase[1] as string) ? `${said}の後、` : `${said}のため、`;
    to = start;
  }
  // A count of places (at four sites) is where the act is (placesOf), never a figure of the act:
  // read as one, it let a change (raised fares by 10 yen at four sites) drop the places unsaid.
  const quantities = sentence.quantities.filter(
    (q) =>
      q.start >= verbMatch.end &&
      q.end <= to &&
      !(/\s(?:at|in)\s+$/u.test(text.slice(0, q.start)) && PLACE_COUNT_AFTER.test(text.slice(q.end))),
  );
  const object =
    infinitive === null &&
    verb.frame !== 'amount' &&
    verb.frame !== 'duration' &&
    verb.frame !== 'intransitive'
      ? (countedObject(text, verbMatch.end, objectEnd, quantities, context) ??
        amountObject(text, verbMatch.end, objectEnd, quantities) ??
        measuredObject(text, verbMatch.end, objectEnd, quantities, context) ??
        nounPhrase(text, verbMatch.end, objectEnd, context))
      : undefined;
  // No object at all (construction began, prices increased by 5 percent): the verb's use without one.
  const bare = object === undefined && /^\s*$/u.test(text.slice(verbMatch.end, objectEnd));
  const intransitive = bare && !passive && inner === undefined ? verb.intransitive : undefined;
  // The agent of a passive (was approved by the council): told as the agent's act when it is a noun
  // phrase of the vocabulary or a name, and the verb is one that has an agent (not were injured).
  const agentMatch = passive
    ? /^\s+by\s+(?!\d)([^,;]+?)(?=\s(?:on|in|at|for|from|to|after|before|during)\s|$)/u.exec(after)
    : null;
  const agent =
    agentMatch === null ||
    verb.passive !== undefined ||
    verb.frame !== 'object' ||
    dateAt(dates, verbMatch.end, to)
      ? undefined
      : nounPhrase(agentMatch[1] as string, 0, (agentMatch[1] as string).length, context);
  // A present passive is said as 〜されている only for a する verb with no agent (are monitored by …: left).
  if (presentPassive && (verb.noun === undefined || agentMatch !== null)) return refuse('shape');
  // What the object is counted in (ridership → 人), for a bare target figure (to 1.3 million).
  const objectHead = findGlosses(text.slice(verbMatch.end, objectEnd), context)
    .filter((gloss) => gloss.gloss.kind === 'noun')
    .at(-1)?.gloss as NounGloss | undefined;
  // A change of the subject's own amount (services will fall from 412 to 318): counted as the subject is.
  const subjectHead =
    object === undefined
      ? (findGlosses(text.slice(from, subjectEnd), context)
          .filter((gloss) => gloss.gloss.kind === 'noun')
          .at(-1)?.gloss as NounGloss | undefined)
      : undefined;
  const change = changeOf(text, quantities, objectHead?.counter ?? subjectHead?.counter);
  if (change === null) return refuse('figures');
  // Whose amount changes (from A to B for elementary pupils): the group named after the figures.
  const group =
    change === undefined
      ? undefined
      : /^[^,]*?\sfor\s+((?:[a-z-]+\s+){0,3}[a-z]+)/u.exec(
          text.slice((quantities[1] ?? (quantities[0] as Quantity)).end, to),
        );
  // The group is the noun phrase after for, whole (for new pupils is not for pupils): unwritable, the
  // sentence is not written; what follows it is left to leavesOut.
  const groupWords =
    group === undefined || group === null
      ? undefined
      : (/^(.+?)(?=\s(?:and|or|in|at|on|from|to|by|until|with|as)(?:\s|$)|$)/u.exec(
          group[1] as string,
        )?.[1] ?? '');
  const groupNoun =
    groupWords === undefined ? undefined : nounPhrase(groupWords, 0, groupWords.length, context);
  if (groupWords !== undefined && groupNoun === undefined) return refuse('object');
  // Will, is scheduled to, plans to, or an infinitive of what is to come: the clause looks ahead.
  const future = modality !== undefined && !/^(?:planned|was|were|had)\b/iu.test(modality.text);
  const dated = datesOf(
    dates,
    text,
    opening === null ? from : Math.min(from, datesFrom),
    to,
    publishedAt,
    future,
  );
  if (dated === undefined) return refuse('date');
  // "until further notice", the fixed news phrase of a state with no end set: 当面, after the dates.
  const forNow = UNTIL_FURTHER_NOTICE.exec(text.slice(verbMatch.end, to));
  const when = `${circumstance}${forNow === null ? dated : `${dated}${FOR_NOW_JA}`}`;
  // Where the act takes place (in Kakuu, in the town, at a meeting of the town assembly): said as
  // Xで after the time when it names a place the writer can say; one it cannot say (at a former
  // school, during the festival) is left in the clause, and leavesOut refuses the sentence.
  const places = placesOf(text, inner?.end ?? objectEnd, to, dates, context, sentence.quantities);
  // Two places in a row (at a vacant house in the town): the later one says where the first is (町の空き家で).
  // Where from (evacuated residents from the town, moved the office from Kakuu): Xから, after it.
  const sources = sourcesOf(text, inner?.end ?? objectEnd, to, dates, context);
  // How long a done act took (put out the fire in about an hour): 約1時間で, after where.
  const took =
    verbMatch.past === true && modality === undefined && !presentPassive && negation === null
      ? tookOf(text, places.at(-1)?.end ?? inner?.end ?? objectEnd, to, quantities)
      : undefined;
  const where = `${
    places.length === 0
      ? ''
      : `${places
          .map((place) => place.ja)
          .reverse()
          .join('の')}で`
  }${sources.map((source) => `${source.ja}から`).join('')}${took === undefined ? '' : `${took.ja}で`}`;
  // The verb's form: its tense, the passive, and the modality after it.
  const past = verbMatch.past === true && modality === undefined && !presentPassive;
  // What is going on (the union is demanding …): a する verb of an activity that lasts, 要求している.
  // (The progressive of another act says it is near: the city is closing its pools → 閉鎖する.)
  const ongoing =
    !passive &&
    modality === undefined &&
    verb.noun !== undefined &&
    LASTING.has(verb.noun) &&
    /ing$/u.test(verbMatch.text) &&
    /\b(?:is|are)\s+$/u.test(text.slice(from, verbMatch.start));
  const form = presentPassive
    ? `${verb.noun}されている`
    : passive && agent === undefined
      ? verb.passive !== undefined
        ? past
          ? verb.passive.past
          : verb.passive.ja
        : `${verb.noun}${past ? 'された' : 'される'}`
      : inner !== undefined
        ? `${inner.object}${inner.verb.objectParticle ?? 'を'}${inner.verb.ja}${verb.infinitive}${past ? verb.past : verb.ja}`
        : intransitive !== undefined
          ? past
            ? intransitive.past
            : intransitive.ja
          : past
            ? verb.past
            : ongoing
              ? `${verb.noun}している`
              : verb.ja;
  // A negated act in its Japanese tense: did not / was not → 〜なかった, has not (been) → 〜ていない,
  // will not → 〜ない予定だ. Not with an ongoing act, a present state, or a change by a figure.
  let negated: string | undefined;
  if (negation !== null) {
    const aux = negation[1] as string;
    const pair =
      presentPassive ||
      ongoing ||
      change !== undefined ||
      verb.frame === 'amount' ||
      verb.frame === 'duration'
        ? undefined
        : passive && agent === undefined
          ? (verb.passive ??
            (verb.noun === undefined ? undefined : { ja: `${verb.noun}される`, past: `${verb.noun}された` }))
          : (intransitive ?? { ja: verb.ja, past: verb.past });
    const tense =
      aux === 'did' && !passive && modality === undefined && verbMatch.past !== true
        ? 'past'
        : /^(?:was|were)$/u.test(aux) && passive && modality === undefined
          ? 'past'
          : /^ha(?:s|ve|d)$/u.test(aux) && modality === undefined
            ? 'perfect'
            : aux === 'will' && modality !== undefined && /^will$/iu.test(modality.text)
              ? 'plain'
              : undefined;
    const said =
      pair === undefined || tense === undefined ? undefined : negativeOf(pair.ja, pair.past, tense);
    if (said === undefined) return refuse('negation');
    const prefix =
      inner !== undefined && !(passive && agent === undefined)
        ? `${inner.object}${inner.verb.objectParticle ?? 'を'}${inner.verb.ja}${verb.infinitive}`
        : '';
    negated = `${prefix}${said}`;
  }
  const ending = (predicate: string) =>
    modality === undefined
      ? `${negated ?? predicate}。`
      : possible
        ? `${negated ?? predicate}可能性がある。`
        : `${negated ?? predicate}${(modality.gloss as { ja: string }).ja}だ。`;
  let body: string | undefined;
  // The speaker's own act (X said it will …) is told as its report, the subject left unsaid as
  // Japanese news does (Xによると、4月から…引き上げる予定だ).
  const topic =
    reporter !== undefined && groupNoun === undefined
      ? `${when}${where}`
      : `${groupNoun === undefined ? '' : `${groupNoun}の`}${subject}は${when}${where}`;
  const particle = verb.objectParticle ?? 'を';
  const shape =
    agent !== undefined
      ? 'agent'
      : passive || inner !== undefined
        ? 'event'
        : intransitive !== undefined
          ? verb.frame === 'change'
            ? 'intransitive'
            : 'event'
          : verb.frame;
  switch (shape) {
    case 'agent':
      // The council approved the plan, told from its passive (the plan was approved by the council).
      body = `${agent}は${when}${where}${subject}${particle}${ending(form)}`;
      break;
    case 'object': {
      if (object === undefined) return refuse('object');
      // replace X with Y, ask X for Y: the complement Y takes the verb's particle (XをYに置き換える, XにYを求める).
      let complement = '';
      if (verb.complement !== undefined) {
        const found = new RegExp(
          `^\\s+${verb.complement.preposition}\\s+([^,;]+?)(?=\\s(?:from|to|by|at|in|on|for|over|under|during|after|before)\\s|$)`,
          'u',
        ).exec(text.slice(objectEnd, to));
        const what =
          found === null
            ? undefined
            : nounPhrase(found[1] as string, 0, (found[1] as string).length, context);
        if (what === undefined) return refuse('object');
        complement = `${what}${verb.complement.particle}`;
      }
      body = `${topic}${object}${particle}${complement}${ending(form)}`;
      break;
    }
    case 'change':
      if (change === undefined && object === undefined) return refuse('object');
      // A transitive change with nothing changed named (the city increased by 5 percent) says too little.
      if (object === undefined && verb.intransitive === undefined) return refuse('object');
      body = `${topic}${object === undefined ? '' : `${object}を`}${change ?? ''}${ending(form)}`;
      break;
    case 'intransitive':
      if (change === undefined) return refuse('object');
      body = `${topic}${change}${ending(form)}`;
      break;
    case 'amount': {
      const amount = quantities[0];
      // (A possible cost, could cost N, has no word of the vocabulary to say it by: left to a quotation.)
      if (amount === undefined || !MONEY.has(amount.unit) || where !== '' || possible)
        return refuse('object');
      const value = japaneseQuantity(amount);
      body =
        modality === undefined
          ? `${subject}の費用は${when}${value}${past ? 'だった' : 'だ'}。`
          : `${subject}の費用は${when}${value}の${(modality.gloss as { ja: string }).ja}だ。`;
      break;
    }
    case 'duration': {
      // The length of time the subject needs (Repairs will take about three weeks → 修理には約3週間
      // かかる予定だ): the time is the fact, so nothing else may be said with it — no date, no
      // place, no possibility (could take has no word of the vocabulary).
      const length = quantities[0] === undefined ? undefined : lengthOfTime(quantities[0]);
      if (length === undefined || when !== '' || where !== '' || possible) return refuse('object');
      body = `${subject}には${length}${ending(form)}`;
      break;
    }
    case 'event':
      // An object the writer cannot say (opened a counseling desk) is not left out: 開館した alone
      // would tell another act.
      if (!passive && inner === undefined && intransitive === undefined && object === undefined && !bare)
        return refuse('object');
      // What opens, or what the event is done to, when the source names it (open a new library → 図書館を開館する).
      body =
        !passive && inner === undefined && intransitive === undefined && object !== undefined
          ? `${topic}${object}${particle}${ending(form)}`
          : `${topic}${ending(form)}`;
      break;
  }
  // What follows the object (or the act, with none) must all be told: a prepositional phrase the
  // writer leaves out (by 2030 it cannot date, restrictions on water use, the fee for children)
  // makes a shorter sentence that says less, or wider, than the source — left to a quotation.
  if (
    leavesOut(
      text,
      inner?.end ?? objectEnd,
      to,
      [
        ...dates,
        // Figures are told by a change or an amount; after another verb's object they are not.
        ...(shape === 'change' || shape === 'intransitive' || shape === 'amount' || shape === 'duration'
          ? quantities
          : []),
        ...(agent === undefined || agentMatch === null
          ? []
          : [{ start: verbMatch.end, end: verbMatch.end + agentMatch[0].length }]),
        ...(shape === 'object' && verb.complement !== undefined
          ? complementSpan(text, objectEnd, to, verb.complement.preposition)
          : []),
        ...places,
        ...sources,
        ...(took === undefined ? [] : [took]),
        ...(forNow === null
          ? []
          : [{ start: verbMatch.end + forNow.index, end: verbMatch.end + forNow.index + forNow[0].length }]),
        ...(group === undefined || group === null || groupWords === undefined
          ? []
          : [
              spanAfter(
                text,
                group[0].slice(0, group[0].length - (group[1] as string).length) + groupWords,
                (quantities[1] ?? (quantities[0] as Quantity)).end,
              ),
            ]),
      ],
      shape === 'amount',
    )
  )
    return refuse('left-out');
  const reportedBy = speaker ?? reporter;
  const out = `${reportedBy === undefined ? '' : `${reportedBy}によると、`}${body}`.replace(/は、/u, 'は、');
  // Nothing of the English wording may stay but names (capitalised words) and figures.
  if ([...out].length < 12 || /\b[a-z]{2,}\b/u.test(out)) return refuse('left-out');
  return {
    text: out,
    start: sentence.start,
    end: sentence.end,
    ...(negated === undefined ? {} : { negated: true }),
  };
}

// A negation right after an auxiliary of the act (did not raise, will not change, has not been found).
const NEGATED = /\b(did|will|has|have|had|was|were)\s+not\s+(?=[a-z])/u;

/**
 * The negative of a Japanese verb given its dictionary and past forms (引き上げる/引き上げた,
 * 上がる/上がった, 発表する/発表した): 'plain' 〜ない, 'past' 〜なかった, 'perfect' 〜ていない. A る verb
 * whose past drops る for た is of the one-row kind (引き上げない); any other takes the a-row (上がらない).
 */
export function negativeOf(
  ja: string,
  past: string,
  tense: 'plain' | 'past' | 'perfect',
): string | undefined {
  if (tense === 'perfect') {
    const te = /^(.+)([ただ])$/u.exec(past);
    return te === null ? undefined : `${te[1]}${te[2] === 'た' ? 'て' : 'で'}いない`;
  }
  const last = ja.at(-1) ?? '';
  const stem = ja.slice(0, -1);
  const plain = ja.endsWith('する')
    ? `${ja.slice(0, -2)}しない`
    : last === 'る' && past === `${stem}た`
      ? `${stem}ない`
      : A_ROW[last] === undefined || /(?:ある|来る|くる)$/u.test(ja)
        ? undefined
        : `${stem}${A_ROW[last]}ない`;
  if (plain === undefined) return undefined;
  return tense === 'plain' ? plain : `${plain.slice(0, -2)}なかった`;
}
const A_ROW: Readonly<Record<string, string>> = {
  う: 'わ',
  く: 'か',
  ぐ: 'が',
  す: 'さ',
  つ: 'た',
  ぬ: 'な',
  ぶ: 'ば',
  む: 'ま',
  る: 'ら',
};

// The prepositions that tie a noun phrase to the object or the act (ease restrictions on X, waive
// the fee for X, relocate X to Y, build X with Y, hold X as Y, by / until a deadline). Of is not
// one: after the object it belongs to the noun before it (at a session of the assembly).
const TIED_PREPOSITION = /(?:^|\s)(?:for|on|to|by|until|with|as)\s+\S/u;
// Where and when the act happens (in / at a place, during a time, near / along / across a place):
// left out, the line says less than its source — the phrase is said (placesOf) or the sentence quoted.
// From and a phrase no told span or place took (from the control room, from hotel guests): where from
// or whom from, left out, says less too.
const PLACE_OR_TIME = /(?:^|\s)(?:in|at|from|during|near|along|across|inside|outside|throughout)\s+\S/u;
// A phrase of time or cause after the act (after consultations with …, because of …): what
// follows it is its own complement, not the object's or the act's.
const ADVERBIAL = /\s(?:after|before|following|amid|despite|because|due|while|so|when|as\s+part)\s/u;
// A second act, with its verb left out (from A to B for X and from C to D for Y) or after a told
// date (replace six railcars by 2028 and double …): left unsaid, as a second act joined by and is
// (writeEnglishFact) — a noun joined by and follows its noun, not a date.
const GAPPED = /\uE000\s+(?:and|or)\s|\s(?:and|or)\s+(?:\uE000|(?:from|to|by)\s)/u;

/**
 * True when the clause after the object, `from` to `to`, holds a prepositional phrase the sentence
 * does not write: what is left once the spans the writer tells (dates with their preposition,
 * figures, a passive's agent, a verb's complement, whose amount changes) are taken out.
 */
function leavesOut(
  text: string,
  from: number,
  to: number,
  told: ReadonlyArray<{ start: number; end: number }>,
  amount: boolean,
): boolean {
  if (from >= to) return false;
  const chars = text
    .slice(from, to)
    .split('')
    .map((char, i) => (told.some((span) => span.start <= from + i && from + i < span.end) ? '\uE000' : char));
  // A told span takes the preposition or the approximation before it along (by March, to about 500).
  const marked = chars.join('');
  const cut = Math.min(...[ADVERBIAL, GAPPED].map((pattern) => pattern.exec(marked)?.index ?? marked.length));
  const rest = marked
    .slice(0, cut)
    .replace(
      /(?:\s(?:from|to|by|until|on|in|at|during|since|of|and|or|for)\b)?(?:\s(?:about|around|roughly|some|nearly|almost|more than|less than|over|under|an average of))?\s*\uE000+/gu,
      ' ',
    );
  // What an amount is the cost of (cost about 2 billion yen to build): 費用 says it.
  return (
    TIED_PREPOSITION.test(amount ? rest.replace(/\s+to\s+[a-z]+\s*$/u, '') : rest) || PLACE_OR_TIME.test(rest)
  );
}

/**
 * The places of the act in the clause after the object, `from` to `to` (in Kakuu, in the town, at
 * a session of the city assembly of Kakuu, near the station): in / at and a name, or a municipality's
 * noun (the town, the city of X), at or near and a noun phrase the writer can say (near → Xの近く),
 * with of-phrases belonging to it. Only these are places for sure; in / at before
 * another noun may be the object's own phrase (an increase in fares) and is not read as a place.
 */
function placesOf(
  text: string,
  from: number,
  to: number,
  dates: ReadonlyArray<{ start: number; end: number }>,
  context: GlossContext,
  quantities: readonly Quantity[] = [],
): Array<{ start: number; end: number; ja: string }> {
  const places: Array<{ start: number; end: number; ja: string }> = [];
  const clause = text.slice(from, to);
  // A place is the act's only right after the object or the act, a date or another place of the act;
  // after another phrase it is that phrase's noun's (from the control room in Fukami City).
  let reach = from;
  for (const found of clause.matchAll(PLACE_PHRASE)) {
    const start = from + (found.index ?? 0);
    const end = start + found[0].length;
    if (dates.some((date) => date.start < end && date.end > start)) continue;
    const between = [...text.slice(reach, start)]
      .filter((_, i) => !dates.some((date) => date.start <= reach + i && reach + i < date.end))
      .join('')
      .replace(/\s(?:from|to|by|until|on|in|at|during|since)\s*$/u, '');
    if (!/^\s*$/u.test(between)) break;
    const words = found[1] as string;
    // A count of places with no name (at six locations, in 12 places): N カ所, the figure the source's.
    const counted = COUNTED_PLACES.test(words)
      ? quantities.find((quantity) => quantity.start >= start && quantity.end <= end && quantity.unit === '')
      : undefined;
    const ja =
      counted !== undefined
        ? japaneseQuantity(counted, 'カ所')
        : PLACE_NOUN.test(words) ||
            /^(?:[A-Z][\w'’.-]*\s*)+$/u.test(words) ||
            /^\s(?:at|near)\s/u.test(found[0])
          ? nounPhrase(words, 0, words.length, { ...context, sentence: context.sentence ?? text })
          : undefined;
    if (ja === undefined) break;
    // Near a place (near the station): Xの近く, a place itself (駅の近くで), as at one is.
    places.push({ start, end, ja: /^\snear\s/u.test(found[0]) ? `${ja}${NEAR_JA}` : ja });
    reach = end;
  }
  return places;
}

/**
 * How long a done act took, in the clause after the object, `from` to `to` (put out the fire in about
 * an hour, repaired the pipe in three days): in and a span of time right after the object, the act or
 * its place, said as 約1時間 / 3日 (the caller adds で). Only for a past act: in two weeks of what is to
 * come says when it starts (2週間後), not how long it takes.
 */
function tookOf(
  text: string,
  from: number,
  to: number,
  quantities: readonly Quantity[],
): { start: number; end: number; ja: string } | undefined {
  for (const quantity of quantities) {
    if (quantity.start < from || quantity.end > to || quantity.bound !== undefined) continue;
    // Right after the act, its object or its place: after another phrase (the first time in 10 days)
    // the span is that phrase's.
    const before = /^\s+in\s+$/u.exec(text.slice(from, quantity.start));
    if (before === null || !['分', '日', '週'].includes(quantity.unit)) continue;
    const ja = lengthOfTime(quantity);
    if (ja === undefined) continue;
    return { start: from + before.index, end: quantity.end, ja };
  }
  return undefined;
}

/**
 * A length of time as Japanese news writes it (約1時間, 3日, 約3週間, 約1か月, 2年): hours given in
 * the source as hours (the reading counts them in minutes), a week as 週間. Undefined for a figure
 * that is not a length of time, or one with a bound (more than, up to) this form does not say.
 */
function lengthOfTime(quantity: Quantity): string | undefined {
  if (quantity.bound !== undefined) return undefined;
  const approx = quantity.approx ? '約' : '';
  const hours = quantity.unit === '分' && quantity.value % 60 === 0 && /\bhours?\b/u.test(quantity.text);
  const unit =
    quantity.unit === '分'
      ? hours
        ? '時間'
        : '分'
      : quantity.unit === '週'
        ? '週間'
        : ['日', 'か月', '年'].includes(quantity.unit)
          ? quantity.unit
          : undefined;
  return unit === undefined
    ? undefined
    : `${approx}${japaneseNumber(hours ? quantity.value / 60 : quantity.value)}${unit}`;
}

/**
 * Where or whom the act is from in the clause after the object, `from` to `to` (evacuated residents
 * from the town, collect a tax from hotel guests): from and a noun phrase the writer can say, told as
 * Xから as Japanese says both. A from-phrase it cannot say (or a figure's) is left to leavesOut.
 */
function sourcesOf(
  text: string,
  from: number,
  to: number,
  dates: ReadonlyArray<{ start: number; end: number }>,
  context: GlossContext,
): Array<{ start: number; end: number; ja: string }> {
  const sources: Array<{ start: number; end: number; ja: string }> = [];
  for (const found of text.slice(from, to).matchAll(SOURCE_PHRASE)) {
    const start = from + (found.index ?? 0);
    const end = start + found[0].length;
    if (dates.some((date) => date.start < end && date.end > start)) continue;
    const words = found[1] as string;
    if (/^\d/u.test(words)) continue;
    const ja = nounPhrase(words, 0, words.length, { ...context, sentence: context.sentence ?? text });
    if (ja === undefined) continue;
    sources.push({ start, end, ja });
  }
  return sources;
}

// A preposition and the phrase after it, up to the next preposition of the clause, a comma or its end:
// from (SOURCE_PHRASE), in / at (PLACE_PHRASE).
const phraseAfter = (prepositions: string) => {
  const next = '(?:on|in|at|for|from|to|by|until|with|as|after|before|during|over|under|and|or)';
  return new RegExp(
    `\\s(?:${prepositions})\\s+((?:(?!${next}\\s)[^\\s,;]+\\s*?)+?)(?=\\s${next}\\s|[,;]|\\s*$)`,
    'gu',
  );
};
const SOURCE_PHRASE = phraseAfter('from');
const PLACE_PHRASE = phraseAfter('in|at|near');
// A municipality or prefecture named as the place (the town, the city of Kakuu, Kakuu city).
// Nouns that count places of no name (six locations, 12 sites, three spots): one figure, a place noun.
const COUNTED_PLACES =
  /^(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:locations|sites|places|spots|points|venues)$/u;
// The noun right after a figure that makes it a count of places (four sites, six locations).
const PLACE_COUNT_AFTER = /^\s+(?:locations|sites|places|spots|points|venues)\b/u;
const PLACE_NOUN =
  /^(?:the\s+)?(?:(?:city|town|village|prefecture)(?:\s+of\s+(?:[A-Z][\w'’.-]*\s*)+)?|(?:[A-Z][\w'’.-]*\s+)+(?:city|town|village|prefecture))$/u;

/** The span of a verb's complement (replace X with Y): its preposition and noun phrase. */
function complementSpan(
  text: string,
  from: number,
  to: number,
  preposition: string,
): Array<{ start: number; end: number }> {
  const found = new RegExp(
    `^\\s+${preposition}\\s+([^,;]+?)(?=\\s(?:from|to|by|at|in|on|for|over|under|during|after|before)\\s|$)`,
    'u',
  ).exec(text.slice(from, to));
  return found === null ? [] : [{ start: from, end: from + found[0].length }];
}

/** Where `part` stands in `text` at or after `after`. */
function spanAfter(text: string, part: string, after: number): { start: number; end: number } {
  const start = text.indexOf(part, after);
  return start === -1 ? { start: 0, end: 0 } : { start, end: start + part.length };
}

// A quote, a negation, a condition: the plain shape would lose or change it (the one negation of the
// act's auxiliary is read first, NEGATED).
/** Which of UNSAFE's and MODAL's words (or the missing full stop) makes a sentence unsafe. */
function unsafeOf(text: string): EnglishRefusal {
  if (/["“”‘’]/u.test(text)) return 'quote';
  if (!/[.]$/u.test(text) || /\?/u.test(text)) return 'question';
  if (/\b(?:if|unless|whether)\b/iu.test(text)) return 'condition';
  if (/\b(?:but|although|though)\b/iu.test(text)) return 'contrast';
  return MODAL.test(text) ? 'modal' : 'negation';
}
const UNSAFE =
  /["“”‘’]|\b(?:not|no|never|none|nor|without|neither|if|unless|whether|but|although|though)\b|n't\b|\?/iu;
const OPENING_DATE =
  /^(?:On|In|By|From|Since|Until|Early|Late|Last|This|Next)\b[^,]{1,40},\s+(?=[a-z]|[A-Z])/u;
// A past report (said, told, announced) with would in it, not the would of a condition (would have).
const BACKSHIFTED =
  /\b(?:said|told|announced)\b.*\bwould\b(?!\s+have\b)|\bwould\b(?!\s+have\b).*\b(?:said|told|announced)\b/u;
const BACKSHIFTED_WOULD = /\bwould\b(?!\s+have\b)/gu;
// (may, might and could are read as a possibility, 可能性: english-gloss.ts modality.)
const MODAL = /\b(?:would|should|can|cannot|must)\b/u;
/**
 * A dateline before an English sentence: the place in capitals, a region after it in title case
 * (TOKYO (PRW) —, KURUNO, Kuruno Prefecture —). The page's furniture, not the sentence's words.
 */
const DATELINE_PLACE = String.raw`[A-Z][A-Z .'-]{1,40}(?:,\s+[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3})?\s*(?:\([A-Z]{2,6}\)\s*)?\s*[—–-]+`;
export const DATELINE = new RegExp(`^${DATELINE_PLACE}\\s+`, 'u');
const ACCORDING = /^(According to\s+)([^,]{2,60}),\s+/u;
// "…, X said Thursday." / "…, officials announced." — X a short noun phrase.
const SAID =
  /,\s+([^,]{2,60}?)\s+(said|says|told reporters|announced)(?:\s+in\s+a\s+(?:statement|news\s+release|press\s+release))?(?:\s+on)?(\s+\w+day)?$/u;
// "X said (on) Tuesday (that) …" — X a noun phrase, with an apposition set off by commas at most.
const LEADING_SAID =
  /^([A-Z][^,]{1,60}?(?:,[^,]{2,80},)?)\s+(?:said|says|announced)(?:\s+on)?(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?:\s+that)?\s+(?=[a-z]|[A-Z])/u;
// "…, according to the town."
const ACCORDING_AFTER = /,\s+according to\s+([^,]{2,60})$/u;
const ATTRIBUTION_LEFT = /\b(?:said|says|told|according|announced|reported)\b/iu;
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/u;
const MONEY = new Set(['円', 'ドル']);
// Articles, possessives and the small words a noun phrase may hold besides its nouns and names.
const FUNCTION_WORD = /^(?:the|a|an|its|their|his|her|this|that|these|those|some|all|each)$/iu;
// Modifiers that change what a noun refers to (a former president, the alleged victim, the first
// train, two other towns): a phrase holding one is not written without it, so it stays a quotation.
const REFERENCE_WORD =
  /^(?:former|acting|deputy|vice|assistant|alleged|suspected|accused|proposed|planned|possible|potential|would-be|fake|interim|missing|dead|injured|wounded|other|another|rival|previous|next|last|first|second|third|fourth|fifth|final|only|sole|single|both|either|neither|fewer|more|less|most|least|extra|additional|no|non|not|ex|anti|pro|several|many|few|some|half|all)$|^(?:ex|non|anti|pro)-/iu;

/** The start of the auxiliaries right before the verb (has, have, had, is, was …), or the verb's start. */
function auxiliaryStart(text: string, from: number, verbStart: number): number {
  const before = text.slice(from, verbStart);
  // (At the very start too: the subject left unsaid after its report, X said it had closed …)
  const aux = /(?:(?:^|\s)(?:has|have|had|is|are|was|were|be|been|being|will|to)(?:\s+\w+ly)?)+\s*$/u.exec(
    before,
  );
  return aux === null ? verbStart : from + aux.index;
}

/** True when a vocabulary word is part of a capitalised name (Railway in Misuzu Valley Railway). */
function isNamePart(text: string, gloss: Pick<GlossMatch, 'start' | 'end' | 'text'>): boolean {
  if (!/^[A-Z]/u.test(gloss.text)) return false;
  const before = /([A-Z][a-z]+)\s+$/u.exec(text.slice(0, gloss.start));
  const after = /^\s+([A-Z][a-z]+)/u.exec(text.slice(gloss.end));
  return (before !== null && !/^(?:The|A|An)$/u.test(before[1] as string)) || after !== null;
}

/**
 * A noun phrase of the source in Japanese: its names (capitalised words, as the source spells
 * them) and the vocabulary's nouns in their order — `the city of X` as X市, `A of B` as BのA,
 * `A and B` as AとB, a location after it (in Japan's Nagano Prefecture) left out as detail.
 * Undefined when it holds a word the vocabulary does not know other than an adjective before its
 * head (monthly fees → 料金), or no noun at all.
 */
function nounPhrase(text: string, start: number, end: number, context: GlossContext): string | undefined {
  // A location after the phrase (officials in Kuruno Prefecture) is a run of names: it says which
  // ones, so it is said before the phrase (Kuruno Prefectureの当局), never left out.
  const whole = text.slice(start, end).trim();
  const located = LOCATED.exec(whole);
  const phrase = (located === null ? whole : whole.slice(0, located.index)).trim();
  if (phrase === '' || /[,;:()]/u.test(phrase) || phrase.split(/\s+/u).length > 12) return undefined;

  if (phrase.split(/\s+/u).some((word) => REFERENCE_WORD.test(word))) return undefined;
  // A capitalised word opening the sentence is a name only when the text also spells it so
  // inside a sentence or as the first word of a longer name in its body (Hoshikawa Space Works …
  // then Hoshikawa said), or a capitalised word follows it (Services between … is not a name).
  const first = /^([A-Z][a-z]+)(\s+\S+|$)/u.exec(phrase);
  const body = (context.earlier ?? '').replace(/^[^\n]*\n\n/u, '');
  if (
    first !== null &&
    SENTENCE_START.test(text.slice(0, start)) &&
    !/^\s+[A-Z]/u.test(first[2] as string) &&
    findGlosses(first[1] as string, context).length === 0 &&
    !FUNCTION_WORD.test(first[1] as string) &&
    !PART_OF.test(phrase) &&
    MODIFIER_JA[(first[1] as string).toLowerCase()] === undefined &&
    // (inside a sentence: after a word on the same line, not after a title line that ends in one)
    !new RegExp(`[a-z0-9,;][ \\t]+${first[1]}\\b`, 'u').test(
      `${context.earlier ?? ''} ${context.sentence ?? text}`,
    ) &&
    !new RegExp(`\\b${first[1]}\\s+[A-Z][a-z]`, 'u').test(body)
  )
    return undefined;
  // A modifier opening the sentence (New buses …) is the modifier, not a name (Newバス).
  const opening = /^([A-Z][a-z]+)(?=\s+[a-z])/u.exec(phrase)?.[1];
  const head = phraseOf(
    opening !== undefined && MODIFIER_JA[opening.toLowerCase()] !== undefined
      ? `${opening.toLowerCase()}${phrase.slice(opening.length)}`
      : phrase,
    context,
  );
  if (located === null || head === undefined) return head;
  const where = phraseOf((located[1] as string).replace(/,?\s*$/u, ''), context);
  return where === undefined ? undefined : `${where}の${head}`;
}

// Part of, a part of, a portion of: some of the whole the phrase after it names.
const PART_OF = /^(?:an?\s+)?(?:part|portion)\s+of\s+(.+)$/iu;
// A location after a noun phrase: in / at / along / across and a run of names (in Japan's Nagano Prefecture).
const LOCATED = /\s+(?:in|at|along|across)\s+((?:the\s+)?(?:[A-Z][\w'’.-]*(?:,?\s+|$))+)$/u;
// What comes before a sentence's first word: nothing, or a dateline (TOKYO (PRW) —).
const SENTENCE_START = new RegExp(`^(?:${DATELINE_PLACE})?\\s*$`, 'u');

function phraseOf(phrase: string, context: GlossContext): string | undefined {
  // the city of Hagigaoka → Hagigaoka市
  const place = /^(?:the\s+)?(city|town|village|prefecture)\s+of\s+((?:[A-Z][a-z]+\s?){1,3})$/iu.exec(phrase);
  if (place !== null) {
    const gloss = findGlosses(place[1] as string, context)[0]?.gloss as NounGloss | undefined;
    return gloss === undefined ? undefined : `${(place[2] as string).trim()}${gloss.ja}`;
  }
  // Services between A and B → AとBの間の運行: the section a transport noun runs on.
  const between = /^(.+?)\s+between\s+([A-Z][\w'’-]*)\s+and\s+([A-Z][\w'’-]*)$/u.exec(phrase);
  if (between !== null) {
    const head = phraseOf(between[1] as string, context);
    return head === undefined ? undefined : `${between[2]}と${between[3]}の間の${head}`;
  }
  const titled = titledName(phrase, context);
  if (titled !== undefined) return titled ?? undefined;
  // Part of X (closed part of a nearby road) → Xの一部: some of what X names, as Japanese says it
  // (一部 after the whole). X must be a phrase the writer can say.
  const part = PART_OF.exec(phrase);
  if (part !== null) {
    const whole = phraseOf(part[1] as string, context);
    return whole === undefined ? undefined : `${whole}の一部`;
  }
  const whole = simplePhrase(phrase, context);
  if (whole !== undefined) return whole;
  const of = /^(.+?)\s+of\s+(.+)$/u.exec(phrase);
  if (of !== null) {
    const head = phraseOf(of[1] as string, context);
    const owner = phraseOf(of[2] as string, context);
    return head === undefined || owner === undefined ? undefined : `${owner}の${head}`;
  }
  const parts = phrase.split(/\s+and\s+/u).map((part) => simplePhrase(part, context));
  if (parts.some((part) => part === undefined)) return undefined;
  return parts.join('と');
}

/**
 * A title before a person's name, as Japanese news writes it after the name: Mayor Miho Ishikura
 * → Miho Ishikura市長, and with the body it heads before it, Naraoka Mayor Masataka Kiryu →
 * Naraoka市長のMasataka Kiryu, Toryo Railway President Masaru Usami → Toryo Railway社長のMasaru Usami. The title is a noun of the vocabulary (its sense read as for any
 * word: a mayor by the kind of municipality the text gives); the name is two capitalised words.
 * Null when the title is a word of the vocabulary whose sense nothing decides: the phrase is not
 * written with the English title left in it.
 */
function titledName(phrase: string, context: GlossContext): string | null | undefined {
  const words = phrase.split(/\s+/u);
  const capital = (word: string) => /^[A-Z][\w'’.-]*$/u.test(word);
  // The name and the phrase's first word are capitalised; a title opening a sentence is so only in
  // its first word (School principal Taro Sato), its other words in lower case.
  if (
    words.length < 3 ||
    !capital(words[0] as string) ||
    !words.slice(-2).every(capital) ||
    !words.every((word) => /^[A-Za-z][\w'’.-]*$/u.test(word))
  )
    return undefined;
  const name = words.slice(-2).join(' ');
  const own = { ...context, sentence: context.sentence ?? phrase };
  // The title is the one or two words before the name; the words before it name its body.
  for (const size of [1, 2]) {
    const org = words.slice(0, -2 - size);
    const title = words.slice(-2 - size, -2).join(' ');
    // The body's name before the title is capitalised throughout; a lower-case word is the title's.
    if (org.length > 3 || words.length < 2 + size || !org.every(capital)) continue;
    const lead = org.join(' ');
    const lower = `${lead} ${title}`.trim().toLowerCase();
    const at = lower.length - title.length;
    // A title whose sense nothing decides (a mayor of no stated municipality): not written at all (null).
    if (undecidedSenses(lower, own).some((word) => word.start >= at)) return null;
    const gloss = findGlosses(lower, own).find((match) => match.start === at && match.end === lower.length);
    // A title of English news the vocabulary cannot say here (a president of no stated kind of body):
    // the phrase is not written with the English title left in it.
    if (gloss === undefined && TITLE.test(title)) return null;
    if (gloss === undefined || gloss.gloss.kind !== 'noun') continue;
    // The body's name opens with a word of its own, not one of the vocabulary (City Mayor …).
    if (org.length > 0 && findGlosses((org[0] as string).toLowerCase(), context).length > 0) return undefined;
    return org.length === 0 ? `${name}${gloss.gloss.ja}` : `${lead}${gloss.gloss.ja}の${name}`;
  }
  return undefined;
}

// The titles English news writes before a person's name (a closed class).
const TITLE =
  /^(?:President|Vice President|Mayor|Deputy Mayor|Governor|Minister|Prime Minister|Professor|Chairman|Chairwoman|Chairperson|Chair|Director|Chief Executive|Chief|Superintendent|Secretary|Commissioner|Chancellor|Ambassador|Judge|Justice|Senator|Representative|Lawmaker|Coach|Captain)$/u;

/** Nouns and names of a phrase with no of / and: 給食料金 for monthly school lunch fees. */
function simplePhrase(phrase: string, context: GlossContext): string | undefined {
  const words = (from: number, to: number) =>
    phrase
      .slice(from, to)
      .split(/\s+/u)
      .filter((word) => word !== '');
  // A word inside a hyphenated one (loss-making) is not the noun; of / and join phrases (phraseOf).
  const glosses = findGlosses(phrase, context).filter(
    (gloss) => !isNamePart(phrase, gloss) && phrase[gloss.start - 1] !== '-' && phrase[gloss.end] !== '-',
  );
  if (
    words(0, phrase.length).some((word) => word === 'of' || word === 'and') &&
    glosses.every((gloss) => !/\s(?:of|and)\s/u.test(gloss.text))
  )
    return undefined;
  const parts: string[] = [];
  let cursor = 0;
  let name = '';
  const take = (word: string): boolean => {
    const bare = word.replace(/'s$/u, '');
    if (FUNCTION_WORD.test(bare)) return true;
    // An age before a person (a 52-year-old man → 52歳の男性).
    const age = /^(\d{1,3})-year-old$/u.exec(bare);
    if (age !== null) {
      parts.push(`${age[1]}歳の`);
      return true;
    }
    // A name, with the digits of a model or a series (Kite-2) as part of it.
    if (/^[A-Z][A-Za-z.-]*(?:-?\d+[A-Za-z]?)?$/u.test(bare)) {
      name = name === '' ? bare : `${name} ${bare}`;
      if (word.endsWith("'s")) {
        parts.push(`${name}の`);
        name = '';
      }
      return true;
    }
    return false;
  };
  for (const gloss of glosses) {
    if (gloss.gloss.kind !== 'noun') return undefined;
    for (const word of words(cursor, gloss.start)) {
      if (take(word)) continue;
      // A modifier before the head says which of its kind: written when the writer can say it
      // (electric buses → 電気バス), else the phrase is not written (burnable waste is not 廃棄物).
      // A year's total of what is counted (annual ridership → 年間利用者数); not an event held yearly.
      const modifier =
        MODIFIER_JA[word.toLowerCase()] ??
        ((gloss.gloss as NounGloss).counter === undefined ? undefined : PER_YEAR_JA[word.toLowerCase()]);
      if (modifier === undefined) return undefined;
      if (name !== '') parts.push(name);
      name = '';
      parts.push(modifier);
    }
    if (name !== '') parts.push(name);
    name = '';
    const possessive = phrase.slice(gloss.end).startsWith("'s");
    // A noun of the vocabulary used as a modifier before another (national approval → 国の承認).
    const modifier = glosses.some((later) => later.start > gloss.end && later.gloss.kind === 'noun')
      ? MODIFIER_JA[gloss.text.toLowerCase()]
      : undefined;
    // A noun whose sense the noun after it takes in (the town assembly: assembly read as 町議会 by
    // town) is said once, in that noun (町議会, not 町町議会).
    const next = glosses.find((later) => later.start > gloss.end);
    const takenIn =
      !possessive &&
      next !== undefined &&
      next.gloss.kind === 'noun' &&
      /^\s+$/u.test(phrase.slice(gloss.end, next.start)) &&
      (next.gloss as NounGloss).ja.startsWith(gloss.gloss.ja);
    if (!takenIn) parts.push(modifier ?? `${gloss.gloss.ja}${possessive ? 'の' : ''}`);
    cursor = gloss.end + (possessive ? 2 : 0);
  }
  const tail = words(cursor, phrase.length);
  for (const [i, word] of tail.entries()) {
    if (take(word)) continue;
    // A modifier right before a name (the new Misuzu Valley Railway) is said like one before a noun
    // (新たなMisuzu Valley Railway); one the writer cannot say (the loss-making …) leaves the phrase
    // unwritten: left out, the line would say less than its source.
    const modifier = MODIFIER_JA[word.toLowerCase()];
    if (modifier !== undefined && /^[A-Z]/u.test(tail[i + 1] ?? '')) {
      if (name !== '') parts.push(name);
      name = '';
      parts.push(modifier);
      continue;
    }
    return undefined;
  }
  if (name !== '') parts.push(name);
  const out = parts.join('').replace(/の$/u, '');
  return out === '' ? undefined : out;
}

/**
 * A figure the sentence gives a thing (The plan carries a total cost of about 8.6 billion yen →
 * 計画の総費用は約86億円だ。): the subject, a verb of having (has, carries, includes, is), and a noun
 * of the vocabulary with `of` and a figure with its unit.
 */
function figureOf(
  text: string,
  from: number,
  to: number,
  quantities: readonly Quantity[],
  context: GlossContext,
): string | undefined {
  const match =
    /^(.{2,60}?)\s+(?:has|have|had|carries|carry|carried|includes|include|included)\s+(?:a|an)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\s+of\s+$/u;
  for (const quantity of quantities) {
    if (quantity.start < from || quantity.end > to || quantity.unit === '') continue;
    const found = match.exec(
      text.slice(from, quantity.start).replace(/\s+(?:about|around|roughly|some|nearly)\s+$/u, ' '),
    );
    if (found === null) continue;
    const subject = nounPhrase(found[1] as string, 0, (found[1] as string).length, context);
    const counted = nounPhrase(found[2] as string, 0, (found[2] as string).length, context);
    if (subject === undefined || counted === undefined) return undefined;
    const past = /\b(?:had|carried|included)\b/u.test(found[0]);
    return `${subject}の${counted}は${japaneseQuantity(quantity)}${past ? 'だった' : 'だ'}。`;
  }
  // What a subject has, counted (The company has 186 drivers → 会社の運転手は186人だ。).
  // Carry is a verb of having as the shape above reads it, in its progressive too (The ferry was
  // carrying 135 passengers → フェリーの乗客は135人だった。): what is carried, counted, at that time.
  for (const quantity of quantities) {
    if (quantity.start < from || quantity.end > to) continue;
    const found =
      /^(.{2,60}?)\s+(has|have|had|carries|carry|carried|(?:is|are|was|were)\s+carrying)\s+(?:(?:about|around|roughly|some|nearly)\s+)?$/u.exec(
        text.slice(from, quantity.start),
      );
    if (found === null) continue;
    const noun = countedNounAfter(text, quantity.end, to, context);
    const rest = text.slice(quantity.end, to);
    if (noun?.counter === undefined || quantity.unit !== '' || noun.ja === noun.counter) return undefined;
    // Only the counted noun: a longer phrase (a modifier, a second noun) says more than the count.
    if (nounPhrase(rest, 0, rest.length, context) !== noun.ja) return undefined;
    const subject = nounPhrase(found[1] as string, 0, (found[1] as string).length, context);
    if (subject === undefined) return undefined;
    const past = /^(?:had|carried|was|were)\b/u.test(found[2] as string);
    return `${subject}の${noun.ja}は${japaneseQuantity(quantity, noun.counter)}${past ? 'だった' : 'だ'}。`;
  }
  return measureOf(text, from, to, quantities, context);
}

/**
 * A size or a weight the sentence gives a thing, its only figure (The tank is about 4 meters
 * long → タンクの長さは約4メートルだ。; The parcel weighed 2 kilograms → 小包の重さは2キログラムだった。):
 * the subject, is / was and the figure with a unit of length and the dimension after it, or weighs
 * and a figure with a unit of weight. Two figures (6 meters long and 4 meters wide) are not written.
 */
function measureOf(
  text: string,
  from: number,
  to: number,
  quantities: readonly Quantity[],
  context: GlossContext,
): string | undefined {
  const inside = quantities.filter((quantity) => quantity.start >= from && quantity.end <= to);
  const quantity = inside[0];
  if (quantity === undefined || inside.length > 1) return undefined;
  const before = text
    .slice(from, quantity.start)
    .replace(/\s+(?:about|around|roughly|some|nearly|almost)\s+$/u, ' ');
  const after = text.slice(quantity.end, to);
  const sized = /^(.{2,60}?)\s+(is|are|was|were)\s+$/u.exec(before);
  // The dimension is all that follows the figure (… is 6 meters long, not … 6 meters long by Friday).
  const named = sized === null ? undefined : dimensionAfter(after);
  const dimension = named !== undefined && after.trim().replace(/\s+/gu, ' ') === named ? named : undefined;
  const weighed = /^(.{2,60}?)\s+(weighs|weigh|weighed)\s+$/u.exec(before);
  const found = dimension === undefined ? (/^\s*$/u.test(after) ? weighed : null) : sized;
  if (found === null || found === undefined) return undefined;
  const what =
    dimension === undefined
      ? MASS_UNITS.has(quantity.unit)
        ? '重さ'
        : undefined
      : LENGTH_UNITS.has(quantity.unit)
        ? DIMENSION_JA[dimension]
        : undefined;
  if (what === undefined) return undefined;
  const subject = nounPhrase(found[1] as string, 0, (found[1] as string).length, context);
  if (subject === undefined) return undefined;
  const past = /^(?:was|were|weighed)$/u.test(found[2] as string);
  return `${subject}の${what}は${measure(quantity)}${past ? 'だった' : 'だ'}。`;
}

const measure = (quantity: Quantity) =>
  japaneseQuantity({ ...quantity, unit: '' }, MEASURE_JA[quantity.unit] ?? quantity.unit);

/** The first figure between `start` and `end`. */
function figureWithin(quantities: readonly Quantity[], start: number, end: number): Quantity | undefined {
  return quantities.find((q) => q.start >= start && q.end <= end);
}

/** An object counted by a figure (1,200 jobs → 1200人の雇用): the figure right before a counted noun. */
function countedObject(
  text: string,
  start: number,
  end: number,
  quantities: readonly Quantity[],
  context: GlossContext,
): string | undefined {
  const figure = figureWithin(quantities, start, end);
  if (figure === undefined) return undefined;
  // The counted noun is the phrase's head, its last noun (six aging railcars: railcars, 両).
  const rest = text.slice(figure.end, end);
  if (countedNounAfter(text, figure.end, end, context) === undefined) return undefined;
  const noun = findGlosses(rest, { ...context, sentence: context.sentence ?? text })
    .filter((gloss) => gloss.gloss.kind === 'noun')
    .at(-1)?.gloss as NounGloss | undefined;
  if (noun === undefined || figure.unit !== '' || noun.counter === undefined) return undefined;
  // Only the counted noun and the modifiers the writer says before it: 35 elementary and junior
  // high schools says more (20 electric buses → 20台の電気バス).
  return countedPhrase(figure, noun, nounPhrase(rest, 0, rest.length, context));
}

/**
 * A figure of a counted noun with the modifiers the phrase gives it (800 new jobs → 800人の新たな雇用):
 * undefined when the phrase is not the noun with modifiers before it.
 */
function countedPhrase(figure: Quantity, noun: NounGloss, phrase: string | undefined): string | undefined {
  if (phrase === noun.ja) return countedNoun(figure, noun);
  if (phrase === undefined || !phrase.endsWith(noun.ja) || noun.ja === noun.counter) return undefined;
  return `${japaneseQuantity(figure, noun.counter)}の${phrase}`;
}

/** A figure of a counted noun: 800人の雇用, and the bare count when the noun is its counter (3 people → 3人). */
function countedNoun(figure: Quantity, noun: NounGloss): string {
  const count = japaneseQuantity(figure, noun.counter);
  if (noun.ja === noun.counter) return count;
  // A noun ending in its own counter word takes the count inside (バス路線, 5路線 → バス5路線);
  // a one-character counter is a suffix, not a word (車両: 6両の車両).
  if (noun.counter !== undefined && [...noun.counter].length > 1 && noun.ja.endsWith(noun.counter))
    return `${noun.ja.slice(0, -noun.counter.length)}${count}`;
  return `${count}の${noun.ja}`;
}

/** An object that is an amount with its unit (paid 3 million yen → 300万円). */
function amountObject(
  text: string,
  start: number,
  end: number,
  quantities: readonly Quantity[],
): string | undefined {
  const figure = figureWithin(quantities, start, end);
  if (figure === undefined || figure.unit === '') return undefined;
  const around = `${text.slice(start, figure.start)} ${text.slice(figure.end, end)}`;
  return /^[\s]*(?:(?:about|around|some|roughly|nearly|an\s+estimated)\s+)?\s*$/u.test(around)
    ? japaneseQuantity(figure)
    : undefined;
}

/**
 * An object measured by an amount after of (an operating loss of about 860 million yen → 約8億6000万円の
 * 営業損失, an increase of 15,000 yen → 1万5000円の増加): the amount, then the noun it measures.
 */
function measuredObject(
  text: string,
  start: number,
  end: number,
  quantities: readonly Quantity[],
  context: GlossContext,
): string | undefined {
  const figure = figureWithin(quantities, start, end);
  if (figure === undefined || figure.unit === '' || !/^\s*$/u.test(text.slice(figure.end, end)))
    return undefined;
  const found =
    /^\s*(?:(?:a|an|the|its|their)\s+)?(.+?)\s+of\s+(?:(?:about|around|some|roughly|nearly|an\s+estimated)\s+)?$/u.exec(
      text.slice(start, figure.start),
    );
  if (found === null) return undefined;
  // The amount's period stays with it (a monthly increase of 15,000 yen → 月額1万5000円), said
  // before the figure; the rest of the phrase is what the amount measures.
  const period = /\b(monthly|annual|yearly|daily)\s+/u.exec(found[1] as string);
  const per = period === null ? '' : (PERIOD_ADJECTIVE_JA[period[1] as string] ?? '');
  const whole = found[1] as string;
  const phrase =
    period === null ? whole : whole.slice(0, period.index) + whole.slice(period.index + period[0].length);
  const measured = nounPhrase(phrase, 0, phrase.length, context);
  return measured === undefined ? undefined : `${per}${japaneseQuantity(figure)}の${measured}`;
}

// Verbal nouns of an activity that lasts (demanding, considering, investigating, negotiating): their
// English progressive is the activity going on, 〜している.
const LASTING = new Set([
  '要求',
  '要請',
  '検討',
  '調査',
  '捜査',
  '協議',
  '交渉',
  '審議',
  '研究',
  '抗議',
  '反対',
]);

/** True when a resolved date starts right after `from` (by March: a date, not an agent). */
function dateAt(dates: readonly DateMention[], from: number, to: number): boolean {
  return dates.some((date) => date.start >= from && date.start <= from + 12 && date.end <= to);
}

/**
 * The subject of the main clause in Japanese: a noun phrase, a count (Three people → 3人, two
 * men → 2人の男性), and a name or noun set off by an apposition between commas — an age (Taro
 * Yamada, 45, → Taro Yamada（45）) kept, a non-restrictive clause (, which …,) or a description
 * (, the operator of the line,) left out as detail.
 */
// A subject set off by an apposition, which is detail: an age (Taro Yamada, 45,), a relative clause
// (The company, which runs 58 routes,), a noun phrase (Kogane, a town of 9,000,) or a past participle
// with its phrase (The dam, completed in 1978, / The trial, run by the village,), the relative clause
// a news sentence shortens. (A comma between digits is part of a figure: which has about 1,850 members.)
const APPOSITION = String.raw`^([^,]+?),\s+(?:(\d{1,3})|(?:(?:which|who|whose|the|a|an)\b|(?:(?:once|\w+ly)\s+)*(?:[a-z]+ed|built|run|held|known|made|set|begun|taken|given|written|sold)\s+(?:in|on|at|by|for|from|as|to|during|since|with)\b)(?:[^,]|,(?=\d))*),`;
const SUBJECT_APPOSITION = new RegExp(`${APPOSITION}\\s*$`, 'u');
// A common noun (the driver, a passenger) set off by a person's name of two or three words and an age,
// before the name (84-year-old) or after it (, 84,).
const APPOSED_NAME = String.raw`(?<name>(?:[A-Z][\w'’.-]*\s+){1,2}[A-Z][\w'’.-]*)`;
const APPOSED_ROLE = String.raw`^\s*(?<head>(?:[Tt]he|[Aa]n?)\s+[a-z][a-z\s-]*?)`;
const NAMED_APPOSITION = new RegExp(
  `${APPOSED_ROLE},\\s+(?<age>\\d{1,3})-year-old\\s+${APPOSED_NAME},\\s*$`,
  'u',
);
const NAMED_APPOSITION_AGE_AFTER = new RegExp(
  `${APPOSED_ROLE},\\s+${APPOSED_NAME},\\s+(?<age>\\d{1,3}),\\s*$`,
  'u',
);
/** A sentence's subject with its apposition, at its head (The dam, completed in 1978, …). */
const LEADING_APPOSITION = new RegExp(`${APPOSITION}\\s+`, 'u');

/**
 * The span of the apposition a subject is set off by (SUBJECT_APPOSITION), the commas included;
 * undefined when it has none. Its dates and figures are the detail's, not the act's.
 */
function appositionSpan(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | undefined {
  const apposition = SUBJECT_APPOSITION.exec(text.slice(start, end));
  return apposition === null ? undefined : { start: start + (apposition[1] as string).length, end };
}

function subjectPhrase(
  text: string,
  start: number,
  end: number,
  quantities: readonly Quantity[],
  context: GlossContext,
): string | undefined {
  const raw = text.slice(start, end);
  // A person named in apposition to a common noun, with an age before or after the name (The driver,
  // 84-year-old Taro Yamada, / The driver, Taro Yamada, 84,): the noun is the person's role, XのName（84）.
  const named = NAMED_APPOSITION.exec(raw) ?? NAMED_APPOSITION_AGE_AFTER.exec(raw);
  if (named !== null) {
    const groups = named.groups as { head: string; name: string; age: string };
    const head = nounPhrase(
      text,
      start + raw.indexOf(groups.head),
      start + raw.indexOf(groups.head) + groups.head.length,
      context,
    );
    return head === undefined ? undefined : `${head}の${groups.name}（${groups.age}）`;
  }
  const apposition = SUBJECT_APPOSITION.exec(raw);
  if (apposition !== null) {
    // An age is the whole apposition (Taro Yamada, 45,): one with more after it (84-year-old Taro
    // Yamada) says more than the age.
    if (apposition[2] !== undefined && !/,\s+\d{1,3}(?:\s+years?\s+old)?,\s*$/u.test(raw)) return undefined;
    // An age sets off a person: words before the two of the name (Deckhand Taro Yamada, 45,) are a
    // role, said only when the vocabulary knows it as a title — never left in English inside the name.
    const words = (apposition[1] as string).trim().split(/\s+/u);
    if (
      apposition[2] !== undefined &&
      words.length >= 3 &&
      words.every((word) => /^[A-Z]/u.test(word)) &&
      typeof titledName((apposition[1] as string).trim(), context) !== 'string'
    )
      return undefined;
    const head = subjectPhrase(text, start, start + (apposition[1] as string).length, quantities, context);
    return head === undefined
      ? undefined
      : `${head}${apposition[2] === undefined ? '' : `（${apposition[2]}）`}`;
  }
  // People from a body or a place (engineers from the maker, a 42-year-old driver from Kakuu): the
  // body or place says whose they are, XのN; only for a noun counted in people, as a thing from a
  // place (a flight from Kakuu) tells where it set out, not whose it is. Officials (当局) are people
  // too, though the word names the body they speak for (officials from the town → 町の当局).
  if (PEOPLE_FROM.test(raw)) return peopleFrom(text, start, end, quantities, context);
  const figure = figureWithin(quantities, start, end);
  if (
    figure !== undefined &&
    /^\s*(?:(?:about|around|some|nearly|roughly|at\s+least|more\s+than|over)\s+)?$/iu.test(
      text.slice(start, figure.start),
    )
  ) {
    const rest = text.slice(figure.end, end);
    if (figure.unit !== '' && /^\s*$/u.test(rest)) return japaneseQuantity(figure);
    const noun = countedNounAfter(text, figure.end, end, context);
    if (noun?.counter !== undefined && figure.unit === '' && /^[\sa-z-]*$/u.test(rest)) {
      // Only the counted noun, with the modifiers the writer says (14 elderly residents).
      const phrase = nounPhrase(text, figure.end, end, context);
      if (phrase === undefined) return undefined;
      // A lower bound (more than 14 workers) is not the count itself: nothing to write.
      if (/\b(?:more\s+than|over|at\s+least)\s*$/iu.test(text.slice(start, figure.start))) return undefined;
      return countedPhrase(figure, noun, phrase);
    }
    return undefined;
  }
  return nounPhrase(text, start, end, context);
}

// A subject of people and whose they are: N from X (one from, no comma after it).
const PEOPLE_FROM = /^(\s*\S.*?)\s+from\s+([^,;]+?)\s*$/u;

/** People from a body or a place as whose they are (nurses from the hospital → 病院の看護師): subjectPhrase's. */
function peopleFrom(
  text: string,
  start: number,
  end: number,
  quantities: readonly Quantity[],
  context: GlossContext,
): string | undefined {
  const raw = text.slice(start, end);
  const from = PEOPLE_FROM.exec(raw);
  if (from === null) return undefined;
  const headEnd = start + (from[1] as string).length;
  const people = findGlosses(text.slice(start, headEnd), context)
    .filter((gloss) => gloss.gloss.kind === 'noun')
    .at(-1)?.gloss as NounGloss | undefined;
  if (people?.counter !== '人' && people?.ja !== '当局') return undefined;
  const head = subjectPhrase(text, start, headEnd, quantities, context);
  const ownerEnd = start + raw.trimEnd().length;
  const owner = nounPhrase(text, ownerEnd - (from[2] as string).length, ownerEnd, context);
  return head === undefined || owner === undefined ? undefined : `${owner}の${head}`;
}

/** A change of an amount: from A to B (AからBに), or by N (N). Undefined when the figures say neither. */
/**
 * A change of an amount in Japanese; undefined when the figures say none, null when they say one
 * the sentence leaves open (to B from A in 2019: A's date or the change's).
 */
function changeOf(text: string, all: readonly Quantity[], counter?: string): string | null | undefined {
  // A period read as a figure (a year: 1年) is the rate's period, not a figure of the change.
  const quantities = all.filter((q) => !/^(?:a|an|per|each)\s/iu.test(text.slice(q.start, q.end)));
  const change = changeFigures(text, quantities, counter);
  if (change === undefined || change === null) return change;
  // A rate (318 a day, 5.4 million a year) keeps its period: 1日, 年間.
  const last = quantities.filter((q) => q.end <= change.end).at(-1);
  const period = last === undefined ? undefined : RATE.exec(text.slice(last.end))?.[1]?.toLowerCase();
  return `${period === undefined ? '' : PERIOD_JA[period]}${change.text}`;
}

// A figure per period after it (412 a day, per year) and the Japanese that says it before the figure.
const RATE = /^(?:\s+[a-z]+){0,2}?\s+(?:a|an|per|each)\s+(day|week|month|year)\b/u;
const PERIOD_JA: Readonly<Record<string, string>> = {
  day: '1日',
  week: '1週間',
  month: '1か月',
  year: '年間',
};

/** The figures of a change, as Japanese, and where the last figure read ends. */
function changeFigures(
  text: string,
  quantities: readonly Quantity[],
  counter?: string,
): { text: string; end: number } | null | undefined {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const a = quantities[i] as Quantity;
    const b = quantities[i + 1] as Quantity;
    // from A to B, and the order English news also writes: to B from A.
    const fromTo =
      /from\s+$/u.test(text.slice(Math.max(0, a.start - 6), a.start)) &&
      /^\s+to\s+$/u.test(text.slice(a.end, b.start));
    const toFrom =
      /\bto\s+$/u.test(text.slice(Math.max(0, a.start - 4), a.start)) &&
      /^(?:\s+[a-z-]+){0,3}?(?:\s+(?:a|an|per|each)\s+(?:day|week|month|year))?\s+from\s+$/u.test(
        text.slice(a.end, b.start),
      );
    if (fromTo || toFrom) {
      const [before, after] = fromTo ? [a, b] : [b, a];
      const unit = before.unit === '' ? after.unit : before.unit;
      if (before.unit !== '' && after.unit !== '' && before.unit !== after.unit) return undefined;
      // What the figures count, named after the first (to 1.2 million passengers … from …: 人).
      const own = unit === '' ? (counter ?? countedNounAfter(text, a.end, b.start)?.counter ?? '') : '';
      // To B from A in 2019: the date is A's, not the change's; the sentence is left to a quotation.
      if (
        toFrom &&
        /^\s+(?:in|as\s+of|at\s+the\s+end\s+of)\s+(?:fiscal\s+)?(?:\d|[A-Z])/u.test(text.slice(b.end))
      )
        return null;
      return {
        text: `${japaneseQuantity({ ...before, unit }, own)}から${japaneseQuantity({ ...after, unit: after.unit === '' ? unit : after.unit }, own)}に`,
        end: fromTo ? b.end : a.end,
      };
    }
  }
  const by = quantities.find((q) => /\bby\s+$/u.test(text.slice(Math.max(0, q.start - 4), q.start)));
  if (by !== undefined && by.unit !== '') return { text: japaneseQuantity(by), end: by.end };
  // by an average of N (raise rates by an average of 5 percent): the change is an average, 平均N.
  const average = quantities.find((q) =>
    /\bby\s+an\s+average\s+of\s+$/u.test(text.slice(Math.max(0, q.start - 20), q.start)),
  );
  if (average !== undefined && average.unit !== '')
    return { text: `平均${japaneseQuantity(average)}`, end: average.end };
  // A target: to N (to 1.3 million riders → 130万人に).
  const target = quantities.find((q) => /\bto\s+$/u.test(text.slice(Math.max(0, q.start - 4), q.start)));
  if (target === undefined || (target.unit === '' && counter === undefined)) return undefined;
  return { text: `${japaneseQuantity(target, counter)}に`, end: target.end };
}

/** The subject a sentence opens with, in Japanese (for It / They in the sentence after it). */
function openingSubject(text: string, context: GlossContext): string | undefined {
  const dateline = DATELINE.exec(text);
  const from = dateline === null ? 0 : dateline[0].length;
  const own: GlossContext = { ...context, sentence: text };
  // The verb comes after an apposition the subject is set off by, which is detail (subjectPhrase).
  const after = from + (LEADING_APPOSITION.exec(text.slice(from))?.[0].length ?? 0);
  const first = findGlosses(text, own).find(
    (gloss) => gloss.start >= after && (gloss.gloss.kind === 'verb' || gloss.gloss.kind === 'modality'),
  );
  if (first === undefined) return undefined;
  return subjectPhrase(
    text,
    from,
    first.gloss.kind === 'modality' ? first.start : auxiliaryStart(text, from, first.start),
    [],
    own,
  );
}

// A person's name in English news: two to four capitalized words (Dr. and initials aside).
const PERSON_NAME = /\b[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+){1,3}\b/gu;

/**
 * The person He or She at the head of a sentence stands for: the one the sentence before names
 * as its subject or as the speaker of its report, written as the writer writes either (Miho
 * Ishikura市長). Undefined when that sentence names no person, or two that compete (a subject and a
 * speaker of different names, or a second name anywhere in it).
 */
function personOf(previous: string, context: GlossContext): string | undefined {
  const own: GlossContext = { ...context, sentence: previous };
  // A run of capitalized words names a person by the words after its last word of the vocabulary
  // (Naraoka Mayor Masataka Kiryu → Masataka Kiryu); one that ends in such a word names a body
  // (Kakuu City Council), and words that open a sentence (The, According) are no name.
  const names = new Set(
    [...previous.matchAll(PERSON_NAME)].flatMap((match) => {
      const words = match[0].split(/\s+/u);
      const glossed = words.map((word) => findGlosses(word, own).length > 0);
      const name = words.slice(glossed.lastIndexOf(true) + 1);
      return name.length >= 2 &&
        !/^(?:The|A|An|On|In|At|By|From|After|Before|According)$/u.test(name[0] as string)
        ? [name.join(' ')]
        : [];
    }),
  );
  if (names.size !== 1) return undefined;
  const name = [...names][0] as string;
  // One person named: the speaker of the report when it is that person, else the subject.
  const speaker = englishSpeakerOf(previous);
  if (speaker?.includes(name)) {
    const at = previous.lastIndexOf(speaker);
    return nounPhrase(previous, at, at + speaker.length, own);
  }
  // (Without an age the subject's apposition gave it: Taro Yamada（45） is Taro Yamada once named.)
  const subject = openingSubject(previous, context)?.replace(/（\d{1,3}）$/u, '');
  return subject?.includes(name) === true ? subject : undefined;
}

// The people who underwent an act, by the act's verbal noun (injured → 負傷 → 負傷者): only the acts
// whose Japanese has such a word for them.
const UNDERGONE_BY: ReadonlyMap<string, string> = new Map([
  ['負傷', '負傷者'],
  ['死亡', '死亡者'],
  ['逮捕', '逮捕者'],
]);
// "No one was injured." / "Nobody was hurt, police said.": a passive of the vocabulary with no
// one as its subject and nothing else in the sentence but a dateline and who reports it.
const NO_ONE =
  /^(?:No one|Nobody)\s+(?:was|were|has been|have been)\s+(?:seriously\s+)?([a-z]+)(?:,\s+([^,]{2,60}?)\s+said)?\.$/u;

/**
 * The Japanese of "No one was V-ed": 〜者はいなかった (there was none who underwent it), with its
 * reporter kept (Xによると、); undefined for any other sentence or a verb whose undergoers have no
 * word of their own in UNDERGONE_BY.
 */
function writeNoOne(text: string, context: GlossContext): string | undefined {
  const dateline = DATELINE.exec(text);
  const from = dateline === null ? 0 : dateline[0].length;
  const found = NO_ONE.exec(text.slice(from));
  if (found === null) return undefined;
  const at = from + found[0].indexOf(found[1] as string, found[0].search(/\s(?:was|were|been)\s/u));
  const verb = findGlosses(text, context).find((gloss) => gloss.start === at && gloss.gloss.kind === 'verb');
  const noun = verb === undefined ? undefined : (verb.gloss as VerbGloss).noun;
  const who = noun === undefined ? undefined : UNDERGONE_BY.get(noun);
  if (who === undefined) return undefined;
  let speaker: string | undefined;
  if (found[2] !== undefined) {
    const start = from + found[0].lastIndexOf(found[2]);
    speaker = nounPhrase(text, start, start + found[2].length, context);
    if (speaker === undefined) return undefined;
  }
  // Has been: none so far (いない); was, were: none at the time (いなかった).
  const tense = /^\S+\s+(?:\S+\s+)?ha(?:s|ve) been\s/u.test(text.slice(from)) ? 'いない' : 'いなかった';
  return `${speaker === undefined ? '' : `${speaker}によると、`}${who}は${tense}。`;
}

// English prepositions before a date and the Japanese particle after it.
const DATE_PARTICLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bfrom\s+$/iu, 'から'],
  [/\bsince\s+$/iu, 'から'],
  [/\bby\s+(?:the\s+end\s+of\s+)?$/iu, 'までに'],
  [/\buntil\s+$/iu, 'まで'],
  [/\b(?:on|in|at|during)\s+$/iu, 'に'],
  // The date an event is put on (scheduled for May 12): when it takes place.
  [/\b(?:scheduled|slated)\s+for\s+$/iu, 'に'],
];

/**
 * When the main clause happened, as Japanese dates with their particle (4月から, 3月19日に): each
 * date the reading resolved to a month, written against the page's year; a date with no
 * preposition the particles know is left out (the sentence still says what happened).
 */
function datesOf(
  dates: readonly DateMention[],
  text: string,
  from: number,
  to: number,
  publishedAt?: string,
  future = false,
): string | undefined {
  const pageYear = Number(/^(\d{4})/u.exec(publishedAt ?? '')?.[1] ?? Number.NaN);
  // A bare weekday is read as the latest one (news reports what happened); in a clause that
  // looks ahead (will be closed from Monday) it is the coming one.
  const resolved = (found: DateMention) => (future ? comingWeekday(found, publishedAt) : found);
  // The date as Japanese writes it, without its particle (2026年度, 3月19日); undefined with no month.
  const whenOf = (date: DateMention) => {
    if (date.period === 'fiscal' && date.year !== undefined && date.month === undefined)
      return `${date.year}年度`;
    // A year alone (by 2030, in spring 2028, last year): the year, with its season when it has one.
    if (date.month === undefined)
      return date.year === undefined || date.day !== undefined
        ? undefined
        : date.period === undefined
          ? `${date.year}年`
          : SEASON_JA[date.period] === undefined
            ? undefined
            : `${date.year}年${SEASON_JA[date.period]}`;
    const year = date.year !== undefined && date.year !== pageYear ? `${date.year}年` : '';
    // Early / mid / late / the end of a month: 上旬 / 中旬 / 下旬 / 末, not the whole month.
    if (date.period !== undefined && date.day === undefined)
      return PART_OF_MONTH_JA[date.period] === undefined
        ? undefined
        : `${year}${date.month}月${PART_OF_MONTH_JA[date.period]}`;
    return `${year}${date.month}月${date.day === undefined ? '' : `${date.day}日`}`;
  };
  const within = dates.filter((found) => found.start >= from && found.end <= to);
  for (const [i, found] of within.entries()) {
    const date = resolved(found);
    const before = text.slice(Math.max(0, date.start - 20), date.start);
    // A relative date with no preposition (laid off 500 employees last year) says when, as on / in does.
    const particle =
      DATE_PARTICLE.find(([pattern]) => pattern.test(before))?.[1] ??
      (/^(?:last|this|next)\s+(?:year|month)$/iu.test(date.text.trim()) ? 'に' : undefined);
    // A date that bounds something else (the fiscal year starting in April) is not when the act happens.
    if (
      particle === undefined ||
      /\b(?:starting|beginning|ending|ends|starts|begins)\s+\w+\s+$/u.test(before)
    )
      continue;
    // When the act happens, or its deadline, in a form the writer cannot say (a date of no month
    // or year): the sentence is left to a quotation rather than written without it.
    // A part of the day after a day (from Saturday morning, on Monday night) is part of when: said
    // after it (3月14日朝から), never dropped; after a month or a year it is not read.
    const partOfDay = /^\s+(morning|afternoon|evening|night)\b/u.exec(text.slice(found.end, to))?.[1];
    const day = whenOf(date);
    if (partOfDay !== undefined && date.day === undefined) return undefined;
    const when = day === undefined || partOfDay === undefined ? day : `${day}${PART_OF_DAY_JA[partOfDay]}`;
    if (when === undefined) return undefined;
    // Two dates of one act (in February and March): both, joined as Japanese joins them (2月と3月に);
    // the first alone would say less than the source.
    const next = within[i + 1];
    const joined = next === undefined ? null : /^\s+(and|or)\s+$/u.exec(text.slice(found.end, next.start));
    if (next === undefined || joined === null) return `${when}${particle}`;
    const other = whenOf(resolved(next));
    return other === undefined ? undefined : `${when}${joined[1] === 'and' ? 'と' : 'か'}${other}${particle}`;
  }
  return '';
}

// The seasons of a year and the parts of a month a date may name (in spring 2028, by late April).
const SEASON_JA: Readonly<Record<string, string>> = {
  spring: '春',
  summer: '夏',
  autumn: '秋',
  winter: '冬',
};
const PART_OF_DAY_JA: Readonly<Record<string, string>> = {
  morning: '朝',
  afternoon: '午後',
  evening: '夕方',
  night: '夜',
};
const PART_OF_MONTH_JA: Readonly<Record<string, string>> = {
  early: '上旬',
  mid: '中旬',
  late: '下旬',
  end: '末',
};

const WEEKDAY_NAME = /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/iu;

/** A weekday named alone, as the first such day on or after the page's date. */
function comingWeekday(date: DateMention, publishedAt?: string): DateMention {
  const page = /^(\d{4})-(\d{2})-(\d{2})/u.exec(publishedAt ?? '');
  if (date.weekday === undefined || page === null || !WEEKDAY_NAME.test(date.text.trim())) return date;
  const day = new Date(Date.UTC(Number(page[1]), Number(page[2]) - 1, Number(page[3])));
  day.setUTCDate(day.getUTCDate() + ((date.weekday - day.getUTCDay() + 7) % 7));
  return { ...date, year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

const UNIT_JA: Readonly<Record<string, string>> = { '%': '%', ドル: 'ドル', 円: '円' };

/** A quantity written the Japanese way: 約86億円, 9800万円, 1200人, 14%. */
export function japaneseQuantity(quantity: Quantity, counter = ''): string {
  const unit = quantity.unit === '' ? counter : (UNIT_JA[quantity.unit] ?? quantity.unit);
  // Several hundred, dozens: the scale named, as 数百, 数十 (the value is its lower end).
  const scale = quantity.vague === true ? VAGUE_SCALE[quantity.value] : undefined;
  if (scale !== undefined) return `数${scale}${unit}`;
  const approx = quantity.approx ? '約' : '';
  const number = `${approx}${japaneseNumber(quantity.value)}${unit}`;
  // A bound keeps its sense: more than → 超, at least → 以上, up to → 最大, fewer than → 未満.
  const text = quantity.text ?? '';
  if (quantity.bound === 'min')
    return /^(?:at\s+least|no\s+fewer|no\s+less)/iu.test(text) ? `${number}以上` : `${number}超`;
  if (quantity.bound === 'max')
    return /^(?:up\s+to|as\s+many\s+as|as\s+much\s+as)/iu.test(text)
      ? `最大${number}`
      : /^(?:at\s+most|no\s+more)/iu.test(text)
        ? `${number}以下`
        : `${number}未満`;
  return number;
}

const VAGUE_SCALE: Readonly<Record<number, string>> = {
  10: '十',
  100: '百',
  1000: '千',
  10000: '万',
  100000: '十万',
  1000000: '百万',
  10000000: '千万',
  100000000: '億',
};

/**
 * The frame of an English remark as Japanese news writes a long one: its speaker and act in the
 * article's own words, the words themselves left as a marked quote in the original language
 * ("We will reopen soon," Mayor Taro Sato said on Monday. → Taro Sato市長は3月2日、こう述べた。 and
 * the words). Only a sentence that is one complete quote and its attribution after it — "…," X
 * said / "…," said X / "…," X told reporters, a weekday at most after the act — whose speaker the
 * writer can name (a name as written, a titled name, a noun of the vocabulary; he / she as the one
 * person the sentence before names). What the attribution says of the speaker past the name (, 35;
 * , who runs …) is detail about who they are, left unsaid: the frame says who spoke and when, never
 * what. Undefined for any other sentence (a quote that runs on into the next sentence, words after
 * the attribution, a speaker the writer cannot say): such a remark stays a quote whole. The last
 * sentence of a remark of several (its quote opened in the sentence before, in one paragraph) is
 * framed the same way, its own words quoted.
 */
export function writeEnglishSpeechFrame(
  sentence: SourceSentence,
  publishedAt?: string,
  earlier?: string,
): SpeechFrame | undefined {
  const { text } = sentence;
  // The last sentence of a remark of several (…. / I ran," she said.): its words are the remark's
  // last, opened in the sentence before it in the paragraph and left open there.
  const opened = /^(["“])[^"“”]*$/u.exec(sentence.previous?.text ?? '')?.[1];
  const shape =
    REMARK_FIRST.exec(text) ??
    (opened === undefined ? null : (/^()([^"“”]{8,}?[,?!])(["”])\s+(.+)$/u.exec(text) ?? null));
  if (shape === null) return undefined;
  const open = (shape[1] as string) || (opened as string);
  const words = shape[2] as string;
  const close = shape[3] as string;
  // A straight quote closes with a straight one, a curly with a curly: no quote inside the words.
  if ((open === '"') !== (close === '"') || /["“”]/u.test(words)) return undefined;
  const after = shape[4] as string;
  const attribution = REMARK_SAID_AFTER.exec(after) ?? REMARK_SAID_BEFORE.exec(after);
  if (attribution === null) return undefined;
  const groups = attribution.groups as Record<string, string | undefined>;
  const who = (groups.who as string).trim();
  const context: GlossContext = { sentence: text, ...(earlier === undefined ? {} : { earlier }) };
  const at = text.length - after.length + after.indexOf(who);
  const speaker = /^(?:he|she)$/iu.test(who)
    ? sentence.previous === undefined
      ? undefined
      : personOf(sentence.previous.text, context)
    : /^(?:it|they|we|i|you)$/iu.test(who)
      ? undefined
      : nounPhrase(text, at, at + who.length, context);
  if (speaker === undefined) return undefined;
  // An age after the name (, 35) as Japanese news gives it: Mika Hara（35）.
  const age = groups.age === undefined ? '' : `（${groups.age}）`;
  const day = groups.day;
  const dated =
    day === undefined
      ? undefined
      : sentence.dates.find((date) => text.slice(date.start, date.end).includes(day));
  if (day !== undefined && dated === undefined) return undefined;
  // (The date as the frame opens on it: 3月2日、こう述べた, without the particle datesOf gives it.)
  const when =
    dated === undefined
      ? ''
      : datesOf([dated], text, dated.start, dated.end, publishedAt, false)?.replace(/に$/u, '');
  if (when === undefined || (dated !== undefined && when === '')) return undefined;
  const toReporters = groups.told === undefined ? '' : '記者団に';
  const frame = `${speaker}${age}は${when}、${toReporters}こう述べた。`;
  // The words inside the marks, without the comma that hands them to the attribution.
  const start = (shape[1] as string).length;
  const inner = words.replace(/,\s*$/u, '');
  return { frame, speaker: `${speaker}${age}`, start, end: start + inner.length };
}

// One quote opening the sentence and running to its attribution: “…,” X said. / "…?" said X, 35.
const REMARK_FIRST = /^(["“])([^"“”]{8,}?[,?!])(["”])\s+(.+)$/u;
// …, X said / told reporters [on] [a weekday].
const REMARK_SAID_AFTER =
  /^(?<who>[^,.;:"“”]{2,60}?)\s+(?:said|says|(?<told>told reporters))(?:\s+(?:on\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\.$/u;
// …, said X[, 35][, who … | , a … who …].
const REMARK_SAID_BEFORE =
  /^said\s+(?<who>[^,.;:"“”]{2,60}?)(?:,\s+(?<age>\d{1,3}))?(?:,\s+(?:who|whose|a|an|the)\s[^"“”]*)?\.$/u;
