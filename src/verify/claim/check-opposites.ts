import { type Finding, pathFinding } from '../../domain/report.ts';
import {
  type AffixedNegation,
  affixedNegations,
  antonymsOf,
  phaseOf,
  stateOpposites,
  tableOpposites,
} from '../../text/antonyms.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import type { Token } from '../../text/tokenizer.ts';
import {
  type Clause,
  keyOf,
  PLAN_NOUNS,
  type SentenceReading,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import { nfkcTextOf, type SourceSentence, tokenKeysOf } from '../../understand/understand-document.ts';
import { type Alignment, alignClause, alignInContext, overlapInContext } from './alignment.ts';
import { checkComparisonDirection } from './comparison-direction.ts';
import { actOnOtherObjects, statesPurpose } from './objects.ts';
import { checkReplacedOriginal } from './original-kept.ts';

// Opposites: a predicate whose source counterpart says the opposite (減った for 増えた, 否決 for 可決).

/**
 * Each affirmed predicate of the claim is compared with the source sentence its clause aligns to
 * (by the clause's other words): when that sentence says the predicate's opposite (text/antonyms.ts)
 * and never the predicate itself nor a synonym of it, the claim reverses what the source says —
 * as surely as a negation does, so it is reported as one (`support.negation`).
 */
/**
 * `asserts` is false for a hook question, which asserts nothing (check-claim.ts): the affixed reading
 * is then left out (…解決可能? asks whether, against a source's 不可能).
 */
export function checkOpposites(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  asserts = true,
): Finding[] {
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (predicate.negated || outside[predicate.start] === '＊' || statesPurpose(claim, predicate)) continue;
    const forms = [predicate.lemma, ...(alignment.synonyms.get(predicate.lemma) ?? [])];
    const opposites = new Set(forms.flatMap(antonymsOf).filter((word) => !forms.includes(word)));
    // Only an opposite some listed source uses can be said of the claim's event.
    if (![...opposites].some((word) => alignment.local.some((understanding) => understanding.keys.has(word))))
      continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    const keys = clause.keys.filter((key) => !forms.includes(key) && !opposites.has(key));
    // A source sentence that says an opposite and, read with the sentence before it in its
    // paragraph, is as close to the clause as its best counterpart is read in its place: a Japanese
    // sentence leaves unsaid the subject the one before it named (…容疑者を逮捕した。調べに対し、
    // 容疑を認めているという), so alone it shares fewer of the clause's words than that one does.
    // Alone it may share too few of the clause's words to align at all, and so may every sentence
    // (いずれも症状は軽いという after the sentence that names the patients taken to hospital): then
    // the one saying the opposite is read with the sentence before it (alignInContext).
    const sayingOpposite = (other: SourceSentence) =>
      [...opposites].some((word) => other.keys.includes(word));
    const inContext = () => alignInContext(alignment, keys, alignment.sentences.filter(sayingOpposite));
    const best = alignClause(alignment, keys) ?? inContext();
    if (best === undefined) continue;
    const near = sayingOpposite(best.sentence)
      ? undefined
      : (alignClause(alignment, keys, sayingOpposite) ?? inContext());
    const counterpart =
      near !== undefined && overlapInContext(alignment, near.sentence, keys) >= best.score ? near : best;
    const sentence = counterpart.sentence;
    const norm = alignment.norms.get(sentence);
    const written = normalizeForMatch(claim.text.slice(predicate.start, predicate.end));
    if (forms.some((form) => sentence.keys.includes(form) || ([...form].length >= 2 && norm.includes(form))))
      continue;
    if ([...written].length >= 2 && norm.includes(written)) continue;
    // Another source sentence as close to the clause that says the predicate itself backs it: two
    // outlets may report opposite trends of different things (利用者が増える, 利用者が減った).
    const shared = (other: typeof sentence) => keys.filter((key) => other.keys.includes(key)).length;
    const says = (other: typeof sentence) =>
      forms.some((form) => other.keys.includes(form)) ||
      ([...written].length >= 2 && (alignment.norms.get(other) ?? '').includes(written));
    if (
      alignment.sentences.some(
        (other) => other !== sentence && says(other) && shared(other) >= shared(sentence),
      )
    )
      continue;
    // An opposite said of another object (便数を減らす against 補助金を増やす) is no answer to the claim's.
    const ofOther = (p: (typeof sentence.predicates)[number]) =>
      actOnOtherObjects(claim, predicate, sentence, p, alignment);
    const opposite = [...opposites].find((word) => {
      const said = sentence.predicates.filter((p) => p.lemma === word);
      if (said.length > 0 && said.every(ofOther)) return false;
      return said.some((p) => !p.negated) || (sentence.keys.includes(word) && !said.some((p) => p.negated));
    });
    if (opposite === undefined) continue;
    out.push(
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim says 「${claim.text.slice(predicate.start, predicate.end)}」 where the source says the opposite, 「${opposite}」: 「${sentence.text}」.`,
        claim.text.slice(predicate.start, predicate.end),
      ),
    );
  }
  out.push(...checkOppositeNouns(claim, alignment, path));
  out.push(...checkUnmetExpectation(claim, alignment, path));
  out.push(...checkPhase(claim, alignment, path));
  out.push(...checkForgoneAct(claim, alignment, path));
  out.push(...checkOppositePhrases(claim, alignment, path));
  out.push(...checkComparisonDirection(claim, alignment, path));
  out.push(...checkReplacedOriginal(claim, alignment, path));
  if (asserts) out.push(...checkAffixedOpposites(claim, alignment, path));
  return out;
}

/**
 * An opposite carried by a noun of the claim that is not its predicate — the object or complement of
 * a light verb (黒字を確保した, 黒字に転じた) or the verbal noun before a hedge noun (続投する意向):
 * a noun of the table of opposites (text/antonyms.ts tableOpposites) whose opposite the source
 * sentence its clause aligns to (by its other words) says, affirmed, where that sentence — and any
 * source sentence as close to the clause — never says the claim's noun or a synonym of it
 * (`support.negation`). A claim clause that negates anything is left alone (黒字を確保できなかった
 * agrees with 赤字だった).
 */
function checkOppositeNouns(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const token of claim.tokens) {
    if (token.pos !== '名詞' || outside[token.start] === '＊') continue;
    const word = keyOf(token);
    // An adjectival noun states a condition as a predicate does: its dimension's opposites too.
    const opposites = token.posDetail === '形容動詞語幹' ? stateOpposites(word) : tableOpposites(word);
    if (opposites.length === 0) continue;
    // A predicate is read by checkOpposites itself.
    if (claim.predicates.some((p) => p.lemma === word && p.start <= token.start && p.end >= token.end))
      continue;
    const index = claim.clauses.findIndex((c) => token.start >= c.start && token.start < c.end);
    const clause = claim.clauses[index];
    if (clause === undefined || claim.predicates.some((p) => p.clause === index && p.negated)) continue;
    const forms = [word, ...(alignment.synonyms.get(word) ?? [])];
    const keys = clause.keys.filter((key) => !forms.includes(key) && !opposites.includes(key));
    const counterpart = alignClause(alignment, keys);
    if (counterpart === undefined) continue;
    const sentence = counterpart.sentence;
    const says = (other: SourceSentence) =>
      forms.some((form) => other.keys.includes(form) || (alignment.norms.get(other) ?? '').includes(form));
    if (says(sentence)) continue;
    const shared = (other: SourceSentence) => keys.filter((key) => other.keys.includes(key)).length;
    if (
      alignment.sentences.some(
        (other) => other !== sentence && says(other) && shared(other) >= shared(sentence),
      )
    )
      continue;
    const sentenceKeys = tokenKeysOf(sentence);
    const opposite = opposites.find((word) =>
      sentence.tokens.some((t, j) => {
        if (sentenceKeys[j] !== word) return false;
        const at = sentence.clauses.findIndex((c) => t.start >= c.start && t.start < c.end);
        return !sentence.predicates.some((p) => p.clause === at && p.negated);
      }),
    );
    if (opposite === undefined) continue;
    const written = claim.text.slice(token.start, token.end);
    out.push(
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim says 「${written}」 where the source says the opposite, 「${opposite}」: 「${sentence.text}」.`,
        written,
      ),
    );
  }
  return out;
}

