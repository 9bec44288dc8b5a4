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
  /\b(?:construction|building|works|project|site|facilit(?:y|ies)|plants?|factor(?:y|ies)|fabs?|mine|pipeline|terminal|reactors?|units?|wing|hospital|headquarters|campus|cent(?:er|re)|farm|station|complex|park|refinery|smelter|mill|cracker|train|tower|stadium|arena|airport|bridge|tunnel|railway|line|hub|models?|LLM|chatbot|app|service|offering|platform|region|gigafactory|megafab|warehouse|terminal|port|dam|school|museum|library|opening|commissioning|completion|start-up|startup|groundbreaking)\b/i;

/**
 * Korean: works (공사, 건설, 건립, 증설), facilities (공장, 시설, 설비, 센터, 단지, 발전소,
 * 원전, 호기, 고로) and released software (모델, 앱, 서비스). Matched inside words, since
 * Korean compounds them ("신축공사", "생산시설").
 */
export const KO_PROJECT_WORD =
  /(?:공사|건설|건립|신축|증설|사업|투자\s?(?:계획|일정)|투자협약|투자\s?양해각서|공장|시설|설비|센터|단지|산단|발전소|원전|호기|고로|제철소|모델|앱|서비스|플랫폼|캠퍼스|청사|건물|병원|학교|터미널|공항|철도|노선|항만|댐|기지|라인|팹|플랜트|착공|준공|완공|가동|개통|개장|개관|출시)/;

/**
 * Themes that are not a project's step, per status: a cue whose object or passive subject
 * is one of these says nothing of a project ("cancels takeover bid", "a bond deal was called
 * off", "approved an agreement", "completed the framework", "허가를 보류", "인수를 중단").
 */
const EN_NOT_PROJECT_NOUNS: Readonly<Partial<Record<string, string>>> = {
  CANCELLED: String.raw`takeover|bids?|bond\s+deal|deal|merger|acquisition|application|permit|licen[cs]e|tender|offer|ceremony|ribbon[\s-]cutting|vote|hearing|talks|flights?|games?|match|concert|event`,
  ON_HOLD: String.raw`takeover|bids?|merger|acquisition|application|permit|licen[cs]e|tender|ceremony|vote|hearing|talks|flights?|trading|shares|payments?|dividends?`,
  DELAYED: String.raw`ceremony|ribbon[\s-]cutting|vote|hearing|decision|ruling|flights?|games?|permitting|payments?|results|earnings|report`,
  RESUMED: String.raw`talks|negotiations|trading|flights?|games?|payments?|hearing|vote|study`,
  APPROVED: String.raw`agreement|settlement|tax\s+break|tax\s+breaks|tax\s+exemption|subsidy|subsidies|incentives?|budget|rates?|dividend|merger|acquisition|deal|loan|bonds?|plan\s+to\s+sell`,
  COMPLETED: String.raw`framework|footings|foundation\s+walls|foundations|module\s+fabrication(?:\s+program)?|feasibility\s+study|study|design|financing|acquisition|purchase|sale|deal|phase\s+I|first\s+phase|first\s+of\s+these|three-quarters|half|steel\s+beam|topping[\s-]out`,
};
const KO_NOT_PROJECT_NOUNS: Readonly<Partial<Record<string, string>>> = {
  CANCELLED: '인수|합병|M&A|입찰|사업참여|참여|착공신고|신고|집회|경기|공연|항공편',
  ON_HOLD: '인수|합병|M&A|입찰|허가|심의|의결|거래|매매',
  DELAYED: '심의|의결|결정|선고|재판|경기|항공편',
  RESUMED: '심의|협상|논의|거래|경기',
  APPROVED: '지정계획|변경안|보조금|지원금|예산|규정',
};

const compiled = new Map<string, RegExp | undefined>();
function patternFor(lang: 'ko' | 'en', status: string, side: 'after' | 'before'): RegExp | undefined {
  const key = `${lang}:${status}:${side}`;
  if (compiled.has(key)) return compiled.get(key);
  const nouns = (lang === 'ko' ? KO_NOT_PROJECT_NOUNS : EN_NOT_PROJECT_NOUNS)[status];
  let re: RegExp | undefined;
  if (nouns !== undefined) {
    if (lang === 'en') {
      re = side === 'after'
        ? new RegExp(String.raw`^\s+(?:(?:the|its|their|a|an|his|her|this|that)\s+)?(?:(?!(?:after|before|amid|as|because|following|when|while|with|since|until|over|despite)\b)[\w$.,'’-]+\s+){0,3}?(?:${nouns})\b`, 'i')
        : new RegExp(String.raw`(?:^|\b(?:the|a|an|its|their)\s+|^\s*)(?:[\w$.,'’-]+\s+){0,3}?(?:${nouns})\s+(?:[\w'’-]+\s+){0,6}?(?:was|were|has\s+been|had\s+been|have\s+been|is|are|been)\s+(?:\w+\s+)?$`, 'i');
    } else {
      // Korean: the noun with its object or subject particle right before the predicate.
      re = new RegExp(`(?:${nouns})(?:을|를|이|가|은|는|도)?\\s*(?:[^\\s.]+\\s+){0,2}?$`);
    }
  }
  compiled.set(key, re);
  return re;
}

/** Is the cue's theme something other than a project (a bid, a deal, a review, a permit procedure)? */
export function notProjectTheme(lang: 'ko' | 'en', status: string, before: string, after: string): boolean {
  const a = lang === 'en' ? patternFor(lang, status, 'after') : undefined;
  const b = patternFor(lang, status, 'before');
  return (a !== undefined && a.test(after)) || (b !== undefined && b.test(before));
}
