/**
 * The embedded DynamoDB for running without AWS: dynalite, its data under `.radar/db`.
 * A LevelDB folder can be open in one process only, so exactly one process owns it:
 *
 * - Ownership is a lock file, `.radar/owner.lock`, created exclusively (`wx`) with the
 *   owner's pid. The owner starts dynalite and publishes its endpoint in
 *   `.radar/dynalite.json`; every other `radar` process (say `radar status` while
 *   `radar run` polls, or two commands started in the same second) connects to that
 *   endpoint as a client, waiting a moment while the owner is still starting.
 * - A lock whose pid is dead is stale (the owner was killed) and is taken over. LevelDB's
 *   own lock is the final word: if two processes both think they own the folder, the one
 *   that cannot open it gives ownership back and becomes a client.
 * - A client whose owner goes away reconnects (`reconnectingDocumentClient`): it finds the
 *   next owner, or becomes the owner itself, and retries the call once.
 * - When no owner answers within the wait, the error says which process holds the folder.
 */
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { LocalStoreError } from '../store/errors';
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

export interface OpenOptions {
  /** How long to wait for an owner that is starting (or to become one). Default 15 s. */
  waitMs?: number;
}

async function isAlive(endpoint: string): Promise<boolean> {
  try {
    await documentClient(endpoint).send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

/** True when a process with this pid exists on this machine (EPERM: it exists, not ours). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Creates a file exclusively with our pid in it; false when it exists. */
function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  writeSync(fd, JSON.stringify({ pid: process.pid, at: new Date().toISOString() }));
  closeSync(fd);
  return true;
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** A file half written by a process that died right after creating it. */
const UNREADABLE_LOCK_MS = 5_000;

/**
 * Removes a stale lock (its owner is dead), unless another process replaced it meanwhile.
 * The takeover itself is exclusive, so two processes never remove each other's fresh lock.
 */
function takeOverStaleLock(lockPath: string, stale: number | undefined): void {
  const guard = `${lockPath}.takeover`;
  if (!tryCreate(guard)) {
    if (ageMs(guard) > UNREADABLE_LOCK_MS) rmSync(guard, { force: true });
    return;
  }
  try {
    if (readJson<{ pid?: number }>(lockPath)?.pid === stale) rmSync(lockPath, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

/** Removes the lock only if it is still ours (never another process's fresh lock). */
function unlockIfOurs(lockPath: string): void {
  if (readJson<{ pid?: number }>(lockPath)?.pid === process.pid) rmSync(lockPath, { force: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Connects to the running local database or starts it. Never throws a dynalite stack
 * trace: every failure is a `LocalStoreError` with a reason.
 */
export async function openLocalDatabase(dataDir: string, options: OpenOptions = {}): Promise<LocalDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const endpointFile = join(dataDir, 'dynalite.json');
  const lockPath = join(dataDir, 'owner.lock');
  const deadline = Date.now() + (options.waitMs ?? 15_000);
  let holder: number | undefined;
  for (;;) {
    const published = readJson<{ endpoint?: string }>(endpointFile);
    if (published?.endpoint && (await isAlive(published.endpoint))) {
      return { endpoint: published.endpoint, tableName: LOCAL_TABLE_NAME, owner: false, close: async () => {} };
    }
    if (tryCreate(lockPath)) {
      const owned = await startAsOwner(dataDir, endpointFile, lockPath);
      if (owned) return owned;
      // LevelDB says another process has the folder after all: be its client.
    } else {
      holder = readJson<{ pid?: number }>(lockPath)?.pid;
      const stale = holder === undefined ? ageMs(lockPath) > UNREADABLE_LOCK_MS : !isProcessAlive(holder);
      if (stale) {
        // The owner was killed: take its lock over, then try again at once.
        takeOverStaleLock(lockPath, holder);
        continue;
      }
    }
    if (Date.now() > deadline) {
      throw new LocalStoreError(
        `the local database in ${dataDir} is held by ${holder ? `process ${holder}` : 'another process'}, which does not answer; ` +
          `stop that process, or remove ${lockPath} if it is gone`,
      );
    }
    await sleep(100);
  }
}

async function startAsOwner(dataDir: string, endpointFile: string, lockPath: string): Promise<LocalDatabase | null> {
  let server: Awaited<ReturnType<typeof startLocalDynamo>>;
  try {
    server = await startLocalDynamo({ path: join(dataDir, 'db') });
  } catch (error) {
    unlockIfOurs(lockPath);
    if (error instanceof LocalStoreError && error.locked) return null;
    throw error;
  }
  try {
    await ensureTable(documentClient(server.endpoint), LOCAL_TABLE_NAME);
    // Written whole, then renamed: a reader never sees half a file.
    const temp = `${endpointFile}.${process.pid}.tmp`;
    const fd = openSync(temp, 'w');
    writeSync(fd, JSON.stringify({ endpoint: server.endpoint, pid: process.pid }));
    closeSync(fd);
    renameSync(temp, endpointFile);
  } catch (error) {
    await server.close().catch(() => {});
    unlockIfOurs(lockPath);
    throw error;
  }
  return {
    endpoint: server.endpoint,
    tableName: LOCAL_TABLE_NAME,
    owner: true,
    close: async () => {
      if (readJson<{ pid?: number }>(endpointFile)?.pid === process.pid) rmSync(endpointFile, { force: true });
      await server.close();
      unlockIfOurs(lockPath);
    },
  };
}

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
/**
 * The SDK's retry layer replaces an error that is not `instanceof Error` in its own realm
 * (a socket error seen from a vm context, as under jest) with "AWS SDK error wrapper for
 * Error: connect ECONNREFUSED …", dropping `code`; only the text is left then.
 */
const WRAPPED_CONNECTION_ERROR = /^AWS SDK error wrapper for .*\b(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH)\b/;

/** True for a failure to reach the database at all (its process went away), not an answer from it. */
export function isConnectionFailure(error: unknown): boolean {
  for (let e = error as { code?: string; name?: string; cause?: unknown; $metadata?: { httpStatusCode?: number } } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.$metadata?.httpStatusCode !== undefined) return false;
    if (e.code && CONNECTION_ERRORS.has(e.code)) return true;
    if (e.name === 'TimeoutError') return true;
    if (WRAPPED_CONNECTION_ERROR.test((e as { message?: string }).message ?? '')) return true;
  }
  return false;
}

/**
 * A local database handle that follows ownership: a document client for the store whose
 * calls, when the owner has gone away, reopen the database (connecting to the next owner
 * or becoming it) and are retried once. Writes are conditional or idempotent, so the
 * retry of a call that did reach the old owner is harmless.
 */
export interface LocalConnection {
  /** The client to build the store on. */
  doc: DynamoDBDocumentClient;
  /** The database currently used. */
  current(): LocalDatabase;
  close(): Promise<void>;
}

export async function connectLocalDatabase(dataDir: string, options: OpenOptions = {}): Promise<LocalConnection> {
  let database = await openLocalDatabase(dataDir, options);
  let reopening: Promise<void> | undefined;
  let closed = false;
  const reopen = (failed: LocalDatabase): Promise<void> => {
    if (database !== failed) return Promise.resolve(); // another call reopened it already
    reopening ??= openLocalDatabase(dataDir, options)
      .then((next) => {
        database = next;
      })
      .finally(() => {
        reopening = undefined;
      });
    return reopening;
  };
  const send = async (command: unknown, sendOptions?: unknown): Promise<unknown> => {
    for (let attempt = 0; ; attempt++) {
      const used = database;
      try {
        const client = documentClient(used.endpoint) as unknown as { send(c: unknown, o?: unknown): Promise<unknown> };
        return await client.send(command, sendOptions);
      } catch (error) {
        if (closed || attempt > 0 || used.owner || !isConnectionFailure(error)) throw error;
        await reopen(used);
      }
    }
  };
  const doc = { send } as unknown as DynamoDBDocumentClient;
  return {
    doc,
    current: () => database,
    close: async () => {
      closed = true;
      await reopening?.catch(() => {});
      await database.close();
    },
  };
}
