import {
  type Article,
  type Conflict,
  explainerEntries,
  type Fact,
  type JudgeRecord,
  type VoiceLine,
} from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import { describeJudge, describeModelTextPart, summarizeModelText } from '../domain/model-text.ts';
import { type Finding, pathFinding } from '../domain/report.ts';
import { normalizeForMatch } from '../text/normalize.ts';
import { detectStance } from '../text/stance.ts';
import type { Token, Tokenizer } from '../text/tokenizer.ts';
import { keyOf } from '../understand/read-sentence.ts';
import {
  createUnderstanding,
  declareFixedTexts,
  isFixedText,
  sharedTokenizer,
  tokensOf,
  type Understanding,
} from '../understand/understand-document.ts';
import { checkClaim, sourceSentenceNorm } from './check-claim.ts';
import { extractRoles, findConflicts } from './find-conflicts.ts';
import { checkQuotedPart } from './quoted-part.ts';
import { type RightsLimits, rightsReport } from './rights-report.ts';
import { type Report, verdictOf } from './verify-report.ts';

export { extractRoles } from './find-conflicts.ts';

/** Options of verifyArticle: the rights report's limits (defaults: DEFAULT_RIGHTS_LIMITS). */
export interface VerifyOptions {
  rights?: Partial<RightsLimits>;
  /** The sources' reading to share (a build's); one is made for this call otherwise. */
  understanding?: Understanding;
  /** Where the sources disagree, when the caller has found it already (a build finds it once). */
  conflicts?: readonly Conflict[];
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
  if (options.understanding === undefined) return verifyOnce(article, documents, tokenizer, options);
  // A build verifies its article in the engine's last round and again for its report (the same
  // article, parsed): against the same sources, conflicts and limits the report is the same, so
  // within one build (one understanding) it is worked out once. Each caller gets its own findings array.
  const subject = [article, options.rights ?? null];
  const known = lastReport.get(options.understanding);
  if (
    known !== undefined &&
    known.conflicts === options.conflicts &&
    known.documents.length === documents.length &&
    known.documents.every((document, i) => document === documents[i]) &&
    sameJson(subject, known.subject)
  )
    return { ...known.report, findings: [...known.report.findings] };
  const report = verifyOnce(article, documents, tokenizer, options);
  // One article kept per build: the last one verified (an engine's rounds each verify a new draft),
  // as its JSON read back, a copy the caller cannot change.
  lastReport.set(options.understanding, {
    subject: JSON.parse(JSON.stringify(subject)),
    documents: [...documents],
    conflicts: options.conflicts,
    report: { ...report, findings: [...report.findings] },
  });
  return report;
}

/**
 * Whether `value` is the data `json` (a JSON text read back) holds, whatever the order of its keys
 * (ArticleSchema puts the parsed article's keys in the schema's order): a property left undefined
 * counts as absent, as JSON leaves it out. Anything JSON writes differently (a Date, a function)
 * compares unequal, so the report is worked out again.
 */
function sameJson(value: unknown, json: unknown): boolean {
  if (value === json) return true;
  if (typeof value !== 'object' || typeof json !== 'object' || value === null || json === null) return false;
  if (Array.isArray(value) || Array.isArray(json)) {
    if (!Array.isArray(value) || !Array.isArray(json) || value.length !== json.length) return false;
    return value.every((item, i) => sameJson(item, json[i]));
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  const fields = json as Record<string, unknown>;
  let count = 0;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    count += 1;
    if (!Object.hasOwn(fields, key) || !sameJson(item, fields[key])) return false;
  }
  return count === Object.keys(fields).length;
}

const lastReport = new WeakMap<
  Understanding,
  {
    /** The article and rights limits verified, as their JSON read back. */
    subject: unknown;
    documents: readonly Document[];
    conflicts: readonly Conflict[] | undefined;
    report: Report;
  }
>();

