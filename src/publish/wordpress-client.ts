// A small client for the WordPress REST API (wp/v2) with an Application Password. Every route is
// reached as `?rest_route=`, which works whatever the site's permalink settings. Refusals (4xx)
// are permanent and explained; 429, 5xx and network failures are retryable (MatomeError.retryable),
// and `withRetry` retries them with backoff. Writes are never retried here: after a lost answer a
// write may have happened, so the publisher looks before it writes again.
import { MatomeError } from '../domain/errors.ts';

/** A post as WordPress returns it with `context=edit`. */
export interface WordPressPost {
  id: number;
  slug: string;
  status: string;
  link: string;
  modified_gmt: string;
  content: { raw: string };
  categories?: number[];
  tags?: number[];
  featured_media?: number;
}

/** A media item (attachment) as WordPress returns it with `context=edit`. */
export interface WordPressMedia {
  id: number;
  slug: string;
  title: { raw: string };
  caption: { raw: string };
  mime_type: string;
  source_url: string;
  /** The post it was uploaded to (its parent); null when none. */
  post: number | null;
}

/** An image to upload, and the fields its media item gets. */
export interface MediaUpload {
  bytes: Uint8Array;
  mediaType: string;
  fileName: string;
  title: string;
  slug: string;
  caption: string;
  /** The post it belongs to (the attachment's parent). */
  post?: number;
}

export type Taxonomy = 'categories' | 'tags';

/** The user the credentials log in as, with what it may do. */
export interface WordPressUser {
  id: number;
  slug: string;
  capabilities: Record<string, boolean>;
}

export interface WordPressTerm {
  id: number;
  slug: string;
  name: string;
}

/** The fields matome writes to a post. */
export interface PostFields {
  title: string;
  content: string;
  excerpt: string;
  slug: string;
  status: 'draft' | 'pending' | 'publish';
  categories: number[];
  tags: number[];
}

export interface WordPressClientOptions {
  /** The site's base URL (http(s)://host[/path]). */
  site: string;
  user: string;
  applicationPassword: string;
  /** For tests and proxies; the global fetch otherwise. */
  fetch?: typeof globalThis.fetch;
  /** Per request, 30 s by default. */
  timeoutMs?: number;
}

export interface WordPressClient {
  readonly site: string;
  /**
   * The user the credentials log in as. WordPress treats a wrong Application Password as no login
   * at all (each route then answers as to a visitor), so this is asked first: PUBLISH_REFUSED when
   * the credentials are not accepted.
   */
  whoAmI(): Promise<WordPressUser>;
  /** Posts of any status (not trash) with this slug, or whose text contains `search`. */
  findPosts(query: { slug?: string; search?: string }): Promise<WordPressPost[]>;
  /** The post, or undefined when it is gone (404 / trashed). */
  getPost(id: number): Promise<WordPressPost | undefined>;
  createPost(fields: PostFields): Promise<WordPressPost>;
  updatePost(id: number, fields: PostFields): Promise<WordPressPost>;
  /** Deletes a post for good (not to the trash). */
  deletePost(id: number): Promise<void>;
  /** Media items with this slug, or whose title, caption or description contains `search`. */
  findMedia(query: { slug?: string; search?: string }): Promise<WordPressMedia[]>;
  /** Uploads a file as a new media item (never retried here: look it up first after a failure). */
  uploadMedia(upload: MediaUpload): Promise<WordPressMedia>;
  /** Deletes a media item and its files for good. */
  deleteMedia(id: number): Promise<void>;
  /** Sets the post's featured image (0: none). */
  setFeaturedMedia(postId: number, mediaId: number): Promise<WordPressPost>;
  findTerm(taxonomy: Taxonomy, slug: string): Promise<WordPressTerm | undefined>;
  /** Creates a term; when WordPress answers `term_exists`, the existing term's id. */
  createTerm(taxonomy: Taxonomy, term: { slug: string; name: string }): Promise<number>;
}

