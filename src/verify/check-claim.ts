import { type Finding, pathFinding } from '../domain/report.ts';
import { type DateMention, datesAgree, findDates } from '../text/dates.ts';
import { normalizeForMatch } from '../text/normalize.ts';
import { findQuantities, type Quantity } from '../text/quantities.ts';
import { romanize } from '../text/romanize.ts';
import type { Tokenizer } from '../text/tokenizer.ts';
import { type Clause, readSentence, type SentenceReading, stripQuotes } from '../understand/read-sentence.ts';
import type { DocumentUnderstanding, SourceSentence } from '../understand/understand-document.ts';

/**
 * The result of checking one claim against the sources it may rest on: problems found by aligning
 * each element of the claim (content words, quantities, dates, names, roles, predicates with
 * their polarity and modality, speakers, quotes) to elements of the sources, and the source
 * sentences it aligned to.
 */
export interface ClaimCheck {
  findings: Finding[];
  /** The source sentences that together cover the claim, best first. */
  evidence: SourceSentence[];
  /** Share (0–1) of the claim's content words found in its evidence. */
  score: number;
}

export interface ClaimCheckOptions {
  /** JSON path (or label) the findings point at. */
  path: string;
  /**
   * 'claim': a sentence that states facts (default). 'fragment': a title, point or heading — no
   * full sentence, so predicates and clauses are compared only where the fragment has them.
   */
  kind?: 'claim' | 'fragment';
}

/** Weighted share of a claim's content words that must be found in its sources (error below). */
export const ADDITION_SHARE = 0.75;

/**
 * Checks one claim (a sentence of an article or a user's sentence) against `scope`: the sources it
 * may rest on, taken together. See README "How the verifier decides".
 */
export function checkClaim(
  text: string,
  scope: readonly DocumentUnderstanding[],
  tokenizer: Tokenizer,
  options: ClaimCheckOptions,
): ClaimCheck {
  const claim = readSentence(text, tokenizer);
  const context = createAlignment(claim, scope);
  const out: Finding[] = [];
  const { path } = options;
  out.push(...checkQuotes(claim, context, path));
  out.push(...checkNames(claim, context, path));
  out.push(...checkRoles(claim, context, path));
  out.push(...checkQuantities(claim, context, path));
  out.push(...checkDates(claim, context, path));
  out.push(...checkPolarity(claim, context, path));
  out.push(...checkModality(claim, context, path));
  out.push(...checkAttribution(claim, context, path));
  out.push(...checkCoverage(claim, context, path));
  return { findings: dedupe(out), evidence: context.evidence, score: context.score };
}

// ---------------------------------------------------------------------------------------------
// Alignment

interface Alignment {
  scope: readonly DocumentUnderstanding[];
  sentences: SourceSentence[];
  norms: Map<SourceSentence, string>;
  keySets: Map<SourceSentence, Set<string>>;
  /** The claim's content keys (outside its quotes) with their weights. */
  weights: Map<string, number>;
  evidence: SourceSentence[];
  score: number;
  /** True when a listed source is not Japanese: what cannot be aligned across languages is for a person to check. */
  crossLanguage: boolean;
  japanese: DocumentUnderstanding[];
}

// Words for what the sources themselves say or how they differ: an article may always use them.
const SOURCE_TALK = new Set(['報道', '報じる', '伝える', '食い違う', '異なる', '分かれる', '記事', '数字', '各紙', '各社']);

