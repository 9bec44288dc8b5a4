/**
 * The synthesized templates, asserted: one dev deployment (IAM-only API) and one prod
 * deployment with a public status page, each synthesized once (with the cdk-nag
 * AwsSolutions and Serverless packs as validation plugins) and shared by every test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Capture, Match, Template } from 'aws-cdk-lib/assertions';
import { buildRadarApp } from '../../cdk/radar-app';
import { POLL_TIMEOUT } from '../../cdk/radar-stack';
import { stageSettings } from '../../cdk/stage';
import { COMMANDS } from '../../lib/cli/registry';
import { METRIC, metricsNamespace } from '../../lib/runtime/lambda-metric-names';
import { CHANGE_SK_PREFIX, TABLE_KEYS } from '../../lib/store/keys';

const ENV = { account: '123456789012', region: 'ap-northeast-2' };

interface Synth {
  main: Template;
  edge?: Template;
  stackNames: string[];
  error?: unknown;
}

function synth(context: Record<string, string>): Synth {
  const app = new App({ context });
  const { main, edge } = buildRadarApp(app, ENV);
  const stackNames = [main.stackName, ...(edge ? [edge.stackName] : [])];
  try {
    return { main: Template.fromStack(main), edge: edge && Template.fromStack(edge), stackNames };
  } catch (error) {
    // The other tests still get templates to assert on, synthesized without cdk-nag.
    const plain = buildRadarApp(new App({ context }), ENV, { nag: false });
    return { main: Template.fromStack(plain.main), edge: plain.edge && Template.fromStack(plain.edge), stackNames, error };
  }
}

let dev: Synth;
let prod: Synth;
beforeAll(() => {
  dev = synth({ stage: 'dev' });
  prod = synth({ stage: 'prod', publicStatusPage: 'true', alertEmails: 'desk@example.com', alertSms: '+821012345678', opsEmails: 'oncall@example.com' });
}, 240_000);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- CloudFormation properties are untyped JSON
type Resources = Record<string, { Type: string; Properties: Record<string, any>; DeletionPolicy?: string }>;

function fnId(template: Template, name: string): string {
  const found = Object.entries(template.findResources('AWS::Lambda::Function') as Resources).filter(([, r]) => r.Properties.FunctionName?.endsWith(`-${name}`));
  expect(found).toHaveLength(1);
  return found[0]![0];
}

/** Every action granted to the role of function `name`, by resource kind. */
function roleActions(template: Template, name: string): { all: string[]; onStar: string[] } {
  const fn = (template.findResources('AWS::Lambda::Function') as Resources)[fnId(template, name)]!;
  const role = fn.Properties.Role['Fn::GetAtt'][0];
  const statements = Object.values(template.findResources('AWS::IAM::Policy') as Resources)
    .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === role))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
  const actions = (s: { Action: string | string[] }) => [s.Action].flat();
  return {
    all: [...new Set(statements.flatMap(actions))].sort(),
    onStar: [...new Set(statements.filter((s) => [s.Resource].flat().includes('*')).flatMap(actions))].sort(),
  };
}

describe('cdk-nag', () => {
  it.each([
    ['dev', () => dev],
    ['prod', () => prod],
  ])('reports nothing unacknowledged for %s (AwsSolutions and Serverless packs)', (_name, get) => {
    expect(String(get().error ?? 'no findings').split('\n').slice(0, 12).join('\n')).toBe('no findings');
  });
});

describe('table', () => {
  it('has the key schema of lib/store/keys, a stream, PITR and TTL', () => {
    dev.main.resourceCountIs('AWS::DynamoDB::Table', 1);
    dev.main.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'radar-dev',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: TABLE_KEYS.pk, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sk, KeyType: 'RANGE' },
      ],
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttl, Enabled: true },
      GlobalSecondaryIndexes: [Match.objectLike({ IndexName: TABLE_KEYS.gsi1.name }), Match.objectLike({ IndexName: TABLE_KEYS.gsi2.name })],
    });
  });

  it('is deleted with a dev stack, and kept with deletion protection in prod', () => {
    dev.main.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete', Properties: Match.objectLike({ DeletionProtectionEnabled: false }) });
    prod.main.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain', Properties: Match.objectLike({ DeletionProtectionEnabled: true }) });
    prod.main.hasResource('AWS::SQS::Queue', { DeletionPolicy: 'Retain' });
    dev.main.hasResource('AWS::Logs::LogGroup', { DeletionPolicy: 'Delete', Properties: Match.objectLike({ RetentionInDays: 7 }) });
    prod.main.hasResource('AWS::Logs::LogGroup', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ RetentionInDays: 90 }) });
  });
});

