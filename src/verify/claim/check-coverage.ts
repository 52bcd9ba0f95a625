import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import { namesBody } from '../../understand/coreference.ts';
import { saysInEnglish, stemsOfSentence } from '../../understand/english-dictionary.ts';
import { phaseForms } from '../../understand/phase-acts.ts';
import {
  ACCOUNT_FRAME,
  chainNegation,
  HELD_VIEW,
  isContentToken,
  keyOf,
  type SentenceReading,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import { nounCompounds, type SourceSentence } from '../../understand/understand-document.ts';
import {
  type Alignment,
  best,
  coveringForms,
  overlap,
  overlapInContext,
  overlapScorer,
  RESTORING_VERBS,
  restorationForms,
} from './alignment.ts';
import { abbreviates, insideMixedScriptName, mixedScriptUnits } from './check-names.ts';
import { FRAMING_PREDICATES } from './check-predicates.ts';
import { isSpeech, POLICE_NAME } from './speakers.ts';

// Coverage: the claim's words are in its sources, and each clause rests on one source sentence.

/** Weighted share of a claim's content words that must be found in its sources (error below). */
export const ADDITION_SHARE = 0.6;

/** …and below this share, a warning (a person should look). */
export const COVERAGE_WARNING = 0.8;

/** Weighted share of one clause's content words that one source sentence must have (error below). */
export const CLAUSE_SHARE = 0.3;

export function checkCoverage(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  isFragment: boolean,
): Finding[] {
  const missing: string[] = [];
  let total = 0;
  let found = 0;
  // Words inside a claim compound that is a 略称 of a source compound (市教委 for 市教育委員会).
  const abbreviated = new Set<string>();
  for (const compound of nounCompounds(claim.tokens))
    if (abbreviates(alignment, compound))
      for (const token of claim.tokens)
        if (compound.includes(normalizeForMatch(token.surface))) abbreviated.add(keyOf(token));
  const accident = namesAccident(claim, alignment);
  const frame = viewFrameWords(claim, alignment);
  const account = accountFrameWords(claim);
  const framesCase = CASE_FRAME.test(stripQuotes(claim.text, claim.quotes));
  // Each listed page's site name, normalised once for all the claim's words, not once per word and form.
  const sites = alignment.local.map((understanding) =>
    normalizeForMatch(understanding.document.siteName ?? ''),
  );
  // The source sentences that tell the claim nearly as well as the best one, for a native verb or
  // adjective of one kanji that they tell by a compound on it (撮る in 撮影した: inflectedInKanjiOf).
  const toldText = nearSentencesText(alignment, [...alignment.weights.keys()]);
  const affirmed = affirmedPredicates(claim);
  // The sources' names in Latin letters and kana set whole (check-names.ts), read once for all the words.
  const mixedUnits = mixedScriptUnits(alignment.local.map((understanding) => understanding.norm));
  for (const [key, weight] of alignment.weights) {
    total += weight;
    const isCovered =
      abbreviated.has(key) ||
      accident.has(key) ||
      frame.has(key) ||
      account.has(key) ||
      restoredInOtherWords(claim, key, alignment) ||
      (affirmed.has(key) && inflectedInKanjiOf(key, toldText)) ||
      (key === '問題' && framesCase) ||
      (key === '警察' && alignment.local.some((understanding) => POLICE_NAME.test(understanding.norm))) ||
      // 打ち切る said by 中止, 調べる by 確認 (understand/phase-acts.ts), as a lemma of the sources.
      phaseForms(key).some((form) => alignment.local.some((understanding) => understanding.keys.has(form))) ||
      [key, ...coveringForms(alignment, key)].some((word) =>
        alignment.local.some(
          (understanding, i) =>
            understanding.keys.has(word) ||
            understanding.norm.includes(word) ||
            (sites[i] as string).includes(word),
        ),
      ) ||
      // A piece of a name in Latin letters and kana a source writes whole (ぴらちの of FMかぴらちの: check-names.ts).
      insideMixedScriptName(claim.text, key, mixedUnits) ||
      // A Japanese word an English source's news vocabulary glosses (料金 for fees: understand/english-gloss.ts).
      alignment.scope.some(
        (understanding) => understanding.document.lang !== 'ja' && understanding.keys.has(key),
      ) ||
      // …or a general dictionary's gloss of it, in any inflection (text/edict.ts; understand/english-dictionary.ts).
      (alignment.crossLanguage && saidOnEnglishPage(key, alignment));
    if (isCovered) {
      found += weight;
      continue;
    }
    // A longer word whose first two kanji the sources have (中学生 for 中学校) is a paraphrase more
    // often than a new fact: half credit, and not counted as a missing noun.
    const stem = /^\p{Script=Han}{2}/u.exec(key)?.[0];
    if (
      [...key].length >= 3 &&
      stem !== undefined &&
      alignment.local.some((understanding) => understanding.norm.includes(stem))
    ) {
      found += weight / 2;
      continue;
    }
    missing.push(key);
  }
  const share = total === 0 ? 1 : found / total;
  const missingNouns = missing.filter((key) => (alignment.weights.get(key) ?? 0) >= 1);
  const clauseProblems = isFragment
    ? []
    : [
        ...checkClauses(claim, alignment, path),
        ...checkAddedPhrase(claim, alignment, path, missing),
        ...checkCoordination(claim, alignment, path),
        ...checkAddedItem(claim, alignment, path, missing),
        ...checkListMember(claim, alignment, path),
      ];
  if (missing.length === 0) return clauseProblems;
  const words = missing.map((key) => `「${key}」`).join('');
  if (alignment.crossLanguage)
    return [
      pathFinding(
        'support.cross-language',
        'warning',
        path,
        `${words} could not be aligned with the listed sources, one of which is not Japanese; a person should check the translation.`,
        claim.text,
        { kind: 'words', words },
      ),
    ];
  // A title or point of a few words has its names, numbers and dates checked on their own; a word
  // the sources lack there is for a person to look at.
  if (!isFragment && (share < ADDITION_SHARE || missingNouns.length >= 2))
    return [
      ...clauseProblems,
      pathFinding(
        'support.coverage',
        'error',
        path,
        `The listed sources do not say ${words} (${Math.round(share * 100)}% of the claim's content words found).`,
        claim.text,
        { words, percent: Math.round(share * 100) },
      ),
    ];
  // A word or two paraphrased (語る for 話す) in a sentence whose facts all align is no finding.
  if (share >= COVERAGE_WARNING) return clauseProblems;
  return [
    ...clauseProblems,
    pathFinding(
      'support.coverage',
      'warning',
      path,
      `${words} not found in the listed sources (${Math.round(share * 100)}% of the claim's content words found).`,
      claim.text,
      { words, percent: Math.round(share * 100) },
    ),
  ];
}

/**
 * The words of a claim's frame of a view made known (…する考えを示した, …との見方を示した,
 * …する方針を明らかにした: read-sentence.ts HELD_VIEW, the closed class of the nouns of holding a view
 * and the verbs of making it known). The frame says only that the words before it are the holder's, as
 * と述べた does (FRAMING_PREDICATES); a source that quotes those words (「…見直したい」と話した) need not
 * use the frame's noun or verb. Only there: the sentence that best holds the claim's other words gives
 * someone's words in a quote, and that quote holds at least half the view's own words (those between
 * the holder's は and the frame). A view no one is quoted as holding is what the frame adds (…する考えを
 * 示した where the page quotes the holder on another matter, or states the act as no one's intention).
 */
function viewFrameWords(claim: SentenceReading, alignment: Alignment): Set<string> {
  const outside = stripQuotes(claim.text, claim.quotes);
  const match = new RegExp(HELD_VIEW.source, 'u').exec(outside);
  if (match === null) return new Set();
  const end = match.index + match[0].length;
  const frame = new Set(
    claim.tokens
      .filter(
        (token) => token.start >= match.index && token.start < end && /^(?:名詞|動詞)$/u.test(token.pos),
      )
      .map(keyOf),
  );
  const holderEnd =
    claim.tokens.find((token) => token.surface === 'は' && token.posDetail === '係助詞')?.end ?? 0;
  const view = claim.tokens
    .filter((token) => token.start >= holderEnd && token.end <= match.index && isContentToken(token))
    .map(keyOf)
    .filter((key) => alignment.weights.has(key) && !frame.has(key));
  const others = [...alignment.weights.keys()].filter((key) => !frame.has(key));
  const total = others.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0), 0);
  const scoreOf = overlapScorer(alignment, others);
  const quoting = best(alignment.sentences, scoreOf);
  if (view.length === 0 || quoting === undefined || scoreOf(quoting) < 0.5 * total) return new Set();
  // A word is in the quote as its key or, for a verb or adjective, its kanji stem (見直す: 見直).
  const inQuote = (inner: string, key: string) =>
    inner.includes(key) || inner.includes(key.replace(/\p{Script=Hiragana}+$/u, '') || key);
  const holdsView = quoting.quotes.some((quote) => {
    if (!isSpeech(quoting.text, quote)) return false;
    const inner = normalizeForMatch(quote.inner);
    return view.filter((key) => inQuote(inner, key)).length * 2 >= view.length;
  });
  return holdsView ? frame : new Set();
}

