/**
 * Serves the API and status page on node:http (`radar serve`, `radar run`).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApiRequest, type ApiDeps } from './router';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startHttpServer(options: { port: number; host: string }, deps: ApiDeps): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    handleApiRequest({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams }, deps).then(
      (response) => {
        res.writeHead(response.status, response.headers);
        res.end(req.method === 'HEAD' ? undefined : response.body);
      },
      () => {
        res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
