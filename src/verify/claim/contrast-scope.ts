import { type Finding, pathFinding } from '../../domain/report.ts';
import type { Token } from '../../text/tokenizer.ts';
import {
  type Clause,
  type Predicate,
  type SentenceReading,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import type { Alignment } from './alignment.ts';

// A phrase with a case particle and も (内湯の湯からも, 公園を出る際にも, 午後の便でも) extends the
// clause's predicate to one more place, source, time or occasion. A page that tells the predicate of
// the others and denies it of that one (東の井戸から見つかった。西の井戸からは見つから
// なかった; 朝は数えたが、帰る際には数えなかった) answers the claim by the clause that names it, not
// by the sentence its other words share most with.

// Case particles a も may follow: where, from where, when, with whom (not が or を, which も replaces).
const CASE_BEFORE_MO = /^(?:から|に|で|へ|と|より|まで|には|では)$/u;

/**
 * The claim's predicates said of a phrase marked with a case particle and も, where a source clause
 * that has every word of the phrase says the same predicate with the other polarity, and no source
 * clause that has every word of it says it with the claim's (`support.negation`).
 */
export function checkContrastScope(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  polarityOf: (sentence: SourceSentence, predicate: Predicate) => boolean,
  synonymsOf: (lemma: string) => readonly string[],
): Finding[] {
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (predicate.kind === 'existence' || outside[predicate.start] === '＊') continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    if (clause.quoted || clause.hedges.length > 0) continue;
    const phrase = markedPhrase(claim.tokens, clause.start, predicate.start);
    if (phrase === undefined) continue;
    const forms = new Set([predicate.lemma, ...synonymsOf(predicate.lemma)]);
    let denying: SourceSentence | undefined;
    let agreeing = false;
    for (const sentence of alignment.sentences) {
      if (sentence.isHeadline) continue;
      for (const [c, source] of sentence.clauses.entries()) {
        const span = sentence.text.slice(source.start, source.end).normalize('NFKC');
        if (!phrase.every((word) => span.includes(word))) continue;
        for (const other of sentence.predicates) {
          if (other.clause !== c || !forms.has(other.lemma)) continue;
          if (polarityOf(sentence, other) === predicate.negated) agreeing = true;
          else denying ??= sentence;
        }
      }
    }
    if (denying === undefined || agreeing) continue;
    const said = claim.text.slice(predicate.start, predicate.end);
    return [
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim says 「${said}」 of 「${phrase.join('…')}」 too; the source ${predicate.negated ? 'affirms' : 'negates'} it there: 「${denying.text}」.`,
        said,
        { kind: predicate.negated ? 'negates' : 'affirms', text: said, sourceText: denying.text },
      ),
    ];
  }
  return [];
}

/**
 * The content words of two characters or more (nouns and verbs, as written, NFKC) of the phrase
 * before a case particle and も in [start, end): back to the clause's start, a comma, the topic's は
 * or another も. Undefined when there is no such phrase or it has no such word.
 */
function markedPhrase(tokens: readonly Token[], start: number, end: number): string[] | undefined {
  const at = tokens.findIndex(
    (token, i) =>
      token.surface === 'も' &&
      token.pos === '助詞' &&
      token.start >= start &&
      token.end <= end &&
      CASE_BEFORE_MO.test(tokens[i - 1]?.surface ?? '') &&
      tokens[i - 1]?.pos === '助詞',
  );
  if (at < 1) return undefined;
  const words: string[] = [];
  for (let i = at - 2; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (token.start < start || token.surface === '、' || /^(?:は|も|が)$/u.test(token.surface)) break;
    if (
      (token.pos === '名詞' && token.posDetail !== '数') ||
      (token.pos === '動詞' && token.posDetail === '自立')
    )
      words.unshift(token.surface.normalize('NFKC'));
  }
  // One-character heads (水, 湯, 際) are the phrase's generic nouns: a page names the place without them.
  const named = words.filter((word) => [...word].length >= 2);
  return named.length === 0 ? undefined : named;
}
