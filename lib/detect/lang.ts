/**
 * Language of a text by script share. A Hangul syllable holds about as much text as three
 * Latin letters (an English word averages ~5 letters, a Korean word ~2.5 syllables), so the
 * share weighs them so. Korean news carries many Latin letters ("SK하이닉스, HBM4 양산"),
 * English news the odd Hangul name in brackets; a share of 0.45 or more is Korean, 0.15 or
 * less English, and a short text between the two (a headline of brand names, a quote with
 * a Hangul gloss) takes the caller's `fallback` — the article's language — when given.
 */
import type { Lang } from '../core/types';

export type { Lang } from '../core/types';

/** Latin letters counted as one Hangul syllable's worth of text. */
const LATIN_PER_SYLLABLE = 3;
/** Weighted Hangul share from which a text is Korean whatever the fallback. */
const CLEARLY_KOREAN = 0.45;
/** Weighted Hangul share up to which a text is English whatever the fallback. */
const CLEARLY_ENGLISH = 0.15;
/** Between the two, without a fallback: the midpoint decides. */
const UNDECIDED_SPLIT = 0.3;

/** Counts of the letters that decide the language. */
export interface ScriptCounts {
  /** Hangul syllables and compatibility jamo. */
  hangul: number;
  /** ASCII and Latin-1 letters. */
  latin: number;
}

/**
 * Counts Hangul and Latin letters; digits, punctuation and other scripts are ignored.
 *
 * @example
 * countScripts('SK하이닉스 HBM4'); // { hangul: 4, latin: 5 }
 */
export function countScripts(text: string): ScriptCounts {
  let hangul = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e) || (c >= 0x1100 && c <= 0x11ff)) {
      hangul++;
    } else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) {
      latin++;
    }
  }
  return { hangul, latin };
}

/**
 * The weighted Hangul share of a text's letters, 0..1 (0 for a text without letters).
 *
 * @example
 * hangulShare('카카오가 데이터센터를 준공했다'); // 1
 */
export function hangulShare(text: string): number {
  const { hangul, latin } = countScripts(text);
  const weighted = hangul + latin / LATIN_PER_SYLLABLE;
  return weighted === 0 ? 0 : hangul / weighted;
}

/**
 * `'ko'` or `'en'` by the weighted Hangul share of the letters. A text without letters, or
 * one whose share is undecided (see the module comment), gets `fallback` when given.
 *
 * @example
 * detectLang('삼성전자가 평택 P4 공장을 착공했다'); // 'ko'
 * detectLang('Samsung broke ground on its 삼성 plant'); // 'en'
 * detectLang('Apple, iPhone 16 출시', 'en'); // 'en' (undecided: the article's language)
 */
export function detectLang(text: string, fallback?: Lang): Lang {
  const { hangul, latin } = countScripts(text);
  if (hangul === 0 && latin === 0) return fallback ?? 'en';
  const share = hangul / (hangul + latin / LATIN_PER_SYLLABLE);
  if (share >= CLEARLY_KOREAN) return 'ko';
  if (share <= CLEARLY_ENGLISH) return 'en';
  return fallback ?? (share >= UNDECIDED_SPLIT ? 'ko' : 'en');
}