function createAlignment(claim: SentenceReading, scope: readonly DocumentUnderstanding[]): Alignment {
  const sentences = scope.flatMap((understanding) => understanding.sentences);
  const norms = new Map(sentences.map((sentence) => [sentence, normalizeForMatch(sentence.text)]));
  const keySets = new Map(sentences.map((sentence) => [sentence, new Set(sentence.keys)]));
  const outside = stripQuotes(claim.text, claim.quotes);
  const weights = new Map<string, number>();
  for (const token of claim.tokens) {
    if (outside[token.start] === '＊') continue;
    const key = claim.keys.find((candidate) => candidate === normalizeForMatch(token.pos === '名詞' ? token.surface : token.baseForm));
    if (key === undefined) continue;
    // Names and nouns carry the facts; verbs are often paraphrased (設置 → 立ち上げ).
    // Adverbial nouns (今回, 当初, 現在) and the words an article uses to talk about its sources
    // (報道, 伝える, 食い違う) say nothing about the story.
    const weight = SOURCE_TALK.has(key)
      ? 0
      : token.posDetail === '固有名詞'
        ? 1.5
        : token.posDetail === '副詞可能'
          ? 0.3
          : token.pos === '名詞'
            ? 1
            : 0.6;
    if (weight === 0) continue;
    weights.set(key, Math.max(weights.get(key) ?? 0, weight));
  }
  const japanese = scope.filter((understanding) => understanding.document.lang === 'ja');
  const base: Alignment = {
    scope,
    sentences,
    norms,
    keySets,
    weights,
    evidence: [],
    score: 0,
    crossLanguage: japanese.length < scope.length,
    japanese,
  };
  // Greedy cover: the sentences that together cover most of the claim (merges of two sentences).
  const covered = new Set<string>();
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  while (base.evidence.length < 4) {
    let best: SourceSentence | undefined;
    let bestGain = 0;
    for (const sentence of sentences) {
      if (base.evidence.includes(sentence)) continue;
      let gain = 0;
      for (const [key, weight] of weights) if (!covered.has(key) && covers(base, sentence, key)) gain += weight;
      if (gain > bestGain) {
        best = sentence;
        bestGain = gain;
      }
    }
    if (best === undefined || bestGain < 1) break;
    base.evidence.push(best);
    for (const key of weights.keys()) if (covers(base, best, key)) covered.add(key);
  }
  let found = 0;
  for (const [key, weight] of weights) if (covered.has(key)) found += weight;
  base.score = total === 0 ? 1 : found / total;
  return base;
}

/** True when the sentence has the key as a word, or (for words of two or more characters) in its text. */
function covers(alignment: Alignment, sentence: SourceSentence, key: string): boolean {
  if (alignment.keySets.get(sentence)?.has(key)) return true;
  return [...key].length >= 2 && (alignment.norms.get(sentence) ?? '').includes(key);
}

/** Weighted overlap of some keys with a sentence. */
function overlap(alignment: Alignment, sentence: SourceSentence, keys: Iterable<string>): number {
  let sum = 0;
  for (const key of new Set(keys)) if (covers(alignment, sentence, key)) sum += alignment.weights.get(key) ?? 0.6;
  return sum;
}

/** The clause keys of the claim around an offset (the clause holding it). */
function clauseAt(claim: SentenceReading, offset: number): Clause {
  return (
    claim.clauses.find((clause) => offset >= clause.start && offset < clause.end) ??
    (claim.clauses.at(-1) as Clause)
  );
}

// ---------------------------------------------------------------------------------------------
// Quotes: verbatim, given to their speaker, not cut so that they reverse what was said

const REVERSING_CONTINUATION = /^(?:と(?:言|い)って(?:いる|る)?|とは(?:言|い)って)?(?:の|わけ|もの)?(?:で|じゃ)は?(?:ない|なく|ありません)(?!か)/u;

