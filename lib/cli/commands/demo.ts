/**
 * `radar demo`: the whole pipeline offline, in seconds, and the start of the tour. Serves
 * the bundled fixture feeds and pages (`demo/`) on loopback, runs one cycle, switches the
 * feeds to their second round and runs again, then once more to show that nothing is
 * alerted twice. Its data stays in `.radar/demo` (beside the user's own store, never in
 * it), where `radar status`, `show` and `serve` find it until the user has data of their
 * own; each demo starts that folder afresh.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { presentState, statusLabel } from '../../api/present';
import { parseConfig } from '../../config/load';
import type { RadarEvent } from '../../core/types';
import { startFixtureServer } from '../../demo/fixture-server';
import { runCycle, type CycleReport } from '../../pipeline/run-cycle';
import { discoveredAlertPolicy } from '../../state/discovered-policy';
import { createRuntime, type Runtime } from '../../runtime/runtime';
import { packageRoot } from '../../runtime/package-root';
import { configFor, demoDataDir, type Command } from '../command';
import { printJson, type CliIo } from '../io';
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

export const demoCommand: Command = async (args, rawIo, context) => {
  // With --json the story is not told; one summary document is printed at the end.
  const io: CliIo = args.values.json ? { ...rawIo, stdout: () => {} } : rawIo;
  const root = join(packageRoot(), 'demo');
  const server = await startFixtureServer(root, 'round-1');
  const dataDir = demoDataDir(io);
  rmSync(dataDir, { recursive: true, force: true });
  const base = configFor(context, io);
  const demo = JSON.parse(readFileSync(join(root, 'demo.config.json'), 'utf8').replaceAll('{{BASE}}', server.url)) as { alerts?: Record<string, unknown> };
  // The fixture news is from 2022 and 2023: the demo alerts it however old it is.
  const config = parseConfig({ ...demo, alerts: { ...demo.alerts, maxAlertAgeDays: 0 }, watchlist: base.watchlist }, 'demo/demo.config.json');
  // Alerts go to the console, indented under the cycle that raised them.
  const runtime = await createRuntime(config, { env: { ...io.env, RADAR_TABLE_NAME: '' }, now: io.now, dataDir, write: (line) => io.stdout(`  ${line.replace(/\n/g, '\n  ')}\n`) });
  try {
    io.stdout(`radar demo: fixture news site on ${server.url}, embedded database in ${dataDir}\n`);
    const first = await cycle(io, runtime, 'cycle 1: first look at every source');
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
    const shown = relative(io.cwd, dataDir) || dataDir;
    const example = projects.find((p) => p.status === 'CANCELLED') ?? projects[0];
    const port = config.server.port;
    io.stdout(
      [
        '',
        `The demo's data stays in ${shown.startsWith('..') ? dataDir : shown}. Next, try:`,
        '  npx radar status                  every project and its status',
        `  npx radar show ${(example?.projectId ?? 'kakao-siheung-dc').padEnd(18)} one project's timeline`,
        `  npx radar serve                   the status page on http://127.0.0.1:${port}`,
        '',
      ].join('\n'),
    );
    const ok = second.alerts.sent > 0 && third.alerts.sent === 0;
    if (args.values.json) {
      printJson(rawIo, {
        ok,
        dataDir,
        cycles: [first, second, third].map((c) => ({ polled: c.polled.length, changes: c.changes.length, alertsSent: c.alerts.sent })),
        projects: projects.map(presentState),
      });
    }
    return ok ? 0 : 1;
  } finally {
    await runtime.close();
    await server.close();
  }
};