function verifyOnce(
  article: Article,
  documents: readonly Document[],
  tokenizer: Tokenizer,
  options: VerifyOptions,
): Report {
  const context = createContext(documents, tokenizer, options.understanding);
  const findings: Finding[] = [];
  article.sections.forEach((section, s) => {
    const at = `sections[${s}]`;
    const voices: [string, VoiceLine][] = [
      [`${at}.comment`, section.comment],
      ...section.dialogue.map((line, i): [string, VoiceLine] => [`${at}.dialogue[${i}]`, line]),
    ];
    for (const [path, line] of voices) findings.push(...checkVoice(context, path, line, section.sourceId));
  });
  const units = factualUnits(article, documents);
  for (const unit of units) findings.push(...checkUnit(context, unit));
  const reported = article.conflicts ?? [];
  findings.push(...checkRoles(context, units, reportedRoleNames(reported)));
  findings.push(
    ...checkConflicts(
      context,
      article,
      units,
      options.conflicts ?? findConflicts(context.documents, context.understanding),
    ),
  );
  findings.push(...rightsReport(article, documents, options.rights).findings);
  if (article.judge) findings.push(...judgeFindings(article.judge, units));
  // Parts an engine could not write faithfully and filled from the sources' own words: a note for
  // the reviewer, not a defect (the replacement is checked like every other unit).
  for (const fallback of article.engine.fallbacks ?? []) {
    findings.push(
      pathFinding(
        'engine.fallback',
        'info',
        fallback.path,
        `The engine replaced or dropped this part: ${fallback.reason}`,
        undefined,
        { reason: fallback.reason },
      ),
    );
  }
  // How much of each part the model wrote: a note for the reviewer, so an article that is mostly
  // the sources' own words (a model too weak for the task) is not mistaken for the model's prose.
  const modelText = article.engine.modelText;
  if (modelText) {
    findings.push(
      pathFinding(
        'engine.model-text',
        'info',
        'engine',
        `The article is ${summarizeModelText(modelText)}`,
        undefined,
        {
          kind: 'article',
          percent: Math.round(modelText.share * 100),
          model: modelText.modelChars,
          total: modelText.modelChars + modelText.fallbackChars,
        },
      ),
    );
    for (const part of modelText.parts) {
      findings.push(
        pathFinding(
          'engine.model-text',
          'info',
          part.part === 'frame' ? 'title' : part.part,
          `Model text: ${describeModelTextPart(part)}`,
          undefined,
          {
            kind: 'part',
            part: part.part,
            model: part.modelChars,
            total: part.modelChars + part.fallbackChars,
            fallbackUnits: part.fallbackUnits,
            units: part.units,
          },
        ),
      );
    }
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
function checkConflicts(
  context: Context,
  article: Article,
  units: readonly Unit[],
  found: readonly Conflict[],
): Finding[] {
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
            { text: claim.value, source: claim.evidence.sourceId, start, end },
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
        undefined,
        {
          subject: conflict.subject,
          values: conflict.claims.map((claim) => `${claim.sourceId}「${claim.value}」`).join('、'),
        },
      ),
    );
  });
  for (const conflict of found) {
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
        {
          subject: conflict.subject,
          values: conflict.claims.map((claim) => `${claim.sourceId}「${claim.value}」`).join('、'),
        },
      ),
    );
  }
  return out;
}

/**
 * The factual units of an Article, each with the sources it may rest on: the title, the points and
 * the closing any source; a timeline entry its own source; a section's units its section's source.
 */
export function factualUnits(article: Article, documents: readonly Document[]): Unit[] {
  const all = documents.map((document) => document.id);
  const units: Unit[] = [
    { path: 'title', fact: article.title, scope: all },
    ...article.leadPoints.map((fact, i) => ({ path: `leadPoints[${i}]`, fact, scope: all })),
    // Timeline, key figures, who said what: each entry rests on its own source.
    ...explainerEntries(article.explainer).map(({ path, fact, sourceId }) => ({
      path,
      fact,
      scope: [sourceId],
    })),
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
  });
  units.push(
    { path: 'closing.sentence', fact: article.closing.sentence, scope: all },
    ...article.closing.points.map((fact, i) => ({ path: `closing.points[${i}]`, fact, scope: all })),
  );
  return units;
}

/**
 * The judge's record as findings: each doubt a `support.judge` warning on its unit while the unit
 * still reads as it did when judged, each failed call a `judge.error` note, and one summary note
 * with the counts and what the calls cost.
 */
