import { type Finding, pathFinding } from '../../domain/report.ts';
import { latinWords, spelledInEnglish, unvoicedLatin } from '../../text/name-spellings.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import { romanize } from '../../text/romanize.ts';
import type { Token, Tokenizer } from '../../text/tokenizer.ts';
import { namesBody, refersTo } from '../../understand/coreference.ts';
import { deniesWording, isRetractedSpan, tellsCorrection } from '../../understand/correction-note.ts';
import { otherLevelBody } from '../../understand/jurisdiction.ts';
import { clauseAt, type SentenceReading, stripQuotes } from '../../understand/read-sentence.ts';
import { subjectOf, topicOf } from '../../understand/subject.ts';
import {
  compoundsStartingLike,
  type DocumentUnderstanding,
  isAbbreviationOf,
  nfkcTextOf,
  nounCompounds,
  retractedWordingOf,
  type SourceSentence,
} from '../../understand/understand-document.ts';
import type { ClaimCheckOptions } from '../check-claim.ts';
import { type Alignment, overlapScorer } from './alignment.ts';
import { commonLoanword, inOtherForm, standsAsParticipant } from './loanwords.ts';
import { mentions, UNIT_READINGS } from './speakers.ts';

// Names: in the listed sources (or their English pages, by reading), and said of what the claim says.

