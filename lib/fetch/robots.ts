/**
 * robots.txt (RFC 9309): parsing and matching. Pure: text in, a verdict out; fetching
 * and caching live in `robots-cache.ts`.
 *
 * Choices where the RFC leaves room, following what the big crawlers do:
 * - groups for the same agent are merged; our group is the one naming our product token,
 *   else `*`, else there are no rules (allow all);
 * - the longest matching pattern wins, and `Allow` wins a tie;
 * - `*` matches any run of characters, a final `$` anchors the end;
 * - patterns and paths are compared percent-encoded (UTF-8, upper-case hex, unreserved
 *   characters decoded), so `/뉴스` in robots.txt matches the URL path `/%EB%89%B4%EC%8A%A4`;
 * - `Crawl-delay` (non-standard) is read and reported; the fetcher decides what to do with it.
 */

/** One Allow or Disallow line. */
export interface RobotsRule {
  allow: boolean;
  /** The normalised pattern. */
  pattern: string;
}

/** The rules of one or more User-agent lines. */
export interface RobotsGroup {
  /** Lower-case product tokens, `*` for everyone. */
  agents: string[];
  rules: RobotsRule[];
  crawlDelaySeconds?: number;
}

/** A parsed robots.txt. */
export interface RobotsTxt {
  groups: RobotsGroup[];
  sitemaps: string[];
}

/** Whether a path may be fetched, and why. */
export interface RobotsVerdict {
  allowed: boolean;
  /** The rule that decided, if any. */
  rule?: RobotsRule;
  crawlDelaySeconds?: number;
}

/** A robots.txt with no rules: what a 404 means. */
export const ALLOW_ALL_ROBOTS: RobotsTxt = Object.freeze({ groups: [], sitemaps: [] }) as RobotsTxt;

/** Line keys, with the misspellings real files use (and Google accepts). */
const KEYS: Record<string, 'user-agent' | 'allow' | 'disallow' | 'crawl-delay' | 'sitemap'> = {
  'user-agent': 'user-agent',
  useragent: 'user-agent',
  'user agent': 'user-agent',
  allow: 'allow',
  disallow: 'disallow',
  dissallow: 'disallow',
  disalow: 'disallow',
  'crawl-delay': 'crawl-delay',
  sitemap: 'sitemap',
  'site-map': 'sitemap',
};

/**
 * The product token robots.txt groups are matched against: the user agent's first word,
 * without its version, lower case.
 *
 * @example
 * productToken('ProjectRadar/0.1 (+https://example.org/radar)') // => 'projectradar'
 */
