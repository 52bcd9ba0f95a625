// The verifier against text it was not tuned on, end to end: the offline engine's articles built
// from the claims-dev stories (../shared/data/claims-dev, pages the project did not write) verify
// with no error, and the chip-factory claims the verification issue names are judged as a careful
// reader would (three fabrications rejected, the true sentence supported by the pages that say it).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Document } from '../src/domain/document.ts';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { extractDocument } from '../src/extract/extract-document.ts';
import { readSource } from '../src/fetch/read-source.ts';
import { buildArticle } from '../src/pipeline/build-article.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { createUnderstanding, type Understanding } from '../src/understand/understand-document.ts';
import { findConflicts } from '../src/verify/find-conflicts.ts';
import { verifyArticle, verifyClaim } from '../src/verify/verify-article.ts';
import { sharedData } from './support/shared-data.ts';

const claimsDev = sharedData('data/claims-dev');
const CLAIMS_DEV = claimsDev.path;
const CHIP = join(import.meta.dirname, '..', 'samples', 'chip-factory');

// The claims-dev stories, as the clusters their READMEs describe: three outlets each, by page number.
const STORIES: Record<string, [string, string[]]> = {
  'set1 ransomware outage': ['set1', ['01', '02', '03']],
  'set1 new Shinkansen station': ['set1', ['04', '05', '06']],
  'set2 school-lunch fees': ['set2', ['21', '22', '23']],
  'set2 typhoon damage': ['set2', ['24', '25', '26']],
};

/** The .html pages of a story, found by their number prefix. */
function pagesOf(set: string, numbers: readonly string[]): string[] {
  const folder = join(CLAIMS_DEV, set, 'pages');
  const files = readdirSync(folder).filter((file) => file.endsWith('.html'));
  return numbers.map((number) => {
    const file = files.find((name) => name.startsWith(`${number}-`));
    assert.ok(file, `page ${number} of ${set}`);
    return join(folder, file);
  });
}

let tokenizer: Tokenizer;
before(async () => {
  tokenizer = await createTokenizer();
});

describe('offline articles from the claims-dev stories', {
  skip: claimsDev.skip,
}, () => {
  for (const [story, [set, numbers]] of Object.entries(STORIES)) {
    it(`verifies the ${story} article with no error`, async () => {
      const result = await buildArticle(pagesOf(set, numbers), { tokenizer, engine: createOfflineEngine() });
      const report = verifyArticle(result.article, result.documents, tokenizer, {
        understanding: result.understanding,
      });
      const errors = report.findings.filter((finding) => finding.severity === 'error');
      assert.deepEqual(
        errors.map(
          (finding) =>
            `${finding.code} ${'path' in finding.location ? finding.location.path : ''}: ${finding.message}`,
        ),
        [],
      );
      // The article is about the story: one section per page.
      assert.equal(result.article.sections.length, numbers.length);
    });
  }
});

describe('the claims-dev stories’ planted disagreements, found by the conflict finder', {
  skip: claimsDev.skip,
}, () => {
  // From the sets' READMEs ("Planted disagreements"): the values of each planted disagreement.
  // D1 (8万5千 / 十三万 patients, one a hearsay estimate), D2 (3時 / 1時半, times of day) and the
  // subsidy budget (9800万円 / 1億2千万円, said in clauses with no word in common) are not found yet.
  const PLANTED: Record<string, string[][]> = {
    'set1 ransomware outage': [['約1200人', '約千五百人']],
    'set1 new Shinkansen station': [
      ['約1280億円', '1280億円', '千四百六十億円'],
      ['約4800人', '約6000人'],
    ],
    'set2 school-lunch fees': [['3月19日', '3月24日']],
    'set2 typhoon damage': [
      ['約1250ヘクタール', '約1520ヘクタール'],
      ['約320戸', '約350戸'],
    ],
  };
  for (const [story, [set, numbers]] of Object.entries(STORIES)) {
    it(`finds exactly the planted disagreements of ${story}`, async () => {
      const documents: Document[] = [];
      for (const file of pagesOf(set, numbers))
        documents.push(extractDocument(await readSource(file, {}), { id: `s${documents.length + 1}` }));
      const conflicts = findConflicts(documents, createUnderstanding(tokenizer));
      assert.deepEqual(
        conflicts.map((conflict) => conflict.claims.map((claim) => claim.value)),
        PLANTED[story],
      );
    });
  }
});

