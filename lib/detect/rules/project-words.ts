/**
 * Words that make a clause about a project when no name or class noun (rules/entity-*.ts
 * heads) was found in it: the detector then still reads the status from the predicate and
 * leaves the project unresolved. Kept broad on purpose: they decide only whether a claim is
 * about *something built or released*, never which project it is.
 */

/**
 * English: facilities, the works on them, and released software. "work" needs its plural
 * or a building word nearby to avoid "work on the policy"; "model" is an AI model here.
 */
export const EN_PROJECT_WORD =
  /\b(?:construction|building|works|project|site|facilit(?:y|ies)|plants?|factor(?:y|ies)|fabs?|mine|pipeline|terminal|reactors?|units?|wing|hospital|headquarters|campus|cent(?:er|re)|farm|station|complex|park|refinery|smelter|mill|cracker|train|tower|stadium|arena|airport|bridge|tunnel|railway|line|hub|models?|LLM|chatbot|app|service|offering|platform|region|gigafactory|megafab|warehouse|terminal|port|dam|school|museum|library)\b/i;

/**
 * Korean: works (공사, 건설, 건립, 증설), facilities (공장, 시설, 설비, 센터, 단지, 발전소,
 * 원전, 호기, 고로) and released software (모델, 앱, 서비스). Matched inside words, since
 * Korean compounds them ("신축공사", "생산시설").
 */
export const KO_PROJECT_WORD =
  /(?:공사|건설|건립|신축|증설|사업|공장|시설|설비|센터|단지|산단|발전소|원전|호기|고로|제철소|모델|앱|서비스|플랫폼|캠퍼스|청사|건물|병원|학교|터미널|공항|철도|노선|항만|댐|기지|라인|팹|플랜트)/;
