import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import { namesBody, refersTo } from '../../understand/coreference.ts';
import { findPeople, isContentToken, keyOf, type SentenceReading } from '../../understand/read-sentence.ts';
import { type Argument, argumentsOf, subjectOf } from '../../understand/subject.ts';
import { isAbbreviationOf, type SourceSentence } from '../../understand/understand-document.ts';
import { type Alignment, alignClause, overlap } from './alignment.ts';
import { mentions } from './speakers.ts';

// Agents: what the claim says its named subject did, the sources say of that subject, not another.

/**
 * The claim's named subject (X は/が …) must be the one the sources say the rest of the claim of.
 * The rest of the claim (its words outside the subject) is aligned to the source sentence that
 * says most of it; when that sentence binds another named subject (Y は …) and no sentence saying
 * as much of it names the claim's subject, the claim gives Y's act to X (`support.name`). A source
 * sentence whose subject is unsaid or a reference (同病院は) is not compared: who it is would have to
 * be read from the sentences before it.
 */
export function checkAgent(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage) return [];
  const mine = subjectOf(claim);
  if (mine === undefined) return [];
  const name = normalizeForMatch(mine.text);
  // A name no listed source has is the name check's to report.
  if (!alignment.local.some((understanding) => understanding.norm.includes(name))) return [];
  const keys = [
    ...new Set(
      claim.tokens
        .filter((token) => (token.end <= mine.start || token.start >= mine.end) && isContentToken(token))
        .map(keyOf)
        .filter((key) => (alignment.weights.get(key) ?? 0) > 0 && !name.includes(key)),
    ),
  ];
  const counterpart = alignClause(alignment, keys);
  if (counterpart === undefined || counterpart.score < 3) return [];
  const theirs = subjectOf(counterpart.sentence);
  if (theirs === undefined) return [];
  const other = normalizeForMatch(theirs.text);
  // One person, named in full or by surname and title (大河内翔投手, 大河内投手), is the same subject.
  const sharesPersonName = claim.tokens.some(
    (token) =>
      token.start >= mine.start &&
      token.end <= mine.end &&
      token.nameKind === 'person' &&
      [...token.surface].length >= 2 &&
      other.includes(normalizeForMatch(token.surface)),
  );
  if (same(name, other) || sharesPersonName) return [];
  // Any sentence that says nearly as much of the claim and names its subject backs it.
  // A person (柏木大輔市長, 浜田氏) is named by their surname too; an organisation (柚原市民病院) only whole.
  const people = findPeople(
    claim.tokens.filter((token) => token.start >= mine.start && token.end <= mine.end),
  ).filter(
    (person) =>
      name === person ||
      /^(?:氏|さん|君|容疑者|被告)$/u.test(name.slice(person.length)) ||
      claim.roles.some((role) => role.person === person && name === `${person}${role.role}`),
  );
  const names = (sentence: SourceSentence) => {
    const norm = alignment.norms.get(sentence);
    return norm.includes(name) || people.some((person) => mentions(norm, person));
  };
  if (
    alignment.sentences.some(
      (sentence) => names(sentence) && overlap(alignment, sentence, keys) >= 0.7 * counterpart.score,
    )
  )
    return [];
  return [
    pathFinding(
      'support.name',
      'error',
      path,
      `The sources say this of 「${theirs.text}」, not of 「${mine.text}」: 「${counterpart.sentence.text}」.`,
      mine.text,
    ),
  ];
}

/** True when two subjects name the same one: equal, one inside the other, or a 略称 of it. */
function same(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || isAbbreviationOf(a, b) || isAbbreviationOf(b, a);
}

// Arguments: who acts on whom. A name the sources give as the one acted on (県警に提出した) is not
// the one acting (県警が提出した), and the one a claim makes act is the one the sources make act.

const argumentsRead = new WeakMap<SentenceReading, Argument[]>();
function argumentsCached(reading: SentenceReading): Argument[] {
  let found = argumentsRead.get(reading);
  if (found === undefined) {
    found = argumentsOf(reading);
    argumentsRead.set(reading, found);
  }
  return found;
}

