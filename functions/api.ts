/**
 * The HTTP API and status page behind a Lambda Function URL (payload format 2.0).
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { handleApiRequest, type ApiDeps } from '../lib/api/router';
import { lambdaStore, systemClock } from '../lib/runtime/lambda-runtime';

export function makeHandler(deps: ApiDeps) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const response = await handleApiRequest(
      { method: event.requestContext.http.method, path: event.rawPath, query: new URLSearchParams(event.rawQueryString ?? '') },
      deps,
    );
    return { statusCode: response.status, headers: response.headers, body: response.body };
  };
}

let handle: ReturnType<typeof makeHandler> | undefined;
export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  handle ??= makeHandler({ store: lambdaStore(), now: systemClock });
  return handle(event);
};
