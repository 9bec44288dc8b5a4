/**
 * Subscriptions as SNS filter policies (scope MessageAttributes), and the same test in
 * code for the local console path and for webhooks, so every channel agrees on who hears
 * of what. A missing or empty list means "all"; lists are ANDed, values inside a list ORed.
 *
 * Instant alerts carry `delivery = instant` and `lang`; an instant subscription's policy
 * names both, so it gets each change once, in its language, and never a digest. A daily
 * subscription's policy is `delivery = daily` plus its digest `audience`: the digest
 * function publishes one digest per audience (same filters, same language), so a
 * subscriber with filters receives only the changes they asked for.
 */
import type { Alert, Subscription } from '../core/ports';
import { InputError } from '../core/errors';
import { shortHash } from '../core/hash';

/** A filter policy on the message attributes. */
export type FilterPolicy = Partial<Record<'status' | 'org' | 'project' | 'lang' | 'delivery' | 'audience', string[]>>;

/** SNS caps a policy at 150 combinations of values (the product of the list lengths). */
export const MAX_FILTER_COMBINATIONS = 150;

/** The scope the policy is written for; set it beside `FilterPolicy` on the subscription. */
export const FILTER_POLICY_SCOPE = 'MessageAttributes';

function unique(values: readonly string[] | undefined): string[] {
  return [...new Set(values ?? [])].filter(Boolean);
}

/**
 * The digest audience of a daily subscription: subscribers with the same language and
 * filters share one digest message.
 *
 * @example
 * digestAudience({ lang: 'ko', orgs: ['kakao'] }) === digestAudience({ lang: 'ko', orgs: ['kakao', 'kakao'] }) // => true
 */
export function digestAudience(sub: Pick<Subscription, 'lang' | 'statuses' | 'orgs' | 'projects'>): string {
  const sorted = (values: readonly string[] | undefined) => unique(values).sort().join(',');
  return shortHash('digest', sub.lang ?? 'en', sorted(sub.statuses), sorted(sub.orgs), sorted(sub.projects));
}

/**
 * The subscription's filter policy. Throws `InputError` when SNS would refuse it (more
 * than 150 combinations of statuses × orgs × projects).
 *
 * @example
 * filterPolicyFor({ id: 's', protocol: 'email', endpoint: 'a@b.kr', statuses: ['CANCELLED'], orgs: ['naver', 'kakao'], createdAt: '' })
 * // => { delivery: ['instant'], lang: ['en'], status: ['CANCELLED'], org: ['naver', 'kakao'] }
 */
export function filterPolicyFor(sub: Subscription): FilterPolicy {
  if (sub.delivery === 'daily') return { delivery: ['daily'], audience: [digestAudience(sub)] };
  const policy: FilterPolicy = { delivery: ['instant'], lang: [sub.lang ?? 'en'] };
  const add = (key: keyof FilterPolicy, values: readonly string[] | undefined) => {
    const list = unique(values);
    if (list.length) policy[key] = list;
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
 * True when the subscription's filters (status, organisation, project) want this change,
 * whatever its language or delivery: the local twin of the SNS policy.
 *
 * @example
 * matchesFilters(alert.attributes, { …, statuses: ['DELAYED'] }) // => true for a slip
 */
export function matchesFilters(attributes: Pick<Alert['attributes'], 'status' | 'org' | 'project'>, sub: Pick<Subscription, 'statuses' | 'orgs' | 'projects'>): boolean {
  const wants = (values: readonly string[] | undefined, value: string) => unique(values).length === 0 || unique(values).includes(value);
  return wants(sub.statuses, attributes.status) && wants(sub.orgs, attributes.org) && wants(sub.projects, attributes.project);
}

/** True when an instant subscription wants this alert (a daily one never does: it gets the digest). */
export function matchesSubscription(alert: Pick<Alert, 'attributes'>, sub: Subscription): boolean {
  return sub.delivery !== 'daily' && matchesFilters(alert.attributes, sub);
}
