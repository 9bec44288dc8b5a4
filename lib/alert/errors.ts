/** Failures of alert delivery, with stable codes. */
import { RadarError, type RadarErrorOptions } from '../core/errors';

/** A channel refused or failed to take an alert; `retryable` when trying again can help. */
export class AlertPublishError extends RadarError {
  override name = 'AlertPublishError' as const;
  readonly changeId: string;
  constructor(changeId: string, message: string, options: RadarErrorOptions = {}) {
    super('RADAR_ALERT_PUBLISH', `alert ${changeId}: ${message}`, options);
    this.changeId = changeId;
  }
}
