/**
 * English entity rules as data: project head nouns, descriptive modifiers, generic
 * markers, anaphors and organisation shapes.
 */
import type { HeadNoun } from './entity-ko';

/** Project head nouns (matched case-insensitively, singular). Plurals are generic. */
export const EN_HEADS: readonly HeadNoun[] = [
  { word: 'data center', family: 'data-center' },
  { word: 'data centre', family: 'data-center' },
  { word: 'datacenter', family: 'data-center' },
  { word: 'datacentre', family: 'data-center' },
  { word: 'data center campus', family: 'data-center' },
  { word: 'data center park', family: 'data-center' },
  { word: 'data centre park', family: 'data-center' },
  { word: 'campus', family: 'campus', weak: true },
  { word: 'gigafactory', family: 'plant' },
  { word: 'megafab', family: 'plant' },
  { word: 'factory', family: 'plant' },
  { word: 'plant', family: 'plant' },
  { word: 'fab', family: 'plant' },
  { word: 'foundry', family: 'plant', weak: true },
  { word: 'facility', family: 'plant', weak: true },
  { word: 'cluster', family: 'cluster' },
  { word: 'power station', family: 'power-plant' },
  { word: 'reactor', family: 'power-plant' },
  { word: 'model', family: 'model' },
  { word: 'chatbot', family: 'model' },
  { word: 'video generator', family: 'model' },
  { word: 'image generator', family: 'model' },
  { word: 'service', family: 'service', weak: true },
  { word: 'platform', family: 'service', weak: true },
  { word: 'hub', family: 'campus', weak: true },
  { word: 'project', family: 'any', weak: true },
  { word: 'complex', family: 'complex', weak: true },
  { word: 'megafab', family: 'plant' },
  { word: 'region', family: 'data-center', weak: true },
  { word: 'line', family: 'transport', weak: true },
  { word: 'railway', family: 'transport' },
  { word: 'rail line', family: 'transport' },
  { word: 'light rail', family: 'transport' },
  { word: 'subway', family: 'transport' },
  { word: 'airport', family: 'transport' },
  { word: 'terminal', family: 'transport', weak: true },
  { word: 'bridge', family: 'transport' },
  { word: 'tunnel', family: 'transport' },
  { word: 'port', family: 'transport', weak: true },
  { word: 'stadium', family: 'venue' },
  { word: 'ballpark', family: 'venue' },
  { word: 'arena', family: 'venue' },
  { word: 'dome', family: 'venue' },
  { word: 'supercomputer', family: 'data-center' },
  { word: 'hydropower station', family: 'power-plant' },
  { word: 'hydroelectric station', family: 'power-plant' },
  { word: 'dam', family: 'power-plant' },
  { word: 'tower', family: 'building' },
  { word: 'hospital', family: 'building' },
  { word: 'refinery', family: 'plant' },
  { word: 'smelter', family: 'plant' },
  { word: 'mine', family: 'plant', weak: true },
  { word: 'pipeline', family: 'transport', weak: true },
  { word: 'wind farm', family: 'power-plant' },
  { word: 'solar farm', family: 'power-plant' },
  { word: 'unit', family: 'power-plant', weak: true },
  // Parts of a line or a build-out, named by their ends or place ("the leg between Birmingham and Crewe", "HS2's Manchester leg").
  { word: 'leg', family: 'transport', weak: true },
  { word: 'extension', family: 'transport', weak: true },
  { word: 'section', family: 'transport', weak: true },
  { word: 'segment', family: 'transport', weak: true },
  { word: 'phase', family: 'any', weak: true },
  // "the site", "the facility" in a later sentence: the project the story is about.
  { word: 'site', family: 'any', weak: true, refOnly: true },
];

