import type { Severity } from '../domain/report.ts';
import { excerpt, type LintHit } from './lint-hit.ts';

/**
 * One kind of leak: a pattern (global regex) and how serious a match is. `judge` sees the whole text
 * and the match and returns the severity, or undefined when the match is ordinary text after all.
 */
interface LeakRule {
  code: string;
  pattern: RegExp;
  judge: (text: string, match: RegExpExecArray, context: LeakContext) => Severity | undefined;
  message: (evidence: string, severity: Severity) => string;
}

/** Facts about the whole text that some rules need, computed at most once per text. */
interface LeakContext {
  quoteDepth: (index: number) => number;
}

// Word characters for the "standalone token" test: `undefined` in "undefinedness" or "$undefined"
// is part of another word, while `値はundefinedです` is a leak (Japanese letters are no ASCII word).
const NOT_AFTER_WORD = '(?<![A-Za-z0-9_$])';
const NOT_BEFORE_WORD = '(?![A-Za-z0-9_])';
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/u;
const KANJI_NUMERAL = /[一二三四五六七八九十百千万億兆〇○◯零]/u;

/**
 * True when the token sits inside an English sentence ("the result was undefined in…"), where the
 * word may be meant: then a leak is reported as a warning rather than an error.
 */
function inEnglishProse(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  return /[A-Za-z][,;]?[ \t]+$/.test(before) || /^[,;]?[ \t]+[A-Za-z]/.test(after);
}

const errorUnlessEnglish = (text: string, match: RegExpExecArray): Severity =>
  inEnglishProse(text, match.index, match.index + match[0].length) ? 'warning' : 'error';

/**
 * True when every character between the start of the line and `index` matches `allowed`. Scans
 * backwards and stops at the first other character, so it stays cheap on long lines.
 */
function onlyBeforeOnLine(text: string, index: number, allowed: RegExp): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const char = text[i] as string;
    if (char === '\n' || char === '\r') return true;
    if (!allowed.test(char)) return false;
  }
  return true;
}

/** True when every character from `index` to the end of the line matches `allowed`. */
function onlyAfterOnLine(text: string, index: number, allowed: RegExp): boolean {
  for (let i = index; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\n' || char === '\r') return true;
    if (!allowed.test(char)) return false;
  }
  return true;
}

const BLANK = /[ \t]/;

/**
 * Quote depth before each character: inside 「…」 or 『…』 on the same line, a person quoted in the
 * news may well say 「お役に立てれば」, which is not a model talking to its user. Computed once per
 * text, on the first chatter match.
 */
function quoteDepths(text: string): Uint16Array {
  const depths = new Uint16Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depths[i] = depth;
    const char = text[i];
    if (char === '\n' || char === '\r') depth = 0;
    else if ((char === '「' || char === '『') && depth < 0xffff) depth++;
    else if ((char === '」' || char === '』') && depth > 0) depth--;
  }
  depths[text.length] = depth;
  return depths;
}

const englishNote = (severity: Severity) =>
  severity === 'warning' ? ' (it stands in an English sentence: check that the word is meant)' : '';

