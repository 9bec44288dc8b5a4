/**
 * Where pages state their publication time. Data only; `published-date.ts` reads it.
 */

/**
 * `<meta>` keys (lower case) that hold the publication time, most trusted first.
 * Modification times (`article:modified_time`, `og:updated_time`) are left out on purpose:
 * a story updated today was not published today.
 */
export const PUBLISHED_META_KEYS: readonly string[] = [
  'article:published_time', // Open Graph article; most Korean and English news CMSs
  'og:article:published_time',
  'article:published',
  'published_time',
  'datepublished', // <meta itemprop="datePublished">
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'og:pubdate', // Korean CMSs that invented their own Open Graph names
  'og:regdate',
  'article:pub_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'date',
];

/** Labels that introduce the publication time in a Korean byline ("입력 2023.11.24 14:05", "[승인 2023-11-24]"). */
const KO_LABEL = '(?:최초\\s*)?(?:기사\\s*)?(?:입력|등록|승인|게재|송고|발행|작성|게시)(?:일시|일자|시간|시각|일)?';
/** English labels: "Published: November 24, 2023", "Posted on Nov 24, 2023", "First published on …". */
const EN_LABEL = '(?:first\\s+)?(?:published|posted|released)(?:\\s+on)?';

/**
 * A byline label directly followed by something that starts like a date. The date is read
 * from the text after the match. Labels for modification ("수정", "Updated") are absent on
 * purpose; in "등록 2023-11-24 14:05 / 수정 …" the first date is taken.
 */
export const BYLINE_DATE_LABEL = new RegExp(
  `(?:^|[^가-힣A-Za-z])(?:${KO_LABEL}|${EN_LABEL})\\s*[:：]?\\s*(?=\\d{4}[-./년]|\\d{1,2}[-./ ]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d)`,
  'gi',
);

/** How many characters after a label a date may take ("2023.11.24. 오후 2:05:26 KST"). */
export const BYLINE_DATE_SPAN = 40;

/**
 * Class/id words of blocks left out of the byline search: Korean site footers state the
 * newspaper's registration date ("등록일 : 2009.10.01", "등록연월일"), which the byline
 * labels would otherwise read as the story's date.
 */
export const DATE_SEARCH_SKIP_WORDS: ReadonlySet<string> = new Set(['footer', 'foot', 'copyright', 'company', 'corp', 'sitemap', 'family']);