// Who can act: a phrase holding a name, a body (namesBody: 〜県, 〜社, 〜委員会) or a person's title
// or honorific; a common noun (受け入れ, 対策) is no actor.
const isActor = (reading: SentenceReading, argument: Argument) =>
  reading.tokens.some(
    (token) => token.start >= argument.start && token.end <= argument.end && token.nameKind !== undefined,
  ) ||
  namesBody(normalizeForMatch(argument.text)) ||
  /(?:氏|さん|長|者|員|官|委|団|部|課|室|警)$/u.test(argument.text);

// A person: a phrase holding a person's name that ends in no body word, or one ending in a title
// or honorific (柏木市長, 担当者, 浜田氏) — who may act for a body (市長 for 市), so a person and a body
// are never rivals here.
const isPersonPhrase = (reading: SentenceReading, argument: Argument) =>
  /(?:長|氏|さん|君|官|者|員|代表|大臣|知事|議員|理事|監督|選手|教授)$/u.test(argument.text) ||
  (reading.tokens.some(
    (token) => token.start >= argument.start && token.end <= argument.end && token.nameKind === 'person',
  ) &&
    !/(?:病院|会社|大学|組合|協会|委員会|局|課|省|庁|署|県|市|町|村)$/u.test(argument.text));

/**
 * True when a source's argument may stand for the claim's: the same compound, a 略称 of it, a
 * 同- word whose antecedent is it, a bare head noun of it (病院 for 菱川県立中央病院: news names
 * a body once and then by its kind), a front part of it (実行委 for 実行委員会), the same two
 * first characters (寺西修社長 and 寺西社長: a person by surname and title), or a body's own
 * department (町教育委員会 for 北浦町): who acts for a body is not a rival of it.
 */
function mayBe(claimed: string, source: Argument, sentence: SourceSentence): boolean {
  const theirs = normalizeForMatch(source.text);
  if (claimed === theirs || isAbbreviationOf(claimed, theirs) || isAbbreviationOf(theirs, claimed))
    return true;
  if (/^同/u.test(theirs) || /^両/u.test(theirs)) return refersTo(sentence.references, claimed);
  if (claimed.endsWith(theirs) || theirs.endsWith(claimed)) return true;
  // A short form cut from the front (実行委 for 実行委員会) or a body's own part (北陵鉄道広報部 for
  // 北陵鉄道; 町教育委員会 or 市教委 for 北浦町, named by the kind of government it belongs to).
  // One proper name, given whole or short: 寺西修社長 and 寺西社長 (a surname and a title),
  // 北陵鉄道 and 北陵鉄道広報部.
  if (
    [...claimed].slice(0, 2).join('') === [...theirs].slice(0, 2).join('') &&
    /^\p{Script=Han}{2}/u.test(claimed)
  )
    return true;
  const shorter = claimed.length < theirs.length ? claimed : theirs;
  if (shorter.length >= 3 && (claimed.startsWith(theirs) || theirs.startsWith(claimed))) return true;
  const kind = /[国県都道府市町村区]$/u.exec(claimed)?.[0];
  return kind !== undefined && theirs.startsWith(kind) && /(?:委|会|局|部|課|室)$/u.test(theirs);
}

/**
 * Compares the claim's arguments (subject.ts argumentsOf) with the sources', verb by verb (the same
 * lemma): (1) a swap — the claim's agent is the sources' patient of that verb, or the other way
 * round, in a source sentence telling the same event (it has another of the claim's nouns with
 * that verb), while another noun fills the claim's role there (or, for a claimed agent, no one: the
 * source leaves who acts unsaid); (2) another agent — the claim makes X
 * act on an object that the sources have another named body or person act on with that verb, and
 * no source sentence names X with that verb or that object at all. Either is `support.name`.
 */
