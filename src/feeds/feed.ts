/** One entry of a feed, as matome lists it and picks sources from. */
export interface FeedItem {
  title?: string;
  /** Absolute http(s) URL of the item's page. */
  link: string;
  /** ISO 8601 in Japan time ("2025-06-02T09:30:00+09:00"); a date without a zone is taken as Japan time. */
  publishedAt?: string;
  /** The item's description or summary as plain text on one line. */
  summary?: string;
}

/** A parsed feed: its format, its own title and site, and its items in feed order. */
export interface Feed {
  kind: 'rss2' | 'rss1' | 'atom' | 'jsonfeed';
  title?: string;
  /** Absolute http(s) URL of the site the feed belongs to. */
  siteUrl?: string;
  items: FeedItem[];
}

/** A link as written in the feed, with the base it resolves against. */
export interface RawLink {
  href: string;
  base: string;
}

/** An item as a format reader found it: text already plain, links and date still as written. */
export interface RawItem {
  title?: string | undefined;
  /** Candidate links, best first; the first that resolves to an http(s) URL is the item's link. */
  links: RawLink[];
  date?: string | undefined;
  summary?: string | undefined;
}

/** What a format reader returns; parseFeed resolves links and dates and removes duplicates. */
export interface RawFeed {
  kind: Feed['kind'];
  title?: string | undefined;
  site?: RawLink | undefined;
  /** The address the feed gives for itself (atom:link rel="self", feed_url, the RSS 1.0 channel's rdf:about). */
  self?: RawLink | undefined;
  items: RawItem[];
}
