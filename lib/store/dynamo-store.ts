/**
 * The `RadarStore` port on one DynamoDB table (keys in `keys.ts`). The same code runs
 * against AWS and against dynalite, so it uses only what both have: single-item
 * conditional writes and Queries. No transactions, no TTL (the `expiresAt` on article
 * marks is a hint AWS acts on), no streams.
 *
 * Idempotency: changes and alert claims are conditional puts (`attribute_not_exists`),
 * so a retry or a second Lambda finds the first one's item; project states are
 * version-checked puts (optimistic locking). Events and seen marks go in batches
 * (BatchGetItem, BatchWriteItem: one call per 100 reads or 25 writes instead of one per
 * item, which was most of a poll's DynamoDB time); an event is written only when a
 * consistent batch read did not find it, and a seen mark written twice is the same mark.
 */
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { setTimeout as delay } from 'node:timers/promises';
import { ConflictError } from '../core/errors';
import type { AlertRecord, ProjectRecord, RadarStore, Subscription } from '../core/ports';
import type { Change, ProjectState, RadarEvent, SourceState, Status } from '../core/types';
import { eventDate } from '../state/event-date';
import { isConditionFailure, storeError } from './errors';
import { fitItem } from './item-size';
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
  outboxIndexKeys,
  projectIndexKeys,
  projectKey,
  projectPartition,
  sourceIndexKeys,
  sourceKey,
  statusPrefix,
  subscriptionIndexKeys,
  subscriptionKey,
  type Entity,
  type ItemKey,
} from './keys';

export interface DynamoStoreOptions {
  /** Items per Query page. Default: DynamoDB's own 1 MB pages. Tests set it low to exercise paging. */
  pageSize?: number;
  /** Parallel conditional puts in `putEvents`. Default 8. */
  writeConcurrency?: number;
  /** Told when an item was cut to fit DynamoDB's item size (see `item-size.ts`). */
  onTruncated?: (info: { operation: string; key: string; attributes: string[] }) => void;
}

/** The port plus what the adapter can also answer (a change by id, for the notify function). */
export interface DynamoRadarStore extends RadarStore {
  getChange(changeId: string): Promise<Change | null>;
}

type Item = Record<string, unknown>;

/** DynamoDB's limits per BatchGetItem and BatchWriteItem call. */
const BATCH_GET_MAX = 100;
const BATCH_WRITE_MAX = 25;
/** Unprocessed keys or items (throttling) are retried this often with a doubling backoff. */
const BATCH_ATTEMPTS = 6;

/** Attributes the adapter adds beside the domain fields; readers drop them. */
const BOOKKEEPING = new Set([...KEY_ATTRIBUTES, 'entity', 'eventId', 'eventDate']);
const NEVER_CUT: ReadonlySet<string> = new Set([...KEY_ATTRIBUTES, 'entity', 'eventId', 'eventDate', 'id', 'projectId', 'changeId', 'sourceId', 'articleId']);

/**
 * Creates the store.
 *
 * @param doc A document client (marshalling is done by it; `undefined` fields are dropped here).
 * @param tableName The table created from `tableDefinition` (locally) or by CDK.
 */
