/**
 * `radar config push [FILE]` and `radar config pull [--out FILE]`: the configuration of
 * a deployment lives in its table, so adding a source or a watchlist entry needs no
 * deploy. Push validates the file (every problem reported, nothing written), stores it
 * as the next version (refused if someone else pushed in between) and the Lambdas use it
 * within a minute. Pull prints what is stored, ready to edit and push again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, InputError } from '../../core/errors';
import { CONFIG_FILE_NAME } from '../../config/load';
import { stringArg, type Command } from '../command';
import type { CliIo } from '../io';

function deployment(io: CliIo) {
  const tableName = io.env.RADAR_TABLE_NAME;
  if (!tableName) throw new InputError('radar config works on a deployment: set RADAR_TABLE_NAME to the stack\'s TableName output (locally, edit radar.config.json)');
  return { tableName, endpoint: io.env.RADAR_DYNAMODB_ENDPOINT };
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new InputError(`cannot read ${path}: ${(cause as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ConfigError([`${path}: not valid JSON: ${(cause as Error).message}`]);
  }
}

export const configCommand: Command = async (args, io, context) => {
  const [action, file] = args.positionals;
  if (action !== 'push' && action !== 'pull') throw new InputError(`radar config push [FILE] or radar config pull [--out FILE], not "${action ?? ''}"`);
  const { tableName, endpoint } = deployment(io);
  // The SDK loads only here: the other commands never pay for it.
  const [{ documentClient }, remote] = await Promise.all([import('../../runtime/aws-clients'), import('../../config/remote')]);
  const doc = documentClient(endpoint);

  if (action === 'push') {
    const path = resolve(io.cwd, file ?? context.configPath ?? CONFIG_FILE_NAME);
    const raw = readJson(path);
    const stored = await remote.readStoredConfig(doc, tableName);
    const { config, version } = await remote.writeStoredConfig(doc, tableName, raw, { expectedVersion: stored?.version ?? 0, now: io.now(), updatedBy: io.env.USER, origin: path });
    const summary = { table: tableName, version, sources: config.sources.length, projects: config.watchlist.projects.length };
    if (args.values.json) io.stdout(`${JSON.stringify(summary)}\n`);
    else io.stdout(`pushed ${path} as version ${version} to ${tableName}: ${summary.sources} sources, ${summary.projects} watched projects (the functions use it within a minute)\n`);
    return 0;
  }

  if (file) throw new InputError('radar config pull takes no file; use --out FILE');
  const stored = await remote.readStoredConfig(doc, tableName);
  if (!stored) {
    io.stderr(`radar config: nothing pushed to ${tableName} yet; the deployment runs the configuration bundled at deploy time\n`);
    return 1;
  }
  const text = `${JSON.stringify(JSON.parse(stored.json), null, 2)}\n`;
  const out = stringArg(args, 'out');
  if (out) {
    writeFileSync(resolve(io.cwd, out), text);
    io.stderr(`wrote version ${stored.version} (${stored.updatedAt}${stored.updatedBy ? ` by ${stored.updatedBy}` : ''}) to ${out}\n`);
  } else io.stdout(text);
  return 0;
};
