/**
 * `radar config push` / `pull` against a deployment's table (dynalite behind the real
 * DynamoDB client, named as the stack names it): validation before any write, versions,
 * and what the Lambdas' cached reader then sees.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../../lib/config/load';
import { createCachedConfig, readStoredConfig } from '../../../lib/config/remote';
import { documentClient } from '../../../lib/runtime/aws-clients';
import { ensureTable, startLocalDynamo } from '../../../lib/store/local-dynamo';
import { radar } from '../../helpers/cli';

const TABLE = 'radar-dev';
let database: { endpoint: string; close(): Promise<void> };
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  database = await startLocalDynamo({});
  await ensureTable(documentClient(database.endpoint), TABLE);
  dir = mkdtempSync(join(tmpdir(), 'radar-config-'));
  env = { PATH: process.env.PATH, RADAR_TABLE_NAME: TABLE, RADAR_DYNAMODB_ENDPOINT: database.endpoint, USER: 'editor' };
}, 30_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await database?.close();
});

const config = (ids: string[]) => ({
  sources: ids.map((id) => ({ id, url: `https://news.example/${id}/rss.xml`, kind: 'rss', lang: 'ko' })),
  watchlist: { orgs: [{ id: 'kakao', names: ['카카오', 'Kakao'] }], projects: [{ id: 'kakao-ansan-dc', org: 'kakao', names: ['안산 데이터센터'] }] },
});

describe('radar config', () => {
  it('needs a deployment to work on', async () => {
    const result = await radar(['config', 'pull'], { env: { PATH: process.env.PATH }, cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/RADAR_TABLE_NAME/);
  });

  it('says when nothing was pushed yet', async () => {
    const result = await radar(['config', 'pull'], { env, cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nothing pushed/);
  });

  it('pushes a file as a new version, pulls it back, and the functions see it', async () => {
    writeFileSync(join(dir, 'radar.config.json'), JSON.stringify(config(['yonhap-economy'])));
    const first = await radar(['config', 'push'], { env, cwd: dir });
    expect([first.code, first.stderr]).toEqual([0, '']);
    expect(first.stdout).toMatch(/version 1 .*1 sources, 1 watched projects/);

    writeFileSync(join(dir, 'next.json'), JSON.stringify(config(['yonhap-economy', 'etnews-it'])));
    const second = await radar(['config', 'push', 'next.json', '--json'], { env, cwd: dir });
    expect(JSON.parse(second.stdout)).toEqual({ table: TABLE, version: 2, sources: 2, projects: 1 });

    const pulled = await radar(['config', 'pull', '--out', 'pulled.json'], { env, cwd: dir });
    expect(pulled.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'pulled.json'), 'utf8'))).toEqual(config(['yonhap-economy', 'etnews-it']));
    expect(pulled.stderr).toMatch(/version 2 .* by editor/);

    const read = createCachedConfig({ read: () => readStoredConfig(documentClient(database.endpoint), TABLE), fallback: defaultConfig });
    expect((await read()).config.sources.map((s) => s.id)).toEqual(['yonhap-economy', 'etnews-it']);
  });

  it('refuses an invalid file with every problem, and leaves the stored version alone', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ sources: [{ id: 'x', url: 'not a url', kind: 'podcast', lang: 'ko' }] }));
    const result = await radar(['config', 'push', 'bad.json'], { env, cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/url/);
    expect(result.stderr).toMatch(/kind/);
    expect((await readStoredConfig(documentClient(database.endpoint), TABLE))?.version).toBe(2);
  });

  it('refuses an unknown action', async () => {
    const result = await radar(['config', 'apply'], { env, cwd: dir });
    expect(result.code).toBe(2);
  });
});
