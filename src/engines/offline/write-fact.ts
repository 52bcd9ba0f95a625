import { normalizeForMatch } from '../../text/normalize.ts';
import { numeralInFigures, type Quantity } from '../../text/quantities.ts';
import { runsOf } from '../../text/text-runs.ts';
import type { Token } from '../../text/tokenizer.ts';
import { namesCompany } from '../../understand/coreference.ts';
import { nounCompounds, type SourceSentence } from '../../understand/understand-document.ts';

/**
 * Unmarked text must repeat fewer than this many consecutive characters (normalised) of a source:
 * the rights report's bar for unmarked copying (DEFAULT_RIGHTS_LIMITS.minVerbatimChars).
 */
export const MAX_COPIED_RUN = 30;
/** Quotes inside an own sentence are kept only when this short (a term: 「上下分離方式」), not speech. */
export const MAX_TERM_QUOTE = 14;
/** How many sentences back a 同- word's fuller name is looked for in the text (antecedentOf). */
const NEAR_SENTENCES = 8;
// Openings that lean on a sentence the reader has not seen (その, これ, 同社, However …).
const DEPENDENT =
  /^(?:しかし|また|一方|ただ|さらに|もっとも|代わりに|加えて|ところが|だが|逆に|むしろ|[こそあ](?:の|れ|う|こ|ちら)|同[\p{Script=Han}]|[A-Z])|(?:^|[はが、])(?:こう|そう|次のように)(?:[話語打述明言説答訴強]|して|した)/u;
// A sentence that introduces words said in another (幹部はこう打ち明ける。): nothing on its own.
const INTRODUCES_WORDS =
  /(?:^|[はが、])(?:こう|次のように)(?:話|語|打ち明け|述べ|明か|言|説明|答え|訴え|強調)[^。、]{0,6}[。．]?$/u;

/** True when a sentence only points at someone's words given elsewhere (こう語った, 次のように述べた). */
export function introducesWords(text: string): boolean {
  return INTRODUCES_WORDS.test(text);
}

// 同社 / 同様 / その行方 left unresolved inside the sentence point at something it does not name.
const REFERS_BACK =
  /(?:^|[^\p{Script=Han}])同(?!時|意|士|盟)\p{Script=Han}|(?:その|この|これ|それ)(?=[\p{Script=Han}をにはがのでと])/u;

// A sentence that gives the reason for the one before it (…が相次いでいるためだ。), the rest of
// what it listed (ほかの7件では…), or only who said it (同社が23日、明らかにした。: nothing said).
const LEANS_ON_BEFORE =
  /^(?:ほかの|他の)|(?:ため(?:だ|である|です)?|から(?:だ|である|です))[。．]$|^[^をと「」。]*(?:明らかにした|発表した|公表した|明らかにしました|発表しました)[。．]$/u;

/**
 * True when a sentence only completes the one before it (…ためだ, ほかの…, 同社が…明らかにした):
 * a quote of it reads as a fragment. (An opener such as また or 一方, or a 同- word inside it, still
 * lets a marked quote read; standsAlone is stricter.)
 */
export function leansOnBefore(text: string): boolean {
  return LEANS_ON_BEFORE.test(text);
}

/** True when a sentence reads on its own: it does not lean on one before it (しかし, その…, 同社, こう語る, …ためだ). */
export function standsAlone(text: string): boolean {
  return !DEPENDENT.test(text) && !REFERS_BACK.test(text) && !LEANS_ON_BEFORE.test(text);
}

/** An own sentence written from one source sentence, with the part of the source it rests on. */
export interface WrittenFact {
  text: string;
  /** The source sentence, [start, end) in the document's stored text. */
  start: number;
  end: number;
  /** Only the sentence's key figure (総事業費は約86億円。), not what the sentence says as a whole. */
  figure?: true;
  /** Only the actor's first act (firstClauseOf), not the sentence's main clause. */
  part?: true;
  /**
   * What did not happen (write-english-fact.ts: did not → 〜なかった, has not → 〜ていない; writeFact:
   * a polite ません / ませんでした ending): a detail
   * of the story, never its heading, title or a hook restated in headline form (asHeadline).
   */
  negated?: true;
  /**
   * Two statements written as two sentences (splitAt): where the second begins in the source
   * sentence (an offset in its text). The first sentence is the one a headline or a dated line takes.
   */
  second?: number;
  /**
   * With `second`: the first statement only describes its topic with the copula (入学金は28万円だ。):
   * a figure of the story, never its heading or title (a keyword pair in headline form).
   */
  described?: true;
}

/**
 * Writes a compact sentence of the article's own from one source sentence: parenthetical detail
 * (ages, readings, locations in （）) is dropped, chained clauses between the sentence's topic
 * (X は) and its main clause are dropped (detail, never the main predicate, so 予定 stays 予定 and
 * 〜としている stays someone's words), and a back-referring date (同日) is written out. Returns
 * undefined when the result would not stand on its own (speech quotes, a dependent opening), or
 * would still copy `MAX_COPIED_RUN` characters of `sourceNorm` in a row: such a sentence can only
 * be quoted.
 */
export function writeFact(
  sentence: SourceSentence,
  sourceNorm: string,
  before: readonly SourceSentence[] = [],
  publishedAt?: string,
): WrittenFact | undefined {
  const written = writeSentence(sentence, sourceNorm, before, publishedAt);
  // A broadcaster's polite negative that ends the sentence (返事はありませんでした → 返事はなかった)
  // says what did not happen: a detail, never a heading or the title (asHeadline), as an English
  // did not is (write-english-fact.ts).
  return written !== undefined && endsPoliteNegative(sentence.text) ? { ...written, negated: true } : written;
}

/** True when a sentence ends on a broadcaster's polite negative (ありません。 / 出ませんでした。): what did not happen. */
export function endsPoliteNegative(text: string): boolean {
  return /ません(?:でした)?[。．]$/u.test(text);
}

