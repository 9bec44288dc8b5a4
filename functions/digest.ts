/**
 * Daily: the last 24 hours of changes in one message to the alerts topic, with the
 * attribute `kind = digest` so subscribers choose digests or instant alerts by filter.
 */
import { PublishCommand } from '@aws-sdk/client-sns';
import type { RadarStore } from '../lib/core/ports';
import { buildDigest, type Digest } from '../lib/pipeline/digest';
import { snsClient } from '../lib/runtime/aws-clients';
import { lambdaStore, requireEnv, systemClock } from '../lib/runtime/lambda-runtime';

export function makeHandler(deps: { store: RadarStore; publish: (digest: Digest) => Promise<void>; now: () => Date }) {
  return async (): Promise<{ sent: boolean; count: number }> => {
    const since = new Date(deps.now().getTime() - 86_400_000).toISOString();
    const digest = buildDigest(await deps.store.listChangesSince(since), since);
    if (digest) await deps.publish(digest);
    return { sent: digest !== null, count: digest?.count ?? 0 };
  };
}

let handle: ReturnType<typeof makeHandler> | undefined;
export const handler = async () => {
  if (!handle) {
    const topicArn = requireEnv(process.env, 'RADAR_TOPIC_ARN');
    handle = makeHandler({
      store: lambdaStore(),
      now: systemClock,
      publish: async (digest) => {
        await snsClient().send(
          new PublishCommand({
            TopicArn: topicArn,
            Subject: digest.subject.slice(0, 99),
            Message: digest.text,
            MessageAttributes: { kind: { DataType: 'String', StringValue: 'digest' } },
          }),
        );
      },
    });
  }
  return handle();
};
