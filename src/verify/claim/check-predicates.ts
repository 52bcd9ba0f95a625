import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import type { Synonyms } from '../../text/synonyms.ts';
import type { Token, Tokenizer } from '../../text/tokenizer.ts';
import { isMakingKnown } from '../../understand/date-head.ts';
import { tellingForms } from '../../understand/directed-act.ts';
import { type GlossedPredicate, glossedClauseNouns } from '../../understand/english-gloss.ts';
import { injuryParaphrases } from '../../understand/existence.ts';
import { isLightVerb } from '../../understand/light-verb.ts';
import { phaseForms, saysPlainStopAsWritten } from '../../understand/phase-acts.ts';
import {
  type Clause,
  isContentToken,
  isContinuativeOf,
  keyOf,
  type SentenceReading,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import { topicOf } from '../../understand/subject.ts';
import { nfkcTextOf, type SourceSentence } from '../../understand/understand-document.ts';
import {
  type Alignment,
  overlap,
  overlapInContext,
  overlapScorer,
  RESTORING_VERBS,
  restorationForms,
  SOURCE_TALK,
} from './alignment.ts';
import { LOOSE_HEDGE } from './check-modality.ts';
import { governedNoun } from './check-opposites.ts';
import { STATIVE_ACTS } from './check-tense.ts';
import { ownerOfCompoundParts } from './compound-forms.ts';
import { isSpeech } from './speakers.ts';

// Predicates: what a short clause says happened is said by a source of the same thing.

// Verbs that report speech or frame a statement: attribution checks them, not the predicate check.
export const FRAMING_PREDICATES = new Set([
  '述べる',
  '話す',
  '語る',
  '言う',
  '説明',
  '発表',
  '明らか',
  '示す',
  '強調',
  '指摘',
  '表明',
  // News frames what it learnt: …することが14日、分かった / 判明した (the clause before is the claim).
  '分かる',
  '判明',
  '訴える',
  '答える',
  '明かす',
  'する',
  'なる',
  'ある',
  'いる',
  '見る',
  'みる',
  '受ける',
  '加える',
  '続ける',
  '表現',
  '評価',
  '批判',
  // Holding a role (市長を務める) restates the role, which the role check compares.
  '務める',
  '就く',
  '担う',
  // Verbs of judging and thinking that frame the clause before と (…は難しいと判断した, …とみている).
  '判断',
  '結論',
  '考える',
  '思う',
  '認識',
  ...SOURCE_TALK,
]);

// Japanese function verbs (機能動詞) of emergence and growth: with an abstract noun as subject
// (不安が広がる, 批判が高まる, 懸念が強まる, 声が上がる) the noun carries the fact and the verb only
// says it arose; a source stating the noun (島民に不安) states the fact.
const EMERGENCE_VERBS = new Set(['広がる', '高まる', '強まる', '募る', '上がる', '出る', '相次ぐ', '深まる']);

// Light verbs (understand/light-verb.ts) that perform, ask for or receive an act: with a
// Sino-Japanese verbal noun as object or subject (協力を求める, 理解を得る, 報告が寄せられる, 改善を図る,
// 調査を行う) the verbal noun names the act and the verb only frames it; a source that states the
// verbal noun of the same thing (協力を呼びかける, 理解してほしい, 報告はない) states it, with the same
// polarity.
const carriesAct = (lemma: string) => isLightVerb(lemma, 'performing', 'seeking');

// Apologising is saying words of apology: a claim's 謝罪した / わびた is what a source reports by the
// words themselves (「…申し訳ない」と述べた). Both closed classes of Japanese: the verbs of apologising
// and the set phrases of apology.
const APOLOGY_VERBS = new Set(['謝罪', '陳謝', 'わびる', '詫びる', '侘びる', '謝る', 'おわび', 'お詫び']);
const APOLOGY_WORDS = /申し訳|おわび|お詫び|すみません|すいません|済みません|ごめんなさい/u;

// Asking someone to act is one act however it is worded: a claim's 求めた / 要請した is what a source
// says with 呼びかけている, 依頼した or the words of the request itself (「節電をぜひお願いしたい」と話した).
// A closed class of Japanese: the verbs of requesting.
const REQUEST_VERBS = new Set([
  '求める',
  '要請',
  '要求',
  '要望',
  '呼びかける',
  '呼び掛ける',
  '依頼',
  '頼む',
  '促す',
  'お願い',
]);

/** True when the predicate asks someone to act and the sentence says a request, neither denied. */
function saysRequest(predicate: { lemma: string; negated: boolean }, sentence: SourceSentence): boolean {
  return (
    !predicate.negated &&
    REQUEST_VERBS.has(predicate.lemma) &&
    sentence.predicates.some((p) => !p.negated && REQUEST_VERBS.has(p.lemma))
  );
}

// Making a fact public is one act however it is worded: a claim's 公表した is what a source says with
// 発表した or 明らかにした (understand/date-head.ts isMakingKnown, the closed class of the verbs of
// making known), with the same polarity. 公表 is not a framing verb: a claim that adds a publication
// the sources never tell (結果を来月公表する) is still an act added.
function saysMadeKnown(predicate: { lemma: string; negated: boolean }, sentence: SourceSentence): boolean {
  return (
    isMakingKnown(predicate.lemma) &&
    sentence.predicates.some((p) => p.negated === predicate.negated && isMakingKnown(p.lemma))
  );
}

// Not finding a thing, or none of it remaining, says there is none: a claim's ひびは見つからなかった /
// 跡は残っていなかった is what a source says with ひびはなかった / 跡はなかった. A closed class of Japanese: the
// verbs of being found and of remaining, denied, against the source's denied existence.
//
// Verbs of putting a thing in place say, in their result state, that it is there: a claim's カメラが
// 設けられていない / 設置されていない (the passive or transitive ている of placing, 結果の状態) is what a
// source says with カメラがなかった. A closed class of Japanese: the verbs of installing and furnishing,
// denied, against the source's denied existence (affirmed, a source's ある would not say who put it).
const PRESENCE_VERBS = new Set([
  '見つかる',
  '見当たる',
  '残る',
  '検出',
  '設ける',
  '設置',
  '備える',
  '備え付ける',
  '配置',
  '取り付ける',
]);

// Occurring and being held say the noun is there: a claim's 事故は起きなかった / 疑いが持たれている is
// what a source says with 事故はなかった / 疑いがある. The light verbs of occurring and of holding
// (understand/light-verb.ts), whose subject exists exactly when they hold.
const saysThere = (lemma: string) => isLightVerb(lemma, 'occurring', 'holding');

/**
 * The content key of the noun a verb of occurring takes by が, は or も (事故は起きなかった → 事故), the
 * particle right before the verb; undefined when the verb takes none there.
 */
function occurringNoun(
  claim: SentenceReading,
  predicate: { start: number },
  clause: Clause,
): string | undefined {
  const tokens = claim.tokens;
  const at = tokens.findIndex((token) => token.start === predicate.start) - 1;
  const particle = tokens[at];
  const noun = tokens[at - 1];
  if (particle?.pos !== '助詞' || !['が', 'は', 'も'].includes(particle.surface)) return undefined;
  if (noun === undefined || noun.pos !== '名詞' || noun.start < clause.start) return undefined;
  return keyOf(noun);
}

/**
 * True when the sentence says the noun is there as the claim's verb says it occurred, with the
 * verb's polarity: the first predicate from the noun on is the sentence's ある / ない, or another
 * verb of occurring (渋滞が発生した for the source's 渋滞が起きた: the light verbs of occurring all
 * say only that their noun's event took place).
 */
function saysOccurrence(
  noun: string | undefined,
  predicate: { lemma: string; negated: boolean },
  sentence: SourceSentence,
): boolean {
  if (noun === undefined || !saysThere(predicate.lemma)) return false;
  return sentence.tokens.some((token) => {
    if (keyOf(token) !== noun) return false;
    const governing = sentence.predicates.find((p) => p.start >= token.end);
    return (
      (governing?.kind === 'existence' || isLightVerb(governing?.lemma ?? '', 'occurring')) &&
      governing?.negated === predicate.negated
    );
  });
}

/** True when the predicate denies a thing was found or remains and the sentence denies it exists. */
function saysNoneThere(predicate: { lemma: string; negated: boolean }, sentence: SourceSentence): boolean {
  return (
    predicate.negated &&
    PRESENCE_VERBS.has(predicate.lemma) &&
    sentence.predicates.some((p) => p.kind === 'existence' && p.negated)
  );
}

// Wishing is saying words of a wish: a claim's 望んだ / 願った reports what a source gives in the wish
// itself (「早く片付けてほしい」と語った). Both closed classes of Japanese: the verbs of wishing, and the
// desiderative forms a speaker wishes with — the auxiliary ほしい after て (and its humble
// もらいたい, いただきたい), and the verbs of wishing quoted (…ことを願っている).
const WISH_VERBS = new Set(['望む', '願う', '希望', '切望']);
const WISH_WORDS = /[てで](?:ほしい|欲しい|もらいたい|貰いたい|いただきたい|頂きたい)|願[いうっ]|望[みむん]/u;

/** True when the predicate wishes, not denied, and the sentence quotes someone's words of a wish. */
function quotesWish(predicate: { lemma: string; negated: boolean }, sentence: SourceSentence): boolean {
  return (
    !predicate.negated &&
    WISH_VERBS.has(predicate.lemma) &&
    sentence.quotes.some((quote) => isSpeech(sentence.text, quote) && WISH_WORDS.test(quote.inner))
  );
}

/** True when the predicate apologises and the sentence quotes someone's words of apology. */
function quotesApology(predicate: { lemma: string; negated: boolean }, sentence: SourceSentence): boolean {
  return (
    !predicate.negated &&
    APOLOGY_VERBS.has(predicate.lemma) &&
    sentence.quotes.some((quote) => isSpeech(sentence.text, quote) && APOLOGY_WORDS.test(quote.inner))
  );
}

/**
 * What each clause says happened must be said by a source sentence about the same thing: its main
 * predicate (辞任した, 断念した), or a synonym, or a predicate sharing a kanji with it (陳謝/謝罪), in a
 * sentence aligned with the clause's other words. A predicate the sources never use for those
 * words is an event the claim adds.
 */
/**
 * True when the predicate at `start` modifies the noun after it (補助にかかる費用): not what the
 * clause asserts — unless the predicate is a Sino-Japanese verbal noun and that noun the clause's
 * hedge (辞任する意向を示した, 撤退する方針だ): the verbal noun before a hedge is the act the clause
 * reports, hedged. A native verb there (赤字をなくす計画だ) is left to the clause's other words, as
 * checkArgument leaves it: native verbs are paraphrased in ways no dictionary lists (なくす for 解消).
 */
export function modifiesNoun(
  claim: SentenceReading,
  predicate: { start: number; lemma: string },
  clause: Clause,
): boolean {
  const start = predicate.start;
  const verbalNoun = /^\p{Script=Han}{2,}$/u.test(predicate.lemma);
  const tokens = claim.tokens;
  let i = tokens.findIndex((token) => token.start === start) + 1;
  if (i <= 0) return false;
  while (i < tokens.length) {
    const token = tokens[i] as (typeof tokens)[number];
    const inChain =
      token.pos === '助動詞' ||
      (token.pos === '動詞' && (token.posDetail === '非自立' || token.baseForm === 'する')) ||
      (token.pos === '助詞' && token.posDetail === '接続助詞');
    if (!inChain)
      return (
        token.pos === '名詞' &&
        token.posDetail !== '非自立' &&
        !(verbalNoun && clause.hedges.some((hedge) => hedge.startsWith(token.surface)))
      );
    i++;
  }
  return false;
}

/**
 * True when the verb at `start` follows と, and the words right before it (back to a comma, a
 * bracket or a case particle) stand inside a quote of a listed source that gives someone's words.
 */
function reportsQuotedWords(claim: SentenceReading, start: number, alignment: Alignment): boolean {
  const tokens = claim.tokens;
  let i = tokens.findIndex((token) => token.start === start) - 1;
  if (tokens[i]?.surface !== 'と' || tokens[i]?.pos !== '助詞') return false;
  const end = (tokens[i] as (typeof tokens)[number]).start;
  let from = end;
  for (i--; i >= 0; i--) {
    const token = tokens[i] as (typeof tokens)[number];
    if (token.pos === '記号' || (token.pos === '助詞' && token.posDetail !== '接続助詞')) break;
    from = token.start;
  }
  const words = normalizeForMatch(claim.text.slice(from, end));
  if ([...words].length < 3) return false;
  return alignment.sentences.some((sentence) =>
    sentence.quotes.some(
      (quote) => isSpeech(sentence.text, quote) && normalizeForMatch(quote.inner).includes(words),
    ),
  );
}

// Not changing is keeping (a pair of general vocabulary, not of particular pages): 運賃を変えない /
// 変わらない says what 運賃は据え置く says, and the other way round.
const CHANGE_VERBS = new Set(['変わる', '変える', '変更', '改める', '改定', '見直す']);
const KEEP_VERBS = new Set(['据え置く', '据え置き', '維持', '保つ', '据置']);

/** True when the claim's predicate and a predicate of the sentence say the same by not changing / keeping. */
function keepsUnchanged(predicate: { lemma: string; negated: boolean }, sentence: SourceSentence): boolean {
  if (predicate.negated && CHANGE_VERBS.has(predicate.lemma))
    return sentence.predicates.some((p) => !p.negated && KEEP_VERBS.has(p.lemma));
  if (!predicate.negated && KEEP_VERBS.has(predicate.lemma))
    return sentence.predicates.some((p) => p.negated && CHANGE_VERBS.has(p.lemma));
  return false;
}

/**
 * The verbs of an English sentence that say one of `forms` by the news vocabulary (subsidize → 補助,
 * were injured → 負傷; english-gloss.ts glossedPredicates, the table the offline writer writes
 * with). Their polarity and modality are the polarity and modality checks' to compare.
 */
function saysGlossed(
  sentence: SourceSentence,
  forms: ReadonlySet<string> | readonly string[],
): GlossedPredicate[] {
  const has = (lemma: string) => ('has' in forms ? forms.has(lemma) : forms.includes(lemma));
  return (sentence.glossedPredicates ?? []).filter((p) => has(p.lemma) || p.forms?.some(has));
}

/** Content phrases of a clause besides its verb: adjacent nouns are one phrase (白川製作所, 県土木部長). */
function phraseCount(claim: SentenceReading, clause: Clause, lemma: string): number {
  let count = 0;
  let previousEnd = -1;
  for (const token of claim.tokens) {
    if (
      token.start < clause.start ||
      token.end > clause.end ||
      !isContentToken(token) ||
      keyOf(token) === lemma
    )
      continue;
    if (!(token.pos === '名詞' && token.start === previousEnd)) count++;
    previousEnd = token.pos === '名詞' ? token.end : -1;
  }
  return count;
}

/** Content phrases besides the verb from which a clause counts as pinned down by them. */
const PINNED_CLAUSE_WORDS = 3;

export function checkPredicates(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  synonyms: Synonyms,
  tokenizer?: Tokenizer,
): Finding[] {
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  out.push(...checkUnsaidActs(claim, alignment, path, synonyms, outside, tokenizer));
  claim.clauses.forEach((clause, c) => {
    if (clause.quoted) return;
    const predicate = [...claim.predicates]
      .reverse()
      .find(
        (p) =>
          p.clause === c &&
          p.kind === 'verb' &&
          outside[p.start] !== '＊' &&
          !FRAMING_PREDICATES.has(p.lemma) &&
          !LOOSE_HEDGE.test(p.lemma) &&
          !modifiesNoun(claim, p, clause),
      );
    if (predicate === undefined) return;
    // A verb after words + と that a source gives as someone's quoted words (…申し訳ないと謝った over
    // 「…申し訳ない」と述べた) says how those words were said: it reports the quote, which the
    // quote and attribution checks compare.
    if (reportsQuotedWords(claim, predicate.start, alignment)) return;
    if (EMERGENCE_VERBS.has(predicate.lemma)) {
      // The noun compound before が (寂しさの声が → 声, 住民の不安が → 不安): one of its content words stated.
      const tokens = claim.tokens;
      let j = tokens.findIndex((token) => token.start === predicate.start) - 1;
      const subject: string[] = [];
      // A noun said with は not to arise (けが人は出ていない) is one a source says there is none of
      // (けが人はいない, 被害はない): compared below with the sources' denied existence.
      const deniedTopic = predicate.negated && tokens[j]?.surface === 'は' && tokens[j]?.pos === '助詞';
      if ((tokens[j]?.surface === 'が' || deniedTopic) && tokens[j]?.pos === '助詞')
        // An adjective nominalised by さ/み (寂しさ, 重み) counts as its adjective.
        for (
          j--;
          tokens[j]?.pos === '名詞' || (tokens[j]?.pos === '形容詞' && tokens[j + 1]?.posDetail === '接尾');
          j--
        )
          subject.push(keyOf(tokens[j] as (typeof tokens)[number]));
      const stated = subject.filter((key) => alignment.weights.has(key));
      if (
        stated.length > 0 &&
        alignment.sentences.some(
          (sentence) =>
            overlap(alignment, sentence, stated) > 0 &&
            (!deniedTopic || sentence.predicates.some((p) => p.kind === 'existence' && p.negated)),
        )
      )
        return;
    }
    const keys = clause.keys.filter((key) => key !== predicate.lemma && alignment.weights.has(key));
    // A clause whose other words pin down the event (who, what, when, how much) may paraphrase its
    // verb (設置 → 立ち上げ); one that is little more than its subject and verb (社長は辞任した)
    // says nothing the sources back unless the verb itself is there.
    if (phraseCount(claim, clause, predicate.lemma) > PINNED_CLAUSE_WORDS) return;
    // A number or date pins the event down as well (赤字が年約3億円続いた); and only the claim's
    // final clause is its main assertion (練習を重ね、2勝を挙げた: the first clause sets the scene).
    const pinned = [...alignment.quantities, ...alignment.dates].some(
      (figure) => figure.start >= clause.start && figure.end <= clause.end,
    );
    if (pinned || c !== claim.clauses.length - 1) return;
    // 軽傷を負った is said by any word of injury (けがをした): existence.ts injuryParaphrases.
    const forms = new Set([
      predicate.lemma,
      ...synonyms.of(predicate.lemma),
      ...injuryParaphrases(claim.text, predicate.lemma),
      ...comingForms(predicate.lemma),
      // 知らせた is said by 連絡した, 報告した, 通報した (understand/directed-act.ts tellingForms).
      ...tellingForms(predicate.lemma),
      // 取りかかった is said by 始めた, やめた by 停止した, 調べた by 確認した (understand/phase-acts.ts).
      ...phaseForms(predicate.lemma),
    ]);
    const stem = predicate.lemma.replace(/[\p{Script=Hiragana}]+$/u, '');
    const kanji = [...stem].filter((char) => /\p{Script=Han}/u.test(char));
    const written = normalizeForMatch(claim.text.slice(predicate.start, predicate.end));
    const carried = carriesAct(predicate.lemma) ? carriedNoun(claim, predicate, clause) : undefined;
    const occurring = saysThere(predicate.lemma) ? occurringNoun(claim, predicate, clause) : undefined;
    const performed = performedVerbForm(claim, predicate);
    const verbalised = verbalisedNoun(predicate.lemma);
    const says = (sentence: SourceSentence) => {
      const norm = alignment.norms.get(sentence) ?? '';
      if ([...written].length >= 2 && norm.includes(written)) return true;
      if (
        sentence.predicates.some((p) => forms.has(p.lemma)) ||
        [...forms].some((form) => norm.includes(form))
      )
        return true;
      if (stem.length >= 2 && norm.includes(stem)) return true;
      // An English sentence says the Japanese verb its news vocabulary glosses (subsidize → 補助).
      if (saysGlossed(sentence, forms).length > 0) return true;
      if (keepsUnchanged(predicate, sentence)) return true;
      if (quotesApology(predicate, sentence)) return true;
      if (quotesWish(predicate, sentence)) return true;
      if (saysRequest(predicate, sentence)) return true;
      if (saysMadeKnown(predicate, sentence)) return true;
      if (saysNoneThere(predicate, sentence)) return true;
      if (saysSeat(claim, predicate, sentence)) return true;
      if (carried !== undefined && carriesNoun(carried, predicate, sentence, alignment)) return true;
      if (saysOccurrence(occurring, predicate, sentence)) return true;
      // やめた is said by the page's own 止めた, of the claim's polarity, outside a quote (phase-acts.ts).
      if (
        sentence.predicates.some(
          (p) =>
            saysPlainStopAsWritten(predicate, p) &&
            !sentence.quotes.some((q) => p.start > q.start && p.start < q.end),
        )
      )
        return true;
      // 調べを進めている is said by 調べている: the verb whose noun form the light verb performs.
      if (performed !== undefined && sentence.predicates.some((p) => isContinuativeOf(performed, p.lemma)))
        return true;
      // けがした (read けがす) is said by けがをした: the noun the kana verb is, with する.
      if (verbalised !== undefined && sentence.predicates.some((p) => p.lemma === verbalised)) return true;
      // A verbal noun sharing a kanji with the claim's (陳謝 / 謝罪, 設置 / 設ける).
      if (sentence.predicates.some((p) => [...p.lemma].some((char) => kanji.includes(char)))) return true;
      return tokenizer !== undefined && saysByReading(predicate, sentence, tokenizer);
    };
    let best = 0;
    let bestSaying = 0;
    const scoreOf = overlapScorer(alignment, keys);
    for (const sentence of alignment.sentences) {
      const score = scoreOf(sentence);
      best = Math.max(best, score);
      // A sentence that says the predicate is read with the one before it: news carries who acts
      // over to the next sentence (…社長は記者会見で…と述べた。運賃は据え置く。).
      if (says(sentence)) bestSaying = Math.max(bestSaying, overlapInContext(alignment, sentence, keys));
    }
    if (best === 0 ? alignment.sentences.some(says) : bestSaying >= 0.5 * best) {
      out.push(...checkArgument(claim, alignment, path, clause, predicate, synonyms));
      return;
    }
    out.push(
      pathFinding(
        'support.predicate',
        alignment.crossLanguage ? 'warning' : 'error',
        path,
        `No listed source says 「${claim.text.slice(predicate.start, predicate.end)}」 of what this clause is about.`,
        claim.text.slice(predicate.start, predicate.end),
        { text: claim.text.slice(predicate.start, predicate.end) },
      ),
    );
  });
  return out;
}

/**
 * Share of the weight of a clause's other words that the best source sentence holds, under which
 * an act no source uses is one the claim adds: a sentence holding more of them (大学教授ら5人で
 * つくる委員会 for 5人で構成され) tells the same event with its own verb.
 */
const COUNTERPART_SHARE = 0.7;

/**
 * True when a source noun may name the same act as a claim's verbal noun by a kanji they share: the
 * act's first kanji begins the noun, or its last kanji ends it — the same morpheme in the same place
 * (営業 for 開業, 補修 for 補強). A kanji shared across places belongs to another word's morpheme
 * (点検's 点 inside 交差点, 作動's 動 inside 自動車) and names no act.
 */
export function sharesEdgeKanji(noun: string, act: string): boolean {
  const kanji = [...act].filter((char) => /\p{Script=Han}/u.test(char));
  const first = kanji[0];
  const last = kanji[kanji.length - 1];
  if (first === undefined || last === undefined) return false;
  return noun.startsWith(first) || noun.endsWith(last);
}

/**
 * Every act a claim's clause tells must have a counterpart in the sources. A Sino-Japanese verbal
 * noun of action (謝罪した, 送検された, 稼働させる) in any clause, not only the last or an unpinned one,
 * that no listed source uses — not the word, a synonym, a verb sharing one of its kanji or a noun
 * sharing its first or last kanji in the same place (sharesEdgeKanji), a native
 * verb read as one of its kanji, nor the words of an apology or a request it names — is an act
 * the claim adds, unless one source sentence holds most of the clause's other words: then that
 * sentence is the clause's counterpart, telling the same event with another verb (起きた for 発生し
 * た, 調べた for 確認した). States, standing duties and thinking (STATIVE_ACTS), framing verbs and
 * hedges are left out, as the clause check leaves them.
 */
function checkUnsaidActs(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  synonyms: Synonyms,
  outside: string,
  tokenizer?: Tokenizer,
): Finding[] {
  const out: Finding[] = [];
  for (const clause of claim.clauses) {
    if (clause.quoted) continue;
    for (const predicate of claim.predicates) {
      if (predicate.start < clause.start || predicate.start >= clause.end) continue;
      if (predicate.kind !== 'verb' || !/^\p{Script=Han}{2,}$/u.test(predicate.lemma)) continue;
      if (outside[predicate.start] === '＊') continue;
      // A verbal noun (サ変接続), not an adjectival one (良好な, 軟弱な): a state, which writers
      // name with words of their own.
      const head = claim.tokens.find((token) => token.start === predicate.start);
      if (head?.pos !== '名詞' || head.posDetail !== 'サ変接続') continue;
      if (FRAMING_PREDICATES.has(predicate.lemma) || LOOSE_HEDGE.test(predicate.lemma)) continue;
      if (STATIVE_ACTS.has(predicate.lemma)) continue;
      // A light verb over a verbal noun (点検を実施した): the noun is the act, which unsaid-predication
      // looks for in the sources.
      if (isLightVerb(predicate.lemma) && carriedNoun(claim, predicate, clause) !== undefined) continue;
      const forms = [predicate.lemma, ...synonyms.of(predicate.lemma)];
      // 確認した told by 調べた (understand/phase-acts.ts), as a lemma of the sentence.
      const phase = phaseForms(predicate.lemma);
      const kanji = [...predicate.lemma];
      // 復旧 told by 戻った: the words of one meaning (alignment.ts restorationForms), as the source's lemmas.
      const restoredForms = restorationForms(claim.text, predicate.lemma);
      const restored = restoredForms.length === 0 ? [] : [...restoredForms, ...RESTORING_VERBS];
      const used = alignment.sentences.some((sentence) => {
        const norm = alignment.norms.get(sentence) ?? '';
        return (
          forms.some((form) => norm.includes(form)) ||
          (phase.length > 0 && sentence.tokens.some((token) => phase.includes(keyOf(token)))) ||
          (restored.length > 0 && sentence.tokens.some((token) => restored.includes(keyOf(token)))) ||
          quotesApology(predicate, sentence) ||
          quotesWish(predicate, sentence) ||
          saysRequest(predicate, sentence) ||
          saysMadeKnown(predicate, sentence) ||
          keepsUnchanged(predicate, sentence) ||
          saysNoneThere(predicate, sentence) ||
          saysGlossed(sentence, forms).length > 0 ||
          sentence.tokens.some(
            (token) =>
              (token.pos === '動詞' && [...keyOf(token)].some((char) => kanji.includes(char))) ||
              (token.pos === '名詞' && sharesEdgeKanji(keyOf(token), predicate.lemma)),
          ) ||
          (tokenizer !== undefined && saysByReading(predicate, sentence, tokenizer))
        );
      });
      if (used) continue;
      const others = clause.keys.filter((key) => key !== predicate.lemma && alignment.weights.has(key));
      const total = others.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0), 0);
      const scoreOf = overlapScorer(alignment, others);
      const best = Math.max(0, ...alignment.sentences.map((sentence) => scoreOf(sentence)));
      if (total > 0 && best >= COUNTERPART_SHARE * total) continue;
      const written = claim.text.slice(predicate.start, predicate.end);
      out.push(
        pathFinding(
          'support.addition',
          alignment.crossLanguage ? 'warning' : 'error',
          path,
          `No listed source tells 「${written}」, nor one sentence most of what this clause says with it: the claim adds an act.`,
          claim.text.slice(clause.start, clause.end),
          { kind: 'act', text: written },
        ),
      );
    }
  }
  return out;
}