// What the source says was expected and did not happen: the act followed by はずだった, or by a
// plan or expectation in the past turned with が/ものの (予定だったが, つもりだったが, 見込みだった
// が), or a はずの before a noun whose sentence then negates (点灯するはずの照明もつかなかった).
const UNMET =
  /^(?:する|される|できる|した)?(?:はず(?:だった|でした|が)|(?:予定|計画|つもり|見込み)(?:だった|でした)(?:が|ものの|けれど))/u;
const EXPECTED_OF = /^(?:する|される|できる)?はずの/u;
const CLAIM_EXPECTED = /はず|(?:予定|計画|つもり|見込み)(?:だった|でした)/u;

/**
 * An act the claim affirms that the source sentence its clause aligns to (by its other words) names
 * only as expected and not come about — 終わる予定だったが…ずれ込む, 点灯するはずの照明もつかなかった —
 * and that no source sentence as close says plainly: the claim states what the source says did not
 * happen (`support.negation`). A claim that itself says the act was only expected is left alone.
 */
function checkUnmetExpectation(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (predicate.negated || predicate.kind !== 'verb' || outside[predicate.start] === '＊') continue;
    if (statesPurpose(claim, predicate)) continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    if (CLAIM_EXPECTED.test(outside.slice(clause.start, clause.end))) continue;
    const forms = new Set([predicate.lemma, ...(alignment.synonyms.get(predicate.lemma) ?? [])]);
    const keys = clause.keys.filter((key) => !forms.has(key));
    const counterpart = alignClause(alignment, keys);
    if (counterpart === undefined) continue;
    const sentence = counterpart.sentence;
    const sentenceKeys = tokenKeysOf(sentence);
    const said = sentence.tokens.filter((_, j) => forms.has(sentenceKeys[j] as string));
    if (said.length === 0) continue;
    const unmet = (t: Token) => {
      const after = sentence.text.slice(t.end);
      if (UNMET.test(after)) return true;
      if (!EXPECTED_OF.test(after)) return false;
      return sentence.predicates.some((p) => p.negated && p.start > t.end);
    };
    if (!said.every(unmet)) continue;
    const shared = (other: SourceSentence) => keys.filter((key) => other.keys.includes(key)).length;
    const saysPlainly = (other: SourceSentence) =>
      other.predicates.some((p) => forms.has(p.lemma) && !p.negated) &&
      other.tokens.some(
        (t, j) =>
          forms.has(tokenKeysOf(other)[j] as string) &&
          !UNMET.test(other.text.slice(t.end)) &&
          !EXPECTED_OF.test(other.text.slice(t.end)),
      );
    if (
      alignment.sentences.some(
        (other) => other !== sentence && saysPlainly(other) && shared(other) >= shared(sentence),
      )
    )
      continue;
    const written = claim.text.slice(predicate.start, predicate.end);
    out.push(
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim says 「${written}」 where the source says it was only expected and did not come about: 「${sentence.text}」.`,
        written,
      ),
    );
  }
  return out;
}

// Opposite phrasings of general news vocabulary, each pair the two sides of one question: a first
// occurrence (初めて, 初の, a headline's …は初) against a repeated one (〜たことがある, 過去にも,
// 再び); on schedule (予定通り, 計画どおり, 時刻どおり) against late (遅れる, 延期, ずれ込む, 先送り); unchanged
// (同じ, 変わらない, 据え置く) against changed (減らす, 増やす, 変更, 縮小, 拡大, 削減); foreseen against
// not foreseen (below).
const FIRST = /初めて(?!では|でな|じゃ)|(?<![\p{Script=Han}])初(?:の|$|[、。\s])/u;
const AGAIN = /たことが(?:ある|あり|あっ)|(?:過去|以前|これまで|かつて)にも|再び|再度/u;
// On time is on schedule too: a timetable's hour kept (時刻どおり, 定刻通り, 時間どおり, ダイヤ通り).
const ON_SCHEDULE = /(?:予定|計画|時刻|定刻|時間|ダイヤ)(?:通り|どおり)/u;
const LATE = /遅れ|延期|ずれ込|先送り|繰り延べ/u;
const SAME = /(?:と|に)同じ|変わら(?:ない|ず)|据え置/u;
const CHANGED = /減ら|増や|変更|縮小|拡大|削減/u;
// The first or the only one (初めて, 一本だけ, 唯一) against several of its kind (複数).
const ONE_ONLY = new RegExp(
  `${FIRST.source}|(?:一|1|ひと)(?:つ|本|社|人|か所|カ所|件|校|機|台|路線)?だけ|唯一`,
  'u',
);
const SEVERAL = /複数/u;
// Foreseen (想定していた, 想定の範囲内, 予想どおり) against not foreseen (想定していなかった, 想定外,
// 思っていなかった, 思いもしなかった): the two sides of whether an outcome was expected. Only the past
// or a settled outcome counts as foreseen: 想定している of a plan (震度7を想定している) assumes, and a
// comparison with the expectation (想定していたより長引いた) says it was exceeded.
const FORESEEN =
  /(?:想定|予想|予期)(?:内|の範囲内?|(?:した)?(?:通り|どおり)|して(?:いた|おり))(?!より|以上|ほど|を)/u;
const UNFORESEEN =
  /(?:想定|予想|予期)(?:外|して(?:い|お)らず|して(?:も)?いな|しな|でき(?:な|ず))|思って(?:も)?いな|思っておらず|思わな|思いもしな|思いもよらな|想像(?:して(?:も)?いな|もしな|でき(?:な|ず))/u;
// An act settled as not to be done (設けない方針, 採らない考え, しないことを決めた) against one still being
// considered (検討している, 検討する, 検討中): the source leaves open what the claim decides.
const DECIDED_NOT = /(?:ない|ず)(?:方針|考え|意向)|(?:しない|ない)ことを?(?:決め|決定)/u;
const CONSIDERING = /検討(?:して|する|中|しており|を(?:始|進|続))/u;
// The same (同じ, 同一) against different (異なる, 違う, 別々): 同じ before its noun is a 連体詞, no key of
// the sentence, so the opposites table cannot see it (the vneg28 round).
// Each side affirmed only: 違いはない and 同じではない say the other side.
const ALIKE = /(?:同じ|同一)(?!で(?:は|も)?な|じゃな)/u;
const DIFFERENT = /(?:異な|違)(?:る|り|って(?!(?:は|も)?い?な)|った)|別々/u;
const OPPOSITE_PHRASES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [FIRST, AGAIN],
  [ALIKE, DIFFERENT],
  [DECIDED_NOT, CONSIDERING],
  [ONE_ONLY, SEVERAL],
  [ON_SCHEDULE, LATE],
  [SAME, CHANGED],
  [FORESEEN, UNFORESEEN],
];
// The phrasings' own words: left out when aligning the clause by its other words.
const PHRASE_WORD =
  /^(?:初めて|初|過去|以前|これまで|かつて|再び|再度|予定|計画|時刻|定刻|時間|ダイヤ|通り|どおり|同じ|変わる|据え置く|遅れる|延期|先送り|減らす|増やす|変更|縮小|拡大|削減|複数|唯一|一本|一つ|想定|予想|予期|想像|思う|範囲|範囲内|方針|考え|意向|決める|決定|検討|同一|異なる|違う|別々)$/u;

/**
 * Opposite phrasings (OPPOSITE_PHRASES): the claim's clause says one side and the source sentence
 * it aligns to (by its other words, about as closely as its best counterpart) says the other and
 * not the claim's (`support.negation`).
 */
function checkOppositePhrases(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const outside = stripQuotes(claim.text, claim.quotes);
  const out: Finding[] = [];
  for (const clause of claim.clauses)
    for (const [one, other] of OPPOSITE_PHRASES) {
      const text = outside.slice(clause.start, clause.end);
      if (one.test(text) === other.test(text)) continue;
      const [says, opposite] = one.test(text) ? [one, other] : [other, one];
      const keys = clause.keys.filter((key) => !PHRASE_WORD.test(key));
      // The sentence that says the opposite, about as close to the clause as its best counterpart.
      const aligned = alignClause(alignment, keys, (sentence) => opposite.test(sentence.text));
      const counterpart = alignClause(alignment, keys);
      if (aligned === undefined || counterpart === undefined || aligned.score < 0.7 * counterpart.score)
        continue;
      const sentenceText = aligned.sentence.text;
      if (says.test(sentenceText)) continue;
      const written = says.exec(text)?.[0] ?? text;
      out.push(
        pathFinding(
          'support.negation',
          'error',
          path,
          `The claim says 「${written}」 where the source says the opposite: 「${sentenceText}」.`,
          written,
        ),
      );
    }
  return out;
}

// Verbs that say an act was not done, taking its verbal noun as object (発令を見送った, 建設を断念した):
// general vocabulary of forgoing, as read-sentence.ts reads them.
const FORGOING = /^を(?:見送|断念|取りやめ|取り止め|見合わせ|先送り)/u;

/**
 * An act forgone in the claim (警報の発令を見送った: its verbal noun, 発令, and what it acts on, 警報)
 * where the source sentence its clause aligns to (by its other words, about as closely as its best
 * counterpart) does that act on the same noun with a verb of its own, affirmed and unhedged
 * (警報を出した), and says nothing of forgoing: the claim reverses the source (`support.negation`).
 */
function checkForgoneAct(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const outside = stripQuotes(claim.text, claim.quotes);
  const out: Finding[] = [];
  claim.tokens.forEach((token, i) => {
    if (token.pos !== '名詞' || token.posDetail !== 'サ変接続' || outside[token.start] === '＊') return;
    const forgone = FORGOING.exec(claim.text.slice(token.end));
    if (forgone === null) return;
    // What the act is done to: the noun before の (警報の発令), or the noun compounded with it (警報発令).
    const before = claim.tokens[i - 1];
    const object =
      before?.surface === 'の' && claim.tokens[i - 2]?.pos === '名詞'
        ? claim.tokens[i - 2]
        : before?.pos === '名詞' && before.end === token.start
          ? before
          : undefined;
    if (object === undefined || object.posDetail === '数' || object.posDetail === '非自立') return;
    const noun = keyOf(object);
    const act = keyOf(token);
    const clause = claim.clauses.find((c) => token.start >= c.start && token.start < c.end);
    if (clause === undefined) return;
    const keys = clause.keys.filter(
      (key) => key !== act && !/^(?:見送る|断念|取りやめる|見合わせる|先送り)$/u.test(key),
    );
    const counterpart = alignClause(alignment, keys);
    const aligned = alignClause(alignment, keys, (sentence) => doesTo(sentence, noun));
    if (counterpart === undefined || aligned === undefined || aligned.score < 0.7 * counterpart.score) return;
    const sentence = aligned.sentence;
    // A source that forgoes anything, or names the act itself, is read by the other checks.
    const speaksOfAct = (one: SourceSentence) =>
      /見送|断念|取りやめ|取り止め|見合わせ|先送り/u.test(one.text) || one.keys.includes(act);
    if (speaksOfAct(sentence)) return;
    // So is a claim another source sentence as close says of the noun with the act itself: that one
    // is its counterpart, not a sentence doing something else to the noun (食べた for 販売).
    const ofAct = alignClause(alignment, keys, (one) => one.keys.includes(noun) && speaksOfAct(one));
    if (ofAct !== undefined && ofAct.score >= aligned.score) return;
    const written = claim.text.slice(token.start, token.end + forgone[0].length);
    out.push(
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim says 「${written}」 where the source says it was done: 「${sentence.text}」.`,
        written,
      ),
    );
  });
  return out;
}

