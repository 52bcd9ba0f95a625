/**
 * Opposite predicates (反対語) of general Japanese vocabulary: a claim that says 減った where its
 * source says 増えた contradicts it as surely as one that negates it. Two sources, both closed and
 * about the language, not about any text:
 *
 * - compounds of two or more kanji that differ in one kanji, where the two kanji are opposites
 *   (増額/減額, 値上げ/値下げ, 開館/閉館, 可決/否決, 有料/無料, 大型/小型);
 * - a short table of opposites that share no kanji (増加/減少, 開始/終了, 賛成/反対, 増える/減る).
 */

import { normalizeForMatch } from './normalize.ts';
import type { Token } from './tokenizer.ts';

// Kanji that are each other's opposite in Sino-Japanese compounds (対義の漢字).
const OPPOSITE_KANJI: ReadonlyArray<readonly [string, string]> = [
  ['増', '減'],
  ['上', '下'],
  ['開', '閉'],
  ['可', '否'],
  ['強', '弱'],
  ['高', '低'],
  ['勝', '敗'],
  ['加', '減'],
  ['黒', '赤'],
  ['入', '出'],
  ['大', '小'],
  ['長', '短'],
  ['多', '少'],
  ['有', '無'],
  ['始', '終'],
  ['重', '軽'],
];

// Opposites that share no kanji: general vocabulary of change, decision and outcome (verbs by
// their dictionary form, verbal nouns as written).
const OPPOSITE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['増える', '減る'],
  ['増やす', '減らす'],
  ['上がる', '下がる'],
  ['上げる', '下げる'],
  ['上回る', '下回る'],
  ['始まる', '終わる'],
  ['始める', '終える'],
  ['勝つ', '負ける'],
  ['開く', '閉じる'],
  ['開ける', '閉める'],
  ['増加', '減少'],
  ['上昇', '低下'],
  ['上昇', '下落'],
  ['開始', '終了'],
  ['拡大', '縮小'],
  ['賛成', '反対'],
  ['継続', '中止'],
  ['継続', '打ち切る'],
  ['存続', '廃止'],
  ['成功', '失敗'],
  ['出席', '欠席'],
  ['許可', '禁止'],
  ['改善', '悪化'],
  ['回復', '悪化'],
  ['黒字', '赤字'],
  ['延長', '短縮'],
  ['強化', '緩和'],
  ['受理', '却下'],
  ['承認', '却下'],
  ['承認', '拒否'],
  ['合格', '不合格'],
  ['採用', '不採用'],
  ['当選', '落選'],
  ['容認', '反対'],
  // 否認 is the denial of a charge or a fact (容疑を否認している), the opposite of admitting it (認めている).
  ['認める', '否認'],
  ['黒字化', '赤字化'],
  ['辞任', '続投'],
  ['辞任', '留任'],
];

// Opposites by dimension (the vneg28 round): a claim often reverses its source with another word
// rather than with ない (すでに死んでいた against まだ生きていた). Each dimension holds the everyday
// words of news for its two ends, chosen for the dimension from general vocabulary; both ends state
// something of the same subject, so one affirmed excludes the other affirmed.
const DIMENSIONS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  life: [
    ['生きる', '死ぬ'],
    ['生存', '死亡'],
  ],
  known: [
    ['判明', '不明'],
    ['既知', '未知'],
  ],
  same: [
    ['同じ', '異なる'],
    ['同じ', '違う'],
    ['同様', '異なる'],
    ['一致', '食い違う'],
  ],
  open: [
    ['開く', '閉まる'],
    ['開く', '閉ざす'],
    ['開ける', '閉ざす'],
    ['施錠', '解錠'],
  ],
  up: [
    ['上がる', '下りる'],
    ['上げる', '下ろす'],
    ['上る', '下る'],
  ],
  running: [
    ['稼働', '停止'],
    ['作動', '停止'],
    ['点灯', '消灯'],
  ],
  presence: [['在宅', '不在']],
  degree: [
    ['多い', '少ない'],
    ['高い', '低い'],
    ['大きい', '小さい'],
    ['長い', '短い'],
    ['広い', '狭い'],
    ['重い', '軽い'],
    ['強い', '弱い'],
    ['速い', '遅い'],
    ['早い', '遅い'],
    ['深い', '浅い'],
    ['厚い', '薄い'],
    ['明るい', '暗い'],
    ['明るい', '薄暗い'],
    ['新しい', '古い'],
    ['暑い', '寒い'],
  ],
  calm: [
    ['穏やか', '激しい'],
    ['穏やか', '荒い'],
  ],
  condition: [
    ['悪化', '好転'],
    ['悪化', '快方'],
    ['安全', '危険'],
  ],
  possible: [
    ['可能', '困難'],
    ['可能', '不可能'],
    ['可能', '難しい'],
    ['容易', '困難'],
  ],
  consent: [
    ['応じる', '拒む'],
    ['応じる', '断る'],
    ['応じる', '拒否'],
    ['受け入れる', '拒む'],
    ['受け入れる', '断る'],
    ['受け入れる', '拒否'],
    ['同意', '拒否'],
  ],
  scope: [['含む', '除く']],
  truth: [
    ['本物', '偽物'],
    ['合法', '違法'],
  ],
  disclosure: [['公開', '非公開']],
};