/**
 * The verbal noun the function verb at `predicate` carries: the noun right before the nearest を, が
 * or は before the verb in its clause (協力を求めた; 報告は、これまでのところ寄せられていない).
 */
// Where a body has its seat: 本社を置く / 構える is what news writes in brackets after the name
// (北浜交通（本社・南川市）) or says with ある (本社は南川市にある), of the same place. A closed
// class: the words for a body's seat.
const SEAT_PLACED = /([\p{Script=Han}\p{Script=Katakana}ー]+)に(本社|本店|本部)を$/u;
const SEAT_VERBS: ReadonlySet<string> = new Set(['置く', '構える']);

/** True when the claim places a body's seat (南川市に本社を置く) where the source sentence gives it. */
function saysSeat(
  claim: SentenceReading,
  predicate: { lemma: string; start: number },
  sentence: SourceSentence,
): boolean {
  if (!SEAT_VERBS.has(predicate.lemma)) return false;
  const placed = SEAT_PLACED.exec(claim.text.slice(0, predicate.start).normalize('NFKC'));
  if (placed === null) return false;
  const [, place, seat] = placed as unknown as [string, string, string];
  const text = nfkcTextOf(sentence);
  return text.includes(`${seat}・${place}`) || new RegExp(`${seat}[はが]${place}にある`, 'u').test(text);
}

