/** Deepest nesting of arrays and objects read from a model answer (the answers are 4 levels deep). */
export const MAX_JSON_DEPTH = 32;

/** Why a model's text held no JSON object that could be read. */
export class JsonNotFoundError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'JsonNotFoundError';
  }
}

// Reasoning models put their thinking before the answer; some close it, some are cut off inside it.
const THINK_BLOCK = /<(think|thinking|reasoning)>[\s\S]*?<\/\1>/giu;
const FENCE = /```[ \t]*(?:json|JSON|jsonc)?[ \t]*\r?\n([\s\S]*?)```/gu;

/**
 * The JSON object a model answered with, taken out of what often surrounds it: `<think>…</think>`
 * blocks, ```json fences and prose before or after. Candidates are tried in that order (fenced
 * blocks, then each balanced `{…}` in the text); the first that parses as an object wins.
 * Throws JsonNotFoundError saying what was seen when none does.
 */
export function extractJson(text: string): Record<string, unknown> {
  const visible = text.replace(THINK_BLOCK, ' ');
  if (/<(think|thinking|reasoning)>/iu.test(visible) && !visible.includes('{')) {
    throw new JsonNotFoundError('the answer ends inside a <think> block, before any JSON');
  }
  const candidates: string[] = [];
  for (const match of visible.matchAll(FENCE)) candidates.push(match[1] ?? '');
  candidates.push(...balancedObjects(visible));
  let deepest = false;
  for (const candidate of candidates) {
    const trimmed = candidate.trim();
    if (!trimmed.startsWith('{')) continue;
    if (depthOf(trimmed) > MAX_JSON_DEPTH) {
      deepest = true;
      continue;
    }
    try {
      const value: unknown = JSON.parse(trimmed);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return value as Record<string, unknown>;
      }
    } catch {
      // Not this one; try the next candidate.
    }
  }
  if (deepest) throw new JsonNotFoundError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
  const start = visible.trim().slice(0, 60).replace(/\s+/gu, ' ');
  if (!visible.includes('{')) throw new JsonNotFoundError(`no JSON object in the answer: "${start}"`);
  throw new JsonNotFoundError(`no complete JSON object in the answer (cut off or malformed): "${start}"`);
}

/** Each top-level `{…}` span whose braces balance, strings (and their escapes) respected. */
function balancedObjects(text: string): string[] {
  const spans: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"' && depth > 0) inString = true;
    else if (char === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (char === '}' && depth > 0) {
      depth--;
      if (depth === 0) spans.push(text.slice(start, i + 1));
    }
  }
  return spans;
}

/** Nesting depth of arrays and objects, outside strings; checked before JSON.parse recurses. */
function depthOf(json: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const char = json[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') max = Math.max(max, ++depth);
    else if (char === '}' || char === ']') depth--;
  }
  return max;
}
