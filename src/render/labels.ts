/** Every fixed Japanese wording of the rendered format, in one place. */
export const labels = {
  leadPoint: '💡',
  summaryLine: '✅',
  transition: 'それでは、詳しく見ていきましょう。',
  publishedAt: '公開日:',
  publishedAtUnknown: '公開日不明',
  readMore: 'さらに読む ⇒',
  sourceLine: '出典/画像元: ',
  sourceLineNoImage: '出典: ',
  quotationFrom: (site: string) => `以下は「${site}」の記事からの引用です。`,
  quotationCite: '引用元',
  explainer: '解説',
  reader: '読者',
  sourcesHeading: '出典一覧',
  quoteHeavyNotice:
    'この記事は本文の多くが出典記事からの引用で構成されています（引用部分は出典を明示しています）。',
  imageCredit: '画像元',
  hook: 'Q.',
  hookAnswer: 'A.',
  pointsHeading: 'この記事のポイント',
  closingHeading: 'まとめ',
} as const;

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

/** What the reader is told about where a source comes from: its site name, else its host. */
export function sourceName(site: string | undefined, url: string): string {
  if (site !== undefined) return site;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:' ? (parsed.pathname.split('/').pop() ?? url) : parsed.hostname;
  } catch {
    return url;
  }
}