export function checkNames(
  claim: SentenceReading,
  alignment: Alignment,
  path: string,
  kind: NonNullable<ClaimCheckOptions['kind']>,
  tokenizer?: Tokenizer,
): Finding[] {
  const out: Finding[] = [];
  const outside = stripQuotes(claim.text, claim.quotes);
  // A public body named with another level of government (県選挙管理委員会 for 市選挙管理委員会), or a
  // place or facility named with the opposite direction or side (南尾根 for 北尾根, 下り線 for 上り線).
  const localTexts = alignment.local.map((understanding) => understanding.norm);
  const mixedUnits = mixedScriptUnits(localTexts);
  // A name set in brackets ends there, or runs on into the words after it (「日向化成」小鳩工場).
  const spellings = alignment.local.flatMap((understanding) => [
    understanding.norm,
    unbracketed(understanding),
  ]);
  for (const compound of nounCompounds(claim.tokens)) {
    const named =
      otherLevelBody(compound, localTexts) ??
      oppositeSideOf(compound, localTexts) ??
      otherSpellingOf(compound, spellings) ??
      otherUnitOf(compound, localTexts, alignment);
    if (named !== undefined)
      out.push(
        pathFinding(
          'support.name',
          'error',
          path,
          `The sources name 「${named}」, not 「${compound}」.`,
          compound,
        ),
      );
  }
  const renamed = otherNameHeadOf(claim, localTexts);
  if (renamed !== undefined && !out.some((finding) => finding.code === 'support.name'))
    out.push(
      pathFinding(
        'support.name',
        'error',
        path,
        `The sources name 「${renamed.named}」, not 「${renamed.claimed}」.`,
        renamed.claimed,
      ),
    );
  const otherHead = out.some((finding) => finding.code === 'support.name')
    ? undefined
    : otherHeadOfKind(claim, outside, alignment.local);
  if (otherHead !== undefined)
    out.push(
      pathFinding(
        'support.name',
        'error',
        path,
        `The sources name 「${otherHead.named}」, not 「${otherHead.claimed}」.`,
        otherHead.claimed,
      ),
    );
  const respeltRun = out.some((finding) => finding.code === 'support.name')
    ? undefined
    : oneKanjiOffRunOf(claim, outside, alignment.local);
  if (respeltRun !== undefined)
    out.push(
      pathFinding(
        'support.name',
        'error',
        path,
        `The sources name 「${respeltRun.named}」, not 「${respeltRun.claimed}」.`,
        respeltRun.claimed,
      ),
    );
  // A wording a correction note retracts, in brackets, that the claim writes though no name reads it
  // (区名を「東区」と書きましたが、正しくは「西区」です, for a claim saying …市東区の会社): no source states it.
  // Figures are the quantity check's.
  for (const wording of retractedWordings(alignment)) {
    const at = claim.text.normalize('NFKC').indexOf(wording);
    const retracted =
      !claim.names.includes(wording) && at >= 0
        ? retractedFinding(claim.text, wording, at, 'wording', alignment, path)
        : undefined;
    if (retracted !== undefined) out.push(retracted);
  }
  const english = alignment.scope.filter((understanding) => understanding.document.lang !== 'ja');
  const englishText = lowerTextOf(english);
  for (const name of claim.names) {
    const at = claim.text.normalize('NFKC').indexOf(name);
    if (at >= 0 && outside.normalize('NFKC')[at] === '＊') continue;
    if (/^[A-Za-z][A-Za-z\s.'-]*$/u.test(name)) {
      const loose = name.toLowerCase().replace(/[^a-z]/gu, '');
      if (alignment.scope.some((u) => latinLettersOf(u).includes(loose))) continue;
    }
    // The outlet's own name (千鳥タイムズは…と伝えている, （Harbor Wire）) is a name its page gives:
    // who reported what. Compared as the site names are kept: spaces and widths aside.
    const normal = normalizeForMatch(name);
    if ([...alignment.siteNames.values()].some((site) => site !== '' && site.includes(normal))) continue;
    if (alignment.local.some((understanding) => understanding.norm.includes(name))) {
      // A name the page gives only as the wrong wording of its correction note (「X」としていましたが、
      // 誤りでした) is one no source states.
      // A claim that names it to deny it (「北川橋」ではなかった) says what the note says.
      const retracted = retractedFinding(claim.text, name, claim.text.indexOf(name), 'name', alignment, path);
      if (retracted !== undefined) {
        out.push(retracted);
        continue;
      }
      // A title or keyword list gives a name no context to check it in.
      const misplaced = kind === 'claim' ? checkNameContext(claim, alignment, name, path) : undefined;
      if (misplaced !== undefined) out.push(misplaced);
      continue;
    }
    // A piece of a name written in Latin letters joined to kana (FMかぴらち: the tokenizer cuts it
    // after its か) where a source writes that whole name as one unit.
    if (insideMixedScriptName(claim.text, name, mixedUnits)) continue;
    if (english.length > 0 && englishText.includes(name.toLowerCase())) continue;
    if (english.length > 0 && matchesReading(name, claim, englishText)) continue;
    if (
      english.length > 0 &&
      tokenizer !== undefined &&
      matchesAnyReading(name, claim, englishText, tokenizer)
    )
      continue;
    if (abbreviates(alignment, name)) continue;
    // A loanword (コメ, ジュース) over an English source may be its translation: for a person to check.
    const isLoanword = !claim.tokens.some(
      (token) => token.nameKind !== undefined && name.includes(normalizeForMatch(token.surface)),
    );
    // …unless a Japanese source writes it with one character changed (鳶ノ巣山 for 鷹ノ巣山): a name is
    // written one fixed way, and a translation does not land one character off the sources' spelling.
    const respelt = english.length > 0 ? oneCharacterOff(name, localTexts) : undefined;
    if (respelt !== undefined) {
      out.push(
        pathFinding(
          'support.name',
          'error',
          path,
          `The sources name 「${respelt}」, not 「${name}」.`,
          name,
          {
            kind: 'missing',
            text: name,
          },
        ),
      );
      continue;
    }
    // A loanword the English page's news vocabulary gives (bus → バス, english-gloss.ts) is its word.
    // The name is read without a closing long-vowel mark (メーカー → メーカ), the key with it.
    if (
      english.length > 0 &&
      isLoanword &&
      english.some((understanding) => understanding.keys.has(name) || understanding.keys.has(`${name}ー`))
    )
      continue;
    if (english.length > 0 && isLoanword) {
      out.push(
        pathFinding(
          'support.cross-language',
          'warning',
          path,
          `「${name}」 is in no Japanese source; a person should check it against the English one.`,
          name,
          { kind: 'name', text: name },
        ),
      );
      continue;
    }
    // A common loanword (ネック, ホテル) is a word, not a name: an added fact where it stands as a
    // participant of its clause and no source has it in any form (loanwords.ts); a claim's only.
    const loanword = kind === 'claim' ? commonLoanword(claim, name) : undefined;
    if (loanword !== undefined) {
      if (
        standsAsParticipant(claim.tokens, ...loanword) &&
        !inOtherForm(alignment, name, alignment.synonyms.get(name) ?? [])
      )
        out.push(
          pathFinding(
            'support.addition',
            'error',
            path,
            `No listed source has 「${name}」 in any form: the claim adds it.`,
            name,
            { kind: 'word', words: `「${name}」` },
          ),
        );
      continue;
    }
    out.push(
      pathFinding('support.name', 'error', path, `The name 「${name}」 is not in the listed sources.`, name, {
        kind: 'missing',
        text: name,
      }),
    );
  }
  return out;
}

/**
 * A name written in Latin letters joined straight to kana or kanji that a page sets whole in brackets
 * (「FMかぴらち」): orthography, not a list — no space or particle parts it, and the brackets bound it.
 */
const MIXED_SCRIPT_UNIT =
  /[「『]([A-Za-z]+[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]+)[」』]/gu;

/** The mixed-script units (MIXED_SCRIPT_UNIT) the sources write, read once per claim. */
export function mixedScriptUnits(localTexts: readonly string[]): string[] {
  return [
    ...new Set(
      localTexts.flatMap((source) => [...source.matchAll(MIXED_SCRIPT_UNIT)].map((m) => m[1] ?? '')),
    ),
  ];
}

/**
 * Whether the claim's name starts inside one of the sources' mixed-script units (`mixedScriptUnits`)
 * that the claim writes whole, the name running on past the unit by hiragana only (its particle:
 * ぴらちの of FMかぴらちの). The whole unit is compared: one written with a character changed is no match.
 */
export function insideMixedScriptName(text: string, name: string, units: readonly string[]): boolean {
  if (units.length === 0) return false;
  const norm = normalizeForMatch(text);
  const at = norm.indexOf(name);
  if (at <= 0) return false;
  for (const unit of units) {
    const latin = /^[A-Za-z]+/u.exec(unit)?.[0].length ?? 0;
    for (let start = norm.indexOf(unit); start >= 0; start = norm.indexOf(unit, start + 1)) {
      const end = start + unit.length;
      if (/[A-Za-z]/u.test(norm[start - 1] ?? '')) continue;
      if (at <= start + latin - 1 || at >= end) continue;
      if (/^\p{Script=Hiragana}{0,2}$/u.test(norm.slice(end, at + name.length))) return true;
    }
  }
  return false;
}

/**
 * The sources' spelling of a name of four characters or more that differs from it in one kanji or
 * katakana only (鳶ノ巣山 / 鷹ノ巣山), taken whole (no name character right before or after it).
 */
function oneCharacterOff(name: string, texts: readonly string[]): string | undefined {
  const chars = [...name];
  const nameChar = /[\p{Script=Han}\p{Script=Katakana}]/u;
  if (chars.length < 4 || chars.length !== name.length) return undefined;
  for (let i = 0; i < chars.length; i++) {
    if (!nameChar.test(chars[i] as string)) continue;
    const prefix = name.slice(0, i);
    const suffix = name.slice(i + 1);
    // Searched from an unchanged side that is not empty (the suffix when the first character changed).
    const [anchor, offset] = i === 0 ? [suffix, 1] : [prefix, 0];
    for (const text of texts)
      for (let found = text.indexOf(anchor, offset); found >= 0; found = text.indexOf(anchor, found + 1)) {
        const at = found - offset;
        const changed = text[at + i] ?? '';
        if (!text.startsWith(prefix, at) || !text.startsWith(suffix, at + i + 1)) continue;
        if (changed === chars[i] || !nameChar.test(changed)) continue;
        if (nameChar.test(text[at - 1] ?? '') || nameChar.test(text[at + name.length] ?? '')) continue;
        return text.slice(at, at + name.length);
      }
  }
  return undefined;
}

// A run of kanji as names are written (ヶ and 々 inside: 梨ヶ丘, 佐々森).
const KANJI_RUN = /[\p{Script=Han}々ヶ]{3,}/gu;
// Kanji that write a number or an amount, or refer back (同, 本, 当, 各, 両, 全): another such kanji is
// another value or reference, for the number and coreference checks, not another name.
const NOT_NAME_KANJI = /[〇一二三四五六七八九十百千万億兆数何半同本当各両全計約]/u;

/**
 * A proper name is written one fixed way (the vname28 round): a run of three kanji or more outside the
 * claim's quotes that no source writes, while a source sentence writes a run of the same length with
 * one kanji changed (鶉電工 / 鶉電設, 楠坂橋 / 榎坂橋, 楢葉匠 / 楢葉巧), names another person,
 * place or body. The runs are taken whole (no kanji right before or after either), and one of the two
 * must read as a name by the dictionary's tokens: a proper noun, or a lone kanji it does not join to a
 * word (鶉 電設) — a common compound with another kanji (生産額 / 生産量, 事故原因 / 事故要因,
 * the dictionary's words throughout) is a paraphrase or another quantity, left alone. Kanji of numbers
 * and references (三 / 五, 同 / 本) are the other checks'. Returns the two runs; undefined otherwise.
 */
function oneKanjiOffRunOf(
  claim: SentenceReading,
  outside: string,
  local: readonly DocumentUnderstanding[],
): { claimed: string; named: string } | undefined {
  const sentences = local.flatMap((understanding) => understanding.sentences);
  for (const run of outside.matchAll(KANJI_RUN)) {
    const claimed = run[0];
    if ([...claimed].length !== claimed.length) continue;
    if (local.some((understanding) => understanding.norm.includes(claimed))) continue;
    // A 略称 of a name the sources write in full (県選管 for 県選挙管理委員会) is that name, whatever
    // other short name it is one kanji off (市選管).
    if (abbreviatesIn(local, claimed)) continue;
    for (const sentence of sentences)
      for (const found of sentence.text.matchAll(KANJI_RUN)) {
        const named = found[0];
        if (named.length !== claimed.length) continue;
        let changed = -1;
        let differences = 0;
        for (let i = 0; i < named.length; i++)
          if (named[i] !== claimed[i]) {
            differences++;
            changed = i;
          }
        if (differences !== 1) continue;
        const [was, is] = [named[changed] as string, claimed[changed] as string];
        if (!/\p{Script=Han}/u.test(was) || !/\p{Script=Han}/u.test(is)) continue;
        if (NOT_NAME_KANJI.test(was) || NOT_NAME_KANJI.test(is)) continue;
        if (OPPOSITE_SIDES.get(is) === was) continue;
        if (
          !nounRun(claim.text, claim.tokens, run.index, claimed.length) ||
          !nounRun(sentence.text, sentence.tokens, found.index, named.length)
        )
          continue;
        if (
          readsAsName(claim.tokens, run.index, claimed.length) ||
          readsAsName(sentence.tokens, found.index, named.length)
        )
          return { claimed, named };
      }
  }
  return undefined;
}

/**
 * Whether [start, start + length) is a run of nouns taken whole: the dictionary's tokens begin and end
 * with it, each a noun or a noun prefix (no verb's stem, 混ぜ of 国産米混ぜ), and no figure, katakana
 * or Latin letter runs on into it (3回来港, 星ノ浦来港 start inside another word).
 */
function nounRun(text: string, tokens: readonly Token[], start: number, length: number): boolean {
  if (/[\p{Nd}\p{Script=Katakana}\p{Script=Latin}ー・]/u.test(text.normalize('NFKC')[start - 1] ?? ''))
    return false;
  const end = start + length;
  const inside = tokens.filter((token) => token.end > start && token.start < end);
  return (
    inside.length > 0 &&
    inside.every(
      (token) => token.start >= start && token.end <= end && (token.pos === '名詞' || token.pos === '接頭詞'),
    )
  );
}

/**
 * Whether the tokens over [start, start + length) give a proper noun, or a lone kanji the dictionary
 * tags a common noun of its own (鶉 of 鶉電設): a name's kanji it cannot join to a word. A lone kanji
 * of time or place (前, 日 of 着工前 / 着工日: 副詞可能, 接尾) is no name.
 */
function readsAsName(tokens: readonly Token[], start: number, length: number): boolean {
  return tokens.some(
    (token) =>
      token.start >= start &&
      token.end <= start + length &&
      token.pos === '名詞' &&
      (token.posDetail === '固有名詞' ||
        (token.end - token.start === 1 &&
          /\p{Script=Han}/u.test(token.surface) &&
          token.posDetail === '一般')),
  );
}

// The closed class of kanji pairs that name a direction or a side (方角・位置の対義): a compound
// that differs from the sources' only by one of them (北口 / 南口, 上り線 / 下り線, 東棟 / 西棟)
// names another place.
const OPPOSITE_SIDES = new Map([
  ['東', '西'],
  ['西', '東'],
  ['南', '北'],
  ['北', '南'],
  ['上', '下'],
  ['下', '上'],
  ['左', '右'],
  ['右', '左'],
  ['内', '外'],
  ['外', '内'],
]);

// A source's normalized text without its brackets, made once per source reading (not per claim).
const unbracketedTexts = new WeakMap<DocumentUnderstanding, string>();
function unbracketed(understanding: DocumentUnderstanding): string {
  let text = unbracketedTexts.get(understanding);
  if (text === undefined) {
    text = understanding.norm.replace(/[「」『』]/gu, '');
    unbracketedTexts.set(understanding, text);
  }
  return text;
}

/**
 * The sources' compound that the claim's compound names with the opposite direction or side,
 * where the sources never write the claim's own compound; undefined otherwise.
 */
function oppositeSideOf(compound: string, texts: readonly string[]): string | undefined {
  const chars = [...compound];
  if (chars.length < 3 || texts.some((text) => text.includes(compound))) return undefined;
  for (let i = 0; i < chars.length; i++) {
    const other = OPPOSITE_SIDES.get(chars[i] as string);
    if (other === undefined) continue;
    const named = [...chars.slice(0, i), other, ...chars.slice(i + 1)].join('');
    if (texts.some((text) => text.includes(named))) return named;
  }
  return undefined;
}

/**
 * A proper name is written one fixed way: a compound of the claim that no source writes, while a
 * source writes it with one kanji past its first two changed (鷲尾精工 for 鷲尾精機, 汐見学園大学
 * for 汐見学院大学), names another body. The sources' compound is taken whole (石黒康弘院長 is no
 * spelling of 石黒康弘氏). Returns the sources' spelling; undefined otherwise.
 */
function otherSpellingOf(compound: string, texts: readonly string[]): string | undefined {
  // Compared by UTF-16 code units: a name with a character outside the BMP is left alone.
  if (compound.length < 4 || [...compound].length !== compound.length) return undefined;
  if (texts.some((text) => text.includes(compound))) return undefined;
  const nameChar = /[\p{Script=Han}\p{Script=Katakana}]/u;
  for (let i = 2; i < compound.length; i++) {
    if (!/\p{Script=Han}/u.test(compound[i] as string)) continue;
    const prefix = compound.slice(0, i);
    const suffix = compound.slice(i + 1);
    for (const text of texts)
      for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
        const changed = text[at + i] ?? '';
        const end = at + compound.length;
        if (
          changed === compound[i] ||
          !/\p{Script=Han}/u.test(changed) ||
          !text.startsWith(suffix, at + i + 1) ||
          nameChar.test(text[at - 1] ?? '') ||
          nameChar.test(text[end] ?? '')
        )
          continue;
        // …where the sources' spelling names a body through the changed kanji (鷲尾精機, 汐見学院: a
        // company's or a public body's last word), not a common compound (水揚げ量 / 水揚げ減).
        const spelt = text.slice(at, end);
        for (let k = i + 1; k <= spelt.length; k++) if (namesBody(spelt.slice(0, k))) return spelt;
      }
  }
  return undefined;
}

