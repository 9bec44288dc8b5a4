/**
 * The configuration file's schema (zod). Parsed once, every problem reported at once
 * with its path, then frozen: the rest of the code receives a `RadarConfig` value.
 * Every object is strict: a misspelt key (`intervalMinute`) is an error with a "did you
 * mean" (`load.ts`), never a setting silently ignored. Checks across fields live in
 * `crossFieldIssues` so they are reported together with type errors, not after them.
 */
import { z } from 'zod';
import { STATUSES } from '../core/types';

/** Head words of facility names: a discovered project named with one may alert from one source. */
export const DEFAULT_FACILITY_WORDS = [
  'data center', 'data centre', 'datacenter', 'plant', 'factory', 'gigafactory', 'fab', 'megafab', 'foundry', 'campus',
  'power station', 'reactor', 'refinery', 'smelter', 'mine', 'terminal', 'substation', 'wind farm', 'solar farm', 'pipeline',
  '데이터센터', '공장', '팹', '발전소', '원전', '호기', '캠퍼스', '제련소', '정유공장', '터미널', '산업단지', '클러스터', '플랜트',
] as const;

const id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" or "-"');

const selectors = z.strictObject({
  item: z.string().min(1),
  title: z.string().min(1),
  link: z.string().min(1),
  date: z.string().min(1).optional(),
  summary: z.string().min(1).optional(),
});

/** An IANA time zone Node's Intl knows ("Asia/Seoul", "UTC", "America/New_York"). */
export const timeZone = z.string().refine(isTimeZone, { message: 'not a time zone Intl knows; use an IANA name such as "Asia/Seoul" or "UTC"' });

/** True when `Intl` accepts the name as a time zone. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const source = z
  .strictObject({
    id,
    url: z.url({ protocol: /^https?$/ }),
    kind: z.enum(['rss', 'atom', 'rdf', 'jsonfeed', 'html-list', 'sitemap']),
    lang: z.enum(['ko', 'en']),
    fetchArticles: z.boolean().default(true),
    intervalMinutes: z.number().int().min(1).max(1440).default(15),
    selectors: selectors.optional(),
    /** The source's calendar: default Asia/Seoul for Korean sources, UTC otherwise. */
    timeZone: timeZone.optional(),
  })
  .refine((s) => s.kind !== 'html-list' || s.selectors !== undefined, {
    message: 'an html-list source needs "selectors"',
    path: ['selectors'],
  });

const watchlist = z.strictObject({
  orgs: z.array(z.strictObject({ id, names: z.array(z.string().min(1)).min(1) })).default([]),
  projects: z
    .array(z.strictObject({ id, org: id, names: z.array(z.string().min(1)).min(1), kind: z.string().min(1).default('project') }))
    .default([]),
});

export const configSchema = z
  .strictObject({
    /**
     * The time zone people read dates in (CLI, alerts, digests). Unset: Asia/Seoul for
     * Korean readers and sources, UTC otherwise.
     */
    timeZone: timeZone.optional(),
    fetch: z
      .strictObject({
        userAgent: z.string().min(8).default('ProjectRadar/0.1 (+https://github.com/project-radar/radar)'),
        timeoutMs: z.number().int().min(100).max(120_000).default(15_000),
        maxBytes: z.number().int().min(1024).default(5 * 1024 * 1024),
        maxRedirects: z.number().int().min(0).max(20).default(5),
        perHostConcurrency: z.number().int().min(1).max(16).default(2),
        minSpacingMs: z.number().int().min(0).default(1000),
        respectRobots: z.boolean().default(true),
        /** Hosts that may resolve to loopback or private addresses (the demo and tests). */
        allowHosts: z.array(z.string().min(1)).default([]),
      })
      .prefault({}),
    schedule: z.strictObject({ intervalMinutes: z.number().int().min(1).max(1440).default(15) }).prefault({}),
    alerts: z
      .strictObject({
        /** Events below this confidence are stored on the timeline but change nothing. */
        minConfidence: z.number().min(0).max(1).default(0.5),
        /** Changes below this confidence wait for a second independent source. */
        confirmBelow: z.number().min(0).max(1).default(0.65),
        statuses: z.array(z.enum(STATUSES)).optional(),
        /**
         * News older than this many days is recorded (timeline, state, changes) but not
         * alerted: a first run over a feed's backlog, or a recap of a 2022 event, tells nobody.
         */
        maxAlertAgeDays: z.number().int().min(0).max(3650).default(7),
        /** The language of alerts printed locally (console, outbox); subscribers choose their own. */
        lang: z.enum(['ko', 'en']).default('en'),
        /**
         * Which projects not on the watchlist may alert (lib/state/discovered-policy.ts):
         * a facility by its name, a project of a watched owner, or one that this many
         * independent sources report. The others wait for that many sources.
         */
        discovered: z
          .strictObject({
            facilityWords: z.array(z.string().min(1)).default([...DEFAULT_FACILITY_WORDS]),
            watchedOwner: z.boolean().default(true),
            sources: z.number().int().min(1).max(10).default(2),
          })
          .prefault({}),
      })
      .prefault({}),
    server: z.strictObject({ port: z.number().int().min(0).max(65535).default(8787), host: z.string().default('127.0.0.1') }).prefault({}),
    sources: z.array(source).default([]),
    watchlist: watchlist.prefault({}),
  });

export interface CrossFieldIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Checks between fields (unique source ids, projects of known organisations), run on the
 * raw input beside the schema so they are reported in the same pass as type errors.
 * Defensive about shapes: a wrong type there is the schema's to report.
 */
export function crossFieldIssues(raw: unknown): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [];
  const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const root = record(raw);
  const seen = new Set<string>();
  list(root.sources).forEach((s, i) => {
    const sourceId = record(s).id;
    if (typeof sourceId !== 'string') return;
    if (seen.has(sourceId)) issues.push({ message: `duplicate source id "${sourceId}"`, path: ['sources', i, 'id'] });
    seen.add(sourceId);
  });
  const watch = record(root.watchlist);
  const orgs = new Set(list(watch.orgs).map((o) => record(o).id).filter((v): v is string => typeof v === 'string'));
  list(watch.projects).forEach((p, i) => {
    const org = record(p).org;
    if (typeof org === 'string' && !orgs.has(org)) issues.push({ message: `unknown org "${org}"`, path: ['watchlist', 'projects', i, 'org'] });
  });
  return issues;
}

export type RadarConfig = z.output<typeof configSchema>;
export type RadarConfigInput = z.input<typeof configSchema>;
