/**
 * The `RadarStore` port on one DynamoDB table (keys in `keys.ts`). The same code runs
 * against AWS and against dynalite, so it uses only what both have: single-item
 * conditional writes and Queries. No transactions, no TTL (the `expiresAt` on article
 * marks is a hint AWS acts on), no streams.
 *
 * Idempotency: articles, events, changes and alert claims are conditional puts
 * (`attribute_not_exists`), so a retry or a second Lambda finds the first one's item;
 * project states are version-checked puts (optimistic locking).
 */
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../core/errors';
import type { ProjectRecord, RadarStore, Subscription } from '../core/ports';
import type { Change, ProjectState, RadarEvent, SourceState, Status } from '../core/types';
import { eventDate } from '../state/event-date';
import { isConditionFailure, storeError } from './errors';
import {
  EVENT_SK_PREFIX,
  KEY_ATTRIBUTES,
  LISTS,
  TABLE_KEYS,
  alertClaimKey,
  articleExpiresAt,
  articleKey,
  changeIndexKeys,
  changeKey,
  eventId,
  eventKey,
  isoUtc,
  orgPartition,
  projectIndexKeys,
  projectKey,
  projectPartition,
  sourceIndexKeys,
  sourceKey,
  statusPrefix,
  subscriptionIndexKeys,
  subscriptionKey,
  type Entity,
} from './keys';

export interface DynamoStoreOptions {
  /** Items per Query page. Default: DynamoDB's own 1 MB pages. Tests set it low to exercise paging. */
  pageSize?: number;
  /** Parallel conditional puts in `putEvents`. Default 8. */
  writeConcurrency?: number;
}

/** The port plus what the adapter can also answer (a change by id, for the notify function). */
export interface DynamoRadarStore extends RadarStore {
  getChange(changeId: string): Promise<Change | null>;
}

type Item = Record<string, unknown>;

/** Attributes the adapter adds beside the domain fields; readers drop them. */
const BOOKKEEPING = new Set([...KEY_ATTRIBUTES, 'entity', 'eventId', 'eventDate']);

/**
 * Creates the store.
 *
 * @param doc A document client (marshalling is done by it; `undefined` fields are dropped here).
 * @param tableName The table created from `tableDefinition` (locally) or by CDK.
 */
