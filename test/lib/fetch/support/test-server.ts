/**
 * A real node:http server on 127.0.0.1, port 0, whose routes misbehave on purpose.
 * Records every request (path, headers, arrival time) so tests can assert what was sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  /** performance.now() at arrival. */
  at: number;
}

export type Route = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  requests: RecordedRequest[];
  /** Requests to one path. */
  hits(path: string): RecordedRequest[];
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

/** Starts a server; unknown paths get 404, `/robots.txt` is a 404 unless routed. */
export async function startTestServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers, at: performance.now() });
    const handler = table.get(path) ?? table.get(path.split('?')[0] ?? path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    hits: (path) => requests.filter((r) => r.path === path),
    route: (path, handler) => void table.set(path, handler),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes `total` bytes in chunks, honouring back-pressure; resolves with the bytes written before the client left. */
export async function writeMany(res: ServerResponse, total: number, chunk: Buffer): Promise<number> {
  let written = 0;
  while (written < total && !res.destroyed) {
    const ok = res.write(chunk);
    written += chunk.length;
    if (!ok) {
      const drained = await new Promise<boolean>((resolve) => {
        const onDrain = (): void => done(true);
        const onClose = (): void => done(false);
        const done = (value: boolean): void => {
          res.off('drain', onDrain);
          res.off('close', onClose);
          resolve(value);
        };
        res.on('drain', onDrain);
        res.on('close', onClose);
      });
      if (!drained) break;
    }
  }
  if (!res.destroyed) res.end();
  return written;
}