function indexOf(pairs: ReadonlyArray<readonly [string, string]>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    index.set(a, [...(index.get(a) ?? []), b]);
    index.set(b, [...(index.get(b) ?? []), a]);
  }
  return index;
}
const TABLE_INDEX = indexOf(OPPOSITE_WORDS);
const WORD_INDEX = indexOf([...OPPOSITE_WORDS, ...Object.values(DIMENSIONS).flat()]);
const KANJI_INDEX = new Map<string, string[]>();
for (const [a, b] of OPPOSITE_KANJI) {
  KANJI_INDEX.set(a, [...(KANJI_INDEX.get(a) ?? []), b]);
  KANJI_INDEX.set(b, [...(KANJI_INDEX.get(b) ?? []), a]);
}

/**
 * The opposites of a word (a predicate's lemma): from the table, and — for a compound of two or
 * more characters holding kanji — each compound made by replacing one kanji with its opposite
 * (増額 → 減額). A derived compound is only a candidate: callers look it up in a text, so one that
 * is no word (大学 → 小学) never matches anything the sources say of the same thing.
 */
export function antonymsOf(word: string): string[] {
  const found = new Set(WORD_INDEX.get(word) ?? []);
  const chars = [...word];
  const kanji = chars.filter((char) => /\p{Script=Han}/u.test(char)).length;
  if (chars.length >= 2 && kanji >= 2)
    chars.forEach((char, i) => {
      for (const opposite of KANJI_INDEX.get(char) ?? [])
        found.add([...chars.slice(0, i), opposite, ...chars.slice(i + 1)].join(''));
    });
  found.delete(word);
  return [...found];
}

/**
 * The opposites the table gives a word (no compound derived by kanji): for a noun that is no
 * predicate (黒字を確保した against 赤字に転落した), where a derived compound (上流 → 下流) would too
 * often name another thing rather than the opposite of the same one.
 */
export function tableOpposites(word: string): string[] {
  return [...(TABLE_INDEX.get(word) ?? [])];
}

/**
 * The opposites the table and the dimensions give a word (no compound derived by kanji): for an
 * adjectival noun (形容動詞語幹) that states a condition without being read as the predicate
 * (交換が可能とみられる), whose dimension (possible/difficult, calm/rough, safe/dangerous) is that of
 * a predicate.
 */
export function stateOpposites(word: string): string[] {
  return [...(WORD_INDEX.get(word) ?? [])];
}

/**
 * The phase (相) a predicate gives the activity it governs: stopping it, or keeping it going. Read
 * from the kanji that carry that meaning in Sino-Japanese words — 止 (中止, 停止, 休止, 禁止, 差し
 * 止める), 廃 (廃止), 撤 (撤回, 撤退), 休 (休止, 休業, 休館) for stopping; 続 (続ける, 継続, 存続)
 * and 継 (引き継ぐ) for going on — and from the native verbs of stopping written without such a
 * kanji (やめる, 見合わせる, 打ち切る, 取りやめる) and the words of closing a place (閉店, 閉鎖, 閉館,
 * 閉園). Completion (終わる, 完了) is not stopping: an
 * activity that ends as planned is not one called off.
 */
export function phaseOf(word: string): 'stop' | 'continue' | undefined {
  if (STOP_VERBS.has(word) || /[止廃撤休]/u.test(word)) return 'stop';
  if (/[続継]/u.test(word) || word === '維持') return 'continue';
  return undefined;
}

