import type { Article, ArticleUpdate, Conflict, Fact } from '../domain/article.ts';
import { isWebAddress, publisherOf } from '../domain/document.ts';

/** Every fixed Japanese wording of the rendered format, in one place. */
export const labels = {
  leadPoint: '💡',
  summaryLine: '✅',
  transition: 'それでは、詳しく見ていきましょう。',
  publishedAt: '公開日:',
  publishedAtUnknown: '公開日不明',
  readMore: 'さらに読む ⇒',
  sourceLineNoImage: '出典: ',
  /** A card whose source's lead image is the post's featured image (FORMAT.md's 出典/画像元 line). */
  sourceLineImage: '出典/画像元: ',
  /** The featured image's credit, shown in the post. */
  imageCredit: '画像: ',
  /** Said of a source read from a saved file that names no address of its own. */
  savedPage: '保存されたページ',
  quotationFrom: (site: string) => `以下は「${site}」の記事からの引用です。`,
  quotationCite: '引用元',
  explainer: '解説',
  reader: '読者',
  sourcesHeading: '出典一覧',
  quoteHeavyNotice:
    'この記事は本文の多くが出典記事からの引用で構成されています（引用部分は出典を明示しています）。',
  hook: 'Q.',
  hookAnswer: 'A.',
  pointsHeading: 'この記事のポイント',
  closingHeading: 'まとめ',
  conflictsHeading: '出典によって食い違う点',
  // Not 以下の…: the linter reads that opening as a model introducing its answer.
  conflictsIntro: '出典の記事どうしで食い違いがあり、本文の記述はいずれかの出典に基づいています。',
  conflictKind: { number: '数値', date: '日付' },
  // Not ending in か/ね: the linter would read the heading as a voice line.
  timelineHeading: '時系列で見る',
  figuresHeading: '数字で見る',
  quotesHeading: '発言で見る',
  explainerItem: '・',
  updateNote: '追記',
  correctionNote: '訂正',
} as const;

/**
 * One 追記 / 訂正 note as shown, a notice line after the closing: its kind, when the change was found
 * (Japan time) and what changed in which outlet's article.
 */
export function updateLine(update: ArticleUpdate): string {
  const label = update.kind === 'correction' ? labels.correctionNote : labels.updateNote;
  const when = new Intl.DateTimeFormat('ja-JP', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(update.at));
  return `${label}（${when}）: ${update.outlet}の記事で${update.text}`;
}

/**
 * The explainer parts as shown, part by part (empty parts left out): each entry's line names its
 * outlet; a timeline line leads with its date, a quote with its speaker and the words in 「」.
 */
export function explainerParts(
  article: Pick<Article, 'sources' | 'explainer'>,
): Array<{ heading: string; lines: string[] }> {
  const explainer = article.explainer;
  if (explainer === undefined) return [];
  const outlet = (fact: Fact) => `（${factSourceName(fact, article)}）`;
  const parts = [
    {
      heading: labels.timelineHeading,
      lines: explainer.timeline.map((entry) => `${entry.date}　${shown(entry.fact)}${outlet(entry.fact)}`),
    },
    {
      heading: labels.figuresHeading,
      lines: explainer.figures.map((entry) => `${shown(entry.fact)}${outlet(entry.fact)}`),
    },
    {
      heading: labels.quotesHeading,
      lines: explainer.quotes.map((entry) => `${entry.speaker}${shown(entry.fact)}${outlet(entry.fact)}`),
    },
  ];
  return parts.filter((part) => part.lines.length > 0);
}

/**
 * A source's exact words as a visible quotation: 「…」, with quotes inside turned into 『』 as
 * Japanese typesetting does. Every verbatim text outside a quotation block is shown this way, so a
 * reader can tell the source's words from matome's (Copyright Act Art. 32: quotations distinct).
 */
export function quoted(text: string): string {
  return `「${text.replace(/「/gu, '『').replace(/」/gu, '』')}」`;
}

/** A fact's text as shown: the source's exact words in 「」, other text as it is. */
export function shown(fact: Fact): string {
  return fact.verbatim ? quoted(fact.text) : fact.text;
}

/** A point line's text: a verbatim point is quoted and names its source (Art. 48), others as they are. */
export function pointText(fact: Fact, article: Pick<Article, 'sources'>): string {
  // A point with a quoted part (Fact.quote) shows its 「」 itself, and names its source as a quote does.
  if (fact.quote !== undefined) return `${fact.text}（${factSourceName(fact, article)}）`;
  if (!fact.verbatim) return fact.text;
  return `${quoted(fact.text)}（${factSourceName(fact, article)}）`;
}

/** The name of the source a fact rests on (its first evidence span), as cards name it. */
export function factSourceName(fact: Fact, article: Pick<Article, 'sources'>): string {
  const id = fact.evidence[0]?.sourceId;
  const source = article.sources.find((candidate) => candidate.id === id);
  return source === undefined ? (id ?? '') : sourceName(source.siteName, source.url);
}

/** One line per conflict: 新規雇用（数値）: みやぎ東新聞「1500人」、日刊テック産業「約1200人」. */
export function conflictLine(conflict: Conflict, article: Pick<Article, 'sources'>): string {
  const claims = conflict.claims.map((claim) => {
    const source = article.sources.find((candidate) => candidate.id === claim.sourceId);
    const site = source === undefined ? claim.sourceId : sourceName(source.siteName, source.url);
    return `${site}${quoted(claim.value)}`;
  });
  // A role conflict's subject already says 肩書き (村井直人の肩書き); numbers and dates say which.
  const kind = conflict.kind === 'role' ? '' : `（${labels.conflictKind[conflict.kind]}）`;
  return `${conflict.subject}${kind}: ${claims.join('、')}`;
}

/** "2025-03-11T09:30:00+09:00" → "2025/03/11": the date as the source gives it, in its own offset. */
export function formatPublishedDate(iso: string | undefined): string | undefined {
  const match = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[1]}/${match[2]}/${match[3]}` : undefined;
}

/** The card's date line: 公開日:2025/03/11, or 公開日不明 when the page gave no date. */
export function publishedLine(iso: string | undefined): string {
  const date = formatPublishedDate(iso);
  return date === undefined ? labels.publishedAtUnknown : `${labels.publishedAt}${date}`;
}

/** What the reader is told about where a source comes from: its site name, else its host (publisherOf). */
export function sourceName(site: string | undefined, url: string): string {
  return publisherOf(site, url) ?? (isWebAddress(url) ? url : labels.savedPage);
}

/**
 * The card's source line after 出典: the page's address, or — for a saved file with no canonical
 * address — its site and that it is a saved page. A machine's file path is never shown.
 */
export function sourceLocation(site: string | undefined, url: string): string {
  if (isWebAddress(url)) return url;
  return site === undefined ? labels.savedPage : `${site}（${labels.savedPage}）`;
}
