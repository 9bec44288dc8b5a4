/**
 * The embedded DynamoDB: dynalite in this process, on 127.0.0.1, in memory or in a
 * LevelDB folder. Used by the local CLI (`radar run|demo|serve`) and the integration tests.
 *
 * dynalite 4 opens its LevelDB lazily and, when another process holds the folder, throws
 * from inside its request handler, killing the process on the first request. So the
 * folder is opened and closed once here first, and a held folder becomes a
 * `LocalStoreError` with a reason instead.
 */
import { CreateTableCommand, DescribeTableCommand, type DescribeTableCommandOutput, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import type { Server } from 'node:http';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { LocalStoreError, isMissingTable, storeError } from './errors';
import { tableDefinition } from './keys';

export interface LocalDynamoOptions {
  /** LevelDB folder (created when missing), e.g. `.radar/db`. In memory when absent. */
  path?: string;
  /** 0 or absent: a free port. */
  port?: number;
}

export interface LocalDynamo {
  /** `http://127.0.0.1:<port>`, for the SDK client's `endpoint`. */
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts dynalite on 127.0.0.1. Tables are ACTIVE at once (no CREATING delay).
 *
 * @example
 * const db = await startLocalDynamo({ path: '.radar/db' });
 * const client = new DynamoDBClient({ endpoint: db.endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
 * await ensureTable(client, 'radar');
 * // …
 * await db.close();
 */
export async function startLocalDynamo(options: LocalDynamoOptions = {}): Promise<LocalDynamo> {
  if (options.path) {
    await mkdir(options.path, { recursive: true });
    await assertFolderFree(options.path);
  }
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    // dynalite's close() waits for its LevelDB to close as well as for the sockets.
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
  });
}

interface LevelLike {
  open(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the LevelDB folder once (with dynalite's own `level`) to find a lock held by another process. */
async function assertFolderFree(path: string): Promise<void> {
  // Resolved from dynalite's folder: `level` is its dependency, not ours.
  const levelPath = require.resolve('level', { paths: [dirname(require.resolve('dynalite'))] });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known only at run time
  const { Level } = require(levelPath) as { Level: new (path: string, options: object) => LevelLike };
  const db = new Level(path, { valueEncoding: 'json' });
  try {
    await db.open();
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
    const locked = code === 'LEVEL_LOCKED';
    throw new LocalStoreError(`the local database at ${path} ${locked ? 'is in use by another process' : 'cannot be opened'}`, { cause: error, locked });
  }
  await db.close();
}

type TableClient = DynamoDBClient | DynamoDBDocumentClient;

/**
 * Creates the Radar table (from `tableDefinition`) when it is missing and waits until it
 * and its indexes are ACTIVE. Safe to call from several processes at once.
 *
 * @param client A DynamoDB client or a document client built on one.
 */
export async function ensureTable(client: TableClient, tableName: string, options: { timeoutMs?: number } = {}): Promise<void> {
  // A document client passes low-level commands through to the client it wraps.
  const send = client.send.bind(client) as unknown as <T>(command: DescribeTableCommand | CreateTableCommand) => Promise<T>;
  const describe = async (): Promise<DescribeTableCommandOutput['Table'] | null> => {
    try {
      return (await send<DescribeTableCommandOutput>(new DescribeTableCommand({ TableName: tableName }))).Table ?? null;
    } catch (error) {
      if (isMissingTable(error)) return null;
      throw storeError('ensureTable', error);
    }
  };

  if (!(await describe())) {
    try {
      await send(new CreateTableCommand(tableDefinition(tableName)));
    } catch (error) {
      // Another process created it between our two calls.
      if ((error as { name?: string }).name !== 'ResourceInUseException') throw storeError('ensureTable', error);
    }
  }
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    const table = await describe();
    const indexesActive = (table?.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === 'ACTIVE');
    if (table?.TableStatus === 'ACTIVE' && indexesActive) return;
    if (Date.now() > deadline) throw storeError('ensureTable', new Error(`table ${tableName} is not ACTIVE after ${options.timeoutMs ?? 30_000} ms`));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
