/**
 * The runtime for a machine without AWS: dynalite under `.radar/db` (one owner process,
 * the others its clients, following the owner when it changes: `local-database.ts`),
 * alerts on the console and appended to `.radar/outbox.jsonl`.
 */
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { createConsolePublisher } from '../alert/console-publisher';
import type { RadarConfig } from '../config/schema';
import { createDynamoStore } from '../store/dynamo-store';
import { createAlertChannels } from './alert-channels';
import { createCommonDeps, deliveryOptions, pollLimits, type Runtime, type RuntimeOptions } from './deps';
import { connectLocalDatabase, isProcessAlive } from './local-database';
import { createAnalysisPool } from './analysis-pool';

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

/**
 * Worker threads for extraction and detection when running from the bundle in `dist/`
 * (the worker script is built beside it); the TypeScript sources (tests) analyse in-thread.
 * RADAR_ANALYSIS_THREADS sets the number of threads, 0 for none.
 */
function localAnalyzer(config: RadarConfig, env: NodeJS.ProcessEnv) {
  const file = join(__dirname, 'analysis-worker.js');
  const threads = env.RADAR_ANALYSIS_THREADS === undefined ? undefined : Number(env.RADAR_ANALYSIS_THREADS);
  if (threads === 0 || !existsSync(file)) return undefined;
  return createAnalysisPool({ watchlist: config.watchlist, workerFile: file, size: threads !== undefined && threads > 0 ? threads : undefined });
}

export async function createLocalRuntime(config: RadarConfig, options: RuntimeOptions = {}): Promise<Runtime> {
  const dataDir = resolve(options.dataDir ?? options.env?.RADAR_DATA_DIR ?? '.radar');
  // Everything that can reject the configuration comes before the database: an open
  // dynalite keeps the process alive, so `radar run --once` with a bad config would hang.
  const { detector, fetcher } = createCommonDeps(config);
  const connection = await connectLocalDatabase(dataDir).catch(async (error: unknown) => {
    await fetcher.close();
    throw error;
  });
  const analyzer = localAnalyzer(config, options.env ?? process.env);
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
    analyzer,
    now,
    mode: 'local',
    delivery: deliveryOptions(config, { isOwnerGone: isLocalOwnerGone }),
    limits: pollLimits(config),
    dataDir,
    close: async () => {
      await analyzer?.close();
      await fetcher.close();
      await connection.close();
    },
  };
}
