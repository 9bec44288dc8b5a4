/**
 * What differs between a development and a production deployment, in one place: names,
 * what happens to data when the stack is deleted, sizes and limits. Chosen with
 * `-c stage=dev|prod` (default dev); a few values can be overridden by context too
 * (see `stageFromContext`).
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

export type StageName = 'dev' | 'prod';

export interface StageSettings {
  name: StageName;
  /** Prefix of every physical name (`radar-dev-…`), and the CloudFormation stack is `ProjectRadar-<stage>`. */
  prefix: string;
  /** The table: DESTROY in dev (throwaway data), RETAIN plus deletion protection in prod. */
  tableRemovalPolicy: RemovalPolicy;
  deletionProtection: boolean;
  /** Log groups and queues follow the table. */
  removalPolicy: RemovalPolicy;
  logRetention: RetentionDays;
  pollMemoryMb: number;
  /** How many poll-source Lambdas run at once (SQS maximum concurrency, at least 2). */
  pollMaxConcurrency: number;
  /**
   * Reserved concurrency of the API: a flood of page views cannot starve the pipeline.
   * Undefined in dev: a new account's limit of 10 leaves nothing to reserve (AWS keeps 10 unreserved).
   */
  apiReservedConcurrency?: number;
  /** How often the scheduler wakes dispatch; each source is then sent when its own interval has passed. */
  tickMinutes: number;
  /** Alarm when one source has failed this many polls in a row. */
  failingSourceCycles: number;
  /** Alarm when this month's SMS spend passes 80 % of it (USD; set the account's SMS spend limit to it too). */
  smsMonthlyBudgetUsd: number;
  /** Alarm when the oldest stream record waiting for notify is older than this. */
  iteratorAgeAlarm: Duration;
}

const STAGES: Record<StageName, StageSettings> = {
  dev: {
    name: 'dev',
    prefix: 'radar-dev',
    tableRemovalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    removalPolicy: RemovalPolicy.DESTROY,
    logRetention: RetentionDays.ONE_WEEK,
    pollMemoryMb: 1024,
    pollMaxConcurrency: 2,
    apiReservedConcurrency: undefined,
    tickMinutes: 5,
    failingSourceCycles: 4,
    smsMonthlyBudgetUsd: 5,
    iteratorAgeAlarm: Duration.minutes(5),
  },
  prod: {
    name: 'prod',
    prefix: 'radar-prod',
    tableRemovalPolicy: RemovalPolicy.RETAIN,
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
    logRetention: RetentionDays.THREE_MONTHS,
    pollMemoryMb: 1024,
    pollMaxConcurrency: 5,
    apiReservedConcurrency: 10,
    tickMinutes: 5,
    failingSourceCycles: 4,
    smsMonthlyBudgetUsd: 20,
    iteratorAgeAlarm: Duration.minutes(5),
  },
};

/** The settings of a stage, with overrides. */
export function stageSettings(name: string, overrides: Partial<Omit<StageSettings, 'name' | 'prefix'>> = {}): StageSettings {
  if (name !== 'dev' && name !== 'prod') throw new Error(`unknown stage "${name}": use -c stage=dev or -c stage=prod`);
  return { ...STAGES[name], ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) };
}

/** Reads `-c stage=…` and the numeric overrides (`-c apiReservedConcurrency=0` turns the reservation off). */
export function stageFromContext(get: (key: string) => unknown): StageSettings {
  const num = (key: string): number | undefined => {
    const value = get(key);
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new Error(`-c ${key}=${String(value)} is not a non-negative number`);
    return n;
  };
  const reserved = num('apiReservedConcurrency');
  const settings = stageSettings(String(get('stage') ?? 'dev'), {
    pollMaxConcurrency: num('pollMaxConcurrency'),
    smsMonthlyBudgetUsd: num('smsMonthlyBudgetUsd'),
    failingSourceCycles: num('failingSourceCycles'),
  });
  if (reserved !== undefined) settings.apiReservedConcurrency = reserved === 0 ? undefined : reserved;
  return settings;
}
