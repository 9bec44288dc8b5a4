/**
 * Name normalisation shared by alias matching, discovered-project ids and coreference.
 * The same form is used by the evaluation scorer (DESIGN: NFKC, lower case, no spaces or
 * punctuation), so "시흥 제2 데이터센터" and "시흥제2데이터센터" are one name.
 */

/**
 * NFKC, lower case, letters and digits only (any script).
 *
 * @example
 * normaliseName('Kakao Data Center (Ansan)'); // 'kakaodatacenteransan'
 * normaliseName('시흥 제2데이터센터'); // '시흥제2데이터센터'
 */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The id of a project that is not on the watchlist: `<owner>:<normalised name>`, where the
 * owner is the watchlist org id or the normalised discovered org name, and `unknown` when
 * the text names no owner.
 *
 * @example
 * discoveredProjectId('samsung', '평택 P5 라인'); // 'samsung:평택p5라인'
 * discoveredProjectId(null, 'Abilene data center'); // 'unknown:abilenedatacenter'
 */
export function discoveredProjectId(org: string | null, name: string): string {
  const owner = org === null ? 'unknown' : normaliseName(org) || 'unknown';
  return `${owner}:${normaliseName(name)}`;
}

/** Any white space that is not a single plain space between two other characters. */
const UNTIDY = /\s\s|[^\S ]|^\s|\s$/;

/**
 * Collapses runs of white space and trims, for names and evidence as written. Most text is
 * already tidy and is returned as it is, without a copy: every event of a sentence tidies
 * the same evidence.
 *
 * @example
 * tidy('  Ohio   One\tfab '); // 'Ohio One fab'
 */
export function tidy(text: string): string {
  return UNTIDY.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
