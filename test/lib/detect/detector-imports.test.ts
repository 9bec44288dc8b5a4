/**
 * lib/detect is a pure core: it must not import AWS SDKs, undici or the file system, so it
 * runs the same in a Lambda, the CLI and a test. The files are scanned as text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../../../lib/detect');
const FORBIDDEN = [/from\s+['"]@aws-sdk\//, /from\s+['"]undici['"]/, /from\s+['"](?:node:)?fs(?:\/promises)?['"]/, /require\(\s*['"](?:@aws-sdk\/|undici|(?:node:)?fs)/, /import\(\s*['"](?:@aws-sdk\/|undici|(?:node:)?fs)/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('lib/detect imports', () => {
  const files = sourceFiles(ROOT);

  it('finds the detector sources', () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(expect.arrayContaining(['index.ts', 'detector.ts', 'entities.ts', 'rules/cues-ko.ts']));
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s imports no @aws-sdk, undici or node:fs', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    for (const pattern of FORBIDDEN) expect(source).not.toMatch(pattern);
  });
});
