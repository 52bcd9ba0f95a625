import htmlEncodingSniffer from 'html-encoding-sniffer';
import type { Page } from '../domain/page.ts';

/** What decodeBytes decided and produced. */
export interface DecodedText {
  text: string;
  /** WHATWG encoding name, lower case: "utf-8", "shift_jis", "euc-jp", "iso-2022-jp", "windows-1252", … */
  encoding: string;
  encodingSource: Page['encodingSource'];
}

/** Inputs to decodeBytes besides the bytes. */
export interface DecodeOptions {
  /** The HTTP Content-Type header value, for its charset parameter. */
  contentType?: string | undefined;
  mediaType: Page['mediaType'];
}

/**
 * Labels seen on Japanese pages that the WHATWG Encoding Standard does not list, mapped to the
 * closest WHATWG decoder. "cp932"/"windows-932" are Microsoft's Shift_JIS, which is exactly what
 * WHATWG's shift_jis decoder implements; the EUC-JP variants are Microsoft's EUC-JP likewise. The
 * JIS X 0213 labels decode all but their extra characters.
 */
const EXTRA_LABELS: Readonly<Record<string, string>> = {
  cp932: 'shift_jis',
  'windows-932': 'shift_jis',
  'x-cp932': 'shift_jis',
  'sjis-win': 'shift_jis',
  'sjis-open': 'shift_jis',
  'shift-jis-2004': 'shift_jis',
  shift_jisx0213: 'shift_jis',
  cp51932: 'euc-jp',
  'eucjp-win': 'euc-jp',
  'eucjp-ms': 'euc-jp',
  'euc-jp-ms': 'euc-jp',
  eucjp: 'euc-jp',
  euc_jp: 'euc-jp',
};

/** Returns the WHATWG encoding name for a label, or undefined when no decoder exists for it. */
function normalizeEncodingLabel(label: string): string | undefined {
  const key = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  const extra = EXTRA_LABELS[key];
  if (extra) return extra;
  try {
    // TextDecoder knows every WHATWG label ("x-sjis", "windows-31j", "ms_kanji", …) and reports the
    // canonical name; it throws for unknown labels and for the "replacement" encoding.
    return new TextDecoder(key).encoding;
  } catch {
    return undefined;
  }
}

/** The charset parameter of a Content-Type header value, if any. */
function charsetParameter(contentType: string): string | undefined {
  for (const parameter of contentType.split(';').slice(1)) {
    const separator = parameter.indexOf('=');
    if (separator === -1) continue;
    if (parameter.slice(0, separator).trim().toLowerCase() === 'charset') {
      const value = parameter.slice(separator + 1).trim();
      return value.length > 0 ? value : undefined;
    }
  }
  return undefined;
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** Stands for "the prescan found nothing": html-encoding-sniffer returns the default it is given. */
const NOTHING_FOUND = 'none';

/**
 * The HTML Standard's prescan of the first 1024 bytes for <meta charset> / http-equiv (and an XML
 * declaration). html-encoding-sniffer implements it; BOM and transport were handled before this
 * is called, so the sniffer's answer is the prescan's alone. It already maps a declared UTF-16
 * to UTF-8, as the spec requires (a page that is really UTF-16 would have had a BOM).
 */
function prescanEncoding(bytes: Uint8Array): string | undefined {
  const found = htmlEncodingSniffer(bytes, { defaultEncoding: NOTHING_FOUND });
  return found === NOTHING_FOUND ? undefined : normalizeEncodingLabel(found);
}

/**
 * The encoding an XML document declares (`<?xml version="1.0" encoding="Shift_JIS"?>`) or signals
 * with a BOM-less UTF-16 `<?xml`. The sniffer's XML mode reads only that; XML has no <meta>.
 */
function xmlDeclarationEncoding(bytes: Uint8Array): string | undefined {
  const found = htmlEncodingSniffer(bytes, { xml: true, defaultEncoding: NOTHING_FOUND });
  return found === NOTHING_FOUND ? undefined : normalizeEncodingLabel(found);
}

/** True when bytes decode without error; an incomplete sequence cut off at the very end is tolerated. */
function decodesCleanly(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** How typical one non-ASCII character is of Japanese text. */
function characterScore(code: number): number {
  // Hiragana and katakana: the backbone of Japanese prose.
  if (code >= 0x3040 && code <= 0x30ff) return 2;
  // Common kanji, CJK punctuation, full-width ASCII.
  if (code >= 0x4e00 && code <= 0x9fff) return 1;
  if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e)) return 1;
  // Half-width katakana: what EUC-JP bytes turn into when read as Shift_JIS.
  if (code >= 0xff61 && code <= 0xff9f) return -1;
  // C1 controls and U+FFFD: what Shift_JIS bytes turn into when read as EUC-JP (Node's ICU
  // decoder maps 0x80–0x8D to C1 controls instead of failing).
  if ((code >= 0x80 && code <= 0x9f) || code === 0xfffd) return -3;
  // Private use (EUDC): real pages rarely use it.
  if (code >= 0xe000 && code <= 0xf8ff) return -2;
  return -0.5;
}

