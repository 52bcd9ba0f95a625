/** How many leading body bytes the content check looks at (WHATWG MIME Sniffing reads 1445; signatures need far fewer). */
export const SNIFF_BYTES = 512;

/** Content types matome reads: pages, feeds and text. */
const READABLE_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'application/xml',
  'text/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/json',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
]);

/** Labels that say nothing about the content; the bytes decide. */
const UNLABELLED_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** Leading bytes of binary formats servers mislabel as pages (WHATWG MIME Sniffing §6–7). */
const SIGNATURES: readonly { name: string; bytes: readonly number[]; offset?: number }[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip', bytes: [0x1f, 0x8b, 0x08] },
  { name: 'MP4', bytes: [0x66, 0x74, 0x79, 0x70], offset: 4 },
  { name: 'Ogg', bytes: [0x4f, 0x67, 0x67, 0x53, 0x00] },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** The media type essence of a Content-Type header, lower case; '' when absent. */
export function essenceOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** A reason to refuse the response from its Content-Type alone (before reading the body); undefined to go on. */
export function checkContentType(contentType: string | null): string | undefined {
  const essence = essenceOf(contentType);
  if (READABLE_TYPES.has(essence) || UNLABELLED_TYPES.has(essence)) return undefined;
  return `unsupported content type ${essence}`;
}

/**
 * For a client that fetches images (a featured image from a source): a reason to refuse the response
 * from its Content-Type; undefined for image/* and unlabelled bodies, whose bytes the caller checks.
 */
export function checkImageContentType(contentType: string | null): string | undefined {
  const essence = essenceOf(contentType);
  if (essence.startsWith('image/') || UNLABELLED_TYPES.has(essence)) return undefined;
  return `unsupported content type ${essence} (not an image)`;
}

/**
 * A reason to refuse the response from its first bytes; undefined when they look like what matome
 * reads. Binary signatures are refused under any label; unlabelled and text/plain bodies must also
 * pass WHATWG's "text or binary" test (no binary data bytes unless a UTF-16 or UTF-8 BOM leads).
 */
export function sniffContent(contentType: string | null, head: Uint8Array): string | undefined {
  const essence = essenceOf(contentType);
  const label = essence === '' ? 'no content type' : essence;
  const signature = SIGNATURES.find(({ bytes, offset = 0 }) =>
    bytes.every((byte, index) => head[offset + index] === byte),
  );
  if (signature) return `${signature.name} data served as ${label}`;
  if ((UNLABELLED_TYPES.has(essence) || essence === 'text/plain') && isBinaryData(head)) {
    return `binary data served as ${label}`;
  }
  return undefined;
}

/** True when `head` holds a WHATWG "binary data byte" and no UTF-16 or UTF-8 BOM leads: not text. */
export function isBinaryData(head: Uint8Array): boolean {
  const [a, b, c] = head;
  if ((a === 0xfe && b === 0xff) || (a === 0xff && b === 0xfe)) return false;
  if (a === 0xef && b === 0xbb && c === 0xbf) return false;
  return head.some(isBinaryDataByte);
}

/** Binary data bytes: 0x00–0x08, 0x0B, 0x0E–0x1A, 0x1C–0x1F. ESC (0x1B) is text: ISO-2022-JP uses it. */
export const isBinaryDataByte = (byte: number): boolean =>
  byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f);

/** Share of binary data bytes above which a page's first bytes are binary, not text with a stray control. */
const BINARY_SHARE = 0.01;

/**
 * WHATWG's "text or binary" test made tolerant of stray controls: binary when a UTF-16 or UTF-8
 * BOM does not lead and more than 1% of `head` (at least two bytes) are binary data bytes. A page
 * whose CMS left one NUL in a title is still text; programs, images and archives are dense with
 * them (an ELF header is mostly zero bytes).
 */
export function isMostlyBinary(head: Uint8Array): boolean {
  const [a, b, c] = head;
  if ((a === 0xfe && b === 0xff) || (a === 0xff && b === 0xfe)) return false;
  if (a === 0xef && b === 0xbb && c === 0xbf) return false;
  let count = 0;
  for (const byte of head) if (isBinaryDataByte(byte)) count += 1;
  return count >= 2 && count > BINARY_SHARE * head.length;
}
