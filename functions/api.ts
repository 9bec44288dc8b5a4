/**
 * The HTTP API and status page behind a Lambda Function URL (payload format 2.0): the
 * same Hono app `radar serve` runs, through Hono's AWS Lambda adapter.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import bundledConfig from '../radar.config.json';
import { createApiApp, type ApiDeps } from '../lib/api/app';
import { readWatchlist } from '../lib/api/catalog';
import { lambdaStore, systemClock } from '../lib/runtime/lambda-runtime';

export type ApiHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export function makeHandler(deps: ApiDeps): ApiHandler {
  const adapter = handle(createApiApp(deps));
  // Hono declares its own event types (body `string | null`); the Function URL event is the v2 payload it reads.
  return async (event) => (await adapter(event as unknown as Parameters<typeof adapter>[0])) as APIGatewayProxyStructuredResultV2;
}

let built: ApiHandler | undefined;
export const handler: ApiHandler = async (event) => {
  // The watchlist only (aliases for search): not lambdaConfig(), which would bundle zod.
  built ??= makeHandler({ store: lambdaStore(), now: systemClock, watchlist: readWatchlist(bundledConfig.watchlist) });
  return built(event);
};
