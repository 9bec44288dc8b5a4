/**
 * `radar subscribe`, `radar subscriptions`, `radar unsubscribe`: who hears of what.
 *
 * A subscription is an e-mail address, a phone number or a webhook URL, with optional
 * filters (statuses, organisations, projects: validated against the watchlist, any name
 * in any case), a language and a delivery (`instant`, or one `daily` digest). It is kept
 * in the store (locally, and on AWS when RADAR_TABLE_NAME is set: the digest and webhook
 * senders read it there). With RADAR_TOPIC_ARN set, e-mail and SMS subscriptions are
 * also made on the SNS alerts topic with a filter policy; SNS sends the confirmation
 * e-mail, and `radar subscriptions` shows whether it was confirmed.
 */
import {
  GetSubscriptionAttributesCommand,
  ListSubscriptionsByTopicCommand,
  SubscribeCommand,
  UnsubscribeCommand,
  type SNSClient,
} from '@aws-sdk/client-sns';
import { FILTER_POLICY_SCOPE, filterPolicyFor } from '../../alert/filter-policy';
import { checkWebhookUrl } from '../../alert/webhook';
import type { RadarConfig } from '../../config/schema';
import { InputError } from '../../core/errors';
import { shortHash } from '../../core/hash';
import type { RadarStore, Subscription } from '../../core/ports';
import type { Lang } from '../../core/types';
import { configFor, runtimeFor, stringArg, type Command, type ParsedArgs } from '../command';
import { printJson, type CliIo } from '../io';
import { commaList, parseStatus, resolveOrg, resolveProject } from '../names';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/** The reader's language when `--lang` is not given: Korean when the locale says so. */
export function defaultLang(env: NodeJS.ProcessEnv): Lang {
  return /^ko/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'ko' : 'en';
}

function parseLang(value: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (value === undefined) return defaultLang(env);
  const lang = value.toLowerCase();
  if (lang !== 'ko' && lang !== 'en') throw new InputError(`--lang must be ko or en, not "${value}"`);
  return lang;
}

function parseDelivery(value: string | boolean | undefined): 'instant' | 'daily' {
  if (value === undefined || value === false) return 'instant';
  if (value === true || value === 'daily') return 'daily';
  if (value === 'instant') return 'instant';
  throw new InputError(`--digest takes "daily" (one message a day instead of an alert per change), not "${value}"`);
}

/**
 * The subscription the arguments describe, validated: exactly one endpoint, filters
 * resolved to watchlist ids. Throws `InputError` (exit 2) with the close matches.
 */
export function subscriptionFromArgs(values: ParsedArgs['values'], config: Pick<RadarConfig, 'watchlist'>, now: Date, env: NodeJS.ProcessEnv = {}): Subscription {
  const email = stringArg({ values, positionals: [] }, 'email');
  const sms = stringArg({ values, positionals: [] }, 'sms');
  const webhook = stringArg({ values, positionals: [] }, 'webhook');
  const given = [email, sms, webhook].filter((v) => v !== undefined);
  if (given.length !== 1) throw new InputError('give exactly one of --email ADDR, --sms +NUMBER or --webhook URL');
  if (email !== undefined && !EMAIL.test(email)) throw new InputError(`not an e-mail address: "${email}"`);
  if (sms !== undefined && !E164.test(sms)) throw new InputError(`--sms needs an E.164 number such as +821012345678, not "${sms}"`);
  const endpoint = email ?? sms ?? checkWebhookUrl(webhook as string);
  const statuses = commaList(values.status as string | undefined)?.map(parseStatus);
  const orgs = commaList(values.org as string | undefined)?.map((o) => resolveOrg(config, o));
  const projects = commaList(values.project as string | undefined)?.map((p) => resolveProject(config, p));
  const unique = <T>(list: T[] | undefined) => (list ? [...new Set(list)] : undefined);
  const filters = { statuses: unique(statuses), orgs: unique(orgs), projects: unique(projects) };
  const subscription: Subscription = {
    id: shortHash(endpoint, JSON.stringify([filters.statuses, filters.orgs, filters.projects])),
    protocol: email ? 'email' : sms ? 'sms' : 'webhook',
    endpoint,
    ...filters,
    lang: parseLang(values.lang as string | undefined, env),
    delivery: parseDelivery(values.digest),
    createdAt: now.toISOString(),
  };
  // Refuse what SNS would refuse (over 150 combinations) before anything is stored.
  filterPolicyFor(subscription);
  return subscription;
}

