import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import { romanize } from '../../text/romanize.ts';
import type { Token } from '../../text/tokenizer.ts';
import { namesBody, refersTo } from '../../understand/coreference.ts';
import {
  isContentToken,
  isRoleWord,
  keyOf,
  type SentenceReading,
  stripQuotes,
} from '../../understand/read-sentence.ts';
import {
  describeQuoteSpeaker,
  describeSpeaker,
  type SpeakerDescription,
} from '../../understand/speaker-description.ts';
import {
  documentAliases,
  isAbbreviationOf,
  type SourceSentence,
} from '../../understand/understand-document.ts';
import {
  type Alignment,
  alignClause,
  alignInContext,
  alignSourceClause,
  elementsOf,
  type SourceSpan,
} from './alignment.ts';
import { isSurnameAndTitleOf, mentions } from './speakers.ts';

// Roles and titles: a person keeps the office the sources give them (副市長 is not 市長).

// Prefixes that change an office into another one: 副市長 is not 市長, 前市長 is no longer 市長, and
// a branch's office is not the body's (支社長 is not 社長, 支店長 not 店長, 支部長 not 部長).
const ROLE_CHANGING_PREFIX = /(?:副|前|元|准|代理|次期|名誉|新|支)$/u;

// A candidate's standing in an election (新人 newcomer, 現職 incumbent, 前職/元職 former holder): a
// scale of its own, compared only with the standing the sources give, never with an office.
const STANDING = /(?:新人|現職|前職|元職)$/u;

// The prefix both roles share (元 of 元県議 and 元市議) says nothing about which office it is.
const SHARED_PREFIX = /^(?:副|前|元|准|代理|次期|名誉|新)/u;

/**
 * True when a speaker's described role is the known one as `around` (the source's words on the
 * speaker) gives it: in full, by its last part (会長 of 保護者会長), or with a body before it that
 * `around` names (保護者会長 for 保護者会の会長) — never with a body the source does not name.
 */
export function describedAs(claimed: string, known: string, around: string): boolean {
  if (!rolesCompatible(claimed, known)) return false;
  return claimed.length <= known.length || around.includes(claimed.slice(0, claimed.length - known.length));
}

export function rolesCompatible(claimed: string, known: string): boolean {
  if (claimed === known) return true;
  const prefix = claimed.match(SHARED_PREFIX)?.[0];
  if (prefix !== undefined && known.startsWith(prefix))
    return rolesCompatible(claimed.slice(prefix.length), known.slice(prefix.length));
  const [longer, shorter] = claimed.length > known.length ? [claimed, known] : [known, claimed];
  if (!longer.endsWith(shorter)) return false;
  return !ROLE_CHANGING_PREFIX.test(longer.slice(0, longer.length - shorter.length));
}

// English titles and the Japanese offices they translate (longest first, so Deputy Mayor is not
// read as Mayor). A translation table of titles, not of any page's wording.
const ENGLISH_TITLES: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/deputy mayor|vice[- ]mayor/u, ['副市長', '副町長', '副村長']],
  [/mayor/u, ['市長', '町長', '村長']],
  [/deputy governor|vice[- ]governor/u, ['副知事']],
  [/governor/u, ['知事']],
  [/prime minister/u, ['首相', '総理大臣']],
  [/minister/u, ['大臣', '相']],
  [/vice[- ]president/u, ['副社長', '副会長', '副大統領', '副学長']],
  [/president/u, ['社長', '会長', '代表', '大統領', '学長', '理事長', '頭取', '総裁']],
  [/vice[- ]chair(?:man|woman|person)?/u, ['副会長', '副委員長', '副議長', '副理事長', '副組合長']],
  [/chair(?:man|woman|person)?/u, ['会長', '委員長', '議長', '理事長', '組合長']],
  [/principal/u, ['校長']],
  [/professor/u, ['教授', '准教授']],
];

const ENGLISH_TITLE = new RegExp(`\\b(${ENGLISH_TITLES.map(([title]) => title.source).join('|')})\\b`, 'gu');

/**
 * The Japanese offices the English titles of a speaker phrase translate (Mayor Ken Sato: 市長/町長/
 * 村長; its president, Ken Sato: 社長/会長 …), the longest title read first; [] where it gives none.
 */
export function englishTitleOffices(phrase: string): string[] {
  const offices: string[] = [];
  for (const match of phrase.toLowerCase().matchAll(ENGLISH_TITLE)) {
    const entry = ENGLISH_TITLES.find(([pattern]) =>
      new RegExp(`^(?:${pattern.source})$`, 'u').test(match[0]),
    );
    offices.push(...(entry?.[1] ?? []));
  }
  return offices;
}

