/**
 * The embedded database's ownership across real processes: two `radar` processes started
 * together (one owns, the other is its client, neither crashes), a killed owner's stale
 * lock taken over, and a client that follows when its owner goes away.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectLocalDatabase } from '../../../lib/runtime/local-database';
import { createDynamoStore } from '../../../lib/store/dynamo-store';
import { bundleChild } from '../../support/child-bundle';

let child: string;
beforeAll(async () => {
  child = await bundleChild(join(__dirname, 'db-child.ts'));
}, 60_000);

interface Started {
  proc: ChildProcess;
  ready: Promise<{ owner: boolean; pid: number }>;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function start(dataDir: string, holdMs: number): Started {
  const proc = spawn(process.execPath, [child], { env: { ...process.env, RADAR_DATA_DIR: dataDir, HOLD_MS: String(holdMs) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const ready = new Promise<{ owner: boolean; pid: number }>((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line) as { owner: boolean; pid: number });
    });
    proc.on('close', () => reject(new Error(`exited before ready: ${stderr}`)));
  });
  ready.catch(() => {});
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => proc.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { proc, ready, done };
}

describe('local database ownership', () => {
  it('two processes started together: one owns, the other is its client, neither crashes', async () => {
    for (let trial = 0; trial < 2; trial++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'radar-two-'));
      const pair = [start(dataDir, 1_500), start(dataDir, 1_500)];
      const ready = await Promise.all(pair.map((p) => p.ready));
      const done = await Promise.all(pair.map((p) => p.done));
      expect(done).toEqual([
        { code: 0, signal: null, stderr: '' },
        { code: 0, signal: null, stderr: '' },
      ]);
      expect(ready.filter((r) => r.owner)).toHaveLength(1);
    }
  }, 120_000);

  it('takes over the lock of an owner killed with SIGKILL, and the client follows', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'radar-killed-'));
    const owner = start(dataDir, 600_000);
    expect((await owner.ready).owner).toBe(true);

    const connection = await connectLocalDatabase(dataDir);
    expect(connection.current().owner).toBe(false);
    const store = createDynamoStore(connection.doc, connection.current().tableName);
    expect((await store.listSubscriptions()).map((s) => s.endpoint)).toEqual([`pid ${owner.proc.pid}`]);

    owner.proc.kill('SIGKILL');
    expect((await owner.done).signal).toBe('SIGKILL');

    // The next call finds no owner, becomes it (the stale lock taken over), and answers.
    expect((await store.listSubscriptions()).map((s) => s.endpoint)).toEqual([`pid ${owner.proc.pid}`]);
    expect(connection.current().owner).toBe(true);

    // A new process now finds this one as the owner.
    const next = start(dataDir, 100);
    expect((await next.ready).owner).toBe(false);
    expect(await next.done).toEqual({ code: 0, signal: null, stderr: '' });
    await connection.close();
  }, 120_000);
});
