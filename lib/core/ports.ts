/**
 * Ports: the roles the use cases need, named by role. Adapters are named by technology
 * (`createUndiciFetcher`, `createDynamoStore`, `createSnsPublisher`, `createConsolePublisher`)
 * and wired in one place, `lib/runtime/deps.ts`.
 */
import type { Change, Lang, ProjectState, RadarEvent, SourceState, Status } from './types';

export interface FetchRequest {
  url: string;
  /** Validators from the last fetch, for a conditional GET. */
  etag?: string;
  lastModified?: string;
  accept?: string;
}

export interface FetchResponse {
  /** The final URL after redirects. */
  url: string;
  status: number;
  /** 304: the validators matched; `body` is empty and nothing needs parsing. */
  notModified: boolean;
  /** Decompressed bytes, capped in size. Decode with `decodeText`. */
  body: Buffer;
  contentType?: string;
  etag?: string;
  lastModified?: string;
}

/** Fetches one URL politely; throws a `FetchError` (stable `code`) on any failure. */
export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResponse>;
  close(): Promise<void>;
}

/** A project with its timeline, newest event first. */
export interface ProjectRecord {
  state: ProjectState;
  events: RadarEvent[];
}

export interface Subscription {
  id: string;
  protocol: 'email' | 'sms' | 'webhook' | 'console';
  endpoint: string;
  /** Empty or absent means "all". */
  statuses?: Status[];
  orgs?: string[];
  projects?: string[];
  /** The language alerts and digests are written in; absent means English. */
  lang?: Lang;
  /** `daily`: one digest a day instead of an alert per change; absent means `instant`. */
  delivery?: 'instant' | 'daily';
  /** On AWS: the SNS subscription, once `radar subscribe` made it. */
  subscriptionArn?: string;
  createdAt: string;
}

/**
 * Everything the pipeline keeps. One DynamoDB table in production (keys in
 * `lib/store/keys.ts`); the same adapter runs against dynalite locally.
 * Every write is idempotent: conditional puts and version-checked updates.
 */
export interface RadarStore {
  getSourceState(sourceId: string): Promise<SourceState | null>;
  putSourceState(state: SourceState): Promise<void>;
  listSourceStates(): Promise<SourceState[]>;

  /** Records an article as seen; false when it was already seen (another run or a retry). */
  markArticleSeen(articleId: string, url: string, seenAt: string): Promise<boolean>;
  hasSeenArticle(articleId: string): Promise<boolean>;
  /** Which of these articles were seen before, in as few reads as the store allows. */
  seenArticles(articleIds: readonly string[]): Promise<Set<string>>;
  /** Marks articles seen in as few writes as the store allows; marking one twice is harmless. */
  markArticlesSeen(marks: ReadonlyArray<{ articleId: string; url: string }>, seenAt: string): Promise<void>;

  /** Adds events to their projects' timelines; an event already stored is left as it is. */
  putEvents(events: RadarEvent[]): Promise<void>;

  getProject(projectId: string): Promise<ProjectRecord | null>;
  getProjectState(projectId: string): Promise<ProjectState | null>;
  /**
   * Writes a project's state if its stored version is still `expectedVersion`
   * (0 = must not exist yet); throws `ConflictError` otherwise. Stores `state.version`.
   */
  putProjectState(state: ProjectState, expectedVersion: number): Promise<void>;
  listProjects(filter?: { status?: Status; org?: string }): Promise<ProjectState[]>;

  /** Stores a change once; false when a change with this id exists already. */
  putChange(change: Change): Promise<boolean>;
  listChangesSince(sinceIso: string): Promise<Change[]>;
  /**
   * Claims one leg of an alert (`<change id>#<leg>`, `lib/alert/channels.ts`); false when it
   * was claimed before. The change as a whole has its delivery record (`getAlert`/`putAlert`).
   */
  claimAlert(claimId: string, at: string): Promise<boolean>;
  /** Gives a leg's claim back after a failed send, so a retry can send it. */
  releaseAlert(claimId: string): Promise<void>;
  /** The delivery record of a change's alert (`lib/alert/deliver.ts`), or null before its first claim. */
  getAlert(changeId: string): Promise<AlertRecord | null>;
  /**
   * Writes a delivery record if the stored one is still at `expectedRev` (0 = must not
   * exist yet), storing it at `rev = expectedRev + 1`: false when another writer moved it first.
   */
  putAlert(record: AlertRecord, expectedRev: number): Promise<boolean>;
  /** Stored changes whose alert is not delivered yet (the outbox), oldest first. */
  listOutbox(): Promise<Change[]>;
  /** Takes a delivered change out of the outbox; harmless when it is not there. */
  leaveOutbox(changeId: string): Promise<void>;

  putSubscription(subscription: Subscription): Promise<void>;
  listSubscriptions(): Promise<Subscription[]>;
  /** Removes a subscription; false when there was none with this id. */
  deleteSubscription(subscriptionId: string): Promise<boolean>;
}

/**
 * Where a change's alert stands. `claimed`: a deliverer holds it and has not called the
 * publisher yet. `publishing`: the publisher was called; whether it got through is known
 * only when this record moves on. `sent`: delivered. `pending`: a publish was refused
 * (nothing went out) and may be retried. `ambiguous`: a publish may or may not have gone
 * out and the channel cannot tell, so it is not re-sent without a person. `exhausted`:
 * refused `maxAttempts` times.
 */
export type AlertPhase = 'claimed' | 'publishing' | 'sent' | 'pending' | 'ambiguous' | 'exhausted';

/** The delivery record of one change's alert: item `PK=CHANGE#id, SK=ALERT`. */
export interface AlertRecord {
  changeId: string;
  phase: AlertPhase;
  /** Publish attempts started (claims that reached the publisher or were refused). */
  attempts: number;
  /** Who holds a `claimed` or `publishing` record (`host:pid`, a Lambda request id). */
  owner?: string;
  /** A `claimed` or `publishing` record whose lease ended may be taken over. ISO time. */
  leaseUntil?: string;
  updatedAt: string;
  sentAt?: string;
  lastError?: { code: string; message: string; at: string };
  /** Optimistic-lock counter, bumped by every write. */
  rev: number;
}

/** A message about one change, ready for any channel. */
export interface Alert {
  change: Change;
  /** The language the texts are written in. */
  lang: Lang;
  subject: string;
  /** Plain text for email and console. */
  text: string;
  /** The SMS line: at most two billed segments (`lib/alert/sms.ts`). */
  short: string;
  /** Message attributes that subscription filter policies match on. */
  attributes: { status: string; org: string; project: string; kind: string; lang: Lang };
}

export interface AlertPublisher {
  publish(alert: Alert): Promise<void>;
  /**
   * Whether an alert for this change already went out, for a channel that keeps its own
   * record (the local outbox file): true or false when it knows, undefined when it cannot
   * tell (SNS). Asked only about a publish that was interrupted.
   */
  wasDelivered?(changeId: string): Promise<boolean | undefined>;
}

export type Clock = () => Date;
