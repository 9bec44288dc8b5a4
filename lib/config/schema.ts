/**
 * The configuration file's schema (zod). Parsed once, every problem reported at once
 * with its path, then frozen: the rest of the code receives a `RadarConfig` value.
 */
import { z } from 'zod';
import { STATUSES } from '../core/types';
import { isValidTimeZone } from '../text/time-zone';

/** Head words of facility names: a discovered project named with one may alert from one source. */
export const DEFAULT_FACILITY_WORDS = [
  'data center', 'data centre', 'datacenter', 'plant', 'factory', 'gigafactory', 'fab', 'megafab', 'foundry', 'campus',
  'power station', 'reactor', 'refinery', 'smelter', 'mine', 'terminal', 'substation', 'wind farm', 'solar farm', 'pipeline',
  '데이터센터', '공장', '팹', '발전소', '원전', '호기', '캠퍼스', '제련소', '정유공장', '터미널', '산업단지', '클러스터', '플랜트',
] as const;

const id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" or "-"');

const selectors = z.object({
  item: z.string().min(1),
  title: z.string().min(1),
  link: z.string().min(1),
  date: z.string().min(1).optional(),
  summary: z.string().min(1).optional(),
});

const source = z
  .object({
    id,
    url: z.url({ protocol: /^https?$/ }),
    kind: z.enum(['rss', 'atom', 'rdf', 'jsonfeed', 'html-list', 'sitemap']),
    lang: z.enum(['ko', 'en']),
    fetchArticles: z.boolean().default(true),
    intervalMinutes: z.number().int().min(1).max(1440).default(15),
    selectors: selectors.optional(),
    /**
     * IANA zone whose calendar the source's dates follow (an article's day, "어제").
     * Default: Asia/Seoul for Korean sources, UTC for English ones.
     */
    timeZone: z.string().refine(isValidTimeZone, 'an IANA time zone such as "Asia/Seoul"').optional(),
  })
  .refine((s) => s.kind !== 'html-list' || s.selectors !== undefined, {
    message: 'an html-list source needs "selectors"',
    path: ['selectors'],
  });

const watchlist = z.object({
  orgs: z.array(z.object({ id, names: z.array(z.string().min(1)).min(1) })).default([]),
  projects: z
    .array(z.object({ id, org: id, names: z.array(z.string().min(1)).min(1), kind: z.string().min(1).default('project') }))
    .default([]),
});

export const configSchema = z
  .object({
    fetch: z
      .object({
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
    schedule: z.object({ intervalMinutes: z.number().int().min(1).max(1440).default(15) }).prefault({}),
    /**
     * Bounds on the work one poll may do, whatever a source sends (DESIGN: one bad item
     * stays one bad item). Each default is written beside its key.
     */
    limits: z
      .object({
        /** Feed items looked at per poll (the first ones, which feeds list newest first). Default 200. */
        maxItemsPerPoll: z.number().int().min(1).max(100_000).default(200),
        /** Characters of an article's text given to the detector; the rest is dropped. Default 100 000. */
        maxArticleChars: z.number().int().min(1_000).max(10_000_000).default(100_000),
        /**
         * Longest run of text without a line break given to the detector: longer runs are
         * broken at a sentence end, else a space, else hard, before detection. Default 1 000.
         */
        maxSentenceChars: z.number().int().min(100).max(100_000).default(1_000),
        /**
         * Milliseconds a poll Lambda keeps in hand before its own timeout: it stops taking
         * new articles this long before the end, records what it did, and returns the
         * rest of the work to the queue. One batch of articles may take two fetch timeouts
         * (`fetch.timeoutMs`) after the last check, hence the margin. Default 40 000.
         */
        lambdaReserveMs: z.number().int().min(1_000).max(600_000).default(40_000),
      })
      .prefault({}),
    alerts: z
      .object({
        /** Events below this confidence are stored on the timeline but change nothing. */
        minConfidence: z.number().min(0).max(1).default(0.5),
        /** Changes below this confidence wait for a second independent source. */
        confirmBelow: z.number().min(0).max(1).default(0.65),
        statuses: z.array(z.enum(STATUSES)).optional(),
        /** Refused publishes (SNS 4xx) before a change's alert is given up and shown as exhausted. Default 5. */
        maxAttempts: z.number().int().min(1).max(100).default(5),
        /**
         * Seconds a deliverer's claim on an alert holds; a claim older than this (its
         * deliverer died) is taken over. Longer than one publish with its timeout. Default 60.
         */
        claimLeaseSeconds: z.number().int().min(5).max(3600).default(60),
        /**
         * Which projects not on the watchlist may alert (lib/state/discovered-policy.ts):
         * a facility by its name, a project of a watched owner, or one that this many
         * independent sources report. The others wait for that many sources.
         */
        discovered: z
          .object({
            facilityWords: z.array(z.string().min(1)).default([...DEFAULT_FACILITY_WORDS]),
            watchedOwner: z.boolean().default(true),
            sources: z.number().int().min(1).max(10).default(2),
          })
          .prefault({}),
      })
      .prefault({}),
    server: z.object({ port: z.number().int().min(0).max(65535).default(8787), host: z.string().default('127.0.0.1') }).prefault({}),
    sources: z.array(source).default([]),
    watchlist: watchlist.prefault({}),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.sources.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', message: `duplicate source id "${s.id}"`, path: ['sources', i, 'id'] });
      seen.add(s.id);
    });
    const orgs = new Set(config.watchlist.orgs.map((o) => o.id));
    config.watchlist.projects.forEach((p, i) => {
      if (!orgs.has(p.org)) ctx.addIssue({ code: 'custom', message: `unknown org "${p.org}"`, path: ['watchlist', 'projects', i, 'org'] });
    });
  });

export type RadarConfig = z.output<typeof configSchema>;
export type RadarConfigInput = z.input<typeof configSchema>;
