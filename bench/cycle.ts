/**
 * `npm run bench:cycle [-- --full] [-- --sizes 20,100]`: the whole local polling cycle,
 * `radar run --once` as users run it, against a loopback news site (`news-site.ts`,
 * one port per source, 20 articles of 100–200 KB per feed) served from another process.
 *
 * For each size it runs three cycles on one data folder:
 *   first        every article is new (20 per source)
 *   nothing new  every feed answers 304
 *   one new      every feed changed and lists one new article
 * and prints wall time, CPU (all threads of the radar process, the embedded DynamoDB
 * included), CPU per new article, peak RSS and DynamoDB calls (per source, per new
 * article, by command). A run of `radar run --once` with no sources is the fixed cost
 * (start-up, opening the database) that every row includes.
 *
 * 20 and 100 sources run by default; `--full` adds 500 (a few minutes). Machines are
 * shared and noisy: compare ratios and rows of one run. `--profile DIR` writes a CPU
 * profile of each radar run.
 */
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ITEMS_PER_FEED, startNewsSite } from './news-site';

const ROOT = join(__dirname, '..');
/** `--profile DIR`: every radar run writes a V8 CPU profile there (open it in Chrome DevTools). */
const PROFILE_DIR = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : undefined;

interface Stats {
  cpuMs: number;
  maxRssMb: number;
  calls: Record<string, number>;
}

interface CycleRun extends Stats {
  wallMs: number;
  polled: number;
  failed: number;
  summary: string;
}

type SiteMessage = { feeds: string[]; langs: ('ko' | 'en')[] } | { generation: number } | { closed: true; cpuMs: number };

/** Child mode: serve the site for `sources` sources and obey the parent's messages. */
async function serveSite(sources: number): Promise<void> {
  const site = await startNewsSite(sources);
  process.send?.({ feeds: site.feeds, langs: site.langs });
  process.on('message', (message: { generation?: number; close?: boolean }) => {
    if (message.generation !== undefined) {
      site.setGeneration(message.generation);
      process.send?.({ generation: message.generation });
    }
    if (message.close) {
      void site.close().then(() => {
        const usage = process.resourceUsage();
        process.send?.({ closed: true, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }, () => process.exit(0));
      });
    }
  });
}

function runRadar(configPath: string, dataDir: string): Promise<CycleRun> {
  const statsFile = join(dataDir, `stats-${Date.now()}.json`);
  const env: NodeJS.ProcessEnv = { ...process.env, RADAR_DATA_DIR: dataDir, BENCH_STATS_FILE: statsFile };
  delete env.RADAR_TABLE_NAME;
  const started = process.hrtime.bigint();
  const profile = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, '--require', join(__dirname, 'bench-cycle-hook.js'), join(ROOT, 'bin', 'radar.js'), 'run', '--once', '--config', configPath], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`radar run --once exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
      const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as Stats;
      const summary = stdout.split('\n').find((l) => l.includes('cycle done')) ?? '';
      const polled = Number(/(\d+) sources polled/.exec(summary)?.[1] ?? NaN);
      const failed = Number(/\((\d+) failed\)/.exec(summary)?.[1] ?? NaN);
      resolve({ ...stats, wallMs, polled, failed, summary });
    });
  });
}

function sendAndWait(child: ReturnType<typeof fork>, message: object, until: (m: SiteMessage) => boolean): Promise<SiteMessage> {
  return new Promise((resolve) => {
    const onMessage = (m: SiteMessage) => {
      if (!until(m)) return;
      child.off('message', onMessage);
      resolve(m);
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

function bundledWatchlist(): unknown {
  return (JSON.parse(readFileSync(join(ROOT, 'radar.config.json'), 'utf8')) as { watchlist: unknown }).watchlist;
}

function writeConfig(dir: string, feeds: string[], langs: ('ko' | 'en')[]): string {
  const path = join(dir, 'radar.config.json');
  const config = {
    // No spacing between requests to one host: this measures our CPU, not politeness.
    fetch: { userAgent: 'ProjectRadar-bench/0.1 (+https://example.org/radar)', minSpacingMs: 0, allowHosts: ['127.0.0.1'] },
    // One minute is the shortest interval: every source is due again in the next cycle.
    sources: feeds.map((url, i) => ({ id: `s${i}`, url, kind: 'rss', lang: langs[i], intervalMinutes: 1 })),
    watchlist: bundledWatchlist(),
  };
  writeFileSync(path, JSON.stringify(config));
  return path;
}

const fmtS = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const fmtMs = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : '–');
const totalCalls = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');

function row(sources: number, phase: string, newArticles: number, run: CycleRun): string {
  const calls = totalCalls(run.calls);
  return [
    String(sources).padStart(7),
    phase.padEnd(12),
    String(newArticles).padStart(6),
    fmtS(run.wallMs).padStart(8),
    fmtS(run.cpuMs).padStart(8),
    fmtMs(newArticles ? run.cpuMs / newArticles : NaN).padStart(9),
    `${run.maxRssMb.toFixed(0)} MB`.padStart(8),
    String(calls).padStart(7),
    ratio(calls, sources).padStart(7),
    ratio(calls, newArticles).padStart(7),
    String(run.failed).padStart(6),
  ].join(' ');
}

function byCommand(calls: Record<string, number>): string {
  return Object.entries(calls).sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${n}`).join(', ');
}

