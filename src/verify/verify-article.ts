import type { Article, Conflict, Fact, VoiceLine } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import { type Finding, pathFinding } from '../domain/report.ts';
import { charBigrams, normalizeForMatch, similarity } from '../text/normalize.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { detectStance } from '../text/stance.ts';
import type { Token, Tokenizer } from '../text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../understand/understand-document.ts';
import { checkClaim } from './check-claim.ts';
import { extractRoles, findConflicts } from './find-conflicts.ts';
import { type RightsLimits, rightsReport } from './rights-report.ts';
import { type Report, verdictOf } from './verify-report.ts';

export { extractRoles } from './find-conflicts.ts';

/** Options of verifyArticle: the rights report's limits (defaults: DEFAULT_RIGHTS_LIMITS). */
export interface VerifyOptions {
  rights?: Partial<RightsLimits>;
}

/**
 * Checks every factual unit of an Article against its sources, Japanese-aware: numbers, dates,
 * names, negation, modality, attribution, content-word coverage, quotes, section–source binding,
 * roles, voice lines that smuggle facts, conflicts between sources the article must report, and
 * the rights report (quotation marking, share, source, headlines, images). Never throws on a
 * valid Article.
 */
export function verifyArticle(
  article: Article,
  documents: readonly Document[],
  tokenizer: Tokenizer,
  options: VerifyOptions = {},
): Report {
  const context = createContext(documents, tokenizer);
  const findings: Finding[] = [];
  const all = documents.map((document) => document.id);
  const units: Unit[] = [
    { path: 'title', fact: article.title, scope: all },
    ...article.leadPoints.map((fact, i) => ({ path: `leadPoints[${i}]`, fact, scope: all })),
  ];
  article.sections.forEach((section, s) => {
    const own = [section.sourceId];
    const at = `sections[${s}]`;
    units.push(
      { path: `${at}.heading`, fact: section.heading, scope: own, section: section.sourceId },
      { path: `${at}.hook.question`, fact: section.hook.question, scope: own, section: section.sourceId },
      { path: `${at}.hook.answer`, fact: section.hook.answer, scope: own, section: section.sourceId },
      ...section.card.summary.map((fact, i) => ({
        path: `${at}.card.summary[${i}]`,
        fact,
        scope: own,
        section: section.sourceId,
      })),
      ...section.body.flatMap((paragraph, p) =>
        paragraph.sentences.map((fact, k) => ({
          path: `${at}.body[${p}].sentences[${k}]`,
          fact,
          scope: own,
          section: section.sourceId,
        })),
      ),
    );
    const voices: [string, VoiceLine][] = [
      [`${at}.comment`, section.comment],
      ...section.dialogue.map((line, i): [string, VoiceLine] => [`${at}.dialogue[${i}]`, line]),
    ];
    for (const [path, line] of voices) findings.push(...checkVoice(context, path, line, section.sourceId));
  });
  units.push(
    { path: 'closing.sentence', fact: article.closing.sentence, scope: all },
    ...article.closing.points.map((fact, i) => ({ path: `closing.points[${i}]`, fact, scope: all })),
  );
  for (const unit of units) findings.push(...checkUnit(context, unit));
  const reported = article.conflicts ?? [];
  findings.push(...checkRoles(context, units, reportedRoleNames(reported)));
  findings.push(...checkConflicts(context, article, units));
  findings.push(...rightsReport(article, documents, options.rights).findings);
  // Parts an engine could not write faithfully and filled from the sources' own words: a note for
  // the reviewer, not a defect (the replacement is checked like every other unit).
  for (const fallback of article.engine.fallbacks ?? []) {
    findings.push(
      pathFinding(
        'engine.fallback',
        'info',
        fallback.path,
        `The engine replaced or dropped this part: ${fallback.reason}`,
      ),
    );
  }
  return { verdict: verdictOf(findings), findings };
}

/** People whose differing roles the article reports as a conflict between its sources. */
function reportedRoleNames(conflicts: readonly Conflict[]): string[] {
  return conflicts.filter((conflict) => conflict.kind === 'role').flatMap(claimedPeople);
}

