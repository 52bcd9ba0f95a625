import type { Token } from '../../text/tokenizer.ts';
import { topicOf } from '../../understand/subject.ts';
import type { DocumentUnderstanding, SourceSentence } from '../../understand/understand-document.ts';

/**
 * The story's main actor: the one most sources make the subject of their lead fact or of their
 * headline (news puts who acted first: 北川市は…決めた / 北川市、…決定). Each Japanese source names
 * at most two — its headline's subject (the noun compound its first は/が binds, or in headline
 * style the compound that opens it before 、 or a space) and its lead sentence's subject —,
 * and an actor counts for a source when one of those is it or holds it (北川市 in 北川市教育委員会).
 * Undefined when no actor is named by two sources or more, or two tie: then nothing says who the
 * story is about, and the title is chosen by its event alone.
 */
export function mainActorOf(reads: readonly DocumentUnderstanding[]): string | undefined {
  const named = reads
    .filter((read) => read.document.lang === 'ja')
    .map((read) => {
      const headline = read.sentences.find((sentence) => sentence.isHeadline);
      const lead = read.sentences.find((sentence) => !sentence.isHeadline);
      return [
        headline === undefined ? undefined : headlineActor(headline),
        lead === undefined ? undefined : subjectText(lead),
      ].filter((actor): actor is string => actor !== undefined && [...actor].length >= 2);
    });
  const counts = new Map<string, number>();
  for (const actor of new Set(named.flat()))
    counts.set(actor, named.filter((actors) => actors.some((other) => other.includes(actor))).length);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, next] = ranked;
  if (best === undefined || best[1] < 2) return undefined;
  // An actor held in the best one (北川市 in 北川市長) with as many sources is the same actor.
  if (next !== undefined && next[1] === best[1] && !best[0].includes(next[0]) && !next[0].includes(best[0]))
    return undefined;
  // The shortest form among those of the best count (北川市 rather than 北川市教育委員会).
  return ranked
    .filter(([actor, count]) => count === best[1] && (actor.includes(best[0]) || best[0].includes(actor)))
    .map(([actor]) => actor)
    .sort((a, b) => a.length - b.length)[0];
}

/**
 * Whether a sentence's subject is the main actor: it, one that holds it (北川市長 for 北川市), or
 * the one kanji of its kind that stands for it once named (県 for 筑浦県, 市 for 北川市).
 */
export function leadsWith(sentence: SourceSentence, actor: string | undefined): boolean {
  if (actor === undefined) return false;
  const subject = subjectText(sentence);
  if (subject === undefined) return false;
  return subject.includes(actor) || (/^[都道府県市区町村]$/u.test(subject) && actor.endsWith(subject));
}

/** The noun compound a sentence's first は/が binds (topicOf), when it does not refer back (同社). */
function subjectText(sentence: SourceSentence): string | undefined {
  const text = topicOf(sentence)?.text.replace(/^【[^】]*】/u, '');
  return text === undefined || text.startsWith('同') ? undefined : text;
}

const isNoun = (token: Token) =>
  (token.pos === '名詞' && token.posDetail !== '非自立' && token.posDetail !== '数') ||
  token.pos === '接頭詞';

/** A headline's subject: the named compound its first は/が binds, else the named compound that opens it before 、. */
function headlineActor(headline: SourceSentence): string | undefined {
  const bound = subjectText(headline);
  if (bound !== undefined) return bound;
  const tokens = headline.tokens;
  let end = 0;
  while (end < tokens.length && isNoun(tokens[end] as Token)) end += 1;
  const opening = tokens.slice(0, end);
  if (end === 0 || !/^[、　 ]/u.test(tokens[end]?.surface ?? '')) return undefined;
  return headline.text.slice((opening[0] as Token).start, (opening.at(-1) as Token).end);
}