/**
 * The noun of the claim's frame of whose account it gives (町の説明では, 県の調べでは, 店の話によると:
 * read-sentence.ts ACCOUNT_FRAME). Like によると, it names the telling, not a fact of the story: the
 * attribution check compares whose account it is, and a page that gives the same account says X によると,
 * X は…と話した or nothing at all, seldom the claim's noun. Only the frame's own noun, outside quotes;
 * the body named before it is compared as every other word is.
 */
function accountFrameWords(claim: SentenceReading): Set<string> {
  const outside = stripQuotes(claim.text, claim.quotes);
  const out = new Set<string>();
  for (const match of outside.matchAll(new RegExp(ACCOUNT_FRAME.source, 'gu'))) {
    const noun = claim.tokens.find((token) => token.start === match.index + 1 && token.pos === '名詞');
    if (noun !== undefined) out.add(keyOf(noun));
  }
  return out;
}

/**
 * Whether a sentence of a listed English page says the claim's word by one of its dictionary glosses
 * (屋台 in "three stalls closed"): recall for the look-up where the news vocabulary has no entry.
 */
function saidOnEnglishPage(key: string, alignment: Alignment): boolean {
  return alignment.scope.some(
    (understanding) =>
      understanding.document.lang !== 'ja' &&
      understanding.sentences.some((sentence) => saysInEnglish(key, stemsOfSentence(sentence))),
  );
}