/** The Japanese offices an English source gives a person, by the reading of the name (Mayor Akihiro Takamori). */
function englishRoles(alignment: Alignment, claim: SentenceReading, person: string): Set<string> {
  const found = new Set<string>();
  const english = alignment.scope.filter((understanding) => understanding.document.lang !== 'ja');
  if (english.length === 0) return found;
  const parts = claim.tokens.filter(
    (token) =>
      token.posDetail === '固有名詞' && person.includes(normalizeForMatch(token.surface)) && token.reading,
  );
  const family = parts[0]?.reading === undefined ? '' : romanize(parts[0].reading);
  if (family.length < 2) return found;
  for (const understanding of english) {
    const text = understanding.document.text.toLowerCase();
    for (const match of text.matchAll(ENGLISH_TITLE)) {
      // The title stands right before the name (Mayor Yukiko Hanzawa; its president, Takumi Iwaki):
      // at most one given name between them; or after the name and a comma (Kengo Toyama, president
      // of the operator).
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      if (
        !new RegExp(`^,?\\s+(?:[a-z'-]+\\s+)?${family}\\b`, 'u').test(after) &&
        !new RegExp(`\\b${family},\\s+(?:the\\s+|its\\s+|a\\s+)?$`, 'u').test(before)
      )
        continue;
      const title = match[0];
      const entry = ENGLISH_TITLES.find(([pattern]) =>
        new RegExp(`^(?:${pattern.source})$`, 'u').test(title),
      );
      for (const role of entry?.[1] ?? []) found.add(role);
    }
  }
  return found;
}

export function checkRoles(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const out: Finding[] = [];
  for (const { person, role } of claim.roles) {
    const known = new Set<string>();
    for (const understanding of alignment.local)
      for (const [other, roles] of understanding.roles)
        if (other === person || other.startsWith(person) || person.startsWith(other))
          for (const r of roles) known.add(r);
    if (known.size === 0) for (const r of englishRoles(alignment, claim, person)) known.add(r);
    const standing = STANDING.test(role);
    const comparable = [...known].filter((other) => STANDING.test(other) === standing);
    if (comparable.length === 0) continue;
    if (comparable.some((other) => rolesCompatible(role, other))) continue;
    out.push(
      pathFinding(
        'role.mismatch',
        'error',
        path,
        `The sources call ${person} ${comparable.join('/')}, not ${role}.`,
        `${person}${role}`,
        { name: person, role, known: [...known].join('・') },
      ),
    );
  }
  if (out.length === 0 && !alignment.crossLanguage) out.push(...checkRankLadder(claim, alignment, path));
  return out;
}

/**
 * A rank on one ladder: the deputy of an office is named by a closed set of marks, the prefix 副
 * (副住職 beside 住職) and 次 before the head's 長 (事務局次長 beside 事務局長). A claim that names a
 * post in one rank where the listed sources name that post only in the other (副住職 for a page's
 * 住職, 事務局長 for its 事務局次長) gives someone another office. Read on the claim's kanji runs:
 * the claim's form must be on no listed page and the other rank's on one; dropping 副 is read only
 * for an office (isRoleWord), since a bare noun may shorten a compound that is no rank.
 */
function checkRankLadder(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const pages = alignment.local.map((understanding) => understanding.norm);
  const given = (form: string) => pages.some((page) => page.includes(form));
  // The form standing on a page without 副 before it (住職 in 住職の…, not only inside 副住職).
  const givenBare = (form: string) =>
    pages.some((page) => [...page.matchAll(new RegExp(`(.?)${form}`, 'gu'))].some((m) => m[1] !== '副'));
  // A post given by a shorter ending of the claim's run (町教育長 where a page says 町の教育長 — and
  // names a 町教育次長 as well): the run is the page's post with its place before it, no other rank.
  const givenShorter = (form: string) =>
    Array.from({ length: form.length - 2 }, (_, i) => form.slice(i)).some((ending) => given(ending));
  const claimed = normalizeForMatch(stripQuotes(claim.text, claim.quotes));
  for (const run of claimed.match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (let from = 0; from + 2 <= run.length; from++) {
      const form = run.slice(from);
      let other: string | undefined;
      if (form.startsWith('副') && form.length >= 3) {
        if (given(form)) break;
        if (givenBare(form.slice(1))) other = form.slice(1);
      } else if (form.endsWith('次長') && form.length >= 3) {
        if (givenShorter(form)) break;
        if (given(`${form.slice(0, -2)}長`)) other = `${form.slice(0, -2)}長`;
      } else if (form.endsWith('長') && form.length >= 3) {
        if (givenShorter(form)) break;
        if (given(`${form.slice(0, -1)}次長`)) other = `${form.slice(0, -1)}次長`;
      } else if (isRoleWord(form) && run[from - 1] !== '副') {
        if (givenBare(form)) break;
        if (given(`副${form}`)) other = `副${form}`;
      }
      if (other === undefined) continue;
      return [
        pathFinding(
          'role.mismatch',
          'error',
          path,
          `The sources name the post ${other}, not ${form}: another rank of the same office.`,
          form,
          { name: form, role: form, known: other },
        ),
      ];
    }
  }
  return [];
}

/**
 * An unnamed person the claim makes its subject by a role (村の消防団員が…通報した, 男性消防隊員2人が…
 * 運ばれた) that no listed source gives, where the source clause saying the same makes a person of
 * another role its subject (村の職員が…通報した): the claim gives the act to someone else.
 */
