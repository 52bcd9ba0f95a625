import { type Finding, pathFinding } from '../../domain/report.ts';
import type { SentenceReading } from '../../understand/read-sentence.ts';
import type { Alignment } from './alignment.ts';

// A thing said to be replaced (新しいものに取り替えられていた, 交換した) where a source says it is still the
// one it was at a time before (開業当時のものを使っていた, 設置時のままだった): the replacement would have
// undone that state, so the two exclude each other. General Japanese: 〜当時のもの, 〜当初のまま name the
// thing as it was then, unchanged.

// Verbs and verbal nouns of replacing a thing with another (取り替える, 交換, 更新 …), or of changing it
// (変える, 変更: a setting changed is no longer the first one).
const REPLACING = new Set([
  '取り替える',
  '取り換える',
  '取替える',
  '入れ替える',
  '交換',
  '更新',
  '新調',
  '変える',
  '変更',
]);

// A noun (the topic or subject) said to be still as it was at a past time: 照明は開館当時のものを…,
// 設備は当初のまま, or still as first set or shipped: 暗証番号が初期設定のまま, 出荷時の設定のまま.
const KEPT_ORIGINAL =
  /([\p{Script=Han}\p{Script=Katakana}ー]{2,})(?:は|も|が)、?[^、。]{0,12}?(?:当時|当初|建設時|設置時|完成時|開業時|導入時|購入時|初期設定|初期状態|出荷時の設定)の(?:もの|まま)/gu;

/**
 * The claim affirms, unhedged, that a thing was replaced; a listed source sentence names the same
 * thing (the clause's subject, topic or object) as still the one of a past time (`support.negation`).
 */
export function checkReplacedOriginal(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  for (const predicate of claim.predicates) {
    if (predicate.negated || !REPLACING.has(predicate.lemma)) continue;
    const clause = claim.clauses[predicate.clause];
    if (clause === undefined || clause.hedges.length > 0) continue;
    // The thing as the clause's subject, topic or object, before its verb (冷凍設備は…取り替えられ
    // ていた, 配電盤を交換した): not a modifier of another noun (配電盤の扉を交換した).
    const before = claim.text.slice(clause.start, predicate.start);
    for (const sentence of alignment.sentences) {
      for (const match of sentence.text.matchAll(KEPT_ORIGINAL)) {
        const thing = match[1] as string;
        if (!new RegExp(`${thing}(?:は|も|を|が)`, 'u').test(before)) continue;
        const written = claim.text.slice(predicate.start, predicate.end);
        return [
          pathFinding(
            'support.negation',
            'error',
            path,
            `The claim says 「${thing}」 was replaced or changed (「${written}」); the source says it is still the one of that time: 「${sentence.text}」.`,
            written,
          ),
        ];
      }
    }
  }
  return [];
}
