/**
 * The CPU-bound half of a poll as a role: extracting a page and detecting its events.
 * `pollSource` runs them in its own thread unless it is given an analyzer; the local
 * runner gives it a pool of worker threads (`lib/runtime/analysis-pool.ts`).
 */
import type { DetectedEvent } from '../core/types';
import type { DetectInput } from '../detect';
import type { ExtractedArticle, ExtractOptions } from '../extract';

export interface ArticleAnalyzer {
  extract(body: Uint8Array, options: ExtractOptions): Promise<ExtractedArticle>;
  detect(input: DetectInput): Promise<DetectedEvent[]>;
  close(): Promise<void>;
}
