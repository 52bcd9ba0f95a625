import type {
  Article,
  DialogueLine,
  Evidence,
  Explainer,
  Fact,
  Paragraph,
  Section,
} from '../../domain/article.ts';
import { articleFacts, isDisplayText } from '../../domain/article.ts';
import type { Document } from '../../domain/document.ts';
import { MatomeError } from '../../domain/errors.ts';
import { QUOTE_HEAVY_SHARE, quotedPartChars } from '../../domain/quotation-share.ts';
import { extractKeyphrases, type Keyphrase } from '../../text/keyphrases.ts';
import { normalizeForMatch, similarity } from '../../text/normalize.ts';
import { Postings, prefixLength } from '../../text/prefix-filter.ts';
import type { Token, Tokenizer } from '../../text/tokenizer.ts';
import {
  createUnderstanding,
  type DocumentUnderstanding,
  documentTokens,
  nounCompounds,
  tokensOf,
  type Understanding,
} from '../../understand/understand-document.ts';
import { outletOf, quotationShare, sourceCard, sourceRef, stancedFact } from '../article-parts.ts';
import type { Engine } from '../engine.ts';
import {
  actOf,
  composeFigures,
  composeQuotes,
  composeTimeline,
  dateKeysOf,
  figureValue,
} from './compose-explainer.ts';
import { spanOf, templatedFact, verbatimFact } from './facts.ts';
import { mainActOf } from './main-act.ts';
import { leadsWith, mainActorOf } from './main-actor.ts';
import { attributedQuote } from './quoted-part.ts';
import {
  byFacts,
  type Candidate,
  CandidateOrder,
  holdsWords,
  indexReports,
  isColour,
  isEditorialNote,
  isSameFact,
  isSimilar,
  ownOnCard,
  ownStatementsOnCard,
  readCandidatesAgainst,
  restatedFactOf,
  ShownLines,
  SimilarSet,
  selectKeyFacts,
  selectSummary,
  shorterQuoteOf,
} from './read-candidates.ts';
import { pickVoiceLine, type SectionTrait } from './voice-lines.ts';
import { DATELINE, writeEnglishSpeechFrame } from './write-english-fact.ts';
import {
  copiesRun,
  endsPoliteNegative,
  firstSentenceOfWords,
  headlineOf,
  introducesWords,
  isAnnouncement,
  isTimePoint,
  MAX_COPIED_RUN,
  pastInHeadlineStyle,
  plainTextOf,
  refersBack,
  standsAlone,
  TIME_UNITS,
  writeFigures,
  writeSpeechFrame,
} from './write-fact.ts';

export const OFFLINE_ENGINE_VERSION = '0.2.0';

/** Titles and headings: at most this many characters (a headline, not a sentence). */
export const MAX_TITLE_CHARS = 40;
/** The closing restates a step as one sentence, not as a title: it may run longer than a title. */
const MAX_CLOSING_CHARS = 60;
/** A title or heading this similar (character bigrams) to a source headline is a copy, not the article's own. */
const HEADLINE_COPY = 0.5;
/** Own sentences in a section's body. */
const BODY_SENTENCES = 4;
/** A quotation (who said what) is kept short, in any language: subordinate to the article's own text. */
const MAX_QUOTE_CHARS = 90;
/** Key figures (数字で見る) per section. */
const MAX_FIGURES = 3;
/** Share of the article's characters that may be quotation before who-said-what quotes give way. */
const MAX_ARTICLE_QUOTE_SHARE = 0.4;
/** Share of a section's characters that may be quotation before the optional quote is left out. */
const MAX_SECTION_QUOTE_SHARE = 0.4;
/** Own sentences a source must have left (after its ✅ lines) to lend one to the article's points. */
const SPARE_OWN = 4;

/**
 * A sentence a section's body may quote when the section has nothing of its own left to say: a
 * short Japanese one that reads on its own (standsAlone reads Japanese), or an English one up to
 * twice that length (read-candidates.ts).
 */
function bodyMayQuote(candidate: Candidate): boolean {
  return candidate.document.lang === 'ja'
    ? candidate.sentence.text.length <= MAX_QUOTE_CHARS && standsAlone(candidate.sentence.text)
    : candidate.sentence.text.length <= MAX_QUOTE_CHARS * 2;
}
/** How a draft is composed (underBar). */
interface DraftPlan {
  /** Sections (by index) whose card quotes no key fact while its source has facts the engine can write. */
  ownCards: ReadonlySet<number>;
  /**
   * A Japanese source with no own sentence free for its hook answers it with an own sentence that
   * retells a fact another outlet's line gave (this outlet's report of it, never a line shown word
   * for word), rather than quoting a sentence.
   */
  retellHooks: boolean;
}
const FIRST_DRAFT: DraftPlan = { ownCards: new Set(), retellHooks: false };
/** Rounds of repair: units the verifier rejects are replaced by the next candidate. */
const REPAIR_ROUNDS = 3;
/** Titles tried, most reported event first, for one that leaves no section headed by a keyword pair. */
const TITLE_TRIES = 3;
// Topic for a section whose source is not in Japanese: its own phrases would put English words in
// a Japanese line.
const FOREIGN_TOPIC = '海外メディアの報道';

export interface ComposeOptions {
  /** The sources' reading to share (the build's); one is made otherwise. */
  understanding?: Understanding;
  /** Source sentences (`sourceId:start`) not to use: the verifier rejected what was written from them. */
  banned?: ReadonlySet<string>;
}

/** A composed article and, for each unit path, the source sentence it was written from. */
interface Composed {
  article: Article;
  origins: Map<string, string>;
  /** True when the closing names the outlet that reports its next step. */
  outlet: boolean;
  /** Paths of the remarks framed after a body's own paragraphs, with their source sentence. */
  framed: Map<string, string>;
}

/** The offline engine: deterministic, no network, no model. */
export function createOfflineEngine(): Engine {
  return {
    name: 'offline',
    composeArticle: async (documents, context) => {
      const understanding = context.understanding ?? createUnderstanding(context.tokenizer);
      // The closing names its outlet where the verifier finds that name acceptable: it reads an
      // outlet's name like any other name, and a site name (Pacific Rim Wire) is rarely in the
      // sources' text. Without a verifier to ask, the closing names none.
      const outlet = context.verify !== undefined;
      // The sources are read once for every round: a round leaves out the candidates banned so far.
      const read = readSources(documents, understanding);
      // Composed, then written again where the verifier rejects a unit (repair rounds).
      const draft = (plan: DraftPlan) => {
        const banned = new Set<string>();
        // Remarks whose frame the verifier rejected: quoted whole again, not left out.
        const whole = new Set<string>();
        let named = outlet;
        // Remarks are framed after own paragraphs only where the verifier checks the frames.
        if (context.verify === undefined) return compose(documents, understanding, read, banned, named, plan);
        let composed = compose(documents, understanding, read, banned, named, plan, whole);
        // Own sentences are checked like any draft: a unit the verifier rejects is written again
        // from the next candidate sentence, so the article stays grounded sentence by sentence.
        for (let round = 0; round < REPAIR_ROUNDS; round++) {
          const report = context.verify(composed.article, documents);
          const paths = report.findings
            .filter((finding) => finding.severity !== 'info' && 'path' in finding.location)
            .map((finding) => (finding.location as { path: string }).path);
          // A closing rejected while it names its outlet is written again without the name first.
          const unnamed = named && composed.outlet && paths.includes('closing.sentence');
          if (unnamed) named = false;
          const framed = paths.flatMap((path) => {
            const origin = composed.framed.get(path);
            return origin === undefined || whole.has(origin) ? [] : [origin];
          });
          const rejected = paths
            .filter((path) => !(unnamed && path === 'closing.sentence') && !composed.framed.has(path))
            .map((path) => composed.origins.get(path))
            .filter((origin): origin is string => origin !== undefined && !banned.has(origin));
          if (rejected.length === 0 && framed.length === 0 && !unnamed) break;
          for (const origin of rejected) banned.add(origin);
          for (const origin of framed) whole.add(origin);
          composed = compose(documents, understanding, read, banned, named, plan, whole);
        }
        return composed;
      };
      const chosen = underBar(draft).article;
      // Still over the article's share once the draft is chosen: quoted lines say their attribution
      // in the article's words (attributeArticleQuotes). Done after underBar, so it cannot change
      // which draft is kept; a cut line the verifier rejects is quoted whole again.
      const { article, cut } = attributeArticleQuotes(chosen);
      if (cut.length === 0 || context.verify === undefined) return article;
      const rejected = new Set(
        context
          .verify(article, documents)
          .findings.flatMap((finding) =>
            finding.severity !== 'info' && 'path' in finding.location ? [finding.location.path] : [],
          ),
      );
      const back = cut.filter((path) => rejected.has(path));
      return back.length === 0 ? article : withFactsOf(article, chosen, back);
    },
  };
}

/** Composes an Article written from what the documents say, with evidence for every factual unit. */
export function composeOfflineArticle(
  documents: readonly Document[],
  tokenizer: Tokenizer,
  options: ComposeOptions = {},
): Article {
  const understanding = options.understanding ?? createUnderstanding(tokenizer);
  const read = readSources(documents, understanding);
  return attributeArticleQuotes(
    underBar((plan) => compose(documents, understanding, read, options.banned ?? new Set(), false, plan))
      .article,
  ).article;
}

/** The paths of an article's lines that attributeArticleQuotes may cut, with their facts. */
function quotedLinesOf(article: Article): Array<[string, Fact]> {
  return [
    ...article.leadPoints.map((point, i): [string, Fact] => [`leadPoints[${i}]`, point]),
    ...article.sections.flatMap(
      (section, s): Array<[string, Fact]> => [
        [`sections[${s}].hook.answer`, section.hook.answer],
        ...section.card.summary.map((line, i): [string, Fact] => [`sections[${s}].card.summary[${i}]`, line]),
      ],
    ),
    ...article.closing.points.map((point, i): [string, Fact] => [`closing.points[${i}]`, point]),
  ];
}

/** An article with the lines at `paths` replaced by `swap` of each (its quotation counted again). */
function withFacts(
  article: Article,
  paths: ReadonlySet<string>,
  swap: (path: string, fact: Fact) => Fact,
): Article {
  const at = (path: string, fact: Fact) => (paths.has(path) ? swap(path, fact) : fact);
  const three = (facts: readonly Fact[], path: (i: number) => string) =>
    facts.map((fact, i) => at(path(i), fact)) as [Fact, Fact, Fact];
  const parts = {
    leadPoints: three(article.leadPoints, (i) => `leadPoints[${i}]`),
    sections: article.sections.map((section, s) => ({
      ...section,
      hook: { ...section.hook, answer: at(`sections[${s}].hook.answer`, section.hook.answer) },
      card: {
        ...section.card,
        summary: three(section.card.summary, (i) => `sections[${s}].card.summary[${i}]`),
      },
    })),
    closing: { ...article.closing, points: three(article.closing.points, (i) => `closing.points[${i}]`) },
  };
  const next = { ...article, ...parts };
  return { ...next, quotation: quotationShare(next) };
}

/** An article with the lines at `paths` as `from` has them. */
function withFactsOf(article: Article, from: Article, paths: readonly string[]): Article {
  const facts = new Map(quotedLinesOf(from));
  return withFacts(article, new Set(paths), (path, fact) => facts.get(path) ?? fact);
}

/**
 * An article still over its quotation share (MAX_ARTICLE_QUOTE_SHARE) once its draft is chosen:
 * its longest quoted line — a lead or closing point, a hook answer or a ✅ line — whose attribution
 * is separable says it in the article's words around the quotation (attributedQuote), wherever the
 * article shows that line, until the article is under its share. The lines cut (their paths), for
 * a verifier's check. Then each section still over its share (MAX_SECTION_QUOTE_SHARE) cuts its
 * own hook answer and ✅ lines the same way. Both read every act of saying attributedQuote knows
 * (anyAct: 話していました, 陳謝した, 認めた, コメントを出した …), where the drafts' own cut reads the
 * core acts only. Run on the chosen draft (underBar), so it cannot change which one is kept; it
 * only lowers the article's and its sections' shares.
 */
export function attributeArticleQuotes(article: Article): { article: Article; cut: string[] } {
  let current = article;
  const cut: string[] = [];
  // The longest quoted line among `lines` (paths) whose attribution is separable, cut wherever
  // the article shows it; false when none is.
  const cutLongest = (lines: ReadonlyArray<[string, Fact]>) => {
    const longest = lines
      .flatMap(([, fact]) => {
        const written = attributedQuote(fact, true);
        return written === undefined ? [] : [{ fact, written }];
      })
      .sort((a, b) => b.fact.text.length - a.fact.text.length)[0];
    if (longest === undefined) return false;
    const paths = quotedLinesOf(current).flatMap(([path, fact]) => (fact === longest.fact ? [path] : []));
    current = withFacts(current, new Set(paths), () => longest.written);
    cut.push(...paths);
    return true;
  };
  for (let round = 0; round < 12 && current.quotation.quotedShare > MAX_ARTICLE_QUOTE_SHARE; round++)
    if (!cutLongest(quotedLinesOf(current))) break;
  // Then each section still over its own share, with its own lines (hook answer, ✅ lines): the
  // cut the drafts made with the acts of SAYING only, here with every act attributedQuote reads.
  current.sections.forEach((_, s) => {
    const inSection = (path: string) => path.startsWith(`sections[${s}].`);
    for (
      let round = 0;
      round < 4 && sectionQuoteShare(current.sections[s] as Section) > MAX_SECTION_QUOTE_SHARE;
      round++
    )
      if (!cutLongest(quotedLinesOf(current).filter(([path]) => inSection(path)))) break;
  });
  return { article: current, cut };
}

