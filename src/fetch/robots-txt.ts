// robots.txt parsing and matching as RFC 9309 (Robots Exclusion Protocol) defines them:
// https://www.rfc-editor.org/rfc/rfc9309. Where the RFC leaves room, the choices follow Google's
// reference parser (github.com/google/robotstxt), whose compliance cases test/robots-spec-cases.test.ts runs.

/** RFC 9309 §2.5: crawlers must parse at least the first 500 KiB; matome parses exactly that much by default. */
export const ROBOTS_TXT_MAX_BYTES = 500 * 1024;

/** One allow or disallow rule of a group, ready for matching. */
export interface RobotsRule {
  readonly allow: boolean;
  /** The path pattern as written, after comments and surrounding whitespace are removed. */
  readonly pattern: string;
  /** 1-based line number in the parsed text. */
  readonly line: number;
  /** The pattern in canonical percent-encoding, split at each `*` wildcard. */
  readonly parts: readonly string[];
  /** True when the pattern ends with `$`: the path must end where the pattern does. */
  readonly anchored: boolean;
  /** Octets of the canonical pattern (with its `*` and `$`): the longest matching rule wins. */
  readonly specificity: number;
}

/** A group: the user-agent lines that start it and the rules that follow them. */
export interface RobotsGroup {
  /** Lower-case product tokens; `*` for the global group. */
  readonly userAgents: readonly string[];
  readonly rules: readonly RobotsRule[];
}

/** A parsed robots.txt file. */
export interface RobotsTxt {
  readonly groups: readonly RobotsGroup[];
  /** True when the input was longer than the parse limit and only its first part was read. */
  readonly truncated: boolean;
}

/** The verdict for one path: `rule` is the deciding line (e.g. "Disallow: /private"), absent when none matched. */
export interface RobotsMatch {
  allowed: boolean;
  rule?: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const LF = 0x0a;
const CR = 0x0d;

/**
 * Parses robots.txt text or bytes (UTF-8, RFC 9309 §2.3) into groups of rules. Never throws:
 * lines it cannot read are ignored, as the RFC asks. Input past `maxBytes` is not read.
 */
export function parseRobotsTxt(input: string | Uint8Array, options: { maxBytes?: number } = {}): RobotsTxt {
  const maxBytes = options.maxBytes ?? ROBOTS_TXT_MAX_BYTES;
  let bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const truncated = bytes.length > maxBytes;
  if (truncated) bytes = cutAtLastLineBreak(bytes, maxBytes);
  // A byte order mark, or the start of one, is skipped (Google's parser does the same): a damaged
  // BOM must not make the first line, usually "User-agent: *", unreadable.
  let start = 0;
  while (start < UTF8_BOM.length && bytes[start] === UTF8_BOM[start]) start++;
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(start));

  const groups: { userAgents: string[]; rules: RobotsRule[] }[] = [];
  let current: (typeof groups)[number] | undefined;
  // A run of user-agent lines starts one group; the first rule line ends the run. Blank lines and
  // other records (Sitemap, Crawl-delay) end nothing, so they neither split nor close a group.
  let inUserAgentRun = false;
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const record = readRecord(lines[index] ?? '');
    if (!record) continue;
    if (record.key === 'user-agent') {
      if (!current || !inUserAgentRun) {
        current = { userAgents: [], rules: [] };
        groups.push(current);
      }
      inUserAgentRun = true;
      const token = productToken(record.value);
      if (token) current.userAgents.push(token);
    } else if (record.key === 'allow' || record.key === 'disallow') {
      inUserAgentRun = false;
      // Rules before the first user-agent line belong to no group and are ignored (RFC 9309 §2.1).
      // An empty pattern matches nothing: "Disallow:" alone allows everything.
      if (current && record.value !== '') {
        const allow = record.key === 'allow';
        current.rules.push(compileRule(allow, record.value, index + 1));
        // Google's rule, kept so matome agrees with Google's spec corpus: allowing ".../index.html"
        // also allows the directory URL ".../" itself (and nothing else under it).
        if (allow && record.value.endsWith('/index.html')) {
          current.rules.push(compileRule(true, `${record.value.slice(0, -'index.html'.length)}$`, index + 1));
        }
      }
    }
  }
  return { groups, truncated };
}

/**
 * Decides whether `userAgent` (a product token such as "matome", compared case-insensitively) may
 * fetch `pathWithQuery` ("/news/1?page=2", percent-encoded as a URL gives it). Uses the groups naming
 * the agent (merged), else the `*` groups; the longest matching pattern decides and allow wins a tie
 * (RFC 9309 §2.2.2). The rules apply as written, /robots.txt included: the policy (robots-policy.ts)
 * is what always allows fetching robots.txt itself.
 */
export function isAllowed(robots: RobotsTxt, userAgent: string, pathWithQuery: string): RobotsMatch {
  const path = pathWithQuery.startsWith('/') ? pathWithQuery : `/${pathWithQuery}`;
  const target = canonicalize(path, false);
  let best: RobotsRule | undefined;
  for (const rule of rulesFor(robots, userAgent)) {
    if ((!best || outranks(rule, best)) && matches(target, rule)) best = rule;
  }
  if (!best) return { allowed: true };
  return { allowed: best.allow, rule: `${best.allow ? 'Allow' : 'Disallow'}: ${best.pattern}` };
}

/** True for the path of robots.txt itself, which RFC 9309 §2.2.2 says is implicitly allowed. */
export function isRobotsTxtPath(pathWithQuery: string): boolean {
  return pathWithQuery === '/robots.txt' || pathWithQuery.startsWith('/robots.txt?');
}

