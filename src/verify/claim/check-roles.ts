import { type Finding, pathFinding } from '../../domain/report.ts';
import { normalizeForMatch } from '../../text/normalize.ts';
import { romanize } from '../../text/romanize.ts';
import type { SentenceReading } from '../../understand/read-sentence.ts';
import type { Alignment } from './alignment.ts';

// Roles and titles: a person keeps the office the sources give them (副市長 is not 市長).

// Prefixes that change an office into another one: 副市長 is not 市長, 前市長 is no longer 市長.
const ROLE_CHANGING_PREFIX = /(?:副|前|元|准|代理|次期|名誉|新)$/u;

// A candidate's standing in an election (新人 newcomer, 現職 incumbent, 前職/元職 former holder): a
// scale of its own, compared only with the standing the sources give, never with an office.
const STANDING = /(?:新人|現職|前職|元職)$/u;

// The prefix both roles share (元 of 元県議 and 元市議) says nothing about which office it is.
const SHARED_PREFIX = /^(?:副|前|元|准|代理|次期|名誉|新)/u;

function rolesCompatible(claimed: string, known: string): boolean {
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
  [/president/u, ['社長', '会長', '大統領', '学長', '理事長', '頭取', '総裁']],
  [/vice[- ]chair(?:man|woman|person)?/u, ['副会長', '副委員長', '副議長', '副理事長', '副組合長']],
  [/chair(?:man|woman|person)?/u, ['会長', '委員長', '議長', '理事長', '組合長']],
  [/principal/u, ['校長']],
  [/professor/u, ['教授', '准教授']],
];

const ENGLISH_TITLE = new RegExp(`\\b(${ENGLISH_TITLES.map(([title]) => title.source).join('|')})\\b`, 'gu');

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
      // The title stands right before the name: at most one given name between them.
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
      if (!new RegExp(`^\\s+(?:[a-z'-]+\\s+)?${family}\\b`, 'u').test(after)) continue;
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
  return out;
}