function checkQuotes(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const claimOutside = stripQuotes(claim.text, claim.quotes);
  for (const quote of claim.quotes) {
    // Nested quotes are checked with their outer quote.
    if (claim.quotes.some((other) => other !== quote && other.start < quote.start && other.end > quote.end)) continue;
    const inner = normalizeForMatch(quote.inner);
    if (inner === '') continue;
    const places = alignment.japanese.flatMap((understanding) =>
      understanding.sentences.filter((sentence) => (alignment.norms.get(sentence) ?? '').includes(inner)),
    );
    const inDocument = alignment.japanese.some((understanding) => understanding.norm.includes(inner));
    if (places.length === 0 && !inDocument) {
      // A bracketed short name (a group, a product) that is not in the sources is a name problem.
      out.push(
        pathFinding(
          'quote.altered',
          'error',
          path,
          `The quotation 「${quote.inner}」 is not the source's exact words.`,
          claim.text.slice(quote.start, quote.end),
        ),
      );
      continue;
    }
    // Cut so that it reverses: what follows the quoted words inside the source's quote negates them.
    for (const sentence of places) {
      const norm = alignment.norms.get(sentence) ?? '';
      const at = norm.indexOf(inner);
      const after = norm.slice(at + inner.length, at + inner.length + 20);
      if (!after.startsWith('」') && REVERSING_CONTINUATION.test(after)) {
        out.push(
          pathFinding(
            'quote.reversed',
            'error',
            path,
            `The quotation 「${quote.inner}」 is cut before 「${after.split('」')[0]}」, which reverses what was said: 「${sentence.text}」.`,
            claim.text.slice(quote.start, quote.end),
          ),
        );
        break;
      }
    }
    // Given to its speaker: the people the claim names before the quote must be the quote's speaker.
    const before = claim.tokens.filter((token) => token.end <= quote.start && claimOutside[token.start] !== '＊');
    const claimed = people(before);
    const quoted = places.filter((sentence) => isQuotedIn(sentence, inner, alignment));
    if (claimed.length > 0 && quoted.length > 0) {
      const matches = quoted.some((sentence) => {
        const window = attributionWindow(sentence);
        return claimed.some((person) => mentions(window, person));
      });
      if (!matches)
        out.push(
          pathFinding(
            'quote.speaker',
            'error',
            path,
            `The quotation 「${quote.inner}」 is given to ${claimed.join('・')}, but the source gives it to someone else: 「${(quoted[0] as SourceSentence).text}」.`,
            claim.text.slice(quote.start, quote.end),
          ),
        );
    }
  }
  return out;
}

/** True when the quoted words stand inside a quote of the sentence (not in its narrative). */
function isQuotedIn(sentence: SourceSentence, inner: string, alignment: Alignment): boolean {
  const norm = alignment.norms.get(sentence) ?? '';
  return sentence.quotes.some((quote) => normalizeForMatch(quote.inner).includes(inner)) || norm.includes(`「${inner}`);
}

/** Text that names who speaks in a sentence: its words outside quotes, and the sentence before it in the paragraph. */
function attributionWindow(sentence: SourceSentence): string {
  const own = stripQuotes(sentence.text, sentence.quotes);
  const previous = sentence.previous === undefined ? '' : stripQuotes(sentence.previous.text, sentence.previous.quotes);
  // A sentence that is one quote carries on the speaker of the one before it.
  return normalizeForMatch(`${previous}\n${own}`);
}

/** People named by a run of tokens (kuromoji person names), full names and surnames. */
function people(tokens: readonly { surface: string; nameKind?: string }[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const token of tokens) {
    if (token.nameKind === 'person') run += token.surface;
    else {
      if (run !== '') out.push(normalizeForMatch(run));
      run = '';
    }
  }
  if (run !== '') out.push(normalizeForMatch(run));
  return out;
}

/** True when `text` mentions the person: full name, or its first two characters (the surname). */
function mentions(text: string, person: string): boolean {
  if (text.includes(person)) return true;
  const surname = [...person].slice(0, 2).join('');
  return [...person].length > 2 && text.includes(surname);
}

// ---------------------------------------------------------------------------------------------
// Names and roles

function checkNames(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  const english = alignment.scope.filter((understanding) => understanding.document.lang !== 'ja');
  const englishText = english.map((understanding) => understanding.document.text.toLowerCase()).join('\n');
  for (const name of claim.names) {
    const at = claim.text.normalize('NFKC').indexOf(name);
    if (at >= 0 && outside.normalize('NFKC')[at] === '＊') continue;
    if (alignment.japanese.some((understanding) => understanding.norm.includes(name))) continue;
    if (english.length > 0 && englishText.includes(name.toLowerCase())) continue;
    if (english.length > 0 && matchesReading(name, claim, englishText)) continue;
    out.push(
      pathFinding('support.name', 'error', path, `The name 「${name}」 is not in the listed sources.`, name),
    );
  }
  return out;
}