export function productToken(userAgent: string): string {
  return (userAgent.trim().split(/[\s/]/)[0] ?? '').toLowerCase();
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * Percent-encodes a path (or a pattern) the way it is compared: non-ASCII as UTF-8 `%XX`,
 * existing escapes upper-cased, escaped unreserved characters decoded. `*` and `$` are
 * left alone so patterns keep their wildcards.
 *
 * @example
 * normaliseRobotsPath('/뉴스?q=%7ea') // => '/%EB%89%B4%EC%8A%A4?q=~a'
 */
export function normaliseRobotsPath(path: string): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const ch = path[i] ?? '';
    if (ch === '%' && /^[0-9a-f]{2}$/i.test(path.slice(i + 1, i + 3))) {
      const decoded = String.fromCharCode(parseInt(path.slice(i + 1, i + 3), 16));
      out += UNRESERVED.test(decoded) ? decoded : `%${path.slice(i + 1, i + 3).toUpperCase()}`;
      i += 2;
    } else if (ch.charCodeAt(0) > 0x20 && ch.charCodeAt(0) < 0x7f) {
      out += ch;
    } else {
      // Surrogate pairs: take the whole code point.
      const cp = path.codePointAt(i) ?? 0;
      if (cp > 0xffff) i++;
      for (const byte of Buffer.from(String.fromCodePoint(cp), 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

/**
 * Parses robots.txt text. Unknown lines and rules outside a group are ignored, as the
 * RFC asks; a rule's pattern must start with `/` or `*`.
 *
 * @example
 * parseRobotsTxt('User-agent: *\nDisallow: /private').groups[0]?.rules // => [{ allow: false, pattern: '/private' }]
 */
export function parseRobotsTxt(text: string): RobotsTxt {
  const groups: RobotsGroup[] = [];
  const sitemaps: string[] = [];
  let current: RobotsGroup | undefined;
  let lastWasAgent = false;

  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = KEYS[line.slice(0, colon).trim().toLowerCase()];
    const value = line.slice(colon + 1).trim();
    if (!key) continue;

    if (key === 'sitemap') {
      if (value) sitemaps.push(value);
      continue;
    }
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      const agent = productToken(value) || '*';
      current.agents.push(agent);
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelaySeconds = seconds;
      continue;
    }
    // An empty Disallow allows everything: it adds no rule.
    if (value === '' || !(value.startsWith('/') || value.startsWith('*'))) continue;
    current.rules.push({ allow: key === 'allow', pattern: normaliseRobotsPath(value) });
  }
  return { groups, sitemaps };
}

/**
 * True when the pattern matches a prefix of the path (`*` any run, final `$` the end).
 * Runs in O(pattern x path) with a set of positions, never backtracking, so a hostile
 * pattern like `/a*a*a*a*b` costs nothing. Both sides must be normalised already.
 *
 * @example
 * robotsPatternMatches('/*.php$', '/index.php')   // => true
 * robotsPatternMatches('/*.php$', '/index.php?x') // => false
 */
export function robotsPatternMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  // positions[i] = the pattern so far can end at path index i.
  let positions: number[] = [0];
  for (const ch of body) {
    if (ch === '*') {
      const first = positions[0] ?? 0;
      positions = [];
      for (let i = first; i <= path.length; i++) positions.push(i);
      continue;
    }
    const next: number[] = [];
    for (const p of positions) if (p < path.length && path[p] === ch) next.push(p + 1);
    if (next.length === 0) return false;
    positions = next;
  }
  return anchored ? positions.includes(path.length) : true;
}

/** The groups that apply to a product token, merged: its own, else `*`. */
function groupsFor(robots: RobotsTxt, token: string): RobotsGroup[] {
  const own = robots.groups.filter((g) => g.agents.includes(token));
  return own.length > 0 ? own : robots.groups.filter((g) => g.agents.includes('*'));
}

/**
 * Decides whether `token` may fetch `pathAndQuery` (the URL's path plus its query).
 *
 * @example
 * const robots = parseRobotsTxt('User-agent: *\nDisallow: /news/\nAllow: /news/public$');
 * isAllowedByRobots(robots, 'radar', '/news/public').allowed // => true
 * isAllowedByRobots(robots, 'radar', '/news/2024').allowed   // => false
 */
export function isAllowedByRobots(robots: RobotsTxt, token: string, pathAndQuery: string): RobotsVerdict {
  const groups = groupsFor(robots, token.toLowerCase());
  const path = normaliseRobotsPath(pathAndQuery || '/');
  let best: RobotsRule | undefined;
  for (const group of groups) {
    for (const rule of group.rules) {
      if (!robotsPatternMatches(rule.pattern, path)) continue;
      const longer = !best || rule.pattern.length > best.pattern.length;
      const tieAllow = best !== undefined && rule.pattern.length === best.pattern.length && rule.allow && !best.allow;
      if (longer || tieAllow) best = rule;
    }
  }
  const delays = groups.map((g) => g.crawlDelaySeconds).filter((d): d is number => d !== undefined);
  const verdict: RobotsVerdict = { allowed: best ? best.allow : true };
  if (best) verdict.rule = best;
  if (delays.length > 0) verdict.crawlDelaySeconds = Math.max(...delays);
  return verdict;
}