const RULES: readonly LeakRule[] = [
  {
    code: 'leak.undefined',
    pattern: new RegExp(`${NOT_AFTER_WORD}undefined${NOT_BEFORE_WORD}`, 'g'),
    judge: errorUnlessEnglish,
    message: (_, severity) =>
      `Literal "undefined" where a value was missing; leave the part out or say that it is unknown${englishNote(severity)}`,
  },
  {
    code: 'leak.null',
    pattern: new RegExp(`${NOT_AFTER_WORD}null${NOT_BEFORE_WORD}`, 'g'),
    judge: errorUnlessEnglish,
    message: (_, severity) =>
      `Literal "null" where a value was missing; leave the part out or say that it is unknown${englishNote(severity)}`,
  },
  {
    // Python's None leaks the same way, but "None of the…" is everyday English: only a None that
    // stands alone on its line or touches Japanese text is reported.
    code: 'leak.null',
    pattern: new RegExp(`${NOT_AFTER_WORD}None${NOT_BEFORE_WORD}`, 'g'),
    judge: (text, match) => {
      const end = match.index + match[0].length;
      const alone = onlyBeforeOnLine(text, match.index, BLANK) && onlyAfterOnLine(text, end, BLANK);
      const neighbours = `${text[match.index - 1] ?? ''}${text[end] ?? ''}`;
      return alone || CJK.test(neighbours) ? 'error' : undefined;
    },
    message: () => 'Literal "None" where a value was missing; leave the part out or say that it is unknown',
  },
  {
    code: 'leak.nan',
    pattern: new RegExp(`${NOT_AFTER_WORD}NaN${NOT_BEFORE_WORD}`, 'g'),
    judge: errorUnlessEnglish,
    message: (_, severity) =>
      `Literal "NaN": a number was computed from a missing value${englishNote(severity)}`,
  },
  {
    code: 'leak.object',
    pattern: /\[object [A-Z][A-Za-z]*\]/g,
    judge: () => 'error',
    message: (evidence) => `"${evidence}": an object was printed instead of its text`,
  },
  {
    code: 'leak.template',
    pattern: /\{\{[^{}\r\n]{0,200}\}\}|\$\{[^{}\r\n]{0,200}\}/g,
    judge: () => 'error',
    message: (evidence) => `Unfilled template slot "${excerpt(evidence)}"`,
  },
  {
    // [ここに見出しを挿入], （ここに画像）, 【社名を入力】: an instruction left where text belongs.
    code: 'leak.placeholder',
    pattern:
      /[[［【〔(（<＜][ \t　]*(?:ここに(?![はもきて至来])[^\]］】〕)）>＞\r\n]{0,40}|[^\]］】〕)）>＞\r\n]{0,40}?(?:を挿入|を入力|を記入|を追加|を入れる|を入れて|が入る|が入ります))[^\]］】〕)）>＞\r\n]{0,20}[\]］】〕)）>＞]/g,
    judge: () => 'error',
    message: (evidence) => `Placeholder "${excerpt(evidence)}" left in the text`,
  },
  {
    code: 'leak.placeholder',
    pattern: /\[(?:insert|enter|add|your|placeholder)\b[^\]\r\n]{0,60}\]/gi,
    judge: () => 'error',
    message: (evidence) => `Placeholder "${excerpt(evidence)}" left in the text`,
  },
  {
    code: 'leak.placeholder',
    pattern:
      /<(?:placeholder|insert[^<>\r\n]{0,40}|[A-Za-z]+_[A-Za-z0-9_]+|name|date|url|title|site|source|author|summary)>/gi,
    judge: () => 'error',
    message: (evidence) => `Placeholder "${excerpt(evidence)}" left in the text`,
  },
  {
    code: 'leak.placeholder',
    pattern: /(?<![A-Za-z0-9_])(?:TODO|FIXME)(?![A-Za-z0-9_])/g,
    judge: () => 'error',
    message: (evidence) => `"${evidence}" marker left in the text`,
  },
  {
    code: 'leak.placeholder',
    pattern: /(?<![A-Za-z0-9_])TBD(?![A-Za-z0-9_])/g,
    judge: errorUnlessEnglish,
    message: (evidence, severity) => `"${evidence}" marker left in the text${englishNote(severity)}`,
  },
  {
    // XXX / xxx (and ＸＸＸ) stand for a value to fill in. Two letters only when they touch Japanese
    // (XX市, XX円), since "XX" alone is also a size or a chromosome.
    code: 'leak.placeholder',
    pattern: /(?<![A-Za-z0-9_Ａ-Ｚａ-ｚ])(?:X{2,}|x{2,}|Ｘ{2,}|ｘ{2,})(?![A-Za-z0-9_Ａ-Ｚａ-ｚ])/g,
    judge: (text, match) => {
      if (match[0].length >= 3) return errorUnlessEnglish(text, match);
      const neighbours = `${text[match.index - 1] ?? ''}${text[match.index + match[0].length] ?? ''}`;
      return CJK.test(neighbours) ? 'error' : undefined;
    },
    message: (evidence, severity) =>
      `"${evidence}" stands where a value belongs (placeholder)${englishNote(severity)}`,
  },
  {
    // 〇〇市, ○○さん, ××社: runs of one mark stand for a name to fill in. Japanese also writes such
    // runs on purpose (伏せ字, masking a name), so this is a warning; and 〇 is also the kanji zero,
    // so a run touching kanji numerals (二〇〇五年, 一〇〇人) is a number, not a placeholder.
    code: 'leak.placeholder',
    pattern: /([〇○◯●□■△×])\1+/g,
    judge: (text, match) => {
      if ('〇○◯'.includes(match[1] as string)) {
        const neighbours = `${text[match.index - 1] ?? ''}${text[match.index + match[0].length] ?? ''}`;
        if (KANJI_NUMERAL.test(neighbours)) return undefined;
      }
      return 'warning';
    },
    message: (evidence) =>
      `"${evidence}" looks like a placeholder for a name or number (fine only if the source masks it on purpose)`,
  },
  {
    // 以下は…の要約です / 以下に記事をまとめました: the model introducing its own answer. The format's
    // own quotation lead 以下は「…」の記事からの引用です is not chatter, hence the 引用 exception.
    code: 'leak.chatter',
    pattern:
      /^[ \t]*(?:以下|下記|次)(?:は|が|に|の|で)[^\r\n]{0,80}?(?:要約|まとめ|記事|文章|回答|解説|説明|ポイント|構成|内容)[^\r\n]{0,40}?(?:です|ます|ました)[。:：!！]?[ \t]*$/gm,
    judge: (_text, match) => (match[0].includes('引用') ? undefined : 'error'),
    message: (evidence) => `Assistant chatter "${excerpt(evidence)}" (the model talking to its user)`,
  },
  {
    code: 'leak.chatter',
    pattern:
      /ご希望(?:であれば|でしたら|の場合は?|があれば)|ご要望(?:があれば|に応じて|でしたら)|お役に立て(?:れば|ると|たら|て幸い)|お気軽に(?:お尋ね|ご質問|お申し付け)|(?:他|ほか)に(?:ご質問|何か(?:ご質問|お手伝い))/g,
    judge: (_text, match, context) => (context.quoteDepth(match.index) > 0 ? undefined : 'error'),
    message: (evidence) => `Assistant chatter "${excerpt(evidence)}" (the model talking to its user)`,
  },
  {
    code: 'leak.chatter',
    pattern:
      /^[ \t]*(?:承知(?:しました|いたしました)|かしこまりました|(?:はい|もちろん(?:です)?)[、,！!。][^\r\n]{0,60}?(?:まとめ|要約|記事を|作成|以下))/gm,
    judge: () => 'error',
    message: (evidence) => `Assistant chatter "${excerpt(evidence)}" (the model talking to its user)`,
  },
  {
    code: 'leak.chatter',
    pattern:
      /\bas an AI(?: language model| assistant| model)?(?=[,.、。]|\s+(?:I|I'm|I am|language|assistant|model)\b)|\bas a (?:large )?language model\b|\b(?:I hope (?:this|that) helps|Hope this helps)\b|\bLet me know if you(?:'d| would)? like\b/gi,
    judge: () => 'error',
    message: (evidence) => `Assistant chatter "${excerpt(evidence)}" (the model talking to its user)`,
  },
  {
    code: 'leak.chatter',
    pattern:
      /^[ \t]*(?:(?:Sure|Certainly|Of course)[,!.]?[ \t]+)?Here(?: is|'s| are) (?:the|a|an|your) [^\r\n]{0,60}?\b(?:summary|article|rewrite|rewritten|version|draft|translation|explainer|overview)\b/gim,
    judge: () => 'error',
    message: (evidence) => `Assistant chatter "${excerpt(evidence)}" (the model talking to its user)`,
  },
  {
    code: 'leak.reasoning',
    pattern: /<\/?(?:think|thinking|reasoning|scratchpad)>|\bLet me think\b|\bLet's think step by step\b/gi,
    judge: () => 'error',
    message: (evidence) => `Reasoning trace "${excerpt(evidence)}" left in the text`,
  },
  {
    // A heading 【思考過程】 or 思考過程: is a trace; the word inside a sentence may be news about AI.
    code: 'leak.reasoning',
    pattern: /思考過程/g,
    judge: (text, match) => {
      const after = text[match.index + match[0].length] ?? '';
      const heading = onlyBeforeOnLine(text, match.index, /[ \t#>*\-【[(（]/);
      return heading || /[:：】\])）]/.test(after) ? 'error' : 'warning';
    },
    message: (evidence, severity) =>
      `Reasoning trace "${evidence}"${severity === 'warning' ? ' (or the word in a sentence: check it)' : ' left in the text'}`,
  },
];

/**
 * Finds leaked values and generation debris in one text: `undefined`, `null`, `NaN`,
 * `[object Object]`, template slots, placeholders, assistant chatter and reasoning traces.
 * Offsets are into `text`. Never throws.
 */
export function findLeaks(text: string): LintHit[] {
  const hits: LintHit[] = [];
  let depths: Uint16Array | undefined;
  const context: LeakContext = {
    quoteDepth: (index) => {
      depths ??= quoteDepths(text);
      return depths[index] ?? 0;
    },
  };
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      if (match[0].length === 0) continue;
      const severity = rule.judge(text, match as RegExpExecArray, context);
      if (severity === undefined) continue;
      hits.push({
        code: rule.code,
        severity,
        offset: match.index,
        length: match[0].length,
        message: rule.message(match[0], severity),
        evidence: match[0],
        params: { text: excerpt(match[0]), severity },
      });
    }
  }
  return hits.sort((a, b) => a.offset - b.offset);
}