export function checkSubjectRole(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage) return [];
  const claimed = subjectRole(claim);
  if (claimed === undefined) return [];
  if (alignment.local.some((understanding) => understanding.norm.includes(claimed.text))) return [];
  const content = claim.clauses.flatMap((clause) => clause.keys).filter((key) => !claimed.keys.includes(key));
  const aligned = alignSourceClause(alignment, content, elementsOf(alignment, 0, claim.text.length));
  if (aligned === undefined) return [];
  const source = subjectRole(aligned.sentence);
  if (source === undefined || source.start >= aligned.end) return [];
  // A subject before the aligned clause is its subject too (職員が…に気づき、県に通報した), unless the
  // clause binds one of its own.
  const ownSubject = aligned.sentence.tokens.some(
    (token) =>
      token.start >= aligned.start &&
      token.end <= aligned.end &&
      token.start > source.start &&
      token.pos === '助詞' &&
      (token.surface === 'は' || token.surface === 'が'),
  );
  if (source.start < aligned.start && ownSubject) return [];
  const synonyms = alignment.synonyms.get(claimed.text) ?? [];
  if ([claimed.text, ...synonyms].some((role) => rolesCompatible(role, source.text))) return [];
  return [
    pathFinding(
      'role.mismatch',
      'error',
      path,
      `The source gives this to ${source.text}, not to ${claimed.text}: 「${aligned.sentence.text}」.`,
      claimed.text,
      { name: claimed.text, role: claimed.text, known: source.text },
    ),
  ];
}

/**
 * Where the noun compound that ends right before token index `end` (exclusive) starts: nouns and
 * prefixes back to a number, a dependent noun, a punctuation mark or any other part of speech.
 */
function nounRunStart(tokens: readonly Token[], end: number): number {
  let from = end;
  while (from > 0) {
    const token = tokens[from - 1] as Token;
    if (
      (token.pos !== '名詞' && token.pos !== '接頭詞') ||
      token.posDetail === '数' ||
      token.posDetail === '非自立' ||
      /^[\p{P}\p{S}]/u.test(token.surface)
    )
      break;
    from--;
  }
  return from;
}

/**
 * The role word a sentence makes its subject — the noun compound before its first は or が outside
 * quotes, a count after it passed over (男性従業員2人が) — when that subject is a person named by
 * role alone (職員が), not by name. Read the same way in the claim and in the source, so a が that
 * binds a relative clause's verb (職員が作った資料) is read alike on both sides.
 */
function subjectRole(reading: SentenceReading): { text: string; keys: string[]; start: number } | undefined {
  const tokens = reading.tokens;
  const outside = stripQuotes(reading.text, reading.quotes);
  const at = tokens.findIndex(
    (token) =>
      token.pos === '助詞' &&
      (token.surface === 'は' || token.surface === 'が') &&
      outside[token.start] !== '＊',
  );
  if (at < 1) return undefined;
  let end = at;
  // 男性従業員2人が: the counter after a number counts the role before it.
  if (tokens[end - 1]?.posDetail === '接尾' && tokens[end - 2]?.posDetail === '数') end -= 2;
  const parts = tokens.slice(nounRunStart(tokens, end), end);
  if (parts.length === 0 || parts.some((token) => token.nameKind !== undefined)) return undefined;
  const text = normalizeForMatch(parts.map((token) => token.surface).join(''));
  if (!isRoleWord(text)) return undefined;
  // A named person's title (真壁洋平・副委員長は) is checkRoles' to compare.
  if (reading.roles.some(({ role }) => role.endsWith(text))) return undefined;
  return { text, keys: parts.filter(isContentToken).map(keyOf), start: (parts[0] as Token).start };
}

/**
 * Affiliation (所属): a person the claim presents as someone of a body (北陵鉄道の宮野節子代表) must
 * be near that body somewhere in the sources — in a sentence naming the person or one of the two
 * before it, by name, a short name the page defines or a 同- word — or be a person the page gives
 * no body of their own while its headline or lead names that body. A place or a level of government before の (津之森市の
 * 柏木市長) is where the person serves, often left implicit, and is not checked.
 */
export function checkAffiliations(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage) return [];
  const text = normalizeForMatch(claim.text);
  const out: Finding[] = [];
  for (const person of claim.people) {
    const at = text.indexOf(person);
    if (at < 2 || text[at - 1] !== 'の') continue;
    const body = /([\p{Script=Han}\p{Script=Katakana}ー]{2,})$/u.exec(text.slice(0, at - 1))?.[1];
    if (body === undefined || !namesBody(body) || /(?:[県市町村区都府国]|北海道)$/u.test(body)) continue;
    // Bodies the sources do not name at all are the name check's to report.
    if (!alignment.local.some((understanding) => understanding.norm.includes(body))) continue;
    const near = alignment.local.some((understanding) => {
      // The body's other names the page defines (北浜風力開発（北浜風力）).
      const forms = [
        body,
        ...documentAliases(understanding).flatMap(({ long, short }) =>
          long === body || isAbbreviationOf(body, long) ? [short] : short === body ? [long] : [],
        ),
      ];
      const names = (other: SourceSentence) =>
        forms.some((form) => normalizeForMatch(other.text).includes(form)) ||
        refersTo(other.references, body);
      const nearby = understanding.sentences.some(
        (sentence, index) =>
          mentions(normalizeForMatch(sentence.text), person) &&
          understanding.sentences.slice(Math.max(0, index - 2), index + 1).some(names),
      );
      // A person the page gives no body of their own belongs to the body its headline or lead is
      // about (北陵鉄道は…と発表した。…寺西修社長は…); one it gives another body (「守る会」の宮野節子
      // 代表, 鳴沢精工の担当者) does not.
      const ownBody = new RegExp(`([\\p{Script=Han}\\p{Script=Katakana}ー」]{2,})の${person}`, 'u');
      const another = understanding.sentences.some((sentence) => {
        const match = ownBody.exec(normalizeForMatch(sentence.text));
        return match !== null && ((match[1] as string).endsWith('」') || namesBody(match[1] as string));
      });
      return nearby || (!another && understanding.sentences.slice(0, 2).some(names));
    });
    if (near) continue;
    out.push(
      pathFinding(
        'support.name',
        'error',
        path,
        `The sources do not give ${person} to 「${body}」.`,
        `${body}の${person}`,
        { kind: 'affiliation', text: body },
      ),
    );
  }
  return out;
}

