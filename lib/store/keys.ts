/**
 * The single-table key design: every key of the Radar table is built here and nowhere else.
 *
 * Table: `PK` + `SK` (strings); GSI1 (`GSI1PK`, `GSI1SK`) and GSI2 (`GSI2PK`, `GSI2SK`),
 * both projecting ALL; TTL attribute `expiresAt` (epoch seconds, only on article marks).
 *
 * | access pattern                          | operation | key / index                                                        |
 * |-----------------------------------------|-----------|--------------------------------------------------------------------|
 * | a project with its timeline             | Query     | PK = PROJECT#<id>, newest first: SK = STATE, then EVENT#<date>#<eventId> |
 * | a project's state (read-modify-write)   | GetItem   | PK = PROJECT#<id>, SK = STATE                                      |
 * | all projects                            | Query     | GSI1: GSI1PK = PROJECTS                                            |
 * | projects by status                      | Query     | GSI1: GSI1PK = PROJECTS, GSI1SK begins_with <STATUS>#             |
 * | projects by organisation (and status)   | Query     | GSI2: GSI2PK = ORG#<org> (GSI2SK begins_with <STATUS>#)            |
 * | changes since a time                    | Query     | GSI1: GSI1PK = CHANGES, GSI1SK >= <ISO time>                       |
 * | a change by id                          | GetItem   | PK = CHANGE#<id>, SK = CHANGE                                      |
 * | changes not alerted yet (the outbox)    | Query     | GSI2: GSI2PK = OUTBOX (sparse: removed once delivered)             |
 * | a change's delivery record (claim)      | GetItem / conditional Put | PK = CHANGE#<id>, SK = ALERT                       |
 * | a source's fetch state                  | GetItem   | PK = SOURCE#<id>, SK = STATE                                       |
 * | every source's fetch state (dispatch)   | Query     | GSI1: GSI1PK = SOURCES                                             |
 * | have these articles been seen           | BatchGetItem | PK = ARTICLE#<id>, SK = ARTICLE (expiresAt ~90 days); ids the last read of a feed listed are kept on its source state and need no read |
 * | subscriptions                           | Query     | GSI1: GSI1PK = SUBSCRIPTIONS                                       |
 * | the deployed configuration              | GetItem   | PK = CONFIG, SK = CURRENT                                          |
 * | has this scheduled run happened (marker)| GetItem   | PK = RUN#<dispatch|digest>, SK = <scheduled time> (expiresAt 7 days) |
 *
 * Why one GSI1 partition per list (PROJECTS, CHANGES, SOURCES, SUBSCRIPTIONS) rather than
 * one partition per status or per UTC day: volumes are small (hundreds of projects, tens
 * of changes a day, one source-state write per poll), far below the 1,000 writes/s a
 * partition takes, and one partition answers "all projects" and "changes since any time"
 * with a single paginated Query, where day partitions would need a Query per day of a
 * `--since 30d`. The sort keys carry the status or the time, so the narrower patterns are
 * key conditions on the same partition. Were change volume ever to grow, the CHANGES
 * partition can be split by month (`CHANGES#2024-05`) behind `changesSince` alone.
 *
 * The claim of an alert lives in its own item (SK = ALERT) beside its change: a claim may
 * come before the change is stored, and the change item stays a plain conditional put, so
 * the stream sees exactly one INSERT per change (`CHANGE_SK_PREFIX`).
 *
 * The outbox is a sparse GSI2 partition: a change item is written with GSI2PK = OUTBOX
 * and loses those two attributes once its alert is delivered (a MODIFY the stream filter
 * drops). A change item is never in an organisation's GSI2 partition, so the index is
 * free for it. "What is left to send" is then one Query however old the change, which
 * the local runner asks at start-up and in every cycle, and `radar status --sources` shows.
 */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { shortHash } from '../core/hash';
import type { RadarEvent, Status } from '../core/types';

