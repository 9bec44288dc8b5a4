/**
 * The single table (keys from `lib/store/keys.ts`, so code and infrastructure cannot
 * drift): on-demand, a stream of new and old images for `notify`, point-in-time
 * recovery, and TTL on seen-article marks and run markers.
 */
import type { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_KEYS } from '../../lib/store/keys';

export interface RadarTableProps {
  tableName: string;
  /** RETAIN in prod: news history is hard to rebuild. */
  removalPolicy: RemovalPolicy;
  /** Refuses DeleteTable, from the console too, until turned off. */
  deletionProtection: boolean;
}

export class RadarTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: RadarTableProps) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      tableName: props.tableName,
      partitionKey: { name: TABLE_KEYS.pk, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sk, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE_KEYS.ttl,
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: props.removalPolicy,
      deletionProtection: props.deletionProtection,
    });
    for (const index of [TABLE_KEYS.gsi1, TABLE_KEYS.gsi2]) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.pk, type: AttributeType.STRING },
        sortKey: { name: index.sk, type: AttributeType.STRING },
      });
    }
  }
}