/**
 * A body's name is a proper head and the word for its kind (真砂 + 農業大学, 北斗 + 建設工業): a name
 * of a body in the claim (by how such names end, namesBody) that no source writes, while a source names
 * a body with the same kind and another head of two kanji, names another body (水瀬農業大学 for
 * 真砂農業大学). Both heads are taken whole (no kanji or katakana right before them), and the claim's
 * head must read as a name: a proper noun, or kanji the dictionary does not know as one word (水 瀬); a
 * head that is one common noun (地元, 国立) describes the body and is left alone. Returns the two names;
 * undefined otherwise.
 */
function otherNameHeadOf(
  claim: SentenceReading,
  texts: readonly string[],
): { claimed: string; named: string } | undefined {
  const text = claim.text;
  const nameChar = /[\p{Script=Han}\p{Script=Katakana}]/u;
  for (const run of text.matchAll(/\p{Script=Han}{4,}/gu)) {
    const start = run.index;
    const head = run[0].slice(0, 2);
    if ([...run[0]].length !== run[0].length) continue;
    const token = claim.tokens.find((t) => t.start === start);
    if (token !== undefined && token.end === start + 2 && token.posDetail !== '固有名詞') continue;
    // The head is a word of its own: the dictionary's tokens break right after it.
    if (!claim.tokens.some((t) => t.start === start + 2)) continue;
    for (let end = run[0].length; end >= 4; end--) {
      const claimed = run[0].slice(0, end);
      if (!namesBody(claimed) || texts.some((t) => t.includes(claimed))) continue;
      const kind = claimed.slice(2);
      // A source that writes the head with the kind's first kanji names it shorter (北嶺大 for 北嶺大学).
      if (texts.some((t) => t.includes(head + kind.slice(0, 1)))) break;
      for (const source of texts)
        for (let at = source.indexOf(kind, 2); at >= 0; at = source.indexOf(kind, at + 1)) {
          const other = source.slice(at - 2, at);
          if (other === head || !/^\p{Script=Han}{2}$/u.test(other) || nameChar.test(source[at - 3] ?? ''))
            continue;
          return { claimed, named: other + kind };
        }
    }
  }
  return undefined;
}