function writeSentence(
  sentence: SourceSentence,
  sourceNorm: string,
  before: readonly SourceSentence[],
  publishedAt?: string,
): WrittenFact | undefined {
  const text = sentence.text;
  if (!/[。．]$/u.test(text) || /[A-Za-z]{3,}\s+[A-Za-z]{3,}/u.test(text)) return undefined;
  if (sentence.quotes.some((quote) => [...quote.inner].length > MAX_TERM_QUOTE)) return undefined;
  // A question the page asks its reader (なぜ…のか。) states no fact.
  if (/^なぜ|の?か[。．]$/u.test(text)) return undefined;
  const drop = new Array<boolean>(text.length).fill(false);
  const cut = (from: number, to: number) => {
    for (let i = from; i < to; i++) drop[i] = true;
  };
  // What only the chained-clause shortening below dropped: a sentence split in two keeps it.
  const chainedOnly = new Array<boolean>(text.length).fill(false);
  // A dateline or tag before the sentence (【萩ヶ丘】) is the page's furniture, not the fact.
  const tag = /^【[^】]{1,12}】/u.exec(text);
  if (tag !== null) cut(0, tag[0].length);
  // Parentheticals: （17）, （仮称）, （朝霧市）.
  for (const match of text.matchAll(/[（(][^（）()「」]{1,30}[）)]/gu))
    cut(match.index, match.index + match[0].length);
  // Chained clauses between the topic and the main clause: 「Aは、Bし、Cした。」 → 「Aは、Cした。」.
  // Only detail goes: a clause with a figure or a date is kept, the main clause always is, and a
  // main clause that opens on a condition (実現すれば) or has a topic of its own is left whole.
  const topicEnd = actorTopicEndOf(sentence.tokens, text);
  const clauses = sentence.clauses;
  const main = clauses.at(-1);
  const mainText = main === undefined ? '' : text.slice(main.start, main.end);
  const mainStandsAlone = main !== undefined && !hasOwnSubject(sentence.tokens, main.start);
  if (
    main !== undefined &&
    topicEnd !== undefined &&
    clauses.length >= 2 &&
    mainStandsAlone &&
    mainText.length >= 8
  ) {
    const within = (from: number, to: number) => (item: { start: number; end: number }) =>
      item.start >= from && item.end <= to;
    for (const clause of clauses.slice(0, -1)) {
      if (clause.end <= topicEnd || !clause.continuative || clause.quoted) continue;
      let from = Math.max(clause.start, topicEnd);
      // The when right after the topic (市長は10日、…) stays; the detail after it may go.
      const opening = sentence.dates.find((date) => date.start >= from && date.start <= from + 1);
      if (opening !== undefined) {
        // A date that is the clause's own adverb (2026年度中に設計を固め) goes with the clause's detail.
        if (text[opening.end] !== '、') continue;
        from = opening.end + 1;
      }
      if (sentence.dates.some(within(from, clause.end)) || sentence.quantities.some(within(from, clause.end)))
        continue;
      // The object the main verb shares (計画をまとめ、約3000世帯に配布した): without it the main
      // clause would not say what was acted on.
      // (も may stand for を: 箱わなも残す.)
      const object = (token: Token) => token.pos === '助詞' && token.surface === 'を';
      const objectOfMain = (token: Token) =>
        object(token) || (token.pos === '助詞' && token.surface === 'も');
      if (
        sentence.tokens.some((token) => token.start >= from && token.end <= clause.end && object(token)) &&
        !sentence.tokens.some((token) => token.start >= main.start && objectOfMain(token))
      )
        continue;
      const last = [...sentence.tokens]
        .reverse()
        .find((token) => token.end <= clause.end && token.pos !== '記号');
      // Only a verb chained on (持ち、/ 調べて、), not a noun with the copula (見込みで、).
      if (last === undefined || !(last.pos === '動詞' || last.pos === '助動詞' || last.surface === 'て'))
        continue;
      for (let i = from; i < clause.end; i++) if (!drop[i]) chainedOnly[i] = true;
      cut(from, clause.end);
    }
  }
  // The actor's reason or purpose between its topic and its act (組合は、…不透明だとして、統合に反対
  // している / 市は6日、影響を調べるため、水質の調査を始めた): the why of the act, detail like a
  // chained clause — kept where it holds a date or a figure or the act that follows has a subject
  // of its own, and left out only where the sentence would otherwise copy its source.
  const reasons: Array<[number, number]> = [];
  if (topicEnd !== undefined) {
    const tokens = sentence.tokens;
    tokens.forEach((token, i) => {
      const previous = tokens[i - 1];
      const reason =
        (token.pos === '助詞' && token.surface === 'として') ||
        (token.surface === 'ため' && token.pos === '名詞');
      if (
        !reason ||
        tokens[i + 1]?.surface !== '、' ||
        token.start < topicEnd ||
        previous === undefined ||
        !(
          previous.pos === '動詞' ||
          previous.pos === '助動詞' ||
          previous.pos === '形容詞' ||
          previous.surface === '」'
        ) ||
        sentence.quotes.some((quote) => token.start > quote.start && token.start < quote.end)
      )
        return;
      const end = (tokens[i + 1] as Token).end;
      const rest = text.slice(end);
      if ([...rest].length < 8 || hasOwnSubject(tokens, end)) return;
      let from = topicEnd;
      const opening = sentence.dates.find((date) => date.start >= from && date.start <= from + 1);
      if (opening !== undefined) {
        if (text[opening.end] !== '、') return;
        from = opening.end + 1;
      }
      const inside = (item: { start: number; end: number }) => item.start >= from && item.end <= end;
      if (sentence.dates.some(inside) || sentence.quantities.some(inside) || from >= token.start) return;
      reasons.push([from, end]);
    });
  }
  // A modifying clause of the form 「赤字が続く」 before a noun is colour around the noun it names.
  const tokens = sentence.tokens;
  tokens.forEach((token, i) => {
    const verb = tokens[i + 2];
    const head = tokens[i + 3];
    const before = tokens[i - 1];
    if (
      token.pos !== '名詞' ||
      tokens[i + 1]?.surface !== 'が' ||
      verb?.pos !== '動詞' ||
      verb.posDetail !== '自立' ||
      verb.inflection !== '基本形' ||
      head?.pos !== '名詞' ||
      ['非自立', '接尾', '代名詞', '数'].includes(head.posDetail) ||
      (before !== undefined && !(before.surface === '、' || before.surface === 'は'))
    )
      return;
    if (sentence.quantities.some((quantity) => quantity.start < verb.end && quantity.end > token.start))
      return;
    // …unless the noun is only said to exist (費用がかさむ例もある, 生活が苦しい人もいる): then the
    // clause is what the sentence tells, and without it 例もある says nothing.
    const particle = tokens[i + 4];
    const exists = tokens[i + 5];
    if (
      particle !== undefined &&
      ['も', 'が', 'は'].includes(particle.surface) &&
      (exists?.baseForm === 'ある' || exists?.baseForm === 'いる')
    )
      return;
    cut(token.start, verb.end);
  });
  const holdsFigure = (from: number, to: number) =>
    sentence.dates.some((date) => date.start < to && date.end > from) ||
    sentence.quantities.some((quantity) => quantity.start < to && quantity.end > from);
  const insideQuote = (offset: number) =>
    sentence.quotes.some((quote) => offset > quote.start && offset < quote.end);
  // A clause describing a named entity (青森県沖で発電所を計画する蒼海エナジー, 商店主らでつくる
  // 潮見商工会) does not restrict which one is meant: the name alone still says who. A name given
  // in brackets after what it is (球場を手がけてきた設計事務所「アークライン」) likewise, and the clause
  // may end in the past (手がけてきた).
  const bracketedNameAt = (at: number) => {
    let k = at;
    while (tokens[k]?.pos === '名詞' && !['非自立', '数', '代名詞'].includes(tokens[k]?.posDetail ?? ''))
      k += 1;
    const bracket = tokens[k];
    return (
      k > at &&
      bracket !== undefined &&
      sentence.quotes.some(
        (quote) => quote.start === bracket.start && [...quote.inner].length <= MAX_TERM_QUOTE,
      )
    );
  };
  tokens.forEach((verb, i) => {
    const head = tokens[i + 1];
    const ends =
      verb.pos === '動詞' &&
      verb.posDetail === '自立' &&
      (verb.inflection === '基本形' || verb.surface.endsWith('た'));
    // (A past clause only before a bracketed name: a bare 固有名詞 tag is not sure enough:
    // 担ってきた周産期医療 reads 周 as a surname.)
    const past = verb.pos === '助動詞' && verb.surface === 'た' && tokens[i - 1]?.pos === '動詞';
    const named =
      (ends && head?.pos === '名詞' && head.posDetail === '固有名詞') ||
      ((ends || past) && bracketedNameAt(i + 1));
    if (!named || insideQuote(verb.start)) return;
    let from = 0;
    for (let k = i - 1; k >= 0; k--) {
      const token = tokens[k] as Token;
      if (
        token.surface === '、' ||
        token.surface === '。' ||
        (token.surface === 'は' && token.pos === '助詞')
      ) {
        from = token.end;
        break;
      }
    }
    if (verb.end - from < 6 || holdsFigure(from, verb.end) || drop[from]) return;
    cut(from, verb.end);
  });
  // The starting point of a change named as the original plan (当初予定の2030年度から2032年度に,
  // 当初の約4000億円から約5600億円に): a から point of a change is the original by what から says,
  // so the phrase that calls it so is detail. Only that phrase (plain nouns ending in 当初, 予定,
  // 計画 or 従来, then の) right before a date or figure followed by から.
  for (const point of [...sentence.dates, ...sentence.quantities]) {
    if (!text.startsWith('から', point.end) || insideQuote(point.start)) continue;
    const phrase = /(?:^|[、はがをにで])([\p{Script=Han}]{0,4}(?:当初|予定|計画|従来))の$/u.exec(
      text.slice(Math.max(0, point.start - 10), point.start),
    );
    if (phrase === null) continue;
    const from = point.start - (phrase[1] as string).length - 1;
    if (drop[from] || holdsFigure(from, point.start - 1)) continue;
    cut(from, point.start);
  }
  // An opening clause of cause or circumstance (資材費の高騰で、/ 事業費の膨張を受け、) before a main
  // clause that has a subject of its own: subordinate detail.
  const first = clauses[0];
  if (
    first !== undefined &&
    clauses.length >= 2 &&
    /(?:で|て|ため|ので|受け|により|によって)、$/u.test(text.slice(first.start, first.end))
  ) {
    const rest = tokens.filter((token) => token.start >= first.end);
    const hasSubject = rest.some(
      (token, k) =>
        token.pos === '助詞' &&
        (token.surface === 'は' || token.surface === 'が') &&
        rest[k - 1]?.pos === '名詞',
    );
    if (hasSubject && !holdsFigure(first.start, first.end) && !first.quoted) cut(first.start, first.end);
  }
  // Openers that lean on the sentence before (また、 / さらに、) are dropped with their comma: what
  // follows them states its fact whole. So are those that only order it after the one before or
  // give that one as its cause or occasion (その後、 / このため、 / これに対し、): the fact they open
  // holds without them, and the link is the source's to make, not the article's.
  const opener = /^(?:また|さらに|一方|ただ|なお|その後|このため|これに対し(?:て)?)、/u.exec(text);
  if (opener !== null) cut(0, opener[0].length);
  else {
    const bare = bareOpenerOf(sentence.tokens, text);
    if (bare !== undefined) cut(0, bare);
  }
  // A date given by day only (10日) or by reference (同日) is written out from the date it
  // resolves to (3月10日): the reader has no dateline to read it against. (Not one in text already
  // dropped: an update tag's time, 【更新・14日17時】, goes with the tag.)
  const replace = new Map<number, string>();
  for (const [at, { length, text: date }] of writtenDates(sentence, publishedAt)) {
    if (drop.slice(at, at + length).some(Boolean)) continue;
    cut(at, at + length);
    replace.set(at, date);
  }
  // Figures set in kanji numerals (約六億八千万円, 千八百五十人) are written in the article's figures
  // (約6億8000万円, 1850人), as horizontal Japanese text writes them; およそ as 約.
  for (const [at, { length, text: figures }] of writtenFigures(sentence)) {
    if (drop.slice(at, at + length).some(Boolean)) continue;
    cut(at, at + length);
    replace.set(at, figures);
  }
  // 同鉄道 / 同町 name what an earlier sentence named in full: written out when one did. (Before any
  // case particle: 同社から and 同社へ refer back as 同社に does.)
  for (const match of text.matchAll(/同([\p{Script=Han}]{1,4}?)(?=[のはがをにでとへもや、]|から|まで|$)/gu)) {
    const suffix = match[1] as string;
    if (suffix === '日' || suffix === '年' || suffix === '月' || drop[match.index]) continue;
    // (A firm its own sentence still names before it, 青葉プリントに確認を求め、同社は…, would be named twice
    // in one sentence: 同社 is how news avoids that, as この日 does for a day. One in a clause the writer
    // drops, …尾長製菓…問題で、, is named once.)
    const said = (name: string) => {
      const at = text.slice(0, match.index).indexOf(name);
      return at >= 0 && !drop.slice(at, at + name.length).some(Boolean);
    };
    const antecedent = sameAntecedent(sentence, before, before.slice(-NEAR_SENTENCES), match, said);
    if (antecedent === undefined) continue;
    cut(match.index, match.index + match[0].length);
    replace.set(match.index, antecedent);
  }
  // この/その before a noun the sentence before names (この事故, この踏切), or before 日 where one
  // day was just named (この日、): the noun said as that sentence names it, the day written out.
  for (const [at, { length, text: named }] of demonstrativesNamed(sentence, before, publishedAt)) {
    if (drop.slice(at, at + length).some(Boolean)) continue;
    cut(at, at + length);
    replace.set(at, named);
  }
  // A broadcaster's です・ます (決めました, によりますと, ということです) is written in the article's
  // plain style (決めた, によると, という); a polite form it cannot restate (ません) leaves the
  // sentence to a quote.
  const plain = plainStyleOf(sentence);
  if (plain === undefined) return undefined;
  for (const { start, end, text: written } of plain) {
    if (drop.slice(start, end).some(Boolean)) continue;
    cut(start, end);
    replace.set(start, `${replace.get(start) ?? ''}${written}`);
  }
  const render = (dropAt: readonly boolean[], replaceAt: ReadonlyMap<number, string>) => {
    let written = '';
    for (let i = 0; i < text.length; i++) {
      const inserted = replaceAt.get(i);
      if (inserted !== undefined) written += inserted;
      if (!dropAt[i]) written += text[i];
    }
    return (
      written
        .replace(/、{2,}/gu, '、')
        .replace(/、。/gu, '。')
        .replace(/^、/u, '')
        .trim()
        // Full-width digits as the article writes figures (３７度 → 37度).
        .replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    );
  };
  // Japanese orders a verb's case phrases freely (…の約280世帯に避難指示を出した says what 避難指示を
  // …の約280世帯に出した says): the phrase right before a clause's verb moved to the clause's
  // opening breaks a run copied from the source and leaves every phrase with its verb.
  const scramble = (
    dropAt: readonly boolean[],
    replaceAt: ReadonlyMap<number, string>,
    within: readonly { start: number; end: number; quoted: boolean }[] = clauses,
  ): [boolean[], Map<number, string>] | undefined => {
    const dropOut = [...dropAt];
    const replaceOut = new Map(replaceAt);
    let moved = false;
    for (const clause of within) {
      const move = frontedPhraseOf(sentence, clause, topicEnd ?? 0);
      if (move === undefined || !rewrittenOnly(dropAt, replaceAt, move.start, move.end) || dropAt[move.from])
        continue;
      let phrase = '';
      for (let i = move.start; i < move.end; i++) {
        phrase += replaceAt.get(i) ?? '';
        if (!dropAt[i]) phrase += text[i];
        dropOut[i] = true;
        replaceOut.delete(i);
      }
      replaceOut.set(move.from, `${phrase}${move.comma ? '、' : ''}${replaceOut.get(move.from) ?? ''}`);
      moved = true;
    }
    return moved ? [dropOut, replaceOut] : undefined;
  };
  // The drop and replace maps with the attribution that opens the sentence (Xによると、) set after the
  // topic of what it reports (attributionMovedOf); undefined where it cannot go there.
  const movedAttribution = (
    dropAt: readonly boolean[],
    replaceAt: ReadonlyMap<number, string>,
    until?: number,
  ): [boolean[], Map<number, string>] | undefined => {
    const attributed = attributionMovedOf(sentence, dropAt, replaceAt, until);
    if (attributed === undefined) return undefined;
    const dropMoved = [...dropAt];
    for (let i = attributed.start; i < attributed.end; i++) dropMoved[i] = true;
    const frame = render(
      dropAt.map((dropped, i) => dropped || i < attributed.start || i >= attributed.end),
      new Map([...replaceAt].filter(([at]) => at >= attributed.start && at < attributed.end)),
    ).replace(/、?$/u, '、');
    // (Its plain style, によりますと → によると, and its dates written out come with it.)
    const replaceMoved = new Map(
      [...replaceAt].filter(([at]) => at < attributed.start || at >= attributed.end),
    );
    replaceMoved.set(
      attributed.at,
      `${attributed.comma ? '' : '、'}${frame}${replaceMoved.get(attributed.at) ?? ''}`,
    );
    return /(?:によると|によれば)、$/u.test(frame) ? [dropMoved, replaceMoved] : undefined;
  };
  const out = render(drop, replace);
  if ([...out].length < 12 || !standsAlone(out)) return undefined;
  if (copiesRun(out, sourceNorm, MAX_COPIED_RUN) && reasons.length > 0) {
    const dropReasons = [...drop];
    for (const [from, to] of reasons) for (let i = from; i < to; i++) dropReasons[i] = true;
    const short = render(dropReasons, replace);
    if ([...short].length >= 12 && standsAlone(short) && !copiesRun(short, sourceNorm, MAX_COPIED_RUN))
      return { text: short, start: sentence.start, end: sentence.end };
  }
  if (copiesRun(out, sourceNorm, MAX_COPIED_RUN)) {
    const announced = announcementOf(out, sentence.tokens);
    if (
      announced !== undefined &&
      standsAlone(announced) &&
      !copiesRun(announced, sourceNorm, MAX_COPIED_RUN)
    )
      return { text: announced, start: sentence.start, end: sentence.end };
    // The source of a report, opening the sentence, set after the topic of what it reports
    // (Xによると、Tは…だ。 → Tは、Xによると、…だ。): the attribution is an adverbial phrase of the
    // whole clause, so it reads the same in either place, and the speaker and the modality stay.
    const attributed = movedAttribution(drop, replace);
    if (attributed !== undefined) {
      const written = render(...attributed);
      if (standsAlone(written) && !copiesRun(written, sourceNorm, MAX_COPIED_RUN))
        return { text: written, start: sentence.start, end: sentence.end };
    }
    // Two statements joined into one sentence (AはXし、BはYした): each its own sentence.
    // The sentence cut in two at `at` (its tokens start…end give way to its text), kept when each half
    // is a sentence of ten characters or more that stands alone and the two copy no run of the source.
    const inTwo = (
      at: { start: number; end: number; text: string; described?: true },
      dropAt: readonly boolean[],
      replaceAt: ReadonlyMap<number, string>,
    ) => {
      const dropTwo = [...dropAt];
      const replaceTwo = new Map(replaceAt);
      for (let i = at.start; i <= at.end; i++) dropTwo[i] = true;
      replaceTwo.set(at.start, `${replaceTwo.get(at.start) ?? ''}${at.text}`);
      const two = render(dropTwo, replaceTwo);
      return two.split('。').every((part) => part === '' || [...part].length >= 10) &&
        two.split(/(?<=。)/u).every(standsAlone) &&
        // (The second opening on a demonstrative, そこから / その後, leans on the first.)
        !/^(?:[^、。]{1,40}?(?:によると|によれば)、)?(?:そこ|その|それ|これ|この|あそこ|いずれも|どちらも|ともに|両者)/u.test(
          two.slice(two.indexOf('。') + 1),
        ) &&
        !copiesRun(two, sourceNorm, MAX_COPIED_RUN)
        ? {
            text: two,
            start: sentence.start,
            end: sentence.end,
            second: at.end + 1,
            ...(at.described === true ? { described: true as const } : {}),
          }
        : undefined;
    };
    // (The adversative join, Xしたが、Yした, first; else the last chained clause, Xし、Yした.)
    for (const adversative of [true, false]) {
      const split = splitAt(sentence, undefined, adversative);
      if (split !== undefined && !drop.slice(split.start, split.end + 1).some(Boolean)) {
        const two = inTwo(split, drop, replace);
        if (two !== undefined) return two;
      }
    }
    // One actor's two acts joined into one sentence (Xは…を設け、…を始めた): each its own
    // sentence, the actor carried into the second (Xは…を設けた。Xは…を始めた。).
    const carried = carriedTopicOf(sentence.tokens, text);
    const dropSame = drop.map((dropped, i) => dropped && !chainedOnly[i]);
    for (const adversative of [true, false]) {
      const split = carried === undefined ? undefined : splitAt(sentence, carried, adversative);
      if (split !== undefined && !dropSame.slice(split.start, split.end + 1).some(Boolean)) {
        const two = inTwo(split, dropSame, replace);
        if (two !== undefined) return two;
      }
    }
    const same = carried === undefined ? undefined : splitAt(sentence, carried);
    // The sentence as it is, its case phrases reordered (scramble); else its two acts so.
    const reordered = scramble(drop, replace);
    if (reordered !== undefined) {
      const written = render(...reordered);
      if (standsAlone(written) && !copiesRun(written, sourceNorm, MAX_COPIED_RUN))
        return { text: written, start: sentence.start, end: sentence.end };
    }
    // An incident's lead that opens on its time (5日午後3時ごろ、…町の…で、…): the place first and
    // the time after it (…町の…で5日午後3時ごろ、…) — news writes a lead either way, and a time
    // adverb says the same wherever it stands; then, still copying, its phrases reordered as above.
    const placeFirst = timeAfterPlace(sentence, drop, replace);
    for (const arrays of placeFirst === undefined ? [] : [placeFirst, scramble(...placeFirst)]) {
      if (arrays === undefined) continue;
      const written = render(...arrays);
      if (standsAlone(written) && !copiesRun(written, sourceNorm, MAX_COPIED_RUN))
        return { text: written, start: sentence.start, end: sentence.end };
    }
    // An announcement told as what it says (announcementOf) whose content still copied: the
    // content's phrases reordered first, its last clause read as ending where the announcing
    // verb's と begins (…を4月1日に廃止すると発表した: the phrase before 廃止する, not before 発表した).
    const told = /と(?:発表|公表|説明|明らかに)(?:した|しました)[。．]$/u.exec(text);
    const last = clauses.at(-1);
    if (told !== null && last !== undefined && last.start < told.index) {
      const content = clauses.map((clause) => (clause === last ? { ...clause, end: told.index } : clause));
      const moved = scramble(drop, replace, content);
      const announced = moved === undefined ? undefined : announcementOf(render(...moved), sentence.tokens);
      if (
        announced !== undefined &&
        standsAlone(announced) &&
        !copiesRun(announced, sourceNorm, MAX_COPIED_RUN)
      )
        return { text: announced, start: sentence.start, end: sentence.end };
    }
    if (same !== undefined) {
      const replaceSame = new Map(replace);
      if (!dropSame.slice(same.start, same.end + 1).some(Boolean)) {
        const both = scramble(dropSame, replaceSame);
        const two = both === undefined ? undefined : inTwo(same, ...both);
        if (two !== undefined) return two;
      }
    }
    // Each way alone still copies: the ways that move a phrase (the attribution after its topic,
    // the time after the place) and the reordering of case phrases combined, the sentence whole
    // or cut in two where it joins two statements — each step keeps what is said, who says it and
    // its modality, so together they do too.
    // (In the first of two statements, the attribution goes after that statement's topic: the
    // second, with a topic of its own, opens on its own copy of the source.)
    const movedOf = (dropAt: readonly boolean[], replaceAt: ReadonlyMap<number, string>, until?: number) =>
      [movedAttribution(dropAt, replaceAt, until), timeAfterPlace(sentence, dropAt, replaceAt)].filter(
        (arrays) => arrays !== undefined,
      );
    const orders = (dropAt: readonly boolean[], replaceAt: ReadonlyMap<number, string>, until?: number) => {
      const moved = movedOf(dropAt, replaceAt, until);
      return [[[...dropAt], new Map(replaceAt)] as [boolean[], Map<number, string>], ...moved].flatMap(
        (arrays) => {
          const reordered = scramble(...arrays);
          return [arrays, ...(reordered === undefined ? [] : [reordered])];
        },
      );
    };
    for (const arrays of orders(drop, replace).slice(1)) {
      const written = render(...arrays);
      if (standsAlone(written) && !copiesRun(written, sourceNorm, MAX_COPIED_RUN))
        return { text: written, start: sentence.start, end: sentence.end };
    }
    const splits: Array<[ReturnType<typeof splitAt>, readonly boolean[]]> = [
      [splitAt(sentence, undefined, true), drop],
      [splitAt(sentence, undefined, false), drop],
      ...(carried === undefined
        ? []
        : ([
            [splitAt(sentence, carried, true), dropSame],
            [splitAt(sentence, carried, false), dropSame],
          ] as Array<[ReturnType<typeof splitAt>, readonly boolean[]]>)),
    ];
    // (The source that opens the second statement as the first gives it: 同社 written out.)
    const opening = ATTRIBUTION.exec(text);
    const frameAs = (split: ReturnType<typeof splitAt>, dropAt: readonly boolean[]) => {
      const raw = reportOf(sentence)?.frame ?? '';
      if (split === undefined || opening === null || raw === '') return split;
      const length = opening[0].length;
      const frame = render(
        dropAt.map((dropped, i) => dropped || i >= length),
        new Map([...replace].filter(([at]) => at < length)),
      ).replace(/、?$/u, '、');
      return { ...split, text: split.text.replace(raw, frame) };
    };
    for (const [found, dropAt] of splits) {
      const split = frameAs(found, dropAt);
      if (split === undefined || dropAt.slice(split.start, split.end + 1).some(Boolean)) continue;
      for (const arrays of orders(dropAt, replace, split.start)) {
        if (arrays[0].slice(split.start, split.end + 1).some(Boolean)) continue;
        const two = inTwo(split, ...arrays);
        if (two !== undefined) return two;
      }
    }
    const part =
      mainClauseOf(sentence, out, sourceNorm) ?? firstClauseOf(sentence, out, sourceNorm, publishedAt);
    // A part cut from a polite sentence keeps its source's ending: not the article's style.
    return part === undefined || POLITE.test(part.text) ? undefined : part;
  }
  return { text: out, start: sentence.start, end: sentence.end };
}

