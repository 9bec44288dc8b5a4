/**
 * Patterns for names that share one head noun: "the Magdeburg and Poland plants",
 * "battery plants in Kaiserslautern and Termoli", "마그데부르크·폴란드 공장". Each conjunct is a
 * project of its own (see shared-head.ts).
 */

/** A run of one to three capitalised words right before a list joint, at the end of the text before a phrase. */
export const EN_LEFT_CONJUNCT = /(?:^|[\s(“"])((?:[A-Z][\w.'’-]*|[A-Z0-9][\w-]*\d[\w-]*)(?:\s+(?:[A-Z][\w.'’-]*|\d+))*?)(\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*)$/;

/**
 * A place after a plural phrase's own place, each with its region: "plants in Kaiserslautern,
 * Germany, and Termoli, Italy" are two sites. Without regions ("data centers in Texas and New
 * York") the places may be one programme's, so they stay one project.
 */
export const EN_RIGHT_CONJUNCT = /^(?:,\s+[A-Z][\w.'-]*(?=,))(\s*,\s*and\s+|\s*,\s*|\s+and\s+)([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)(?:,\s+[A-Z][\w.'-]*(?=[\s,.;]|$))/;

/** Words that end a run of names on the left: possessives and determiners are not part of a conjunct. */
export const EN_CONJUNCT_STOP = /^(?:The|A|An|Its|Their|Both|Either|Neither|[A-Z][\w.-]*['’]s)$/;

/** A plural head noun ending an English phrase ("plants", "data centers", "factories"). */
export const EN_PLURAL_HEAD_END = /[a-z]s$/;

/** Korean names joined by a middle dot inside one word before a shared head: "마그데부르크·폴란드". */
export const KO_DOT_LIST = /^[가-힣A-Za-z][가-힣A-Za-z0-9]+(?:·[가-힣A-Za-z][가-힣A-Za-z0-9]+)+$/;