// Words for a kind of facility or service a proper name is given to (a dam, a bridge, a station, a
// school, a power plant, a service company): general Japanese, like namesBody's endings for bodies.
const NAMED_FACILITY_END =
  /(?:ダム|大橋|トンネル|空港|駅|病院|学校|高校|保育園|幼稚園|公園|海水浴場|発電所|変電所|事務所|工場|センター|サービス|保安部|本部|支部)$/u;
// The characters of a proper name's head: kanji, katakana, and the ヶ / ノ of place names.
const HEAD_CHAR = /[\p{Script=Han}\p{Script=Katakana}ヶノー々]/u;

/**
 * A name of a body or facility is its own head and the word for its kind (奥蓬 + ダム, 葛野 + 点検サービス):
 * a name in the claim that no source writes, whose head (two to four name characters, read as a name:
 * proper nouns or lone characters, no common word of two or more) is put before a kind that a source
 * writes only after another head (県営奥蓬ダム, 浜鴫漁協), names another body — often one built from
 * another name of the page (the island's, the parent company's). A kind with and without other words
 * of the claim's head (X の kind), a short form of the claim's name (head + the kind's first or last
 * character: 北嶺大, 笹越署), a 略称 and heads of figures or references (同, 本) are left alone.
 * Complements otherNameHeadOf (kanji only, two-kanji heads). Returns the two names; undefined otherwise.
 */
function otherHeadOfKind(
  claim: SentenceReading,
  outside: string,
  local: readonly DocumentUnderstanding[],
): { claimed: string; named: string } | undefined {
  const texts = local.map((understanding) => understanding.norm);
  for (const run of outside.matchAll(/[\p{Script=Han}\p{Script=Katakana}ヶノー々]{3,}/gu)) {
    // A counter right after a figure (the 日 of 5日梨ノ木市, a headline's date before the name) is the
    // figure's, not a head of the name: the run starts after it.
    const counter = /[0-9０-９]$/u.test(outside.slice(0, run.index))
      ? claim.tokens.find((token) => token.start === run.index)
      : undefined;
    const skip = counter === undefined ? 0 : counter.end - counter.start;
    const name = run[0].slice(skip);
    const start = run.index + skip;
    if (name.length < 3) continue;
    if (texts.some((text) => text.includes(name)) || abbreviatesIn(local, name)) continue;
    for (let length = 2; length <= 4 && length <= name.length - 2; length++) {
      const head = name.slice(0, length);
      const kind = name.slice(length);
      if (!(namesBody(name) || NAMED_FACILITY_END.test(name)) || NOT_NAME_KANJI.test(head)) continue;
      const inside = claim.tokens.filter((token) => token.end > start && token.start < start + length);
      if (
        inside.length === 0 ||
        inside.some((token) => token.start < start || token.end > start + length) ||
        !claim.tokens.some((token) => token.start === start + length) ||
        inside.some(
          (token) =>
            token.end - token.start >= 2 && !(token.pos === '名詞' && token.posDetail === '固有名詞'),
        ) ||
        !readsAsName(claim.tokens, start, length)
      )
        continue;
      if (
        texts.some(
          (text) =>
            text.includes(`${head}の${kind}`) ||
            text.includes(head + kind.slice(0, 1)) ||
            text.includes(head + kind.slice(-1)),
        )
      )
        continue;
      for (const sentence of local.flatMap((understanding) => understanding.sentences)) {
        const text = sentence.text;
        for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + 1)) {
          // The source's head: the name characters right before the kind (at most four), from the
          // first dictionary token that starts a name there — proper nouns or lone characters, no
          // common word of two or more (県営 of 県営奥蓬ダム, 停電 of …戸停電変電所 are no name).
          if (!sentence.tokens.some((token) => token.start === at)) continue;
          let from = at;
          while (from > 0 && HEAD_CHAR.test(text[from - 1] as string) && at - from < 4) from--;
          const start = sentence.tokens.find(
            (token) =>
              token.start >= from &&
              token.start <= at - 2 &&
              sentence.tokens
                .filter((word) => word.end > token.start && word.start < at)
                .every(
                  (word) =>
                    word.end - word.start < 2 || (word.pos === '名詞' && word.posDetail === '固有名詞'),
                ),
          )?.start;
          if (start === undefined) continue;
          const other = text.slice(start, at);
          if ([...other].length !== other.length) continue;
          if (other === head || head.endsWith(other) || other.endsWith(head)) continue;
          if (NOT_NAME_KANJI.test(other)) continue;
          return { claimed: name, named: other + kind };
        }
      }
    }
  }
  return undefined;
}