export function judgeFindings(judge: JudgeRecord, units: readonly Unit[]): Finding[] {
  const findings: Finding[] = [];
  const textAt = new Map(units.map((unit) => [unit.path, unit.fact.text]));
  for (const doubt of judge.doubts) {
    if (textAt.get(doubt.path) !== doubt.text) continue;
    const what = doubt.verdict === 'contradicted' ? 'contradict' : 'do not state';
    const cited = doubt.cites.map((cite) => `「${cite.text}」`).join(' ');
    findings.push(
      pathFinding(
        'support.judge',
        'warning',
        doubt.path,
        `The language model (${judge.model}) judges that the sources ${what} this unit: ${doubt.reason}${cited ? ` (it points to ${cited})` : ''}`,
        doubt.text,
        { verdict: doubt.verdict, reason: doubt.reason, ...(cited ? { cites: cited } : {}) },
      ),
    );
  }
  for (const failure of judge.errors) {
    findings.push(
      pathFinding(
        'judge.error',
        'info',
        failure.path,
        `The language model could not judge this unit (${failure.code}): ${failure.message}`,
        undefined,
        { code: failure.code, message: failure.message },
      ),
    );
  }
  findings.push(
    pathFinding('judge.summary', 'info', 'title', `The ${describeJudge(judge)}`, undefined, {
      model: judge.model,
      judged: judge.judged,
      doubted: judge.doubted,
      failed: judge.failed,
      skipped: judge.skipped,
      budget: judge.budget,
      calls: judge.usage.calls,
      cachedCalls: judge.usage.cachedCalls,
      inputTokens: judge.usage.inputTokens,
      outputTokens: judge.usage.outputTokens,
    }),
  );
  return findings;
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
  /** What each source says, read once and shared with the claim checker. */
  understanding: Understanding;
}

/** The verifier's view of the sources: each read once (through `understanding` when one is shared). */
export function createContext(
  documents: readonly Document[],
  tokenizer: Tokenizer,
  understanding: Understanding = createUnderstanding(tokenizer),
): Context {
  const sentences: Sentence[] = [];
  const norm = new Map<string, string>();
  for (const document of documents) {
    const read = understanding.of(document);
    norm.set(document.id, read.norm);
    // The splitter breaks at every line break, so sentences never cross a paragraph.
    for (const sentence of read.sentences)
      sentences.push({
        sourceId: document.id,
        text: sentence.text,
        norm: sourceSentenceNorm(sentence),
        start: sentence.start,
        end: sentence.end,
      });
  }
  // Voice lines and units are tokenised once per build, whichever check asks (and in every round).
  return { tokenizer: sharedTokenizer(understanding), documents, sentences, norm, understanding };
}

// Phrases the composer adds around source words; they are scaffolding, not claims.
const TEMPLATE =
  /【まとめ】|今回の記事では、?|について解説しました|具体的な中身は|数字で見ると|記事のポイントは|何が起きた|今後どうなる|この先の見通しは|は何と述べた|それでは、?詳しく見ていきましょう/gu;
/** `text` with the composer's scaffolding blanked out: the words extractNames reads. */
const withoutScaffolding = (text: string) => text.replace(TEMPLATE, ' ');
const SENTENCE_END = /[。．！!」』]$/u;
const QUESTION = /[?？]$|か[。]?$/u;

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
  const clean = withoutScaffolding(text);
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

/**
 * Checks one factual unit against the sources in its scope by aligning each of its elements
 * (check-claim.ts). Scaffolding an engine writes around source words (【まとめ】, 今回の記事では…
 * について解説しました) is left out; a question or a headline-style fragment asserts no predicate of
 * its own, so only its names, numbers, dates, roles and quotes are checked. A section's unit that
 * its own source does not support but another one does is in the wrong section.
 */
export function checkUnit(context: Context, unit: Unit): Finding[] {
  return remembered(context, unit.path, ['unit', unit.fact.text, unit.scope, unit.section ?? null], () =>
    checkUnitOnce(context, unit),
  );
}

/**
 * What a unit's or voice line's check finds depends on its text, its scope and the sources (the
 * very same Documents, read by the same understanding), and on its path only as the place its
 * findings point at: an engine's repair rounds and the final verification ask it again for every
 * unit they did not change, and a round that drops or adds a unit moves the units after it to
 * another path (sections[0].body[2] becomes body[1]). Within one build (one understanding) it is
 * worked out once, and a unit at another path gets the same findings pointed at its own path. Each
 * caller gets its own array.
 */
const checksOf = new WeakMap<
  Understanding,
  Map<string, { documents: readonly Document[]; byPath: Map<string, Finding[]> }>
>();

