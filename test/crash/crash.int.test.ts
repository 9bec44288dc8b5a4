/**
 * The crash suite: the pipeline in a real child process, killed with SIGKILL right after
 * each step (events stored, a change stored, a state moved, an alert claimed, marked as
 * publishing, published), then run again on the same data. The final projects, timelines,
 * changes and outbox must equal those of a run that was never interrupted: no alert lost,
 * none sent twice.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../lib/demo/fixture-server';
import { defaultConfig } from '../../lib/config/load';
import { createDynamoStore } from '../../lib/store/dynamo-store';
import { connectLocalDatabase } from '../../lib/runtime/local-database';
import { bundleChild } from '../support/child-bundle';

const ROOT = join(__dirname, '..', '..');
const NOW = '2023-11-24T06:00:00.000Z';
let server: FixtureServer;
let child: string;
let configPath: string;

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function runChild(dataDir: string, crash?: { at: string; n: number }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, RADAR_DATA_DIR: dataDir, CRASH_CONFIG: configPath, CRASH_NOW: NOW, CRASH_AT: crash?.at ?? '', CRASH_N: String(crash?.n ?? 0) };
    const proc = spawn(process.execPath, [child], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.on('error', reject);
    proc.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

interface Snapshot {
  projects: unknown[];
  changes: unknown[];
  outboxIndex: string[];
  alerts: { id: string; count: number }[];
  outboxFile: unknown[];
}

async function snapshot(dataDir: string): Promise<Snapshot> {
  const connection = await connectLocalDatabase(dataDir);
  try {
    const store = createDynamoStore(connection.doc, connection.current().tableName);
    const states = await store.listProjects();
    const projects = [];
    for (const state of [...states].sort((a, b) => a.projectId.localeCompare(b.projectId))) projects.push(await store.getProject(state.projectId));
    const changes = (await store.listChangesSince('1970-01-01T00:00:00.000Z')).sort((a, b) => a.id.localeCompare(b.id));
    const outboxIndex = (await store.listOutbox()).map((c) => c.id);
    const file = join(dataDir, 'outbox.jsonl');
    const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string }) : [];
    const counts = new Map<string, number>();
    for (const line of lines) counts.set(line.id, (counts.get(line.id) ?? 0) + 1);
    return {
      projects,
      changes,
      outboxIndex,
      alerts: [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => a.id.localeCompare(b.id)),
      outboxFile: lines.sort((a, b) => a.id.localeCompare(b.id)),
    };
  } finally {
    await connection.close();
  }
}

let baseline: Snapshot;

beforeAll(async () => {
  server = await startFixtureServer(join(ROOT, 'demo'), 'round-1');
  child = await bundleChild(join(__dirname, 'crash-child.ts'));
  const dir = mkdtempSync(join(tmpdir(), 'radar-crash-'));
  configPath = join(dir, 'config.json');
  const demo = JSON.parse(readFileSync(join(ROOT, 'demo', 'demo.config.json'), 'utf8').replaceAll('{{BASE}}', server.url)) as Record<string, unknown>;
  // The fixture news is weeks older than NOW: alert it anyway (maxAlertAgeDays 0), this suite is about delivery.
  const alerts = { ...(demo.alerts as object), maxAlertAgeDays: 0 };
  writeFileSync(configPath, JSON.stringify({ ...demo, alerts, watchlist: defaultConfig().watchlist }));

  const dataDir = mkdtempSync(join(tmpdir(), 'radar-crash-baseline-'));
  const run = await runChild(dataDir);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  baseline = await snapshot(dataDir);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('crash suite', () => {
  it('the uninterrupted run alerts every change once and empties the outbox', () => {
    expect(baseline.changes.length).toBeGreaterThan(3);
    expect(baseline.alerts.map((a) => a.id)).toEqual(baseline.changes.map((c) => (c as { id: string }).id));
    expect(baseline.alerts.every((a) => a.count === 1)).toBe(true);
    expect(baseline.outboxIndex).toEqual([]);
  });

  it.each([
    ['after-events', 1],
    ['after-change', 1],
    ['after-state', 1],
    ['after-state', 3],
    ['after-claim', 1],
    ['after-marking', 2],
    ['after-publish', 1],
    ['after-publish', 4],
  ])('killed %s (#%i) and run again: the same final state, every alert once', async (at, n) => {
    const dataDir = mkdtempSync(join(tmpdir(), `radar-crash-${at}-`));
    const crashed = await runChild(dataDir, { at, n });
    expect(crashed.signal).toBe('SIGKILL');

    const rerun = await runChild(dataDir);
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);

    const after = await snapshot(dataDir);
    expect(after.alerts).toEqual(baseline.alerts); // zero lost, zero duplicates
    expect(after.outboxFile).toEqual(baseline.outboxFile);
    expect(after.changes).toEqual(baseline.changes);
    expect(after.projects).toEqual(baseline.projects);
    expect(after.outboxIndex).toEqual([]);
  }, 120_000);
});
