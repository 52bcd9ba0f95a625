// Acts directed from one participant at another, grouped by meaning: who asks or orders, and who
// tells. Within a group the doer (が, は) is the one the act comes from and the に-noun the one it
// goes to, whichever verb of the group is used, so the verbs can be compared across the group for
// who did it to whom (市が校長に指示した against 校長が市に求めた: the direction reversed).

/**
 * Asking or ordering someone to do something: the doer wants the act, the に-noun is to do it.
 * A request and an order are one direction here: 要請した and 指示した differ in force, not in who
 * asks whom.
 */
const DIRECTING = [
  '求める',
  '要求',
  '要請',
  '要望',
  '依頼',
  '頼む',
  '申し入れる',
  '申し入れ',
  '促す',
  '勧める',
  '働きかける',
  '呼びかける',
  '指示',
  '命じる',
  '命令',
  '指導',
  '勧告',
  '通達',
];

/**
 * Telling someone something: the doer tells, the に-noun is told (通報, 報告, 知らせる). The noun
 * 知らせ is the act as a noun (Xから知らせを受けた: X told the one who received it), as 届け出 is.
 */
const TELLING = [
  '報告',
  '連絡',
  '通報',
  '通知',
  '伝える',
  '知らせる',
  '知らす',
  '知らせ',
  '告げる',
  '届け出る',
  '届け出',
];

/**
 * Consulting or inquiring of someone: the doer brings a matter or a question, the に-noun is the one
 * consulted (XがYに相談した, 問い合わせた). A direction of its own: neither asking Y to act nor telling
 * Y a fact.
 */
const CONSULTING = ['相談', '問い合わせる', '問い合わせ', '照会'];

const GROUPS: ReadonlyArray<readonly string[]> = [DIRECTING, TELLING, CONSULTING];

/**
 * The verbs directed the same way as `lemma` (its group, itself included), or an empty list when
 * the lemma is in no group. Lemmas are the reading's: a verb's base form, a verbal noun bare.
 */
export function directedPeers(lemma: string): readonly string[] {
  return GROUPS.find((group) => group.includes(lemma)) ?? [];
}

/**
 * The plain verbs of telling (知らせる, 伝える, 告げる) say that someone was told, and nothing of how
 * or to whom in particular: any verb of the telling group says it (連絡した, 報告した, 通報した: each is
 * a way of letting someone know). Only that direction: a claim's 通報 (to the police or the fire
 * service) or 報告 (to one who oversees) says more than a page's 知らせた.
 */
const PLAIN_TELLING = new Set(['知らせる', '知らす', '伝える', '告げる']);

/** The verbs that say what a plain verb of telling says (its group), else an empty list. */
export function tellingForms(lemma: string): readonly string[] {
  return PLAIN_TELLING.has(lemma) ? TELLING : [];
}