/** Normalises a site URL (http or https, no query, no trailing slash) or says what is wrong with it. */
export function normaliseSite(site: string): string {
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new MatomeError('INVALID_ARGUMENT', `Invalid arguments: --site ${site} (not a URL)`, {
      hint: "Give the WordPress site's address, e.g. --site https://news.example.",
    });
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '') {
    throw new MatomeError(
      'INVALID_ARGUMENT',
      `Invalid arguments: --site ${site} (not a plain http(s) address)`,
      {
        hint: "Give the site's base address without query or fragment, e.g. --site https://news.example.",
      },
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Why a featured image cannot be uploaded by a user without the upload_files capability. */
export const UPLOAD_REFUSED =
  'This user may not upload media (an Author, Editor or Administrator can): publish without a featured image (no --featured-image or --source-image-host), or with an account that may upload.';

/** What a WordPress error code means for the person running matome. */
function explain(status: number, code: string, what: string): string {
  if (status === 403 && what === 'upload media') return UPLOAD_REFUSED;
  switch (code) {
    case 'incorrect_password':
    case 'invalid_username':
    case 'invalid_email':
      return 'WordPress does not accept this user name and Application Password: check MATOME_WP_USER and MATOME_WP_APP_PASSWORD (an Application Password, from Users → Profile → Application Passwords, not the login password).';
    case 'application_passwords_disabled':
    case 'application_passwords_disabled_for_user':
      return 'Application Passwords are off on this site: WordPress offers them only over https (or when WP_ENVIRONMENT_TYPE is local), and a plugin or the host may turn them off; an administrator must allow them for this user.';
    case 'rest_cannot_publish':
      return 'This user may not publish posts: publish as a draft or pending review (--status draft|pending), or use an Editor or Administrator account.';
    case 'rest_cannot_upload':
    case 'rest_cannot_create_media':
      return UPLOAD_REFUSED;
    case 'rest_cannot_create':
    case 'rest_cannot_edit':
    case 'rest_cannot_delete':
    case 'rest_cannot_edit_others':
      return `This user may not ${what}: give it the Editor role, or publish with an account that has it.`;
    case 'rest_cannot_create_term':
    case 'rest_cannot_assign_term':
      return 'This user may not create or assign categories and tags: create them in WordPress first, or use an Editor account.';
    case 'rest_no_route':
      return "This address has no WordPress REST API: check --site (the site's base address) and that the REST API is not turned off.";
    case 'rest_not_logged_in':
      return 'WordPress did not log in with these credentials: check MATOME_WP_USER and MATOME_WP_APP_PASSWORD (an Application Password from Users → Profile, not the login password); Application Passwords must be on (https, or WP_ENVIRONMENT_TYPE local), and the web server must pass the Authorization header on to PHP.';
    case 'rest_forbidden':
    case 'rest_forbidden_context':
      return 'WordPress did not see the credentials: the web server may drop the Authorization header (see README "Publishing to WordPress"), or the user lacks the right.';
  }
  if (status === 401)
    return 'WordPress refused the credentials: check MATOME_WP_USER and MATOME_WP_APP_PASSWORD.';
  if (status === 403) return `This user may not ${what}.`;
  return 'WordPress refused the request; its own words are above.';
}

const sleepFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `action`, retrying retryable MatomeErrors (429, 5xx, network) up to `retries` times with
 * exponential backoff and jitter (or the server's Retry-After, up to 60 s).
 */
export async function withRetry<T>(
  action: () => Promise<T>,
  options: { retries?: number; baseMs?: number; sleep?: (ms: number) => Promise<unknown> } = {},
): Promise<T> {
  const retries = options.retries ?? 5;
  const baseMs = options.baseMs ?? 250;
  const sleep = options.sleep ?? sleepFor;
  for (let attempt = 0; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (!(error instanceof MatomeError) || !error.retryable || attempt >= retries) throw error;
      const after = (error as MatomeError & { retryAfterMs?: number }).retryAfterMs;
      const backoff = baseMs * 2 ** attempt;
      await sleep(after ?? backoff / 2 + Math.random() * (backoff / 2));
    }
  }
}

/** A file sent as a request's raw body. */
class FileBody {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  readonly fileName: string;
  constructor(bytes: Uint8Array, mediaType: string, fileName: string) {
    this.bytes = bytes;
    this.mediaType = mediaType;
    this.fileName = fileName;
  }
}

/** Creates a REST client for one site and one user. */
export function createWordPressClient(options: WordPressClientOptions): WordPressClient {
  const site = normaliseSite(options.site);
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const authorization = `Basic ${Buffer.from(`${options.user}:${options.applicationPassword}`).toString('base64')}`;

  async function call<T>(
    method: 'GET' | 'POST' | 'DELETE',
    route: string,
    what: string,
    query: Record<string, string> = {},
    body?: unknown,
  ): Promise<{ status: number; data: T }> {
    const params = new URLSearchParams({ rest_route: route, ...query });
    const url = `${site}/?${params}`;
    // A file goes as the raw body, named by Content-Disposition (WordPress's media route reads it so).
    const file = body instanceof FileBody ? body : undefined;
    const headers: Record<string, string> =
      file !== undefined
        ? {
            'content-type': file.mediaType,
            'content-disposition': `attachment; filename="${file.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
          }
        : body === undefined
          ? {}
          : { 'content-type': 'application/json' };
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers: { authorization, accept: 'application/json', ...headers },
        ...(file !== undefined
          ? { body: file.bytes }
          : body === undefined
            ? {}
            : { body: JSON.stringify(body) }),
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const reason =
        (error as { cause?: { code?: string }; name?: string }).cause?.code ?? (error as Error).name;
      throw new MatomeError('PUBLISH_FAILED', `Failed to ${what}: ${site} (${reason}: no answer)`, {
        retryable: true,
        hint: 'The site did not answer; matome retries, and a later run picks up where this one stopped.',
        cause: error,
      });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new MatomeError('PUBLISH_FAILED', `Failed to ${what}: ${site} (the answer was cut off)`, {
        retryable: true,
        hint: 'The site stopped answering mid-way; matome retries, and a later run picks up where this one stopped.',
        cause: error,
      });
    }
    let data: unknown;
    try {
      data = text === '' ? null : JSON.parse(text);
    } catch {
      data = undefined;
    }
    if (response.ok && data !== undefined) return { status: response.status, data: data as T };
    const wpError = (data ?? {}) as { code?: unknown; message?: unknown; data?: unknown };
    const code = typeof wpError.code === 'string' ? wpError.code : '';
    const words =
      typeof wpError.message === 'string' ? wpError.message : text.slice(0, 200).replace(/\s+/g, ' ');
    const detail = `HTTP ${response.status}${code === '' ? '' : ` ${code}`}: ${words}`;
    if (response.ok || response.status === 429 || response.status >= 500) {
      const error = new MatomeError('PUBLISH_FAILED', `Failed to ${what}: ${site} (${detail})`, {
        retryable: true,
        hint: 'The site is overloaded or failing; matome retries with backoff, and a later run picks up where this one stopped.',
      });
      const retryAfter = Number(response.headers.get('retry-after'));
      if (Number.isFinite(retryAfter) && retryAfter > 0) {
        Object.assign(error, { retryAfterMs: Math.min(retryAfter, 60) * 1000 });
      }
      throw error;
    }
    const refused = new MatomeError('PUBLISH_REFUSED', `Refused to ${what}: ${site} (${detail})`, {
      hint: explain(response.status, code, what),
    });
    Object.assign(refused, { status: response.status, wpCode: code, wpData: wpError.data });
    throw refused;
  }

  const editQuery = { context: 'edit' };

  return {
    site,
    async whoAmI() {
      const { data } = await call<WordPressUser>('GET', '/wp/v2/users/me', 'log in', editQuery);
      return data;
    },
    async findPosts(query) {
      const { data } = await call<WordPressPost[]>('GET', '/wp/v2/posts', 'look posts up', {
        ...editQuery,
        status: 'any',
        per_page: '100',
        orderby: 'id',
        order: 'asc',
        ...(query.slug === undefined ? {} : { slug: query.slug }),
        ...(query.search === undefined ? {} : { search: query.search }),
      });
      return data;
    },
    async getPost(id) {
      try {
        const { data } = await call<WordPressPost>('GET', `/wp/v2/posts/${id}`, `read post ${id}`, editQuery);
        return data.status === 'trash' ? undefined : data;
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (error instanceof MatomeError && (status === 404 || status === 410)) return undefined;
        throw error;
      }
    },
    async createPost(fields) {
      const { data } = await call<WordPressPost>('POST', '/wp/v2/posts', 'create posts', editQuery, fields);
      return data;
    },
    async updatePost(id, fields) {
      const { data } = await call<WordPressPost>(
        'POST',
        `/wp/v2/posts/${id}`,
        `edit post ${id}`,
        editQuery,
        fields,
      );
      return data;
    },
    async deletePost(id) {
      try {
        await call('DELETE', `/wp/v2/posts/${id}`, `delete post ${id}`, { force: 'true' });
      } catch (error) {
        // Already gone (an earlier delete whose answer was lost): the goal is reached.
        const status = (error as { status?: number }).status;
        if (!(error instanceof MatomeError && (status === 404 || status === 410))) throw error;
      }
    },
    async findMedia(query) {
      const { data } = await call<WordPressMedia[]>('GET', '/wp/v2/media', 'look media up', {
        ...editQuery,
        per_page: '100',
        orderby: 'id',
        order: 'asc',
        ...(query.slug === undefined ? {} : { slug: query.slug }),
        ...(query.search === undefined ? {} : { search: query.search }),
      });
      return data;
    },
    async uploadMedia(upload) {
      const { data } = await call<WordPressMedia>(
        'POST',
        '/wp/v2/media',
        'upload media',
        {
          ...editQuery,
          title: upload.title,
          slug: upload.slug,
          caption: upload.caption,
          ...(upload.post === undefined ? {} : { post: String(upload.post) }),
        },
        new FileBody(upload.bytes, upload.mediaType, upload.fileName),
      );
      return data;
    },
    async deleteMedia(id) {
      try {
        await call('DELETE', `/wp/v2/media/${id}`, `delete media ${id}`, { force: 'true' });
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (!(error instanceof MatomeError && (status === 404 || status === 410))) throw error;
      }
    },
    async setFeaturedMedia(postId, mediaId) {
      const { data } = await call<WordPressPost>(
        'POST',
        `/wp/v2/posts/${postId}`,
        `set the featured image of post ${postId}`,
        editQuery,
        { featured_media: mediaId },
      );
      return data;
    },
    async findTerm(taxonomy, slug) {
      const { data } = await call<WordPressTerm[]>('GET', `/wp/v2/${taxonomy}`, `look ${taxonomy} up`, {
        slug,
        hide_empty: 'false',
      });
      return data.find((term) => term.slug === slug);
    },
    async createTerm(taxonomy, term) {
      try {
        const { data } = await call<WordPressTerm>(
          'POST',
          `/wp/v2/${taxonomy}`,
          `create ${taxonomy}`,
          {},
          term,
        );
        return data.id;
      } catch (error) {
        // WordPress answers 400 term_exists (with the existing term's id) when the name is taken.
        const details = error as { wpCode?: string; wpData?: { term_id?: unknown } };
        if (details.wpCode === 'term_exists' && typeof details.wpData?.term_id === 'number') {
          return details.wpData.term_id;
        }
        throw error;
      }
    },
  };
}