/**
 * An article kept under the quotation bar where a card's quotation is what puts it over. A card
 * keeps one quoted key fact where the engine cannot write it (selectSummary, maxQuotes 1); an
 * article (`draft`, with no card held to its own facts) over its share (MAX_ARTICLE_QUOTE_SHARE),
 * or with a section over its own (MAX_SECTION_QUOTE_SHARE), is drafted again with no quoted key
 * fact on the cards of the sections over the share (then on every card that quotes one): those
 * cards give the next facts the engine can write instead (a card still quotes where its source
 * has too few). The redraft is kept only where it brings the article or a section under a limit it
 * was over — the bar's share, or the share from which the article is quote-heavy (a card's key fact
 * is not given up for a few characters less) — and neither the article's share nor its most quoted
 * section's rises.
 */
export function underBar<T extends Pick<Composed, 'article'>>(draft: (plan: DraftPlan) => T): T {
  const first = draft(FIRST_DRAFT);
  const shares = ({ article }: T) => {
    const sections = article.sections.map(sectionQuoteShare);
    const share = article.quotation.quotedShare;
    const over = (value: number, bar: number) => Number(value > bar) + Number(value >= QUOTE_HEAVY_SHARE);
    return {
      article: share,
      most: Math.max(0, ...sections),
      // Limits passed: the article's and its most quoted section's at the bar, and each one's at
      // quote-heavy.
      over:
        over(share, MAX_ARTICLE_QUOTE_SHARE) +
        Number(Math.max(0, ...sections) > MAX_SECTION_QUOTE_SHARE) +
        sections.filter((value) => value >= QUOTE_HEAVY_SHARE).length,
    };
  };
  const sections = first.article.sections;
  const quotesOnCard = (index: number) => (sections[index]?.card.summary ?? []).some((line) => line.verbatim);
  const over = sections.flatMap((section, index) =>
    sectionQuoteShare(section) > MAX_SECTION_QUOTE_SHARE && quotesOnCard(index) ? [index] : [],
  );
  const quoting = sections.flatMap((_, index) => (quotesOnCard(index) ? [index] : []));
  const tries = [over, ...(shares(first).article > MAX_ARTICLE_QUOTE_SHARE ? [quoting] : [])].filter(
    (indices, i, all) =>
      indices.length > 0 && all.findIndex((other) => other.join() === indices.join()) === i,
  );
  let best = first;
  let bestShares = shares(first);
  let bestPlan = FIRST_DRAFT;
  const keeps = (plan: DraftPlan) => {
    const composed = draft(plan);
    const after = shares(composed);
    if (after.over >= bestShares.over || after.article > bestShares.article || after.most > bestShares.most)
      return;
    best = composed;
    bestShares = after;
    bestPlan = plan;
  };
  for (const indices of tries) keeps({ ownCards: new Set(indices), retellHooks: false });
  // Still over: hooks answered by own sentences that retell what another outlet's line gave.
  if (bestShares.over > 0) keeps({ ...bestPlan, retellHooks: true });
  return best;
}

interface Source {
  document: Document;
  candidates: Candidate[];
  topic: string;
  topicEvidence: Evidence;
  keyphrases: Keyphrase[];
}

/**
 * What a build reads of each source once, before the repair rounds: its candidates — every one;
 * a round leaves out those banned so far —, keyphrases and topic. Read against the other sources
 * through one report index for the cluster (read-candidates.ts indexReports).
 */
function readSources(documents: readonly Document[], understanding: Understanding): ReadSources {
  const reads = documents.map((document) => understanding.of(document));
  const reports = indexReports(reads);
  const sources = documents.map((document, i): Source => {
    const read = reads[i] as DocumentUnderstanding;
    const others = reads.filter((_, j) => documents[j] !== document);
    const candidates = readCandidatesAgainst(read, others, reports);
    // The words the understanding read already, not the text tokenised again.
    const keyphrases = extractKeyphrases(document.text, documentTokens(read), {
      limit: 8,
      boostSpans: [document.titleSpan],
    });
    const phrase = document.lang === 'ja' ? sourceTopic(keyphrases) : undefined;
    // A source not in Japanese is named by the name it is about (Misuzu Valley Railway), as written.
    const name = document.lang === 'ja' ? undefined : latinName(document);
    const at = name === undefined ? -1 : document.text.indexOf(name, document.titleSpan[1]);
    const [start, end] =
      phrase?.spans[0] ?? (name !== undefined && at >= 0 ? [at, at + name.length] : document.titleSpan);
    return {
      document,
      candidates,
      topic: phrase?.text ?? (name !== undefined && at >= 0 ? name : FOREIGN_TOPIC),
      topicEvidence: spanOf(document, start, end),
      keyphrases,
    };
  });
  return { sources, order: new CandidateOrder(sources.flatMap((source) => source.candidates)) };
}

interface ReadSources {
  sources: Source[];
  /** The candidates' filing order for each round's SimilarSet of what is taken. */
  order: CandidateOrder;
}

