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
import { createAlertChannels } from './alert-channels';
import { openLocalDatabase } from './local-database';

export async function createLocalRuntime(config: RadarConfig, options: RuntimeOptions = {}): Promise<Runtime> {
  const dataDir = resolve(options.dataDir ?? options.env?.RADAR_DATA_DIR ?? '.radar');
  const database = await openLocalDatabase(dataDir);
  const { detector, fetcher } = createCommonDeps(config);
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
    now,
    mode: 'local',
    dataDir,
    close: async () => {
      await fetcher.close();
      await database.close();
    },
  };
}
