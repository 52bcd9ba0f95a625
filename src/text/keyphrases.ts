import { isEnglishStopword } from './english-stopwords.ts';
import type { Token } from './tokenizer.ts';

/** A key noun phrase of a text, with every [start, end) span where it occurs. */
export interface Keyphrase {
  text: string;
  score: number;
  spans: Array<[number, number]>;
}

// Nouns that carry no topic on their own (IPADIC tags several of them as plain 名詞, not 非自立),
// relative dates (the segmenter cannot tag them 副詞可能), and サ変 nouns that news uses as reporting verbs (発表した). They may sit inside a compound
// (実施計画), but a phrase never starts or ends with one.
const GENERIC_WORDS =
  'こと もの ため よう ところ ほか 年 月 日 時 分 氏 同 さん 様 等 など 今回 今後 場合 一方 中 際 後 前 ' +
  '今年 昨年 来年 今月 先月 来月 今日 昨日 明日 午前 午後 ' +
  '発表 説明 公表 表明 指摘 強調 報告 確認 検討 実施 予定 明らか';
const GENERIC = new Set(GENERIC_WORDS.split(' '));
// Subcategories that do not make a topic: こと/ため (非自立), これ (代名詞), そう (特殊),
// 引用文字列 and 動詞非自立的 (ごらん); see the IPADIC part-of-speech table.
const EXCLUDED_DETAILS = new Set(['非自立', '代名詞', '特殊', '引用文字列', '動詞非自立的']);
// Subcategories that may be part of a phrase but not all of it: 年/円 (接尾), 午後/昨年 (副詞可能),
// 必要/安全 (形容動詞語幹), numbers. "安全対策" is a phrase, "必要" or "2024年" alone is not.
const WEAK_DETAILS = new Set(['数', '接尾', '副詞可能', '形容動詞語幹', 'ナイ形容詞語幹']);

// The small ヶ / ヵ (箇) of place names and counts: always between two parts of one word.
const JOINER = /^[ヶヵ]$/u;

/** Occurrences in a boost span (the headline) count this many times. */
const BOOST = 2;
const DEFAULT_LIMIT = 10;
/** Longest run (in tokens) searched for nested phrases; real compounds are far shorter. */
const MAX_NESTED_TOKENS = 12;

/**
 * Ranks the noun phrases of `text` (maximal runs of nouns in `tokens`) by frequency, how early
 * they occur, and length. Distinct: a phrase contained in a higher-ranked one is left out.
 */
