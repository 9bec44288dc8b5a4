/**
 * The embedded DynamoDB for running without AWS: dynalite, its data under `.radar/db`.
 * A LevelDB folder can be open in one process only, so the process that opens it
 * publishes its endpoint in `.radar/dynalite.json`; another `radar` command (say
 * `radar status` while `radar run` is polling) connects to that endpoint instead.
 */
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureTable, startLocalDynamo } from '../store/local-dynamo';
import { documentClient } from './aws-clients';

export const LOCAL_TABLE_NAME = 'radar';

export interface LocalDatabase {
  endpoint: string;
  tableName: string;
  /** True when this process runs the database (and must stop it). */
  owner: boolean;
  close(): Promise<void>;
}

async function isAlive(endpoint: string): Promise<boolean> {
  try {
    await documentClient(endpoint).send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

export async function openLocalDatabase(dataDir: string): Promise<LocalDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const endpointFile = join(dataDir, 'dynalite.json');
  try {
    const { endpoint } = JSON.parse(readFileSync(endpointFile, 'utf8')) as { endpoint: string };
    if (await isAlive(endpoint)) return { endpoint, tableName: LOCAL_TABLE_NAME, owner: false, close: async () => {} };
  } catch {
    // No running database (or a stale file from a process that died): start our own.
  }
  const server = await startLocalDynamo({ path: join(dataDir, 'db') });
  await ensureTable(documentClient(server.endpoint), LOCAL_TABLE_NAME);
  writeFileSync(endpointFile, JSON.stringify({ endpoint: server.endpoint, pid: process.pid }));
  return {
    endpoint: server.endpoint,
    tableName: LOCAL_TABLE_NAME,
    owner: true,
    close: async () => {
      rmSync(endpointFile, { force: true });
      await server.close();
    },
  };
}
