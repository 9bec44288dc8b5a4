/**
 * The domain model of DESIGN.md section 2, shared by every stage.
 * Types only: no code lives here, so any module may import it.
 */

/** Every status of DESIGN section 3, in lifecycle order (forward steps first). */
export const STATUSES = [
  'ANNOUNCED',
  'MOU_SIGNED',
  'APPROVED',
  'CONSTRUCTION_STARTED',
  'COMPLETED',
  'LAUNCHED',
  'DELAYED',
  'ON_HOLD',
  'CANCELLED',
  'RESUMED',
] as const;

export type Status = (typeof STATUSES)[number];

/** `occurred`: it happened or was decided. `planned`: a schedule or an intention. */
export type Modality = 'occurred' | 'planned';

export type Lang = 'ko' | 'en';

/** A date phrase resolved against the article's date; `from`/`to` are ISO `YYYY-MM-DD`, inclusive. */
export interface DateRange {
  text: string;
  from: string;
  to: string;
}

/** One status claim found in one text, as `radar analyze` prints it (DESIGN section 6). */
export interface DetectedEvent {
  project: string;
  projectId: string;
  org: string | null;
  status: Status;
  modality: Modality;
  when: DateRange | null;
  evidence: string;
  confidence: number;
  /** Which rule family produced it, for debugging and evaluation (e.g. `ko-cue`, `en-cue`). */
  detector: string;
  /** True when the project is not on the watchlist and was named from the text. */
  discovered: boolean;
  /**
   * True when the claim is about a project the text does not identify ("paused the
   * construction of a plant"): the event goes on the timeline but never moves a state or
   * alerts. `project` is then the noun it was said of, `projectId` is `unresolved`.
   */
  unresolved?: boolean;
}

/** A detected event tied to the article it came from (DESIGN section 2). */
export interface RadarEvent extends DetectedEvent {
  articleId: string;
  url: string;
  /**
   * The article's publication time, ISO 8601 with the source's UTC offset (so its first
   * 10 characters are the source's calendar day). For an `undated` article: when Radar
   * first read it.
   */
  publishedAt: string;
  sourceId: string;
  /** Neither the feed nor the page gave a date: on the timeline, but it never moves a project's state. */
  undated?: boolean;
}

export type SourceKind = 'rss' | 'atom' | 'rdf' | 'jsonfeed' | 'html-list' | 'sitemap';

/** CSS selectors that turn an HTML list page into feed items. */
export interface ListSelectors {
  item: string;
  title: string;
  link: string;
  date?: string;
  summary?: string;
}

export interface Source {
  id: string;
  url: string;
  /** The declared kind; the feed parser still sniffs the content. */
  kind: SourceKind;
  lang: Lang;
  /** Fetch each new item's page for the full text, or detect on the feed's summary alone. */
  fetchArticles: boolean;
  intervalMinutes: number;
  selectors?: ListSelectors;
  /** IANA zone of the source's calendar; default by language (`lib/text/time-zone.ts`). */
  timeZone?: string;
}

export interface WatchOrg {
  id: string;
  names: string[];
}

export interface WatchProject {
  id: string;
  org: string;
  names: string[];
  kind: string;
}

export interface Watchlist {
  orgs: WatchOrg[];
  projects: WatchProject[];
}

/** One entry of a feed, normalised. */
export interface FeedItem {
  title: string;
  /** Absolute, canonical URL (tracking parameters and fragment removed). */
  url: string;
  publishedAt: string | null;
  summary: string;
}

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'jsonfeed' | 'sitemap' | 'html-list';

export interface Feed {
  format: FeedFormat;
  title: string;
  items: FeedItem[];
}

/** What `radar extract` prints for an article page. */
export interface ExtractedArticle {
  title: string;
  publishedAt: string | null;
  lang: Lang;
  text: string;
}

export interface Article {
  /** hash of the canonical URL */
  id: string;
  url: string;
  sourceId: string;
  title: string;
  publishedAt: string;
  lang: Lang;
}

export interface Milestone {
  status: Status;
  when: DateRange | null;
  evidence: string;
  url: string;
}

export interface ProjectState {
  projectId: string;
  name: string;
  org: string | null;
  status: Status;
  /** ISO date of the event that set the status. */
  statusSince: string;
  nextMilestone: Milestone | null;
  delayed: boolean;
  discovered: boolean;
  /** Distinct source ids that reported on this project. */
  sources: string[];
  /** Optimistic-lock counter: every write checks and bumps it. */
  version: number;
  updatedAt: string;
  /** The evidence and URL of the event that set the status. */
  evidence: string;
  url: string;
  /** What the state rules remember between articles (`lib/state/rules.ts`). */
  memo?: ProjectMemo;
}

/** A low-confidence claim held back until a second independent source reports it (DESIGN section 4). */
export interface PendingClaim {
  status: Status;
  modality: Modality;
  /** Event date of the earliest report: `when.from`, else the article's date. */
  date: string;
  when: DateRange | null;
  evidence: string;
  url: string;
  publishedAt: string;
  confidence: number;
  /** Distinct source ids that reported it so far. */
  sources: string[];
  /** When it was first held back (processing time), so stale claims expire. */
  heldAt: string;
}

/** Rule bookkeeping kept on a project's state; not part of the public contract. */
export interface ProjectMemo {
  /** The furthest lifecycle step (ANNOUNCED … LAUNCHED) reached, so a recap cannot move the project back. */
  stage?: Status;
  /** `publishedAt` of the report that set `nextMilestone`: an older report does not replace it. */
  milestoneReportedAt?: string;
  /** The first report was below the confirmation threshold: the first change waits for a second source. */
  unconfirmed?: boolean;
  pending?: PendingClaim[];
}

export type ChangeKind = 'status' | 'slip' | 'discovered';

/** What an alert is about. */
export interface Change {
  /** Deterministic id: the same change from a retry or a repeat article gets the same id. */
  id: string;
  projectId: string;
  project: string;
  org: string | null;
  kind: ChangeKind;
  from: string | null;
  to: string;
  evidence: string;
  url: string;
  /** When Radar recorded the change (processing time), ISO 8601. */
  at: string;
  /**
   * The news date: the day it happened or was reported (the event date, else the
   * article's date), YYYY-MM-DD. Absent on changes stored before it was recorded.
   */
  newsDate?: string;
  confidence: number;
  /** For a `slip` of a planned milestone: which milestone moved (`from`/`to` are then date ranges). */
  milestone?: Status;
}

export interface SourceError {
  code: string;
  message: string;
  at: string;
}

/** A source's fetch state: conditional-GET validators, failures and backoff. */
export interface SourceState {
  sourceId: string;
  etag?: string;
  lastModified?: string;
  lastFetchedAt?: string;
  lastSuccessAt?: string;
  /** Consecutive failures; reset by a success. */
  failures: number;
  lastError?: SourceError;
  /** Do not fetch before this time (Retry-After or exponential backoff). */
  backoffUntil?: string;
  itemsSeen?: number;
  /** Articles of the last poll that could not be read (their feed summary was used). */
  itemFailures?: number;
  /** The last such article failure. */
  lastItemError?: SourceError;
  /** The last poll stopped early (time budget): the rest is read on the next one. */
  partial?: boolean;
  /**
   * Article ids of the feed's items at the last read (newest feeds first, capped): items
   * listed here need no seen-check read, so an unchanged feed without validators costs
   * no reads beyond this state.
   */
  recentArticleIds?: string[];
}
