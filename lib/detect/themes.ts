/**
 * The theme of a cue when no project mention sits in its slot: the noun phrase that the
 * predicate is about. Many projects have no head noun we know ("CJ라이브시티 사업이 무산됐다",
 * "GTX-A가 개통했다", "The Elizabeth line opened", "OpenAI launched o3"), so the phrase
 * right before a Korean predicate (its subject or object, skipping dates and adverbs), or
 * the capitalised name before or after an English verb, is taken as the project when it
 * looks like a name. Process nouns are stripped ("둔촌주공 재건축 공사" → "둔촌주공 재건축").
 *
 * Also here: {@link otherEventTheme}, which tells when a cue is about a visit, a meeting or a
 * sale rather than a project ("방문 일정이 취소됐다").
 */
import type { Mention } from './entities';
import { nameTokens } from './entities';
import { tidy } from './normalize';
import { EN_DESCRIPTIVE, EN_MODEL_STEM, EN_NOT_NAMES, EN_OTHER_EVENTS, EN_VERB_GROUP } from './rules/entity-en';
import {
  KO_ADJUNCT_PARTICLES,
  KO_ADVERBS,
  KO_CLASS_COMPOUNDS,
  KO_COMMON_NOUNS,
  KO_DESCRIPTIVE,
  KO_GENERIC_BEFORE,
  KO_HEADS,
  KO_OTHER_EVENTS,
  KO_PARTICLE_END,
  KO_PLACE_EXCEPTIONS,
  KO_PROCESS_NOUNS,
  KO_AGREEMENT_NOUN,
  KO_STOP_WORDS,
  KO_VERBAL_END,
} from './rules/entity-ko';

interface Span {
  start: number;
  end: number;
}

interface Word extends Span {
  text: string;
}

/** What the theme finder needs to know about the sentence. */
export interface ThemeContext {
  text: string;
  /** The cue's clause. */
  clause: Span;
  /** The cue. */
  hit: Span;
  /** Date phrases and other cues of the sentence: skipped, never part of a name. */
  skip: Span[];
  /** Other cues of the sentence: a step noun inside the phrase ("개항 시기가") is stripped like a process noun. */
  cues?: Span[];
  /** Organisation mentions: owners, never the project. */
  orgs: Mention[];
  /**
   * The phrase is the antecedent of a relative clause whose cue is a project step
   * ("Brightline West, which broke ground in 2024, …"): the clause itself says it is a
   * project, so a name of two or more words needs no facility word.
   */
  antecedent?: boolean;
  /**
   * Is this a name the article has already given a project ("GTX-A", "메타플랜트 아메리카")?
   * Such a name needs no facility word: "GTX-A는 2018년 12월 착공했다" recaps that project.
   */
  known?: (name: string) => boolean;
}

const SUBJECT_OBJECT = /^(?:은|는|이|가|을|를|도)$/;
const KO_COUNT = /^(?:[0-9]+|두|세|네|한|수|몇|여러)?(?:년|개월|달|일|주|차례|번|시간)(?:여|가량|만|만에|만인|째)?$|만(?:에|인|이다)$|^만$|^(?:가량|여|만에|만인)$/;
/** Transparent build verbs: "X를 구축하는 방안을 추진한다" is about X. */
const KO_BUILD_ADNOMINAL = /^(?:짓는|지을|짓기로|구축하는|구축할|건립하는|건립할|건설하는|건설할|세우는|세울|조성하는|조성할|설립하는|설립할|유치하는|도입하는)$/;
const KO_NOT_NAMES = /^(?:정부|당국|업계|회사|관계자|측|주민|시민|전문가|업체|기업|그룹|국내|해외|세계|글로벌|전국|지역|지방|국가|시|도|군|구|이들|그|이)$/;
/** Process words that show the phrase before them is a built project ("CJ라이브시티 사업", "둔촌주공 재건축 공사"). */
const KO_PROJECT_PROCESS = /^(?:사업|공사|본공사|건설|건립|조성|구축|프로젝트|착공|준공|완공|개통|개항|입주|개발|증설|신축|공모|시공|민간투자사업)$/;
/** Endings of facility names ("롯데타워", "CJ라이브시티", "고리 2호기", "신안산선"). */
const KO_PROJECT_SUFFIX = /(?:공장|센터|단지|공항|터미널|타워|돔|구장|시티|파크|플랜트|호기|원전|발전소|[가-힣]{2}선|철도|청사|캠퍼스|기지|리전|클러스터|팹|라인|재건축|재개발|복합|아레나|스타디움|몰|병원|항만|교|대교|터널)$/;
/**
 * A build verb modifying the phrase, perhaps across its owner ("조지아주에 짓고 있는 현대차그룹
 * 메타플랜트 아메리카는"): what is being or was built is a project whatever its name ends in.
 */
