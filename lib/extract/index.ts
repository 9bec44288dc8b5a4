/**
 * Article extraction: the title, publication time, language and body text of a news
 * page. Pure: HTML (text or bytes) in, values out; no I/O, no clock.
 *
 * Pipeline: parse (cheerio/slim) -> metadata (meta tags, JSON-LD, title, h1) -> body
 * (known containers, else scoring) -> clean (boxes, captions, link lists) -> render
 * paragraphs -> line rules (bylines, credits, copyright) -> language -> date.
 */
import { InputError } from '../core/errors';
import type { ExtractedArticle, Lang } from '../core/types';
import { findAuthorBio } from './author-bio';
import { FURNITURE_TAGS, NEVER_TEXT_TAGS } from './boilerplate-rules';
import { cleanContent } from './clean-content';
import { DATE_SEARCH_SKIP_WORDS } from './date-rules';
import { type Element, squash, textContent } from './dom';
import { filterParagraphs } from './filter-lines';
import { findContent } from './find-content';
import { hasWord, isHidden } from './hints';
import type { JsonLdArticle } from './json-ld';
import { detectLang } from './lang';
import { readMetadata } from './metadata';
import { parseHtml } from './parse-html';
import { findPublishedDate } from './published-date';
import { renderParagraphs } from './render-text';
import { KST } from './text-date';
import { textWeight } from './text-stats';
import { chooseTitle } from './title';

export type { ExtractedArticle } from '../core/types';
export { shingleScore, type ShingleScore } from './shingles';
export { findPublishedInText } from './text-date';

export interface ExtractOptions {
  /** The page URL: its host helps recognise the site name in the title. */
  url?: string;
  /** The response's Content-Type, for the charset of byte input. */
  contentType?: string;
  /** The language when the page neither declares one nor has enough text to tell. */
  defaultLang?: Lang;
}

/** Blocks left out of the byline-date search: never text, page furniture, hidden, site footers. */
function skipForDates(el: Element): boolean {
  return NEVER_TEXT_TAGS.has(el.name) || FURNITURE_TAGS.has(el.name) || isHidden(el) || hasWord(el, DATE_SEARCH_SKIP_WORDS);
}

/**
 * True when zone-less times on the page are Korean: the article is Korean, or the site is
 * (an English edition keeps `lang="ko"` or `og:locale=ko_KR`, or is served from a `.kr` host).
 */
function isKoreanSite(lang: Lang, declared: ReadonlyArray<string | undefined>, url: string | undefined): boolean {
  if (lang === 'ko' || declared.some((d) => d !== undefined && /^ko(?:$|[-_])/i.test(d.trim()))) return true;
  try {
    return url !== undefined && new URL(url).hostname.endsWith('.kr');
  } catch {
    return false;
  }
}

/** Below this many weighted characters the page body is a shell that scripts fill in. */
const SHELL_WEIGHT = 500;

/**
 * The JSON-LD `articleBody` when the page itself holds (almost) no story: single-page apps
 * render the text on the client, and the static HTML has only the structured copy.
 */
function withJsonLdFallback(paragraphs: string[], jsonLd: readonly JsonLdArticle[]): string[] {
  const weight = textWeight(paragraphs.join(''));
  if (weight >= SHELL_WEIGHT) return paragraphs;
  const body = jsonLd.find((a) => a.articleBody)?.articleBody;
  if (!body || textWeight(body) < Math.max(200, weight * 2)) return paragraphs;
  return filterParagraphs(body.split(/\n\s*\n|\r?\n/).map((p) => squash(p)).filter((p) => p.length > 0));
}

/**
 * Extracts the article of a news page.
 *
 * @example
 * const article = extractArticle('<html lang="ko"><head><title>제목 - 뉴스</title></head><body>…</body></html>');
 * article.title // => '제목'
 */
export function extractArticle(html: string | Uint8Array, options: ExtractOptions = {}): ExtractedArticle {
  if (typeof html !== 'string' && !(html instanceof Uint8Array)) {
    throw new InputError('extractArticle expects HTML as a string or bytes');
  }
  const $ = parseHtml(html, options.contentType);
  const doc = $.root()[0]!;
  const page = readMetadata(doc);
  const url = options.url ?? (page.canonical || page.meta.get('og:url'));

  const title = squash(
    chooseTitle({
      meta: page.meta,
      jsonLd: page.jsonLd,
      titleTag: page.titleTag,
      h1s: page.h1s.map((h) => squash(textContent(h))),
      h2s: page.h2s.map((h) => squash(textContent(h))),
      url,
    }),
  );

  const found = findContent(doc, page.body);
  // The writer's bio just after the body ends the story; chrome filters may have set it aside by its class.
  const bio = found.via === 'page' ? undefined : findAuthorBio(found.roots);
  if (bio) {
    found.dropped.delete(bio);
    found.roots.push(bio);
  }
  cleanContent(found.roots, found.dropped, { title });
  const text = withJsonLdFallback(filterParagraphs(renderParagraphs(found.roots, found.dropped)), page.jsonLd).join('\n\n');

  const article = page.jsonLd[0];
  const declared = [page.htmlLang, page.meta.get('content-language'), page.meta.get('og:locale'), article?.inLanguage];
  const lang = detectLang({ declared, text: `${title}\n${text}`, defaultLang: options.defaultLang });
  const publishedAt = findPublishedDate(
    {
      meta: page.meta,
      jsonLd: page.jsonLd,
      dateElements: page.dateElements,
      content: found.roots,
      body: page.body,
      skip: skipForDates,
    },
    isKoreanSite(lang, declared, url) ? KST : 'Z',
  );
  return { title, publishedAt, lang, text };
}