/**
 * An announcement told as what it says (町は9月12日、…クマ1頭を捕獲したと発表した。 → 町の9月12日の
 * 発表によると、…クマ1頭を捕獲した。; …と説明した → Xの説明によると、…; …と明らかにした → Xによると、…):
 * news reports an actor's statement either way, and the date after the topic is the statement's,
 * so it stays with it. The topic must name an actor and
 * the announced content end on a plain predicate and hold no speech; undefined otherwise.
 */
function announcementOf(written: string, tokens: readonly Token[]): string | undefined {
  // What the announcement is about, set before its actor (…まつりについて、実行委員会は…と発表した):
  // it opens the content (…によると、…まつりについて、開催を中止する).
  const about =
    /^((?:[^、。「」]|「[^」]{1,14}」){2,40}?(?:について|をめぐり|をめぐって|に関して|に関し))、/u.exec(
      written,
    );
  const match =
    /^((?:[^、。「」]|「[^」]{1,14}」){1,30}?)は(?:、?((?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日)、|、)([^。]{6,}?[るたいすくぐむぶぬうつ])と(発表|公表|説明|明らかに)した。$/u.exec(
      about === null ? written : written.slice(about[0].length),
    );
  if (match === null) return undefined;
  const [, actor, date, told, act] = match as unknown as [string, string, string | undefined, string, string];
  // The topic must name an actor, as actorTopicEndOf reads one: a name, a public body, an organisation.
  const named = tokens.some(
    (token) => token.posDetail === '固有名詞' && token.surface.length >= 2 && actor.includes(token.surface),
  );
  if (!named && !ACTOR.test(actor)) return undefined;
  if (/「[^」]{15,}」|」$/u.test(told) || /^(?:今後|さらに)/u.test(told)) return undefined;
  const content = about === null ? told : `${about[0]}${told}`;
  // 発表, 公表 and 説明 are nouns of their own (Xの9日の説明によると); 明らかにした is told by who
  // disclosed it, and when (Xが9日に明らかにしたところによると).
  const frame =
    act === '明らかに'
      ? date === undefined
        ? `${actor}によると`
        : `${actor}が${date}に明らかにしたところによると`
      : `${actor}の${date === undefined ? '' : `${date}の`}${act}によると`;
  return `${frame}、${content}。`;
}

/**
 * A sentence that opens on its time (a date, 5日午後3時ごろ, and a comma) followed by the place
 * where it happened (a plain noun phrase — nouns, の, a name in 「」 — then で and a comma) and
 * what happened there (no topic with は): the drop and replace maps with the time moved after the place
 * (…町の…で5日午後3時ごろ、…), as writeFact renders them. Undefined for any other opening (a
 * place with a describing clause, 県道にある…で, stays).
 */
function timeAfterPlace(
  sentence: SourceSentence,
  drop: readonly boolean[],
  replace: ReadonlyMap<number, string>,
): [boolean[], Map<number, string>] | undefined {
  const { text, tokens } = sentence;
  // (After a tag before the sentence, 【萩ヶ丘】, which writeFact drops.)
  const at = /^【[^】]{1,12}】/u.exec(text)?.[0].length ?? 0;
  const date = sentence.dates.find((item) => item.start === at);
  if (date === undefined || text[date.end] !== '、') return undefined;
  const from = date.end + 1;
  const place = tokens.filter((token) => token.start >= from);
  const nominal = (token: Token) =>
    token.pos === '名詞' ||
    token.pos === '接頭詞' ||
    (token.pos === '助詞' && token.surface === 'の' && token.posDetail === '連体化') ||
    (token.pos === '記号' && /^[「」（）・―－-]$/u.test(token.surface));
  let k = 0;
  while (k < place.length && nominal(place[k] as Token)) k += 1;
  const particle = place[k];
  if (k < 2 || particle === undefined || particle.surface !== 'で' || particle.posDetail !== '格助詞')
    return undefined;
  const end = particle.end;
  if (
    [...text.slice(from, end)].length > 40 ||
    sentence.dates.some((item) => item.start >= from && item.start < end)
  )
    return undefined;
  // The place closes on a comma (…で、): without it the place may belong to a describing clause
  // that follows (…駅で列車を待っていた生徒は), which the time would then be read into. The rest says
  // what happened there, as a lead does, of a subject with が, not about a topic with は (生徒は…
  // 表情を見せた is a scene, not the event).
  if (text[end] !== '、' || text.slice(end + 1).length < 6) return undefined;
  if (place.slice(k + 1).some((token) => token.pos === '助詞' && token.surface === 'は')) return undefined;
  let time = '';
  for (let i = date.start; i < date.end; i++) {
    time += replace.get(i) ?? '';
    if (!drop[i]) time += text[i];
  }
  const dropOut = [...drop];
  const replaceOut = new Map(replace);
  for (let i = date.start; i <= date.end; i++) {
    dropOut[i] = true;
    replaceOut.delete(i);
  }
  dropOut[end] = true;
  replaceOut.set(end, `${replaceOut.get(end) ?? ''}${time}、`);
  return [dropOut, replaceOut];
}

/**
 * True when the clause from `from` on opens on a condition (実現すれば) or has a subject of its own
 * (Xは, or Xが: 会議を開き、約40人が出席した): without the clauses before it, the sentence's topic
 * would read as its subject (県は…約40人が出席した).
 */
function hasOwnSubject(tokens: readonly Token[], from: number): boolean {
  // A が inside a clause the main verb embeds (車が通れるようにする, 確保が難しいと説明した, 誰が
  // 行くかを決める) is that clause's subject, not the main verb's.
  const embedded = (at: number) =>
    tokens
      .slice(at + 1)
      .some(
        (token) =>
          token.surface === 'よう' ||
          token.surface === 'こと' ||
          token.surface === 'ため' ||
          (token.pos === '助詞' &&
            (token.posDetail === '副助詞／並立助詞／終助詞' || token.surface === 'か')) ||
          (token.pos === '助詞' && token.surface === 'と' && token.posDetail === '格助詞'),
      );
  return tokens.some(
    (token, i) =>
      token.start >= from &&
      token.pos === '助詞' &&
      (token.surface === 'ば' ||
        token.surface === 'は' ||
        (token.surface === 'が' &&
          token.posDetail === '格助詞' &&
          tokens[i - 1]?.pos === '名詞' &&
          !embedded(i))),
  );
}

/** Each run of kanji numerals in `text` in figures (二〇二六年三月期 → 2026年3月期, 二年前 → 2年前). */
function kanjiNumeralsInFigures(text: string): string {
  return text.replace(/[〇一二三四五六七八九十]+/gu, (numeral) => numeralInFigures(numeral) ?? numeral);
}

/**
 * Dates of a sentence written out for a reader with no dateline: a day (10日) or a reference
 * (同日) as the date it resolves to (3月10日), only where the understanding dates it to the page's
 * own month (a day before the page's, or a day after it that the words date to come: 24日から延長
 * する; a plan's day before the page's is a later month's and stays as written); a month used as
 * a time (4月から, 4月に — not 9月補正予算) given its year. Offset in the sentence → the characters
 * it replaces (0: inserted before) and the text written there.
 */
function writtenDates(
  sentence: SourceSentence,
  publishedAt: string | undefined,
): Map<number, { length: number; text: string }> {
  const out = new Map<number, { length: number; text: string }>();
  const page = /^\d{4}-(\d{2})-(\d{2})/u.exec(publishedAt ?? '');
  // A forecast or plan (見込み, 予定) is about days to come: a bare day in it that falls before the
  // page's date (8日 on a page of the 29th: 8日と9日は37度前後に達する見込み) is a day of a later
  // month the sentence does not name; it stays as written, not given the page's month.
  const ahead = /(?:見込み|見通し|予定|方針|計画)(?:だ|である|です)?[。．]$/u.test(sentence.text);
  for (const date of sentence.dates) {
    // A count of days a week (週3日, 毎週2日) is no date.
    if (/週$/u.test(sentence.text.slice(0, date.start))) continue;
    // A fiscal period (二〇二六年三月期: the fiscal year 2025 that ends in March 2026) is written as
    // the page names it, its numerals in figures (2026年3月期), not as a month of the fiscal year.
    if (date.period === 'fiscal') {
      const figures = kanjiNumeralsInFigures(date.text);
      if (figures !== date.text) out.set(date.start, { length: date.text.length, text: figures });
      continue;
    }
    // A date in kanji numerals or relative to the page (来年一月, 十月中, 二十七日) is written in the
    // article's own figures from the date it resolves to (2026年1月, 2025年10月中, 9月27日).
    // A day named relative to the page (きのう, きょう, あす) likewise (9月7日), and a month named
    // so (今月5日, 先月20日, 来月から, 今月下旬: 3月5日, 2月20日, 2026年4月から, 2026年3月下旬).
    const kanji =
      /^(?:来年|今年|昨年)?[〇一二三四五六七八九十]+[年月日]|^(?:来年|今年|昨年)|^(?:きょう|今日|きのう|昨日|あす|明日)|^(?:再来月|今月|先月|来月)/u.exec(
        date.text,
      );
    // 一日 alone reads as "one day" (一日に何度も) as often as the 1st: it stays as written.
    if (kanji !== null && /^一日/u.test(date.text)) continue;
    // A count of years back from the page (二年前, 二十年前) is a span, not a year's name: only its
    // numerals are written in figures (2年前), never the year it resolves to (not 2024年前).
    if (date.relative && /^[〇一二三四五六七八九十]+年前/u.test(date.text)) {
      const figures = kanjiNumeralsInFigures(date.text);
      if (figures !== date.text) out.set(date.start, { length: date.text.length, text: figures });
      continue;
    }
    // A year alone (二〇三〇年まで, 二〇二五年度): its figures.
    if (
      kanji !== null &&
      date.month === undefined &&
      date.year !== undefined &&
      /^[〇一二三四五六七八九十]+年/u.test(date.text)
    ) {
      out.set(date.start, { length: kanji[0].length, text: `${date.year}年` });
      continue;
    }
    // A year named relative to the page (来年の枠, 今年は): the year it is (2027年の枠); not a
    // fiscal year (今年度: which year depends on the month), which stays as written, nor one used
    // bare as an adverb or before a noun (今年町内で, 昨年同期: 2026年町内で does not read).
    const relativeYear = /^(?:来年|今年|昨年)(?!度)/u.exec(date.text);
    if (
      relativeYear !== null &&
      date.month === undefined &&
      date.year !== undefined &&
      date.text === relativeYear[0] &&
      /^(?:[にのはもで、]|から|まで|以降)/u.test(sentence.text.slice(date.end))
    ) {
      out.set(date.start, { length: relativeYear[0].length, text: `${date.year}年` });
      continue;
    }
    if (kanji !== null && date.month !== undefined && date.year !== undefined) {
      const day = date.day === undefined ? '' : `${date.day}日`;
      // A time of the day after it (きのう午後２時半ごろ) stays: only the day is written out.
      const time =
        /^(?:[のは]?(?:午前|午後|朝|昼|夕方|夜|未明|深夜))|^[\d０-９〇一二三四五六七八九十]+時/u.test(
          date.text.slice(kanji[0].length),
        );
      if (time && date.day !== undefined && /(?:日|う|す)$/u.test(kanji[0])) {
        const year =
          publishedAt?.slice(0, 4) !== String(date.year) || /年/u.test(kanji[0]) ? `${date.year}年` : '';
        // (Its numerals in figures too: 午前十時二十分 → 午前10時20分.)
        const rest = date.text
          .slice(kanji[0].length)
          .replace(/[〇一二三四五六七八九十]+/gu, (numeral) =>
            numeral === '十' ? '10' : (numeralInFigures(numeral) ?? numeral),
          );
        out.set(date.start, { length: date.text.length, text: `${year}${date.month}月${day}${rest}` });
        continue;
      }
      const suffix = /(?:中|末|以降|上旬|中旬|下旬|ごろ|頃)$/u.exec(date.text)?.[0] ?? '';
      // (A month before or after the page's in another year — 先月 on a page of January — names its year.)
      const otherYear = page !== null && publishedAt?.slice(0, 4) !== String(date.year);
      const year = date.day === undefined || /年/u.test(date.text) || otherYear ? `${date.year}年` : '';
      out.set(date.start, { length: date.text.length, text: `${year}${date.month}月${day}${suffix}` });
      continue;
    }
    if (date.month === undefined || /年/u.test(date.text)) continue;
    const day = /^(?:同日|[\d０-９]+日)/u.exec(date.text)?.[0];
    const sameMonth = page !== null && Number(page[1]) === date.month;
    if (
      day !== undefined &&
      date.day !== undefined &&
      !/月/u.test(date.text) &&
      sameMonth &&
      (day === '同日' || !ahead || date.day >= Number(page?.[2]))
    ) {
      out.set(date.start, { length: day.length, text: `${date.month}月${date.day}日` });
      continue;
    }
    const month = /^[\d０-９]+月/u.exec(date.text)?.[0];
    const after = sentence.text.slice(
      date.start + (month?.length ?? 0),
      date.start + (month?.length ?? 0) + 2,
    );
    // A month of every year (例年9月から10月に, 毎年8月に) names no year.
    const everyYear = /(?:例年|毎年)[^、。]*$/u.test(
      sentence.text.slice(Math.max(0, date.start - 12), date.start),
    );
    if (
      month === undefined ||
      date.year === undefined ||
      everyYear ||
      !/^(?:から|まで|に|の|、|中|末|以降|頃|ごろ)/u.test(after)
    )
      continue;
    // A month that closes a range (4～5月に, 4月～5月に) gives the range its year once, before the
    // range's first end (2026年4～5月に), not inside it (4～2026年5月); a range whose first end has
    // its year already (2026年4～5月) or that crosses a year (12～1月) is left as written.
    const range = /([\d０-９]+)月?[～〜~－]$/u.exec(sentence.text.slice(0, date.start));
    if (range === null) {
      out.set(date.start, { length: 0, text: `${date.year}年` });
      continue;
    }
    const first = Number(
      (range[1] ?? '').replace(/[０-９]/gu, (digit) => String(digit.charCodeAt(0) - 0xff10)),
    );
    if (!/年$/u.test(sentence.text.slice(0, range.index)) && first < date.month && !out.has(range.index))
      out.set(range.index, { length: 0, text: `${date.year}年` });
  }
  return out;
}

/**
 * Kanji numerals of a sentence's figures (its quantities) written in figures, and an approximate
 * figure's およそ as 約: offset in the sentence
 * → the characters replaced and the figures. Not inside a quote (the source's words), nor a numeral
 * before 年, 月 or 日 (a date's, written by writtenDates; 一日 may be one day, not the 1st) or つ.
 */
function writtenFigures(sentence: SourceSentence): Map<number, { length: number; text: string }> {
  const out = new Map<number, { length: number; text: string }>();
  for (const quantity of sentence.quantities) {
    // The article writes an approximate figure with 約, as written news does; およそ is the spoken
    // style of a broadcaster's page (およそ120メートル → 約120メートル).
    if (
      quantity.text.startsWith('およそ') &&
      !sentence.quotes.some((quote) => quantity.start < quote.end && quantity.start + 3 > quote.start)
    )
      out.set(quantity.start, { length: 3, text: '約' });
    for (const match of quantity.text.matchAll(/[〇零一二三四五六七八九十百千万億兆・]+/gu)) {
      const at = quantity.start + match.index;
      const end = at + match[0].length;
      // 一つ, 二つ are words more than counts: news keeps them in kanji. A numeral with 数 (三千数百万,
      // 数十) names a range, not a figure.
      if (/^[年月日つ数]/u.test(sentence.text.slice(end)) || sentence.text[at - 1] === '数') continue;
      if (sentence.quotes.some((quote) => at < quote.end && end > quote.start)) continue;
      if (sentence.dates.some((date) => at < date.end && end > date.start)) continue;
      const figures = numeralInFigures(match[0].replace(/・$/u, ''));
      if (figures === undefined) continue;
      out.set(at, { length: match[0].replace(/・$/u, '').length, text: figures });
    }
  }
  return out;
}

/**
 * Still too close to the source: the topic and the main clause alone (予算案は…提出され、3月24日の
 * 本会議で採決される見通し。 → 予算案は3月24日の本会議で採決される見通し。), where the main clause
 * carries a date or figure of its own (a key fact, not a bare verb) and the chained clauses before
 * it name no object (を) that the main verb may share, nor a topic of their own. The main clause's
 * predicate ends the sentence, so its modality (見通し, 予定) is the sentence's.
 */
function mainClauseOf(
  sentence: SourceSentence,
  written: string,
  sourceNorm: string,
): WrittenFact | undefined {
  const { text, tokens, clauses } = sentence;
  const main = clauses.at(-1);
  const topicEnd = topicEndOf(tokens, text);
  if (main === undefined || topicEnd === undefined || clauses.length < 2 || main.start < topicEnd)
    return undefined;
  const chained = clauses.slice(0, -1).filter((clause) => clause.end > topicEnd);
  // Only verbs chained on (提出され、/ 着工し、), not a noun with the copula (約3200億円で、).
  const endsInVerb = (clause: { end: number }) => {
    const last = [...tokens].reverse().find((token) => token.end <= clause.end && token.pos !== '記号');
    // で after a noun is the copula (助動詞 in the dictionary): the clause states, it does not act.
    return (
      last !== undefined &&
      (last.pos === '動詞' || (last.pos === '助動詞' && last.surface !== 'で') || last.surface === 'て')
    );
  };
  if (
    chained.length === 0 ||
    chained.some((clause) => clause.quoted || !clause.continuative || !endsInVerb(clause))
  )
    return undefined;
  const dropped = tokens.filter((token) => token.start >= topicEnd && token.end <= main.start);
  const kept = tokens.filter((token) => token.start >= main.start && token.end <= main.end);
  const particle = (from: readonly Token[], surfaces: readonly string[]) =>
    from.some((token) => token.pos === '助詞' && surfaces.includes(token.surface));
  if (particle(dropped, ['を', 'は']) || hasOwnSubject(tokens, main.start)) return undefined;
  // The topic is the main verb's subject too when it names an actor (企業連合は…着工し、…設置する),
  // or when both verbs are passive (予算案は…提出され、…採決される): what the acts are done to.
  const passive = (from: readonly Token[]) =>
    from.some(
      (token) => token.pos === '動詞' && token.posDetail === '接尾' && /^(?:れ|られ)/u.test(token.surface),
    );
  if (actorTopicEndOf(tokens, text) === undefined && !(passive(dropped) && passive(kept))) return undefined;
  const inMain = (item: { start: number; end: number }) => item.start >= main.start && item.end <= main.end;
  if (!sentence.dates.some(inMain) && !sentence.quantities.some(inMain)) return undefined;
  // The topic as writeFact wrote it (its parentheticals dropped).
  const topic = text.slice(0, topicEnd).replace(/[（(][^（）()]{1,30}[）)]/gu, '');
  if (!written.startsWith(topic)) return undefined;
  const out = `${topic}${text.slice(main.start, main.end)}`.replace(/、{2,}/gu, '、');
  if ([...out].length < 12 || !/[。．]$/u.test(out) || !standsAlone(out)) return undefined;
  if (copiesRun(out, sourceNorm, MAX_COPIED_RUN)) return undefined;
  return { text: out, start: sentence.start, end: sentence.end };
}

// The source of a report at the opening of a sentence (市によると、/ 関係者によれば、/ 県が公表した
//資料によりますと、): what follows is what that source says.
const ATTRIBUTION = /^[^、。「」『』]{1,40}?(?:によると|によれば|によりますと)、/u;

// The form writeFact gives such a sentence: Tは、Xによると、….
const MOVED_ATTRIBUTION = /^[^、。「」]+?(?:は|では|には)、[^、。「」]{1,40}?(?:によると|によれば)、/u;

/**
 * Where the attribution that opens a sentence (Xによると、) may go instead: right after the topic
 * of what it reports (Tは / Tでは / Tには, with its comma when it has one) — the same adverbial
 * phrase of the same clause, so what is said, who says it and its modality stay. [start, end):
 * the frame with its comma; `at`: where it goes; `comma`: the topic already has a comma after it
 * (the frame goes after that comma). Only a topic that follows the frame straight (no comma, no
 * quote before it: the frame scopes over all that follows), is not the sentence's last word, and
 * is the sentence's only topic.
 */
function attributionMovedOf(
  sentence: SourceSentence,
  drop: readonly boolean[],
  replace: ReadonlyMap<number, string>,
  until = sentence.text.length,
): { start: number; end: number; at: number; comma: boolean } | undefined {
  const { text, tokens } = sentence;
  let start = 0;
  // (Past a tag writeFact drops, 【萩ヶ丘】; not past a word it writes out, 同社 → its full name.)
  while (start < text.length && drop[start] && !replace.has(start)) start += 1;
  const frame = ATTRIBUTION.exec(text.slice(start));
  if (frame === null) return undefined;
  const end = start + frame[0].length;
  const topic = tokens.findIndex(
    (token) => token.start >= end && token.pos === '助詞' && token.surface === 'は',
  );
  const particle = tokens[topic];
  const previous = tokens[topic - 1];
  if (particle === undefined || previous === undefined || previous.start < end) return undefined;
  const span = text.slice(end, particle.start);
  if (/[、。「」『』（(]/u.test(span)) return undefined;
  // A condition before the topic (2基を夜間に止めると売電収入は…, 雨が降れば川は…: a verb's …と, or
  // its conditional form, …ば / …たら / …なら) is part of what the source reports: set before the
  // frame, it would leave the report and read as the condition of the report itself.
  const condition = tokens.some(
    (token, i) =>
      token.start >= end &&
      token.end <= particle.start &&
      (token.inflection === '仮定形' ||
        (token.surface === 'と' &&
          token.pos === '助詞' &&
          ['動詞', '助動詞', '形容詞'].includes(tokens[i - 1]?.pos ?? '') &&
          tokens[i - 1]?.inflection === '基本形')),
  );
  if (condition) return undefined;
  if (!(previous.pos === '名詞' || (previous.pos === '助詞' && /^(?:で|に)$/u.test(previous.surface))))
    return undefined;
  const comma = text[particle.end] === '、';
  const at = comma ? particle.end + 1 : particle.end;
  if (!/[^。．]/u.test(text.slice(at).replace(/[。．]$/u, ''))) return undefined;
  // A second topic after it (上りの便には31人、下りの便には16人が…; 宿泊者数は…で、税収は…): set after
  // the first, the source would read as the source of the first statement only.
  if (
    tokens.some(
      (token, i) =>
        i > topic &&
        token.start < until &&
        token.pos === '助詞' &&
        token.surface === 'は' &&
        (tokens[i - 1]?.pos === '名詞' || /^(?:で|に)$/u.test(tokens[i - 1]?.surface ?? '')),
    )
  )
    return undefined;
  return { start, end, at, comma };
}

/**
 * True when the clause from `from` on has a subject of its own that its main verb takes: a topic
 * (市は, 地点では) or a が (会派が) after a noun, not one inside a clause that the main verb embeds
 * (hasOwnSubject) or that describes a noun (法人が運営する新病院, 鉄道会社は運行に専念する上下分離
 * 方式: a verb before a noun ends a describing clause, and its subject is that clause's).
 */
function statesSubject(tokens: readonly Token[], from: number): boolean {
  if (!hasOwnSubject(tokens, from)) return false;
  return tokens.some((token, i) => {
    if (token.start < from || token.pos !== '助詞') return false;
    const previous = tokens[i - 1];
    const topic =
      token.surface === 'は' &&
      (previous?.pos === '名詞' || (previous?.pos === '助詞' && /^(?:で|に)$/u.test(previous.surface)));
    const subject = token.surface === 'が' && token.posDetail === '格助詞' && previous?.pos === '名詞';
    if (!topic && !subject) return false;
    for (let k = i + 1; k < tokens.length - 1; k++) {
      const current = tokens[k] as Token;
      const next = tokens[k + 1] as Token;
      if (current.pos === '助詞' && (current.surface === 'は' || current.surface === 'が')) break;
      if (
        (current.pos === '動詞' || current.pos === '助動詞') &&
        next.pos === '名詞' &&
        next.posDetail !== '非自立' &&
        next.posDetail !== '接尾'
      )
        return false;
    }
    return true;
  });
}

// Verbs that with を, に or と make a compound particle (をめぐり, を受け, に対し, に伴い, を通じ …).
const COMPOUND_PARTICLE =
  /^(?:めぐる|巡る|受ける|通じる|通す|除く|含める|はじめる|始める|加える|対する|伴う|基づく|関する|つく|際する|向ける|比べる|当たる|沿う|よる|限る|先立つ|応じる|合わせる|踏まえる|おく|する)$/u;

/**
 * Where a sentence joins two statements, each with its own subject (AはXし、BはYした / 人が64人に
 * のぼっていて、市は…呼びかけている): the last chained clause (連用中止: 設け、/ ていて、/ ており、/
 * 高く、) whose rest has a subject of its own, as [start, end) of the verb ending that clause and its
 * comma, and that verb's sentence-final form with 。 (設けた。 after a main clause in the past,
 * 設ける。 else; ている。 for ていて、 and ており、; ない / なかった for a negative ず、). Undefined where the rest is reported, hedged
 * or conditional (…という, 見込みだ, …すれば): what it says of the whole sentence would not carry
 * over to the first statement once it stands alone.
 */
function splitAt(
  sentence: SourceSentence,
  carried?: string,
  adversative = false,
): { start: number; end: number; text: string; described?: true } | undefined {
  const { text, tokens, clauses } = sentence;
  const main = clauses.at(-1);
  // A report that scopes over the whole sentence goes with each statement (reportOf).
  const report = sentence.reported ? reportOf(sentence) : { frame: '', marker: '', end: text.length };
  if (main === undefined || clauses.length < 2 || main.hedges.length > 0 || report === undefined)
    return undefined;
  if (/(?:という|とされる|とみられる|ようだ|らしい|そうだ)[。．]$/u.test(text.slice(0, report.end)))
    return undefined;
  // (The closing という of that report frames the sentence: its と does not make a subject before
  // it one of a clause embedded under a verb of saying, as …が多いと説明した would.)
  const framed = tokens.filter((token) => token.end <= report.end);
  if (adversative) return adversativeAt(sentence, report, carried, framed) ?? undefined;
  if (carried !== undefined && sentence.predicates.some((predicate) => predicate.negated)) return undefined;
  // The first statement takes the main clause's tense: past after a past (…た), present after a
  // verb in the present (負担する, 呼びかけている); after a noun or the copula (出力は2千キロワット,
  // 柱が特徴だ) its tense is not said, so the sentence is not split. (Before a closing という, the
  // verb before it.)
  const inMain = tokens.filter(
    (token) => token.end <= Math.min(main.end, report.end) && token.pos !== '記号',
  );
  const polite = inMain.at(-1)?.baseForm === 'ます';
  // (呼びかけています: the verb before ます.)
  const ending = inMain.at(polite ? -2 : -1);
  if (ending === undefined) return undefined;
  const past = inMain.at(-1)?.pos === '助動詞' && inMain.at(-1)?.baseForm === 'た';
  if (!past && !(ending.pos === '動詞' && (polite || ending.inflection === '基本形'))) return undefined;
  for (const clause of clauses.slice(0, -1).toReversed()) {
    if (!clause.continuative || clause.quoted || text[clause.end - 1] !== '、') continue;
    const rest = tokens.filter((token) => token.start >= clause.end);
    if (rest.some((token) => token.pos === '助詞' && token.surface === 'ば')) return undefined;
    if (carried === undefined ? !statesSubject(framed, clause.end) : !actsAlone(tokens, clause.end))
      return undefined;
    // One actor's acts: the object the second act shares (計画をまとめ、約3000世帯に配布した) stays
    // with it — the second sentence alone would not say what was acted on.
    const object = (token: Token) =>
      token.pos === '助詞' && (token.surface === 'を' || token.surface === 'も');
    if (
      carried !== undefined &&
      tokens.some((token) => token.start >= clause.start && token.end <= clause.end && object(token)) &&
      !rest.some(object)
    )
      return undefined;
    const inClause = tokens.filter((token) => token.start >= clause.start && token.end < clause.end);
    const last = inClause.at(-1);
    const before = inClause.at(-2);
    if (last === undefined) return undefined;
    // A verb that is part of a compound particle (計画をめぐり、/ 要望を受け、/ 市に対し、) ends no statement.
    if (
      COMPOUND_PARTICLE.test(last.baseForm) &&
      (before === undefined || (before.pos === '助詞' && /^(?:を|に|と)$/u.test(before.surface)))
    )
      return undefined;
    // …ていて、/ …ており、: the state goes on (ている / ていた).
    // (A report's closing marker ends the first statement too, and its source opens the second:
    // 市によると、AはXし、BはYしたという。 → 市によると、AはXしたという。市によると、BはYしたという。)
    const { frame, marker } = report;
    if (last.surface === 'て' && before?.surface === 'い' && before.pos === '動詞')
      return {
        start: before.start,
        end: clause.end - 1,
        text: `${past ? 'いた' : 'いる'}${marker}。${frame}`,
      };
    if (last.surface === 'おり' && last.pos === '動詞' && last.posDetail === '非自立')
      return {
        start: last.start,
        end: clause.end - 1,
        text: `${past ? 'いた' : 'いる'}${marker}。${frame}`,
      };
    if (last.pos === '形容詞' && /^連用/u.test(last.inflection ?? '') && last.baseForm.endsWith('い'))
      return {
        start: last.start,
        end: clause.end - 1,
        text: `${past ? `${last.baseForm.slice(0, -1)}かった` : last.baseForm}${marker}。${frame}`,
      };
    // The copula joining a topic's description to the next statement (蔵書は約12万冊で、町は…を
    // 始める): the description ends as a sentence, in the main clause's tense (だ / だった).
    // (Only the copula: …の影響で、 or …カーブで、 read as a particle are a cause or a place.)
    if (
      carried === undefined &&
      last.surface === 'で' &&
      last.pos === '助動詞' &&
      last.baseForm === 'だ' &&
      inClause.some((token) => token.pos === '助詞' && token.surface === 'は')
    )
      return {
        start: last.start,
        end: clause.end - 1,
        text: `${past ? 'だった' : 'だ'}${marker}。${frame}`,
        described: true,
      };
    // An act before a state in the present (通れなくなり、住民は仮設の橋を使っている) may be done
    // already: its tense is not said.
    if (!past && ending.pos === '動詞' && ending.posDetail === '非自立') return undefined;
    // …ず、 (the negative continuative: 下がらず、/ 乗っておらず、/ 計上せず、): the first statement
    // ends on ない, in the main clause's tense (下がらない / 下がらなかった; おらず → いない, せず → しない).
    if (
      last.surface === 'ず' &&
      last.pos === '助動詞' &&
      before !== undefined &&
      (before.pos === '動詞' || before.pos === '助動詞')
    ) {
      const negative = past ? 'なかった' : 'ない';
      const stem =
        before.surface === 'おら' && before.baseForm === 'おる'
          ? 'い'
          : before.surface === 'せ' && before.baseForm === 'する'
            ? 'し'
            : undefined;
      return {
        start: stem === undefined ? last.start : before.start,
        end: clause.end - 1,
        text: `${stem ?? ''}${negative}${marker}。${frame}`,
      };
    }
    if (last.pos === '動詞' && last.posDetail !== '非自立' && last.inflection === '連用形') {
      const form = past ? pastOf(last) : last.baseForm;
      return form === undefined
        ? undefined
        : { start: last.start, end: clause.end - 1, text: `${form}${marker}。${frame}${carried ?? ''}` };
    }
    return undefined;
  }
  return undefined;
}

/**
 * The adversative join of two statements (AはXしたが、BはYしなかった / Xしているが、…): a clause
 * ending on the conjunctive が after a finite predicate (a verb, an auxiliary, an adjective, the
 * copula) already says its own tense and negation, so it ends as a sentence where it stands (Xした。)
 * and the rest is the second. Each statement keeps the sentence's report (reportOf: its source and
 * closing という); the rest must have a subject of its own, or, with `carried`, be one act of the
 * topic (actsAlone; `framed`: the tokens before a closing という, which read the subject). Only the
 * last such clause, not quoted, with no conditional ば after it.
 * null where the sentence has no such clause (splitAt reads its chained clauses instead), undefined
 * where it has one that cannot be split so.
 */
function adversativeAt(
  sentence: SourceSentence,
  report: { frame: string; marker: string },
  carried: string | undefined,
  framed: readonly Token[],
): { start: number; end: number; text: string } | null | undefined {
  const { text, tokens, clauses } = sentence;
  for (const clause of clauses.slice(0, -1).toReversed()) {
    if (text[clause.end - 1] !== '、') continue;
    const inClause = tokens.filter((token) => token.start >= clause.start && token.end < clause.end);
    const ga = inClause.at(-1);
    const before = inClause.at(-2);
    if (ga?.surface !== 'が' || ga.posDetail !== '接続助詞') continue;
    if (
      clause.quoted ||
      before === undefined ||
      !(before.pos === '動詞' || before.pos === '助動詞' || before.pos === '形容詞')
    )
      return undefined;
    const rest = tokens.filter((token) => token.start >= clause.end);
    if (rest.some((token) => token.pos === '助詞' && token.surface === 'ば')) return undefined;
    if (carried === undefined ? !statesSubject(framed, clause.end) : !actsAlone(tokens, clause.end))
      return undefined;
    // A subject in が of a clause chained before the main one (気温が下がらず、稼働できていない) is
    // that clause's, not the main verb's: the second statement would not say who did it.
    const main = clauses.at(-1);
    const subject = rest.find(
      (token, k) =>
        token.pos === '助詞' &&
        (token.surface === 'は' || token.surface === 'が') &&
        rest[k - 1]?.pos === '名詞',
    );
    // (Nには / Nでは set a scene, 公園を出る際には: no subject of the second statement.)
    if (
      carried === undefined &&
      (subject === undefined ||
        (main !== undefined && subject.surface === 'が' && subject.start < main.start))
    )
      return undefined;
    // (A polite first statement, …ましたが、, is left to the plain-style rewrite: not split here.)
    if (before.baseForm === 'ます' || before.baseForm === 'です') return undefined;
    return {
      start: ga.start,
      end: clause.end - 1,
      text: `${report.marker}。${report.frame}${carried ?? ''}`,
    };
  }
  return null;
}

// What else would make a sentence reported (read-sentence.ts REPORTED, for the writer): a quote's と
// and the verbs and nouns of saying, deciding or reckoning. Where any is left once the report's
// opening source and closing という are set aside, the report may cover only part of the sentence.
const REPORTS_WITHIN =
  /と(?:の|[、，]|し|述べ|語|話|強調|主張|指摘|説明|訴え|明らか|発表|表明|示|判断|見|み|考え|決め|求め|認め|伝え|答え|言|いう|いい)|によると|によれば|によりますと|とする|の試算|の調べ|の調査|関係者|[「」『』]/u;

/**
 * A report that covers the whole sentence and nothing else: its source opening it (Xによると、, as
 * ATTRIBUTION reads it, written によると) and/or a closing という — the two frames of a news report
 * that say who told it and that it is told. Each statement of a sentence that joins two is then told
 * by the same source in the same way, so splitAt gives each its own frame. `end`: where the closing
 * という begins (the sentence's end, without one); undefined where another mark of a report is left
 * (a quote, と述べた, とする, …: what it covers is not the whole) or neither frame is there.
 */
function reportOf(sentence: SourceSentence): { frame: string; marker: string; end: number } | undefined {
  const { text } = sentence;
  if (sentence.quotes.length > 0) return undefined;
  const opening = ATTRIBUTION.exec(text);
  // (A broadcaster's ということです is the same closing in the polite style: written という.)
  const closing = /という(?:ことです)?[。．]$/u.exec(text);
  if (opening === null && closing === null) return undefined;
  const from = opening === null ? 0 : opening[0].length;
  const end = closing === null ? text.length : closing.index;
  if (from >= end || REPORTS_WITHIN.test(text.slice(from, end))) return undefined;
  // (A date in the source's phrase, 10日に公表した資料によると, would be written twice unresolved.)
  if (sentence.dates.some((date) => date.start < from)) return undefined;
  return {
    // As writeFact writes it: no parenthetical (野辺山太一さん（52）), によりますと in the plain style.
    frame:
      opening === null
        ? ''
        : opening[0].replace(/[（(][^（）()「」]{1,30}[）)]/gu, '').replace(/によりますと、$/u, 'によると、'),
    marker: closing === null ? '' : 'という',
    end,
  };
}

// Case particles that tie a phrase to the verb after it (を, に, で, へ, から, まで, と).
const CASE_PARTICLE = /^(?:を|に|で|へ|から|まで|と)$/u;

/**
 * True when nothing of `start`…`end` is left out but what is written anew in its place: a date
 * written out (今月中に → 2027年1月中に) or a polite form made plain moves with its new wording,
 * while a phrase with a part cut (a parenthesis, a chained clause) stays where it is.
 */
function rewrittenOnly(
  dropAt: readonly boolean[],
  replaceAt: ReadonlyMap<number, string>,
  start: number,
  end: number,
): boolean {
  for (let i = start; i < end; i++) {
    // Each run left out opens within the span on its new wording and closes within it.
    if (!dropAt[i] || (i > start && dropAt[i - 1])) continue;
    if (!replaceAt.has(i) || (i === start && i > 0 && dropAt[i - 1])) return false;
  }
  return !(end > start && dropAt[end - 1] && dropAt[end] === true);
}

/**
 * The case phrase right before a clause's verb (…世帯に避難指示を出し: 避難指示を) that may open
 * the clause instead (scramble in writeFact): a plain noun phrase (nouns, の, a prefix) with its
 * case particle, itself after a case particle or a comma, and the part of the clause it moves
 * across (from the clause's opening, after its topic and an opening date, to the phrase) holds
 * no subject or object of its own (は, が, を) and no verb — else a phrase moved before a
 * describing clause (…で運行する路線バス) could read as that clause's. A date moves across one,
 * with a comma after it (10月1日に、…で運行する路線を廃止し): the comma ties it to the farther verb;
 * so does a phrase of goal, source or limit (…に, …へ, …から, …まで), set off by a comma likewise.
 * `from`: where it goes; [start, end): the phrase.
 */
function frontedPhraseOf(
  sentence: SourceSentence,
  clause: { start: number; end: number; quoted: boolean },
  topicEnd: number,
): { from: number; start: number; end: number; comma: boolean } | undefined {
  const { text, tokens } = sentence;
  if (clause.quoted) return undefined;
  // A clause after a comma that follows a noun, with no topic or subject of its own, is the next
  // member of a list that shares the verb (小学校で月額4800円、中学校で月額5600円となる): its
  // phrases stay in the order of the member before it.
  const beforeComma = tokens.findLast((token) => token.end <= clause.start && token.surface !== '、');
  if (
    text[clause.start - 1] === '、' &&
    beforeComma?.pos === '名詞' &&
    !sentence.dates.some((date) => date.start < beforeComma.end && date.end >= beforeComma.end) &&
    !tokens.some(
      (token) =>
        token.start >= clause.start &&
        token.end <= clause.end &&
        token.pos === '助詞' &&
        /^(?:は|が)$/u.test(token.surface),
    )
  )
    return undefined;
  let from = clause.start;
  if (topicEnd > from && topicEnd < clause.end) from = topicEnd;
  const opening = sentence.dates.find((date) => date.start >= from && date.start <= from + 1);
  if (opening !== undefined && text[opening.end] === '、') from = opening.end + 1;
  while (text[from] === '、') from += 1;
  const inClause = tokens.filter((token) => token.start >= from && token.end <= clause.end);
  const verb = inClause.findLastIndex((token) => token.pos === '動詞' && token.posDetail === '自立');
  if (verb < 2) return undefined;
  // A verbal noun with する (自主回収し): the nouns before the verb are its stem.
  let q = verb;
  while (q > 0 && inClause[q - 1]?.pos === '名詞' && inClause[q - 1]?.posDetail !== '数') q -= 1;
  if (q === verb && inClause[verb]?.baseForm === 'する') return undefined;
  let r = q - 1;
  const particle = inClause[r];
  if (particle === undefined || particle.pos !== '助詞' || !CASE_PARTICLE.test(particle.surface))
    return undefined;
  if (particle.posDetail !== '格助詞' && particle.surface !== 'まで') return undefined;
  if (particle.surface === 'に' && inClause[r - 1]?.surface === 'まで') r -= 1;
  let n = r;
  while (n > 0) {
    const token = inClause[n - 1] as Token;
    const nominal =
      token.pos === '名詞' ||
      token.pos === '接頭詞' ||
      (token.pos === '助詞' && token.surface === 'の' && token.posDetail === '連体化') ||
      (token.pos === '記号' && /^[・％%]$/u.test(token.surface));
    if (!nominal) break;
    n -= 1;
  }
  const head = inClause[n];
  const isDateAt = (at: Token | undefined) =>
    at !== undefined &&
    sentence.dates.some((date) => date.start <= at.start && date.end >= (inClause[r - 1] as Token).end);
  // A date set off by a comma after an object or another case phrase (検討会を、2027年3月中に設ける)
  // moves with that comma: the phrase before the comma is what it crosses.
  const setOff =
    inClause[n - 1]?.surface === '、' &&
    inClause[n - 2]?.pos === '助詞' &&
    inClause[n - 2]?.posDetail === '格助詞' &&
    isDateAt(head);
  const previous = inClause[setOff ? n - 2 : n - 1];
  if (n === r || n === 0 || head === undefined || head.surface === 'の' || previous === undefined)
    return undefined;
  // (After a comma or と the phrase may be the last of a list, 屋根や壁と、乗用車3台を: it stays.)
  if (
    previous.pos !== '助詞' ||
    previous.posDetail !== '格助詞' ||
    !CASE_PARTICLE.test(previous.surface) ||
    previous.surface === 'と'
  )
    return undefined;
  const start = setOff ? (inClause[n - 1] as Token).start : head.start;
  const end = particle.end;
  const span = inClause.filter((token) => token.end <= start);
  const nounEnd = (inClause[r - 1] as Token).end;
  const isDate = sentence.dates.some((date) => date.start <= head.start && date.end >= nounEnd);
  // (A date moves across a subject or an object, with its comma: 4月1日に、…路線を廃止する — a time
  // is no one's subject or object; never across a topic, nor away from the start of its range:
  // …を4月1日から6月30日まで止める keeps 6月30日まで where it is.)
  // A phrase of goal, source or limit (…に, …へ, …から, …まで: never を, nor で, which after a
  // noun and a comma reads as the copula's て-form) moves likewise, with a comma after it, across
  // a subject, an object or a describing clause (…を載せた改定案を審議会に示す → 審議会に、…を載せた
  // 改定案を示す): a comma after a phrase sets it off from the predicate next to it and ties it to
  // the farther one, as Japanese punctuates a modifier of a distant predicate. (Not the end of a
  // range, …約500台から約800台に, which stays with its start; nor across a demonstrative, このうち
  // 3人が, which then no longer opens what it leans on.)
  const far =
    !isDate &&
    particle.posDetail === '格助詞' &&
    /^(?:に|へ|から|まで)$/u.test(particle.surface) &&
    previous.surface !== 'から' &&
    !span.some((token) => token.pos === '連体詞' || token.posDetail === '代名詞');
  const crossesArgument = !isDate || previous.surface === 'から';
  if (
    span.some(
      (token) =>
        token.pos === '助詞' &&
        /^(?:は|が|を|も)$/u.test(token.surface) &&
        ((crossesArgument && !far) || token.surface === 'は'),
    )
  )
    return undefined;
  const predicate = (token: Token) =>
    token.pos === '動詞' || token.pos === '形容詞' || token.pos === '助動詞';
  if (span.some((token) => token.surface === '「' || token.surface === '（') && !isDate) return undefined;
  if (span.some(predicate) && !isDate && !far) return undefined;
  if (
    sentence.quantities.some(
      (quantity) =>
        quantity.start < end && quantity.end > start && (quantity.start < start || quantity.end > end),
    )
  )
    return undefined;
  const crosses = span.some(
    (token) => predicate(token) || (token.pos === '助詞' && /^(?:が|を|も)$/u.test(token.surface)),
  );
  return { from, start, end, comma: (isDate || far) && crosses };
}

/**
 * The actor a sentence's topic names (actorTopicEndOf), as the subject of a sentence of its own:
 * the noun run before は, without what describes it (家電メーカーの白鷺電器は → 白鷺電器は) or a
 * parenthesis. Undefined where the topic names no actor.
 */
function carriedTopicOf(tokens: readonly Token[], text: string): string | undefined {
  const actor = actorTopicEndOf(tokens, text);
  const end = actor ?? topicEndOf(tokens, text);
  if (end === undefined) return undefined;
  const { run, whole } = topicRunOf(tokens, end);
  // A topic that names no actor (停電は, 焼けた製造棟は) is carried only whole — what describes it
  // may say which one is meant — and not a time or a count (15日は, 初日は: when, not what).
  const when = (token: Token) => token.posDetail === '数' || token.posDetail === '副詞可能';
  if (actor === undefined && (!whole || run.some(when))) return undefined;
  // The name itself where the run ends in one (家電メーカーの白鷺電器 → 白鷺電器), else the run whole
  // (陸自のヘリ).
  const last = run.findLastIndex((token) => token.surface === 'の');
  const own = run.slice(last + 1);
  const named =
    own.some((token) => token.posDetail === '固有名詞') ||
    ACTOR.test(own.map((token) => token.surface).join(''));
  const name = (named ? own : run)
    .filter((token, i, kept) => !(i === 0 && token.surface === 'の') || kept.length === 0)
    .map((token) => token.surface)
    .join('');
  return [...name].length >= 1 && !/^同/u.test(name) ? `${name}は` : undefined;
}

/**
 * True when the clause from `from` on is one act the sentence's topic does: no subject of its own
 * (hasOwnSubject) and one predicate only — no verb inside it that another verb takes (…すると発表
 * した, …することを決めた, …を盛り込んだ予算案を提出する): the clause before it could be part of
 * what is announced, decided or described, and then it was not done.
 */
function actsAlone(tokens: readonly Token[], from: number): boolean {
  if (hasOwnSubject(tokens, from)) return false;
  const rest = tokens.filter((token) => token.start >= from);
  // (An adjective in its adverbial form, 詳しく調べる, is no predicate of its own.)
  const verbs = rest.filter(
    (token) =>
      (token.pos === '動詞' && token.posDetail === '自立') ||
      (token.pos === '形容詞' && !/^連用/u.test(token.inflection ?? '')),
  );
  return (
    verbs.length === 1 &&
    !rest.some(
      (token) =>
        (token.pos === '助詞' && token.surface === 'と' && token.posDetail === '格助詞') ||
        token.surface === 'こと' ||
        token.surface === 'よう' ||
        token.surface === '「',
    )
  );
}

/**
 * Still too close to the source, and the main clause cannot stand for it: the actor's first act,
 * as a sentence of its own (市は補助の費用を約1億2千万円と見込み、当初予算案に盛り込んだ。 → 市は補助の
 * 費用を約1億2千万円と見込んだ。), where that act carries a date or figure — the key fact — and the
 * sentence states it (no hedge, no report, no negation, no condition: the main clause's modality
 * would not carry over). The verb takes the main clause's tense (見込み → 見込んだ after 盛り込んだ).
 */
function firstClauseOf(
  sentence: SourceSentence,
  written: string,
  sourceNorm: string,
  publishedAt: string | undefined,
): WrittenFact | undefined {
  const { text, tokens, clauses } = sentence;
  const topicEnd = actorTopicEndOf(tokens, text);
  const first = clauses[0];
  const main = clauses.at(-1);
  if (topicEnd === undefined || first === undefined || main === undefined || clauses.length < 2)
    return undefined;
  if (first.end <= topicEnd || !first.continuative || first.quoted || sentence.reported) return undefined;
  // The main clause's hedge (予定, 方針) would not carry over; the first clause keeps its own words.
  if (main.hedges.length > 0 || sentence.predicates.some((p) => p.negated)) return undefined;
  const within = (item: { start: number; end: number }) => item.start >= topicEnd && item.end <= first.end;
  if (!sentence.dates.some(within) && !sentence.quantities.some(within)) return undefined;
  const inFirst = tokens.filter(
    (token) => token.start >= first.start && token.end <= first.end && token.pos !== '記号',
  );
  const verb = inFirst.at(-1);
  if (verb === undefined || verb.pos !== '動詞' || verb.inflection !== '連用形') return undefined;
  if (
    inFirst.some(
      (token) =>
        token.pos === '助詞' && (token.surface === 'ば' || token.surface === 'は') && token.start >= topicEnd,
    )
  )
    return undefined;
  const past = /(?:た|だ)。?$/u.test(text.slice(main.start, main.end).replace(/[。．]$/u, ''));
  const form = past ? pastOf(verb) : verb.baseForm;
  if (form === undefined) return undefined;
  const dates = writtenDates(sentence, publishedAt);
  let head = '';
  for (let i = 0; i < verb.start; i++) {
    const date = dates.get(i);
    if (date !== undefined) {
      head += date.text;
      i += date.length - 1;
      if (date.length > 0) continue;
    }
    head += text[i];
  }
  const out = `${head.replace(/[（(][^（）()「」]{1,30}[）)]/gu, '')}${form}。`;
  // The topic as writeFact wrote it (a dateline tag and opener dropped): the same start.
  if (!written.startsWith(out.slice(0, 2)) || [...out].length < 12 || !standsAlone(out)) return undefined;
  if (copiesRun(out, sourceNorm, MAX_COPIED_RUN)) return undefined;
  return { text: out, start: sentence.start, end: sentence.end, part: true };
}

// 五段 verbs' past by their last kana (見込む → 見込んだ, 置く → 置いた, 出す → 出した).
const GODAN_PAST: Record<string, string> = {
  う: 'った',
  つ: 'った',
  る: 'った',
  む: 'んだ',
  ぶ: 'んだ',
  ぬ: 'んだ',
  く: 'いた',
  ぐ: 'いだ',
  す: 'した',
};

/** The past form of a verb in its 連用形 (決め → 決めた, し → した, 見込み → 見込んだ). */
function pastOf(verb: Token): string | undefined {
  const base = verb.baseForm;
  // 一段 and する/来る: the 連用形 takes た directly (決め → 決めた, し → した).
  if (base === `${verb.surface}る` || base === 'する' || base.endsWith('する')) return `${verb.surface}た`;
  if (base === '行く') return '行った';
  // 来る (カ変): 来 / き + た.
  if (base === '来る' || base === 'くる') return `${verb.surface}た`;
  const ending = GODAN_PAST[base.slice(-1)];
  return ending === undefined ? undefined : `${base.slice(0, -1)}${ending}`;
}

// The 未然形 ending of a 五段 verb before ない, by its dictionary form's last kana (立つ → 立た).
const GODAN_NEGATIVE: Record<string, string> = {
  う: 'わ',
  つ: 'た',
  る: 'ら',
  む: 'ま',
  ぶ: 'ば',
  ぬ: 'な',
  く: 'か',
  ぐ: 'が',
  す: 'さ',
};

/** What a verb in its 連用形 (あり, い, 見つかり) takes ない after (''/い/見つから); undefined where unknown. */
function negativeStemOf(verb: Token): string | undefined {
  if (verb.pos !== '動詞') return undefined;
  const base = verb.baseForm;
  // ある's negative is ない itself (ありません → ない).
  if (base === 'ある') return '';
  // 来る (カ変): 来ない in kanji, こない in kana.
  if (base === '来る' || base === 'くる') return verb.surface === '来' ? '来' : 'こ';
  // 一段 and する: the 連用形 takes ない directly (い → いない, し → しない).
  if (base === `${verb.surface}る` || base === 'する' || base.endsWith('する')) return verb.surface;
  const ending = GODAN_NEGATIVE[base.slice(-1)];
  return ending === undefined ? undefined : `${base.slice(0, -1)}${ending}`;
}

// Topics that name an actor: a proper noun, a public body (県, 市 …) or an organisation (…社, …会).
const ACTOR =
  /(?:^|[^\p{Script=Han}])(?:県|市|町|村|国|政府|区|都|府|道)$|(?:社|会|局|庁|省|部|課|団|組合|連合|機構|病院|大学|協会|銀行|政権)$/u;

/**
 * The noun phrase before the topic's は that ends by `end` (its nouns, prefixes and の, brackets
 * skipped), and whether it is whole: nothing before it but the sentence's start, a comma or a
 * dateline's 】 (no describing words left behind).
 */
function topicRunOf(tokens: readonly Token[], end: number): { run: Token[]; whole: boolean } {
  const topic = tokens.findIndex(
    (token) => token.pos === '助詞' && token.surface === 'は' && token.end <= end,
  );
  const run: Token[] = [];
  let depth = 0;
  for (let k = topic - 1; k >= 0; k--) {
    const token = tokens[k] as Token;
    if (token.surface === '）' || token.surface === ')') depth += 1;
    else if (token.surface === '（' || token.surface === '(') depth -= 1;
    else if (depth > 0) continue;
    else if (token.pos === '名詞' || token.pos === '接頭詞' || token.surface === 'の') run.unshift(token);
    else return { run, whole: token.surface === '、' || token.surface === '】' };
  }
  return { run, whole: true };
}

/**
 * The end of the sentence's topic when it names an actor (who then does the main clause's act):
 * its noun run (a parenthesis such as an age skipped) holds a proper noun — a person, a company,
 * a place — or ends in a public body or an organisation.
 */
function actorTopicEndOf(tokens: readonly Token[], text: string): number | undefined {
  const end = topicEndOf(tokens, text);
  if (end === undefined) return undefined;
  const { run } = topicRunOf(tokens, end);
  if (run.length === 0) return undefined;
  const head = run.map((token) => token.surface).join('');
  return run.some((token) => token.posDetail === '固有名詞') || ACTOR.test(head) ? end : undefined;
}

// A polite ending left in a sentence (決めました。/ 予定です。).
const POLITE = /(?:ます|ました|です|でした|ません)[。．]$/u;

/** The sentence in the article's plain style (plainStyleOf), full-width digits as figures; undefined when a polite form has no plain one here. */
export function plainTextOf(sentence: SourceSentence): string | undefined {
  const forms = plainStyleOf(sentence);
  if (forms === undefined) return undefined;
  let out = sentence.text;
  for (const { start, end, text } of [...forms].reverse())
    out = `${out.slice(0, start)}${text}${out.slice(end)}`;
  return out.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/**
 * The sentence's polite forms outside quotes, each with its plain form: a verb's 連用形 + ます →
 * its dictionary form (呼びかけています → 呼びかけている, によりますと → によると), + ました → its
 * past (決めました → 決めた, なりました → なった); ということです → という; です after an adjective
 * or ない → dropped (ないということです → ないという), after a noun → だ, でした → だった.
 * Undefined when a polite form has no plain one here (ません, でしょう, まして): the sentence is
 * left to a quote. [] for a sentence in plain style.
 */
function plainStyleOf(
  sentence: SourceSentence,
): Array<{ start: number; end: number; text: string }> | undefined {
  const { tokens, quotes } = sentence;
  const out: Array<{ start: number; end: number; text: string }> = [];
  const inQuote = (token: Token) =>
    quotes.some((quote) => token.start > quote.start && token.start < quote.end);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.pos !== '助動詞' || inQuote(token)) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const past = after?.pos === '助動詞' && after.baseForm === 'た';
    if (token.baseForm === 'ます') {
      if (before === undefined || !/^連用/u.test(before.inflection ?? '')) return undefined;
      if (past && token.surface === 'まし') {
        const form = pastOf(before);
        if (form === undefined) return undefined;
        out.push({ start: before.start, end: after.end, text: form });
        i += 1;
      } else if (token.surface === 'ます' && !past) {
        out.push({ start: before.start, end: token.end, text: before.baseForm });
      } else if (token.surface === 'ませ' && after?.pos === '助動詞' && after.surface === 'ん') {
        // The polite negative (ありません, 見つかりませんでした) in its plain form (ない, 見つからなかった):
        // ません is ない said politely, ませんでした is なかった.
        const stem = negativeStemOf(before);
        if (stem === undefined) return undefined;
        const copula = tokens[i + 2];
        const then = tokens[i + 3];
        if (copula?.baseForm === 'です' && copula.surface === 'でし' && then?.baseForm === 'た') {
          out.push({ start: before.start, end: then.end, text: `${stem}なかった` });
          i += 3;
        } else if (copula?.pos === '助動詞') return undefined;
        else {
          out.push({ start: before.start, end: after.end, text: `${stem}ない` });
          i += 1;
        }
      } else return undefined;
    } else if (token.baseForm === 'です') {
      if (token.surface === 'でしょ') return undefined;
      if (past && token.surface === 'でし') {
        out.push({ start: token.start, end: after.end, text: 'だった' });
        i += 1;
        continue;
      }
      if (token.surface !== 'です') return undefined;
      // ということです → という: the report's own ending.
      if (before?.surface === 'こと' && tokens[i - 2]?.surface === 'という')
        out.push({ start: before.start, end: token.end, text: '' });
      else if (before?.pos === '形容詞' || before?.baseForm === 'ない' || before?.baseForm === 'たい')
        out.push({ start: token.start, end: token.end, text: '' });
      else out.push({ start: token.start, end: token.end, text: 'だ' });
    }
  }
  return out;
}

/** The offset just after the sentence's topic (X は, and a following 、) in its first 30 characters. */
function topicEndOf(tokens: readonly Token[], text: string): number | undefined {
  const index = tokens.findIndex(
    (token, i) =>
      token.pos === '助詞' &&
      token.surface === 'は' &&
      (tokens[i - 1]?.pos === '名詞' || /^[）)]$/u.test(tokens[i - 1]?.surface ?? '')) &&
      token.end <= 30,
  );
  const token = tokens[index];
  if (token === undefined) return undefined;
  return text[token.end] === '、' ? token.end + 1 : token.end;
}

