// The image policy of a publication: which featured image, if any, a post may carry. Off by default
// (`none`): a source's image is someone else's work, and its licence is unknown. The user may give
// an image they hold the rights to (a file and its credit), or allow the sources' own lead images
// (og:image) from hosts they name as ones whose images they may use; the credit is always shown.
// The image is read and checked here, before anything is sent: its bytes must be a JPEG, PNG, GIF
// or WebP image (sniffed, whatever the file is called) of at most 10 MiB.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as ImageSize from 'image-size';
import { type Article, isDisplayText } from '../domain/article.ts';
import { MatomeError } from '../domain/errors.ts';
import { type RobotsPolicy, requireRobotsAllowed } from '../fetch/robots-policy.ts';

/** Which featured image a post may carry. */
export type ImagePolicy =
  | { kind: 'none' }
  /** An image the user supplies and holds the rights to, shown with their credit. */
  | { kind: 'file'; path: string; credit: string }
  /**
   * The lead image (og:image) of the first source whose page is on one of `hosts` (the user states
   * they may use those sites' images), credited to that source.
   */
  | { kind: 'source'; hosts: readonly string[] };

export type ImageMediaType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';

/** A featured image, read and checked, ready to upload. */
export interface FeaturedImage {
  bytes: Uint8Array;
  mediaType: ImageMediaType;
  /** The file extension WordPress expects for the type. */
  extension: 'jpg' | 'png' | 'gif' | 'webp';
  width: number;
  height: number;
  /** "sha256:<hex>" of the bytes: the same image is uploaded once, whatever its name. */
  hash: string;
  /** Who the image is credited to, shown as its caption and in the post. */
  credit: string;
  /** The source whose lead image it is (its card is marked 出典/画像元); absent for the user's own image. */
  sourceId?: string;
  /** Where it came from (a file path or URL), for messages. */
  origin: string;
}

/** The largest image matome uploads. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** image-size's names of the types WordPress accepts for upload by default. */
const TYPES: Readonly<Record<string, { mediaType: ImageMediaType; extension: FeaturedImage['extension'] }>> =
  {
    jpg: { mediaType: 'image/jpeg', extension: 'jpg' },
    png: { mediaType: 'image/png', extension: 'png' },
    gif: { mediaType: 'image/gif', extension: 'gif' },
    webp: { mediaType: 'image/webp', extension: 'webp' },
  };

/** The credit as shown: one line of visible text, or a clear error naming the option. */
export function checkCredit(credit: string, option: string): string {
  const text = credit.trim();
  if (!isDisplayText(text)) {
    throw new MatomeError(
      'INVALID_ARGUMENT',
      `Invalid arguments: ${option} ${JSON.stringify(credit)} (not a one-line credit)`,
      {
        hint: `Name who holds the image's rights on one line, e.g. ${option} "写真: 編集部".`,
      },
    );
  }
  return text;
}

/**
 * Checks that `bytes` are an image WordPress takes, by the bytes themselves (not the name), and
 * describes it; SOURCE_UNSUPPORTED naming `origin` otherwise.
 */
export function checkImageBytes(
  bytes: Uint8Array,
  origin: string,
): Pick<FeaturedImage, 'mediaType' | 'extension' | 'width' | 'height' | 'hash'> {
  const refuse = (detail: string) =>
    new MatomeError('SOURCE_UNSUPPORTED', `Refused image: ${origin} (${detail})`, {
      hint: 'Give a JPEG, PNG, GIF or WebP image of at most 10 MiB; the bytes decide, not the file name.',
    });
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw refuse(`${bytes.length} bytes, more than the ${MAX_IMAGE_BYTES} allowed`);
  }
  let size: { width?: number; height?: number; type?: string };
  try {
    size = loadImageSize().imageSize(bytes);
  } catch {
    throw refuse('not an image: its bytes are no JPEG, PNG, GIF or WebP');
  }
  const type = TYPES[size.type ?? ''];
  if (type === undefined)
    throw refuse(`a ${size.type ?? 'unknown'} image; WordPress takes JPEG, PNG, GIF or WebP`);
  if (!size.width || !size.height) throw refuse('an image without a width and height');
  return {
    ...type,
    width: size.width,
    height: size.height,
    hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
  };
}

