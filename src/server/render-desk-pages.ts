import type { Evidence } from '../domain/article.ts';
import type { Document } from '../domain/document.ts';
import type { Finding } from '../domain/report.ts';
import { escapeHtml } from '../render/render-html.ts';
import type { ArticleSummary, Publication, ReviewEvent } from '../store/store.ts';
import { findingMessage, findingName } from '../verify/finding-messages.ts';
import type { DeskArticle } from './create-desk.ts';
import { deskLabels as L } from './desk-labels.ts';
import type { PublishGate } from './publish-gate.ts';
import { type ClaimState, claimVerdict } from './review-state.ts';
import type { DeskQueueStatus, DeskStory } from './schemas.ts';

const e = escapeHtml;

/**
 * One page: no inline script or style (the CSP allows only /static files), every text escaped.
 * `csrf` is put where the page's script and forms read it.
 */
export function renderPage(title: string, body: string, options: { csrf?: string } = {}): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} | ${e(L.appName)}</title>
<link rel="stylesheet" href="/static/review.css">
<script src="/static/review.js" defer></script>
</head>
<body${options.csrf === undefined ? '' : ` data-csrf="${e(options.csrf)}"`}>
${body}
</body>
</html>
`;
}

/** The login form: the token is posted once and exchanged for a session cookie. */
export function renderLoginPage(): string {
  return renderPage(
    L.loginTitle,
    `<main id="main">
<h1>${e(L.appName)}</h1>
<form method="post" action="/login" class="login">
<label for="token">${e(L.tokenLabel)}</label>
<input id="token" name="token" type="password" autocomplete="current-password" required>
<button type="submit">${e(L.loginButton)}</button>
</form>
</main>`,
  );
}

function header(editor: string, csrf: string): string {
  return `<header class="top">
<p><a href="/">${e(L.articlesTitle)}</a> ・ <a href="/stories">${e(L.storiesTitle)}</a> ・ <a href="/queue">${e(L.queueTitle)}</a></p>
<form method="post" action="/logout"><input type="hidden" name="csrf" value="${e(csrf)}">
<span>${e(editor)}</span> <button type="submit">${e(L.logoutButton)}</button></form>
</header>`;
}

/** The list of stored articles. */
export function renderArticleList(articles: readonly ArticleSummary[], editor: string, csrf: string): string {
  const items = articles
    .map(
      (article) =>
        `<li><a href="/articles/${article.id}">#${article.id} ${e(article.title)}</a> <span class="meta">${e(article.createdAt)}</span></li>`,
    )
    .join('\n');
  return renderPage(
    L.articlesTitle,
    `${header(editor, csrf)}
<main id="main">
<h1>${e(L.articlesTitle)}</h1>
${articles.length === 0 ? `<p>${e(L.noArticles)}</p>` : `<ul class="articles">\n${items}\n</ul>`}
</main>`,
    { csrf },
  );
}

/** The paragraph of the source holding the span, with the span marked. Its text must equal the stored text. */
function passage(
  document: Document,
  span: Evidence,
  sourceName: string,
  articleId: number,
  position: number,
): string {
  const stored = document.text.slice(span.start, span.end);
  const mismatch = stored !== span.text ? `<p class="warn">${e(L.evidenceMismatch)}</p>` : '';
  const from = document.text.lastIndexOf('\n\n', span.start);
  const start = from < 0 ? 0 : from + 2;
  const next = document.text.indexOf('\n\n', span.end);
  const end = next < 0 ? document.text.length : next;
  return `<figure class="passage">
<figcaption><a href="/articles/${articleId}/sources/${position}#at-${span.start}">${e(L.sourceTitle(sourceName))}</a></figcaption>
<blockquote>${e(document.text.slice(start, span.start))}<mark>${e(stored)}</mark>${e(document.text.slice(span.end, end))}</blockquote>
${mismatch}</figure>`;
}

function findingList(findings: readonly Finding[]): string {
  const shown = findings.filter((finding) => finding.severity !== 'info');
  if (shown.length === 0) return `<p class="findings-none">${e(L.noFindings)}</p>`;
  return `<ul class="findings">${shown
    .map(
      (finding) =>
        `<li class="finding ${finding.severity}"><span class="code">${e(L.severities[finding.severity] ?? finding.severity)} ${e(finding.code)}</span> ${e(findingName(finding.code, 'ja'))}<br><span class="detail">${e(findingMessage(finding, 'ja'))}</span></li>`,
    )
    .join('')}</ul>`;
}