async function measure(sources: number): Promise<void> {
  const site = fork(__filename, ['--site', String(sources)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = (await new Promise<SiteMessage>((resolve) => site.once('message', resolve))) as { feeds: string[]; langs: ('ko' | 'en')[] };
  const dir = mkdtempSync(join(tmpdir(), 'radar-bench-cycle-'));
  try {
    const config = writeConfig(dir, ready.feeds, ready.langs);
    const phases: [string, number, number][] = [
      ['first', 0, sources * ITEMS_PER_FEED],
      ['nothing new', 0, 0],
      ['one new', 1, sources],
    ];
    for (const [phase, generation, expectNew] of phases) {
      await sendAndWait(site, { generation }, (m) => 'generation' in m);
      const run = await runRadar(config, join(dir, 'data'));
      console.log(row(sources, phase, expectNew, run));
      console.log(`${' '.repeat(8)}DynamoDB: ${byCommand(run.calls) || 'none'}${run.polled !== sources ? ` · polled ${run.polled} of ${sources}!` : ''}`);
    }
  } finally {
    const closed = (await sendAndWait(site, { close: true }, (m) => 'closed' in m)) as { cpuMs: number };
    console.log(`${' '.repeat(8)}(the site's own CPU, another process: ${fmtS(closed.cpuMs)})`);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const siteArg = process.argv.indexOf('--site');
  if (siteArg >= 0) return serveSite(Number(process.argv[siteArg + 1]));
  const sizesArg = process.argv.indexOf('--sizes');
  const sizes = sizesArg >= 0 ? (process.argv[sizesArg + 1] ?? '').split(',').map(Number).filter((n) => n > 0) : [20, 100, ...(process.argv.includes('--full') ? [500] : [])];
  console.log(`Project Radar polling cycle · node ${process.version} · radar run --once against a loopback site, ${ITEMS_PER_FEED} articles per feed`);
  if (!process.argv.includes('--full') && sizesArg < 0) console.log('500 sources skipped (takes minutes): add --full');
  const empty = mkdtempSync(join(tmpdir(), 'radar-bench-cycle-'));
  try {
    const base = await runRadar(writeConfig(empty, [], []), join(empty, 'data'));
    console.log(`fixed cost (no sources): wall ${fmtS(base.wallMs)}, CPU ${fmtS(base.cpuMs)}, peak RSS ${base.maxRssMb.toFixed(0)} MB, ${totalCalls(base.calls)} DynamoDB calls\n`);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
  console.log(`${'sources'.padStart(7)} ${'cycle'.padEnd(12)} ${'new'.padStart(6)} ${'wall'.padStart(8)} ${'CPU'.padStart(8)} ${'CPU/new'.padStart(9)} ${'peak RSS'.padStart(8)} ${'DDB'.padStart(7)} ${'/source'.padStart(7)} ${'/new'.padStart(7)} ${'failed'.padStart(6)}`);
  for (const sources of sizes) await measure(sources);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