/**
 * The speaker of a claim's quote as the claim describes them (北浜小の校長は「…」, 旅館で働く女性は
 * 「…」: understand/speaker-description.ts) against the speaker the sources give the same words to:
 * each office, role or occupation of the claim's description must be one the source's description
 * gives (会長 ⇄ 保護者会長, 社長 after the name), or one the sources give that person by name
 * anywhere (組合長の石田浩さんは…。石田さんは「…」); a body the claim says the speaker works at must be
 * named where the source describes them. A source that describes its speaker by a bare word (男性は,
 * 同氏は) that the sources give no office elsewhere, or not at all, is not compared: who that is was
 * said before.
 */
export function checkSpeakerRoles(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage) return [];
  const out: Finding[] = [];
  for (const quote of claim.quotes) {
    if (claim.quotes.some((other) => other !== quote && other.start < quote.start && other.end > quote.end))
      continue;
    const claimed = describeQuoteSpeaker(claim, quote);
    if (claimed === undefined || (claimed.roles.length === 0 && claimed.workplaces.length === 0)) continue;
    const inner = normalizeForMatch(quote.inner);
    if (inner === '') continue;
    const given = alignment.local.flatMap((understanding) =>
      understanding.sentences.flatMap((sentence) =>
        sentence.quotes
          .filter((other) => normalizeForMatch(other.inner).includes(inner))
          .map((other) => ({ sentence, description: describeQuoteSpeaker(sentence, other) })),
      ),
    );
    if (given.length === 0) continue;
    const problems = given.map(({ sentence, description }) =>
      description === undefined
        ? undefined
        : unsupportedDescription(claimed, description, sentence, alignment),
    );
    if (problems.some((problem) => problem === undefined)) continue;
    const first = problems[0] as { role: string; known: string };
    out.push(descriptionFinding(claimed, first, `「${quote.inner}」`, path));
  }
  if (claim.quotes.length === 0 && claim.reported) out.push(...checkReportedSpeaker(claim, alignment, path));
  return out;
}

/**
 * Reported speech without quotes (北浜小の校長は、…と話した): the claim's description of its speaker
 * against the description of the speaker of the source sentence its words align with — the speaker
 * of that sentence's quote, or of its reported words — when that sentence reports someone's words.
 */
function checkReportedSpeaker(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  const claimed = describeSpeaker(claim);
  const speaker = claim.speaker;
  if (speaker === undefined || claimed === undefined) return [];
  if (claimed.roles.length === 0 && claimed.workplaces.length === 0) return [];
  // The words are aligned by what was said: the description being compared (工場で働く男性) is left
  // out, or it pulls the alignment off the source sentence that describes the speaker otherwise.
  const content = claim.clauses
    .flatMap((clause) => clause.keys)
    .filter((key) => !speaker.includes(key) && !claimed.text.includes(key));
  const aligned =
    alignSourceClause(alignment, content, elementsOf(alignment, 0, claim.text.length)) ??
    reportingSentence(alignment, content);
  if (aligned === undefined || !aligned.sentence.reported) return [];
  const sentence = aligned.sentence;
  const quote =
    sentence.quotes.find((other) => other.start < aligned.end && other.end > aligned.start) ??
    sentence.quotes[0];
  const description = quote === undefined ? describeSpeaker(sentence) : describeQuoteSpeaker(sentence, quote);
  if (description === undefined) return [];
  const problem = unsupportedDescription(claimed, description, sentence, alignment);
  return problem === undefined ? [] : [descriptionFinding(claimed, problem, `「${sentence.text}」`, path)];
}

/**
 * The one source sentence reporting someone's words that has every word of the claim's reported
 * words (three or more), as a span of the whole sentence: the words a claim retells in one clause
 * the source may give over several clauses of a quote (「…店が続けられるよう、できる限り支える」),
 * none of which scores as the claim's clause alone.
 */
function reportingSentence(alignment: Alignment, content: readonly string[]): SourceSpan | undefined {
  const wanted = [...new Set(content)];
  if (wanted.length < 3) return undefined;
  const found = alignment.sentences.filter(
    (sentence) => sentence.reported && wanted.every((key) => sentence.keys.includes(key)),
  );
  const sentence = found[0];
  if (sentence === undefined || found.length > 1) return undefined;
  return { sentence, start: 0, end: sentence.text.length, hedges: [], quotedShare: 1, score: 0 };
}

function descriptionFinding(
  claimed: SpeakerDescription,
  problem: { role: string; known: string },
  words: string,
  path: string,
): Finding {
  return pathFinding(
    'role.mismatch',
    'error',
    path,
    `The source gives ${words} to ${problem.known}, not to ${claimed.text} (${problem.role}).`,
    claimed.text,
    { name: claimed.person ?? claimed.text, role: problem.role, known: problem.known },
  );
}

