import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findStructureProblems } from './lint-structure.ts';

// An invented まとめ article in the format's text layout, with prose bodies (as a model would write).
const SECTION_ONE = [
  '青葉川市立中央図書館が開館　初日に3000人',
  '新図書館、何が起きた?',
  '開館初日は午前9時の開館前から約200人の列ができた。',
  '今後の動きが気になる話題ですね。',
  '公開日:2025/04/02',
  '✅ 青葉川市の新しい市立中央図書館が1日に開館し、初日は約3000人が訪れた。',
  '✅ 蔵書数は旧館の約1.5倍にあたる45万冊で、県内の公立図書館で最大となる。',
  '✅ 館内には飲食できる閲覧席や、子ども向けの読み聞かせ室が設けられた。',
  'さらに読む ⇒青葉日報',
  '出典: https://aoba-nippo.example/news/2025/04/02/library-open',
  'まずは記事が伝えている事実から見ていきましょう。',
  'どのような経緯があったのでしょうか。',
  '開館初日は午前9時の開館前から約200人が列をつくり、市長も来館者を出迎えました。',
  '新図書館の蔵書数は旧館の約1.5倍となる45万冊で、県内の公立図書館では最大の規模です。',
  '館内には飲食ができる閲覧席のほか、子ども向けの読み聞かせ室も設けられています。',
  'なるほど、記事の伝える流れがよく分かりました。',
];
const SECTION_TWO = [
  '新図書館、夜10時まで開館　仕事帰りの利用を狙う',
  '開館時間、今後どうなる?',
  '平日の開館時間を午後10時まで延ばす。',
  '押さえておきたいニュースですね。',
  '公開日:2025/04/01',
  '✅ 青葉川市の新しい市立中央図書館は、平日の開館時間を午後10時まで延ばす。',
  '✅ 市は仕事帰りの会社員や学生の利用を見込み、夜間の職員を増やした。',
  '✅ 市は年間来館者数を旧館の2倍となる60万人と見込んでいる。',
  'さらに読む ⇒東都ニュース',
  '出典/画像元: https://toto-news.example/articles/20250401-aobagawa',
  '記事の伝える経緯を追ってみましょう。',
  '詳しい内容を知りたいです。',
  '平日の開館時間は午後10時までとなり、仕事帰りの会社員や学生の利用が見込まれています。',
  '市は夜間の職員を増やし、年間来館者数は旧館の2倍にあたる60万人を見込んでいます。',
  'なるほど、背景まで押さえておくと分かりやすいですね。',
];
const LEAD = [
  '青葉川市に新図書館、開館初日に3000人　夜10時まで開館',
  '💡 青葉川市の新しい市立中央図書館が1日に開館し、初日は約3000人が訪れた。',
  '💡 新図書館は平日の開館時間を午後10時まで延ばし、仕事帰りの利用を見込む。',
  '💡 市は年間来館者数を旧館の2倍となる60万人と見込んでいる。',
  'それでは、詳しく見ていきましょう。',
];
const CLOSING = [
  '今回の記事では、新図書館と開館時間について解説しました。',
  '💡 市は開館から1年をめどに、夜間の利用状況を検証する方針だ。',
  '💡 市は今後、駅前の分館でも開館時間の延長を検討する。',
  '💡 地元の商店街は、夜間の来館者による人出の増加に期待している。',
];
// Body text about another story (station redevelopment) that no card of this article covers.
const OFF_TOPIC = [
  '一方、駅前の再開発をめぐっては、商業ビルの着工が資材高騰の影響で半年ほど遅れる見通しとなりました。',
  '再開発組合は、総事業費が当初の想定を2割ほど上回る約240億円に膨らむとして、国や県に追加の補助を求めています。',
  '地元の商店主からは、工事の長期化で客足が遠のくことを心配する声も上がっています。',
];

const build = (parts: { lead?: string[]; one?: string[]; two?: string[]; closing?: string[] } = {}) =>
  [
    ...(parts.lead ?? LEAD),
    '',
    ...(parts.one ?? SECTION_ONE),
    '',
    ...(parts.two ?? SECTION_TWO),
    '',
    ...(parts.closing ?? CLOSING),
  ].join('\n');

const lineOf = (text: string) => (offset: number) => text.slice(0, offset).split('\n').length;
const problems = (text: string) =>
  findStructureProblems(text, lineOf(text)).map((hit) => ({
    code: hit.code,
    severity: hit.severity,
    line: lineOf(text)(hit.offset),
    text: text.slice(hit.offset, hit.offset + hit.length),
    message: hit.message,
  }));
const codes = (text: string) => problems(text).map((problem) => `${problem.code}:${problem.line}`);
const without = (lines: string[], drop: string) => lines.filter((line) => !line.startsWith(drop));

