/**
 * `radar run`: the main job. Polls the configured sources every
 * `schedule.intervalMinutes` (first cycle at once) and serves the status page and API;
 * `--once` runs one cycle and exits.
 */
import { listenHttp } from '../../api/http-server';
import { InputError } from '../../core/errors';
import { runCycle } from '../../pipeline/run-cycle';
import { discoveredAlertPolicy } from '../../state/discovered-policy';
import { configFor, runtimeFor, stringArg, type Command } from '../command';
import { formatPollReport } from '../report';
import { instantText } from '../../alert/format';
import type { Source, SourceState } from '../../core/types';
import { nextDue } from '../../pipeline/due-sources';
import { withoutCode } from '../errors';
import { createProgress } from '../progress';
import { sendLocalDigests } from './digest';
import { displayTimeZone } from './query';
import type { CliIo } from '../io';
import type { Runtime } from '../../runtime/deps';

function sleep(ms: number, until: Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void until.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port must be 0..65535, not "${value}"`);
  return port;
}

export const runCommand: Command = async (args, io, context) => {
  const config = configFor(context, io);
  // With --json, standard output holds one JSON line per cycle; the story goes to stderr.
  const json = args.values.json === true;
  const say = json ? io.stderr : io.stdout;
  const serve = !args.values.once && !args.values['no-serve'];
  // The port first: a busy one fails at once, before the database starts.
  const server = serve
    ? await listenHttp({ port: parsePort(stringArg(args, 'port'), config.server.port), host: config.server.host, allowPublic: args.values.public === true, warn: (line) => io.stderr(`${line}\n`) })
    : undefined;
  let runtime: Runtime;
  try {
    runtime = await runtimeFor(config, io, { write: (line) => io.stdout(`${line}\n`) });
  } catch (error) {
    await server?.close();
    throw error;
  }
  if (server) await server.attach((await import('../../api/app')).createApiApp({ ...runtime, watchlist: config.watchlist }));
  try {
    say(`radar: ${config.sources.length} sources, ${config.watchlist.projects.length} watched projects, ${runtime.mode === 'local' ? `data in ${runtime.dataDir}` : 'AWS table'}\n`);
    if (server) say(`radar: status page and API on ${server.url}\n`);
    // --force polls every source in the first cycle, due or not; later cycles keep the schedule.
    let force = args.values.force === true;
    for (;;) {
      await oneCycle(runtime, io, { force, json });
      force = false;
      if (args.values.once) return 0;
      const minutes = config.schedule.intervalMinutes;
      say(`radar: next cycle in ${minutes} min (Ctrl-C to stop)\n`);
      let stopped = false;
      void io.interrupted.then(() => (stopped = true));
      await sleep(minutes * 60_000, io.interrupted);
      if (stopped) return 0;
    }
  } finally {
    await server?.close();
    await runtime.close();
  }
};

async function oneCycle(runtime: Runtime, io: CliIo, options: { force: boolean; json: boolean }): Promise<void> {
  const say = options.json ? io.stderr : io.stdout;
  const started = Date.now();
  const sources = runtime.config.sources;
  const progress = createProgress(io);
  let done = 0;
  progress.update(`radar: polling ${sources.length} source(s)…`);
  const result = await runCycle(
    sources,
    {
      ...runtime,
      minConfidence: runtime.config.alerts.minConfidence,
      confirmBelow: runtime.config.alerts.confirmBelow,
      discovered: discoveredAlertPolicy(runtime.config),
    },
    {
      force: options.force,
      onReport: (report) => {
        progress.done();
        say(`${formatPollReport(report)}\n`);
        progress.update(`radar: ${++done} source(s) polled, last ${report.sourceId}…`);
      },
    },
  );
  progress.done();
  const failed = result.polled.filter((r) => r.outcome === 'failed').length;
  const waiting = notDue(sources, await runtime.store.listSourceStates(), result.polled.map((r) => r.sourceId), runtime.now());
  say(
    `radar: cycle done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.polled.length} of ${sources.length} sources polled (${failed} failed), ${result.changes.length} changes, ${result.alerts.sent} alerts sent\n`,
  );
  if (waiting.length) say(`radar: ${whyNotPolled(waiting, displayTimeZone(runtime.config))}\n`);
  // Daily subscribers: today's digests, once a day (each is claimed per day in the store).
  const digests = await sendLocalDigests(runtime.store, runtime.now, displayTimeZone(runtime.config), say);
  if (digests.sent || digests.failed) say(`radar: ${digests.sent} daily digest(s) sent${digests.failed ? `, ${digests.failed} failed` : ''}\n`);
  if (options.json) {
    io.stdout(
      `${JSON.stringify({
        polled: result.polled.map((r) => ({ sourceId: r.sourceId, outcome: r.outcome, items: r.items, newArticles: r.newArticles, events: r.events.length, changes: r.changes.length, error: r.error ? { code: r.error.code, message: withoutCode(r.error.code, r.error.message) } : undefined })),
        notDue: waiting.map((w) => ({ sourceId: w.sourceId, dueAt: new Date(w.at).toISOString(), reason: w.reason })),
        changes: result.changes,
        alerts: result.alerts,
      })}\n`,
    );
  }
}

interface Waiting {
  sourceId: string;
  at: number;
  reason: 'interval' | 'backoff' | 'never-fetched';
}

function notDue(sources: readonly Source[], states: SourceState[], polled: string[], now: Date): Waiting[] {
  const byId = new Map(states.map((s) => [s.sourceId, s]));
  return sources.filter((s) => !polled.includes(s.id)).map((s) => ({ sourceId: s.id, ...nextDue(s, byId.get(s.id), now) }));
}

/**
 * Why sources were not polled, in one line: "14 source(s) not due yet (the next,
 * etnews-all, at 2026-12-04 16:45 KST); radar run --force polls the ones not due yet now".
 */
export function whyNotPolled(waiting: Waiting[], timeZone: string): string {
  const backoff = waiting.filter((w) => w.reason === 'backoff');
  const interval = waiting.filter((w) => w.reason !== 'backoff').sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  if (interval.length) {
    const next = interval[0]!;
    parts.push(`${interval.length} source(s) not due yet (the next, ${next.sourceId}, at ${instantText(new Date(next.at).toISOString(), timeZone)})`);
  }
  if (backoff.length) {
    const until = Math.min(...backoff.map((b) => b.at));
    parts.push(`${backoff.length} backing off after failures (${backoff.map((b) => b.sourceId).join(', ')}; the first retry at ${instantText(new Date(until).toISOString(), timeZone)}; radar status --sources says why)`);
  }
  // --force does not override a backoff: it may be a server's Retry-After.
  return interval.length ? `${parts.join('; ')}; radar run --force polls the ones not due yet now` : parts.join('; ');
}
