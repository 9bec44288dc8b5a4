/**
 * A pool of worker threads for a poll's CPU work (extracting pages and detecting
 * events), so the local runner uses every core: the main thread keeps the network, the
 * embedded database and the SDK, the workers parse and match. Page bytes are moved to a
 * worker (transferred, not copied); tasks go to the worker with the fewest in flight.
 *
 * The worker script is `dist/analysis-worker.js`, built with the CLI; tests pass a file
 * they built with esbuild. Workers start on the first task. A worker that dies fails
 * its tasks, and is replaced.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RadarConfig } from '../config/schema';
import { RadarError } from '../core/errors';
import type { DetectedEvent } from '../core/types';
import type { DetectInput } from '../detect';
import type { ExtractedArticle, ExtractOptions } from '../extract';
import type { ArticleAnalyzer } from '../pipeline/article-analyzer';
import { packageRoot } from './package-root';

export type AnalysisRequest =
  | { id: number; kind: 'extract'; body: Uint8Array; options: ExtractOptions }
  | { id: number; kind: 'detect'; input: DetectInput };

export type AnalysisReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; code?: string; retryable: boolean } };

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** A task's failure in a worker, with the original's code (`RADAR_BAD_INPUT`, …) when it had one. */
export class AnalysisError extends RadarError {
  override name = 'AnalysisError' as const;
}

export interface AnalysisPoolOptions {
  watchlist: RadarConfig['watchlist'];
  /** Worker threads; default: the machine's available parallelism. */
  size?: number;
  /** The built worker script; default `dist/analysis-worker.js` of this package. */
  workerFile?: string;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
}

/**
 * Starts the pool. Close it when done: live workers keep the process running.
 *
 * @example
 * const pool = createAnalysisPool({ watchlist: config.watchlist });
 * const article = await pool.extract(bytes, { defaultLang: 'ko' });
 */
export function createAnalysisPool(options: AnalysisPoolOptions): ArticleAnalyzer {
  const size = Math.max(1, options.size ?? availableParallelism());
  const file = options.workerFile ?? join(packageRoot(), 'dist', 'analysis-worker.js');
  let nextId = 0;
  let closed = false;

  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(file, { workerData: { watchlist: options.watchlist } }), inFlight: new Map() };
    slot.worker.on('message', (reply: AnalysisReply) => {
      const task = slot.inFlight.get(reply.id);
      if (!task) return;
      slot.inFlight.delete(reply.id);
      if (reply.ok) task.resolve(reply.value);
      else task.reject(Object.assign(new AnalysisError(reply.error.code ?? 'RADAR_ANALYSIS', reply.error.message, { retryable: reply.error.retryable }), { name: reply.error.name }));
    });
    let dead = false;
    // 'error' is followed by 'exit': the slot is failed and replaced once.
    const fail = (error: Error) => {
      if (dead) return;
      dead = true;
      for (const task of slot.inFlight.values()) task.reject(new AnalysisError('RADAR_ANALYSIS_WORKER', `analysis worker stopped: ${error.message}`, { cause: error, retryable: true }));
      slot.inFlight.clear();
      if (!closed) slots[slots.indexOf(slot)] = start();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!closed) fail(new Error(`exit code ${code}`));
    });
    return slot;
  };
  // Started on the first task: `radar status` builds the same runtime and needs no workers.
  let slots: Slot[] = [];

  function run<T>(request: WithoutId<AnalysisRequest>, transfer: ArrayBuffer[] = []): Promise<T> {
    if (closed) return Promise.reject(new AnalysisError('RADAR_ANALYSIS_WORKER', 'the analysis pool is closed'));
    if (slots.length === 0) slots = Array.from({ length: size }, start);
    const slot = slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
    const id = ++nextId;
    return new Promise<T>((resolve, reject) => {
      slot.inFlight.set(id, { resolve: resolve as (value: unknown) => void, reject });
      slot.worker.postMessage({ ...request, id }, transfer);
    });
  }

  return {
    extract: (body, extractOptions) => {
      // A private copy is moved to the worker: the caller's buffer may be a slice of a shared pool.
      const copy = new Uint8Array(body);
      return run<ExtractedArticle>({ kind: 'extract', body: copy, options: extractOptions }, [copy.buffer as ArrayBuffer]);
    },
    detect: (input) => run<DetectedEvent[]>({ kind: 'detect', input }),
    close: async () => {
      if (closed) return;
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
