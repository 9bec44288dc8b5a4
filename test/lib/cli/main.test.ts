/**
 * The CLI's shell: help for every command, the version, suggestions for typos, exit
 * codes, and one-line errors (DESIGN section 6: 0 success, 1 runtime failure, 2 bad usage).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { version } from '../../../package.json';
import { COMMANDS } from '../../../lib/cli/registry';
import { hasControls } from '../../../lib/cli/sanitize';
import { radar } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'radar-main-'));
// Some cases open the embedded database: slow on a loaded machine.
jest.setTimeout(30_000);

describe('help', () => {
  it.each(COMMANDS.map((c) => c.name))('radar %s --help prints that command’s usage, options and examples on stdout, exit 0', async (name) => {
    const run = await radar([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^Usage: radar ${name} `));
    expect(run.stdout).toContain('--config <file>');
    expect(run.stdout).toContain('--verbose');
    expect(run.stdout).toContain('Examples:');
    // The same text from `radar help NAME`.
    expect((await radar(['help', name])).stdout).toBe(run.stdout);
  });

  it('radar --help lists every command, exit 0', async () => {
    const run = await radar(['--help']);
    expect(run.code).toBe(0);
    for (const { name } of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('bare radar is a usage error: a reason and the usage on stderr, exit 2', async () => {
    const run = await radar([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(/^radar: no command given; try radar demo/);
    expect(run.stderr).toContain('Usage: radar');
  });

  it.each([['--version'], ['-V']])('radar %s prints the package version', async (flag) => {
    const run = await radar([flag]);
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('usage errors: exit 2 and one line on stderr that says what to do', () => {
  it.each([
    [['stauts'], /^radar: unknown command 'stauts'; did you mean status\?$/],
    [['analyze', '--jsn', '-'], /^radar analyze: unknown option '--jsn'; did you mean --json\?$/],
    [['status', '--sattus', 'x'], /^radar status: unknown option '--sattus'; did you mean --status\?$/],
    [['analyze', '--zzz'], /^radar analyze: unknown option '--zzz'; see radar analyze --help$/],
    [['show'], /^radar show: missing required argument 'project'; see radar show --help$/],
    [['show', 'a', 'b'], /^radar show: too many arguments/],
    [['status', '--org'], /^radar status: option '--org <org>' argument missing/],
    [['status', '--status', 'finished'], /^radar status: unknown status "finished"/],
    [['changes', '--since', 'yesterday'], /^radar changes: since must look like 7d/],
  ])('%j', async (argv, reason) => {
    const run = await radar(argv as string[], { env: { PATH: process.env.PATH, RADAR_DATA_DIR: join(dir, 'store') } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
    expect(run.stderr).not.toMatch(/RADAR_[A-Z_]+/);
  });

  it('an invalid configuration lists every problem at once, exit 2', async () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ schedule: { intervalMinutes: 0 }, server: { port: 'x' } }));
    const run = await radar(['status', '--config', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^radar status: the configuration has 2 problems:/);
    expect(run.stderr).toMatch(/schedule\.intervalMinutes/);
    expect(run.stderr).toMatch(/server\.port/);
  });

  it('--verbose adds the internal code', async () => {
    const plain = await radar(['analyze', join(dir, 'missing.txt')]);
    expect(plain.stderr).not.toMatch(/RADAR_BAD_INPUT/);
    const verbose = await radar(['analyze', join(dir, 'missing.txt'), '--verbose']);
    expect(verbose.code).toBe(2);
    expect(verbose.stderr).toMatch(/cannot read .* \[RADAR_BAD_INPUT\]/);
  });
});

describe('output hygiene', () => {
  it('strips terminal control characters from what a command prints', async () => {
    const path = join(dir, 'hostile.txt');
    writeFileSync(path, 'Evil\x1b]0;owned\x07 title\x1b[2J\n\n카카오가 시흥 제2데이터센터 건립 계획을 백지화했다.\x9b31m\n');
    const run = await radar(['analyze', path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Evil]0;owned title[2J');
    expect(hasControls(run.stdout)).toBe(false);
  });
});
