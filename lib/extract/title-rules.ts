/**
 * Data for choosing and cleaning the title: where pages keep it, how they join the
 * site name to it, and what a site name looks like when nothing else names the site.
 */

/** `<meta>` keys holding the story title, best first. */
export const TITLE_META_KEYS: readonly string[] = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'title', 'sailthru.title', 'parsely-title'];

/** `<meta>` keys holding the site's name, for recognising it at the edge of a title. */
export const SITE_NAME_META_KEYS: readonly string[] = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site', 'al:android:app_name', 'al:iphone:app_name'];

/**
 * Separators between a headline and a site or section name: " - ", " | ", " :: ", " – ",
 * " — ", " · ", " » ", " < " (Korean CMSs: "제목 < 산업 < 기사본문 - 사이트"), " : " (Naver
 * titles end in " : 네이버 뉴스"), full-width bars, and "_" (Chinese portals: "标题_科技_腾讯网").
 * Spaces around them are required (except the full-width and underscore forms), so
 * "SK-Hynix" and "Q3:" never split.
 */
export const TITLE_SEPARATOR = /\s+(?:[|\-–—·•»>:<]|::|ㅣ)\s+|\s*[｜]\s*|(?<=\S)_(?=\S)/g;

/**
 * Endings that mark a short segment as a publication name when no `og:site_name` or host
 * matches it: 연합뉴스, 한국경제, 전자신문, 디지털데일리, The Korea Times, Tech Daily ...
 */
export const SITE_NAME_ENDING =
  /(?:뉴스|일보|신문|경제|데일리|타임스|투데이|저널|포스트|방송|미디어|닷컴|비즈|news|times|post|journal|tribune|herald|daily|gazette|review|wire|today|media|online|\.com|\.co\.kr|\.net|\.org)$/i;

/** At most this many characters make a segment short enough to be a site or section name. */
export const MAX_SITE_SEGMENT = 30;
