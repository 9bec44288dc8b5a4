/**
 * esbuild bundles for the Lambda functions, cached by content: `cdk synth` rebuilds a
 * function only when one of the files esbuild read for it (our sources; node_modules by
 * the lockfile's hash) or the build options changed. NodejsFunction re-bundled all five
 * on every synth (20-48 s here); with the cache an unchanged synth reuses every bundle.
 *
 * The cache lives in `node_modules/.cache/radar-bundles/<function>/`: a manifest of input
 * hashes and the last output. Deleting the folder is always safe.
 */
import { buildSync, version as esbuildVersion, type BuildOptions } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The build options every function shares (Node 24 runs code built for Node 22 and later). */
export const BUNDLE_OPTIONS: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Code that also runs on Node 22, should the runtime be pinned back.
  target: 'node22',
  // The SDK's ES module builds shake better than its CommonJS ones.
  mainFields: ['module', 'main'],
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  // The SDK is bundled (one pinned version, smaller cold start than the runtime's copy);
  // the embedded database is for laptops only and never loaded on Lambda.
  external: ['dynalite', 'classic-level', 'memory-level'],
  logLevel: 'warning',
};

interface Manifest {
  optionsHash: string;
  /** Input path (relative to the project root) -> sha256; node_modules files are covered by `lockHash`. */
  inputs: Record<string, string>;
  lockHash: string;
}

export interface BundleResult {
  /** A folder holding `index.js` (and its map), for `Code.fromAsset`. */
  dir: string;
  /** True when the cached bundle was reused. */
  cached: boolean;
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function fileHash(path: string): string | undefined {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined;
  }
}

/**
 * The bundle of `entry` (a path under `root`), built or taken from the cache.
 *
 * @example
 * bundleFunction(root, 'functions/api.ts').dir // => '<root>/node_modules/.cache/radar-bundles/api/out'
 */
export function bundleFunction(root: string, entry: string, options: BuildOptions = BUNDLE_OPTIONS): BundleResult {
  const name = entry.replace(/^.*\//, '').replace(/\.ts$/, '');
  const home = join(root, 'node_modules', '.cache', 'radar-bundles', name);
  const dir = join(home, 'out');
  const manifestPath = join(home, 'manifest.json');
  const optionsHash = sha256(JSON.stringify({ entry, options, esbuild: esbuildVersion }));
  const lockHash = fileHash(join(root, 'package-lock.json')) ?? 'none';

  if (existsSync(join(dir, 'index.js')) && existsSync(manifestPath)) {
    try {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
      const same = manifest.optionsHash === optionsHash && manifest.lockHash === lockHash && Object.entries(manifest.inputs).every(([path, hash]) => fileHash(join(root, path)) === hash);
      if (same) return { dir, cached: true };
    } catch {
      // An unreadable manifest: rebuild.
    }
  }

  // Built beside the cache and swapped in, so an interrupted build never leaves half a bundle.
  const fresh = join(home, `build-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  const result = buildSync({ ...options, entryPoints: [join(root, entry)], outfile: join(fresh, 'index.js'), absWorkingDir: root, metafile: true });
  const inputs: Record<string, string> = {};
  for (const path of Object.keys(result.metafile?.inputs ?? {})) {
    if (path.includes('node_modules/')) continue;
    const hash = fileHash(resolve(root, path));
    if (hash) inputs[path] = hash;
  }
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(fresh, dir);
  } catch (error) {
    // Another synth (a parallel test worker) swapped its identical build in first.
    if (!existsSync(join(dir, 'index.js'))) throw error;
    rmSync(fresh, { recursive: true, force: true });
  }
  writeFileSync(manifestPath, JSON.stringify({ optionsHash, inputs, lockHash } satisfies Manifest));
  return { dir, cached: false };
}
