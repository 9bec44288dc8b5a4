import { InputError } from '../../../lib/core/errors';
import type { Subscription } from '../../../lib/core/ports';
import { STATUSES } from '../../../lib/core/types';
import { digestAudience, filterPolicyFor, matchesSubscription } from '../../../lib/alert/filter-policy';
import { buildAlert } from '../../../lib/alert/message';
import { change, discovered, slip } from './fixtures';

const sub = (overrides: Partial<Subscription> = {}): Subscription => ({ id: 's1', protocol: 'email', endpoint: 'ops@example.org', createdAt: '2025-01-01T00:00:00.000Z', ...overrides });

describe('filterPolicyFor', () => {
  it.each<[string, Partial<Subscription>, object]>([
    ['no filters: every instant alert in English', {}, { delivery: ['instant'], lang: ['en'] }],
    ['empty lists: the same', { statuses: [], orgs: [], projects: [] }, { delivery: ['instant'], lang: ['en'] }],
    ['statuses, in Korean', { statuses: ['CANCELLED', 'DELAYED'], lang: 'ko' }, { delivery: ['instant'], lang: ['ko'], status: ['CANCELLED', 'DELAYED'] }],
    ['all three, duplicates removed', { statuses: ['LAUNCHED', 'LAUNCHED'], orgs: ['naver'], projects: ['naver-sejong-dc'] }, { delivery: ['instant'], lang: ['en'], status: ['LAUNCHED'], org: ['naver'], project: ['naver-sejong-dc'] }],
    ['a daily digest: its audience only', { delivery: 'daily', lang: 'ko', orgs: ['kakao'] }, { delivery: ['daily'], audience: [digestAudience({ lang: 'ko', orgs: ['kakao'] })] }],
  ])('%s', (_label, overrides, expected) => {
    const policy = filterPolicyFor(sub(overrides));
    expect(policy).toEqual(expected);
    // SNS allows at most five keys in a policy.
    expect(Object.keys(policy).length).toBeLessThanOrEqual(5);
  });

  it('gives subscribers with the same language and filters the same digest audience, others another', () => {
    expect(digestAudience({ lang: 'ko', orgs: ['kakao', 'naver'] })).toBe(digestAudience({ lang: 'ko', orgs: ['naver', 'kakao', 'kakao'] }));
    expect(digestAudience({ lang: 'ko', orgs: ['kakao'] })).not.toBe(digestAudience({ lang: 'en', orgs: ['kakao'] }));
    expect(digestAudience({ lang: 'ko', orgs: ['kakao'] })).not.toBe(digestAudience({ lang: 'ko', projects: ['kakao'] }));
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
    ['a daily subscriber gets the digest, not the alert', { delivery: 'daily' }, change(), false],
  ])('%s -> %s', (_label, overrides, input, expected) => {
    expect(matchesSubscription(buildAlert(input), sub(overrides))).toBe(expected);
  });
});
