/**
 * The status-event detector: sentences → cues → reading (assess.ts) → project and date
 * attachment → events, deduplicated per article. Pure: no I/O, no clock.
 *
 * Per sentence: mentions are found and resolved against the article so far (coreference
 * needs every sentence, with or without a cue); cues are found; each cue is read in its
 * clause; forward-step nouns that are only the theme of a state cue ("출시가 늦어져", "the
 * launch was delayed") give way to it; then each surviving cue is paired with the project
 * of its clause and the date that governs it.
 */
import type { DateRange, DetectedEvent, Lang, Status, Watchlist } from '../core/types';
import type { Assessment, Tense } from './assess';
import { assessCue, finalModality } from './assess';
import type { Clause } from './clauses';
import { clauseAt, splitClauses } from './clauses';
import { cueMatcher } from './cues';
import { parseYmd, toDayNumber } from './date-calendar';
import type { DateMention } from './dates';
import { findDates } from './dates';
import type { ArticleEntities as ArticleEntitiesType, EntityIndex, Mention } from './entities';
import { ArticleEntities, createEntityIndex, findMentions } from './entities';
import { detectLang } from './lang';
import { tidy } from './normalize';
import type { CueHit } from './rules/types';
import { splitSentences } from './sentences';
import { STEP_NOUNS } from './rules/step-nouns';
import { KO_GENERIC_AFTER, KO_GENERIC_BEFORE, KO_OWN_LIGHT_VERB, KO_PROCESS_NOUNS, KO_STEP_NOUN_AFTER } from './rules/entity-ko';
import { EN_GENERIC_AFTER, EN_OTHER_ONE_SUBJECT, EN_OWNER_SUBJECT, EN_SALIENT_OBJECT, EN_SALIENT_SUBJECT } from './rules/entity-en';
import { enThemes, koTheme, otherEventTheme } from './themes';
import { EN_PROJECT_WORD, KO_PROJECT_WORD, notProjectTheme } from './rules/project-words';

/** One article (or one sentence) to read. */
export interface DetectInput {
  title?: string;
  text: string;
  /** The article's publication date, `YYYY-MM-DD`: relative dates resolve against it. */
  published: string;
  lang?: Lang;
}

/** A detector bound to one watchlist; `detect` is pure and safe to call concurrently. */
export interface Detector {
  detect(input: DetectInput): DetectedEvent[];
}

/** Tuning of {@link createDetector}. */
export interface DetectorOptions {
  /** Events below this confidence are not returned. Default 0.3. */
  minConfidence?: number;
}

/** Statuses that say something about a step's fate; a forward-step noun in their clause is their theme. */
const STATE_STATUSES = new Set<Status>(['DELAYED', 'ON_HOLD', 'CANCELLED', 'RESUMED']);
/** Forward steps (and the announcement) that can be such a theme. */
const FORWARD_STATUSES = new Set<Status>(['ANNOUNCED', 'MOU_SIGNED', 'APPROVED', 'CONSTRUCTION_STARTED', 'COMPLETED', 'LAUNCHED']);
/** Families of facilities: "unveiled" one of these announces it. */
const FACILITY_FAMILIES = new Set(['data-center', 'plant', 'campus', 'cluster', 'power-plant', 'complex']);

const DEFAULT_MIN_CONFIDENCE = 0.3;

/** Statuses whose event is a decision; their date is the decision's. */
const DECISION = new Set<Status>(['DELAYED', 'ON_HOLD', 'CANCELLED']);

interface SentenceUnit {
  text: string;
  title: boolean;
}

interface Candidate {
  event: DetectedEvent;
  title: boolean;
  order: number;
}

/**
 * Creates a detector for a watchlist. Alias and cue indexes are compiled here, once.
 *
 * @example
 * const detector = createDetector(config.watchlist);
 * detector.detect({ text: '카카오의 시흥 제2데이터센터 건립이 무산됐다.', published: '2023-11-24' });
 * // [{ projectId: 'kakao-siheung-dc', status: 'CANCELLED', modality: 'occurred', … }]
 */
export function createDetector(watchlist: Watchlist, options: DetectorOptions = {}): Detector {
  const index = createEntityIndex(watchlist);
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  return {
    detect(input: DetectInput): DetectedEvent[] {
      const events = detectArticle(index, input);
      return events.filter((e) => e.confidence >= minConfidence);
    },
  };
}

function sentencesOf(input: DetectInput): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  if (input.title !== undefined && input.title.trim() !== '') {
    for (const s of splitSentences(input.title)) units.push({ text: s.text, title: true });
  }
  for (const s of splitSentences(input.text)) units.push({ text: s.text, title: false });
  return units;
}

function detectArticle(index: EntityIndex, input: DetectInput): DetectedEvent[] {
  const articleLang = input.lang ?? detectLang(`${input.title ?? ''}\n${input.text.slice(0, 2000)}`);
  const article = new ArticleEntities(index);
  const candidates: Candidate[] = [];
  let order = 0;
  for (const unit of sentencesOf(input)) {
    const lang = detectLang(unit.text, articleLang);
    const hits = cueMatcher(lang).find(unit.text);
    // Every sentence is read for coreference; only one with a cue needs owners and product names.
    const mentions = findMentions(index, unit.text, lang, { light: hits.length === 0 });
    const projects = article.resolve(mentions);
    if (hits.length === 0) continue;
    const generics = mentions.filter((m) => m.source === 'generic');
    const orgs = mentions.filter((m) => m.source === 'org');
    for (const event of analyseSentence({ text: unit.text, lang, published: input.published, hits, projects, generics, orgs, title: unit.title, article })) {
      candidates.push({ event, title: unit.title, order: order++ });
    }
  }
  return dedupe(candidates, input.published);
}

interface SentenceInput {
  text: string;
  lang: Lang;
  published: string;
  hits: CueHit[];
  projects: Mention[];
  generics: Mention[];
  orgs: Mention[];
  title: boolean;
  article: ArticleEntitiesType;
}

interface Reading {
  hit: CueHit;
  clause: number;
  assessment: Assessment;
}