/** "statuses CANCELLED, DELAYED · org kakao" or "every change". */
export function filtersText(sub: Pick<Subscription, 'statuses' | 'orgs' | 'projects'>): string {
  const parts = [
    sub.statuses?.length ? `status ${sub.statuses.join(',')}` : '',
    sub.orgs?.length ? `org ${sub.orgs.join(',')}` : '',
    sub.projects?.length ? `project ${sub.projects.join(',')}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'every change';
}

async function sns(): Promise<SNSClient> {
  return (await import('../../runtime/aws-clients')).snsClient();
}

export const subscribeCommand: Command = async (args, io, context) => {
  const config = configFor(context, io);
  const subscription = subscriptionFromArgs(args.values, config, io.now(), io.env);
  const topicArn = io.env.RADAR_TOPIC_ARN;
  const aws = Boolean(io.env.RADAR_TABLE_NAME);
  if (topicArn && !aws && (subscription.protocol === 'webhook' || subscription.delivery === 'daily')) {
    throw new InputError('webhooks and daily digests are sent from the table: set RADAR_TABLE_NAME as well as RADAR_TOPIC_ARN');
  }
  let state = topicArn ? 'pending confirmation' : 'active';
  if (topicArn && subscription.protocol !== 'webhook') {
    const result = await (await sns()).send(
      new SubscribeCommand({
        TopicArn: topicArn,
        Protocol: subscription.protocol,
        Endpoint: subscription.endpoint,
        Attributes: { FilterPolicyScope: FILTER_POLICY_SCOPE, FilterPolicy: JSON.stringify(filterPolicyFor(subscription)) },
        ReturnSubscriptionArn: true,
      }),
    );
    if (result.SubscriptionArn && result.SubscriptionArn.startsWith('arn:')) subscription.subscriptionArn = result.SubscriptionArn;
    state = subscription.protocol === 'sms' ? 'confirmed' : 'pending confirmation (SNS sent a confirmation e-mail)';
  } else if (subscription.protocol === 'webhook') {
    state = 'active';
  }
  if (!topicArn || aws) {
    const runtime = await runtimeFor(config, io);
    try {
      await runtime.store.putSubscription(subscription);
    } finally {
      await runtime.close();
    }
  }
  if (args.values.json) {
    printJson(io, { subscription, state });
    return 0;
  }
  const how = subscription.delivery === 'daily' ? 'a daily digest' : 'an alert per change';
  const where = topicArn ? state : subscription.protocol === 'webhook' ? 'webhooks are sent by radar run' : 'local: alerts print on the console; deploy to AWS to deliver e-mail and SMS';
  io.stdout(`subscribed ${subscription.endpoint} (${subscription.id}) to ${how} in ${subscription.lang === 'ko' ? 'Korean' : 'English'} for ${filtersText(subscription)} (${where})\n`);
  return 0;
};

interface Listed extends Subscription {
  state: string;
}

async function snsSubscriptions(topicArn: string): Promise<{ arn: string; protocol: string; endpoint: string; pending: boolean; policy?: string }[]> {
  const client = await sns();
  const out: { arn: string; protocol: string; endpoint: string; pending: boolean; policy?: string }[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken: token }));
    for (const s of page.Subscriptions ?? []) {
      const arn = s.SubscriptionArn ?? '';
      const pending = !arn.startsWith('arn:');
      const attributes = pending ? {} : ((await client.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: arn }))).Attributes ?? {});
      out.push({ arn, protocol: s.Protocol ?? '', endpoint: s.Endpoint ?? '', pending: pending || attributes.PendingConfirmation === 'true', policy: attributes.FilterPolicy });
    }
    token = page.NextToken;
  } while (token);
  return out;
}

/** Every subscription with its confirmation state: the store's, merged with the topic's on AWS. */
async function listAll(store: RadarStore | undefined, io: CliIo): Promise<Listed[]> {
  const stored = store ? await store.listSubscriptions() : [];
  const topicArn = io.env.RADAR_TOPIC_ARN;
  if (!topicArn) return stored.map((s) => ({ ...s, state: 'active (local)' }));
  const remote = await snsSubscriptions(topicArn);
  const listed: Listed[] = stored.map((s) => {
    const match = remote.find((r) => (s.subscriptionArn && r.arn === s.subscriptionArn) || (r.endpoint === s.endpoint && r.protocol === s.protocol));
    const state = s.protocol === 'webhook' ? 'active' : !match ? 'missing on the topic' : match.pending ? 'pending confirmation' : 'confirmed';
    return { ...s, subscriptionArn: match?.arn.startsWith('arn:') ? match.arn : s.subscriptionArn, state };
  });
  // Subscriptions made on the topic by other means (the console, an older radar).
  for (const r of remote) {
    if (listed.some((l) => l.subscriptionArn === r.arn || (l.endpoint === r.endpoint && l.protocol === r.protocol))) continue;
    const policy = r.policy ? (JSON.parse(r.policy) as Record<string, string[]>) : {};
    listed.push({
      id: shortHash(r.arn || r.endpoint),
      protocol: r.protocol === 'sms' ? 'sms' : 'email',
      endpoint: r.endpoint,
      statuses: policy.status as Subscription['statuses'],
      orgs: policy.org,
      projects: policy.project,
      lang: policy.lang?.[0] === 'ko' ? 'ko' : undefined,
      delivery: policy.delivery?.[0] === 'daily' ? 'daily' : 'instant',
      subscriptionArn: r.arn.startsWith('arn:') ? r.arn : undefined,
      createdAt: '',
      state: r.pending ? 'pending confirmation' : 'confirmed',
    });
  }
  return listed;
}

async function withStore<T>(io: CliIo, context: Parameters<Command>[2], fn: (store: RadarStore | undefined) => Promise<T>): Promise<T> {
  // With only a topic named, the topic is the list; otherwise the store (local or the table).
  if (io.env.RADAR_TOPIC_ARN && !io.env.RADAR_TABLE_NAME) return fn(undefined);
  const runtime = await runtimeFor(configFor(context, io), io);
  try {
    return await fn(runtime.store);
  } finally {
    await runtime.close();
  }
}

export const subscriptionsCommand: Command = async (args, io, context) => {
  const config = configFor(context, io);
  const status = stringArg(args, 'status');
  const org = stringArg(args, 'org');
  const project = stringArg(args, 'project');
  const protocol = stringArg(args, 'channel');
  if (protocol && !['email', 'sms', 'webhook'].includes(protocol)) throw new InputError(`--channel must be email, sms or webhook, not "${protocol}"`);
  // The filter asks "who would hear of this?": a subscription without a list for a field takes every value.
  const probe = { status: status ? parseStatus(status) : undefined, org: org ? resolveOrg(config, org) : undefined, project: project ? resolveProject(config, project) : undefined };
  const all = await withStore(io, context, (store) => listAll(store, io));
  const takes = (list: readonly string[] | undefined, value: string | undefined) => value === undefined || !list?.length || list.includes(value);
  const wanted = all.filter((s) => (!protocol || s.protocol === protocol) && takes(s.statuses, probe.status) && takes(s.orgs, probe.org) && takes(s.projects, probe.project));
  if (args.values.json) {
    printJson(io, { subscriptions: wanted });
    return 0;
  }
  if (wanted.length === 0) {
    io.stdout(all.length ? 'No subscription matches these filters.\n' : 'No subscriptions yet. Add one: radar subscribe --email you@example.com\n');
    return 0;
  }
  const rows = [['ID', 'CHANNEL', 'ENDPOINT', 'LANG', 'DELIVERY', 'FILTERS', 'STATE'], ...wanted.map((s) => [s.id, s.protocol, s.endpoint, s.lang ?? 'en', s.delivery ?? 'instant', filtersText(s), s.state])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  for (const row of rows) io.stdout(`${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()}\n`);
  return 0;
};

export const unsubscribeCommand: Command = async (args, io, context) => {
  const target = args.positionals[0];
  if (!target) throw new InputError('unsubscribe needs a subscription ID or an endpoint (see radar subscriptions)');
  return withStore(io, context, async (store) => {
    const all = await listAll(store, io);
    const matches = all.filter((s) => s.id === target || s.endpoint === target || (target.length >= 6 && s.id.startsWith(target)));
    if (matches.length === 0) {
      throw new InputError(`no subscription "${target}"; radar subscriptions lists them with their IDs`);
    }
    if (matches.length > 1 && !args.values.all) {
      throw new InputError(`${matches.length} subscriptions match "${target}" (${matches.map((m) => m.id).join(', ')}); give one ID, or --all to remove them all`);
    }
    const removed: Listed[] = [];
    const kept: { sub: Listed; reason: string }[] = [];
    for (const sub of matches) {
      if (io.env.RADAR_TOPIC_ARN && sub.protocol !== 'webhook') {
        if (!sub.subscriptionArn) {
          // SNS gives no handle on an unconfirmed subscription; it lapses by itself after 3 days.
          kept.push({ sub, reason: 'still pending confirmation on SNS: it lapses unconfirmed after 3 days' });
        } else {
          await (await sns()).send(new UnsubscribeCommand({ SubscriptionArn: sub.subscriptionArn }));
        }
      }
      if (store) await store.deleteSubscription(sub.id);
      removed.push(sub);
    }
    if (args.values.json) {
      printJson(io, { removed: removed.map((s) => s.id), notes: kept.map((k) => ({ id: k.sub.id, note: k.reason })) });
      return 0;
    }
    for (const sub of removed) io.stdout(`unsubscribed ${sub.endpoint} (${sub.id}, ${filtersText(sub)})\n`);
    for (const k of kept) io.stdout(`note: ${k.sub.endpoint} is ${k.reason}\n`);
    return 0;
  });
};
