/**
 * `npm run bench`: throughput of the pipeline's CPU stages next to peer libraries, on
 * the same inputs in the same run. Each case runs in its own child process, so peak
 * memory (max RSS) is the case's own; speeds are medians of several timed rounds.
 * Machines are shared and noisy: read the ratios, not the absolute numbers.
 *
 *   feeds    our parseFeed      vs rss-parser, fast-xml-parser (parse only)
 *   extract  our extractArticle vs @mozilla/readability on jsdom and on linkedom
 *   detect   our detector       vs splitting sentences alone (the floor)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { CASES, PEER_DIR, type BenchCase } from './cases';

const ROOT = join(__dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 1500);

interface Result {
  name: string;
  unit: string;
  perSecond: number;
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
  for (const input of inputs) units += await run(input); // the unit count
  // Warm up until the JIT has settled (at least WARMUP_MS), so the rounds measure steady
  // state: with one pass only, a larger code path is penalised for its compile time.
  for (const start = Date.now(); Date.now() - start < WARMUP_MS; ) for (const input of inputs) await run(input);
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (const input of inputs) await run(input);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(units / seconds);
  }
  const result: Result = { name: bench.name, unit: bench.unit, perSecond: median(rates), peakRssMb: process.resourceUsage().maxRSS / 1024, note: `${inputs.length} inputs, ${units} ${bench.unit}` };
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
    for (const bench of CASES.filter((c) => c.group === group)) {
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
    console.log(`  ${'case'.padEnd(34)} ${'per second'.padStart(12)} ${'vs first'.padStart(9)} ${'peak RSS'.padStart(9)}  inputs`);
    for (const r of rows) {
      console.log(`  ${r.name.padEnd(34)} ${`${fmt(r.perSecond)} ${r.unit}`.padStart(12)} ${`${(r.perSecond / baseline).toFixed(2)}x`.padStart(9)} ${`${fmt(r.peakRssMb)} MB`.padStart(9)}  ${r.note ?? ''}`);
    }
    console.log('');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
