/**
 * Chooses the article title among the page's claims (JSON-LD headline, `og:title`,
 * `<h1>`, `<title>`) and removes the site name that pages glue to it
 * ("제목 - 사이트명", "Title | Site", "제목 :: 사이트").
 *
 * A segment is cut only on evidence that it names the site: it matches `og:site_name`
 * or another site-name tag, the host name, a publication-like ending (…뉴스, …Times),
 * or another title source has the headline without it. A colon-joined subtitle or a
 * hyphenated headline therefore stays whole.
 */
import { decodeEntities } from '../text/html-text';
import { MAX_SITE_SEGMENT, SITE_NAME_ENDING, SITE_NAME_META_KEYS, TITLE_META_KEYS, TITLE_SEPARATOR } from './title-rules';
import type { JsonLdArticle } from './json-ld';

export interface TitleSources {
  meta: ReadonlyMap<string, string>;
  jsonLd: readonly JsonLdArticle[];
  titleTag: string;
  /** Texts of the page's `<h1>`s, in document order. */
  h1s: readonly string[];
  /** Texts of the first `<h2>`s: blogs put the post title in one and the blog's name in the `<h1>`. */
  h2s?: readonly string[];
  /** The page URL (or canonical URL), for the host name. */
  url?: string;
}

/** Letters and digits only, lower case: "The Verge" and "theverge" compare equal. */
function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function hostLabels(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const host = new URL(url).hostname.replace(/^(?:www|m|news|mobile)\./, '');
    // "edition.cnn.com" -> ["edition", "cnn"]; the public suffix is not a name.
    return host.split('.').filter((label) => label.length >= 3 && !/^(?:com|net|org|co|kr|uk|www)$/.test(label));
  } catch {
    return [];
  }
}

class SiteEvidence {
  private readonly names: string[];
  /** Names from `og:site_name` and the JSON-LD publisher: other tags (application-name) sometimes hold the headline. */
  private readonly strongNames: string[];
  private readonly hosts: string[];

  constructor(sources: TitleSources) {
    const clean = (names: Array<string | undefined>): string[] =>
      names.filter((v): v is string => !!v && v.length <= 60).map((n) => key(n.replace(/^@/, ''))).filter((n) => n.length >= 2);
    const publishers = sources.jsonLd.map((a) => a.publisher);
    this.strongNames = clean([sources.meta.get('og:site_name'), ...publishers]);
    this.names = clean([...SITE_NAME_META_KEYS.map((k) => sources.meta.get(k)), ...publishers]);
    this.hosts = hostLabels(sources.url);
  }

  /** True when a title segment names the site (or is a section label next to it). */
  isSite(segment: string): boolean {
    const k = key(segment);
    if (!k) return true;
    if (this.names.some((n) => k === n || (n.length >= 3 && k.includes(n)) || (k.length >= 3 && n.includes(k)))) return true;
    if (this.hosts.some((h) => k === h || (h.length >= 4 && k.includes(h)) || (k.length >= 4 && h.includes(k)))) return true;
    return segment.length <= MAX_SITE_SEGMENT && SITE_NAME_ENDING.test(segment.trim());
  }

  /** True when the whole text is the site's name (a home-page `og:title`, a logo `<h1>`). */
  isSiteName(text: string): boolean {
    const k = key(text);
    return this.strongNames.includes(k) || this.hosts.includes(k);
  }
}

interface Split {
  segments: string[];
  separators: string[];
}

function split(title: string): Split {
  const segments: string[] = [];
  const separators: string[] = [];
  let last = 0;
  for (const m of title.matchAll(TITLE_SEPARATOR)) {
    segments.push(title.slice(last, m.index));
    separators.push(m[0]);
    last = m.index + m[0].length;
  }
  segments.push(title.slice(last));
  return { segments, separators };
}

function join(parts: Split, from: number, to: number): string {
  let out = parts.segments[from] ?? '';
  for (let i = from + 1; i < to; i++) out += parts.separators[i - 1]! + parts.segments[i]!;
  return out.trim();
}

/**
 * Removes site and section names from the edges of a title.
 *
 * @example
 * stripSiteName('삼성, 평택 4라인 착공 - 전자신문', evidence) // => '삼성, 평택 4라인 착공'
 */