/**
 * A claim's 復旧 or 回復 (or 元に戻る) that a source tells with a native verb of coming back (電気が
 * 戻った: alignment.ts restorationForms, RESTORING_VERBS): the word is in the sources in other words.
 * Read for coverage only — which sentence a clause aligns with is left to the words themselves.
 */
function restoredInOtherWords(claim: SentenceReading, key: string, alignment: Alignment): boolean {
  if (restorationForms(claim.text, key).length === 0) return false;
  return alignment.local.some((understanding) =>
    RESTORING_VERBS.some((verb) => understanding.keys.has(verb)),
  );
}

// 〜た問題で、 〜ている問題で、: the lead's frame that names the story's case by its kind (in the matter
// of…), a relative clause closed by 問題 before で and a comma. The clause says what happened, and the
// other checks compare it; 問題 says only that this is the matter the sentence goes on to develop.
const CASE_FRAME = /(?:た|る|い|ず)問題で、/u;

// 事故は…に起きた, 事故が起きた時: the event named by its kind (事故) as the subject of a verb of
// occurring, which says only when or where it happened.
const ACCIDENT_OCCURRED = /事故(?:は|が)[^、。]*?(?:起き|起こ|発生し|あっ)/u;
const OCCURRING = new Set(['事故', '起きる', '起こる', '発生', 'ある']);
// A source that tells of people hurt or killed (けが, 負傷, 死亡, 搬送, 重体) tells of an accident,
// though it never uses the word: the words news uses of harm to people, a closed class.
const HARM = /けが|怪我|負傷|死亡|重体|重傷|軽傷|搬送/u;

/**
 * The words that name the story's event by its kind (事故) and its occurring (起きる), where the
 * claim says the accident happened and a listed source tells of people hurt: the sources need not
 * use the general word, and the date, time or place the clause gives it is the other checks' to
 * compare. Empty where the claim says no such thing or no source tells of harm.
 */
function namesAccident(claim: SentenceReading, alignment: Alignment): Set<string> {
  if (!ACCIDENT_OCCURRED.test(stripQuotes(claim.text, claim.quotes))) return new Set();
  if (!alignment.local.some((understanding) => HARM.test(understanding.norm))) return new Set();
  return OCCURRING;
}