/** Attribute and index names, shared by the adapter, CDK and the local table creator. */
export const TABLE_KEYS = {
  pk: 'PK',
  sk: 'SK',
  gsi1: { name: 'GSI1', pk: 'GSI1PK', sk: 'GSI1SK' },
  gsi2: { name: 'GSI2', pk: 'GSI2PK', sk: 'GSI2SK' },
  ttl: 'expiresAt',
} as const;

/** Every key attribute, so readers can strip them from items. */
export const KEY_ATTRIBUTES: readonly string[] = [
  TABLE_KEYS.pk,
  TABLE_KEYS.sk,
  TABLE_KEYS.gsi1.pk,
  TABLE_KEYS.gsi1.sk,
  TABLE_KEYS.gsi2.pk,
  TABLE_KEYS.gsi2.sk,
  TABLE_KEYS.ttl,
];

/** Sort key of change items; the notify function's stream filter matches on it. */
export const CHANGE_SK_PREFIX = 'CHANGE';

/** How long an article stays "seen": feeds rarely resurface items older than this. */
export const ARTICLE_SEEN_DAYS = 90;

/** GSI1 partitions that list one kind of item. */
export const LISTS = {
  projects: 'PROJECTS',
  changes: 'CHANGES',
  sources: 'SOURCES',
  subscriptions: 'SUBSCRIPTIONS',
  /** GSI2: changes whose alert is not delivered yet. */
  outbox: 'OUTBOX',
} as const;

/** The item kind, stored as `entity` for humans reading the table. */
export type Entity = 'project' | 'event' | 'change' | 'alert' | 'source' | 'article' | 'subscription' | 'config' | 'run';

export interface ItemKey {
  PK: string;
  SK: string;
}

export interface IndexKeys {
  GSI1PK?: string;
  GSI1SK?: string;
  GSI2PK?: string;
  GSI2SK?: string;
}

/** Partition of a project: its state and its timeline. */
export function projectPartition(projectId: string): string {
  return `PROJECT#${projectId}`;
}

/** A project's state item. */
export function projectKey(projectId: string): ItemKey {
  return { PK: projectPartition(projectId), SK: 'STATE' };
}

/** Sort-key prefix of timeline events. */
export const EVENT_SK_PREFIX = 'EVENT#';

/** A timeline event: sorted by its date inside the project's partition. */
export function eventKey(projectId: string, eventDate: string, eventId: string): ItemKey {
  return { PK: projectPartition(projectId), SK: `${EVENT_SK_PREFIX}${eventDate}#${eventId}` };
}

/**
 * The deterministic id of an event: the same claim from the same article is the same
 * event, however often the article is processed.
 *
 * @example
 * eventId({ articleId: 'a1', projectId: 'p1', status: 'CANCELLED', modality: 'occurred', evidence: '…' }) // => 16 hex digits
 */
export function eventId(event: Pick<RadarEvent, 'articleId' | 'projectId' | 'status' | 'modality' | 'evidence'>): string {
  return shortHash(event.articleId, event.projectId, event.status, event.modality, event.evidence);
}

/** Sort-key prefix that selects one status inside the project lists. */
export function statusPrefix(status: Status): string {
  return `${status}#`;
}

/** GSI partition of an organisation's projects. */
export function orgPartition(org: string): string {
  return `ORG#${org}`;
}

/**
 * Index keys of a project state: listed under PROJECTS and its organisation, sorted by
 * status then the date it took that status. No org, no GSI2 entry (a sparse index).
 */
export function projectIndexKeys(state: { projectId: string; status: Status; statusSince: string; org: string | null }): IndexKeys {
  const sort = `${statusPrefix(state.status)}${state.statusSince}#${state.projectId}`;
  const keys: IndexKeys = { GSI1PK: LISTS.projects, GSI1SK: sort };
  if (state.org) Object.assign(keys, { GSI2PK: orgPartition(state.org), GSI2SK: sort });
  return keys;
}

