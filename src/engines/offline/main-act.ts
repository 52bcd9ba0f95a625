import type { SentenceReading } from '../../understand/read-sentence.ts';

/**
 * What a sentence's main clause does, read from its last predicate and the auxiliaries after it
 * (Japanese puts tense and aspect at the end of the predicate):
 * - `done`: a completed act — an affirmative verb in the past (設けた, 発表した);
 * - `coming`: an act still to come — an affirmative verb in the plain non-past, not a state
 *   (設ける, 始める; 〜ている / 〜てある describe a state or an ongoing one, so they are not, nor
 *   does a verb of continuing or remaining: 片付けが続く, 休校が相次ぐ, 課題が残る);
 * - `state`: anything else — existence (〜がある, 〜もない), an adjective (根強い), a noun with the
 *   copula (主因は高騰だ), an ongoing or resulting state (懸念も出ている), or a negated predicate.
 * A 何が起きた question is answered only by a `done` act: a background, colour or voice sentence
 * (背景には…がある。懸念も出ている。声も根強い。) does not say what happened.
 */
export type MainAct = 'done' | 'coming' | 'state';

// Auxiliaries that make a verb's act an ongoing or resulting state (出ている, 置いてある, 続いておる).
const STATE_AUX = new Set(['いる', 'ある', 'おる']);
// Verbs of continuing or remaining: in the plain non-past they tell how things stand now, as news
// writes an ongoing situation (片付けが続く, 休校が相次ぐ, 課題が残る), not an act still to come.
const CONTINUING = new Set(['続く', '相次ぐ', '残る', '続ける']);

export function mainActOf(
  sentence: Pick<SentenceReading, 'text' | 'tokens' | 'predicates' | 'clauses'>,
): MainAct {
  const last = sentence.clauses.length - 1;
  const predicate = sentence.predicates
    .filter((candidate) => candidate.clause === last)
    .sort((a, b) => a.end - b.end)
    .at(-1);
  if (predicate === undefined || predicate.kind !== 'verb' || predicate.negated) return 'state';
  // The words after the predicate up to the sentence's end: its auxiliaries (た, ている, れる …).
  const tail = sentence.tokens.filter((token) => token.start >= predicate.end && token.pos !== '記号');
  // A verbal noun is an act only with する (高騰した), not with the copula (高騰だ) or standing alone.
  const head = sentence.tokens.filter((token) => token.start < predicate.end).at(-1);
  if (head?.pos !== '動詞' && !(tail[0]?.pos === '動詞' && tail[0].baseForm === 'する')) return 'state';
  let past = false;
  // The verb itself, or the verb a compound ends on (し続ける): 続く is how things stand.
  const verbs = sentence.tokens.filter(
    (token) => token.pos === '動詞' && token.start >= predicate.start && token.end <= predicate.end + 4,
  );
  const continuing = verbs.some((token) => CONTINUING.has(token.baseForm));
  for (const token of tail) {
    if (token.pos === '助動詞' && token.baseForm === 'た') past = true;
    // 〜ている / 〜ていた (出ている, 続いていた) is a state, in the present or the past.
    else if (token.pos === '動詞' && token.posDetail === '非自立' && STATE_AUX.has(token.baseForm))
      return 'state';
  }
  return past ? 'done' : continuing ? 'state' : 'coming';
}
