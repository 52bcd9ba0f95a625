import { type Finding, pathFinding } from '../../domain/report.ts';
import type { SentenceReading } from '../../understand/read-sentence.ts';
import { type Alignment, alignClause, alignSourceClause, elementsOf } from './alignment.ts';

// Modality: no certainty the sources do not state, no hedge of the aligned source clause dropped.

export function checkModality(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  isFragment: boolean,
): Finding[] {
  const out: Finding[] = [];
  const evidenceText = alignment.evidence.map((sentence) => sentence.text).join('\n');
  claim.clauses.forEach((clause) => {
    if (clause.quoted) return;
    // Certainty the sources do not state: 決定, 確実, 断言…
    // 決まる見通し: a decision that is itself forecast is no certainty.
    const hedgedHere = LOOSE_HEDGE.test(claim.text.slice(clause.start));
    for (const word of hedgedHere ? [] : clause.certain) {
      const family = certaintyFamily(word);
      const aligned = alignClause(
        alignment,
        clause.keys.filter((key) => !key.startsWith(family)),
      );
      const sources = [...alignment.evidence, ...(aligned === undefined ? [] : [aligned.sentence])].flatMap(
        (sentence) => sentence.clauses,
      );
      if (
        sources.some((source) => source.certain.some((other) => certaintyFamily(other) === family)) ||
        evidenceText.includes(word)
      )
        continue;
      out.push(
        pathFinding(
          'support.modality',
          'error',
          path,
          `The claim says 「${word}」, a certainty its sources do not state.`,
          word,
        ),
      );
      return;
    }
    // A hedge dropped: the aligned source clause is a plan, forecast, consideration or risk.
    if (isFragment) return;
    // The claim side is read leniently: a hedge word anywhere in the claim (利用者数の見込みについては
    // …とする報道がある) keeps it a forecast; the source side strictly (only where it heads its clause).
    const hedged = claim.clauses.some((other) => other.hedges.length > 0) || LOOSE_HEDGE.test(claim.text);
    // A condition (可決されれば) asserts nothing.
    const isCondition = /(?:ば|たら|なら|場合は?)[、,]?$/u.test(
      claim.text.slice(clause.start, clause.end).trim(),
    );
    if (hedged || isCondition || clause.keys.length === 0) return;
    const aligned = alignSourceClause(
      alignment,
      clause.keys,
      elementsOf(alignment, clause.start, clause.end),
    );
    if (aligned === undefined || aligned.hedges.length === 0) return;
    // A claim that quotes the words carries their hedge inside the quote.
    if (aligned.quotedShare >= 0.5 && claim.quotes.length > 0) return;
    out.push(
      pathFinding(
        'support.modality',
        'error',
        path,
        `The claim states flatly what the source gives as 「${aligned.hedges[0]}」: 「${aligned.sentence.text}」.`,
        claim.text.slice(clause.start, clause.end),
      ),
    );
  });
  return out;
}

export const LOOSE_HEDGE =
  /予定|見通|方針|検討|恐れ|おそれ|見込|試算|計画|構想|目標|予想|想定|推計|可能性|とみられ|と見られ|かもしれ|だろう/u;

/** Words of one certainty: 決定, 決まる and 決める all say it is decided. */
function certaintyFamily(word: string): string {
  return word.startsWith('決') ? '決' : word.slice(0, 2);
}