/**
 * The noun form of a native verb (its continuative, 連用形: 調べ, 見直し, 聞き取り) that a light verb of
 * performing takes by を right before it (調べを進める, 見直しを行う): the act is the verb's own, and the
 * light verb only says it is done, as with a verbal noun (調査を進める = 調査する). The noun as written,
 * else undefined.
 */
function performedVerbForm(
  claim: SentenceReading,
  predicate: { start: number; lemma: string },
): string | undefined {
  if (!isLightVerb(predicate.lemma, 'performing')) return undefined;
  const tokens = claim.tokens;
  const at = tokens.findIndex((token) => token.start === predicate.start);
  const particle = tokens[at - 1];
  const noun = tokens[at - 2];
  if (at < 2 || particle?.pos !== '助詞' || particle.surface !== 'を' || noun === undefined) return undefined;
  const nounForm =
    (noun.pos === '名詞' && noun.posDetail === '一般') ||
    (noun.pos === '動詞' && noun.inflection === '連用形');
  // A compound's last part (捜査の進め方, 取り調べ) is read alone only where nothing is written against it.
  const previous = tokens[at - 3];
  if (!nounForm || (previous !== undefined && previous.end === noun.start && previous.pos === '名詞'))
    return undefined;
  return noun.surface;
}

/**
 * The noun a verb written all in kana may be with する: the dictionary reads a kana noun and the past or
 * continuative of する (けがした, けがして) as one godan verb in す (けがす), whose 連用形 し is する's as
 * well. The kana before す when it is two kana or more (けが), else undefined; a source predicate of
 * that noun (けがをした, read けが) says the claim's.
 */
