import type { Finding } from '../domain/report.ts';

/**
 * The finding catalogue: for every code a check can emit, its name in Japanese and English and its
 * message in Japanese, written from the finding's `params` (the values the check put in its
 * message) — never from the English message. The English message stays the one each check writes.
 * A code missing here fails finding-messages.test.ts, which scans the checks for codes. Values that
 * come from elsewhere stay as they are (an engine's fallback reason, a JSON parser's error).
 */

/** The languages a report is written in. */
export type ReportLanguage = 'ja' | 'en';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['ja', 'en'];

type Params = NonNullable<Finding['params']>;

interface Entry {
  /** What the code means, in a few words. */
  name: { ja: string; en: string };
  /** The message in Japanese; throws MissingParam when a value it needs is absent. */
  ja: (p: Reader) => string;
}

/** A finding's params, read by name: a value that is not there is an error, not "undefined". */
interface Reader {
  (name: string): string;
  /** Number of a numeric param. */
  n(name: string): number;
  has(name: string): boolean;
}

/** A param the message needs is not in the finding (a check that forgot it). */
export class MissingParam extends Error {}

const q = (text: string) => `「${text}」`;

const LEAK_FIX = 'その部分を削るか、値が分からないと書いてください。';

export const FINDING_CATALOGUE: Readonly<Record<string, Entry>> = {
  'leak.undefined': {
    name: { ja: '値の欠落（undefined）', en: 'Missing value (undefined)' },
    ja: (p) => `値が欠けた所に${q(p('text'))}と出ています。${LEAK_FIX}`,
  },
  'leak.null': {
    name: { ja: '値の欠落（null）', en: 'Missing value (null)' },
    ja: (p) => `値が欠けた所に${q(p('text'))}と出ています。${LEAK_FIX}`,
  },
  'leak.nan': {
    name: { ja: '計算できない数（NaN）', en: 'Not a number (NaN)' },
    ja: (p) => `${q(p('text'))}と出ています。欠けた値から数を計算した跡です。`,
  },
  'leak.object': {
    name: { ja: 'オブジェクトの出力', en: 'Object printed' },
    ja: (p) => `${q(p('text'))}：文章の代わりにオブジェクトが出力されています。`,
  },
  'leak.template': {
    name: { ja: '埋まっていない差し込み', en: 'Unfilled template slot' },
    ja: (p) => `テンプレートの差し込み${q(p('text'))}が埋まっていません。`,
  },
  'leak.placeholder': {
    name: { ja: '仮の文字の残り', en: 'Placeholder left' },
    ja: (p) =>
      p.has('element')
        ? `仮の要素${q(p('text'))}がページに残っています。`
        : `仮の文字${q(p('text'))}が本文に残っています${p('severity') === 'warning' ? '（伏せ字なら問題ありません。確認してください）' : ''}。`,
  },
  'leak.chatter': {
    name: { ja: 'モデルの話しかけ', en: 'Assistant chatter' },
    ja: (p) => `${q(p('text'))}はモデルが利用者に話しかけた言葉で、記事の文ではありません。`,
  },
  'leak.reasoning': {
    name: { ja: '思考の跡', en: 'Reasoning trace' },
    ja: (p) =>
      p('severity') === 'warning'
        ? `${q(p('text'))}は思考の跡か、文中の言葉です。確認してください。`
        : `思考の跡${q(p('text'))}が${p.has('element') ? 'ページ' : '本文'}に残っています。`,
  },
  'url.glued': {
    name: { ja: 'URL と文のくっつき', en: 'URL glued to text' },
    ja: (p) =>
      p('kind') === 'prose'
        ? `URL ${p('url')} の直後に${q(p('after'))}が改行なしで続き、リンクも文も壊れています。`
        : `URL ${p('url')} の直後に${q(p('after'))}が続いています。URL の後に空白か改行を入れるか、URL の一部ならパーセントエンコードしてください。`,
  },
  'text.duplicate': {
    name: { ja: '同じ文の繰り返し', en: 'Repeated text' },
    ja: (p) =>
      p.has('line')
        ? `${q(p('text'))}は ${p('line')} 行目の繰り返しです${p.n('adjacent') ? '（すぐ後に重なっています）' : ''}。`
        : `${q(p('text'))}は ${p('where')} の繰り返しです${p.n('adjacent') ? '（すぐ後に重なっています）' : ''}。`,
  },
  'markdown.fence': {
    name: { ja: '閉じていないコードブロック', en: 'Unclosed code fence' },
    ja: (p) => `コードブロック ${p('fence')} が閉じていません。以降がすべてコードとして表示されます。`,
  },
  'markdown.link': {
    name: { ja: '閉じていないリンク', en: 'Unclosed link' },
    ja: (p) => `リンク${q(p('text'))}に閉じかっこ「)」がなく、かっこがそのまま表示されます。`,
  },
  'markdown.emphasis': {
    name: { ja: '閉じていない強調', en: 'Unclosed emphasis' },
    ja: () => '「**」が段落の中で閉じていないため、アスタリスクがそのまま表示されます。',
  },
  'card.none': {
    name: { ja: 'カードがありません', en: 'No source card' },
    ja: (p) =>
      p('kind') === 'article'
        ? '記事に節がなく、出典カードもありません。'
        : 'まとめ記事の記号はありますが、出典カード（公開日、✅ 行、さらに読む ⇒サイト名、URL）がありません。何の出典も示されていません。',
  },
  'card.summary-count': {
    name: { ja: '✅ 要約の数が 3 つではありません', en: 'Not three ✅ lines' },
    ja: (p) => `出典カードの ✅ 行が ${p.n('count')} 行です。カードは出典を 3 行で要約します。`,
  },
  'card.missing-date': {
    name: { ja: 'カードに公開日がありません', en: 'No publication date' },
    ja: (p) =>
      p('kind') === 'empty'
        ? '出典カードの公開日の行が空です。日付を書くか「公開日不明」と書いてください。'
        : '出典カードに公開日の行がありません。日付を書くか、ページに日付がなければ「公開日不明」と書いてください。',
  },
  'card.missing-site': {
    name: { ja: 'カードにサイト名がありません', en: 'No site name' },
    ja: (p) =>
      p('kind') === 'empty'
        ? '「さらに読む ⇒」の後にサイト名がありません。'
        : '出典カードに、出典のサイト名を示す「さらに読む ⇒」の行がありません。',
  },
  'card.missing-url': {
    name: { ja: 'カードに URL がありません', en: 'No URL' },
    ja: () => '出典カードに URL の行（出典: https://…）がなく、読者が出典を開けません。',
  },
  'card.unreadable-date': {
    name: { ja: '公開日が読み取れません', en: 'Unreadable date' },
    ja: (p) => `公開日${q(p('date'))}は ISO 8601 の日付ではないため、「公開日不明」と表示されます。`,
  },
  'body.uncarded': {
    name: { ja: '出典カードのない本文', en: 'Body without a card' },
    ja: (p) =>
      `本文の ${p.n('count')} 段落が、節${q(p('heading'))}の出典カードとほとんど共通点がなく、どの出典に基づくか示されていません。`,
  },
  'points.lead-count': {
    name: { ja: '冒頭の 💡 ポイントの数', en: 'Lead point count' },
    ja: (p) => `最初の節の前の 💡 ポイントが ${p.n('count')} 個です。形式では 3 個です。`,
  },
  'points.closing-count': {
    name: { ja: '締めの 💡 ポイントの数', en: 'Closing point count' },
    ja: (p) => `締めの 💡 ポイントが ${p.n('count')} 個です。形式では 3 個です。`,
  },
  'points.misplaced': {
    name: { ja: '節の中の 💡 ポイント', en: 'Point inside a section' },
    ja: () => '節の中に 💡 行があります。ポイントは最初の節の前か、最後の節の後に置きます。',
  },
  'article.json': {
    name: { ja: 'JSON として読めません', en: 'Not JSON' },
    ja: (p) => `JSON として読めません（${p('detail')}）。`,
  },
  'article.schema': {
    name: { ja: '記事の形式に合いません', en: 'Not an Article' },
    ja: (p) => `記事（Article）の形式に合いません（${p('detail')}）。`,
  },
  'engine.fallback': {
    name: { ja: '生成に失敗し、出典の文で置き換えられた箇所です', en: 'Engine fallback' },
    ja: (p) => `エンジンがこの部分を出典の文で置き換えたか、省きました。理由: ${p('reason')}`,
  },
  'judge.error': {
    name: { ja: '言語モデルが判定できなかった箇所です', en: 'Judge failed' },
    ja: (p) => `言語モデルはこの部分を判定できませんでした（${p('code')}）：${p('message')}`,
  },
  'judge.summary': {
    name: { ja: '言語モデルによる確認', en: 'Language model judge' },
    ja: (p) =>
      `言語モデル（${p('model')}）が ${p.n('judged')} 箇所を判定し、${p.n('doubted')} 箇所に疑問、${p.n('failed')} 箇所は判定できませんでした${p.n('skipped') > 0 ? `。上限 ${p.n('budget')} 箇所に達したため ${p.n('skipped')} 箇所は判定していません` : ''}。呼び出し ${p.n('calls')} 回（キャッシュ ${p.n('cachedCalls')} 回）、${p.n('inputTokens') + p.n('outputTokens')} トークン。`,
  },
  'engine.model-text': {
    name: { ja: 'モデルが書いた文の割合', en: 'Model text share' },
    ja: (p) =>
      p('kind') === 'article'
        ? `記事の ${p.n('percent')}% がモデル自身の文です（${p.n('total')} 文字中 ${p.n('model')} 文字）。`
        : `${p('part')}: ${p.n('total')} 文字中 ${p.n('model')} 文字がモデル自身の文です（${p.n('units')} 単位中 ${p.n('fallbackUnits')} 単位が出典の文）。`,
  },
  'conflict.evidence': {
    name: { ja: '食い違いの根拠が出典と一致しません', en: 'Conflict evidence mismatch' },
    ja: (p) =>
      `${q(p('text'))}の根拠が、出典 ${p('source')} の ${p.n('start')}–${p.n('end')} 文字目の文と一致しません。`,
  },
  'conflict.reported': {
    name: { ja: '出典どうしの食い違いを記事で伝えています', en: 'Conflict reported' },
    ja: (p) => `記事は、出典によって${p('subject')}が違うこと（${p('values')}）を伝えています。`,
  },
  'conflict.unreported': {
    name: { ja: '出典どうしの食い違いを伝えずに一方の値を述べています', en: 'Conflict not reported' },
    ja: (p) =>
      `出典によって${p('subject')}が違います（${p('values')}）。記事はそのことを伝えずに一方だけを述べています。`,
  },
  'conflict.settled': {
    name: { ja: '出典どうしで食い違う値の一方だけを述べています', en: 'One side stated as settled' },
    ja: (p) =>
      p('kind') === 'revised'
        ? `出典 ${p('source')} は${q(p('text'))}を${q(p('other'))}に改めています。この文は古い値を確かなこととして述べています。`
        : `出典の間で${q(p('text'))}と${q(p('other'))}（${p('source')}：${q(p('sourceText'))}）が食い違っています。この文は一方を確かなこととして述べています。`,
  },
  'binding.other-source': {
    name: { ja: 'この節の出典ではなく、別の出典にしか書かれていません', en: 'Other source only' },
    ja: (p) => `この節の出典 ${p('section')} ではなく、出典 ${p('source')} にしか書かれていません。`,
  },
  'voice.fact': {
    name: { ja: '会話やコメントに事実が含まれています', en: 'Fact in a voice line' },
    ja: (p) => {
      switch (p('kind')) {
        case 'figure':
          return `会話の行が${q(p('text'))}と述べていますが、出典にはありません。`;
        case 'name':
          return `会話の行が${q(p('text'))}の名前を出していますが、出典にはありません。`;
        case 'claim': {
          const name = FINDING_CATALOGUE[p('claimCode')]?.name.ja ?? p('claimCode');
          return `会話の行が出典にないことを述べています（${name}：${q(p('text'))}）。`;
        }
        default:
          return '会話の行が数字を繰り返しています。会話は反応だけにしてください。';
      }
    },
  },
  'role.contradiction': {
    name: { ja: '人物の肩書きが記事の中で食い違います', en: 'Role contradiction' },
    ja: (p) =>
      `${p('name')}をここでは${p('role')}、${p('otherPath')} では${p('other')}と書いています${p.n('explained') ? '（出典どうしの違いとして記事が伝えています）' : ''}。`,
  },
  'role.mismatch': {
    name: { ja: '人物の肩書きが出典と違います', en: 'Role mismatch' },
    ja: (p) => `出典は${p('name')}を${p('known')}としており、${p('role')}ではありません。`,
  },
  'rights.title-copy': {
    name: { ja: '見出しやタイトルが出典の見出しの写しです', en: 'Headline copied' },
    ja: (p) =>
      `${p('kind') === 'title' ? 'タイトル' : '見出し'}が出典 ${p('source')} の見出し${q(p('headline'))}の写しです。記事自身の言葉で書いてください。`,
  },
  'rights.quote-unmarked': {
    name: { ja: '出典の文をそのまま、引用と示さずに使っています', en: 'Unmarked quotation' },
    ja: (p) =>
      `出典 ${p('source')} から ${p.n('count')} 文字を、引用と示さずにそのまま使っています：${q(p('text'))}`,
  },
  'rights.quote-share': {
    name: { ja: '引用の割合が多すぎます', en: 'Too much quotation' },
    ja: (p) =>
      `${p('kind') === 'section' ? 'この節' : '記事'}の ${p.n('percent')}% が引用です（上限 ${p.n('limit')}%）。引用は記事自身の文に従う分量にとどめます。`,
  },
  'rights.image': {
    name: { ja: '画像の扱いに注意が必要です', en: 'Unlicensed image' },
    ja: (p) =>
      `カードに出典 ${p('source')} の画像がありますが、利用許諾の印がありません。許諾がなければ画像は載せません。`,
  },
  'rights.quote-source': {
    name: { ja: '引用元の示し方が正しくありません', en: 'Quotation source' },
    ja: (p) =>
      p('kind') === 'card'
        ? `この節は出典 ${p('source')}（${p('url')}）を引用していますが、カードは ${p('cardUrl')} を示しています。`
        : `この引用は ${p.n('count')} つの出典（${p('sources')}）に基づいています。引用の出典は 1 つだけにします。`,
  },
  'quote.altered': {
    name: { ja: '引用が出典の言葉と違います', en: 'Quotation altered' },
    ja: (p) => `引用${q(p('text'))}は出典の言葉どおりではありません。`,
  },
  'quote.frame': {
    name: { ja: '引用の前後の言葉が出典と違います', en: 'Quotation frame' },
    ja: (p) => `引用${q(p('text'))}の前後（話し手・発言の言い方）が出典の文と違います：${q(p('sourceText'))}`,
  },
  'quote.reversed': {
    name: { ja: '引用の意味が出典と逆になっています', en: 'Quotation reversed' },
    ja: (p) =>
      `引用${q(p('text'))}は${q(p('cut'))}の前で切られ、発言の意味が逆になっています：${q(p('sourceText'))}`,
  },
  'quote.speaker': {
    name: { ja: '引用の話し手が出典と違います', en: 'Quotation speaker' },
    ja: (p) =>
      `引用${q(p('text'))}を${p('speaker')}の言葉としていますが、出典では別の人の言葉です：${q(p('sourceText'))}`,
  },
  'support.addition': {
    name: { ja: '出典にない内容が加わっています', en: 'Added content' },
    ja: (p) =>
      p('kind') === 'word'
        ? `${p('words')}はどの出典にも（言い換えを含めて）見当たりません。主張が付け加えた語です。`
        : p('kind') === 'cause'
          ? `${q(p('text'))}を原因・理由としていますが、どの出典もこれに触れていません。`
          : p('kind') === 'others'
            ? `${q(p('text'))}と、どの出典も触れていないほかのものにまで話を広げています。`
            : p('kind') === 'also'
              ? `${q(p('text'))}と、どの出典も触れていないものを「も」で加えています。`
              : p('kind') === 'payment'
                ? `${q(p('text'))}と誰かが支払うとしていますが、どの出典も支払い・費用・補償に触れていません。`
                : p('kind') === 'sanction'
                  ? `${q(p('text'))}と処分を加えていますが、どの出典も処分・解雇・辞任に触れていません。`
                  : p('kind') === 'payment-claim'
                    ? `${q(p('text'))}と支払いを求めたとしていますが、どの出典も請求や支払いの要求に触れていません。`
                    : p('kind') === 'deliberation'
                      ? `${q(p('text'))}と誰かが検討しているとしていますが、どの出典も検討・方針・予定に触れていません。`
                      : p('kind') === 'temporary'
                        ? `${q(p('text'))}と一時的なことだとしていますが、どの出典も一時的なことや再開・解除に触れていません。`
                        : p('kind') === 'act' || p('kind') === 'predication'
                          ? `${q(p('text'))}を述べた出典がありません。主張が付け加えた行為や出来事です。`
                          : `この節の内容を述べた出典の文がありません（出典の 1 文に含まれる語は最大 ${p.n('percent')}%）。`,
  },
  'support.attribution': {
    name: { ja: '誰の発言かが抜けているか、違います', en: 'Attribution' },
    ja: (p) => {
      switch (p('kind')) {
        case 'speaker':
          return `この言葉を${p('speaker')}のものとしていますが、出典では${p('sourceSpeaker') === '' ? '別の人' : p('sourceSpeaker')}の言葉です：${q(p('sourceText'))}`;
        case 'qualifier':
          return `${p('words')}と言い切っていますが、出典では誰かの主張としてだけ述べています：${q(p('sourceText'))}`;
        default:
          return `出典が誰かの言葉として伝えていることを、事実として述べています：${q(p('sourceText'))}`;
      }
    },
  },
  'support.condition': {
    name: { ja: '出典の条件が抜けています', en: 'Condition dropped' },
    ja: (p) =>
      `${p('words')}と言い切っていますが、出典では条件付きでしか述べていません：${q(p('sourceText'))}`,
  },
  'support.coverage': {
    name: { ja: '出典で裏付けられない部分があります', en: 'Not covered' },
    ja: (p) => `${p('words')}は出典に見当たりません（内容語のうち出典にあるのは ${p.n('percent')}%）。`,
  },
  'support.judge': {
    name: { ja: '言語モデルが疑問を示しています', en: 'Doubted by the language model' },
    ja: (p) =>
      `言語モデルの判定では、出典はこの文を${p('verdict') === 'contradicted' ? '否定しています' : '述べていません'}：${p('reason')}${p.has('cites') ? `（根拠として示した文：${p('cites')}）` : ''}　人が出典と照らし合わせてください。`,
  },
  'support.cross-language': {
    name: { ja: '別の言語の出典との照合です', en: 'Cross-language check' },
    ja: (p) => {
      switch (p('kind')) {
        case 'name':
          return `${q(p('text'))}は日本語の出典にありません。英語などの出典と人が照らし合わせてください。`;
        case 'words':
          return `${p('words')}を出典と対応づけられませんでした（出典の一つは日本語ではありません）。訳を人が確認してください。`;
        default:
          return `この節の内容を述べた出典の文が見つかりません（出典の 1 文に含まれる語は最大 ${p.n('percent')}%、出典の一つは日本語ではありません）。`;
      }
    },
  },
  'support.date': {
    name: { ja: '日付が出典にありません', en: 'Date not supported' },
    ja: (p) =>
      p('kind') === 'missing'
        ? `日付${q(p('text'))}は出典にありません。`
        : `日付${q(p('text'))}は出典にありますが、別のことの日付です：${q(p('sourceText'))}`,
  },
  'support.modality': {
    name: { ja: '出典より断定的（または弱い）言い方になっています', en: 'Modality' },
    ja: (p) => {
      switch (p('kind')) {
        case 'certainty':
          return `${q(p('text'))}と確かなこととして述べていますが、出典はそこまで言っていません。`;
        case 'qualifier':
          return `${p('words')}と言い切っていますが、出典では可能性や懸念としてだけ述べています：${q(p('sourceText'))}`;
        case 'tense':
          return `${q(p('text'))}を済んだこととして述べていますが、出典ではこれからのこととして述べています：${q(p('sourceText'))}`;
        case 'order':
          return `${q(p('text'))}と命令や義務として述べていますが、出典は求めや呼びかけとしてだけ述べています：${q(p('sourceText'))}`;
        case 'strengthened':
          return `${q(p('hedge'))}と見込みや予定として述べていますが、出典は${q(p('sourceHedge'))}としてだけ述べています：${q(p('sourceText'))}`;
        case 'planned':
          return `${q(p('text'))}をこれからの予定や方針として述べていますが、出典ではすでに行われたこととして述べています：${q(p('sourceText'))}`;
        case 'considered':
          return `検討中のこととして述べていますが、出典ではすでに決まったこととして述べています：${q(p('sourceText'))}`;
        case 'weakened':
          return `${q(p('text'))}を可能性としてだけ述べていますが、出典は言い切っています：${q(p('sourceText'))}`;
        default:
          return `出典が${q(p('hedge'))}として述べていることを言い切っています：${q(p('sourceText'))}`;
      }
    },
  },
  'support.name': {
    name: { ja: '名前が出典にありません', en: 'Name not supported' },
    ja: (p) =>
      p('kind') === 'missing'
        ? `名前${q(p('text'))}は出典にありません。`
        : `${q(p('text'))}は出典にありますが、この文が述べていることについてではありません。`,
  },
  'support.negation': {
    name: { ja: '肯定と否定が出典と逆です', en: 'Polarity reversed' },
    ja: (p) =>
      `この文は${q(p('text'))}を${p('kind') === 'negates' ? '否定' : '肯定'}していますが、出典は${p('kind') === 'negates' ? '肯定' : '否定'}しています：${q(p('sourceText'))}`,
  },
  'support.number': {
    name: { ja: '数値が出典にありません', en: 'Number not supported' },
    ja: (p) => `数値${q(p('text'))}は出典にありません。`,
  },
  'support.predicate': {
    name: { ja: '述べている内容（述語）が出典と違います', en: 'Predicate not supported' },
    ja: (p) => `この節が述べている対象について、${q(p('text'))}と述べた出典はありません。`,
  },
};

