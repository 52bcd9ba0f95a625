import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ArticleSummarySchema,
  BuildRequestSchema,
  ClaimSchema,
  DecisionSchema,
  DeskQueueStatusSchema,
  DeskStorySchema,
  ErrorSchema,
  GateSchema,
  JobSchema,
  ReportSchema,
  ReviewEventSchema,
  SourceSchema,
  StoredArticleSchema,
  StoryCorrectionResultSchema,
  StoryMergeSchema,
  StorySplitSchema,
} from './schemas.ts';

type Method = 'get' | 'post';
interface RouteDoc {
  method: Method;
  path: string;
  summary: string;
  params?: string[];
  /** Query parameters. */
  query?: z.ZodObject;
  body?: z.ZodType;
  ok: { status: number; schema?: z.ZodType; description: string; type?: string };
  errors: number[];
}

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid request (INVALID_ARGUMENT)',
  401: 'No valid bearer token (UNAUTHORIZED)',
  404: 'No such id, or an id that is not a number (NOT_FOUND)',
  409: 'Stale revision (CONFLICT), or the publish gate refused (REVIEW_INCOMPLETE, with remaining claims)',
  413: 'Body over the size limit (PAYLOAD_TOO_LARGE)',
};

const id = z.string().regex(/^[1-9][0-9]*$/);
const ROUTES: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/articles',
    summary: 'List stored articles, newest first',
    ok: {
      status: 200,
      schema: z.object({ articles: z.array(ArticleSummarySchema) }),
      description: 'Articles',
    },
    errors: [401],
  },
  {
    method: 'get',
    path: '/api/stories',
    summary:
      "One page of stories (newest first, `limit` of them, at most 100, after `offset`): items, and the article's revisions with the 追記 / 訂正 notes each added; `total` counts every story",
    query: z.object({
      offset: z
        .string()
        .regex(/^[0-9]+$/u)
        .optional()
        .describe('Stories to skip (default 0)'),
      limit: z
        .string()
        .regex(/^[0-9]+$/u)
        .optional()
        .describe('Stories on the page, 1–100 (default 100)'),
    }),
    ok: {
      status: 200,
      schema: z.object({
        stories: z.array(DeskStorySchema),
        total: z.number().int(),
        offset: z.number().int(),
        limit: z.number().int(),
      }),
      description: 'Stories',
    },
    errors: [400, 401],
  },
  {
    method: 'post',
    path: '/api/stories/merge',
    summary:
      "Merge stories (an editor's correction): every item of the later stories moves into the first; later clustering compares new items with the merged story",
    body: StoryMergeSchema,
    ok: {
      status: 200,
      schema: StoryCorrectionResultSchema,
      description: 'The correction stored and the items moved',
    },
    errors: [400, 401, 404],
  },
  {
    method: 'post',
    path: '/api/stories/split',
    summary: "Split items off a story into a story of their own (an editor's correction)",
    body: StorySplitSchema,
    ok: {
      status: 200,
      schema: StoryCorrectionResultSchema,
      description: 'The correction stored and the items moved',
    },
    errors: [400, 401, 404],
  },
  {
    method: 'get',
    path: '/api/queue',
    summary:
      'The job queues (matome serve --redis): per kind waiting, running, done, failed with reasons, retried; the same figures as matome status',
    ok: { status: 200, schema: DeskQueueStatusSchema, description: 'Queue status' },
    errors: [401, 404],
  },
  {
    method: 'get',
    path: '/api/articles/{id}',
    summary: 'Read an article as built',
    params: ['id'],
    ok: { status: 200, schema: StoredArticleSchema, description: 'The article' },
    errors: [401, 404],
  },
  {
    method: 'get',
    path: '/api/articles/{id}/report',
    summary: "The verifier's report on the article as built",
    params: ['id'],
    ok: { status: 200, schema: ReportSchema, description: 'Report' },
    errors: [401, 404],
  },
  {
    method: 'post',
    path: '/api/articles/{id}/verify',
    summary: 'Re-verify the reviewed article against its stored sources; the publish gate it gives',
    params: ['id'],
    ok: {
      status: 200,
      schema: z.object({ report: ReportSchema, gate: GateSchema }),
      description: 'Report and gate',
    },
    errors: [401, 404],
  },
  {
    method: 'get',
    path: '/api/articles/{id}/sources/{position}',
    summary: 'A source as stored: the extracted document and its snapshot',
    params: ['id', 'position'],
    ok: { status: 200, schema: SourceSchema, description: 'Source' },
    errors: [401, 404],
  },
  {
    method: 'get',
    path: '/api/articles/{id}/review',
    summary: 'Every claim with its status, findings, evidence and revision; the publish gate',
    params: ['id'],
    ok: {
      status: 200,
      schema: z.object({ claims: z.array(ClaimSchema), gate: GateSchema }),
      description: 'Review state',
    },
    errors: [401, 404],
  },
  {
    method: 'get',
    path: '/api/articles/{id}/reviewed',
    summary: 'The reviewed article (edits applied, rejected body sentences left out), as rendered JSON',
    params: ['id'],
    ok: { status: 200, description: 'Article JSON (render/render-json.ts)' },
    errors: [401, 404],
  },
  {
    method: 'get',
    path: '/api/articles/{id}/audit',
    summary: 'The append-only review log',
    params: ['id'],
    ok: {
      status: 200,
      schema: z.object({ events: z.array(ReviewEventSchema) }),
      description: 'Events, oldest first',
    },
    errors: [401, 404],
  },
  {
    method: 'post',
    path: '/api/articles/{id}/decisions',
    summary:
      'Approve, edit (re-verified at once), reject or undo one claim; revision in the body or If-Match',
    params: ['id'],
    body: DecisionSchema,
    ok: {
      status: 200,
      schema: z.object({ claim: ClaimSchema, event: ReviewEventSchema }),
      description: 'The claim after the decision',
    },
    errors: [400, 401, 404, 409, 413],
  },
  {
    method: 'post',
    path: '/api/articles/{id}/publish',
    summary: 'Publish the reviewed article when the gate allows',
    params: ['id'],
    ok: {
      status: 201,
      schema: z.object({ publishedArticleId: z.number().int(), gate: GateSchema }),
      description: 'Published (stored as a new article)',
    },
    errors: [401, 404, 409],
  },
  {
    method: 'post',
    path: '/api/jobs',
    summary: "Build an article from sources (URLs, files in the sources folder, a feed's items)",
    body: BuildRequestSchema,
    ok: { status: 202, schema: JobSchema, description: 'Job accepted' },
    errors: [400, 401, 404, 413],
  },
  {
    method: 'get',
    path: '/api/jobs/{id}',
    summary: 'A build job',
    params: ['id'],
    ok: { status: 200, schema: JobSchema, description: 'Job' },
    errors: [401, 404],
  },
  {
    method: 'get',
    path: '/api/jobs/{id}/events',
    summary: "A build job's progress as server-sent events (progress…, then end)",
    params: ['id'],
    ok: { status: 200, description: 'text/event-stream', type: 'text/event-stream' },
    errors: [401, 404],
  },
];

