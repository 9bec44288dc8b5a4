/**
 * Daily: the last 24 hours of changes in one message to the alerts topic, with the
 * attribute `kind = digest` so subscribers choose digests or instant alerts by filter.
 * Once per scheduled time: the run is claimed before publishing (a retry of a sent
 * digest sends nothing) and given back if publishing failed (so the retry sends it).
 */
import { PublishCommand } from '@aws-sdk/client-sns';
import type { RadarStore } from '../lib/core/ports';
import { buildDigest, type Digest } from '../lib/pipeline/digest';
import { METRIC } from '../lib/runtime/lambda-metric-names';
import { instrument, lambdaObservability, type Observability } from '../lib/runtime/lambda-observability';
import type { RunLedger } from '../lib/runtime/lambda-run-ledger';
import { lambdaRunLedger, lambdaSns, lambdaStore, requireEnv, systemClock } from '../lib/runtime/lambda-runtime';
import { scheduledRunTime, type ScheduledRunEvent } from '../lib/runtime/lambda-schedule';

export interface DigestDeps extends Observability {
  store: Pick<RadarStore, 'listChangesSince'>;
  publish: (digest: Digest) => Promise<void>;
  ledger: Pick<RunLedger, 'claim' | 'release'>;
  now: () => Date;
}

export interface DigestResult {
  run: string;
  sent: boolean;
  count: number;
  repeated: boolean;
}

export function makeHandler(deps: DigestDeps) {
  const { logger, metrics } = deps;
  return async (event: ScheduledRunEvent): Promise<DigestResult> => {
    const run = scheduledRunTime(event, deps.now());
    if (!(await deps.ledger.claim('digest', run, deps.now().toISOString()))) {
      logger.info('digest already sent for this run', { run });
      return { run, sent: false, count: 0, repeated: true };
    }
    // The window ends at the scheduled time, so a late retry covers the same 24 hours.
    const since = new Date(Date.parse(run) - 86_400_000).toISOString();
    try {
      const digest = buildDigest(await deps.store.listChangesSince(since), since);
      if (digest) await deps.publish(digest);
      metrics.count(METRIC.digestsSent, digest ? 1 : 0);
      logger.info(digest ? 'digest sent' : 'quiet day: no digest', { run, changes: digest?.count ?? 0 });
      return { run, sent: digest !== null, count: digest?.count ?? 0, repeated: false };
    } catch (error) {
      await deps.ledger.release('digest', run);
      throw error;
    }
  };
}

let handle: ReturnType<typeof makeHandler> | undefined;
export const handler = instrument<ScheduledRunEvent, DigestResult>(
  'digest',
  async (event) => {
    if (!handle) {
      const topicArn = requireEnv(process.env, 'RADAR_TOPIC_ARN');
      handle = makeHandler({
        ...lambdaObservability(),
        store: lambdaStore(),
        ledger: lambdaRunLedger(),
        now: systemClock,
        publish: async (digest) => {
          await lambdaSns().send(
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
    return handle(event);
  },
  (event) => scheduledRunTime(event, new Date()),
);
