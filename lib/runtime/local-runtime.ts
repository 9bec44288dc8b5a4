/**
 * The runtime for a machine without AWS: dynalite under `.radar/db`, alerts on the
 * console and appended to `.radar/outbox.jsonl`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createConsolePublisher } from '../alert/console-publisher';
import type { RadarConfig } from '../config/schema';
import { createDynamoStore } from '../store/dynamo-store';
import { documentClient } from './aws-clients';
import { createCommonDeps, type Runtime, type RuntimeOptions } from './deps';
import { createAlertChannels } from './alert-channels';
import { openLocalDatabase } from './local-database';
import { createAnalysisPool } from './analysis-pool';

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
  const database = await openLocalDatabase(dataDir).catch(async (error: unknown) => {
    await fetcher.close();
    throw error;
  });
  const analyzer = localAnalyzer(config, options.env ?? process.env);
  const store = createDynamoStore(documentClient(database.endpoint), database.tableName);
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
    dataDir,
    close: async () => {
      await analyzer?.close();
      await fetcher.close();
      await database.close();
    },
  };
}
