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
    io.stdout(`radar: ${config.sources.length} sources, ${config.watchlist.projects.length} watched projects, ${runtime.mode === 'local' ? `data in ${runtime.dataDir}` : 'AWS table'}\n`);
    if (server) io.stdout(`radar: status page and API on ${server.url}\n`);
    for (;;) {
      await oneCycle(runtime, io);
      if (args.values.once) return 0;
      const minutes = config.schedule.intervalMinutes;
      io.stdout(`radar: next cycle in ${minutes} min (Ctrl-C to stop)\n`);
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

async function oneCycle(runtime: Runtime, io: CliIo): Promise<void> {
  const started = Date.now();
  const result = await runCycle(runtime.config.sources, {
    ...runtime,
    minConfidence: runtime.config.alerts.minConfidence,
    confirmBelow: runtime.config.alerts.confirmBelow,
    discovered: discoveredAlertPolicy(runtime.config),
  }, { onReport: (report) => io.stdout(`${formatPollReport(report)}\n`) });
  const failed = result.polled.filter((r) => r.outcome === 'failed').length;
  io.stdout(
    `radar: cycle done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.polled.length} sources polled (${failed} failed), ${result.changes.length} changes, ${result.alerts.sent} alerts sent\n`,
  );
}