/**
 * Where an opener written without its comma ends (このため塗料を…, これに対して町は…, その後警察は…):
 * only where the tokens show it is a word of its own and a new phrase follows it — a content word,
 * not a particle or the copula (その後の会見, このためだ) nor a figure it would time (その後2週間で).
 */
function bareOpenerOf(tokens: readonly Token[], text: string): number | undefined {
  const opener = /^(?:その後|このため|これに対し(?:て)?)(?!、)/u.exec(text);
  if (opener === null) return undefined;
  const length = opener[0].length;
  const next = tokens.find((token) => token.start >= length);
  if (
    !tokens.some((token) => token.end === length) ||
    next === undefined ||
    next.start !== length ||
    !['名詞', '動詞', '形容詞', '副詞', '接頭詞'].includes(next.pos) ||
    next.posDetail === '数' ||
    next.posDetail === '非自立'
  )
    return undefined;
  return length;
}

/** The nearest earlier noun compound that ends in `suffix` and says more (みすず谷鉄道 for 同鉄道). */
/**
 * What 同X (`match`: the whole 同X, X in group 1) in `sentence` stands for: the name one of `near`
 * gave in full, else the entity the understanding resolved it to (coreference.ts), where it found only
 * one (同社 → 白鷺電器; a name and its short name are one, oneNameOf) and the page presented it as an
 * actor or called it a company before, and the sentence does not name it itself (`said`, before the
 * 同X); two candidates give none.
 */