function readerOf(params: Params): Reader {
  const read = ((name: string) => {
    const value = params[name];
    if (value === undefined) throw new MissingParam(name);
    return String(value);
  }) as Reader;
  read.n = (name) => {
    const value = params[name];
    if (typeof value !== 'number') throw new MissingParam(name);
    return value;
  };
  read.has = (name) => params[name] !== undefined;
  return read;
}

/**
 * The Japanese message of a finding from the catalogue, or undefined when its code is not there
 * or the finding lacks a value the message needs (a finding made before params existed).
 */
export function japaneseMessage(finding: Pick<Finding, 'code' | 'params'>): string | undefined {
  const entry = FINDING_CATALOGUE[finding.code];
  if (entry === undefined) return undefined;
  try {
    return entry.ja(readerOf(finding.params ?? {}));
  } catch (error) {
    if (error instanceof MissingParam) return undefined;
    throw error;
  }
}

/** What the code means, in the language asked for (the code itself when it is not catalogued). */
export function findingName(code: string, language: ReportLanguage): string {
  return FINDING_CATALOGUE[code]?.name[language] ?? code;
}

/**
 * The finding's message in the language asked for: English is the check's own message; Japanese
 * comes from the catalogue, or (a finding without the values) the code's Japanese name with the
 * text it is about.
 */
export function findingMessage(finding: Finding, language: ReportLanguage): string {
  if (language === 'en') return finding.message;
  return (
    japaneseMessage(finding) ??
    `${findingName(finding.code, 'ja')}${finding.evidence === undefined ? '' : `: ${q(finding.evidence)}`}`
  );
}

/**
 * The report language of a command line: `--lang ja|en` when given, else Japanese when the locale
 * (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them) starts with "ja", else English.
 */
export function reportLanguage(
  asked: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): ReportLanguage | undefined {
  if (asked !== undefined)
    return REPORT_LANGUAGES.includes(asked as ReportLanguage) ? (asked as ReportLanguage) : undefined;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