export function createDynamoStore(doc: DynamoDBDocumentClient, tableName: string, options: DynamoStoreOptions = {}): DynamoRadarStore {
  const writeConcurrency = Math.max(1, options.writeConcurrency ?? 8);

  async function send<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw storeError(operation, error);
    }
  }

  /** A put that may lose its condition: false then, not an error. */
  async function putIf(operation: string, item: Item, condition?: { expression: string; names?: Record<string, string>; values?: Item }): Promise<boolean> {
    try {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: withoutUndefined(item),
          ConditionExpression: condition?.expression,
          ExpressionAttributeNames: condition?.names,
          ExpressionAttributeValues: condition?.values,
        }),
      );
      return true;
    } catch (error) {
      if (condition && isConditionFailure(error)) return false;
      throw storeError(operation, error);
    }
  }

  async function get(operation: string, key: { PK: string; SK: string }): Promise<Item | null> {
    // Strongly consistent: these reads decide writes (version checks, seen marks).
    const result = await send(operation, () => doc.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true })));
    return (result.Item as Item | undefined) ?? null;
  }

  /** Every page of a Query: follows LastEvaluatedKey until the end. */
  async function queryAll(operation: string, input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>): Promise<Item[]> {
    const items: Item[] = [];
    let start: Item | undefined;
    do {
      const page = await send(operation, () =>
        doc.send(new QueryCommand({ ...input, TableName: tableName, ExclusiveStartKey: start, Limit: options.pageSize })),
      );
      items.push(...((page.Items as Item[] | undefined) ?? []));
      start = page.LastEvaluatedKey as Item | undefined;
    } while (start);
    return items;
  }

  function queryList(operation: string, partition: string, sort?: { prefix?: string; from?: string }): Promise<Item[]> {
    const { name, pk, sk } = TABLE_KEYS.gsi1;
    return queryIndex(operation, name, pk, sk, partition, sort);
  }

  function queryIndex(operation: string, index: string, pk: string, sk: string, partition: string, sort?: { prefix?: string; from?: string }): Promise<Item[]> {
    let condition = '#pk = :pk';
    const values: Item = { ':pk': partition };
    if (sort?.prefix !== undefined) {
      condition += ' AND begins_with(#sk, :sk)';
      values[':sk'] = sort.prefix;
    } else if (sort?.from !== undefined) {
      condition += ' AND #sk >= :sk';
      values[':sk'] = sort.from;
    }
    return queryAll(operation, {
      IndexName: index,
      KeyConditionExpression: condition,
      ExpressionAttributeNames: sort ? { '#pk': pk, '#sk': sk } : { '#pk': pk },
      ExpressionAttributeValues: values,
    });
  }

  function entity(kind: Entity): { entity: Entity } {
    return { entity: kind };
  }

  return {
    async getSourceState(sourceId) {
      const item = await get('getSourceState', sourceKey(sourceId));
      return item ? fromItem<SourceState>(item) : null;
    },

    async putSourceState(state) {
      // Last writer wins: one poll of a source at a time writes its state.
      await putIf('putSourceState', { ...sourceKey(state.sourceId), ...sourceIndexKeys(state.sourceId), ...entity('source'), ...state });
    },

    async listSourceStates() {
      return (await queryList('listSourceStates', LISTS.sources)).map((item) => fromItem<SourceState>(item));
    },

    async markArticleSeen(articleId, url, seenAt) {
      const item = { ...articleKey(articleId), ...entity('article'), articleId, url, seenAt, [TABLE_KEYS.ttl]: articleExpiresAt(seenAt) };
      return putIf('markArticleSeen', item, { expression: 'attribute_not_exists(PK)' });
    },

    async hasSeenArticle(articleId) {
      // A mark past `expiresAt` that TTL has not removed yet still counts: seeing an old
      // article twice is harmless, and dynalite never removes it at all.
      return (await get('hasSeenArticle', articleKey(articleId))) !== null;
    },

    async putEvents(events) {
      await forEachLimit(events, writeConcurrency, async (event) => {
        const date = eventDate(event);
        const id = eventId(event);
        const item = { ...eventKey(event.projectId, date, id), ...entity('event'), eventId: id, eventDate: date, ...event };
        await putIf('putEvents', item, { expression: 'attribute_not_exists(PK)' });
      });
    },

    async getProject(projectId) {
      const items = await queryAll('getProject', {
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': TABLE_KEYS.pk },
        ExpressionAttributeValues: { ':pk': projectPartition(projectId) },
        ScanIndexForward: false,
        ConsistentRead: true,
      });
      const stateItem = items.find((item) => item[TABLE_KEYS.sk] === projectKey(projectId).SK);
      if (!stateItem) return null;
      const events = items.filter((item) => String(item[TABLE_KEYS.sk]).startsWith(EVENT_SK_PREFIX)).map((item) => fromItem<RadarEvent>(item));
      const record: ProjectRecord = { state: fromItem<ProjectState>(stateItem), events };
      return record;
    },

    async getProjectState(projectId) {
      const item = await get('getProjectState', projectKey(projectId));
      return item ? fromItem<ProjectState>(item) : null;
    },

    async putProjectState(state, expectedVersion) {
      const item = { ...projectKey(state.projectId), ...projectIndexKeys(state), ...entity('project'), ...state };
      const condition =
        expectedVersion === 0
          ? { expression: 'attribute_not_exists(PK)' }
          : { expression: '#version = :expected', names: { '#version': 'version' }, values: { ':expected': expectedVersion } };
      const written = await putIf('putProjectState', item, condition);
      if (!written) {
        throw new ConflictError(
          expectedVersion === 0
            ? `project ${state.projectId} was created by another writer`
            : `project ${state.projectId} is no longer at version ${expectedVersion}`,
        );
      }
    },

    async listProjects(filter = {}) {
      const sort = filter.status ? { prefix: statusPrefix(filter.status as Status) } : undefined;
      const items = filter.org
        ? await queryIndex('listProjects', TABLE_KEYS.gsi2.name, TABLE_KEYS.gsi2.pk, TABLE_KEYS.gsi2.sk, orgPartition(filter.org), sort)
        : await queryList('listProjects', LISTS.projects, sort);
      return items.map((item) => fromItem<ProjectState>(item));
    },

    async putChange(change) {
      const item = { ...changeKey(change.id), ...changeIndexKeys(change), ...entity('change'), ...change };
      return putIf('putChange', item, { expression: 'attribute_not_exists(PK)' });
    },

    async getChange(changeId) {
      const item = await get('getChange', changeKey(changeId));
      return item ? itemToChange(item) : null;
    },

    async listChangesSince(sinceIso) {
      return (await queryList('listChangesSince', LISTS.changes, { from: isoUtc(sinceIso) })).map(itemToChange);
    },

    async claimAlert(changeId, at) {
      // A claim is its own item beside the change: it may come before the change is
      // stored (a publisher given a change straight from the rules), and it never turns
      // the change item's INSERT into a MODIFY for the stream.
      return putIf('claimAlert', { ...alertClaimKey(changeId), ...entity('alert'), changeId, alertedAt: at }, { expression: 'attribute_not_exists(PK)' });
    },

    async releaseAlert(changeId) {
      await send('releaseAlert', () => doc.send(new DeleteCommand({ TableName: tableName, Key: alertClaimKey(changeId) })));
    },

    async putSubscription(subscription) {
      // The id derives from endpoint and filters: subscribing again rewrites the same item.
      await putIf('putSubscription', { ...subscriptionKey(subscription.id), ...subscriptionIndexKeys(subscription), ...entity('subscription'), ...subscription });
    },

    async listSubscriptions() {
      return (await queryList('listSubscriptions', LISTS.subscriptions)).map((item) => fromItem<Subscription>(item));
    },

    async deleteSubscription(subscriptionId) {
      const result = await send('deleteSubscription', () => doc.send(new DeleteCommand({ TableName: tableName, Key: subscriptionKey(subscriptionId), ReturnValues: 'ALL_OLD' })));
      return Boolean(result.Attributes);
    },
  };
}

/**
 * A stored change item (from a Query, a GetItem or an unmarshalled stream image) as a `Change`.
 *
 * @example
 * itemToChange(unmarshall(record.dynamodb.NewImage)) // => { id, projectId, kind, … }
 */
export function itemToChange(item: Item): Change {
  return fromItem<Change>(item);
}

/** The domain object of an item: everything but the key and bookkeeping attributes. */
function fromItem<T>(item: Item): T {
  const out: Item = {};
  for (const [key, value] of Object.entries(item)) if (!BOOKKEEPING.has(key)) out[key] = value;
  return out as T;
}

/**
 * Drops `undefined` (optional fields) at every depth: the document client rejects them
 * unless it was built with `removeUndefinedValues`, and this adapter must not depend on
 * how its caller built the client.
 */
function withoutUndefined(value: Item): Item {
  const clean = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.filter((x) => x !== undefined).map(clean);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Item = {};
      for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = clean(x);
      return out;
    }
    return v;
  };
  return clean(value) as Item;
}

async function forEachLimit<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
