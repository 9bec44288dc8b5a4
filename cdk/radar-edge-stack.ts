/**
 * What CloudFront needs from us-east-1: the WAF web ACL of the public status page (a
 * CLOUDFRONT-scoped ACL can only live there). Deployed only with `-c publicStatusPage=true`;
 * the main stack reads its ARN through a cross-region reference.
 */
import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { StageSettings } from './stage';

export interface RadarEdgeStackProps extends StackProps {
  stage: StageSettings;
  /** Requests one IP may make in five minutes before WAF blocks it (the page is cached: few reach Lambda). */
  rateLimitPer5Minutes?: number;
}

export class RadarEdgeStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: RadarEdgeStackProps) {
    super(scope, id, props);
    const prefix = props.stage.prefix;
    const visibility = (name: string) => ({ cloudWatchMetricsEnabled: true, metricName: `${prefix}-${name}`, sampledRequestsEnabled: true });
    const acl = new CfnWebACL(this, 'StatusPageAcl', {
      name: `${prefix}-status-page`,
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('status-page'),
      rules: [
        {
          name: 'rate-per-ip',
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { limit: props.rateLimitPer5Minutes ?? 300, aggregateKeyType: 'IP' } },
          visibilityConfig: visibility('rate-per-ip'),
        },
        {
          name: 'aws-common',
          priority: 1,
          overrideAction: { none: {} },
          statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesCommonRuleSet' } },
          visibilityConfig: visibility('aws-common'),
        },
      ],
    });
    this.webAclArn = acl.attrArn;
  }
}
