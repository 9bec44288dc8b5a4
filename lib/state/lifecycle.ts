/**
 * The lifecycle rules of DESIGN section 4 as data: which statuses are forward steps,
 * which status may replace which, and the order that breaks ties between events of
 * one day. `rules.ts` only walks these tables.
 */
import { STATUSES, type Status } from '../core/types';

/** Forward steps of a project's life, in order. A later step is progress; an earlier one is a recap. */
export const FORWARD_STEPS = ['ANNOUNCED', 'MOU_SIGNED', 'APPROVED', 'CONSTRUCTION_STARTED', 'COMPLETED', 'LAUNCHED'] as const satisfies readonly Status[];

/** How an occurred event relates to the current status: a forward step counts as `progress`. */
export type StepKind = 'progress' | 'DELAYED' | 'ON_HOLD' | 'CANCELLED' | 'RESUMED';

/**
 * Which kinds of event may replace each current status (when the event is newer).
 * - A running project (a forward step, or RESUMED) can progress, slip, pause or die.
 *   RESUMED is not listed: resuming something that was running says nothing new.
 * - DELAYED ends with progress, a pause, a cancellation or a resumption.
 * - ON_HOLD ends with RESUMED or progress, or escalates to CANCELLED; a DELAYED report
 *   about a paused project changes nothing.
 * - CANCELLED stays until RESUMED or a forward step beyond the furthest one reached.
 */
export const MAY_REPLACE: Readonly<Record<Status, readonly StepKind[]>> = {
  ANNOUNCED: ['progress', 'DELAYED', 'ON_HOLD', 'CANCELLED'],
  MOU_SIGNED: ['progress', 'DELAYED', 'ON_HOLD', 'CANCELLED'],
  APPROVED: ['progress', 'DELAYED', 'ON_HOLD', 'CANCELLED'],
  CONSTRUCTION_STARTED: ['progress', 'DELAYED', 'ON_HOLD', 'CANCELLED'],
  COMPLETED: ['progress', 'DELAYED', 'ON_HOLD', 'CANCELLED'],
  LAUNCHED: ['progress', 'DELAYED', 'ON_HOLD', 'CANCELLED'],
  RESUMED: ['progress', 'DELAYED', 'ON_HOLD', 'CANCELLED'],
  DELAYED: ['progress', 'ON_HOLD', 'CANCELLED', 'RESUMED'],
  ON_HOLD: ['progress', 'CANCELLED', 'RESUMED'],
  CANCELLED: ['progress', 'RESUMED'],
};

/**
 * Which planned milestone comes first when an article names several ("착공 2024, 준공
 * 2026"): after a stop, resuming comes first; then the forward steps in order; a planned
 * pause or withdrawal only when nothing else is planned.
 */
const PLAN_ORDER: Readonly<Record<Status, number>> = {
  RESUMED: -1,
  ANNOUNCED: 0,
  MOU_SIGNED: 1,
  APPROVED: 2,
  CONSTRUCTION_STARTED: 3,
  COMPLETED: 4,
  LAUNCHED: 5,
  ON_HOLD: 10,
  CANCELLED: 11,
  // A planned delay ("연기할 계획") is not a milestone; rules.ts ignores it before asking.
  DELAYED: 12,
};

/** The position of a forward step (0 = ANNOUNCED), or -1 for any other status. */
export function forwardRank(status: Status): number {
  return (FORWARD_STEPS as readonly Status[]).indexOf(status);
}

/** True for ANNOUNCED … LAUNCHED. */
export function isForward(status: Status): boolean {
  return forwardRank(status) >= 0;
}

/** The kind of step an occurred status is, for {@link MAY_REPLACE}. */
export function stepKind(status: Status): StepKind {
  return isForward(status) ? 'progress' : (status as StepKind);
}

/**
 * Tie-break for events of the same day: lifecycle order, the order of `STATUSES`
 * (MOU before construction, a cancellation before its revival). Stable and input-order free.
 */
export function tieOrder(status: Status): number {
  return STATUSES.indexOf(status);
}

/** Lower comes first among planned milestones. */
export function planOrder(status: Status): number {
  return PLAN_ORDER[status];
}