describe('functions', () => {
  it('run five functions on Node 24, arm64, traced, with Powertools told the service and the stage namespace', () => {
    dev.main.resourceCountIs('AWS::Lambda::Function', 5);
    for (const fn of Object.values(dev.main.findResources('AWS::Lambda::Function') as Resources)) {
      expect(fn.Properties).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'], TracingConfig: { Mode: 'Active' }, LoggingConfig: { LogFormat: 'JSON' } });
      expect(fn.Properties.Environment.Variables).toMatchObject({ POWERTOOLS_SERVICE_NAME: 'project-radar', POWERTOOLS_METRICS_NAMESPACE: metricsNamespace('dev'), RADAR_TABLE_NAME: expect.anything() });
    }
  });

  // What each function's code calls, and nothing more (no Scan or UpdateItem; batch reads and writes only for seen-article marks; DeleteItem only to give a claim back;
  // GetItem on the pushed configuration where the function reads it; Query in notify lists webhook subscriptions).
  const TABLE_ACTIONS: Record<string, string[]> = {
    dispatch: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
    'poll-source': ['dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem'],
    notify: ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
    api: ['dynamodb:GetItem', 'dynamodb:Query'],
    digest: ['dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:Query'],
  };
  const OTHER_ACTIONS: Record<string, string[]> = {
    dispatch: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
    'poll-source': ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage'],
    notify: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams', 'sns:Publish', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
    api: [],
    digest: ['sns:Publish', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
  };
  const XRAY = ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'];

  it.each(Object.keys(TABLE_ACTIONS))('grants %s exactly the actions its code uses', (name) => {
    const { all, onStar } = roleActions(dev.main, name);
    expect(all).toEqual([...new Set([...TABLE_ACTIONS[name]!, ...OTHER_ACTIONS[name]!, ...XRAY])].sort());
    // The wildcard-resource statements cdk-nag's IAM5 acknowledgement covers: X-Ray, and ListStreams for the stream reader.
    expect(onStar).toEqual(name === 'notify' ? ['dynamodb:ListStreams', ...XRAY] : XRAY);
  });
});

describe('sources queue', () => {
  it('is FIFO with visibility six times the poll timeout and a FIFO DLQ after three receives', () => {
    const dlq = new Capture();
    dev.main.hasResourceProperties('AWS::SQS::Queue', {
      QueueName: 'radar-dev-sources.fifo',
      FifoQueue: true,
      VisibilityTimeout: POLL_TIMEOUT.toSeconds() * 6,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlq, 'Arn'] }, maxReceiveCount: 3 },
    });
    const pollFn = (dev.main.findResources('AWS::Lambda::Function') as Resources)[fnId(dev.main, 'poll-source')]!;
    expect(POLL_TIMEOUT.toSeconds()).toBe(pollFn.Properties.Timeout);
    expect((dev.main.findResources('AWS::SQS::Queue') as Resources)[dlq.asString()]!.Properties).toMatchObject({ FifoQueue: true, QueueName: 'radar-dev-sources-dlq.fifo' });
  });

  it.each([
    ['dev', () => dev.main, stageSettings('dev').pollMaxConcurrency],
    ['prod', () => prod.main, stageSettings('prod').pollMaxConcurrency],
  ])('caps poll-source at the %s maximum concurrency and reports partial batch failures', (_stage, get, max) => {
    get().hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: fnId(get(), 'poll-source') },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: max },
    });
  });
});