function remembered(context: Context, path: string, key: unknown[], check: () => Finding[]): Finding[] {
  let checks = checksOf.get(context.understanding);
  if (checks === undefined) {
    checks = new Map();
    checksOf.set(context.understanding, checks);
  }
  const id = JSON.stringify(key);
  let known = checks.get(id);
  if (
    known === undefined ||
    known.documents.length !== context.documents.length ||
    !known.documents.every((document, i) => document === context.documents[i])
  ) {
    known = { documents: [...context.documents], byPath: new Map() };
    checks.set(id, known);
  }
  const atPath = known.byPath.get(path);
  if (atPath !== undefined) return [...atPath];
  const [other] = known.byPath;
  const findings = (other && relocated(other[1], other[0], path)) ?? check();
  known.byPath.set(path, [...findings]);
  return findings;
}

/**
 * Findings made for one path pointed at another: only where each of them names the first path as
 * its location and nowhere else (a message, evidence or value that spells the path out is made again).
 */
function relocated(findings: readonly Finding[], from: string, to: string): Finding[] | undefined {
  const moved: Finding[] = [];
  for (const finding of findings) {
    if (!('path' in finding.location) || finding.location.path !== from) return undefined;
    const { location: _location, ...rest } = finding;
    if (JSON.stringify(rest).includes(JSON.stringify(from).slice(1, -1))) return undefined;
    moved.push({ ...finding, location: { ...finding.location, path: to } });
  }
  return moved;
}

function checkUnitOnce(context: Context, unit: Unit): Finding[] {
  // Fixed wording around source words (今回の記事では…について解説しました) leaves a list of topics:
  // a fragment, like a question or a headline.
  const isTemplated = unit.fact.text.replace(TEMPLATE, '') !== unit.fact.text;
  const text = isTemplated
    ? unit.fact.text.replace(TEMPLATE, '、').replace(/^[、。\s]+|[、。\s]+$/gu, '')
    : unit.fact.text.trim();
  if (text === '') return [];
  const isSentence = !isTemplated && SENTENCE_END.test(unit.fact.text) && !QUESTION.test(unit.fact.text);
  const scopeOf = (ids: readonly string[]) =>
    context.documents
      .filter((document) => ids.includes(document.id))
      .map((document) => context.understanding.of(document));
  const check = (ids: readonly string[]) =>
    checkClaim(text, scopeOf(ids), context.understanding, {
      path: unit.path,
      kind: isSentence ? 'claim' : QUESTION.test(unit.fact.text) ? 'question' : 'fragment',
    }).findings.filter((finding) => !ARTICLE_LEVEL.has(finding.code));
  // A quoted part's frame is checked against the sentence that has its words (quoted-part.ts).
  const own = [...check(unit.scope), ...checkQuotedPart(unit.fact, unit.path, scopeOf(unit.scope))];
  const unsupported = own.some((finding) => finding.severity === 'error' && UNSUPPORTED.has(finding.code));
  if (unit.section !== undefined && unsupported) {
    for (const document of context.documents) {
      if (document.id === unit.section) continue;
      const elsewhere = check([document.id]);
      if (elsewhere.some((finding) => finding.severity === 'error')) continue;
      return [
        pathFinding(
          'binding.other-source',
          'error',
          unit.path,
          `Supported only by source ${document.id}, not by this section's source ${unit.section}.`,
          unit.fact.text,
          { source: document.id, section: unit.section },
        ),
      ];
    }
  }
  if (unit.section !== undefined && !own.some((finding) => finding.severity === 'error')) {
    const moved = verbatimElsewhere(context, unit, text);
    if (moved !== undefined)
      return [
        pathFinding(
          'binding.other-source',
          'error',
          unit.path,
          `Supported only by source ${moved}, not by this section's source ${unit.section}.`,
          unit.fact.text,
          { source: moved, section: unit.section },
        ),
      ];
  }
  return own;
}

/** Characters a unit's words must run to before their being verbatim in one source alone says where they come from. */
const VERBATIM_MIN_CHARS = 12;

/**
 * The other source that has a unit's words verbatim when none of the unit's own scope does: words
 * copied from another source (a remark moved into the wrong section) whose content words happen to
 * be spread over the section's own source are still that other source's words.
 */