export function createDynamoStore(doc: DynamoDBDocumentClient, tableName: string, options: DynamoStoreOptions = {}): DynamoRadarStore {

  async function send<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw storeError(operation, error);
    }
  }

  /** A put that may lose its condition: false then, not an error. */
  async function putIf(operation: string, item: Item, condition?: { expression: string; names?: Record<string, string>; values?: Item }): Promise<boolean> {
    // An item too large for DynamoDB is cut, never a reason to fail (one huge sentence
    // used to make every cycle throw).
    const fitted = fitItem(withoutUndefined(item), NEVER_CUT);
    if (fitted.truncated.length) options.onTruncated?.({ operation, key: `${String(item.PK)}/${String(item.SK)}`, attributes: fitted.truncated });
    try {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: fitted.item,
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

  async function get(operation: string, key: { PK: string; SK: string }, consistent = true): Promise<Item | null> {
    // Strongly consistent by default: these reads decide writes (version checks).
    const result = await send(operation, () => doc.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: consistent })));
    return (result.Item as Item | undefined) ?? null;
  }

  /** BatchGetItem in chunks of 100, retrying unprocessed keys with a short backoff. */
  async function batchGet(operation: string, keys: ItemKey[], read: { consistent: boolean; attributes?: string[] }): Promise<Item[]> {
    const found: Item[] = [];
    const projection = read.attributes
      ? { ProjectionExpression: read.attributes.map((_, i) => `#a${i}`).join(', '), ExpressionAttributeNames: Object.fromEntries(read.attributes.map((a, i) => [`#a${i}`, a])) }
      : {};
    for (let i = 0; i < keys.length; i += BATCH_GET_MAX) {
      let pending: Item[] = keys.slice(i, i + BATCH_GET_MAX) as unknown as Item[];
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt >= BATCH_ATTEMPTS) throw storeError(operation, new Error(`${pending.length} keys stayed unprocessed after ${attempt} attempts`));
        if (attempt > 0) await delay(50 * 2 ** attempt);
        const request = { [tableName]: { Keys: pending, ConsistentRead: read.consistent, ...projection } };
        const result = await send(operation, () => doc.send(new BatchGetCommand({ RequestItems: request })));
        found.push(...((result.Responses?.[tableName] as Item[] | undefined) ?? []));
        pending = (result.UnprocessedKeys?.[tableName]?.Keys as Item[] | undefined) ?? [];
      }
    }
    return found;
  }

  /** BatchWriteItem puts in chunks of 25 (one key once per chunk), retrying unprocessed items. */
  async function batchPut(operation: string, items: Item[]): Promise<void> {
    const unique = [...new Map(items.map((item) => [`${String(item[TABLE_KEYS.pk])}\u0000${String(item[TABLE_KEYS.sk])}`, item])).values()];
    for (let i = 0; i < unique.length; i += BATCH_WRITE_MAX) {
      let pending = unique.slice(i, i + BATCH_WRITE_MAX).map((item) => {
        // Cut to DynamoDB's item size, as `putIf` does: one huge text never fails the batch.
        const fitted = fitItem(withoutUndefined(item), NEVER_CUT);
        if (fitted.truncated.length) options.onTruncated?.({ operation, key: `${String(item.PK)}/${String(item.SK)}`, attributes: fitted.truncated });
        return { PutRequest: { Item: fitted.item } };
      });
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt >= BATCH_ATTEMPTS) throw storeError(operation, new Error(`${pending.length} writes stayed unprocessed after ${attempt} attempts`));
        if (attempt > 0) await delay(50 * 2 ** attempt);
        const result = await send(operation, () => doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } })));
        pending = (result.UnprocessedItems?.[tableName] as typeof pending | undefined) ?? [];
      }
    }
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
      // Eventually consistent (half the price): the state was written by the poll before,
      // minutes ago, and one poll of a source runs at a time.
      const item = await get('getSourceState', sourceKey(sourceId), false);
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

    async seenArticles(articleIds) {
      // Eventually consistent: a mark missed because it is a second old means an article
      // read twice, and every write that follows is idempotent.
      const keys = [...new Set(articleIds)].map((id) => articleKey(id));
      const found = await batchGet('seenArticles', keys, { consistent: false, attributes: ['articleId'] });
      return new Set(found.map((item) => String(item['articleId'])));
    },

    async markArticlesSeen(marks, seenAt) {
      await batchPut(
        'markArticlesSeen',
        marks.map(({ articleId, url }) => ({ ...articleKey(articleId), ...entity('article'), articleId, url, seenAt, [TABLE_KEYS.ttl]: articleExpiresAt(seenAt) })),
      );
    },

    async putEvents(events) {
      const items = events.map((event) => {
        const date = eventDate(event);
        const id = eventId(event);
        return { ...eventKey(event.projectId, date, id), ...entity('event'), eventId: id, eventDate: date, ...event } as Item;
      });
      // An event already stored is left as it is: read which exist (consistently), write the rest.
      const keyOf = (item: Item) => `${String(item[TABLE_KEYS.pk])}\u0000${String(item[TABLE_KEYS.sk])}`;
      const keys = [...new Map(items.map((item) => [keyOf(item), { PK: String(item[TABLE_KEYS.pk]), SK: String(item[TABLE_KEYS.sk]) }])).values()];
      const stored = new Set((await batchGet('putEvents', keys, { consistent: true, attributes: [TABLE_KEYS.pk, TABLE_KEYS.sk] })).map(keyOf));
      await batchPut('putEvents', items.filter((item) => !stored.has(keyOf(item))));
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
      // Born in the outbox: the delivery code takes it out once its alert went out.
      const item = { ...changeKey(change.id), ...changeIndexKeys(change), ...outboxIndexKeys(change), ...entity('change'), ...change };
      return putIf('putChange', item, { expression: 'attribute_not_exists(PK)' });
    },

    async getChange(changeId) {
      const item = await get('getChange', changeKey(changeId));
      return item ? itemToChange(item) : null;
    },

    async listChangesSince(sinceIso) {
      return (await queryList('listChangesSince', LISTS.changes, { from: isoUtc(sinceIso) })).map(itemToChange);
    },

    async claimAlert(claimId, at) {
      return putIf('claimAlert', { ...alertClaimKey(claimId), ...entity('alert'), changeId: claimId, alertedAt: at }, { expression: 'attribute_not_exists(PK)' });
    },

    async releaseAlert(claimId) {
      await send('releaseAlert', () => doc.send(new DeleteCommand({ TableName: tableName, Key: alertClaimKey(claimId) })));
    },

    async getAlert(changeId) {
      const item = await get('getAlert', alertClaimKey(changeId));
      if (!item) return null;
      // A claim from before delivery records (only `alertedAt`): it was sent.
      if (item.phase === undefined) return { changeId, phase: 'sent', attempts: 1, updatedAt: String(item.alertedAt ?? ''), sentAt: item.alertedAt as string | undefined, rev: -1 };
      return fromItem<AlertRecord>(item);
    },

    async putAlert(record, expectedRev) {
      // A record is its own item beside the change: it may come before the change is
      // stored, and it never turns the change item's INSERT into a MODIFY for the stream.
      const condition =
        expectedRev === 0
          ? { expression: 'attribute_not_exists(PK)' }
          : { expression: '#rev = :rev', names: { '#rev': 'rev' }, values: { ':rev': expectedRev } };
      return putIf('putAlert', { ...alertClaimKey(record.changeId), ...entity('alert'), ...record, rev: expectedRev + 1 }, condition);
    },

    async listOutbox() {
      const { name, pk, sk } = TABLE_KEYS.gsi2;
      return (await queryIndex('listOutbox', name, pk, sk, LISTS.outbox)).map(itemToChange);
    },

    async leaveOutbox(changeId) {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: changeKey(changeId),
            UpdateExpression: 'REMOVE #gpk, #gsk',
            ConditionExpression: 'attribute_exists(PK)',
            ExpressionAttributeNames: { '#gpk': TABLE_KEYS.gsi2.pk, '#gsk': TABLE_KEYS.gsi2.sk },
          }),
        );
      } catch (error) {
        // No change item (an alert for a change given straight from the rules): nothing to leave.
        if (!isConditionFailure(error)) throw storeError('leaveOutbox', error);
      }
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