/**
 * Each clause of the claim must rest on one source sentence: a clause whose words are spread
 * over the sources but said together nowhere (新たな入院の受け入れも停止する) adds a claim.
 */
function checkClauses(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const outlet = outletWords(claim, alignment);
  for (const clause of claim.clauses) {
    if (clause.quoted) continue;
    const keys = [...new Set(clause.keys)].filter((key) => alignment.weights.has(key));
    const weightOf = (words: readonly string[]) =>
      words.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0), 0);
    const total = weightOf(keys);
    if (total < 2.5) continue;
    // A part that is an outlet's name and its figure only (…、B新聞は約55センチと報じた) says who reported.
    if (weightOf(keys.filter((key) => !outlet.has(key))) < 2.5) continue;
    let bestScore = 0;
    const score = overlapScorer(alignment, keys);
    for (const sentence of alignment.sentences) bestScore = Math.max(bestScore, score(sentence));
    if (bestScore >= CLAUSE_SHARE * total) continue;
    out.push(
      pathFinding(
        alignment.crossLanguage ? 'support.cross-language' : 'support.addition',
        alignment.crossLanguage ? 'warning' : 'error',
        path,
        `No listed source sentence says what this clause says (at most ${Math.round((100 * bestScore) / total)}% of its words in one source sentence).`,
        claim.text.slice(clause.start, clause.end),
        { kind: 'clause', percent: Math.round((100 * bestScore) / total) },
      ),
    );
  }
  return out;
}

/**
 * The claim's words that stand inside the name of a listed page's outlet (湊川新聞は…と報じた): the
 * name says who reported, not what happened, and a page's sentences seldom name their own outlet. A
 * clause of a claim that sets two outlets' figures side by side (土器の高さを、A新聞は約60センチ、B新聞は
 * 約55センチと報じた) has nothing else in its second part but the figure, which the number and date
 * checks compare, and the verb of reporting; the thing measured stands in the first part.
 */
function outletWords(claim: SentenceReading, alignment: Alignment): Set<string> {
  const out = new Set<string>();
  const text = normalizeForMatch(claim.text);
  if (text.length !== claim.text.length) return out;
  for (const name of new Set(alignment.siteNames.values())) {
    if ([...name].length < 2) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      for (const token of claim.tokens)
        if (token.start >= at && token.end <= at + name.length) out.add(keyOf(token));
  }
  return out;
}

/**
 * True when the word is a native verb or adjective of one kanji with its okurigana (売る, 新しい,
 * 取る, 動く) and that kanji stands in the text: the sentence tells the same act or quality by a
 * compound built on the character (販売, 新た, 取り除く, 動き出す), as a paraphrase does. A word of
 * two kanji or more (受け入れる) is left alone: the source holding all its characters holds the word
 * itself, as a noun whose own verb (受け入れを停止する) the other checks compare.
 */
export function inflectedInKanjiOf(key: string, text: string): boolean {
  const kanji = /^(\p{Script=Han})\p{Script=Hiragana}+$/u.exec(key)?.[1];
  return kanji !== undefined && text.includes(kanji);
}

/**
 * The claim's verbs and adjectives (動詞, 形容詞) said affirmatively: no negation in their auxiliary chain
 * (read-sentence.ts chainNegation). A compound on a verb's kanji retells the act (撮影した for 撮った);
 * the verb denied (休まずに, against 休業) says the opposite of it, and a noun ending in kana (代わり, 店じまい)
 * is no inflection of a kanji at all.
 */
function affirmedPredicates(claim: SentenceReading): Set<string> {
  const outside = stripQuotes(claim.text, claim.quotes);
  const out = new Set<string>();
  const denied = new Set<string>();
  claim.tokens.forEach((token, i) => {
    if (token.pos !== '動詞' && token.pos !== '形容詞') return;
    (chainNegation(outside, claim.tokens, i) ? denied : out).add(keyOf(token));
  });
  for (const key of denied) out.delete(key);
  return out;
}

/**
 * Share of a clause's content weight that its unbacked words must make up for checkAddedPhrase: a
 * word or two reworded in a long clause is paraphrase; a new argument with its own verb in a short
 * one is a new fact.
 */
export const ADDED_PHRASE_SHARE = 0.3;

/** Share of the best sentence's score at which another source sentence tells a clause as well. */
const NEAR_SHARE = 0.7;

