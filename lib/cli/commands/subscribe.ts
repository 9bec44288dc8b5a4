/**
 * `radar subscribe`: an email address or phone number, with optional filters. On AWS
 * it subscribes the endpoint to the alerts topic with an SNS filter policy (SNS sends the
 * confirmation e-mail); locally it records the subscription, and console alerts show
 * who would have been told.
 */
import { SubscribeCommand } from '@aws-sdk/client-sns';
import { filterPolicyFor } from '../../alert/filter-policy';
import { InputError } from '../../core/errors';
import { shortHash } from '../../core/hash';
import type { Subscription } from '../../core/ports';
import { STATUSES, type Status } from '../../core/types';
import { snsClient } from '../../runtime/aws-clients';
import { configFor, runtimeFor, type Command } from '../command';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

function list(value: string | undefined): string[] | undefined {
  const items = value?.split(',').map((s) => s.trim()).filter(Boolean);
  return items && items.length ? items : undefined;
}

export function subscriptionFromArgs(values: Record<string, unknown>, now: Date): Subscription {
  const email = values.email as string | undefined;
  const sms = values.sms as string | undefined;
  if ((email === undefined) === (sms === undefined)) throw new InputError('give exactly one of --email ADDR or --sms +NUMBER');
  if (email !== undefined && !EMAIL.test(email)) throw new InputError(`not an e-mail address: "${email}"`);
  if (sms !== undefined && !E164.test(sms)) throw new InputError(`--sms needs an E.164 number such as +821012345678, not "${sms}"`);
  const statuses = list(values.status as string | undefined)?.map((s) => s.toUpperCase());
  const unknown = statuses?.filter((s) => !(STATUSES as readonly string[]).includes(s));
  if (unknown?.length) throw new InputError(`unknown status ${unknown.join(', ')}; one of ${STATUSES.join(', ')}`);
  const endpoint = (email ?? sms) as string;
  return {
    id: shortHash(endpoint, JSON.stringify([statuses, values.org, values.project])),
    protocol: email ? 'email' : 'sms',
    endpoint,
    statuses: statuses as Status[] | undefined,
    orgs: list(values.org as string | undefined),
    projects: list(values.project as string | undefined),
    createdAt: now.toISOString(),
  };
}

export const subscribeCommand: Command = async (args, io, context) => {
  const subscription = subscriptionFromArgs(args.values, io.now());
  const topicArn = io.env.RADAR_TOPIC_ARN;
  if (topicArn) {
    const result = await snsClient().send(
      new SubscribeCommand({
        TopicArn: topicArn,
        Protocol: subscription.protocol,
        Endpoint: subscription.endpoint,
        Attributes: { FilterPolicyScope: 'MessageAttributes', FilterPolicy: JSON.stringify(filterPolicyFor(subscription)) },
        ReturnSubscriptionArn: true,
      }),
    );
    io.stdout(`subscribed ${subscription.endpoint} (${result.SubscriptionArn ?? 'pending confirmation'})\n`);
    return 0;
  }
  const runtime = await runtimeFor(configFor(context, io), io);
  try {
    await runtime.store.putSubscription(subscription);
  } finally {
    await runtime.close();
  }
  const filters = [subscription.statuses?.join(','), subscription.orgs?.join(','), subscription.projects?.join(',')].filter(Boolean).join(' / ');
  io.stdout(`subscribed ${subscription.endpoint}${filters ? ` for ${filters}` : ' to every change'} (local: alerts print on the console; deploy to AWS to deliver them)\n`);
  return 0;
};
