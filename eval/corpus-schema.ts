/**
 * The gold format of `test/fixtures/detect/` as zod schemas. The README in that folder
 * is the human version of this file; keep the two in step (tags, fields, id pattern).
 */
import { z } from 'zod';
import { STATUSES } from '../lib/core/types';

/** Hard-case labels; a closed list so a typo cannot hide a sentence from the tag report. */
export const TAGS = [
  'negation',
  'denial',
  'speculation',
  'conditional',
  'question',
  'other-sense',
  'reaffirmed-schedule',
  'aggregate',
  'unnamed',
  'state',
  'reported-speech',
  'multi-project',
  'multi-event',
  'recap',
  'date-relative',
  'date-absolute',
  'discovered',
  'alias',
  'planned-past',
  'headline',
] as const;

export type Tag = (typeof TAGS)[number];

/** Tags that make an empty-events sentence a *hard* negative (README section 4). */
export const HARD_NEGATIVE_TAGS: readonly Tag[] = [
  'negation',
  'denial',
  'speculation',
  'conditional',
  'question',
  'other-sense',
  'reaffirmed-schedule',
  'aggregate',
  'unnamed',
  'state',
];

/** `YYYY-MM-DD` that is also a real calendar day (2023-02-30 is rejected). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a calendar date');

export const goldWhenSchema = z
  .strictObject({ from: isoDate, to: isoDate, text: z.string().min(1).optional() })
  .refine((w) => w.from <= w.to, 'when.from is after when.to');

export const goldEventSchema = z.strictObject({
  status: z.enum(STATUSES),
  modality: z.enum(['occurred', 'planned']),
  project: z.string().trim().min(1),
  projectId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'projectId is a kebab-case watchlist id').optional(),
  org: z.string().trim().min(1).nullable(),
  when: goldWhenSchema.nullable(),
});

export type GoldEvent = z.infer<typeof goldEventSchema>;

export const langSchema = z.enum(['ko', 'en']);

export const sentenceRecordSchema = z
  .strictObject({
    id: z.string().regex(/^(ko|en)-\d{4}$/, 'id is <lang>-NNNN'),
    lang: langSchema,
    published: isoDate,
    text: z.string().trim().min(1),
    events: z.array(goldEventSchema),
    tags: z.array(z.enum(TAGS)),
  })
  .refine((r) => r.id.startsWith(`${r.lang}-`), 'id prefix differs from lang');

export type SentenceRecord = z.infer<typeof sentenceRecordSchema>;

export const articleExpectedSchema = z.strictObject({
  published: isoDate,
  events: z.array(goldEventSchema).min(1),
  tags: z.array(z.enum(TAGS)).optional(),
});

export type ArticleExpected = z.infer<typeof articleExpectedSchema>;
