import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Article, Conflict } from '../src/domain/article.ts';
import { articleFacts } from '../src/domain/article.ts';
import type { Document } from '../src/domain/document.ts';
import { FindingSchema } from '../src/domain/report.ts';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import {
  createUnderstanding,
  declareFixedTexts,
  type Understanding,
} from '../src/understand/understand-document.ts';
import { findConflicts } from '../src/verify/find-conflicts.ts';
import { type VerifyOptions, verifyArticle } from '../src/verify/verify-article.ts';
import { articleArbitrary, fact, sampleArticle } from './support/article-factory.ts';
import { loadSampleClusters } from './support/engine-contract.ts';

const HASH = `sha256:${'0'.repeat(64)}`;

/** A Document whose text is `paragraphs`, headline first. */
function documentOf(id: string, paragraphs: readonly string[]): Document {
  const text = paragraphs.join('\n\n');
  const title = paragraphs[0] ?? '見出し';
  return {
    id,
    url: `https://news.example/${id}`,
    title,
    lang: 'ja',
    text,
    titleSpan: [0, title.length],
    contentHash: HASH,
  };
}

/**
 * Sources that say exactly what the article says: every fact's text goes to its section's source
 * (article-level facts to s1; body sentences unless `withBodies` is false), plus `extra` sentences per source.
 */
function matchingDocuments(
  article: Article,
  extra: Record<string, string[]> = {},
  withBodies = true,
): Document[] {
  const texts = new Map(article.sources.map((source) => [source.id, [...(extra[source.id] ?? [])]]));
  for (const section of article.sections) {
    const bodies = withBodies ? section.body.flatMap((paragraph) => paragraph.sentences) : [];
    for (const unit of [section.heading, section.hook.answer, ...section.card.summary, ...bodies]) {
      texts.get(section.sourceId)?.push(unit.text);
    }
  }
  const articleLevel = [
    article.title,
    ...article.leadPoints,
    article.closing.sentence,
    ...article.closing.points,
  ];
  for (const unit of articleLevel) texts.get('s1')?.push(unit.text);
  return [...texts].map(([id, paragraphs]) => documentOf(id, paragraphs));
}

/** The sample Article with its first section's body set to `sentence`. */
function withBody(sentence: string, sourceId = 's1'): Article {
  const article = sampleArticle();
  const index = article.sections.findIndex((section) => section.sourceId === sourceId);
  const section = article.sections[index];
  assert.ok(section);
  section.body = [{ kind: 'prose', sentences: [fact(sentence, sourceId)] }];
  return article;
}

const BODY = 'sections[0].body[0].sentences[0]';

