/**
 * `radar serve` and `radar run` as a person starts them: a real child process, real
 * signals, a real busy port. The CLI is bundled once with esbuild, as `npm start` does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { isLoopbackHost, listenHttp, ListenError } from '../../../lib/api/http-server';
import { InputError } from '../../../lib/core/errors';

let dir: string;
let cli: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'radar-serve-'));
  cli = join(dir, 'cli.js');
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, `import { runCli } from ${JSON.stringify(join(__dirname, '../../../lib/cli/main'))};\nrunCli(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n`);
  await build({ entryPoints: [entry], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', nodePaths: [join(__dirname, '../../../node_modules')], logLevel: 'warning' });
}, 60_000);

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(args: string[], config?: object): Started {
  const data = mkdtempSync(join(dir, 'data-'));
  const cwd = mkdtempSync(join(dir, 'cwd-'));
  if (config) writeFileSync(join(cwd, 'radar.config.json'), JSON.stringify(config));
  const child = spawn(process.execPath, [cli, ...args], {
    cwd,
    env: { PATH: process.env.PATH, RADAR_DATA_DIR: data, NODE_PATH: join(__dirname, '../../../node_modules'), AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c) => (stdout += c));
  child.stderr!.on('data', (c) => (stderr += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => ({ stdout, stderr }), exited };
}

async function waitFor(started: Started, pattern: RegExp): Promise<RegExpExecArray> {
  for (let i = 0; i < 600; i += 1) {
    const match = pattern.exec(started.output().stdout);
    if (match) return match;
    if (started.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never printed ${pattern}: ${JSON.stringify(started.output())}`);
}

function busyPort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}

describe.each([['serve'], ['run']])('radar %s', (command) => {
  it('on a busy port prints one line and exits 1', async () => {
    const busy = await busyPort();
    try {
      const started = start([command, '--port', String(busy.port)], { sources: [] });
      const { code } = await started.exited;
      const { stderr } = started.output();
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(`port ${busy.port} is in use`);
    } finally {
      busy.server.close();
    }
  }, 30_000);

  it('refuses a public server.host without --public (exit 2), and warns with it', async () => {
    const refused = start([command, '--port', '0'], { sources: [], server: { host: '0.0.0.0' } });
    expect((await refused.exited).code).toBe(2);
    expect(refused.output().stderr).toMatch(/reachable from other machines; pass --public/);

    const allowed = start([command, '--port', '0', '--public'], { sources: [], server: { host: '0.0.0.0' }, schedule: { intervalMinutes: 60 } });
    await waitFor(allowed, /status page and API on http:\/\/0\.0\.0\.0:\d+/);
    expect(allowed.output().stderr).toMatch(/warning: serving on 0\.0\.0\.0/);
    allowed.child.kill('SIGTERM');
    expect((await allowed.exited).code).toBe(0);
  }, 60_000);

  it.each(['SIGINT', 'SIGTERM'] as const)('serves the page and stops on %s with exit 0', async (signal) => {
    const started = start([command, '--port', '0'], { sources: [], schedule: { intervalMinutes: 60 } });
    const [, url] = await waitFor(started, /status page and API on (http:\/\/127\.0\.0\.1:\d+)/);
    const page = await fetch(`${url}/api/projects`);
    expect(page.status).toBe(200);
    expect(await page.json()).toEqual({ projects: [] });
    started.child.kill(signal);
    expect(await started.exited).toEqual({ code: 0, signal: null });
  }, 60_000);
});

describe('listenHttp', () => {
  it('tells loopback from public addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', 'LOCALHOST'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.0.10', 'example.com', '10.0.0.1'].some(isLoopbackHost)).toBe(false);
  });

  it('throws typed errors: ListenError for a busy port, InputError for a public host', async () => {
    const busy = await busyPort();
    try {
      await expect(listenHttp({ port: busy.port, host: '127.0.0.1' })).rejects.toMatchObject({ name: 'ListenError', code: 'RADAR_PORT_IN_USE' });
      await expect(listenHttp({ port: busy.port, host: '127.0.0.1' })).rejects.toBeInstanceOf(ListenError);
    } finally {
      busy.server.close();
    }
    await expect(listenHttp({ port: 0, host: '0.0.0.0' })).rejects.toBeInstanceOf(InputError);
  });

  it('answers 503 until the app is attached', async () => {
    const server = await listenHttp({ port: 0, host: '127.0.0.1' });
    try {
      const early = await fetch(`${server.url}/healthz`);
      expect(early.status).toBe(503);
      expect(early.headers.get('x-frame-options')).toBe('DENY');
      await server.attach({ fetch: () => new Response('ok') });
      expect(await (await fetch(`${server.url}/healthz`)).text()).toBe('ok');
    } finally {
      await server.close();
    }
  });
});
