import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import type { Synonyms } from '../../text/synonyms.ts';
import type { Token, Tokenizer } from '../../text/tokenizer.ts';
import { formsCompoundParticle, isLightVerb, isVerbalNoun } from '../../understand/light-verb.ts';
import { keyOf, type Predicate, type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import type { Alignment } from './alignment.ts';
import { checkAlsoToo } from './also-too.ts';
import { LOOSE_HEDGE } from './check-modality.ts';
import { FRAMING_PREDICATES, modifiesNoun, verbReading } from './check-predicates.ts';
import { STATIVE_ACTS } from './check-tense.ts';
import { caseArgumentOf } from './objects.ts';
import { checkOthersToo } from './others-too.ts';

// Additions told as a predication: a verb with the noun it takes by を or が, where no listed
// source has the verb (nor a synonym, nor its stem) and none the noun (nor a synonym, nor its
// stem, nor any word sharing one of its kanji). The coverage check weighs each word alone, and the clause's other words (who, where,
// the speaker) are in the sources, so the share found stays high enough to pass; but a faithful
// clause retells an event with another verb or another noun, seldom with both: a verb and its
// object that are both new say a new event. Only where every listed source is Japanese: the
// words of an English page are not the claim's.

// Light verbs (機能動詞, understand/light-verb.ts) of every role: the noun they take is the event
// (責任を負う, 影響を与える, 調査を行う, 混乱が起きる, 重点を置く), and a source tells that event in its
// own words. The verb of a compound case particle (〜をめぐって) tells no act either.

/**
 * True when the verb, past its auxiliaries, is quoted by と (見直すと表明した): reported content, not
 * a relative clause, though the dictionary tags that と as a conjunctive particle.
 */
function quotedByTo(claim: SentenceReading, predicate: Predicate): boolean {
  let at = claim.tokens.findIndex((token) => token.start === predicate.start) + 1;
  while (
    claim.tokens[at]?.pos === '助動詞' ||
    (claim.tokens[at]?.pos === '動詞' && claim.tokens[at]?.posDetail === '非自立')
  )
    at++;
  return claim.tokens[at]?.surface === 'と';
}

/**
 * True when the verb stands in the て-form before another verb of its clause (走って逃げた,
 * 歩いて帰る): it tells the manner or the means of the next act, which the sources may tell in
 * words of their own.
 */
function joinsNextVerb(claim: SentenceReading, predicate: Predicate): boolean {
  const at = claim.tokens.findIndex((token) => token.start === predicate.start);
  const particle = claim.tokens[at + 1];
  const next = claim.tokens[at + 2];
  return (
    particle?.pos === '助詞' &&
    /^[てで]$/u.test(particle.surface) &&
    next?.pos === '動詞' &&
    next.posDetail === '自立'
  );
}

/** The kanji (and katakana) a word starts with, before its first hiragana: 緩み → 緩, 図面 → 図面. */
function stemOf(word: string): string {
  return /^[\p{Script=Han}\p{Script=Katakana}ー]+/u.exec(word)?.[0] ?? '';
}

/**
 * True when some source sentence names the noun: itself, a synonym, its stem (緩み by 緩んだ), or a
 * word sharing one of its kanji.
 */
function nounSaid(noun: string, alignment: Alignment, synonyms: Synonyms): boolean {
  const stem = stemOf(noun);
  const forms = [noun, ...synonyms.of(noun), ...(stem !== '' && stem !== noun ? [stem] : [])].map((form) =>
    normalizeForMatch(form),
  );
  const kanji = [...noun].filter((char) => /\p{Script=Han}/u.test(char));
  return alignment.sentences.some((sentence) => {
    const norm = alignment.norms.get(sentence) ?? '';
    if (forms.some((form) => norm.includes(form))) return true;
    // A word sharing a kanji may name the same thing in other words (営業 for 開業, 体調 for 不調).
    return sentence.tokens.some(
      (token) =>
        (token.pos === '名詞' || token.pos === '動詞') &&
        [...keyOf(token)].some((char) => kanji.includes(char)),
    );
  });
}

/**
 * True when some source sentence tells the verb: the lemma or a synonym as a word, the written stem
 * of a native verb (読む by 読み取った), or for a verbal noun any word sharing one of its kanji.
 */
function verbSaid(
  predicate: Predicate,
  alignment: Alignment,
  synonyms: Synonyms,
  tokenizer: Tokenizer | undefined,
): boolean {
  const forms = new Set([predicate.lemma, ...synonyms.of(predicate.lemma)]);
  const han = /^\p{Script=Han}+$/u.test(predicate.lemma);
  // The same verb written with another kanji (聴く, 聞く): the same reading.
  const reading = !han && tokenizer !== undefined ? verbReading(predicate.lemma, tokenizer) : undefined;
  // A native verb's written stem: the lemma without its ending (見つかる → 見つか, 読む → 読).
  const stem = han ? '' : normalizeForMatch(predicate.lemma.slice(0, -1));
  const kanji = han ? [...predicate.lemma] : [];
  return alignment.sentences.some((sentence) => {
    const norm = alignment.norms.get(sentence) ?? '';
    if (stem !== '' && norm.includes(stem)) return true;
    return sentence.tokens.some((token) => {
      const key = keyOf(token);
      if (forms.has(key)) return true;
      if (
        reading !== undefined &&
        tokenizer !== undefined &&
        token.pos === '動詞' &&
        verbReading(token.baseForm, tokenizer) === reading
      )
        return true;
      return (
        kanji.length > 0 &&
        (token.pos === '名詞' || token.pos === '動詞') &&
        [...key].some((char) => kanji.includes(char))
      );
    });
  });
}

/**
 * The noun a predicate takes by を or が (objects.ts caseArgumentOf), or a verb's continuative form
 * used as that noun right before the particle (緩みが見つかった: 緩み is read as the verb 緩む).
 */
function argumentToken(claim: SentenceReading, predicate: Predicate, from: number): Token | undefined {
  const argument = caseArgumentOf(claim, predicate);
  if (argument !== undefined) {
    if (!['を', 'が'].includes(argument.particle)) return undefined;
    return claim.tokens.find(
      (t) => keyOf(t) === argument.noun && t.end <= predicate.start && t.start >= from,
    );
  }
  const at = claim.tokens.findIndex((token) => token.start === predicate.start);
  const particle = claim.tokens[at - 1];
  const verb = claim.tokens[at - 2];
  const before = claim.tokens[at - 3];
  if (
    particle?.pos !== '助詞' ||
    !['を', 'が'].includes(particle.surface) ||
    verb === undefined ||
    verb.start < from ||
    verb.pos !== '動詞' ||
    verb.inflection !== '連用形' ||
    // Standing alone: not the last verb of a chain (読み違え), which a particle does not follow.
    (before !== undefined && /^(?:動詞|助動詞)$/u.test(before.pos))
  )
    return undefined;
  return verb;
}

/**
 * The verbal noun whose act a clause's light verb carries (健診を受けた, 補償を求める): the noun the
 * verb takes by を or が, a verbal noun as the dictionary marks it (サ変接続), or a compound ending
 * in one. Undefined for a verb of its own meaning or a noun that names no act.
 */
function lightVerbAct(claim: SentenceReading, predicate: Predicate, from: number): Token | undefined {
  if (!isLightVerb(predicate.lemma)) return undefined;
  const token = argumentToken(claim, predicate, from);
  return isVerbalNoun(token) ? token : undefined;
}

/**
 * The verbal noun made the clause's act by 〜にする (謹慎処分にした = 謹慎処分した, 通行禁止にする): a
 * verbal noun as the dictionary marks it right before に and する. Undefined elsewhere.
 */
function madeAct(claim: SentenceReading, at: number, from: number): Token | undefined {
  const verb = claim.tokens[at];
  const particle = claim.tokens[at - 1];
  const noun = claim.tokens[at - 2];
  if (verb?.pos !== '動詞' || verb.baseForm !== 'する' || particle?.surface !== 'に') return undefined;
  if (particle.pos !== '助詞' || noun === undefined || noun.start < from) return undefined;
  return isVerbalNoun(noun) ? noun : undefined;
}

/**
 * Acts told by a verbal noun a light verb carries, or made the act by 〜にする, where no source has
 * the verbal noun (nor a synonym, its stem, or a word sharing a kanji): the verb says nothing of its
 * own, so the noun is the act, and an act no source names is one the claim adds.
 */
function unsaidLightActs(
  claim: SentenceReading,
  clause: SentenceReading['clauses'][number],
  outside: string,
  alignment: Alignment,
  path: string,
  synonyms: Synonyms,
): Finding[] {
  for (let at = 0; at < claim.tokens.length; at++) {
    const token = claim.tokens[at] as Token;
    if (token.start < clause.start || token.start >= clause.end || outside[token.start] === '＊') continue;
    const predicate = claim.predicates.find((p) => p.start === token.start && p.kind === 'verb');
    let act = madeAct(claim, at, clause.start);
    if (act === undefined && predicate !== undefined) {
      if (
        (modifiesNoun(claim, predicate, clause) && !quotedByTo(claim, predicate)) ||
        joinsNextVerb(claim, predicate) ||
        formsCompoundParticle(claim.tokens, at)
      )
        continue;
      act = lightVerbAct(claim, predicate, clause.start);
    }
    if (act === undefined || [...act.surface].length < 2) continue;
    const noun = keyOf(act);
    if (nounSaid(noun, alignment, synonyms)) continue;
    const written = claim.text.slice(act.start, token.end);
    return [
      pathFinding(
        'support.addition',
        'error',
        path,
        `No listed source has 「${noun}」: 「${written}」 tells an act the sources do not.`,
        claim.text.slice(clause.start, clause.end),
        { kind: 'predication', text: written },
      ),
    ];
  }
  return [];
}

// The words that make the noun phrase before them a cause or a reason of the clause's event
// (財政難を理由に見送った, 摩耗が原因で切れた, 大雨のため運休した, 渋滞の影響で遅れた): the grammar's closed
// class of causal frames, not an open list of causes.
const CAUSE_FRAME = /^(?:が原因|が主な原因|が理由|を理由|が要因|のため|のせい|の影響で)/u;

/**
 * Causes no source mentions: the noun phrase a claim gives as the cause or reason of its event
 * (CAUSE_FRAME), where one of its content nouns (two characters or more, not a name) is in no
 * listed source — not itself, a synonym, its stem, nor any word sharing one of its kanji (nounSaid).
 * A summary may name a cause in words of its own, but a cause the sources never mention at all is
 * a fact the claim adds. Only outside quotes, and only where every listed source is Japanese.
 */
export function checkUnsaidCause(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  synonyms: Synonyms,
): Finding[] {
  if (alignment.sentences.length === 0 || alignment.crossLanguage) return [];
  const outside = stripQuotes(claim.text, claim.quotes);
  const tokens = claim.tokens;
  for (let at = 0; at < tokens.length; at++) {
    const last = tokens[at] as Token;
    if (last.pos !== '名詞' || outside[last.start] === '＊') continue;
    if (tokens[at + 1]?.pos === '名詞' || !CAUSE_FRAME.test(claim.text.slice(last.end))) continue;
    let first = at;
    while (first > 0 && tokens[first - 1]?.pos === '名詞') first--;
    const phrase = tokens.slice(first, at + 1);
    const unsaid = phrase.find(
      (token) =>
        /^(?:一般|サ変接続)$/u.test(token.posDetail) &&
        token.nameKind === undefined &&
        [...token.surface].length >= 2 &&
        !nounSaid(keyOf(token), alignment, synonyms),
    );
    if (unsaid === undefined) continue;
    const written = claim.text.slice((phrase[0] as Token).start, last.end);
    return [
      pathFinding(
        'support.addition',
        'error',
        path,
        `No listed source mentions 「${keyOf(unsaid)}」: 「${written}」 is a cause the sources do not give.`,
        written,
        { kind: 'cause', text: written },
      ),
    ];
  }
  return [];
}

export function checkUnsaidPredication(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  synonyms: Synonyms,
  tokenizer?: Tokenizer,
): Finding[] {
  if (alignment.sentences.length === 0) return [];
  // Japanese words are not found in an English page's words: the sources must all be Japanese, but
  // for others added with も, read with a wider source class over an English page (others-too.ts).
  if (alignment.crossLanguage) return checkOthersToo(claim, alignment, path, synonyms);
  const outside = stripQuotes(claim.text, claim.quotes);
  const out: Finding[] = [];
  for (const clause of claim.clauses) {
    if (clause.quoted) continue;
    const found = out.length;
    for (const predicate of claim.predicates) {
      if (predicate.start < clause.start || predicate.start >= clause.end) continue;
      if (predicate.kind !== 'verb' || outside[predicate.start] === '＊') continue;
      if (FRAMING_PREDICATES.has(predicate.lemma) || LOOSE_HEDGE.test(predicate.lemma)) continue;
      if (STATIVE_ACTS.has(predicate.lemma) || isLightVerb(predicate.lemma)) continue;
      const at = claim.tokens.findIndex((token) => token.start === predicate.start);
      if (formsCompoundParticle(claim.tokens, at)) continue;
      // A relative clause describes a noun (…を運ぶ船): the clause asserts its head's predicate.
      if (
        (modifiesNoun(claim, predicate, clause) && !quotedByTo(claim, predicate)) ||
        joinsNextVerb(claim, predicate)
      )
        continue;
      const token = argumentToken(claim, predicate, clause.start);
      // Names are the name check's: a name no source has is reported there.
      if (token === undefined || token.posDetail === '固有名詞' || token.nameKind !== undefined) continue;
      // A noun of one character makes idioms with its verb (手を打つ, 腹を立てる): the pair means neither word.
      if ([...token.surface].length < 2) continue;
      const noun = token.pos === '名詞' ? keyOf(token) : token.surface;
      if (nounSaid(noun, alignment, synonyms)) continue;
      if (verbSaid(predicate, alignment, synonyms, tokenizer)) continue;
      const written = claim.text.slice(token.start, predicate.end);
      out.push(
        pathFinding(
          'support.addition',
          alignment.crossLanguage ? 'warning' : 'error',
          path,
          `No listed source has 「${noun}」 or 「${predicate.lemma}」: 「${written}」 tells an event the sources do not.`,
          claim.text.slice(clause.start, clause.end),
          { kind: 'predication', text: written },
        ),
      );
      break;
    }
    if (out.length === found) out.push(...unsaidLightActs(claim, clause, outside, alignment, path, synonyms));
  }
  out.push(...checkUnsaidCause(claim, alignment, path, synonyms));
  out.push(...checkOthersToo(claim, alignment, path, synonyms));
  out.push(...checkAlsoToo(claim, alignment, path, synonyms));
  return out;
}
