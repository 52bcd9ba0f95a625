import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { parseHtml } from './parse-html.ts';

// Invented markup: the one-file build of linkedom that parse-html.ts imports must build the same
// tree as the package's main export (the same code, bundled), whatever the markup's oddities.
const PAGES = [
  '<!doctype html><html lang="ja"><head><title>見本の町の話</title><meta charset="utf-8"></head><body><article><h1>見本の町で橋の塗り替え</h1><p>町の広報によると、作業は<b>来月</b>に始まる。</p><p>費用は&amp;約3千万円&#12290;</p></article></body></html>',
  '<p>見出しのない断片<br>二行目<img src="a.png" alt="写真"></p><div><span>閉じない<span>入れ子</div>',
  '<html><body><table><tr><td>一<td>二</table><ul><li>甲<li>乙</ul><script>var x = "<p>";</script><style>p{color:red}</style></body></html>',
  'before<html><head><p>本文の前</p></head><body><p data-x="1" class="lead a">本文</p><!-- 註 --><template><p>型</p></template></body></html>',
];

describe('parseHtml on linkedom/worker', () => {
  it("builds the tree linkedom's main export builds, element for element", () => {
    for (const html of PAGES) {
      const worker = parseHtml(html);
      const start = html.search(/<html[\s>]/i);
      const main = parseHTML(start === -1 ? `<html>${html}</html>` : html.slice(start)).document;
      // parseHtml moves nodes into head and body; the text and the elements are the same.
      assert.equal(worker.documentElement?.textContent, main.documentElement?.textContent);
      const names = (root: { querySelectorAll(selector: string): ArrayLike<{ localName: string }> }) =>
        Array.from(root.querySelectorAll('*'), (element) => element.localName).sort();
      assert.deepEqual(
        names(worker as unknown as Parameters<typeof names>[0]).filter(
          (name) => name !== 'head' && name !== 'body',
        ),
        names(main).filter((name) => name !== 'head' && name !== 'body'),
      );
    }
  });

  it('serialises an invented page exactly as the main export does', async () => {
    const { parseHTML: parseWorker } = await import('linkedom/worker');
    for (const html of PAGES) {
      assert.equal(parseWorker(html).document.toString(), parseHTML(html).document.toString());
    }
  });
});