export function verbalisedNoun(lemma: string): string | undefined {
  return /^\p{Script=Hiragana}{2,}す$/u.test(lemma) ? lemma.slice(0, -1) : undefined;
}

function carriedNoun(
  claim: SentenceReading,
  predicate: { start: number },
  clause: Clause,
): string | undefined {
  const tokens = claim.tokens;
  let at = tokens.findIndex((token) => token.start === predicate.start) - 1;
  while (
    at > 0 &&
    (tokens[at] as (typeof tokens)[number]).start >= clause.start &&
    !(tokens[at]?.pos === '助詞' && ['を', 'が', 'は'].includes(tokens[at]?.surface ?? ''))
  )
    at--;
  const noun = tokens[at - 1];
  if (
    at <= 0 ||
    noun === undefined ||
    noun.start < clause.start ||
    tokens[at]?.pos !== '助詞' ||
    noun.pos !== '名詞' ||
    noun.posDetail !== 'サ変接続'
  )
    return undefined;
  return keyOf(noun);
}

/**
 * True when the sentence states the verbal noun a function verb carries with the verb's polarity:
 * the first predicate from the noun on (the noun itself, 理解してほしい, or the verb it is an
 * argument of: 報告はない, 協力を呼びかけている) is negated as the claim's verb is.
 */
