// Bundles our TypeScript (not node_modules) into dist/ with esbuild in ~100 ms, so
// `npm start` always builds first and the CLI never runs stale code.
// `--cdk` builds the CDK app only (cdk.json runs it before every synth).
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', sourcemap: 'linked', logLevel: 'warning' };
const entries = process.argv.includes('--cdk')
  ? [['cdk/app.ts', 'dist/cdk-app.js']]
  : [
      ['lib/cli/main.ts', 'dist/cli.js'],
      // Worker threads of the local runner (lib/runtime/analysis-pool.ts) load this file.
      ['lib/runtime/analysis-worker.ts', 'dist/analysis-worker.js'],
      ['bench/main.ts', 'dist/bench.js'],
      ['bench/cycle.ts', 'dist/bench-cycle.js'],
      ['bench/cycle-hook.ts', 'dist/bench-cycle-hook.js'],
      ['bench/quiet.ts', 'dist/bench-quiet.js'],
      ['eval/main.ts', 'dist/eval.js'],
    ];
await Promise.all(entries.filter(([entry]) => existsSync(entry)).map(([entry, outfile]) => build({ ...common, entryPoints: [entry], outfile })));
