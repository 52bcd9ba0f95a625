import { type Finding, pathFinding } from '../../domain/report.ts';
import type { Synonyms } from '../../text/synonyms.ts';
import { type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import type { Alignment } from './alignment.ts';
import { ANY_PERSON, CLEFT, personsOf } from './check-roles.ts';

/**
 * A cleft (NをVたのはXだった, …に気づいたのはXです) puts its whole assertion in its focus: the
 * の-clause is given as known, and the sentence says only who X is. Where the focus names a person
 * by a part — an office, an occupation, a member of a body (isRoleWord), a person noun (客, 住民) —
 * and no listed page uses that noun or a synonym of it anywhere, the claim adds who it was: the
 * other words of a cleft all come from the page's own event, so the coverage check's share stays
 * high and one new noun passes there as a paraphrase. A word that fits anyone (男性, 人: ANY_PERSON)
 * names no part and is left out; so is a focus the page names in any sentence, whose part in the act
 * checkCleftRole compares. Only where every listed source is Japanese.
 */
export function checkCleftFocusUnsaid(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  synonyms: Synonyms,
): Finding[] {
  if (alignment.crossLanguage) return [];
  const outside = stripQuotes(claim.text, claim.quotes);
  const match = outside.match(CLEFT);
  if (match === null || outside.includes('＊')) return [];
  const focusStop = match.indices?.[2]?.[1] ?? outside.length;
  const last = claim.tokens.findIndex((token) => token.start >= focusStop);
  const focus = personsOf(claim.tokens, last === -1 ? claim.tokens.length : last).filter(
    (person) => !ANY_PERSON.test(person),
  );
  if (focus.length === 0) return [];
  const said = (word: string) =>
    [word, ...synonyms.of(word)].some((form) =>
      alignment.local.some(
        (understanding) => understanding.keys.has(form) || understanding.norm.includes(form),
      ),
    );
  if (focus.some(said)) return [];
  const named = focus[0] as string;
  return [
    pathFinding(
      'support.addition',
      'error',
      path,
      `No listed source names 「${named}」: the claim's cleft adds who it was.`,
      claim.text,
      { kind: 'party', text: named },
    ),
  ];
}
