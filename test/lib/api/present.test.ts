import { presentState, statusLabel } from '../../../lib/api/present';
import type { ProjectState } from '../../../lib/core/types';

describe('statusLabel', () => {
  it.each([
    [{ status: 'CONSTRUCTION_STARTED', delayed: true }, 'CONSTRUCTION_STARTED (delayed)'],
    [{ status: 'DELAYED', delayed: true }, 'DELAYED'],
    [{ status: 'LAUNCHED', delayed: false }, 'LAUNCHED'],
  ] as const)('%j', (state, label) => {
    expect(statusLabel(state)).toBe(label);
  });
});

describe('presentState', () => {
  it('hides the state rules\' bookkeeping', () => {
    const state = { projectId: 'p', status: 'LAUNCHED', memo: { stage: 'LAUNCHED' } } as unknown as ProjectState;
    expect(presentState(state)).toEqual({ projectId: 'p', status: 'LAUNCHED' });
  });
});
