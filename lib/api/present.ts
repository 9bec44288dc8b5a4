import type { ProjectState } from '../core/types';

/**
 * A project's state as the API and CLI show it: without `memo`, the state rules' own
 * bookkeeping (pending low-confidence claims, the furthest stage reached).
 */
export function presentState(state: ProjectState): Omit<ProjectState, 'memo'> {
  const { memo: _memo, ...shown } = state;
  return shown;
}

/**
 * The status as people read it: "CONSTRUCTION_STARTED (delayed)" for a project that is
 * late at a step, but plain "DELAYED" where the status says so already.
 *
 * @example
 * statusLabel({ status: 'DELAYED', delayed: true }) // => 'DELAYED'
 */
export function statusLabel(state: Pick<ProjectState, 'status' | 'delayed'>): string {
  return state.delayed && state.status !== 'DELAYED' ? `${state.status} (delayed)` : state.status;
}
