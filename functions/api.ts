/**
 * The HTTP API and status page behind a Lambda Function URL (payload format 2.0): the
 * same Hono app `radar serve` runs, through Hono's AWS Lambda adapter. Every error behind
 * a 500 is logged at ERROR with the request's path; the body says only "internal error".
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import { createApiApp, type ApiDeps } from '../lib/api/app';
import type { RadarConfig } from '../lib/config/schema';
import { lambdaConfig } from '../lib/runtime/lambda-config';
import { errorFields, instrument, lambdaObservability, type Observability } from '../lib/runtime/lambda-observability';
import { lambdaStore, systemClock } from '../lib/runtime/lambda-runtime';

export type ApiHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export function makeHandler(deps: Omit<ApiDeps, 'logError'> & Observability): ApiHandler {
  const { logger } = deps;
  const adapter = handle(createApiApp({ ...deps, logError: (error) => logger.error('request failed', errorFields(error)) }));
  return async (event) => {
    logger.appendKeys({ path: event.rawPath, query: event.rawQueryString || undefined });
    try {
      // Hono declares its own event types (body `string | null`); the Function URL event is the v2 payload it reads.
      return (await adapter(event as unknown as Parameters<typeof adapter>[0])) as APIGatewayProxyStructuredResultV2;
    } finally {
      logger.removeKeys(['path', 'query']);
    }
  };
}

/** The app for the configuration in force: rebuilt when a push changes the watchlist. */
let built: { config: RadarConfig; handle: ApiHandler } | undefined;
export const handler = instrument<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>(
  'api',
  async (event) => {
    const { config } = await lambdaConfig();
    if (built?.config !== config) built = { config, handle: makeHandler({ ...lambdaObservability(), store: lambdaStore(), now: systemClock, watchlist: config.watchlist }) };
    return built.handle(event);
  },
  (event) => event.requestContext.requestId,
);