/** The people a role conflict is about: those its evidence gives the claimed role. */
function claimedPeople(conflict: Conflict): string[] {
  return conflict.claims.flatMap((claim) =>
    extractRoles(claim.evidence.text)
      .filter(([, role]) => role === claim.value)
      .map(([name]) => name),
  );
}

/** A conflict value as compared: NFKC, no thousands separators, no 約. */
function conflictValue(value: string): string {
  return normalizeForMatch(value)
    .replace(/^約/u, '')
    .replace(/(\d),(?=\d{3})/gu, '$1');
}

/** True when the unit's text states the value (a figure not glued to other digits, or a role). */
function statesValue(text: string, kind: Conflict['kind'], value: string, names: readonly string[]): boolean {
  if (kind === 'role')
    return extractRoles(text).some(
      ([name, role]) =>
        role === value && names.some((other) => other.startsWith(name) || name.startsWith(other)),
    );
  return hasFigure(figuresIn(text), value);
}

/**
 * Conflicts between the sources (numbers, dates, roles): when the article states a value the
 * sources disagree on, it must report the conflict in `conflicts` (conflict.unreported, error),
 * so the reader learns that the sources differ instead of getting one value silently. Reported
 * conflicts are noted (conflict.reported, info) and their evidence checked like any evidence.
 */
function checkConflicts(context: Context, article: Article, units: readonly Unit[]): Finding[] {
  const out: Finding[] = [];
  const reported = article.conflicts ?? [];
  const byId = new Map(context.documents.map((document) => [document.id, document]));
  reported.forEach((conflict, c) => {
    conflict.claims.forEach((claim, k) => {
      const document = byId.get(claim.evidence.sourceId);
      const { start, end, text } = claim.evidence;
      if (document === undefined || document.text.slice(start, end) !== text)
        out.push(
          pathFinding(
            'conflict.evidence',
            'error',
            `conflicts[${c}].claims[${k}].evidence`,
            `The evidence of 「${claim.value}」 is not the text of source ${claim.evidence.sourceId} at ${start}–${end}.`,
            text,
          ),
        );
    });
    const values = conflict.claims.map((claim) => `${claim.sourceId}: ${claim.value}`).join(', ');
    out.push(
      pathFinding(
        'conflict.reported',
        'info',
        `conflicts[${c}]`,
        `The article reports that its sources differ on ${conflict.subject} (${values}).`,
      ),
    );
  });
  for (const conflict of findConflicts(context.documents, context.tokenizer)) {
    const values = [...new Set(conflict.claims.map((claim) => conflictValue(claim.value)))];
    const names = claimedPeople(conflict);
    const stating = units.find((unit) =>
      values.some((value) => statesValue(unit.fact.text, conflict.kind, value, names)),
    );
    if (stating === undefined) continue;
    // Reported when an entry of the same kind gives at least two of the disagreeing values.
    const isReported = reported.some((entry) => {
      if (entry.kind !== conflict.kind) return false;
      const given = new Set(entry.claims.map((claim) => conflictValue(claim.value)));
      return values.filter((value) => given.has(value)).length >= 2;
    });
    if (isReported) continue;
    const claims = conflict.claims.map((claim) => `${claim.sourceId} 「${claim.value}」`).join(', ');
    out.push(
      pathFinding(
        'conflict.unreported',
        'error',
        stating.path,
        `The sources disagree on ${conflict.subject} (${claims}); the article states one without saying so.`,
        stating.fact.text,
      ),
    );
  }
  return out;
}

/** What the verifier says about one sentence against the given sources (`matome verify-claim`). */
export interface ClaimVerdict {
  supported: boolean;
  /** Similarity (0–1) of the best supporting sentence. */
  score: number;
  evidence: Array<{ source: string; start: number; end: number; text: string }>;
  problems: Finding[];
}

/**
 * Checks one sentence against `documents` taken together (checkClaim: every element aligned to the
 * sources); supported when no check finds an error. Evidence: the source sentences it aligned to.
 * Pass an `understanding` to share the sources' reading between calls (a batch of claims).
 */
