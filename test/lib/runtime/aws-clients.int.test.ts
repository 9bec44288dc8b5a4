/**
 * The SDK clients give up on a server that accepts a connection and never answers,
 * instead of waiting forever (the SDK's default). A real node:http server on loopback
 * holds every request open.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { DYNAMODB_REQUEST_TIMEOUT_MS, documentClient, snsClient } from '../../../lib/runtime/aws-clients';

let server: Server;
let endpoint: string;
beforeAll(async () => {
  server = createServer(() => {
    /* never answers */
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('AWS SDK clients', () => {
  it('a DynamoDB call to a server that never answers fails with a timeout instead of hanging', async () => {
    // One attempt, so the test waits one request timeout rather than three.
    process.env.AWS_MAX_ATTEMPTS = '1';
    const started = Date.now();
    try {
      const call = documentClient(endpoint).send(new GetCommand({ TableName: 't', Key: { PK: 'a', SK: 'b' } }));
      await expect(call).rejects.toMatchObject({ name: expect.stringMatching(/Timeout/) });
    } finally {
      delete process.env.AWS_MAX_ATTEMPTS;
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(DYNAMODB_REQUEST_TIMEOUT_MS - 500);
  }, 30_000);

  it('SNS publishes are tried once (a timed-out publish is never re-sent by the SDK)', async () => {
    expect(await snsClient().config.maxAttempts()).toBe(1);
  });
});
