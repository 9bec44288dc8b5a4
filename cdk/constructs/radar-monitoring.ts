/**
 * The operations layer: an ops topic of its own (encrypted with a key CloudWatch may use,
 * which the `aws/sns` managed key does not allow), one alarm per way the pipeline can
 * fail quietly, and one dashboard that reads the pipeline left to right:
 * schedule -> sources queue -> poll-source -> stream and notify -> alerts, with the API beside.
 */
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  Metric,
  TextWidget,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Key } from 'aws-cdk-lib/aws-kms';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC, METRICS_SERVICE, metricsNamespace, type MetricName } from '../../lib/runtime/lambda-metric-names';
import type { StageSettings } from '../stage';

export interface RadarMonitoringProps {
  stage: StageSettings;
  functions: { dispatch: IFunction; poll: IFunction; notify: IFunction; digest: IFunction; api: IFunction };
  sourcesQueue: IQueue;
  /** Dead-letter queues, by what they catch. */
  deadLetters: { sources: IQueue; notify: IQueue; scheduledRuns: IQueue; subscriptions: IQueue };
  scheduleGroup: ScheduleGroup;
  /** E-mail addresses told about alarms (each confirms its subscription once). */
  opsEmails: readonly string[];
  removalPolicy: RemovalPolicy;
}

