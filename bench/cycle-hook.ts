/**
 * Loaded with `node --require` into the `radar run --once` process that
 * `npm run bench:cycle` measures: counts DynamoDB calls by command and, at exit, writes
 * them with the process's CPU time and peak RSS (worker threads included) to
 * `BENCH_STATS_FILE`. It changes nothing else: the CLI runs as users run it.
 */
import { writeFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const calls: Record<string, number> = {};
for (const client of [DynamoDBClient, DynamoDBDocumentClient]) {
  const send = client.prototype.send as (this: unknown, command: object, ...rest: unknown[]) => Promise<unknown>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (client.prototype as any).send = function (this: unknown, command: object, ...rest: unknown[]) {
    const name = command.constructor.name.replace(/Command$/, '');
    calls[name] = (calls[name] ?? 0) + 1;
    return send.call(this, command, ...rest);
  };
}

process.on('exit', () => {
  const usage = process.resourceUsage();
  const file = process.env.BENCH_STATS_FILE;
  if (file) writeFileSync(file, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024, calls }));
});
