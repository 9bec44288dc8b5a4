/**
 * Project state rules (DESIGN section 4): folds a project's new events into its state and
 * says what changed. Pure: no I/O, no clock (`context.now`), so a retry or a second
 * Lambda that sees the same events computes the same state and the same change ids.
 *
 * Decisions beyond the brief, each for a reason:
 * - **The status is the latest occurred event by event date** (`eventDate`): `when.from`,
 *   else the article's date, never later than the article. An older event adds to the
 *   timeline and changes nothing.
 * - **A forward step at or behind the furthest one reached is a recap** (`memo.stage`):
 *   "the 2022 MOU" in a 2024 article with no date resolved is dated 2024, yet it must not
 *   reopen a project cancelled in 2023, nor move a launched one back to MOU_SIGNED.
 * - **DELAYED is a status.** DESIGN lists it among the statuses and `radar status
 *   --status DELAYED` must find delayed projects, so a DELAYED event that wins makes the
 *   status DELAYED (with `delayed: true`), and the change is a `slip` from the status
 *   before. `memo.stage` keeps where in its life the project stands. The next forward
 *   step (or RESUMED) clears `delayed`. A later report of the same delay changes nothing.
 * - **A brand-new project** gives one change: `discovered` for a project found in the
 *   text, `status` from null for a watchlist project (its first news is what the
 *   follower asked for). A new project known only from a plan is ANNOUNCED: a plan made
 *   public is an announcement.
 * - **Net changes per call**: the changes compare the state before and after all the
 *   events of the call, so one article with a 2021 announcement, a 2022 MOU and a 2023
 *   cancellation gives one alert, not three.
 * - **Low confidence** (below `confirmBelow`): a transition or slip is held in
 *   `memo.pending` and the state does not move until `confirmations` distinct sources
 *   (default 2) report it or a confident report does. A new project must exist to hold
 *   its claim, so its state is created at once, but marked `memo.unconfirmed`, and its
 *   first change waits the same way.
 */
import { InputError } from '../core/errors';
import { shortHash } from '../core/hash';
import type { Change, ChangeKind, Modality, PendingClaim, ProjectState, RadarEvent, Status } from '../core/types';
import { daysBetween, eventDate, isLater, rangeLabel } from './event-date';
import { MAY_REPLACE, forwardRank, isForward, planOrder, stepKind, tieOrder } from './lifecycle';

export interface RuleContext {
  /** Processing time, ISO 8601: stamps `updatedAt`, each change's `at` and held claims. */
  now: string;
  /** A change whose event confidence is below this waits for more sources. Default 0: nothing waits. */
  confirmBelow?: number;
  /** How many distinct sources a held claim needs before it becomes a change. Default 2. */
  confirmations?: number;
  /** Held claims older than this many days (processing time) are dropped. Default 30. */
  pendingDays?: number;
}

export interface RuleResult {
  /**
   * The new state with `version` bumped and `updatedAt = now`; the input object itself
   * when nothing changed (the caller can skip the write); null for a project that
   * neither had a state nor got one.
   */
  state: ProjectState | null;
  /** What to alert, with deterministic ids. */
  changes: Change[];
}

/** One report as the rules see it: an event with its ordering date worked out (a pending claim from one source). */
type Claim = Omit<PendingClaim, 'sources' | 'heldAt'> & { sourceId: string };

interface Settings {
  now: string;
  threshold: number;
  needed: number;
  pendingDays: number;
}

/** The fold's working memory: the state being built and the confidence of what changed it. */
interface Fold {
  state: ProjectState | null;
  settings: Settings;
  statusConfidence: number | null;
  milestoneConfidence: number | null;
}

type Verdict = 'apply' | 'same' | 'older' | 'recap' | 'blocked';

const STOPPED: readonly Status[] = ['DELAYED', 'ON_HOLD', 'CANCELLED'];

/**
 * Applies one project's new events to its current state.
 *
 * @param current The stored state, or null for a project seen for the first time.
 * @param events New events of this one project, in any order (they are sorted by event date,
 *   lifecycle order breaking ties). Events of another project are a caller bug: `InputError`.
 *
 * @example
 * // A cancellation story recalling the 2022 MOU, for a project nobody knew of:
 * const { state, changes } = applyEvents(null, [mouRecap, cancellation], { now: '2023-11-24T06:00:00Z' });
 * state.status   // => 'CANCELLED'
 * changes[0]     // => { kind: 'discovered', from: null, to: 'CANCELLED', … }
 */