function carriesNoun(
  noun: string,
  predicate: { negated: boolean },
  sentence: SourceSentence,
  alignment: Alignment,
): boolean {
  if (!alignment.weights.has(noun) || overlap(alignment, sentence, [noun]) === 0) return false;
  return sentence.tokens.some((token) => {
    if (keyOf(token) !== noun) return false;
    const governing = sentence.predicates.find((p) => p.start >= token.start);
    return governing !== undefined && governing.negated === predicate.negated;
  });
}

/**
 * True when a Sino-Japanese verbal noun of the sentence says the claim's native verb by one of its
 * kanji, read as that verb with the verb's okurigana (補助の拡充 for 補助を広げる: 拡げる is read
 * ひろげる, as 広げる; 保護 for 守る: 護る). A noun whose first kanji denies (不, 未, 非, 無) says
 * the verb denied: 固定電話が不通になっている says 通じなくなっている, not 通じている.
 */
function saysByReading(
  predicate: { lemma: string; negated: boolean },
  sentence: SourceSentence,
  tokenizer: Tokenizer,
): boolean {
  const okurigana = /^\p{Script=Han}+(\p{Script=Hiragana}+)$/u.exec(predicate.lemma)?.[1];
  if (okurigana === undefined) return false;
  const reading = verbReading(predicate.lemma, tokenizer);
  if (reading === undefined) return false;
  return sentence.tokens.some((token) => {
    if (token.pos !== '名詞' || !/^\p{Script=Han}{2,}$/u.test(token.surface)) return false;
    const denied = /^[不未非無]/u.test(token.surface);
    if (denied !== predicate.negated) return false;
    return [...token.surface].some((char) => verbReading(char + okurigana, tokenizer) === reading);
  });
}

