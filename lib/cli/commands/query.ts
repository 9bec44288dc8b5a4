/**
 * `radar status`, `radar show`, `radar changes`: read the store the poller writes.
 */
import { presentState, statusLabel } from '../../api/present';
import { parseSince } from '../../api/since';
import { InputError } from '../../core/errors';
import { STATUSES, type ProjectState, type Status } from '../../core/types';
import { outboxHealth } from '../../pipeline/deliver-outbox';
import { configFor, runtimeFor, stringArg, type Command } from '../command';
import { printJson, type CliIo } from '../io';
import type { Runtime } from '../../runtime/deps';

function table(io: CliIo, rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  for (const row of rows) io.stdout(`${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()}\n`);
}

async function withRuntime<T>(context: { configPath?: string }, io: CliIo, fn: (rt: Runtime) => Promise<T>): Promise<T> {
  const runtime = await runtimeFor(configFor(context, io), io);
  try {
    return await fn(runtime);
  } finally {
    await runtime.close();
  }
}

function parseStatus(value: string | undefined): Status | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if (!(STATUSES as readonly string[]).includes(upper)) throw new InputError(`unknown status "${value}"; one of ${STATUSES.join(', ')}`);
  return upper as Status;
}

export const statusCommand: Command = (args, io, context) =>
  withRuntime(context, io, async ({ store, now, delivery }) => {
    if (args.values.sources) {
      const sources = await store.listSourceStates();
      const outbox = await outboxHealth(store, now(), { maxAttempts: delivery.maxAttempts });
      if (args.values.json) {
        printJson(io, { sources, outbox });
        return 0;
      }
      table(io, [['SOURCE', 'LAST SUCCESS', 'FAILURES', 'LAST ERROR'], ...sources.map((s) => [s.sourceId, s.lastSuccessAt ?? 'never', String(s.failures), s.lastError ? `${s.lastError.code} ${s.lastError.message}` : ''])]);
      // Alerts that need a look: never claimed yet is normal, stuck is not.
      io.stdout(`\nAlerts: ${outbox.undelivered} waiting, ${outbox.stuck.length} stuck\n`);
      for (const s of outbox.stuck) io.stdout(`  ${s.changeId}  ${s.phase}${s.expired ? ' (claim expired)' : ''}  ${s.attempts} attempt(s)  ${s.project}${s.lastError ? `  ${s.lastError}` : ''}\n`);
      return 0;
    }
    const projects = await store.listProjects({ status: parseStatus(stringArg(args, 'status')), org: stringArg(args, 'org') });
    projects.sort((a, b) => a.projectId.localeCompare(b.projectId));
    if (args.values.json) {
      printJson(io, { projects: projects.map(presentState) });
      return 0;
    }
    if (projects.length === 0) {
      io.stdout('No projects yet. Run `radar run` (or `radar demo`) first.\n');
      return 0;
    }
    table(io, [
      ['PROJECT', 'ORG', 'STATUS', 'SINCE', 'NEXT'],
      ...projects.map((p) => [p.projectId, p.org ?? '', statusLabel(p), p.statusSince, p.nextMilestone ? `${p.nextMilestone.status} ${p.nextMilestone.when?.from ?? ''}` : '']),
    ]);
    return 0;
  });

/** Finds a project by id, or by a name/alias of its state (case- and space-insensitive). */
function matchProject(projects: ProjectState[], query: string): ProjectState | undefined {
  const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  const q = norm(query);
  return projects.find((p) => norm(p.projectId) === q) ?? projects.find((p) => norm(p.name) === q) ?? projects.find((p) => norm(p.name).includes(q));
}

export const showCommand: Command = (args, io, context) =>
  withRuntime(context, io, async ({ store, config }) => {
    const query = args.positionals[0];
    if (!query) throw new InputError('show needs a PROJECT id or name');
    let record = await store.getProject(query);
    if (!record) {
      const alias = config.watchlist.projects.find((p) => p.names.some((n) => n.toLowerCase() === query.toLowerCase()));
      const found = alias ? { projectId: alias.id } : matchProject(await store.listProjects(), query);
      record = found ? await store.getProject(found.projectId) : null;
    }
    if (!record) throw new InputError(`no project "${query}" (see radar status)`);
    if (args.values.json) {
      printJson(io, { project: presentState(record.state), events: record.events });
      return 0;
    }
    const s = record.state;
    io.stdout(`${s.name} (${s.projectId})${s.org ? ` — ${s.org}` : ''}\n  status  ${statusLabel(s)} since ${s.statusSince}\n`);
    if (s.nextMilestone) io.stdout(`  next    ${s.nextMilestone.status} ${s.nextMilestone.when ? `${s.nextMilestone.when.text} (${s.nextMilestone.when.from}..${s.nextMilestone.when.to})` : ''}\n`);
    io.stdout(`  sources ${s.sources.join(', ')}\n\nTimeline:\n`);
    for (const e of record.events) {
      io.stdout(`  ${(e.when?.from ?? e.publishedAt.slice(0, 10)).padEnd(10)}  ${e.status.padEnd(20)} ${e.modality.padEnd(8)}  ${e.evidence}\n              ${e.url}\n`);
    }
    return 0;
  });

export const changesCommand: Command = (args, io, context) =>
  withRuntime(context, io, async ({ store }) => {
    const since = parseSince(stringArg(args, 'since') ?? '7d', io.now());
    const changes = (await store.listChangesSince(since)).sort((a, b) => a.at.localeCompare(b.at));
    if (args.values.json) {
      printJson(io, { since, changes });
      return 0;
    }
    if (changes.length === 0) io.stdout(`No changes since ${since}.\n`);
    for (const c of changes) io.stdout(`${c.at.slice(0, 16).replace('T', ' ')}  ${c.project}: ${c.kind === 'slip' ? 'slip' : `${c.from ?? '(new)'} -> ${c.to}`}\n    ${c.evidence}\n    ${c.url}\n`);
    return 0;
  });