// What makes an office of another word when written after it: 長 (委員 → 委員長, 部 → 部長), an
// assistant (課長 → 課長補佐) or a deputy (会長 → 会長代行, 会長代理). A claim's role the source's begins
// with (教授 for 教授（…）) is its own only when nothing of these follows it. A closed class.
const RANK_AFTER = /^(?:長|補佐|代理|代行)/u;

/** The first part of a claim's description of a speaker the source's description does not give. */
function unsupportedDescription(
  claimed: SpeakerDescription,
  source: SpeakerDescription,
  sentence: SourceSentence,
  alignment: Alignment,
): { role: string; known: string } | undefined {
  const known = new Set(source.roles);
  // The offices the sources give the person by name anywhere (高梨社長 named later as 同社の社長).
  if (source.person !== undefined)
    for (const understanding of alignment.local)
      for (const [other, roles] of understanding.roles)
        if (other === source.person || other.startsWith(source.person) || source.person.startsWith(other))
          for (const role of roles) known.add(role);
  // A bare description (男性は, 石田さんは) says nothing by itself: only what the sources give the
  // person by name elsewhere is compared.
  if (source.bare && known.size === 0) return undefined;
  const knownText = known.size === 0 ? source.text : [...known].join('・');
  const synonyms = (role: string) => alignment.synonyms.get(role) ?? [];
  const around = `${source.text}\n${normalizeForMatch(stripQuotes(sentence.text, sentence.quotes))}`;
  for (const role of claimed.roles) {
    const matches = [...known].some(
      (other) =>
        describedAs(role, other, around) ||
        (other.startsWith(role) && !RANK_AFTER.test(other.slice(role.length))) ||
        // A surname run into the office (蓼科町長, its surname read as no person's) for the full name.
        isSurnameAndTitleOf(role, other) ||
        isSurnameAndTitleOf(role, nameAndOffice(source.text, other)) ||
        titledBeforeName(role, claimed.text, other, around) ||
        synonyms(role).some((synonym) => describedAs(synonym, other, around)),
    );
    if (!matches && !givenInWords(role, source.text, [...known], sentence)) return { role, known: knownText };
  }
  for (const workplace of claimed.workplaces)
    if (!around.includes(workplace)) return { role: workplace, known: source.text };
  return undefined;
}

/**
 * True when the claim writes a person's name with a title after it (X教授, the name unread or half read
 * by the dictionary, so the role holds all or part of it) and the source writes that title's office before the name,
 * joined by の (大学教授の X さん, 県職員の X さん): news gives a person's office before the name, and a
 * retelling puts the title after it. The title is the end of the source's office (教授 of 大学教授), a
 * role word of two characters or more; the name, what the claim's description writes before it (two
 * characters or more), must follow the office and の in the source's description.
 */
function titledBeforeName(role: string, description: string, office: string, around: string): boolean {
  if (!around.includes(`${office}の`)) return false;
  const text = normalizeForMatch(description);
  for (let cut = 0; cut <= role.length - 2; cut++) {
    const title = role.slice(cut);
    if (!office.endsWith(title) || !isRoleWord(title) || !text.endsWith(title)) continue;
    const name = text.slice(0, text.length - title.length);
    if (name.length >= 2 && around.includes(`${office}の${name}`)) return true;
  }
  return false;
}

/**
 * The name and office as the source's description writes them together (苔口朋葉課長 of 県財政課の
 * 苔口朋葉課長), up to the office its reading took: the dictionary may read part of a rare given name
 * as a person's and the rest as part of the office (朋 a name, 葉課長 the office), and a claim naming
 * the person by surname and office (苔口課長) is compared with the whole run as written.
 */
function nameAndOffice(description: string, office: string): string {
  const text = normalizeForMatch(description);
  const at = text.lastIndexOf(office);
  if (at < 0) return office;
  return /[\p{Script=Han}\p{Script=Katakana}ー]+$/u.exec(text.slice(0, at + office.length))?.[0] ?? office;
}

/**
 * True when the source gives the speaker the claimed role in words its reading of the description
 * does not take as a role: inside the description itself (会社員 in 隣町の会社員男性, a role word
 * run into 男性), or tied by の to a role it does give in the sentence before (顧問の教諭 there, then
 * 顧問が「…」). A role with a prefix that changes it (副社長, 元社長 for 社長) is not the role.
 */
function givenInWords(
  role: string,
  description: string,
  known: readonly string[],
  sentence: SourceSentence,
): boolean {
  const own = normalizeForMatch(description);
  const at = own.indexOf(role);
  if (known.length === 0 && at >= 0 && !ROLE_CHANGING_PREFIX.test(own.slice(0, at))) return true;
  const before = normalizeForMatch(sentence.previous?.text ?? '');
  return known.some((other) => before.includes(`${other}の${role}`) || before.includes(`${role}の${other}`));
}

/**
 * A person the claim describes by a role no listed source uses (救急救命士, 市職員) where the source
 * sentence the rest of its clause aligns to — all but that role — describes the person in the same
 * place by another role the claim does not use (医師, 銀行員): the claim gives the part to someone
 * else (`role.mismatch`). The role words are the closed class of offices, titles and occupations
 * (`isRoleWord`); a role the sources use anywhere, a synonym of one, or one compatible with the
 * source's (課長 of 河川課長) is no substitution.
 */
