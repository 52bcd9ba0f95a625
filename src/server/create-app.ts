import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { streamSSE } from 'hono/streaming';
import type { z } from 'zod';
import { MatomeError } from '../domain/errors.ts';
import { correctStories, type StoryCorrectionRequest } from '../pipeline/correct-stories.ts';
import { renderArticle } from '../render/index.ts';
import type { StoryStore } from '../store/create-story-store.ts';
import type { Publication, Store, StoredArticle } from '../store/store.ts';
import type { Tokenizer } from '../text/tokenizer.ts';
import type { BuildJobs, JobEvent } from './build-jobs.ts';
import { createDesk, type Decision, type Desk } from './create-desk.ts';
import { deskLabels } from './desk-labels.ts';
import { DESK_STORIES_LIMIT, type DeskStoriesPage, listDeskStories } from './desk-stories.ts';
import { errorResponse } from './http-errors.ts';
import { registerOpenApi } from './openapi.ts';
import { checkPublishGate, reviewFindings } from './publish-gate.ts';
import {
  renderArticleList,
  renderAuditPage,
  renderClaim,
  renderGate,
  renderLoginPage,
  renderQueuePage,
  renderReviewPage,
  renderSourcePage,
  renderStoriesPage,
} from './render-desk-pages.ts';
import { claimVerdict } from './review-state.ts';
import {
  BuildRequestSchema,
  DecisionSchema,
  type DeskQueueStatus,
  StoryMergeSchema,
  StorySplitSchema,
} from './schemas.ts';

/** What the desk's HTTP app needs; everything is passed in, nothing is global. */
export interface DeskAppOptions {
  store: Store;
  tokenizer: Tokenizer;
  jobs: BuildJobs;
  /** Access tokens and the editor each belongs to (the name recorded in the audit log). */
  editors: ReadonlyMap<string, string>;
  /** Largest request body accepted, in bytes (64 KiB by default). */
  maxBodyBytes?: number;
  /**
   * Host names the server answers to (the Host header's name, any port). Refusing others stops DNS
   * rebinding: a page on another name that resolves to 127.0.0.1 cannot talk to the desk.
   */
  hosts?: readonly string[];
  /** Set the session cookie's Secure flag (when served over https behind a proxy). */
  secureCookie?: boolean;
  /** How long a page session lasts, in milliseconds (12 hours by default). */
  sessionMs?: number;
  now?: () => number;
  /**
   * Also publishes an approved article elsewhere (matome serve --publish wordpress): called with
   * the stored reviewed article after the desk publishes it; what it answers is returned to the
   * editor. Its errors (PUBLISH_*) are answered as errors; the desk's own publish stands.
   */
  publisher?: (published: StoredArticle) => Promise<ExternalPublication>;
  /**
   * The article's publications outside the desk (the outbox records of its slug, oldest first),
   * so its page shows the post and how far publishing got.
   */
  publications?: (articleSlug: string) => Promise<readonly Publication[]>;
  /** The stories of the same store (feed items, assignments, article revisions): the stories page and API. */
  stories?: StoryStore;
  /** The job queues' status (matome serve --redis): the queue page and /api/queue. */
  queueStatus?: () => Promise<DeskQueueStatus>;
}

/** Where a desk-approved article was published outside the desk. */
export interface ExternalPublication {
  target: string;
  action: string;
  postId: number;
  site: string;
}

interface Session {
  editor: string;
  csrf: string;
  expires: number;
}

const SESSION_COOKIE = 'matome_session';
// Only what the page needs: its own script, stylesheet and requests; nothing inline, no frames.
const CSP = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
};
const STATIC_FILES = {
  'review.js': 'text/javascript; charset=utf-8',
  'review.css': 'text/css; charset=utf-8',
} as const;

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
/** Constant-time comparison of two secrets (hashed first, so their lengths do not leak either). */
const sameSecret = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