// Readings of verbs written in kanji and kana (拡げる → ヒロゲル), by the tokenizer's dictionary, once each.
const verbReadings = new WeakMap<Tokenizer, Map<string, string | undefined>>();

/** The reading of a text the dictionary reads as one verb, or undefined. */
export function verbReading(text: string, tokenizer: Tokenizer): string | undefined {
  let known = verbReadings.get(tokenizer);
  if (known === undefined) {
    known = new Map();
    verbReadings.set(tokenizer, known);
  }
  if (known.has(text)) return known.get(text);
  // One verb is one dictionary word (no word the dictionary lacks is read as a verb): a text it has
  // no word for (市す, 立す: a noun's kanji with the verb's okurigana) is not tokenised.
  if (tokenizer.hasWord?.(text) === false) {
    known.set(text, undefined);
    return undefined;
  }
  const tokens = tokenizer.tokenize(text);
  const only = tokens.length === 1 ? tokens[0] : undefined;
  const reading =
    only !== undefined && only.pos === '動詞' && only.surface === text ? only.reading : undefined;
  known.set(text, reading);
  return reading;
}

/**
 * Who or what the event is said of: where a short clause's predicate governs a noun (受け入れも
 * 停止する, 販売を始める) and the sources use both words — but never the one of the other (システム
 * の停止, 受け入れの制限) —, the clause joins source words into an event no source reports
 * (`support.addition`). A source that says the predicate (or a synonym, or a verbal noun sharing a
 * kanji: says()) of the same noun, compounded (受け入れ停止) or as its object or topic, backs it.
 */
