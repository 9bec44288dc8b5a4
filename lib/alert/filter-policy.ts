/**
 * Subscriptions as SNS filter policies (scope MessageAttributes), and the same test in
 * code for the local console path, so both channels agree on who hears of what.
 * A missing or empty list means "all"; lists are ANDed, values inside a list ORed.
 */
import type { Alert, Subscription } from '../core/ports';
import { InputError } from '../core/errors';

/** A filter policy on the alert attributes (`message.ts`). `{}` accepts every message. */
export type FilterPolicy = Partial<Record<'status' | 'org' | 'project', string[]>>;

/** SNS caps a policy at 150 combinations of values (the product of the list lengths). */
export const MAX_FILTER_COMBINATIONS = 150;

/** The scope the policy is written for; set it beside `FilterPolicy` on the subscription. */
export const FILTER_POLICY_SCOPE = 'MessageAttributes';

/**
 * The subscription's filter policy. Throws `InputError` when SNS would refuse it (more
 * than 150 combinations of statuses × orgs × projects).
 *
 * @example
 * filterPolicyFor({ id: 's', protocol: 'email', endpoint: 'a@b.kr', statuses: ['CANCELLED'], orgs: ['naver', 'kakao'], createdAt: '' })
 * // => { status: ['CANCELLED'], org: ['naver', 'kakao'] }
 */
export function filterPolicyFor(sub: Subscription): FilterPolicy {
  const policy: FilterPolicy = {};
  const add = (key: keyof FilterPolicy, values: readonly string[] | undefined) => {
    const unique = [...new Set(values ?? [])].filter(Boolean);
    if (unique.length) policy[key] = unique;
  };
  add('status', sub.statuses);
  add('org', sub.orgs);
  add('project', sub.projects);
  const combinations = Object.values(policy).reduce((product, list) => product * list.length, 1);
  if (combinations > MAX_FILTER_COMBINATIONS) {
    throw new InputError(`a subscription filter allows at most ${MAX_FILTER_COMBINATIONS} combinations of statuses × orgs × projects, this one has ${combinations}`);
  }
  return policy;
}

/**
 * True when the subscription wants this alert: the local twin of the SNS policy.
 *
 * @example
 * matchesSubscription(alert, { …, statuses: ['DELAYED'] }) // => true for a slip
 */
export function matchesSubscription(alert: Pick<Alert, 'attributes'>, sub: Subscription): boolean {
  const policy = filterPolicyFor(sub);
  return (Object.entries(policy) as [keyof FilterPolicy, string[]][]).every(([key, values]) => values.includes(alert.attributes[key]));
}
