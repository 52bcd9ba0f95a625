import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Article } from '../src/domain/article.ts';
import type { Document } from '../src/domain/document.ts';
import {
  createOfflineEngine,
  lineTrait,
  MAX_TITLE_CHARS,
  statesSomething,
} from '../src/engines/offline/compose-offline-article.ts';
import { readCandidates } from '../src/engines/offline/read-candidates.ts';
import { traitOfVoiceLine, VOICE_LINES } from '../src/engines/offline/voice-lines.ts';
import { copiedRun, MAX_COPIED_RUN, writeSpeechFrame } from '../src/engines/offline/write-fact.ts';
import { normalizeForMatch, similarity } from '../src/text/normalize.ts';
import { createTokenizer, type Tokenizer } from '../src/text/tokenizer.ts';
import { createUnderstanding } from '../src/understand/understand-document.ts';
import { checkClaim } from '../src/verify/check-claim.ts';
import { verifyArticle } from '../src/verify/verify-article.ts';
import { described } from './support/claim-errors.ts';
import { describeEngineContract, loadSampleClusters } from './support/engine-contract.ts';
import { inventedDocument } from './support/invented-document.ts';
import { hookSubject, isKeywordList } from './support/review-articles.ts';

describeEngineContract('offline', createOfflineEngine, { deterministic: true });