/**
 * A body named by its parent and a unit or kind of its own (北嶺大水産学部, 灯島自治会): a compound of
 * the claim that names a body (or a department, 〜部) no source writes, where a source names one with
 * the same first two characters or more and another middle or end (北嶺大理学部 for 北嶺大水産学部,
 * 灯島漁協 for 灯島自治会), is another body of that parent. A 略称 or a longer form of the sources'
 * name (北嶺大学水産学部) is not: the parts that differ must both have a kanji or katakana of their own.
 */
function otherUnitOf(compound: string, texts: readonly string[], alignment: Alignment): string | undefined {
  const isBody = (name: string) => namesBody(name) || /[^部]部$/u.test(name);
  if ([...compound].length < 4 || !isBody(compound) || texts.some((text) => text.includes(compound)))
    return undefined;
  const mine = [...compound];
  let found: { name: string; shared: number } | undefined;
  for (const understanding of alignment.local)
    for (const other of understanding.compounds) {
      if (!isBody(other) || isAbbreviationOf(other, compound)) continue;
      // The sources' name with a whole word of its middle left out (東山大学病院 for 東山医科大学病院)
      // names another body: a 略称 keeps a character of each word (北嶺大 for 北嶺大学).
      if (dropsMiddleWord(compound, other)) {
        found = { name: other, shared: mine.length };
        continue;
      }
      if (isAbbreviationOf(compound, other)) continue;
      const theirs = [...other];
      let p = 0;
      while (p < mine.length && p < theirs.length && mine[p] === theirs[p]) p++;
      if (p < 2) continue;
      // The body the claim joins to the parent is one the sources name bare (市議会 with 楢崎市 named elsewhere).
      if (texts.some((text) => text.includes(mine.slice(p).join('')))) continue;
      let q = 0;
      while (q < mine.length - p && q < theirs.length - p && mine.at(-1 - q) === theirs.at(-1 - q)) q++;
      const ownPart = mine.slice(p, mine.length - q).join('');
      const sourcePart = theirs.slice(p, theirs.length - q).join('');
      const kana = /[\p{Script=Han}\p{Script=Katakana}]/u;
      // The closest of the sources' names: the most shared at both ends (北嶺大水産学部, not 北嶺県).
      if (kana.test(ownPart) && kana.test(sourcePart) && (found === undefined || p + q > found.shared))
        found = { name: other, shared: p + q };
    }
  return found?.name;
}

/**
 * True when `short` is `long` without a run of two kanji or more in its middle, with two characters
 * or more kept on each side (東山 + 大学病院 of 東山医科大学病院).
 */
function dropsMiddleWord(short: string, long: string): boolean {
  const dropped = long.length - short.length;
  if (dropped < 2 || short.length < 4) return false;
  for (let at = 2; at + dropped <= long.length - 2; at++)
    if (
      long.slice(0, at) === short.slice(0, at) &&
      long.slice(at + dropped) === short.slice(at) &&
      /^\p{Script=Han}+$/u.test(long.slice(at, at + dropped))
    )
      return true;
  return false;
}

/**
 * The wordings the listed pages' correction notes retract, as they write them in brackets right before
 * the verb that wrote them (「東区」 of 区名を「東区」と書きましたが、正しくは…); none with a figure.
 */
function retractedWordings(alignment: Alignment): string[] {
  const out: string[] = [];
  for (const understanding of alignment.local)
    for (const sentence of understanding.sentences) {
      const wording = retractedWordingOf(sentence);
      if (wording !== null) out.push(wording);
    }
  return out;
}

/** True when every place the listed pages write the name is the wrong wording a correction note retracts. */
function onlyRetracted(alignment: Alignment, name: string): boolean {
  let seen = false;
  for (const understanding of alignment.local)
    for (const sentence of understanding.sentences) {
      const text = nfkcTextOf(sentence);
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (!isRetractedSpan(text, at, at + name.length)) return false;
        seen = true;
      }
    }
  return seen;
}

/**
 * A name the sources have, but not for what the claim says of it (another hospital made the
 * announcement, another company builds the hotel): the sentences that name it must align with the
 * claim's words about it at least half as well as the best sentence does.
 */