/** Common prefix and suffix of two texts: what an edit changed, shown as deleted and inserted text. */
function diff(before: string, after: string): string {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  const same = (text: string, from: number, to: number) => e(text.slice(from, to));
  return `<div class="diff"><h4>${e(L.diffHeading)}</h4>
<p><span class="label">${e(L.original)}:</span> ${same(before, 0, head)}<del>${same(before, head, before.length - tail)}</del>${same(before, before.length - tail, before.length)}</p>
<p><span class="label">${e(L.edited)}:</span> ${same(after, 0, head)}<ins>${same(after, head, after.length - tail)}</ins>${same(after, after.length - tail, after.length)}</p></div>`;
}

function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${e(name)}" value="${e(value)}">`;
}

/** One claim with its status, findings, evidence passages and the editor's forms. */
export function renderClaim(desk: DeskArticle, state: ClaimState, index: number, csrf: string): string {
  const { claim } = state;
  const id = desk.stored.id;
  const label = `${L.parts[claim.part]} ${index + 1}`;
  const byId = new Map(desk.documents.map((document, position) => [document.id, { document, position }]));
  const passages = claim.fact.evidence
    .map((span) => {
      const found = byId.get(span.sourceId);
      if (found === undefined) return '';
      const source = desk.stored.article.sources[found.position];
      return passage(
        found.document,
        span,
        source?.siteName ?? source?.title ?? span.sourceId,
        id,
        found.position,
      );
    })
    .join('\n');
  const verdict = claimVerdict(state.findings);
  const common = `${hidden('csrf', csrf)}${hidden('path', claim.path)}${hidden('revision', String(state.revision))}`;
  const action = `/articles/${id}/decisions`;
  const n = `c${index}`;
  return `<li class="claim status-${state.status} verdict-${verdict}" id="claim-${index}" tabindex="-1" data-path="${e(claim.path)}" data-revision="${state.revision}" aria-labelledby="${n}-label">
<div class="claim-main">
<h3 id="${n}-label"><span class="part">${e(label)}</span> <span class="status">${e(L.statuses[state.status])}</span> <span class="verdict">${e(L.verdictOfClaim[verdict] ?? verdict)}</span>${state.flagged ? ` <span class="flag">${e(L.flagged)}</span>` : ''}</h3>
<p class="claim-text">${e(state.text)}</p>
${state.text !== claim.fact.text ? diff(claim.fact.text, state.text) : ''}
${state.reason === undefined ? '' : `<p class="reason">${e(L.reasonLabel)}: ${e(state.reason)}</p>`}
<p class="meta">${e(L.revision(state.revision))}${state.editor === undefined ? '' : ` ・ ${e(L.decidedBy(state.editor))}`}</p>
<h4>${e(L.findingsHeading)}</h4>
${findingList(state.findings)}
<div class="actions">
<form method="post" action="${action}" class="act-approve">${common}${hidden('action', 'approve')}<button type="submit">${e(L.approve)}</button></form>
<form method="post" action="${action}" class="act-undo">${common}${hidden('action', 'undo')}<button type="submit"${state.undoable ? '' : ' disabled'}>${e(L.undo)}</button></form>
<details class="act-edit"><summary>${e(L.edit)}</summary>
<form method="post" action="${action}">${common}${hidden('action', 'edit')}<label for="${n}-text">${e(L.editLabel)}</label>
<input id="${n}-text" name="text" type="text" value="${e(state.text)}" maxlength="2000" required>
<button type="submit">${e(L.saveEdit)}</button></form></details>
<details class="act-reject"><summary>${e(L.reject)}</summary>
<form method="post" action="${action}">${common}${hidden('action', 'reject')}<label for="${n}-reason">${e(L.reasonLabel)}</label>
<input id="${n}-reason" name="reason" type="text" maxlength="2000" required>
<button type="submit">${e(L.saveReject)}</button></form></details>
</div>
</div>
<div class="evidence"><h4>${e(L.evidenceHeading)}</h4>
${passages}
</div>
</li>`;
}

/**
 * Where the article went outside the desk: its newest outbox record's post (a link to it on the
 * site) and how far publishing got.
 */
