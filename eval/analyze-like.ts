/**
 * `radar analyze` in-process: the same reading of a JSONL record or a text file as the CLI
 * (lib/cli/commands/analyze.ts), without a process start per document, for the development
 * set's evaluation and benchmark.
 */
import type { Watchlist } from '../lib/core/types';
import { documentPublication, readPlainText } from '../lib/cli/commands/analyze';
import { createDetector } from '../lib/detect';
import { detectWithPublication, parsePublication } from '../lib/detect/publication';
import type { AnalyzeLike } from './devset';

/**
 * @param today the day an undated document is anchored on for tense only (the CLI uses the
 * clock; no event date is ever taken from it).
 */
export function analyzeLike(watchlist: Watchlist, today: string): AnalyzeLike {
  const detector = createDetector(watchlist);
  return {
    record(text, lang, published) {
      const doc = readPlainText(text, lang);
      return detectWithPublication(detector, { title: '', text, lang }, documentPublication(parsePublication(published), doc), today);
    },
    file(document, published) {
      const doc = readPlainText(document);
      return detectWithPublication(detector, { title: doc.title, text: doc.text, lang: doc.lang }, documentPublication(parsePublication(published), doc), today);
    },
  };
}