/** A numeric id from a URL; anything else (`..%2F..`, `1;drop`) is not there: 404. */
function idParam(value: string | undefined, what: string): number {
  if (value === undefined || !/^[1-9][0-9]{0,8}$/.test(value)) {
    throw new MatomeError('NOT_FOUND', `Not found: ${what} ${JSON.stringify(value ?? '')}`, {
      hint: 'Use an id listed by the API.',
    });
  }
  return Number(value);
}

function positionParam(value: string | undefined): number {
  if (value === undefined || !/^(0|[1-9][0-9]{0,3})$/.test(value)) {
    throw new MatomeError('NOT_FOUND', `Not found: source ${JSON.stringify(value ?? '')}`, {
      hint: "Sources are numbered from 0 in the order of the article's sources.",
    });
  }
  return Number(value);
}

/** A whole number query parameter within [min, max], `fallback` when absent. */
function countParam(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined || value === '') return fallback;
  const number = /^[0-9]{1,16}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new MatomeError('INVALID_ARGUMENT', `Invalid ${name}: ${JSON.stringify(value)}`, {
      hint: `Give ${name} as a whole number from ${min} to ${max}, or leave it out (${fallback}).`,
    });
  }
  return number;
}

function parseWith<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new MatomeError(
    'INVALID_ARGUMENT',
    `Invalid ${what}: ${issue?.path.join('.') || 'body'} (${issue?.message ?? 'invalid'})`,
    { hint: 'See /openapi.json for the request body this route takes.' },
  );
}

/**
 * The review desk's HTTP app: the JSON API under /api (bearer token), the review page (session
 * cookie + CSRF token), /openapi.json. Every error is JSON with a code.
 */
