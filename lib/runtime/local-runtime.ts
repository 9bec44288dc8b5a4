/**
 * The runtime for a machine without AWS: dynalite under `.radar/db` (one owner process,
 * the others its clients, following the owner when it changes: `local-database.ts`),
 * alerts on the console and appended to `.radar/outbox.jsonl`.
 */
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { createConsolePublisher } from '../alert/console-publisher';
import type { RadarConfig } from '../config/schema';
import { createDynamoStore } from '../store/dynamo-store';
import { createAlertChannels } from './alert-channels';
import { createCommonDeps, deliveryOptions, pollLimits, type Runtime, type RuntimeOptions } from './deps';
import { connectLocalDatabase, isProcessAlive } from './local-database';

/**
 * True when an alert claim's owner (`local:<host>:<pid>`) was a process on this machine
 * that no longer runs: its claim is taken over at once instead of after its lease, so the
 * run after a crash delivers what the crashed one had claimed.
 *
 * @example
 * isLocalOwnerGone(`local:${hostname()}:999999`) // => true (no such process)
 */
export function isLocalOwnerGone(owner: string): boolean {
  const match = /^local:(.+):(\d+)$/.exec(owner);
  if (!match || match[1] !== hostname()) return false;
  const pid = Number(match[2]);
  return pid !== process.pid && !isProcessAlive(pid);
}

export async function createLocalRuntime(config: RadarConfig, options: RuntimeOptions = {}): Promise<Runtime> {
  const dataDir = resolve(options.dataDir ?? options.env?.RADAR_DATA_DIR ?? '.radar');
  const connection = await connectLocalDatabase(dataDir);
  const { detector, fetcher } = createCommonDeps(config);
  const store = createDynamoStore(connection.doc, connection.current().tableName);
  const now = options.now ?? (() => new Date());
  return {
    config,
    store,
    publisher: createAlertChannels({
      config,
      store,
      now,
      main: createConsolePublisher({ write: options.write, outboxPath: join(dataDir, 'outbox.jsonl'), subscriptions: () => store.listSubscriptions() }),
      mainId: 'console',
      languages: [config.alerts.lang],
      log: options.write,
    }),
    detector,
    fetcher,
    now,
    mode: 'local',
    delivery: deliveryOptions(config, { isOwnerGone: isLocalOwnerGone }),
    limits: pollLimits(config),
    dataDir,
    close: async () => {
      await fetcher.close();
      await connection.close();
    },
  };
}