/** True when the sentence does something to the noun (noun を verb), affirmed and unhedged. */
function doesTo(sentence: SourceSentence, noun: string): boolean {
  return sentence.tokens.some((token, j) => {
    if (keyOf(token) !== noun || sentence.tokens[j + 1]?.surface !== 'を') return false;
    const verb = sentence.tokens[j + 2];
    if (verb === undefined || verb.pos !== '動詞') return false;
    const predicate = sentence.predicates.find((p) => p.start <= verb.start && p.end >= verb.end);
    return (
      predicate !== undefined &&
      !predicate.negated &&
      (sentence.clauses[predicate.clause]?.hedges.length ?? 0) === 0
    );
  });
}

/** True when a sentence has a word of the phase (stopping or going on) outside a negation of it. */
function saysPhase(sentence: SourceSentence, phase: 'stop' | 'continue'): boolean {
  if (sentence.predicates.some((p) => !p.negated && phaseOf(p.lemma) === phase)) return true;
  return sentence.tokens.some(
    (token) =>
      (token.pos === '動詞' || token.pos === '名詞') &&
      phaseOf(keyOf(token)) === phase &&
      !sentence.predicates.some((p) => p.negated && p.start <= token.start && p.end >= token.end),
  );
}

/**
 * Phase (相): a claim that an activity goes on (販売を続ける) where the source sentence its clause
 * aligns to stops that activity (販売を見合わせる), or one that stops an activity (支援は打ち切られる)
 * that the aligned source sentence says is done (支援する) and no source says is stopped, reverses
 * the source as surely as a negation does (`support.negation`). Phases are read by
 * text/antonyms.ts's phaseOf; a claim clause that itself has both phases is left alone.
 */
