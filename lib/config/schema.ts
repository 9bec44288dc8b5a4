/**
 * The configuration file's schema (zod). Parsed once, every problem reported at once
 * with its path, then frozen: the rest of the code receives a `RadarConfig` value.
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
    alerts: z
      .object({
        /** Events below this confidence are stored on the timeline but change nothing. */
        minConfidence: z.number().min(0).max(1).default(0.5),
        /** Changes below this confidence wait for a second independent source. */
        confirmBelow: z.number().min(0).max(1).default(0.65),
        statuses: z.array(z.enum(STATUSES)).optional(),
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
