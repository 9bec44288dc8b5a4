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
  /** Claims a change for alerting; false when it was claimed before (alert once). */
  claimAlert(changeId: string, at: string): Promise<boolean>;
  /** Gives a claim back after a failed publish, so a retry can send it. */
  releaseAlert(changeId: string): Promise<void>;

  putSubscription(subscription: Subscription): Promise<void>;
  listSubscriptions(): Promise<Subscription[]>;
  /** Removes a subscription; false when there was none with this id. */
  deleteSubscription(subscriptionId: string): Promise<boolean>;
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
}

export type Clock = () => Date;
