/**
 * A Lambda function with the house defaults (Node 24 on arm64, bundled locally by
 * esbuild with no Docker, source maps, JSON logs kept for a month, X-Ray tracing), and
 * `bind*` helpers that set an environment variable and the matching grant together, so
 * a function can never know a resource it may not use, or use one it was not told about.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { packageRoot } from '../../lib/runtime/package-root';

const ROOT = packageRoot(__dirname);

export interface RadarFunctionProps {
  /** File name in `functions/`, without `.ts`. */
  entry: string;
  description: string;
  timeout?: Duration;
  memorySize?: number;
}

export class RadarFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: RadarFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    this.fn = new NodejsFunction(this, 'Function', {
      entry: join(ROOT, 'functions', `${props.entry}.ts`),
      projectRoot: ROOT,
      depsLockFilePath: join(ROOT, 'package-lock.json'),
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      tracing: Tracing.ACTIVE,
      loggingFormat: LoggingFormat.JSON,
      logGroup,
      environment: { NODE_OPTIONS: '--enable-source-maps' },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.CJS,
        // Code that also runs on Node 22, should the runtime be pinned back.
        target: 'node22',
        minify: true,
        sourceMap: true,
        // The SDK is bundled (one pinned version, smaller cold start than the runtime's
        // copy); the embedded database is for laptops only and never loaded on Lambda.
        externalModules: ['dynalite', 'classic-level', 'memory-level'],
      },
    });
  }

  /** Sets RADAR_TABLE_NAME and grants read or read-write access. */
  bindTable(table: ITable, access: 'read' | 'readWrite'): this {
    this.fn.addEnvironment('RADAR_TABLE_NAME', table.tableName);
    if (access === 'read') table.grantReadData(this.fn);
    else table.grantReadWriteData(this.fn);
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