function checkNameContext(
  claim: SentenceReading,
  alignment: Alignment,
  name: string,
  path: string,
): Finding | undefined {
  const at = claim.text.normalize('NFKC').indexOf(name);
  if (at < 0) return undefined;
  // Only names the dictionary knows as people, organisations or places (not loanwords such as バックアップ).
  if (
    !claim.tokens.some(
      (token) => token.nameKind !== undefined && name.includes(normalizeForMatch(token.surface)),
    )
  )
    return undefined;
  // Who else takes part is not what the claim says of this name: the は-topic of a clause whose agent
  // this name is, bound by が (本店は建築家の田中が設計した, as in 象は鼻が長い).
  const topic = subjectOf(claim);
  const boundByWa = topic !== undefined && claim.text.slice(topic.end, topic.end + 1) === 'は';
  const agentOfTopic = boundByWa && claim.text.normalize('NFKC').indexOf(`${name}が`, topic.end) >= 0;
  // …and the other way round, the topic of such a clause is what its agent acted on: news presents it,
  // then says what the agent did to it in the next sentences (建物は…完成した。田中が設計し、…).
  const topicOfAgent =
    boundByWa &&
    normalizeForMatch(topic.text).includes(name) &&
    claim.people.some((person) => claim.text.normalize('NFKC').indexOf(`${person}が`, topic.end) >= 0);
  // A body presented with its member (「…の会」の川口代表は, 北浦労組の川口委員長は): news names the body,
  // then its member in the sentences after, so those sentences say what the claim says of the body.
  const plain = claim.text.normalize('NFKC');
  const bodyOfMember = claim.people.some((person) => {
    const member = plain.indexOf(`の${person}`, at + name.length);
    return at >= 0 && member >= 0 && !/[、。はが]/u.test(plain.slice(at + name.length, member));
  });
  const others = (agentOfTopic ? [normalizeForMatch(topic.text)] : []).filter(
    (other) => other !== name && !other.includes(name) && !name.includes(other),
  );
  const aboutName = (keys: readonly string[]) =>
    [...new Set(keys)].filter(
      (key) =>
        alignment.weights.has(key) &&
        !name.includes(key) &&
        !key.includes(name) &&
        !others.some((other) => other.includes(key)),
    );
  let keys = aboutName(clauseAt(claim, at).keys);
  const weight = (list: readonly string[]) =>
    list.reduce((sum, key) => sum + (alignment.weights.get(key) ?? 0), 0);
  if (weight(keys) < 2.5) keys = aboutName(claim.keys);
  if (weight(keys) < 2.5) return undefined;
  let best = 0;
  let withName = 0;
  const scoreOf = overlapScorer(alignment, keys);
  // A person is carried over; a place or an organisation is named where it acts.
  const isPerson = claim.tokens.some(
    (token) => token.nameKind === 'person' && name.includes(normalizeForMatch(token.surface)),
  );
  const kinds = kindsNamed(claim, name);
  const heads = headsLocated(claim, name);
  for (const sentence of alignment.sentences) {
    const score = scoreOf(sentence);
    best = Math.max(best, score);
    // Only a sentence scoring above the best one naming it so far can raise withName.
    if (score <= withName) continue;
    // News carries the subject over a few sentences (高森市長は…。…とも述べた。), across paragraphs too.
    const document = alignment.scope.find((u) => u.document.id === sentence.sourceId);
    const index = document === undefined ? -1 : positionOf(document.sentences, sentence);
    const near =
      isPerson || topicOfAgent || bodyOfMember
        ? (document?.sentences.slice(Math.max(0, index - 3), index + 1) ?? [sentence])
        : [sentence];
    // …and so is whoever acts in a sentence that names no one of its own (同社によると、…。船員は
    // 現在31人で…: the subject left out is the one of the sentence before, 同- word included).
    const previous = index > 0 ? document?.sentences[index - 1] : undefined;
    const carried = !isPerson && previous !== undefined && namesNone(sentence) ? [previous] : [];
    // A 同- word names its antecedent in its own sentence (同社は… for 白鷺電器は…).
    // …and a sentence may name it by its kind alone, bare (市は…, と市に…, トンネルを…), where its page
    // names it (汐見市, 鷺ノ沢トンネル) more often than anything else of that kind.
    if (
      [sentence, ...carried].some((other) => refersTo(other.references, name)) ||
      [...near, ...carried].some((other) => mentions(alignment.norms.get(other), name)) ||
      (document !== undefined &&
        namesBare(alignment.norms.get(sentence), kindsOnlyOf(document, name, kinds))) ||
      (document !== undefined &&
        standsAlone(alignment.norms.get(sentence), kindsOnlyOf(document, name, heads)))
    )
      withName = Math.max(withName, score);
  }
  if (best < 2 || withName >= 0.5 * best) return undefined;
  return pathFinding(
    'support.name',
    'error',
    path,
    `The sources name 「${name}」, but not in what the claim says of it.`,
    name,
    { kind: 'elsewhere', text: name },
  );
}

/** The kinds the claim gives a name as: the rest of the compound it opens (汐見市 → 市, 鷺ノ沢トンネル → トンネル). */
function kindsNamed(claim: SentenceReading, name: string): string[] {
  const plain = normalizeForMatch(claim.text);
  const compounds = nounCompounds(claim.tokens);
  const kinds: string[] = [];
  for (let at = plain.indexOf(name); at >= 0; at = plain.indexOf(name, at + 1)) {
    const compound = compounds.find((each) => each.startsWith(name) && plain.startsWith(each, at));
    if (compound === undefined || compound === name) continue;
    kinds.push(compound.slice(name.length));
  }
  return kinds;
}

/**
 * The nouns the claim places by the name, written after it and の (白浜湖の湖岸 → 湖岸, 大浦港の
 * 岸壁 → 岸壁): a page that names the place says what happens there of the noun bare
 * (湖岸では…, 船が岸壁に…), as it does a kind (kindsOnlyOf decides the same way which page means it).
 */
function headsLocated(claim: SentenceReading, name: string): string[] {
  const plain = normalizeForMatch(claim.text);
  const compounds = nounCompounds(claim.tokens);
  const heads: string[] = [];
  for (let at = plain.indexOf(name); at >= 0; at = plain.indexOf(name, at + 1)) {
    const named = compounds.find((each) => each.startsWith(name) && plain.startsWith(each, at)) ?? name;
    const after = at + named.length;
    if (plain[after] !== 'の') continue;
    const head = compounds.find((each) => plain.startsWith(each, after + 1));
    if (head !== undefined && [...head].length >= 2) heads.push(head);
  }
  return heads;
}

/**
 * The kinds a bare word of which means the named one on this page: the page names it more often than
 * anything else of that kind (汐見市 throughout, 浅葱市 once as an address; 同市, 各市 and the like refer
 * or count, and name none).
 */
function kindsOnlyOf(document: DocumentUnderstanding, name: string, kinds: readonly string[]): string[] {
  const named = timesIn(document.norm, name);
  if (named === 0) return [];
  return kinds.filter(
    (kind) =>
      ![...document.compounds].some(
        (compound) =>
          compound.endsWith(kind) &&
          compound.length > kind.length &&
          !compound.includes(name) &&
          !/^[同各全本当両]/u.test(compound) &&
          timesIn(document.norm, compound) >= named,
      ),
  );
}

/** How many times a word is written in a text. */
function timesIn(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

/**
 * True when the text has one of the kinds as a bare word: no name, noun or の-phrase written on to it
 * before (小滝地区, 町の地区), and no kanji or katakana after it (市長, 市民 are other words).
 */
function namesBare(text: string, kinds: readonly string[]): boolean {
  const before = /[\p{Script=Han}\p{Script=Katakana}ー々ヶノの]/u;
  const after = /[\p{Script=Han}\p{Script=Katakana}ー々]/u;
  return kinds.some((kind) => {
    for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + 1))
      if (!before.test(text[at - 1] ?? '') && !after.test(text[at + kind.length] ?? '')) return true;
    return false;
  });
}

