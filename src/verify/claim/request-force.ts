import { type Finding, pathFinding } from '../../domain/report.ts';
import { type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import { type Alignment, alignSourceClause, elementsOf } from './alignment.ts';

// The force of a directed act: a request (求めた, 呼びかけた, 指導した) is not an order, an obligation
// or a ban (命じた, 義務づけた, 禁じた). Both name the same direction (directed-act.ts), so the other
// checks let the one stand for the other; news keeps them apart, since only an order binds.

// Verbs of ordering, obliging and forbidding as a claim tells them: a closed class of Japanese.
const ORDERING = /命じ|命令|義務(?:づけ|付け)|禁じ/u;
// Any word of an order, an obligation, an instruction or a ban in a source, in Japanese or English:
// where a source has one, the order may be told in other words, and nothing is said.
const SOURCE_ORDER =
  /命じ|命令|義務|禁じ|禁止|指示|強制|勧告|\b(?:order(?:s|ed)?|requir(?:e|es|ed)|ban(?:s|ned)?|prohibit(?:s|ed)?|mandat\w*|obliga\w*|must|instruct\w*)\b/iu;
// Verbs of asking someone to act: a closed class of Japanese.
const REQUESTING = /求め|要請|要望|呼びかけ|呼び掛け|指導|依頼|促|働きかけ|お願い|控えるよう/u;
// A hedge, a condition or a wish on the claim's clause: it tells no order as given.
const UNSETTLED = /(?:ば|たら|なら|場合は?|か|方針|予定|考え|検討|可能性|恐れ|おそれ|たい|ように?)[、,]?$/u;

/**
 * A claim clause that tells an order, an obligation or a ban (保健所は…出すよう命じた, 県は業者に点検を
 * 義務づけた, 町は…出すことを禁じた) where no listed source has any word of ordering or forbidding, and
 * the source clause it aligns with (by its other words) makes a request (…提出するよう指導した, 記録を
 * つけるよう求めた, 自粛するよう呼びかけた): the claim makes a request binding (`support.modality`).
 */
export function requestMadeOrder(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const narration = stripQuotes(claim.text, claim.quotes);
  if (!ORDERING.test(narration)) return [];
  if (alignment.sentences.some((sentence) => SOURCE_ORDER.test(sentence.text))) return [];
  for (const clause of claim.clauses) {
    if (clause.quoted || clause.hedges.length > 0) continue;
    const text = claim.text.slice(clause.start, clause.end);
    const order = ORDERING.exec(text);
    if (order === null) continue;
    if (UNSETTLED.test(text.replace(/[。．]$/u, '').trim())) continue;
    const keys = clause.keys.filter((key) => !/^(?:命|義務|禁)/u.test(key));
    const span = alignSourceClause(alignment, keys, elementsOf(alignment, clause.start, clause.end));
    if (span === undefined) continue;
    if (!REQUESTING.test(stripQuotes(span.sentence.text, span.sentence.quotes))) continue;
    return [
      pathFinding(
        'support.modality',
        'error',
        path,
        `The claim tells an order or obligation (「${order[0]}」); the source only makes a request: 「${span.sentence.text}」.`,
        text,
        { kind: 'order', text: order[0], sourceText: span.sentence.text },
      ),
    ];
  }
  return [];
}
