import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findLeaks } from './lint-leaks.ts';

/** The hits as "code severity evidence" strings, for compact assertions. */
const leaks = (text: string) => findLeaks(text).map((hit) => `${hit.code} ${hit.severity} ${hit.evidence}`);

describe('findLeaks', () => {
  it('reports a literal undefined, null or NaN where a value was missing', () => {
    assert.deepEqual(leaks('undefined'), ['leak.undefined error undefined']);
    assert.deepEqual(leaks('公開日:null'), ['leak.null error null']);
    assert.deepEqual(leaks('参加者はNaN人にのぼった。'), ['leak.nan error NaN']);
  });

  it('leaves words that merely contain those tokens alone', () => {
    assert.deepEqual(leaks('The court may nullify the contract; undefinedness is rare; NaNa.'), []);
    assert.deepEqual(leaks('条約を無効化（nullification）した。'), []);
  });

  it('reports undefined inside an English sentence as a warning only', () => {
    assert.deepEqual(leaks('The cost was undefined in the plan.'), ['leak.undefined warning undefined']);
  });

  it('reports Python None only when it stands alone or touches Japanese text', () => {
    assert.deepEqual(leaks('None of the councillors objected.'), []);
    assert.deepEqual(leaks('None'), ['leak.null error None']);
    assert.deepEqual(leaks('著者はNoneです'), ['leak.null error None']);
  });

  it('reports printed objects and unfilled template slots', () => {
    assert.deepEqual(leaks('見出し：[object Object]'), ['leak.object error [object Object]']);
    assert.deepEqual(leaks('{{site_name}}の記事'), ['leak.template error {{site_name}}']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal template leak under test
    assert.deepEqual(leaks('出典：${source}'), ['leak.template error ${source}']);
    assert.deepEqual(leaks('集合 {a, b} と関数 f(x)'), []);
  });

  it('reports bracketed placeholders in Japanese and English', () => {
    assert.deepEqual(leaks('[ここに見出しを挿入]'), ['leak.placeholder error [ここに見出しを挿入]']);
    assert.deepEqual(leaks('（ここに画像）'), ['leak.placeholder error （ここに画像）']);
    assert.deepEqual(leaks('【社名を入力】が発表した'), ['leak.placeholder error 【社名を入力】']);
    assert.deepEqual(leaks('By [Insert author name]'), ['leak.placeholder error [Insert author name]']);
    assert.deepEqual(leaks('出典：<placeholder>'), ['leak.placeholder error <placeholder>']);
    assert.deepEqual(leaks('サイト名: <SITE_NAME>'), ['leak.placeholder error <SITE_NAME>']);
  });

  it('keeps ordinary parentheses, including ones that start with ここに', () => {
    assert.deepEqual(leaks('市は新庁舎（ここには旧市役所があった）を公開した。'), []);
    assert.deepEqual(leaks('市長（62）は「挿入歌を入れる案もある」と述べた。'), []);
  });

  it('reports TODO and FIXME markers, and TBD outside English prose', () => {
    assert.deepEqual(leaks('TODO: 見出しを直す'), ['leak.placeholder error TODO']);
    assert.deepEqual(leaks('開催日はTBD'), ['leak.placeholder error TBD']);
    assert.deepEqual(leaks('The date is TBD for now.'), ['leak.placeholder warning TBD']);
    assert.deepEqual(leaks('TODOS'), []);
  });

  it('reports XXX placeholders, and XX only where it touches Japanese', () => {
    assert.deepEqual(leaks('XXX市の市長'), ['leak.placeholder error XXX']);
    assert.deepEqual(leaks('被害額はXX億円'), ['leak.placeholder error XX']);
    assert.deepEqual(leaks('sizes S to XXL; an XX chromosome'), []);
  });

  it('warns about 〇〇 runs, but not kanji numerals written with 〇', () => {
    assert.deepEqual(leaks('〇〇市の〇〇さんは'), [
      'leak.placeholder warning 〇〇',
      'leak.placeholder warning 〇〇',
    ]);
    assert.deepEqual(leaks('××社が発表'), ['leak.placeholder warning ××']);
    assert.deepEqual(leaks('二〇〇五年に一〇〇人が参加した。'), []);
    assert.deepEqual(leaks('評価は○、×、△の3段階。'), []);
  });

  it('reports assistant chatter in Japanese and English', () => {
    assert.deepEqual(leaks('以下は記事の要約です。'), ['leak.chatter error 以下は記事の要約です。']);
    assert.deepEqual(leaks('以下に記事の内容をまとめました。'), [
      'leak.chatter error 以下に記事の内容をまとめました。',
    ]);
    assert.deepEqual(leaks('ご希望であれば、さらに詳しく解説します。'), [
      'leak.chatter error ご希望であれば',
    ]);
    assert.deepEqual(leaks('この記事がお役に立てれば幸いです。'), ['leak.chatter error お役に立てれば']);
    assert.deepEqual(leaks('承知しました。記事を作成します。'), ['leak.chatter error 承知しました']);
    assert.deepEqual(leaks('Here is the summary you asked for:'), ['leak.chatter error Here is the summary']);
    assert.deepEqual(leaks('I hope this helps!'), ['leak.chatter error I hope this helps']);
    assert.deepEqual(leaks('As an AI, I cannot browse.'), ['leak.chatter error As an AI']);
  });

  it('keeps the format’s quotation lead, quoted speech and news English apart from chatter', () => {
    assert.deepEqual(leaks('以下は「架空経済オンライン」の記事からの引用です。'), []);
    assert.deepEqual(leaks('町長は「少しでも地域のお役に立てれば」と話した。'), []);
    assert.deepEqual(leaks("Here's what we know about the flood."), []);
    assert.deepEqual(leaks('As an AI researcher, she studies ethics.'), []);
    assert.deepEqual(leaks('市は再建計画をまとめました。'), []);
  });

  it('reports reasoning traces, and only warns about 思考過程 inside a sentence', () => {
    assert.deepEqual(leaks('<think>まず記事を読む</think>'), [
      'leak.reasoning error <think>',
      'leak.reasoning error </think>',
    ]);
    assert.deepEqual(leaks('Let me think about the title.'), ['leak.reasoning error Let me think']);
    assert.deepEqual(leaks('【思考過程】'), ['leak.reasoning error 思考過程']);
    assert.deepEqual(leaks('AIの思考過程を可視化する研究が進む。'), ['leak.reasoning warning 思考過程']);
  });

  it('gives offsets into the text it was given', () => {
    const text = '見出し\n値はundefinedです';
    const [hit] = findLeaks(text);
    assert.equal(text.slice(hit?.offset, (hit?.offset ?? 0) + (hit?.length ?? 0)), 'undefined');
  });
});