/** Registers every API route's documentation and returns the OpenAPI 3.1 document. */
export function registerOpenApi(app: OpenAPIHono): unknown {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  for (const route of ROUTES) {
    const responses: Record<string, unknown> = {
      [route.ok.status]: {
        description: route.ok.description,
        ...(route.ok.schema === undefined
          ? {}
          : { content: { [route.ok.type ?? 'application/json']: { schema: route.ok.schema } } }),
      },
    };
    for (const status of route.errors)
      responses[status] = {
        description: ERROR_TEXT[status] ?? 'Error',
        content: { 'application/json': { schema: ErrorSchema } },
      };
    app.openAPIRegistry.registerPath({
      method: route.method,
      path: route.path,
      summary: route.summary,
      security: [{ bearer: [] }],
      request: {
        ...(route.params === undefined
          ? {}
          : { params: z.object(Object.fromEntries(route.params.map((name) => [name, id]))) }),
        ...(route.query === undefined ? {} : { query: route.query }),
        ...(route.body === undefined
          ? {}
          : { body: { content: { 'application/json': { schema: route.body } }, required: true } }),
      },
      responses: responses as never,
    });
  }
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'matome review desk',
      version: '0.1.0',
      description: 'Build, verify and review まとめ articles.',
    },
  });
}
