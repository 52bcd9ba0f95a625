import { createHash } from 'node:crypto';

/** JSON with object keys in sorted order, so equal inputs give equal text whatever order they were written in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The key of a job: its kind and a SHA-256 of its input (`build-3f9c…`). The same work always gets
 * the same key, so a job enqueued twice is one BullMQ job, and its effects are recorded in the
 * store under one key (job_results, job_leases, job_charges) whichever worker runs it.
 */
export function jobKey(kind: string, input: unknown): string {
  return `${kind}-${createHash('sha256').update(canonicalJson(input)).digest('hex').slice(0, 32)}`;
}
