import { InputError } from '../../../lib/core/errors';
import type { Subscription } from '../../../lib/core/ports';
import { STATUSES } from '../../../lib/core/types';
import { filterPolicyFor, matchesSubscription } from '../../../lib/alert/filter-policy';
import { buildAlert } from '../../../lib/alert/message';
import { change, discovered, slip } from './fixtures';

const sub = (overrides: Partial<Subscription> = {}): Subscription => ({ id: 's1', protocol: 'email', endpoint: 'ops@example.org', createdAt: '2025-01-01T00:00:00.000Z', ...overrides });

describe('filterPolicyFor', () => {
  it.each<[string, Partial<Subscription>, object]>([
    ['no filters: everything', {}, {}],
    ['empty lists: everything', { statuses: [], orgs: [], projects: [] }, {}],
    ['statuses', { statuses: ['CANCELLED', 'DELAYED'] }, { status: ['CANCELLED', 'DELAYED'] }],
    ['all three, duplicates removed', { statuses: ['LAUNCHED', 'LAUNCHED'], orgs: ['naver'], projects: ['naver-sejong-dc'] }, { status: ['LAUNCHED'], org: ['naver'], project: ['naver-sejong-dc'] }],
  ])('%s', (_label, overrides, expected) => {
    expect(filterPolicyFor(sub(overrides))).toEqual(expected);
  });

  it('refuses a policy SNS would refuse (over 150 combinations)', () => {
    const big = sub({ statuses: [...STATUSES], projects: Array.from({ length: 16 }, (_, i) => `p${i}`) });
    expect(() => filterPolicyFor(big)).toThrow(InputError);
  });
});

describe('matchesSubscription', () => {
  it.each<[string, Partial<Subscription>, ReturnType<typeof change>, boolean]>([
    ['everything', {}, change(), true],
    ['the status it reached', { statuses: ['CANCELLED'] }, change(), true],
    ['another status', { statuses: ['LAUNCHED'] }, change(), false],
    ['DELAYED catches a milestone slip', { statuses: ['DELAYED'] }, slip(), true],
    ['the org', { orgs: ['gsenergy', 'naver'] }, change(), true],
    ['another org', { orgs: ['naver'] }, change(), false],
    ['an org filter never matches a change without org', { orgs: ['-x'] }, discovered(), false],
    ['status AND org both needed', { statuses: ['CANCELLED'], orgs: ['naver'] }, change(), false],
    ['the project', { projects: ['saemangeum-dc'] }, change(), true],
    ['another project', { projects: ['naver-sejong-dc'] }, change(), false],
  ])('%s -> %s', (_label, overrides, input, expected) => {
    expect(matchesSubscription(buildAlert(input), sub(overrides))).toBe(expected);
  });
});
