import type { Evidence } from '../domain/article.ts';
import type { RevisionChange } from './compare-revisions.ts';
import type { SourceSentence } from './understand-document.ts';

/** A change in a source that an article must report: a cited sentence changed, or a new fact. */
export interface NotableChange {
  /** cited: a sentence the article rests on changed or went; fact: a new sentence states something new. */
  why: 'cited' | 'fact';
  /** The source says it corrects itself (訂正, 誤り…正しくは). */
  correction: boolean;
  /** The old sentence (absent for a new one) and the new one (absent for one removed). */
  before?: string;
  after?: string;
}

// How Japanese news marks a correction of its own earlier text: 訂正 (おわびして訂正します, 【訂正】),
// 誤りがありました / 誤っていました / 誤記, 正しくは….
const CORRECTION = /訂正|誤りがあ|誤っていま|誤っていた|誤記|正しくは/u;

// Sentences addressed to the reader — requests and invitations (〜ください, 〜ませんか, 〜ましょう,
// 〜いただけます) — or marked as advertising (PR, 広告, スポンサー, 提供) are not news facts.
const ADDRESSED_OR_AD =
  /(?:ください|下さい|ませんか|ましょう|いただけます|頂けます)[。！!]?$|^[【［[(（]?(?:PR|AD|広告|スポンサー|提供)[】］\])）]/u;

/** A new sentence states a fact when it has a predicate and brings at least this many content words the old version lacked. */
const NEW_FACT_KEYS = 2;

/**
 * Keeps the changes an article built from the old version must answer for, and drops the rest.
 * `cited` spans are the article's evidence in the old version of this source (its stored text's
 * offsets): a changed or removed sentence matters only when it overlaps one (a changed date line,
 * advertisement or share count is not cited, so it does not). A new sentence matters when it is a
 * statement (it has a predicate) with new content words or a figure the old version never gave, or
 * when it corrects the source. `oldKeys` and `oldFigures` are the old version's content keys and
 * figure texts.
 */
export function notableChanges(
  changes: readonly RevisionChange[],
  cited: readonly Pick<Evidence, 'start' | 'end'>[],
  old: { keys: ReadonlySet<string>; sentences: readonly SourceSentence[] },
): NotableChange[] {
  const isCited = (sentence: SourceSentence) =>
    cited.some((span) => span.start < sentence.end && span.end > sentence.start);
  const oldFigures = new Set(old.sentences.flatMap((s) => s.quantities.map((q) => `${q.value}${q.unit}`)));
  const notable: NotableChange[] = [];
  for (const change of changes) {
    const correction = change.kind !== 'removed' && CORRECTION.test(change.after.text);
    if (change.kind === 'changed') {
      if (isCited(change.before) || correction)
        notable.push({ why: 'cited', correction, before: change.before.text, after: change.after.text });
    } else if (change.kind === 'removed') {
      if (isCited(change.before))
        notable.push({ why: 'cited', correction: false, before: change.before.text });
    } else if (correction || isNewFact(change.after, old.keys, oldFigures)) {
      notable.push({ why: 'fact', correction, after: change.after.text });
    }
  }
  return notable;
}

function isNewFact(
  sentence: SourceSentence,
  oldKeys: ReadonlySet<string>,
  oldFigures: ReadonlySet<string>,
): boolean {
  if (sentence.isHeadline || sentence.predicates.length === 0 || ADDRESSED_OR_AD.test(sentence.text.trim()))
    return false;
  const newKeys = new Set(sentence.keys.filter((key) => !oldKeys.has(key)));
  const newFigure = sentence.quantities.some((q) => !oldFigures.has(`${q.value}${q.unit}`));
  return newKeys.size >= NEW_FACT_KEYS || (newFigure && newKeys.size >= 1);
}
