import { constants, type Stats } from 'node:fs';
import { type FileHandle, open, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMatomeError, MatomeError } from '../domain/errors.ts';
import type { Page } from '../domain/page.ts';
import { decodeBytes } from './decode-bytes.ts';
import { isMostlyBinary } from './guard-content.ts';
import { createGuardedFetch } from './guarded-fetch.ts';

/** Collaborators of readSource; all optional so a caller passes only what it controls. */
export interface ReadSourceDependencies {
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  now?: () => Date;
  /**
   * Validators of a copy the caller already holds: sent as If-None-Match / If-Modified-Since.
   * A 304 answer comes back as a Page with status 304 and empty text — the caller uses its copy.
   */
  validators?: { etag?: string; lastModified?: string };
}

/** The most bytes read for one source, after HTTP content decoding: far above any article page. */
const MAX_SOURCE_BYTES = 10 * 1024 * 1024;
const MAX_MIB = MAX_SOURCE_BYTES / 1024 / 1024;
const TOO_LARGE_HINT = 'Save only the article page itself; a news article is far smaller than this.';

const MEDIA_TYPE_BY_EXTENSION: Readonly<Record<string, Page['mediaType']>> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
};

const SUPPORTED_EXTENSIONS = Object.keys(MEDIA_TYPE_BY_EXTENSION).join(', ');

/** Saved feeds: readable when named, but never picked up from a directory of articles. */
const FEED_MEDIA_TYPE_BY_EXTENSION: Readonly<Record<string, Page['mediaType']>> = {
  '.xml': 'application/xml',
  '.rss': 'application/xml',
  '.atom': 'application/xml',
  '.rdf': 'application/xml',
  '.json': 'application/feed+json',
};

/** Files in a source directory that describe the directory rather than hold an article. */
const NOT_SOURCES = new Set(['readme.md', 'readme.markdown', 'readme.txt']);

const isHttpUrl = (input: string) => /^https?:\/\//i.test(input);

/**
 * Reads one source (a local path, a file: URL or an http(s) URL) into a decoded Page.
 * Directories are refused: the caller expands them with listSourceFiles.
 */
export async function readSource(input: string, deps: ReadSourceDependencies = {}): Promise<Page> {
  if (isHttpUrl(input)) return fetchPage(input, deps);
  return readFilePage(input, localPath(input));
}

function localPath(input: string): string {
  if (!/^file:/i.test(input)) return resolve(input);
  try {
    return fileURLToPath(input);
  } catch (error) {
    throw new MatomeError('INVALID_ARGUMENT', `Invalid source URL: ${input}`, {
      hint: 'Give a local file as a path, or as a file:/// URL with an absolute path.',
      cause: error,
    });
  }
}

/** Supported source files directly inside `dir` (full paths), sorted by name; skips README and hidden files. */
export async function listSourceFiles(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    throw fileError(dir, error);
  }
  const names = entries.filter(
    (name) =>
      !name.startsWith('.') && !NOT_SOURCES.has(name.toLowerCase()) && mediaTypeOfPath(name) !== undefined,
  );
  const files: string[] = [];
  for (const name of names) {
    const info = await stat(join(dir, name)).catch(() => undefined);
    if (info?.isFile()) files.push(name);
  }
  // Numeric collation so "page-2" sorts before "page-10", as a reader numbering files expects;
  // the code-unit tie-break keeps the order total.
  const collator = new Intl.Collator('en', { numeric: true });
  files.sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  return files.map((name) => join(dir, name));
}

function mediaTypeOfPath(path: string): Page['mediaType'] | undefined {
  return MEDIA_TYPE_BY_EXTENSION[extname(path).toLowerCase()];
}

async function readFilePage(input: string, path: string): Promise<Page> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw fileError(input, error);
  }
  if (info.isDirectory()) {
    throw new MatomeError('SOURCE_UNSUPPORTED', `Failed to read source: ${input} (is a directory)`, {
      hint: 'Name the article files inside it, or give the directory to the matome command, which reads every supported file in it.',
    });
  }
  const mediaType = mediaTypeOfPath(path) ?? FEED_MEDIA_TYPE_BY_EXTENSION[extname(path).toLowerCase()];
  if (!mediaType) {
    throw new MatomeError(
      'SOURCE_UNSUPPORTED',
      `Failed to read source: ${input} (unsupported file type "${extname(path) || 'no extension'}")`,
      { hint: `Save the article as one of: ${SUPPORTED_EXTENSIONS}.` },
    );
  }
  const bytes = await readRegularFile(input, path);
  assertText(input, bytes);
  // No fetchedAt: a local file's Page depends only on its bytes, so builds are reproducible.
  return { url: pathToFileURL(path).href, input, mediaType, ...decodeBytes(bytes, { mediaType }) };
}

