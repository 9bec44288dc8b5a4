/**
 * Test helper: bundles a TypeScript entry into one CommonJS file a child process can run
 * with plain `node` (jest's transform does not reach child processes). Packages stay
 * external, so the file is written inside the repository where node_modules resolves.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export async function bundleChild(entry: string): Promise<string> {
  const outDir = join(ROOT, 'node_modules', '.cache', 'radar-test-children');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${basename(entry, '.ts')}-${process.pid}.js`);
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'error' });
  return outfile;
}