/** The text of the source sentences that hold the keys at least NEAR_SHARE as well as the best one. */
function nearSentencesText(alignment: Alignment, keys: readonly string[]): string {
  const scores = alignment.sentences.map(overlapScorer(alignment, keys));
  const top = Math.max(0, ...scores);
  return alignment.sentences
    .filter((_, k) => top > 0 && (scores[k] ?? 0) >= NEAR_SHARE * top)
    .map((sentence) => alignment.norms.get(sentence) ?? '')
    .join('\n');
}

/**
 * An added fact inside a clause (a cause, means, place, extra act: 同社は保険で補う方針だ, …、辞任する
 * 意向を示した): at least two of the clause's content words that no listed source has anywhere, one
 * of them a noun, making up ADDED_PHRASE_SHARE of the clause. Not counted: the clause's hedges
 * (方針, 考えを示す — check-modality compares them) and verbs that frame a statement (述べる, 示す:
 * FRAMING_PREDICATES), and a noun sharing a kanji with the source sentence best aligned with the
 * clause (費用 for 事業費, 近隣 for 近く: a paraphrase reuses a character of the word it replaces far
 * more often than a new fact does).
 */
function checkAddedPhrase(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  missing: readonly string[],
): Finding[] {
  if (alignment.crossLanguage || missing.length < 2) return [];
  const weightOf = (keys: readonly string[]) =>
    keys.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0), 0);
  const out: Finding[] = [];
  for (const clause of claim.clauses) {
    if (clause.quoted) continue;
    const isFrame = (key: string) =>
      FRAMING_PREDICATES.has(key) ||
      clause.hedges.some((hedge) => hedge.includes(key.replace(/\p{Script=Hiragana}+$/u, '') || key));
    const keys = [...new Set(clause.keys)].filter((key) => alignment.weights.has(key));
    const scores = alignment.sentences.map(overlapScorer(alignment, keys));
    const top = Math.max(0, ...scores);
    const near = alignment.sentences[scores.indexOf(top)];
    const nearText = near === undefined ? '' : (alignment.norms.get(near) ?? '');
    // A native verb or adjective is read against every sentence that tells the clause nearly as well
    // as the best one (a headline ties with the body sentence that gives 過去最多 or 休校): which of
    // them comes first is the page's order, not the claim's meaning.
    const tiedText = nearSentencesText(alignment, keys);
    const unbacked = keys.filter(
      (key) => missing.includes(key) && !isFrame(key) && !inflectedInKanjiOf(key, tiedText),
    );
    if (unbacked.length < 2 || weightOf(unbacked) < ADDED_PHRASE_SHARE * weightOf(keys)) continue;
    const isNewNoun = (key: string) =>
      (alignment.weights.get(key) ?? 0) >= 1 &&
      ![...key].some((char) => /\p{Script=Han}/u.test(char) && nearText.includes(char));
    if (!unbacked.some(isNewNoun)) continue;
    const words = unbacked.map((key) => `「${key}」`).join('');
    out.push(
      pathFinding(
        'support.addition',
        'error',
        path,
        `No listed source says ${words}: this clause adds what the sources do not state.`,
        claim.text.slice(clause.start, clause.end),
        { kind: 'clause', words },
      ),
    );
  }
  return out;
}

/**
 * Names and bodies the claim coordinates with と/や (県と市に提出した, 国や県が負担する) are said together: among
 * the source sentences that tell the claim's event (its other words, nearly as well as the best
 * one), one that names either partner (read with the sentence before it) names both. A partner
 * those sentences leave out — though the sources name it elsewhere — is an actor, recipient or
 * object the claim adds.
 */
