// underBar (compose-offline-article.ts): an article over the quotation bar is drafted again with
// no quoted key fact on the cards of the sections over it, and the redraft is kept only where it
// brings the article or a section under a limit, with neither share rising. Invented drafts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, Fact, Section } from '../../domain/article.ts';
import { quotationShare } from '../../domain/quotation-share.ts';
import { underBar } from './compose-offline-article.ts';

const fact = (text: string, verbatim = false): Fact => ({
  kind: 'fact',
  text,
  evidence: [],
  modality: 'asserted',
  verbatim,
});

// A section of 100 shown characters (10 of heading, 10 of question, 80 of card lines) whose card
// quotes `quoted` of them.
function section(quoted: number): Section {
  return {
    sourceId: 's1',
    heading: fact('あ'.repeat(10)),
    hook: { question: fact('い'.repeat(10)), answer: fact('') },
    comment: { kind: 'voice', role: 'explainer', text: '' },
    card: {
      url: 'https://example.invalid/a',
      summary: [fact('う'.repeat(quoted), true), fact('え'.repeat(80 - quoted)), fact('')],
    },
    dialogue: [],
    body: [],
  } as unknown as Section;
}

function draft(...quoted: number[]): { article: Article } {
  const sections = quoted.map(section);
  const frame = {
    title: fact('お'),
    leadPoints: [] as unknown as Article['leadPoints'],
    sections,
    closing: { sentence: fact(''), points: [] as unknown as Article['closing']['points'] },
  };
  return { article: { ...frame, quotation: quotationShare(frame) } as unknown as Article };
}

describe('underBar', () => {
  it('keeps the first draft when it is under the bar, drafting nothing else', () => {
    const asked: number[][] = [];
    const first = draft(30, 20);
    const kept = underBar((cards) => {
      asked.push([...cards.ownCards]);
      return first;
    });
    assert.equal(kept, first);
    assert.deepEqual(asked, [[]]);
  });

  it('drafts again with own cards for the sections over the bar, and keeps a redraft under it', () => {
    const asked: number[][] = [];
    const redraft = draft(30, 30);
    const kept = underBar((cards) => {
      asked.push([...cards.ownCards]);
      return cards.ownCards.size === 0 ? draft(30, 45) : redraft;
    });
    assert.deepEqual(asked[1], [1]);
    assert.equal(kept, redraft);
  });

  it('keeps the first draft when the redraft passes no limit, or lets a share rise', () => {
    const first = draft(20, 48);
    // Still over the bar (48% → 44%): a card's key fact is not given up for a few characters.
    assert.equal(
      underBar((cards) => (cards.ownCards.size === 0 ? first : draft(20, 44))),
      first,
    );
    // Under the bar in the section, but the article's share rises.
    const other = draft(30, 60);
    assert.equal(
      underBar((cards) => (cards.ownCards.size === 0 ? other : draft(70, 30))),
      other,
    );
  });
  it('drafts once more with hooks retold in own words while still over, on the best cards so far', () => {
    const plans: Array<{ cards: number[]; retell: boolean }> = [];
    const retold = draft(30, 35);
    const kept = underBar((plan) => {
      plans.push({ cards: [...plan.ownCards], retell: plan.retellHooks });
      if (plan.retellHooks) return retold;
      // Own cards alone leave the section over the bar (46% → 44%): not kept.
      return plan.ownCards.size === 0 ? draft(30, 46) : draft(30, 44);
    });
    assert.deepEqual(plans, [
      { cards: [], retell: false },
      { cards: [1], retell: false },
      { cards: [], retell: true },
    ]);
    assert.equal(kept, retold);
  });
});
