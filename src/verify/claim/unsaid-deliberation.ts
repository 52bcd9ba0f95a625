import type { Finding } from '../../domain/report.ts';
import { keyOf, type SentenceReading } from '../../understand/read-sentence.ts';
import type { Alignment } from './alignment.ts';
import { affirmedWord, unsaidWordFinding } from './unsaid-payment.ts';

// A deliberation no source mentions: 「市は業者の指名停止を検討している」, 「県は立ち入り検査を検討する」.
// That someone is weighing a step is a fact of its own — a later outlet's, often, when the listed one
// was written before the step was raised — and a plausible one to add to any incident. A claim that
// says a party is considering something, where no listed page speaks of considering, planning,
// intending or reviewing anything at all (nor of a possibility), gives a fact the sources do not.
// The words of deliberation and intent are a closed lexical class in both languages, not a list of
// steps or parties. Only a deliberation the claim affirms (検討していない adds none), and not the
// name of a body that deliberates (検討委員会, 検討会: a committee is named, not a step weighed).

/** The source words of deliberation, intent, plan or possibility: any of them lets the claim word it so. */
const WEIGHED_JA = /検討|考え|方針|予定|計画|視野|協議|模索|見込|意向|目指|可能性|調整|検証|見直/u;
const WEIGHED_EN =
  /\b(?:consider\w*|weigh\w*|stud(?:y|ies|ying)|mull\w*|explor\w*|look\w* into|review\w*|discuss\w*|plan\w*|intend\w*|may|might|could|possib\w*|option\w*|whether|propos\w*|examin\w*|assess\w*|debat\w*)\b/iu;

/**
 * 検討 affirmed outside quotes, not naming a body (検討委員会, 検討会), where no sentence of the listed
 * pages, in any language, has a word of deliberation, intent, plan or possibility (WEIGHED_JA,
 * WEIGHED_EN): the claim adds that someone is weighing a step.
 */
export function checkUnsaidDeliberation(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
): Finding[] {
  if (alignment.scope.length === 0) return [];
  // Cheap test first: no 検討 in the claim's text, nothing to read.
  if (!claim.text.includes('検討')) return [];
  return unsaidWordFinding(
    alignment,
    path,
    affirmedWord(
      claim,
      (token, next) =>
        token.pos === '名詞' &&
        keyOf(token) === '検討' &&
        !(next !== undefined && /^(?:委|委員|委員会|会|部会|チーム)$/u.test(next.surface)),
    ),
    (text) => WEIGHED_JA.test(text) || WEIGHED_EN.test(text),
    'deliberation',
    (word) =>
      `No listed source speaks of considering, planning or intending anything: 「${word}」 adds a step someone is weighing.`,
  );
}