describe('offline engine', () => {
  let tokenizer: Tokenizer;
  let clusters: Map<string, Document[]>;
  before(async () => {
    tokenizer = await createTokenizer();
    clusters = await loadSampleClusters();
  });

  it('answers each hook with a sentence that names what the question asks about', async () => {
    for (const documents of clusters.values()) {
      const article = await createOfflineEngine().composeArticle(documents, { tokenizer });
      for (const section of article.sections) {
        const { question, answer } = section.hook;
        // What the question asks about (its topic, or X について); none when it opens with its interrogative.
        const subject = hookSubject(question.text);
        // Who said what: the answer is someone's words, with the speaker the source names.
        if (question.text.includes('述べた'))
          assert.ok(
            answer.modality === 'reported' && answer.speaker !== undefined,
            `${question.text} / ${answer.text}`,
          );
        const document = documents.find((candidate) => candidate.id === section.sourceId);
        if (document?.lang !== 'ja') continue;
        assert.ok(
          answer.text.includes(subject),
          `「${question.text}」 is not answered by 「${answer.text}」`,
        );
      }
    }
  });

  it('writes most hook answers and ✅ lines in its own words, each resting on one source sentence', async () => {
    let own = 0;
    let all = 0;
    for (const documents of clusters.values()) {
      const article = await createOfflineEngine().composeArticle(documents, { tokenizer });
      for (const section of article.sections) {
        for (const fact of [section.hook.answer, ...section.card.summary]) {
          all += 1;
          if (!fact.verbatim) own += 1;
          assert.equal(fact.evidence.length, 1);
          assert.equal(fact.evidence[0]?.sourceId, section.sourceId);
        }
      }
    }
    assert.ok(own / all > 0.6, `${own} of ${all} in own words`);
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

  it('titles the article in its own words: at most 40 characters, no copy of a headline', async () => {
    for (const documents of clusters.values()) {
      const article = await createOfflineEngine().composeArticle(documents, { tokenizer });
      const title = article.title.text;
      assert.ok([...title].length <= MAX_TITLE_CHARS, title);
      for (const document of documents)
        assert.ok(similarity(title, document.title) < 0.5, `${title} ≈ ${document.title}`);
      // Not a keyword list: a title says something happened (it has a predicate or a figure).
      assert.doesNotMatch(title, /^【まとめ】/u);
      for (const span of article.title.evidence) {
        const document = documents.find((candidate) => candidate.id === span.sourceId);
        assert.equal(document?.text.slice(span.start, span.end), span.text);
      }
    }
  });

  it('never repeats a voice line in an article, and takes every line from its bank', async () => {
    for (const documents of clusters.values()) {
      const article = await createOfflineEngine().composeArticle(documents, { tokenizer });
      const lines = article.sections.flatMap((section) =>
        [section.comment, ...section.dialogue].map((line) => line.text),
      );
      assert.equal(new Set(lines).size, lines.length, lines.join(' / '));
      for (const line of lines) assert.ok(VOICE_LINES.includes(line), line);
    }
  });

  it('keeps quotation under half of the article where every source is in Japanese', async () => {
    let checked = 0;
    for (const documents of clusters.values()) {
      if (documents.some((document) => document.lang !== 'ja')) continue;
      const article = await createOfflineEngine().composeArticle(documents, { tokenizer });
      assert.equal(article.quotation.quoteHeavy, false);
      assert.ok(article.quotation.quotedShare <= 0.5, `${article.quotation.quotedShare}`);
      checked += 1;
    }
    assert.ok(checked >= 2);
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

describe('offline points', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });

  // Two short outlets that each give the opening date in their own words.
  it('gives three different facts as points, not one fact restated, when the sources say little', async () => {
    const article = await createOfflineEngine().composeArticle(poolPages(), { tokenizer });
    for (const points of [article.leadPoints, article.closing.points]) {
      const texts = points.map((point) => point.text);
      assert.ok(texts.filter((text) => /2027年7月/u.test(text)).length <= 1, texts.join(' / '));
      assert.ok(texts.filter((text) => /12億円/u.test(text)).length <= 1, texts.join(' / '));
      assert.equal(new Set(texts).size, 3, texts.join(' / '));
    }
    // Nor a point the closing's own sentence states already.
    const closing = article.closing.sentence.evidence[0]?.start;
    for (const point of article.closing.points) assert.notEqual(point.evidence[0]?.start, closing);
  });

  // Three outlets that each give one sentence more than their sections show: a point is one of
  // them rather than a ✅ line again, and never one a section's body needs.
  it('takes a sentence no part shows as a point before a ✅ line again, leaving each body one to quote', async () => {
    const article = await createOfflineEngine().composeArticle(islandFerryPages(), { tokenizer });
    const card = new Set(
      article.sections.flatMap((section) => section.card.summary.map((fact) => fact.text)),
    );
    const lead = article.leadPoints.map((point) => point.text);
    assert.ok(
      lead.some((text) => /島と本土を結ぶ送迎バス/u.test(text) && !card.has(text)),
      lead.join(' / '),
    );
    assert.ok(lead.filter((text) => card.has(text)).length <= 1, lead.join(' / '));
    // The outlet that lent the point keeps a sentence for its body: not its hook answer quoted again.
    const section = article.sections.find((candidate) => candidate.sourceId === 'kakuu-nippo');
    const body = section?.body.flatMap((paragraph) => paragraph.sentences.map((fact) => fact.text)) ?? [];
    assert.ok(body.length > 0 && !body.includes(section?.hook.answer.text ?? ''), body.join(' / '));
  });
});

describe('offline headings', () => {
  it('heads a section whose other lines are figures and colour with its main fact, actor and act', async () => {
    const tokenizer = await createTokenizer();
    const article = await createOfflineEngine().composeArticle(plantPages(), { tokenizer });
    const section = article.sections.find((candidate) => candidate.sourceId === 'kakuu-keizai');
    const heading = section?.heading.text ?? '';
    // The actor without its long description, and what it did; not a keyword pair, not a scene.
    assert.match(heading, /^3社連合、[^。]*延期/u, heading);
    assert.ok([...heading].length <= MAX_TITLE_CHARS, heading);
    assert.doesNotMatch(heading, /県北部|表情|重機/u, heading);
    assert.equal(section?.heading.verbatim, false);
  });
});

describe('offline title of a story its outlets report through a source', () => {
  it('names the actor and the act, not whom the facts are reported by', async () => {
    const tokenizer = await createTokenizer();
    // Invented news, written for this test: two outlets lead with the zoo's account of a birth.
    const zoo = (id: string, siteName: string, title: string, lines: string[]) =>
      inventedDocument(id, title, lines, { siteName, publishedAt: '2026-06-07T09:00:00+09:00' });
    const article = await createOfflineEngine().composeArticle(
      [
        zoo('kakuu-nippo', '架空日報', '北浜動物園でキリンの赤ちゃん誕生', [
          '北浜動物園によると、キリンの赤ちゃんは雄で、5日の未明に生まれた。',
          '動物園は、赤ちゃんの一般公開を来月に始める予定だ。',
          '母親のキリンは10歳で、初めての出産だった。',
        ]),
        zoo('kakuu-tv', '架空テレビ', '北浜動物園、キリンが出産', [
          '北浜動物園によると、キリンの赤ちゃんは雄で、5日の未明に生まれたという。',
          '動物園は来月、赤ちゃんの一般公開を始める予定だ。',
          '赤ちゃんの体重は約60キロで、体高は約1.8メートルある。',
        ]),
      ],
      { tokenizer },
    );
    const title = article.title.text;
    assert.doesNotMatch(title, /によると|によれば|^【まとめ】/u, title);
    assert.match(title, /、/u, title);
  });
});

describe('offline headings of a section the engine cannot write', () => {
  it('heads it with its main fact in headline form, in plain style, not a keyword pair', async () => {
    const tokenizer = await createTokenizer();
    const article = await createOfflineEngine().composeArticle(poolLeakPages(), { tokenizer });
    const section = article.sections.find((candidate) => candidate.sourceId === 'kitahama-tv');
    assert.ok(section);
    // Every sentence of the TV page is too close to the source to rewrite: its ✅ lines are quoted.
    assert.ok(section.card.summary.some((fact) => fact.verbatim));
    const heading = section.heading.text;
    // Not 「プールと薬剤」: an actor (or topic) and what happened, in the article's plain style.
    assert.doesNotMatch(heading, /^[^、。]+と[^、。]+$/u, heading);
    assert.match(heading, /漏れ|運ばれ|取りやめ|見合わせ/u, heading);
    assert.doesNotMatch(heading, /ま[すし]|です|でし|[０-９]/u, heading);
    assert.ok([...heading].length <= MAX_TITLE_CHARS, heading);
    assert.equal(section.heading.verbatim, false);
    const source = poolLeakPages()[1] as Document;
    assert.ok(copiedRun(heading, normalizeForMatch(source.text)) < MAX_COPIED_RUN, heading);
  });
});

// Invented news, written for this test: a newspaper's short report of a chlorine leak at a city
// pool, and a TV site's page in です・ます whose every sentence is long and tightly worded.
function poolLeakPages(): Document[] {
  return [
    inventedDocument(
      'kitahama-nippo',
      '北浜市営プールで薬剤漏れ、12人搬送',
      [
        '北浜市の市営プールで8日、塩素を含む薬剤が漏れた。',
        '小学生ら12人が目の痛みを訴え、病院に運ばれた。',
        '市は当面、プールの営業を取りやめる。',
        '市教委は小学校のプール開放も見合わせる方針だ。',
      ],
      { publishedAt: '2026-07-08T18:00:00+09:00' },
    ),
    inventedDocument(
      'kitahama-tv',
      '市営プールで薬剤漏れ 小学生ら搬送',
      [
        'きょう午前、北浜市の市営プールで塩素を含む薬剤が漏れ、利用客の小学生ら１２人が目の痛みを訴えて病院に運ばれました。',
        '市によりますと、薬剤を注入する装置の配管が古くなって外れたことが原因とみられ、プールは当面営業を取りやめるということです。',
        '運ばれた１２人はいずれも症状が軽く、きょう夕方までに全員が帰宅したということです。',
        '北浜市の教育委員会は、夏休み中の市内の小学校のプール開放についても、装置の点検が終わるまで見合わせることを決めました。',
      ],
      { publishedAt: '2026-07-08T19:00:00+09:00', siteName: '北浜テレビ' },
    ),
  ];
}

// Invented news, written for this test: a short report and a page whose only fact is one long
// sentence (its actor described at length), the rest figures and colour.
function plantPages(): Document[] {
  const page = (id: string, siteName: string, title: string, lines: string[]): Document => {
    const text = [title, ...lines].join('\n\n');
    return {
      id,
      url: `https://${id}.example/plant`,
      siteName,
      title,
      publishedAt: '2026-06-21T09:00:00+09:00',
      lang: 'ja',
      text,
      titleSpan: [0, title.length],
      contentHash: `sha256:${id}`,
    };
  };
  return [
    page('kakuu-nippo', '架空日報', '架空電機の新工場、稼働が1年遅れ', [
      '架空電機は20日、北浜市に建設中の新工場の稼働を1年遅らせると発表した。',
      '部品の調達が遅れていることが理由だという。',
      '新工場では電気自動車向けのモーターを生産する。',
      '北浜市の市長は「雇用への影響を注視したい」と話した。',
      '市は工場周辺の道路整備を予定通り進める方針だ。',
    ]),
    page('kakuu-keizai', '架空経済新聞', '3社連合、新工場の稼働延期', [
      '県北部で精密部品の工場建設を進める架空電機（北浜市）などの3社連合は20日、新工場の稼働開始を当初予定の2027年度から2028年度に1年延期すると発表した。',
      '総事業費は約300億円。',
      '工場の予定地では、重機の音が静かに響いていた。',
      '従業員は約500人。',
      '近くの住民は不安そうな表情を見せた。',
    ]),
  ];
}

// Invented news, written for this test: three short pages about one ferry's last run.
function islandFerryPages(): Document[] {
  const page = (id: string, siteName: string, title: string, lines: string[]): Document => {
    const text = [title, ...lines].join('\n\n');
    return {
      id,
      url: `https://${id}.example/ferry`,
      siteName,
      title,
      publishedAt: '2026-09-03T09:00:00+09:00',
      lang: 'ja',
      text,
      titleSpan: [0, title.length],
      contentHash: `sha256:${id}`,
    };
  };
  return [
    page('kakuu-nippo', '架空日報', '架空島の渡し船、9月末で運航終了', [
      '架空町は2日、町営の渡し船「はまかぜ丸」の運航を9月30日で終えると発表した。',
      '渡し船は1968年から島と本土を結んできた。',
      '利用者は2015年度の約2万人から昨年度は約6千人に減った。',
      '町は10月から島と本土を結ぶ送迎バスを運行する。',
      '船長の架空一郎さんは「最後まで安全に運びたい」と話した。',
      'はまかぜ丸は9月30日の便で運航を終える。',
      '町は10月1日から送迎バスを運行する。',
    ]),
    page('kakuu-shimbun', '架空新聞', '渡し船の終了、島民に戸惑い', [
      '架空町の渡し船が運航を終えることについて、島の住民の間に戸惑いが広がっている。',
      '島には約120人が暮らし、その半数が65歳以上だ。',
      '町によると、船の修理には約8千万円かかる見込みだった。',
      '島の自治会は運航を続けるよう町長に申し入れた。',
      '自治会長の架空花子さんは「通院の足がなくなる」と話した。',
    ]),
    page('kakuu-times', '架空タイムス', '送迎バス、10月から', [
      '架空町は、渡し船に代わる送迎バスを10月1日から走らせる。',
      'バスは1日に6往復し、料金は片道300円とする。',
      '町は運行を地元のバス会社に委託する。',
      '町は利用の状況を見て、便数を見直す方針だ。',
      '予約は前日の午後5時まで電話で受け付ける。',
      '島の港には屋根付きの待合所を新たに設けた。',
    ]),
  ];
}

// Invented news, written for this test: two short pages about one pool.
function poolPages(): Document[] {
  const page = (id: string, siteName: string, title: string, lines: string[]): Document => {
    const text = [title, ...lines].join('\n\n');
    return {
      id,
      url: `https://${id}.example/pool`,
      siteName,
      title,
      publishedAt: '2026-05-12T09:00:00+09:00',
      lang: 'ja',
      text,
      titleSpan: [0, title.length],
      contentHash: `sha256:${id}`,
    };
  };
  return [
    page('kakuu-daily', '架空日報', '架空市、市民プールを新設へ', [
      '架空市は12日、老朽化した市民プールに代わる新しいプールを建設すると発表した。',
      '架空市は2026年度からの総事業費を約12億円と見込む。',
      '新しいプールは2027年7月に開業する予定だ。',
      '市内の小学校の水泳授業でも使う。',
    ]),
    page('kakuu-times', '架空タイムス', '新プール、開業は2027年7月', [
      '架空市が建設する新しい市民プールの開業は2027年7月になる。',
      '架空市は新しい市民プールの建設費として2026年度から約12億円を投じる。',
      '屋根付きで、冬も泳げるようにする。',
      '現在のプールは2026年秋に閉鎖する。',
    ]),
  ];
}

describe('offline voice lines', () => {
  it('each read as a voice (ね, ましょう, でしょうか, or なるほど), so the text linter does not take them for body text', () => {
    for (const line of VOICE_LINES)
      assert.match(line, /^なるほど|(?:ね|でしょうか|ですか|ましょう)。$/u, line);
  });
});

// Invented news, written for this test: one page whose only scheduled step is a dated plan.
function libraryPage(publishedAt: string): Document {
  const title = '架空町、町立図書館の建て替えを発表';
  const text = [
    title,
    '架空町は10日、老朽化した町立図書館を建て替えると発表した。',
    '新館は2027年4月に開館する予定だ。',
    '総事業費は約30億円で、町は駅前の町有地を活用する。',
    '館内には約10万冊の本を置き、閲覧席は現在の2倍に増える。',
    '町内の小中学校との連携も強める。',
  ].join('\n\n');
  return {
    id: 'lib1',
    url: 'https://kakuu-town.example/news/library',
    title,
    publishedAt,
    lang: 'ja',
    text,
    titleSpan: [0, title.length],
    contentHash: `sha256:${text.length}`,
  };
}

describe('offline closing', () => {
  let tokenizer: Tokenizer;
  before(async () => {
    tokenizer = await createTokenizer();
  });

  it('closes with the next dated step a source schedules after its page, its modality kept', async () => {
    const article = await createOfflineEngine().composeArticle([libraryPage('2026-03-11T09:00:00+09:00')], {
      tokenizer,
    });
    const closing = article.closing.sentence;
    assert.equal(closing.verbatim, false, closing.text);
    assert.match(closing.text, /2027年4月/u);
    assert.match(closing.text, /予定/u);
  });

  it('names the outlet that reports the next step, its modality kept; never a machine path', async () => {
    // The outlet's name is checked like any name: named only with the verifier to ask.
    const context = {
      tokenizer,
      verify: (draft: Article, documents: readonly Document[]) => verifyArticle(draft, documents, tokenizer),
    };
    const named = await createOfflineEngine().composeArticle(
      [{ ...libraryPage('2026-03-11T09:00:00+09:00'), siteName: '架空町民新聞' }],
      context,
    );
    assert.match(named.closing.sentence.text, /2027年4月に?[^。]*予定だ?（架空町民新聞）。$/u);
    assert.equal(named.closing.sentence.modality, 'asserted', named.closing.sentence.text);
    const host = await createOfflineEngine().composeArticle(
      [libraryPage('2026-03-11T09:00:00+09:00')],
      context,
    );
    // No site name: its web host, a Latin name the verifier cannot find in the sources — the step
    // is written again without it, not dropped.
    assert.match(host.closing.sentence.text, /2027年4月に?[^。（]*予定だ?。$/u);
    const unverified = await createOfflineEngine().composeArticle(
      [{ ...libraryPage('2026-03-11T09:00:00+09:00'), siteName: '架空町民新聞' }],
      { tokenizer },
    );
    assert.doesNotMatch(unverified.closing.sentence.text, /架空町民新聞/u);
    // A saved page with no site name names no outlet (never its path).
    const saved = await createOfflineEngine().composeArticle(
      [{ ...libraryPage('2026-03-11T09:00:00+09:00'), url: 'file:///tmp/saved/library.html' }],
      context,
    );
    assert.match(saved.closing.sentence.text, /予定だ?。$/u);
    assert.doesNotMatch(saved.closing.sentence.text, /（|file:/u);
  });

  it('does not close with a step dated before its page as what comes next', async () => {
    const article = await createOfflineEngine().composeArticle([libraryPage('2028-01-10T09:00:00+09:00')], {
      tokenizer,
    });
    assert.doesNotMatch(article.closing.sentence.text, /2027年4月/u);
  });
});

// Invented news, written for this test: a town spa's renovation told by two outlets; the second
// gives the only step after the pages in a sentence of two statements (the spa is closed, the town
// reopens it on a date), its other sentences fact-rich enough to fill its card first.
function spaPages(): Document[] {
  return [
    inventedDocument(
      'spa1',
      '架空町、町営温泉の改修を開始',
      [
        '架空町は10日、町営温泉「架空の湯」の改修工事を始めた。',
        '工事費は約4億円で、国の交付金を充てる。',
        '架空の湯は1988年に開業し、年間約8万人が利用していた。',
        '町長は「町民の憩いの場を守りたい」と話した。',
      ],
      { publishedAt: '2026-04-10T09:00:00+09:00', siteName: '架空日報' },
    ),
    inventedDocument(
      'spa2',
      '町営温泉、改修で休館',
      [
        '架空町の町営温泉「架空の湯」が4月10日から休館し、町は改修費約4億円のうち約2億円を国の交付金で賄う。',
        '架空町によると、架空の湯の2025年度の利用者は約8万2千人で、10年前より約3割減った。',
        '架空町は4月10日、改修に合わせて温泉の入浴料を500円から600円に引き上げると発表した。',
        '架空町の観光協会は2025年度、町内の宿泊客が約12万人だったと発表した。',
        '温泉は工事のため休館しており、町は2026年12月1日に営業を再開する。',
      ],
      { publishedAt: '2026-04-10T12:00:00+09:00', siteName: '架空タイムス' },
    ),
  ];
}

describe('offline closing of two statements', () => {
  it('closes with one sentence: the statement that holds the next step, not both', async () => {
    const tokenizer = await createTokenizer();
    const article = await createOfflineEngine().composeArticle(spaPages(), { tokenizer });
    const closing = article.closing.sentence.text;
    // The step, in the article's own words, as one sentence (not 温泉は…休館している。町は…再開する。).
    assert.match(closing, /2026年12月1日に営業を再開する/u, closing);
    assert.doesNotMatch(closing, /休館/u, closing);
    assert.equal(closing.match(/[。．]/gu)?.length, 1, closing);
    assert.equal(article.closing.sentence.verbatim, false, closing);
  });
});

// Invented news, written for this test: a microwave recall; the second outlet's only line the
// engine writes is two clauses (費用は…見通しで、架空電機は…検討している), its other sentences figures
// without a verb, and the source sentence's main clause copies 30 characters (kanji numerals).
function ovenPages(): Document[] {
  return [
    inventedDocument(
      'oven1',
      '架空電機、電子レンジ5万台を回収',
      [
        '架空電機は3日、電子レンジ「ホカリ」約5万台の自主回収を発表した。',
        '扉の部品が外れ、やけどをする恐れがあるという。',
        '架空電機は購入者に無償で部品を交換する。',
        '消費者庁は架空電機に原因の報告を求めた。',
      ],
      { publishedAt: '2026-02-04T09:00:00+09:00', siteName: '架空日報' },
    ),
    inventedDocument(
      'oven2',
      '架空電機、回収費用は3億円',
      [
        '回収にかかる費用は約三億円に上る見通しで、架空電機は二〇二六年三月期の連結業績予想を下方修正するかどうか検討している。',
        '対象製品の国内の販売台数は約五万台。',
        '部品の交換費用は一台あたり約六千円。',
        '問い合わせは一日約三百件。',
      ],
      { publishedAt: '2026-02-04T12:00:00+09:00', siteName: '架空経済' },
    ),
  ];
}

describe('offline headings of a section with one line of its own', () => {
  it('heads it with that line’s main clause when it has a subject of its own, not a keyword pair', async () => {
    const tokenizer = await createTokenizer();
    const article = await createOfflineEngine().composeArticle(ovenPages(), { tokenizer });
    const section = article.sections.find((candidate) => candidate.sourceId === 'oven2');
    const heading = section?.heading.text ?? '';
    // Not 架空電機と費用: the actor and its act, in figures as the article writes them.
    assert.doesNotMatch(heading, /^[^、。]+と[^、。]+$/u, heading);
    assert.match(heading, /^架空電機、2026年3月期の[^。]*検討/u, heading);
    assert.ok([...heading].length <= MAX_TITLE_CHARS, heading);
    assert.equal(section?.heading.verbatim, false);
  });
});

// Invented news, written for this test: a dam's storage cut told by three short outlets, the
// farmers' paper with six sentences (three key facts, a figure, a plan and a remark), the city
// paper with two facts to spare.
function damPages(named = false): Document[] {
  // Named speakers (佐藤一郎課長) make the remarks who-said-what quotes too.
  const name = (person: string) => (named ? person : '');
  return [
    inventedDocument(
      'dam1',
      '架空ダム、放流設備の改修で貯水制限',
      [
        '架空県は9日、架空ダムの放流設備を改修するため、貯水量を半分に制限すると発表した。',
        '制限は7月1日から約1年続く。',
        '改修費は約12億円で、国が半分を負担する。',
        `県河川課の${name('佐藤一郎')}課長は「下流の安全を最優先に工事を進める」と述べた。`,
        '架空ダムは1972年に完成した。',
        '放流設備は完成以来、大規模な改修をしていない。',
        '農業用水への影響はないという。',
      ],
      { publishedAt: '2026-04-09T18:00:00+09:00', siteName: '架空日報' },
    ),
    inventedDocument(
      'dam2',
      '架空ダム、貯水制限へ',
      [
        '架空ダムの貯水量が7月から半分に制限されることになった。',
        '下流の架空市では、夏場の水不足を心配する声が上がる。',
        `架空市の${name('田中花子')}市長は「節水への協力を市民に呼びかけたい」と話した。`,
        '架空市は夏の給水制限も検討している。',
        '市内の水道使用量は1日約5万トン。',
        '市は井戸水の活用も探る。',
        '架空市の浄水場は市内に2か所ある。',
        '市は給水車3台を用意した。',
      ],
      { publishedAt: '2026-04-10T09:00:00+09:00', siteName: '架空タイムス' },
    ),
    inventedDocument(
      'dam3',
      '貯水制限、農家に不安',
      [
        '架空ダムの貯水制限を受け、下流の農家に不安が広がっている。',
        '架空農協によると、ダムの水を使う水田は約800ヘクタールある。',
        '農協は県に十分な説明を求める方針だ。',
        '農家は約300戸で、半数以上が70歳以上だ。',
        `農協の${name('山本次郎')}組合長は「田植えの時期に水が足りるか心配だ」と話した。`,
        '県は5月中に農家向けの説明会を開く予定だ。',
      ],
      { publishedAt: '2026-04-10T12:00:00+09:00', siteName: '架空農業新聞' },
    ),
  ];
}

describe('offline bodies of a short source', () => {
  it('keeps a short source’s last free sentence for its body, not its hook answer quoted again', async () => {
    const tokenizer = await createTokenizer();
    const article = await createOfflineEngine().composeArticle(damPages(), { tokenizer });
    const section = article.sections.find((candidate) => candidate.sourceId === 'dam3');
    assert.ok(section);
    const body = section.body.flatMap((paragraph) => paragraph.sentences.map((fact) => fact.text));
    const answer = section.hook.answer.text.replace(/[「」。]/gu, '');
    for (const text of body) assert.notEqual(text.replace(/[「」。]/gu, ''), answer, body.join(' / '));
    // The points took the city paper's spare fact instead of the farmers' remark.
    assert.ok(
      body.some((text) => text.includes('田植えの時期に水が足りるか心配だ')),
      body.join(' / '),
    );
  });

  it('leaves it to its body, not to who said what, when the remark is a named person’s', async () => {
    const tokenizer = await createTokenizer();
    const article = await createOfflineEngine().composeArticle(damPages(true), { tokenizer });
    const section = article.sections.find((candidate) => candidate.sourceId === 'dam3');
    assert.ok(section);
    const body = section.body.flatMap((paragraph) => paragraph.sentences.map((fact) => fact.text));
    const answer = section.hook.answer.text.replace(/[「」。]/gu, '');
    for (const text of body) assert.notEqual(text.replace(/[「」。]/gu, ''), answer, body.join(' / '));
    assert.ok(
      body.some((text) => text.includes('田植えの時期に水が足りるか心配だ')),
      body.join(' / '),
    );
  });
});

// Invented news, written for this test: a new library told by three outlets, the third with a
// scholar's remark reported in the present of news style (と指摘する).
function libraryPages(): Document[] {
  return [
    inventedDocument(
      'lib1',
      '港北市、新図書館を2028年に開館へ',
      [
        '港北市は10日、老朽化した中央図書館を建て替え、2028年4月に新館を開館すると発表した。',
        '総事業費は約52億円で、国の補助金を約15億円見込む。',
        '新館の閲覧席は約400席と、現在の2倍になる。',
        '市は2026年度中に設計をまとめ、2027年春に着工する予定だ。',
        '中央図書館は1975年に建てられ、耐震性の不足が指摘されていた。',
        '港北市の川上真一市長は「子どもから高齢者まで、誰もが集える場所にしたい」と述べた。',
        '市教育委員会の大野健教育長は「学校との連携を深めたい」と話した。',
        '新館には約200台の駐車場を設ける。',
        '市は旧館を2028年度に解体する。',
      ],
      { publishedAt: '2026-03-10T18:00:00+09:00', siteName: '港北日報' },
    ),
    inventedDocument(
      'lib2',
      '港北市の新図書館、52億円',
      [
        '港北市が中央図書館を建て替える。',
        '新館は2028年4月に開館する予定で、総事業費は約52億円。',
        '市民団体「港北の本を読む会」の木下純代表は「子どもの学習室を広くしてほしい」と話した。',
        '市は3月中に市民説明会を開く。',
        '図書館の年間利用者は約30万人。',
        '市は蔵書を約40万冊に増やす方針だ。',
      ],
      { publishedAt: '2026-03-11T09:00:00+09:00', siteName: '港北タイムス' },
    ),
    inventedDocument(
      'lib3',
      '新図書館に期待と不安',
      [
        '港北市の新図書館計画に、市民から期待と不安の声が上がっている。',
        '建設費の高騰で、事業費がさらに膨らむ恐れがある。',
        '市議会の一部には、計画の見直しを求める意見もある。',
        '港北大学の森田恵子教授は「図書館は街の中心になり得るが、運営費の見通しも示すべきだ」と指摘する。',
        '市は運営を民間に任せるかどうかを2026年度中に決める。',
        '市内の別の図書館2館は存続する。',
      ],
      { publishedAt: '2026-03-12T09:00:00+09:00', siteName: '港北新聞' },
    ),
  ];
}

describe('offline bodies of a remark', () => {
  it('frames a remark reported in the present (と指摘する) in own words and quotes only the words', async () => {
    const tokenizer = await createTokenizer();
    const article = await createOfflineEngine().composeArticle(libraryPages(), { tokenizer });
    const section = article.sections.find((candidate) => candidate.sourceId === 'lib3');
    assert.ok(section);
    const remark = section.body.find((paragraph) =>
      paragraph.sentences.some((fact) => fact.text.includes('運営費の見通し')),
    );
    assert.ok(remark, JSON.stringify(section.body));
    assert.equal(remark.kind, 'prose');
    assert.deepEqual(
      remark.sentences.map((fact) => [fact.text, fact.verbatim]),
      [
        ['港北大学の森田恵子教授は、こう指摘する。', false],
        ['図書館は街の中心になり得るが、運営費の見通しも示すべきだ', true],
      ],
    );
  });
});

// Invented news, written for this test: a bus line closing told by three outlets, each with a
// named person’s remark and long facts the engine can only quote.
function busPages(): Document[] {
  return [
    inventedDocument(
      'b1',
      '港北バス、3路線を廃止へ',
      [
        '港北バスは5日、市内の3路線を10月1日に廃止すると発表した。',
        '利用者は1日約900人。',
        '北町線は市の中心部と郊外の住宅団地を結び、通勤や通学の足として使われてきた。',
        '港北バスの森田健社長は「運転手が足りず、路線を守れなかった」と述べた。',
        '南町線は沿線の高齢者が病院や商店街に通うための大切な路線となっている。',
        '廃止されるのは北町線、南町線、川辺線の3路線。',
      ],
      { publishedAt: '2026-06-05T18:00:00+09:00', siteName: '港北日報' },
    ),
    inventedDocument(
      'b2',
      '港北市、代わりのタクシー検討',
      [
        '港北市は6日、乗り合いタクシーを導入する方針を決めた。',
        '港北市の川上真一市長は「市民の足を守るため、会社と早急に協議したい」と話した。',
        '川辺線の沿線には車を運転できない高齢者が多く住んでおり、不安の声が上がっている。',
        '市は7月中に住民説明会を開く。',
        '乗り合いタクシーは予約制で、自宅の近くから駅や病院まで利用者を運ぶ仕組みになる。',
        '事業費は約3000万円。',
      ],
      { publishedAt: '2026-06-06T09:00:00+09:00', siteName: '港北タイムス' },
    ),
    inventedDocument(
      'b3',
      '運転手不足、県内で深刻',
      [
        '県内のバス会社で運転手不足が深刻になっている。',
        '県バス協会の大野健会長は「待遇を改善しなければ、人は集まらない」と話した。',
        '協会によると、県内の運転手は5年で約1割減った。',
        '長時間の勤務や休日の少なさが敬遠され、若い世代の応募が減り続けているという。',
        '港北バスは初任給を月2万円引き上げる。',
        '大型二種免許を持つ人の数も年々減っており、採用はさらに難しくなっている。',
      ],
      { publishedAt: '2026-06-07T09:00:00+09:00', siteName: '港北新聞' },
    ),
  ];
}

describe('offline points of sources with few own sentences to spare', () => {
  it('quotes key facts as points before anyone’s words (a remark is quoted under its speaker)', async () => {
    const tokenizer = await createTokenizer();
    const article = await createOfflineEngine().composeArticle(busPages(), { tokenizer });
    const points = article.leadPoints.map((point) => point.text);
    const remark = points.findIndex((text) => /「[^」]{8,}」/u.test(text));
    const quotedFact = points.findLastIndex(
      (text, i) => article.leadPoints[i]?.verbatim === true && !/「/u.test(text),
    );
    assert.ok(quotedFact >= 0, points.join(' / '));
    assert.ok(remark === -1 || remark > quotedFact, points.join(' / '));
  });
});

describe('offline remark frames against the verifier', () => {
  it('frames a remark in words the verifier finds in the source, however short the speaker (こう, not 次のように)', async () => {
    const tokenizer = await createTokenizer();
    const understanding = createUnderstanding(tokenizer);
    // Invented news, written for this test.
    const document = inventedDocument(
      'pool1',
      '港北市、市民プールを閉鎖',
      [
        '港北市は8日、老朽化した市民プールを9月末で閉鎖すると発表した。',
        '町の担当者は「代わりの施設を早く示したい」と話した。',
        '市の職員は「利用者に丁寧に説明する」と述べた。',
        '近くに住む男性は「健康づくりの場がなくなる」と語った。',
      ],
      { publishedAt: '2026-07-08T18:00:00+09:00', siteName: '港北日報' },
    );
    const read = understanding.of(document);
    for (const start of ['町の担当者', '市の職員', '近くに住む']) {
      const at = read.sentences.findIndex((sentence) => sentence.text.startsWith(start));
      const sentence = read.sentences[at];
      assert.ok(sentence, start);
      const split = writeSpeechFrame(sentence, read.norm, read.sentences.slice(0, at));
      assert.ok(split, start);
      const findings = checkClaim(split.frame, [read], understanding, { path: 'frame' }).findings.filter(
        (finding) => finding.severity !== 'info',
      );
      assert.deepEqual(findings.map(described), [], split.frame);
    }
  });
});

// Invented news, written for this test: three pages that give background facts and a named
// person's remark, so a body opens with a fact and quotes someone's words after it.
function oldHallPages(): Document[] {
  return [
    inventedDocument(
      'lib1',
      '架空市、旧庁舎を図書館に改修へ',
      [
        '架空市は12日、旧市庁舎を図書館に改修すると発表した。',
        '改修費は約18億円で、2028年春の開館を目指す。',
        '旧庁舎は1965年に建てられ、市のシンボルとして親しまれてきた。',
        '建物の外観はできるだけ残し、内部を大きく改める。',
        '周辺では空き店舗が増え、にぎわいの回復が課題となっている。',
        '市の検討委員会は昨年秋、旧庁舎を残すべきだとする報告書をまとめた。',
        '市議会は3月、改修の設計費を盛り込んだ予算を可決していた。',
        '市の教育委員会は今年度、蔵書の電子化を進める。',
        '現在の図書館は駅から遠く、利用者が伸び悩んでいた。',
        '新しい図書館には子ども向けの広い読書室を設ける。',
        '市民からは駐車場の不足を心配する声も出ている。',
        '架空市の山本一郎市長は「街の真ん中に人が集まる場所をつくりたい」と述べた。',
        '市立図書館の木村恵子館長は「駅に近くなれば利用者は増える」と話した。',
      ],
      { publishedAt: '2026-05-12T18:00:00+09:00', siteName: '架空日報' },
    ),
    inventedDocument(
      'lib2',
      '旧庁舎の図書館化、商店街に期待',
      [
        '旧市庁舎を図書館に改める架空市の計画に、周辺の商店街から期待の声が上がっている。',
        '駅前商店街は昭和の時代から市民の買い物の場として栄えてきた。',
        '近年は郊外の大型店に客を奪われ、閉店が相次いでいる。',
        '振興組合は昨年、空き店舗を改装して休憩所を設けた。',
        '市は今年度、商店街の歩道を広げる工事に着手した。',
        '商店街の通りには古い木造の店が今も並んでいる。',
        '週末には朝市が開かれ、遠くから訪れる人もいる。',
        '若い世代が営む喫茶店や雑貨店も少しずつ増えてきた。',
        '商店街振興組合の田中花子理事長は「図書館に来た人が街を歩くきっかけになる」と話した。',
        '組合は図書館の開館に合わせて、催しを企画する。',
      ],
      { publishedAt: '2026-05-13T09:00:00+09:00', siteName: '架空新報' },
    ),
    inventedDocument(
      'lib3',
      '公共施設の再利用、各地で広がる',
      [
        '使われなくなった公共施設を別の用途に生かす動きが各地で広がっている。',
        '建て替えより費用を抑えられることが理由の一つだ。',
        '古い建物には耐震化の工事が欠かせず、費用がかさむ例もある。',
        '地域の歴史を伝える建物を残したいという住民の声も後押ししている。',
        '県は昨年、使われていない公共施設の一覧を初めて公表した。',
        '一覧によると、県内の空き施設は120か所に上る。',
        '廃校になった小学校を宿泊施設に改めた町もある。',
        '古い銀行の建物を美術館として使う市も出てきた。',
        '建築が専門の佐藤次郎教授は「使い続けることで街の記憶が守られる」と指摘した。',
        '国も再利用を支援する制度を設けている。',
      ],
      { publishedAt: '2026-05-14T09:00:00+09:00', siteName: '架空タイムス' },
    ),
  ];
}

describe('offline dialogue before a body', () => {
  it('asks the reader’s question that the body’s first line answers (not someone’s words over a background fact)', async () => {
    const tokenizer = await createTokenizer();
    const article = await createOfflineEngine().composeArticle(oldHallPages(), { tokenizer });
    for (const section of article.sections) {
      const question = section.dialogue.find(
        (line) => line.role === 'reader' && line.position === 'before-body',
      );
      const trait = question === undefined ? undefined : traitOfVoiceLine('readerQuestion', question.text);
      const opening = section.dialogue.find(
        (line) => line.role === 'explainer' && line.position === 'before-body',
      );
      const first = section.body[0]?.sentences[0];
      assert.ok(trait !== undefined && first !== undefined, question?.text);
      // The lead-in announces what the question asks for.
      assert.equal(traitOfVoiceLine('explainerOpening', opening?.text ?? ''), trait, opening?.text);
      const words =
        first.speaker !== undefined || first.modality === 'reported' || /「[^」]{8,}」と/u.test(first.text);
      if (trait === 'speech') assert.ok(words, `${question?.text} / ${first.text}`);
      if (trait === 'figures') assert.match(first.text, /[\d０-９]/u, `${question?.text} / ${first.text}`);
    }
    assert.equal(article.sections.length, 3);
  });
});

describe('offline remarks after a body of its own', () => {
  it('frames a remark kept after the body’s own sentences and quotes only the words, where a verifier checks it', async () => {
    const tokenizer = await createTokenizer();
    const verify = (draft: Article, documents: readonly Document[]) =>
      verifyArticle(draft, documents, tokenizer);
    const article = await createOfflineEngine().composeArticle(oldHallPages(), { tokenizer, verify });
    // The frame and the words close a paragraph of the body's own sentences.
    const framed = article.sections.flatMap((section) =>
      section.body.flatMap((paragraph) =>
        paragraph.sentences.flatMap((fact, k) =>
          fact.speaker !== undefined && k >= 2 ? [{ paragraph, k }] : [],
        ),
      ),
    );
    assert.ok(framed.length > 0, JSON.stringify(article.sections.map((section) => section.body)));
    for (const { paragraph, k } of framed) {
      const frame = paragraph.sentences[k - 1];
      const words = paragraph.sentences[k];
      assert.equal(paragraph.kind, 'prose');
      assert.equal(k, paragraph.sentences.length - 1);
      // The speaker and the act in the article's own words; only the words marked as quotation.
      assert.equal(frame?.verbatim, false);
      assert.match(frame?.text ?? '', /は、こう(?:述べ|話し|指摘し)た。$/u);
      assert.equal(words?.verbatim, true);
      assert.equal(words?.modality, 'reported');
      assert.doesNotMatch(words?.text ?? '', /[「」]|と(?:述べ|話し)た/u);
    }
    // No remark that could be framed is left quoted whole after the body's own paragraphs.
    for (const section of article.sections)
      for (const paragraph of section.body.slice(1))
        if (paragraph.kind === 'quotation')
          assert.doesNotMatch(
            paragraph.sentences[0]?.text ?? '',
            /^[^「]{2,20}は「[^」]+」と(?:述べ|話し)た。$/u,
          );
    assert.deepEqual(
      verify(article, oldHallPages()).findings.filter((finding) => finding.severity === 'error'),
      [],
    );
  });

  it('keeps the remark a quote block where no verifier checks its frame', async () => {
    const tokenizer = await createTokenizer();
    const article = await createOfflineEngine().composeArticle(oldHallPages(), { tokenizer });
    for (const section of article.sections)
      for (const paragraph of section.body)
        assert.ok(
          paragraph.sentences.every(
            (fact, k) => fact.speaker === undefined || k === 1 || paragraph.kind === 'quotation',
          ),
        );
  });
});

describe('offline dialogue before a body that opens with a key figure', () => {
  it('asks about figures when the line shown is only the figure of a sentence that plans', async () => {
    // Invented news, written for this test.
    const document = inventedDocument(
      'fund1',
      '架空町、防災基金を設立へ',
      [
        '町が新たに設ける防災基金の規模は約50億円で、来年度の当初予算に合わせて積み立てを始める予定だった。',
        '町は来年度、避難所の備蓄を見直す方針だ。',
      ],
      { publishedAt: '2026-05-12T18:00:00+09:00', siteName: '架空日報' },
    );
    const read = createUnderstanding(await createTokenizer()).of(document);
    const fund = readCandidates(read).find((candidate) => candidate.sentence.text.startsWith('町が新たに'));
    assert.ok(fund?.written?.figure, 'only the key figure is written');
    assert.equal(fund.written.text, '防災基金の規模は約50億円。');
    // The sentence plans (予定だった), the line does not: its question is about the figure.
    assert.equal(fund.outlook, true);
    assert.equal(lineTrait(fund), 'figures');
    const plan = readCandidates(read).find((candidate) => candidate.sentence.text.startsWith('町は来年度'));
    assert.ok(plan);
    assert.equal(lineTrait(plan), 'outlook');
  });
});

describe('offline title and headings', () => {
  it('titles the story with another reported event where the first takes a section’s only heading', async () => {
    const tokenizer = await createTokenizer();
    const article = await createOfflineEngine().composeArticle(ferryPages(), { tokenizer });
    // The TV page can be headed only by the engine stopping; titled so, it was left 「…と定期船」.
    for (const section of article.sections)
      assert.ok(!isKeywordList(section.heading.text, tokenizer), section.heading.text);
    const tv = article.sections.find((section) => section.sourceId === 'nanpo-tv');
    assert.match(tv?.heading.text ?? '', /止まった/u);
    // Still an event other outlets report: the suspension, not one page's detail.
    assert.match(article.title.text, /休止/u, article.title.text);
    assert.ok([...article.title.text].length <= MAX_TITLE_CHARS, article.title.text);
  });

  it('writes no title or heading that only joins nouns (a copula’s AはBだ → A、B)', async () => {
    const tokenizer = await createTokenizer();
    const states = (text: string) => statesSomething(tokenizer.tokenize(text));
    assert.equal(states('休館の理由、館長の退任'), false);
    assert.equal(states('港と定期船'), false);
    assert.equal(states('図書館、当面休館する'), true);
    assert.equal(states('町、港に職員を派遣'), true);
  });
});

// Invented news, written for this test: a ferry's engine stops at a town's port. Two newspapers
// report the stop and the suspension that follows; a TV page in です・ます reports only the stop, the
// rest of it someone's words, what did not happen, and a past inspection.
function ferryPages(): Document[] {
  return [
    inventedDocument(
      'nanpo-nippo',
      '南浦港で定期船が故障、40人取り残される',
      [
        '南浦町の南浦港で10日、定期船のエンジンが止まり、乗客40人が船内に取り残された。',
        '町は11日から定期船の運航を休止する。',
        '運航会社によると、燃料の配管にひびが入っていたという。',
        '町長は「島の住民の足を早く取り戻したい」と話した。',
      ],
      { publishedAt: '2026-05-10T18:00:00+09:00' },
    ),
    inventedDocument(
      'nanpo-tv',
      '定期船エンジン停止 乗客取り残される',
      [
        'きのう午後、南浦町の南浦港で、島へ向かう定期船のエンジンが突然止まりました。',
        '乗っていた客およそ４０人に、けが人は出ませんでした。',
        '島に住む女性は「買い物にも病院にも行けなくなる」と、話していました。',
        '船は去年の定期点検で不具合を指摘されていませんでした。',
      ],
      { publishedAt: '2026-05-11T12:00:00+09:00', siteName: '南浦テレビ' },
    ),
    inventedDocument(
      'minato-times',
      '定期船の運航休止へ',
      [
        '南浦町は11日から、島と港を結ぶ定期船の運航を休止する。',
        '10日に南浦港で定期船のエンジンが止まり、乗客40人が船内に取り残された。',
        '代わりに漁協の船で島の住民を運ぶ。',
        '運航会社は部品の交換を急いでいる。',
      ],
      { publishedAt: '2026-05-11T09:00:00+09:00' },
    ),
  ];
}