export class RadarMonitoring extends Construct {
  readonly opsTopic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: RadarMonitoringProps) {
    super(scope, id);
    const { stage, functions: fns, deadLetters } = props;
    const key = new Key(this, 'OpsKey', { description: `Project Radar ${stage.name}: ops topic`, enableKeyRotation: true, removalPolicy: props.removalPolicy });
    // CloudWatch publishes alarms to an encrypted topic only if the key lets it.
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.opsTopic = new Topic(this, 'OpsTopic', { topicName: `${stage.prefix}-ops`, displayName: `Project Radar ${stage.name} ops`, masterKey: key, enforceSSL: true });
    for (const email of props.opsEmails) this.opsTopic.addSubscription(new EmailSubscription(email, { deadLetterQueue: deadLetters.subscriptions }));
    const action = new SnsAction(this.opsTopic);

    const alarm = (name: string, metric: IMetric, threshold: number, description: string, options: { comparison?: ComparisonOperator; missing?: TreatMissingData } = {}) => {
      const created = new Alarm(this, name, {
        alarmName: `${stage.prefix}-${name}`,
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: options.comparison ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: options.missing ?? TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
      return created;
    };
    const fiveMinutes = { period: Duration.minutes(5) };

    // Dead letters: anything there needs a person.
    alarm('sources-dlq', deadLetters.sources.metricApproximateNumberOfMessagesVisible({ ...fiveMinutes, statistic: 'Maximum' }), 1, 'A source failed three polls in a row and its message reached the sources DLQ.');
    alarm('notify-dlq', deadLetters.notify.metricApproximateNumberOfMessagesVisible({ ...fiveMinutes, statistic: 'Maximum' }), 1, 'Stream records notify could not handle after its retries: alerts may be missing.');
    alarm('subscriptions-dlq', deadLetters.subscriptions.metricApproximateNumberOfMessagesVisible({ ...fiveMinutes, statistic: 'Maximum' }), 1, 'SNS could not deliver an alert or alarm to a subscriber (bounced address, SMS failure, spend limit).');
    alarm('scheduled-runs-dlq', deadLetters.scheduledRuns.metricApproximateNumberOfMessagesVisible({ ...fiveMinutes, statistic: 'Maximum' }), 1, 'A dispatch or digest run failed after its retries (or the scheduler could not invoke it).');

    // Every function: errors (an invocation that threw) and throttles.
    for (const [name, fn] of Object.entries(fns)) {
      alarm(`${name}-errors`, fn.metricErrors({ ...fiveMinutes, statistic: 'Sum' }), 1, `The ${name} function failed an invocation.`);
      alarm(`${name}-throttles`, fn.metricThrottles({ ...fiveMinutes, statistic: 'Sum' }), 1, `The ${name} function was throttled.`);
    }

    alarm('stream-iterator-age', fns.notify.metric('IteratorAge', { ...fiveMinutes, statistic: 'Maximum' }), stage.iteratorAgeAlarm.toMilliseconds(), 'notify is falling behind the table stream: alerts are late.');
    alarm('scheduler-target-errors', props.scheduleGroup.metricTargetErrors({ ...fiveMinutes, statistic: 'Sum' }), 1, 'The scheduler could not invoke dispatch or digest.');
    alarm('scheduler-dropped', props.scheduleGroup.metricDropped({ ...fiveMinutes, statistic: 'Sum' }), 1, 'The scheduler dropped an invocation after its retries.');

    const custom = (name: MetricName, statistic: string, period: Duration) =>
      new Metric({ namespace: metricsNamespace(stage.name), metricName: name, dimensionsMap: { service: METRICS_SERVICE }, statistic, period });
    alarm('source-failing', custom(METRIC.sourceConsecutiveFailures, 'Maximum', Duration.hours(1)), stage.failingSourceCycles, `A source has failed ${stage.failingSourceCycles} polls in a row (see /api/sources for which).`);
    alarm('no-articles', custom(METRIC.articlesRead, 'Sum', Duration.days(1)), 1, 'No article was read for a day: the schedule, the queue or every source is broken.', {
      comparison: ComparisonOperator.LESS_THAN_THRESHOLD,
      // No data at all means nothing polled: that is the failure this alarm is for.
      missing: TreatMissingData.BREACHING,
    });
    const smsSpend = new Metric({ namespace: 'AWS/SNS', metricName: 'SMSMonthToDateSpentUSD', statistic: 'Maximum', period: Duration.hours(1) });
    alarm('sms-spend', smsSpend, Math.round(stage.smsMonthlyBudgetUsd * 0.8 * 100) / 100, `SMS spend this month passed 80 % of the ${stage.smsMonthlyBudgetUsd} USD budget.`);

    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: `${stage.prefix}-pipeline`, defaultInterval: Duration.days(1) });
    const graph = (title: string, left: IMetric[]) => new GraphWidget({ title, left, width: 4, height: 6 });
    this.dashboard.addWidgets(
      new TextWidget({ markdown: `# Project Radar (${stage.name}): schedule → sources queue → poll-source → stream → notify → alerts`, width: 24, height: 1 }),
    );
    this.dashboard.addWidgets(
      graph('1. Schedule: dispatch', [fns.dispatch.metricInvocations(fiveMinutes), fns.dispatch.metricErrors(fiveMinutes), custom(METRIC.sourcesDispatched, 'Sum', Duration.minutes(5))]),
      graph('2. Sources queue', [
        props.sourcesQueue.metricApproximateNumberOfMessagesVisible(fiveMinutes),
        props.sourcesQueue.metricApproximateAgeOfOldestMessage(fiveMinutes),
        deadLetters.sources.metricApproximateNumberOfMessagesVisible(fiveMinutes),
      ]),
      graph('3. Poll: sources', [custom(METRIC.sourcesPolled, 'Sum', Duration.minutes(5)), custom(METRIC.sourcesFailed, 'Sum', Duration.minutes(5)), custom(METRIC.sourceConsecutiveFailures, 'Maximum', Duration.minutes(5))]),
      graph('4. Poll: articles → events → changes', [
        custom(METRIC.articlesRead, 'Sum', Duration.minutes(5)),
        custom(METRIC.eventsDetected, 'Sum', Duration.minutes(5)),
        custom(METRIC.changesDetected, 'Sum', Duration.minutes(5)),
        custom(METRIC.detectionLatency, 'p50', Duration.minutes(5)),
      ]),
      graph('5. Stream → notify', [fns.notify.metric('IteratorAge', { ...fiveMinutes, statistic: 'Maximum' }), fns.notify.metricErrors(fiveMinutes), deadLetters.notify.metricApproximateNumberOfMessagesVisible(fiveMinutes)]),
      graph('6. Alerts and digest', [custom(METRIC.alertsSent, 'Sum', Duration.minutes(5)), custom(METRIC.alertsFailed, 'Sum', Duration.minutes(5)), custom(METRIC.digestsSent, 'Sum', Duration.hours(1)), smsSpend]),
    );
    this.dashboard.addWidgets(
      graph('API', [fns.api.metricInvocations(fiveMinutes), fns.api.metricErrors(fiveMinutes), fns.api.metricThrottles(fiveMinutes)]),
      graph('API latency', [fns.api.metricDuration({ ...fiveMinutes, statistic: 'p90' })]),
      new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 16, height: 6 }),
    );
  }
}
