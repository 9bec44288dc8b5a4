/**
 * The real-news development set (`../shared/devset/`), read at run time and never copied
 * into the project. Scored with the rules of its own `score.mjs`, so the numbers agree
 * with it, but in-process (no CLI start per article) and with two more views:
 *
 * - Sentences: an item is right when the set of statuses of its `occurred` events is
 *   exactly `{status}` (empty for NONE); per-status P/R/F1 count each predicted status once
 *   per item; macro-F1 over the ten statuses.
 * - Articles: an `occurred` event matches an unused gold event of the same status whose
 *   project or org shares a word (2+ letters, lower case) with the event's project or org;
 *   gold events marked `optional` are neither required nor penalised.
 * - Confidence bands (added here): the precision of `occurred` events by confidence. A
 *   sentence event is right when its status is the item's gold status; an article event
 *   when it matched a gold event as above. `>= 0.5` is what subscribers get alerted.
 *
 * The input each item gets is what `score.mjs` gives `radar analyze`: a sentence is a
 * JSONL record (whole text as the body, its `lang`, its `published` with a month-only date
 * taken as the 15th); an article is a text file whose first line is the title, with
 * `--published` from its `Date:` header.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DetectedEvent, Lang, Status } from '../lib/core/types';
import { STATUSES } from '../lib/core/types';

/** Where the development set lives, relative to the repository root. */
export const DEVSET_DIR = join('..', 'shared', 'devset');

export interface DevSentence {
  id: string;
  lang: Lang;
  text: string;
  /** Gold status, or NONE. */
  status: Status | 'NONE';
  /** As `score.mjs` passes it: `YYYY-MM-DD`, a month as its 15th, a year as written, or absent. */
  published: string | undefined;
}

export interface DevGoldEvent {
  project: string | null;
  org: string | null;
  status: Status;
  optional: boolean;
}

export interface DevArticle {
  name: string;
  lang: Lang;
  /** The file `score.mjs` writes: the title, a blank line, the body. */
  document: string;
  published: string | undefined;
  gold: DevGoldEvent[];
}

export interface DevSet {
  lang: Lang;
  sentences: DevSentence[];
  articles: DevArticle[];
}

const fullDate = (d: string | undefined): string | undefined => (d && d.length === 7 ? `${d}-15` : d);

