/**
 * `npm run bench`: throughput of the pipeline's CPU stages next to peer libraries, on
 * the same inputs in the same run. Each case runs in its own child process, so peak
 * memory (max RSS) is the case's own; speeds are medians of several timed rounds.
 * Machines are shared and noisy: read the ratios, not the absolute numbers.
 *
 *   feeds    our parseFeed      vs rss-parser, fast-xml-parser (parse only)
 *   extract  our extractArticle vs @mozilla/readability on jsdom and on linkedom
 *   detect   our detector       vs splitting sentences alone (the floor)
 *   dev-set  the real-news development set's sentences (../shared/devset, read at run
 *            time; skipped when absent): the cue-dense case, in-process and through
 *            `radar analyze --jsonl` with the process start-up measured apart. Target
 *            >= 20,000 sentences/s.
 *   scaling  one article with a 40 KB and one with a 400 KB "sentence" (no full stops):
 *            MB/s should not fall with size (linear time); the 1 MB one in under 1 s.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { CASES, PEER_DIR, type BenchCase, type SelfTimed } from './cases';

const ROOT = join(__dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 1500);

interface Result {
  name: string;
  unit: string;
  perSecond: number;
  /** Units per second of this process's CPU time (user + system): steadier than wall time on a busy machine. */
  perCpuSecond?: number;
  peakRssMb: number;
  note?: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs in the child: warm up, then time ROUNDS rounds over all inputs. */
async function runCase(bench: BenchCase): Promise<void> {
  const inputs = bench.load(ROOT);
  const run = await bench.prepare();
  let units = 0;
  const unitsOf = (r: number | SelfTimed): number => (typeof r === 'number' ? r : r.units);
  for (const input of inputs) units += unitsOf(await run(input)); // the unit count
  // Warm up until the JIT has settled (at least WARMUP_MS), so the rounds measure steady
  // state: with one pass only, a larger code path is penalised for its compile time.
  for (const start = Date.now(); Date.now() - start < WARMUP_MS; ) for (const input of inputs) await run(input);
  const rates: number[] = [];
  const cpuRates: number[] = [];
  const notes: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    let selfTimed = 0;
    let selfCpu: number | undefined;
    let timedItself = false;
    for (const input of inputs) {
      const r = await run(input);
      if (typeof r !== 'number') {
        timedItself = true;
        selfTimed += r.seconds;
        if (r.cpuSeconds !== undefined) selfCpu = (selfCpu ?? 0) + r.cpuSeconds;
        if (r.note) notes.push(r.note);
      }
    }
    const seconds = timedItself ? selfTimed : Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(units / seconds);
    const used = process.cpuUsage(cpu);
    // A case that times a child process has no CPU time of its own to show.
    if (!timedItself) cpuRates.push(units / ((used.user + used.system) / 1e6));
    else if (selfCpu !== undefined) cpuRates.push(units / selfCpu);
  }
  const middle = notes.length > 0 ? `; ${[...notes].sort()[Math.floor(notes.length / 2)]} (median round)` : '';
  const result: Result = { name: bench.name, unit: bench.unit, perSecond: median(rates), ...(cpuRates.length > 0 ? { perCpuSecond: median(cpuRates) } : {}), peakRssMb: process.resourceUsage().maxRSS / 1024, note: `${inputs.length} inputs, ${fmt(units)} ${bench.unit}${middle}` };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function fmt(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1);
}

async function main(): Promise<void> {
  const only = process.argv.indexOf('--case');
  if (only >= 0) {
    const bench = CASES.find((c) => c.name === process.argv[only + 1]);
    if (!bench) throw new Error(`unknown case ${process.argv[only + 1]}`);
    return runCase(bench);
  }
  const filter = process.argv[2];
  const groups = [...new Set(CASES.map((c) => c.group))].filter((g) => !filter || g === filter);
  console.log(`Project Radar benchmarks · node ${process.version} · ${WARMUP_MS} ms warm-up, then the median of ${ROUNDS} rounds · one process per case`);
  if (!existsSync(PEER_DIR(ROOT))) {
    console.log(`SKIPPED: ${PEER_DIR(ROOT)} is missing, so the peer feeds and the 37 peer news pages are left out: only our own fixtures and the synthetic site pages are measured`);
  }
  console.log('');
  for (const group of groups) {
    const rows: Result[] = [];
    const skipped: string[] = [];
    for (const bench of CASES.filter((c) => c.group === group)) {
      const reason = bench.skip?.(ROOT);
      if (reason !== undefined) {
        skipped.push(`  ${bench.name}: ${reason}`);
        continue;
      }
      const child = spawnSync(process.execPath, [__filename, '--case', bench.name], { encoding: 'utf8', maxBuffer: 1 << 24 });
      const line = child.stdout.trim().split('\n').pop() ?? '';
      try {
        rows.push(JSON.parse(line) as Result);
      } catch {
        rows.push({ name: bench.name, unit: bench.unit, perSecond: NaN, peakRssMb: NaN, note: `failed: ${(child.stderr || 'no output').trim().split('\n')[0]}` });
      }
    }
    const baseline = rows[0]?.perSecond ?? NaN;
    console.log(`${group}`);
    for (const line of skipped) console.log(line);
    if (rows.length === 0) {
      console.log('');
      continue;
    }
    console.log(`  ${'case'.padEnd(38)} ${'per second'.padStart(18)} ${'per CPU s'.padStart(10)} ${'vs first'.padStart(9)} ${'peak RSS'.padStart(9)}  inputs`);
    for (const r of rows) {
      const cpu = r.perCpuSecond === undefined ? '-' : fmt(r.perCpuSecond);
      console.log(`  ${r.name.padEnd(38)} ${`${fmt(r.perSecond)} ${r.unit}`.padStart(18)} ${cpu.padStart(10)} ${`${(r.perSecond / baseline).toFixed(2)}x`.padStart(9)} ${`${fmt(r.peakRssMb)} MB`.padStart(9)}  ${r.note ?? ''}`);
    }
    console.log('');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
