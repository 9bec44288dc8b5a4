/**
 * Serves the Hono app on node:http (`radar serve`, `radar run`) through
 * `@hono/node-server`'s request listener.
 *
 * The port is bound before anything slow starts (the embedded database), so a busy port
 * is one clear error within a second; until the app is attached requests get 503.
 * A request whose target is no URL path (`GET http://[ HTTP/1.1`) gets 400 and never
 * reaches the router; every answer, even that one, carries the security headers.
 * Binding to anything but loopback needs `allowPublic` and prints a warning.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { InputError, RadarError } from '../core/errors';
import type { ApiDeps } from './app';
import { SECURITY_HEADERS } from './security-headers';

/** The port is taken or the address cannot be bound (CLI exit 1). */
export class ListenError extends RadarError {
  override name = 'ListenError' as const;
  constructor(code: 'RADAR_PORT_IN_USE' | 'RADAR_LISTEN', message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
  }
}

/** Anything with a fetch handler: the Hono app. */
export interface FetchApp {
  fetch(request: Request): Response | Promise<Response>;
}

export interface HttpServer {
  url: string;
  /** Starts answering requests with the app (until then: 503). */
  attach(app: FetchApp): Promise<void>;
  /** Stops at once: open keep-alive connections are closed too. */
  close(): Promise<void>;
}

export interface ListenOptions {
  port: number;
  host: string;
  /** Needed to bind anything but a loopback address. */
  allowPublic?: boolean;
  /** Where the warning about a public address goes. */
  warn?: (line: string) => void;
}

/**
 * True for names and addresses that only this machine reaches.
 *
 * @example
 * isLoopbackHost('127.0.0.1') // => true
 * isLoopbackHost('0.0.0.0')   // => false
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(h);
  return false;
}

function validTarget(target: string | undefined): boolean {
  if (!target || target.length > 8192) return false;
  if (target.startsWith('/')) return !target.startsWith('//') && URL.canParse(target, 'http://localhost');
  return /^https?:\/\//i.test(target) && URL.canParse(target);
}

/** What node's HTTP parser refuses (a raw space or non-ASCII byte in the target, a bad header) is answered here. */
const PARSE_ERROR_RESPONSE = [
  'HTTP/1.1 400 Bad Request',
  ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
  'connection: close',
  'content-length: 0',
  '',
  '',
].join('\r\n');

const BAD_TARGET = JSON.stringify({ error: { code: 'RADAR_BAD_INPUT', message: 'the request target is not a valid URL path' } });

/** Binds the port; throws `ListenError` when it cannot and `InputError` for a public address without `allowPublic`. */
export async function listenHttp(options: ListenOptions): Promise<HttpServer> {
  if (!isLoopbackHost(options.host)) {
    if (!options.allowPublic) throw new InputError(`server.host "${options.host}" is reachable from other machines; pass --public to serve there anyway`);
    options.warn?.(`radar: warning: serving on ${options.host}, reachable from other machines; the page and API have no login`);
  }
  let listener: ((req: IncomingMessage, res: ServerResponse) => unknown) | undefined;
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (!validTarget(req.url)) {
      res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', connection: 'close' }).end(BAD_TARGET);
      return;
    }
    if (!listener) {
      res.writeHead(503, { 'retry-after': '1', 'cache-control': 'no-store' }).end();
      return;
    }
    void listener(req, res);
  });
  // A socket that sends garbage is answered by node's parser (400) and closed; a reset
  // socket is simply gone. Neither may end the process.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end(PARSE_ERROR_RESPONSE);
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const where = `${options.host}:${options.port}`;
      reject(
        error.code === 'EADDRINUSE'
          ? new ListenError('RADAR_PORT_IN_USE', `port ${options.port} is in use on ${options.host}; stop the other process or pick another port with --port`, { cause: error })
          : new ListenError('RADAR_LISTEN', `cannot listen on ${where}: ${error.code ?? error.message}`, { cause: error }),
      );
    });
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = isIP(options.host) === 6 ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    async attach(app) {
      // Loaded only now: a busy port is reported before any framework is loaded.
      const { nodeListener } = await import('./node-listener');
      listener = nodeListener((request) => app.fetch(request));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Binds and serves the API app over `deps` at once (tests, and callers with their store ready). */
export async function startHttpServer(options: ListenOptions, deps: ApiDeps): Promise<RunningServer> {
  const server = await listenHttp(options);
  const { createApiApp } = await import('./app');
  await server.attach(createApiApp(deps));
  return server;
}

/** What `radar serve` and `radar run` need to put the app on a port. */
export interface ServeSettings {
  port: number;
  host: string;
  allowPublic: boolean;
  warn: (line: string) => void;
}

/**
 * Binds first (a busy port fails in milliseconds, before the database starts), then
 * attaches the app once `deps` are ready. On any failure after binding, the port is
 * released before the error goes on.
 */
export async function serveWhenReady<T extends ApiDeps>(settings: ServeSettings, ready: () => Promise<T>): Promise<{ server: HttpServer; deps: T }> {
  const server = await listenHttp(settings);
  try {
    const deps = await ready();
    const { createApiApp } = await import('./app');
    await server.attach(createApiApp(deps));
    return { server, deps };
  } catch (error) {
    await server.close();
    throw error;
  }
}
