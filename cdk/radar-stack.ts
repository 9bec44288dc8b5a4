/**
 * Project Radar on AWS. The stack only wires constructs together (DESIGN section 1):
 *
 *   Scheduler (15 min) -> dispatch -> SQS sources queue (DLQ after 3) -> poll-source
 *   -> DynamoDB table (stream) -> notify -> SNS alerts topic -> email / SMS / HTTPS
 *   Scheduler (daily) -> digest -> SNS;  Function URL -> api (JSON API + status page)
 */
import { CfnOutput, Duration, Stack, Validations, type CfnElement, type StackProps } from 'aws-cdk-lib';
import { Alias } from 'aws-cdk-lib/aws-kms';
import { FilterCriteria, FilterRule, FunctionUrlAuthType, HttpMethod, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { CHANGE_SK_PREFIX } from '../lib/store/keys';
import { RadarFunction } from './constructs/radar-function';
import { RadarTable } from './constructs/radar-table';

export interface RadarStackProps extends StackProps {
  /** How often sources are dispatched (default 15 minutes). */
  pollEveryMinutes?: number;
  /** Keep the table when the stack is deleted (default true). */
  retainData?: boolean;
}

export class RadarStack extends Stack {
  constructor(scope: Construct, id: string, props: RadarStackProps = {}) {
    super(scope, id, props);
    const { table } = new RadarTable(this, 'Store', { retain: props.retainData });

    const alerts = new Topic(this, 'Alerts', {
      displayName: 'Project Radar',
      enforceSSL: true,
      masterKey: Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns'),
    });

    const pollTimeout = Duration.minutes(3);
    const sourcesDlq = new Queue(this, 'SourcesDlq', { retentionPeriod: Duration.days(14), enforceSSL: true, encryption: QueueEncryption.SQS_MANAGED });
    const sources = new Queue(this, 'Sources', {
      // AWS's advice for Lambda consumers: at least six times the function timeout.
      visibilityTimeout: Duration.seconds(pollTimeout.toSeconds() * 6),
      deadLetterQueue: { queue: sourcesDlq, maxReceiveCount: 3 },
      enforceSSL: true,
      encryption: QueueEncryption.SQS_MANAGED,
    });
    const notifyDlq = new Queue(this, 'NotifyDlq', { retentionPeriod: Duration.days(14), enforceSSL: true, encryption: QueueEncryption.SQS_MANAGED });

    const dispatch = new RadarFunction(this, 'Dispatch', { entry: 'dispatch', description: 'Sends one message per due source' })
      .bindTable(table, 'read')
      .bindQueue(sources);
    const poll = new RadarFunction(this, 'PollSource', { entry: 'poll-source', description: 'Polls one source and records events', timeout: pollTimeout, memorySize: 1024 })
      .bindTable(table, 'readWrite');
    const notify = new RadarFunction(this, 'Notify', { entry: 'notify', description: 'Alerts each new change once' })
      .bindTable(table, 'readWrite')
      .bindTopic(alerts);
    const api = new RadarFunction(this, 'Api', { entry: 'api', description: 'JSON API and status page' }).bindTable(table, 'read');
    const digest = new RadarFunction(this, 'Digest', { entry: 'digest', description: 'Daily digest of changes' })
      .bindTable(table, 'read')
      .bindTopic(alerts);

    poll.fn.addEventSource(new SqsEventSource(sources, { batchSize: 5, reportBatchItemFailures: true }));
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

    new Schedule(this, 'PollSchedule', {
      description: 'Dispatch due sources',
      schedule: ScheduleExpression.rate(Duration.minutes(props.pollEveryMinutes ?? 15)),
      target: new LambdaInvoke(dispatch.fn, { retryAttempts: 2 }),
    });
    new Schedule(this, 'DigestSchedule', {
      description: 'Daily digest at 09:00 KST',
      schedule: ScheduleExpression.cron({ minute: '0', hour: '0' }),
      target: new LambdaInvoke(digest.fn, { retryAttempts: 2 }),
    });

    // The status page is public by design; the API is read-only.
    const url = api.fn.addFunctionUrl({ authType: FunctionUrlAuthType.NONE, cors: { allowedOrigins: ['*'], allowedMethods: [HttpMethod.GET] } });

    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'AlertsTopicArn', { value: alerts.topicArn });
    new CfnOutput(this, 'StatusPageUrl', { value: url.url });

    // cdk-nag findings acknowledged with a reason. Finding ids name the resource, so the
    // logical ids are computed rather than written out.
    const arnOf = (construct: Construct) => `<${this.getLogicalId(construct.node.defaultChild as CfnElement)}.Arn>`;
    Validations.of(this).acknowledge(
      { id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', reason: 'The standard managed policy that lets a function write its logs.' },
      { id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]', reason: 'X-Ray tracing has no resource-level permissions.' },
      { id: `AwsSolutions::AwsSolutions-IAM5[Resource::${arnOf(table)}/index/*]`, reason: 'CDK table grants cover the two GSIs of this one table.' },
      ...[dispatch.fn, digest.fn].map((fn) => ({ id: `AwsSolutions::AwsSolutions-IAM5[Resource::${arnOf(fn)}:*]`, reason: 'The schedule may invoke any version of its own function.' })),
    );
    for (const dlq of [sourcesDlq, notifyDlq]) Validations.of(dlq).acknowledge({ id: 'AwsSolutions::AwsSolutions-SQS3', reason: 'This queue is itself a dead-letter queue.' });
  }
}