function sameAntecedent(
  sentence: SourceSentence,
  before: readonly SourceSentence[],
  near: readonly SourceSentence[],
  match: RegExpExecArray | RegExpMatchArray,
  said: (name: string) => boolean = () => false,
): string | undefined {
  const at = match.index ?? 0;
  const suffix = match[1] as string;
  const resolved = sentence.references.find((reference) => reference.start === at);
  const named = resolved === undefined ? undefined : oneNameOf(resolved.antecedents);
  const actor =
    named !== undefined &&
    resolved?.end === at + match[0].length &&
    !said(named) &&
    namedAsActor(named, suffix, [
      ...before,
      { text: sentence.text.slice(0, at), tokens: sentence.tokens.filter((token) => token.end <= at) },
    ]);
  return antecedentOf(suffix, near) ?? (actor ? named : undefined);
}

/**
 * The one body `antecedents` name: the only one, or the full name where the others are only its
 * opening words (楓エア of 楓エア航空: the short name news uses for the same firm).
 * Two bodies (尾長製菓 and ミナモ企画) give none.
 */
function oneNameOf(antecedents: readonly string[]): string | undefined {
  const full = [...antecedents].sort((a, b) => b.length - a.length)[0];
  if (full === undefined) return undefined;
  return antecedents.every((name) => name === full || (name.length >= 2 && full.startsWith(name)))
    ? full
    : undefined;
}