/** Is a cue a noun naming the step (the theme another cue can be about)? */
function isThemeNoun(hit: CueHit, text: string, lang: Lang): boolean {
  // "허가를 받아 재가동에 들어갔다": a noun with a light verb of its own is that verb's object, not the theme.
  if (hit.form === 'noun') return !(lang === 'ko' && KO_OWN_LIGHT_VERB.test(text.slice(hit.end, hit.end + 8)));
  if (lang !== 'en') return false;
  const before = text.slice(Math.max(0, hit.start - 12), hit.start);
  const after = text.slice(hit.end, hit.end + 6);
  return /\b(?:the|its|their|a|an|'s|’s)\s+$/i.test(before) || /^\s+of\b/i.test(after);
}

function analyseSentence(input: SentenceInput): DetectedEvent[] {
  const { text, lang, hits } = input;
  const clauses = splitClauses(text, lang);
  const readings: Reading[] = hits.map((hit, i) => {
    const clause = clauseAt(clauses, hit.start);
    const c = clauses[clause]!;
    const prev = hits[i - 1];
    const next = hits[i + 1];
    const assessment = assessCue({
      sentence: text,
      hit,
      lang,
      clauseStart: c.start,
      clauseEnd: c.end,
      prevCueEnd: prev && clauseAt(clauses, prev.start) === clause ? prev.end : c.start,
      nextCueStart: next && clauseAt(clauses, next.start) === clause ? next.start : c.end,
    });
    return { hit, clause, assessment };
  });

  // A forward-step noun that is the theme of a state cue in its clause gives way to it
  // ("출시가 늦어져" is DELAYED, not LAUNCHED); it is remembered as the step a new target
  // date belongs to ("가동을 2026년으로 미뤘다" → LAUNCHED planned 2026).
  const themes = new Map<number, Reading>();
  for (const r of readings) {
    // A build plan named as a noun ("건설 계획", "개발계획") gives way to whatever else its clause says of it.
    if (r.hit.status === 'ANNOUNCED' && r.hit.form === 'noun' && readings.some((o) => o !== r && o.clause === r.clause && o.hit.status !== 'ANNOUNCED')) {
      r.assessment = { keep: false, reason: 'absorbed' };
      continue;
    }
    if (!FORWARD_STATUSES.has(r.hit.status) || !isThemeNoun(r.hit, text, lang)) continue;
    const state = readings.find((s) => s !== r && s.clause === r.clause && STATE_STATUSES.has(s.hit.status));
    if (state) {
      if (r.hit.status !== 'ANNOUNCED' && !themes.has(state.hit.start)) themes.set(state.hit.start, r);
      r.assessment = { keep: false, reason: 'absorbed' };
    }
  }

  let dates: DateMention[] | undefined;
  const datesOf = (): DateMention[] => (dates ??= findDates(text, input.published, lang));
  for (const r of readings) {
    if (r.assessment.keep && otherEventTheme(text, r.hit, lang)) r.assessment = { keep: false, reason: 'absorbed' };
    // "cancels takeover bid", "approved an agreement", "completed the framework": not a project's step.
    if (r.assessment.keep && notProjectTheme(lang, r.assessment.status, text.slice(Math.max(0, r.hit.start - 60), r.hit.start), text.slice(r.hit.end, r.hit.end + 60))) {
      r.assessment = { keep: false, reason: 'absorbed' };
    }
  }
  const kept = readings.filter((r) => r.assessment.keep);
  const events: DetectedEvent[] = [];
  const readingOf = new Map<DetectedEvent, Reading>();
  for (const r of kept) {
    const a = r.assessment;
    if (!a.keep) continue;
    const before = events.length;
    const targets = attachProjects(input, clauses, r, readings, datesOf);
    if (targets.length === 0) targets.push(...fallbackTargets(input, clauses, r));
    if (targets.length === 0) continue;
    const { when, target } = attachDate(input, clauses, r, kept, datesOf, a.tense);
    for (const { mention, factor } of targets) {
      const status = a.status === 'LAUNCHED' && r.hit.rule.facilityStatus && FACILITY_FAMILIES.has(mention.family) ? r.hit.rule.facilityStatus : a.status;
      const modality = finalModality(status, a.tense, when, input.published, lang);
      if (a.reaffirmed && modality === 'planned') continue;
      const distance = distanceOf(mention, r.hit);
      let confidence = r.hit.rule.weight * factor;
      if (distance > 40) confidence *= 0.92;
      if (distance > 80) confidence *= 0.88;
      if (a.hedged) confidence *= 0.9;
      if (a.converted) confidence *= 0.85;
      if (input.title) confidence *= 0.97;
      // A missed plan's date is the plan's, not the delay's ("연내 공개하지 못했다").
      events.push(makeEvent(mention, status, modality, a.converted ? null : when, text, confidence, lang));
      // "will not open until 2029": the step is planned for 2029 and it is late.
      if (a.notUntil && !a.reaffirmed) {
        const decided = attachDate(input, clauses, { ...r, assessment: { ...a, status: 'DELAYED' } }, kept, datesOf, 'past').when;
        events.push(makeEvent(mention, 'DELAYED', 'occurred', decided, text, confidence * 0.9, lang));
      }
      // A delay with a new target date: the step it moves is planned for that date.
      // With no step cue as its theme, a step noun in its clause names the step ("production … would be delayed to 2025").
      const step = status === 'DELAYED' && target ? (themes.get(r.hit.start)?.hit.status ?? stepNounStatus(text, clauses[r.clause]!, lang)) : undefined;
      if (step !== undefined) {
        events.push(makeEvent(mention, step, 'planned', target, text, confidence * 0.9, lang));
      }
    }
    for (const e of events.slice(before)) readingOf.set(e, r);
  }
  return mainEvents(events, readingOf, text, clauses, lang, input.published);
}

/**
 * One sentence tells one happening per project: its main predicate (DEVSET guideline 7).
 * A claim only in a relative clause or an adnominal modifier is background ("which opened
 * in 2017", "지난 4월 착공한 공장의 건설을 중단했다"); an announcement gives way to any other
 * step of the same sentence ("cancelled plans to build", "announced the launch of"); and of
 * several steps of one project the latest told wins ("broke ground in 2008; since then it has
 * been delayed", "착공한 뒤 … 완공했다"). Planned steps are kept: they are schedules, not news.
 */
function mainEvents(events: DetectedEvent[], readingOf: Map<DetectedEvent, Reading>, text: string, clauses: Clause[], lang: Lang, published: string): DetectedEvent[] {
  const occurred = events.filter((e) => e.modality === 'occurred');
  if (occurred.length === 0) return events;
  const background = new Set(occurred.filter((e) => isBackground(readingOf.get(e)!, text, clauses, lang)));
  const foreground = occurred.filter((e) => !background.has(e));
  const announcedOnly = foreground.every((e) => e.status === 'ANNOUNCED');
  const drop = new Set<DetectedEvent>(background);
  for (const e of foreground) {
    // A step in a coordinate clause with its own date well before the article is a recap that
    // belongs on the timeline ("지난해 4월 업무협약을 체결했지만 … 접기로 했다", DESIGN section 4).
    if (isDatedRecap(e, published)) continue;
    if (e.status === 'ANNOUNCED' && !announcedOnly && foreground.some((o) => o !== e && o.status !== 'ANNOUNCED' && sameProject(o, e))) {
      drop.add(e);
      continue;
    }
    // A later step of the same project (or of an unresolved one) in this sentence supersedes it;
    // a later dated recap ("under an agreement signed in 2020") does not.
    const at = readingOf.get(e)!.hit.start;
    const later = foreground.some((o) => o !== e && o.status !== 'ANNOUNCED' && o.status !== e.status && readingOf.get(o)!.hit.start > at && sameProject(o, e) && !isDatedRecap(o, published));
    if (later) drop.add(e);
  }
  return events.filter((e) => !drop.has(e));
}

function isDatedRecap(e: DetectedEvent, published: string): boolean {
  if (e.when === null) return false;
  const end = parseYmd(e.when.to);
  const pub = parseYmd(published);
  return end !== undefined && end !== null && pub !== undefined && pub !== null && toDayNumber(pub) - toDayNumber(end) > RECAP_GAP_DAYS;
}

function sameProject(a: DetectedEvent, b: DetectedEvent): boolean {
  return a.projectId === b.projectId || a.unresolved === true || b.unresolved === true;
}

/** What follows an adnominal ending when the predicate is nominalised, not modifying a noun. */
const KO_DEPENDENT_NOUN = /^[가-힣]?\s*(?:것|상태|바(?![가-힣])|셈|채|만큼|듯|지(?![가-힣])|모양|뒤|후(?![가-힣])|다음|이후|데\s*이어)/;

/** English relative clause opening right before a cue: "…, which opened", "a plant that began operating". */
const EN_RELATIVE_BEFORE = /(?:,\s*|\b(?!(?:said|says|stated|announced|reported|noted|added|confirmed|explained|believes?|expects?|means|ensures?|so|now|such|clear|showed|shows|revealed|told\s+\w+)\s)[a-z-]+\s+)(?:which|that|who)\s+(?:(?:had|has|have|was|were|is|are|been|being|also|first|originally|already|only|just|recently|previously|once|itself|later|then|likewise)\s+)*$/i;

/** Is a reading only background to its sentence: a relative clause or a Korean adnominal modifier? */
function isBackground(r: Reading, text: string, clauses: Clause[], lang: Lang): boolean {
  if (!r.assessment.keep) return false;
  // A Korean adnominal before a dependent noun is the main predicate nominalised ("멈춘 상태다",
  // "연기한 것으로 알려졌다"), not a modifier of another noun.
  if (lang === 'ko') return r.assessment.adnominal && !KO_DEPENDENT_NOUN.test(text.slice(r.hit.end, r.hit.end + 8));
  const c = clauses[r.clause]!;
  const lead = text.slice(Math.max(0, c.start - 2, r.hit.start - 80), r.hit.start);
  return EN_RELATIVE_BEFORE.test(lead);
}

/** The step a step noun in the clause names (rules/step-nouns.ts), if any. */
function stepNounStatus(text: string, clause: Clause, lang: Lang): Status | undefined {
  const span = text.slice(clause.start, clause.end);
  return STEP_NOUNS[lang].find((s) => s.pattern.test(span))?.status;
}

function distanceOf(m: Mention, hit: CueHit): number {
  return m.end <= hit.start ? hit.start - m.end : m.start >= hit.end ? m.start - hit.end : 0;
}

function makeEvent(mention: Mention, status: Status, modality: 'occurred' | 'planned', when: DateRange | null, evidence: string, confidence: number, lang: Lang): DetectedEvent {
  return {
    project: mention.name,
    projectId: mention.id,
    org: mention.org,
    status,
    modality,
    when: when === null ? null : { text: when.text, from: when.from, to: when.to },
    evidence: tidy(evidence),
    confidence: Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100,
    detector: `${lang}-cue`,
    discovered: mention.discovered,
    ...(mention.id === UNRESOLVED_ID ? { unresolved: true } : {}),
  };
}

interface Target {
  mention: Mention;
  factor: number;
}

/** The `projectId` of an event whose project the text does not identify. */
export const UNRESOLVED_ID = 'unresolved';

/** Statuses that are a physical step of something built: the claim itself says there is a project. */
const BUILT_STEPS = new Set<Status>(['CONSTRUCTION_STARTED', 'COMPLETED']);

/**
 * Words that show a clause is about a project when no name or class noun was found: a
 * facility, works on it, or a model or service (rules/project-words.ts).
 */
function projectWordIn(text: string, lang: Lang): string | undefined {
  return (lang === 'ko' ? KO_PROJECT_WORD : EN_PROJECT_WORD).exec(text)?.[0];
}

/** Is a class noun a class of many ("several plants", "전국 데이터센터", "공장들") rather than one unnamed project? */
function isClassNoun(text: string, g: Mention, lang: Lang): boolean {
  if (lang === 'ko') {
    const after = KO_GENERIC_AFTER.exec(text.slice(g.end));
    // "단지 3곳이" counts a few named projects; "30곳", "수십 곳" are a class.
    if (after && !/^\s*[1-9]\s*(?:곳|개|기|개소|군데)/.test(after[0])) return true;
    const before = /([^\s]+)\s+$/.exec(text.slice(Math.max(0, g.start - 12), g.start))?.[1];
    // "공장 일부 라인" is part of one plant, not a class of plants.
    return before !== undefined && before !== '일부' && KO_GENERIC_BEFORE.has(before);
  }
  if (EN_GENERIC_AFTER.test(text.slice(g.end))) return true;
  const lead = text.slice(Math.max(0, g.start - 40), g.start + (g.text.length - g.text.trimStart().length));
  return EN_CLASS_BEFORE.test(lead) || EN_CLASS_BEFORE.test(`${lead} ${g.text.split(/\s+/)[0] ?? ''} `);
}

/** A class quantifier before an English head: "several", "at least seven", "23 new", "dozens of". */
const EN_CLASS_BEFORE = /\b(?:several|many|some|multiple|various|numerous|dozens|hundreds|thousands|other|these|those|such|most|all|few|at\s+least\s+\w+|more\s+than\s+\w+|\d+|(?<!\b(?:of|for|the|its|their|approved|OK’d|OK'd)\s+)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty))\s+(?:(?:of\s+)?(?:the\s+)?)?(?:[\w.-]+\s+){0,4}$/i;
/** Statistics over many projects: "among at least seven projects", "one of several", "N건", "N곳 가운데". */
const EN_AGGREGATE = /\b(?:among\s+(?:at\s+least\s+)?(?:\w+\s+)?(?:of\s+)?(?:the\s+)?(?:[\w.-]+\s+){0,4}(?:projects|plants|facilities)|most\s+recent\s+among|(?:several|dozens\s+of|many)\s+(?:[\w.-]+\s+){0,3}projects)\b/i;
/** A plural subject anywhere in the sentence ("기업들이 잇따라 철회하고 있다", "원전들이 대부분 재가동"). */
const KO_PLURAL_SUBJECT = /[가-힣]{2,}들(?:이|은|는|도)\s|대부분|잇따라/;
// A count is a statistic when it is approximate ("30여 곳"), picks from a set ("가운데", "중") or is large (10 or more);
// "해상풍력 단지 3곳이" names three projects.
const KO_AGGREGATE = /(?:[0-9,]+\s*여\s*(?:건|곳|개)|[0-9,]+\s*(?:건|곳|개\s*사|개\s*업체|개\s*기업|개\s*프로젝트)\s*(?:가운데|중(?![가-힣]))|(?:[1-9][0-9]|[0-9]{3,})\s*(?:건|곳|개\s*사|개\s*업체|개\s*기업|개\s*프로젝트)(?:의|이|가|을|를|에|,|\s)|[가-힣]+들이\s|대부분|잇따라)/;

/**
 * Status from the predicate, identity from the entities: a claim whose clause names no
 * project is still an event when it is said of something project-like. It is given, best
 * first, the article's current project (a pronoun or a step noun standing for it), or an
 * unresolved project named by its class noun ("a battery factory"); its confidence says so.
 */
function fallbackTargets(input: SentenceInput, clauses: Clause[], r: Reading): Target[] {
  const { text, lang } = input;
  const c = clauses[r.clause]!;
  const noun = input.generics.find((g) => inSpan(g, c)) ?? input.generics[0];
  // A class of projects ("three data centers", "전국 데이터센터", "원전들") is a statistic, not one project's event.
  if (noun !== undefined && isClassNoun(text, noun, lang)) return [];
  // A statistic before the cue ("30여 곳 가운데 절반이 보류됐다", "among at least seven projects that have delayed").
  const lead = text.slice(0, r.hit.end);
  if (lang === 'ko' ? KO_AGGREGATE.test(lead) || KO_PLURAL_SUBJECT.test(text) : EN_AGGREGATE.test(lead)) return [];
  // The cue's own step noun ("가동할 예정", "the opening date") shows there is a project but does not name it.
  const blanked = text.slice(0, r.hit.start) + ' '.repeat(r.hit.end - r.hit.start) + text.slice(r.hit.end);
  const word = noun?.text ?? projectWordIn(blanked.slice(c.start, c.end), lang) ?? projectWordIn(blanked, lang);
  if (word === undefined && !BUILT_STEPS.has(r.hit.status) && projectWordIn(text, lang) === undefined) return [];
  // The article's project stands in only when this sentence names none of its own: a sentence
  // whose own projects were all passed over ("after the new one opens") is about something else.
  const topic = input.projects.length === 0 ? input.article.topic() : undefined;
  if (topic && !input.title && (noun === undefined || noun.family === topic.family || topic.family === 'any')) return [{ mention: topic, factor: 0.6 }];
  const owner = input.orgs.find((o) => o.end <= r.hit.start) ?? input.orgs[0];
  const name = (word ?? '').trim();
  const mention: Mention = {
    source: 'generic', start: r.hit.start, end: r.hit.start, text: name, id: UNRESOLVED_ID, name, org: owner ? owner.id : null,
    family: noun?.family ?? 'any', discovered: true, particle: '', tokens: [],
  };
  return [{ mention, factor: 0.55 }];
}

const SOURCE_FACTOR: Readonly<Record<string, number>> = { alias: 1, phrase: 0.9, bare: 0.85, anaphor: 0.8 };

/** Korean particles of comparison: "A와 달리 B는 …" — A is not the subject. */
const KO_COMPARISON_AFTER = /^\s*(?:달리|비교해|비해|마찬가지로|같이|처럼|이어|뒤이어)/;

function inSpan(m: { start: number; end: number }, c: Clause): boolean {
  return m.start >= c.start && m.end <= c.end;
}

/**
 * The project(s) a cue is about: the one in its clause (Korean: the subject or object
 * before the predicate, or the noun an adnominal cue modifies; English: the subject before
 * the verb unless an organisation is the subject, then the object after it), with projects
 * coordinated with it ("A와 B가 나란히 착공했다"). A class noun in that slot ("전국
 * 데이터센터") means the claim is about no named project.
 */
/**
 * A class noun in the instrumental ("탈원전 정책으로 중단됐다", "자금난으로 멈췄다") is the
 * cause, not the subject: it gives way to a project named before it in the clause.
 */
function koCauseNoun(m: Mention, before: readonly Mention[], text: string): boolean {
  return m.source === 'generic' && KO_CAUSE_AFTER.test(text.slice(m.end)) && before.some((o) => o !== m && o.source !== 'generic' && o.end <= m.start);
}

/** What follows a class noun used as a cause: 으로/로, directly or after 정책, 여파, 갈등 … */
const KO_CAUSE_AFTER = /^\s*(?:정책|문제|갈등|논란|여파|영향|부족|악화|반대|규제|때문)?\s*(?:으로|로)(?![가-힣])/;

/** A mention used as a place ("평택 P4 인근 진입도로", "near the Ohio fab") is not the theme. */
function isLocation(text: string, m: Mention, lang: Lang): boolean {
  if (lang === 'ko') return /^(?:의)?\s*(?:인근|근처|주변|옆|앞|일대|부근|내)(?![가-힣])/.test(text.slice(m.end + m.particle.length));
  if (/\b(?:near|next\s+to|outside|beside|around|inside|within)\s+(?:(?:the|its|their|an?|[a-z]+)\s+){0,2}$/i.test(text.slice(Math.max(0, m.start - 30), m.start))) return true;
  // "would build its new R2 SUV at its factory in Normal": the plant where a product is made is a place, not the theme.
  return EN_MADE_AT.test(text.slice(Math.max(0, m.start - 80), m.start));
}

/** A product made at an owner's existing site: a making verb, its object, then "at its". */
const EN_MADE_AT = /\b(?:build|make|produce|assemble|manufacture)s?\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+){1,5}?(?:vehicles?|cars?|SUVs?|sport\s+utility\s+vehicles?|trucks?|pickups?|sedans?|models?|phones?|chips?|batteries|cells|engines)\s+at\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}$/i;

/** English words between a subject and its verb, not counting auxiliaries, adverbs and dates. */
function enGap(text: string, from: number, to: number): number {
  const between = text.slice(from, to);
  // A comma, "said … that" or a pronoun between them means another clause holds the verb.
  if (/,|\bsaid\b|\bsays\b|\bthat\b|\bit\b|\bthey\b/i.test(between)) return 99;
  const words = between.split(/\s+/).filter((w) => w !== '' && !/^(?:has|have|had|was|were|is|are|be|been|being|will|would|could|may|might|also|now|officially|finally|again|already|just|further|reportedly|on|in|last|this|early|late|[A-Z][a-z]+day|\d{4})$/i.test(w));
  return words.length;
}

function attachProjects(input: SentenceInput, clauses: Clause[], r: Reading, readings: Reading[], datesOf: () => DateMention[]): Target[] {
  const { text, lang } = input;
  const hit = r.hit;
  const c = clauses[r.clause]!;
  // A long English cue can hold its own subject ("Construction of the Kumamoto plant was completed"): a mention inside it counts as before.
  const slots = [...input.projects, ...input.generics].filter((m) => inSpan(m, c) && !isLocation(text, m, lang));
  const inside = (m: Mention): boolean => m.start >= hit.start && m.end <= hit.end;
  const before = slots.filter((m) => m.start < hit.start || inside(m)).sort((a, b) => Number(inside(b)) - Number(inside(a)) || b.end - a.end);
  const after = slots.filter((m) => m.start >= hit.end).sort((a, b) => a.start - b.start);
  const assessment = r.assessment;
  const adnominal = assessment.keep && assessment.adnominal;

  let chosen: Mention | undefined;
  let factor = 1;
  /** English: a project earlier in the clause but not next to the verb, used when nothing closer fits. */
  let distant: Mention | undefined;
  if (lang === 'ko') {
    const usable = before.filter(
      (m) => (!(m.particle === '와' || m.particle === '과') || !KO_COMPARISON_AFTER.test(text.slice(m.end + m.particle.length))) && !koCauseNoun(m, before, text),
    );
    if (adnominal && after[0] && after[0].start - hit.end < 12) chosen = after[0];
    else chosen = usable[0] ?? (after[0] && after[0].start - hit.end < 12 ? after[0] : undefined);
  } else {
    // The subject must stand next to its verb group ("The Kumamoto plant was completed"), not
    // several nouns away ("the stadium plans … after talks over a site stalled").
    const subject = before.find((m) => inside(m) || enGap(text, m.end, hit.start) <= 3);
    const orgBetween = subject ? input.orgs.some((o) => o.start >= subject.end && o.end <= hit.start) : false;
    const passive = /\b(?:is|are|was|were|been|be|being|get|got)\s+(?:\w+\s+)?$/i.test(text.slice(c.start, hit.start));
    const object = after.find((m) => m.start - hit.end < (subject ? 60 : 160));
    if (subject && (!orgBetween || passive || !object)) chosen = subject;
    else chosen = object ?? subject;
    // A class noun as the object ("start running services") says nothing against the subject carried over.
    if (chosen !== undefined && chosen === object && chosen.source === 'generic') chosen = undefined;
    distant = chosen === undefined ? before.find((m) => m.source !== 'generic') : undefined;
  }
  if (chosen === undefined) {
    // "카카오는 업무협약을 체결하고 시흥 데이터센터 건립을 추진해 왔다": one subject, two predicates; the first is about the second's project.
    const shared = sharedSubjectProject(input, clauses, r.clause);
    if (shared) {
      chosen = shared;
      factor = 0.85;
    }
  }
  if (chosen === undefined && lang === 'en') {
    const antecedent = enRelativeAntecedent(input, clauses, r, readings, datesOf);
    if (antecedent) chosen = antecedent;
  }
  let themed: Mention[] = [];
  if (chosen === undefined) {
    // No mention in the slot: the phrase the predicate is about, when it looks like a name.
    const cues = readings.filter((o) => o !== r).map((o) => o.hit);
    const skip = [...datesOf().map((d) => ({ start: d.index, end: d.end })), ...cues];
    const ctx = { text, clause: c, hit, skip, cues, orgs: input.orgs, known: (name: string) => input.article.knows(name) };
    themed = (lang === 'ko' ? [koTheme(ctx)] : enThemes(ctx)).filter((m): m is Mention => m !== undefined).map((m) => input.article.adopt(m, input.orgs));
    chosen = themed[0];
    if (chosen) factor = 0.8;
    // Later clauses may refer back to it ("… finished the Regional Connector, and trains will start running through it").
    for (const m of themed) if (!input.projects.includes(m)) input.projects.push(m);
  }
  if (chosen === undefined && distant) {
    chosen = distant;
    factor = 0.8;
  }
  if (chosen === undefined) {
    // The topic of an earlier clause carries over ("A는 지난해 착공했고, 내년 가동한다"),
    // unless another cue's clause in between names its own project.
    // Korean carries the subject or topic over an object or a predicate noun between
    // ("테일러 공장은 … 신공장으로, 2022년 상반기 착공했다" is about 테일러 공장).
    const koSubject = (m: Mention): boolean => /^(?:은|는|이|가|도)$/.test(m.particle) || m.start === 0;
    const preceding = input.projects.filter((m) => m.end <= c.start).sort((a, b) => b.end - a.end);
    const earlier = lang === 'ko' && preceding[0] && /^(?:으로|로)$/.test(preceding[0].particle) ? (preceding.find(koSubject) ?? preceding[0]) : preceding[0];
    // Only a subject or topic carries over ("A는 …했고, …"), not an object or a place ("… at A, after …").
    const isTopic =
      earlier !== undefined &&
      (lang === 'ko'
        ? /^(?:은|는|이|가|도|을|를)$/.test(earlier.particle) || earlier.start === 0 || (earlier.particle === '' && KO_STEP_NOUN_AFTER.test(text.slice(earlier.end, c.start)))
        : !/\b(?:at|near|outside|from|with|against|over)\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(0, earlier.start - 30), earlier.start)));
    // A definite part in between ("with the new units expected to come online") is the earlier project's own.
    const ownPart = (g: Mention): boolean => lang === 'en' && EN_DEFINITE_PART.test(text.slice(Math.max(0, g.start - 30), g.end));
    // "…torn down after the new one opens": the clause's own subject is another project.
    const otherOne = lang === 'en' && EN_OTHER_ONE_SUBJECT.test(text.slice(c.start, hit.start));
    if (earlier && isTopic && !otherOne && !input.generics.some((g) => g.start >= earlier.end && g.end <= hit.start && !(lang === 'ko' && koCauseNoun(g, [earlier], text)) && !ownPart(g))) {
      const claimed = readings.some((o) => o !== r && o.hit.start > earlier.end && o.hit.start < c.start && o.clause !== clauseAt(clauses, earlier.start) && input.projects.some((p) => p !== earlier && inSpan(p, clauses[o.clause]!)));
      if (!claimed) {
        chosen = earlier;
        factor = 0.85;
      }
    }
  }
  if (chosen === undefined && lang === 'ko' && !input.title && hit.form !== 'noun' && input.projects.length === 0 && input.generics.length === 0) {
    // Korean drops a subject the reader already knows ("…을 착공했다. 내년 말 가동할 예정이다."):
    // a predicate with no project in its sentence is about the article's current topic, unless
    // the clause has a subject of its own (other than the topic's owner or a process noun: "공사는").
    const topic = input.article.topic();
    if (topic && !koOwnSubject(text, 0, hit.start, input.orgs, topic.org)) {
      chosen = topic;
      factor = 0.6;
    }
  }
  if (chosen === undefined && lang === 'en' && !input.title && !input.projects.some((m) => m.start < hit.start || inSpan(m, c))) {
    // English refers back too ("It opened in May", "Construction began in 2022", "The company
    // pushed back completion of the first fab"): with no project of its own, such a sentence is
    // about the project the story is on, the most recently named one.
    const topic = input.article.topic();
    if (topic && enSalientSubject(text, hit, input.orgs)) {
      chosen = topic;
      factor = 0.7;
    }
  }
  if (chosen !== undefined && chosen.source === 'generic' && lang === 'en' && EN_DEFINITE_PART.test(text.slice(Math.max(0, chosen.start - 30), chosen.end))) {
    // "…will build a gas plant at Kingston, with the new units expected to come online in 2027":
    // the definite parts of a project named just before are that project.
    const part = chosen;
    const owner = input.projects.filter((m) => m.end <= part.start && m.source !== 'generic').sort((a, b) => b.end - a.end)[0];
    if (owner) {
      chosen = owner;
      factor = 0.8;
    }
  }
  if (chosen === undefined || chosen.source === 'generic') return [];
  const targets: Target[] = [{ mention: chosen, factor: factor * (SOURCE_FACTOR[chosen.source] ?? 0.85) }];
  for (const extra of themed.slice(1)) if (!targets.some((t) => t.mention.id === extra.id)) targets.push({ mention: extra, factor: targets[0]!.factor });
  // Coordinated projects: "A와 B가", "A, B and C".
  let head = chosen;
  for (;;) {
    const prev = input.projects.filter((m) => m.end <= head.start).sort((a, b) => b.end - a.end)[0];
    if (!prev) break;
    let between = text.slice(prev.end, head.start);
    for (const o of input.orgs) if (o.start >= prev.end && o.end <= head.start) between = between.replace(o.text, ' ');
    const coordinated = lang === 'ko' ? /^(?:와|과|및|,|·|\s)*$/.test(between.replace(/^(?:와|과)/, '')) && /^(?:와|과|\s*및|\s*,|·)/.test(between) : EN_COORDINATION.test(between);
    if (!coordinated) break;
    if (!targets.some((t) => t.mention.id === prev.id)) targets.push({ mention: prev, factor: targets[0]!.factor * 0.95 });
    head = prev;
  }
  // English objects coordinated after the chosen one: "scrapped its Magdeburg fab and a planned plant near Wroclaw", "approved Units 3 and 4".
  if (lang === 'en' && chosen.start >= hit.end) {
    let tail = chosen;
    for (;;) {
      const next = input.projects.filter((m) => m.start >= tail.end && inSpan(m, c)).sort((a, b) => a.start - b.start)[0];
      if (!next) break;
      const between = text.slice(tail.end, next.start);
      if (!EN_COORDINATION.test(between)) break;
      if (!targets.some((t) => t.mention.id === next.id)) targets.push({ mention: next, factor: targets[0]!.factor * 0.95 });
      tail = next;
    }
  }
  return targets;
}