function checkArgument(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  clause: Clause,
  predicate: { start: number; end: number; lemma: string },
  synonyms: Synonyms,
): Finding[] {
  // Only a Sino-Japanese verbal noun (停止, 導入): native verbs take idiomatic subjects the sources
  // put otherwise (不安の声が出る for 不安の声が上がる).
  if (!/^\p{Script=Han}{2,}$/u.test(predicate.lemma)) return [];
  const index = claim.tokens.findIndex((token) => token.start === predicate.start);
  if (index < 0) return [];
  // A light verb's verbal noun (点検を実施した) is the act itself, not a noun the act is said of.
  if (isLightVerb(predicate.lemma) && carriedNoun(claim, predicate, clause) !== undefined) return [];
  // The noun it governs, and a noun of time or frequency written against it (毎日点検する): both
  // are said of the event, and a source that uses the noun but never with it does not say it.
  // A subject marked が before another predicate is that predicate's (点検が甘かったとして陳謝した:
  // 点検 is what was lax, not what was apologised for).
  const governed = subjectOfEarlierPredicate(claim.tokens, index, clause.start)
    ? undefined
    : governedNoun(claim.tokens, index, clause.start);
  for (const argument of [governed, timeBefore(claim.tokens, index)]) {
    if (argument === undefined || !alignment.weights.has(argument)) continue;
    const found = checkArgumentNoun(claim, alignment, path, clause, predicate, synonyms, argument);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * True when the noun governedNoun would give the verbal noun at `index` is a subject marked が with
 * a predicate of its own between it and the verbal noun: a verb, an adjective or a copula or
 * auxiliary (点検が甘かったとして陳謝した, 雨が強まったため中止した). Only where no noun is compounded
 * with the verbal noun and no object is marked を before it in the clause, as governedNoun reads.
 */
export function subjectOfEarlierPredicate(
  tokens: readonly Token[],
  index: number,
  clauseStart: number,
): boolean {
  const previous = tokens[index - 1];
  if (previous?.pos === '名詞' && previous.end === tokens[index]?.start) return false;
  let between = false;
  for (let j = index - 1; j > 0 && (tokens[j] as Token).start >= clauseStart; j--) {
    const token = tokens[j] as Token;
    if (token.pos === '助詞' && token.surface === 'を') return false;
    if (
      (token.pos === '動詞' && token.posDetail === '自立') ||
      token.pos === '形容詞' ||
      (token.pos === '助動詞' && /^(?:だ|だっ|た|です|でし)$/u.test(token.surface))
    )
      between = true;
    if (token.pos === '助詞' && ['は', 'も', 'すら', 'さえ', 'こそ'].includes(token.surface)) return false;
    if (token.pos === '助詞' && token.surface === 'が' && token.posDetail === '格助詞') return between;
  }
  return false;
}

// Coming to a place is one act in the words news uses for it: the native 来る and 訪れる / 訪ねる, and
// the verbal nouns 訪問, 来訪, 来場, 来店. A closed class of Japanese by meaning: a claim's 来る is told
// by a source's 訪れる (客が訪れていた for 客が来ていた), and the other way round.
const COMING: readonly string[] = ['来る', '訪れる', '訪ねる', '訪問', '来訪', '来場', '来店'];

/** The other words of coming to a place, for a predicate that is one of them (来る → 訪れる, 来場…). */
export function comingForms(lemma: string): string[] {
  return COMING.includes(lemma) ? COMING.filter((word) => word !== lemma) : [];
}

/** The noun of time or frequency written right against the token at `index` (毎日点検, 一時停止). */
function timeBefore(tokens: readonly Token[], index: number): string | undefined {
  const previous = tokens[index - 1];
  return previous?.pos === '名詞' &&
    previous.posDetail === '副詞可能' &&
    previous.end === tokens[index]?.start
    ? keyOf(previous)
    : undefined;
}

function checkArgumentNoun(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  clause: Clause,
  predicate: { start: number; end: number; lemma: string },
  synonyms: Synonyms,
  argument: string,
): Finding[] {
  const arguments_ = new Set([argument, ...(alignment.synonyms.get(argument) ?? [])]);
  const forms = new Set([predicate.lemma, ...synonyms.of(predicate.lemma)]);
  const kanji = [...predicate.lemma].filter((char) => /\p{Script=Han}/u.test(char));
  // A word of the source that says the predicate: itself, a synonym, or a word sharing a kanji with it.
  const saysPredicate = (key: string) => forms.has(key) || [...key].some((char) => kanji.includes(char));
  // The page's noun and verb of the compound, said of the argument through の (右腕の骨を折る: 骨折 of 右腕).
  const splitCompoundOwnedBy = (tokens: readonly Token[], j: number) => {
    const owner = ownerOfCompoundParts(tokens, j, predicate.lemma);
    return owner !== undefined && arguments_.has(owner);
  };
  for (const sentence of alignment.sentences) {
    if (![...arguments_].some((form) => alignment.keySets.get(sentence).has(form))) continue;
    const found = sentence.tokens.some((token, j) => {
      if (!(token.pos === '動詞' || token.pos === '名詞') || !saysPredicate(keyOf(token))) return false;
      const start = sentence.clauses.find((c) => token.start >= c.start && token.start < c.end)?.start ?? 0;
      const governed = governedNoun(sentence.tokens, j, start);
      // A reporting verb after a quotation (「…」と明言した) is said of the speaker before the quote,
      // not of a noun the quote's own particles mark; the reading into the quote is kept too, as the
      // claim's reading of the same words told without brackets (…が出ていると通報した) goes into them.
      const speaking = governedNoun(sentence.tokens, j, start, true);
      const time = timeBefore(sentence.tokens, j);
      return (
        (governed !== undefined && arguments_.has(governed)) ||
        (speaking !== undefined && arguments_.has(speaking)) ||
        (time !== undefined && arguments_.has(time)) ||
        (governed === undefined &&
          topicKeysBefore(sentence, token.start).some((key) => arguments_.has(key))) ||
        nounOfVerbalNoun(sentence.tokens, j).some((key) => arguments_.has(key)) ||
        splitCompoundOwnedBy(sentence.tokens, j)
      );
    });
    if (found) return [];
    // An English sentence says it of the argument where a noun of its verb's own clause glosses it
    // (subsidize the bus route: 補助 of バス路線).
    const glossed = saysGlossed(sentence, forms);
    if (
      glossed.some((said) =>
        glossedClauseNouns(sentence.text, said).some((ja) =>
          [...arguments_].some((form) => ja.includes(form)),
        ),
      )
    )
      return [];
  }
  const written = claim.text.slice(predicate.start, predicate.end);
  return [
    pathFinding(
      'support.addition',
      alignment.crossLanguage ? 'warning' : 'error',
      path,
      `No listed source says 「${written}」 of 「${argument}」: the sources use both words, but not of each other.`,
      claim.text.slice(clause.start, clause.end),
      { kind: 'clause', text: written, argument },
    ),
  ];
}

/**
 * The words of the topic a source sentence binds for a predicate whose own clause names no argument
 * (子犬は獣医に診てもらい、今は回復した: 回復 is said of 子犬): the compound before the sentence's
 * first は or が outside quotes, where it stands before the predicate — or, in a sentence that binds
 * none, the one its paragraph's sentence before binds, as news leaves the subject unsaid while it
 * goes on telling of the same one (北浜署は…と発表した。…を調べる。).
 */
export function topicKeysBefore(sentence: SourceSentence, at: number): string[] {
  const topic = topicOf(sentence);
  if (topic !== undefined) return topic.end <= at ? topic.tokens.map(keyOf) : [];
  const previous = sentence.previous;
  if (
    previous === undefined ||
    previous.paragraph !== sentence.paragraph ||
    previous.sourceId !== sentence.sourceId
  )
    return [];
  return topicOf(previous)?.tokens.map(keyOf) ?? [];
}

/**
 * The noun a source's verbal noun is said of with の or による written before it (跡地の活用 says 活用 of
 * 跡地, 職員による点検 says 点検 of 職員): the noun right before the particle. Empty where the token at
 * `index` is no verbal noun or has no such noun.
 */
export function nounOfVerbalNoun(tokens: readonly Token[], index: number): string[] {
  const token = tokens[index];
  if (token?.pos !== '名詞' || token.posDetail !== 'サ変接続') return [];
  let at = index - 1;
  if (tokens[at]?.surface === 'の') at--;
  else if (tokens[at]?.surface === 'による' || tokens[at]?.surface === 'よる') {
    at--;
    if (tokens[at]?.surface === 'に') at--;
  } else return [];
  const noun = tokens[at];
  return noun?.pos === '名詞' && noun.posDetail !== '非自立' && noun.posDetail !== '数' ? [keyOf(noun)] : [];
}