/** A change item, for GetItem by id and the one-INSERT-per-change stream. */
export function changeKey(changeId: string): ItemKey {
  return { PK: `CHANGE#${changeId}`, SK: CHANGE_SK_PREFIX };
}

/** The alert claim of a change: exists once the change was (being) sent. */
export function alertClaimKey(changeId: string): ItemKey {
  return { PK: `CHANGE#${changeId}`, SK: 'ALERT' };
}

/** Changes listed by the time they were recorded (`at`, normalised to UTC ISO). */
export function changeIndexKeys(change: { id: string; at: string }): IndexKeys {
  return { GSI1PK: LISTS.changes, GSI1SK: `${isoUtc(change.at)}#${change.id}` };
}

/** Puts a change in the outbox (GSI2), oldest first; removed once its alert is delivered. */
export function outboxIndexKeys(change: { id: string; at: string }): IndexKeys {
  return { GSI2PK: LISTS.outbox, GSI2SK: `${isoUtc(change.at)}#${change.id}` };
}

/** A source's fetch state. */
export function sourceKey(sourceId: string): ItemKey {
  return { PK: `SOURCE#${sourceId}`, SK: 'STATE' };
}

export function sourceIndexKeys(sourceId: string): IndexKeys {
  return { GSI1PK: LISTS.sources, GSI1SK: sourceId };
}

/** An article's "seen" mark. */
export function articleKey(articleId: string): ItemKey {
  return { PK: `ARTICLE#${articleId}`, SK: 'ARTICLE' };
}

/** Epoch seconds at which DynamoDB's TTL may delete an article mark made at `seenAt`. */
export function articleExpiresAt(seenAt: string): number {
  const base = Date.parse(seenAt);
  return Math.floor((Number.isNaN(base) ? Date.now() : base) / 1000) + ARTICLE_SEEN_DAYS * 86_400;
}

export function subscriptionKey(subscriptionId: string): ItemKey {
  return { PK: `SUBSCRIPTION#${subscriptionId}`, SK: 'SUBSCRIPTION' };
}

export function subscriptionIndexKeys(subscription: { id: string; createdAt: string }): IndexKeys {
  return { GSI1PK: LISTS.subscriptions, GSI1SK: `${subscription.createdAt}#${subscription.id}` };
}

/** The configuration `radar config push` stores and the Lambdas read (one item, a JSON string). */
export function configKey(): ItemKey {
  return { PK: 'CONFIG', SK: 'CURRENT' };
}

/** How long a scheduled run's marker is kept: longer than any retry of that run. */
export const RUN_MARKER_DAYS = 7;

/** The marker of one scheduled run of `kind` (dispatch, digest), so a retried run does not repeat its work. */
export function runKey(kind: string, scheduledTime: string): ItemKey {
  return { PK: `RUN#${kind}`, SK: isoUtc(scheduledTime) };
}

/**
 * An ISO time in one spelling (UTC, milliseconds, `Z`), so times sort as strings.
 * A value that is not a time is kept as given.
 *
 * @example
 * isoUtc('2023-11-24T14:05:00+09:00') // => '2023-11-24T05:05:00.000Z'
 */
export function isoUtc(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

/**
 * CreateTable input for dynalite or DynamoDB Local (CDK declares the same keys from
 * {@link TABLE_KEYS}). No stream and no TTL here: the embedded database has neither,
 * and nothing in the code needs them.
 */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  const { pk, sk, gsi1, gsi2 } = TABLE_KEYS;
  const index = (spec: { name: string; pk: string; sk: string }) => ({
    IndexName: spec.name,
    KeySchema: [
      { AttributeName: spec.pk, KeyType: 'HASH' as const },
      { AttributeName: spec.sk, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  });
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [pk, sk, gsi1.pk, gsi1.sk, gsi2.pk, gsi2.sk].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    KeySchema: [
      { AttributeName: pk, KeyType: 'HASH' as const },
      { AttributeName: sk, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: [index(gsi1), index(gsi2)],
  };
}
