/**
 * Runs a detector over corpus items. Pure apart from the detector itself: one item that
 * makes the detector throw is recorded as a failure (all its gold events missed) and the
 * run goes on, so a single bad sentence cannot hide the other 500 results.
 */
import type { DetectedEvent, Lang } from '../lib/core/types';
import type { EvalItem } from './corpus';
import type { ScoredItem } from './score';

/** The slice of the detector API the harness calls. */
export interface DetectFn {
  (input: { title?: string; text: string; published: string; lang?: Lang }): DetectedEvent[];
}

export interface RunFailure {
  itemId: string;
  message: string;
}

export interface RunResult {
  scored: ScoredItem[];
  failures: RunFailure[];
}

/**
 * Detects on every item and pairs the output with the gold.
 *
 * @example
 * const { scored } = runDetector((input) => detector.detect(input), items);
 */
export function runDetector(detect: DetectFn, items: readonly EvalItem[]): RunResult {
  const scored: ScoredItem[] = [];
  const failures: RunFailure[] = [];
  for (const item of items) {
    let predicted: DetectedEvent[] = [];
    try {
      const input = { text: item.text, published: item.published, lang: item.lang };
      // The corpus labels events of identifiable projects only (test/fixtures/detect/README.md);
      // an unresolved event never moves a state or alerts, so it is not scored here.
      predicted = detect(item.title === undefined ? input : { ...input, title: item.title }).filter((e) => !e.unresolved);
    } catch (error) {
      failures.push({ itemId: item.id, message: error instanceof Error ? error.message : String(error) });
    }
    scored.push({ id: item.id, lang: item.lang, kind: item.kind, text: item.title === undefined ? item.text : `${item.title}\n${item.text}`, tags: item.tags, gold: item.gold, predicted });
  }
  return { scored, failures };
}