/**
 * True when the text has one of the nouns bare and unrestricted: at the start of a clause or after a
 * particle that follows a noun (湖岸では…, 船が岸壁に…), not after a name or の-phrase (namesBare)
 * nor after a clause that narrows it down (避難を望む住民 are some of the place's residents, not all).
 */
function standsAlone(text: string, nouns: readonly string[]): boolean {
  const after = /[\p{Script=Han}\p{Script=Katakana}ー々]/u;
  const letter = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々ヶ\p{L}\p{N}]/u;
  const open = (text: string, at: number) => {
    const previous = text[at - 1] ?? '';
    if (!letter.test(previous)) return true;
    // A case or topic particle (closed class) written after a noun, not the end of a verb or adjective.
    return /[がをはもにへとや]/u.test(previous) && !/\p{Script=Hiragana}/u.test(text[at - 2] ?? '');
  };
  return nouns.some((noun) => {
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1))
      if (open(text, at) && !after.test(text[at + noun.length] ?? '')) return true;
    return false;
  });
}

// Each source sentence's place in its document (indexOf), found once per document for every claim.
const positions = new WeakMap<readonly SourceSentence[], Map<SourceSentence, number>>();
function positionOf(sentences: readonly SourceSentence[], sentence: SourceSentence): number {
  let places = positions.get(sentences);
  if (places === undefined) {
    places = new Map();
    for (const [i, each] of sentences.entries()) if (!places.has(each)) places.set(each, i);
    positions.set(sentences, places);
  }
  return places.get(sentence) ?? -1;
}

/**
 * True when a sentence names no person, place or organisation, refers back to none, and its topic
 * (X は/が) is no body either (県消費センターは… names who acts; 船員は… does not).
 */
function namesNone(sentence: SourceSentence): boolean {
  const topic = topicOf(sentence);
  return (
    sentence.references.length === 0 &&
    !sentence.tokens.some((token) => token.nameKind !== undefined) &&
    (topic === undefined || !namesBody(topic.text))
  );
}

/** True when the word is a 略称 of a compound the sources use, or the sources use a 略称 of it. */
export function abbreviates(alignment: Alignment, word: string): boolean {
  return abbreviatesIn(alignment.local, word);
}

/** abbreviates, over the given pages' understandings. */
function abbreviatesIn(local: readonly DocumentUnderstanding[], word: string): boolean {
  return local.some((understanding) =>
    compoundsStartingLike(understanding, word).some(
      (compound) => isAbbreviationOf(word, compound) || isAbbreviationOf(compound, word),
    ),
  );
}

/** True when every part of a Japanese name is found, by its reading in Latin letters, in English text. */
function matchesReading(name: string, claim: SentenceReading, englishText: string): boolean {
  const parts = claim.tokens.filter(
    (token) => token.posDetail === '固有名詞' && name.includes(normalizeForMatch(token.surface)),
  );
  if (parts.length === 0) return false;
  // A kanji's first sound may be voiced or not in a compound (連濁: 上沢 is Kamisawa or Kamizawa, 中島
  // Nakashima or Nakajima), and the dictionary gives one reading: compared with voicing set aside.
  const unvoicedText = unvoicedTextOf(englishText);
  const spelt = (latin: string) =>
    latin.length >= 2 &&
    (new RegExp(`\\b${latin}\\b`, 'u').test(englishText) ||
      new RegExp(`\\b${unvoicedLatin(latin)}\\b`, 'u').test(unvoicedText));
  const alone = (token: (typeof parts)[number]) =>
    token.reading !== undefined && spelt(romanize(token.reading));
  // Parts written next to each other may be one word in English (椿 + 岡 → Tsubakioka), or each its
  // own (山田 + 太郎 → Taro Yamada).
  const runs: (typeof parts)[] = [];
  for (const token of parts) {
    const run = runs.at(-1);
    if (run !== undefined && run.at(-1)?.end === token.start) run.push(token);
    else runs.push([token]);
  }
  // A name the dictionary knows only from past its ヶ or ノ (萩 + ヶ + 岡) starts before them.
  for (const run of runs) {
    const at = claim.tokens.indexOf(run[0] as (typeof parts)[number]);
    const joint = claim.tokens[at - 1];
    const before = claim.tokens[at - 2];
    if (
      joint !== undefined &&
      before !== undefined &&
      JOINT_READINGS[joint.surface] !== undefined &&
      before.end === joint.start &&
      joint.end === run[0]?.start &&
      before.reading !== undefined &&
      name.includes(normalizeForMatch(before.surface + joint.surface))
    )
      run.unshift(before, { ...joint, reading: JOINT_READINGS[joint.surface] as string });
  }
  return runs.every(
    (run) =>
      run.every(alone) ||
      (run.every((token) => token.reading !== undefined) &&
        spelt(run.map((token) => romanize(token.reading as string)).join(''))) ||
      municipalityStem(name, claim, run).some(spelt) ||
      readsPastCutKanji(claim, run, englishText),
  );
}

/**
 * matchesReading with every reading the tokenizer's dictionary has (name-spellings.ts), not the one
 * the tagger gave: the name's parts written next to each other (one run) are spelt as one word in
 * some reading of the run, or each part as a word of its own in some reading of its own.
 */
function matchesAnyReading(
  name: string,
  claim: SentenceReading,
  englishText: string,
  tokenizer: Tokenizer,
): boolean {
  const parts = claim.tokens.filter(
    (token) => token.posDetail === '固有名詞' && name.includes(normalizeForMatch(token.surface)),
  );
  if (parts.length === 0) return false;
  const runs: (typeof parts)[] = [];
  for (const token of parts) {
    const run = runs.at(-1);
    if (run !== undefined && run.at(-1)?.end === token.start) run.push(token);
    else runs.push([token]);
  }
  const english = latinWords(englishText);
  return runs.every(
    (run) =>
      spelledInEnglish(run.map((token) => token.surface).join(''), english, tokenizer) ||
      run.every((token) => spelledInEnglish(token.surface, english, tokenizer)),
  );
}

/**
 * A name whose first kanji the dictionary took as a common noun of its own (砂越悦子 read 砂 + 越 +
 * 悦子, 渚沢篤郎 read 渚 + 沢 + 篤郎), so the name read starts one kanji late (越悦子, 沢篤郎) and the
 * English page spells the whole surname as one word (Sagoshi, Nagisawa). That kanji's reading as a
 * noun is not its reading in the name (砂 suna, in Sagoshi sa), so the word is taken when it starts
 * with that reading's first letter and ends, past at least one more letter, with the first part's
 * reading (voicing set aside); the run's other parts must be spelt each on its own. Only a single kanji
 * standing first in its compound (no noun written right before it), right before the run.
 */
