/**
 * `radar serve`: the status page and API over the store, without polling.
 */
import { serveWhenReady } from '../../api/http-server';
import { InputError } from '../../core/errors';
import { configFor, runtimeFor, stringArg, type Command } from '../command';

export const serveCommand: Command = async (args, io, context) => {
  const config = configFor(context, io);
  const portArg = stringArg(args, 'port');
  const port = portArg === undefined ? config.server.port : Number(portArg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port must be 0..65535, not "${portArg}"`);
  const settings = { port, host: config.server.host, allowPublic: args.values.public === true, warn: (line: string) => io.stderr(`${line}\n`) };
  const { server, deps: runtime } = await serveWhenReady(settings, async () => Object.assign(await runtimeFor(config, io, { reader: true }), { watchlist: config.watchlist }));
  try {
    io.stdout(`radar: status page and API on ${server.url} (Ctrl-C to stop)\n`);
    await io.interrupted;
  } finally {
    await server.close();
    await runtime.close();
  }
  return 0;
};