describe('stream', () => {
  it('wakes notify only for INSERTs of change items, with bisection and a failure destination', () => {
    const pattern = new Capture();
    dev.main.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: fnId(dev.main, 'notify') },
      StartingPosition: 'LATEST',
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      FilterCriteria: { Filters: [{ Pattern: pattern }] },
    });
    expect(JSON.parse(pattern.asString())).toEqual({ eventName: ['INSERT'], dynamodb: { Keys: { SK: { S: [{ prefix: CHANGE_SK_PREFIX }] } } } });
  });
});

describe('schedules', () => {
  it('tick dispatch every 5 minutes and the digest daily, passing the scheduled time, with retries and a DLQ', () => {
    dev.main.resourceCountIs('AWS::Scheduler::Schedule', 2);
    for (const expression of ['rate(5 minutes)', 'cron(0 0 * * ? *)']) {
      dev.main.hasResourceProperties('AWS::Scheduler::Schedule', {
        GroupName: Match.anyValue(),
        ScheduleExpression: expression,
        Target: Match.objectLike({
          Input: Match.stringLikeRegexp('"scheduledTime":"<aws.scheduler.scheduled-time>"'),
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
          DeadLetterConfig: { Arn: Match.anyValue() },
        }),
      });
    }
  });

  it("send dispatch's and digest's failed asynchronous runs to the scheduled-runs queue", () => {
    for (const name of ['dispatch', 'digest']) {
      dev.main.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: fnId(dev.main, name) },
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ScheduledRunsDlq'), 'Arn'] } } },
      });
    }
  });
});

describe('API and status page', () => {
  it('takes only IAM-signed requests by default, with no CloudFront', () => {
    dev.main.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'AWS_IAM', TargetFunctionArn: { 'Fn::GetAtt': [fnId(dev.main, 'api'), 'Arn'] } });
    dev.main.resourceCountIs('AWS::CloudFront::Distribution', 0);
    expect(dev.edge).toBeUndefined();
    dev.main.hasOutput('ApiFunctionUrl', {});
  });

  it('reserves concurrency for the API in prod only (a new account has none to reserve)', () => {
    expect((prod.main.findResources('AWS::Lambda::Function') as Resources)[fnId(prod.main, 'api')]!.Properties.ReservedConcurrentExecutions).toBe(10);
    expect((dev.main.findResources('AWS::Lambda::Function') as Resources)[fnId(dev.main, 'api')]!.Properties.ReservedConcurrentExecutions).toBeUndefined();
  });

  it('puts a public page behind CloudFront: signed origin requests, a minute of caching, a bounded cache key, WAF', () => {
    prod.main.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'AWS_IAM' });
    prod.main.hasResourceProperties('AWS::CloudFront::OriginAccessControl', { OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 'lambda', SigningBehavior: 'always' }) });
    prod.main.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({ MinTTL: 30, DefaultTTL: 60, ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({ QueryStringsConfig: { QueryStringBehavior: 'whitelist', QueryStrings: ['status', 'org', 'since'] } }) }),
    });
    prod.main.hasResourceProperties('AWS::CloudFront::Distribution', { DistributionConfig: Match.objectLike({ WebACLId: Match.anyValue(), DefaultCacheBehavior: Match.objectLike({ AllowedMethods: ['GET', 'HEAD'] }) }) });
    prod.edge!.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      Rules: Match.arrayWith([Match.objectLike({ Action: { Block: {} }, Statement: { RateBasedStatement: { Limit: 300, AggregateKeyType: 'IP' } } })]),
    });
    prod.main.hasOutput('StatusPageUrl', {});
  });
});

describe('alerts topic', () => {
  it('subscribes the deploy-time e-mail and SMS subscribers, with a DLQ for undeliverable messages', () => {
    prod.main.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'desk@example.com', RedrivePolicy: Match.anyValue() });
    prod.main.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'sms', Endpoint: '+821012345678', RedrivePolicy: Match.anyValue() });
    expect(Object.keys(dev.main.findResources('AWS::SNS::Subscription'))).toHaveLength(0);
  });
});