describe('findStructureProblems', () => {
  it('finds nothing wrong in a complete article', () => {
    assert.deepEqual(problems(build()), []);
  });

  it('leaves texts that do not use the format’s markers alone', () => {
    assert.deepEqual(problems('ただの文章です。\n公開日の記載もありません。'), []);
  });

  it('reports a missing lead point, spanning the points that are there', () => {
    const text = build({ lead: LEAD.filter((_, i) => i !== 2) });
    const [problem, ...rest] = problems(text);
    assert.equal(rest.length, 0);
    assert.equal(problem?.code, 'points.lead-count');
    assert.equal(problem?.text, `${LEAD[1]}\n${LEAD[3]}`);
    assert.match(problem?.message ?? '', /^2 💡 lines before the first section \(lines 2–3\)/);
  });

  it('reports a fourth closing point and a point inside a section', () => {
    const text = build({
      closing: [...CLOSING, '💡 四つ目の要点。'],
      one: [...SECTION_ONE.slice(0, 12), '💡 迷い込んだ要点。', ...SECTION_ONE.slice(12)],
    });
    assert.deepEqual(
      problems(text).map((problem) => `${problem.code} ${problem.severity}`),
      ['points.misplaced warning', 'points.closing-count error'],
    );
  });

  it('reports a card with two ✅ lines', () => {
    const text = build({ two: SECTION_TWO.filter((_, i) => i !== 6) });
    assert.deepEqual(codes(text), ['card.summary-count:29']);
  });

  it('reports a card without 公開日 at the card’s first line, and an empty 公開日', () => {
    assert.deepEqual(codes(build({ two: without(SECTION_TWO, '公開日') })), ['card.missing-date:28']);
    const empty = build({ two: SECTION_TWO.map((line) => (line.startsWith('公開日') ? '公開日:' : line)) });
    const [problem] = problems(empty);
    assert.equal(problem?.code, 'card.missing-date');
    assert.match(problem?.message ?? '', /empty 公開日 line/);
  });

  it('accepts 公開日不明 as an honest missing date', () => {
    const unknown = build({
      two: SECTION_TWO.map((line) => (line.startsWith('公開日') ? '公開日不明' : line)),
    });
    assert.deepEqual(problems(unknown), []);
  });

  it('reports a card that names no site, or has no URL', () => {
    assert.deepEqual(codes(build({ one: without(SECTION_ONE, 'さらに読む') })), ['card.missing-site:11']);
    const empty = build({
      one: SECTION_ONE.map((line) => (line.startsWith('さらに読む') ? 'さらに読む ⇒' : line)),
    });
    assert.deepEqual(codes(empty), ['card.missing-site:15']);
    assert.deepEqual(codes(build({ one: without(SECTION_ONE, '出典') })), ['card.missing-url:11']);
  });

  it('reads a card whose site, URL and next sentence are glued into one line', () => {
    const glued = [
      ...SECTION_ONE.slice(0, 8),
      `さらに読む ⇒青葉日報出典: https://aoba-nippo.example/news/1${SECTION_ONE[10]}`,
      ...SECTION_ONE.slice(11),
    ];
    assert.deepEqual(problems(build({ one: glued })), []);
  });

  it('reports a block of body text that no card covers, appended to the last section', () => {
    const text = build({ two: [...SECTION_TWO.slice(0, -1), ...OFF_TOPIC, SECTION_TWO.at(-1) as string] });
    const [problem, ...rest] = problems(text);
    assert.equal(rest.length, 0);
    assert.equal(problem?.code, 'body.uncarded');
    assert.equal(problem?.severity, 'error');
    assert.equal(problem?.text, OFF_TOPIC.join('\n'));
    assert.match(
      problem?.message ?? '',
      /^3 body paragraphs \(lines 38–40\) cannot be attached to a source card/,
    );
  });

  it('reports uncarded text between sections too', () => {
    const text = build({ one: [...SECTION_ONE, ...OFF_TOPIC.slice(0, 2)] });
    assert.deepEqual(codes(text), ['body.uncarded:23']);
  });

  it('does not flag a single off-topic paragraph, nor paragraphs that restate their card', () => {
    assert.deepEqual(problems(build({ two: [...SECTION_TWO, OFF_TOPIC[0] as string] })), []);
    assert.deepEqual(problems(build()), []);
  });

  it('does not flag quotations attributed to the section’s source', () => {
    const quoted = [
      ...SECTION_TWO.slice(0, 12),
      '以下は「東都ニュース」の記事からの引用です。',
      ...OFF_TOPIC.map((line) => `> ${line}`),
      SECTION_TWO.at(-1) as string,
    ];
    assert.deepEqual(problems(build({ two: quoted })), []);
  });

  it('reports an article with points but no card at all', () => {
    assert.deepEqual(codes(build({ one: [], two: [] }).replace(/^(公開日|✅|さらに読む|出典).*$/gm, '')), [
      'card.none:2',
    ]);
  });

  it('reads the Markdown layout: list markers, headings, labelled dialogue and linked site names', () => {
    const markdown = build()
      .replace(/^(💡|✅)/gm, '- $1')
      .replace(/^さらに読む ⇒(.+)$/gm, 'さらに読む ⇒[$1](<https://a.example/x>)')
      .replace(/^(出典[^:]*: )(.+)$/gm, '$1<$2>')
      .replace(/^(まずは|記事の伝える)/gm, '**解説**: $1');
    assert.deepEqual(problems(markdown), []);
    const noSite = markdown.replace('⇒[青葉日報](<https://a.example/x>)', '⇒`file:///tmp/a.html`');
    assert.deepEqual(codes(noSite), ['card.missing-site:15']);
  });
});
