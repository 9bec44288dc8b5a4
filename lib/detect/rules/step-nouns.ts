/**
 * Step nouns that say which step a moved schedule moves ("production at its Arizona fab would
 * be delayed to 2025", "양산을 내년으로 연기했다"): a delay with a new target date and one of
 * these in its clause also gives that step `planned` for the new date (README rule 7).
 * Only nouns whose step is unambiguous are listed: "construction" may mean the start or the
 * finish, so it is left out.
 */
import type { Lang, Status } from '../../core/types';

/** One step noun pattern and the status whose schedule it names. */
export interface StepNoun {
  readonly pattern: RegExp;
  readonly status: Status;
}

/** Step nouns by language, tried in order. */
export const STEP_NOUNS: Readonly<Record<Lang, readonly StepNoun[]>> = {
  en: [
    { pattern: /\b(?:(?:mass|volume|commercial|full|chip|battery)\s+)?(?:production|operations?)\b/i, status: 'LAUNCHED' },
  ],
  ko: [
    // 양산 is also the city Yangsan: only with a particle or a schedule word after it.
    { pattern: /가동|상업\s*운전|양산(?=\s*(?:을|를|이|가|은|는|시점|시기|일정|목표|개시))/, status: 'LAUNCHED' },
  ],
};