function checkCoordination(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage) return [];
  const outside = stripQuotes(claim.text, claim.quotes);
  const tokens = claim.tokens;
  const out: Finding[] = [];
  tokens.forEach((token, i) => {
    const particle = tokens[i + 1];
    if (
      token.pos !== '名詞' ||
      outside[token.start] === '＊' ||
      particle === undefined ||
      particle.pos !== '助詞' ||
      particle.posDetail !== '並立助詞' ||
      !['と', 'や'].includes(particle.surface)
    )
      return;
    let j = i + 2;
    while (tokens[j + 1]?.pos === '名詞' && tokens[j + 1]?.start === tokens[j]?.end) j++;
    const partner = tokens[j];
    if (partner === undefined || partner.pos !== '名詞') return;
    // Who acts or receives: each partner a name or a body (県, 北見電機, 市教育委員会), not any noun
    // (指導者の確保や送迎の負担 lists facts a summary may gather from several sentences).
    let first = i;
    while (tokens[first - 1]?.pos === '名詞' && tokens[first - 1]?.end === tokens[first]?.start) first--;
    const isActor = (from: number, to: number) => {
      const run = tokens.slice(from, to + 1);
      return run.some((t) => t.nameKind !== undefined) || namesBody(run.map((t) => t.surface).join(''));
    };
    if (!isActor(first, i) || !isActor(i + 2, j)) return;
    const pair = [keyOf(token), keyOf(partner)];
    if (!pair.every((key) => alignment.weights.has(key))) return;
    const named = (key: string) =>
      alignment.sentences.some((sentence) => overlap(alignment, sentence, [key]) > 0);
    if (!pair.every(named)) return;
    // The source sentences that tell the claim's event (its other words), as well as the best one does.
    const rest = [...alignment.weights.keys()].filter((key) => !pair.includes(key));
    const scores = alignment.sentences.map(overlapScorer(alignment, rest));
    const top = Math.max(0, ...scores);
    if (top < 2) return;
    const aligned = alignment.sentences.filter((_, k) => (scores[k] ?? 0) >= 0.7 * top);
    const has = (sentence: (typeof aligned)[number], key: string) =>
      overlapInContext(alignment, sentence, [key]) > 0;
    if (!aligned.some((sentence) => pair.some((key) => has(sentence, key)))) return;
    if (aligned.some((sentence) => pair.every((key) => has(sentence, key)))) return;
    const written = claim.text.slice(token.start, partner.end);
    out.push(
      pathFinding(
        'support.addition',
        'error',
        path,
        `No listed source sentence names 「${pair[0]}」 and 「${pair[1]}」 together, as the claim's 「${written}」 does.`,
        written,
        { kind: 'coordination', text: written },
      ),
    );
  });
  return out;
}

/**
 * An item a claim adds to a list with のほか or に加え(て) (…AのほかBも見つかった, Aに加えてBを送る): the
 * construction asserts B besides what the sources give, so each word of B's head compound — the
 * nouns before the も, を or が that closes it — must be in a listed source (or a synonym of it). The one unbacked word that the coverage share
 * forgives as a paraphrase is here the very item the sentence adds.
 */
function checkAddedItem(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  missing: readonly string[],
): Finding[] {
  if (alignment.crossLanguage || missing.length === 0) return [];
  const outside = stripQuotes(claim.text, claim.quotes);
  const tokens = claim.tokens;
  for (const [i, token] of tokens.entries()) {
    if (outside[token.start] === '＊' || !isBesides(tokens, i)) continue;
    // The added item: the nouns from after the marker (and its comma) to the も, を or が that
    // closes it (…のほか、陶器も見つかった; …に加えて、参加者に図書券を配る).
    let j = i + 1;
    while (tokens[j]?.surface === 'て' || tokens[j]?.pos === '記号') j++;
    const end = tokens.findIndex(
      (other, k) =>
        k >= j && (other.pos === '記号' || (other.pos === '助詞' && /^[もをが]$/u.test(other.surface))),
    );
    if (end < 0 || tokens[end]?.pos !== '助詞' || end - j > 10) continue;
    const head = tokens[end - 1];
    if (head === undefined || head.pos !== '名詞' || head.posDetail === '非自立') continue;
    // The head compound (図書券, 防災ヘリ): a word of it that no source has, suffixes aside.
    let first = end - 1;
    while (first > j && tokens[first - 1]?.pos === '名詞' && tokens[first - 1]?.end === tokens[first]?.start)
      first--;
    const key = tokens
      .slice(first, end)
      .filter((noun) => noun.posDetail !== '接尾' && noun.posDetail !== '非自立')
      .map(keyOf)
      .find((word) => missing.includes(word) && (alignment.weights.get(word) ?? 0) >= 1);
    if (key === undefined) continue;
    const written = claim.text.slice(tokens[first]?.start ?? head.start, head.end);
    return [
      pathFinding(
        'support.addition',
        'error',
        path,
        `The claim adds 「${written}」 to what the sources list, and no listed source says 「${key}」.`,
        written,
        { kind: 'item', text: written },
      ),
    ];
  }
  return [];
}