let imageSizeModule: typeof ImageSize | undefined;
/**
 * image-size (~26 modules, one per image format), loaded the first time an image is checked:
 * `matome build` imports this file for its options, and most builds publish no image.
 */
function loadImageSize(): typeof ImageSize {
  imageSizeModule ??= createRequire(import.meta.url)('image-size') as typeof ImageSize;
  return imageSizeModule;
}

/** A host as the allow-list compares it: lower case, no port, no leading "www.". */
const hostKey = (host: string) =>
  host
    .toLowerCase()
    .replace(/:\d+$/, '')
    .replace(/^www\./, '');

/** The source whose lead image the policy allows, with the image's address; undefined when none is. */
export function allowedSourceImage(
  article: Article,
  hosts: readonly string[],
): { sourceId: string; url: string; credit: string } | undefined {
  const allowed = new Set(hosts.map(hostKey));
  for (const source of article.sources) {
    if (source.image === undefined) continue;
    let page: URL;
    try {
      page = new URL(source.url);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(page.protocol) || !allowed.has(hostKey(page.host))) continue;
    const shownSite = source.siteName ?? page.hostname;
    return { sourceId: source.id, url: source.image, credit: shownSite };
  }
  return undefined;
}

/**
 * The featured image the policy allows for this article, read and checked; undefined when the
 * policy allows none (or no source on the allowed hosts has a lead image). `fetch` reads a source's
 * image: a guarded client for images (fetch/guarded-fetch.ts with `content: 'images'`); `robots`,
 * when given, must allow the image's URL first (ROBOTS_DISALLOWED otherwise, nothing fetched).
 */
export async function readFeaturedImage(
  article: Article,
  policy: ImagePolicy,
  deps: { fetch?: typeof globalThis.fetch; robots?: RobotsPolicy } = {},
): Promise<FeaturedImage | undefined> {
  if (policy.kind === 'none') return undefined;
  if (policy.kind === 'file') return readImageFile(policy);
  const chosen = allowedSourceImage(article, policy.hosts);
  if (chosen === undefined) return undefined;
  const fetchImage = deps.fetch;
  if (fetchImage === undefined) {
    throw new MatomeError(
      'INVALID_ARGUMENT',
      `Failed to read image: ${chosen.url} (no client to fetch it with)`,
      {
        hint: 'This is a bug in matome; please report it with the command used.',
      },
    );
  }
  if (deps.robots !== undefined) await requireRobotsAllowed(deps.robots, chosen.url);
  const response = await fetchImage(chosen.url, { headers: { accept: 'image/*' } });
  if (!response.ok) {
    await response.body?.cancel();
    throw new MatomeError('FETCH_FAILED', `Failed to fetch image: ${chosen.url} (HTTP ${response.status})`, {
      retryable: response.status === 429 || response.status >= 500,
      hint: "The source's lead image could not be read; publish without it (without --source-image-host) or try again later.",
    });
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    bytes,
    ...checkImageBytes(bytes, chosen.url),
    credit: chosen.credit,
    sourceId: chosen.sourceId,
    origin: chosen.url,
  };
}

/**
 * The user's own image, read and checked (it does not depend on the article, so a build checks it
 * before building).
 */
export async function readImageFile(policy: Extract<ImagePolicy, { kind: 'file' }>): Promise<FeaturedImage> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(policy.path);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new MatomeError(
      missing ? 'SOURCE_NOT_FOUND' : 'SOURCE_UNREADABLE',
      `Failed to read image: ${policy.path} (${missing ? 'not found' : (error as Error).message})`,
      {
        hint: 'Give the path of an image file you hold the rights to: --featured-image FILE.',
        cause: error,
      },
    );
  }
  return {
    bytes,
    ...checkImageBytes(bytes, policy.path),
    credit: checkCredit(policy.credit, '--image-credit'),
    origin: policy.path,
  };
}
