/**
 * Scores detector output against the gold corpus. Pure: items in, numbers out.
 *
 * Matching (README section 6): within one item, a prediction matches a gold event when the
 * status is equal and the project is the same: `projectId` equal when gold has one (watchlist),
 * else the normalised names contain one another (discovered projects get invented ids, so only
 * the surface name can be compared). Pairs are chosen greedily, best agreement first, one-to-one.
 * Modality, date, organisation and entity are judged apart from the match so one wrong date
 * does not also cost a recall point.
 */
import { STATUSES } from '../lib/core/types';
import type { Lang, Modality, Status } from '../lib/core/types';
import type { GoldEvent, Tag } from './corpus-schema';
import { HARD_NEGATIVE_TAGS } from './corpus-schema';

/** What the scorer needs of a detected event (a `DetectedEvent` fits). */
export interface PredictedEvent {
  status: Status;
  modality: Modality;
  project: string;
  projectId: string;
  org?: string | null;
  when: { from: string; to: string; text?: string } | null;
  evidence?: string;
}

/** One corpus item with what the detector said about it. */
export interface ScoredItem {
  id: string;
  lang: Lang;
  kind: 'sentence' | 'article';
  text: string;
  tags: readonly Tag[];
  gold: readonly GoldEvent[];
  predicted: readonly PredictedEvent[];
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Accuracy {
  correct: number;
  total: number;
  /** `correct / total`; 0 when there is nothing to judge. */
  accuracy: number;
}

export type StatusOrNone = Status | 'NONE';

export type ErrorKind = 'miss' | 'false-positive' | 'wrong-status' | 'wrong-project' | 'modality' | 'date';

export interface EventError {
  kind: ErrorKind;
  gold?: GoldEvent;
  predicted?: PredictedEvent;
}

export interface ItemErrors {
  itemId: string;
  lang: Lang;
  text: string;
  /** Misses plus false positives: what ranks an item among the worst. */
  weight: number;
  errors: EventError[];
}

export interface ItemMatch {
  /** `[goldIndex, predictedIndex]` */
  pairs: [number, number][];
  missed: number[];
  falsePositives: number[];
  /** Repeats of an already matched (status, project, modality): not counted as false positives. */
  duplicates: number[];
}

export interface ScoreReport {
  items: number;
  goldEvents: number;
  predictedEvents: number;
  micro: Prf;
  /** Mean F1 over the statuses that occur in gold or predictions. */
  macroF1: number;
  perStatus: Record<Status, Prf>;
  perLang: Partial<Record<Lang, Prf & { macroF1: number; items: number }>>;
  perKind: Partial<Record<'sentence' | 'article', Prf & { items: number }>>;
  /** `confusion[gold][predicted]`; `NONE` row = false positives, `NONE` column = misses. */
  confusion: Record<StatusOrNone, Record<StatusOrNone, number>>;
  modality: Accuracy;
  dates: Accuracy;
  orgs: Accuracy;
  entities: Accuracy;
  duplicates: number;
  /** Items with no gold event and a hard-case tag: clean when nothing was predicted. */
  hardNegatives: Accuracy;
  /** Per tag: items without any miss or false positive. */
  perTag: Partial<Record<Tag, Accuracy>>;
  /** Items with at least one error, worst first. */
  worst: ItemErrors[];
}

/**
 * Normalises a project or organisation name for comparison: NFKC, lower case, no spaces,
 * punctuation or symbols.
 *
 * @example
 * normaliseName('Stargate  Abilene') // -> 'stargateabilene'
 * normaliseName('시흥 제2데이터센터') // -> '시흥제2데이터센터'
 */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Names that normalise to one character ("A", "·") say nothing; they never match. */
const MIN_NAME_CHARS = 2;

function namesOverlap(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x.length < MIN_NAME_CHARS || y.length < MIN_NAME_CHARS) return false;
  return x.includes(y) || y.includes(x);
}

/**
 * True when a prediction names the gold event's project.
 *
 * @example
 * sameProject({ project: '시흥 제2데이터센터', projectId: 'kakao-siheung-dc', … }, { projectId: 'kakao-siheung-dc', project: '제2데이터센터', … }) // -> true
 * sameProject({ project: '송도 5공장', … }, { projectId: 'x-1', project: '삼성바이오로직스 송도 5공장', … }) // -> true
 */
export function sameProject(gold: Pick<GoldEvent, 'project' | 'projectId'>, predicted: Pick<PredictedEvent, 'project' | 'projectId'>): boolean {
  if (gold.projectId !== undefined) return predicted.projectId === gold.projectId;
  return namesOverlap(gold.project, predicted.project);
}

function sameWhen(gold: GoldEvent['when'], predicted: PredictedEvent['when']): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return gold.from === predicted.from && gold.to === predicted.to;
}