function verbatimElsewhere(context: Context, unit: Unit, text: string): string | undefined {
  const words = normalizeForMatch(text).replace(/[。．.]+$/u, '');
  if ([...words].length < VERBATIM_MIN_CHARS) return undefined;
  const has = (document: Document) => context.understanding.of(document).norm.includes(words);
  const inScope = context.documents.filter((document) => unit.scope.includes(document.id));
  if (inScope.some(has)) return undefined;
  return context.documents.find((document) => !unit.scope.includes(document.id) && has(document))?.id;
}

// The claim checker's findings that say the unit's words are not in its scope: where another
// source has them, the unit sits in the wrong section.
const UNSUPPORTED = new Set([
  'support.coverage',
  'support.addition',
  'support.name',
  'support.number',
  'support.date',
]);
// Conflicts between sources are judged for the whole article (checkConflicts): stating one value is
// fine when the article reports the disagreement in its notice.
const ARTICLE_LEVEL = new Set(['conflict.settled']);

// Lines that assert nothing: questions, invitations (見ていきましょう), and the speaker's own
// inference (変えてしまったようですね, でしょう), which a voice line may voice as such.
const VOICE_NOT_A_STATEMENT =
  /(?:[?？]|か|ましょう|ください|よう(?:だ|です)|でしょう|だろう|かもしれ(?:ない|ません)|みたい(?:だ|です)?)(?:ね|よ|な)?[。．!！]?\s*$/u;

// The claim checks that read a voice line's events: an event no source reports, a flipped
// polarity, a plan turned into a fact. Coverage is not asked of a voice line (it reacts).
const VOICE_EVENT_CODES = new Set(['support.predicate', 'support.negation', 'support.modality']);

/** True when a noun the source uses is the line's topic or subject (社長は, 工場が, 市も). */
function hasSourceSubject(tokens: readonly Token[], sourceKeys: ReadonlySet<string>): boolean {
  return tokens.some((token, i) => {
    const next = tokens[i + 1];
    return (
      token.pos === '名詞' &&
      next !== undefined &&
      next.pos === '助詞' &&
      ['は', 'が', 'も'].includes(next.surface) &&
      sourceKeys.has(keyOf(token))
    );
  });
}

export function checkVoice(context: Context, path: string, line: VoiceLine, sourceId: string): Finding[] {
  return remembered(context, path, ['voice', line.text, sourceId], () =>
    checkVoiceOnce(context, path, line, sourceId),
  );
}

function checkVoiceOnce(context: Context, path: string, line: VoiceLine, sourceId: string): Finding[] {
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
          { kind: 'figure', text: figure },
        ),
      );
  }
  // A program's own line (declareFixedTexts) without its scaffolding is as fixed as the line:
  // tokenised once per process, not in every build.
  if (isFixedText(line.text)) declareFixedTexts([withoutScaffolding(line.text)]);
  for (const name of extractNames(line.text, context.tokenizer, { katakana: false })) {
    if (!source.includes(normalizeForMatch(name)))
      out.push(
        pathFinding(
          'voice.fact',
          'error',
          path,
          `The voice line names 「${name}」, which its source does not.`,
          name,
          { kind: 'name', text: name },
        ),
      );
  }
  // A plain-word claim (社長は辞任しました) has no figure or name to catch: what a declarative voice
  // line says happened must be what its source says, with the same polarity and modality.
  // Only a statement about something of the source counts: a subject (X は/が/も) the source names;
  // questions, invitations, inferences and the reader's reactions (よく分かりました) say nothing.
  const document = context.documents.find((candidate) => candidate.id === sourceId);
  if (
    out.length === 0 &&
    document !== undefined &&
    !VOICE_NOT_A_STATEMENT.test(line.text) &&
    hasSourceSubject(tokensOf(context.understanding, line.text), context.understanding.of(document).keys)
  ) {
    const check = checkClaim(line.text, [context.understanding.of(document)], context.understanding, {
      path,
    });
    for (const finding of check.findings)
      if (finding.severity === 'error' && VOICE_EVENT_CODES.has(finding.code))
        out.push(
          pathFinding(
            'voice.fact',
            'error',
            path,
            `The voice line states something its source does not: ${finding.message}`,
            finding.evidence,
            { kind: 'claim', claimCode: finding.code, text: finding.evidence ?? line.text },
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
        { kind: 'repeat' },
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
            { name, role, other: first.role, otherPath: first.path, explained: isExplained ? 1 : 0 },
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
            { name, role, known: [...known].join('・') },
          ),
        );
    }
  }
  return out;
}
