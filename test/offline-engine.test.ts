import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Document } from '../src/domain/document.ts';
import { createOfflineEngine } from '../src/engines/offline/compose-offline-article.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { describeEngineContract, loadSampleClusters } from './support/engine-contract.ts';

describeEngineContract('offline', createOfflineEngine, { deterministic: true });

describe('offline engine', () => {
  let tokenizer: Tokenizer;
  let clusters: Map<string, Document[]>;
  before(async () => {
    tokenizer = await createTokenizer();
    clusters = await loadSampleClusters();
  });

  it('quotes the hook answer whole, so a claim keeps its speaker and the question names them', async () => {
    let reported = 0;
    for (const documents of clusters.values()) {
      const article = await createOfflineEngine().composeArticle(documents, { tokenizer });
      for (const section of article.sections) {
        const { question, answer } = section.hook;
        assert.equal(answer.verbatim, true);
        assert.equal(answer.text, answer.evidence[0]?.text);
        if (answer.modality === 'reported' && answer.speaker !== undefined) {
          reported += 1;
          assert.ok(answer.text.includes(answer.speaker));
          assert.ok(question.text.includes(answer.speaker), question.text);
        }
      }
    }
    assert.ok(reported > 0, 'the samples should yield at least one attributed hook answer');
  });

  it('asks a different hook question in each section', async () => {
    for (const documents of clusters.values()) {
      const article = await createOfflineEngine().composeArticle(documents, { tokenizer });
      const questions = article.sections.map((section) => section.hook.question.text);
      assert.equal(new Set(questions).size, questions.length, questions.join(' / '));
    }
  });

  it('does not repeat a ✅ line or a 💡 point as the hook answer or in the body', async () => {
    for (const documents of clusters.values()) {
      const article = await createOfflineEngine().composeArticle(documents, { tokenizer });
      const points = [...article.leadPoints, ...article.closing.points].map((fact) => fact.text);
      for (const section of article.sections) {
        const card = section.card.summary.map((fact) => fact.text);
        const body = section.body.flatMap((paragraph) => paragraph.sentences.map((fact) => fact.text));
        for (const text of [section.hook.answer.text, ...body]) {
          assert.ok(!card.includes(text), `repeats a ✅ line: ${text}`);
          assert.ok(!points.includes(text), `repeats a 💡 point: ${text}`);
        }
      }
    }
  });

  it('closes with points that are not ✅ lines when the sources offer other sentences', async () => {
    for (const documents of clusters.values()) {
      const article = await createOfflineEngine().composeArticle(documents, { tokenizer });
      const card = new Set(
        article.sections.flatMap((section) => section.card.summary.map((fact) => fact.text)),
      );
      for (const point of article.closing.points) assert.ok(!card.has(point.text), point.text);
    }
  });

  it('titles the article with key phrases found in the sources, not by copying a headline', async () => {
    for (const documents of clusters.values()) {
      const article = await createOfflineEngine().composeArticle(documents, { tokenizer });
      assert.ok(documents.every((document) => !article.title.text.includes(document.title)));
      for (const span of article.title.evidence) assert.ok(article.title.text.includes(span.text), span.text);
    }
  });

  it('says the article is mostly quotation', async () => {
    const [documents] = clusters.values();
    const article = await createOfflineEngine().composeArticle(documents ?? [], { tokenizer });
    assert.equal(article.quotation.quoteHeavy, true);
    assert.ok(article.quotation.quotedShare > 0.5 && article.quotation.quotedShare <= 1);
  });

  it('refuses a source with fewer than three usable sentences, naming it', async () => {
    const [documents] = clusters.values();
    const first = documents?.[0];
    assert.ok(first);
    const short = {
      ...first,
      id: 's9',
      text: `${first.title}\n\n短い本文です。`,
      url: 'https://short.example/a',
    };
    await assert.rejects(
      createOfflineEngine().composeArticle([short], { tokenizer }),
      (error: Error & { code?: string }) =>
        error.code === 'SOURCE_TOO_SHORT' && /short\.example/.test(error.message),
    );
  });
});