function sameOrg(gold: GoldEvent['org'], predicted: PredictedEvent['org']): boolean {
  if (gold === null || predicted === null || predicted === undefined) return gold === (predicted ?? null);
  return gold === predicted || namesOverlap(gold, predicted);
}

/**
 * Matches one item's predictions to its gold events, one-to-one, preferring pairs that also
 * agree on modality (worth more) and date.
 *
 * @example
 * matchItem([{ status: 'CANCELLED', project: '시흥 제2데이터센터', projectId: 'kakao-siheung-dc', … }], [{ status: 'CANCELLED', projectId: 'kakao-siheung-dc', … }])
 * // -> { pairs: [[0, 0]], missed: [], falsePositives: [], duplicates: [] }
 */
export function matchItem(gold: readonly GoldEvent[], predicted: readonly PredictedEvent[]): ItemMatch {
  const candidates: { g: number; p: number; weight: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (g.status !== p.status || !sameProject(g, p)) return;
      candidates.push({ g: gi, p: pi, weight: (g.modality === p.modality ? 2 : 0) + (sameWhen(g.when, p.when) ? 1 : 0) });
    });
  });
  // Stable sort: equal weights keep document order, so results do not depend on engine details.
  candidates.sort((a, b) => b.weight - a.weight);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPredicted.has(c.p)) continue;
    usedGold.add(c.g);
    usedPredicted.add(c.p);
    pairs.push([c.g, c.p]);
  }
  const missed = gold.map((_, i) => i).filter((i) => !usedGold.has(i));
  const duplicates: number[] = [];
  const falsePositives: number[] = [];
  predicted.forEach((p, pi) => {
    if (usedPredicted.has(pi)) return;
    const repeats = pairs.some(([gi]) => {
      const g = gold[gi];
      return g !== undefined && g.status === p.status && g.modality === p.modality && sameProject(g, p);
    });
    (repeats ? duplicates : falsePositives).push(pi);
  });
  return { pairs, missed, falsePositives, duplicates };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? 0 : correct / total };
}

function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function statusCounts(): Record<Status, Counts> {
  return Object.fromEntries(STATUSES.map((s) => [s, emptyCounts()])) as Record<Status, Counts>;
}

function macro(perStatus: Record<Status, Counts>): number {
  const active = STATUSES.map((s) => perStatus[s]).filter((c) => c.tp + c.fp + c.fn > 0);
  if (active.length === 0) return 0;
  return active.reduce((sum, c) => sum + prf(c).f1, 0) / active.length;
}

function sum(counts: Iterable<Counts>): Counts {
  const total = emptyCounts();
  for (const c of counts) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return total;
}

const AXIS: StatusOrNone[] = [...STATUSES, 'NONE'];

function emptyConfusion(): Record<StatusOrNone, Record<StatusOrNone, number>> {
  return Object.fromEntries(AXIS.map((g) => [g, Object.fromEntries(AXIS.map((p) => [p, 0]))])) as Record<StatusOrNone, Record<StatusOrNone, number>>;
}

/**
 * Scores every item and aggregates: P/R/F1 per status, language and kind, micro and macro,
 * the confusion matrix, modality / date / organisation / entity accuracy, and the worst items.
 *
 * @example
 * const report = scoreItems([{ id: 'ko-0001', lang: 'ko', kind: 'sentence', text: '…', tags: [], gold, predicted }]);
 * report.macroF1; // 0..1
 */
