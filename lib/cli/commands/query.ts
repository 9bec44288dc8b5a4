/**
 * `radar status`, `radar show`, `radar changes`: read the store the poller writes.
 * Filters take ids or any name in any case (`--org Kakao`, `--org 카카오`); dates show the
 * news date (when it happened or was reported) apart from when Radar saw it, in the
 * configured time zone.
 */
import { defaultTimeZone, instantText } from '../../alert/format';
import { presentState, statusLabel } from '../../api/present';
import { parseSince } from '../../api/since';
import { InputError } from '../../core/errors';
import type { ProjectState, RadarEvent } from '../../core/types';
import type { RadarConfig } from '../../config/schema';
import { withoutCode } from '../errors';
import { configFor, runtimeFor, stringArg, type Command, type CommandContext } from '../command';
import { printJson, type CliIo } from '../io';
import { parseStatus, resolveOrg, resolveProject } from '../names';
import type { Runtime } from '../../runtime/deps';

function table(io: CliIo, rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  for (const row of rows) io.stdout(`${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()}\n`);
}

async function withRuntime<T>(context: CommandContext, io: CliIo, fn: (rt: Runtime) => Promise<T>): Promise<T> {
  const runtime = await runtimeFor(configFor(context, io), io, { reader: true });
  try {
    return await fn(runtime);
  } finally {
    await runtime.close();
  }
}

/** The zone people read times in: `timeZone`, else by the language alerts are printed in. */
export function displayTimeZone(config: Pick<RadarConfig, 'timeZone' | 'alerts'>): string {
  return config.timeZone ?? defaultTimeZone(config.alerts.lang);
}

export const statusCommand: Command = (args, io, context) =>
  withRuntime(context, io, async ({ store, config }) => {
    if (args.values.sources) {
      const sources = await store.listSourceStates();
      if (args.values.json) printJson(io, { sources });
      else table(io, [['SOURCE', 'LAST SUCCESS', 'FAILURES', 'LAST ERROR'], ...sources.map((s) => [s.sourceId, s.lastSuccessAt ?? 'never', String(s.failures), s.lastError ? withoutCode(s.lastError.code, s.lastError.message) : ''])]);
      return 0;
    }
    const statusArg = stringArg(args, 'status');
    const orgArg = stringArg(args, 'org');
    const status = statusArg === undefined ? undefined : parseStatus(statusArg);
    let org: string | undefined;
    if (orgArg !== undefined) {
      // Discovered projects may belong to organisations not on the watchlist.
      const seen = orgArg ? [...new Set((await store.listProjects()).map((p) => p.org).filter((o): o is string => Boolean(o)))] : [];
      org = resolveOrg(config, orgArg, seen);
    }
    const projects = await store.listProjects({ status, org });
    projects.sort((a, b) => a.projectId.localeCompare(b.projectId));
    if (args.values.json) {
      printJson(io, { projects: projects.map(presentState) });
      return 0;
    }
    if (projects.length === 0) {
      const filtered = status || org;
      io.stdout(filtered ? `No project ${[status && `in status ${status}`, org && `of ${org}`].filter(Boolean).join(' ')} yet.\n` : 'No projects yet. Run `radar run` (or `radar demo`) first.\n');
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

/** The day an event is about: its resolved date, else the article's. */
function eventDay(e: RadarEvent): string {
  return e.when?.from ?? e.publishedAt.slice(0, 10);
}

/**
 * The timeline as people read it: oldest first by event date, and one line per claim
 * (the same MOU reported by three articles is one line with three sources).
 */
export function timeline(events: RadarEvent[]): { day: string; event: RadarEvent; sources: string[] }[] {
  const byClaim = new Map<string, { day: string; event: RadarEvent; sources: string[] }>();
  for (const e of events) {
    const key = `${eventDay(e)}|${e.status}|${e.modality}`;
    const seen = byClaim.get(key);
    if (!seen) byClaim.set(key, { day: eventDay(e), event: e, sources: [e.url] });
    else {
      if (!seen.sources.includes(e.url)) seen.sources.push(e.url);
      // Keep the surest report's evidence.
      if (e.confidence > seen.event.confidence) seen.event = e;
    }
  }
  return [...byClaim.values()].sort((a, b) => a.day.localeCompare(b.day) || a.event.publishedAt.localeCompare(b.event.publishedAt));
}

export const showCommand: Command = (args, io, context) =>
  withRuntime(context, io, async ({ store, config }) => {
    const query = args.positionals[0];
    if (!query) throw new InputError('show needs a PROJECT id or name');
    let record = await store.getProject(query);
    if (!record) {
      let id: string | undefined;
      try {
        id = resolveProject(config, query);
      } catch (error) {
        // Not on the watchlist: a discovered project, by its stored name; else the close matches.
        id = matchProject(await store.listProjects(), query)?.projectId;
        if (!id) throw error;
      }
      record = await store.getProject(id);
    }
    if (!record) throw new InputError(`"${query}" has no news yet (see radar status)`);
    if (args.values.json) {
      printJson(io, { project: presentState(record.state), events: record.events });
      return 0;
    }
    const s = record.state;
    io.stdout(`${s.name} (${s.projectId})${s.org ? ` — ${s.org}` : ''}\n  status  ${statusLabel(s)} since ${s.statusSince}\n`);
    if (s.nextMilestone) io.stdout(`  next    ${s.nextMilestone.status} ${s.nextMilestone.when ? `${s.nextMilestone.when.text} (${s.nextMilestone.when.from}..${s.nextMilestone.when.to})` : ''}\n`);
    io.stdout(`  sources ${s.sources.join(', ')}\n\nTimeline (news date, oldest first):\n`);
    for (const { day, event: e, sources } of timeline(record.events)) {
      const more = sources.length > 1 ? ` (+${sources.length - 1} more source${sources.length > 2 ? 's' : ''})` : '';
      io.stdout(`  ${day.padEnd(10)}  ${e.status.padEnd(20)} ${e.modality.padEnd(8)}  ${e.evidence}\n              ${e.url}${more}\n`);
    }
    return 0;
  });

export const changesCommand: Command = (args, io, context) =>
  withRuntime(context, io, async ({ store, config }) => {
    const since = parseSince(stringArg(args, 'since') ?? '7d', io.now());
    const changes = (await store.listChangesSince(since)).sort((a, b) => a.at.localeCompare(b.at));
    if (args.values.json) {
      printJson(io, { since, changes });
      return 0;
    }
    const zone = displayTimeZone(config);
    if (changes.length === 0) io.stdout(`No changes seen since ${instantText(since, zone)}.\n`);
    for (const c of changes) {
      const what = c.kind === 'slip' ? `slip ${c.from ?? '?'} -> ${c.to}` : `${c.from ?? '(new)'} -> ${c.to}`;
      io.stdout(`${c.newsDate ?? '(undated)'}  ${c.project}: ${what}\n    seen ${instantText(c.at, zone)}\n    ${c.evidence}\n    ${c.url}\n`);
    }
    return 0;
  });
