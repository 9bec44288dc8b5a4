/**
 * The names the Lambdas publish metrics under (CloudWatch embedded metric format), shared
 * with the stack so an alarm or a dashboard graph can never watch a metric nobody emits.
 * A module of constants only: the CDK app imports it without loading Powertools.
 */

/** Every metric carries this `service` dimension (Powertools' default dimension). */
export const METRICS_SERVICE = 'project-radar';

/** Namespace per stage, so a dev stack's numbers never mix with prod's. */
export function metricsNamespace(stage: string): string {
  return `ProjectRadar/${stage}`;
}

export const METRIC = {
  /** One per source message handled by poll-source (any outcome). */
  sourcesPolled: 'SourcesPolled',
  /** A source whose feed could not be fetched or parsed. */
  sourcesFailed: 'SourcesFailed',
  /** The failing source's consecutive failures so far (alarm: maximum >= N). */
  sourceConsecutiveFailures: 'SourceConsecutiveFailures',
  /** New articles read (page or feed summary), 0 when a poll found nothing new. */
  articlesRead: 'ArticlesRead',
  /** Articles whose page could not be fetched or read (the summary was used). */
  articlesFailed: 'ArticlesFailed',
  eventsDetected: 'EventsDetected',
  changesDetected: 'ChangesDetected',
  /** Seconds from an article's publication to the poll that detected events in it. */
  detectionLatency: 'DetectionLatency',
  sourcesDispatched: 'SourcesDispatched',
  alertsSent: 'AlertsSent',
  alertsFailed: 'AlertsFailed',
  /** Alerts that need a person: the publish may have gone out, or was refused too often. */
  alertsHeld: 'AlertsHeld',
  /** Alerts sent whose record could not be written. */
  alertsUnrecorded: 'AlertsUnrecorded',
  digestsSent: 'DigestsSent',
} as const;

export type MetricName = (typeof METRIC)[keyof typeof METRIC];
