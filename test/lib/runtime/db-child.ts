/**
 * Child process for the local database tests: opens the local database of
 * RADAR_DATA_DIR (as its owner or a client), writes one subscription, prints
 * `{"ready":true,"owner":…}`, holds the database HOLD_MS (or until killed), then closes.
 */
import { connectLocalDatabase } from '../../../lib/runtime/local-database';
import { createDynamoStore } from '../../../lib/store/dynamo-store';

async function main(): Promise<void> {
  const connection = await connectLocalDatabase(process.env.RADAR_DATA_DIR!);
  const store = createDynamoStore(connection.doc, connection.current().tableName);
  await store.putSubscription({ id: `pid-${process.pid}`, protocol: 'console', endpoint: `pid ${process.pid}`, createdAt: new Date().toISOString() });
  process.stdout.write(`${JSON.stringify({ ready: true, owner: connection.current().owner, pid: process.pid })}\n`);
  await new Promise((resolve) => setTimeout(resolve, Number(process.env.HOLD_MS ?? '600000')));
  await store.listSubscriptions(); // still answering at the end
  await connection.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
  process.exit(1);
});