/** True at the marker of an item added to a list: のほか(、) or に加え(て)(、). */
function isBesides(tokens: SentenceReading['tokens'], i: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  if (token === undefined || before === undefined) return false;
  if (/^(?:ほか|他)$/u.test(token.surface) && before.surface === 'の') return true;
  return token.baseForm === '加える' && before.surface === 'に' && /^加え$/u.test(token.surface);
}

/** The member lists of a claim: head noun runs joined by と, や or a comma, at least one と/や. */
function memberLists(claim: SentenceReading): { keys: string[]; text: string }[][] {
  const tokens = claim.tokens;
  const outside = stripQuotes(claim.text, claim.quotes);
  // A noun, or a prefix before one (非常食 read as 非 + 常食).
  const isNoun = (k: number): boolean =>
    tokens[k]?.pos === '名詞' || (tokens[k]?.pos === '接頭詞' && tokens[k + 1]?.pos === '名詞');
  const isJoin = (k: number) =>
    (tokens[k]?.pos === '助詞' &&
      tokens[k]?.posDetail === '並立助詞' &&
      /^[とや]$/u.test(tokens[k]?.surface ?? '')) ||
    tokens[k]?.surface === '、';
  const lists: { keys: string[]; text: string }[][] = [];
  let k = 0;
  while (k < tokens.length) {
    if (!isNoun(k) || outside[tokens[k]?.start ?? 0] === '＊') {
      k++;
      continue;
    }
    // One member: noun runs joined by の, its head the last run before a joiner or the list's end.
    const members: { keys: string[]; text: string }[] = [];
    let strong = 0;
    let at = k;
    for (;;) {
      let end = at;
      let runStart = at;
      for (;;) {
        runStart = end;
        while (isNoun(end)) end++;
        if (tokens[end]?.surface === 'の' && isNoun(end + 1) && end - at < 8) {
          end++;
          continue;
        }
        break;
      }
      if (end === runStart) break;
      const run = tokens.slice(runStart, end);
      if (run.some((t) => t.posDetail === '数' || t.posDetail === '非自立' || t.posDetail === '代名詞'))
        break;
      const keys = run.filter((t) => t.pos === '名詞' && t.posDetail !== '接尾').map(keyOf);
      members.push({ keys, text: claim.text.slice(tokens[at]?.start ?? 0, tokens[end - 1]?.end ?? 0) });
      if (!isJoin(end) || !isNoun(end + 1)) {
        at = end;
        break;
      }
      // A comma joins items only after と or や has opened the list (AやB、C): before it, a comma
      // may close a phrase (…までの間、AやB).
      if (tokens[end]?.surface !== '、') strong++;
      else if (strong === 0) break;
      at = end + 1;
    }
    if (members.length >= 3 && strong > 0) lists.push(members);
    k = Math.max(at, k + 1);
  }
  return lists;
}

/**
 * A member a claim adds to a list the sources give (A、B、Cを運んだ where a source sentence lists A and B):
 * a list of three or more that one source sentence gives all but one of, and no source sentence gives
 * whole, adds the one it leaves out.
 */
function checkListMember(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage) return [];
  const out: Finding[] = [];
  for (const members of memberLists(claim)) {
    const weighted = members.map((m) => m.keys.filter((key) => (alignment.weights.get(key) ?? 0) > 0));
    if (weighted.some((keys) => keys.length === 0)) continue;
    // Said in the words themselves, in the sentence or the one before it: a list is the page's wording.
    const names = (sentence: SourceSentence, keys: string[]) =>
      keys.every((key) =>
        [sentence, sentence.previous].some(
          (said) => said !== undefined && normalizeForMatch(said.text).includes(normalizeForMatch(key)),
        ),
      );
    let bestCount = 0;
    let left: number | undefined;
    for (const sentence of alignment.sentences) {
      const said = weighted.map((keys) => names(sentence, keys));
      const count = said.filter(Boolean).length;
      if (count > bestCount) {
        bestCount = count;
        left = said.indexOf(false);
      }
    }
    if (bestCount !== members.length - 1 || left === undefined || left < 0) continue;
    const member = members[left] as { text: string };
    out.push(
      pathFinding(
        'support.addition',
        'error',
        path,
        `The claim adds 「${member.text}」 to a list a source sentence gives without it.`,
        member.text,
        { kind: 'list', text: member.text },
      ),
    );
  }
  return out;
}
