/**
 * Reads a cue in its clause the way an analyst would: is the claim asserted, denied,
 * negated, feared, conditional or asked; is it done, decided, scheduled, or a plan that was
 * missed; is it only background to another claim? The markers are data
 * (rules/polarity-*.ts, rules/modality-*.ts); this module fixes the order they are tested in
 * and what each outcome means per status.
 */
import type { Lang, Modality, Status } from '../core/types';
import { EN_IRREGULAR_PAST, EN_MODALITY, EN_OWN_DATE_AFTER } from './rules/modality-en';
import { KO_MODALITY } from './rules/modality-ko';
import { EN_POLARITY } from './rules/polarity-en';
import { KO_POLARITY } from './rules/polarity-ko';
import type { CueHit, MarkerEffect, MarkerRule } from './rules/types';

/** How the cue's predicate is put, before the date is known. */
export type Tense = 'planned' | 'decided' | 'past' | 'present' | 'nominal';

/** The reading of one cue. */
export type Assessment =
  | { keep: false; reason: MarkerEffect | 'absorbed' }
  | { keep: true; status: Status; tense: Tense; reaffirmed: boolean; hedged: boolean; converted: boolean; adnominal: boolean; notUntil?: boolean };

/** The text around a cue that the markers are tested on. */
export interface CueContext {
  sentence: string;
  hit: CueHit;
  lang: Lang;
  /** Clause offsets in the sentence. */
  clauseStart: number;
  clauseEnd: number;
  /** Where the previous cue of the clause ends and the next one starts: a cue's markers stop there. */
  prevCueEnd: number;
  nextCueStart: number;
}

/** Steps on the way to a running project, whose missed schedule is a delay. */
const SCHEDULED_STEPS = new Set<Status>(['CONSTRUCTION_STARTED', 'COMPLETED', 'LAUNCHED']);
/** "-ㄹ 수 없게 됐다" right after the cue. */
const KO_CANNOT_ON_TIME = /^[가-힣]?\s*수\s*(?:가\s*)?없게\s*(?:됐|되었|돼)/;
/** The schedule the step was held to: 예정대로, 제때, 일정대로, 당초 계획대로. */
const KO_ON_SCHEDULE = /예정대로|제때|일정대로|계획대로|기한\s*내/;

/** Statuses whose decision is the event itself ("연기하기로 했다" = delayed). */
const DECISION_STATUSES = new Set<Status>(['DELAYED', 'ON_HOLD', 'CANCELLED']);

interface Scopes {
  before: string;
  after: string;
  clause: string;
  sentence: string;
}

function scopesOf(ctx: CueContext): Scopes {
  const { sentence, hit } = ctx;
  const beforeStart = Math.max(ctx.clauseStart, ctx.prevCueEnd);
  const afterEnd = Math.min(ctx.clauseEnd, ctx.nextCueStart);
  // A Korean predicate's ending starts inside the match (가동한|다, 무산되|지 않았다), so
  // the modality patterns see the match's last syllable too; a bare noun's does not.
  const afterStart = ctx.lang === 'ko' && hit.form === 'verb' ? hit.end - 1 : hit.end;
  // A cue that holds its subject ("Construction of the plant will begin") carries its
  // auxiliaries inside the match: they count as before its last word.
  const verbAt = hit.rule.spansSubject ? hit.start + Math.max(0, hit.text.lastIndexOf(' ') + 1) : hit.start;
  return {
    before: sentence.slice(beforeStart, verbAt),
    after: sentence.slice(afterStart, Math.max(afterStart, afterEnd)),
    clause: sentence.slice(ctx.clauseStart, ctx.clauseEnd),
    sentence,
  };
}

function first(rules: readonly MarkerRule[], effect: MarkerEffect, scopes: Scopes): MarkerRule | undefined {
  for (const rule of rules) if (rule.effect === effect && rule.pattern.test(scopes[rule.scope])) return rule;
  return undefined;
}

function has(rules: readonly MarkerRule[], effect: MarkerEffect, scopes: Scopes): boolean {
  return first(rules, effect, scopes) !== undefined;
}

/**
 * A conditional clause earlier in the sentence makes the rest conditional too: "전력망 연결이
 * 늦어지면 하이페리온 가동도 연기된다", "보조금이 확정되지 않을 경우 … 미룰 방침이다".
 */
function conditionalBefore(ctx: CueContext): boolean {
  const preceding = ctx.sentence.slice(0, ctx.clauseStart).trimEnd();
  if (preceding === '') return false;
  if (ctx.lang === 'ko') return /(?:[가-힣](?<!서)면|경우(?:에는|엔|에)?|거든|다면|라면)[,]?$/.test(preceding) || /(?:만약|만일)/.test(preceding);
  return /\b(?:if|unless)\b[^.;]*$/i.test(preceding);
}

/** Korean "only then": a date with 에야 or 돼서야 just before the predicate ("2026년에야 가동", "내년이 돼서야 완공"). */
const KO_ONLY_THEN = /(?:[가-힣0-9]에야|(?:이|가)?\s*(?:돼|되어|되)서야|(?:이후|뒤|후|지나)서?야)\s+(?:[^\s,]+\s+){0,2}$/;