function renderPublication(publications: readonly Publication[]): string {
  const latest = publications.at(-1);
  if (latest === undefined) return '';
  const post =
    latest.postId === undefined
      ? e(L.publicationNoPost)
      : `<a href="${e(`${latest.site}/?p=${latest.postId}`)}" rel="noopener noreferrer">${e(L.publicationPost(latest.postId))}</a>`;
  return `<p class="publication">${e(L.publicationHeading)}: ${post} ・ ${e(L.publicationStates[latest.state] ?? latest.state)} ・ ${e(latest.site)} ・ <time datetime="${e(latest.updatedAt)}">${e(latest.updatedAt)}</time></p>`;
}

/** The publish gate: what is left, the publish form, and where the article was published. */
export function renderGate(
  id: number,
  gate: PublishGate,
  csrf: string,
  publications: readonly Publication[] = [],
): string {
  const items = [
    ...gate.remaining.map(
      (claim) =>
        `<li><code>${e(claim.path)}</code> ${e(claim.why === 'unreviewed' ? L.gateUnreviewed : L.gateRejected)}: ${e(claim.text)}</li>`,
    ),
    ...gate.errors.map(
      (finding) =>
        `<li><code>${e('path' in finding.location ? finding.location.path : '')}</code> ${e(L.gateError)} ${e(finding.code)}: ${e(findingMessage(finding, 'ja'))}</li>`,
    ),
  ];
  return `<section id="gate" class="gate ${gate.publishable ? 'open' : 'closed'}" tabindex="-1" aria-labelledby="gate-heading">
<h2 id="gate-heading">${e(L.gateHeading)}</h2>
<p>${e(gate.publishable ? L.gateOpen : L.gateClosed(items.length))}</p>
${items.length === 0 ? '' : `<ul>${items.join('')}</ul>`}
<form method="post" action="/articles/${id}/publish" class="act-publish">${hidden('csrf', csrf)}<button type="submit"${gate.publishable ? '' : ' disabled'}>${e(L.publish)}</button></form>
${renderPublication(publications)}</section>`;
}

function helpDialog(): string {
  const rows = L.keys.map(
    ([key, what]) => `<tr><th scope="row"><kbd>${e(key)}</kbd></th><td>${e(what)}</td></tr>`,
  );
  return `<dialog id="help" aria-labelledby="help-heading"><h2 id="help-heading">${e(L.keysHeading)}</h2>
<table><tbody>${rows.join('')}</tbody></table>
<form method="dialog"><button type="submit">${e(L.close)}</button></form></dialog>`;
}

/** The review page: the publish gate, then every claim beside its evidence. */
export function renderReviewPage(
  desk: DeskArticle,
  gate: PublishGate,
  editor: string,
  csrf: string,
  publications: readonly Publication[] = [],
): string {
  const { stored, report, review } = desk;
  const claims = review.claims.map((state, index) => renderClaim(desk, state, index, csrf)).join('\n');
  return renderPage(
    L.reviewTitle(stored.article.title.text),
    `<a class="skip" href="#claims">${e(L.skipToClaims)}</a>
${header(editor, csrf)}
<main id="main" data-article="${stored.id}">
<h1>${e(L.reviewTitle(review.article.title.text))}</h1>
<p class="meta">#${stored.id} ・ ${e(L.verdict)}: ${e(L.verdicts[report.verdict] ?? report.verdict)} ・ <a href="/articles/${stored.id}/audit">${e(L.auditTitle)}</a> ・ <button type="button" class="help-button" aria-keyshortcuts="?">${e(L.help)}</button></p>
<div id="announce" class="visually-hidden" role="status" aria-live="polite"></div>
<div id="alert" role="alert"></div>
${renderGate(stored.id, gate, csrf, publications)}
<h2>${e(L.claimsHeading)}</h2>
<ol id="claims" class="claims">
${claims}
</ol>
</main>
${helpDialog()}`,
    { csrf },
  );
}

/** A source as stored: its whole text, each paragraph anchored by offset, for reading a passage in context. */
export function renderSourcePage(
  desk: DeskArticle,
  position: number,
  document: Document,
  editor: string,
  csrf: string,
): string {
  const source = desk.stored.article.sources[position];
  const name = source?.siteName ?? document.siteName ?? document.url;
  const paragraphs: string[] = [];
  let offset = 0;
  for (const text of document.text.split('\n\n')) {
    paragraphs.push(`<p id="at-${offset}">${e(text)}</p>`);
    offset += text.length + 2;
  }
  return renderPage(
    L.sourceTitle(document.title),
    `${header(editor, csrf)}
<main id="main">
<h1>${e(L.sourceTitle(document.title))}</h1>
<p class="meta">${e(name)} ・ ${e(document.url)} ・ <a href="/articles/${desk.stored.id}">${e(L.reviewTitle(desk.stored.article.title.text))}</a></p>
<article class="source">${paragraphs.join('\n')}</article>
</main>`,
    { csrf },
  );
}