/** Lower-case modifiers that describe rather than name ("a new $10 billion chip plant"). */
export const EN_DESCRIPTIVE = new Set([
  'new', 'planned', 'proposed', 'massive', 'huge', 'giant', 'large', 'big', 'first', 'second', 'third', 'chip', 'chipmaking',
  'semiconductor', 'ai', 'hyperscale', 'advanced', 'leading-edge', 'packaging', 'memory', 'battery', 'manufacturing',
  'production', 'multibillion-dollar', 'billion-dollar', 'flagship', 'latest', 'next-generation', 'cutting-edge',
  'billion', 'million', 'language', 'large-language', 'foundation', 'frontier', 'cloud', 'research', 'assembly',
  'test', 'testing', 'wafer', 'logic', 'ev', 'solar', 'wind', 'nuclear', 'gas', 'power', 'energy', 'green', 'own',
  'biggest', 'largest', 'only', 'sprawling', 'dedicated', 'additional', 'future', 'upcoming', 'long-awaited', 'troubled',
  'delayed', 'stalled', 'u.s.', 'us', 'american', 'european', 'korean', 'japanese', 'taiwanese', 'chinese', 'mega',
  'greenfield', 'cell', 'expanded', 'expansion', 'gpt', 'generative', 'open-source', 'hbm', 'dram', 'nand', 'advanced-packaging',
]);

/** Words before a head that make it a class ("three data centers", "many plants"). */
export const EN_GENERIC_BEFORE = new Set([
  'several', 'many', 'some', 'multiple', 'various', 'numerous', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'fifteen', 'sixteen', 'twenty', 'thirty', 'dozens', 'hundreds',
  'other', 'these', 'those', 'such', 'most', 'all', 'any', 'few', 'existing', 'older',
]);

/**
 * Words right after a head that make it an attribute ("data center industry", "plant workers"),
 * or an event about it ("the stadium vote", "a plant tour"): a cue then speaks of that event.
 */
export const EN_GENERIC_AFTER =
  /^\s*(?:votes?|referendum|hearings?|talks|negotiations|tours?|visits?|industry|market|markets|demand|boom|operators?|developers?|sector|capacity|construction\s+nationwide|workers|employees|staff|policy|policies|space|power\s+demand|projects|spending|investments?|builders?|buildout|build-out|stocks?|shares?|commissions?|agency|agencies|department|authority|board|ministry|providers?)\b/i;

/** "the project", "this plant", "its fab": refers to the article's salient project of that family. */
export const EN_ANAPHOR =
  /\b(?:the|this|that|its|their)\s+(project|plant|facility|fab|factory|data\s+cent(?:er|re)|datacent(?:er|re)|campus|site|model|service|platform|cluster|complex)\b(?!\s+(?:of|in|at|near|for)\b)(?!s)/gi;

export const EN_ANAPHOR_FAMILY: Readonly<Record<string, string>> = {
  project: 'any', plant: 'plant', facility: 'any', fab: 'plant', factory: 'plant', 'data center': 'data-center',
  'data centre': 'data-center', datacenter: 'data-center', datacentre: 'data-center', campus: 'any', site: 'any',
  model: 'model', service: 'service', platform: 'service', cluster: 'cluster', complex: 'any',
};

/** Company-name endings for organisations not on the watchlist ("Rapidus Corp.", "Micron Technology Inc."). */
export const EN_ORG_SUFFIX =
  /\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|PLC|Group|Holdings|Technologies|Technology|Semiconductor|Electronics|Energy|Industries|Motors|Systems|Networks|Labs)\b\.?/g;

/** Capitalised words that are never names (sentence openers, months, days, titles). */
export const EN_NOT_NAMES = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'It', 'In', 'On', 'At', 'By', 'For', 'From', 'With',
  'After', 'Before', 'But', 'And', 'Or', 'As', 'If', 'When', 'While', 'Meanwhile', 'However', 'Last', 'Next', 'This',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Monday', 'Tuesday',
  'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'CEO', 'Mr', 'Ms', 'Mrs', 'Dr', 'According', 'Officials',
  'Company', 'New', 'Construction', 'Work', 'Plans', 'Under', 'Once', 'Both', 'Each', 'Shares', 'U.S.', 'US', 'AI',
]);

/**
 * Events that are not a project step ("cancelled the visit", "the meeting was postponed",
 * "delayed flights"): a cue about one of these says nothing about a project beside it.
 */