/** The languages found under `dir` (`en/`, `ko/`), or `undefined` when the folder is missing. */
export function loadDevSet(dir: string): DevSet[] | undefined {
  if (!existsSync(dir)) return undefined;
  const sets: DevSet[] = [];
  for (const lang of ['en', 'ko'] as const) {
    const file = join(dir, lang, 'sentences.jsonl');
    if (!existsSync(file)) continue;
    const sentences = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { id: string; text: string; status: Status | 'NONE'; published?: string | null })
      .map((r): DevSentence => ({ id: r.id, lang, text: r.text, status: r.status, published: r.published ? fullDate(r.published) : undefined }));
    const articleDir = join(dir, lang, 'articles');
    const articles: DevArticle[] = [];
    for (const name of existsSync(articleDir) ? readdirSync(articleDir).filter((n) => n.endsWith('.txt')).sort() : []) {
      const [head = '', ...rest] = readFileSync(join(articleDir, name), 'utf8').split('\n---\n');
      const meta = new Map(head.split('\n').map((l) => l.split(': ')).filter((p) => p.length > 1).map(([k, ...v]) => [k!, v.join(': ')]));
      const published = fullDate(/^\d{4}-\d{2}(-\d{2})?/.exec(meta.get('Date') ?? '')?.[0]);
      const gold = (JSON.parse(readFileSync(join(articleDir, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as Array<{ project?: string | null; org?: string | null; status: Status; optional?: boolean }>).map(
        (g): DevGoldEvent => ({ project: g.project ?? null, org: g.org ?? null, status: g.status, optional: g.optional === true }),
      );
      articles.push({ name, lang, document: `${meta.get('Title') ?? ''}\n\n${rest.join('\n---\n').trim()}\n`, published, gold });
    }
    sets.push({ lang, sentences, articles });
  }
  return sets;
}

/** A band of confidence, `[from, to)` (the last one closed). */
export interface Band {
  from: number;
  to: number;
  events: number;
  correct: number;
  /** `correct / events`, NaN for an empty band. */
  precision: number;
}

export const BAND_EDGES = [0, 0.3, 0.5, 0.7, 0.9, 1] as const;

export interface StatusScore {
  status: Status;
  precision: number;
  recall: number;
  f1: number;
}

export interface DevReport {
  lang: Lang;
  sentences: { total: number; exact: number; macroF1: number; micro: { precision: number; recall: number; f1: number }; perStatus: StatusScore[] };
  articles: { total: number; precision: number; recall: number; f1: number; extras: string[] };
  bands: { sentences: Band[]; articles: Band[] };
  /** Precision of events at >= 0.5 (what is alerted): sentences, articles, and both together. */
  alerted: { sentences: Band; articles: Band; all: Band };
}

const prf = (tp: number, fp: number, fn: number) => {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

const occurred = (events: readonly DetectedEvent[]) => events.filter((e) => e.modality === 'occurred');
const words = (s: string | null | undefined) => new Set((String(s ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 2));
const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));

function bands(judged: Array<{ confidence: number; correct: boolean }>): Band[] {
  return BAND_EDGES.slice(0, -1).map((from, i) => {
    const to = BAND_EDGES[i + 1]!;
    const last = i === BAND_EDGES.length - 2;
    const inBand = judged.filter((j) => j.confidence >= from && (last ? j.confidence <= to : j.confidence < to));
    const correct = inBand.filter((j) => j.correct).length;
    return { from, to, events: inBand.length, correct, precision: inBand.length ? correct / inBand.length : NaN };
  });
}

function atLeast(judged: Array<{ confidence: number; correct: boolean }>, threshold: number): Band {
  const kept = judged.filter((j) => j.confidence >= threshold);
  const correct = kept.filter((j) => j.correct).length;
  return { from: threshold, to: 1, events: kept.length, correct, precision: kept.length ? correct / kept.length : NaN };
}

/**
 * Scores one language of the development set from the detector's output per sentence id and
 * per article name.
 */
export function scoreDevSet(set: DevSet, sentenceEvents: ReadonlyMap<string, readonly DetectedEvent[]>, articleEvents: ReadonlyMap<string, readonly DetectedEvent[]>): DevReport {
  const tp = new Map<Status, number>(STATUSES.map((s) => [s, 0]));
  const fp = new Map(tp);
  const fn = new Map(tp);
  let exact = 0;
  const sentenceJudged: Array<{ confidence: number; correct: boolean }> = [];
  for (const item of set.sentences) {
    const events = occurred(sentenceEvents.get(item.id) ?? []);
    const predicted = new Set(events.map((e) => e.status));
    const right = item.status === 'NONE' ? predicted.size === 0 : predicted.size === 1 && predicted.has(item.status);
    if (right) exact++;
    if (item.status !== 'NONE') (predicted.has(item.status) ? tp : fn).set(item.status, (predicted.has(item.status) ? tp : fn).get(item.status)! + 1);
    for (const s of predicted) if (s !== item.status) fp.set(s, fp.get(s)! + 1);
    for (const e of events) sentenceJudged.push({ confidence: e.confidence, correct: e.status === item.status });
  }
  const perStatus = STATUSES.map((status) => ({ status, ...prf(tp.get(status)!, fp.get(status)!, fn.get(status)!) }));
  const sum = (m: Map<Status, number>) => [...m.values()].reduce((a, b) => a + b, 0);

  let TP = 0;
  let FP = 0;
  let FN = 0;
  const extras: string[] = [];
  const articleJudged: Array<{ confidence: number; correct: boolean }> = [];
  for (const article of set.articles) {
    const used = new Set<number>();
    let hits = 0;
    for (const e of occurred(articleEvents.get(article.name) ?? [])) {
      const ew = new Set([...words(e.project), ...words(e.org)]);
      const g = article.gold.findIndex((gold, i) => !used.has(i) && gold.status === e.status && overlaps(new Set([...words(gold.project), ...words(gold.org)]), ew));
      if (g >= 0) {
        used.add(g);
        if (!article.gold[g]!.optional) hits++;
      } else {
        extras.push(`${article.name}: ${e.status} ${e.project} (${e.confidence})`);
      }
      articleJudged.push({ confidence: e.confidence, correct: g >= 0 });
    }
    const required = article.gold.filter((g) => !g.optional).length;
    TP += hits;
    FN += required - hits;
  }
  FP = extras.length;
  return {
    lang: set.lang,
    sentences: { total: set.sentences.length, exact, macroF1: perStatus.reduce((a, s) => a + s.f1, 0) / perStatus.length, micro: prf(sum(tp), sum(fp), sum(fn)), perStatus },
    articles: { total: set.articles.length, ...prf(TP, FP, FN), extras },
    bands: { sentences: bands(sentenceJudged), articles: bands(articleJudged) },
    alerted: { sentences: atLeast(sentenceJudged, 0.5), articles: atLeast(articleJudged, 0.5), all: atLeast([...sentenceJudged, ...articleJudged], 0.5) },
  };
}

const pct = (n: number) => (Number.isNaN(n) ? '   -' : n.toFixed(2));
const bandRow = (b: Band) => `${pct(b.precision)} (${b.correct}/${b.events})`;

/** The report as text, one block per language. */
export function formatDevReport(report: DevReport, verbose = false): string {
  const { sentences: s, articles: a } = report;
  const lines = [
    `${report.lang}: ${s.total} sentences, ${a.total} articles`,
    `  sentences  macro-F1 ${s.macroF1.toFixed(3)}  micro P ${s.micro.precision.toFixed(3)} R ${s.micro.recall.toFixed(3)}  exact ${s.exact}/${s.total}`,
    ...s.perStatus.map((p) => `    ${p.status.padEnd(21)} P ${p.precision.toFixed(2)}  R ${p.recall.toFixed(2)}  F1 ${p.f1.toFixed(2)}`),
    `  articles   event P ${a.precision.toFixed(2)} R ${a.recall.toFixed(2)} F1 ${a.f1.toFixed(2)}`,
    `  precision by confidence (occurred events)   sentences        articles`,
    ...report.bands.sentences.map((b, i) => {
      const label = i === report.bands.sentences.length - 1 ? `[${b.from.toFixed(1)},${b.to.toFixed(1)}]` : `[${b.from.toFixed(1)},${b.to.toFixed(1)})`;
      return `    ${label.padEnd(42)}${bandRow(b).padEnd(17)}${bandRow(report.bands.articles[i]!)}`;
    }),
    `    ${'>= 0.5 (alerted)'.padEnd(42)}${bandRow(report.alerted.sentences).padEnd(17)}${bandRow(report.alerted.articles)}   both ${bandRow(report.alerted.all)}`,
  ];
  if (verbose && a.extras.length > 0) lines.push('  article events matching no gold event:', ...a.extras.map((e) => `    ${e}`));
  return lines.join('\n');
}

/** What the runner needs of `radar analyze`'s reading of a document. */
export interface AnalyzeLike {
  /** A `--jsonl` record: the whole text is the body. */
  record(text: string, lang: Lang, published: string | undefined): DetectedEvent[];
  /** A text file: first line the title, `--published` when given. */
  file(document: string, published: string | undefined): DetectedEvent[];
}

/** Runs every sentence and article of one language through `analyze`. */
export function runDevSet(set: DevSet, analyze: AnalyzeLike): { sentences: Map<string, DetectedEvent[]>; articles: Map<string, DetectedEvent[]> } {
  const sentences = new Map(set.sentences.map((s) => [s.id, analyze.record(s.text, s.lang, s.published)]));
  const articles = new Map(set.articles.map((a) => [a.name, analyze.file(a.document, a.published)]));
  return { sentences, articles };
}