const KO_BUILT_BEFORE = /(?:짓고\s*있는|짓는|지은|지을|세운|세울|들어선|들어설|(?:건설|건립|구축|조성)(?:\s*중인|하고\s*있는|한|할|하는))\s+(?:[^\s,.;…]+\s+)?$/;
/** How far before the phrase {@link KO_BUILT_BEFORE} looks: a build verb and one word, not the whole clause (that made it quadratic). */
const KO_BUILT_WINDOW = 48;
/** A sentence about AI models or services: a bare product name there is a project. */
const KO_MODEL_CONTEXT = /AI|인공지능|모델|LLM|언어모델|챗봇|생성형|에이전트|비서|GPT/;
const KO_PERSON_END = /(?:씨|군|양|님|대표|회장|사장|장관|의원|기자|감독|배우|선수|교수|총리|대통령|시장|지사|위원장|이사|부사장|팀장|CEO)$/;

function overlapsAny(w: Span, spans: Span[]): boolean {
  return spans.some((s) => w.start < s.end && s.start < w.end);
}

function wordsBetween(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  for (const m of text.slice(from, to).matchAll(/[^\s]+/g)) words.push({ text: m[0], start: from + m.index!, end: from + m.index! + m[0].length });
  return words;
}

function splitParticle(word: string): { core: string; particle: string } {
  const clean = word.replace(/[,.;:!?…"'“”‘’「」)]+$/, '');
  const p = KO_PARTICLE_END.exec(clean)?.[0] ?? '';
  if (p !== '' && clean.length > p.length && !KO_PLACE_EXCEPTIONS.has(clean)) return { core: clean.slice(0, clean.length - p.length), particle: p };
  return { core: clean, particle: '' };
}

function isKoNameToken(core: string): boolean {
  if (core.length === 0) return false;
  if (/[A-Za-z0-9]/.test(core)) return !/^[0-9.,~·-]+$/.test(core);
  if (core.length < 2) return false;
  if (KO_COMMON_NOUNS.has(core) || KO_DESCRIPTIVE.has(core) || KO_PROCESS_NOUNS.has(core) || KO_OTHER_EVENTS.has(core) || KO_CLASS_COMPOUNDS.has(core)) return false;
  if (KO_AGREEMENT_NOUN.test(core)) return false;
  if (KO_NOT_NAMES.test(core) || KO_STOP_WORDS.has(core) || KO_PERSON_END.test(core)) return false;
  if (KO_HEADS.some((h) => h.word === core)) return false;
  return true;
}

function make(text: string, words: Word[], name: string, owner: string | null): Mention {
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  return { source: 'phrase', start, end, text: text.slice(start, end), id: '', name, org: owner, family: 'any', discovered: true, particle: '', tokens: nameTokens(name) };
}

/**
 * The Korean subject or object phrase of a cue, when it looks like a name.
 *
 * @example
 * koTheme({ text: 'CJ라이브시티 사업이 결국 무산됐다', clause: { start: 0, end: 19 }, hit: { start: 13, end: 16 }, skip: [], orgs: [] })?.name;
 * // 'CJ라이브시티'
 */
export function koTheme(ctx: ThemeContext): Mention | undefined {
  const { text } = ctx;
  const words = wordsBetween(text, ctx.clause.start, ctx.hit.start).reverse();
  const phrase: Word[] = [];
  let adjunct = false;
  let found = false;
  let owner: string | null = null;
  for (const w of words) {
    const { core, particle } = splitParticle(w.text);
    if (!found) {
      if (overlapsAny(w, ctx.skip) || KO_ADVERBS.test(core) || KO_COUNT.test(core) || KO_STOP_WORDS.has(core)) continue;
      if (KO_BUILD_ADNOMINAL.test(w.text)) continue;
      if (KO_VERBAL_END.test(w.text) && !SUBJECT_OBJECT.test(particle)) return undefined;
      if (particle !== '' && KO_ADJUNCT_PARTICLES.test(particle) && !SUBJECT_OBJECT.test(particle)) {
        adjunct = true;
        continue;
      }
      if (adjunct && particle === '') continue;
      if (SUBJECT_OBJECT.test(particle) || particle === '' || particle === '의') {
        found = true;
        adjunct = false;
        phrase.unshift({ ...w, text: core });
        continue;
      }
      return undefined;
    }
    // Collect the bare words before the core (and an "X의" owner or name).
    const org = ctx.orgs.find((o) => o.start >= w.start && o.end <= w.end);
    if (org) {
      owner = org.id;
      break;
    }
    if (overlapsAny(w, ctx.cues ?? [])) {
      phrase.unshift({ ...w, text: '사업' });
      continue;
    }
    if (overlapsAny(w, ctx.skip)) break;
    // A count ("5곳의 산업단지", "3개 공장") makes the phrase a class of many, not one project.
    if (KO_GENERIC_BEFORE.has(core) || /^[0-9]+(?:사|곳|개)/.test(core)) return undefined;
    if (particle === '의') {
      phrase.unshift({ ...w, text: core });
      continue;
    }
    if (particle !== '' || KO_VERBAL_END.test(w.text) || KO_ADVERBS.test(core) || KO_STOP_WORDS.has(core) || /[,.;:…]$/.test(w.text)) break;
    if (KO_GENERIC_BEFORE.has(core) || /^[0-9]+(?:사|곳|개)/.test(core)) return undefined;
    phrase.unshift({ ...w, text: core });
    if (phrase.length >= 5) break;
  }
  if (phrase.length === 0) return undefined;
  // Owners inside the phrase ("삼성전자 평택 P5") become the org.
  while (phrase.length > 0 && ctx.orgs.some((o) => o.start <= phrase[0]!.start && o.end >= phrase[0]!.start + phrase[0]!.text.length)) {
    owner = ctx.orgs.find((o) => o.start <= phrase[0]!.start)?.id ?? owner;
    phrase.shift();
  }
  while (phrase.length > 0 && (KO_DESCRIPTIVE.has(phrase[0]!.text) || KO_COMMON_NOUNS.has(phrase[0]!.text))) phrase.shift();
  const stripped: string[] = [];
  // An agreement noun at the end is the paper signed, not the project ("… 클러스터 투자협약을 체결").
  const isTail = (w: string): boolean => KO_PROCESS_NOUNS.has(w) || KO_COMMON_NOUNS.has(w) || KO_AGREEMENT_NOUN.test(w);
  while (phrase.length > 0 && isTail(phrase[phrase.length - 1]!.text)) stripped.push(phrase.pop()!.text);
  if (phrase.length === 0 || !phrase.some((w) => isKoNameToken(w.text))) return undefined;
  // It must look like a project: a construction word was stripped from it ("… 사업이", "… 공사가"),
  // it ends like a facility ("…타워", "…시티", "…호기"), or it is a model or service in an AI context.
  const last = phrase[phrase.length - 1]!.text;
  const projectLike =
    stripped.some((w) => KO_PROJECT_PROCESS.test(w)) ||
    KO_PROJECT_SUFFIX.test(last) ||
    (KO_MODEL_CONTEXT.test(text) && phrase.some((w) => /[A-Za-z0-9]/.test(w.text) || /^[가-힣]{2,6}$/.test(w.text))) ||
    KO_BUILT_BEFORE.test(text.slice(Math.max(ctx.clause.start, phrase[0]!.start - KO_BUILT_WINDOW), phrase[0]!.start));
  const name = tidy(phrase.map((w) => w.text).join(' '));
  if (!projectLike && !(ctx.known?.(name) ?? false)) return undefined;
  if (phrase.some((w) => KO_OTHER_EVENTS.has(w.text) || KO_PERSON_END.test(w.text))) return undefined;
  if (name.length > 30) return undefined;
  return make(text, phrase, name, owner);
}

/** Words that make a capitalised name a project ("Ocean Wind 1", "Regional Connector", "Vogtle Unit 4"). */
const EN_PROJECT_WORD = /^(?:Project|Wind|Solar|Unit|Units|Line|Link|Connector|Extension|Subway|Rail|Railway|Metro|Airport|Terminal|Tower|Dome|Arena|Stadium|Park|Center|Centre|Campus|Plant|Fab|Factory|Gigafactory|Megafab|Metaplant|Station|Bridge|Tunnel|Pipeline|Reactor|Dam|Mine|Port|Hub|Cluster|City|XL|Point|Phase)$/;
/** A story about AI models or services: a bare product name there is a project. */
const EN_MODEL_CONTEXT = /\b(?:AI|model|models|chatbot|assistant|LLM|reasoning|GPT|generative|app|service)\b/;
/** "a smaller R3 model", "the 2025 model": a designation before "model" that is no model-family stem names a car or a phone. */
const EN_PRODUCT_MODEL = /\b([A-Z0-9][\w.-]*\d[\w.-]*)\s+models?\b/g;

/** One-entry memo: every cue of a sentence asks about the same sentence. */
let modelContextOf: { text: string; value: boolean } | undefined;

/** Whether a sentence is about AI models, not counting "model" after a product designation. */
function isEnModelContext(text: string): boolean {
  if (modelContextOf?.text !== text) modelContextOf = { text, value: readEnModelContext(text) };
  return modelContextOf.value;
}

function readEnModelContext(text: string): boolean {
  const rest = text.replace(EN_PRODUCT_MODEL, (whole: string, designation: string) => (EN_MODEL_STEM.test(designation) ? whole : designation));
  return EN_MODEL_CONTEXT.test(rest);
}

/** An English name word: capitalised or alphanumeric, or a lower-case model name ("o3", "o4-mini", "gpt-oss"). */
function isEnNameWord(word: string): boolean {
  const clean = word.replace(/^["“‘']+|["”’',.;:]+$/g, '');
  if (clean === '' || EN_NOT_NAMES.has(clean) || /^[A-Z][a-z]+ly$/.test(clean)) return false;
  if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(clean)) return false;
  if (/^[a-z]+\d[\w.-]*$/.test(clean) || /^[a-z]+-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(clean) && /\d|oss|mini|pro/.test(clean)) return true;
  return /^[A-Z0-9]/.test(clean) && !/^\$?[\d.,]+$/.test(clean);
}

/**
 * A designator that continues a name written before it: the unit, phase or version number
 * ("Ocean Wind 1", "Vogtle Unit 4", "Llama 3") or a roman numeral ("Phase II"). A bare number
 * alone is never a name; only after a name word does it belong to it.
 */
function isEnDesignator(word: string): boolean {
  return /^(?:\d{1,2}(?:\.\d)?|[IVX]{1,4})$/.test(word);
}

/**
 * English names next to a cue: the capitalised subject right before its verb group ("The
 * Elizabeth line opened"), else the capitalised objects right after it ("launched o3 and
 * o4-mini", "scrapped Ocean Wind 1 and Ocean Wind 2").
 *
 * @example
 * enThemes({ text: 'Vineyard Wind resumed installing turbines.', clause: { start: 0, end: 43 }, hit: { start: 14, end: 21 }, skip: [], orgs: [] }).map((m) => m.name);
 * // ['Vineyard Wind']
 */
export function enThemes(ctx: ThemeContext): Mention[] {
  const { text } = ctx;
  const before = wordsBetween(text, ctx.clause.start, ctx.hit.start).reverse();
  const subject: Word[] = [];
  for (const w of before) {
    const clean = w.text.replace(/[,;:]+$/, '');
    if (subject.length === 0) {
      if (overlapsAny(w, ctx.skip) || EN_VERB_GROUP.test(clean)) continue;
      // "Vogtle Unit 4 entered service": a designator ends the name when a name word precedes it.
      const prev = text.slice(0, w.start).trimEnd().split(/\s+/).pop() ?? '';
      if (isEnDesignator(clean) && isEnNameWord(prev) && !/,$/.test(w.text)) {
        subject.unshift({ ...w, text: clean });
        continue;
      }
      if (!isEnNameWord(clean) || /,$/.test(w.text)) break;
    } else if (!isEnNameWord(clean) && !/^(?:of|de)$/.test(clean)) {
      if (/^(?:the|The)$/.test(clean)) break;
      break;
    }
    if (/,$/.test(w.text) && subject.length > 0) break;
    subject.unshift({ ...w, text: clean.replace(/['’]s$/, '') });
    if (subject.length >= 4) break;
  }
  // "xAI's Colossus supercomputer in Memphis came online": a place after "in" is not the subject.
  if (subject.length > 0) {
    const lead = text.slice(Math.max(0, subject[0]!.start - 8), subject[0]!.start);
    if (/\b(?:in|at|near|outside|of|from)\s+$/i.test(lead)) subject.length = 0;
  }
  const modelContext = isEnModelContext(text);
  const named = (ws: Word[]): Mention | undefined => {
    while (ws.length > 0 && /^(?:of|de)$/.test(ws[0]!.text)) ws.shift();
    if (ws.length === 0) return undefined;
    // A bare capitalised name is a project only when it looks like one (a model name in an AI
    // story, "Project X", a facility word); a team, an agency or a city is not.
    // A facility word alone ("Units", "Phase") is not a name.
    if (ws.length === 1 && EN_PROJECT_WORD.test(ws[0]!.text)) return undefined;
    const looksLikeProject = ws.some((w) => EN_PROJECT_WORD.test(w.text)) || (ctx.antecedent === true && ws.length >= 2 && !EN_NOT_NAMES.has(ws[0]!.text)) || (modelContext && ws.some((w) => /\d|[a-z][A-Z]|\+$/.test(w.text) || /^[A-Z][a-z]+$/.test(w.text)));
    if (!looksLikeProject) return undefined;
    const owner = ctx.orgs.find((o) => ws.some((w) => o.start <= w.start && o.end >= w.end));
    if (owner && ws.every((w) => owner.start <= w.start && owner.end >= w.end)) return undefined;
    if (ws.every((w) => EN_DESCRIPTIVE.has(w.text.toLowerCase()))) return undefined;
    const name = tidy(ws.map((w) => w.text).join(' '));
    return make(text, ws, name, ctx.orgs.find((o) => o.end <= ws[0]!.start)?.id ?? null);
  };
  const subjectMention = subject.length > 0 ? named(subject) : undefined;
  // Objects after an active verb, with coordination; the subject when there is none.
  const out: Mention[] = [];
  let current: Word[] = [];
  const after = wordsBetween(text, ctx.hit.end, ctx.clause.end);
  for (const w of after) {
    const clean = w.text.replace(/^["“‘']+|["”’',.;:]+$/g, '');
    if (current.length === 0 && out.length === 0 && /^(?:the|its|their|a|an|plans?|for|on|to|of|work|construction|building|developing|standalone|first|new|planned|proposed|long-awaited|release|launch|opening)$/i.test(clean)) continue;
    if ((isEnNameWord(clean) || (current.length > 0 && isEnDesignator(clean))) && !overlapsAny(w, ctx.skip)) {
      current.push({ ...w, text: clean });
      if (/[,;]$/.test(w.text)) {
        const m = named(current);
        if (m) out.push(m);
        current = [];
      }
      continue;
    }
    if (current.length > 0) {
      const m = named(current);
      if (m) out.push(m);
      current = [];
    }
    if (/^(?:and|&)$/.test(clean) && out.length > 0) continue;
    break;
  }
  if (current.length > 0) {
    const m = named(current);
    if (m) out.push(m);
  }
  const objects = out.filter((m) => !ctx.orgs.some((o) => o.start === m.start && o.end === m.end));
  if (objects.length > 0) return objects;
  return subjectMention ? [subjectMention] : [];
}

/** Step nouns whose ceremony is the step itself ("opening ceremony", "groundbreaking ceremony"). */
const EN_STEP_CEREMONY = /^(?:opening|grand\s+opening|ground-?breaking|signing|ribbon-cutting|inauguration|inaugural|commissioning|dedication|completion)$/i;

/**
 * Is the cue about an event that is not a project step (a visit, a meeting, a sale)? Looks at
 * the noun right before a Korean predicate ("방문 일정이 취소됐다", "설명회가 연기됐다") and at
 * the English object or subject ("cancelled the visit", "the meeting was postponed").
 *
 * @example
 * otherEventTheme('오하이오 공장 방문 일정이 취소됐다', { start: 17, end: 20 }, 'ko'); // true
 */
export function otherEventTheme(text: string, hit: Span, lang: 'ko' | 'en'): boolean {
  if (lang === 'ko') {
    const words = wordsBetween(text, Math.max(0, hit.start - 40), hit.start).reverse().slice(0, 6);
    let schedule = false;
    for (const w of words) {
      const { core, particle } = splitParticle(w.text);
      if (KO_ADVERBS.test(core) || KO_COUNT.test(core) || /^(?:줄줄이|잇따라|모두|하루|이틀|사흘)$/.test(core)) continue;
      // Skip adjuncts: "우천으로", "주민 반발로".
      if (particle !== '' && KO_ADJUNCT_PARTICLES.test(particle) && !SUBJECT_OBJECT.test(particle)) continue;
      if (KO_OTHER_EVENTS.has(core) || /(?:경기|축제|설명회|회의|총회|브리핑|연설|행사|공연|출발|도착|연재|방송|개막|시즌)$/.test(core)) return true;
      // "방문 일정이" / "매각 계획을": the event noun comes before a schedule or plan word.
      if (!schedule && /^(?:일정|계획|예정|행사|절차)$/.test(core)) {
        schedule = true;
        continue;
      }
      return false;
    }
    return false;
  }
  const after = /^\s+(?:(?:the|a|an|its|their|his|her|this|that|all|any)\s+)?([\w-]+)(?:\s+([\w-]+))?/.exec(text.slice(hit.end, hit.end + 60));
  // "an opening ceremony", "a ribbon-cutting ceremony": the ceremony is the step's own, not another event.
  const ownCeremony = after !== null && /^ceremon/i.test(after[1]!) && EN_STEP_CEREMONY.test(text.slice(hit.start, hit.end));
  if (after && !ownCeremony && (EN_OTHER_EVENTS.test(after[1]!) || (after[2] !== undefined && EN_OTHER_EVENTS.test(after[2]) && !/^(?:on|at|in|for|of|after|before|until|when|while|as|because|since|amid|despite|following|over|to|and|but)$/i.test(after[1]!)))) return true;
  // The subject: an event noun among the few words before the verb group ("Saturday's game between … was postponed").
  const before = text.slice(Math.max(0, hit.start - 80), hit.start).split(/\s+/).filter((w) => w !== '').slice(-8);
  // Only punctuation and a possessive are stripped: stripping every final "s" made "talks" "talk".
  return before.some((w) => EN_OTHER_EVENTS.test(w.replace(/[,.;:]+$/, '').replace(/['’]s?$/, ''))) && !/\b(?:of|for|on)\s+(?:the\s+)?[A-Z]/.test(text.slice(Math.max(0, hit.start - 30), hit.start));
}
