/**
 * The HTTP API and status page behind a Lambda Function URL (payload format 2.0).
 * Every error behind a 500 is logged with the request; the body says only "internal error".
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { handleApiRequest, type ApiDeps } from '../lib/api/router';
import { errorFields, instrument, lambdaObservability, type Observability } from '../lib/runtime/lambda-observability';
import { lambdaStore, systemClock } from '../lib/runtime/lambda-runtime';

export function makeHandler(deps: Omit<ApiDeps, 'onError'> & Observability) {
  const { logger } = deps;
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const response = await handleApiRequest(
      { method: event.requestContext.http.method, path: event.rawPath, query: new URLSearchParams(event.rawQueryString ?? '') },
      { ...deps, onError: (error, request) => logger.error('request failed', { method: request.method, path: request.path, query: request.query.toString(), ...errorFields(error) }) },
    );
    return { statusCode: response.status, headers: response.headers, body: response.body };
  };
}

let handle: ReturnType<typeof makeHandler> | undefined;
export const handler = instrument<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>(
  'api',
  async (event) => {
    handle ??= makeHandler({ ...lambdaObservability(), store: lambdaStore(), now: systemClock });
    return handle(event);
  },
  (event) => event.requestContext.requestId,
);