export function scoreItems(items: readonly ScoredItem[]): ScoreReport {
  const perStatus = statusCounts();
  const perLang = new Map<Lang, { counts: Record<Status, Counts>; items: number }>();
  const perKind = new Map<'sentence' | 'article', { counts: Counts; items: number }>();
  const confusion = emptyConfusion();
  const tagTotals = new Map<Tag, { correct: number; total: number }>();
  let modalityOk = 0;
  let datesOk = 0;
  let datesTotal = 0;
  let orgsOk = 0;
  let entitiesOk = 0;
  let entitiesTotal = 0;
  let pairsTotal = 0;
  let duplicates = 0;
  let hardOk = 0;
  let hardTotal = 0;
  let goldEvents = 0;
  let predictedEvents = 0;
  const worst: ItemErrors[] = [];

  for (const item of items) {
    const { gold, predicted } = item;
    goldEvents += gold.length;
    predictedEvents += predicted.length;
    const match = matchItem(gold, predicted);
    const lang = perLang.get(item.lang) ?? { counts: statusCounts(), items: 0 };
    perLang.set(item.lang, lang);
    lang.items += 1;
    const kind = perKind.get(item.kind) ?? { counts: emptyCounts(), items: 0 };
    perKind.set(item.kind, kind);
    kind.items += 1;
    const errors: EventError[] = [];
    const bump = (status: Status, field: keyof Counts): void => {
      perStatus[status][field] += 1;
      lang.counts[status][field] += 1;
      kind.counts[field] += 1;
    };

    for (const [gi, pi] of match.pairs) {
      const g = gold[gi];
      const p = predicted[pi];
      if (g === undefined || p === undefined) continue;
      bump(g.status, 'tp');
      confusion[g.status][g.status] += 1;
      pairsTotal += 1;
      if (g.modality === p.modality) modalityOk += 1;
      else errors.push({ kind: 'modality', gold: g, predicted: p });
      if (sameOrg(g.org, p.org)) orgsOk += 1;
      if (g.when !== null) {
        datesTotal += 1;
        if (sameWhen(g.when, p.when)) datesOk += 1;
        else errors.push({ kind: 'date', gold: g, predicted: p });
      }
    }
    duplicates += match.duplicates.length;

    // Leftovers: pair a miss with a false positive about the same project (a status confusion)
    // or with the same status (a wrong project) so the error list says what went wrong.
    const missed = new Set(match.missed);
    const spurious = new Set(match.falsePositives);
    for (const gi of match.missed) bump(gold[gi]!.status, 'fn');
    for (const pi of match.falsePositives) bump(predicted[pi]!.status, 'fp');
    for (const gi of [...missed]) {
      const g = gold[gi]!;
      const pi = [...spurious].find((i) => sameProject(g, predicted[i]!));
      if (pi === undefined) continue;
      const p = predicted[pi]!;
      confusion[g.status][p.status] += 1;
      errors.push({ kind: 'wrong-status', gold: g, predicted: p });
      missed.delete(gi);
      spurious.delete(pi);
    }
    for (const gi of [...missed]) {
      const g = gold[gi]!;
      const pi = [...spurious].find((i) => predicted[i]!.status === g.status);
      confusion[g.status].NONE += 1;
      if (pi === undefined) continue;
      confusion.NONE[predicted[pi]!.status] += 1;
      errors.push({ kind: 'wrong-project', gold: g, predicted: predicted[pi] });
      missed.delete(gi);
      spurious.delete(pi);
    }
    for (const gi of missed) errors.push({ kind: 'miss', gold: gold[gi] });
    for (const pi of spurious) {
      confusion.NONE[predicted[pi]!.status] += 1;
      errors.push({ kind: 'false-positive', predicted: predicted[pi] });
    }

    const goldStatuses = new Set(gold.map((g) => g.status));
    for (const p of predicted) {
      if (!goldStatuses.has(p.status)) continue;
      entitiesTotal += 1;
      if (gold.some((g) => g.status === p.status && sameProject(g, p))) entitiesOk += 1;
    }

    const clean = match.missed.length === 0 && match.falsePositives.length === 0;
    if (gold.length === 0 && item.tags.some((t) => HARD_NEGATIVE_TAGS.includes(t))) {
      hardTotal += 1;
      if (clean) hardOk += 1;
    }
    for (const tag of new Set(item.tags)) {
      const t = tagTotals.get(tag) ?? { correct: 0, total: 0 };
      tagTotals.set(tag, t);
      t.total += 1;
      if (clean) t.correct += 1;
    }
    if (errors.length > 0) {
      worst.push({ itemId: item.id, lang: item.lang, text: item.text, weight: match.missed.length + match.falsePositives.length, errors });
    }
  }

  worst.sort((a, b) => b.weight - a.weight || b.errors.length - a.errors.length);
  return {
    items: items.length,
    goldEvents,
    predictedEvents,
    micro: prf(sum(STATUSES.map((s) => perStatus[s]))),
    macroF1: macro(perStatus),
    perStatus: Object.fromEntries(STATUSES.map((s) => [s, prf(perStatus[s])])) as Record<Status, Prf>,
    perLang: Object.fromEntries(
      [...perLang].map(([l, v]) => [l, { ...prf(sum(STATUSES.map((s) => v.counts[s]))), macroF1: macro(v.counts), items: v.items }]),
    ),
    perKind: Object.fromEntries([...perKind].map(([k, v]) => [k, { ...prf(v.counts), items: v.items }])),
    confusion,
    modality: accuracy(modalityOk, pairsTotal),
    dates: accuracy(datesOk, datesTotal),
    orgs: accuracy(orgsOk, pairsTotal),
    entities: accuracy(entitiesOk, entitiesTotal),
    duplicates,
    hardNegatives: accuracy(hardOk, hardTotal),
    perTag: Object.fromEntries([...tagTotals].sort(([a], [b]) => a.localeCompare(b)).map(([t, v]) => [t, accuracy(v.correct, v.total)])),
    worst,
  };
}
