/**
 * Plain-text rendering of a {@link ScoreReport}: aligned tables a terminal and a CI log
 * both show well (no colours, no box-drawing characters).
 */
import { STATUSES } from '../lib/core/types';
import type { GoldEvent } from './corpus-schema';
import type { Accuracy, EventError, PredictedEvent, Prf, ScoreReport, StatusOrNone } from './score';

/** Display width: Hangul and other wide characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

/**
 * Aligns rows into columns: the first column left-aligned, the others right-aligned.
 *
 * @example
 * table([['status', 'F1'], ['LAUNCHED', '0.91']]) // -> 'status      F1\nLAUNCHED  0.91'
 */
export function table(rows: readonly (readonly string[])[]): string {
  const cols = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(0, ...rows.map((r) => width(r[c] ?? ''))));
  return rows.map((r) => r.map((cell, c) => pad(cell, widths[c] ?? 0, c > 0)).join('  ').trimEnd()).join('\n');
}

const f3 = (n: number): string => n.toFixed(3);

function prfRow(label: string, p: Prf): string[] {
  return [label, String(p.tp), String(p.fp), String(p.fn), f3(p.precision), f3(p.recall), f3(p.f1)];
}

function acc(label: string, a: Accuracy): string[] {
  return [label, `${a.correct}/${a.total}`, f3(a.accuracy)];
}

function short(status: StatusOrNone): string {
  const abbreviations: Record<StatusOrNone, string> = {
    ANNOUNCED: 'ANN',
    MOU_SIGNED: 'MOU',
    APPROVED: 'APR',
    CONSTRUCTION_STARTED: 'CON',
    COMPLETED: 'CMP',
    LAUNCHED: 'LAU',
    DELAYED: 'DEL',
    ON_HOLD: 'HLD',
    CANCELLED: 'CAN',
    RESUMED: 'RES',
    NONE: 'NONE',
  };
  return abbreviations[status];
}

function describeEvent(e: GoldEvent | PredictedEvent | undefined): string {
  if (e === undefined) return '-';
  const when = e.when === null ? 'null' : `${e.when.from}..${e.when.to}`;
  const project = e.projectId === undefined ? e.project : `${e.projectId} (${e.project})`;
  return `${e.status}/${e.modality} ${project} when=${when}`;
}

function describeError(e: EventError): string {
  switch (e.kind) {
    case 'miss':
      return `  miss            gold ${describeEvent(e.gold)}`;
    case 'false-positive':
      return `  false positive  pred ${describeEvent(e.predicted)}${e.predicted?.evidence ? `\n                  evidence: ${e.predicted.evidence}` : ''}`;
    default:
      return `  ${pad(e.kind, 14, false)}  gold ${describeEvent(e.gold)}\n                  pred ${describeEvent(e.predicted)}`;
  }
}

export interface FormatOptions {
  /** List the worst items with their errors. */
  verbose?: boolean;
  /** How many items the verbose list shows. */
  limit?: number;
}

/** Renders the whole report as text. */
export function formatReport(report: ScoreReport, options: FormatOptions = {}): string {
  const head = ['', 'tp', 'fp', 'fn', 'P', 'R', 'F1'];
  const out: string[] = [];
  out.push(`items ${report.items}   gold events ${report.goldEvents}   predicted ${report.predictedEvents}   duplicates ${report.duplicates}`);
  out.push('');
  out.push(
    table([
      ['status', ...head.slice(1)],
      ...STATUSES.map((s) => prfRow(s, report.perStatus[s])),
      prfRow('micro', report.micro),
      ['macro F1', '', '', '', '', '', f3(report.macroF1)],
    ]),
  );
  out.push('');
  const langs = Object.entries(report.perLang);
  const kinds = Object.entries(report.perKind);
  out.push(
    table([
      ['slice', 'items', ...head.slice(1), 'macro F1'],
      ...langs.map(([l, p]) => [...prfRow(`lang ${l}`, p).slice(0, 1), String(p.items), ...prfRow('', p).slice(1), f3(p.macroF1)]),
      ...kinds.map(([k, p]) => [...prfRow(k, p).slice(0, 1), String(p.items), ...prfRow('', p).slice(1), '']),
    ]),
  );
  out.push('');
  out.push(
    table([
      ['measure', 'correct', 'accuracy'],
      acc('modality (matched)', report.modality),
      acc('date (matched, gold has when)', report.dates),
      acc('organisation (matched)', report.orgs),
      acc('entity (right status)', report.entities),
      acc('hard negatives clean', report.hardNegatives),
    ]),
  );
  out.push('');
  const axis: StatusOrNone[] = [...STATUSES, 'NONE'];
  out.push('confusion (rows gold, columns predicted)');
  out.push(table([['', ...axis.map(short)], ...axis.map((g) => [short(g), ...axis.map((p) => String(report.confusion[g][p]))])]));
  out.push('');
  out.push(table([['tag', 'clean items', 'share'], ...Object.entries(report.perTag).map(([t, a]) => acc(t, a))]));
  if (options.verbose) {
    const limit = options.limit ?? 40;
    out.push('');
    out.push(`worst items (${Math.min(limit, report.worst.length)} of ${report.worst.length} with errors)`);
    for (const item of report.worst.slice(0, limit)) {
      const text = item.text.replace(/\s+/g, ' ');
      out.push(`${item.itemId}  ${text.length > 160 ? `${text.slice(0, 157)}...` : text}`);
      for (const e of item.errors) out.push(describeError(e));
    }
  }
  return out.join('\n');
}