/**
 * "when the plant opened in 2021" recaps an event; only a time clause with a present verb
 * ("once it opens", "when it is completed") sets a condition.
 */
function pastInTimeClause(rule: MarkerRule, ctx: CueContext, scopes: Scopes): boolean {
  if (rule.id !== 'en-cond-temporal') return false;
  if (/\b(?:is|are|gets?|has|have)\s+(?:\S+\s+)?$/i.test(scopes.before)) return false;
  // A bare form ("when the company put the fab on hold") is as likely past as present.
  return englishForm(ctx.hit, scopes.before) !== 'present';
}

/** English tense from the verb form of the cue itself. */
function englishForm(hit: CueHit, before: string): Tense {
  const word = (/^[A-Za-z'-]+/.exec(hit.text)?.[0] ?? '').toLowerCase();
  if (/ed$/.test(word) || EN_IRREGULAR_PAST.has(word)) {
    // "the delayed plant", "a scrapped project": a participle used as an adjective is still done.
    return 'past';
  }
  if (/ing$/.test(word)) return /\b(?:is|are|am)\s+(?:\S+\s+)?$/i.test(before) ? 'present' : 'nominal';
  if (/s$/.test(word) && !/(?:ss|us)$/.test(word)) return 'present';
  return 'nominal';
}

/**
 * Assesses one cue. Negated forward steps with a missed-schedule marker and plans that
 * were not kept become DELAYED (`converted`).
 *
 * @example
 * // "안산 데이터센터를 내년 1분기 가동할 계획이다" → { keep: true, status: 'LAUNCHED', tense: 'planned', … }
 */
export function assessCue(ctx: CueContext): Assessment {
  const polarity = ctx.lang === 'ko' ? KO_POLARITY : EN_POLARITY;
  const modality = ctx.lang === 'ko' ? KO_MODALITY : EN_MODALITY;
  const scopes = scopesOf(ctx);
  const status = ctx.hit.status;
  const reaffirmed = has(modality, 'reaffirmed', scopes);
  const hedged = has(modality, 'hedged', scopes);
  const base = { reaffirmed, hedged, converted: false, adnominal: false };

  if (has(polarity, 'question', scopes)) return { keep: false, reason: 'question' };
  // "예정대로 오늘 출시할 수 없게 됐다": a scheduled step that can no longer happen on time is late.
  if (ctx.lang === 'ko' && SCHEDULED_STEPS.has(status) && KO_CANNOT_ON_TIME.test(scopes.after) && KO_ON_SCHEDULE.test(scopes.clause)) {
    return { keep: true, status: 'DELAYED', tense: 'past', ...base, reaffirmed: false, converted: true };
  }
  let negation = first(polarity, 'negated', scopes);
  // "will not be completed until 2030" schedules the step for 2030; it does not deny it.
  let untilDate = false;
  if (negation && ctx.lang === 'en' && negation.scope === 'before' && /^\s+(?:\S+\s+){0,4}?until\b/i.test(scopes.after)) {
    negation = undefined;
    untilDate = true;
  }
  if (negation) {
    if (negation.scope === 'sentence') return { keep: false, reason: 'negated' };
    // "연내 공개하지 못했다", "was not completed as planned": the missed step is a delay.
    // "출시할 수 없게 됐다" is as much a missed plan as "출시하지 못했다".
    const inability = ctx.lang === 'ko' ? /못|수\s*없/.test(scopes.after) : /\bfail(?:ed|s)?\s+to\b/i.test(scopes.before);
    const late = has(modality, 'lateness', scopes);
    // Korean: only 못 (could not) is a missed plan; 않 (did not) is a plain negation.
    const missed = ctx.lang === 'ko' ? inability && (late || /고\s*있/.test(scopes.after)) : late || inability;
    if (SCHEDULED_STEPS.has(status) && missed) {
      return { keep: true, status: 'DELAYED', tense: 'past', ...base, reaffirmed: false, converted: true };
    }
    return { keep: false, reason: 'negated' };
  }
  const conditional = first(polarity, 'conditional', scopes);
  if ((conditional && !pastInTimeClause(conditional, ctx, scopes)) || conditionalBefore(ctx)) return { keep: false, reason: 'conditional' };
  const reportedWould = ctx.lang === 'en' && modality.some((r) => r.id === 'en-planned-would' && r.pattern.test(scopes.before));
  if (!reportedWould && has(polarity, 'speculative', scopes)) return { keep: false, reason: 'speculative' };
  // "is expected to be delayed": an expected setback is a forecast; a company that plans or
  // will delay has decided.
  if (ctx.lang === 'en' && DECISION_STATUSES.has(status) && /\b(?:is|are|was|were)\s+(?:widely\s+)?(?:expected|likely|poised|seen)\s+to\s+(?:be\s+)?$/i.test(scopes.before)) {
    return { keep: false, reason: 'speculative' };
  }
  // The duration sits before the clause cut at "after", so the words before the cue are read across it.
  const lead = ctx.sentence.slice(Math.max(0, ctx.hit.start - 80), ctx.hit.start);
  const ownDate = ctx.lang === 'en' && EN_OWN_DATE_AFTER.test(ctx.sentence.slice(ctx.hit.end));
  if (!ownDate && modality.some((r) => r.effect === 'reference-point' && r.pattern.test(lead))) return { keep: false, reason: 'reference-point' };
  // "after winning approval" is a recap (an event); "after the launch" is background.
  const gerund = ctx.lang === 'en' && /^[a-z]+ing\b/i.test(ctx.hit.text);
  if (!gerund && has(modality, 'adnominal-background', scopes)) return { keep: false, reason: 'adnominal-background' };
  if (has(modality, 'state', scopes) && status !== 'ON_HOLD' && status !== 'ANNOUNCED') return { keep: false, reason: 'state' };
  if (has(modality, 'state', scopes) && status === 'ANNOUNCED') return { keep: false, reason: 'state' };

  // A delay measured against the old plan ("당초 계획보다 늦어졌다") is still the delay.
  if (status !== 'DELAYED' && has(modality, 'past-plan', scopes)) {
    if (SCHEDULED_STEPS.has(status)) return { keep: true, status: 'DELAYED', tense: 'past', ...base, reaffirmed: false, converted: true };
    return { keep: false, reason: 'past-plan' };
  }
  // "2026년에야 가동된다", "2026년이 돼서야 완공된다": only then, i.e. late (like "not until").
  if (ctx.lang === 'ko' && KO_ONLY_THEN.test(scopes.before)) untilDate = true;
  let tense: Tense;
  if (untilDate && ctx.lang === 'en') tense = 'planned';
  else if (has(modality, 'decided', scopes)) tense = 'decided';
  else if (reportedWould || has(modality, 'planned', scopes)) tense = 'planned';
  else if (has(modality, 'past', scopes)) tense = 'past';
  else if (ctx.lang === 'en') tense = englishForm(ctx.hit, scopes.before);
  // The present ending may sit inside the match ("문을 연|다"), so the match's end is read too.
  else if (has(modality, 'present', { ...scopes, after: ctx.hit.text.slice(-2) + scopes.after.slice(1) })) tense = 'present';
  else tense = 'nominal';
  // -ㄴ (past), -는 (present) and -던 (retrospective) adnominals: "착공한 공장", "착공되는 새 공장", "추진되던 사업".
  const adnominal = ctx.lang === 'ko' && ctx.hit.form === 'verb' && (/^[한된진린뗀뜬연간난선온춘룬운인]\s/.test(scopes.after) || /^[가-힣]?(?:는|던)\s/.test(scopes.after.slice(1)));
  // "will not open until 2029": news writes a slip this way; the step is planned for that date
  // and the lateness itself is reported (the detector adds the DELAYED event).
  const notUntil = untilDate && SCHEDULED_STEPS.has(status);
  return { keep: true, status, tense, ...base, adnominal, ...(notUntil ? { notUntil } : {}) };
}

/**
 * The modality once the date is known. ANNOUNCED is the announcement itself (occurred); a
 * decision to delay, pause or cancel is the event (occurred); a step that is scheduled,
 * promised, or put in the present with a future date is planned.
 *
 * @example
 * finalModality('LAUNCHED', 'present', { from: '2024-01-01' }, '2023-11-24'); // 'planned'
 * finalModality('CANCELLED', 'decided', null, '2023-11-24'); // 'occurred'
 */
export function finalModality(status: Status, tense: Tense, when: { from: string; to: string } | null, published: string, lang: Lang = 'ko'): Modality {
  if (status === 'ANNOUNCED' || DECISION_STATUSES.has(status)) return 'occurred';
  // A date still ahead: it starts after the article, or runs from it into the future ("연내").
  const future = when !== null && (when.from > published || (when.from >= published && when.to > published));
  const over = when !== null && when.to <= published;
  if (status === 'RESUMED') {
    // A revival decided or announced is the event ("재추진한다", "재개하기로 했다"); only a dated schedule is a plan.
    return (tense === 'planned' || tense === 'present' || tense === 'nominal') && future ? 'planned' : 'occurred';
  }
  // An approval is itself a decision: "voted to approve", "agreed to grant the permit" is the approval given.
  if (status === 'APPROVED' && tense === 'decided') return 'occurred';
  switch (tense) {
    case 'decided':
    case 'planned':
      return 'planned';
    case 'past':
      return 'occurred';
    case 'present':
      // Korean -ㄴ다 without a date announces ("공개한다"); an English headline present reports ("opens").
      // A ceremony-like step with no date is today's news in wire style ("광양에 준공한다", "착공한다").
      if (lang === 'ko') return over || (when === null && (status === 'COMPLETED' || status === 'CONSTRUCTION_STARTED')) ? 'occurred' : 'planned';
      return future ? 'planned' : 'occurred';
    case 'nominal':
      // A headline noun with a date still open is a schedule ("연내 착공", "올해 가동").
      return future || (when !== null && when.to > published) ? 'planned' : 'occurred';
  }
}