function checkPhase(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  claim.tokens.forEach((token, i) => {
    if (outside[token.start] === '＊') return;
    if (!(token.pos === '動詞' || (token.pos === '名詞' && token.posDetail === 'サ変接続'))) return;
    const phase = phaseOf(keyOf(token));
    if (phase === undefined) return;
    const own = claim.predicates.find((p) => p.start <= token.start && p.end >= token.end);
    if (own?.negated) return;
    // A purpose (路線を維持するための) says nothing of whether the activity goes on.
    if (own !== undefined && statesPurpose(claim, own)) return;
    const clause = claim.clauses.find((c) => token.start >= c.start && token.start < c.end);
    if (clause === undefined) return;
    const other = phase === 'stop' ? 'continue' : 'stop';
    // Its phase words are verbs and verbal nouns, as the token read here is: a noun of time built
    // with one (夏休み中, 昼休みに, 連休明け) says when, not that anything stops.
    const phaseWord = (t: Token) =>
      t.start >= clause.start &&
      t.start < clause.end &&
      (t.pos === '動詞' || (t.pos === '名詞' && t.posDetail === 'サ変接続'));
    if (claim.tokens.some((t) => phaseWord(t) && phaseOf(keyOf(t)) === other)) return;
    const activity = governedNoun(claim.tokens, i, clause.start);
    if (activity === undefined) return;
    const forms = new Set([activity, ...(alignment.synonyms.get(activity) ?? [])]);
    // What goes on is also the clause's topic, whose activity it is (商店は営業を続けている): a
    // source that stops that (商店が閉店した, ラインは止まった) stops the activity with it.
    const topic = phase === 'continue' ? topicNoun(claim.tokens, i, clause.start) : undefined;
    if (topic !== undefined) forms.add(topic);
    const keys = clause.keys.filter((k) => phaseOf(k) === undefined);
    const counterpart = alignClause(alignment, keys);
    if (counterpart === undefined) return;
    const sentence = counterpart.sentence;
    const written = claim.text.slice(token.start, token.end);
    if (phase === 'continue') {
      // The aligned sentence stops the same activity, and says nowhere that it goes on.
      if (saysPhase(sentence, 'continue')) return;
      if (stopsOneOf(sentence, forms)) {
        out.push(phaseFinding(path, written, sentence));
        return;
      }
      const elsewhere = topicStoppedElsewhere(claim, alignment, i, clause.start, sentence, activity);
      if (elsewhere !== undefined) out.push(phaseFinding(path, written, elsewhere));
      return;
    }
    // Stopping: the aligned sentence does the activity, and no source names it with a word of
    // stopping or a limit on it (1年限り, 3月まで — not これまで, which says it goes on), which may be
    // what the claim restates.
    if (!sentence.predicates.some((p) => !p.negated && forms.has(p.lemma))) return;
    const limits = (one: SourceSentence) =>
      saysPhase(one, 'stop') || /限り|(?<!これ|それ|今)まで|限定|期限|最後/u.test(alignment.norms.get(one));
    if (
      limits(sentence) ||
      alignment.local.some((understanding) =>
        understanding.sentences.some(
          (one) => [...forms].some((form) => one.keys.includes(form)) && limits(one),
        ),
      )
    )
      return;
    out.push(phaseFinding(path, written, sentence));
  });
  return out;
}

