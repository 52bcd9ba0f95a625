import type { Finding } from '../../domain/report.ts';
import type { Token } from '../../text/tokenizer.ts';
import type { SentenceReading } from '../../understand/read-sentence.ts';
import type { Alignment } from './alignment.ts';
import { affirmedWord, unsaidWordFinding } from './unsaid-payment.ts';

// A temporary act no source bounds: 「住民が一時避難した」, 「図書館は一時休館した」, 「同社は当面の間、
// 製造を止める」, 「店はしばらく休業する」. The adverbs of a bounded duration — 一時 written against a
// noun of an act (一時避難, 一時休館, 一時通行止め) or as 一時的, 当面 (for the time being), しばらく (for
// a while) — say that the act or state lasts a while and ends: a manner of the act, told of no act the
// sources do not bound. A summary that calls something temporary where no listed page speaks of
// anything lasting a while, being lifted, resumed or restored gives a fact the sources do not — most
// often the whole act is the claim's own (an evacuation, a closure no page reports). Only these readings
// of the words: 一時 before a number is "at one point" (株価は一時1000円を超えた), before a quotation, a
// particle or a comma "at one time" (肩書を一時「…」と伝えた), and 一時金 is a lump sum; 当面の課題 is the
// task at hand (only 当面の間 and 当面 before anything but の bound an act); しばらくして, しばらくすると
// and しばらく後 are "after a while". Those say nothing of an act's duration and are left alone. Only an
// act the claim affirms.

/**
 * Whether `token` (with `next` after it, and the claim's `text` after the token) is an adverb of a
 * bounded duration: the noun 一時 with 的 after it (一時的に) or with a noun of an act after it
 * (一時避難, 一時通行止め) — not a number (一時1000円), not 金 (一時金, a lump sum); 当面 not before の
 * but in 当面の間; しばらく not before して, すると, 後, たって or 経って.
 */
function isTemporary(token: Token, next: Token | undefined, after: string): boolean {
  if (token.surface === '当面' && token.pos === '名詞')
    return !after.startsWith('の') || after.startsWith('の間');
  if (token.surface === 'しばらく' && token.pos === '副詞') return !/^(?:し|す|後|たっ|経っ)/u.test(after);
  if (token.pos !== '名詞' || token.surface !== '一時' || next === undefined) return false;
  if (next.surface === '的') return true;
  return next.pos === '名詞' && next.posDetail !== '数' && next.posDetail !== '接尾' && next.surface !== '金';
}

/**
 * A source word of something lasting a while or ending: 一時 itself, a pause (一旦, しばらく, 当面),
 * a provisional or interim arrangement (暫定, 臨時), the end of a closure or a stop (再開, 解除, 復旧,
 * 復帰, 再び); in English the same (temporarily, briefly, for a while, for now, resumed, reopened,
 * restored, lifted, until, for N hours). Any of them anywhere in a listed page lets a claim call an act
 * temporary in words of its own.
 */
const BOUNDED_JA = /一時|一旦|いったん|しばらく|暫く|当面|暫定|臨時|再開|解除|復旧|復帰|再び/u;
const BOUNDED_EN =
  /\b(?:temporar\w*|briefly|for a while|for a time|for now|for the time being|resum\w*|reopen\w*|restor\w*|lifted|until|for (?:about |nearly |around |more than )?\w+ (?:hours?|minutes|days))\b/iu;

/**
 * An act told temporary (isTemporary, affirmed, outside quotes) where no sentence of the listed pages, in
 * any language, has a word of something lasting a while or ending (BOUNDED_JA, BOUNDED_EN): the claim
 * adds that the act was temporary, and most often the act itself.
 */
export function checkUnsaidTemporary(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.scope.length === 0) return [];
  // Cheap test first: no adverb of the class in the claim's text, nothing to read.
  if (!/一時|当面|しばらく/u.test(claim.text)) return [];
  return unsaidWordFinding(
    alignment,
    path,
    affirmedWord(claim, (token, next) => isTemporary(token, next, claim.text.slice(token.end))),
    (text) => BOUNDED_JA.test(text) || BOUNDED_EN.test(text),
    'temporary',
    (word) =>
      `No listed source speaks of anything lasting a while, lifted or resumed: 「${word}」 adds that an act was temporary.`,
  );
}
