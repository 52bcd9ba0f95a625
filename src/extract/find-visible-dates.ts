import { findDates, findDatesWithoutYear } from './normalize-date.ts';

/** Dates a page shows its readers, told apart by their labels. */
export interface VisibleDates {
  publishedAt?: string;
  modifiedAt?: string;
}

/** What a label next to a date says it is; undefined when there is no label. */
export type DateLabel = 'published' | 'modified' | undefined;

const MODIFIED_WORDS = String.raw`最終更新|更新|修正|訂正|改訂|last\s+updated|updated|modified`;
const PUBLISHED_WORDS = '公開|配信|掲載|投稿|発行|初出|posted|published';
const IS_MODIFIED = new RegExp(`^(?:${MODIFIED_WORDS})`, 'i');
const labelOf = (word: string | undefined): DateLabel =>
  word === undefined ? undefined : IS_MODIFIED.test(word) ? 'modified' : 'published';

/** A label right before a date: "更新日：", "公開 ", "配信日時 (". */
const LABEL_BEFORE = new RegExp(
  String.raw`(${MODIFIED_WORDS}|${PUBLISHED_WORDS})(?:日時|日)?\s*(?:on)?\s*[:：]?\s*[(（【[]?\s*$`,
  'i',
);
/**
 * A label right after a date: "2025/03/11 公開", "3月11日（更新）". A label that opens a bracket
 * ("3月11日 (更新 3月12日)") belongs to the date that follows, so it is only taken when closed.
 */
const LABEL_AFTER = new RegExp(
  String.raw`^\s*[)）】\]]?\s*(?:(${MODIFIED_WORDS}|${PUBLISHED_WORDS})|[(（【[]\s*(${MODIFIED_WORDS}|${PUBLISHED_WORDS})(?:日時|日)?\s*[)）】\]])`,
  'i',
);
/** The label after a date, and how many characters of the following text it takes up. */
const labelAfter = (text: string): { label: DateLabel; length: number } => {
  const match = LABEL_AFTER.exec(text);
  return { label: labelOf(match?.[1] ?? match?.[2]), length: match?.[0].length ?? 0 };
};

const ANY_LABEL = new RegExp(`${MODIFIED_WORDS}|${PUBLISHED_WORDS}`, 'i');

/** The first label word anywhere in a short text, such as the content of a <time> element. */
export function labelIn(text: string): DateLabel {
  return labelOf(ANY_LABEL.exec(text)?.[0]);
}

/** The label attached to a date, from the text just before it or (failing that) just after it. */
export function labelAround(before: string, after: string): DateLabel {
  return labelOf(LABEL_BEFORE.exec(before)?.[1]) ?? labelAfter(after).label;
}

/**
 * A metadata line is short: a date with a label, a time, perhaps a byline. Longer paragraphs are
 * prose, whose dates are about events ("4月1日から値上げ"), not about the article.
 */
const MAX_METADATA_LINE = 60;

/**
 * Finds the publication and update dates shown in the page text (paragraphs in reading order).
 * A date labelled 更新/最終更新/updated is only ever the update date; an unlabelled date counts as
 * published only when it opens its line, as date lines do, and no labelled 公開/配信 date exists.
 */
export function findVisibleDates(paragraphs: readonly string[]): VisibleDates {
  let published: string | undefined;
  let unlabelled: string | undefined;
  let modified: string | undefined;
  for (const paragraph of paragraphs) {
    if (paragraph.length > MAX_METADATA_LINE) continue;
    const dates = findDates(paragraph);
    // A label that date i takes from the text after it is not also the label before date i + 1
    // ("2025/03/11 公開 2025/03/12 更新"); the text after that label still can be
    // ("2025年3月11日 公開（更新 2025年3月12日）").
    let takenUntil = 0;
    dates.forEach((date, index) => {
      const before = paragraph.slice(Math.max(dates[index - 1]?.end ?? 0, takenUntil), date.start);
      const after = paragraph.slice(date.end, dates[index + 1]?.start ?? paragraph.length);
      let label = labelOf(LABEL_BEFORE.exec(before)?.[1]);
      if (label === undefined) {
        const found = labelAfter(after);
        label = found.label;
        takenUntil = date.end + found.length;
      }
      if (label === 'published') published ??= date.iso;
      else if (label === 'modified') modified ??= date.iso;
      else if (index === 0 && /^[\s(（【[]*$/.test(before)) unlabelled ??= date.iso;
    });
  }
  const publishedAt = published ?? unlabelled;
  return {
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(modified === undefined ? {} : { modifiedAt: modified }),
  };
}

/** What may stand beside the dates on a date line: labels, times, weekdays, brackets, separators. */
const DATE_LINE_FILLER = new RegExp(
  String.raw`(?:${MODIFIED_WORDS}|${PUBLISHED_WORDS})(?:日時|日)?|[0-9０-９]{1,2}\s*[:：]\s*[0-9０-９]{2}|[0-9０-９]{1,2}\s*時(?:\s*[0-9０-９]{1,2}\s*分)?|午前|午後|[(（][月火水木金土日](?:曜日?)?[)）]|[\s()（）【】\[\]:：/／|｜・,、。-]`,
  'gi',
);

/**
 * True for a paragraph that only states dates, such as "2025年3月11日 公開（更新 2025年3月12日
 * 18:05）" or "6月18日 07:00": page metadata rather than article text.
 */
export function isDateLine(paragraph: string): boolean {
  const dates = [...findDates(paragraph), ...findDatesWithoutYear(paragraph)];
  if (dates.length === 0) return false;
  let rest = paragraph;
  for (const { start, end } of dates) rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  return rest.replace(DATE_LINE_FILLER, '') === '';
}