describe('the chip-factory claims of the verification issue', () => {
  let documents: Document[];
  let understanding: Understanding;
  before(async () => {
    const files = [
      'miyagi-higashi-takanosu.html',
      'tech-sangyo-kaname-plant.html',
      'yomitoku-why-miyagi.html',
    ];
    documents = [];
    for (const file of files)
      documents.push(
        extractDocument(await readSource(join(CHIP, file), {}), { id: `s${documents.length + 1}` }),
      );
    understanding = createUnderstanding(tokenizer);
  });
  const check = (sentence: string, sources = documents) =>
    verifyClaim(sentence, sources, tokenizer, understanding);
  const errorCodes = (sentence: string, sources = documents) =>
    check(sentence, sources)
      .problems.filter((problem) => problem.severity === 'error')
      .map((problem) => problem.code);

  it('rejects a resignation no source reports', () => {
    const verdict = check('岡部隆之社長は辞任した。');
    assert.equal(verdict.supported, false);
    assert.ok(errorCodes('岡部隆之社長は辞任した。').includes('support.predicate'));
  });

  it('flags a plain-word claim in a dialogue line, not a reaction', async () => {
    const result = await buildArticle([CHIP], { tokenizer, engine: createOfflineEngine() });
    const index = result.article.sections.findIndex((section) =>
      result.documents.find((document) => document.id === section.sourceId)?.text.includes('岡部'),
    );
    const section = result.article.sections[index];
    assert.ok(section, 'a section whose source names 岡部');
    const lines = (...texts: string[]) =>
      texts.map((text, i) => ({ kind: 'voice' as const, role: i % 2 === 0 ? 'reader' : 'explainer', text }));
    section.dialogue = lines(
      '岡部隆之社長は辞任しました。',
      'なるほど、よく分かりました。',
    ) as typeof section.dialogue;
    const findings = verifyArticle(result.article, result.documents, tokenizer, {
      understanding: result.understanding,
    }).findings.filter(
      (finding) =>
        'path' in finding.location && finding.location.path.startsWith(`sections[${index}].dialogue`),
    );
    assert.deepEqual(
      findings
        .filter((finding) => finding.severity === 'error')
        .map((finding) => [finding.code, 'path' in finding.location && finding.location.path]),
      [['voice.fact', `sections[${index}].dialogue[0]`]],
    );
  });

  it('rejects giving up the plant, which the sources do not say', () => {
    assert.equal(check('カナメ半導体は新工場の建設を断念した。').supported, false);
  });

  it('rejects the negated plan as a flipped negation', () => {
    assert.deepEqual(errorCodes('カナメ半導体は新工場を建設しない。'), ['support.negation']);
  });

  it('supports the hiring plan with the pages that give it, and calls it a conflict with the page that says 1500', () => {
    const [takanosu, techSangyo, yomitoku] = documents as [Document, Document, Document];
    const claim = 'カナメ半導体は約1200人を新たに雇用する計画だ。';
    const agreeing = [techSangyo, yomitoku].map((document, i) => ({ ...document, id: `s${i + 1}` }));
    const verdict = check(claim, agreeing);
    assert.equal(verdict.supported, true, JSON.stringify(verdict.problems));
    assert.ok(verdict.evidence.some((span) => span.text.includes('約1200人を新たに雇用する計画')));
    // With the page that reports 約1500人 also listed, stating 1200 as settled hides the disagreement.
    assert.ok(
      errorCodes(
        claim,
        [takanosu, techSangyo].map((d, i) => ({ ...d, id: `s${i + 1}` })),
      ).includes('conflict.settled'),
    );
  });
});