/** What a file that is not a regular file is, for the error message. */
function fileKind(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * Reads a regular file, at most MAX_SOURCE_BYTES of it. The file is opened without blocking (a
 * FIFO would otherwise wait for a writer) and checked through the open handle, so what is read is
 * what was checked; the size is counted as it is read, never taken from stat (a device reports 0).
 */
async function readRegularFile(input: string, path: string): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw fileError(input, error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new MatomeError(
        'SOURCE_UNSUPPORTED',
        `Failed to read source: ${input} (not a regular file: ${fileKind(info)})`,
        {
          hint: 'Save the article as a file and pass that file.',
        },
      );
    }
    const buffer = Buffer.alloc(Math.min(info.size, MAX_SOURCE_BYTES) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        throw new MatomeError(
          'SOURCE_UNREADABLE',
          `Failed to read source: ${input} (larger than ${MAX_MIB} MiB)`,
          {
            hint: TOO_LARGE_HINT,
          },
        );
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      // The file grew since stat: room for the rest, up to one byte past the cap.
      if (length === buffer.length && length <= MAX_SOURCE_BYTES) {
        const grown = Buffer.alloc(Math.min(buffer.length * 2, MAX_SOURCE_BYTES + 1));
        buffer.copy(grown);
        return await readRest(input, handle, grown, length);
      }
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (isMatomeError(error)) throw error;
    throw fileError(input, error);
  } finally {
    await handle.close();
  }
}

/** The rest of a file that outgrew its stat size, read into a buffer of at most the cap plus one. */
async function readRest(
  input: string,
  handle: FileHandle,
  buffer: Buffer,
  start: number,
): Promise<Uint8Array> {
  let length = start;
  let target = buffer;
  for (;;) {
    if (length === target.length) {
      if (length > MAX_SOURCE_BYTES) {
        throw new MatomeError(
          'SOURCE_UNREADABLE',
          `Failed to read source: ${input} (larger than ${MAX_MIB} MiB)`,
          {
            hint: TOO_LARGE_HINT,
          },
        );
      }
      const grown = Buffer.alloc(Math.min(target.length * 2, MAX_SOURCE_BYTES + 1));
      target.copy(grown);
      target = grown;
    }
    const { bytesRead } = await handle.read(target, length, target.length - length, null);
    if (bytesRead === 0) return target.subarray(0, length);
    length += bytesRead;
  }
}

/** How many leading bytes the sniffing rule reads (the spec's resource header). */
const SNIFF_BYTES = 1445;

/**
 * Refuses bytes that are not text, after the WHATWG MIME Sniffing rule for text: binary data bytes
 * (C0 controls other than tab, newlines, form feed and escape) in the first 1,445 bytes, more than
 * 1% of them (isMostlyBinary), unless a BOM leads (UTF-16 is text full of zero bytes). Files and
 * pages of every label alike: the guarded client tests only unlabelled and text/plain bodies.
 */
function assertText(input: string, bytes: Uint8Array): void {
  if (!isMostlyBinary(bytes.subarray(0, SNIFF_BYTES))) return;
  throw new MatomeError('SOURCE_UNSUPPORTED', `Failed to read source: ${input} (binary content, not text)`, {
    hint: 'matome reads HTML, plain-text and Markdown articles; this looks like a program, image or archive.',
  });
}

function fileError(input: string, error: unknown): MatomeError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new MatomeError(
      'SOURCE_NOT_FOUND',
      `Failed to read source: ${input} (no such file or directory)`,
      {
        hint: 'Check the path: it is resolved from the current directory, and spelling and case matter.',
        cause: error,
      },
    );
  }
  return new MatomeError('SOURCE_UNREADABLE', `Failed to read source: ${input} (${code ?? String(error)})`, {
    hint: 'Check that the file is readable by the current user.',
    cause: error,
  });
}

/** Content types that RSS, Atom and RDF feeds are served with. */
const XML_CONTENT_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
]);

/** Maps a Content-Type to the media types matome reads; undefined for anything else. */
function mediaTypeOfContentType(contentType: string, url: URL): Page['mediaType'] | undefined {
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (essence === 'text/html' || essence === 'application/xhtml+xml') return 'text/html';
  if (essence === 'text/markdown' || essence === 'text/x-markdown') return 'text/markdown';
  if (XML_CONTENT_TYPES.has(essence)) return 'application/xml';
  // Servers often label a JSON Feed plain application/json.
  if (essence === 'application/feed+json' || essence === 'application/json') return 'application/feed+json';
  // Raw-file hosts serve Markdown as text/plain; the URL's extension says what it really is.
  if (essence === 'text/plain') {
    return mediaTypeOfPath(url.pathname) === 'text/markdown' ? 'text/markdown' : 'text/plain';
  }
  return undefined;
}

function fetchFailed(
  url: string,
  detail: string,
  hint: string,
  retryable: boolean,
  cause?: unknown,
): MatomeError {
  return new MatomeError('FETCH_FAILED', `Failed to fetch page: GET ${url} (${detail})`, {
    hint,
    retryable,
    ...(cause === undefined ? {} : { cause }),
  });
}

