/**
 * Builds the CDK app from context, for `cdk/app.ts` and the tests alike:
 *
 *   -c stage=dev|prod                 names, removal policies and sizes (`stage.ts`)
 *   -c alertEmails=a@x.kr,b@y.com     subscribed to the alerts topic at deploy time
 *   -c alertSms=+821012345678         likewise, by SMS (see docs/DEPLOY.md: sandbox, origination)
 *   -c opsEmails=oncall@x.kr          told about alarms
 *   -c publicStatusPage=true          CloudFront + WAF in front of the API (else IAM only)
 *
 * cdk-nag's AwsSolutions and Serverless packs run on every synth as validation plugins;
 * a finding fails it unless acknowledged, on its own resource, in `nag-acknowledgements.ts`.
 */
import { Tags, Validations, type App, type Environment } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { RadarEdgeStack } from './radar-edge-stack';
import { RadarStack } from './radar-stack';
import { stageFromContext } from './stage';

function list(value: unknown): string[] {
  return String(value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** The CloudFormation stack name of a stage's main stack. */
export function stackName(stage: string): string {
  return `ProjectRadar-${stage}`;
}

export function buildRadarApp(app: App, env: Environment = {}, options: { nag?: boolean } = {}) {
  const context = (key: string) => app.node.tryGetContext(key) as unknown;
  const stage = stageFromContext(context);
  const isPublic = String(context('publicStatusPage') ?? 'false') === 'true';
  Tags.of(app).add('project', 'project-radar');
  Tags.of(app).add('stage', stage.name);

  // A CLOUDFRONT-scoped web ACL exists only in us-east-1, whatever the main region.
  const edge = isPublic
    ? new RadarEdgeStack(app, `${stackName(stage.name)}-edge`, { stage, env: { account: env.account, region: 'us-east-1' }, crossRegionReferences: true })
    : undefined;
  const main = new RadarStack(app, stackName(stage.name), {
    stage,
    env,
    crossRegionReferences: isPublic,
    alertEmails: list(context('alertEmails')),
    alertSms: list(context('alertSms')),
    opsEmails: list(context('opsEmails')),
    publicWebAclArn: edge?.webAclArn,
  });
  if (options.nag !== false) Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { stage, main, edge };
}
