/**
 * English status cues (DESIGN section 3), as data. Patterns are matched case-insensitively
 * at their anchors, on word boundaries. Inflections are spelled out per entry (delay /
 * delays / delayed / delaying) because English irregulars (broke ground, began, went live)
 * do not follow one rule. Other senses of a cue word (a delayed flight, a marketing
 * campaign launch, "launched an investigation", "approved a dividend") are excluded by
 * `notAfter` where the object gives them away, and otherwise by the entity attachment: a
 * cue without a project gives no event.
 */
import type { Status } from '../../core/types';
import type { CueForm, CueRule } from './types';

/**
 * A bare verb (delay, open, launch) is also a noun, an adjective or an imperative: it counts
 * only after a modal, "to", a negator, or a determiner (then it is the noun: "a delay").
 */
export const EN_BASE_BEFORE =
  /\b(?:will|would|could|may|might|can|shall|must|should|to|and|'ll|did|does|do|didn't|doesn't|don't|won't|wouldn't|couldn't|cannot|can't|not|never|the|a|an|its|their|his|her|this|that|any|further|another|possible|potential|major|long|lengthy|brief|temporary|indefinite|new|second|first|soft|official|planned|scheduled|expected|full|formal|commercial|public)\s+(?:\w+\s+)?$/i;

function cue(id: string, status: Status, anchors: string[], pattern: string, form: CueForm = 'verb', extra: Partial<CueRule> = {}): CueRule {
  return { id, status, anchors, pattern, form, weight: 0.85, ...extra };
}