export function verifyClaim(
  text: string,
  documents: readonly Document[],
  tokenizer: Tokenizer,
  understanding: Understanding = createUnderstanding(tokenizer),
): ClaimVerdict {
  const scope = documents.map((document) => understanding.of(document));
  const check = checkClaim(text, scope, understanding, { path: 'claim' });
  const urlOf = new Map(documents.map((document) => [document.id, document.url]));
  return {
    supported: !check.findings.some((problem) => problem.severity === 'error'),
    score: Math.round(check.score * 1000) / 1000,
    evidence: check.evidence.map((sentence) => ({
      source: urlOf.get(sentence.sourceId) ?? sentence.sourceId,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
    })),
    problems: check.findings,
  };
}

/** Coverage below this is an error (the unit says things its support does not). */
export const COVERAGE_ERROR = 0.5;
/** A sentence given without evidence spans (a claim, a line of article text) as a Fact, with the stance it reads with. */
export function claimFact(text: string): Fact {
  const stance = detectStance(text);
  return {
    kind: 'fact',
    text,
    evidence: [],
    modality: stance.modality,
    ...(stance.speaker === undefined ? {} : { speaker: stance.speaker }),
    verbatim: false,
  };
}

/** Coverage below this (and not below COVERAGE_ERROR) is a warning. */
export const COVERAGE_WARNING = 0.8;

export interface Unit {
  path: string;
  fact: Fact;
  /** Source ids the unit may rest on. */
  scope: string[];
  /** The section's source id, for units inside a section. */
  section?: string;
}

export interface Sentence {
  sourceId: string;
  text: string;
  norm: string;
  /** [start, end) in the source's stored text. */
  start: number;
  end: number;
}

export interface Context {
  tokenizer: Tokenizer;
  documents: readonly Document[];
  sentences: Sentence[];
  /** Normalised full text per source id. */
  norm: Map<string, string>;
}

export function createContext(documents: readonly Document[], tokenizer: Tokenizer): Context {
  const sentences: Sentence[] = [];
  const norm = new Map<string, string>();
  for (const document of documents) {
    norm.set(document.id, normalizeForMatch(document.text));
    // The splitter breaks at every line break, so sentences never cross a paragraph.
    for (const span of splitSentences(document.text)) {
      sentences.push({
        sourceId: document.id,
        text: span.text,
        norm: normalizeForMatch(span.text),
        start: span.start,
        end: span.end,
      });
    }
  }
  return { tokenizer, documents, sentences, norm };
}

// Phrases the composer adds around source words; they are scaffolding, not claims.
const TEMPLATE =
  /【まとめ】|今回の記事では、?|について解説しました|具体的な中身は|数字で見ると|記事のポイントは|何が起きた|今後どうなる|この先の見通しは|は何と述べた|それでは、?詳しく見ていきましょう/gu;
const SENTENCE_END = /[。．！!」』]$/u;
const QUESTION = /[?？]$|か[。]?$/u;

