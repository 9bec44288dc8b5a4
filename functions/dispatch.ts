/**
 * Scheduled every 15 minutes: sends one SQS message per due source, so each source is
 * polled by its own `poll-source` invocation (and a bad one only fails itself).
 */
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { Source, SourceState } from '../lib/core/types';
import { dueSources } from '../lib/pipeline/due-sources';
import { sqsClient } from '../lib/runtime/aws-clients';
import { lambdaConfig } from '../lib/runtime/lambda-config';
import { lambdaStore, requireEnv, systemClock } from '../lib/runtime/lambda-runtime';

export interface DispatchDeps {
  sources: readonly Source[];
  listSourceStates: () => Promise<SourceState[]>;
  /** Sends up to 10 message bodies; returns the ones that failed. */
  sendBatch: (bodies: string[]) => Promise<string[]>;
  now: () => Date;
}

export function makeHandler(deps: DispatchDeps) {
  return async (): Promise<{ dispatched: string[]; failed: string[] }> => {
    const due = dueSources(deps.sources, await deps.listSourceStates(), deps.now());
    const failed: string[] = [];
    for (let i = 0; i < due.length; i += 10) {
      const bodies = due.slice(i, i + 10).map((s) => JSON.stringify({ sourceId: s.id }));
      failed.push(...(await deps.sendBatch(bodies)));
    }
    if (failed.length) throw new Error(`could not enqueue ${failed.length} of ${due.length} sources`);
    return { dispatched: due.map((s) => s.id), failed };
  };
}

let handle: ReturnType<typeof makeHandler> | undefined;
export const handler = async () => {
  if (!handle) {
    const queueUrl = requireEnv(process.env, 'RADAR_QUEUE_URL');
    const store = lambdaStore();
    handle = makeHandler({
      sources: lambdaConfig().sources,
      listSourceStates: () => store.listSourceStates(),
      now: systemClock,
      sendBatch: async (bodies) => {
        const out = await sqsClient().send(
          new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: bodies.map((body, i) => ({ Id: String(i), MessageBody: body })) }),
        );
        return (out.Failed ?? []).map((f) => bodies[Number(f.Id)] ?? '');
      },
    });
  }
  return handle();
};