function compose(
  documents: readonly Document[],
  understanding: Understanding,
  read: ReadSources,
  banned: ReadonlySet<string>,
  outlet: boolean,
  plan: DraftPlan = FIRST_DRAFT,
  whole?: ReadonlySet<string>,
): Composed {
  const { ownCards, retellHooks } = plan;
  if (documents.length === 0) {
    throw new MatomeError('INVALID_ARGUMENT', 'Failed to compose article: no sources', {
      hint: 'Pass at least one source file, directory or URL.',
    });
  }
  const origins = new Map<string, string>();
  const framedPaths = new Map<string, string>();
  const keyOf = (candidate: Candidate) => `${candidate.document.id}:${candidate.sentence.start}`;
  const sources = read.sources.map((source): Source => {
    const candidates = source.candidates.filter((candidate) => !banned.has(keyOf(candidate)));
    if (candidates.length < 3) {
      throw new MatomeError(
        'SOURCE_TOO_SHORT',
        `Failed to compose section: ${source.document.url} (only ${candidates.length} usable sentences; 3 are needed)`,
        { hint: 'Use the full article page, or leave this source out.' },
      );
    }
    return { ...source, candidates };
  });
  const used: Candidate[] = [];
  // What has been taken, filed so that isFree compares a candidate only with the taken ones that
  // may be like it (the same answers as comparing it with every one).
  const taken = new SimilarSet(read.order);
  const isFree = (candidate: Candidate) => !taken.hasSimilar(candidate);
  const own = (candidate: Candidate) => candidate.written !== undefined;
  const take = (candidate: Candidate) => {
    used.push(candidate);
    taken.add(candidate);
    return candidate;
  };

  // ✅ lines first: each section's key facts, in the article's own words where they can be.
  // A fact an earlier section already gave is not given again: each source adds its own.
  const summaries = sources.map((source, index) =>
    summaryKeepingHookLine(source, isFree, ownCards.has(index) ? 0 : 1).map(take),
  );
  // A source not in Japanese keeps one of its own Japanese sentences for its hook before the
  // closing and the points take them: its hook is answered in Japanese, never by an English
  // sentence (English appears only as a marked quote in the body). A fact no other part gives
  // first; else what this outlet reports of a fact another source gave (in its own sentence, so
  // nothing is repeated word for word).
  const foreignHooks = new Map<Source, Candidate>();
  for (const source of sources) {
    if (source.document.lang === 'ja') continue;
    const owned = source.candidates
      .filter((candidate) => own(candidate) && !used.includes(candidate))
      .sort(byFacts);
    const answer = owned.find(isFree) ?? owned[0];
    if (answer !== undefined) foreignHooks.set(source, take(answer));
  }
  // A source has own sentences to spare for the article-level parts when SPARE_OWN are still free.
  const spare = (candidates: readonly Candidate[]) =>
    candidates.filter((candidate) => own(candidate) && isFree(candidate)).length >= SPARE_OWN;
  // The closing says what comes next: the next scheduled step the sources give (a plan or
  // forecast with its date, its modality kept), else an open question they name (a negated
  // forecast: 見通しは立っていない), in the article's own words. Chosen before the hooks and
  // points, which would otherwise take the few dated plans first.
  const upcoming = (candidate: Candidate) => candidate.outlook && isAfterPage(candidate);
  // A dated act still to come in the plain non-past (2028年度に着工する) is news style for a
  // scheduled step too: the next step when no source states one with its modality (予定, 見通し).
  const planned = sources.some(({ candidates }) =>
    candidates.some((candidate) => own(candidate) && upcoming(candidate)),
  );
  const next = (candidate: Candidate) =>
    upcoming(candidate) || (!planned && mainActOf(candidate.sentence) === 'coming' && isAfterPage(candidate));
  const open = (candidate: Candidate) => {
    const main = candidate.sentence.clauses.at(-1);
    return (
      main !== undefined &&
      candidate.outlook &&
      candidate.sentence.predicates.some(
        (predicate) => predicate.negated && predicate.start >= main.start && predicate.end <= main.end,
      )
    );
  };
  const scheduled = roundRobin(
    sources.map(({ candidates }) =>
      candidates.filter((candidate) => own(candidate) && next(candidate)).sort(bySoonest),
    ),
    1,
    isFree,
  )[0];
  if (scheduled !== undefined) take(scheduled);
  const openQuestion =
    scheduled === undefined
      ? roundRobin(
          sources.map(({ candidates }) =>
            candidates.filter((candidate) => own(candidate) && open(candidate)).sort(byFacts),
          ),
          1,
          isFree,
        )[0]
      : undefined;
  if (openQuestion !== undefined) take(openQuestion);
  // A line the article shows already, or all but word for word: no hook retells it so (retellHooks).
  const retold = (candidate: Candidate) =>
    used.some(
      (other) =>
        similarity(candidate.written?.text ?? '', other.written?.text ?? other.sentence.text) >= 0.8 ||
        similarity(candidate.written?.text ?? '', other.sentence.text) >= 0.8,
    );
  // Hooks next: a question each section's best remaining fact answers.
  const asked = new Set<string>();
  const voicesUsed = new Set<string>();
  const hooks = sources.map((source, index) => {
    const reserved = foreignHooks.get(source);
    if (reserved !== undefined)
      return { answer: reserved, question: fallbackQuestion(source, reserved, asked) };
    const hook =
      composeHook(source, isFree, asked) ??
      (retellHooks && source.document.lang === 'ja'
        ? composeHook(source, (candidate) => !used.includes(candidate) && !retold(candidate), asked)
        : undefined);
    if (hook !== undefined) {
      take(hook.answer);
      return hook;
    }
    // A source not in Japanese with no own sentence left: its best own ✅ line restated as its event
    // in headline form (Kakuu市、4月から運賃を引き上げる予定) — Japanese, never an English sentence.
    // The same source sentence twice on purpose (a fact given twice): quoting a free fact of the
    // source instead took its section further over the quotation bar wherever it was tried
    // (docs/measurements.md, offline60).
    if (source.document.lang !== 'ja')
      for (const line of [...(summaries[index] ?? [])].filter(ownOnCard).sort(byFacts)) {
        const text = asHeadline(line, understanding);
        if (text === undefined) continue;
        return { answer: line, question: fallbackQuestion(source, line, asked), text: `${text}。` };
      }
    // No own sentence left to answer with: a short fact of the source, quoted.
    // A source whose sentences are all taken (or too long to quote) answers with its first summary
    // line or, failing that, its first sentence of all.
    // An answer reads on its own, as a ✅ line does: not one that only completes the sentence before
    // it (…が相次いでいるためだ。/ 同社が23日、明らかにした。) or points at words given elsewhere.
    const shortFree = source.candidates
      .filter((candidate) => isFree(candidate) && candidate.sentence.text.length <= MAX_QUOTE_CHARS)
      .sort(byFactsPerChar);
    // A source not in Japanese whose free sentences are all longer: one of its facts (up to the
    // length an English candidate may have, read-candidates.ts; not someone's words cut from their
    // speaker) rather than a ✅ line quoted again.
    const longFree = source.candidates
      .filter(
        (candidate) =>
          isFree(candidate) &&
          candidate.document.lang !== 'ja' &&
          !candidate.speech &&
          !/^["“]/u.test(candidate.sentence.text) &&
          // (nor the end of a quote whose opening mark is in the sentence before)
          (candidate.sentence.text.match(/["“”]/gu)?.length ?? 0) % 2 === 0 &&
          candidate.sentence.text.length <= MAX_QUOTE_CHARS * 2,
      )
      .sort(byFactsPerChar);
    const answer =
      shortFree.find(
        (candidate) =>
          candidate.document.lang !== 'ja' ||
          (standsAlone(candidate.sentence.text) && !introducesWords(candidate.sentence.text)),
      ) ??
      shortFree[0] ??
      longFree[0] ??
      summaries[index]?.[0] ??
      source.candidates[0];
    if (answer === undefined)
      throw new MatomeError(
        'SOURCE_TOO_SHORT',
        `Failed to compose article: ${source.document.url ?? source.document.id} (no sentence to build its section from)`,
        { hint: 'Leave this source out, or give a page with article text.' },
      );
    take(answer);
    return { answer, question: fallbackQuestion(source, answer, asked) };
  });
  // 💡 points: the next facts across the sources in turn, never one a ✅ line says.
  // A source the engine can write little of keeps its own sentences for its own section (hook and
  // body): points take from the sources with own sentences to spare first.
  // Three points are three facts: none restates another in other words (isSameFact: the same
  // figures and dates about the same thing), however few sentences the sources have.
  const leadPicks = roundRobin(
    sources.map(({ candidates }) => (spare(candidates) ? candidates.filter(own).sort(byFacts) : [])),
    3,
    isFree,
    isSameFact,
  ).map(take);
  // What comes next: plans, forecasts and aims, across the sources.
  const outlookPicks = roundRobin(
    sources.map(({ candidates }) =>
      spare(candidates)
        ? candidates.filter((candidate) => own(candidate) && candidate.outlook).sort(byFacts)
        : [],
    ),
    3,
    isFree,
    isSameFact,
  ).map(take);
  if (outlookPicks.length < 3)
    outlookPicks.push(
      ...roundRobin(
        sources.map(({ candidates }) => candidates.filter(own).sort((a, b) => b.position - a.position)),
        3 - outlookPicks.length,
        (candidate) => isFree(candidate) && !outlookPicks.some((pick) => isSameFact(pick, candidate)),
        isSameFact,
      ).map(take),
    );
  // Each source's candidates in the orders fillPoints reads them: the same lists for every call of
  // a round, filtered and sorted once, when first needed.
  let shortKeyFacts: Candidate[][] | undefined;
  let japaneseByFacts: Candidate[][] | undefined;
  let allByFacts: Candidate[][] | undefined;
  const shortFacts = () =>
    (shortKeyFacts ??= sources.map(({ candidates }) =>
      candidates
        .filter(
          (candidate) =>
            candidate.sentence.text.length <= MAX_QUOTE_CHARS &&
            standsAlone(candidate.sentence.text) &&
            // A key fact, not a scene or a feeling (isColour).
            !isColour(candidate.sentence) &&
            // A point is a line of the Japanese article: English only as a quote in the body.
            (own(candidate) || candidate.document.lang === 'ja'),
        )
        // Quotation stays short: the facts that say the most in the fewest characters; someone's
        // words last (a remark is quoted under its speaker, in who said what or a section's body).
        .sort(
          (a, b) =>
            Number(!own(a) && holdsWords(a)) - Number(!own(b) && holdsWords(b)) || byFactsPerChar(a, b),
        ),
    ));
  // A point is a line of the Japanese article: English only as a quote in the body.
  const japaneseFacts = () =>
    (japaneseByFacts ??= sources.map(({ candidates }) =>
      candidates.filter((candidate) => own(candidate) || candidate.document.lang === 'ja').sort(byFacts),
    ));
  const allFacts = () => (allByFacts ??= sources.map(({ candidates }) => [...candidates].sort(byFacts)));
  // `besides`: a fact the part states already (the closing's own sentence), not a point again.
  // The sections' bodies come after the points and who said what: neither takes a source's last
  // free sentence (a point only while another source has one free), which its section's body needs
  // — else the body can only quote its hook answer again.
  const keepsBody = (candidate: Candidate) =>
    (sources.find((source) => source.document === candidate.document)?.candidates.filter(isFree).length ??
      0) > 1;
  // …nor, once every free sentence is gone, a source's last sentence no part shows that its body
  // may quote (bodyMayQuote): the body would quote its hook answer again.
  const leavesBodyOne = (candidate: Candidate) =>
    sources
      .find((source) => source.document === candidate.document)
      ?.candidates.some((other) => other !== candidate && !used.includes(other) && bodyMayQuote(other)) ??
    false;
  const fillPoints = (picks: Candidate[], besides: readonly Candidate[] = []) => {
    const newFact = (candidate: Candidate) =>
      ![...picks, ...besides].some((pick) => isSameFact(pick, candidate));
    // Too few from the sources with sentences to spare: a short quote of a key fact next (the
    // other sources keep their own sentences for their sections), then any own sentence; while
    // another source has one free, not a source's last free sentence (keepsBody), which its body
    // needs — its body would quote its hook answer again.
    for (const spared of [true, false]) {
      const fits = (candidate: Candidate) =>
        isFree(candidate) && newFact(candidate) && (!spared || keepsBody(candidate));
      if (picks.length < 3)
        picks.push(...roundRobin(shortFacts(), 3 - picks.length, fits, isSameFact).map(take));
      // Sources too short for three distinct facts: anything they say that is not shown yet.
      if (picks.length < 3)
        picks.push(...roundRobin(japaneseFacts(), 3 - picks.length, fits, isSameFact).map(take));
    }
    // Sources that say little (or the same page twice): a fact another part shows may be a point
    // too (in Japanese first: an English sentence is a point only when nothing else is left), still
    // a fact the other points do not give; the same fact twice only when the sources have fewer
    // than three. A sentence no part shows yet comes first (another outlet's telling of a shown
    // fact): a line the article gives already is a point again only when none is left, since the
    // reader would read the same sentence twice.
    for (const distinct of [true, false])
      for (const fresh of [true, false])
        for (const japaneseFirst of [true, false]) {
          const queues = japaneseFirst ? japaneseFacts() : allFacts();
          const same = distinct ? isSameFact : isSimilar;
          const fits = (candidate: Candidate) =>
            !picks.includes(candidate) &&
            !besides.includes(candidate) &&
            (!fresh || (own(candidate) && !used.includes(candidate) && leavesBodyOne(candidate))) &&
            (!distinct || newFact(candidate));
          if (!fresh) {
            if (picks.length < 3) picks.push(...roundRobin(queues, 3 - picks.length, fits, same));
            continue;
          }
          // One at a time, each taken before the next is weighed (leavesBodyOne reads what is used).
          while (picks.length < 3) {
            const [one] = roundRobin(queues, 1, fits, same);
            if (one === undefined) break;
            picks.push(take(one));
          }
        }
    if (picks.length < 3) {
      throw new MatomeError(
        'SOURCE_TOO_SHORT',
        'Failed to compose article: too few distinct sentences for three points',
        { hint: 'Add another source or use longer articles.' },
      );
    }
    return picks;
  };
  fillPoints(leadPicks);
  fillPoints(
    outlookPicks,
    [scheduled, openQuestion].filter((step): step is Candidate => step !== undefined),
  );
  // A dated step among the closing points moves up to be the closing sentence when none was
  // kept for it; the points take the next fact instead.
  const pointed =
    scheduled === undefined
      ? [...outlookPicks].filter((candidate) => own(candidate) && upcoming(candidate)).sort(bySoonest)[0]
      : undefined;
  if (pointed !== undefined) {
    outlookPicks.splice(outlookPicks.indexOf(pointed), 1);
    fillPoints(outlookPicks, [pointed]);
  }
  const nextStep = scheduled ?? pointed ?? openQuestion;

  // Texts the article shows, for figures not to repeat a value: every fact picked so far.
  const shownValues: string[] = [];
  const shownFacts = () => used.map((candidate) => candidate.written?.text ?? candidate.sentence.text);
  // Who said what and 数字で見る, across the sources, before the sections: a section does not
  // quote a sentence again or give a value again that these parts give.
  const quotes = composeQuotes(
    sources.map(({ candidates }) => candidates),
    (candidate) => isFree(candidate) && keepsBody(candidate),
  );
  quotes.from.forEach(take);
  const keyFigures = composeFigures(
    sources.map(({ candidates }) => candidates),
    shownFacts(),
  );
  for (const entry of keyFigures.entries) shownValues.push(entry.fact.text);
  // ✅ lines the engine gives as two statements of its own (written.second) rather than quoted:
  // only where the section was over its quotation share (giveWayQuotedLine).
  const splitOnCard = new Set<Candidate>();
  const onCard = (candidate: Candidate) =>
    splitOnCard.has(candidate) ? factOf(candidate) : cardFactOf(candidate);
  // The longest quoted ✅ line of a section gives way to the next fact the engine can write, else
  // to a quote of another key fact (half its facts or more) at most two thirds as long — quotation
  // stays subordinate; the same key fact as two own statements first. False when nothing can take its place.
  const giveWayQuotedLine = (section: Section, index: number): boolean => {
    const at = `sections[${index}]`;
    const source = sources[index] as Source;
    const summary = summaries[index] as Candidate[];
    const quoted = summary
      .filter((candidate) => !ownOnCard(candidate) && !splitOnCard.has(candidate))
      .sort((a, b) => b.sentence.text.length - a.sentence.text.length)[0];
    if (quoted === undefined) return false;
    // The same key fact in the engine's own words first, written as two statements (AはXし、BはY
    // した → AはXした。BはYした。): a card line is one compact sentence where it can be, but two
    // own sentences rather than a quotation that outweighs the section's own text.
    if (ownStatementsOnCard(quoted)) {
      splitOnCard.add(quoted);
      const [first, second, third] = summary.map(onCard);
      section.card = sourceCard(source.document, [first as Fact, second as Fact, third as Fact]);
      return true;
    }
    const replacement =
      source.candidates.filter((candidate) => ownOnCard(candidate) && isFree(candidate)).sort(byFacts)[0] ??
      source.candidates
        .filter(
          (candidate) =>
            isFree(candidate) &&
            candidate.written === undefined &&
            standsAlone(candidate.sentence.text) &&
            // A fact of the story (nearly as many facts as the line it replaces), not someone's
            // words cut from their speaker.
            !candidate.speech &&
            !/^[「『]/u.test(candidate.sentence.text) &&
            candidate.facts * 2 >= quoted.facts &&
            [...candidate.sentence.text].length >= 12 &&
            [...candidate.sentence.text].length * 3 <= [...quoted.sentence.text].length * 2,
        )
        .sort(byFactsPerChar)[0];
    if (replacement === undefined) return false;
    take(replacement);
    summary[summary.indexOf(quoted)] = replacement;
    summary.sort((a, b) => a.position - b.position);
    summary.forEach((candidate, i) => {
      origins.set(`${at}.card.summary[${i}]`, keyOf(candidate));
    });
    const [first, second, third] = summary.map(onCard);
    section.card = sourceCard(source.document, [first as Fact, second as Fact, third as Fact]);
    return true;
  };
  // The sections' remark paragraphs (who said what in the body), with the remark each quotes: the
  // first to give way.
  const remarks = new Map<Paragraph, Candidate>();
  // A remark as news writes a long one: its speaker and act in the article's own words, only the
  // words quoted (〜は、こう述べた。「…」); undefined where the sentence is not one quote after its
  // speaker (writeSpeechFrame).
  const framedRemark = (speech: Candidate): Paragraph | undefined => {
    const split = speechFrameOf(speech, understanding.of(speech.document));
    if (split === undefined) return undefined;
    const { document, sentence } = speech;
    return {
      kind: 'prose',
      sentences: [
        stancedFact(split.frame, [spanOf(document, sentence.start, sentence.end)], false),
        // The words stay the speaker's: reported, with the speaker the source names.
        {
          ...verbatimFact(document, sentence.start + split.start, sentence.start + split.end),
          modality: 'reported',
          speaker: split.speaker,
        },
      ],
    };
  };
  // A remark that opens the body, framed (framedRemark), linked at `path` (frame and words). An
  // English remark (writeEnglishSpeechFrame: who spoke in the article's words, only the words quoted
  // in the original language) only where a verifier checks the frame (`whole` given): one it rejects
  // (a reporting verb no page gives in Japanese, a speaker it cannot bind) is quoted whole in the
  // next round, not replaced by another fact.
  const openingRemark = (remark: Candidate, path: string): Paragraph | undefined => {
    const english = remark.document.lang !== 'ja';
    if (english && (whole === undefined || whole.has(keyOf(remark)))) return undefined;
    const framed = framedRemark(remark);
    if (framed !== undefined)
      for (const k of [0, 1]) {
        origins.set(`${path}.sentences[${k}]`, keyOf(remark));
        if (english) framedPaths.set(`${path}.sentences[${k}]`, keyOf(remark));
      }
    return framed;
  };
  const sections = sources.map((source, index) => {
    const at = `sections[${index}]`;
    const summary = summaries[index] as Candidate[];
    const hook = hooks[index] as { answer: Candidate; question: Fact; text?: string };
    const body = selectKeyFacts(
      source.candidates,
      BODY_SENTENCES,
      (candidate) => own(candidate) && isFree(candidate),
    );
    body.forEach(take);
    // 数字で見る: the source's key figures, each as a short line of its own, not one already given.
    shownValues.push(...shownFacts());
    const figures: Array<{ candidate: Candidate; text: string }> = [];
    for (const candidate of [...source.candidates].sort(byFacts)) {
      if (figures.length === MAX_FIGURES || candidate.document.lang !== 'ja') break;
      for (const text of writeFigures(candidate.sentence)) {
        if (figures.length === MAX_FIGURES) continue;
        // A value the article already gives (in any part) is not given again.
        const value = figureValue(text);
        if (shownValues.some((shown) => shown.includes(value))) continue;
        shownValues.push(text);
        figures.push({ candidate, text });
      }
    }
    const speech = source.candidates
      .filter(
        (candidate) =>
          candidate.speech &&
          candidate.sentence.text.length <= MAX_QUOTE_CHARS &&
          // A remark that reads on its own (not そのうえで「…」と述べた).
          !/^[こそあ](?:の|れ|う|こ|ちら)/u.test(candidate.sentence.text) &&
          isFree(candidate),
      )
      .sort(byFacts)[0];
    if (speech !== undefined) take(speech);
    summary.forEach((candidate, i) => {
      origins.set(`${at}.card.summary[${i}]`, keyOf(candidate));
    });
    const hookAnswer = hook.answer;
    origins.set(`${at}.hook.answer`, keyOf(hookAnswer));
    origins.set(`${at}.hook.question`, keyOf(hookAnswer));
    const paragraphs: Paragraph[] = [];
    if (body.length > 0) paragraphs.push({ kind: 'prose', sentences: body.map(factOf) });
    body.forEach((candidate, k) => {
      origins.set(`${at}.body[0].sentences[${k}]`, keyOf(candidate));
    });
    if (figures.length > 0) {
      figures.forEach(({ candidate }, k) => {
        origins.set(`${at}.body[${paragraphs.length}].sentences[${k}]`, keyOf(candidate));
      });
      paragraphs.push({
        kind: 'prose',
        sentences: figures.map(({ candidate, text }) =>
          stancedFact(
            text,
            [spanOf(candidate.document, candidate.sentence.start, candidate.sentence.end)],
            false,
          ),
        ),
      });
    }
    // The remark. In a body with nothing else of its own, its speaker and act are written in the
    // article's own words and only the words quoted (news style: 〜は、こう述べた。「…」);
    // after own paragraphs, and where it cannot be split, it is a quote block citing its outlet
    // (so the body's own paragraphs are not left without a source nearby) until the sections have
    // given way to the shares (below, where a verifier checks its frame, it closes the paragraph
    // before it as frame and words).
    let speechParagraph: Paragraph | undefined;
    if (speech !== undefined) {
      const p = paragraphs.length;
      origins.set(`${at}.body[${p}].sentences[0]`, keyOf(speech));
      const framed = p === 0 ? openingRemark(speech, `${at}.body[${p}]`) : undefined;
      speechParagraph = framed ?? { kind: 'quotation', sentences: [quoteOf(speech)] };
      paragraphs.push(speechParagraph);
      remarks.set(speechParagraph, speech);
    }
    // The fact the body quotes when the section has nothing of its own to say (below).
    let bodyQuote: { fact: Candidate } | undefined;
    if (paragraphs.length === 0) {
      // Nothing of its own left to say (a source the engine cannot rewrite): one more of its facts, quoted.
      // None free: one the article does not show yet, rather than the hook's answer quoted again.
      const quotable = (candidate: Candidate) => candidate.sentence.text.length <= MAX_QUOTE_CHARS;
      // (One that reads on its own first, as a hook answer: not …ためだ。)
      const free = source.candidates.filter((candidate) => isFree(candidate) && quotable(candidate));
      const extra =
        free
          .filter(
            (candidate) =>
              candidate.document.lang !== 'ja' ||
              (standsAlone(candidate.sentence.text) && !introducesWords(candidate.sentence.text)),
          )
          .sort(byFactsPerChar)[0] ??
        free.sort(byFactsPerChar)[0] ??
        source.candidates
          .filter((candidate) => !used.includes(candidate) && bodyMayQuote(candidate))
          .sort(byFactsPerChar)[0];
      if (extra !== undefined) {
        take(extra);
        bodyQuote = { fact: extra };
        origins.set(`${at}.body[0].sentences[0]`, keyOf(extra));
        // An English remark as news writes it, as the body's remark is (openingRemark).
        const framed = extra.document.lang === 'ja' ? undefined : openingRemark(extra, `${at}.body[0]`);
        paragraphs.push(framed ?? { kind: 'quotation', sentences: [quoteOf(extra)] });
      } else {
        // Nothing left to quote: the body says less rather than show a line the article shows
        // already — a fact of the source in the article's own words where no part shows those words
        // (a sentence not yet used, else a ✅ line or the hook answer shown quoted or in headline
        // form); only where the writer has none, the hook answer quoted again.
        const restated = restatedFactOf(source.candidates, summary, hookAnswer, used, [
          ...summary.map((candidate) => cardFactOf(candidate).text),
          hook.text ?? factOf(hookAnswer).text,
        ]);
        if (restated !== undefined && !used.includes(restated)) take(restated);
        const fact = restated ?? hookAnswer;
        bodyQuote = restated === undefined ? undefined : { fact: restated };
        origins.set(`${at}.body[0].sentences[0]`, keyOf(fact));
        paragraphs.push(
          restated === undefined
            ? { kind: 'quotation', sentences: [quoteOf(hookAnswer)] }
            : { kind: 'prose', sentences: [factOf(restated)] },
        );
      }
    }
    // Voice lines follow what the section holds; none repeats in the article.
    const answerTrait: SectionTrait = hookAnswer.outlook
      ? 'outlook'
      : hookAnswer.sentence.reported
        ? 'speech'
        : // Figures only when the answer shows one (not a （68） the own sentence left out).
          hookAnswer.sentence.quantities.length > 0 && /[\d０-９]/u.test(factOf(hookAnswer).text)
          ? 'figures'
          : 'facts';
    // The lead-in and the reader's question ask for what the body's first line gives, so that the
    // line right after the question answers it (a body that opens with a background fact and gives
    // someone's words second is not asked how those involved take it). The body opens with its own
    // facts, else its key figures, else the remark, else the fact it quotes.
    const bodyTrait: SectionTrait =
      body[0] !== undefined
        ? lineTrait(body[0])
        : figures.length > 0
          ? 'figures'
          : speech !== undefined
            ? 'speech'
            : lineTrait(bodyQuote?.fact ?? hookAnswer);
    const closingTrait: SectionTrait = [...summary, ...body].some((candidate) => candidate.outlook)
      ? 'outlook'
      : speech !== undefined
        ? 'speech'
        : 'facts';
    const dialogue: DialogueLine[] = [
      {
        kind: 'voice',
        role: 'explainer',
        position: 'before-body',
        text: pickVoiceLine('explainerOpening', bodyTrait, voicesUsed),
      },
      {
        kind: 'voice',
        role: 'reader',
        position: 'before-body',
        text: pickVoiceLine('readerQuestion', bodyTrait, voicesUsed),
      },
      {
        kind: 'voice',
        role: 'reader',
        position: 'after-body',
        text: pickVoiceLine('readerClosing', closingTrait, voicesUsed),
      },
    ];
    const [one, two, three] = summary.map(cardFactOf);
    const section: Section = {
      sourceId: source.document.id,
      heading: templatedFact(source.topic, [source.topicEvidence]),
      hook: {
        question: hook.question,
        answer:
          hook.text === undefined
            ? factOf(hookAnswer)
            : stancedFact(
                hook.text,
                [spanOf(hookAnswer.document, hookAnswer.sentence.start, hookAnswer.sentence.end)],
                false,
              ),
      },
      comment: { kind: 'voice', role: 'explainer', text: pickVoiceLine('comment', answerTrait, voicesUsed) },
      card: sourceCard(source.document, [one as Fact, two as Fact, three as Fact]),
      dialogue,
      body: paragraphs,
    };
    // Quotation stays subordinate: over the share, the who-said-what quote gives way.
    const last = paragraphs.at(-1);
    if (
      sectionQuoteShare(section) > MAX_SECTION_QUOTE_SHARE &&
      paragraphs.length > 1 &&
      last !== undefined &&
      last === speechParagraph
    )
      section.body = paragraphs.slice(0, -1);
    // Still over: the longest quoted ✅ line gives way (giveWayQuotedLine).
    for (let round = 0; round < 3 && sectionQuoteShare(section) > MAX_SECTION_QUOTE_SHARE; round++)
      if (!giveWayQuotedLine(section, index)) break;
    const only = section.body.length === 1 ? section.body[0] : undefined;
    // Still over, with a body that is one framed remark (〜は、こう話した。「…」) whose words hold two
    // sentences or more: only their first stays quoted (firstSentenceOfWords) — the speaker's exact
    // words, contiguous, with the frame that names the speaker; the rest is left unsaid.
    if (
      sectionQuoteShare(section) > MAX_SECTION_QUOTE_SHARE &&
      only !== undefined &&
      only === speechParagraph
    )
      only.sentences = firstSentenceOfRemark(only.sentences);
    // Still over: a quoted ✅ line or hook answer whose attribution is separable (〜によると、…;
    // 〜は「…」と述べた) says it in the article's words around the quotation, which keeps only what
    // was said (attributedQuote) — the longest line first, until the section is under the share.
    for (let round = 0; round < 4 && sectionQuoteShare(section) > MAX_SECTION_QUOTE_SHARE; round++)
      if (!attributeQuotedLine(section)) break;
    // Still over, with a body that only quotes one fact (its remark, or one more fact): a shorter
    // fact of the source is quoted instead (shorterQuoteOf) — the body still says something the
    // card does not, in less quotation.
    const bodyFact =
      only?.kind !== 'quotation' ? undefined : only === speechParagraph ? speech : bodyQuote?.fact;
    if (sectionQuoteShare(section) > MAX_SECTION_QUOTE_SHARE && bodyFact !== undefined) {
      const shorter = shorterQuoteOf(bodyFact, source.candidates, isFree, MAX_QUOTE_CHARS);
      if (shorter !== undefined) {
        take(shorter);
        origins.set(`${at}.body[0].sentences[0]`, keyOf(shorter));
        section.body = [{ kind: 'quotation', sentences: [quoteOf(shorter)] }];
        // The body now opens with another fact: the lead-in and the question follow it.
        const trait = lineTrait(shorter);
        if (trait !== bodyTrait) {
          const [opening, question] = dialogue as [DialogueLine, DialogueLine];
          voicesUsed.delete(opening.text);
          voicesUsed.delete(question.text);
          opening.text = pickVoiceLine('explainerOpening', trait, voicesUsed);
          question.text = pickVoiceLine('readerQuestion', trait, voicesUsed);
        }
      }
    }
    return section;
  });
  // Title and headings last, so that none restates a line the article already shows word for word.
  const shown = [
    ...used.map((candidate) => stripEnd(candidate.written?.text ?? candidate.sentence.text)),
    // A hook answered by a ✅ line restated in headline form (a source not in Japanese) shows
    // that form too: no heading may say it again.
    ...hooks.flatMap((hook) => ('text' in hook && hook.text !== undefined ? [stripEnd(hook.text)] : [])),
  ];
  // The title is the story's main event, and a heading may not say it again: where the title takes
  // the one line a section could be headed with, that section is left a keyword pair (X と Y). The
  // title is then the next most reported event (of at most TITLE_TRIES) with which the fewest
  // sections are headed by a keyword pair — the first, where none does better.
  const headed = (title: ComposedTitle) => {
    const lines = new ShownLines(shown, read.order.bigrams);
    const headings = sources.map((source, index) => {
      // A heading may sum up its own card's fact (as a newspaper's does), not a line shown elsewhere.
      const card = new Set(
        (summaries[index] ?? []).map((candidate) => stripEnd(candidate.written?.text ?? '')),
      );
      const heading = composeHeading(understanding, source, title.text, summaries[index] ?? [], lines, card);
      lines.add(stripEnd(heading.fact.text));
      return heading;
    });
    return { title, headings, lines, pairs: headings.filter((heading) => heading.keywords).length };
  };
  const [first, ...others] = titleOptions(
    understanding,
    sources,
    summaries,
    new ShownLines(shown, read.order.bigrams),
    read.order,
    TITLE_TRIES,
  );
  let best = headed(first as ComposedTitle);
  for (const option of others) {
    if (best.pairs === 0) break;
    const next = headed(option);
    if (next.pairs < best.pairs) best = next;
  }
  const { title, headings, lines } = best;
  origins.set('title', title.origin);
  headings.forEach((heading, index) => {
    origins.set(`sections[${index}].heading`, heading.origin);
    (sections[index] as Section).heading = heading.fact;
  });
  // No next step left for the closing sentence while a source schedules one: the soonest dated
  // plan or forecast the article already shows, stated again as its event in headline form (its
  // modality kept: 予算案、3月19日に採決される予定), never restating a line, the title or a heading.
  lines.add(stripEnd(title.text));
  let dueStep: { candidate: Candidate; text: string } | undefined;
  if (nextStep === undefined)
    for (const candidate of sources
      .flatMap(({ candidates }) => candidates)
      .filter((candidate) => own(candidate) && candidate.written?.figure !== true && upcoming(candidate))
      .sort(bySoonest)) {
      const written = candidate.written?.text ?? '';
      const itself = new Set([stripEnd(written)]);
      // Its headline form, else the sentence led by its date (2027年4月に、新館は開館する予定だ。),
      // else its last clause when that has a subject of its own and holds the step (…を急いでおり、
      // 支払いは11月中にも始まる見通し。 → 支払いは11月中にも始まる見通し。).
      const forms = [
        headlineOf(written, tokensOf(understanding, written), MAX_TITLE_CHARS),
        dateFirst(written),
        lastClause(written),
        // Last, the headline form of a step too long for a title (a closing is one sentence).
        headlineOf(written, tokensOf(understanding, written), MAX_CLOSING_CHARS),
      ];
      const text = forms.find(
        (form) =>
          form !== undefined &&
          isDisplayText(form) &&
          !lines.restates(stripEnd(form), itself) &&
          LOOKS_AHEAD.test(form) &&
          /\d[年月日]/u.test(form),
      );
      if (text === undefined) continue;
      dueStep = { candidate, text: /[。．]$/u.test(text) ? text : `${text}。` };
      lines.add(stripEnd(text));
      break;
    }
  // The timeline: dated facts across the sources in date order. A fact not shown yet in its own
  // sentence; one the article shows already as its event in headline form (the entry leads with
  // its date), never restating a line, the title or a heading.
  const timeline = composeTimeline(
    sources.map(({ candidates }) => candidates),
    (candidate) => {
      const written = candidate.written?.text;
      if (written === undefined) return undefined;
      if (isFree(candidate)) return written;
      const text = headlineOf(written, tokensOf(understanding, written), MAX_TITLE_CHARS);
      return text === undefined || text === stripEnd(written) || lines.restates(text) ? undefined : text;
    },
    {
      actOf: (_candidate, text) => actOf(tokensOf(understanding, text)),
      // The closing's next step is said there: the timeline does not list it again.
      shown: [
        ...(nextStep === undefined ? [] : [{ candidate: nextStep, text: nextStep.written?.text }]),
        ...(dueStep === undefined ? [] : [dueStep]),
      ].map(({ candidate, text }) => ({
        candidate,
        sortKeys: dateKeysOf(candidate),
        act: text === undefined ? undefined : actOf(tokensOf(understanding, text)),
      })),
    },
  );
  timeline.from.forEach((candidate) => {
    if (isFree(candidate)) take(candidate);
  });
  leadPicks.forEach((candidate, i) => {
    origins.set(`leadPoints[${i}]`, keyOf(candidate));
  });
  const [closingFirst, ...closingRest] = outlookPicks;
  const closingPoints = [closingFirst, ...closingRest].slice(0, 3) as Candidate[];
  // No next step of its own: when every closing point looks ahead (a plan, forecast or aim), the
  // sentence introduces them as what comes next; otherwise it recaps what the article explained.
  // The next step names the outlet that reports it (…開く方針だ（架空新聞）。), as the explainer's
  // entries do: what comes next is one outlet's report, with its modality kept in its own words.
  const closingSentence =
    nextStep !== undefined
      ? reportedBy(stepOf(nextStep), outlet ? nextStep.document : undefined)
      : dueStep !== undefined
        ? stancedFact(
            withOutlet(dueStep.text, outlet ? dueStep.candidate.document : undefined),
            [
              spanOf(
                dueStep.candidate.document,
                dueStep.candidate.sentence.start,
                dueStep.candidate.sentence.end,
              ),
            ],
            false,
          )
        : closingPoints.every((candidate) => candidate.outlook)
          ? templatedFact(
              '今後の予定と見通しは、次のとおりです。',
              closingPoints.map(({ document, sentence }) => spanOf(document, sentence.start, sentence.end)),
            )
          : closingRecap(sources);
  if (nextStep !== undefined) origins.set('closing.sentence', keyOf(nextStep));
  else if (dueStep !== undefined) origins.set('closing.sentence', keyOf(dueStep.candidate));
  closingPoints.forEach((candidate, i) => {
    origins.set(`closing.points[${i}]`, keyOf(candidate));
  });
  const frame = {
    title: title.fact,
    leadPoints: toThree(leadPicks),
    sections,
    closing: { sentence: closingSentence, points: toThree(closingPoints) },
  };
  const explainer = finishExplainer(frame, { timeline, figures: keyFigures, quotes }, (path, from) => {
    origins.set(path, keyOf(from));
  });
  // Still over the article's share once the who-said-what quotes gave way: the sections' remarks
  // give way too, the most quoted section's first (a section keeps a body of its own).
  for (;;) {
    if (
      quotationShare({ ...frame, ...(explainer === undefined ? {} : { explainer }) }).quotedShare <=
      MAX_ARTICLE_QUOTE_SHARE
    )
      break;
    const section = sections
      .filter((candidate) => candidate.body.length > 1 && remarks.has(candidate.body.at(-1) as Paragraph))
      .sort((a, b) => sectionQuoteShare(b) - sectionQuoteShare(a))[0];
    if (section === undefined) break;
    section.body = section.body.slice(0, -1);
  }
  // A remark kept after the body's own paragraphs is quoted no longer than its words: quoted whole
  // (a quote block), the sentence's speaker, setting and act are quotation the article can say in
  // its own words, as it does where the remark is the body's first paragraph. Done last, once every
  // part has given way to the shares, so no quotation is kept that would have given way. Only where
  // a verifier checks the frame (`whole` given): one it rejects is quoted whole in the next round.
  // The remark stays linked to its sentence; only the words stay marked as the speaker's.
  sections.forEach((section, index) => {
    const p = section.body.length - 1;
    const last = section.body[p];
    const speech = last === undefined ? undefined : remarks.get(last);
    const before = section.body[p - 1];
    if (last === undefined || speech === undefined || last.kind !== 'quotation' || before?.kind !== 'prose')
      return;
    if (whole === undefined || whole.has(keyOf(speech))) return;
    const framed = framedRemark(speech);
    if (framed === undefined) return;
    // The frame and the words close the paragraph before them, as a news paragraph ends on a remark:
    // the body keeps as many paragraphs, each still near its source card.
    const k = before.sentences.length;
    section.body = [
      ...section.body.slice(0, p - 1),
      { kind: 'prose', sentences: [...before.sentences, ...framed.sentences] },
    ];
    remarks.delete(last);
    origins.delete(`sections[${index}].body[${p}].sentences[0]`);
    // A frame the verifier rejects gives the remark back whole (the draft's next round).
    for (const at of [k, k + 1]) {
      origins.set(`sections[${index}].body[${p - 1}].sentences[${at}]`, keyOf(speech));
      framedPaths.set(`sections[${index}].body[${p - 1}].sentences[${at}]`, keyOf(speech));
    }
  });
  const draft = { ...frame, ...(explainer === undefined ? {} : { explainer }) };
  return {
    article: {
      schemaVersion: 1,
      ...draft,
      sources: documents.map(sourceRef),
      engine: { name: 'offline', version: OFFLINE_ENGINE_VERSION },
      quotation: quotationShare(draft),
    },
    origins,
    outlet: closingSentence.text !== (nextStep === undefined ? dueStep?.text : stepOf(nextStep).text),
    framed: framedPaths,
  };
}

/**
 * A source's three ✅ lines (selectSummary), except that a source not in Japanese keeps one of its
 * own Japanese sentences back from its card for its hook when the card would otherwise take them
 * all and another line can stand on the card in its place: its hook is answered in Japanese by a
 * sentence of its own (foreignHooks in compose), not by a ✅ line restated (a fact given twice).
 * The line kept back is the card's own line that says least (the key facts stay on the card); the
 * line that takes its place is one a card may show: written in the article's words, or a short
 * quote of a fact that reads on its own (not someone's words, not a scene). Where no such line is
 * left, the card is as selectSummary chose it.
 */
function summaryKeepingHookLine(
  source: Pick<Source, 'document' | 'candidates'>,
  isFree: (candidate: Candidate) => boolean,
  maxQuotes = 1,
): Candidate[] {
  const card = selectSummary(source.candidates, isFree, { maxQuoteChars: MAX_QUOTE_CHARS, maxQuotes });
  if (source.document.lang === 'ja') return card;
  const written = (candidate: Candidate) => candidate.written !== undefined;
  if (source.candidates.some((candidate) => written(candidate) && !card.includes(candidate))) return card;
  const standsOnCard = (candidate: Candidate) =>
    ownOnCard(candidate) ||
    (candidate.sentence.text.length <= MAX_QUOTE_CHARS &&
      !holdsWords(candidate) &&
      !isColour(candidate.sentence) &&
      !isEditorialNote(candidate.sentence.text) &&
      !/^["“]/u.test(candidate.sentence.text) &&
      (candidate.sentence.text.match(/["“”]/gu)?.length ?? 0) % 2 === 0);
  for (const kept of card.filter(written).sort((a, b) => byFacts(b, a))) {
    // The card selectSummary chooses without the line kept back; failing that (its next line is
    // someone's words, a scene, a long quote), the one it chooses among the lines a card may show.
    for (const shown of [
      isFree,
      (candidate: Candidate) => card.includes(candidate) || standsOnCard(candidate),
    ]) {
      const other = selectSummary(
        source.candidates,
        (candidate) =>
          candidate !== kept && isFree(candidate) && !isSimilar(candidate, kept) && shown(candidate),
        { maxQuoteChars: MAX_QUOTE_CHARS, maxQuotes },
      );
      if (
        other.length === 3 &&
        other.every((line) => card.includes(line) || standsOnCard(line)) &&
        // The card stays the article's own text: at most the one quotation selectSummary allows.
        other.filter((line) => !ownOnCard(line)).length <= 1
      )
        return other;
    }
  }
  return card;
}

/** The fact a candidate gives: the article's own sentence when one was written, else the quoted sentence. */
function factOf(candidate: Candidate): Fact {
  const { document, sentence, written } = candidate;
  if (written === undefined) return quoteOf(candidate);
  return stancedFact(written.text, [spanOf(document, sentence.start, sentence.end)], false);
}

/**
 * A framed remark's sentences (frame, then the words) with the words cut to their first sentence
 * where they hold more than one (firstSentenceOfWords); as they are otherwise, and for an English
 * remark (its frame is checked by the verifier against the words it frames).
 */
export function firstSentenceOfRemark(sentences: Fact[]): Fact[] {
  const [frame, words] = sentences;
  const span = words?.evidence[0];
  if (sentences.length !== 2 || frame?.verbatim !== false || words?.verbatim !== true || span === undefined)
    return sentences;
  if (!/\p{Script=Han}|\p{Script=Hiragana}/u.test(words.text)) return sentences;
  const end = firstSentenceOfWords(span.text);
  if (end === undefined) return sentences;
  const text = span.text.slice(0, end);
  return [frame, { ...words, text, evidence: [{ ...span, end: span.start + end, text }] }];
}

/**
 * The longest quoted line of a section's hook answer and ✅ lines whose attribution attributedQuote
 * can say in the article's words, replaced by that line (wherever the section shows it); false
 * when none can be.
 */
function attributeQuotedLine(section: Section): boolean {
  const lines = [section.hook.answer, ...section.card.summary];
  const longest = lines
    .flatMap((fact) => {
      const cut = attributedQuote(fact);
      return cut === undefined ? [] : [{ fact, cut }];
    })
    .sort((a, b) => b.fact.text.length - a.fact.text.length)[0];
  if (longest === undefined) return false;
  const swap = (fact: Fact) => (fact === longest.fact ? longest.cut : fact);
  const [one, two, three] = section.card.summary.map(swap);
  section.hook = { ...section.hook, answer: swap(section.hook.answer) };
  section.card = { ...section.card, summary: [one as Fact, two as Fact, three as Fact] };
  return true;
}

/** writeSpeechFrame of a candidate, with the sentences before it to resolve 同組合 against. */
function speechFrameOf(candidate: Candidate, read: DocumentUnderstanding) {
  // An English remark: its speaker and act in Japanese, the words a quote in the original language.
  if (candidate.document.lang !== 'ja')
    return writeEnglishSpeechFrame(
      candidate.sentence,
      candidate.document.publishedAt,
      candidate.document.text.slice(0, candidate.sentence.start),
    );
  const at = read.sentences.findIndex((sentence) => sentence.start === candidate.sentence.start);
  return writeSpeechFrame(
    candidate.sentence,
    read.norm,
    read.sentences.slice(0, Math.max(at, 0)),
    candidate.document.publishedAt,
  );
}

/** The fact a ✅ line gives: the own sentence when it says the key fact whole (ownOnCard), else the quote. */
/** A fact of the article's own words that names the outlet reporting it: the outlet before its full stop. */
function reportedBy(fact: Fact, document: Document | undefined): Fact {
  if (fact.verbatim) return fact;
  const text = withOutlet(fact.text, document);
  return text === fact.text ? fact : { ...fact, text };
}

/** 市は…開く方針だ。 → 市は…開く方針だ（架空新聞）。; as it is when the source names no outlet. */
function withOutlet(text: string, document: Document | undefined): string {
  const outlet = document === undefined ? undefined : outletOf(document);
  if (outlet === undefined) return text;
  const body = text.replace(/[。．]$/u, '');
  return `${body}（${outlet}）。`;
}

/**
 * The closing's next step as one sentence: of a step written as two statements (written.second:
 * 温泉は休館している。町は12月1日に営業を再開する。), the statement that holds it — the last one
 * naming a date or a plan (LOOKS_AHEAD) — not both.
 */
function stepOf(candidate: Candidate): Fact {
  const fact = factOf(candidate);
  if (candidate.written?.second === undefined) return fact;
  const statements = fact.text.match(/[^。．]+[。．]/gu) ?? [];
  const step = statements.findLast((text) => /\d[年月日]|今後/u.test(text) || LOOKS_AHEAD.test(text));
  return step === undefined || statements.length < 2 ? fact : { ...fact, text: step };
}

function cardFactOf(candidate: Candidate): Fact {
  return ownOnCard(candidate) ? factOf(candidate) : quoteOf(candidate);
}

/**
 * A candidate's sentence quoted. A dateline opening it (KURUNO, Kuruno Prefecture — / 【千鳥】) is
 * the page's furniture, not the sentence's words: the quote starts after it.
 */
function quoteOf({ document, sentence }: Candidate): Fact {
  const dateline = (document.lang === 'ja' ? JA_DATELINE : DATELINE).exec(sentence.text)?.[0].length ?? 0;
  return verbatimFact(document, sentence.start + dateline, sentence.end);
}

// A Japanese dateline: the place in 【】 before the story's first sentence.
const JA_DATELINE = /^【[^】]{1,10}】/u;

function toThree(picks: readonly Candidate[]): [Fact, Fact, Fact] {
  const [one, two, three] = picks.map(factOf);
  return [one as Fact, two as Fact, three as Fact];
}

/**
 * Takes `count` candidates from the queues in turn (one source after another), where `fits`, none
 * the `same` as one taken before it (much the same words, unless told otherwise).
 */
function roundRobin(
  queues: ReadonlyArray<readonly Candidate[]>,
  count: number,
  fits: (candidate: Candidate) => boolean,
  same: (a: Candidate, b: Candidate) => boolean = isSimilar,
): Candidate[] {
  const picked: Candidate[] = [];
  const cursors = queues.map(() => 0);
  let progressed = true;
  while (picked.length < count && progressed) {
    progressed = false;
    for (const [index, queue] of queues.entries()) {
      if (picked.length === count) break;
      while ((cursors[index] ?? 0) < queue.length) {
        const candidate = queue[cursors[index] ?? 0] as Candidate;
        cursors[index] = (cursors[index] ?? 0) + 1;
        if (!fits(candidate) || picked.some((other) => same(other, candidate))) continue;
        picked.push(candidate);
        progressed = true;
        break;
      }
    }
  }
  return picked;
}

/** An own sentence as a headline (headlineOf), when it has an actor and something happening. */
/**
 * An own sentence with its actor cut to the head of its noun phrase, the last noun compound before
 * the topic's は or the subject's が (Japanese puts a noun's modifiers before it: …を計画する蒼海エナジー
 * などの企業連合は → 企業連合は). Undefined when the actor has no modifier to leave out, or the topic
 * is not the sentence's (a 、 or a quote before it).
 */
function actorFirst(text: string, tokens: readonly Token[]): string | undefined {
  const at = tokens.findIndex(
    (token, i) =>
      token.pos === '助詞' &&
      (token.surface === 'は' || token.surface === 'が') &&
      tokens[i - 1]?.pos === '名詞',
  );
  const topic = tokens[at];
  if (topic === undefined || /[、「」]/u.test(text.slice(0, topic.start))) return undefined;
  let head = at;
  while (head > 0 && tokens[head - 1]?.pos === '名詞') head -= 1;
  const start = tokens[head]?.start ?? 0;
  if (start === 0) return undefined;
  return text.slice(start);
}

/**
 * A sentence cut to its actor and its act, as a headline states an event (村は…について、きょう、
 * 業者に支援金を出すことを決めた → 村は業者に支援金を出すことを決めた): the noun compound its first
 * topic (は) binds, without the compound's modifiers, then the main clause's last stretch
 * after its last 、 — the act with its own objects, the dates, reasons and settings before it left
 * to the card and the body. Undefined for someone's words (a quote), an actor that refers back (同社),
 * or when the cut leaves nothing out, or leaves an act that does not open on a word of its own
 * (a particle) or has no verb.
 */
export function actorAndAct(text: string, tokens: readonly Token[]): string | undefined {
  if (/[「『"“]/u.test(text)) return undefined;
  // A topic or subject particle after a noun of its own (not こと, の): it binds a clause's actor.
  const binds = (token: Token, i: number) =>
    token.pos === '助詞' &&
    (token.surface === 'は' || token.surface === 'が') &&
    tokens[i - 1]?.pos === '名詞' &&
    tokens[i - 1]?.posDetail !== '非自立';
  const at = tokens.findIndex((token, i) => token.surface === 'は' && binds(token, i));
  const particle = tokens[at];
  if (particle === undefined) return undefined;
  let head = at;
  while (head > 0 && (tokens[head - 1]?.pos === '名詞' || tokens[head - 1]?.pos === '接頭詞')) head -= 1;
  const actor = text.slice(tokens[head]?.start ?? 0, particle.start);
  if (actor.startsWith('同') || actor.length === 0) return undefined;
  const rest = text.slice(particle.end).replace(/[。．]$/u, '');
  // The act keeps the argument it acts on: a stretch with no case particle of its own (後日返す) takes
  // the stretch before it too (…の手数料について、後日返す).
  let cut = rest.lastIndexOf('、');
  const argues = (from: number) =>
    tokens.some(
      (token) =>
        token.start >= particle.end + from + 1 &&
        token.pos === '助詞' &&
        token.posDetail === '格助詞' &&
        /^(?:を|に|へ|で|から|まで|と)$/u.test(token.surface),
    );
  while (cut >= 0 && !argues(cut)) cut = rest.lastIndexOf('、', cut - 1);
  const act = rest.slice(cut + 1);
  const actStart = particle.end + cut + 1;
  const first = tokens.find((token) => token.start >= actStart);
  if (
    (head === 0 && cut < 0) ||
    // A day told relative to the page (けさ, きのう): a heading has no page date to read it by.
    /けさ|今朝|きょう|今日|本日|きのう|昨日|昨夜|今夜|あす|明日/u.test(act) ||
    [...act].length < 6 ||
    first === undefined ||
    !['名詞', '接頭詞', '動詞'].includes(first.pos) ||
    !tokens.some((token) => token.start >= actStart && token.pos === '動詞') ||
    // An act with a subject of its own (…、水が放流された) is another clause's: not this actor's act.
    tokens.some((token, i) => token.start >= actStart && binds(token, i))
  )
    return undefined;
  return `${actor}${particle.surface}${act}。`;
}

/** An own sentence in headline form; `shortened`: a shorter form of its own sentence to write it from. */
function asHeadline(
  candidate: Candidate,
  understanding: Understanding,
  shortened?: string,
  title = false,
  past = false,
): string | undefined {
  // A figure alone, what did not happen (運転手は負傷しなかった), or a topic described by the copula
  // before a second statement (入学金は28万円だ。…): a detail, never a headline.
  if (
    candidate.written?.figure === true ||
    candidate.written?.negated === true ||
    candidate.written?.described === true
  )
    return undefined;
  const written = shortened ?? candidate.written?.text;
  // A headline stands alone: no reference back (同社), no question (なぜ…のか). For the title, a 同
  // inside a word (協同組合, 共同) is no reference back (refersBack); a heading still takes any 同 as
  // one — read as the title's, the headings of two development stories moved to weaker facts (see
  // docs/measurements.md, offline30).
  if (
    written === undefined ||
    !(/[はが]/u.test(written) || isAnnouncement(written)) ||
    (title ? refersBack(written) : /同\p{Script=Han}/u.test(written)) ||
    /か[。．]?$/u.test(written)
  )
    return undefined;
  // (A sentence written from a source not in Japanese has its verb by construction.)
  if (
    candidate.document.lang === 'ja' &&
    !candidate.sentence.predicates.some((predicate) => predicate.kind === 'verb')
  )
    return undefined;
  const cut = headlineOf(written, tokensOf(understanding, written), MAX_TITLE_CHARS);
  // A headline that is only the line without its 。 would show the same sentence twice: with `past`
  // (a heading's last resort), a line that ends on a verb in the past is headed in headline style
  // instead (…遅れた。 → …遅れ), else not at all. One that only joins nouns (a copula's AはBだ →
  // A、B) states nothing happening.
  const text =
    past && cut === stripEnd(written) ? pastInHeadlineStyle(cut, tokensOf(understanding, cut)) : cut;
  return text !== undefined &&
    isDisplayText(text) &&
    text !== stripEnd(written) &&
    statesSomething(tokensOf(understanding, text))
    ? text
    : undefined;
}

/**
 * True when a headline states something: a case particle, a verb, an adjective or an auxiliary
 * (村、井戸に係員を派遣 / 店、当面休業する) — not only nouns joined by の, と and 、
 * (休止の理由、医師の退職), which name what the story is about without saying what happens.
 */
export function statesSomething(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token) =>
      token.pos !== '名詞' && token.pos !== '記号' && token.surface !== 'の' && token.surface !== 'と',
  );
}

/** Quotes that say the most in the fewest characters first: quotation stays short. */
function byFactsPerChar(a: Candidate, b: Candidate): number {
  return b.facts / b.sentence.text.length - a.facts / a.sentence.text.length || a.position - b.position;
}

/**
 * What a body line gives, as a reader's question would ask for it: someone's words, a plan or
 * forecast (its main clause looks ahead), a figure it shows (not a （68） its own sentence leaves out), or a fact.
 */
export function lineTrait(candidate: Candidate): SectionTrait {
  // Only the sentence's key figure shown (基金の規模は約80億円。 from …約80億円で、…始まる予定だった):
  // the line says a figure, not the plan or the words of the sentence it comes from.
  if (candidate.written?.figure === true) return 'figures';
  // Someone's words: a quote with its speaker, or words a named person is reported to have said
  // (not hearsay with no one behind it: 〜ということです, 大学によりますと).
  const { reported, speaker, people } = candidate.sentence;
  // (An English sentence's people are not read: its reported speaker is enough, as in "…," she said.)
  const named = people.length > 0 || candidate.document.lang !== 'ja';
  // Words in a direct quote followed by と (「…」という意見も出た) are someone's, named or not.
  const { text, quotes } = candidate.sentence;
  const quoted = quotes.some(
    (quote) =>
      [...quote.inner].length >= 8 && text.slice(quote.start + quote.inner.length + 2).startsWith('と'),
  );
  if (candidate.speech || quoted || (reported && speaker !== undefined && named)) return 'speech';
  if (candidate.outlook) return 'outlook';
  return candidate.sentence.quantities.length > 0 && /[\d０-９]/u.test(factOf(candidate).text)
    ? 'figures'
    : 'facts';
}

/** Share of the section's shown characters that are quotation, as the rights report counts them. */
function sectionQuoteShare(section: Section): number {
  const facts = [section.heading, section.hook.question, section.hook.answer, ...section.card.summary];
  const voices = [section.comment, ...section.dialogue];
  let quoted = 0;
  let total = 0;
  for (const fact of facts) {
    total += [...fact.text].length;
    quoted += fact.verbatim ? [...fact.text].length : quotedPartChars(fact);
  }
  for (const voice of voices) total += [...voice.text].length;
  for (const paragraph of section.body)
    for (const fact of paragraph.sentences) {
      total += [...fact.text].length;
      if (paragraph.kind === 'quotation' || fact.verbatim) quoted += [...fact.text].length;
    }
  return total === 0 ? 0 : quoted / total;
}

/** A line's text without its final 。, as a headline would give it. */
function stripEnd(text: string): string {
  return text.replace(/[。．]$/u, '');
}

/** Share of the content keys `a` that `b` has too. */
function sharedKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const key of a) if (b.has(key)) shared += 1;
  return shared / a.size;
}

function copiesHeadline(text: string, sources: readonly Source[]): boolean {
  return sources.some(({ document }) => similarity(text, document.title) >= HEADLINE_COPY);
}

/** A headline that opens on whom the facts are reported by (Xによると、…). */
const REPORTED_BY = /^[^、]{1,24}(?:によると|によれば|によりますと)、/u;

/**
 * The title: the story's main fact in the article's own words (who did what), from the latest
 * Japanese source — the latest development when the sources span days — not a source headline.
 * Up to `max` options, best first: after the first, only other events that other outlets report
 * too (none like an option before it), for compose to trade the first for where it takes the one
 * headline a section has; the untitled 【まとめ】 form alone when none can be written.
 */
function titleOptions(
  understanding: Understanding,
  sources: readonly Source[],
  summaries: ReadonlyArray<readonly Candidate[]>,
  lines: ShownLines,
  order: CandidateOrder,
  max: number,
): ComposedTitle[] {
  const japanese = sources.filter(({ document }) => document.lang === 'ja');
  const pool = (japanese.length > 0 ? japanese : sources).flatMap((source) =>
    [...(summaries[sources.indexOf(source)] ?? []), ...source.candidates].filter(
      (candidate, i, all) => candidate.written !== undefined && all.indexOf(candidate) === i,
    ),
  );
  // The story's main event is the fact most sources report; among equals the one with more
  // facts, then the latest source's (the latest development), then the earliest sentence.
  // A source's sentence with half its keys in the candidate shares one of its first
  // |keys| − ⌊|keys| / 2⌋ + 1 keys (prefix-filter.ts): each key set is filed once under those, with
  // the sources that have a sentence of those keys, and a candidate is compared only with the key
  // sets filed under its keys — once for all candidates of the same keys (a sentence several
  // outlets carry word for word). The keys are filed in the build's candidate order (CandidateOrder).
  const byPrefix = new Postings<{ keys: ReadonlySet<string>; sources: Set<Source> }>();
  const groups = new Map<string, { keys: ReadonlySet<string>; sources: Set<Source> }>();
  const seen = new Set<Candidate>();
  for (const source of sources)
    for (const candidate of source.candidates) {
      if (seen.has(candidate)) continue;
      seen.add(candidate);
      const keys = order.keys(candidate);
      const text = keys.join('\u0000');
      let group = groups.get(text);
      if (group === undefined) {
        group = { keys: candidate.keys, sources: new Set() };
        groups.set(text, group);
        byPrefix.add(group, keys.slice(0, prefixLength(keys.length, Math.floor(keys.length / 2))));
      }
      group.sources.add(source);
    }
  // The sources with a sentence that has half its keys in a key set, by the key set.
  const supportersOf = new Map<string, readonly Source[]>();
  const support = (candidate: Candidate) => {
    // One source: no other one to support its facts.
    if (sources.every((source) => source.document === candidate.document)) return 0;
    const text = order.keys(candidate).join('\u0000');
    let supporters = supportersOf.get(text);
    if (supporters === undefined) {
      const found = new Set<Source>();
      for (const group of byPrefix.find(candidate.keys))
        if (sharedKeys(group.keys, candidate.keys) >= 0.5)
          for (const source of group.sources) found.add(source);
      supporters = [...found];
      supportersOf.set(text, supporters);
    }
    let count = 0;
    for (const source of supporters) if (source.document !== candidate.document) count += 1;
    return count;
  };
  // Who the story is about: the actor most sources make the subject of their lead or headline
  // (main-actor.ts). Among facts as widely reported, one of that actor comes before one of a
  // secondary actor.
  const actor = mainActorOf(sources.map(({ document }) => understanding.of(document)));
  const ranked = pool
    .map((candidate) => ({
      candidate,
      support: support(candidate),
      lead: Number(leadsWith(candidate.sentence, actor)),
    }))
    .sort(
      (a, b) =>
        b.support - a.support ||
        b.lead - a.lead ||
        b.candidate.facts - a.candidate.facts ||
        (b.candidate.document.publishedAt ?? '').localeCompare(a.candidate.document.publishedAt ?? '') ||
        a.candidate.position - b.candidate.position,
    );
  const options: ComposedTitle[] = [];
  let firstSupport: number | undefined;
  for (const { candidate, support } of ranked) {
    // Another option only of an event other outlets report too, as they do the first's: a title
    // may give way to a heading, not to one outlet's detail.
    if (options.length === max || (firstSupport !== undefined && (firstSupport === 0 || support === 0)))
      break;
    const text = asHeadline(candidate, understanding, undefined, true);
    // The title may name the event a ✅ line reports (without its date), not repeat a line verbatim;
    // and it names the actor and the act, not who told of it (動物公園によると、赤ちゃん、雌で… is a
    // sentence cut short, not a headline).
    if (
      text === undefined ||
      copiesHeadline(text, sources) ||
      lines.has(text) ||
      REPORTED_BY.test(text) ||
      // (another option is another event: a heading like one title is like the other)
      options.some((option) => similarity(option.text, text) >= HEADLINE_COPY)
    )
      continue;
    firstSupport ??= support;
    options.push({
      text,
      fact: stancedFact(
        text,
        [spanOf(candidate.document, candidate.sentence.start, candidate.sentence.end)],
        false,
      ),
      origin: `${candidate.document.id}:${candidate.sentence.start}`,
    });
  }
  if (options.length > 0) return options;
  const first = sources[0] as Source;
  const text = `【まとめ】${first.topic}`;
  return [{ text, fact: templatedFact(text, [first.topicEvidence]), origin: `${first.document.id}:topic` }];
}

/** A title as composed, with the source sentence it was written from (origin). */
interface ComposedTitle {
  text: string;
  fact: Fact;
  origin: string;
}

/** A section heading as composed; `keywords` when it is only the source's key phrases joined (X と Y). */
interface ComposedHeading {
  fact: Fact;
  origin: string;
  keywords?: true;
}

/**
 * A fact in headline form written from its source sentence itself (for a sentence the engine could
 * not write whole): the sentence in plain style, whole, with its actor cut to the head of its noun
 * phrase, or its last clause when that has a subject of its own — the first whose headline is in
 * the article's plain style, states something (、, は or が), is not the sentence itself and stays
 * short of the rights report's run of copied characters; `fits` adds the caller's checks.
 */
function sentenceHeadline(
  candidate: Candidate,
  understanding: Understanding,
  fits: (text: string) => boolean,
  shorten: (sentence: string, tokens: readonly Token[]) => Array<string | undefined> = (sentence, tokens) => [
    sentence,
    actorFirst(sentence, tokens),
    lastClause(sentence),
  ],
): string | undefined {
  const { sentence: source, document } = candidate;
  if (
    document.lang !== 'ja' ||
    !standsAlone(source.text) ||
    !source.predicates.some((predicate) => predicate.kind === 'verb') ||
    // (What did not happen, its polite ません written plain, is a detail: asHeadline.)
    endsPoliteNegative(source.text)
  )
    return undefined;
  const sentence = plainTextOf(source);
  if (sentence === undefined) return undefined;
  const norm = understanding.of(document).norm;
  for (const form of shorten(sentence, tokensOf(understanding, sentence))) {
    if (form === undefined || /同\p{Script=Han}|か[。．]?$/u.test(form)) continue;
    const text = headlineOf(form, tokensOf(understanding, form), MAX_TITLE_CHARS);
    if (
      text === undefined ||
      // A broadcaster's です・ます is not the article's headline style.
      /ま[すし]|でし|です/u.test(text) ||
      !isDisplayText(text) ||
      !/[、はが]/u.test(text) ||
      copiesRun(text, norm, MAX_COPIED_RUN) ||
      text === stripEnd(sentence) ||
      !statesSomething(tokensOf(understanding, text)) ||
      !fits(text)
    )
      continue;
    return text;
  }
  return undefined;
}

/** A section heading in the article's own words: the source's main fact, unlike the title and the headline. */
function composeHeading(
  understanding: Understanding,
  source: Source,
  title: string,
  summary: readonly Candidate[],
  lines: ShownLines,
  card: ReadonlySet<string>,
): ComposedHeading {
  const pool = [...summary, ...source.candidates.filter((candidate) => candidate.written !== undefined)].sort(
    byFacts,
  );
  // Three passes, in order: a fact line as a headline; when no own line fits as it is (the rest are
  // figures, colour, or too long), the section's main fact — its best line that is news, not colour —
  // as its actor and act, the actor's description left to the body (青森県沖で…を計画する蒼海エナジーなどの
  // 企業連合は…延期すると発表した → 企業連合、…延期すると発表); and only then a scene or a feeling
  // (isColour), which heads a section only when no fact can.
  const asActorFirst = (candidate: Candidate) => {
    const written = candidate.written?.text;
    const short = written === undefined ? undefined : actorFirst(written, tokensOf(understanding, written));
    return short === undefined ? undefined : asHeadline(candidate, understanding, short);
  };
  // A heading restates no line shown elsewhere (its own card's lines it may sum up, as a newspaper's
  // heading does, where `shownHere` is given), nor the title or the source's headline.
  const fits = (text: string, shownHere?: ReadonlySet<string>) =>
    !lines.restates(text, shownHere) &&
    similarity(text, title) < HEADLINE_COPY &&
    !copiesHeadline(text, [source]);
  const heading = (candidate: Candidate, text: string) => ({
    fact: stancedFact(
      text,
      [spanOf(source.document, candidate.sentence.start, candidate.sentence.end)],
      false,
    ),
    origin: `${source.document.id}:${candidate.sentence.start}`,
  });
  const passes: ReadonlyArray<{ colour: boolean; headline: (candidate: Candidate) => string | undefined }> = [
    { colour: false, headline: (candidate) => asHeadline(candidate, understanding) },
    { colour: false, headline: asActorFirst },
    { colour: true, headline: (candidate) => asHeadline(candidate, understanding) },
  ];
  for (const pass of passes) {
    for (const candidate of pool) {
      if (isColour(candidate.sentence) !== pass.colour) continue;
      const text = pass.headline(candidate);
      if (text !== undefined && fits(text, card)) return heading(candidate, text);
    }
  }
  // No own line gives a headline: the section's main fact in headline form from its source
  // sentence (sentenceHeadline), facts before colour, never someone's words, nor any line shown
  // (its own card's included).
  const facts = source.candidates
    .filter((candidate) => !candidate.speech)
    .sort((a, b) => Number(isColour(a.sentence)) - Number(isColour(b.sentence)) || byFacts(a, b));
  for (const candidate of facts) {
    const text = sentenceHeadline(candidate, understanding, (headline) => fits(headline));
    if (text !== undefined) return heading(candidate, text);
  }
  // Still none: an own line of two clauses whose last has a subject of its own (費用は…見通しで、
  // X社は…検討している) heads the section with that main clause, facts before colour — a statement,
  // not a keyword pair — where it restates no line shown elsewhere, the title or the headline.
  for (const candidate of [...pool].sort(
    (a, b) => Number(isColour(a.sentence)) - Number(isColour(b.sentence)),
  )) {
    const written = candidate.written?.text;
    const main = written === undefined ? undefined : lastClause(written);
    const text = main === undefined ? undefined : asHeadline(candidate, understanding, main);
    if (text !== undefined && fits(text, card)) return heading(candidate, text);
  }
  // Still none: the section's main fact cut to its actor and act (actorAndAct), facts before colour,
  // never someone's words — a heading states the event rather than naming two key phrases.
  for (const candidate of facts) {
    const text = sentenceHeadline(
      candidate,
      understanding,
      (headline) => fits(headline),
      (sentence, tokens) => [actorAndAct(sentence, tokens)],
    );
    if (text !== undefined) return heading(candidate, text);
  }
  // Still none: an own line that ends on a verb in the past, headed in headline style — its stem
  // form, the tense left out (市営バスが最大で40分遅れた。 → 市営バスが最大で40分遅れ; asHeadline
  // leaves a line whose headline is the line itself), facts before colour: a statement rather
  // than two key phrases.
  for (const candidate of [...pool].sort(
    (a, b) => Number(isColour(a.sentence)) - Number(isColour(b.sentence)),
  )) {
    const text = asHeadline(candidate, understanding, undefined, false, true);
    if (text !== undefined && fits(text, card)) return heading(candidate, text);
  }
  // A source not in Japanese: the name it is about, as it writes it.
  if (source.document.lang !== 'ja')
    return {
      fact: templatedFact(source.topic, [source.topicEvidence]),
      origin: `${source.document.id}:topic`,
    };
  // No own sentence fits: the source's two best-naming phrases, its own words.
  const phrases = source.keyphrases
    .filter((phrase) => phrase.text !== source.topic && isDisplayText(phrase.text))
    .slice(0, 1);
  const text = [source.topic, ...phrases.map((phrase) => phrase.text)].join('と');
  const evidence = [
    source.topicEvidence,
    ...phrases.map((phrase) => spanOf(source.document, ...(phrase.spans[0] ?? source.document.titleSpan))),
  ];
  return { fact: templatedFact(text, evidence), origin: `${source.document.id}:topic`, keywords: true };
}

/**
 * The hook: a question about one of the source's key phrases, answered by the best remaining own
 * sentence that names that phrase — so the answer answers it. The wording follows the answer:
 * what someone said when it is their words, what comes next for a plan or forecast, how much when
 * it gives figures. A question another section already asked is not asked again.
 */
function composeHook(
  source: Source,
  isFree: (candidate: Candidate) => boolean,
  asked: Set<string>,
): { answer: Candidate; question: Fact } | undefined {
  // Facts before colour: a scene or a feeling (isColour) answers only when no fact is left.
  const pool = source.candidates
    .filter((candidate) => candidate.written !== undefined && isFree(candidate))
    .sort((a, b) => Number(isColour(a.sentence)) - Number(isColour(b.sentence)) || byFacts(a, b));
  const phrases = [...new Set([source.topic, ...source.keyphrases.map((phrase) => phrase.text)])].filter(
    (text) => isDisplayText(text) && !/[\d０-９A-Za-z]/u.test(text),
  );
  // Key phrases of the source first; else the names the best remaining sentences give.
  const pairs: Array<[string, Candidate]> = [];
  for (const phrase of source.document.lang === 'ja' ? phrases : [])
    for (const answer of pool)
      if (answer.written?.text.includes(phrase) && !countsFigure(phrase, answer.written.text))
        pairs.push([phrase, answer]);
  for (const answer of source.document.lang === 'ja' ? pool : [])
    for (const name of namesOf(answer)) if (answer.written?.text.includes(name)) pairs.push([name, answer]);
  // An answer that tells what was done or is to be done comes before one that states a situation
  // (a background, colour or voice sentence), which answers only a question about the situation.
  const acts = new Map(
    pairs.map(([, answer]) => [answer, mainActOf(answer.sentence) !== 'state' && !isColour(answer.sentence)]),
  );
  pairs.sort((a, b) => Number(acts.get(b[1])) - Number(acts.get(a[1])));
  for (const [phrase, answer] of pairs) {
    for (const text of hookWordings(phrase, answer)) {
      if (asked.has(text)) continue;
      asked.add(text);
      const at = source.document.text.indexOf(phrase, source.document.titleSpan[1]);
      const evidence: Evidence[] = [
        at >= 0 ? spanOf(source.document, at, at + phrase.length) : source.topicEvidence,
        spanOf(answer.document, answer.sentence.start, answer.sentence.end),
      ];
      return { answer, question: templatedFact(text, evidence) };
    }
  }
  // No key phrase or name in any own sentence: the best one still answers a question that names
  // its own topic or no subject, rather than a quoted sentence answering one.
  for (const answer of pool)
    for (const text of hookWordings(topicOf(answer), answer)) {
      if (asked.has(text)) continue;
      asked.add(text);
      return {
        answer,
        question: templatedFact(text, [spanOf(answer.document, answer.sentence.start, answer.sentence.end)]),
      };
    }
  return undefined;
}

/** True when `written` opens with `topic` and a case particle followed straight by an amount, not a date (総事業費は約5600億円). */
function measures(topic: string, written: string): boolean {
  const rest = written.slice(topic.length).replace(/^(?:では|は|が)/u, '');
  // A date after the topic (企業連合は2028年度に着工する) is when it acts, not what it measures.
  return /^(?:約|計|およそ|合わせて|合計)?[\d０-９一二三四五六七八九十百千万億.,．，]+(?![年月日時\d０-９〇])/u.test(
    rest,
  );
}

/**
 * Questions about `phrase` that `answer` answers, by what the answer says: someone's words → who
 * said what; a plan or forecast → when (with a date) or what comes next; a decision → what was
 * decided; a figure → how much (いくら for money, 何人 for people); a completed act → what
 * happened (when, with a date); an act still to come → when or what comes next; a situation
 * (background, colour, voices) → what the situation is. Without a phrase, the same questions name
 * no subject.
 *
 * The phrase is written as the answer writes it (the whole noun compound: 山吹 → 山吹町) and asked
 * about naturally, never as a bare keyword glued on with 、: as the question's topic when the
 * answer opens with it (山吹町は今後どうなる?), else with について (赤字について、何があった?).
 */
function hookWordings(phrase: string | undefined, answer: Candidate): string[] {
  const fact = factOf(answer);
  const { sentence } = answer;
  const written = answer.written?.text ?? fact.text;
  const whole = phrase === undefined ? undefined : wholeCompound(phrase, answer);
  const named = whole === undefined || countsFigure(whole, written) ? undefined : whole;
  const opens =
    named !== undefined && ['は', 'が', 'では'].some((particle) => written.startsWith(`${named}${particle}`));
  // 「…について、」 asks about a thing; 「…は」 makes it the question's topic, as the answer does.
  const about = named === undefined ? '' : `${named}について、`;
  const topic = named === undefined ? '' : opens ? `${named}は` : about;
  if (fact.modality === 'reported' && fact.speaker !== undefined && isDisplayText(fact.speaker))
    return [`${about}誰が何と述べた?`, `${about}どんな声が出ている?`];
  // An answer that gives only the sentence's figure (基金の規模は約80億円。) says how much, not what
  // is planned: the plan stayed in the sentence it was taken from.
  // いつ is asked only of an answer that names its date in figures (not 年内, 近く).
  // An answer written from a source not in Japanese gives the date in Japanese (by fiscal 2028 →
  // 2028年度までに), not in the source's words.
  const dated =
    sentence.dates.some((date) => /\d/u.test(date.text) && fact.text.includes(date.text)) ||
    (answer.document.lang !== 'ja' && /\d+(?:年度?|月|日)/u.test(written));
  // A presumption (異例とみられる, 出火したとみられる, …の模様) says how things are judged to stand, not
  // what comes next: no 今後どうなる? of it.
  const hedges = sentence.clauses.at(-1)?.hedges ?? [];
  const presumed = hedges.length > 0 && hedges.every((hedge) => /^(?:とみ|模様)/u.test(hedge));
  if (answer.outlook && !presumed && answer.written?.figure !== true)
    return dated
      ? [`${topic}いつ、どうなる予定?`, `${about}今後の日程は?`]
      : [`${topic}今後どうなる?`, `${about}この先の見通しは?`];
  // A scene or a feeling (ため息をついた, ほっとした表情を見せた) tells how things stand there, as a
  // presumption does (異例とみられる).
  if (isColour(sentence)) return [`${topic}どんな状況?`, `${about}どんな様子?`];
  if (presumed) return [`${topic}どんな状況?`, `${about}どう見られている?`];
  // 何が決まった? asks of a decision taken (決めた, 可決された, 決定しました), not of a rule told in the
  // non-past (配分は人口に応じて決める), which the question would turn into a decision made.
  if (
    sentence.predicates.some(
      (predicate) => DECISION.test(predicate.lemma) && DONE.test(sentence.text.slice(predicate.end)),
    )
  )
    return [`${about}何が決まった?`, `${about}何を決めた?`];
  const first = sentence.quantities[0];
  const unit = first?.unit;
  // How much is asked only of an answer that gives the figure (not one whose （68） was dropped), and
  // how long only of a length of time: a time counted from something (生まれて約1時間後) says when.
  if (
    first !== undefined &&
    unit !== undefined &&
    !isTimePoint(sentence.text, first) &&
    /[\d０-９]/u.test(written)
  ) {
    const much =
      unit === '円'
        ? 'いくら'
        : unit === '人' || unit === '名'
          ? '何人'
          : TIME_UNITS.has(unit)
            ? 'どのくらいかかる'
            : 'どれだけ';
    // 「…について、いくら?」 is not Japanese: a phrase that is not the answer's topic asks for the figures.
    // Nor is 「企業連合はどれだけ?」 where the topic is who acts, not what is measured: how much is asked
    // of a topic only when its figure follows it (総事業費は約5600億円…), the topic being the amount.
    return named === undefined || (opens && measures(named, written))
      ? [`${topic}${much}?`, `${about}数字で見ると?`]
      : [`${about}数字で見ると?`];
  }
  // What happened is asked only of a completed act (設けた, 発表した); an act still to come asks
  // when or what comes next; a background, colour or voice sentence (…がある, 懸念も出ている,
  // 声も根強い) is asked what the situation is, never what happened.
  const act = mainActOf(sentence);
  if (act === 'done')
    return dated
      ? [`${about}いつ、何があった?`, `${about}何が起きた?`]
      : [`${about}何が起きた?`, `${about}どういうこと?`];
  if (act === 'coming')
    return dated ? [`${topic}いつ、どうなる?`, `${about}今後の日程は?`] : [`${topic}今後どうなる?`];
  return [`${topic}どんな状況?`, `${about}どんな事情がある?`];
}

/**
 * A phrase as the answer writes it: a name that stands in a longer noun compound is written whole
 * (山吹 → 山吹町), as namesOf does; a common noun stays as it is (病院, not 県病院局長).
 */
function wholeCompound(phrase: string, answer: Candidate): string {
  if (!answer.sentence.names.includes(phrase)) return phrase;
  const written = answer.written?.text ?? answer.sentence.text;
  return namesOf(answer).find((name) => name.includes(phrase) && written.includes(name)) ?? phrase;
}

/**
 * The topic an own sentence opens with (町の人口 of 町の人口は約1万1000人。), when it is a short
 * Japanese phrase the source sentence gives as it is; undefined otherwise.
 */
function topicOf(answer: Candidate): string | undefined {
  const match = /^([^、。「」はが]{2,12})[はが]/u.exec(answer.written?.text ?? '');
  const topic = match?.[1];
  return topic !== undefined &&
    isDisplayText(topic) &&
    // A noun phrase (町の人口, 県と市), not a clause (長期間にわたって診療).
    /^[\p{Script=Han}\p{Script=Katakana}ー々]+(?:[のと][\p{Script=Han}\p{Script=Katakana}ー々]+)*$/u.test(
      topic,
    ) &&
    answer.sentence.text.includes(topic)
    ? topic
    : undefined;
}

// Predicates that report a decision (決めた, 決定, 可決, 承認, 合意, 採択).
const DECISION = /決め|決定|可決|承認|合意|採択/u;
// What follows a verb that is done: た, した, された, しました.
const DONE = /^(?:され|さ|し)?(?:まし)?た/u;

/**
 * The question when no own sentence names a key phrase (a source not in Japanese): what the
 * source reported, answered by its key fact in its own words, marked as a quotation.
 */
export function fallbackQuestion(source: Pick<Source, 'topic'>, answer: Candidate, asked: Set<string>): Fact {
  // What the answer itself names, as it is shown (its own sentence where the engine wrote one, which
  // may leave a setting out): its proper names, else its noun compounds (the subject first).
  const text = answer.sentence.text;
  const japanese = answer.document.lang === 'ja';
  const shown = japanese ? factOf(answer).text : text;
  const compounds = nounCompounds(answer.sentence.tokens).filter(
    (compound) =>
      shown.includes(compound) &&
      [...compound].length >= 2 &&
      !/[\d０-９〇一二三四五六七八九十]/u.test(compound) &&
      !countsFigure(compound, text),
  );
  const names = [
    ...(japanese ? namesOf(answer).filter((name) => shown.includes(name)) : []),
    ...(japanese ? compounds : []),
    source.topic,
  ];
  // A source not in Japanese is asked about in Japanese, naming no English words: what it reports.
  const wordings = japanese
    ? names.flatMap((name) => hookWordings(name, answer))
    : [...hookWordings(undefined, answer), '海外メディアは何と伝えた?', '英語の報道は何と伝えた?'];
  const question = wordings.find((wording) => !asked.has(wording)) ?? (wordings[0] as string);
  asked.add(question);
  return templatedFact(question, [spanOf(answer.document, answer.sentence.start, answer.sentence.end)]);
}

/** True when `phrase` stands in `text` only as the counter or unit of a figure (日目 of 2日目, メートル of 1.1メートル): no thing to ask about. */
function countsFigure(phrase: string, text: string): boolean {
  let at = text.indexOf(phrase);
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf(phrase, at + 1))
    if (!/[\d０-９〇一二三四五六七八九十]$/u.test(text.slice(0, at))) return false;
  return true;
}

/**
 * The Japanese names a sentence gives, each as the whole noun compound it stands in (潮見漁協,
 * not 潮見), longest first.
 */
function namesOf(candidate: Candidate): string[] {
  const compounds = nounCompounds(candidate.sentence.tokens);
  const names = candidate.sentence.names
    .map((name) => compounds.find((compound) => compound.includes(name)) ?? name)
    .filter((name) => isDisplayText(name) && [...name].length >= 2 && !/[\d０-９A-Za-z]/u.test(name));
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/**
 * The name an English source repeats most (Misuzu Valley Railway): two or more capitalised words.
 * The name heads its section unmarked, as written, so one the rights report would count as copying
 * (MAX_COPIED_RUN characters or more without spaces: Kakuu Regional Electric Power Distribution) is
 * not taken: the next name is, or none.
 */
// The English names of a day or a month: capitalised wherever they stand.
export const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

export function latinName(document: Document): string | undefined {
  const counts = new Map<string, number>();
  const body = document.text.slice(document.titleSpan[1]);
  for (const match of body.matchAll(/(?<![.!?]\s|^)\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)+/gu)) {
    // A paragraph's opening words are capitalised whether or not they name anything: a run there
    // whose other words are only a day's or a month's name (Starting Saturday, Last March), which
    // English capitalises anywhere, names nothing. (One whose other words are capitalised by choice,
    // Shiomi Central Hospital, is a name, as are the runs after a full stop and one space the
    // look-behind leaves out.)
    if (
      /\n\s*$/u.test(body.slice(0, match.index)) &&
      match[0]
        .split(/\s/u)
        .slice(1)
        .every((word) => CALENDAR_WORD.test(word))
    )
      continue;
    if (normalizeForMatch(match[0]).length < MAX_COPIED_RUN)
      counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

// A headline that still says it looks ahead (予定, 見通し, 方針 …): the modality is kept.
const LOOKS_AHEAD = /予定|見通し|方針|計画|目指|見込|検討|目標/u;

const DAY = String.raw`(?:\d{4}年度?(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?)`;
// A date with its particle; two dates of one act (2月と3月に, 5月か6月に) move together.
const DATE_WITH_PARTICLE = new RegExp(
  `${DAY}(?:[とか]${DAY})?(?:中|末|以降)?(?:までに|まで|から|にも|に)、?`,
  'u',
);

/**
 * A sentence led by its date: 新館は2027年4月に開館する予定だ。 → 2027年4月に、新館は開館する予定だ。
 * Undefined when it opens with its date already, gives none with a particle, or has a comma before it.
 */
export function dateFirst(text: string): string | undefined {
  const match = DATE_WITH_PARTICLE.exec(text);
  // Only a date of a one-clause sentence: moved past a comma it would lead a clause it does not belong to.
  if (match === null || match.index === 0 || text.slice(0, match.index).includes('、')) return undefined;
  const phrase = match[0].replace(/、$/u, '');
  const rest = `${text.slice(0, match.index)}${text.slice(match.index + match[0].length)}`.replace(
    /、、/gu,
    '、',
  );
  return `${phrase}、${rest}`;
}

/**
 * The last clause of a sentence when it stands as a sentence of its own: after the last 、, opening
 * with a subject of its own (a noun phrase with は or が, not a date or a clause's object) and at
 * least 12 characters. Undefined otherwise.
 */
export function lastClause(text: string): string | undefined {
  const at = text.lastIndexOf('、');
  if (at < 0) return undefined;
  const rest = text.slice(at + 1);
  // A noun phrase (共済金の支払い) with は or が: no case particle before it, so not a clause's object.
  const subject = /^[^、。「」をにでとへや]{2,16}?[はが]/u.exec(rest);
  if (subject === null || [...rest].length < 12 || /^\d/u.test(rest)) return undefined;
  return rest;
}

/** True when the candidate's first date is later than its page's date (a day, month or year to come). */
function isAfterPage(candidate: Candidate): boolean {
  const date = candidate.sentence.dates.find(
    (mention) => mention.year !== undefined || mention.month !== undefined,
  );
  if (date === undefined) return false;
  const page = /^(\d{4})-(\d{2})-(\d{2})/u.exec(candidate.document.publishedAt ?? '');
  if (page === null) return true;
  const year = date.year ?? Number(page[1]);
  const key = `${year}-${String(date.month ?? 99).padStart(2, '0')}-${String(date.day ?? 99).padStart(2, '0')}`;
  return key > `${page[1]}-${page[2]}-${page[3]}`;
}

/** Scheduled steps in date order (the soonest first), then by facts carried. */
function bySoonest(a: Candidate, b: Candidate): number {
  const key = (candidate: Candidate) => {
    const date = candidate.sentence.dates[0];
    return `${date?.year ?? 9999}-${String(date?.month ?? 99).padStart(2, '0')}-${String(date?.day ?? 99).padStart(2, '0')}`;
  };
  return key(a).localeCompare(key(b)) || byFacts(a, b);
}

/**
 * The closing's recap, when the sources give no next step or open question: what the article
 * explained, by the cluster's topics.
 */
function closingRecap(sources: readonly Source[]): Fact {
  const japanese = sources.filter(({ document }) => document.lang === 'ja');
  const topics: Source[] = [];
  for (const source of japanese.length > 0 ? japanese : sources) {
    if (topics.some((other) => other.topic.includes(source.topic) || source.topic.includes(other.topic)))
      continue;
    topics.push(source);
    if (topics.length === 2) break;
  }
  const names = topics.map((source) => source.topic).join('と');
  return templatedFact(
    `今回の記事では、${names}について解説しました。`,
    topics.map((source) => source.topicEvidence),
  );
}

/**
 * How well a key phrase names the story: specific phrases beat generic ones (2 characters ×0.67,
 * 3 ×1, 6 or more ×2 — generic two-kanji nouns such as 病院 rarely name a story), and rank counts
 * rather than raw score, so one very frequent generic noun cannot flatten every other phrase.
 */
function topicScore(text: string, rank: number): number {
  return Math.min([...text].length, 6) / 3 / (1 + 0.3 * rank);
}

/** The source's own topic: its best-naming key phrase, in Japanese. */
function sourceTopic(keyphrases: readonly Keyphrase[]): Keyphrase | undefined {
  let best: Keyphrase | undefined;
  let bestScore = 0;
  keyphrases.forEach((phrase, rank) => {
    const score = topicScore(phrase.text, rank);
    if (score > bestScore && isDisplayText(phrase.text) && !/[\d０-９A-Za-z]/u.test(phrase.text)) {
      best = phrase;
      bestScore = score;
    }
  });
  return best;
}

type Part<T> = { entries: T[]; from: Candidate[] };
type ExplainerParts = {
  timeline: Part<Explainer['timeline'][number]>;
  figures: Part<Explainer['figures'][number]>;
  quotes: Part<Explainer['quotes'][number]>;
};

/**
 * The explainer parts as the article shows them: an entry whose sentence the article already
 * shows elsewhere (a ✅ line that became a figure line, a heading) is left out, and quotes give way
 * from the last while the article is more than MAX_ARTICLE_QUOTE_SHARE quotation — they are the
 * article's illustration, never its bulk. `origin` records each kept entry's source sentence.
 */
function finishExplainer(
  frame: Pick<Article, 'title' | 'leadPoints' | 'sections' | 'closing'>,
  parts: ExplainerParts,
  origin: (path: string, from: Candidate) => void,
): Explainer | undefined {
  const keyOfText = (text: string) => text.normalize('NFKC').replace(/[\s。．「」『』]/gu, '');
  const shown = new Set(articleFacts(frame).map((fact) => keyOfText(fact.text)));
  const keep = <T extends { fact: Fact }>(part: Part<T>) => {
    const kept: Array<{ entry: T; from: Candidate }> = [];
    part.entries.forEach((entry, i) => {
      const key = keyOfText(entry.fact.text);
      if (shown.has(key)) return;
      shown.add(key);
      kept.push({ entry, from: part.from[i] as Candidate });
    });
    return kept;
  };
  const timeline = keep(parts.timeline);
  const figures = keep(parts.figures);
  const quotes = keep(parts.quotes);
  const build = (): Explainer => ({
    timeline: timeline.length < 2 ? [] : timeline.map(({ entry }) => entry),
    figures: figures.map(({ entry }) => entry),
    quotes: quotes.map(({ entry }) => entry),
  });
  while (
    quotes.length > 0 &&
    quotationShare({ ...frame, explainer: build() }).quotedShare > MAX_ARTICLE_QUOTE_SHARE
  )
    quotes.pop();
  const explainer = build();
  if (explainer.timeline.length + explainer.figures.length + explainer.quotes.length === 0) return undefined;
  const record = (name: string, kept: ReadonlyArray<{ from: Candidate }>) => {
    kept.forEach(({ from }, i) => {
      origin(`explainer.${name}[${i}].fact`, from);
    });
  };
  if (explainer.timeline.length > 0) record('timeline', timeline);
  record('figures', figures);
  record('quotes', quotes);
  return explainer;
}