/** True when a sentence stops, with a word of stopping not negated, an activity among `forms`. */
function stopsOneOf(sentence: SourceSentence, forms: ReadonlySet<string>, plain = false): boolean {
  return sentence.tokens.some((t, j) => {
    if (phaseOf(keyOf(t)) !== 'stop') return false;
    if (sentence.predicates.some((p) => p.negated && p.start <= t.start && p.end >= t.end)) return false;
    const clause = sentence.clauses.find((c) => t.start >= c.start && t.start < c.end);
    if (plain && (clause === undefined || clause.hedges.length > 0 || clause.quoted)) return false;
    const governed = governedNoun(sentence.tokens, j, clause?.start ?? 0);
    return governed !== undefined && forms.has(governed);
  });
}

// A resumption told as done or under way (再開した, 運転を再開), not one only foreseen: 再開には…
// かかる (it will take … to resume), 再開に向けて, and 再開 with a noun of a plan or prospect after it
// (再開の見通し, 再開する予定, 再開のめど, 再開の時期) say the activity is still stopped.
const RESUMED = new RegExp(
  `再開(?!に(?:は|向け)|(?:する|される|させる|の)?(?:${[...PLAN_NOUNS].join('|')}|時期))`,
  'u',
);

/**
 * An event said to go on (演奏会は…最後まで続けられた) where the sentence its clause aligns to tells
 * only what led up to it, and another source sentence stops that very event, the clause's topic
 * (演奏会はその場で中止になった): the stop is the answer, wherever the source tells it — when the
 * topic, written as the claim writes it (a noun with its suffix: 演奏会), is what the stopping word
 * is said of — or, in a sentence naming the topic, the activity the claim keeps going (発電所は発電を
 * 止めており) —, plainly (no hedge, no quote), and no source sentence naming it says it goes on or
 * resumes (再開 told as done, not only foreseen: 再開には…かかる見込み).
 */
