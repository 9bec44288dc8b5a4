/**
 * The content-hash cache of Lambda bundles: an unchanged synth reuses the bundle, a
 * changed input or build option rebuilds it. Built with the real esbuild in a scratch
 * project folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_OPTIONS, bundleFunction } from '../../cdk/constructs/radar-bundle';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'radar-bundle-'));
  mkdirSync(join(root, 'functions'));
  mkdirSync(join(root, 'lib'));
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
  writeFileSync(join(root, 'lib', 'greeting.ts'), "export const greeting = 'annyeong';\n");
  writeFileSync(join(root, 'functions', 'hello.ts'), "import { greeting } from '../lib/greeting';\nexport const handler = async () => greeting;\n");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('bundleFunction', () => {
  it('builds once, then reuses the bundle while no input changed', () => {
    const first = bundleFunction(root, 'functions/hello.ts');
    expect(first.cached).toBe(false);
    expect(readFileSync(join(first.dir, 'index.js'), 'utf8')).toContain('annyeong');
    expect(bundleFunction(root, 'functions/hello.ts')).toEqual({ dir: first.dir, cached: true });
  });

  it('rebuilds when an imported file, the lockfile or the options change', () => {
    bundleFunction(root, 'functions/hello.ts');
    writeFileSync(join(root, 'lib', 'greeting.ts'), "export const greeting = 'bangapseumnida';\n");
    const changed = bundleFunction(root, 'functions/hello.ts');
    expect(changed.cached).toBe(false);
    expect(readFileSync(join(changed.dir, 'index.js'), 'utf8')).toContain('bangapseumnida');

    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    expect(bundleFunction(root, 'functions/hello.ts').cached).toBe(false);
    expect(bundleFunction(root, 'functions/hello.ts', { ...BUNDLE_OPTIONS, minify: false }).cached).toBe(false);
    expect(bundleFunction(root, 'functions/hello.ts', { ...BUNDLE_OPTIONS, minify: false }).cached).toBe(true);
  });

  it('rebuilds when the cached output was removed', () => {
    const first = bundleFunction(root, 'functions/hello.ts');
    rmSync(join(first.dir, 'index.js'));
    expect(bundleFunction(root, 'functions/hello.ts').cached).toBe(false);
  });
});