export function checkRoleReplaced(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage) return [];
  const claimNorm = normalizeForMatch(stripQuotes(claim.text, claim.quotes));
  const said = (word: string) => alignment.local.some((understanding) => understanding.norm.includes(word));
  for (const role of roleCompounds(claim)) {
    // A general word for staff (従業員 for 社員, 市職員, 工事関係者) may stand for any of them.
    if (GENERAL_STAFF.test(role.text)) continue;
    const forms = [role.text, ...(alignment.synonyms.get(role.text) ?? [])];
    if ([...forms, ...role.heads].some(said)) continue;
    const clause = claim.clauses.find((c) => role.start >= c.start && role.start < c.end) ?? claim.clauses[0];
    if (clause === undefined) continue;
    const keys = [...new Set(clause.keys.filter((key) => !role.keys.includes(key)))];
    if (keys.length < 3) continue;
    const aligned = alignClause(alignment, keys) ?? alignInContext(alignment, keys, alignment.sentences);
    if (aligned === undefined) continue;
    const sentence = aligned.sentence;
    // The sentence is read with the one before it, whose subject or place it often leaves unsaid.
    const context = [...sentence.keys, ...(sentence.previous?.keys ?? [])];
    const shared = keys.filter((key) => context.includes(key)).length;
    if (shared < keys.length * SAME_CLAUSE) continue;
    const other = roleCompounds(sentence).find(
      (candidate) =>
        !claimNorm.includes(candidate.text) &&
        !forms.some((form) => rolesCompatible(form, candidate.text)) &&
        // Two roles of one word (担当者 and 担当職員, 研究者 and 研究員) say the same part in other words.
        !candidate.keys.some((key) => [...key].length >= 2 && role.keys.includes(key)),
    );
    if (other === undefined) continue;
    return [
      pathFinding(
        'role.mismatch',
        'error',
        path,
        `The source says ${other.text} where the claim says ${role.text}: 「${sentence.text}」.`,
        role.text,
        { name: role.text, role: role.text, known: other.text },
      ),
    ];
  }
  return [];
}

// The general words for people who work somewhere, whatever their part (a closed class of the
// language's hypernyms of roles): a claim that uses one for a source's 社員 or 教諭 generalises.
const GENERAL_STAFF = /(?:職員|従業員|社員|関係者|担当者|係員|教員|スタッフ)$/u;

// The share of a clause's other words its source sentence must have for the two to say the same
// thing of different people.
const SAME_CLAUSE = 0.8;

// A person named by what they do with the suffix 者 (担当者, 責任者, 経営者): with the offices,
// titles and occupations of isRoleWord, the words that describe a person by a part.
const PERSON_SUFFIX = /\p{Script=Han}者$/u;

const namesRole = (word: string) => isRoleWord(word) || PERSON_SUFFIX.test(word);

interface RoleCompound {
  text: string;
  heads: string[];
  keys: string[];
  start: number;
}

/** The noun compounds of a sentence, outside its quotes, that name a role (no name, no number in them). */
function roleCompounds(reading: SentenceReading): RoleCompound[] {
  const outside = stripQuotes(reading.text, reading.quotes);
  const out: RoleCompound[] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length > 0 && (run[0] as Token).posDetail === '接尾') run.shift();
    if (run.length > 0) {
      const text = normalizeForMatch(run.map((token) => token.surface).join(''));
      // The role words it ends in, of two characters or more (河川課長: 課長).
      const heads = run
        .slice(1)
        .map((_, i) =>
          normalizeForMatch(
            run
              .slice(i + 1)
              .map((token) => token.surface)
              .join(''),
          ),
        )
        .filter((head) => [...head].length >= 2 && namesRole(head));
      if (namesRole(text))
        out.push({
          text,
          heads,
          keys: run.filter(isContentToken).map(keyOf),
          start: (run[0] as Token).start,
        });
    }
    run = [];
  };
  for (const token of reading.tokens) {
    const noun =
      (token.pos === '名詞' || token.pos === '接頭詞') &&
      token.posDetail !== '数' &&
      token.posDetail !== '非自立' &&
      token.nameKind === undefined &&
      !/^[\p{P}\p{S}]/u.test(token.surface) &&
      outside[token.start] !== '＊';
    if (noun) run.push(token);
    else flush();
  }
  flush();
  return out;
}

// Nouns for people that are no office: the words news writing uses for the people an event
// involves (客, 住民, 生徒…), with the hypernyms and the words for sex and age that fit anyone
// (人, 男性, 女児…). A closed class of general person nouns, never a page's word.
const PERSON_NOUN =
  /(?:客|住民|生徒|児童|学生|園児|子ども|子供|少年|少女|男児|女児|乳児|幼児|人|人たち|方|男性|女性|男|女|家族)$/u;

// Person nouns that can name anyone, whatever their part: the hypernyms, sex and age.
export const ANY_PERSON = /^(?:人|人たち|方|者|男性|女性|男|女|男児|女児|少年|少女|乳児|幼児|子ども|子供)$/u;

export const personNoun = (word: string) => namesRole(word) || PERSON_NOUN.test(word);

/**
 * The noun compound that ends right before token index `end` (exclusive), a count or an age after
 * it passed over (客16人, 男（47）), with the index of its first token; empty where a name is in it.
 */