/** Mean character score over the non-ASCII characters of a decoded text (about −3 … 2). */
function japaneseScore(text: string): number {
  let score = 0;
  let count = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    score += characterScore(code);
    count++;
  }
  return count === 0 ? 0 : score / count;
}

/** Below this, a legacy decoding is noise rather than Japanese text (1 = every character a kanji). */
const PLAUSIBLE_JAPANESE = 0.8;

const ESCAPE = 0x1b;
const ISO_2022_JP_ESCAPES = new Set(['$@', '$B', '(J', '(I']);

/** Guesses among UTF-8, ISO-2022-JP, Shift_JIS and EUC-JP; undefined when nothing fits. */
function detectEncoding(bytes: Uint8Array): string | undefined {
  const hasHighBytes = bytes.some((byte) => byte >= 0x80);
  if (!hasHighBytes) {
    // ISO-2022-JP is 7-bit: its escape sequences (ESC $ @, ESC $ B, ESC ( J, ESC ( I) give it away.
    for (let index = bytes.indexOf(ESCAPE); index !== -1; index = bytes.indexOf(ESCAPE, index + 1)) {
      const sequence = String.fromCharCode(bytes[index + 1] ?? 0, bytes[index + 2] ?? 0);
      if (ISO_2022_JP_ESCAPES.has(sequence)) return 'iso-2022-jp';
    }
    return undefined; // pure ASCII: every candidate decodes it the same way
  }
  if (decodesCleanly(bytes, 'utf-8')) return 'utf-8';
  let best: { encoding: string; score: number } | undefined;
  for (const encoding of ['shift_jis', 'euc-jp']) {
    const clean = decodesCleanly(bytes, encoding);
    // An invalid sequence counts against a candidate but does not rule it out: pages are often
    // cut mid-character or carry one stray byte.
    const score = japaneseScore(new TextDecoder(encoding).decode(bytes)) - (clean ? 0 : 0.5);
    if (!best || score > best.score) best = { encoding, score };
  }
  return best && best.score >= PLAUSIBLE_JAPANESE ? best.encoding : undefined;
}

type EncodingDecision = Pick<DecodedText, 'encoding' | 'encodingSource'>;

function chooseEncoding(bytes: Uint8Array, options: DecodeOptions): EncodingDecision {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom, encodingSource: 'bom' };
  const label = options.contentType === undefined ? undefined : charsetParameter(options.contentType);
  // An unknown transport label is ignored, as the spec says, rather than failing the page.
  const transport = label === undefined ? undefined : normalizeEncodingLabel(label);
  if (transport) return { encoding: transport, encodingSource: 'transport' };
  if (options.mediaType === 'text/html') {
    const meta = prescanEncoding(bytes);
    if (meta) return { encoding: meta, encodingSource: 'meta' };
  }
  // The XML declaration is the document's own statement of its encoding, as <meta> is for HTML.
  if (options.mediaType === 'application/xml') {
    const declared = xmlDeclarationEncoding(bytes);
    if (declared) return { encoding: declared, encodingSource: 'meta' };
  }
  const detected = detectEncoding(bytes);
  if (detected) return { encoding: detected, encodingSource: 'detected' };
  return {
    encoding: options.mediaType === 'text/html' ? 'windows-1252' : 'utf-8',
    encodingSource: 'default',
  };
}

/**
 * Decodes page bytes in the WHATWG order: BOM, then the transport (HTTP Content-Type charset),
 * then the <meta> prescan (HTML) or the XML declaration (XML), then detection among Japanese
 * encodings, then the default (windows-1252 for HTML, UTF-8 for everything else, XML and JSON
 * included). Never throws on bad bytes: they become U+FFFD.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions): DecodedText {
  const decision = chooseEncoding(bytes, options);
  // TextDecoder strips a BOM that matches the encoding, and a BOM always decides the encoding.
  return { text: new TextDecoder(decision.encoding).decode(bytes), ...decision };
}
