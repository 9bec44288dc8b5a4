/**
 * Daily: each audience's digest of the last 24 hours (`lib/pipeline/digest.ts`), to the
 * alerts topic with `delivery = daily` and its `audience`, so each daily subscriber's
 * filter policy picks exactly the digest of their language and filters; webhook
 * subscribers get a POST. Every digest is claimed per day, so a retry never sends twice.
 */
import { PublishCommand } from '@aws-sdk/client-sns';
import { postDigestWebhook } from '../lib/alert/webhook';
import type { RadarStore } from '../lib/core/ports';
import { sendDigests, type DigestReport, type PlannedDigest } from '../lib/pipeline/digest';
import { snsClient } from '../lib/runtime/aws-clients';
import { lambdaStore, requireEnv, systemClock } from '../lib/runtime/lambda-runtime';

export interface DigestHandlerDeps {
  store: Pick<RadarStore, 'listChangesSince' | 'listSubscriptions' | 'claimAlert' | 'releaseAlert'>;
  publish: (digest: PlannedDigest) => Promise<void>;
  postWebhook?: (url: string, digest: PlannedDigest) => Promise<void>;
  now: () => Date;
  timeZone?: string;
}

export function makeHandler(deps: DigestHandlerDeps) {
  return async (): Promise<DigestReport> =>
    sendDigests({
      store: deps.store,
      now: deps.now,
      timeZone: deps.timeZone,
      publish: deps.publish,
      postWebhook: (sub, digest) => (deps.postWebhook ?? (async (url, d) => void (await postDigestWebhook(url, d))))(sub.endpoint, digest),
      log: (line) => console.log(JSON.stringify({ level: 'warn', message: line })),
    });
}

let handle: ReturnType<typeof makeHandler> | undefined;
export const handler = async () => {
  if (!handle) {
    const topicArn = requireEnv(process.env, 'RADAR_TOPIC_ARN');
    handle = makeHandler({
      store: lambdaStore(),
      now: systemClock,
      timeZone: process.env.RADAR_TIME_ZONE,
      publish: async (digest) => {
        await snsClient().send(
          new PublishCommand({
            TopicArn: topicArn,
            // SNS takes only printable ASCII under 100 characters as an e-mail subject.
            Subject: /^[\x20-\x7e]*$/.test(digest.subject) ? digest.subject.slice(0, 99) : `Project Radar: ${digest.count} change(s)`,
            Message: digest.text,
            MessageAttributes: {
              kind: { DataType: 'String', StringValue: 'digest' },
              delivery: { DataType: 'String', StringValue: 'daily' },
              audience: { DataType: 'String', StringValue: digest.audience },
              lang: { DataType: 'String', StringValue: digest.lang },
            },
          }),
        );
      },
    });
  }
  return handle();
};