const STOP_VERBS = new Set([
  'やめる',
  '見合わせる',
  '打ち切る',
  '取りやめる',
  '中断',
  '断念',
  '凍結',
  // Closing a place of business for good or for a time (閉 alone also ends as planned: 閉会, 閉幕).
  '閉店',
  '閉鎖',
  '閉館',
  '閉園',
]);

// Verbs of reaching a level (到達の動詞): 過半数に届く, 目標に達する, 定員を満たす, 過半数を占める,
// 基準を上回る/超える all say a level is reached, and their negations that it is not, so a claim's
// 届いていない is compared with a source's 占めている as one predicate's two polarities.
const REACHING = ['届く', '達する', '到達', '満たす', '占める', '超える', '上回る', '突破'];
// Being known (判明している) is the verbal noun of what 分かっている says: a claim's 判明している is
// compared with a source's 分かっていない as one predicate's two polarities.
const KNOWING = ['分かる', '判明'];

// Being rare (珍しい, まれ) is one predicate in two words; and what happens for the first time (初めて)
// is rare — one way only: a claim that it is not rare (珍しくない) is answered by a source's 初めて,
// but a claim that it is not the first time (初めてではない) is not by a source's 珍しい.
const RARE = ['珍しい', 'まれ'];
const IMPLYING_RARE = ['初めて'];

/**
 * Words that say the same of their object as `word` for polarity (the verbs of reaching a level,
 * the words of being known, the words of being rare and what implies it).
 */
export function sameSenseOf(word: string): string[] {
  for (const group of [REACHING, KNOWING])
    if (group.includes(word)) return group.filter((other) => other !== word);
  if (RARE.includes(word)) return [...RARE.filter((other) => other !== word), ...IMPLYING_RARE];
  return [];
}

/**
 * A noun negated by its affix (the vneg36 round): a negating prefix — 不, 未, 非, 無 — before a noun,
 * or the suffix of scope 外 after one, makes a compound that says the noun does not hold (未実施: 実施
 * not done; 対象外: not among 対象). Read from the tagger's analysis in two ways:
 *
 * - a compound it has no entry for it splits into its parts, 未 (接頭詞) + 実施, 対象 + 外 (接尾); the
 *   noun must be a content noun (一般, サ変接続, 形容動詞語幹): 時間外 or 以外 say when or what else;
 * - a compound it knows is one token (非公開, 不起訴): the affix and the rest of its spelling, read as
 *   the noun only where the rest has two characters or more (無料, 非常, 未来, 圏外 rest on one) and
 *   only when compared with that noun said elsewhere (`noun`): the caller matches it against a word
 *   the other text says, so a word like 不動産 is read only against a text that says 動産.
 */
export interface AffixedNegation {
  /** The noun negated, normalised as a key is (実施, 対象, 公開). */
  noun: string;
  /** Index of the token that carries the noun (the compound's own token when it is one). */
  index: number;
  /** Offsets of the whole compound (affix included). */
  start: number;
  end: number;
  affix: string;
}

const NEGATING_PREFIXES = new Set(['不', '未', '非', '無']);
const AFFIXED_NOUN_DETAILS = new Set(['一般', 'サ変接続', '形容動詞語幹']);

/** The nouns of a token list negated by a prefix or by the suffix 外 (see AffixedNegation). */
export function affixedNegations(tokens: readonly Token[]): AffixedNegation[] {
  const out: AffixedNegation[] = [];
  tokens.forEach((token, i) => {
    if (token.pos !== '名詞' || !AFFIXED_NOUN_DETAILS.has(token.posDetail)) return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const noun = normalizeForMatch(token.surface);
    if (
      before !== undefined &&
      before.pos === '接頭詞' &&
      before.posDetail === '名詞接続' &&
      NEGATING_PREFIXES.has(before.surface) &&
      before.end === token.start
    )
      out.push({ noun, index: i, start: before.start, end: token.end, affix: before.surface });
    else if (
      after !== undefined &&
      after.pos === '名詞' &&
      after.posDetail === '接尾' &&
      after.surface === '外' &&
      after.start === token.end
    )
      out.push({ noun, index: i, start: token.start, end: after.end, affix: after.surface });
    else if ([...noun].length >= 3 && NEGATING_PREFIXES.has(noun[0] as string))
      out.push({
        noun: noun.slice(1),
        index: i,
        start: token.start,
        end: token.end,
        affix: noun[0] as string,
      });
    else if ([...noun].length >= 3 && noun.endsWith('外'))
      out.push({ noun: noun.slice(0, -1), index: i, start: token.start, end: token.end, affix: '外' });
  });
  return out;
}
