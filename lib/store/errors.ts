/**
 * How the DynamoDB adapter reports failures: a lost condition is an answer (a seen
 * article, a stored change, a version conflict), anything else is a `StoreError` with a
 * stable code and `retryable` set from what the SDK knows.
 */
import { RadarError, type RadarErrorOptions } from '../core/errors';

/** A DynamoDB call failed for a reason other than a lost condition. */
export class StoreError extends RadarError {
  override name = 'StoreError' as const;
  readonly operation: string;
  constructor(operation: string, message: string, options: RadarErrorOptions = {}) {
    super('RADAR_STORE', `${operation}: ${message}`, options);
    this.operation = operation;
  }
}

/** The local database could not start (its folder is held by another process, say). */
export class LocalStoreError extends RadarError {
  override name = 'LocalStoreError' as const;
  /** True when the folder is held by another process (LevelDB's lock), not broken. */
  readonly locked: boolean;
  constructor(message: string, options: RadarErrorOptions & { locked?: boolean } = {}) {
    super('RADAR_LOCAL_STORE', message, options);
    this.locked = options.locked ?? false;
  }
}

interface SdkErrorShape {
  name?: string;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: number };
}

const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionConflictException',
]);

/** True when a conditional write lost: the item exists, or its version moved on. */
export function isConditionFailure(error: unknown): boolean {
  return (error as SdkErrorShape | null)?.name === 'ConditionalCheckFailedException';
}

/** True when the SDK says the table (or index) does not exist. */
export function isMissingTable(error: unknown): boolean {
  return (error as SdkErrorShape | null)?.name === 'ResourceNotFoundException';
}

/** Wraps an SDK failure; throttling, 5xx and network errors are retryable. */
export function storeError(operation: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const shape = (error ?? {}) as SdkErrorShape;
  const status = shape.$metadata?.httpStatusCode;
  const retryable = Boolean(shape.$retryable) || THROTTLING.has(shape.name ?? '') || status === undefined || status >= 500;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StoreError(operation, message, { cause: error, retryable });
}