/** True when every part of a Japanese name is found, by its reading in Latin letters, in English text. */
function matchesReading(name: string, claim: SentenceReading, englishText: string): boolean {
  const parts = claim.tokens.filter(
    (token) => token.posDetail === '固有名詞' && name.includes(normalizeForMatch(token.surface)),
  );
  if (parts.length === 0) return false;
  return parts.every((token) => {
    if (token.reading === undefined) return false;
    const latin = romanize(token.reading);
    return latin.length >= 2 && new RegExp(`\\b${latin}\\b`, 'u').test(englishText);
  });
}

// Prefixes that change an office into another one: 副市長 is not 市長, 前市長 is no longer 市長.
const ROLE_CHANGING_PREFIX = /(?:副|前|元|准|代理|次期|名誉|新)$/u;

function rolesCompatible(claimed: string, known: string): boolean {
  if (claimed === known) return true;
  const [longer, shorter] = claimed.length > known.length ? [claimed, known] : [known, claimed];
  if (!longer.endsWith(shorter)) return false;
  return !ROLE_CHANGING_PREFIX.test(longer.slice(0, longer.length - shorter.length));
}

function checkRoles(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  for (const { person, role } of claim.roles) {
    const known = new Set<string>();
    for (const understanding of alignment.japanese)
      for (const [other, roles] of understanding.roles)
        if (other === person || other.startsWith(person) || person.startsWith(other)) for (const r of roles) known.add(r);
    if (known.size === 0) continue;
    if ([...known].some((other) => rolesCompatible(role, other))) continue;
    out.push(
      pathFinding(
        'role.mismatch',
        'error',
        path,
        `The sources call ${person} ${[...known].join('/')}, not ${role}.`,
        `${person}${role}`,
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Quantities and dates, and the conflicts between sources about them

function sameUnit(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit || a.unit === '' || b.unit === '';
}

function sameValue(a: Quantity, b: Quantity): boolean {
  return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value)) && Boolean(a.vague) === Boolean(b.vague);
}

function outsideQuotes<T extends { start: number }>(claim: SentenceReading, items: readonly T[]): T[] {
  const outside = stripQuotes(claim.text, claim.quotes);
  return items.filter((item) => outside[item.start] !== '＊');
}

function checkQuantities(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const quantities = outsideQuotes(claim, findQuantities(claim.text));
  for (const quantity of quantities) {
    const clause = clauseAt(claim, quantity.start);
    const holders = alignment.sentences.filter((sentence) =>
      sentence.quantities.some((other) => sameUnit(quantity, other) && sameValue(quantity, other)),
    );
    const derived =
      holders.length === 0 &&
      alignment.sentences.some(
        (sentence) => isDifference(quantity, sentence.quantities) || isWordQuantity(quantity, alignment.norms.get(sentence) ?? ''),
      );
    if (holders.length === 0 && !derived) {
      out.push(
        pathFinding(
          'support.number',
          'error',
          path,
          `The number 「${quantity.text}」 is not in the listed sources.`,
          quantity.text,
        ),
      );
      continue;
    }
    // Where another listed source gives a different value for the same thing, stating one as
    // settled is a conflict, unless the claim also gives the other value (who reported what).
    const anchor = best(holders, (sentence) => overlap(alignment, sentence, clause.keys));
    if (anchor === undefined) continue;
    const anchorScore = overlap(alignment, anchor, clause.keys);
    for (const sentence of alignment.sentences) {
      if (sentence.sourceId === anchor.sourceId) continue;
      const score = overlap(alignment, sentence, clause.keys);
      if (score < 2 || score < 0.6 * anchorScore) continue;
      const rival = sentence.quantities.find(
        (other) =>
          other.unit === quantity.unit &&
          !sameValue(quantity, other) &&
          !quantities.some((mine) => sameValue(mine, other)) &&
          !sentence.quantities.some((mine) => sameValue(mine, quantity)) &&
          Boolean(other.vague) === Boolean(quantity.vague) &&
          sameSubject(alignment, anchor, sentence, quantity, other, clause),
      );
      if (rival === undefined) continue;
      out.push(
        pathFinding(
          'conflict.settled',
          'error',
          path,
          `The sources disagree: 「${quantity.text}」 (${anchor.sourceId}) against 「${rival.text}」 (${sentence.sourceId}: 「${sentence.text}」); the claim states one as settled.`,
          quantity.text,
        ),
      );
      break;
    }
  }
  return out;
}

/** True when the two quantities' own clauses share the words that say what is counted. */
function sameSubject(
  alignment: Alignment,
  anchor: SourceSentence,
  sentence: SourceSentence,
  mine: Quantity,
  other: Quantity,
  clause: Clause,
): boolean {
  const around = (source: SourceSentence, quantity: Quantity) =>
    new Set(
      source.clauses
        .filter((c) => c.start <= quantity.start + 1 && c.end >= quantity.end - 1)
        .flatMap((c) => c.keys),
    );
  const rivalKeys = around(sentence, other);
  const anchorQuantity = anchor.quantities.find((q) => sameValue(q, mine) && sameUnit(q, mine));
  const anchorKeys = anchorQuantity === undefined ? new Set<string>() : around(anchor, anchorQuantity);
  const shared = clause.keys.filter((key) => rivalKeys.has(key) && (anchorKeys.size === 0 || anchorKeys.has(key)));
  void alignment;
  return new Set(shared).size >= 2;
}

/** Quantities written as words: 半額/半分/半数 are 2分の1, a bare 倍 (倍以上, 倍増) is 2倍. */
function isWordQuantity(quantity: Quantity, norm: string): boolean {
  if (quantity.value === 0.5 && quantity.unit === '') return /半額|半分|半数|半減/u.test(norm);
  if (quantity.value === 2 && quantity.unit === '倍') return /(?<![\d一二三四五六七八九十百千数])倍/u.test(norm);
  return false;
}

/** True when the quantity is the difference of two quantities of one source sentence (4300円→4900円: 600円). */
function isDifference(quantity: Quantity, others: readonly Quantity[]): boolean {
  for (const a of others)
    for (const b of others)
      if (a !== b && a.unit === quantity.unit && b.unit === quantity.unit && Math.abs(a.value - b.value - quantity.value) < 1e-9)
        return true;
  return false;
}

/**
 * True when a claim's date can be the source's: datesAgree, or — for a source's bare day (17日),
 * whose month was inferred — the same day of the following month (news also reports days ahead).
 */
function agrees(claim: DateMention, source: DateMention): boolean {
  if (datesAgree(claim, source)) return true;
  if (!source.relative || source.month === undefined || /月/u.test(source.text)) return false;
  const month = (source.month % 12) + 1;
  const year = source.year === undefined ? undefined : month === 1 ? source.year + 1 : source.year;
  return datesAgree(claim, { ...source, month, ...(year === undefined ? {} : { year }) });
}

/** The dates a sentence speaks of: its own, or (when it names no day) those of the sentence before it in the paragraph. */
function datesOf(sentence: SourceSentence): DateMention[] {
  if (sentence.dates.some((date) => date.day !== undefined) || sentence.previous === undefined) return sentence.dates;
  return [...sentence.dates, ...sentence.previous.dates];
}

function checkDates(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const references = [
    ...new Set(alignment.scope.map((understanding) => understanding.document.publishedAt).filter((date) => date !== undefined)),
  ];
  const first = findDates(claim.text);
  const readings = [first, ...references.map((reference) => findDates(claim.text, { reference }))];
  const outside = stripQuotes(claim.text, claim.quotes);
  first.forEach((mention, m) => {
    if (outside[mention.start] === '＊') return;
    const variants = readings.map((reading) => reading[m]).filter((d): d is DateMention => d !== undefined);
    const clause = clauseAt(claim, mention.start);
    const keys = clause.keys.filter((key) => alignment.weights.has(key));
    const scored = alignment.sentences.map((sentence) => ({ sentence, score: overlap(alignment, sentence, keys) }));
    const bestScore = Math.max(0, ...scored.map((entry) => entry.score));
    const agreeing = scored.filter(({ sentence }) =>
      datesOf(sentence).some((date) => variants.some((variant) => agrees(variant, date))),
    );
    const aligned = agreeing.filter((entry) => entry.score >= 0.5 * bestScore);
    if (aligned.length === 0) {
      out.push(
        pathFinding(
          'support.date',
          'error',
          path,
          agreeing.length === 0
            ? `The date 「${mention.text}」 is not in the listed sources.`
            : `The date 「${mention.text}」 is in the sources, but for something else: 「${(agreeing[0] as { sentence: SourceSentence }).sentence.text}」.`,
          mention.text,
        ),
      );
      return;
    }
    // A different date or time for the same event in another listed source: a conflict.
    const anchor = best(aligned, (entry) => entry.score) as { sentence: SourceSentence; score: number };
    for (const { sentence, score } of scored) {
      if (sentence.sourceId === anchor.sentence.sourceId || score < 2 || score < 0.7 * anchor.score) continue;
      const rival = sentence.dates.find(
        (date) =>
          variants.every((variant) => !agrees(variant, date)) &&
          sharesFields(mention, date) &&
          !first.some((mine) => agrees(mine, date)),
      );
      if (rival === undefined) continue;
      if (datesOf(sentence).some((date) => variants.some((variant) => agrees(variant, date)))) continue;
      out.push(
        pathFinding(
          'conflict.settled',
          'error',
          path,
          `The sources disagree: 「${mention.text}」 against 「${rival.text}」 (${sentence.sourceId}: 「${sentence.text}」); the claim states one as settled.`,
          mention.text,
        ),
      );
      break;
    }
  });
  return out;
}

/** True when the two dates give the same fields (both a day, both a time…), so they can disagree. */
function sharesFields(a: DateMention, b: DateMention): boolean {
  if (a.time !== undefined && b.time !== undefined) return true;
  if (a.day !== undefined && b.day !== undefined) return a.time === undefined && b.time === undefined;
  if (a.month !== undefined && b.month !== undefined && a.day === undefined && b.day === undefined) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Predicates: polarity, modality, attribution

/** The source sentence best aligned with a clause of the claim (by its content words), if it aligns at all. */
function alignClause(
  alignment: Alignment,
  keys: readonly string[],
  filter: (sentence: SourceSentence) => boolean = () => true,
): { sentence: SourceSentence; score: number } | undefined {
  const total = new Set(keys).size;
  let found: { sentence: SourceSentence; score: number } | undefined;
  for (const sentence of alignment.sentences) {
    if (!filter(sentence)) continue;
    const score = overlap(alignment, sentence, keys);
    if (found === undefined || score > found.score) found = { sentence, score };
  }
  if (found === undefined || found.score < Math.min(2, total * 0.6)) return undefined;
  return found;
}

function checkPolarity(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (outside[predicate.start] === '＊') continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    const candidates = alignment.sentences.filter((sentence) =>
      sentence.predicates.some((other) => other.lemma === predicate.lemma),
    );
    const aligned = alignClause(alignment, clause.keys, (sentence) => candidates.includes(sentence));
    if (aligned === undefined) continue;
    const matches = aligned.sentence.predicates.filter((other) => other.lemma === predicate.lemma);
    if (matches.some((other) => other.negated === predicate.negated)) continue;
    out.push(
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim ${predicate.negated ? 'negates' : 'affirms'} 「${claim.text.slice(predicate.start, predicate.end)}」, which the source ${predicate.negated ? 'affirms' : 'negates'}: 「${aligned.sentence.text}」.`,
        claim.text.slice(predicate.start, predicate.end),
      ),
    );
  }
  return out;
}

function checkModality(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const evidenceText = alignment.evidence.map((sentence) => sentence.text).join('\n');
  claim.clauses.forEach((clause, c) => {
    if (clause.quoted) return;
    // Certainty the sources do not state: 決定, 確実, 断言…
    for (const word of clause.certain) {
      const family = certaintyFamily(word);
      const aligned = alignClause(alignment, clause.keys.filter((key) => !key.startsWith(family)));
      const sources = [...alignment.evidence, ...(aligned === undefined ? [] : [aligned.sentence])].flatMap(
        (sentence) => sentence.clauses,
      );
      if (sources.some((source) => source.certain.some((other) => certaintyFamily(other) === family)) || evidenceText.includes(word))
        continue;
      out.push(
        pathFinding(
          'support.modality',
          'error',
          path,
          `The claim says 「${word}」, a certainty its sources do not state.`,
          word,
        ),
      );
      return;
    }
    // A hedge dropped: the aligned source clause is a plan, forecast, consideration or risk.
    const hedged = claim.clauses.slice(c).some((later) => later.hedges.length > 0) || clause.hedges.length > 0;
    if (hedged || clause.keys.length === 0) return;
    const aligned = alignSourceClause(alignment, clause.keys);
    if (aligned === undefined || aligned.clause.hedges.length === 0) return;
    // A claim that quotes the words carries their hedge inside the quote.
    if (aligned.clause.quoted && claim.quotes.length > 0) return;
    out.push(
      pathFinding(
        'support.modality',
        'error',
        path,
        `The claim states flatly what the source gives as 「${aligned.clause.hedges[0]}」: 「${aligned.sentence.text}」.`,
        claim.text.slice(clause.start, clause.end),
      ),
    );
  });
  return out;
}

/** Words of one certainty: 決定, 決まる and 決める all say it is decided. */
function certaintyFamily(word: string): string {
  return word.startsWith('決') ? '決' : word.slice(0, 2);
}

/** The source clause best aligned with a claim clause: most shared content words, and most of the claim clause's. */
function alignSourceClause(
  alignment: Alignment,
  keys: readonly string[],
): { sentence: SourceSentence; clause: Clause; score: number } | undefined {
  const wanted = [...new Set(keys)];
  let found: { sentence: SourceSentence; clause: Clause; score: number } | undefined;
  for (const sentence of alignment.sentences)
    for (const clause of sentence.clauses) {
      const have = new Set(clause.keys);
      const norm = normalizeForMatch(sentence.text.slice(clause.start, clause.end));
      let score = 0;
      for (const key of wanted) if (have.has(key) || ([...key].length >= 2 && norm.includes(key))) score += alignment.weights.get(key) ?? 0.6;
      if (found === undefined || score > found.score) found = { sentence, clause, score };
    }
  const total = wanted.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0.6), 0);
  if (found === undefined || found.score < 2 || found.score < 0.6 * total) return undefined;
  return found;
}

const INSIDER = /関係者|担当者|幹部|捜査員|筋$/u;

function checkAttribution(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const quoted = claim.quotes.length > 0;
  // An opinion the source gives as someone's words, stated as plain fact.
  if (!claim.reported && !quoted) {
    const content = claim.clauses.flatMap((clause) => clause.keys);
    const aligned = alignSourceClause(alignment, content);
    if (aligned !== undefined && aligned.clause.quoted) {
      out.push(
        pathFinding(
          'support.attribution',
          'error',
          path,
          `The claim states as fact what the source gives as someone's words: 「${aligned.sentence.text}」.`,
          claim.text,
        ),
      );
      return out;
    }
  }
  // Reported speech given to someone the source does not give it to.
  const speaker = claim.speaker;
  if (speaker === undefined || quoted) return out;
  const content = claim.clauses.flatMap((clause) => clause.keys).filter((key) => !speaker.includes(key));
  const aligned = alignSourceClause(alignment, content);
  if (aligned === undefined) return out;
  const sentence = aligned.sentence;
  if (!sentence.reported && !(sentence.previous?.reported ?? false)) return out;
  const window = attributionWindow(sentence);
  const claimedPeople = people(readSpeakerTokens(claim, speaker));
  const named = claimedPeople.length > 0 ? claimedPeople : [headOf(speaker)];
  const sourceSpeaker = sentence.speaker ?? sentence.previous?.speaker ?? '';
  const insiderDropped = INSIDER.test(sourceSpeaker) && !INSIDER.test(speaker);
  if (named.some((name) => mentions(window, name)) && !insiderDropped) return out;
  out.push(
    pathFinding(
      'support.attribution',
      'error',
      path,
      `The claim gives these words to ${speaker}; the source gives them to ${sourceSpeaker === '' ? 'someone else' : sourceSpeaker}: 「${sentence.text}」.`,
      speaker,
    ),
  );
  return out;
}