function topicStoppedElsewhere(
  claim: SentenceReading,
  alignment: Alignment,
  index: number,
  clauseStart: number,
  counterpart: SourceSentence,
  activity: string,
): SourceSentence | undefined {
  // 〜に続き / 〜に続いて says what follows what, not that an activity goes on; and a claim that
  // stops something itself, in any clause, may be telling that stop.
  if (claim.tokens[index - 1]?.surface === 'に') return undefined;
  if (claim.tokens.some((t) => phaseOf(keyOf(t)) === 'stop')) return undefined;
  const at = topicIndex(claim.tokens, index, clauseStart);
  if (at === undefined) return undefined;
  const noun = claim.tokens[at] as Token;
  const stem = claim.tokens[at - 1];
  const written =
    noun.posDetail === '接尾' && stem?.pos === '名詞' && stem.end === noun.start
      ? stem.surface + noun.surface
      : noun.surface;
  const naming = alignment.sentences.filter((one) => one.text.includes(written));
  if (naming.some((one) => saysPhase(one, 'continue') || RESUMED.test(one.text))) return undefined;
  // The topic stopped (演奏会は中止になった), or the activity the claim keeps going, stopped in a
  // sentence that names the topic (発電所は発電を止めている).
  const forms = new Set([keyOf(noun), activity]);
  return naming.find((one) => one !== counterpart && stopsOneOf(one, forms, true));
}

/**
 * The noun a phase word is said of, within its clause: the noun compounded with it (受付休止), else
 * the object before the nearest を (販売を続ける), else the topic or subject before は/が or a focus
 * particle (も, すら, さえ, こそ: 支援は…打ち切られる, 受け入れも停止する, 崩壊すら危惧される).
 * With `pastQuotes`, a quotation's words are passed over whole (「…」と述べた: the noun before it).
 */