/** The best supporting text of a unit inside `scope`: top sentences for sentences, whole text for fragments. */
function findSupport(
  context: Context,
  text: string,
  scope: readonly string[],
): { text: string; score: number } {
  const candidates = context.sentences
    .filter((sentence) => scope.includes(sentence.sourceId))
    .map((sentence) => ({ sentence, score: similarity(text, sentence.text) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best === undefined) return { text: '', score: 0 };
  const isSentence = SENTENCE_END.test(text) && !QUESTION.test(text);
  if (!isSentence)
    return { text: scope.map((id) => context.norm.get(id) ?? '').join('\n'), score: best.score };
  // A close match stands alone; otherwise two sentences, so a summary that joins neighbouring
  // sentences still finds all its parts.
  return {
    text: candidates
      .slice(0, best.score >= 0.6 ? 1 : 2)
      .filter((candidate) => candidate.score > 0)
      .map((candidate) => candidate.sentence.norm)
      .join('\n'),
    score: best.score,
  };
}

/** Share (0–1) of the unit's character bigrams found in the support: high when the unit is a part of it. */
function containment(unit: string, support: string): number {
  const left = charBigrams(normalizeForMatch(unit));
  const right = charBigrams(support);
  let total = 0;
  let shared = 0;
  for (const [bigram, n] of left) {
    total += n;
    shared += Math.min(n, right.get(bigram) ?? 0);
  }
  return total === 0 ? 0 : shared / total;
}

const DATE = /(?<!\d)\d{1,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|(?<!\d)\d{1,2}月(?:\d{1,2}日)?|(?<!\d)\d{1,2}日/gu;
const NUMBER =
  /(?<![\d.])\d+(?:[.,]\d+)*(?:[万億兆]\d*(?:[.,]\d+)*)*(?:トン|ドル|キロ|ヘクタール|メートル|時間|[人円台%倍割件社基歳])?/gu;

/** Dates and numbers (with their unit) of a text, normalised (NFKC, no thousands separators). */
export function extractFigures(text: string): { dates: string[]; numbers: string[] } {
  const norm = normalizeForMatch(text).replace(/(\d),(?=\d{3})/gu, '$1');
  const dates = [...norm.matchAll(DATE)].map((match) => match[0]);
  const rest = norm.replace(DATE, ' ');
  const numbers = [...rest.matchAll(NUMBER)].map((match) => match[0]);
  return { dates, numbers };
}

function figuresIn(support: string): string {
  return normalizeForMatch(support).replace(/(\d),(?=\d{3})/gu, '$1');
}

/** True when `figure` occurs in `haystack` not glued to other digits (1200人 is not inside 11200人). */
function hasFigure(haystack: string, figure: string): boolean {
  let from = haystack.indexOf(figure);
  while (from >= 0) {
    const before = haystack[from - 1] ?? '';
    const after = haystack[from + figure.length] ?? '';
    const digitAfter = /\d/u.test(figure.at(-1) ?? '') && /[\d.]/u.test(after);
    if (!/[\d.]/u.test(before) && !digitAfter) return true;
    from = haystack.indexOf(figure, from + 1);
  }
  return false;
}

const KATAKANA = /[\p{Script=Katakana}ー・]{2,}/gu;
const LATIN_NAME = /\b[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)*/gu;

/** Names in a text: katakana runs, kuromoji proper nouns and capitalised Latin words. */
export function extractNames(
  text: string,
  tokenizer: Tokenizer,
  options: { katakana?: boolean } = {},
): string[] {
  const clean = text.replace(TEMPLATE, ' ');
  const names = new Set<string>();
  // Katakana runs catch unknown names (カナメ) but also loanwords (ニュース); only fact units, whose
  // support is the source's own wording, can afford that.
  const katakana = options.katakana === false ? [] : clean.normalize('NFKC').matchAll(KATAKANA);
  for (const match of katakana) {
    const name = match[0].replace(/^[ー・]+|[ー・]+$/gu, '');
    if ([...name].length >= 2) names.add(name);
  }
  for (const match of clean.normalize('NFKC').matchAll(LATIN_NAME)) names.add(match[0]);
  for (const token of tokenizer.tokenize(clean)) {
    if (token.pos === '名詞' && token.posDetail === '固有名詞') names.add(token.surface.normalize('NFKC'));
  }
  return [...names];
}

const NEGATION = /ない|なかった|ず[、。にとも]|ません|ぬ[。、]|\bnot\b|\bno\b|\bnever\b|n't/giu;
const STRONG = /確実|決定した|決まった|間違いなく|必ず|断定/u;
const REPORT_MARKER =
  /と(?:述べ|語|話|強調|主張|指摘|説明|訴え|明らか|発表|表明|示|批判|反論|否定|認め|求め|コメント|答え|明か)|によると|によれば|という|としている|とした|とのこと/u;

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

/** Content words (dictionary forms) of a text: nouns, verbs, adjectives, minus scaffolding. */
function contentWords(text: string, tokenizer: Tokenizer): Token[] {
  return tokenizer.tokenize(text.replace(TEMPLATE, ' ')).filter((token) => {
    if (token.pos === '名詞') return !['数', '非自立', '代名詞', '接尾'].includes(token.posDetail);
    if (token.pos === '動詞') return token.posDetail !== '非自立' && token.posDetail !== '接尾';
    return token.pos === '形容詞' && token.posDetail !== '非自立';
  });
}

/** Share (0–1) of the unit's content words found in the support (surface or dictionary form). */
function coverage(words: readonly Token[], support: string): number {
  if (words.length === 0) return 1;
  let found = 0;
  for (const word of words) {
    const surface = normalizeForMatch(word.surface);
    const base = normalizeForMatch(word.baseForm);
    // A verb's stem (述べ of 述べる) stands for its inflected forms.
    const stem = word.pos === '名詞' ? base : base.slice(0, Math.max(1, base.length - 1));
    if (support.includes(surface) || support.includes(base) || support.includes(stem)) found++;
  }
  return found / words.length;
}

export function checkUnit(context: Context, unit: Unit): Finding[] {
  const out: Finding[] = [];
  const { fact, path } = unit;
  const text = fact.text;
  const support = findSupport(context, text, unit.scope);
  const supportFigures = figuresIn(support.text);
  const figures = extractFigures(text);
  for (const date of figures.dates) {
    if (!hasFigure(supportFigures, date))
      out.push(
        pathFinding(
          'support.date',
          'error',
          path,
          `The date 「${date}」 is not in the supporting source text.`,
          date,
        ),
      );
  }
  for (const number of figures.numbers) {
    if (!hasFigure(supportFigures, number))
      out.push(
        pathFinding(
          'support.number',
          'error',
          path,
          `The number 「${number}」 is not in the supporting source text.`,
          number,
        ),
      );
  }
  const supportNames = normalizeForMatch(support.text);
  for (const name of extractNames(text, context.tokenizer)) {
    if (!supportNames.includes(normalizeForMatch(name)))
      out.push(
        pathFinding(
          'support.name',
          'error',
          path,
          `The name 「${name}」 is not in the supporting source text.`,
          name,
        ),
      );
  }
  for (const quote of text.matchAll(/「([^「」]+)」/gu)) {
    const inner = normalizeForMatch(quote[1] as string);
    const anywhere = unit.scope.some((id) => (context.norm.get(id) ?? '').includes(inner));
    if (!anywhere)
      out.push(
        pathFinding(
          'quote.altered',
          'error',
          path,
          `The quotation 「${quote[1]}」 is not the source's exact words.`,
          quote[0],
        ),
      );
  }
  const isSentence = SENTENCE_END.test(text) && !QUESTION.test(text);
  const supportText = support.text.split('\n')[0] ?? '';
  // The unit is (a part of) its support sentence: only then are their stances comparable.
  const close = isSentence && containment(text, supportText) >= 0.6;
  if (close) {
    const unitNegations = count(normalizeForMatch(text), NEGATION);
    const supportNegations = count(supportText, NEGATION);
    if (unitNegations !== supportNegations)
      out.push(
        pathFinding(
          'support.negation',
          'error',
          path,
          `The unit ${unitNegations > supportNegations ? 'adds' : 'drops'} a negation compared with its source sentence 「${supportText}」.`,
          text,
        ),
      );
    const sourceStance = detectStance(supportText);
    const unitStance = detectStance(text);
    const strengthened = STRONG.test(text) && !STRONG.test(supportText);
    if (strengthened || (sourceStance.modality === 'hedged' && unitStance.modality === 'asserted'))
      out.push(
        pathFinding(
          'support.modality',
          'error',
          path,
          `The unit states flatly what the source only expects: 「${supportText}」.`,
          text,
        ),
      );
    if (
      sourceStance.modality === 'reported' &&
      unitStance.modality !== 'reported' &&
      // A speaker the reader never sees does not count: the text itself must say who said it.
      (fact.speaker === undefined || !text.includes(fact.speaker)) &&
      !REPORT_MARKER.test(text)
    )
      out.push(
        pathFinding(
          'support.attribution',
          'error',
          path,
          `The source attributes this claim to someone; the unit drops who said it: 「${supportText}」.`,
          text,
        ),
      );
  }
  if (!QUESTION.test(text)) out.push(...checkCoverage(context, unit, support.text));
  return out;
}

function checkCoverage(context: Context, unit: Unit, support: string): Finding[] {
  const words = contentWords(unit.fact.text, context.tokenizer);
  const share = coverage(words, support);
  if (share >= COVERAGE_WARNING) return [];
  if (unit.section !== undefined) {
    // A unit that another source supports well, but its own does not, is in the wrong section.
    for (const document of context.documents) {
      if (document.id === unit.section) continue;
      const other = coverage(words, findSupport(context, unit.fact.text, [document.id]).text);
      // Clearly better supported elsewhere: the own source's weak match is incidental wording.
      if (other >= COVERAGE_WARNING && (share < COVERAGE_ERROR || other - share >= 0.25))
        return [
          pathFinding(
            'binding.other-source',
            'error',
            unit.path,
            `Supported only by source ${document.id}, not by this section's source ${unit.section}.`,
            unit.fact.text,
          ),
        ];
    }
  }
  const percent = Math.round(share * 100);
  if (share < COVERAGE_ERROR)
    return [
      pathFinding(
        'support.coverage',
        'error',
        unit.path,
        `Only ${percent}% of the unit's content words are in its source.`,
        unit.fact.text,
      ),
    ];
  return [
    pathFinding(
      'support.coverage',
      'warning',
      unit.path,
      `${percent}% of the unit's content words are in its source.`,
      unit.fact.text,
    ),
  ];
}

export function checkVoice(context: Context, path: string, line: VoiceLine, sourceId: string): Finding[] {
  const source = figuresIn(context.norm.get(sourceId) ?? '');
  const out: Finding[] = [];
  const figures = extractFigures(line.text);
  for (const figure of [...figures.dates, ...figures.numbers]) {
    if (!hasFigure(source, figure))
      out.push(
        pathFinding(
          'voice.fact',
          'error',
          path,
          `The voice line states 「${figure}」, which its source does not.`,
          figure,
        ),
      );
  }
  for (const name of extractNames(line.text, context.tokenizer, { katakana: false })) {
    if (!source.includes(normalizeForMatch(name)))
      out.push(
        pathFinding(
          'voice.fact',
          'error',
          path,
          `The voice line names 「${name}」, which its source does not.`,
          name,
        ),
      );
  }
  // Any figure in a voice line adds a fact, even one the source has; a person should look.
  if (out.length === 0 && figures.numbers.length + figures.dates.length > 0)
    out.push(
      pathFinding(
        'voice.fact',
        'warning',
        path,
        'The voice line repeats a figure; voice lines should only react.',
        line.text,
      ),
    );
  return out;
}

export function checkRoles(
  context: Context,
  units: readonly Unit[],
  explained: readonly string[],
): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, { role: string; path: string }>();
  const sourceRoles = new Map<string, [string, string][]>();
  for (const document of context.documents) sourceRoles.set(document.id, extractRoles(document.text));
  for (const unit of units) {
    for (const [name, role] of extractRoles(unit.fact.text)) {
      const first = seen.get(name);
      if (first === undefined) seen.set(name, { role, path: unit.path });
      else if (first.role !== role) {
        // When the article reports that its sources give this person different roles, the reader
        // is told why the roles differ: still worth a look, no longer a silent contradiction.
        const isExplained = explained.some((other) => other.startsWith(name) || name.startsWith(other));
        out.push(
          pathFinding(
            'role.contradiction',
            isExplained ? 'warning' : 'error',
            unit.path,
            `${name} is called ${role} here but ${first.role} at ${first.path}${isExplained ? ' (the article reports that its sources differ)' : ''}.`,
            `${name}${role}`,
          ),
        );
      }
      // The same person in the unit's own sources, by full name or surname (高木 of 高木美紀).
      const known = new Set(
        unit.scope
          .flatMap((id) => sourceRoles.get(id) ?? [])
          .filter(([other]) => other === name || other.startsWith(name) || name.startsWith(other))
          .map(([, other]) => other),
      );
      if (known.size > 0 && !known.has(role))
        out.push(
          pathFinding(
            'role.mismatch',
            'error',
            unit.path,
            `The sources call ${name} ${[...known].join('/')}, not ${role}.`,
            `${name}${role}`,
          ),
        );
    }
  }
  return out;
}
