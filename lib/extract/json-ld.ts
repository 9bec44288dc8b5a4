/**
 * Reads schema.org JSON-LD blocks for the article's headline, date and language.
 *
 * Real pages nest the article in `@graph`, in arrays, or under `mainEntity`; they give
 * `@type` as a string or a list; and their JSON is often slightly broken (raw line
 * breaks inside strings, trailing commas, HTML comments or CDATA around it), so parsing
 * is forgiving.
 */
import { decodeEntities } from '../text/html-text';

/** The fields of a schema.org Article that extraction uses. */
export interface JsonLdArticle {
  type: string;
  headline?: string;
  name?: string;
  datePublished?: string;
  dateCreated?: string;
  inLanguage?: string;
  publisher?: string;
  /** The story as plain text, which some sites put here and render on the client only. */
  articleBody?: string;
}

/** `@type`s that describe a story; `WebPage` is a weaker fallback for the date only. */
const ARTICLE_TYPE = /(?:^|\b)(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|Review)$/;

/**
 * Parses a JSON-LD block, repairing the usual damage; `undefined` when it cannot be read.
 *
 * @example
 * parseJsonLd('{"@type":"NewsArticle","headline":"A",}') // => { '@type': 'NewsArticle', headline: 'A' }
 */
export function parseJsonLd(raw: string): unknown {
  const text = raw
    .replace(/^\s*(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\*\s*\]\]>\s*\*\/|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Raw control characters inside strings and trailing commas are the common breakages.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what breaks JSON.parse here
    const repaired = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

/** A string field; CMSs often HTML-escape JSON-LD text ("&#039;", "&quot;"), which JSON does not undo. */
function str(value: unknown): string | undefined {
  if (typeof value === 'string') return decodeEntities(value).trim() || undefined;
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return str(o['@value'] ?? o['name'] ?? o['alternateName']);
  }
  return undefined;
}

function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function toArticle(node: Record<string, unknown>, type: string): JsonLdArticle {
  const article: JsonLdArticle = { type };
  const set = <K extends keyof JsonLdArticle>(key: K, value: string | undefined): void => {
    if (value) article[key] = value;
  };
  set('headline', str(node['headline']));
  set('name', str(node['name']));
  set('datePublished', str(node['datePublished']));
  set('dateCreated', str(node['dateCreated']));
  set('inLanguage', str(node['inLanguage']));
  set('publisher', str(node['publisher']));
  set('articleBody', str(node['articleBody']));
  return article;
}

/**
 * Finds the article-like and page-like nodes in parsed JSON-LD, articles first.
 *
 * @example
 * findArticles([{ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: 'A' }] }])
 * // => [{ type: 'NewsArticle', headline: 'A' }, { type: 'WebPage' }]
 */
export function findArticles(blocks: readonly unknown[]): JsonLdArticle[] {
  const articles: JsonLdArticle[] = [];
  const pages: JsonLdArticle[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (!value || typeof value !== 'object' || depth > 6 || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as Record<string, unknown>;
    const types = typesOf(node);
    const articleType = types.find((t) => ARTICLE_TYPE.test(t));
    if (articleType) articles.push(toArticle(node, articleType));
    else if (types.some((t) => /WebPage$/.test(t))) pages.push(toArticle(node, types[0]!));
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) visit(node[key], depth + 1);
  };
  for (const block of blocks) visit(block, 0);
  return [...articles, ...pages];
}