/** Longer patterns are more specific; between equally long ones, allow is the less strict (§2.2.2). */
function outranks(rule: RobotsRule, than: RobotsRule): boolean {
  return (
    rule.specificity > than.specificity ||
    (rule.specificity === than.specificity && rule.allow && !than.allow)
  );
}

function rulesFor(robots: RobotsTxt, userAgent: string): RobotsRule[] {
  const agent = userAgent.toLowerCase();
  const named = robots.groups.filter((group) => group.userAgents.includes(agent));
  const chosen = named.length > 0 ? named : robots.groups.filter((group) => group.userAgents.includes('*'));
  return chosen.flatMap((group) => group.rules);
}

/** Cuts at `limit`, then back to the last line break, so a cut rule is not read as a shorter one. */
function cutAtLastLineBreak(bytes: Uint8Array, limit: number): Uint8Array {
  if (bytes[limit] === LF || bytes[limit] === CR) return bytes.subarray(0, limit);
  for (let index = limit - 1; index >= 0; index--) {
    if (bytes[index] === LF || bytes[index] === CR) return bytes.subarray(0, index + 1);
  }
  return bytes.subarray(0, 0);
}

/** Splits one line into a lower-case key and its value; undefined for blank and unreadable lines. */
function readRecord(line: string): { key: string; value: string } | undefined {
  const hash = line.indexOf('#');
  // Only space and tab are whitespace here (RFC 9309 WS); String.trim would also eat a U+FEFF
  // and make "\uFEFFDisallow: /" in mid-file a rule, which it is not.
  const content = trimWs(hash === -1 ? line : line.slice(0, hash));
  if (content === '') return undefined;
  const colon = content.indexOf(':');
  if (colon !== -1) {
    return { key: trimWs(content.slice(0, colon)).toLowerCase(), value: trimWs(content.slice(colon + 1)) };
  }
  // Not RFC syntax, but "Disallow /private" has one evident meaning, and honouring it keeps matome
  // on the polite side (Google's parser accepts it too). Any other colon-less line is ignored.
  const spaced = /^(user-agent|allow|disallow)[ \t]+(\S.*)$/i.exec(content);
  return spaced ? { key: (spaced[1] ?? '').toLowerCase(), value: spaced[2] ?? '' } : undefined;
}

function trimWs(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, '');
}

/**
 * The product token a user-agent line names: `*`, or its leading letters, `_` and `-` (RFC 9309
 * §2.2.1), so "Examplebot/2.1" names "examplebot". Empty when the line names no valid token.
 */
function productToken(value: string): string {
  if (value === '*' || /^\*[ \t]/.test(value)) return '*';
  return (/^[A-Za-z_-]*/.exec(value)?.[0] ?? '').toLowerCase();
}

function compileRule(allow: boolean, pattern: string, line: number): RobotsRule {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const parts = canonicalize(body, true).split('*');
  const specificity = parts.join('*').length + (anchored ? 1 : 0);
  return { allow, pattern, line, parts, anchored, specificity };
}

/** True when `path` (canonical) matches the rule: `*` matches any run of characters, `$` the end. */
function matches(path: string, rule: RobotsRule): boolean {
  const { parts, anchored } = rule;
  const first = parts[0] ?? '';
  if (!path.startsWith(first)) return false;
  const lastIndex = parts.length - 1;
  if (lastIndex === 0) return !anchored || path.length === first.length;
  // With `*` as the only wildcard, taking each middle part at its leftmost occurrence leaves the most
  // room for the rest, so one pass decides (no backtracking, no regular expression to blow up).
  let position = first.length;
  for (let index = 1; index < lastIndex; index++) {
    const part = parts[index] ?? '';
    const found = path.indexOf(part, position);
    if (found === -1) return false;
    position = found + part.length;
  }
  const last = parts[lastIndex] ?? '';
  if (anchored) return path.length - last.length >= position && path.endsWith(last);
  return path.indexOf(last, position) !== -1;
}

const HEX = '0123456789ABCDEF';
const percent = (byte: number) => `%${HEX[byte >> 4]}${HEX[byte & 0x0f]}`;
const isHexDigit = (byte: number | undefined) =>
  byte !== undefined &&
  ((byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66));
const hexValue = (byte: number) => (byte <= 0x39 ? byte - 0x30 : (byte | 0x20) - 0x61 + 10);

/** ASCII characters that may never appear raw in a URI (controls, space, `"<>\^`{|}`). */
function mustEncode(byte: number): boolean {
  return byte <= 0x20 || byte >= 0x7f || '"<>\\^`{|}'.includes(String.fromCharCode(byte));
}

/**
 * Brings a path or a pattern into one comparable form, as Google's reference parser (and its spec
 * corpus) does: escapes get upper-case hex but are never decoded (`%62az` stays distinct from
 * `baz`); in a pattern, non-ASCII (as UTF-8) and characters a URI cannot hold are escaped — the
 * path is expected percent-encoded already (a WHATWG URL's href is), so its raw non-ASCII is left
 * as is and matches no escaped pattern. A literal `$` (and, in a path, a literal `*`) becomes
 * `%24` / `%2A`, the form a pattern must use for them; in a pattern `*` stays the wildcard.
 */
function canonicalize(text: string, isPattern: boolean): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] ?? 0;
    if (byte === 0x25 && isHexDigit(bytes[index + 1]) && isHexDigit(bytes[index + 2])) {
      out += percent(hexValue(bytes[index + 1] ?? 0) * 16 + hexValue(bytes[index + 2] ?? 0));
      index += 2;
    } else if (byte === 0x2a) {
      out += isPattern ? '*' : '%2A';
    } else if (byte === 0x24 || byte === 0x25 || (mustEncode(byte) && (isPattern || byte < 0x80))) {
      out += percent(byte);
    } else {
      out += String.fromCharCode(byte);
    }
  }
  return out;
}
