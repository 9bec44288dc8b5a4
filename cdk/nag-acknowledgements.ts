/**
 * Every cdk-nag finding (AwsSolutions and Serverless packs) this stack accepts, each on
 * the one construct it is about, with the reason it is true here. Nothing is acknowledged
 * stack-wide: a new resource with the same finding fails synthesis until someone writes
 * its own reason. The wildcard IAM statements are pinned further by a test that lists
 * the actions each role may take on `*`.
 */
import { Validations, type CfnElement, type Stack } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Role } from 'aws-cdk-lib/aws-iam';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import type { RadarFunction } from './constructs/radar-function';
import type { RadarStatusPage } from './constructs/radar-status-page';

export interface NagParts {
  table: Table;
  functions: RadarFunction[];
  /** The stream consumer: its role also lists streams, which has no resource-level permission. */
  streamConsumer: RadarFunction;
  /** The SQS consumer (its event source mapping). */
  queueConsumer: RadarFunction;
  deadLetterQueues: IQueue[];
  schedulerRoles: { role: Role; target: RadarFunction }[];
  page: RadarStatusPage;
}

export function acknowledgeFindings(stack: Stack, parts: NagParts): void {
  const ack = (scope: IConstruct, id: string, reason: string) => Validations.of(scope).acknowledge({ id, reason });
  const arnOf = (construct: IConstruct) => `<${stack.getLogicalId(construct.node.defaultChild as CfnElement)}.Arn>`;

  for (const radar of parts.functions) {
    const role = radar.fn.role as Role;
    const policy = role.node.findChild('DefaultPolicy');
    ack(role, 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', 'The standard managed policy that lets the function write to its own log group.');
    ack(
      policy,
      'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
      radar === parts.streamConsumer
        ? 'X-Ray PutTraceSegments/PutTelemetryRecords and DynamoDB ListStreams have no resource-level permissions (a test pins these actions).'
        : 'X-Ray PutTraceSegments/PutTelemetryRecords have no resource-level permissions (a test pins these actions).',
    );
    ack(policy, `AwsSolutions::AwsSolutions-IAM5[Resource::${arnOf(parts.table)}/index/*]`, 'Table grants name the indexes of this one table; the store queries both GSI1 and GSI2.');
    ack(radar.fn, 'Serverless::Serverless-LambdaDLQ', scheduledOrNot(radar, parts));
  }

  const mapping = parts.queueConsumer.fn.node.children.find((child) => child.node.id.startsWith('SqsEventSource'));
  if (mapping) ack(mapping, 'Serverless::Serverless-LambdaEventSourceMappingDestination', 'SQS event sources take no on-failure destination; the queue redrives a message to the sources DLQ after three receives.');

  for (const queue of parts.deadLetterQueues) {
    ack(queue, 'AwsSolutions::AwsSolutions-SQS3', 'This queue is itself a dead-letter queue, watched by an alarm.');
    ack(queue, 'Serverless::Serverless-SQSRedrivePolicy', 'This queue is itself a dead-letter queue, watched by an alarm.');
  }

  for (const { role, target } of parts.schedulerRoles) {
    ack(role.node.findChild('DefaultPolicy'), `AwsSolutions::AwsSolutions-IAM5[Resource::${arnOf(target.fn)}:*]`, 'The schedule may invoke any version of its own function, and nothing else.');
  }

  const distribution = parts.page.distribution;
  if (distribution) {
    ack(distribution, 'AwsSolutions::AwsSolutions-CFR1', 'A status page for readers in any country; the WAF rate rule limits abuse, not geography.');
    ack(distribution, 'AwsSolutions::AwsSolutions-CFR3', 'A cached read-only page: WAF sampled requests and CloudFront metrics cover abuse, without a log bucket per deployment.');
    ack(distribution, 'AwsSolutions::AwsSolutions-CFR4', 'The default *.cloudfront.net certificate fixes the viewer TLS policy; a custom domain with its own certificate can require TLS 1.2.');
  }
}

function scheduledOrNot(radar: RadarFunction, parts: NagParts): string {
  if (parts.schedulerRoles.some((s) => s.target === radar)) return 'Invoked asynchronously by the scheduler: failed runs go to the scheduled-runs queue through an on-failure destination, which supersedes a Lambda DLQ.';
  if (radar === parts.streamConsumer) return 'Invoked by the table stream: failed batches go to the notify DLQ through the mapping\'s on-failure destination; a Lambda DLQ only sees asynchronous calls.';
  if (radar === parts.queueConsumer) return 'Invoked by the sources queue: failed messages go to the sources DLQ by the queue\'s redrive policy; a Lambda DLQ only sees asynchronous calls.';
  return 'Invoked synchronously through its Function URL: the caller sees the error; a Lambda DLQ only sees asynchronous calls.';
}
