import { type Finding, pathFinding } from '../../domain/report.ts';
import {
  type Clause,
  type Predicate,
  type SentenceReading,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import type { SourceSentence } from '../../understand/understand-document.ts';
import type { Alignment } from './alignment.ts';

// An act left out: a verbal noun made the object of a verb of omitting or neglecting (動作確認を省いた,
// 点検を怠っていた, 説明を省略した) says the act was not done, as 動作確認をしなかった does — though the
// sentence negates nothing and names the act only as a noun, which the reading gives no predicate.

/** The verbs of leaving an act out: omitting (省く, 省略), neglecting (怠る). */
const OMITTING: ReadonlySet<string> = new Set(['省く', '省略', '怠る']);

/**
 * The noun compounds a verbal-noun predicate ends, longest first (安全点検, 点検 of 規定どおり安全点検を
 * 行った; 清掃 of 清掃した): the nouns before it, not a number, nor a suffix (どおり, ごと) that makes
 * what comes before an adverb.
 */
function compoundsOf(claim: SentenceReading, predicate: Predicate): string[] {
  let k = claim.tokens.findIndex((token) => token.start === predicate.start);
  const head = claim.tokens[k];
  if (head === undefined || head.pos !== '名詞' || head.end !== predicate.end) return [];
  const out = [head.surface];
  while (
    claim.tokens[k - 1]?.pos === '名詞' &&
    !/^(?:数|接尾)$/u.test(claim.tokens[k - 1]?.posDetail ?? '')
  ) {
    k--;
    out.unshift((claim.tokens[k] as { surface: string }).surface + (out[0] as string));
  }
  return head.surface.length >= 2 ? out : out.slice(0, -1);
}

/** Whether the sentence, outside its quotes, leaves the act out: the compound, を, an omitting verb affirmed. */
function omits(sentence: SourceSentence, compound: string): boolean {
  const text = stripQuotes(sentence.text, sentence.quotes);
  for (const other of sentence.predicates) {
    if (!OMITTING.has(other.lemma) || other.negated) continue;
    if (text.slice(0, other.start).endsWith(`${compound}を`)) return true;
  }
  return false;
}

/**
 * Whether the claim tells the act as done: its verb chain (を行う, を実施する, する and what follows)
 * is past (確認を行っていた, 点検した), or continuative before a comma, chained to a later clause
 * (試験運転を行い、…確かめていた). A nonpast act (必ず確認すると約束した) is a promise or a plan, which an
 * omission in the past does not answer.
 */
function toldDone(claim: SentenceReading, predicate: Predicate): boolean {
  const chain = /^(?:を(?:行|実施))?\p{Script=Hiragana}*/u.exec(claim.text.slice(predicate.end))?.[0] ?? '';
  if (/た/u.test(chain)) return true;
  return /[いきしりてで]$/u.test(chain) && claim.text[predicate.end + chain.length] === '、';
}

/**
 * A claim that affirms, flatly, an act told by a verbal noun (規定どおり安全点検を行っていた, 試験運転を
 * 行い) where a listed source says that act — the same noun compound — was left out (安全点検を省いてい
 * た, 試験運転を怠った), and no source says it was done: `support.negation`. Read only where the source
 * has the compound before を and a verb of omitting, so it costs a string test per sentence.
 */
export function checkOmittedAct(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const outside = stripQuotes(claim.text, claim.quotes);
  for (const predicate of claim.predicates) {
    if (predicate.negated || predicate.kind !== 'verb' || outside[predicate.start] === '＊') continue;
    const clause = claim.clauses[predicate.clause] as Clause;
    if (clause.hedges.length > 0 || clause.quoted) continue;
    if (!toldDone(claim, predicate)) continue;
    // The claim leaving the act out itself (確認を省いた) is the source's reading, not its opposite.
    if (claim.predicates.some((other) => OMITTING.has(other.lemma))) continue;
    let omitting: SourceSentence | undefined;
    let compound = '';
    for (const candidate of compoundsOf(claim, predicate)) {
      omitting = alignment.sentences.find(
        (sentence) => sentence.text.includes(`${candidate}を`) && omits(sentence, candidate),
      );
      compound = candidate;
      if (omitting !== undefined) break;
    }
    if (omitting === undefined) continue;
    // A source that says the act was done (on another day, by another party) leaves the claim open.
    const done = alignment.sentences.some((sentence) =>
      sentence.predicates.some(
        (other) =>
          other.lemma === predicate.lemma &&
          !other.negated &&
          sentence.text.slice(0, other.end).endsWith(compound),
      ),
    );
    if (done) continue;
    const text = claim.text.slice(predicate.start, predicate.end);
    return [
      pathFinding(
        'support.negation',
        'error',
        path,
        `The claim affirms 「${text}」, which the source says was left out: 「${omitting.text}」.`,
        text,
        { kind: 'affirms', text, sourceText: omitting.text },
      ),
    ];
  }
  return [];
}