export function applyEvents(current: ProjectState | null, events: RadarEvent[], context: RuleContext): RuleResult {
  const projectId = current?.projectId ?? events[0]?.projectId;
  const stranger = events.find((event) => event.projectId !== projectId);
  if (stranger) throw new InputError(`applyEvents: an event of "${stranger.projectId}" among events of "${projectId}"`);

  const settings: Settings = {
    now: context.now,
    threshold: context.confirmBelow ?? 0,
    needed: Math.max(1, context.confirmations ?? 2),
    pendingDays: context.pendingDays ?? 30,
  };
  const fold: Fold = { state: current ? structuredClone(current) : null, settings, statusConfidence: null, milestoneConfidence: null };
  if (fold.state) expireClaims(fold.state, settings);
  for (const event of sortEvents(events)) step(fold, event);

  const state = fold.state;
  if (!state) return { state: null, changes: [] };
  tidy(state);
  if (current && sameContent(current, state)) return { state: current, changes: [] };
  state.version = (current?.version ?? 0) + 1;
  state.updatedAt = context.now;
  return { state, changes: changesBetween(current, state, fold) };
}

/** Event date first, plans before facts of the same day, then lifecycle order; the rest only makes it stable. */
function sortEvents(events: RadarEvent[]): RadarEvent[] {
  const keyed = events.map((event) => ({ event, date: eventDate(event) }));
  keyed.sort(
    (a, b) =>
      compare(a.date, b.date) ||
      modalityOrder(a.event.modality) - modalityOrder(b.event.modality) ||
      tieOrder(a.event.status) - tieOrder(b.event.status) ||
      compare(a.event.when?.from ?? '', b.event.when?.from ?? '') ||
      compare(a.event.articleId, b.event.articleId) ||
      compare(a.event.evidence, b.event.evidence),
  );
  return keyed.map((k) => k.event);
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function modalityOrder(modality: Modality): number {
  // A plan in a story reports what was expected; the facts of that day come after it
  // (a cancellation then clears the plan it ended).
  return modality === 'planned' ? 0 : 1;
}

function toClaim(event: RadarEvent): Claim {
  return {
    status: event.status,
    modality: event.modality,
    date: eventDate(event),
    when: event.when,
    evidence: event.evidence,
    url: event.url,
    publishedAt: event.publishedAt,
    confidence: event.confidence,
    sourceId: event.sourceId,
  };
}

function step(fold: Fold, event: RadarEvent): void {
  const claim = toClaim(event);
  const low = claim.confidence < fold.settings.threshold;
  const state = fold.state;
  if (!state) {
    create(fold, event, claim, low);
    return;
  }
  if (!state.sources.includes(claim.sourceId)) state.sources.push(claim.sourceId);
  // A project first named without its organisation learns it from a later article.
  if (!state.org && event.org) state.org = event.org;
  if (claim.modality === 'planned') plan(fold, state, claim, low);
  else occur(fold, state, claim, low);
}

function create(fold: Fold, event: RadarEvent, claim: Claim, low: boolean): void {
  // A planned delay names no status the project is in; wait for a real report.
  if (claim.modality === 'planned' && claim.status === 'DELAYED') return;
  const status: Status = claim.modality === 'planned' ? 'ANNOUNCED' : claim.status;
  const state: ProjectState = {
    projectId: event.projectId,
    name: event.project,
    org: event.org,
    status,
    statusSince: claim.date,
    nextMilestone: null,
    delayed: status === 'DELAYED',
    discovered: event.discovered,
    sources: [claim.sourceId],
    version: 0,
    updatedAt: fold.settings.now,
    evidence: claim.evidence,
    url: claim.url,
    memo: {},
  };
  if (isForward(status)) state.memo!.stage = status;
  if (low) {
    state.memo!.unconfirmed = true;
    state.memo!.pending = [heldClaim({ ...claim, status, modality: 'occurred' }, fold.settings.now)];
  }
  fold.state = state;
  fold.statusConfidence = claim.confidence;
  if (claim.modality === 'planned') plan(fold, state, claim, low);
}

/** Where a newer occurred status stands against the current one. */
function judge(state: ProjectState, status: Status, date: string): Verdict {
  if (status === state.status) return 'same';
  if (date < state.statusSince || (date === state.statusSince && tieOrder(status) < tieOrder(state.status))) return 'older';
  const kind = stepKind(status);
  const stage = stageOf(state);
  if (kind === 'progress' && stage && forwardRank(status) <= forwardRank(stage)) return 'recap';
  return MAY_REPLACE[state.status].includes(kind) ? 'apply' : 'blocked';
}

function occur(fold: Fold, state: ProjectState, claim: Claim, low: boolean): void {
  const verdict = judge(state, claim.status, claim.date);
  if (verdict === 'older' || verdict === 'recap') {
    // The timeline still teaches how far the project got (a confident one, at least).
    if (!low && isForward(claim.status)) advanceStage(state, claim.status);
    return;
  }
  if (verdict === 'blocked') return;
  if (verdict === 'same') {
    if (state.memo?.unconfirmed) confirmFirstReport(fold, state, claim, low);
    return;
  }
  let report: Claim | null = claim;
  if (low) report = hold(fold, state, claim);
  else dropClaims(state, claim.status, 'occurred');
  if (!report) return;
  setStatus(fold, state, report);
  if (state.memo?.unconfirmed) {
    delete state.memo.unconfirmed;
  }
}

/** A second source (or a confident report) of the status a new project was created with. */
function confirmFirstReport(fold: Fold, state: ProjectState, claim: Claim, low: boolean): void {
  const confirmed = low ? hold(fold, state, claim) : claim;
  if (!confirmed) return;
  dropClaims(state, claim.status, 'occurred');
  delete state.memo!.unconfirmed;
  fold.statusConfidence = Math.max(fold.statusConfidence ?? 0, confirmed.confidence);
}

function setStatus(fold: Fold, state: ProjectState, report: Claim): void {
  state.status = report.status;
  state.statusSince = report.date;
  state.evidence = report.evidence;
  state.url = report.url;
  fold.statusConfidence = report.confidence;
  if (isForward(report.status)) {
    advanceStage(state, report.status);
    state.delayed = false;
  }
  switch (report.status) {
    case 'DELAYED':
      state.delayed = true;
      break;
    case 'RESUMED':
      state.delayed = false;
      if (state.nextMilestone?.status === 'RESUMED') clearMilestone(state);
      break;
    case 'CANCELLED':
      // A cancelled project has no next milestone; a revival brings its own plan.
      clearMilestone(state);
      break;
    default:
      break;
  }
}

/** The furthest forward step reached; a state written without a memo is at its own status. */
function stageOf(state: ProjectState): Status | undefined {
  return state.memo?.stage ?? (isForward(state.status) ? state.status : undefined);
}

function advanceStage(state: ProjectState, status: Status): void {
  const memo = (state.memo ??= {});
  const stage = stageOf(state);
  if (!stage || forwardRank(status) > forwardRank(stage)) memo.stage = status;
  else memo.stage = stage;
  if (state.nextMilestone && reached(state, state.nextMilestone.status)) clearMilestone(state);
}

/** True when the project is at or past this status, so a plan for it is old news. */
function reached(state: ProjectState, status: Status): boolean {
  if (status === state.status) return true;
  const stage = stageOf(state);
  return isForward(status) && !!stage && forwardRank(status) <= forwardRank(stage);
}

function plan(fold: Fold, state: ProjectState, claim: Claim, low: boolean): void {
  if (claim.status === 'DELAYED' || reached(state, claim.status)) return;
  // A cancellation story recalls the old schedule ("당초 2025년 가동 예정이었다"); only a
  // plan to revive means anything for a cancelled project.
  if (state.status === 'CANCELLED' && claim.status !== 'RESUMED') return;
  if (claim.status === 'RESUMED' && !STOPPED.includes(state.status)) return;

  const current = state.nextMilestone && !reached(state, state.nextMilestone.status) ? state.nextMilestone : null;
  const reportedAt = state.memo?.milestoneReportedAt;
  if (current && current.status !== claim.status) {
    // The nearer milestone is the next one; a later one waits its turn.
    if (planOrder(claim.status) >= planOrder(current.status)) return;
  } else if (current) {
    if (!claim.when) return; // "착공 예정" without a date adds nothing to a dated milestone
    if (reportedAt && isBefore(claim.publishedAt, reportedAt)) return; // an older report of the same plan
    if (isLater(claim.when, current.when)) {
      let report: Claim | null = claim;
      if (low) report = hold(fold, state, claim);
      else dropClaims(state, claim.status, 'planned');
      if (!report) return;
      setMilestone(fold, state, report);
      state.delayed = true;
      return;
    }
    // Same report, two dates ("originally 2024, now 2025"): the later one is the plan.
    if (reportedAt && !isBefore(reportedAt, claim.publishedAt)) return;
  }
  setMilestone(fold, state, claim);
}

function setMilestone(fold: Fold, state: ProjectState, claim: Claim): void {
  state.nextMilestone = { status: claim.status, when: claim.when, evidence: claim.evidence, url: claim.url };
  (state.memo ??= {}).milestoneReportedAt = claim.publishedAt;
  fold.milestoneConfidence = claim.confidence;
}

function clearMilestone(state: ProjectState): void {
  state.nextMilestone = null;
  if (state.memo) delete state.memo.milestoneReportedAt;
}

/**
 * Holds a low-confidence claim; returns the claim to act on once enough distinct sources
 * back it: dated by its earliest report (when that still wins), worded by the most
 * confident one, and for a plan, the latest schedule.
 */
function hold(fold: Fold, state: ProjectState, claim: Claim): Claim | null {
  const pending = ((state.memo ??= {}).pending ??= []);
  const held = pending.find((p) => p.status === claim.status && p.modality === claim.modality);
  if (!held) {
    pending.push(heldClaim(claim, fold.settings.now));
    return null;
  }
  if (!held.sources.includes(claim.sourceId)) held.sources.push(claim.sourceId);
  if (held.sources.length < fold.settings.needed) {
    if (claim.confidence > held.confidence) Object.assign(held, { evidence: claim.evidence, url: claim.url, confidence: claim.confidence });
    return null;
  }
  pending.splice(pending.indexOf(held), 1);
  const confidence = Math.max(held.confidence, claim.confidence);
  if (claim.modality === 'planned') return { ...claim, confidence };
  const wording = held.confidence > claim.confidence ? { evidence: held.evidence, url: held.url } : {};
  const earlier = held.date < claim.date && judge(state, claim.status, held.date) === 'apply';
  return { ...claim, ...wording, confidence, ...(earlier ? { date: held.date, when: held.when } : {}) };
}

function heldClaim(claim: Claim, now: string): PendingClaim {
  return {
    status: claim.status,
    modality: claim.modality,
    date: claim.date,
    when: claim.when,
    evidence: claim.evidence,
    url: claim.url,
    publishedAt: claim.publishedAt,
    confidence: claim.confidence,
    sources: [claim.sourceId],
    heldAt: now,
  };
}

function dropClaims(state: ProjectState, status: Status, modality: Modality): void {
  const pending = state.memo?.pending;
  if (!pending) return;
  state.memo!.pending = pending.filter((p) => !(p.status === status && p.modality === modality));
}

function expireClaims(state: ProjectState, settings: Settings): void {
  const pending = state.memo?.pending;
  if (!pending) return;
  state.memo!.pending = pending.filter((p) => !(daysBetween(p.heldAt, settings.now) > settings.pendingDays));
}

/** Drops empty bookkeeping so an unchanged state compares equal to the stored one. */
function tidy(state: ProjectState): void {
  const memo = state.memo;
  if (!memo) return;
  if (memo.pending && memo.pending.length === 0) delete memo.pending;
  for (const key of Object.keys(memo) as (keyof typeof memo)[]) if (memo[key] === undefined) delete memo[key];
  if (Object.keys(memo).length === 0) delete state.memo;
}

function isBefore(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isNaN(ta) || Number.isNaN(tb) ? a < b : ta < tb;
}

function changesBetween(current: ProjectState | null, state: ProjectState, fold: Fold): Change[] {
  if (state.memo?.unconfirmed) return [];
  const before = current && !current.memo?.unconfirmed ? current : null;
  const base = { projectId: state.projectId, project: state.name, org: state.org, at: fold.settings.now };
  const statusChange = (kind: ChangeKind, from: string | null): Change => ({
    id: shortHash(state.projectId, kind, from ?? '', state.status, state.statusSince),
    ...base,
    kind,
    from,
    to: state.status,
    newsDate: state.statusSince.slice(0, 10),
    evidence: state.evidence,
    url: state.url,
    confidence: fold.statusConfidence ?? 1,
  });

  if (!before) return [statusChange(state.discovered ? 'discovered' : 'status', null)];
  const changes: Change[] = [];
  if (before.status !== state.status) changes.push(statusChange(state.status === 'DELAYED' ? 'slip' : 'status', before.status));

  const was = before.nextMilestone;
  const is = state.nextMilestone;
  const delayedNow = changes.some((c) => c.kind === 'slip');
  // One article saying "delayed to next June" yields a DELAYED status and a later plan:
  // that is one slip to tell, not two.
  if (!delayedNow && was && is && was.status === is.status && isLater(is.when, was.when)) {
    const from = rangeLabel(was.when);
    const to = rangeLabel(is.when);
    changes.push({
      id: shortHash(state.projectId, 'slip', is.status, from, to),
      ...base,
      kind: 'slip',
      from,
      to,
      milestone: is.status,
      // A slip happens when it is reported: the report that moved the milestone.
      newsDate: (state.memo?.milestoneReportedAt ?? fold.settings.now).slice(0, 10),
      evidence: is.evidence,
      url: is.url,
      confidence: fold.milestoneConfidence ?? 1,
    });
  }
  return changes;
}

/** Structural equality that ignores key order and the write bookkeeping (`version`, `updatedAt`). */
function sameContent(a: ProjectState, b: ProjectState): boolean {
  const strip = ({ version: _v, updatedAt: _u, ...rest }: ProjectState) => canonical(rest);
  return strip(a) === strip(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => compare(x, y));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