/** The audit log of an article: every event, oldest first. */
export function renderAuditPage(
  desk: DeskArticle,
  events: readonly ReviewEvent[],
  editor: string,
  csrf: string,
): string {
  const rows = events.map(
    (event) =>
      `<tr><td>${e(event.at)}</td><td>${e(event.editor)}</td><td><code>${e(event.path)}</code></td><td>${e(event.action)}</td><td>${e(event.before)}</td><td>${e(event.after)}${event.reason === undefined ? '' : ` (${e(event.reason)})`}</td><td>${e(event.verdict)}</td></tr>`,
  );
  return renderPage(
    L.auditTitle,
    `${header(editor, csrf)}
<main id="main">
<h1>${e(L.auditTitle)}: ${e(desk.stored.article.title.text)}</h1>
<p><a href="/articles/${desk.stored.id}">${e(L.reviewTitle(desk.stored.article.title.text))}</a></p>
<table class="audit"><thead><tr>${L.auditColumns.map((column) => `<th scope="col">${e(column)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</main>`,
    { csrf },
  );
}

/** A link to an http(s) address; anything else (a feed's odd link) is shown as text, never as a link. */
function outLink(url: string, text: string): string {
  return /^https?:\/\//iu.test(url)
    ? `<a href="${e(url)}" rel="noopener noreferrer">${e(text)}</a>`
    : e(text);
}

/** Links to the newer and older pages of stories (`/stories?page=N`, newest first). */
function storiesPager(listed: {
  stories: readonly DeskStory[];
  total: number;
  offset: number;
  limit: number;
}) {
  const page = Math.floor(listed.offset / listed.limit) + 1;
  const links: string[] = [];
  if (page > 1) links.push(`<a href="/stories?page=${page - 1}" rel="prev">${e(L.newerPage)}</a>`);
  if (listed.offset + listed.stories.length < listed.total)
    links.push(`<a href="/stories?page=${page + 1}" rel="next">${e(L.olderPage)}</a>`);
  return links.length === 0
    ? ''
    : `<nav class="pager" aria-label="${e(L.storiesPages)}">${links.join(' ・ ')}</nav>`;
}

/** The stories: each one's items, its article's revisions and the 追記 / 訂正 notes each added. */
export function renderStoriesPage(
  listed: { stories: readonly DeskStory[]; total: number; offset: number; limit: number },
  editor: string,
  csrf: string,
): string {
  const page = Math.floor(listed.offset / listed.limit) + 1;
  const hidden = `<input type="hidden" name="csrf" value="${e(csrf)}"><input type="hidden" name="page" value="${page}">`;
  // Merging: a box on each story, all tied to one form (the form attribute), which keeps the first
  // story ticked. Splitting: a form per story of two items or more, a box on each item.
  const canMerge = listed.stories.length >= 2;
  const sections = listed.stories.map((story, shown) => {
    const index = listed.offset + shown;
    const canSplit = story.items.length >= 2;
    const headline = story.items[0]?.title ?? story.story;
    const items = story.items
      .map(
        (item) =>
          `<li>${canSplit ? `<input type="checkbox" name="item" value="${e(item.id)}" aria-label="${e(L.splitTick(item.title || item.id))}"> ` : ''}${outLink(item.link, item.title || item.id)} <span class="meta">${e(item.outlet)} ・ <time datetime="${e(item.published)}">${e(item.published)}</time> ・ ${e(L.decision[item.decision] ?? item.decision)}</span></li>`,
      )
      .join('\n');
    const itemList = canSplit
      ? `<form method="post" action="/stories/split">${hidden}<input type="hidden" name="story" value="${e(story.story)}">
<ul class="story-items">
${items}
</ul>
<p><button type="submit">${e(L.splitButton)}</button></p>
</form>`
      : `<ul class="story-items">
${items}
</ul>`;
    const revisions = story.revisions
      .map((revision) => {
        const notes = revision.updates
          .map(
            (update) =>
              `<li class="update update-${e(update.kind)}"><strong>${e(L.updateKind[update.kind] ?? update.kind)}</strong> <time datetime="${e(update.at)}">${e(update.at)}</time> ${outLink(update.url, update.outlet)}: ${e(update.text)}</li>`,
          )
          .join('\n');
        return `<tr><td>${revision.revision}</td><td>${e(L.revisionReason[revision.reason] ?? revision.reason)}</td><td><time datetime="${e(revision.createdAt)}">${e(revision.createdAt)}</time></td><td>${revision.links.length}</td><td><a href="/articles/${revision.articleId}">#${revision.articleId} ${e(revision.title)}</a>${notes === '' ? '' : `<ul class="updates">\n${notes}\n</ul>`}</td></tr>`;
      })
      .join('\n');
    return `<section class="story" id="story-${index + 1}" aria-labelledby="story-${index + 1}-title">
<h2 id="story-${index + 1}-title">${e(headline)}</h2>
<p class="meta"><code>${e(story.story)}</code> ・ ${e(L.storyItems(story.items.length))}${canMerge ? ` ・ <label><input type="checkbox" form="merge-stories" name="story" value="${e(story.story)}" aria-label="${e(L.mergeTick(headline))}"> ${e(L.mergeTickLabel)}</label>` : ''}</p>
${itemList}
${
  story.revisions.length === 0
    ? `<p>${e(L.noStoryArticle)}</p>`
    : `<table class="revisions"><thead><tr>${L.revisionColumns.map((column) => `<th scope="col">${e(column)}</th>`).join('')}</tr></thead>
<tbody>${revisions}</tbody></table>`
}
</section>`;
  });
  return renderPage(
    L.storiesTitle,
    `${header(editor, csrf)}
<main id="main">
<h1>${e(L.storiesTitle)}</h1>
${
  listed.total === 0
    ? `<p>${e(L.noStories)}</p>`
    : listed.stories.length === 0
      ? `<p>${e(L.storiesPageEmpty(listed.total))} <a href="/stories">${e(L.firstPage)}</a></p>`
      : `<p class="meta">${e(L.storiesShown(listed.offset + 1, listed.offset + listed.stories.length, listed.total))}</p>\n${canMerge ? `<form id="merge-stories" method="post" action="/stories/merge">${hidden}<button type="submit">${e(L.mergeButton)}</button></form>\n` : ''}${sections.join('\n')}\n${storiesPager(listed)}`
}
</main>`,
    { csrf },
  );
}

