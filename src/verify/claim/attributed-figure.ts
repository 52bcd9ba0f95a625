import { normalizeForMatch } from '../../text/normalize.ts';
import { isAbbreviationOf, refersTo } from '../../understand/coreference.ts';
import type { SentenceReading } from '../../understand/read-sentence.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import type { Alignment } from './alignment.ts';
import { namesOutlet } from './speakers.ts';

// Conflicts, the claim side: where listed sources disagree on a figure or a date, a claim that
// states one value flatly settles the question (`conflict.settled`), while a claim that gives the
// value to whoever reported it — the outlet (東和新聞は…と報じた, 汐見日報によると) or the source
// inside the page (関係者によると, 病院関係者への取材で分かった) — reports who said what, which the
// claims-dev rules count as supported.

// How a news sentence names where its words come from, after the name (closed class of news
// sourcing phrases): X によると / によれば / への取材で / の話では / の調べ / の試算 / の発表.
const SOURCED_BY = /^(?:によると|によれば|によりますと|への取材|の取材|の話|の調べ|の試算|の発表|の説明)/u;

/**
 * True when the claim gives the value it states to the source that holds it (`holders`, the
 * sentences that state the value) and not to the source that disputes it (`rival`): the claim's
 * speaker (X は…と報じた / X によると, `read-sentence`'s speaker, named before the value) is the
 * holder page's outlet (its siteName) or the source the holder sentence names (its own speaker,
 * or X によると / X への取材で in it). A speaker the rival names too (both pages say 病院によると
 * with different times) settles nothing: the disagreement is about what that speaker said.
 */
export function attributesTo(
  claim: SentenceReading,
  alignment: Alignment,
  value: { start: number },
  holders: readonly SourceSentence[],
  rival: SourceSentence,
): boolean {
  const speaker = claim.speaker === undefined ? '' : normalizeForMatch(claim.speaker);
  if (!claim.reported || [...speaker].length < 2) return false;
  // The speaker must stand before the value it reports (X は…N人と報じた).
  const at = normalizeForMatch(claim.text.slice(0, value.start)).indexOf(speaker);
  if (at < 0) return false;
  return (
    holders.some((holder) => holder.sourceId !== rival.sourceId && names(alignment, holder, speaker)) &&
    !names(alignment, rival, speaker) &&
    !isSpeakersUnsourcedAccount(alignment, rival, speaker)
  );
}

/**
 * True when the rival sentence names no source of its own while its page gives its words to the
 * claim's speaker elsewhere (X によると, X が…明らかにした in the sentence after a lead): a news page
 * tells the figures of the source it names without repeating the name in every sentence, so the
 * rival figure is that speaker's too, and naming the speaker settles nothing. A rival sentence that
 * names another source (消防によると) keeps the claim's attribution.
 */
function isSpeakersUnsourcedAccount(alignment: Alignment, rival: SourceSentence, speaker: string): boolean {
  if (rival.speaker !== undefined) return false;
  const page = alignment.scope.find((read) => read.document.id === rival.sourceId);
  return (page?.sentences ?? []).some((sentence) => sentence !== rival && namesAsHead(sentence, speaker));
}

/**
 * True when the sentence gives its words to the speaker itself: its own speaker is the speaker's name,
 * the head that ends it (公社 for 県道路公社: a Japanese compound names its kind last), a 略称 of it, or
 * the sentence writes the name before a sourcing phrase (X によると). Not a name that only begins the
 * speaker's (病院 in 病院関係者, whose head 関係者 names other people than the hospital).
 */
function namesAsHead(sentence: SourceSentence, speaker: string): boolean {
  const own = sentence.speaker === undefined ? '' : normalizeForMatch(sentence.speaker);
  if ([...own].length >= 2 && (own.endsWith(speaker) || speaker.endsWith(own))) return true;
  if ([...own].length >= 2 && (isAbbreviationOf(own, speaker) || isAbbreviationOf(speaker, own))) return true;
  const text = normalizeForMatch(sentence.text);
  for (let at = text.indexOf(speaker); at >= 0; at = text.indexOf(speaker, at + 1))
    if (SOURCED_BY.test(text.slice(at + speaker.length))) return true;
  return false;
}

/**
 * True when the sentence's page is the speaker's outlet, or the sentence gives its words to the
 * speaker — by its name, by a short name of it (市教委 for 市教育委員会, either way round: a 略称,
 * coreference.ts isAbbreviationOf), or by a 同- word that stands for it (同社によると after the
 * company was named).
 */
function names(alignment: Alignment, sentence: SourceSentence, speaker: string): boolean {
  if (isOutletOf(alignment, sentence, speaker)) return true;
  const own = sentence.speaker === undefined ? '' : normalizeForMatch(sentence.speaker);
  if ([...own].length >= 2 && (own.includes(speaker) || speaker.includes(own))) return true;
  if ([...own].length >= 2 && (isAbbreviationOf(own, speaker) || isAbbreviationOf(speaker, own))) return true;
  if (
    own.startsWith('同') &&
    refersTo(
      sentence.references.filter((reference) => normalizeForMatch(reference.text) === own),
      speaker,
      (antecedent, wanted) => {
        const name = normalizeForMatch(antecedent);
        return [...name].length >= 2 && (name.includes(wanted) || wanted.includes(name));
      },
    )
  )
    return true;
  const text = normalizeForMatch(sentence.text);
  for (let at = text.indexOf(speaker); at >= 0; at = text.indexOf(speaker, at + 1))
    if (SOURCED_BY.test(text.slice(at + speaker.length))) return true;
  return false;
}

/** True when the speaker names the outlet that published the sentence's page (speakers.ts namesOutlet). */
function isOutletOf(alignment: Alignment, sentence: SourceSentence, speaker: string): boolean {
  return namesOutlet(speaker, alignment.siteNames.get(sentence.sourceId) ?? '');
}