describe('verifyArticle', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });

  /** Codes of the error findings at `path` when the body says `unit` and the source says `source`. */
  function errorsFor(unit: string, source: string, path = BODY): string[] {
    const article = withBody(unit);
    const report = verifyArticle(article, matchingDocuments(article, { s1: [source] }, false), tokenizer);
    return report.findings
      .filter(
        (finding) =>
          finding.severity === 'error' && 'path' in finding.location && finding.location.path === path,
      )
      .map((finding) => finding.code);
  }

  const cases: { check: string; source: string; faithful: string; altered: string }[] = [
    {
      check: 'support.number',
      source: 'カナメ半導体は新工場で約１２００人を新たに雇用する計画だ。',
      faithful: 'カナメ半導体は新工場で約1200人を新たに雇用する計画だ。',
      altered: 'カナメ半導体は新工場で約1500人を新たに雇用する計画だ。',
    },
    {
      check: 'support.number',
      source: '投資額は約3200億円と同社として過去最大となる。',
      faithful: '投資額は約3200億円と同社として過去最大となる。',
      altered: '投資額は約3800億円と同社として過去最大となる。',
    },
    {
      check: 'support.date',
      source: '市は2025年6月17日に進出協定を結んだ。',
      faithful: '市は2025年6月17日に進出協定を結んだ。',
      altered: '市は2025年6月18日に進出協定を結んだ。',
    },
    {
      check: 'support.name',
      source: '鷹ノ巣市の千葉正和市長は記者団の取材に応じた。',
      faithful: '鷹ノ巣市の千葉正和市長は記者団の取材に応じた。',
      altered: '大館市の千葉正和市長は記者団の取材に応じた。',
    },
    {
      check: 'support.negation',
      source: '市は周辺の農業用水への影響はないと判断した。',
      faithful: '市は周辺の農業用水への影響はないと判断した。',
      altered: '市は周辺の農業用水への影響はあると判断した。',
    },
    {
      check: 'support.modality',
      source: '着工は2028年度に遅れる可能性がある。',
      faithful: '着工は2028年度に遅れる可能性がある。',
      altered: '着工は2028年度に遅れることが確実だ。',
    },
    {
      check: 'support.attribution',
      source: '漁協の組合長は「補償の中身を文書で示してほしい」と話した。',
      faithful: '漁協の組合長は「補償の中身を文書で示してほしい」と話した。',
      altered: '補償の中身を文書で示してほしい。',
    },
    {
      check: 'support.coverage',
      source: '新工場は市北部の工業団地に建設される。',
      faithful: '新工場は市北部の工業団地に建設される。',
      altered: '県は独自の補助金制度を設け、若者の定住を強く後押しする。',
    },
    {
      check: 'quote.altered',
      source: '市長は「長年の誘致活動が実を結んだ」と述べた。',
      faithful: '市長は「長年の誘致活動が実を結んだ」と述べた。',
      altered: '市長は「長年の誘致計画が実を結んだ」と述べた。',
    },
    {
      check: 'role.mismatch',
      source: '宇野川病院の村井直人院長が調印式に出席した。',
      faithful: '宇野川病院の村井直人院長が調印式に出席した。',
      altered: '宇野川病院の村井直人理事長が調印式に出席した。',
    },
  ];
  for (const { check, source, faithful, altered } of cases) {
    it(`passes a faithful unit and reports ${check} on its altered copy (${altered})`, () => {
      assert.deepEqual(errorsFor(faithful, source), []);
      assert.ok(errorsFor(altered, source).includes(check), `expected ${check} for ${altered}`);
    });
  }

  it('reports binding.other-source for a sentence only the other section’s source says', () => {
    const moved = '港湾の再開発で、新たな物流拠点が2棟整備される予定だ。';
    const article = withBody(moved);
    const documents = matchingDocuments(article, { s2: [moved] }, false).map((document) =>
      document.id === 's1'
        ? documentOf(
            's1',
            document.text.split('\n\n').filter((p) => p !== moved),
          )
        : document,
    );
    const codes = verifyArticle(article, documents, tokenizer)
      .findings.filter((finding) => 'path' in finding.location && finding.location.path === BODY)
      .map((finding) => finding.code);
    assert.ok(codes.includes('binding.other-source'), codes.join(','));
  });

  it('checks an unchanged unit once per understanding, a changed one afresh, a moved one at its new path', () => {
    const said = '新工場は市北部の工業団地に建設される。';
    const article = withBody(said);
    const documents = matchingDocuments(article, { s1: [said] }, false);
    const shared = createUnderstanding(tokenizer);
    // Counts the units read against their scope (each unit asks for its scope's readings).
    let reads = 0;
    const understanding: Understanding = {
      tokenizer,
      get synonyms() {
        return shared.synonyms;
      },
      of(document) {
        reads += 1;
        return shared.of(document);
      },
    };
    const conflicts: Conflict[] = [];
    const verify = (subject: Article, options: VerifyOptions = {}) =>
      verifyArticle(subject, documents, tokenizer, { understanding, conflicts, ...options });
    const first = verify(article);
    const firstReads = reads;
    reads = 0;
    // The same article again, or parsed (its keys in another order), as a build's engine and its
    // report verify it: the report is remembered, no source is read.
    const reordered = JSON.parse(
      JSON.stringify(article, (_key, value: unknown) =>
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    ) as Article;
    assert.notEqual(JSON.stringify(reordered), JSON.stringify(article));
    assert.deepEqual(verify(reordered), first);
    assert.equal(reads, 0);
    // Verified under other limits, the article is verified again: each source read once to set up,
    // and no unit checked again (the conflicts are given, as a build gives them).
    const again = verify(article, { rights: {} });
    assert.deepEqual(again, first);
    assert.equal(reads, documents.length);
    assert.ok(firstReads > 2 * documents.length, `${firstReads}`);
    // Other conflicts: the article's report is worked out again.
    reads = 0;
    verify(article, { conflicts: [] });
    assert.equal(reads, documents.length);
    // A unit whose text changed at the same path is checked again.
    const altered = withBody('新工場は市南部の工業団地に建設される。');
    const errors = (report: typeof first, path: string) =>
      report.findings
        .filter(
          (finding) =>
            finding.severity === 'error' && 'path' in finding.location && finding.location.path === path,
        )
        .map((finding) => finding.code);
    assert.deepEqual(errors(first, BODY), []);
    assert.ok(errors(verify(altered), BODY).length > 0);
    // The same altered text at another path points its findings at that path, without being
    // checked again (as a repair round that drops a unit moves the ones after it): no source is
    // read but to set up.
    const moved = withBody('新工場は市南部の工業団地に建設される。');
    const section = moved.sections[0];
    assert.ok(section);
    section.body = [{ kind: 'prose', sentences: [fact(said, 's1'), ...(section.body[0]?.sentences ?? [])] }];
    reads = 0;
    const movedReport = verify(moved);
    assert.equal(reads, documents.length);
    assert.deepEqual(errors(movedReport, BODY), []);
    assert.deepEqual(errors(movedReport, 'sections[0].body[0].sentences[1]'), errors(verify(altered), BODY));
  });

  it("remembers the last report by the article's data: an undefined field is absent, a change in place is seen", () => {
    const said = '新工場は市北部の工業団地に建設される。';
    const article = withBody(said);
    const documents = matchingDocuments(article, { s1: [said] }, false);
    const shared = createUnderstanding(tokenizer);
    let reads = 0;
    const understanding: Understanding = {
      tokenizer,
      get synonyms() {
        return shared.synonyms;
      },
      of(document) {
        reads += 1;
        return shared.of(document);
      },
    };
    const conflicts: Conflict[] = [];
    const verify = (subject: Article) =>
      verifyArticle(subject, documents, tokenizer, { understanding, conflicts });
    const first = verify(article);
    assert.ok(reads > 0);
    reads = 0;
    // A field given as undefined is one JSON leaves out: the same article, its report remembered.
    assert.deepEqual(verify({ ...article, conflicts: undefined }), first);
    assert.equal(reads, 0);
    // The same object changed in place after it was verified: a new article, verified again.
    const sentence = article.sections[0]?.body[0]?.sentences[0];
    assert.ok(sentence);
    sentence.text = '新工場は市南部の工業団地に建設される。';
    const changed = verify(article);
    assert.ok(reads > 0);
    assert.ok(
      changed.findings.some(
        (finding) =>
          finding.severity === 'error' && 'path' in finding.location && finding.location.path === BODY,
      ),
    );
  });

  it('reports role.contradiction when one person carries two roles, and not when the roles agree', () => {
    const build = (first: string, second: string) => {
      const article = withBody(`${first}は記者会見で統合の狙いを説明した。`);
      const other = article.sections[1];
      assert.ok(other);
      other.body = [
        { kind: 'prose', sentences: [fact(`${second}は記者会見で統合の狙いを説明した。`, 's2')] },
      ];
      const documents = matchingDocuments(article);
      return verifyArticle(article, documents, tokenizer).findings.map((finding) => finding.code);
    };
    assert.ok(build('村井直人院長', '村井直人理事長').includes('role.contradiction'));
    assert.ok(build('トランプ大統領', 'トランプ前大統領').includes('role.contradiction'));
    assert.ok(!build('村井直人院長', '村井直人院長').includes('role.contradiction'));
  });

  it('reports voice.fact for a comment that states a figure or name its source lacks', () => {
    const article = sampleArticle();
    const first = article.sections[0];
    assert.ok(first);
    const documents = matchingDocuments(article);
    const codesAt = (path: string) =>
      verifyArticle(article, documents, tokenizer)
        .findings.filter((finding) => 'path' in finding.location && finding.location.path === path)
        .map((finding) => finding.code);
    assert.deepEqual(codesAt('sections[0].comment'), []);
    first.comment = { kind: 'voice', role: 'explainer', text: '3000人も雇用するとはトヨタも驚きですね。' };
    const findings = verifyArticle(article, documents, tokenizer).findings.filter(
      (finding) => 'path' in finding.location && finding.location.path === 'sections[0].comment',
    );
    assert.ok(findings.some((finding) => finding.code === 'voice.fact' && finding.evidence === '3000人'));
    assert.ok(findings.some((finding) => finding.code === 'voice.fact' && finding.evidence === 'トヨタ'));
  });

  it('reads a fixed voice line without its scaffolding once per process, and any other line per build', () => {
    const fixed = '何が起きたのかを順に確かめたい話題ですね。';
    const other = '何が起きたのかを一緒に確かめたい話題ですね。';
    declareFixedTexts([fixed]);
    const texts: string[] = [];
    const counting: Tokenizer = {
      kind: tokenizer.kind,
      tokenize(text) {
        texts.push(text);
        return tokenizer.tokenize(text);
      },
    };
    const article = sampleArticle();
    const documents = matchingDocuments(article);
    const [first, second] = article.sections;
    assert.ok(first && second);
    first.comment = { kind: 'voice', role: 'explainer', text: fixed };
    second.comment = { kind: 'voice', role: 'explainer', text: other };
    const comments = () =>
      verifyArticle(article, documents, counting, {
        understanding: createUnderstanding(counting),
      }).findings.filter(
        (finding) => 'path' in finding.location && /^sections\[[01]\]\.comment$/u.test(finding.location.path),
      );
    assert.deepEqual(comments(), []);
    assert.deepEqual(comments(), []);
    // The names are read from the line with its scaffolding (何が起きた) blanked out; the fixed
    // line's text and that text went to the tokenizer once in two builds, the other line's twice.
    const times = (text: string) => texts.filter((each) => each === text).length;
    assert.deepEqual(
      [fixed, ' のかを順に確かめたい話題ですね。', other, ' のかを一緒に確かめたい話題ですね。'].map(times),
      [1, 1, 2, 2],
    );
  });

  it('verifies the offline articles of every sample cluster without errors once the pipeline reports the conflicts', async () => {
    const engine = createOfflineEngine();
    for (const [name, documents] of await loadSampleClusters()) {
      const article = await engine.composeArticle(documents, { tokenizer });
      article.conflicts = findConflicts(documents, createUnderstanding(tokenizer));
      const report = verifyArticle(article, documents, tokenizer);
      const errors = report.findings.filter((finding) => finding.severity === 'error');
      assert.deepEqual(errors, [], `${name}: ${JSON.stringify(errors)}`);
      const reported = report.findings.filter((finding) => finding.code === 'conflict.reported');
      const contradictions = report.findings.filter((finding) => finding.code === 'role.contradiction');
      if (name === 'hospital-merger') {
        // One source calls 村井直人 院長, the others 理事長; the article says so, so where it gives
        // him both roles a person looks (a warning, not an error).
        assert.equal(reported.length, 1);
        assert.match(reported[0]?.message ?? '', /村井直人/);
        for (const contradiction of contradictions) assert.equal(contradiction.severity, 'warning');
      } else if (name === 'chip-factory') {
        assert.equal(reported.length, 1);
        assert.match(reported[0]?.message ?? '', /1500人.*1200人/);
      } else assert.deepEqual(reported, []);
      // The offline article titles and heads its sections in its own words, never a source headline.
      assert.deepEqual(
        report.findings.filter((finding) => finding.code === 'rights.title-copy'),
        [],
        name,
      );
    }
  });

  it('blocks an article that states a value its sources disagree on without reporting the conflict', async () => {
    const clusters = await loadSampleClusters();
    const engine = createOfflineEngine();
    for (const [name, documents] of clusters) {
      const article = await engine.composeArticle(documents, { tokenizer });
      const unreported = verifyArticle(article, documents, tokenizer).findings.filter(
        (finding) => finding.code === 'conflict.unreported',
      );
      if (name === 'chip-factory') {
        assert.equal(unreported.length, 1);
        assert.equal(unreported[0]?.severity, 'error');
        assert.match(unreported[0]?.message ?? '', /s1 「1500人」.*s2 「約1200人」/);
      } else if (name === 'hospital-merger') {
        assert.equal(unreported.length, 1);
        assert.match(unreported[0]?.message ?? '', /院長/);
      } else assert.deepEqual(unreported, [], name);
    }
  });

  it('reports conflict.evidence when a reported conflict’s evidence is not its source’s text', async () => {
    const documents = (await loadSampleClusters()).get('chip-factory') ?? [];
    const article = await createOfflineEngine().composeArticle(documents, { tokenizer });
    const conflicts = findConflicts(documents, createUnderstanding(tokenizer));
    const claim = conflicts[0]?.claims[0];
    assert.ok(claim);
    claim.evidence = { ...claim.evidence, text: `${claim.evidence.text.slice(1)}。` };
    article.conflicts = conflicts;
    const codes = verifyArticle(article, documents, tokenizer).findings.map((finding) => finding.code);
    assert.ok(codes.includes('conflict.evidence'));
  });

  it('includes the rights findings, with limits passed through', () => {
    const article = sampleArticle();
    const documents = matchingDocuments(article);
    const strict = verifyArticle(article, documents, tokenizer, { rights: { maxArticleShare: 0.1 } });
    const lenient = verifyArticle(article, documents, tokenizer, {
      rights: { maxArticleShare: 1, maxSectionShare: 1 },
    });
    const isArticleShare = (finding: { code: string; location: object }) =>
      finding.code === 'rights.quote-share' &&
      'path' in finding.location &&
      finding.location.path === 'quotation';
    assert.ok(strict.findings.some(isArticleShare));
    assert.ok(!lenient.findings.some(isArticleShare));
  });

  it('never throws on random valid Articles and points every finding at an existing field', () => {
    fc.assert(
      fc.property(articleArbitrary, (article) => {
        const report = verifyArticle(article, matchingDocuments(article), tokenizer);
        assert.ok(['publishable', 'needs_review', 'blocked'].includes(report.verdict));
        for (const finding of report.findings) {
          FindingSchema.parse(finding);
          assert.ok('path' in finding.location);
          assert.notEqual(resolvePath(article, finding.location.path), undefined, finding.location.path);
        }
        assert.ok(articleFacts(article).length > 0);
      }),
      { numRuns: 40 },
    );
  });
});

/** The value at a JSON path such as `sections[0].card.summary[1]`, or undefined. */
function resolvePath(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const [, key, index] of path.matchAll(/\.?([A-Za-z_$][\w$]*)|\[(\d+)\]/gu)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key ?? Number(index)];
  }
  return value;
}
