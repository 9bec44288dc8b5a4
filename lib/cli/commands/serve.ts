/**
 * `radar serve`: the status page and API over the store, without polling.
 */
import { startHttpServer } from '../../api/http-server';
import { InputError } from '../../core/errors';
import { configFor, runtimeFor, stringArg, type Command } from '../command';

export const serveCommand: Command = async (args, io, context) => {
  const config = configFor(context, io);
  const portArg = stringArg(args, 'port');
  const port = portArg === undefined ? config.server.port : Number(portArg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port must be 0..65535, not "${portArg}"`);
  const runtime = await runtimeFor(config, io);
  const server = await startHttpServer({ port, host: config.server.host }, runtime);
  io.stdout(`radar: status page and API on ${server.url} (Ctrl-C to stop)\n`);
  await io.interrupted;
  await server.close();
  await runtime.close();
  return 0;
};
