// Verbs that say only that an act begins, stops, or that something is looked into — whatever the
// act or the thing. Japanese news words each of these three meanings with several verbs, native and
// Sino-Japanese, that share no kanji: 準備を始めた, 準備に取りかかった, 準備に着手した; 運行をやめた,
// 運行を停止した, 運行を休止した; 映像を調べた, 映像を確認した. The act or thing (準備, 運行, 映像) is
// carried by the noun, which the other checks compare; the verb only says what happened to it. A closed
// class of Japanese: the aspectual verbs of beginning (開始動詞) and of stopping, and the verbs of
// examining.
//
// Within a group, a plain verb is said by any verb of the group; a verb that says more than the plain
// one (休止: a pause, not an end; 点検, 検査: a set inspection) is not said by a plain one, as
// directed-act.ts tellingForms reads the verbs of telling.

/** Beginning an act: each says only that it began (始めた, 開始した, 取りかかった, 乗り出した, 着手した). */
const BEGINNING = ['始める', '開始', '取りかかる', '取り掛かる', '乗り出す', '着手'];

/**
 * Stopping an act or a service: 停止 and 中止 say it stopped; 休止, 運休 (a service's 運行 or 運航 休止)
 * and 見合わせる say for a time.
 */
const STOPPING = [
  'やめる',
  '取りやめる',
  '取り止める',
  '打ち切る',
  '中止',
  '停止',
  '休止',
  '運休',
  '見合わせる',
];

/**
 * The plain verbs of stopping: the native verbs that say only that an act or a thing stopped, the
 * transitive 止める (written for both やめる and とめる) and the intransitive 止まる among them.
 */
const PLAIN_STOPPING = ['やめる', '取りやめる', '取り止める', '打ち切る', '止める', '止まる'];

/** Looking into something: 調べる, 確かめる and 確認 say only that; 調査, 点検, 検査 say how. */
const EXAMINING = ['調べる', '確かめる', '確認', '調査', '点検', '検査'];

/** The plain verb of each group (the lemma) and the group whose every verb says it. */
const PLAIN: ReadonlyMap<string, readonly string[]> = new Map([
  ...BEGINNING.map((lemma) => [lemma, BEGINNING] as const),
  ...PLAIN_STOPPING.map((lemma) => [lemma, STOPPING] as const),
  ...['調べる', '確かめる', '確認'].map((lemma) => [lemma, EXAMINING] as const),
]);

/**
 * The verbs that say what a plain verb of beginning, stopping or examining says (its group), else an
 * empty list. Lemmas are the reading's: a verb's base form, a verbal noun bare.
 */
export function phaseForms(lemma: string): readonly string[] {
  return PLAIN.get(lemma) ?? [];
}

/**
 * True when a source predicate says a claim's plain verb of stopping by the written 止める: the kanji
 * writes both やめる (to stop doing) and とめる (to stop a thing), each a plain stop, so 止めた says
 * やめた. Only as the source's own predicate, of the claim's polarity and outside a quote — not as a
 * word of the page's text, which is why 止める is no member of the group (止めていない does not say
 * やめた, nor does a 止める someone is quoted saying).
 */
export function saysPlainStopAsWritten(
  claimPredicate: { readonly lemma: string; readonly negated: boolean },
  sourcePredicate: { readonly lemma: string; readonly negated: boolean },
): boolean {
  return (
    PLAIN_STOPPING.includes(claimPredicate.lemma) &&
    sourcePredicate.lemma === '止める' &&
    sourcePredicate.negated === claimPredicate.negated
  );
}