describe('monitoring', () => {
  function alarms(template: Template) {
    return Object.values(template.findResources('AWS::CloudWatch::Alarm') as Resources).map((a) => a.Properties);
  }
  const opsTopicRef = (template: Template) => ({ Ref: Object.keys(template.findResources('AWS::SNS::Topic', { Properties: { TopicName: Match.stringLikeRegexp('-ops$') } }))[0] });

  it('sends every alarm, and its recovery, to the ops topic, which has its own key that CloudWatch may use', () => {
    const list = alarms(dev.main);
    expect(list.length).toBeGreaterThanOrEqual(20);
    for (const alarm of list) {
      expect(alarm.AlarmActions).toEqual([opsTopicRef(dev.main)]);
      expect(alarm.OKActions).toEqual([opsTopicRef(dev.main)]);
    }
    dev.main.hasResourceProperties('AWS::SNS::Topic', { TopicName: 'radar-dev-ops', KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('OpsKey'), 'Arn'] } });
    dev.main.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] })]) },
    });
  });

  it('watches the dead-letter queues, every function, the stream, the scheduler, failing sources, silence and SMS spend', () => {
    const byName = new Map(alarms(dev.main).map((a) => [String(a.AlarmName).replace('radar-dev-', ''), a]));
    for (const name of ['sources-dlq', 'notify-dlq', 'scheduled-runs-dlq', 'subscriptions-dlq', 'stream-iterator-age', 'scheduler-target-errors', 'scheduler-dropped', 'source-failing', 'no-articles', 'sms-spend']) {
      expect(byName.has(name)).toBe(true);
    }
    for (const fn of ['dispatch', 'poll', 'notify', 'digest', 'api']) {
      expect(byName.get(`${fn}-errors`)).toMatchObject({ MetricName: 'Errors', Namespace: 'AWS/Lambda', Threshold: 1 });
      expect(byName.get(`${fn}-throttles`)).toMatchObject({ MetricName: 'Throttles', Namespace: 'AWS/Lambda' });
    }
    expect(byName.get('source-failing')).toMatchObject({ Namespace: metricsNamespace('dev'), MetricName: METRIC.sourceConsecutiveFailures, Statistic: 'Maximum', Threshold: stageSettings('dev').failingSourceCycles });
    expect(byName.get('no-articles')).toMatchObject({ MetricName: METRIC.articlesRead, ComparisonOperator: 'LessThanThreshold', Threshold: 1, Period: 86400, TreatMissingData: 'breaching' });
    expect(byName.get('sms-spend')).toMatchObject({ Namespace: 'AWS/SNS', MetricName: 'SMSMonthToDateSpentUSD', Threshold: 4 });
    expect(byName.get('stream-iterator-age')).toMatchObject({ MetricName: 'IteratorAge', Threshold: 300_000 });
    expect(byName.get('scheduler-dropped')).toMatchObject({ Namespace: 'AWS/Scheduler', Dimensions: [{ Name: 'ScheduleGroup', Value: 'radar-dev' }] });
  });

  it('draws one dashboard with the pipeline left to right', () => {
    const dashboards = Object.values(dev.main.findResources('AWS::CloudWatch::Dashboard') as Resources);
    expect(dashboards).toHaveLength(1);
    // The body is a Fn::Join of strings and tokens: the literal parts carry the titles.
    const body = JSON.stringify(dashboards[0]!.Properties.DashboardBody);
    const titles = ['1. Schedule', '2. Sources queue', '3. Poll: sources', '4. Poll: articles', '5. Stream', '6. Alerts'].map((t) => body.indexOf(t));
    expect(titles.every((i) => i > 0)).toBe(true);
    expect([...titles].sort((a, b) => a - b)).toEqual(titles);
    for (const metric of [METRIC.articlesRead, METRIC.eventsDetected, METRIC.changesDetected, METRIC.alertsSent, METRIC.detectionLatency]) expect(body).toContain(metric);
  });
});