/** The job queues (matome serve --redis): the figures of `matome status`, per kind, with failure reasons. */
export function renderQueuePage(status: DeskQueueStatus | undefined, editor: string, csrf: string): string {
  let body: string;
  if (status === undefined) body = `<p>${e(L.noQueue)}</p>`;
  else {
    const kinds = Object.entries(status.kinds);
    const rows = kinds
      .map(
        ([kind, item]) =>
          `<tr id="queue-${e(kind)}"><th scope="row">${e(L.queueKinds[kind] ?? kind)} <code>${e(kind)}</code></th><td>${item.depth}</td><td>${item.running}</td><td>${item.completed}</td><td>${item.failed}</td><td>${item.retried}</td></tr>`,
      )
      .join('\n');
    const failures = kinds.flatMap(([kind, item]) =>
      item.recentFailures.map(
        (failure) =>
          `<li><code>${e(kind)}</code> ${e(L.queueFailure(failure.id, failure.attempts))}${failure.failedAt === undefined ? '' : ` <time datetime="${e(failure.failedAt)}">${e(failure.failedAt)}</time>`}<br><span class="detail">${e(failure.reason)}</span></li>`,
      ),
    );
    const store =
      status.store === undefined
        ? ''
        : `<p class="meta">${e(
            L.queueStore(
              Object.entries(status.store.results)
                .map(([kind, n]) => `${kind} ${n}`)
                .join('、'),
              status.store.retakenLeases,
              status.store.leases,
            ),
          )}</p>`;
    body = `<table class="queue"><thead><tr>${L.queueColumns.map((column) => `<th scope="col">${e(column)}</th>`).join('')}</tr></thead>
<tbody>${rows}</tbody></table>
${store}
${failures.length === 0 ? '' : `<h2>${e(L.queueFailuresTitle)}</h2>\n<ul class="queue-failures">\n${failures.join('\n')}\n</ul>`}`;
  }
  return renderPage(
    L.queueTitle,
    `${header(editor, csrf)}
<main id="main">
<h1>${e(L.queueTitle)}</h1>
${body}
</main>`,
    { csrf },
  );
}