export function governedNoun(
  tokens: readonly Token[],
  index: number,
  clauseStart: number,
  pastQuotes = false,
): string | undefined {
  const previous = tokens[index - 1];
  // A noun written against it is compounded with it (受付休止, 支援打ち切り) — not a suffix, a
  // dependent noun or an adverbial one, which says how or when (予定どおり続ける, 一時停止する).
  if (
    previous?.pos === '名詞' &&
    previous.end === tokens[index]?.start &&
    !ADVERBIAL_NOUNS.has(previous.posDetail ?? '')
  )
    return keyOf(previous);
  // A phase verb compounded after a verb's continuative (開け続ける, 使い続ける, 売りやめる) keeps or
  // stops that verb's act: the object before it is the phase's too, so the search starts before it
  // (the verb and its own auxiliaries, written against the phase verb).
  let from = index;
  while (
    from > 0 &&
    tokens[from - 1]?.pos === '動詞' &&
    tokens[from - 1]?.end === tokens[from]?.start &&
    tokens[from]?.pos === '動詞'
  )
    from--;
  for (const particles of [['を'], ['は', 'が', 'も', 'すら', 'さえ', 'こそ']]) {
    for (let j = from - 1; j > 0 && (tokens[j] as Token).start >= clauseStart; j--) {
      // Read past a quotation (「…」と述べた), its words are the speaker's own sentence, whose
      // particles mark its own predicates' nouns: the search goes on before the quote.
      if (pastQuotes) j = openingBracketOf(tokens, j);
      const token = tokens[j] as Token;
      // An object before another verb is that verb's (部品を作る工場の生産ラインは止まった).
      if (particles[0] === 'を' && token.pos === '動詞' && token.posDetail === '自立') break;
      if (token.pos !== '助詞' || !particles.includes(token.surface)) continue;
      const noun = tokens[j - 1];
      // A time the particle marks (延期後も, 今も, 当面は) is when, not what, goes on or stops.
      if (noun !== undefined && isTimeNoun(noun)) continue;
      return noun?.pos === '名詞' ? keyOf(noun) : undefined;
    }
  }
  return undefined;
}

/**
 * Where the token at `index` closes a quotation (」 or 』), the index of its opening bracket; else
 * `index`. Nested quotes are skipped whole; an unmatched closing bracket is left as it is.
 */
function openingBracketOf(tokens: readonly Token[], index: number): number {
  if (!/^[」』]$/u.test(tokens[index]?.surface ?? '')) return index;
  let depth = 0;
  for (let j = index; j >= 0; j--) {
    const surface = (tokens[j] as Token).surface;
    if (/^[」』]$/u.test(surface)) depth++;
    else if (/^[「『]$/u.test(surface) && --depth === 0) return j;
  }
  return index;
}

// Tagger classes of a noun that cannot be what a phase word is said of: numbers, suffixes,
// dependent nouns and nouns used as adverbs (一時, 今後, 当面).
const ADVERBIAL_NOUNS = new Set(['数', '接尾', '非自立', '副詞可能']);

/**
 * The clause's topic or subject before the token at `index`: the noun before its first は or が
 * that follows no other particle (会見では binds nothing) and is no time (当面は).
 */
function topicNoun(tokens: readonly Token[], index: number, clauseStart: number): string | undefined {
  const at = topicIndex(tokens, index, clauseStart);
  return at === undefined ? undefined : keyOf(tokens[at] as Token);
}

/** The index of the token topicNoun reads. */
function topicIndex(tokens: readonly Token[], index: number, clauseStart: number): number | undefined {
  for (let j = 1; j < index; j++) {
    const token = tokens[j] as Token;
    if (token.start < clauseStart || token.pos !== '助詞' || !['は', 'が'].includes(token.surface)) continue;
    const noun = tokens[j - 1] as Token;
    if (noun.pos !== '名詞' || isTimeNoun(noun) || noun.posDetail === '数') continue;
    return j - 1;
  }
  return undefined;
}

// Nouns that end a phrase of time (延期後, 開業以来, 工事中, 休業明け): suffixes of the language.
const TIME_SUFFIXES = new Set(['後', '前', '中', '以降', '以来', '以前', '以後', '間', '時', '末', '明け']);

/** A noun of time: one the tagger reads as adverbial (今, 当面, 一時) or a suffix of time. */
function isTimeNoun(token: Token): boolean {
  return (
    token.pos === '名詞' &&
    (token.posDetail === '副詞可能' || (token.posDetail === '接尾' && TIME_SUFFIXES.has(token.surface)))
  );
}

function phaseFinding(path: string, written: string, sentence: SourceSentence): Finding {
  return pathFinding(
    'support.negation',
    'error',
    path,
    `The claim says 「${written}」 where the source says the opposite: 「${sentence.text}」.`,
    written,
  );
}

/**
 * Affixed opposites (the vneg36 round): a noun the claim says plainly (対象となる, 実施した) where the
 * source sentence its clause aligns to (by its other words) says it only negated by its affix
 * (対象外, 未実施: text/antonyms.ts affixedNegations), or a noun the claim negates by its affix where
 * that sentence says it plainly, unhedged, and never with the affix. The key of 対象外 is 対象, so
 * the other checks take the source as saying the claim's word. A clause on either side that negates
 * a predicate is left alone (対象外ではない says 対象), and so is a claim any source sentence as close
 * to the clause backs in the claim's own way (`support.negation`).
 */