describe('tags', () => {
  it.each(['AWS::Lambda::Function', 'AWS::DynamoDB::Table', 'AWS::SQS::Queue', 'AWS::SNS::Topic', 'AWS::KMS::Key', 'AWS::IAM::Role', 'AWS::Logs::LogGroup', 'AWS::CloudWatch::Alarm'])('tags every %s with the project and the stage', (type) => {
    // CDK's own cross-region reference reader (a CfnResource-based provider) takes no tags.
    for (const [id, resource] of Object.entries(prod.main.findResources(type) as Resources)) {
      if (id.startsWith('CustomCrossRegionExportReader')) continue;
      expect(resource.Properties.Tags).toEqual(expect.arrayContaining([{ Key: 'project', Value: 'project-radar' }, { Key: 'stage', Value: 'prod' }]));
    }
  });
});

describe('docs/DEPLOY.md', () => {
  const ROOT = join(__dirname, '..', '..');
  const guide = readFileSync(join(ROOT, 'docs', 'DEPLOY.md'), 'utf8');
  const stage = (name: string) => (name.includes('prod') ? prod : dev);
  const all = (pattern: RegExp) => [...new Set([...guide.matchAll(pattern)].map((m) => m[1]!))];

  it('names only stacks the app creates', () => {
    const named = all(/\b(ProjectRadar-[a-z]+(?:-edge)?)\b/g);
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect([...dev.stackNames, ...prod.stackNames]).toContain(name);
  });

  it('reads only outputs the stack has', () => {
    const outputs = all(/OutputKey=='([A-Za-z]+)'/g);
    expect(outputs).toEqual(expect.arrayContaining(['TableName', 'AlertsTopicArn', 'OpsTopicArn', 'SourcesDlqUrl', 'ApiFunctionUrl']));
    for (const key of outputs) dev.main.hasOutput(key, {});
    const printed = guide.slice(guide.indexOf('The stack prints its outputs'), guide.indexOf('## 5.'));
    for (const key of [...printed.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]!)) (key === 'StatusPageUrl' ? prod : dev).main.hasOutput(key, {});
  });

  it('passes only context options the app reads', () => {
    const source = ['cdk/radar-app.ts', 'cdk/stage.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    const options = all(/-c ([a-zA-Z]+)=/g);
    expect(options).toEqual(expect.arrayContaining(['stage', 'alertEmails', 'alertSms', 'opsEmails', 'publicStatusPage', 'apiReservedConcurrency']));
    for (const option of options) expect(source).toContain(`'${option}'`);
  });

  it('names log groups, the dashboard, the ops topic, the DLQ and the table the template creates', () => {
    for (const name of all(/(\/aws\/lambda\/radar-(?:dev|prod)-[a-z-]+)\b/g)) stage(name).main.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: name });
    for (const name of all(/`(radar-(?:dev|prod)-pipeline)`/g)) stage(name).main.hasResourceProperties('AWS::CloudWatch::Dashboard', { DashboardName: name });
    for (const name of all(/`(radar-(?:dev|prod)-ops)`/g)) stage(name).main.hasResourceProperties('AWS::SNS::Topic', { TopicName: name });
    for (const name of all(/`(radar-(?:dev|prod)-[a-z-]+\.fifo)`/g)) stage(name).main.hasResourceProperties('AWS::SQS::Queue', { QueueName: name });
    for (const name of all(/--table-name (radar-[a-z]+)/g)) stage(name).main.hasResourceProperties('AWS::DynamoDB::Table', { TableName: name });
  });

  it('lists the metrics the functions publish, in the namespace they publish to', () => {
    expect(guide).toContain(metricsNamespace('dev'));
    const listed = guide.slice(guide.indexOf('## 9.')).match(/\b([A-Z][a-z]+(?:[A-Z][a-z]+)+)\b/g) ?? [];
    for (const metric of Object.values(METRIC)) expect(listed).toContain(metric);
  });

  it('runs only radar commands the CLI has', () => {
    const commands = all(/npx radar ([a-z]+)/g);
    expect(commands).toEqual(expect.arrayContaining(['config', 'status', 'subscribe', 'feed']));
    for (const command of commands) expect(COMMANDS.map((c) => c.name)).toContain(command);
  });
});
