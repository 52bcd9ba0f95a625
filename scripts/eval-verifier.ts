// Measures the verifier on the sample clusters: faithful units (the offline engine's verbatim
// sentences) and mutated copies of them (number, date, name, negation, modality, attribution,
// quote, role, moved to another section, unsupported sentence). Prints detected/total per
// mutation and the false alarms on faithful units.
// Run: node scripts/eval-verifier.ts
import type { Article, Fact } from '../src/domain/article.ts';
import type { Document } from '../src/domain/document.ts';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { createUnderstanding } from '../src/understand/understand-document.ts';
import { findConflicts } from '../src/verify/find-conflicts.ts';
import { extractRoles, verifyArticle } from '../src/verify/verify-article.ts';
import { loadSampleClusters } from '../test/support/engine-contract.ts';

type Mutation = (text: string, tokenizer: Tokenizer) => string | undefined;

const shiftDigit = (digit: string) => String((Number(digit) + 3) % 10 || 7);

const MUTATIONS: Record<string, Mutation> = {
  number: (text) => {
    const match = /(?<![\d.年月])(\d+)(?=[万億兆]?[人円台トン%倍割件社基歳]|[万億兆])/u.exec(text);
    if (match === null) return undefined;
    const digits = match[1] as string;
    const changed = shiftDigit(digits[0] as string) + digits.slice(1);
    return text.slice(0, match.index) + changed + text.slice(match.index + digits.length);
  },
  date: (text) => {
    const match = /(?<!\d)(\d{1,4})(?=[年月日])/u.exec(text);
    if (match === null) return undefined;
    const digits = match[1] as string;
    const changed = digits.slice(0, -1) + shiftDigit(digits.at(-1) as string);
    return text.slice(0, match.index) + changed + text.slice(match.index + digits.length);
  },
  name: (text, tokenizer) => {
    const token = tokenizer.tokenize(text).find((t) => t.pos === '名詞' && t.posDetail === '固有名詞');
    if (token === undefined) return undefined;
    const replacement = token.surface === '大館' ? '北条' : '大館';
    return text.slice(0, token.start) + replacement + text.slice(token.end);
  },
  negation: (text) => {
    const rules: [RegExp, string][] = [
      [/ない([。」]*)$/u, 'る$1'],
      [/した([。」]*)$/u, 'しなかった$1'],
      [/する([。」]*)$/u, 'しない$1'],
      [/いる([。」]*)$/u, 'いない$1'],
      [/ある([。」]*)$/u, 'ない$1'],
      [/だ([。」]*)$/u, 'ではない$1'],
      [/た([。」]*)$/u, 'なかった$1'],
    ];
    for (const [pattern, replacement] of rules)
      if (pattern.test(text)) return text.replace(pattern, replacement);
    return undefined;
  },
  modality: (text) => {
    const rules: [RegExp, string][] = [
      [/可能性がある/u, 'ことが確実だ'],
      [/可能性/u, '確実性'],
      [/見通しだ/u, 'ことが決まった'],
      [/見通し/u, '決定'],
      [/とみられ/u, 'ことが確実で'],
      [/見込みだ/u, 'ことが決まった'],
      [/見込み/u, '決定'],
    ];
    for (const [pattern, replacement] of rules)
      if (pattern.test(text)) return text.replace(pattern, replacement);
    return undefined;
  },
  attribution: (text) => {
    const quoted = /^[^「]*「([^」]+)」と(?:述べ|話|語|説明|強調|訴え|指摘|明か|打ち明け)[^。]*。$/u.exec(
      text,
    );
    if (quoted !== null) {
      const inner = (quoted[1] as string).replace(/。$/u, '');
      return `${inner}。`;
    }
    if (/によると、/u.test(text)) return text.replace(/^[^、]*によると、/u, '');
    if (/という。$/u.test(text)) return text.replace(/という。$/u, '。');
    return undefined;
  },
  quote: (text, tokenizer) => {
    const match = /「([^「」]+)」/u.exec(text);
    if (match === null) return undefined;
    const inner = match[1] as string;
    const token = tokenizer.tokenize(inner).find((t) => t.pos === '名詞' && t.posDetail !== '数');
    if (token === undefined) return undefined;
    const replacement = token.surface === '計画' ? '方針' : '計画';
    const start = match.index + 1;
    return text.slice(0, start + token.start) + replacement + text.slice(start + token.end);
  },
  role: (text) => {
    const pair = extractRoles(text)[0];
    if (pair === undefined) return undefined;
    const [name, role] = pair;
    const swapped =
      role === '院長' ? '理事長' : role.endsWith('大統領') ? '首相' : role === '市長' ? '副市長' : '院長';
    return text.replace(`${name}${role}`, `${name}${swapped}`);
  },
};

const INVENTED = [
  '同社は来年、北海道にも研究拠点を新設する計画を明らかにした。',
  '県は独自の補助金制度を設け、若者の定住を後押しするとしている。',
  '関係者の間では、事業の見直しを求める署名活動が始まった。',
];

