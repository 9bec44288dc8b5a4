/**
 * A Lambda function with the house defaults (Node 24 on arm64, an esbuild bundle from
 * the content-hash cache in `radar-bundle.ts`, source maps, JSON logs at a level,
 * Powertools' service and metrics namespace, X-Ray tracing), and `bind*` helpers that set
 * an environment variable and the matching grant together, so a function can never know
 * a resource it may not use, or use one it was not told about. Table grants name their
 * actions: each function gets exactly the DynamoDB calls its code makes.
 */
import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Architecture, Code, Function as LambdaFunction, LoggingFormat, Runtime, SystemLogLevel, ApplicationLogLevel, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { packageRoot } from '../../lib/runtime/package-root';
import { METRICS_SERVICE, metricsNamespace } from '../../lib/runtime/lambda-metric-names';
import type { StageSettings } from '../stage';
import { bundleFunction } from './radar-bundle';

const ROOT = packageRoot(__dirname);

/** The DynamoDB calls the store makes; a function is granted the ones it uses. */
export type TableAction = 'GetItem' | 'PutItem' | 'Query' | 'DeleteItem' | 'BatchGetItem' | 'BatchWriteItem';

export interface RadarFunctionProps {
  /** File name in `functions/`, without `.ts`. */
  entry: string;
  description: string;
  stage: StageSettings;
  timeout?: Duration;
  memorySize?: number;
  reservedConcurrentExecutions?: number;
}

export class RadarFunction extends Construct {
  readonly fn: LambdaFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: RadarFunctionProps) {
    super(scope, id);
    const { stage } = props;
    this.logGroup = new LogGroup(this, 'Logs', { logGroupName: `/aws/lambda/${stage.prefix}-${props.entry}`, retention: stage.logRetention, removalPolicy: stage.removalPolicy });
    this.fn = new LambdaFunction(this, 'Function', {
      functionName: `${stage.prefix}-${props.entry}`,
      code: Code.fromAsset(bundleFunction(ROOT, `functions/${props.entry}.ts`).dir),
      handler: 'index.handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      tracing: Tracing.ACTIVE,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: stage.name === 'prod' ? ApplicationLogLevel.INFO : ApplicationLogLevel.DEBUG,
      systemLogLevelV2: SystemLogLevel.WARN,
      logGroup: this.logGroup,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: METRICS_SERVICE,
        POWERTOOLS_METRICS_NAMESPACE: metricsNamespace(stage.name),
        RADAR_STAGE: stage.name,
      },
    });
  }

  /** Sets RADAR_TABLE_NAME and grants exactly `actions` on the table and its indexes. */
  bindTable(table: ITable, actions: readonly TableAction[]): this {
    this.fn.addEnvironment('RADAR_TABLE_NAME', table.tableName);
    table.grant(this.fn, ...actions.map((action) => `dynamodb:${action}`));
    return this;
  }

  /** Sets RADAR_TOPIC_ARN and grants publishing. */
  bindTopic(topic: ITopic): this {
    this.fn.addEnvironment('RADAR_TOPIC_ARN', topic.topicArn);
    topic.grantPublish(this.fn);
    return this;
  }

  /** Sets RADAR_QUEUE_URL and grants sending. */
  bindQueue(queue: IQueue): this {
    this.fn.addEnvironment('RADAR_QUEUE_URL', queue.queueUrl);
    queue.grantSendMessages(this.fn);
    return this;
  }
}