export function checkArguments(claim: SentenceReading, alignment: Alignment, path: string): Finding[] {
  if (alignment.crossLanguage) return [];
  const mine = argumentsCached(claim);
  if (mine.length === 0) return [];
  const sentences = alignment.local.flatMap((understanding) => understanding.sentences);
  const out: Finding[] = [];
  for (const argument of mine) {
    const name = normalizeForMatch(argument.text);
    const sameVerb = sentences.flatMap((sentence) =>
      argumentsCached(sentence)
        .filter((other) => other.verb === argument.verb)
        .map((other) => ({ sentence, other })),
    );
    if (sameVerb.length === 0) continue;
    const backed = sameVerb.some(
      ({ sentence, other }) => other.role === argument.role && mayBe(name, other, sentence),
    );
    if (backed) continue;
    // A sentence naming X with the verb where X has no role read (県も国に求めた, 県としても求めた)
    // may say the claim's reading in a form not read here.
    const unread = sentences.some(
      (sentence) =>
        alignment.norms.get(sentence).includes(name) &&
        sentence.predicates.some((predicate) => predicate.lemma === argument.verb) &&
        !argumentsCached(sentence).some(
          (other) => other.verb === argument.verb && normalizeForMatch(other.text) === name,
        ),
    );
    if (unread) continue;
    // (1) The same noun, the other role of the same verb, and someone else in the claim's role.
    // The same event: the source sentence has another of the claim's nouns with that verb
    // (被害届 in 病院が県警に被害届を提出した), not only the verb (県に署名を提出した, 県が予算案を提出する).
    const partners = mine
      .filter((other) => other.verb === argument.verb && normalizeForMatch(other.text) !== name)
      .map((other) => normalizeForMatch(other.text));
    const swapped = sameVerb.find(
      ({ sentence, other }) =>
        other.role !== argument.role &&
        normalizeForMatch(other.text) === name &&
        sameVerb.some(
          (partner) =>
            partner.sentence === sentence && partners.includes(normalizeForMatch(partner.other.text)),
        ) &&
        (sameVerb.some(
          (rival) =>
            rival.sentence === sentence &&
            rival.other.role === argument.role &&
            !mayBe(name, rival.other, sentence),
        ) ||
          // …or no one: who acts is left unsaid there (carried from the sentence before).
          (argument.role === 'agent' &&
            !sameVerb.some((rival) => rival.sentence === sentence && rival.other.role === 'agent'))),
    );
    if (swapped !== undefined) {
      out.push(
        pathFinding(
          'support.name',
          'error',
          path,
          `The claim has 「${argument.text}」 ${argument.role === 'agent' ? 'do' : 'undergo'} 「${argument.verb}」; the source has it the other way round: 「${swapped.sentence.text}」.`,
          argument.text,
          { kind: 'role-swap', text: argument.text },
        ),
      );
      continue;
    }
    // (2) Another agent acting on the same object with the same verb.
    if (argument.role !== 'agent' || !isActor(claim, argument)) continue;
    if (!alignment.local.some((understanding) => understanding.norm.includes(name))) continue;
    const objects = mine
      .filter((other) => other.role === 'patient' && other.verb === argument.verb)
      .map((other) => normalizeForMatch(other.text));
    if (objects.length === 0) continue;
    // A sentence naming X with the verb or the object may say X does it in words not read here
    // (小鷺町も値上げした, 小鷺町が給食費を引き上げた).
    if (
      sentences.some((sentence) => {
        const norm = alignment.norms.get(sentence);
        return (
          norm.includes(name) &&
          (sentence.predicates.some((predicate) => predicate.lemma === argument.verb) ||
            objects.some((object) => norm.includes(object)))
        );
      })
    )
      continue;
    const person = isPersonPhrase(claim, argument);
    const rival = sameVerb.find(
      ({ sentence, other }) =>
        other.role === 'agent' &&
        isActor(sentence, other) &&
        !mayBe(name, other, sentence) &&
        isPersonPhrase(sentence, other) === person &&
        argumentsCached(sentence).some(
          (object) =>
            object.role === 'patient' &&
            object.verb === argument.verb &&
            objects.includes(normalizeForMatch(object.text)),
        ),
    );
    if (rival === undefined) continue;
    out.push(
      pathFinding(
        'support.name',
        'error',
        path,
        `The sources say 「${rival.other.text}」 did this, not 「${argument.text}」: 「${rival.sentence.text}」.`,
        argument.text,
        { kind: 'agent', text: argument.text },
      ),
    );
  }
  return out;
}
