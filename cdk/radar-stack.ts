/**
 * Project Radar on AWS. The stack only wires constructs together (DESIGN section 1):
 *
 *   Scheduler (every 5 min) -> dispatch -> SQS FIFO sources queue, one group per host
 *   (DLQ after 3) -> poll-source -> DynamoDB table (stream) -> notify -> SNS alerts topic
 *   -> email / SMS / HTTPS;  Scheduler (daily) -> digest -> SNS;
 *   Function URL (IAM; CloudFront + WAF when public) -> api;  alarms -> ops topic.
 */
import { CfnOutput, Duration, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Alias } from 'aws-cdk-lib/aws-kms';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleGroup, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Subscription, SubscriptionProtocol, Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { CHANGE_SK_PREFIX } from '../lib/store/keys';
import { acknowledgeFindings } from './nag-acknowledgements';
import { RadarFunction } from './constructs/radar-function';
import { RadarMonitoring } from './constructs/radar-monitoring';
import { RadarStatusPage } from './constructs/radar-status-page';
import { RadarTable } from './constructs/radar-table';
import type { StageSettings } from './stage';

export interface RadarStackProps extends StackProps {
  stage: StageSettings;
  /** Subscribed to the alerts topic at deploy time (each e-mail confirms once). */
  alertEmails?: readonly string[];
  alertSms?: readonly string[];
  /** Told about alarms. */
  opsEmails?: readonly string[];
  /** The WAF web ACL of a public status page (from `RadarEdgeStack`); none: IAM-only API. */
  publicWebAclArn?: string;
}

/** The poll-source timeout; the sources queue's visibility is six times it (AWS's advice for Lambda consumers). */
export const POLL_TIMEOUT = Duration.minutes(3);