function statusHint(status: number): string {
  if (status === 404 || status === 410) return 'Check the URL; the article may have moved or been removed.';
  if (status === 401 || status === 403) {
    return 'The site refused access (paywall or bot block); save the page from a browser and pass the file.';
  }
  if (status === 429) return 'The site is limiting requests; wait a while and try again.';
  if (status >= 500) return 'The site had a server error; try again later.';
  return 'Check the URL in a browser; save the page and pass the file if the site refuses matome.';
}

// Without an injected fetch, URLs go through a default guarded client (SSRF checks on every hop,
// timeouts, a decoded-size cap): user- and feed-supplied URLs never reach a plain fetch.
// Callers that read many URLs pass one shared guarded fetch (its connection pool is reused).
async function fetchPage(input: string, deps: ReadSourceDependencies): Promise<Page> {
  let url: URL;
  try {
    url = new URL(input);
  } catch (error) {
    throw new MatomeError('INVALID_ARGUMENT', `Invalid source URL: ${input}`, {
      hint: 'Give a full URL such as https://example.com/news/1, or a path to a saved file.',
      cause: error,
    });
  }
  const fetch = deps.fetch ?? createGuardedFetch();
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      headers: {
        ...(deps.validators?.etag ? { 'if-none-match': deps.validators.etag } : {}),
        ...(deps.validators?.lastModified ? { 'if-modified-since': deps.validators.lastModified } : {}),
        accept:
          'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,' +
          'application/xml;q=0.9,text/markdown;q=0.9,text/plain;q=0.8',
      },
      ...(deps.signal ? { signal: deps.signal } : {}),
    });
  } catch (error) {
    // A cancelled build is not a fetch failure: the caller's abort reason goes through unchanged,
    // and so do the guarded client's own errors (blocked address, timeout, oversize body).
    if (deps.signal?.aborted) throw deps.signal.reason;
    if (isMatomeError(error)) throw error;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    const hint = 'Check the network connection and the host name, then try again.';
    throw fetchFailed(input, detail, hint, true, error);
  }
  const finalUrl = response.url || url.href;
  if (response.status === 304 && deps.validators) {
    await response.body?.cancel();
    return {
      url: finalUrl,
      input,
      mediaType: 'text/html',
      encoding: 'utf-8',
      encodingSource: 'default',
      text: '',
      status: 304,
      headers: responseHeaders(response.headers),
      fetchedAt: (deps.now ?? (() => new Date()))().toISOString(),
    };
  }
  if (response.status >= 400) {
    await response.body?.cancel();
    // node:http is taken here, not imported: an ES import of it evaluates every export, and its
    // WebSocket getters load Node's fetch implementation (undici) and tls into every command (perf24).
    const { STATUS_CODES } = process.getBuiltinModule('node:http');
    const text = response.statusText || STATUS_CODES[response.status] || 'error';
    const retryable = response.status >= 500 || response.status === 429;
    throw fetchFailed(input, `${response.status} ${text}`, statusHint(response.status), retryable);
  }
  const contentType = response.headers.get('content-type') ?? undefined;
  const bytes = await readBody(response, input, deps.signal);
  assertText(input, bytes);
  const mediaType =
    contentType === undefined
      ? sniffMediaType(bytes)
      : mediaTypeOfContentType(contentType, new URL(finalUrl));
  if (!mediaType) {
    throw new MatomeError(
      'SOURCE_UNSUPPORTED',
      `Failed to read source: ${finalUrl} (unsupported content type ${contentType})`,
      {
        hint: 'matome reads HTML, plain-text and Markdown pages; for a PDF or image, save the article text as .txt.',
      },
    );
  }
  return {
    url: finalUrl,
    input,
    mediaType,
    ...decodeBytes(bytes, { contentType, mediaType }),
    status: response.status,
    headers: responseHeaders(response.headers),
    fetchedAt: (deps.now ?? (() => new Date()))().toISOString(),
  };
}

/** Response headers worth keeping with a snapshot: all but cookies, names in lower case. */
function responseHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of headers) if (name !== 'set-cookie') kept[name] = value;
  return kept;
}

/** A response without Content-Type: markup if it starts like markup, otherwise plain text. */
function sniffMediaType(bytes: Uint8Array): Page['mediaType'] {
  const head = new TextDecoder('ascii').decode(bytes.subarray(0, 512)).trimStart();
  return head.startsWith('<') ? 'text/html' : 'text/plain';
}

async function readBody(
  response: Response,
  input: string,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      // Throwing out of the loop cancels the stream, so the rest is never downloaded.
      if (size > MAX_SOURCE_BYTES) {
        throw fetchFailed(input, `larger than ${MAX_MIB} MiB`, TOO_LARGE_HINT, false);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof MatomeError) throw error;
    if (signal?.aborted) throw signal.reason;
    throw fetchFailed(input, 'connection lost while reading the body', 'Try again.', true, error);
  }
  return Buffer.concat(chunks);
}
