/**
 * Decides whether a page is Korean or English (the two languages the detectors know).
 *
 * The text decides when there is enough of it: Korean templates are copied into English
 * editions with `lang="ko"` left in, and some Korean sites declare `lang="en"`. With
 * little text, the declaration (`<html lang>`, `og:locale`, JSON-LD `inLanguage`) decides,
 * then the caller's default.
 */
import type { Lang } from '../core/types';

export interface LangSources {
  /** Declared language tags, best first (`ko-KR`, `en_US`, ...); empty ones are ignored. */
  declared: readonly (string | undefined)[];
  /** The article text (title and body). */
  text: string;
  defaultLang?: Lang;
}

/** Letters needed before Latin text outweighs the declaration. */
const ENOUGH_LETTERS = 80;
/**
 * Hangul syllables that make a text Korean whatever is declared: a sentence's worth. Hangul is
 * strong evidence (nothing else writes it), Latin weak (Korean news is full of Latin names).
 */
const ENOUGH_HANGUL = 20;
/** Share of Hangul among letters from which a text is Korean (Korean news mixes in Latin names). */
const KOREAN_SHARE = 0.25;

/**
 * Hangul syllables and jamo as a share of all letters in `text`.
 *
 * @example
 * hangulShare('삼성 HBM') // => 2 / 5
 */
export function hangulShare(text: string): { share: number; letters: number } {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const hangul = text.match(/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/g)?.length ?? 0;
  return { share: letters > 0 ? hangul / letters : 0, letters };
}

/**
 * The page language.
 *
 * @example
 * detectLang({ declared: ['en'], text: '삼성전자가 평택 캠퍼스에 새 반도체 라인을 짓는다고 24일 밝혔다. …' }) // => 'ko'
 */
export function detectLang(sources: LangSources): Lang {
  const { share, letters } = hangulShare(sources.text);
  if (share >= KOREAN_SHARE && letters * share >= ENOUGH_HANGUL) return 'ko';
  if (letters >= ENOUGH_LETTERS) return share >= KOREAN_SHARE ? 'ko' : 'en';
  const declared = sources.declared.find((d) => d && d.trim());
  if (declared) return /^ko\b|^ko[-_]|^kor\b/i.test(declared.trim()) ? 'ko' : 'en';
  if (letters > 0 && share >= KOREAN_SHARE) return 'ko';
  // A few Latin words with nothing declared are weak evidence: the caller's default wins.
  return sources.defaultLang ?? 'en';
}
