/**
 * The API and status page. By default its Function URL takes only IAM-signed requests
 * (`awscurl`, or a colleague with read access to the account). Asked for a public page
 * (`-c publicStatusPage=true`), CloudFront stands in front: it signs its requests to the
 * still-IAM-only Function URL (origin access control), caches answers for a minute so a
 * crowd costs a few Lambda calls a minute, and carries a WAF web ACL with a per-IP rate limit.
 */
import { CfnOutput, Duration } from 'aws-cdk-lib';
import { AllowedMethods, CachePolicy, CacheQueryStringBehavior, Distribution, HttpVersion, PriceClass, ViewerProtocolPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { FunctionUrlOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { FunctionUrlAuthType, type FunctionUrl, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { StageSettings } from '../stage';

export interface RadarStatusPageProps {
  api: IFunction;
  stage: StageSettings;
  /** A web ACL (scope CLOUDFRONT, so made in us-east-1) for the public page; none: IAM only. */
  publicWebAclArn?: string;
}

/** The query parameters the API reads: the only ones in the cache key (others cannot bust the cache). */
export const API_QUERY_PARAMETERS = ['status', 'org', 'since'] as const;

export class RadarStatusPage extends Construct {
  readonly url: FunctionUrl;
  readonly distribution?: Distribution;

  constructor(scope: Construct, id: string, props: RadarStatusPageProps) {
    super(scope, id);
    this.url = props.api.addFunctionUrl({ authType: FunctionUrlAuthType.AWS_IAM });
    new CfnOutput(scope, 'ApiFunctionUrl', { value: this.url.url, description: 'IAM-signed requests only (awscurl --service lambda)' });
    if (!props.publicWebAclArn) return;

    const cachePolicy = new CachePolicy(this, 'Cache', {
      cachePolicyName: `${props.stage.prefix}-status-page`,
      comment: 'The API answers no-store; the page may be a minute old for the public.',
      // A minimum above zero overrides the origin's no-store for CloudFront only.
      minTtl: Duration.seconds(30),
      defaultTtl: Duration.seconds(60),
      maxTtl: Duration.minutes(5),
      queryStringBehavior: CacheQueryStringBehavior.allowList(...API_QUERY_PARAMETERS),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Project Radar ${props.stage.name} status page`,
      defaultBehavior: {
        origin: FunctionUrlOrigin.withOriginAccessControl(this.url),
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy,
      },
      webAclId: props.publicWebAclArn,
      priceClass: PriceClass.PRICE_CLASS_200,
      httpVersion: HttpVersion.HTTP2_AND_3,
    });
    new CfnOutput(scope, 'StatusPageUrl', { value: `https://${this.distribution.distributionDomainName}/`, description: 'The public status page (cached one minute, rate limited per IP)' });
  }
}