export function extractKeyphrases(
  text: string,
  tokens: Token[],
  options: { limit?: number; boostSpans?: Array<[number, number]> } = {},
): Keyphrase[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const boostSpans = options.boostSpans ?? [];
  const runs = [...candidateRuns(text, tokens)];
  const candidates = new Set(runs.map((run) => spanText(text, run, 0, run.length - 1)));

  // A phrase also occurs inside longer compounds (市営バス in 市営バス運賃), as in C-value term
  // extraction. Only phrases that stand alone somewhere count, so fragments like バス do not.
  const byText = new Map<string, { spans: Array<[number, number]>; weight: number }>();
  for (const run of runs) {
    for (let first = 0; first < run.length; first++) {
      const lastAllowed = Math.min(run.length, first + MAX_NESTED_TOKENS) - 1;
      for (let last = first; last <= lastAllowed; last++) {
        const phrase = spanText(text, run, first, last);
        if (!candidates.has(phrase)) continue;
        const start = (run[first] as Token).start;
        const end = (run[last] as Token).end;
        const entry = byText.get(phrase) ?? { spans: [], weight: 0 };
        // Earlier mentions weigh more (news puts the point first): 1 at the top, 0.5 at the end.
        const position = start / Math.max(1, text.length);
        const boosted = boostSpans.some(([from, to]) => start >= from && end <= to);
        entry.weight += (1 - 0.5 * position) * (boosted ? BOOST : 1);
        entry.spans.push([start, end]);
        byText.set(phrase, entry);
      }
    }
  }

  const ranked = [...byText]
    .map(([phrase, { spans, weight }]) => ({ text: phrase, score: weight * lengthFactor(phrase), spans }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.spans[0]?.[0] ?? 0) - (b.spans[0]?.[0] ?? 0) ||
        (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
    );
  const chosen: Keyphrase[] = [];
  for (const phrase of ranked) {
    if (chosen.length >= limit) break;
    if (chosen.some((higher) => higher.text.includes(phrase.text))) continue;
    chosen.push({ ...phrase, score: Math.round(phrase.score * 1000) / 1000 });
  }
  return chosen;
}

function spanText(text: string, run: Token[], first: number, last: number): string {
  return text.slice((run[first] as Token).start, (run[last] as Token).end);
}

/**
 * Favours compounds of 2–8 characters, the usual length of Japanese topic words (運賃改定,
 * 山田太郎市長); single characters are mostly fragments, long runs mostly lists. Latin phrases
 * are measured in words instead.
 */
function lengthFactor(phrase: string): number {
  if (isLatin(phrase.replaceAll(' ', ''))) {
    const words = phrase.split(' ').length;
    return words <= 3 ? 1 : words === 4 ? 0.7 : 0.5;
  }
  const length = [...phrase].length;
  if (length <= 1) return 0.3;
  if (length <= 8) return 1;
  if (length <= 12) return 0.7;
  return 0.4;
}

/** The tokens of each candidate phrase occurrence (a trimmed maximal noun run), in text order. */
function* candidateRuns(text: string, tokens: Token[]): Generator<Token[]> {
  let run: Token[] = [];
  for (const token of tokens) {
    const previous = run.at(-1);
    // ヶ (箇) joins two parts of one word (鴫ヶ原, 霞ヶ浦): what follows it continues the word even
    // when the segmenter tags it a prefix (鴫/ヶ/原[接頭詞]/中央病院 is 鴫ヶ原中央病院).
    const joined = previous !== undefined && JOINER.test(previous.surface) && token.pos === '接頭詞';
    if (previous && (!isAdjacent(text, previous, token) || !(canContinue(token) || joined))) {
      yield* trimmed(run);
      run = [];
    }
    if (run.length === 0 ? canStart(token) : canContinue(token) || joined) run.push(token);
  }
  yield* trimmed(run);
}

function canStart(token: Token): boolean {
  return token.pos === '接頭詞' || canContinue(token);
}

function canContinue(token: Token): boolean {
  if (token.pos !== '名詞' || EXCLUDED_DETAILS.has(token.posDetail)) return false;
  // kuromoji tags "%" and "." as nouns (サ変接続); a phrase word needs a letter or digit.
  if (!/[\p{L}\p{N}]/u.test(token.surface)) return false;
  if (!isLatin(token.surface)) return true;
  // Without an English tagger: drop function words, and lowercase words that look like past
  // tenses or adverbs (voted, quickly), which are never part of a noun phrase.
  return !isEnglishStopword(token.surface) && !/^\p{Ll}.*(?:ed|ly)$/u.test(token.surface);
}

/**
 * Japanese words of one phrase touch. English words are separated by a single space and share
 * their case: "Springfield City Council" and "bus fares", but not "Council voted".
 */
function isAdjacent(text: string, previous: Token, next: Token): boolean {
  if (next.start === previous.end) return true;
  if (next.start !== previous.end + 1 || text[previous.end] !== ' ') return false;
  if (!isLatin(previous.surface) || !isLatin(next.surface)) return false;
  return isCapitalised(previous.surface) === isCapitalised(next.surface);
}

function isLatin(surface: string): boolean {
  return /^[\p{Script=Latin}\p{Nd}'’.&-]+$/u.test(surface);
}

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{Nd}]/u.test(word);
}

/**
 * Strips what cannot begin or end a phrase (numbers, counters, generic words, a dangling
 * prefix), then yields the run if something meaningful is left.
 */
function* trimmed(run: Token[]): Generator<Token[]> {
  let first = 0;
  let last = run.length - 1;
  while (first <= last) {
    const head = run[first] as Token;
    const afterHead = run[first + 1];
    const prefixOfNumber = head.pos === '接頭詞' && (afterHead === undefined || afterHead.posDetail === '数');
    if (!(prefixOfNumber || head.posDetail === '数' || head.posDetail === '接尾' || isGeneric(head))) break;
    first++;
  }
  while (last >= first) {
    const tail = run[last] as Token;
    const counter = tail.posDetail === '接尾' && run[last - 1]?.posDetail === '数';
    if (!(counter || tail.posDetail === '数' || tail.pos === '接頭詞' || isGeneric(tail))) break;
    last--;
  }
  // English noun phrases end in their head noun, and a lowercase run often starts with a verb
  // the stopwords missed ("raise bus fares"): keep the last two words.
  if (
    last >= first &&
    !isCapitalised((run[last] as Token).surface) &&
    isLatin((run[last] as Token).surface)
  ) {
    first = Math.max(first, last - 1);
  }
  const kept = run.slice(first, last + 1);
  // A phrase never ends with ヶ, nor starts with it: the word it joins was cut.
  if (JOINER.test(kept.at(-1)?.surface ?? '') || JOINER.test(kept[0]?.surface ?? '')) return;
  if (!kept.some((token) => token.pos === '名詞' && !WEAK_DETAILS.has(token.posDetail) && !isGeneric(token)))
    return;
  // A lone hiragana character is a mis-split fragment, not a word.
  if (kept.length === 1 && /^\p{Script=Hiragana}$/u.test(kept[0]?.surface ?? '')) return;
  yield kept;
}

function isGeneric(token: Token): boolean {
  if (GENERIC.has(token.surface)) return true;
  // 同社, 同市, 同氏: "the said company/city/person", a back-reference rather than a name.
  if (/^同.$/u.test(token.surface)) return true;
  return isLatin(token.surface) && isEnglishStopword(token.surface);
}