/**
 * What stands between two coordinated English projects: a list joint, maybe a determiner or a
 * describing word, and maybe the first site's region ("in Kaiserslautern, Germany, and Termoli").
 */
const EN_COORDINATION = /^(?:,\s+[A-Z][\w.'-]*)?\s*(?:,|and|&|,\s*and)\s*(?:(?:a|an|the|its|their)\s+)?(?:planned\s+|proposed\s+|new\s+|second\s+)?$/i;

/** A definite plural part of a project ("the new units", "the first sites", "the remaining phases"). */
const EN_DEFINITE_PART = /\bthe\s+(?:(?:new|first|initial|remaining|last|two|three|four|first\s+two|first\s+three)\s+)?(?:units|sites|phases|buildings|halls|reactors)$/i;

/** A relative clause's opening: "…, which broke ground in 2024", "…, which has yet to open". */
const EN_RELATIVE_START = /^\s*(?:which|that)\b/i;
/** Steps a relative clause can tell of its antecedent: a facility or line being built or opened. */
const EN_RELATIVE_STEPS = new Set<Status>(['CONSTRUCTION_STARTED', 'COMPLETED', 'LAUNCHED', 'APPROVED']);

/**
 * The name a relative clause hangs on ("Brightline West, which broke ground last April, …"):
 * the project right before ", which", or, with none, the capitalised name there, which the
 * step in the clause shows to be a project. It is added to the sentence's projects, so the
 * main verb after the clause ("…, expects to open in 2028") carries it over.
 */
function enRelativeAntecedent(input: SentenceInput, clauses: Clause[], r: Reading, readings: Reading[], datesOf: () => DateMention[]): Mention | undefined {
  const { text } = input;
  const c = clauses[r.clause]!;
  if (r.clause === 0 || !EN_RELATIVE_START.test(text.slice(c.start, r.hit.start))) return undefined;
  const comma = text.lastIndexOf(',', c.start);
  if (comma < 0 || text.slice(comma + 1, c.start).trim() !== '') return undefined;
  const near = input.projects.filter((m) => m.end <= comma && comma - m.end <= 2).sort((a, b) => b.end - a.end)[0];
  if (near) return near;
  if (!r.assessment.keep || !EN_RELATIVE_STEPS.has(r.assessment.status)) return undefined;
  // A verb with its own object ("Las Vegas, which opened its convention center") makes the name the owner or place, not the project.
  if (/^\s+(?:its|their|a|an|the|his|her)\b/i.test(text.slice(r.hit.end))) return undefined;
  const prev = clauses[r.clause - 1]!;
  const cues = readings.filter((o) => o !== r).map((o) => o.hit);
  const skip = [...datesOf().map((d) => ({ start: d.index, end: d.end })), ...cues];
  const ctx = { text, clause: { start: prev.start, end: comma }, hit: { start: comma, end: comma }, skip, cues, orgs: input.orgs, antecedent: true };
  const found = enThemes(ctx)[0];
  // Only the name just before the comma ("Brightline West,"), not a word earlier in the clause.
  if (!found || comma - found.end > 1 || input.orgs.some((o) => o.start <= found.start && o.end >= found.end)) return undefined;
  const adopted = input.article.adopt(found, input.orgs);
  if (!input.projects.includes(adopted)) input.projects.push(adopted);
  return adopted;
}

/** A fronted adverbial before the subject: "Last February, ", "In July 2023 ". */
const EN_FRONTED = /^(?:(?:[A-Z][^,]{0,40},|(?:In|On|By|Last|This|Earlier|Later)\s+[A-Za-z0-9 ]{1,25}?)\s+)?$/;

/**
 * Does an English sentence's subject stand for the salient project? A pronoun or the
 * project's step as subject ({@link EN_SALIENT_SUBJECT}), or its owner ("The company",
 * "Samsung") when what follows the cue points back to it ({@link EN_SALIENT_OBJECT}).
 */
function enSalientSubject(text: string, hit: CueHit, orgs: Mention[]): boolean {
  const head = text.slice(0, hit.start);
  // A cue that holds its own subject ("Construction is scheduled to begin") is about the salient project when that subject is one of these.
  const own = EN_SALIENT_SUBJECT.exec(text.slice(0, hit.end));
  if (own && own[0].length > hit.start && /^(?:construction|work|production|operations)\b/i.test(text.slice(hit.start, hit.end))) return true;
  if (EN_SALIENT_SUBJECT.test(head)) {
    const m = EN_SALIENT_SUBJECT.exec(head)!;
    // A relative or appositive clause may sit between them: "Construction of the center, which sits on a site, was completed".
    const between = text.slice(m[0].length, hit.start).replace(/(\d),(\d)/g, '$1$2').replace(/^\s*,[^,]*,/, ' ');
    return enGap(between, 0, between.length) <= 3;
  }
  if (!EN_SALIENT_OBJECT.test(text.slice(hit.end))) return false;
  const owner = EN_OWNER_SUBJECT.exec(head);
  const ownerEnd = owner ? owner[0].length : orgs.find((o) => EN_FRONTED.test(text.slice(0, o.start)))?.end;
  if (ownerEnd === undefined) return false;
  return enGap(text, ownerEnd, hit.start) <= 4;
}

/** Korean clause ends that join two predicates of one subject: -고, -며, -면서, -ㄴ 뒤/후, -ㄴ 데 이어. */
const KO_SHARED_SUBJECT_END = /(?:[하되했됐였었았겠있없졌지켰혔렸웠왔갔났섰쳤뤘췄떴뗐]고|[가-힣]며|면서|[가-힣]\s+(?:뒤|후|뒤에|후에|다음|이후|이후에)|데\s+이어(?:서)?)\s*,?\s*$/;
/** An English clause that goes on with the same subject: "… and began building …" (a verb, not a new subject). */
const EN_SHARED_SUBJECT_NEXT = /^\s*,?\s*[Aa]nd\s+(?:then\s+|later\s+|also\s+|subsequently\s+)?(?!(?:the|a|an|its|their|his|her|it|they|he|she|we|this|that|these|those|there)\b)[a-z]+/;

/**
 * The project of the next clause when a cue's clause names none and shares its subject with
 * it: the coordinated predicates of one subject are about the same project. The project must
 * be the object of that clause, with no new subject before it. Looks at most two clauses on.
 */
function sharedSubjectProject(input: SentenceInput, clauses: Clause[], at: number): Mention | undefined {
  const { text, lang } = input;
  for (let i = at; i + 1 < clauses.length && i < at + 2; i++) {
    const c = clauses[i]!;
    const next = clauses[i + 1]!;
    const joined = lang === 'ko' ? KO_SHARED_SUBJECT_END.test(text.slice(c.start, c.end)) : EN_SHARED_SUBJECT_NEXT.test(text.slice(next.start, next.end));
    if (!joined) return undefined;
    const found = input.projects.filter((m) => inSpan(m, next) && !isLocation(text, m, lang)).sort((a, b) => a.start - b.start)[0];
    if (!found) continue;
    if (lang === 'ko' && (/^(?:은|는|이|가|도)$/.test(found.particle) || koOwnSubject(text, next.start, found.start, input.orgs, ''))) return undefined;
    if (input.generics.some((g) => g.start >= next.start && g.end <= found.start)) return undefined;
    return found;
  }
  return undefined;
}

/**
 * Does a Korean clause name a subject of its own before the cue? A word marked 은/는/이/가 that
 * is neither the topic's owner nor a process noun standing for the project ("공사는", "사업이").
 */
function koOwnSubject(text: string, from: number, to: number, orgs: Mention[], topicOrg: string | null): boolean {
  for (const w of text.slice(from, to).matchAll(/[^\s,]+/g)) {
    const word = w[0].replace(/["'”’」)]+$/, '');
    const m = /^(.+?)(?:은|는|이|가)$/.exec(word);
    if (!m || m[1]!.length < 1) continue;
    const at = from + w.index!;
    const org = orgs.find((o) => o.start <= at && o.end >= at + m[1]!.length);
    if (org) {
      if (topicOrg !== null && org.id !== topicOrg) return true;
      continue;
    }
    if (KO_PROCESS_NOUNS.has(m[1]!)) continue;
    // An adnominal verb ("추진하는", "짓는") ends like a topic marker but marks none.
    if (/(?:하는|되는|있는|없는|짓는|세우는|이는|오는|가는|나는|했던|됐던|하던|되던)$/.test(word)) continue;
    return true;
  }
  return false;
}

/** A date that a delay moves the step to: "2026년으로", "to 2026", "until 2026". */
function isTargetDate(text: string, d: DateMention, lang: Lang): boolean {
  if (lang === 'ko') return /^(?:으로|로|까지)(?![가-힣])|^(?:으로|로)\s|^에야|^(?:이|가)?\s*(?:돼|되어|되)서야/.test(text.slice(d.end, d.end + 8));
  if (isPlanDate(text, d, lang)) return false;
  return /\b(?:to|until|till|into|for)\s+(?:early\s+|mid-?\s*|late\s+|the\s+end\s+of\s+)?$/i.test(text.slice(Math.max(0, d.index - 24), d.index));
}

/**
 * The date of the plan a delay missed ("연내 공개하겠다고 밝혔던", "당초 2025년 가동 예정이던",
 * "originally planned for 2025"): it dates neither the delay nor the new schedule.
 */
function isPlanDate(text: string, d: DateMention, lang: Lang): boolean {
  const before = text.slice(Math.max(0, d.index - 16), d.index);
  if (lang === 'ko') {
    if (/(?:당초|애초|원래|본래|기존)(?:에는|엔|는)?\s*(?:[^\s]+\s+)?$/.test(before)) return true;
    // The words between the date and its verb hold a promise or schedule: "연내 공개하겠다고", "2025년 가동 예정이던".
    return /^[^,.]{0,16}?(?:겠다|겠다고|예정이|계획이|목표(?:였|이었|로\s*했)|기로\s*했던)/.test(text.slice(d.end, d.end + 24));
  }
  return /\b(?:originally|initially|previously|once|first)\b[^.,;]{0,30}$|\b(?:planned|scheduled|slated|set|due|expected|targeted|meant|supposed|promised|pledged)\s+(?:to\s+\w+\s+)?(?:for|in|by)\s+(?:early\s+|mid-?\s*|late\s+|the\s+end\s+of\s+)?$/i.test(text.slice(Math.max(0, d.index - 40), d.index));
}

/**
 * The date that governs a cue: in its clause, the nearest one before a Korean predicate or
 * after an English verb; for planned steps a date not yet past is preferred, for things done
 * a date not in the future. With none in the clause, a date in the clause before it carries
 * over when that clause has no cue of its own. For a delay, a target date ("2026년으로") is
 * returned apart: the delay's own `when` is the decision's date.
 */
function attachDate(
  input: SentenceInput,
  clauses: Clause[],
  r: Reading,
  kept: Reading[],
  datesOf: () => DateMention[],
  tense: Tense,
): { when: DateRange | null; target: DateRange | null } {
  const all = datesOf();
  if (all.length === 0) return { when: null, target: null };
  const { text, lang, published } = input;
  const hit = r.hit;
  const status = r.assessment.keep ? r.assessment.status : hit.status;
  const c = clauses[r.clause]!;
  const inClause = all.filter((d) => d.index >= c.start && d.end <= c.end);
  let target: DateRange | null = null;
  let pool = inClause;
  if (status === 'DELAYED') {
    const targets = inClause.filter((d) => isTargetDate(text, d, lang));
    target = targets[0] ?? null;
    // The missed plan's date belongs to no event: the delay is dated by when it happened.
    pool = inClause.filter((d) => !targets.includes(d) && !isPlanDate(text, d, lang));
  }
  if (pool.length === 0 && r.clause > 0) {
    const prev = clauses[r.clause - 1]!;
    const prevHasCue = kept.some((o) => o !== r && o.clause === r.clause - 1);
    if (!prevHasCue) pool = all.filter((d) => d.index >= prev.start && d.end <= prev.end && !(status === 'DELAYED' && (isTargetDate(text, d, lang) || isPlanDate(text, d, lang))));
  }
  // A date between this cue and the next one of the clause belongs to that one (Korean: the
  // date comes before its predicate), and for English a date between the previous cue and
  // this one belongs to the previous one, and one after a later cue to that cue ("began
  // building it under an agreement signed in 2020": 2020 dates the signing).
  const others = kept.filter((o) => o !== r && o.clause === r.clause);
  pool = pool.filter((d) =>
    lang === 'ko'
      ? !(d.index >= hit.end && others.some((o) => o.hit.start >= d.end))
      : !(d.end <= hit.start && others.some((o) => o.hit.end <= d.index)) && !(d.index >= hit.end && others.some((o) => o.hit.start >= hit.end && o.hit.end <= d.index)),
  );
  // A decision (to delay, pause or cancel) is dated by when it was taken, never by a future date.
  if (DECISION.has(status)) pool = pool.filter((d) => d.from <= published);
  if (pool.length === 0) return { when: null, target };
  // The announcement and the decisions are dated when they happen; a step's plan by its target.
  const wantsFuture = status !== 'ANNOUNCED' && !DECISION.has(status) && (tense === 'planned' || tense === 'decided' || tense === 'present');
  const score = (d: DateMention): number => {
    const beforeCue = d.end <= hit.start;
    const distance = beforeCue ? hit.start - d.end : d.index - hit.end;
    const preferredSide = lang === 'ko' ? beforeCue : !beforeCue;
    const fits = wantsFuture ? d.to >= published : d.from <= published;
    return (fits ? 0 : 1000) + (preferredSide ? 0 : 200) + Math.max(0, distance);
  };
  const best = [...pool].sort((a, b) => score(a) - score(b))[0]!;
  // Things done carry no future date ("announced on Tuesday plans to open in 2026" dates the opening, not the announcement).
  if (!wantsFuture && best.from > published && (status === 'ANNOUNCED' || tense === 'past' || DECISION.has(status))) return { when: null, target };
  return { when: { text: best.text, from: best.from, to: best.to }, target };
}

/** Days two reports of one happening may differ by ("said Tuesday that it broke ground" / "the ceremony on Monday"). */
const SAME_HAPPENING_SLACK_DAYS = 3;

function overlapsRange(a: DateRange | null, b: DateRange | null): boolean {
  if (a === null || b === null) return true;
  if (a.from <= b.to && b.from <= a.to) return true;
  const [af, at, bf, bt] = [a.from, a.to, b.from, b.to].map((d) => parseYmd(d));
  if (!af || !at || !bf || !bt) return false;
  const gap = Math.max(toDayNumber(bf) - toDayNumber(at), toDayNumber(af) - toDayNumber(bt));
  return gap <= SAME_HAPPENING_SLACK_DAYS;
}

function narrower(a: DateRange | null, b: DateRange | null): DateRange | null {
  if (a === null) return b;
  if (b === null) return a;
  if (a.from >= b.from && a.to <= b.to) return a;
  if (b.from >= a.from && b.to <= a.to) return b;
  return a;
}

/**
 * One event per project, status and modality (and date, when two dates clearly differ):
 * the headline and the body repeating a claim give one event, with the body's sentence as
 * evidence and the more precise date.
 */
/** How far before the article a dated event must lie to be a recap of an older happening. */
const RECAP_GAP_DAYS = 45;

/**
 * An undated mention and a dated recap of the same project and status are two happenings
 * ("announced the Taylor plant in November 2021" … "will build a second fab in Taylor"): the
 * undated one is news of the day, the dated one lies well before it. A repeat of a recent
 * event ("GTX-A 개통" in the headline, "지난 30일 개통했다" in the body) still merges.
 */
function differentHappenings(a: DetectedEvent, b: DetectedEvent, published: string): boolean {
  const dated = a.when ?? b.when;
  if ((a.when === null) === (b.when === null) || dated === null) return false;
  const end = parseYmd(dated.to);
  const pub = parseYmd(published);
  if (!end || !pub) return false;
  return toDayNumber(pub) - toDayNumber(end) > RECAP_GAP_DAYS;
}

/**
 * Two events of one article tell of the same project when their ids agree, when one of them
 * has no resolved project, or when both are discovered and their names share a distinctive
 * word ("Kentucky EV battery plant" / "Kentucky battery plants"; a place, not a head noun).
 */
function sameProjectInArticle(a: DetectedEvent, b: DetectedEvent): boolean {
  if (a.projectId === b.projectId || a.unresolved === true || b.unresolved === true) return true;
  if (!a.discovered || !b.discovered) return false;
  const [da, db] = [designators(a.project), designators(b.project)];
  if (da !== '' && db !== '' && da !== db) return false;
  const wa = distinctiveWords(a.project);
  const wb = distinctiveWords(b.project);
  // A name that is only a description ("170억 달러 반도체 공장") is the article's project of that owner.
  if (wa.length === 0 || wb.length === 0) return a.org === b.org;
  return wb.some((w) => wa.includes(w));
}

/** Designators tell projects apart ("Empire Wind 2" / "Empire Wind 3", "1공장" / "2공장"). */
function designators(name: string): string {
  return (withoutAmounts(name).match(/\d+/g) ?? []).join(',');
}

/** Money, size and capacity say how big a project is, not which one ("170억 달러", "2MW급", "$1.6 billion"). */
function withoutAmounts(name: string): string {
  return name
    .replace(/[$€£₩]\s?[\d.,]+\s*(?:billion|million|bn|trillion)?/gi, ' ')
    .replace(/[\d.,]+\s*(?:조|억|만|천)?\s*(?:원|달러|dollars?|MW|GW|kW|㎡|톤|급|규모|%|billion|million)(?:급|규모|짜리)?/gi, ' ');
}

function distinctiveWords(name: string): string[] {
  return (withoutAmounts(name).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 2 && !STOP_NAME_WORDS.has(w) && !EN_PROJECT_WORD.test(w) && !KO_PROJECT_WORD.test(w) && !KO_NAME_FILLER.test(w));
}

/** Korean descriptive words that do not tell two projects apart ("반도체 공장", "태양광발전소"). */
const KO_NAME_FILLER = /^(?:반도체|배터리|이차전지|태양광|풍력|해상풍력|원통형|신규|새|전용|첨단|생산|제조|美|미국|국내|해외)$/;

const STOP_NAME_WORDS = new Set(['the', 'and', 'new', 'first', 'second', 'third', 'its', 'their', 'battery', 'batteries', 'nuclear', 'power', 'data', 'gas', 'solar', 'wind', 'chip', 'semiconductor', 'electric', 'vehicle']);

function dedupe(candidates: Candidate[], published: string): DetectedEvent[] {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const same = kept.find(
      (k) =>
        sameProjectInArticle(k.event, c.event) &&
        k.event.status === c.event.status &&
        k.event.modality === c.event.modality &&
        overlapsRange(k.event.when, c.event.when) &&
        !differentHappenings(k.event, c.event, published),
    );
    if (!same) {
      kept.push(c);
      continue;
    }
    // A resolved project wins over an unresolved mention of the same happening, a named one over a class noun.
    const preferNew =
      same.event.unresolved === true && c.event.unresolved !== true
        ? true
        : c.event.unresolved === true && same.event.unresolved !== true
          ? false
          : (same.title && !c.title) || (same.title === c.title && c.event.confidence > same.event.confidence);
    const when = narrower(same.event.when, c.event.when);
    const confidence = Math.max(same.event.confidence, c.event.confidence);
    if (preferNew) {
      same.event = { ...c.event, when, confidence };
      same.title = c.title;
    } else {
      same.event = { ...same.event, when, confidence };
    }
  }
  return kept.sort((a, b) => a.order - b.order).map((k) => k.event);
}