export function createDeskApp(options: DeskAppOptions): { app: OpenAPIHono; desk: Desk } {
  const { store, jobs } = options;
  const desk = createDesk({ store, tokenizer: options.tokenizer });
  const now = options.now ?? Date.now;
  // A desk opened without the story tables (a library caller) has no stories to show.
  const storiesOf = async (page: { offset: number; limit: number }): Promise<DeskStoriesPage> =>
    options.stories === undefined
      ? { stories: [], total: 0, ...page }
      : await listDeskStories(options.stories, store, page);
  // An editor's merge or split of stored stories; the items moved, each with its new story.
  const correct = async (request: StoryCorrectionRequest) => {
    if (options.stories === undefined)
      throw new MatomeError(
        'NOT_FOUND',
        'Not found: stories (this desk was opened without the story tables)',
        {
          hint: 'Start the desk with matome serve --store FILE, which opens the story tables of that store.',
        },
      );
    const { correction, moved } = await correctStories(options.stories, request, "the desk's store");
    return { correction, moved: moved.map(({ id, story }) => ({ id, story })) };
  };
  const sessionMs = options.sessionMs ?? 12 * 60 * 60 * 1000;
  const sessions = new Map<string, Session>();
  const staticFiles = new Map(
    Object.entries(STATIC_FILES).map(([name, type]) => [
      name,
      { type, body: readFileSync(new URL(`./static/${name}`, import.meta.url), 'utf8') },
    ]),
  );
  const app = new OpenAPIHono();

  const editorOf = (token: string): string | undefined => {
    for (const [known, editor] of options.editors) if (sameSecret(known, token)) return editor;
    return undefined;
  };

  app.onError((error, c) => {
    const { status, body } = errorResponse(error);
    return c.json(body, status);
  });
  app.notFound((c) => {
    const { status, body } = errorResponse(
      new MatomeError('NOT_FOUND', `Not found: ${c.req.method} ${c.req.path}`, {
        hint: 'See /openapi.json for the routes of the API.',
      }),
    );
    return c.json(body, status);
  });

  if (options.hosts !== undefined) {
    const hosts = new Set(options.hosts.map((host) => host.toLowerCase()));
    app.use('*', async (c, next) => {
      const name = new URL(c.req.url).hostname.toLowerCase();
      if (!hosts.has(name)) {
        throw new MatomeError(
          'FORBIDDEN',
          `Refused request: host ${name} (not a name this server answers to)`,
          {
            hint: `Use ${[...hosts].join(' or ')}; start the server with --host to serve another name.`,
          },
        );
      }
      await next();
    });
  }
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CSP,
      crossOriginResourcePolicy: 'same-origin',
      // Not no-referrer: with it Chromium sends "Origin: null" on form posts, which the
      // same-origin check must refuse.
      referrerPolicy: 'same-origin',
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 64 * 1024,
      onError: () => {
        throw new MatomeError('PAYLOAD_TOO_LARGE', "Request body too large: over the server's limit", {
          hint: `Send at most ${options.maxBodyBytes ?? 64 * 1024} bytes.`,
        });
      },
    }),
  );

  // ---- The JSON API: bearer token. ----
  const bearer: MiddlewareHandler<{ Variables: { editor: string } }> = async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,512})$/.exec(header);
    const editor = match?.[1] === undefined ? undefined : editorOf(match[1]);
    if (editor === undefined) {
      c.header('www-authenticate', 'Bearer realm="matome"');
      throw new MatomeError(
        'UNAUTHORIZED',
        `Unauthorized: ${c.req.method} ${c.req.path} (no valid bearer token)`,
        {
          hint: 'Send "Authorization: Bearer TOKEN" with a token the server was started with (MATOME_DESK_TOKENS).',
        },
      );
    }
    c.set('editor', editor);
    await next();
  };
  const api = new OpenAPIHono<{ Variables: { editor: string } }>();
  api.use('*', bearer);

  api.get('/articles', async (c) => c.json({ articles: await store.listArticles() }));
  api.get('/stories', async (c) =>
    c.json(
      await storiesOf({
        offset: countParam(c.req.query('offset'), 'offset', 0, Number.MAX_SAFE_INTEGER, 0),
        limit: countParam(c.req.query('limit'), 'limit', 1, DESK_STORIES_LIMIT, DESK_STORIES_LIMIT),
      }),
    ),
  );
  api.post('/stories/merge', async (c) => {
    const body = parseWith(StoryMergeSchema, await jsonBody(c), 'story merge');
    return c.json(await correct({ kind: 'merge', stories: body.stories }));
  });
  api.post('/stories/split', async (c) => {
    const body = parseWith(StorySplitSchema, await jsonBody(c), 'story split');
    return c.json(await correct({ kind: 'split', story: body.story, items: body.items }));
  });
  api.get('/queue', async (c) => {
    if (options.queueStatus === undefined)
      throw new MatomeError('NOT_FOUND', 'Not found: job queue (this desk runs builds itself)', {
        hint: 'Start the desk with matome serve --redis URL to use the job queue.',
      });
    return c.json(await options.queueStatus());
  });
  api.get('/articles/:id', async (c) => {
    const opened = await desk.open(idParam(c.req.param('id'), 'article'));
    return c.json({
      id: opened.stored.id,
      slug: opened.stored.slug,
      createdAt: opened.stored.createdAt,
      snapshotIds: opened.stored.snapshotIds,
      verdict: opened.report.verdict,
      article: opened.stored.article,
    });
  });
  api.get('/articles/:id/report', async (c) =>
    c.json((await desk.open(idParam(c.req.param('id'), 'article'))).report),
  );
  api.post('/articles/:id/verify', async (c) => {
    const { report, gate } = await desk.check(idParam(c.req.param('id'), 'article'));
    return c.json({ report, gate });
  });
  api.get('/articles/:id/sources/:position', async (c) => {
    const { document, snapshot } = await desk.source(
      idParam(c.req.param('id'), 'article'),
      positionParam(c.req.param('position')),
    );
    return c.json({ document, snapshot });
  });
  api.get('/articles/:id/review', async (c) => {
    const opened = await desk.open(idParam(c.req.param('id'), 'article'));
    const report = reviewFindings(opened.review, opened.report);
    return c.json({
      claims: opened.review.claims.map(claimJson),
      gate: checkPublishGate(opened.review, report),
    });
  });
  api.get('/articles/:id/reviewed', async (c) => {
    const opened = await desk.open(idParam(c.req.param('id'), 'article'));
    return c.body(renderArticle(opened.review.article, 'json'), 200, {
      'content-type': 'application/json; charset=utf-8',
    });
  });
  // Through the desk, so an article that is not there is 404 rather than an empty log.
  api.get('/articles/:id/audit', async (c) =>
    c.json({ events: (await desk.open(idParam(c.req.param('id'), 'article'))).events }),
  );
  api.post('/articles/:id/decisions', async (c) => {
    const id = idParam(c.req.param('id'), 'article');
    const body = parseWith(DecisionSchema, await jsonBody(c), 'decision');
    // If-Match: "<revision>" names the claim revision the editor saw, as an ETag would.
    const ifMatch = c.req.header('if-match');
    const fromHeader = ifMatch === undefined ? undefined : /^"(\d+)"$/.exec(ifMatch)?.[1];
    if (ifMatch !== undefined && fromHeader === undefined)
      throw new MatomeError('INVALID_ARGUMENT', `Invalid If-Match: ${ifMatch} (expected "<revision>")`, {
        hint: "Send the claim's revision from GET /api/articles/{id}/review, quoted.",
      });
    const revision = fromHeader === undefined ? body.revision : Number(fromHeader);
    if (revision === undefined)
      throw new MatomeError('INVALID_ARGUMENT', 'Invalid decision: revision (missing)', {
        hint: 'Send the claim\'s revision in the body or as If-Match: "<revision>".',
      });
    const decided = await desk.decide(id, c.get('editor'), toDecision(body, revision));
    c.header('etag', `"${decided.claim.revision}"`);
    return c.json({ claim: claimJson(decided.claim), event: decided.event });
  });
  api.post('/articles/:id/publish', async (c) => {
    const id = idParam(c.req.param('id'), 'article');
    const { gate } = await desk.check(id);
    if (!gate.publishable) return refusedPublish(c, id, gate);
    const { published } = await desk.publish(id, c.get('editor'));
    const external = options.publisher === undefined ? undefined : await options.publisher(published);
    return c.json(
      { publishedArticleId: published.id, gate, ...(external === undefined ? {} : { external }) },
      201,
    );
  });
  api.post('/jobs', async (c) => {
    const request = parseWith(BuildRequestSchema, await jsonBody(c), 'build request');
    const job = jobs.start({
      sources: request.sources,
      ...(request.feed === undefined ? {} : { feed: request.feed }),
      ...(request.engine === undefined ? {} : { engine: request.engine }),
    });
    c.header('location', `/api/jobs/${job.id}`);
    return c.json(job, 202);
  });
  api.get('/jobs/:id', (c) => c.json(jobOf(c.req.param('id'))));
  api.get('/jobs/:id/events', (c) => {
    const job = jobOf(c.req.param('id'));
    return streamSSE(c, async (stream) => {
      // Subscribed and copied in one synchronous step: every event is sent once, in order.
      const queue: JobEvent[] = [];
      let wake: (() => void) | undefined;
      const off = jobs.subscribe(job.id, (event) => {
        queue.push(event);
        wake?.();
      });
      const replay = [...job.progress];
      const ended = job.status === 'done' || job.status === 'failed';
      stream.onAbort(() => {
        off();
        wake?.();
      });
      try {
        for (const progress of replay)
          await stream.writeSSE({ event: 'progress', data: JSON.stringify(progress) });
        if (ended) {
          await stream.writeSSE({ event: 'end', data: JSON.stringify(job) });
          return;
        }
        while (!stream.aborted) {
          const event = queue.shift();
          if (event === undefined) {
            await new Promise<void>((resolve) => {
              wake = resolve;
            });
            continue;
          }
          if (event.type === 'progress') {
            await stream.writeSSE({ event: 'progress', data: JSON.stringify(event.progress) });
          } else {
            await stream.writeSSE({ event: 'end', data: JSON.stringify(event.job) });
            return;
          }
        }
      } finally {
        off();
      }
    });
  });
  app.route('/api', api);

  function jobOf(value: string | undefined) {
    const job = value !== undefined && /^[0-9a-f-]{36}$/.test(value) ? jobs.get(value) : undefined;
    if (job === undefined)
      throw new MatomeError('NOT_FOUND', `Not found: job ${JSON.stringify(value ?? '')}`, {
        hint: 'Use the id POST /api/jobs returned; finished jobs are kept for a while, not forever.',
      });
    return job;
  }

  // ---- The review page: session cookie, CSRF token on every form, same-origin posts only. ----
  const sameOrigin: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const own = new URL(c.req.url).origin;
      // A browser sends Origin on every POST; Sec-Fetch-Site too. Either one saying "another site" is refused.
      if (
        (origin !== undefined && origin !== own) ||
        (site !== undefined && site !== 'same-origin' && site !== 'none')
      ) {
        throw new MatomeError(
          'FORBIDDEN',
          `Refused cross-site request: ${c.req.method} ${c.req.path} (origin ${origin ?? site ?? 'unknown'})`,
          {
            hint: 'Submit the form from the review page itself.',
          },
        );
      }
    }
    await next();
  };

  function sessionOf(c: Context): Session | undefined {
    const id = getCookie(c, SESSION_COOKIE);
    if (id === undefined) return undefined;
    const session = sessions.get(id);
    if (session === undefined || session.expires < now()) {
      sessions.delete(id);
      return undefined;
    }
    return session;
  }

  /** The page's session, or a redirect to the login form (GET) / 401 (POST). */
  function requireSession(c: Context): Session {
    const session = sessionOf(c);
    if (session === undefined) {
      throw new MatomeError('UNAUTHORIZED', `Unauthorized: ${c.req.method} ${c.req.path} (no session)`, {
        hint: 'Log in at /login with your access token.',
      });
    }
    return session;
  }

  async function formOf(c: Context, session: Session): Promise<Record<string, string>> {
    const type = c.req.header('content-type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) {
      throw new MatomeError(
        'INVALID_ARGUMENT',
        `Invalid form: ${c.req.path} (content type ${type || 'none'})`,
        {
          hint: "Submit the page's form.",
        },
      );
    }
    const raw = await c.req.parseBody();
    const form: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) if (typeof value === 'string') form[key] = value;
    if (form.csrf === undefined || !sameSecret(form.csrf, session.csrf)) {
      throw new MatomeError('FORBIDDEN', `Refused form: ${c.req.path} (missing or wrong CSRF token)`, {
        hint: 'Reload the page and submit the form again.',
      });
    }
    return form;
  }

  /** Every value a form gave for `name` (ticked boxes); read after formOf has checked the CSRF token. */
  async function formListOf(c: Context, name: string): Promise<string[]> {
    const value = (await c.req.parseBody({ all: true }))[name];
    return (Array.isArray(value) ? value : [value]).filter(
      (entry): entry is string => typeof entry === 'string',
    );
  }

  const pageGet = (path: string, handler: (c: Context, session: Session) => Response | Promise<Response>) =>
    app.get(path, (c) => {
      const session = sessionOf(c);
      if (session === undefined) return c.redirect('/login', 303);
      return handler(c, session);
    });

  app.use('*', sameOrigin);

  app.get('/openapi.json', (c) => c.json(openApiDocument));
  app.get('/static/:name', (c) => {
    const file = staticFiles.get(c.req.param('name'));
    if (file === undefined)
      throw new MatomeError('NOT_FOUND', `Not found: static file ${JSON.stringify(c.req.param('name'))}`, {
        hint: 'The page uses /static/review.js and /static/review.css only.',
      });
    return c.body(file.body, 200, { 'content-type': file.type, 'cache-control': 'no-cache' });
  });
  app.get('/login', (c) => c.html(renderLoginPage()));
  app.post('/login', async (c) => {
    const raw = await c.req.parseBody();
    const token = typeof raw.token === 'string' ? raw.token : '';
    const editor = token === '' ? undefined : editorOf(token);
    if (editor === undefined) {
      throw new MatomeError('UNAUTHORIZED', 'Login failed: token (not one this server knows)', {
        hint: 'Use a token the server was started with (MATOME_DESK_TOKENS).',
      });
    }
    const id = randomBytes(32).toString('base64url');
    sessions.set(id, { editor, csrf: randomBytes(32).toString('base64url'), expires: now() + sessionMs });
    setCookie(c, SESSION_COOKIE, id, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: options.secureCookie === true,
      maxAge: Math.floor(sessionMs / 1000),
    });
    return c.redirect('/', 303);
  });
  app.post('/logout', async (c) => {
    const session = requireSession(c);
    await formOf(c, session);
    const id = getCookie(c, SESSION_COOKIE);
    if (id !== undefined) sessions.delete(id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });
  pageGet('/', async (c, session) =>
    c.html(renderArticleList(await store.listArticles(), session.editor, session.csrf)),
  );
  pageGet('/stories', async (c, session) =>
    c.html(
      renderStoriesPage(
        await storiesOf({
          offset: (countParam(c.req.query('page'), 'page', 1, 10_000_000, 1) - 1) * DESK_STORIES_LIMIT,
          limit: DESK_STORIES_LIMIT,
        }),
        session.editor,
        session.csrf,
      ),
    ),
  );
  // The stories page's forms: merge the stories ticked, or split the items ticked off their story;
  // back to the same page of stories.
  const storiesPageOf = (form: Record<string, string>) =>
    `/stories${/^[1-9][0-9]{0,6}$/u.test(form.page ?? '') && form.page !== '1' ? `?page=${form.page}` : ''}`;
  app.post('/stories/merge', async (c) => {
    const session = requireSession(c);
    const form = await formOf(c, session);
    await correct({ kind: 'merge', stories: await formListOf(c, 'story') });
    return c.redirect(storiesPageOf(form), 303);
  });
  app.post('/stories/split', async (c) => {
    const session = requireSession(c);
    const form = await formOf(c, session);
    await correct({ kind: 'split', story: form.story ?? '', items: await formListOf(c, 'item') });
    return c.redirect(storiesPageOf(form), 303);
  });
  pageGet('/queue', async (c, session) =>
    c.html(renderQueuePage(await options.queueStatus?.(), session.editor, session.csrf)),
  );
  pageGet('/articles/:id', async (c, session) => {
    const opened = await desk.open(idParam(c.req.param('id'), 'article'));
    const gate = checkPublishGate(opened.review, reviewFindings(opened.review, opened.report));
    return c.html(
      renderReviewPage(opened, gate, session.editor, session.csrf, await publicationsOf(opened.stored.slug)),
    );
  });
  pageGet('/articles/:id/sources/:position', async (c, session) => {
    const id = idParam(c.req.param('id'), 'article');
    const position = positionParam(c.req.param('position'));
    const { document } = await desk.source(id, position);
    return c.html(renderSourcePage(await desk.open(id), position, document, session.editor, session.csrf));
  });
  pageGet('/articles/:id/audit', async (c, session) => {
    const id = idParam(c.req.param('id'), 'article');
    return c.html(
      renderAuditPage(await desk.open(id), await store.listReviewEvents(id), session.editor, session.csrf),
    );
  });
  app.post('/articles/:id/decisions', async (c) => {
    const session = requireSession(c);
    const id = idParam(c.req.param('id'), 'article');
    const form = await formOf(c, session);
    const body = parseWith(
      DecisionSchema,
      { ...form, revision: Number(form.revision ?? Number.NaN) },
      'decision',
    );
    const decided = await desk.decide(id, session.editor, toDecision(body, body.revision ?? 0));
    if (!(c.req.header('accept') ?? '').includes('application/json')) {
      return c.redirect(`/articles/${id}#claim-${claimIndex(id, body.path)}`, 303);
    }
    const opened = await desk.open(id);
    const index = opened.review.claims.findIndex((state) => state.claim.path === body.path);
    const state = opened.review.claims[index];
    if (state === undefined) throw new MatomeError('NOT_FOUND', `Not found: claim ${body.path}`);
    const gate = checkPublishGate(opened.review, reviewFindings(opened.review, opened.report));
    const label = `${deskLabels.parts[state.claim.part]} ${index + 1}`;
    const verdict = deskLabels.verdictOfClaim[claimVerdict(state.findings)] ?? '';
    const message =
      body.action === 'edit'
        ? deskLabels.announce.edit(label, verdict)
        : deskLabels.announce[body.action](label);
    return c.json({
      claim: claimJson(decided.claim),
      claimHtml: renderClaim(opened, state, index, session.csrf),
      gateHtml: renderGate(id, gate, session.csrf, await publicationsOf(opened.stored.slug)),
      message,
    });
  });
  app.post('/articles/:id/publish', async (c) => {
    const session = requireSession(c);
    const id = idParam(c.req.param('id'), 'article');
    await formOf(c, session);
    const { gate } = await desk.check(id);
    if (!gate.publishable) return refusedPublish(c, id, gate);
    const { published } = await desk.publish(id, session.editor);
    const external = options.publisher === undefined ? undefined : await options.publisher(published);
    return c.json(
      {
        ...(external === undefined ? {} : { external }),
        publishedArticleId: published.id,
        gateHtml: renderGate(id, gate, session.csrf, await publicationsOf(published.slug)),
        message:
          external === undefined
            ? deskLabels.announce.published(published.id)
            : deskLabels.announce.publishedTo(published.id, external.postId, external.action),
      },
      201,
    );
  });

  async function publicationsOf(articleSlug: string): Promise<readonly Publication[]> {
    return (await options.publications?.(articleSlug)) ?? [];
  }

  async function claimIndex(id: number, path: string): Promise<number> {
    return (await desk.open(id)).review.claims.findIndex((state) => state.claim.path === path);
  }

  const openApiDocument = registerOpenApi(app);
  return { app, desk };
}