export const EN_OTHER_EVENTS =
  /^(?:strikes?|decision|ruling|verdict|vote|linebacker|players?|coach|games?|visits?|tours?|trips?|events?|conferences?|meetings?|hearings?|votes?|elections?|ipos?|listings?|sales?|auctions?|offerings?|flights?|games?|matches|concerts?|shows?|festivals?|ceremon(?:y|ies)|launch\s+events?|summits?|talks|negotiations|strikes?|protests?|deliver(?:y|ies)|shipments?|earnings|results|reports?|dividends?|interviews?|trials?|recalls?|campaigns?|promotions?|webinars?|briefings?|press\s+conferences?)$/i;

/** Words skipped between a subject and its verb ("Hinkley Point C has now officially been delayed"). */
export const EN_VERB_GROUP =
  /^(?:has|have|had|was|were|is|are|be|been|being|will|would|could|may|might|shall|should|can|also|now|officially|finally|again|already|just|further|formally|quietly|abruptly|effectively|indefinitely|temporarily|largely|partially|fully|reportedly|itself|then|still|not|never|n't|on|this|last|week|month|year|in|early|late|mid|[A-Z][a-z]+day)$/;

/**
 * Stems of AI model and assistant families: a versioned name starting with one of these
 * ("Llama 3", "Claude 3.5", "Gemini 2", "HyperCLOVA X") is a model even in a sentence with no
 * word like "AI" or "model". Consumer products ("Galaxy S24", "Ioniq 5") have no such stem
 * and still need an AI context.
 */
export const EN_MODEL_STEM = /^(?:[A-Za-z]*GPT|LLM|Gemini|Gemma|Claude|Llama|[A-Za-z]*CLOVA|Exaone|EXAONE|Grok|Mistral|Mixtral|Qwen|DeepSeek|Kanana|Phi|Sora|Copilot)(?![a-z])/;

/**
 * Words that put a sentence in an AI context without the head word "model" itself: "a smaller
 * R3 model" (a car) has none, "its R3 reasoning model" has one. A model named by a designation
 * alone ("R3 model") needs one of these or a stem from {@link EN_MODEL_STEM}.
 */
export const EN_AI_CONTEXT = /\b(?:AI|A\.I\.|artificial intelligence|LLMs?|chatbots?|reasoning|language|generative|GPT|neural|open-weight|open-source|foundation|multimodal|weights|parameters?|tokens?|inference)\b|인공지능|생성형|언어모델|챗봇|추론/i;

/**
 * A clause subject that points away from a project named before it: "The current stadium will
 * be torn down after the new one opens", "…until its replacement is finished". The step is
 * about another, unnamed project, so the earlier one does not carry over. Tested on the text
 * between the clause's start and its cue.
 */
export const EN_OTHER_ONE_SUBJECT = /\b(?:the|a|its|their)\s+(?:(?:new|newer|next|other|replacement|larger|bigger|second)\s+ones?|replacement|successor)\s+(?:[a-z]+\s+){0,4}$/i;

/**
 * An owner the sentence does not name: "A Korean conglomerate", "an unnamed developer", "a
 * U.S. tech giant". A facility such an owner builds "in Vietnam" is not a named project: the
 * place tells where, not which. Tested on the text before the facility's head.
 */
export const EN_UNNAMED_OWNER = /(?:^|[^\w])(?:a|an|one)\s+(?:[\w.'-]+\s+){0,3}?(?:conglomerate|company|firm|developer|tech\s+giant|giant|group|operator|investor|chipmaker|carmaker|automaker|utility|startup|start-up|consortium|builder|manufacturer|hyperscaler|provider|client|customer|buyer)\b/i;

/**
 * Subjects that stand for the article's salient project when a sentence names none: a
 * pronoun ("It opened in May"), the project's own step ("Construction began in 2022",
 * "Construction of the center was completed") or a stage of it ("The first phase"). May
 * follow a fronted adverbial ("Last February, …", "In July 2023 …").
 */
export const EN_SALIENT_SUBJECT =
  /^(?:(?:[A-Z][^,]{0,40},|(?:In|On|By|Last|This|Earlier|Later)\s+[A-Za-z0-9 ]{1,25}?)\s+)?(?:it|they|construction(?:\s+work)?(?:\s+(?:of|on|at)\s+the\s+(?:center|centre|site|campus|facility|plant|fab|factory|project|complex|first\s+\w+|second\s+\w+))?|production|operations)\b/i;

/**
 * Owner subjects ("The company", "Samsung") whose sentence is about the salient project only
 * when the predicate's object refers back to it: nothing, a pronoun, "there", or a step of it
 * ("pushed back completion of the first fab", "expects to begin operations there").
 */
export const EN_OWNER_SUBJECT = /^(?:(?:[A-Z][^,]{0,40},|(?:In|On|By|Last|This|Earlier|Later)\s+[A-Za-z0-9 ]{1,25}?)\s+)?(?:the\s+(?:company|firm|group|carmaker|automaker|chipmaker|developer|utility|operator))\b/i;
/** What may follow an owner subject's cue for the sentence to be about the salient project. */
export const EN_SALIENT_OBJECT =
  /^\s*(?:$|[,.;]|(?:there|it|them)\b|(?:on\s+)?(?:construction|production|operations|work|completion|commissioning)\b|(?:in|on|by|next|last|this|early|late|until)\b)/i;

/**
 * Calendar words that are never part of a name: months and weekdays. "paused the project on
 * Thursday" has a date after the head, not a place ("the plant in Ohio").
 */
export const EN_CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Today|Tonight|Yesterday|Tomorrow|Christmas|Easter|Thanksgiving)\.?$/;

/**
 * A name set off by commas right after an unnamed head ("its next model, Kanana, from
 * scratch", "the new fab, Fab 52, opened"): the name, then a comma or the sentence's end, so
 * "the plant, Ford said" (a verb follows) and possessives ("Kentucky's") do not match.
 */
export const EN_APPOSITIVE_AFTER = /^,\s+((?:[A-Z][\w+-]*|[a-z]+\d[\w.-]*)(?:\s+(?:[A-Z0-9][\w.+-]*))*)(?=\s*(?:,|\.$|$))/;


/**
 * Gerunds of the building verbs: before a head they take it as object ("$50 billion building
 * data centers in Texas"), so the name starts after them. Noun gerunds that name a kind
 * ("manufacturing plant", "packaging plant") are not in the list.
 */
export const EN_GERUND_VERB = /^(?:build|construct|develop|expand|add|creat|launch|open|establish|deploy|erect|fund|financ|acquir|buy)ing$/i;

/**
 * Process nouns whose complement names a project: "approved the PW Digital Gateway rezoning",
 * "the rezoning of the Plaza 500 site", "a permit for the Riverside campus". A capitalised
 * name beside one of these is the project the approval step is about, though it has no head
 * noun. Without a name ("approved a rezoning plan for the district") nothing is found.
 */
export const EN_PROCESS_NOUN = '(?:rezoning|zoning\\s+(?:change|application|request)|site\\s+plan|(?:building|construction|environmental|air|water|land-use)\\s+permits?|permits?|special\\s+use\\s+permit|land-use\\s+application)';

/**
 * Last words that make a process noun's complement a place, road or event rather than a
 * project: "the rezoning of the Main Street corridor", "a permit for the Loudoun County
 * rezoning", "a permit for the Harbor Festival".
 */
export const EN_PROCESS_NOT_PROJECT_END = /^(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Lane|Way|Highway|Route|Corridor|District|County|City|Town|Township|Village|Borough|Area|Zone|Downtown|Neighborhood|Election|Festival|Parade|Fair|Concert|Marathon|Show|Rally|Race|Event|Plan|Budget|Ordinance|Code)$/;

/** Land words after a rezoned name ("the Plaza 500 site"): part of the phrase, not of the name. */
export const EN_PROCESS_LAND_AFTER = /^\s+(?:site|property|parcel|tract|land|acreage)\b/;
