/**
 * Korean morphology as regex fragments, for the cue lists.
 *
 * Korean is agglutinative: a Sino-Korean noun such as 무산 becomes a predicate with the
 * light verbs 하다 (active: 가동했다, 체결하고) or 되다 (passive: 무산됐다, 중단되면서), and
 * case particles attach straight to a noun (가동에, 착공을, 출시가). A cue therefore matches
 * a stem only with the endings that make it that word: 연기 + 됐다/한다/하기로 is a
 * postponement, while 연기 + 가/력 (acting, smoke) is not, because 가 and 력 are not in the
 * allowed continuations of that entry.
 */

/** 하다 forms: 하 (하고/하며/하기로/하지), 한 (한다), 할, 함, 합(니다), 해, 했, 하였, 키로 (하기로 contracted). */
export const HADA = '(?:하였|하여|키로|하|한|할|함|합|해|했)';

/** 되다 forms: 되 (되고/되면서/되지), 된 (된다), 될, 됨, 됩, 돼, 됐, 되었. */
export const DOEDA = '(?:되었|되어|되|된|될|됨|됩|돼|됐)';

/**
 * Particles and copula endings that may close a bare noun (가동에, 착공을, 무산이다). The
 * word must end right after them: that is what keeps 가동률 (utilisation) and 추진력 (drive)
 * out.
 */
export const NOUN_PARTICLES =
  '(?:으로는|으로도|이었다|이었고|이었지만|이었으나|이라고|이라는|이지만|에서도|에서는|이다|이며|이고|이라|이란|이었|에도|에는|에서|까지|조차|마저|부터|으로|이|가|을|를|은|는|도|에|의|과|와|만|로|였|인|임)';

/** Not a letter or digit: the end of a Korean word (a Latin letter after 오픈 makes 오픈AI). */
export const WORD_END = '(?![가-힣A-Za-z0-9])';

/**
 * Suffixes that attach to a cue noun without a space and change what it means, so the
 * modality rules must still see them: 무산설 (rumour), 무산위기, 착공예정, 가동계획.
 */
export const NOUN_SUFFIX_LOOKAHEAD = '(?=설|위기|우려|가능성|계획|예정|방침|목표|여부|결정|발표|소식|시점|일정|시기|절차|신청|준비)';

/** A bare noun cue: the stem, optional particles, then a word end (or a suffix the modality rules read). */
export function noun(stem: string): string {
  return `${stem}(?:${NOUN_PARTICLES}?${WORD_END}|${NOUN_SUFFIX_LOOKAHEAD})`;
}

/** The stem with 하다 endings (active predicate). */
export function hada(stem: string): string {
  return `${stem}${HADA}`;
}

/** The stem with 되다 endings (passive predicate). */
export function doeda(stem: string): string {
  return `${stem}${DOEDA}`;
}

/** Any of 하다 / 되다 endings, or the bare noun. */
export function verbOrNoun(stem: string): string {
  return `(?:${hada(stem)}|${doeda(stem)}|${noun(stem)})`;
}

/** 하다 / 되다 endings only (the bare noun is ambiguous: 연기 acting, 연기 smoke). */
export function verbOnly(stem: string): string {
  return `(?:${hada(stem)}|${doeda(stem)})`;
}