function readsPastCutKanji(
  claim: SentenceReading,
  run: readonly SentenceReading['tokens'][number][],
  englishText: string,
): boolean {
  const first = run[0];
  if (first === undefined || first.reading === undefined) return false;
  const at = claim.tokens.indexOf(first);
  const cut = claim.tokens[at - 1];
  const before = claim.tokens[at - 2];
  if (
    cut === undefined ||
    cut.end !== first.start ||
    cut.pos !== '名詞' ||
    cut.posDetail !== '一般' ||
    !/^\p{Script=Han}$/u.test(cut.surface) ||
    cut.reading === undefined ||
    (before !== undefined && before.end === cut.start && before.pos === '名詞')
  )
    return false;
  const initial = unvoicedLatin(romanize(cut.reading)).slice(0, 1);
  const tail = unvoicedLatin(romanize(first.reading));
  if (initial === '' || tail.length < 2) return false;
  const unvoicedText = unvoicedLatin(englishText);
  if (!new RegExp(`\\b${initial}[a-z]+${tail}\\b`, 'u').test(unvoicedText)) return false;
  return run
    .slice(1)
    .every(
      (token) =>
        token.reading !== undefined &&
        new RegExp(`\\b${unvoicedLatin(romanize(token.reading))}\\b`, 'u').test(unvoicedText),
    );
}

// The genitive written inside a place name (鴫ヶ原, 霞ケ関, 鵜ノ浜) and its sound.
const JOINT_READINGS: Readonly<Record<string, string>> = { ヶ: 'ガ', ケ: 'ガ', ノ: 'ノ' };

/**
 * A municipality's name the dictionary cut across its kanji (苔野村 read 苔 + 野村 ノムラ, 楢岡市 read
 * 楢 + 岡市 オカイチ, so the name read is 野村 or 岡市): the kanji nouns written before the run, up to
 * the name's unit, read as one word and its unit's reading taken off (コケノムラ → kokeno). Empty unless
 * the name ends in a unit.
 */
function municipalityStem(
  name: string,
  claim: SentenceReading,
  run: readonly SentenceReading['tokens'][number][],
): string[] {
  const last = run.at(-1);
  // A university the dictionary cut inside 大学 (藍浦大学 read 藍 + 浦大 ウラオオ + 学): the name's 大
  // is the unit, in whichever of its readings the dictionary gave it (Aiura University).
  const next = last === undefined ? undefined : claim.tokens[claim.tokens.indexOf(last) + 1];
  const university =
    name.endsWith('大') && next?.surface === '学' && next.start === last?.end
      ? ['ダイ', 'タイ', 'オオ']
      : undefined;
  const unit = UNIT_READINGS[name.at(-1) ?? ''] ?? university;
  if (unit === undefined || last === undefined || !last.surface.endsWith(name.at(-1) as string)) return [];
  const at = claim.tokens.indexOf(last);
  let first = claim.tokens.indexOf(run[0] as (typeof run)[number]);
  for (;;) {
    const before = claim.tokens[first - 1];
    const current = claim.tokens[first];
    if (
      before === undefined ||
      current === undefined ||
      before.end !== current.start ||
      before.pos !== '名詞' ||
      !(/^\p{Script=Han}+$/u.test(before.surface) || JOINT_READINGS[before.surface] !== undefined)
    )
      break;
    first--;
  }
  // A name's ヶ (鴫ヶ原: the dictionary gives it no reading) is read ga, its ノ no.
  const readingOf = (token: SentenceReading['tokens'][number]) =>
    token.reading ?? JOINT_READINGS[token.surface];
  const word = claim.tokens.slice(first, at + 1);
  if (word.length < 2 || word.some((token) => readingOf(token) === undefined)) return [];
  if (JOINT_READINGS[word[0]?.surface ?? ''] !== undefined) return [];
  if (!normalizeForMatch(word.map((token) => token.surface).join('')).endsWith(name)) return [];
  const reading = word.map((token) => readingOf(token) as string).join('');
  return unit
    .filter((sound) => reading.endsWith(sound) && reading.length > sound.length)
    .map((sound) => romanize(reading.slice(0, -sound.length)));
}

/**
 * The finding for a name or wording (`word`, at `at` in the claim, −1 where not found there) that the
 * sources give only as the wording a correction note retracts — unless the claim tells the correction
 * or names the word to deny it (「北川橋」ではなかった), saying what the note says.
 */
function retractedFinding(
  claimText: string,
  word: string,
  at: number,
  label: 'name' | 'wording',
  alignment: Alignment,
  path: string,
): Finding | undefined {
  if (tellsCorrection(claimText) || (at >= 0 && deniesWording(claimText, at + word.length))) return undefined;
  if (!onlyRetracted(alignment, word)) return undefined;
  return pathFinding(
    'support.name',
    'error',
    path,
    `The ${label} 「${word}」 is in the sources only as the wording a correction note retracts.`,
    word,
    { kind: 'missing', text: word },
  );
}

// What checkNames compares names with depends on the page alone: made once per page, not once for
// every claim checked against it.
const lowerTexts = new WeakMap<DocumentUnderstanding, string>();
const latinLetters = new WeakMap<DocumentUnderstanding, string>();

/** The pages' texts lowercased, joined by line breaks ('' for none). */
export function lowerTextOf(pages: readonly DocumentUnderstanding[]): string {
  return pages
    .map((page) => {
      let lower = lowerTexts.get(page);
      if (lower === undefined) {
        lower = page.document.text.toLowerCase();
        lowerTexts.set(page, lower);
      }
      return lower;
    })
    .join('\n');
}

/** The Latin letters of a page's matching text, lowercased, all else dropped. */
export function latinLettersOf(page: DocumentUnderstanding): string {
  let letters = latinLetters.get(page);
  if (letters === undefined) {
    letters = page.norm.toLowerCase().replace(/[^a-z]/gu, '');
    latinLetters.set(page, letters);
  }
  return letters;
}

// The English text voiceless, for the last text asked of (each claim's names ask of the same one).
let lastEnglish: string | undefined;
let lastUnvoiced = '';
function unvoicedTextOf(englishText: string): string {
  if (englishText !== lastEnglish) {
    lastEnglish = englishText;
    lastUnvoiced = unvoicedLatin(englishText);
  }
  return lastUnvoiced;
}
