import { App, Validations } from 'aws-cdk-lib';
import { Capture, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { RadarStack } from '../../cdk/radar-stack';
import { TABLE_KEYS } from '../../lib/store/keys';

// Synthesis bundles five functions with esbuild: done once for the file. cdk-nag runs as
// a validation plugin and fails synthesis on any finding that is not acknowledged.
let template: Template;
let synthError: unknown;
beforeAll(() => {
  const app = new App();
  const stack = new RadarStack(app, 'Test', { retainData: false });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  try {
    template = Template.fromStack(stack);
  } catch (error) {
    synthError = error;
    // The other tests still get a template to assert on, synthesised without the plugin.
    template = Template.fromStack(new RadarStack(new App(), 'Plain', { retainData: false }));
  }
}, 120_000);

function functionLogicalId(descriptionPrefix: string): string {
  const found = template.findResources('AWS::Lambda::Function', { Properties: { Description: Match.stringLikeRegexp(`^${descriptionPrefix}`) } });
  const ids = Object.keys(found);
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

describe('RadarStack', () => {
  it('has one on-demand table with the key schema of lib/store/keys, a stream, PITR and TTL', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: TABLE_KEYS.pk, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sk, KeyType: 'RANGE' },
      ],
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttl, Enabled: true },
      GlobalSecondaryIndexes: [
        Match.objectLike({ IndexName: TABLE_KEYS.gsi1.name, Projection: { ProjectionType: 'ALL' } }),
        Match.objectLike({ IndexName: TABLE_KEYS.gsi2.name, Projection: { ProjectionType: 'ALL' } }),
      ],
    });
  });

  it('runs five functions on an explicit Node.js runtime with the table bound', () => {
    template.resourceCountIs('AWS::Lambda::Function', 5);
    const functions = template.findResources('AWS::Lambda::Function');
    for (const fn of Object.values(functions)) {
      expect(fn.Properties.Runtime).toBe('nodejs24.x');
      expect(fn.Properties.Environment.Variables.RADAR_TABLE_NAME).toBeDefined();
    }
  });

  it('queues sources with a dead-letter queue after 3 receives and reports partial batch failures', () => {
    const dlq = new Capture();
    template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: { deadLetterTargetArn: dlq, maxReceiveCount: 3 } });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionLogicalId('Polls one source') },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('wakes notify only for new change items on the stream, with a failure destination', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionLogicalId('Alerts each new change') },
      StartingPosition: 'LATEST',
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      FilterCriteria: { Filters: [{ Pattern: Match.stringLikeRegexp('INSERT') }] },
    });
  });

  it('grants publishing on the alerts topic only to notify and digest', () => {
    const publishers = template.findResources('AWS::IAM::Policy', {
      Properties: { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'sns:Publish' })]) } },
    });
    expect(Object.keys(publishers)).toHaveLength(2);
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
  });

  it('schedules dispatch every 15 minutes and the digest daily', () => {
    template.resourceCountIs('AWS::Scheduler::Schedule', 2);
    template.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'rate(15 minutes)' });
    template.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'cron(0 0 * * ? *)' });
  });

  it('serves the API through a Function URL and outputs it', () => {
    template.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'NONE', TargetFunctionArn: { 'Fn::GetAtt': [functionLogicalId('JSON API'), 'Arn'] } });
    template.hasOutput('StatusPageUrl', {});
  });

  it('gives the read-only functions no write access to the table', () => {
    const apiRole = template.findResources('AWS::Lambda::Function')[functionLogicalId('JSON API')]!.Properties.Role['Fn::GetAtt'][0];
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === apiRole));
    const actions = policies.flatMap((p) => p.Properties.PolicyDocument.Statement.flatMap((s: { Action: string | string[] }) => [s.Action].flat()));
    expect(actions).not.toContain('dynamodb:PutItem');
    expect(actions).toContain('dynamodb:Query');
  });

  it('passes the cdk-nag AWS Solutions checks', () => {
    expect(String(synthError ?? 'no findings').split('\n').slice(0, 12).join('\n')).toBe('no findings');
  });
});