function readSpeakerTokens(claim: SentenceReading, speaker: string) {
  const at = claim.text.normalize('NFKC').replace(/\s+/gu, '').indexOf(speaker);
  if (at < 0) return [];
  return claim.tokens.filter((token) => token.start >= at && token.end <= at + speaker.length + 4);
}

/** The head noun of a speaker phrase: 浅葱県の試算 → 浅葱県; 県農政課 → 県農政課. */
function headOf(speaker: string): string {
  return speaker.split('の')[0] ?? speaker;
}

// ---------------------------------------------------------------------------------------------
// Coverage: what no listed source says

function checkCoverage(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const missing: string[] = [];
  let total = 0;
  let found = 0;
  for (const [key, weight] of alignment.weights) {
    total += weight;
    const isCovered = alignment.japanese.some(
      (understanding) =>
        understanding.keys.has(key) ||
        ([...key].length >= 2 && understanding.norm.includes(key)) ||
        normalizeForMatch(understanding.document.siteName ?? '').includes(key),
    );
    if (isCovered) {
      found += weight;
      continue;
    }
    // A longer word whose first two kanji the sources have (中学生 for 中学校) is a paraphrase more
    // often than a new fact: half credit, and not counted as a missing noun.
    const stem = /^\p{Script=Han}{2}/u.exec(key)?.[0];
    if ([...key].length >= 3 && stem !== undefined && alignment.japanese.some((understanding) => understanding.norm.includes(stem))) {
      found += weight / 2;
      continue;
    }
    missing.push(key);
  }
  const share = total === 0 ? 1 : found / total;
  const missingNouns = missing.filter((key) => (alignment.weights.get(key) ?? 0) >= 1);
  if (missing.length === 0) return [];
  const words = missing.map((key) => `「${key}」`).join('');
  if (alignment.crossLanguage)
    return [
      pathFinding(
        'support.cross-language',
        'warning',
        path,
        `${words} could not be aligned with the listed sources, one of which is not Japanese; a person should check the translation.`,
        claim.text,
      ),
    ];
  if (share < ADDITION_SHARE || missingNouns.length >= 2)
    return [
      pathFinding(
        'support.addition',
        'error',
        path,
        `The listed sources do not say ${words} (${Math.round(share * 100)}% of the claim's content words found).`,
        claim.text,
      ),
    ];
  return [
    pathFinding(
      'support.coverage',
      'warning',
      path,
      `${words} not found in the listed sources (${Math.round(share * 100)}% of the claim's content words found).`,
      claim.text,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------

function best<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let found: T | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const value = score(item);
    if (value > bestScore) {
      found = item;
      bestScore = value;
    }
  }
  return found;
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.code}\u0000${finding.evidence ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
