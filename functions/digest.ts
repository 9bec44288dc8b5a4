/**
 * Daily: each audience's digest of the 24 hours before the scheduled time
 * (`lib/pipeline/digest.ts`), to the alerts topic with `delivery = daily` and its
 * `audience`, so each daily subscriber's filter policy picks exactly the digest of their
 * language and filters; webhook subscribers get a POST. Once per scheduled time: the run
 * is claimed before sending (a retry of a sent run sends nothing) and given back if a
 * digest failed; each audience and target is claimed per day too, so the retry sends only
 * what was not sent.
 */
import { PublishCommand } from '@aws-sdk/client-sns';
import { postDigestWebhook } from '../lib/alert/webhook';
import type { RadarStore } from '../lib/core/ports';
import { sendDigests, type PlannedDigest } from '../lib/pipeline/digest';
import { METRIC } from '../lib/runtime/lambda-metric-names';
import { instrument, lambdaObservability, type Observability } from '../lib/runtime/lambda-observability';
import type { RunLedger } from '../lib/runtime/lambda-run-ledger';
import { lambdaRunLedger, lambdaSns, lambdaStore, requireEnv, systemClock } from '../lib/runtime/lambda-runtime';
import { scheduledRunTime, type ScheduledRunEvent } from '../lib/runtime/lambda-schedule';

export interface DigestDeps extends Observability {
  store: Pick<RadarStore, 'listChangesSince' | 'listSubscriptions' | 'claimAlert' | 'releaseAlert'>;
  publish: (digest: PlannedDigest) => Promise<void>;
  postWebhook?: (url: string, digest: PlannedDigest) => Promise<void>;
  ledger: Pick<RunLedger, 'claim' | 'release'>;
  now: () => Date;
  /** The calendar the once-a-day claims follow; default UTC. */
  timeZone?: string;
}

export interface DigestResult {
  run: string;
  sent: boolean;
  /** Digests sent (one per audience, plus one per webhook). */
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
    try {
      // The window ends at the scheduled time, so a late retry covers the same 24 hours.
      const report = await sendDigests({
        store: deps.store,
        now: () => new Date(run),
        timeZone: deps.timeZone,
        publish: deps.publish,
        postWebhook: (sub, digest) => (deps.postWebhook ?? (async (url, d) => void (await postDigestWebhook(url, d))))(sub.endpoint, digest),
        log: (line) => logger.warn(line, { run }),
      });
      if (report.failed) throw new Error(`${report.failed} digest(s) not sent for ${run}`);
      metrics.count(METRIC.digestsSent, report.sent);
      logger.info(report.sent ? 'digests sent' : 'quiet day: no digest', { run, digests: report.sent, changes: report.changes });
      return { run, sent: report.sent > 0, count: report.sent, repeated: false };
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
        timeZone: process.env.RADAR_TIME_ZONE,
        publish: async (digest) => {
          await lambdaSns().send(
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
    return handle(event);
  },
  (event) => scheduledRunTime(event, new Date()),
);