function compoundBefore(tokens: readonly Token[], end: number): { text: string; from: number } {
  let i = end;
  while (i > 0 && /^[（）()]$/u.test((tokens[i - 1] as Token).surface)) {
    i--;
    while (i > 0 && (tokens[i - 1] as Token).posDetail === '数') i--;
    if (i > 0 && /^[（(]$/u.test((tokens[i - 1] as Token).surface)) i--;
  }
  if (i > 1 && (tokens[i - 1] as Token).posDetail === '接尾' && (tokens[i - 2] as Token).posDetail === '数') {
    i -= 2;
    while (i > 0 && (tokens[i - 1] as Token).posDetail === '数') i--;
  }
  const from = nounRunStart(tokens, i);
  const parts = tokens.slice(from, i);
  while (parts.length > 0 && (parts[0] as Token).posDetail === '接尾') parts.shift();
  if (parts.some((token) => token.nameKind === 'person')) return { text: '', from };
  return { text: normalizeForMatch(parts.map((token) => token.surface).join('')), from };
}

/**
 * The person nouns of a noun phrase ending before token `end`: its head compound, the compound
 * before a の that modifies it (用務員の男性), and the compounds joined to it by と (客16人と店長1人).
 */
export function personsOf(tokens: readonly Token[], end: number): string[] {
  const out: string[] = [];
  let at = end;
  for (let guard = 0; guard < 4 && at > 0; guard++) {
    const head = compoundBefore(tokens, at);
    if (head.text === '') break;
    if (personNoun(head.text)) out.push(head.text);
    const before = tokens[head.from - 1];
    if (before === undefined || before.pos !== '助詞' || (before.surface !== 'の' && before.surface !== 'と'))
      break;
    at = head.from - 1;
  }
  return out;
}

/**
 * The subject of the predicate at token index `verb`, read backwards from it: the nearest が or は
 * of its own clause. A predicate crossed on the way that ends a clause a noun or a nominaliser
 * closes (紙の手触りが違うことに気づいた, 水があふれているのに…気づき) opens an embedded clause, whose
 * が is its own subject and is passed over. Or, where the predicate modifies a noun right after it
 * with no subject of its own (最初に発症した生徒は), that noun.
 */
function subjectOf(reading: SentenceReading, verb: number): string[] {
  const tokens = reading.tokens;
  const outside = stripQuotes(reading.text, reading.quotes);
  const predicate = (token: Token) =>
    (token.pos === '動詞' || token.pos === '形容詞') && token.posDetail === '自立';
  // Whether the predicate at k ends a clause that a noun closes (past its auxiliaries).
  const embedded = (k: number) => {
    let n = k + 1;
    while (n < tokens.length) {
      const t = tokens[n] as Token;
      if (
        t.pos === '助動詞' ||
        (t.pos === '動詞' && t.posDetail !== '自立') ||
        (t.pos === '助詞' && t.surface === 'て')
      )
        n++;
      else break;
    }
    return (tokens[n] as Token | undefined)?.pos === '名詞';
  };
  let depth = 0;
  for (let i = verb - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (outside[token.start] === '＊') continue;
    // An adjective right before the noun it modifies (軽いけがをした) says what kind of thing that
    // is: a が before it is the main predicate's, unless it is the adjective's own, right before it
    // (背が高い男性).
    const attributive =
      token.pos === '形容詞' && tokens[i + 1]?.pos === '名詞' && tokens[i - 1]?.surface !== 'が';
    if (predicate(token) && embedded(i) && !attributive) depth++;
    if (token.pos !== '助詞' || (token.surface !== 'が' && token.surface !== 'は')) continue;
    if (depth > 0) {
      depth--;
      continue;
    }
    return personsOf(tokens, i);
  }
  // A relative clause: the noun after the predicate's chunk is its subject.
  let k = verb + 1;
  while (k < tokens.length && ['助動詞', '動詞'].includes((tokens[k] as Token).pos)) k++;
  const after = tokens[k];
  if (after === undefined || after.pos !== '名詞') return [];
  let end = k;
  while (end < tokens.length && (tokens[end] as Token).pos === '名詞') end++;
  const follows = tokens[end];
  if (
    follows === undefined ||
    follows.pos !== '助詞' ||
    (follows.surface !== 'は' && follows.surface !== 'が')
  )
    return [];
  return personsOf(tokens, end);
}

const LIGHT_PREDICATE = /^(?:する|なる|いる|ある|おる|できる)$/u;

export const CLEFT = /^(.+?)のは、?(.+?)(?:だった|でした|です|だ|である)。?$/du;

/** True when the predicate at `k` (a verb, or the する of a verbal noun) is passive (運ばれた, 逮捕された). */
const isPassiveAt = (tokens: readonly Token[], k: number) => {
  const next = tokens[k + 1];
  return next?.pos === '動詞' && next.posDetail === '接尾' && /^(?:れる|られる)$/u.test(next.baseForm);
};

/**
 * The person nouns a source sentence gives its predicate at `at` to: the focus of a cleft source
 * (運ばれたのは客16人と従業員1人で、), else the predicate's own subject.
 */
function subjectOfAct(sentence: SourceSentence, at: number): string[] {
  const outside = stripQuotes(sentence.text, sentence.quotes);
  const end = sentence.tokens[at]?.end ?? 0;
  const cleft = outside.slice(end).match(/^[^、。]*?のは、?/u);
  if (cleft === null) return subjectOf(sentence, at);
  const focusFrom = end + cleft[0].length;
  const stop = sentence.tokens.findIndex(
    (token) =>
      token.start >= focusFrom &&
      (token.surface === 'で' || token.surface === 'だ' || token.surface === 'です'),
  );
  return stop === -1 ? [] : personsOf(sentence.tokens, stop);
}

/**
 * A cleft claim (119番通報したのは、店にいた客だった) gives the act of its の-clause to the person
 * of its focus. Where the source clause saying that act gives it, by its own subject, to a person
 * of another part (従業員が119番通報した), the claim gives the act to someone else. The focus and
 * the source's subject are compared by their person nouns: offices and occupations (isRoleWord,
 * X者) and the general nouns for people; a hypernym or a word of sex or age fits anyone, a general
 * word for staff any office.
 */
export function checkCleftRole(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage) return [];
  const outside = stripQuotes(claim.text, claim.quotes);
  const match = outside.match(CLEFT);
  if (match === null || outside.includes('＊')) return [];
  const presupposition = (match[1] as string).length;
  const tokens = claim.tokens;
  const focusStop = match.indices?.[2]?.[1] ?? outside.length;
  const last = tokens.findIndex((token) => token.start >= focusStop);
  const focus = personsOf(tokens, last === -1 ? tokens.length : last);
  if (focus.length === 0) return [];
  const verbs = tokens.filter(
    (token) => token.end <= presupposition && token.pos === '動詞' && token.posDetail === '自立',
  );
  const verb = verbs[verbs.length - 1];
  if (verb === undefined) return [];
  // The clause is found by its words and those the focus adds (売上金を数えていた出店者: 売上金,
  // 数える), not the person nouns the claim may have changed, in a sentence with its predicate.
  const keys = tokens
    .filter(
      (token) =>
        token.end <= focusStop &&
        isContentToken(token) &&
        !focus.some((person) => person.includes(keyOf(token))) &&
        !PERSON_NOUN.test(keyOf(token)),
    )
    .map(keyOf);
  if (new Set(keys).size < 2) return [];
  // The predicate: a verb, or the verbal noun before a light する (119番通報した: 通報), or the noun a
  // light する takes as its object (けがをした: けが), which names the act as the verbal noun does.
  const predicateKey = (list: readonly Token[], k: number) => {
    const token = list[k] as Token;
    const before = list[k - 1];
    if (token.baseForm === 'する' && before?.pos === '名詞' && before.posDetail === 'サ変接続')
      return keyOf(before);
    const object = list[k - 2];
    if (
      token.baseForm === 'する' &&
      token.pos === '動詞' &&
      before?.surface === 'を' &&
      before.pos === '助詞' &&
      object !== undefined &&
      isContentToken(object) &&
      object.pos === '名詞'
    )
      return keyOf(object);
    // A light verb alone (置きっぱなしにした, いた) says too little to find its clause by.
    if (LIGHT_PREDICATE.test(token.baseForm)) return undefined;
    return token.pos === '動詞' && token.posDetail === '自立' ? keyOf(token) : undefined;
  };
  const at = tokens.indexOf(verb);
  const wanted = predicateKey(tokens, at);
  if (wanted === undefined) return [];
  // The one a passive (運ばれたのは) names is who it was done to, an active's who did it: a source
  // clause of the other voice gives its subject another part in the act.
  const passive = isPassiveAt(tokens, at);
  // The source sentence with that predicate, in the same voice, that says who it was of, sharing the
  // most of the other words, the first on a tie (the predicate alone may find it: 119番通報した
  // against …従業員が119番通報した). A sentence that names no one by a part (17人が運ばれた) says
  // nothing to compare the focus with: another that does is read.
  let sentence: SourceSentence | undefined;
  let subject: string[] = [];
  let parts: string[] = [];
  let bestShared = -1;
  for (const candidate of alignment.sentences) {
    const k = candidate.tokens.findIndex((_, n) => predicateKey(candidate.tokens, n) === wanted);
    if (k === -1 || isPassiveAt(candidate.tokens, k) !== passive) continue;
    const shared = new Set(keys.filter((key) => key !== wanted && candidate.keys.includes(key))).size;
    if (shared <= bestShared) continue;
    const named = subjectOfAct(candidate, k);
    // A word for anyone in the source (用務員の男性: 男性) leaves the part to the other words beside it.
    const known = named.filter((person) => !ANY_PERSON.test(person));
    if (known.length === 0) continue;
    [sentence, subject, parts, bestShared] = [candidate, named, known, shared];
  }
  if (sentence === undefined) return [];
  const fits = (claimed: string) =>
    ANY_PERSON.test(claimed) ||
    parts.some(
      (known) =>
        rolesCompatible(claimed, known) ||
        (GENERAL_STAFF.test(claimed) && namesRole(known)) ||
        (alignment.synonyms.get(claimed) ?? []).some((form) => rolesCompatible(form, known)),
    );
  const other = focus.find((claimed) => !fits(claimed));
  if (other === undefined) return [];
  return [
    pathFinding(
      'role.mismatch',
      'error',
      path,
      `The source gives this to ${subject.join('・')}, not to ${other}: 「${sentence.text}」.`,
      other,
      { name: other, role: other, known: subject.join('・') },
    ),
  ];
}
