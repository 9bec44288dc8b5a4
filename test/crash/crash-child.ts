/**
 * The child process of the crash suite: one `radar run --once`-like cycle on the local
 * runtime (dynalite in a LevelDB folder, the console publisher and its outbox file),
 * killed with SIGKILL right after the Nth completion of one step when CRASH_AT names it:
 *
 *   after-events      store.putEvents            (events on the timeline, state not moved)
 *   after-change      store.putChange            (a change stored, its state not written)
 *   after-state       store.putProjectState      (a project moved)
 *   after-claim       a delivery record `claimed` (nothing published)
 *   after-marking     a delivery record `publishing` (about to publish)
 *   after-publish     publisher.publish          (the outbox line written, not recorded sent)
 *
 * Input: RADAR_DATA_DIR, CRASH_CONFIG (a config file), CRASH_NOW (ISO), CRASH_AT, CRASH_N.
 */
import { readFileSync } from 'node:fs';
import { parseConfig } from '../../lib/config/load';
import type { AlertPublisher, RadarStore } from '../../lib/core/ports';
import { runCycle } from '../../lib/pipeline/run-cycle';
import { createLocalRuntime } from '../../lib/runtime/local-runtime';

const crashAt = process.env.CRASH_AT ?? '';
const crashN = Number(process.env.CRASH_N ?? '1');
let count = 0;

function step(name: string): void {
  if (name !== crashAt) return;
  if (++count === crashN) process.kill(process.pid, 'SIGKILL');
}

function crashingStore(store: RadarStore): RadarStore {
  return {
    ...store,
    putEvents: async (events) => {
      await store.putEvents(events);
      if (events.length) step('after-events');
    },
    putChange: async (change) => {
      const stored = await store.putChange(change);
      step('after-change');
      return stored;
    },
    putProjectState: async (state, expected) => {
      await store.putProjectState(state, expected);
      step('after-state');
    },
    putAlert: async (record, expected) => {
      const written = await store.putAlert(record, expected);
      if (written && record.phase === 'claimed') step('after-claim');
      if (written && record.phase === 'publishing') step('after-marking');
      return written;
    },
  };
}

function crashingPublisher(publisher: AlertPublisher): AlertPublisher {
  return {
    ...publisher,
    publish: async (alert) => {
      await publisher.publish(alert);
      step('after-publish');
    },
    wasDelivered: publisher.wasDelivered?.bind(publisher),
  };
}

async function main(): Promise<void> {
  const config = parseConfig(JSON.parse(readFileSync(process.env.CRASH_CONFIG!, 'utf8')));
  const now = new Date(process.env.CRASH_NOW!);
  const runtime = await createLocalRuntime(config, { dataDir: process.env.RADAR_DATA_DIR, now: () => now, write: () => {} });
  try {
    const report = await runCycle(
      config.sources,
      {
        ...runtime,
        store: crashingStore(runtime.store),
        publisher: crashingPublisher(runtime.publisher),
        minConfidence: config.alerts.minConfidence,
        confirmBelow: config.alerts.confirmBelow,
        sourceConcurrency: 1,
      },
      { force: true },
    );
    process.stdout.write(`${JSON.stringify({ changes: report.changes.length, alerts: report.alerts, steps: count })}\n`);
  } finally {
    await runtime.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
