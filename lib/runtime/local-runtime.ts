/**
 * The runtime for a machine without AWS: dynalite under `.radar/db`, alerts on the
 * console and appended to `.radar/outbox.jsonl`.
 */
import { join, resolve } from 'node:path';
import { createConsolePublisher } from '../alert/console-publisher';
import type { RadarConfig } from '../config/schema';
import { createDynamoStore } from '../store/dynamo-store';
import { documentClient } from './aws-clients';
import { createCommonDeps, type Runtime, type RuntimeOptions } from './deps';
import { openLocalDatabase } from './local-database';

export async function createLocalRuntime(config: RadarConfig, options: RuntimeOptions = {}): Promise<Runtime> {
  const dataDir = resolve(options.dataDir ?? options.env?.RADAR_DATA_DIR ?? '.radar');
  // Everything that can reject the configuration comes before the database: an open
  // dynalite keeps the process alive, so `radar run --once` with a bad config would hang.
  const { detector, fetcher } = createCommonDeps(config);
  const database = await openLocalDatabase(dataDir).catch(async (error: unknown) => {
    await fetcher.close();
    throw error;
  });
  const store = createDynamoStore(documentClient(database.endpoint), database.tableName);
  return {
    config,
    store,
    publisher: createConsolePublisher({ write: options.write, outboxPath: join(dataDir, 'outbox.jsonl'), subscriptions: () => store.listSubscriptions() }),
    detector,
    fetcher,
    now: options.now ?? (() => new Date()),
    mode: 'local',
    dataDir,
    close: async () => {
      await fetcher.close();
      await database.close();
    },
  };
}
