/**
 * Markers of scheduled runs, so a run the scheduler or Lambda retries does not repeat
 * its work: dispatch records the sources it already queued for a scheduled time (a retry
 * queues only the rest), digest claims its scheduled time before publishing (a retry of
 * a sent digest sends nothing). One item per run (`runKey`), removed by TTL after
 * `RUN_MARKER_DAYS`.
 */
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, storeError } from '../store/errors';
import { RUN_MARKER_DAYS, TABLE_KEYS, runKey } from '../store/keys';

export interface RunRecord {
  kind: string;
  scheduledTime: string;
  /** `done`: the run finished; `partial`: it failed after doing `done` of its work. */
  status: 'partial' | 'done';
  /** What the run already did (dispatch: the source ids queued). */
  completed: string[];
  updatedAt: string;
}

export interface RunLedger {
  get(kind: string, scheduledTime: string): Promise<RunRecord | null>;
  put(record: RunRecord): Promise<void>;
  /** Claims a run; false when it was claimed before. */
  claim(kind: string, scheduledTime: string, at: string): Promise<boolean>;
  /** Gives a claim back after a failure, so a retry can do the work. */
  release(kind: string, scheduledTime: string): Promise<void>;
}

function expiresAt(at: string): number {
  return Math.floor(Date.parse(at) / 1000) + RUN_MARKER_DAYS * 86_400;
}

export function createDynamoRunLedger(doc: DynamoDBDocumentClient, tableName: string): RunLedger {
  const wrap = async <T>(operation: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw storeError(`runLedger.${operation}`, error);
    }
  };
  return {
    async get(kind, scheduledTime) {
      const out = await wrap('get', () => doc.send(new GetCommand({ TableName: tableName, Key: runKey(kind, scheduledTime), ConsistentRead: true })));
      if (!out.Item) return null;
      const item = out.Item as Record<string, unknown>;
      return { kind, scheduledTime, status: item.status === 'done' ? 'done' : 'partial', completed: (item.completed as string[] | undefined) ?? [], updatedAt: String(item.updatedAt) };
    },
    async put(record) {
      await wrap('put', () =>
        doc.send(new PutCommand({ TableName: tableName, Item: { ...runKey(record.kind, record.scheduledTime), entity: 'run', ...record, [TABLE_KEYS.ttl]: expiresAt(record.updatedAt) } })),
      );
    },
    async claim(kind, scheduledTime, at) {
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...runKey(kind, scheduledTime), entity: 'run', kind, scheduledTime, status: 'done', completed: [], updatedAt: at, [TABLE_KEYS.ttl]: expiresAt(at) },
            ConditionExpression: 'attribute_not_exists(PK)',
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw storeError('runLedger.claim', error);
      }
    },
    async release(kind, scheduledTime) {
      await wrap('release', () => doc.send(new DeleteCommand({ TableName: tableName, Key: runKey(kind, scheduledTime) })));
    },
  };
}