function stripSiteName(title: string, site: SiteEvidence, fromTitleTag: boolean): string {
  const parts = split(title);
  let from = 0;
  let to = parts.segments.length;
  // "제목 < 산업 < 기사본문 - 사이트": in a <title>, everything after the first " < " is a breadcrumb.
  if (fromTitleTag) {
    const crumb = parts.separators.findIndex((s) => s.trim() === '<');
    if (crumb >= 0 && key(join(parts, 0, crumb + 1)).length > 0) to = crumb + 1;
  }
  while (to - from > 1) {
    const tail = parts.segments[to - 1]!;
    const head = parts.segments[from]!;
    if (site.isSite(tail) && key(join(parts, from, to - 1)).length > 0) to--;
    else if (site.isSite(head) && key(join(parts, from + 1, to)).length > 0) from++;
    else break;
  }
  return join(parts, from, to);
}

/**
 * Cuts edge segments of `title` to a part that another source (a heading, another title
 * tag) repeats. Parts that start the title win ("Headline - Site" is the common order, and
 * a blog repeats its name in the masthead `<h1>`); among those, the longest. A part short
 * next to the title is the headline only at the start and only if it does not look like
 * the site's name.
 */
function trimToMatch(title: string, others: readonly string[], site: SiteEvidence): string | undefined {
  const parts = split(title);
  const wanted = new Set(others.map(key).filter((k) => k.length > 0));
  const n = parts.segments.length;
  for (let from = 0; from < n; from++) {
    for (let to = n; to > from; to--) {
      if (from === 0 && to === n) continue;
      const candidate = join(parts, from, to);
      // A short part only counts at the start ("Mozilla - Wikipedia"); elsewhere it is a section or site label.
      const short = candidate.length * 2 < title.length;
      if (wanted.has(key(candidate)) && (!short || (from === 0 && !site.isSite(candidate)))) return candidate;
    }
  }
  return undefined;
}

/**
 * Chooses the title: the first of JSON-LD headline, `og:title`, other title tags and
 * `<title>` (the order Readability and most readers use), cut to the headline that an
 * `<h1>` or another source repeats, else with site-name segments removed.
 *
 * @example
 * chooseTitle({ meta: new Map([['og:title', 'AI 데이터센터 착공 | 테크데일리']]), jsonLd: [], titleTag: '', h1s: [] })
 * // => 'AI 데이터센터 착공'
 */
export function chooseTitle(sources: TitleSources): string {
  const site = new SiteEvidence(sources);
  const article = sources.jsonLd.find((a) => !/WebPage$/.test(a.type));
  const claims: Array<{ text: string; tag: boolean }> = [
    article?.headline ?? article?.name,
    ...TITLE_META_KEYS.map((k) => sources.meta.get(k)),
  ]
    // Meta content escaped twice ("&amp;#039;") still holds references after the parser's decoding.
    .map((t) => (t ? decodeEntities(t) : t))
    .filter((t): t is string => !!t && !site.isSiteName(t))
    .map((text) => ({ text, tag: false }));
  if (sources.titleTag && !site.isSiteName(sources.titleTag)) claims.push({ text: sources.titleTag, tag: true });
  const h1s = sources.h1s.filter((h) => h.length > 0 && !site.isSiteName(h)).slice(0, 5);

  // A headline cut short for a search snippet ("… 2나노 시험…") gives way to a claim that completes it.
  const truncated = (c: { text: string }): boolean => {
    const stem = /^(.*\S)\s*(?:…|\.\.\.)$/.exec(c.text)?.[1];
    return !!stem && claims.some((o) => o !== c && o.text.length > stem.length && o.text.startsWith(stem));
  };
  const best = claims.find((c) => !truncated(c));
  if (!best) return h1s[0] ?? '';
  const others = [...h1s, ...(sources.h2s ?? []), ...claims.filter((c) => c !== best).map((c) => c.text)];
  // Another source with the headline alone shows exactly what to cut.
  if (!others.some((o) => key(o) === key(best.text))) {
    const trimmed = trimToMatch(best.text, others, site);
    if (trimmed) return trimmed;
  }
  return stripSiteName(best.text, site, best.tag);
}