// Nouns of time (この春, その年, この夏場): この/その before them names a time relative to the
// page or the story, which the noun alone does not say.
const TIME_NOUN =
  /^(?:春|夏|秋|冬|朝|昼|夜|晩|週|月|年|時|間|際|度|頃|ころ|期間|時期|時点|段階|年度|夏場|冬場)$/u;

/**
 * この/その + a noun that the sentence before names (この事故で → 事故で; この踏切で → 沢口踏切で when
 * that sentence calls it so), and この日 / その日 where the sentence before names one day and the
 * sentence itself none before it (→ 9月7日): each as [offset, what replaces the demonstrative and its
 * noun]. Only where the reading is sure: a noun of time, a noun the sentence before does not name,
 * two different names ending in it, or two days named, leave the demonstrative (and the sentence
 * refused by standsAlone).
 */
function demonstrativesNamed(
  sentence: SourceSentence,
  before: readonly SourceSentence[],
  publishedAt: string | undefined,
): Map<number, { length: number; text: string }> {
  const out = new Map<number, { length: number; text: string }>();
  const previous = before.at(-1);
  const tokens = sentence.tokens;
  tokens.forEach((token, i) => {
    if (token.pos !== '連体詞' || !(token.surface === 'この' || token.surface === 'その')) return;
    const next = tokens[i + 1];
    if (next === undefined || next.start !== token.end) return;
    if (next.surface === '日' && /^[、はにのも]/u.test(sentence.text.slice(next.end))) {
      const day = namedDayBefore(sentence, next.start, previous, publishedAt);
      if (day !== undefined) out.set(token.start, { length: next.end - token.start, text: day });
      return;
    }
    const isNoun = (candidate: Token | undefined) =>
      candidate?.pos === '名詞' &&
      ['一般', 'サ変接続', '固有名詞'].includes(candidate.posDetail) &&
      !TIME_NOUN.test(candidate.surface);
    let k = i + 1;
    while (isNoun(tokens[k]) && (tokens[k] as Token).start === (tokens[k - 1] as Token).end) k += 1;
    const last = tokens[k - 1] as Token;
    if (k === i + 1 || !/^[でをにはがのも]/u.test(sentence.text.slice(last.end))) return;
    const noun = sentence.text.slice(next.start, last.end);
    if (previous === undefined) return;
    // The runs of nouns of the sentence before that end in the noun's own words (沢口 踏切 for 踏切;
    // not 配分 for 分, a word of its own).
    const words = tokens.slice(i + 1, k).map((item) => item.surface);
    const runs: string[][] = [];
    let run: string[] = [];
    let end = -1;
    for (const item of previous.tokens) {
      const inRun = item.pos === '名詞' && !['数', '非自立', '代名詞'].includes(item.posDetail);
      if (inRun && (run.length === 0 || item.start === end)) run.push(item.surface);
      else {
        if (run.length > 0) runs.push(run);
        run = inRun ? [item.surface] : [];
      }
      end = item.end;
    }
    if (run.length > 0) runs.push(run);
    const endsInNoun = (candidate: readonly string[]) =>
      candidate.length >= words.length &&
      candidate.slice(-words.length).every((word, w) => word === words[w]);
    const named = [...new Set(runs.filter(endsInNoun).map((candidate) => candidate.join('')))];
    if (named.length === 0) return;
    // A noun of one character ends compounds of other kinds (台: ジャンプ台, 踏み切り台): it is read
    // only where the sentence before names it as a word of its own, and said as that word.
    if ([...noun].length === 1) {
      if (named.includes(noun)) out.set(token.start, { length: last.end - token.start, text: noun });
      return;
    }
    const longer = named.filter((candidate) => candidate !== noun && !/^(?:同|この|その)/u.test(candidate));
    if (longer.length > 1) return;
    out.set(token.start, { length: last.end - token.start, text: longer[0] ?? noun });
  });
  return out;
}