export class RadarStack extends Stack {
  constructor(scope: Construct, id: string, props: RadarStackProps) {
    super(scope, id, props);
    const { stage } = props;
    Tags.of(this).add('project', 'project-radar');
    Tags.of(this).add('stage', stage.name);

    const { table } = new RadarTable(this, 'Store', { tableName: stage.prefix, removalPolicy: stage.tableRemovalPolicy, deletionProtection: stage.deletionProtection });

    const alerts = new Topic(this, 'Alerts', {
      topicName: `${stage.prefix}-alerts`,
      displayName: 'Project Radar',
      enforceSSL: true,
      masterKey: Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns'),
    });
    const queueDefaults = { enforceSSL: true, encryption: QueueEncryption.SQS_MANAGED, removalPolicy: stage.removalPolicy };
    // Messages SNS could not deliver to a subscriber (a bounced address, an SMS failure) after its retries.
    const subscriptionsDlq = new Queue(this, 'SubscriptionsDlq', { ...queueDefaults, queueName: `${stage.prefix}-subscriptions-dlq`, retentionPeriod: Duration.days(14) });
    for (const email of props.alertEmails ?? []) alerts.addSubscription(new EmailSubscription(email, { deadLetterQueue: subscriptionsDlq }));
    // SmsSubscription takes no dead-letter queue; the plain construct does.
    for (const phone of props.alertSms ?? []) new Subscription(alerts, `Sms${phone.replace(/\D/g, '')}`, { topic: alerts, protocol: SubscriptionProtocol.SMS, endpoint: phone, deadLetterQueue: subscriptionsDlq });

    const sourcesDlq = new Queue(this, 'SourcesDlq', { ...queueDefaults, queueName: `${stage.prefix}-sources-dlq.fifo`, fifo: true, retentionPeriod: Duration.days(14) });
    // FIFO, one message group per host: SQS hands a host's messages to one poller at a
    // time, so concurrent Lambdas never hit one news site at once.
    const sources = new Queue(this, 'Sources', {
      ...queueDefaults,
      queueName: `${stage.prefix}-sources.fifo`,
      fifo: true,
      visibilityTimeout: Duration.seconds(POLL_TIMEOUT.toSeconds() * 6),
      deadLetterQueue: { queue: sourcesDlq, maxReceiveCount: 3 },
    });
    const notifyDlq = new Queue(this, 'NotifyDlq', { ...queueDefaults, queueName: `${stage.prefix}-notify-dlq`, retentionPeriod: Duration.days(14) });
    const scheduledRunsDlq = new Queue(this, 'ScheduledRunsDlq', { ...queueDefaults, queueName: `${stage.prefix}-scheduled-runs-dlq`, retentionPeriod: Duration.days(14) });

    const dispatch = new RadarFunction(this, 'Dispatch', { stage, entry: 'dispatch', description: 'Sends one message per due source' })
      .bindTable(table, ['Query', 'GetItem', 'PutItem'])
      .bindQueue(sources);
    const poll = new RadarFunction(this, 'PollSource', { stage, entry: 'poll-source', description: 'Polls one source and records events', timeout: POLL_TIMEOUT, memorySize: stage.pollMemoryMb })
      .bindTable(table, ['GetItem', 'PutItem', 'BatchGetItem', 'BatchWriteItem']);
    const notify = new RadarFunction(this, 'Notify', { stage, entry: 'notify', description: 'Alerts each new change once' })
      .bindTable(table, ['PutItem', 'DeleteItem', 'Query', 'GetItem'])
      .bindTopic(alerts);
    const api = new RadarFunction(this, 'Api', { stage, entry: 'api', description: 'JSON API and status page', reservedConcurrentExecutions: stage.apiReservedConcurrency })
      .bindTable(table, ['Query', 'GetItem']);
    const digest = new RadarFunction(this, 'Digest', { stage, entry: 'digest', description: 'Daily digest of changes' })
      .bindTable(table, ['Query', 'PutItem', 'DeleteItem'])
      .bindTopic(alerts);

    poll.fn.addEventSource(new SqsEventSource(sources, { batchSize: 5, reportBatchItemFailures: true, maxConcurrency: stage.pollMaxConcurrency }));
    notify.fn.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 25,
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: 5,
        onFailure: new SqsDlq(notifyDlq),
        // Only new change items wake the function: state and timeline writes do not.
        filters: [FilterCriteria.filter({ eventName: FilterRule.isEqual('INSERT'), dynamodb: { Keys: { SK: { S: FilterRule.beginsWith(CHANGE_SK_PREFIX) } } } })],
      }),
    );

    // The scheduler invokes asynchronously: Lambda's own retries re-deliver the same
    // scheduled time (the run marker makes them harmless), then the run lands in the DLQ.
    const scheduleGroup = new ScheduleGroup(this, 'Schedules', { scheduleGroupName: stage.prefix, removalPolicy: stage.removalPolicy });
    const input = ScheduleTargetInput.fromObject({
      scheduledTime: ContextAttribute.scheduledTime,
      scheduleArn: ContextAttribute.scheduleArn,
      executionId: ContextAttribute.executionId,
      attemptNumber: ContextAttribute.attemptNumber,
    });
    for (const fn of [dispatch.fn, digest.fn]) fn.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: Duration.hours(1), onFailure: new SqsDestination(scheduledRunsDlq) });
    const schedulerRoles = [dispatch, digest].map((fn) => ({ target: fn, role: new Role(fn, 'ScheduleRole', { assumedBy: new ServicePrincipal('scheduler.amazonaws.com') }) }));
    const target = (fn: RadarFunction) =>
      new LambdaInvoke(fn.fn, { input, retryAttempts: 2, maxEventAge: Duration.hours(1), deadLetterQueue: scheduledRunsDlq, role: schedulerRoles.find((s) => s.target === fn)!.role });
    new Schedule(this, 'PollSchedule', {
      scheduleGroup,
      description: `Dispatch the sources whose interval has passed (every ${stage.tickMinutes} minutes; intervals come from the pushed config)`,
      schedule: ScheduleExpression.rate(Duration.minutes(stage.tickMinutes)),
      target: target(dispatch),
    });
    new Schedule(this, 'DigestSchedule', {
      scheduleGroup,
      description: 'Daily digest at 09:00 KST',
      schedule: ScheduleExpression.cron({ minute: '0', hour: '0' }),
      target: target(digest),
    });

    const page = new RadarStatusPage(this, 'StatusPage', { api: api.fn, stage, publicWebAclArn: props.publicWebAclArn });

    const monitoring = new RadarMonitoring(this, 'Monitoring', {
      stage,
      functions: { dispatch: dispatch.fn, poll: poll.fn, notify: notify.fn, digest: digest.fn, api: api.fn },
      sourcesQueue: sources,
      deadLetters: { sources: sourcesDlq, notify: notifyDlq, scheduledRuns: scheduledRunsDlq, subscriptions: subscriptionsDlq },
      scheduleGroup,
      opsEmails: props.opsEmails ?? [],
      removalPolicy: stage.removalPolicy,
    });

    new CfnOutput(this, 'TableName', { value: table.tableName, description: 'export RADAR_TABLE_NAME=… to point the CLI at this deployment' });
    new CfnOutput(this, 'AlertsTopicArn', { value: alerts.topicArn, description: 'export RADAR_TOPIC_ARN=… for radar subscribe' });
    new CfnOutput(this, 'OpsTopicArn', { value: monitoring.opsTopic.topicArn });
    new CfnOutput(this, 'SourcesDlqUrl', { value: sourcesDlq.queueUrl });
    new CfnOutput(this, 'DashboardName', { value: monitoring.dashboard.dashboardName });

    acknowledgeFindings(this, {
      table,
      functions: [dispatch, poll, notify, api, digest],
      streamConsumer: notify,
      queueConsumer: poll,
      deadLetterQueues: [sourcesDlq, notifyDlq, scheduledRunsDlq, subscriptionsDlq],
      schedulerRoles,
      page,
    });
  }
}
