/**
 * The publication time written as a byline in text: "입력 : 2023-11-24 오후 2:05:26",
 * "기사입력 2023.11.24 14:05", "승인 2023.11.24 14:05", "등록 2023-11-24 14:05 / 수정 …",
 * "Published: Nov 24, 2023". Used on page text and on plain-text input (`radar analyze FILE`).
 */
import type { Lang } from '../core/types';
import { parseLooseDate } from '../text/dates';
import { BYLINE_DATE_LABEL, BYLINE_DATE_SPAN } from './date-rules';
import { squash } from './dom';

/** Korean pages that write times without a zone mean Korea Standard Time. */
export const KST = '+09:00';

/**
 * Rewrites the date spellings of Korean CMSs that the general date parser does not read:
 * compact stamps in meta tags (`20231124140503`, Daum's `og:regDate`) and a time in
 * brackets after the date (`2023.11.24 (14:05)`, broadcasters' bylines).
 *
 * @example
 * normaliseDateText('20231124140503') // => '2023-11-24 14:05:03'
 */
export function normaliseDateText(text: string): string {
  const compact = /^\s*(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?\s*$/.exec(text);
  if (compact) {
    const [, y, mo, d, h, mi, sec] = compact;
    return h ? `${y}-${mo}-${d} ${h}:${mi}:${sec ?? '00'}` : `${y}-${mo}-${d}`;
  }
  return text.replace(/\((\d{1,2}:\d{2}(?::\d{2})?)\)/g, ' $1');
}

/**
 * Parses a date as pages write it, as ISO 8601 UTC; zone-less times are read in `defaultOffset`.
 *
 * @example
 * parsePageDate('2023.11.24 (14:05)', KST) // => '2023-11-24T05:05:00.000Z'
 */
export function parsePageDate(text: string | undefined, defaultOffset: string): string | null {
  return text ? parseLooseDate(normaliseDateText(text), { defaultOffset }) : null;
}

/**
 * The first date introduced by a byline label in `text`, as ISO 8601 UTC, or null.
 *
 * @example
 * findBylineDate('홍길동 기자 | 입력 : 2023-11-24 오후 2:05:26 | 수정 …', KST) // => '2023-11-24T05:05:26.000Z'
 */
export function findBylineDate(text: string, defaultOffset: string): string | null {
  const flat = squash(text);
  for (const m of flat.matchAll(BYLINE_DATE_LABEL)) {
    const start = m.index + m[0].length;
    const found = parsePageDate(flat.slice(start, start + BYLINE_DATE_SPAN), defaultOffset);
    if (found) return found;
  }
  return null;
}

/**
 * The publication time of a plain-text article from its byline; Korean text is read in KST.
 *
 * @example
 * findPublishedInText('제목\n기사입력 2023.11.24 14:05\n본문…', 'ko') // => '2023-11-24T05:05:00.000Z'
 */
export function findPublishedInText(text: string, lang: Lang): string | null {
  return findBylineDate(text, lang === 'ko' ? KST : 'Z');
}
