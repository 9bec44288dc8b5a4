/**
 * Logs, metrics and traces for the Lambdas, with Powertools for AWS Lambda: one Logger
 * (JSON with level, request id and correlation id; `sourceId`/`articleUrl` appended where
 * a handler works on one), one Metrics (EMF, flushed at the end of each invocation) and
 * one Tracer (AWS SDK clients and outgoing HTTP as X-Ray subsegments).
 *
 * Only `functions/` and `lib/runtime/lambda-*` import this: the pure core and the CLI
 * never load Powertools. Handlers receive the narrow `HandlerLogger`/`HandlerMetrics`
 * shapes below, so tests pass recorders and the real ones are wired in `instrument`.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context } from 'aws-lambda';
import { describeError, isRadarError } from '../core/errors';
import { METRICS_SERVICE, type MetricName } from './lambda-metric-names';

/** The part of Powertools' Logger a handler uses. */
export interface HandlerLogger {
  debug(message: string, extra?: Record<string, unknown>): void;
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
  appendKeys(keys: Record<string, unknown>): void;
  removeKeys(keys: string[]): void;
}

/** Counts and timings; units are fixed per kind so a graph never mixes them. */
export interface HandlerMetrics {
  count(name: MetricName, value?: number): void;
  seconds(name: MetricName, value: number): void;
  milliseconds(name: MetricName, value: number): void;
}

/** What every handler gets beside its own dependencies. */
export interface Observability {
  logger: HandlerLogger;
  metrics: HandlerMetrics;
}

/**
 * An error as log fields: name, stable code, message, and the cause chain. Powertools
 * formats a bare Error too, but loses the `code` and `retryable` of our typed errors.
 */
export function errorFields(error: unknown): Record<string, unknown> {
  const fields: Record<string, unknown> = { error: describeError(error) };
  if (isRadarError(error)) Object.assign(fields, { errorCode: error.code, retryable: error.retryable });
  else if (error instanceof Error) Object.assign(fields, { errorName: error.name, stack: error.stack });
  return fields;
}

let shared: { logger: Logger; metrics: Metrics; tracer: Tracer } | undefined;

/** The process-wide Powertools instances (service name, namespace and level from the environment the stack sets). */
export function powertools() {
  shared ??= {
    logger: new Logger({ serviceName: METRICS_SERVICE }),
    metrics: new Metrics({ serviceName: METRICS_SERVICE }),
    tracer: new Tracer({ serviceName: METRICS_SERVICE }),
  };
  return shared;
}

/** The Observability a handler receives, backed by Powertools. */
export function lambdaObservability(): Observability {
  const { logger, metrics } = powertools();
  return {
    logger: {
      debug: (message, extra) => logger.debug(message, extra ?? {}),
      info: (message, extra) => logger.info(message, extra ?? {}),
      warn: (message, extra) => logger.warn(message, extra ?? {}),
      error: (message, extra) => logger.error(message, extra ?? {}),
      appendKeys: (keys) => logger.appendKeys(keys),
      removeKeys: (keys) => logger.removeKeys(keys),
    },
    metrics: {
      count: (name, value = 1) => void metrics.addMetric(name, MetricUnit.Count, value),
      seconds: (name, value) => void metrics.addMetric(name, MetricUnit.Seconds, value),
      milliseconds: (name, value) => void metrics.addMetric(name, MetricUnit.Milliseconds, value),
    },
  };
}

/**
 * Wraps a handler: Lambda context and correlation id on every log line, a cold-start
 * metric, an X-Ray subsegment for the handler, stored metrics flushed however it ends,
 * and an error that escapes logged once, at ERROR, before Lambda sees it.
 *
 * @param correlationId Picks the id that ties this invocation to the others of one run
 *   (the scheduled time, the SQS message group, the stream batch).
 */
export function instrument<E, R>(name: string, handle: (event: E, context?: Context) => Promise<R>, correlationId?: (event: E) => string | undefined) {
  return async (event: E, context?: Context): Promise<R> => {
    const { logger, metrics, tracer } = powertools();
    if (context) logger.addContext(context);
    logger.resetKeys();
    const id = correlationId?.(event);
    if (id) logger.setCorrelationId(id);
    metrics.captureColdStartMetric(name);
    const parent = tracer.getSegment();
    const segment = parent?.addNewSubsegment(`## ${name}`);
    if (segment) tracer.setSegment(segment);
    try {
      const result = await handle(event, context);
      tracer.addResponseAsMetadata(result as Record<string, unknown>, name);
      return result;
    } catch (error) {
      tracer.addErrorAsMetadata(error as Error);
      logger.error('invocation failed', errorFields(error));
      throw error;
    } finally {
      segment?.close();
      if (parent) tracer.setSegment(parent);
      // Powertools warns on every empty flush; the API has no metrics of its own.
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}

/**
 * Adds the tracer's middleware to an AWS SDK v3 client (a no-op outside Lambda or with
 * tracing off). A DynamoDB document client shares its base client's middleware stack.
 */
export function traced<T extends object>(client: T): T {
  // The SDK clients are memoised and shared: adding the middleware twice would throw.
  if (!tracedClients.has(client)) {
    powertools().tracer.captureAWSv3Client(client as never);
    tracedClients.add(client);
  }
  return client;
}

const tracedClients = new WeakSet<object>();