function refusedPublish(c: Context, id: number, gate: ReturnType<typeof checkPublishGate>): Response {
  const names = [
    ...gate.remaining.map((claim) => `${claim.path} (${claim.why})`),
    ...gate.errors.map(
      (finding) => `${'path' in finding.location ? finding.location.path : '?'} (${finding.code})`,
    ),
  ];
  const { status, body } = errorResponse(
    new MatomeError(
      'REVIEW_INCOMPLETE',
      `Refused to publish: article ${id} (${names.length} left: ${names.join(', ')})`,
      {
        hint: 'Approve, fix or reject each claim named, then publish again.',
      },
    ),
    { remaining: gate.remaining, errors: gate.errors },
  );
  return c.json(body, status);
}

async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/json'))
    throw new MatomeError(
      'INVALID_ARGUMENT',
      `Invalid request: ${c.req.path} (content type ${type || 'none'}, expected application/json)`,
      {
        hint: 'Send a JSON body with Content-Type: application/json.',
      },
    );
  try {
    return await c.req.json();
  } catch (error) {
    if (error instanceof MatomeError) throw error;
    throw new MatomeError('INVALID_ARGUMENT', `Invalid request: ${c.req.path} (body is not JSON)`, {
      hint: 'Send a JSON body.',
      cause: error,
    });
  }
}

function toDecision(body: z.infer<typeof DecisionSchema>, revision: number): Decision {
  return {
    path: body.path,
    action: body.action,
    revision,
    ...(body.text === undefined ? {} : { text: body.text }),
    ...(body.reason === undefined ? {} : { reason: body.reason }),
  };
}

function claimJson(state: import('./review-state.ts').ClaimState) {
  return {
    path: state.claim.path,
    part: state.claim.part,
    status: state.status,
    text: state.text,
    originalText: state.claim.fact.text,
    evidence: state.claim.fact.evidence,
    flagged: state.flagged,
    verdict: claimVerdict(state.findings),
    findings: state.findings,
    revision: state.revision,
    undoable: state.undoable,
    ...(state.reason === undefined ? {} : { reason: state.reason }),
    ...(state.editor === undefined ? {} : { editor: state.editor, at: state.at }),
  };
}
