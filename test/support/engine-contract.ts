// The contract every Engine meets, run against each implementation (offline now; llm later):
// a valid Article, evidence inside its sources, one source per section, three points and three
// ✅ lines, voice lines that add no facts, and determinism where the engine promises it.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ArticleSchema, articleFacts } from '../../src/domain/article.ts';
import type { Document } from '../../src/domain/document.ts';
import { findEvidenceProblems } from '../../src/domain/evidence.ts';
import type { Engine } from '../../src/engines/engine.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { listSourceFiles, readSource } from '../../src/fetch/read-source.ts';
import { createTokenizer, type Tokenizer } from '../../src/text/tokenizer.ts';

const SAMPLES = join(import.meta.dirname, '..', '..', 'samples');

/** Reads every sample cluster into Documents, ids s1, s2, … per cluster. */
export async function loadSampleClusters(): Promise<Map<string, Document[]>> {
  const clusters = new Map<string, Document[]>();
  const names = readdirSync(SAMPLES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    const files = await listSourceFiles(join(SAMPLES, name));
    const documents: Document[] = [];
    for (const file of files)
      documents.push(extractDocument(await readSource(file, {}), { id: `s${documents.length + 1}` }));
    clusters.set(name, documents);
  }
  return clusters;
}

/** Registers the engine contract tests for one engine. */
export function describeEngineContract(
  name: string,
  createEngine: () => Engine,
  options: { deterministic: boolean },
) {
  describe(`Engine contract: ${name}`, () => {
    let tokenizer: Tokenizer;
    let clusters: Map<string, Document[]>;
    before(async () => {
      tokenizer = await createTokenizer();
      clusters = await loadSampleClusters();
    });

    it('returns a valid Article with one section per source, in source order', async () => {
      for (const documents of clusters.values()) {
        const article = ArticleSchema.parse(await createEngine().composeArticle(documents, { tokenizer }));
        assert.deepEqual(
          article.sections.map((section) => section.sourceId),
          documents.map((document) => document.id),
        );
        assert.equal(article.sources.length, documents.length);
        for (const [index, source] of article.sources.entries()) {
          assert.equal(source.contentHash, documents[index]?.contentHash);
        }
      }
    });

    it('grounds every factual unit in spans of its sources, and each section only in its own', async () => {
      for (const documents of clusters.values()) {
        const article = await createEngine().composeArticle(documents, { tokenizer });
        assert.deepEqual(findEvidenceProblems(article, documents), []);
        for (const fact of articleFacts(article)) assert.ok(fact.evidence.length > 0, fact.text);
        for (const section of article.sections) {
          const own = [section.heading, section.hook.question, section.hook.answer, ...section.card.summary];
          for (const fact of [...own, ...section.body.flatMap((paragraph) => paragraph.sentences)]) {
            assert.ok(
              fact.evidence.every((span) => span.sourceId === section.sourceId),
              fact.text,
            );
          }
        }
      }
    });

    it('gives three distinct 💡 points at each end and three distinct ✅ lines per card', async () => {
      for (const documents of clusters.values()) {
        const article = await createEngine().composeArticle(documents, { tokenizer });
        const lead = article.leadPoints.map((fact) => fact.text);
        const closing = article.closing.points.map((fact) => fact.text);
        assert.equal(new Set(lead).size, 3);
        assert.equal(new Set(closing).size, 3);
        assert.ok(
          closing.every((text) => !lead.includes(text)),
          'closing points repeat lead points',
        );
        for (const section of article.sections) {
          assert.equal(new Set(section.card.summary.map((fact) => fact.text)).size, 3);
        }
      }
    });

    it('keeps voice lines free of facts: no digits and no names from the sources', async () => {
      for (const documents of clusters.values()) {
        const article = await createEngine().composeArticle(documents, { tokenizer });
        for (const section of article.sections) {
          for (const line of [section.comment, ...section.dialogue]) {
            assert.equal(line.kind, 'voice');
            assert.doesNotMatch(line.text, /[0-9０-９]/, line.text);
            const document = documents.find((candidate) => candidate.id === section.sourceId);
            const heading = document?.title ?? '';
            // No run of 4+ characters of the headline (names, places) appears in a voice line.
            for (let i = 0; i + 4 <= heading.length; i += 1) {
              assert.ok(
                !line.text.includes(heading.slice(i, i + 4)),
                `${line.text} repeats ${heading.slice(i, i + 4)}`,
              );
            }
          }
        }
      }
    });

    if (options.deterministic) {
      it('gives the same Article for the same documents', async () => {
        for (const documents of clusters.values()) {
          const first = await createEngine().composeArticle(documents, { tokenizer });
          const second = await createEngine().composeArticle([...documents], { tokenizer });
          assert.equal(JSON.stringify(first), JSON.stringify(second));
        }
      });
    }
  });
}
