import type { ProjectState } from '../core/types';

/**
 * A project's state as the API and CLI show it: without `memo`, the state rules' own
 * bookkeeping (pending low-confidence claims, the furthest stage reached).
 */
export function presentState(state: ProjectState): Omit<ProjectState, 'memo'> {
  const { memo: _memo, ...shown } = state;
  return shown;
}