interface Site {
  path: string;
  get: (article: Article) => Fact;
  section: number;
}

/** The in-section verbatim units of an article (body sentences, ✅ lines, hook answers). */
function sites(article: Article): Site[] {
  const out: Site[] = [];
  for (const [s, section] of article.sections.entries()) {
    for (const i of section.card.summary.keys()) {
      out.push({
        path: `sections[${s}].card.summary[${i}]`,
        section: s,
        get: (a) => a.sections[s]?.card.summary[i] as Fact,
      });
    }
    for (const [p, paragraph] of section.body.entries()) {
      for (const k of paragraph.sentences.keys()) {
        out.push({
          path: `sections[${s}].body[${p}].sentences[${k}]`,
          section: s,
          get: (a) => a.sections[s]?.body[p]?.sentences[k] as Fact,
        });
      }
    }
    out.push({
      path: `sections[${s}].hook.answer`,
      section: s,
      get: (a) => a.sections[s]?.hook.answer as Fact,
    });
  }
  return out.filter((site) => site.get(article).verbatim);
}

function errorsAt(article: Article, documents: readonly Document[], tokenizer: Tokenizer, path: string) {
  return verifyArticle(article, documents, tokenizer).findings.filter(
    (finding) => finding.severity === 'error' && 'path' in finding.location && finding.location.path === path,
  );
}

const showMissed = process.argv.includes('--missed');
const tokenizer = await createTokenizer();
const clusters = await loadSampleClusters();
const table = new Map<string, { detected: number; total: number; codes: Map<string, number> }>();
const tally = (kind: string, codes: string[]) => {
  const row = table.get(kind) ?? { detected: 0, total: 0, codes: new Map() };
  row.total++;
  if (codes.length > 0) row.detected++;
  for (const code of new Set(codes)) row.codes.set(code, (row.codes.get(code) ?? 0) + 1);
  table.set(kind, row);
};
let faithful = 0;
const alarms: string[] = [];
for (const [cluster, documents] of clusters) {
  const article = await createOfflineEngine().composeArticle(documents, { tokenizer });
  // As the pipeline does: the conflicts between sources are reported by code after composing.
  article.conflicts = findConflicts(documents, createUnderstanding(tokenizer));
  const baseline = verifyArticle(article, documents, tokenizer).findings.filter(
    (f) => f.severity === 'error',
  );
  const unitSites = sites(article);
  for (const site of unitSites) {
    faithful++;
    for (const finding of baseline)
      if ('path' in finding.location && finding.location.path === site.path)
        alarms.push(`${cluster} ${site.path} ${finding.code}: ${site.get(article).text}`);
    for (const [kind, mutate] of Object.entries(MUTATIONS)) {
      const changed = mutate(site.get(article).text, tokenizer);
      if (changed === undefined || changed === site.get(article).text) continue;
      const copy = structuredClone(article);
      site.get(copy).text = changed;
      const codes = errorsAt(copy, documents, tokenizer, site.path).map((f) => f.code);
      tally(kind, codes);
      if (showMissed && codes.length === 0)
        console.log(`missed ${kind}: ${changed}  ← ${site.get(article).text}`);
    }
  }
  // Unsupported sentences and sentences moved from another section, one per section.
  article.sections.forEach((section, s) => {
    const target = unitSites.find((site) => site.section === s && site.path.includes('.body['));
    if (target === undefined) return;
    const invented = structuredClone(article);
    target.get(invented).text = INVENTED[s % INVENTED.length] as string;
    tally(
      'unsupported',
      errorsAt(invented, documents, tokenizer, target.path).map((f) => f.code),
    );
    for (const other of unitSites.filter((site) => site.section !== s && site.path.includes('.body['))) {
      const moved = structuredClone(article);
      const fact = target.get(moved);
      fact.text = other.get(article).text;
      fact.evidence = fact.evidence.map((span) => ({ ...span, sourceId: section.sourceId }));
      const codes = errorsAt(moved, documents, tokenizer, target.path).map((f) => f.code);
      tally('moved', codes);
      if (showMissed && codes.length === 0)
        console.log(`missed moved (to section ${s}, source ${section.sourceId}): ${fact.text}`);
    }
  });
}

console.log('mutation       detected/total   rate   codes');
let detected = 0;
let total = 0;
for (const [kind, row] of table) {
  detected += row.detected;
  total += row.total;
  const codes = [...row.codes].map(([code, n]) => `${code}:${n}`).join(' ');
  const rate = ((100 * row.detected) / row.total).toFixed(1);
  console.log(
    `${kind.padEnd(14)} ${`${row.detected}/${row.total}`.padStart(14)} ${rate.padStart(6)}%  ${codes}`,
  );
}
console.log(
  `${'all'.padEnd(14)} ${`${detected}/${total}`.padStart(14)} ${((100 * detected) / total).toFixed(1).padStart(6)}%`,
);
console.log(`false alarms on faithful units: ${alarms.length}/${faithful}`);
for (const alarm of alarms) console.log(`  ${alarm}`);
