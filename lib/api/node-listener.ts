/**
 * The node:http request listener for a fetch-style app. Its own module, imported
 * lazily by `http-server.ts`, so `@hono/node-server` loads only once the port is bound
 * (the bundled CLI then requires it as CommonJS, like every other package).
 */
import { getRequestListener } from '@hono/node-server';
import type { IncomingMessage, ServerResponse } from 'node:http';

export function nodeListener(fetch: (request: Request) => Response | Promise<Response>): (req: IncomingMessage, res: ServerResponse) => unknown {
  // The global Request/Response stay Node's own: overriding them would change them for the whole process.
  return getRequestListener(fetch, { overrideGlobalObjects: false });
}