/** The one day the sentence before names, written out (9月7日), for この日 at `at`. */
function namedDayBefore(
  sentence: SourceSentence,
  at: number,
  previous: SourceSentence | undefined,
  publishedAt: string | undefined,
): string | undefined {
  const daysOf = (dates: readonly SourceSentence['dates'][number][]) => [
    ...new Set(
      dates
        .filter((date) => date.year !== undefined && date.month !== undefined && date.day !== undefined)
        .map((date) => `${date.year}-${date.month}-${date.day}`),
    ),
  ];
  // A date earlier in the sentence is what its この日 points at (7日に手当てを受け、その日のうちに):
  // written out, the day would be said twice in one sentence. Such a sentence is left as it is.
  if (sentence.dates.some((date) => date.end <= at)) return undefined;
  const days = daysOf(previous?.dates ?? []);
  if (days.length !== 1) return undefined;
  const [year, month, day] = (days[0] as string).split('-');
  return `${publishedAt?.slice(0, 4) === year ? '' : `${year}年`}${month}月${day}日`;
}

function antecedentOf(suffix: string, before: readonly SourceSentence[]): string | undefined {
  for (const sentence of [...before].reverse()) {
    // One character (同社, 同線) says too little to tell which earlier name it stands for (調査会社?
    // the railway or the line?): only a public body's (同市 → 架空市) is written out.
    const isName = (compound: string) =>
      suffix.length > 1 || (/^[市町村県区]$/u.test(suffix) && [...compound].length <= 5);
    const found = nounCompounds(sentence.tokens)
      .filter(
        (compound) =>
          compound.endsWith(suffix) &&
          compound.length > suffix.length &&
          !compound.startsWith('同') &&
          isName(compound),
      )
      .at(-1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * True when the page made `name` an actor before a 同- word that stands for it (白鷺電器は,
 * 白鷺電器（本社・千鳥市）が, 「水瀬食品」は, or 鷲尾精機（三ツ瀬市）の労働組合: a name the page
 * presents with its place), not a noun read as a name in passing (電気自動車などに使う), and when
 * it is still the nearest body its kind word can stand for: a 同会 after 小椋市議会が… and then
 * 住民グループ「本町の灯を守る会」は is the group's, whatever the coreference found (同社 is
 * left to it: a company's name need not end in 社).
 */
function namedAsActor(
  name: string,
  kind: string,
  earlier: ReadonlyArray<{ text: string; tokens: readonly Token[] }>,
): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const presented = new RegExp(`${escaped}」?(?:（[^）]*）)?[はが]|${escaped}」?（[^）]*）の`, 'u');
  if (!earlier.some(({ text }) => presented.test(text))) return namedAsKind(name, kind, earlier);
  if (kind === '社') return true;
  // Another body whose name ends in the kind word, named after it: a noun longer than the word
  // (北浜漁協会, not 開園 or 会見: acts) or a name in 「」 (「本町の灯を守る会」); the word alone
  // (園が候補を絞り) is the same body called by its kind.
  const last = earlier.findLastIndex(({ text }) => text.includes(name));
  return !earlier.slice(last).some(({ text, tokens }, k) => {
    const from = k === 0 ? text.lastIndexOf(name) + name.length : 0;
    return tokens.some(
      (token) =>
        token.start >= from &&
        token.pos === '名詞' &&
        token.posDetail !== 'サ変接続' &&
        token.surface.endsWith(kind) &&
        (token.surface.length > kind.length ? !token.surface.startsWith('同') : text[token.end] === '」'),
    );
  });
}

/**
 * True when a name the page gave in passing (…署によると, …署への取材で, 鳴浜運輸の社員) is by its own
 * words of the kind a 同- word stands for and the only name of that kind the page gave before it: for
 * 同社, a name that ends as a company's does (…電器, …運輸: namesCompany) with no other such name; for
 * the other kinds, a name that ends in the kind word itself (…署 for 同署, …線 for 同線), holds a name of
 * its own (葦川 — not 動物園 or 自治会: a common noun of the kind is no name), with no other …署.
 */
function namedAsKind(
  name: string,
  kind: string,
  earlier: ReadonlyArray<{ text: string; tokens: readonly Token[] }>,
): boolean {
  const compounds = earlier.flatMap(({ tokens }) => nounCompounds(tokens));
  // 同社: a name that ends as a company's does (…電器, …運輸, …汽船), the only such name on the page
  // (本社, 各社: two characters, no name).
  if (kind === '社')
    return (
      calledCompany(name, earlier) ||
      (namesCompany(name) &&
        compounds.every(
          (compound) =>
            compound.length <= 2 ||
            compound.startsWith('同') ||
            !namesCompany(compound) ||
            name.includes(compound) ||
            compound.includes(name),
        ))
    );
  if (!name.endsWith(kind) || name.length < kind.length + 2) return false;
  const last = earlier.findLastIndex(({ text }) => text.includes(name));
  const mention = earlier[last];
  if (mention === undefined) return false;
  const from = mention.text.lastIndexOf(name);
  // (A coined name the dictionary does not know reads as lone kanji: 葦 川 署, as coreference reads 丸 三.)
  const within = mention.tokens.filter((token) => token.start >= from && token.end <= from + name.length);
  const proper =
    within.some((token) => token.nameKind !== undefined || token.posDetail === '固有名詞') ||
    within.filter((token) => /^\p{Script=Han}$/u.test(token.surface) && token.posDetail !== '接尾').length >=
      2;
  // (Two names of the kind on the page, 鳴浜港 and then 潮見港, leave 同港 open: news may call back the
  // story's own port past a nearer one, so only the page's one name of the kind is written out.)
  return (
    proper &&
    !compounds.some((compound) => compound !== name && !compound.startsWith('同') && compound.endsWith(kind))
  );
}

// A word for a company right before a name (運行会社の柊台観光, 設備会社「楓防災設備」), or a head
// office in brackets right after it (霜岡観光開発（本社・雲雀野村））: the page's own words call it a company.
const COMPANY_CALLED = /(?:会社|メーカー|企業|事業者|法人)(?:の|「)/gu;
const HEAD_OFFICE = /」?[（(]本社/gu;

/**
 * True when the page called `name` a company in its own words before a 同社 (運営会社の X, 印刷会社「X」,
 * X（本社・…）) and so called no other name: whatever its name's last word (観光開発, テクノサービス),
 * it is the firm 同社 can stand for. A word for a company before anything else (会社の社員, 会社「Y」)
 * leaves it open.
 */
function calledCompany(name: string, earlier: ReadonlyArray<{ text: string }>): boolean {
  let called = false;
  for (const { text } of earlier) {
    for (const match of text.matchAll(COMPANY_CALLED)) {
      const after = text.slice(match.index + match[0].length);
      if (after.startsWith(name)) called = true;
      else if (/^[\p{Script=Han}\p{Script=Katakana}]/u.test(after)) return false;
    }
    for (const match of text.matchAll(HEAD_OFFICE)) {
      if (text.slice(0, match.index).endsWith(name)) called = true;
      else return false;
    }
  }
  return called;
}

/** True when `text` (normalised) has a run of `length` characters found verbatim in `sourceNorm`: copiedRun ≥ length. */
export function copiesRun(text: string, sourceNorm: string, length: number): boolean {
  const chars = [...normalizeForMatch(text)];
  if (chars.length < length) return false;
  const runs = runsOf(sourceNorm, length);
  for (let i = 0; i + length <= chars.length; i++)
    if (runs.has(chars.slice(i, i + length).join(''))) return true;
  return false;
}

/** Length of the longest run of `text` (normalised) found verbatim in `sourceNorm`. */
export function copiedRun(text: string, sourceNorm: string): number {
  const chars = [...normalizeForMatch(text)];
  let best = 0;
  let start = 0;
  let end = 0;
  while (end < chars.length) {
    end += 1;
    while (start < end && !sourceNorm.includes(chars.slice(start, end).join(''))) start += 1;
    best = Math.max(best, end - start);
  }
  return best;
}

// The form announcementOf writes: Xの(3月9日の)発表によると、C。
const ANNOUNCED = /^(.+?)の(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日の|\d{1,2}日の)?発表によると、(.+?)[。．]$/u;

/** True when an own sentence tells an announcement as what it says (Xの3月9日の発表によると、…。): its actor is X. */
export function isAnnouncement(text: string): boolean {
  return ANNOUNCED.test(text);
}

/**
 * Whether a text refers back to something named before it (同社, 同市, 同日): a 同 that opens a
 * word, not the 同 inside one (協同組合, 共同, 合同).
 */
export function refersBack(text: string): boolean {
  return /(?<!\p{Script=Han})同\p{Script=Han}/u.test(text);
}

/**
 * The sentence from its named actor on, a describing clause before the actor left out, so that a
 * headline may name the actor alone (青葉県西原市に本社を置く大沢製菓は… → 大沢製菓は…): a clause before a proper name is
 * non-restrictive — the name already says which one —, so leaving it out changes no fact of the
 * sentence. Only where the topic's noun compound holds a proper name, the clause ends in a verb,
 * auxiliary or adjective in its plain form right before the compound (a description with の may stand
 * between: …を地盤とする|菓子メーカーの大沢製菓は), and no other topic precedes it. Before a common noun
 * the clause says which one is meant (火災で焼けた住宅は), so it stays.
 */
export function withoutActorClause(text: string, tokens: readonly Token[]): string | undefined {
  const at = tokens.findIndex(
    (token, i) => token.pos === '助詞' && token.surface === 'は' && tokens[i - 1]?.pos === '名詞',
  );
  if (at < 0) return undefined;
  let head = at;
  while (head > 0 && tokens[head - 1]?.pos === '名詞') head -= 1;
  if (!tokens.slice(head, at).some((token) => token.posDetail === '固有名詞')) return undefined;
  let end = head - 1;
  while (
    end >= 0 &&
    (tokens[end]?.pos === '名詞' || (tokens[end]?.pos === '助詞' && tokens[end]?.surface === 'の'))
  )
    end -= 1;
  const last = tokens[end];
  if (
    last === undefined ||
    !['動詞', '助動詞', '形容詞'].includes(last.pos) ||
    last.inflection !== '基本形' ||
    tokens.slice(0, end).some((token) => token.pos === '助詞' && token.surface === 'は')
  )
    return undefined;
  const start = tokens[end + 1]?.start;
  return start === undefined ? undefined : text.slice(start);
}

/**
 * A headline made from an own sentence: no final 。, the date left to the body, the topic's は
 * turned into the headline's 、 (市と県は10日、計画を決めた。 → 市と県、計画を決めた). Undefined when
 * longer than `max` characters.
 */
export function headlineOf(text: string, tokens: readonly Token[], max: number): string | undefined {
  // Two statements written as two sentences (splitAt): the first is the headline's.
  const first = /^[^。．]*[。．]/u.exec(text)?.[0];
  if (first !== undefined && first.length < text.length)
    return headlineOf(
      first,
      tokens.filter((token) => token.end <= first.length),
      max,
    );
  // A report whose source stands after its topic (Tは、Xによると、…): a headline would drop the
  // source, or set it between the topic and what it says — no headline of it.
  if (MOVED_ATTRIBUTION.test(text)) return undefined;
  // A nominaliser's の (中止が決まったのは7月28日) names no actor: its は stays.
  const isTopic = (surface: string) => (token: Token, i: number) =>
    token.pos === '助詞' &&
    token.surface === surface &&
    tokens[i - 1]?.pos === '名詞' &&
    !(tokens[i - 1]?.surface === 'の' && tokens[i - 1]?.posDetail === '非自立') &&
    token.end <= 30;
  // が marks the headline's actor only where it opens the sentence's act (AとBが1日、…), not
  // inside a modifier (損失が少ない素材).
  const subject = tokens.findIndex(isTopic('が'));
  const topic =
    tokens.find(isTopic('は')) ??
    (subject >= 0 && /^[、\d０-９]/u.test(tokens[subject + 1]?.surface ?? '') ? tokens[subject] : undefined);
  let out = text;
  // An announcement told as what it says (announcementOf) is headed as one: X、…と発表.
  const announced = ANNOUNCED.exec(text);
  if (announced !== null) out = `${announced[1]}、${announced[2]}と発表`;
  else if (topic !== undefined) {
    const comma = out[topic.end] === '、' ? 1 : 0;
    out = `${out.slice(0, topic.start)}、${out.slice(topic.end + comma)}`;
  }
  out = out
    // Where it happened is the body's detail: 愛媛県西浜市の市立病院 → 市立病院.
    .replace(
      /^(?:\p{Script=Han}{1,4}[都道府県])?(?:\p{Script=Han}{1,4}[市町村区])?の(?=\p{Script=Han})/u,
      (prefix) => (prefix.length > 1 ? '' : prefix),
    )
    .replace(/(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:朝|昼|夕方|夜|未明|午前|午後)?、/gu, '')
    .replace(/[。．]$/u, '')
    // The copula after a noun or a figure is not headline style (予定だ → 予定, 約86億円だ → 約86億円).
    .replace(/(?<=[\p{Script=Han}\p{Script=Katakana}\d%]|見通し)だ$/u, '')
    .replace(/、{2,}/gu, '、')
    .replace(/^、|、$/gu, '')
    // Headline style ends on the verbal noun: 発表した → 発表, 合意した → 合意 (a plan's 方針だ stays).
    .replace(/(\p{Script=Han}{2})した$/u, '$1');
  // Too long: a describing clause before a named actor is the first detail a headline leaves out
  // (withoutActorClause), then the subject's description (半導体メーカーのカナメ半導体) and the
  // prefecture before a city (宮城県鷹ノ巣市).
  const unclaused = [...out].length > max ? withoutActorClause(text, tokens) : undefined;
  if (unclaused !== undefined) {
    const cut = text.length - unclaused.length;
    const shorter = headlineOf(
      unclaused,
      tokens
        .filter((token) => token.start >= cut)
        .map((token) => ({ ...token, start: token.start - cut, end: token.end - cut })),
      max,
    );
    if (shorter !== undefined) return shorter;
  }
  if ([...out].length > max) {
    out = out
      .replace(/^[^、と]{2,12}?の(?=[\p{Script=Katakana}\p{Script=Han}][^、]{1,15}、)/u, '')
      // (A place name may hold kana: 鷹ノ巣市, 萩ヶ丘市.)
      .replace(/\p{Script=Han}{1,3}[都道府県](?=[\p{Script=Han}\p{Script=Katakana}]{1,6}[市町村])/gu, '');
  }
  return [...out].length <= max && [...out].length >= 6 ? out : undefined;
}

// A 五段 verb's stem form (連用形): its dictionary form with the last kana on the い row.
const STEM_KANA: Readonly<Record<string, string>> = {
  う: 'い',
  く: 'き',
  ぐ: 'ぎ',
  す: 'し',
  つ: 'ち',
  ぬ: 'に',
  ぶ: 'び',
  む: 'み',
  る: 'り',
};

/**
 * A statement that ends on a verb in the past (遅れた, 止まった, 足止めされた) in headline style: the
 * verb's stem form, the tense left out (市営バスが最大で40分遅れ / 運航が約3時間止まり) — for a line
 * whose headline would otherwise be the line itself without its 。. The verb is the word before た:
 * a 一段 verb's stem is its form before た (遅れ), a 五段 verb's its dictionary form with the last
 * kana on the い row (止まる → 止まり), する's し. Undefined for any other ending (a copula, a
 * negation, an auxiliary verb such as ていた), for what was found to be so (…ことがわかった: the
 * finding is the news, not the finding out) and for a report (…と明らかにした).
 */
export function pastInHeadlineStyle(text: string, tokens: readonly Token[]): string | undefined {
  const body = text.replace(/[。．]$/u, '');
  const inside = tokens.filter((token) => token.end <= body.length);
  const past = inside.at(-1);
  const verb = inside.at(-2);
  if (
    past === undefined ||
    verb === undefined ||
    past.end !== body.length ||
    past.pos !== '助動詞' ||
    !/^[たダだ]$/u.test(past.surface) ||
    verb.pos !== '動詞' ||
    verb.posDetail === '非自立' ||
    /こと[がを]$/u.test(body.slice(0, verb.start)) ||
    // A report (…と明らかにした, …と述べた): what it reports, by whom, is the headline, not the telling.
    // (The tokenizer may read the quoting と after a verb as a conjunctive one: any と but AとB's.)
    inside
      .slice(-6)
      .some((token) => token.surface === 'と' && token.pos === '助詞' && token.posDetail !== '並立助詞')
  )
    return undefined;
  const base = verb.baseForm;
  const stem =
    base === 'する'
      ? 'し'
      : base.endsWith('る') && verb.surface === base.slice(0, -1)
        ? verb.surface
        : STEM_KANA[base.slice(-1)] === undefined
          ? undefined
          : `${base.slice(0, -1)}${STEM_KANA[base.slice(-1)]}`;
  return stem === undefined ? undefined : `${body.slice(0, verb.start)}${stem}`;
}

// What a figure counts: the noun compound that is the topic or subject right before it, with at
// most a few characters between (総事業費は約86億円, 輸送人員は年間約112万人).
const COUNTED =
  /((?:[\p{Script=Han}\p{Script=Katakana}ー]{1,10}の)?[\p{Script=Han}\p{Script=Katakana}ー]{2,12})(?:は|が)([\p{Script=Han}\d０-９]{0,4})$/u;

/**
 * Key figures of a sentence as short lines of the article's own (数字で見る): 「総事業費は約86億円。」
 * — what is counted and the value, nothing else. Only from sentences the source states itself:
 * a figure in a hedged clause (見込み, 予定), a quote, someone's words or a negated clause would
 * lose its modality on its own, so it is left to the sentence.
 */
export function writeFigures(sentence: SourceSentence): string[] {
  if (sentence.reported) return [];
  const out: string[] = [];
  for (const quantity of sentence.quantities) {
    const clause = sentence.clauses.find((c) => quantity.start >= c.start && quantity.start < c.end);
    if (clause === undefined || clause.hedges.length > 0 || clause.quoted) continue;
    const negated = sentence.predicates.some(
      (predicate) => predicate.negated && predicate.start >= clause.start && predicate.end <= clause.end,
    );
    if (negated) continue;
    const match = COUNTED.exec(sentence.text.slice(clause.start, quantity.start));
    if (match === null) continue;
    const counted = match[1] as string;
    if (counted.startsWith('同') || /^(?:これ|それ|その)/u.test(counted)) continue;
    // A compound that starts right after a digit is cut out of a date or figure (10日時点の入院患者):
    // on its own it would name the wrong thing.
    const before = sentence.text.slice(clause.start, quantity.start);
    if (/[\d０-９]$/u.test(before.slice(0, match.index))) continue;
    // The value must end the statement about it (約86億円。/ 約86億円と、/ 約86億円に上る), not open a
    // longer phrase (約86億円の事業): then it is no longer the counted thing's value.
    const next = sentence.text.slice(quantity.end, quantity.end + 2);
    if (!/^(?:。|と、|に上|にのぼ|だ|で、|、)/u.test(next)) continue;
    // Written in the article's figures, as writeFact writes them (約六百八十億円 → 約680億円, 二〇二五年 → 2025年).
    const inFigures = (text: string) =>
      text
        .replace(/^およそ/u, '約')
        .replace(/[〇零一二三四五六七八九十百千万億兆・]+/gu, (run, at: number) => {
          const after = text[at + run.length] ?? '';
          // A year in digits (二〇二五年) and a month (三月期) are figures; a day (一日: one day or
          // the 1st?) stays as written, and 一つ is a word.
          const date =
            (after === '年' && /^[〇一二三四五六七八九]{4}$/u.test(run)) ||
            (after === '月' && /^(?:[一二三四五六七八九]|十[一二]?)$/u.test(run));
          if ((/^[年月日つ数]/u.test(after) && !date) || text[at - 1] === '数') return run;
          return numeralInFigures(run) ?? run;
        })
        .replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
    out.push(`${inFigures(counted)}は${match[2] ?? ''}${inFigures(quantity.text)}。`);
  }
  return out;
}

/** A reported speech split into the article's own frame and the speaker's words, to quote alone. */
export interface SpeechFrame {
  /** Own sentence naming the speaker and the act: 山田市長は、こう述べた。 */
  frame: string;
  /** Who the source gives the words to, as it names them (山田市長). */
  speaker: string;
  /** The quote's words, [start, end) in the sentence's text (inside the 「」). */
  start: number;
  end: number;
}

// The reporting verb after 「…」と: a short act of speaking, in the past (話した, 述べた, 語った,
// 強調した) or in the present of news style (話す, 指摘する), or chained to a short act of its own
// (述べ、理解を求めた); or what the speaker shows in saying it (懸念を示した, 期待を込めた,
// 喜びを語った), how they said it (不安そうに話した), and a few acts of speaking written in kana
// (振り返った, 呼びかけた).
const REPORTING =
  /^と(?:[、]?)((?:\p{Script=Han}{1,2}(?:した|った|べた|えた|いた|んだ))|話した|語った|述べた|答えた|訴えた|コメントした|話す|語る|述べる|答える|訴える|明かす|\p{Script=Han}{2}する|(?:振り返|呼びかけ)(?:った|た|る)|(?:話し|語っ|述べ|答え|訴え|明かし|コメントし|呼びかけ|\p{Script=Han}{2}し)て(?:いる|いた)|(?:述べ|話し|語り|\p{Script=Han}{2}し)、[^「」『』。、]{2,15}た|\p{Script=Han}[\p{Script=Han}\p{Script=Hiragana}]{0,3}を(?:示した|示す|示している|込めた|込める|にじませた|語った|語る|求めた|求める|表した)|\p{Script=Han}{1,3}(?:そう|げ)に(?:話した|語った|述べた|話す|語る|話している))。$/u;
// The remark introduced as what it is (「…」とのコメントを出した, との見方を示した, との試算を示した):
// the frame names it (次のようなコメントを出した).
const REPORTING_AS =
  /^との(コメント|\p{Script=Han}{1,3})を(出した|出している|示した|示している|明らかにした)。$/u;
/** When and where between the speaker and the quote (5日の記者会見で、取材に応じ): this short at most. */
const MAX_SETTING_CHARS = 24;
// An opener that leans on the sentence before (一方、/ また、): the frame starts after it.
const OPENER = /^(?:また|さらに|一方|ただ|なお|これに対し(?:て)?)、/u;

/**
 * Splits 「Xは「…」と話した。」 into an own frame (Xは、こう話した。) and the quote's words, so
 * only the words are quotation: the usual news form of a long remark. Only a sentence that is one
 * quote after a speaker topic (X は) and before a reporting verb, whose frame stands on its own (not
 * 同組合の幹部 when no earlier sentence names the 組合) and copies no run of the source;
 * undefined otherwise. A name in 「」 within the speaker (市民団体「守る会」の代表は) is part of who
 * speaks; an opener (一方、) is left out as writeFact leaves it out. When and where the speaker
 * spoke (Xは同日の記者会見で「…」と述べた) stays in the frame, its date written out as writeFact
 * does (Xは3月10日の記者会見で、こう述べた。). A 同- word no earlier sentence spells out is
 * written as the body the understanding resolved it to when the page made that body an actor
 * (同社の広報担当者 → 白鷺電器の広報担当者), as writeFact writes it.
 */
export function writeSpeechFrame(
  sentence: SourceSentence,
  sourceNorm: string,
  before: readonly SourceSentence[] = [],
  publishedAt?: string,
): SpeechFrame | undefined {
  const { text, quotes, tokens } = sentence;
  const outer = quotes.filter(
    (quote) => !quotes.some((other) => other.start < quote.start && other.end > quote.end),
  );
  const inside = (offset: number) => outer.some((quote) => offset > quote.start && offset < quote.end);
  // The speaker is the sentence's topic (X は, outside any quote); what follows it up to the quote
  // is when and where they spoke.
  const topic = tokens.find(
    (token, i) =>
      token.pos === '助詞' &&
      token.surface === 'は' &&
      !inside(token.start) &&
      (tokens[i - 1]?.pos === '名詞' || /^[）)]$/u.test(tokens[i - 1]?.surface ?? '')),
  );
  if (topic === undefined) return undefined;
  const remarks = outer.filter((quote) => quote.start >= topic.end);
  if (remarks.length !== 1) return undefined;
  // Before the topic, only a name in brackets (a term, not words said).
  if (outer.some((quote) => quote.end <= topic.start && [...quote.inner].length > MAX_TERM_QUOTE))
    return undefined;
  const quote = remarks[0] as (typeof quotes)[number];
  const setting = text.slice(topic.end, quote.start).replace(/^、|、$/gu, '');
  if (/[「」『』]/u.test(setting)) return undefined;
  // A setting with an act or a topic of its own (避難所を訪れた後、報道陣に), or a long one, is left
  // out but for the date it opens on (市長は15日、こう話した。); with no such date, no frame.
  const detailed = [...setting].length > MAX_SETTING_CHARS || /[はを]/u.test(setting);
  const opening = detailed
    ? sentence.dates.find(
        (date) => date.start === topic.end || (date.start === topic.end + 1 && text[topic.end] === '、'),
      )
    : undefined;
  if (detailed && opening === undefined) return undefined;
  // 同日 and a bare day (10日) as the date they resolve to; 同組合 as the name an earlier sentence
  // gave in full, else as the body the page made an actor.
  const replace = new Map<number, { length: number; text: string }>(writtenDates(sentence, publishedAt));
  for (const match of text
    .slice(0, quote.start)
    .matchAll(/同([\p{Script=Han}]{1,4}?)(?=[のはがをにでと、])/gu)) {
    const suffix = match[1] as string;
    if (suffix === '日' || suffix === '年' || suffix === '月' || replace.has(match.index)) continue;
    const antecedent = sameAntecedent(sentence, before, before, match);
    if (antecedent !== undefined) replace.set(match.index, { length: match[0].length, text: antecedent });
  }
  const opener = OPENER.exec(text)?.[0].length ?? 0;
  const written = (to: number, from = opener) => {
    let out = '';
    for (let i = from; i < to; i++) {
      const swap = replace.get(i);
      if (swap !== undefined) {
        out += swap.text;
        i += swap.length - 1;
        if (swap.length > 0) continue;
      }
      out += text[i];
    }
    return out;
  };
  const speaker = written(topic.end);
  const lead =
    opening === undefined
      ? written(quote.start).replace(/、$/u, '')
      : `${written(topic.end)}${written(opening.end, opening.start)}`;
  if (!/\p{Script=Han}|\p{Script=Katakana}/u.test(speaker) || speaker.length < 3) return undefined;
  // The reporting verb in the article's plain style (と話しました → と話した, と話しています →
  // と話している), as writeFact writes a broadcaster's sentence.
  let tail = text.slice(quote.end);
  for (const form of (plainStyleOf(sentence) ?? []).toReversed())
    if (form.start >= quote.end)
      tail = `${tail.slice(0, form.start - quote.end)}${form.text}${tail.slice(form.end - quote.end)}`;
  const verb = REPORTING.exec(tail)?.[1];
  const as = REPORTING_AS.exec(tail);
  // こう (an adverb) points to the words that follow: the frame adds no noun of its own (次 of
  // 次のように is one) that the sources would have to hold.
  // 「…」としている / とした (states that) is a report of words said: told as 述べている / 述べた.
  const stated = /^と(し(?:ている|た))。$/u.exec(tail)?.[1];
  const act =
    verb !== undefined
      ? `こう${verb}`
      : as !== null
        ? `次のような${as[1]}を${as[2]}`
        : stated !== undefined
          ? `こう述べ${stated.slice(1)}`
          : undefined;
  if (act === undefined) return undefined;
  const frame = `${lead}、${act}。`;
  // The frame points forward to the quote that follows it, so only its speaker must stand alone.
  if (!standsAlone(lead) || copiesRun(frame, sourceNorm, MAX_COPIED_RUN)) return undefined;
  return { frame, speaker: speaker.slice(0, -1), start: quote.start + 1, end: quote.end - 1 };
}

/** The shortest first sentence of a remark that is quoted alone (firstSentenceOfWords). */
const MIN_FIRST_SENTENCE_CHARS = 10;
// The shortest rest that counts as a sentence of its own after the first (not a closing 。 alone).
const MIN_REST_CHARS = 5;

/**
 * Where the first sentence of a remark's words ends, when the words hold two sentences or more
 * (「AはXした。BをYしたい」): the offset (in `words`) the quotation may end at so that it is the
 * first sentence alone, still the speaker's exact and contiguous words — before its 。 (news quotes
 * drop a closing 。), after a ！ or ？ (the speaker's tone). Undefined for words of one sentence, a
 * first sentence too short to stand as a quotation (はい。), a rest of a few characters, or a
 * sentence end inside brackets (『…。』, （…。）: an inner quote or an aside, not the remark's end).
 */
export function firstSentenceOfWords(words: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < words.length; i++) {
    const c = words[i] as string;
    if ('「『（(【'.includes(c)) depth++;
    else if ('」』）)】'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[。！？!?]/u.test(c)) {
      const end = c === '。' ? i : i + 1;
      const rest = words.slice(i + 1).replace(/[。！？!?\s]/gu, '');
      if ([...words.slice(0, end)].length < MIN_FIRST_SENTENCE_CHARS || [...rest].length < MIN_REST_CHARS)
        return undefined;
      return end;
    }
  }
  return undefined;
}

/** Units of time a figure may count (約1時間 is counted in 分). */
export const TIME_UNITS: ReadonlySet<string> = new Set(['秒', '分', '日', '週', 'か月', '年']);

/**
 * True when a time figure of `text` is counted from something (生まれて約1時間後に, 3年ぶりに, 10分前,
 * 2日目): it says when, not how long something takes.
 */
export function isTimePoint(text: string, quantity: Quantity): boolean {
  const at = text.indexOf(quantity.text);
  return (
    TIME_UNITS.has(quantity.unit) &&
    at >= 0 &&
    /^(?:後|前|ぶり|目)/u.test(text.slice(at + quantity.text.length))
  );
}
