/**
 * The body of one analysis worker thread (`analysis-pool.ts` starts them): extraction
 * and detection, the CPU-bound part of a poll, off the thread that does the I/O. Built
 * by `scripts/build.mjs` as its own file (`dist/analysis-worker.js`) beside the CLI.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RadarConfig } from '../config/schema';
import { isRadarError } from '../core/errors';
import { createDetector } from '../detect';
import { extractArticle } from '../extract';
import type { AnalysisReply, AnalysisRequest } from './analysis-pool';

const detector = createDetector((workerData as { watchlist: RadarConfig['watchlist'] }).watchlist);

parentPort?.on('message', (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply =
      request.kind === 'extract'
        ? { id: request.id, ok: true, value: extractArticle(request.body, request.options) }
        : { id: request.id, ok: true, value: detector.detect(request.input) };
  } catch (error) {
    const e = error as Error;
    reply = { id: request.id, ok: false, error: { name: e.name, message: e.message, code: isRadarError(error) ? error.code : undefined, retryable: isRadarError(error) ? error.retryable : false } };
  }
  parentPort?.postMessage(reply);
});