// A source sentence's nouns negated by their affix (affixedNegations), by token index: the affixed
// reading asks it of every sentence in scope for each claim noun, so it is found once per sentence,
// and only in a sentence that has one of the affixes at all (its NFKC text, as the nouns are read).
const sentenceAffixed = new WeakMap<SourceSentence, ReadonlyMap<number, AffixedNegation>>();
const NO_AFFIXED: ReadonlyMap<number, AffixedNegation> = new Map();
const AFFIX = /[不未非無外]/u;

function affixedNegationsOf(sentence: SourceSentence): ReadonlyMap<number, AffixedNegation> {
  let affixed = sentenceAffixed.get(sentence);
  if (affixed === undefined) {
    affixed = !AFFIX.test(nfkcTextOf(sentence))
      ? NO_AFFIXED
      : new Map(affixedNegations(sentence.tokens).map((a) => [a.index, a]));
    sentenceAffixed.set(sentence, affixed);
  }
  return affixed;
}

// The past or the progressive after a verb: the act is done or under way.
const DONE = /た|てい|てお|でい|でお|済/u;

function checkAffixedOpposites(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  const negatedClause = (reading: { predicates: SentenceReading['predicates'] }, at: number) =>
    reading.predicates.some((p) => p.clause === at && p.negated);
  const clauseAt = (reading: { clauses: readonly Clause[] }, offset: number) =>
    reading.clauses.findIndex((c) => offset >= c.start && offset < c.end);
  const claimAffixed = new Map(affixedNegations(claim.tokens).map((a) => [a.index, a]));
  const reported = new Set<string>();
  claim.tokens.forEach((token, i) => {
    if (token.pos !== '名詞' || outside[token.start] === '＊') return;
    const affixed = claimAffixed.get(i);
    const word = affixed?.noun ?? keyOf(token);
    if ([...word].length < 2 || reported.has(word)) return;
    // Plain nouns only of the kinds an affix negates, as the reading requires of the source's.
    if (affixed === undefined && !['一般', 'サ変接続', '形容動詞語幹'].includes(token.posDetail)) return;
    const index = clauseAt(claim, token.start);
    const clause = claim.clauses[index];
    if (clause === undefined || negatedClause(claim, index)) return;
    const forms = new Set([word, ...(alignment.synonyms.get(word) ?? [])]);
    const keys = clause.keys.filter((key) => !forms.has(key) && key !== keyOf(token));
    const counterpart = alignClause(alignment, keys);
    if (counterpart === undefined) return;
    // How a source sentence says the noun: plainly (affirmed, unhedged) or negated by its affix.
    const says = (sentence: SourceSentence) => {
      const affixedAt = affixedNegationsOf(sentence);
      const sentenceKeys = tokenKeysOf(sentence);
      let plain = false;
      let negated = false;
      sentence.tokens.forEach((t, j) => {
        const one = affixedAt.get(j);
        const isNegated = one !== undefined && forms.has(one.noun);
        if (!isNegated && (one !== undefined || !forms.has(sentenceKeys[j] as string))) return;
        const at = clauseAt(sentence, t.start);
        if (at < 0 || negatedClause(sentence, at)) return;
        const where = sentence.clauses[at] as Clause;
        if (isNegated) negated = true;
        // 未 says not yet: only an act done or going on (点検した, 点検している) answers it, not one
        // told in the non-past (来月点検する), which is still to come.
        else if (
          where.hedges.length === 0 &&
          (affixed?.affix !== '未' || DONE.test(sentence.text.slice(t.end, where.end)))
        )
          plain = true;
      });
      return { plain, negated };
    };
    const sentence = counterpart.sentence;
    const read = says(sentence);
    const contradicts = affixed === undefined ? read.negated && !read.plain : read.plain && !read.negated;
    if (!contradicts) return;
    // Another source sentence as close to the clause that says it the claim's way backs it.
    const shared = (other: SourceSentence) => keys.filter((key) => other.keys.includes(key)).length;
    const backs = (other: SourceSentence) =>
      affixed === undefined ? says(other).plain : says(other).negated;
    if (
      alignment.sentences.some(
        (other) => other !== sentence && backs(other) && shared(other) >= shared(sentence),
      )
    )
      return;
    reported.add(word);
    const written = claim.text.slice(affixed?.start ?? token.start, affixed?.end ?? token.end);
    out.push(
      pathFinding(
        'support.negation',
        'error',
        path,
        affixed === undefined
          ? `The claim says 「${written}」 where the source says it does not hold: 「${sentence.text}」.`
          : `The claim says 「${written}」 where the source says 「${word}」: 「${sentence.text}」.`,
        written,
      ),
    );
  });
  return out;
}