/** Objects that make "launched / opened / released" something other than a project step. */
const NOT_A_LAUNCH =
  /^\s+(?:(?:an?|its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:investigations?|probes?|inquir(?:y|ies)|campaigns?|lawsuits?|suits?|bids?|attacks?|offensives?|reviews?|appeals?|search|ads?|advertising|marketing|efforts?|challenges?|strikes?|missiles?|rockets?|satellites?|crackdowns?|audits?|study|studies|petitions?|tender|takeover|consultations?|surveys?|recalls?|IPO|fundraising|funds?|buybacks?|fire|higher|lower|flat|trading|talks|negotiations|bidding|applications|registration|pre-?orders|orders|a window|the way|the door|doors? to|results|earnings|statements?|reports?|figures|data|guidance|findings|videos?|footage|documents|details|prisoners|hostages|a statement|from)\b/i;

/** Heads of a planned construction object after "announced": "announced a $10 billion data center". */
const FACILITY_OBJECT = /^\s+(?:a|an|its|their|the|plans?\s+for\s+(?:a|an|its|the))\s+(?:[\w$.,'-]+\s+){0,6}?(?:data\s+cent(?:er|re)s?|datacent(?:er|re)s?|campus|plant|fab|factory|facility|cluster|gigafactory|hub|project|model|service|platform)\b/i;

/** A date soon after a participle: what makes "a memorandum signed in March 2022" a dated recap. */
const RECAP_DATE_AFTER =
  /^[^.;]{0,50}?\b(?:(?:19|20)\d{2}|Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?|last\s+(?:year|month|week|spring|summer|fall|autumn|winter)|earlier\s+this\s+(?:year|month)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;

export const EN_CUES: readonly CueRule[] = [
  // ── ANNOUNCED ───────────────────────────────────────────────────────────────
  // "announced plans to build", "unveiled plans for", "filed plans": the plan made public.
  cue(
    'en-announce-plans',
    'ANNOUNCED',
    ['announc', 'unveil', 'reveal', 'outlin', 'detail', 'laid', 'lay', 'file', 'submit', 'propos', 'present', 'disclos', 'confirm', 'make', 'made'],
    "(?:announc(?:ed|es|e|ing)|unveil(?:ed|s|ing)?|reveal(?:ed|s|ing)?|outlin(?:ed|es|e|ing)|detail(?:ed|s|ing)?|laid\\s+out|lays?\\s+out|fil(?:ed|es|e|ing)|submit(?:ted|s|ting)?|propos(?:ed|es|e|ing)|present(?:ed|s|ing)?|disclos(?:ed|es|ing)|confirm(?:ed|s|ing)?|made\\s+public|makes?\\s+public)\\s+(?:(?:its|their|his|her|the|a|an|new|ambitious|initial|formal|detailed|fresh|official|expansion|revised|long-awaited|\\$[\\d.,]+\\s*(?:billion|million|bn|m)?|[\\d.,]+\\s*(?:billion|million))\\s+){0,4}(?:plans?|proposals?|blueprints?|intentions?)\\b",
    'verb',
    { weight: 0.85, notAfter: /^\s+(?:to\s+(?:delay|postpone|scrap|cancel|halt|pause|suspend|abandon|close|shut|sell|cut|lay\s+off|withdraw|exit))/i },
  ),
  // "announced a $10 billion data center" (a facility or model as the object).
  cue('en-announce-object', 'ANNOUNCED', ['announc'], 'announc(?:ed|es|ing)', 'verb', { after: FACILITY_OBJECT, weight: 0.75 }),
  // "announced Gemini, a new family of AI models".
  cue('en-announce-named', 'ANNOUNCED', ['announc'], 'announc(?:ed|es|ing)', 'verb', { after: /^\s+[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3}\s*,\s+(?:a|an|its|the)\s/, weight: 0.75 }),
  // "will build", "plans to construct", "agreed to set up": a build verb under an intention.
  cue('en-announce-build', 'ANNOUNCED', ['build', 'construct', 'erect', 'set up', 'establish', 'develop', 'add'], '(?:build|construct|erect|set\\s+up|establish|develop|add)\\b', 'verb', {
    before: /\b(?:will|'ll|would|plans?\s+to|planning\s+to|intends?\s+to|intending\s+to|aims?\s+to|agreed\s+to|decided\s+to|is\s+to|are\s+to|set\s+to|seeks?\s+to|wants?\s+to|hopes?\s+to|proposes?\s+to|proposed\s+to|committed\s+to|pledged\s+to|vowed\s+to|expects?\s+to|is\s+expected\s+to|announced\s+(?:it\s+)?(?:would|will)|(?:its|their)\s+plan\s+to|plans?\s+(?:announced\s+)?(?:on\s+\w+\s+)?to|^(?:[A-Z][\w&.-]*\s+){1,3}to)\s+(?:\w+\s+)?$/i,
    // "would add 300 jobs", "will develop talent": what a project brings is not a new project.
    notAfter: /^\s+(?:(?:about|some|up\s+to|more\s+than|nearly|roughly|around|over)\s+)?(?:[\d,.]+\s*(?:\w+\s+)?|new\s+|local\s+|hundreds\s+of\s+|thousands\s+of\s+)?(?:jobs|workers|employees|staff|positions|people|talent|skills)\b/i,
    weight: 0.8,
  }),

  // "will invest $3.87 billion in", "will spend $50 billion building": money committed to a new project.
  cue('en-announce-invest', 'ANNOUNCED', ['invest', 'spend', 'pour', 'commit'], '(?:invest|spend|pour|commit)(?:s|ed|ing)?\\s+(?:up\\s+to\\s+|about\\s+|nearly\\s+|more\\s+than\\s+|over\\s+|another\\s+|an\\s+additional\\s+|roughly\\s+)?(?:US)?[$€£₩¥]\\s?[\\d.,]+\\s*(?:billion|million|bn|trillion|m|b)?\\b', 'verb', {
    before: /\b(?:will|'ll|would|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|agreed\s+to|decided\s+to)\s+(?:\w+\s+)?$/i,
    weight: 0.75,
  }),
  // Appositive recap with its own date: "The Arizona project, announced in May 2020, was …".
  cue('en-announce-appositive', 'ANNOUNCED', ['announced', 'unveiled', 'revealed'], '(?:announced|unveiled|revealed)\\b', 'verb', {
    before: /,\s*(?:first\s+|initially\s+|originally\s+|officially\s+)?$/i,
    after: RECAP_DATE_AFTER,
    notAfter: /^\s*(?:that|plans?|it|they|on\s+(?:its|their)\s+website)\b/i,
    weight: 0.75,
  }),
  cue('en-announce-passive', 'ANNOUNCED', ['announced', 'unveiled', 'revealed'], '(?:announced|unveiled|revealed)\\b', 'verb', { before: /\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:first\s+|initially\s+|originally\s+|officially\s+|formally\s+)?$/i, weight: 0.75 }),

  // ── MOU_SIGNED ──────────────────────────────────────────────────────────────
  cue(
    'en-mou-signed',
    'MOU_SIGNED',
    ['sign', 'ink', 'seal', 'clinch', 'struck', 'strike', 'reach', 'entered', 'enter', 'conclud'],
    '(?:sign(?:ed|s|ing)?|ink(?:ed|s|ing)?|seal(?:ed|s|ing)?|clinch(?:ed|es|ing)?|struck|strikes?|reach(?:ed|es|ing)?|enter(?:ed|s|ing)?\\s+into|conclud(?:ed|es|e|ing))\\s+(?:[\\w$.,-]+\\s+){0,5}?(?:MOU|MoU|memorand(?:um|a)(?:\\s+of\\s+(?:understanding|terms))?|agreement|deal|pact|letter\\s+of\\s+intent|LOI|contract|term\\s+sheet)s?\\b',
  ),
  cue(
    'en-mou-passive',
    'MOU_SIGNED',
    ['mou', 'memorandum', 'agreement', 'deal', 'pact', 'letter of intent', 'contract'],
    '(?:MOU|memorandum\\s+of\\s+understanding|memorandum|agreement|deal|pact|letter\\s+of\\s+intent|contract|term\\s+sheet)s?\\b[^.;]{0,90}?\\b(?:was|were|has\\s+been|had\\s+been|have\\s+been|is|are)\\s+(?:formally\\s+|officially\\s+|finally\\s+)?(?:signed|inked|sealed)\\b',
  ),
  // Reduced relative, the usual shape of a recap: "follows a memorandum signed in March",
  // "an MOU SK Telecom signed with Ulsan city". A preposition after the participle keeps
  // out "the agreement signed" as a bare adjective; the words between may be the signer
  // ("SK Telecom"), never an auxiliary ("has yet to be signed" is no signing).
  cue(
    'en-mou-reduced-relative',
    'MOU_SIGNED',
    ['mou', 'memorandum', 'agreement', 'pact', 'letter of intent'],
    "(?:MOU|MoU|memorandum\\s+of\\s+understanding|memorandum|agreement|pact|letter\\s+of\\s+intent|LOI)s?\\b(?:\\s+(?:that\\s+)?(?:(?!(?:has|have|had|is|are|was|were|be|been|being|yet|to|not|never|will|would|could|should|may|might|must|can|cannot|remains?|still|already|also|just|and|or|for|of|on|in|with)\\b)[\\w.&'’-]+\\s+){1,4}?)??,?\\s*(?:signed|inked|sealed)(?=\\s+(?:with|in|on|last|earlier|this|by|between|at|during|back)\\b)",
    'verb',
    // "wants an agreement signed with the city": a wish, not a signing.
    // An undated one is background ("the agreement signed by both sides"), not a recap (README rule 8).
    { weight: 0.8, after: RECAP_DATE_AFTER, notBefore: /\b(?:wants?|wanted|needs?|needed|seeks?|sought|hopes?\s+to\s+get|awaits?|awaiting|awaited|get|gets|getting|got|push(?:es|ed|ing)?\s+for|without)\s+(?:an?|the|its|their|any)\s+(?:[\w-]+\s+){0,3}$/i },
  ),
  cue('en-mou-ceremony', 'MOU_SIGNED', ['signing ceremony'], 'signing\\s+ceremony', 'ceremony', { weight: 0.75 }),

  // ── APPROVED ────────────────────────────────────────────────────────────────
  // "approved a dividend / budget / merger" is other business.
  cue('en-approve-verb', 'APPROVED', ['approv'], 'approv(?:ed|es|ing)\\b', 'verb', {
    notAfter: /^\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:\w+\s+)?(?:dividends?|budgets?|buybacks?|shares?|mergers?|acquisitions?|transactions?|stock|bonus(?:es)?|pay|rates?|minutes|nominees?|candidates?|drugs?|vaccines?|treatments?|loans?)\b/i,
    weight: 0.8,
  }),
  // "voted to approve", "is expected to approve": the base form after a modal or "to".
  cue('en-approve-base', 'APPROVED', ['approve'], 'approve\\b', 'verb', {
    before: EN_BASE_BEFORE,
    notAfter: /^\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:\w+\s+)?(?:dividends?|budgets?|buybacks?|shares?|mergers?|acquisitions?|transactions?|stock|bonus(?:es)?|pay|rates?|minutes|nominees?|candidates?|drugs?|vaccines?|treatments?|loans?)\b/i,
    weight: 0.75,
  }),
  cue(
    'en-approve-received',
    'APPROVED',
    ['receiv', 'won', 'win', 'secur', 'obtain', 'got', 'get', 'gain', 'grant', 'clear', 'land'],
    '(?:receiv(?:ed|es|e|ing)|won|wins?|winning|secur(?:ed|es|e|ing)|obtain(?:ed|s|ing)?|got|gets?|getting|gain(?:ed|s|ing)?|granted|landed|cleared)\\s+(?:(?:the|a|an|its|their|final|key|regulatory|environmental|state|federal|local|city|county|council|zoning|building|construction|planning|all|necessary|required|preliminary|formal|official|government|unanimous)\\s+){0,4}(?:approvals?|permits?|permission|green\\s+light|go-ahead|sign-off|clearance|rezoning|authori[sz]ation|licen[cs]es?|nod)\\b',
  ),
  cue(
    'en-approve-passive',
    'APPROVED',
    ['permit', 'approval', 'zoning', 'rezoning', 'planning permission', 'green light', 'go-ahead', 'license', 'licence'],
    '(?:permits?|approvals?|zoning|rezoning|planning\\s+permission|green\\s+light|go-ahead|licen[cs]es?)\\b[^.;]{0,90}?\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:formally\\s+|officially\\s+|finally\\s+)?(?:granted|issued|approved|given|cleared)\\b',
  ),
  cue('en-approve-issued', 'APPROVED', ['issu', 'grant'], '(?:issu(?:ed|es|e|ing)|grant(?:ed|s|ing)?)\\s+(?:[\\w$.,\'-]+\\s+){0,3}?(?:(?:a|an|the|its|final)\\s+)?(?:\\w+\\s+)?(?:permits?|licen[cs]es?|approvals?|authori[sz]ations?)\\b'),
  // "was cleared by regulators", "has been signed off by the council": a regulator's clearance, passive.
  cue('en-approve-cleared-by', 'APPROVED', ['cleared', 'signed'], '(?:cleared|signed\\s+off)\\s+by\\s+(?:(?:the|state|federal|local|city|county|national|european|eu|u\\.s\\.|antitrust|environmental|nuclear|energy|planning|zoning)\\s+){0,3}(?:regulators?|authorit(?:y|ies)|officials|councils?|commission(?:ers)?|board|supervisors|ministers?|government|agency|planners|watchdogs?|the\\s+[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,4})\\b', 'verb', {
    before: /\b(?:was|were|has\s+been|have\s+been|had\s+been|been|being|got|get)\s+(?:\w+\s+)?$/i,
    weight: 0.8,
  }),
  // "signed off on the campus": the approving body's verb (a sign-off, not a signing).
  cue('en-approve-signed-off', 'APPROVED', ['sign', 'signed', 'signs', 'signing'], 'sign(?:ed|s|ing)?\\s+off\\s+on\\b', 'verb', { weight: 0.8 }),
  cue('en-approve-gave', 'APPROVED', ['gave', 'give', 'greenlit', 'green-lit', 'greenlighted'], '(?:(?:gave|gives?|giving)\\s+(?:\\w+\\s+){0,3}?(?:the\\s+)?(?:green\\s+light|go-ahead|final\\s+approval|approval|nod)|greenlit|green-lit|greenlighted)\\b'),

  // ── CONSTRUCTION_STARTED ────────────────────────────────────────────────────
  cue('en-start-ground', 'CONSTRUCTION_STARTED', ['broke', 'break', 'broken'], '(?:broke|breaks?|breaking|broken)\\s+ground\\b'),
  cue('en-start-ground-passive', 'CONSTRUCTION_STARTED', ['ground'], 'ground\\s+(?:was|has\\s+been|is|will\\s+be)\\s+broken\\b'),
  // "the start of construction", "construction start": the step named as a noun (a delay's theme).
  cue('en-start-noun', 'CONSTRUCTION_STARTED', ['start', 'beginning', 'construction start'], '(?:(?:start|beginning|commencement)\\s+of\\s+(?:full-scale\\s+)?construction|construction\\s+start)\\b', 'noun', { weight: 0.75 }),
  cue(
    'en-start-construction',
    'CONSTRUCTION_STARTED',
    ['began', 'begin', 'begun', 'start', 'commenc', 'kick'],
    '(?:began|begins?|beginning|begun|start(?:ed|s|ing)?|commenc(?:ed|es|e|ing)|kick(?:ed|s|ing)?\\s+off)\\s+(?:(?:the|its|their|full-scale|main|initial|formal|official|physical|vertical|site)\\s+)?(?:construction|building|groundwork|site\\s+work|work\\s+on|works\\s+on|erecting)\\b',
  ),
  cue(
    'en-start-construction-subject',
    'CONSTRUCTION_STARTED',
    ['construction', 'work'],
    '(?:construction|work)\\s+(?:(?:on|of|at)\\s+(?:[\\w$.,\'-]+\\s+){0,8}?)?(?:has\\s+|had\\s+|officially\\s+|formally\\s+|finally\\s+|will\\s+|is\\s+(?:scheduled|expected|set|slated|due|planned)\\s+to\\s+|(?:was|were)\\s+(?:scheduled|expected|set|slated|due|planned)\\s+to\\s+)?(?:began|begun|begins|begin|started|starts|start|commenced|commences|commence|kicked\\s+off|got\\s+under\\s?way|is\\s+now\\s+under\\s?way)\\b',
    'verb',
    { weight: 0.8, spansSubject: true },
  ),
  // "held a groundbreaking (ceremony)". "groundbreaking research" is an adjective.
  cue('en-start-groundbreaking', 'CONSTRUCTION_STARTED', ['groundbreaking', 'ground-breaking'], 'ground-?breaking(?:\\s+ceremony)?\\b', 'ceremony', {
    notAfter: /^\s+(?:research|technology|technologies|discover\w*|work|study|innovation\w*|products?|ai|models?|results?|ideas?|approach\w*|deal|partnership|achievement|treatment|drug|paper|chip)\b/i,
    weight: 0.8,
  }),

  // ── COMPLETED ───────────────────────────────────────────────────────────────
  cue('en-complete-verb', 'COMPLETED', ['complet', 'finish', 'wrapped', 'wrap'], '(?:complet(?:ed|es|ing)|finish(?:ed|es|ing)|wrap(?:ped|s)\\s+up)\\b', 'verb', {
    notAfter:
      /^\s+(?:(?:the|its|a|an|their)\s+)?(?:\$?[\d.,]+\s*(?:billion|million)?\s+)?(?:acquisition|purchase|deal|merger|sale|transaction|offering|round|review|investigation|trial|test|study|survey|phase|takeover|buyback|refinancing|listing|ipo|spin-?off|restructuring|audit|year|quarter|season|course|degree|training)\b/i,
    weight: 0.75,
  }),
  cue('en-complete-base', 'COMPLETED', ['complete', 'finish'], '(?:complete|finish)\\b', 'verb', { before: EN_BASE_BEFORE, weight: 0.75 }),
  cue('en-complete-construction', 'COMPLETED', ['construction'], 'construction\\s+(?:(?:on|of|at)\\s+(?:[\\w$.,\'-]+\\s+){0,8}?)?(?:was|has\\s+been|is|had\\s+been|will\\s+be|is\\s+(?:scheduled|expected|set|slated|due)\\s+to\\s+be)?\\s*(?:completed|complete|finished|wrapped\\s+up)\\b', 'verb', { spansSubject: true }),
  cue('en-complete-noun', 'COMPLETED', ['completion'], 'completion\\b', 'noun', { weight: 0.7 }),

  // ── LAUNCHED ────────────────────────────────────────────────────────────────
  cue('en-launch-opened', 'LAUNCHED', ['opened', 'opens'], '(?:opened|opens)\\b', 'verb', { notAfter: NOT_A_LAUNCH, weight: 0.8 }),
  cue('en-launch-open', 'LAUNCHED', ['open'], 'open\\b', 'verb', { before: EN_BASE_BEFORE, notAfter: /^(?:\s+(?:source|up|to|for|questions?|letters?|secrets?|seats?|positions?|standards?|models?|weights?)\b|-source)|^\s+(?:market|markets)\b/i, weight: 0.75 }),
  cue('en-launch-opening', 'LAUNCHED', ['opening'], 'opening\\b', 'noun', {
    notAfter: /^\s+(?:remarks?|statements?|bell|prices?|hours|address|keynote|act|night|scene|rounds?|games?|match|weekend|salvo|gambit|moves?|positions?|arguments?|day|credits|up|of\s+(?:an?\s+)?(?:investigation|probe|inquiry|talks|negotiations|markets?))\b/i,
    before: /\b(?:the|its|their|an|a|official|grand|formal|soft|planned|scheduled|expected|public|delayed|full|commercial|ceremonial|'s)\s+$/i,
    weight: 0.7,
  }),
  cue('en-launch-live', 'LAUNCHED', ['went', 'goes', 'go ', 'going', 'gone'], '(?:went|goes|go|going|gone)\\s+live\\b'),
  cue('en-launch-online', 'LAUNCHED', ['came', 'comes', 'come', 'coming', 'brought', 'bring', 'went online'], '(?:came|comes?|coming|brought|brings?|bringing)\\s+(?:\\w+\\s+){0,3}?(?:online|on\\s?stream|on\\s?line)\\b'),
  cue(
    'en-launch-operations',
    'LAUNCHED',
    ['began', 'begin', 'begun', 'start', 'commenc', 'enter', 'entered'],
    '(?:began|begins?|beginning|begun|start(?:ed|s|ing)?|commenc(?:ed|es|e|ing)|enter(?:ed|s|ing)?)\\s+(?:(?:full|commercial|mass|volume|initial|trial|pilot|test|risk|its|their)\\s+){0,2}(?:operations?|operating|production|service|serving|shipping)\\b',
  ),
  cue('en-launch-passengers', 'LAUNCHED', ['began', 'begin', 'start', 'commenc'], '(?:began|begins?|beginning|begun|start(?:ed|s|ing)?|commenc(?:ed|es|e|ing))\\s+(?:carrying|serving|taking|accepting|welcoming|running|producing|shipping|generating|operating|supplying|delivering|manufacturing|making|assembling|building\\s+(?:cars|vehicles|cells|chips|batteries))\\b', 'verb', { weight: 0.75 }),
  cue('en-launch-noun-production', 'LAUNCHED', ['start', 'beginning', 'launch'], '(?:start|beginning|launch)\\s+of\\s+(?:commercial\\s+|mass\\s+|volume\\s+|full\\s+)?(?:production|operations?|service)\\b', 'noun', { weight: 0.75 }),
  // "mass production slated to begin in 2028", "operations will start in 2030", "production of logic chips due to start".
  cue(
    'en-launch-production-start',
    'LAUNCHED',
    ['production', 'operation', 'service', 'mass production', 'volume production', 'commercial operation', 'full production'],
    "(?:(?:mass|volume|commercial|full|chip|battery)\\s+)?(?:production|operations?|service)\\s+(?:of\\s+(?:[\\w-]+\\s+){1,3})?(?:at\\s+(?:[\\w.'-]+\\s+){1,4})?(?:is\\s+|are\\s+|will\\s+|would\\s+|has\\s+|had\\s+)?(?:(?:now\\s+)?(?:slated|scheduled|planned|set|due|expected|targeted|poised)\\s+)?(?:to\\s+)?(?:start|begin|commence)(?:s|ed)?\\b",
    'verb',
    { weight: 0.75, spansSubject: true },
  ),
  // "with production targeted by the end of 2025", "commercial operation is slated for 2027": the start scheduled as a noun.
  cue(
    'en-launch-production-targeted',
    'LAUNCHED',
    ['production', 'operation', 'mass production', 'volume production', 'commercial operation', 'first power'],
    '(?:(?:mass|volume|commercial|full|chip|battery)\\s+)?(?:production|operations?|first\\s+power)\\s+(?:(?:of|at)\\s+(?:[\\w$.,\'-]+\\s+){1,6}?)?(?:is\\s+|are\\s+|was\\s+|remains\\s+)?(?:now\\s+)?(?:targeted|slated|scheduled|planned|set|due|pencil+ed\\s+in)\\s+(?:for|by|in|around|before)\\b',
    'verb',
    { weight: 0.75, spansSubject: true },
  ),
  // A power station "generated its first power", "will not generate electricity until 2029".
  cue('en-launch-generate', 'LAUNCHED', ['generat', 'produc', 'deliver', 'supply', 'suppli'], '(?:generat(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|suppl(?:y|ies|ied|ying))\\s+(?:its\\s+|their\\s+)?(?:first\\s+)?(?:power|electricity)\\b', 'verb', { weight: 0.75 }),
  // A product or model "will not arrive until next year", "is set to arrive in 2026": the arrival is the release.
  cue('en-launch-arrive', 'LAUNCHED', ['arrive'], 'arrive\\b', 'verb', { before: /\b(?:will|'ll|would|won't|wouldn't|not|to|should)\s+(?:\w+\s+)?$/i, after: /^\s+(?:\w+\s+){0,2}?(?:until|in|by|later|next|this|early|late|before|around|sometime)\b/i, weight: 0.7 }),
  // "the reactor was commissioned in 2021": a plant put into service. The active voice
  // ("commissioned a study", "was commissioned to design") is ordering work, not a launch.
  cue('en-launch-commissioned', 'LAUNCHED', ['commissioned'], 'commissioned\\b', 'verb', {
    before: /\b(?:was|were|has\s+been|have\s+been|had\s+been|been|be|being)\s+(?:fully\s+|formally\s+|officially\s+|finally\s+|successfully\s+)?$/i,
    notAfter: /^\s+(?:to|as|for\s+(?:a|an|the)\s+(?:study|report|review|survey))\b/i,
    weight: 0.75,
  }),
  cue('en-launch-operational', 'LAUNCHED', ['became', 'become', 'becomes', 'becoming'], '(?:became|becomes?|becoming)\\s+(?:fully\\s+)?operational\\b', 'verb', { weight: 0.8 }),
  cue('en-launch-launched', 'LAUNCHED', ['launch'], 'launch(?:ed|es|ing)\\b', 'verb', { notAfter: NOT_A_LAUNCH, weight: 0.8 }),
  cue('en-launch-launch', 'LAUNCHED', ['launch'], 'launch\\b', 'verb', { before: EN_BASE_BEFORE, notAfter: NOT_A_LAUNCH, weight: 0.75 }),
  cue('en-launch-released', 'LAUNCHED', ['releas'], 'releas(?:ed|es|ing)\\b', 'verb', { notAfter: NOT_A_LAUNCH, weight: 0.75 }),
  cue('en-launch-release', 'LAUNCHED', ['release'], 'release\\b', 'verb', { before: EN_BASE_BEFORE, notAfter: NOT_A_LAUNCH, weight: 0.7 }),
  cue('en-launch-rollout', 'LAUNCHED', ['roll'], 'roll(?:ed|s|ing)?\\s+(?:\\w+\\s+){0,3}?out\\b', 'verb', { weight: 0.75 }),
  // "unveiled" launches a product and announces a facility (the project's kind decides).
  cue('en-launch-unveiled', 'LAUNCHED', ['unveil'], 'unveil(?:ed|s|ing)\\b', 'verb', { facilityStatus: 'ANNOUNCED', weight: 0.75 }),
  cue('en-launch-debut', 'LAUNCHED', ['debut'], 'debut(?:ed|s|ing)?\\b', 'verb', { weight: 0.75 }),
  cue('en-launch-inaugurated', 'LAUNCHED', ['inaugurat'], 'inaugurat(?:ed|es|ing)\\b', 'verb', { weight: 0.8 }),
  cue('en-launch-available', 'LAUNCHED', ['made', 'make', 'became', 'become', 'is now', 'now available', 'generally available'], '(?:(?:made|makes?|making)\\s+(?:[\\w+-]+\\s+){0,5}?available|(?:became|becomes?|is\\s+now|now)\\s+(?:generally\\s+)?available|generally\\s+available)\\b', 'verb', { weight: 0.7 }),

  // ── DELAYED ─────────────────────────────────────────────────────────────────
  cue('en-delay-delayed', 'DELAYED', ['delay'], 'delay(?:ed|s|ing)\\b'),
  cue('en-delay-delay', 'DELAYED', ['delay'], 'delay\\b', 'verb', { before: EN_BASE_BEFORE, weight: 0.8 }),
  cue('en-delay-postponed', 'DELAYED', ['postpon'], 'postpon(?:ed|es|e|ing|ement)\\b'),
  cue('en-delay-pushed', 'DELAYED', ['push'], "push(?:ed|es|ing)?\\s+(?:(?:the|its|their|it|them|[\\w'-]+)\\s+){0,3}?(?:back|out)\\b"),
  // "pushed the release of KoGPT 2.0 to next year": pushed … to a later time.
  // (The match is the verb alone, so the step in between stays a cue of its own: the theme.)
  cue('en-delay-pushed-to', 'DELAYED', ['push'], "push(?:ed|es|ing)?(?=\\s+(?:[\\w.'-]+\\s+){1,8}?(?:to|into|until)\\s+(?:next|late|early|mid|the\\s+end|the\\s+(?:first|second)\\s+half|\\d{4}|Q\\d|H\\d|spring|summer|fall|autumn|winter)\\b)", 'verb', { weight: 0.8 }),
  // "three years late", "seven years behind schedule".
  cue('en-delay-years-late', 'DELAYED', ['year', 'month', 'week'], '(?:years?|months?|weeks?)\\s+(?:late|behind\\s+schedule|later\\s+than\\s+(?:planned|scheduled|expected))\\b', 'verb', { weight: 0.8 }),
  cue('en-delay-longer', 'DELAYED', ['take longer', 'took longer', 'taking longer'], '(?:take|takes|took|taking)\\s+longer\\s+(?:to\\s+\\w+\\s+)?than\\s+(?:expected|planned|anticipated)\\b', 'verb', { weight: 0.75 }),
  cue('en-delay-deferred', 'DELAYED', ['defer'], 'defer(?:red|s|ring)?\\b', 'verb', { weight: 0.8 }),
  cue('en-delay-slipped', 'DELAYED', ['slip'], 'slip(?:ped|s|ping)?\\s+(?:to|into|from|by|further|again|back)\\b', 'verb', { weight: 0.75 }),
  cue('en-delay-behind', 'DELAYED', ['behind schedule'], 'behind\\s+schedule\\b', 'verb', { weight: 0.8 }),
  cue('en-delay-later', 'DELAYED', ['later than'], 'later\\s+than\\s+(?:planned|expected|scheduled|originally\\s+(?:planned|scheduled|expected)|initially\\s+(?:planned|expected))\\b'),
  cue('en-delay-slowed', 'DELAYED', ['slow'], 'slow(?:ed|s|ing)?\\s+(?:(?:the\\s+)?(?:pace\\s+of\\s+)?)(?:construction|work|building|development)\\b', 'verb', { weight: 0.75 }),
  cue('en-delay-moved-back', 'DELAYED', ['mov'], 'mov(?:ed|es|e|ing)\\s+(?:(?:the|its|their|it)\\s+)?(?:\\w+\\s+){0,2}?back\\b', 'verb', { weight: 0.7 }),

  // ── ON_HOLD ─────────────────────────────────────────────────────────────────
  cue('en-hold-paused', 'ON_HOLD', ['paus'], 'paus(?:ed|es|ing)\\b'),
  cue('en-hold-pause', 'ON_HOLD', ['pause'], 'pause\\b', 'verb', { before: EN_BASE_BEFORE, weight: 0.8 }),
  cue('en-hold-halted', 'ON_HOLD', ['halt'], 'halt(?:ed|s|ing)?\\b', 'verb', { notAfter: /^\s+(?:to|in\s+its\s+tracks)\b/i }),
  cue('en-hold-suspended', 'ON_HOLD', ['suspen'], '(?:suspend(?:ed|s|ing)?|suspension)\\b', 'verb', { weight: 0.8 }),
  cue('en-hold-on-hold', 'ON_HOLD', ['on hold', 'on ice', 'on the back burner'], 'on\\s+(?:hold|ice|the\\s+back\\s?burner)\\b'),
  cue('en-hold-froze', 'ON_HOLD', ['froze', 'freez'], '(?:froze|frozen|freez(?:es|e|ing))\\b', 'verb', { weight: 0.65, notAfter: /^\s+(?:hiring|prices?|wages?|salaries|pay|assets|accounts|rates?)\b/i }),
  cue('en-hold-mothballed', 'ON_HOLD', ['mothball'], 'mothball(?:ed|s|ing)?\\b'),
  // "shelved" is read as CANCELLED, with scrapped and abandoned (Korean 보류 is ON_HOLD).
  cue('en-cancel-shelved', 'CANCELLED', ['shelv'], '(?:shelv(?:ed|es|e|ing))\\b', 'verb', { weight: 0.75 }),
  // A stop-work order issued halts the work; one lifted or blocked does the opposite.
  cue('en-hold-stop-work', 'ON_HOLD', ['stop-work', 'stop work'], 'stop[-\\s]work\\s+order', 'noun', { weight: 0.75, before: /\b(?:issued|imposed|ordered|slapped|received|hit\s+with|under)\s+(?:\S+\s+){0,3}$/i }),
  cue('en-hold-stopped', 'ON_HOLD', ['stop', 'ceas'], '(?:stop(?:ped|s|ping)?|ceas(?:ed|es|e|ing))\\s+(?:all\\s+)?(?:construction|work|building)\\b', 'verb', { weight: 0.8 }),
  cue('en-hold-work-stopped', 'ON_HOLD', ['work', 'construction'], '(?:work|construction)\\s+(?:has\\s+|had\\s+|was\\s+)?(?:stopped|halted|ceased|stalled)\\b'),
  cue('en-hold-stalled', 'ON_HOLD', ['stall'], 'stall(?:ed|s|ing)\\b', 'verb', { weight: 0.6 }),

  // ── CANCELLED ───────────────────────────────────────────────────────────────
  cue('en-cancel-cancelled', 'CANCELLED', ['cancel'], 'cancel(?:l?ed|s|l?ing|lation)\\b'),
  cue('en-cancel-cancel', 'CANCELLED', ['cancel'], 'cancel\\b', 'verb', { before: EN_BASE_BEFORE }),
  cue('en-cancel-scrapped', 'CANCELLED', ['scrap'], 'scrap(?:ped|s|ping)?\\b', 'verb', { notAfter: /^\s+(?:metal|yards?|heaps?|value|prices?|steel)\b/i }),
  cue('en-cancel-called-off', 'CANCELLED', ['call'], "call(?:ed|s|ing)?\\s+(?:(?:the|its|their|it|them|[\\w'-]+)\\s+){0,3}?off\\b"),
  cue('en-cancel-abandoned', 'CANCELLED', ['abandon'], 'abandon(?:ed|s|ing|ment)?\\b'),
  cue('en-cancel-plug', 'CANCELLED', ['pull'], 'pull(?:ed|s|ing)?\\s+the\\s+plug\\b'),
  cue('en-cancel-axed', 'CANCELLED', ['axe', 'axed', 'axing'], '(?:axed|axes|axing|axe)\\b', 'verb', { weight: 0.75 }),
  cue('en-cancel-ditched', 'CANCELLED', ['ditch', 'nix', 'kill', 'killed'], '(?:ditch(?:ed|es|ing)?|nix(?:ed|es|ing)?|kill(?:ed|s|ing)?\\s+(?:off|(?:the|its|their)\\s+(?:plans?|project)))\\b', 'verb', { weight: 0.75 }),
  cue('en-cancel-dropped', 'CANCELLED', ['drop', 'withdr', 'terminat', 'rescind'], '(?:drop(?:ped|s|ping)?|withdr(?:ew|awn|aws?|awing)|terminat(?:ed|es|e|ing)|rescind(?:ed|s|ing)?)\\s+(?:(?:its|their|the|a|an)\\s+)?(?:[\\w$.,-]+\\s+){0,3}?(?:plans?|application|proposal|project|bid|agreement|contract|lease|permit|investment)\\b'),
  cue('en-cancel-withdrawn', 'CANCELLED', ['withdrawn'], 'withdrawn\\b', 'verb', { before: /\b(?:was|were|been|being)\s+(?:\w+\s+)?$/i, weight: 0.8 }),
  cue('en-cancel-stop-developing', 'CANCELLED', ['stop', 'ceas', 'end'], '(?:stop(?:ped|s|ping)?|ceas(?:ed|es|e|ing)|end(?:ed|s|ing)?)\\s+(?:developing|pursuing|work\\s+on\\s+developing)\\b', 'verb', { weight: 0.8 }),
  cue('en-cancel-no-longer', 'CANCELLED', ['no longer'], 'no\\s+longer\\s+(?:plans?|intends?|expects?|wants?|seeks?)\\s+to\\s+(?:build|construct|develop|open|pursue|proceed)\\b', 'verb', { weight: 0.8 }),
  cue('en-cancel-fell-through', 'CANCELLED', ['fell', 'fall'], '(?:fell|falls?|falling|fallen)\\s+(?:apart|through)\\b'),
  cue('en-cancel-walked-away', 'CANCELLED', ['walk', 'back', 'backed', 'pull'], '(?:walk(?:ed|s|ing)?\\s+away\\s+from|back(?:ed|s|ing)?\\s+out\\s+of|pull(?:ed|s|ing)?\\s+out\\s+of)\\b', 'verb', { weight: 0.8 }),

  // ── RESUMED ─────────────────────────────────────────────────────────────────
  cue('en-resume-resumed', 'RESUMED', ['resum'], '(?:resum(?:ed|es|ing)|resumption)\\b'),
  cue('en-resume-resume', 'RESUMED', ['resume'], 'resume\\b', 'verb', { before: EN_BASE_BEFORE }),
  cue('en-resume-revived', 'RESUMED', ['reviv'], '(?:reviv(?:ed|es|e|ing)|revival)\\b', 'verb', { weight: 0.8 }),
  cue('en-resume-restarted', 'RESUMED', ['restart'], 'restart(?:ed|s|ing)?\\b', 'verb', { weight: 0.8 }),
  cue('en-resume-back-on-track', 'RESUMED', ['back on track'], 'back\\s+on\\s+track\\b', 'verb', { weight: 0.7 }),
  cue('en-resume-back-online', 'RESUMED', ['bring', 'brought', 'bringing'], '(?:bring|brings|brought|bringing)\\s+(?:[\\w.-]+\\s+){1,5}?back\\s+(?:online|on\\s?line|into\\s+service)\\b', 'verb', { weight: 0.8 }),
  cue('en-resume-reinstated', 'RESUMED', ['reinstat', 'unpaus', 'reopen'], '(?:reinstat(?:ed|es|e|ing)|unpaus(?:ed|es|e|ing)|reopen(?:ed|s|ing)?)\\b', 'verb', { weight: 0.75 }),
  // ── Constructions seen in real news (wire, trade and regional press) ─────────
  // "laid the foundation stone", "lays foundation stone of": the Indian and British ceremony for a start of works.
  cue('en-start-foundation-stone', 'CONSTRUCTION_STARTED', ['lay', 'laid', 'lays'], String.raw`(?:laid|lays?|laying)\s+(?:the\s+)?foundation\s+stones?\b`, 'verb'),
  cue('en-start-foundation-stone-passive', 'CONSTRUCTION_STARTED', ['foundation stone'], String.raw`foundation\s+stones?\s+(?:was|were|has\s+been|have\s+been)\s+laid\b`, 'verb'),
  // "The ground breaking ceremony took place", "a groundbreaking ceremony was held": the ceremony happening is the start.
  cue('en-start-ceremony-held', 'CONSTRUCTION_STARTED', ['ground', 'groundbreaking', 'ground-breaking'], String.raw`ground[\s-]?breaking\s+(?:ceremony|event)\s+(?:took\s+place|was\s+held|has\s+been\s+held|happened)\b`, 'verb'),
  // "works began in earnest on", "work has started on": the works themselves as subject.
  cue('en-start-works-began', 'CONSTRUCTION_STARTED', ['works', 'work'], String.raw`works?\s+(?:has\s+|have\s+|had\s+)?(?:began|begun|started|commenced|got\s+under\s*way|got\s+underway)\b`, 'verb', { weight: 0.75, notBefore: /\b(?:stop|halt|resum|restart|again)\w*\s+$/i }),
  // "Construction on the X site — although … — began in 2024": a long subject before the verb.
  cue('en-start-construction-long', 'CONSTRUCTION_STARTED', ['construction'], String.raw`construction\s+(?:on|of|at)\s+[^.;]{3,90}?\s(?:began|begun|started|commenced|got\s+under\s*way)\b`, 'verb', { weight: 0.75, spansSubject: true }),
  // "introduced Mixtral 8x22B", "introduced the newest generation of its … model": a model or service presented is released.
  cue('en-launch-introduced', 'LAUNCHED', ['introduc'], String.raw`introduc(?:ed|es|ing)\b`, 'verb', { after: /^\s+(?:(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,8}?(?:model|models|LLM|chatbot|assistant|service|app|platform|version|generation)\b|[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3})/, weight: 0.75 }),
  // "Meta dropped Llama 3": tech-press slang for a release, only with a capitalised product name after it.
  cue('en-launch-dropped-name', 'LAUNCHED', ['dropped', 'drops'], String.raw`(?:dropped|drops)(?=\s+[A-Z][\w.+-]*\s+[0-9][\w.+-]*\b)`, 'verb', { weight: 0.7 }),
  // "Commercial operation commenced", "has reached commercial operation", "entered commercial service".
  cue('en-launch-commercial-op', 'LAUNCHED', ['commercial'], String.raw`commercial\s+(?:operations?|service|production)\s+(?:has\s+|had\s+)?(?:commenced|began|begun|started)\b`, 'verb', { weight: 0.8 }),
  cue('en-launch-reached-commercial', 'LAUNCHED', ['reach', 'enter', 'achiev', 'began', 'begin', 'start'], String.raw`(?:reach(?:ed|es)?|enter(?:ed|s)?|achiev(?:ed|es)|began|begun|start(?:ed|s)?)\s+commercial\s+(?:operations?|service)\b`, 'verb', { weight: 0.8 }),
  // "was put into commercial service", "placed into operation".
  cue('en-launch-put-into-service', 'LAUNCHED', ['put', 'placed', 'brought'], String.raw`(?:put|placed|brought)\s+into\s+(?:commercial\s+|full\s+)?(?:service|operation)\b`, 'verb', { weight: 0.8 }),
  // "has begun producing LNG", "started producing cells": a plant's output started.
  cue('en-launch-begun-producing', 'LAUNCHED', ['began', 'begun', 'start'], String.raw`(?:began|begun|start(?:ed|s)?)\s+(?:producing|production|generating|exporting)\b`, 'verb', { weight: 0.75 }),
  // "authorized a 1,105-megawatt plant", "OK'd construction of", "consenting the facility".
  cue('en-approve-authorized', 'APPROVED', ['authori', 'OK', 'okay'], String.raw`(?:authori[sz](?:ed|es)|OK[’']?d|okayed)\b`, 'verb', { notAfter: /^\s+(?:the\s+)?(?:use\s+of\s+force|strikes?|payments?|dividends?|buybacks?|spending|funds?|budgets?)\b/i, weight: 0.8 }),
  // "granted development consent", "Development consent has been given": the UK planning approval.
  cue('en-approve-consent', 'APPROVED', ['grant', 'consent', 'development consent', 'planning'], String.raw`(?:grant(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,2}?(?:development\s+consent|planning\s+(?:permission|consent))|(?:development\s+consent|planning\s+(?:permission|consent))\s+(?:has\s+been|was|had\s+been|have\s+been)\s+(?:given|granted))\b`, 'verb', { weight: 0.85 }),
  // "gave Cheniere permission to bring … into service".
  cue('en-approve-gave-permission', 'APPROVED', ['gave', 'give', 'grant'], String.raw`(?:gave|gives?|grant(?:ed|s)?)\s+(?:[\w.&'-]+\s+){1,4}?(?:permission|approval|the\s+go-ahead|the\s+green\s+light)\s+to\b`, 'verb', { weight: 0.8 }),
  // "received its Final Mines Act Permit", "construction permit arrived": a permit obtained.
  cue('en-approve-permit-received', 'APPROVED', ['receiv', 'obtain', 'secur', 'won', 'win'], String.raw`(?:receiv(?:ed|es)|obtain(?:ed|s)|secur(?:ed|es)|won|wins)\s+(?:(?:its|their|the|a|an|all)\s+)?(?:[\w-]+\s+){0,5}?(?:permits?|licen[cs]es?|consents?|approvals?)\b`, 'verb', { notAfter: /^\s+(?:application|request)\b/i, weight: 0.8 }),
  cue('en-approve-permit-arrived', 'APPROVED', ['permit', 'license', 'licence', 'approval'], String.raw`(?:permit|license|licence|approval)\s+(?:has\s+)?(?:arrived|came\s+through|was\s+(?:issued|granted))\b`, 'verb', { weight: 0.75 }),
  // "put on care and maintenance", "put its project on the back-burner", "put this behemoth on the shelf".
  cue('en-hold-put-on', 'ON_HOLD', ['put', 'placed', 'place'], String.raw`(?:put|puts|putting|placed|places)\s+(?:[\w.&'-]+\s+){0,5}?on\s+(?:care\s+and\s+maintenance|the\s+back[\s-]?burner|the\s+shelf|ice|hold|pause)\b`, 'verb', { weight: 0.8 }),
  cue('en-hold-care-maintenance', 'ON_HOLD', ['care and maintenance'], String.raw`care\s+and\s+maintenance\b`, 'verb', { before: /\b(?:on|into)\s+$/i, weight: 0.75 }),
  // "has called a halt to construction".
  cue('en-hold-called-halt', 'ON_HOLD', ['call'], String.raw`call(?:ed|s|ing)?\s+a\s+halt\s+to\b`, 'verb'),
  // "decided not to proceed with plans for a plant", "will not proceed with".
  cue('en-cancel-not-proceed', 'CANCELLED', ['not to proceed', 'not proceed', 'not be proceeding', 'not proceeding'], String.raw`not\s+(?:to\s+)?(?:be\s+)?proceed(?:ing)?\s+with\b`, 'verb', { before: /\b(?:decided|decides|decision|chose|chosen|opted|will|would|is|are|was|were)\s+(?:\w+\s+)?$/i, weight: 0.8 }),
  // "ceasing all development of Oregon LNG", "ended plans for", "no plans to pursue".
  cue('en-cancel-ceasing-development', 'CANCELLED', ['ceas', 'end', 'halt'], String.raw`(?:ceas(?:ed|es|e|ing)|end(?:ed|s|ing)?|halt(?:ed|s|ing)?)\s+(?:all\s+)?(?:further\s+)?development\s+(?:of|on)\b`, 'verb', { weight: 0.8 }),
  cue('en-cancel-ends-plans', 'CANCELLED', ['end'], String.raw`end(?:ed|s|ing)?\s+(?:(?:its|their|the)\s+)?plans?\s+(?:for|to)\b`, 'verb', { weight: 0.8 }),
  cue('en-cancel-not-pursue', 'CANCELLED', ['no plans to pursue', 'not pursuing', 'not to pursue', 'not pursue'], String.raw`(?:no\s+plans?\s+to\s+pursue|not\s+(?:to\s+)?pursu(?:e|ing))\b`, 'verb', { weight: 0.75 }),
  // "extends its construction timeline", "the date has been moved from September 2022 to 3Q23".
  cue('en-delay-extends-timeline', 'DELAYED', ['extend'], String.raw`extend(?:ed|s|ing)?\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:timeline|schedule|deadline)\b`, 'verb', { weight: 0.75 }),
  cue('en-delay-moved-from-to', 'DELAYED', ['moved', 'shifted', 'pushed'], String.raw`(?:moved|shifted|pushed)\s+from\s+[^.;]{2,40}?\s+to\b`, 'verb', { before: /\b(?:date|timeline|schedule|opening|start|completion|commissioning|launch)\s+(?:has\s+|had\s+|was\s+)?(?:now\s+)?(?:been\s+)?$/i, weight: 0.8 }),
  // "handed over the project's final stage", "achieved Substantial Completion", "mechanical completion".
  cue('en-complete-handed-over', 'COMPLETED', ['hand'], String.raw`hand(?:ed|s)?\s+over\s+(?:the\s+)?(?:project|building|plant|facility|hospital|[\w']+\s+)?(?:'s\s+)?(?:final\s+(?:stage|phase|section))`, 'verb', { weight: 0.75 }),
  cue('en-complete-substantial', 'COMPLETED', ['substantial', 'mechanical'], String.raw`(?:substantial|mechanical)\s+completion\b`, 'verb', { before: /\b(?:achieved|reached|attained|hit|has|have|had)\s+(?:\w+\s+)?$/i, weight: 0.8 }),
  // "will put $2.6 billion into a new battery factory", "decided to invest Rs 5,000 crore in".
  cue('en-announce-put-money', 'ANNOUNCED', ['put', 'invest', 'co-invest', 'pour'], String.raw`(?:put|invest|co-invest|pour)\s+(?:an?\s+extra\s+|another\s+|roughly\s+|about\s+|nearly\s+|up\s+to\s+)?(?:US)?(?:[$€£₩¥]|Rs\.?\s?|INR\s?)\s?[\d.,]+\s*(?:billion|million|bn|crore|lakh|trillion|m|b|cr)?\s+(?:into|in|to\s+build)\b`, 'verb', {
    before: /\b(?:will|'ll|would|plans?\s+to|decided\s+to|agreed\s+to|intends?\s+to|to)\s+(?:\w+\s+)?$/i,
    weight: 0.75,
  }),
  // "announces record $7B investment in EV plants".
  cue('en-announce-investment', 'ANNOUNCED', ['announc', 'unveil'], String.raw`(?:announc(?:ed|es|ing)|unveil(?:ed|s|ing))\s+(?:(?:a|an|its|the)\s+)?(?:[\w$.,-]+\s+){0,4}?investment\s+in\b`, 'verb', { weight: 0.75 }),
  // "announced that a second battery factory will be built in Spring Hill": a passive future under an announcement.
  cue('en-announce-will-be-built', 'ANNOUNCED', ['announc', 'confirm', 'reveal'], String.raw`(?:announc(?:ed|es)|confirm(?:ed|s)|reveal(?:ed|s))\s+(?:[\w,.'’-]+\s+){0,6}?that\s+(?:[\w,.'’$-]+\s+){1,12}?(?:will|would)\s+be\s+(?:built|constructed|located|established)\b`, 'verb', { weight: 0.7, spansSubject: true }),
  // "have announced a memorandum of understanding", "signed with X two memoranda".
  cue('en-mou-announced', 'MOU_SIGNED', ['announc', 'sign', 'unveil'], String.raw`(?:announc(?:ed|es)|unveil(?:ed|s)|sign(?:ed|s))\s+(?:[\w$.,'-]+\s+){0,9}?(?:memorand(?:um|a)\s+of\s+understanding|MOUs?|MoUs?)\b`, 'verb', { weight: 0.8 }),
  cue('en-mou-also-signed', 'MOU_SIGNED', ['MoU', 'MOU', 'memorandum'], String.raw`(?:MOU|MoU|memorandum(?:\s+of\s+understanding)?)\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:signed|inked)\b`, 'verb'),
];
