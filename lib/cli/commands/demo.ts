/**
 * `radar demo`: the whole pipeline offline, in seconds. Serves the bundled fixture feeds
 * and pages (`demo/`) on loopback, runs one cycle, switches the feeds to their second
 * round and runs again, then once more to show that nothing is alerted twice. Data goes
 * to a temporary embedded database, so the user's `.radar/` is untouched.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { statusLabel } from '../../api/present';
import { parseConfig } from '../../config/load';
import type { RadarEvent } from '../../core/types';
import { startFixtureServer } from '../../demo/fixture-server';
import { runCycle, type CycleReport } from '../../pipeline/run-cycle';
import { discoveredAlertPolicy } from '../../state/discovered-policy';
import { createRuntime, type Runtime } from '../../runtime/runtime';
import { packageRoot } from '../../runtime/package-root';
import { configFor, type Command } from '../command';
import type { CliIo } from '../io';
import { formatPollReport } from '../report';

function printEvents(io: CliIo, events: RadarEvent[]): void {
  for (const e of events) {
    const when = e.when ? ` ${e.when.text} → ${e.when.from}..${e.when.to}` : '';
    io.stdout(`    ${e.status.padEnd(20)} ${e.modality.padEnd(8)} ${e.project}${when}\n      “${e.evidence}”\n`);
  }
}

async function cycle(io: CliIo, runtime: Runtime, title: string): Promise<CycleReport> {
  io.stdout(`\n== ${title}\n`);
  const report = await runCycle(
    runtime.config.sources,
    { ...runtime, minConfidence: runtime.config.alerts.minConfidence, confirmBelow: runtime.config.alerts.confirmBelow, discovered: discoveredAlertPolicy(runtime.config), sourceConcurrency: 1 },
    { force: true, onReport: (r) => io.stdout(`  ${formatPollReport(r)}\n`) },
  );
  const events = report.polled.flatMap((r) => r.events);
  if (events.length) {
    io.stdout(`  events found (${events.length}):\n`);
    printEvents(io, events);
  }
  io.stdout(`  changes: ${report.changes.length}, alerts sent: ${report.alerts.sent}\n`);
  return report;
}

export const demoCommand: Command = async (args, io, context) => {
  const root = join(packageRoot(), 'demo');
  const server = await startFixtureServer(root, 'round-1');
  const dataDir = mkdtempSync(join(tmpdir(), 'radar-demo-'));
  const base = configFor(context, io);
  const demo = JSON.parse(readFileSync(join(root, 'demo.config.json'), 'utf8').replaceAll('{{BASE}}', server.url)) as Record<string, unknown>;
  const config = parseConfig({ ...demo, watchlist: base.watchlist }, 'demo/demo.config.json');
  // Alerts go to the console, indented under the cycle that raised them.
  const runtime = await createRuntime(config, { env: { ...io.env, RADAR_TABLE_NAME: '' }, now: io.now, dataDir, write: (line) => io.stdout(`  ${line.replace(/\n/g, '\n  ')}\n`) });
  try {
    io.stdout(`radar demo: fixture news site on ${server.url}, embedded database in ${dataDir}\n`);
    await cycle(io, runtime, 'cycle 1: first look at every source');
    server.setRound('round-2');
    const second = await cycle(io, runtime, 'cycle 2: the feeds have new stories');
    server.setRound('round-2');
    const third = await cycle(io, runtime, 'cycle 3: nothing new (conditional GETs, seen articles, alert-once)');

    io.stdout('\n== status table\n');
    const projects = (await runtime.store.listProjects()).sort((a, b) => a.projectId.localeCompare(b.projectId));
    for (const p of projects) {
      const next = p.nextMilestone ? `  next: ${p.nextMilestone.status} ${p.nextMilestone.when?.from ?? ''}` : '';
      io.stdout(`  ${p.projectId.padEnd(28)} ${statusLabel(p).padEnd(20)} since ${p.statusSince}${next}\n`);
    }
    const transitions = second.changes.filter((c) => c.kind === 'status' && c.from).map((c) => `${c.project}: ${c.from} -> ${c.to}`);
    io.stdout(`\nradar demo: ${transitions.length} status transition(s) in cycle 2 (${transitions.join('; ') || 'none'}); cycle 3 alerted ${third.alerts.sent}.\n`);
    io.stdout('Try: radar analyze demo/common/articles/kakao-siheung-cancel.html --json\n');
    return second.alerts.sent > 0 && third.alerts.sent === 0 ? 0 : 1;
  } finally {
    await runtime.close();
    await server.close();
    if (!args.values.keep) rmSync(dataDir, { recursive: true, force: true });
  }
};
