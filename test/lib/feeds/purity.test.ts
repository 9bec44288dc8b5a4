/**
 * The feed parser is pure core (STYLE.md): no I/O, no AWS, no HTTP client. Checked on the
 * source text of every module it is made of.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../lib');
const OWN_TEXT_MODULES = ['canonical-url.ts', 'tracking-params.ts', 'dates.ts', 'date-words.ts', 'html-text.ts', 'html-entities.ts'].map((f) => join(ROOT, 'text', f));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('feed parsing is pure', () => {
  const files = [...walk(join(ROOT, 'feeds')), ...OWN_TEXT_MODULES];
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s imports no I/O', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) expect(spec).not.toMatch(/^(@aws-sdk\/|undici|node:fs|fs$|node:http|node:net)/);
    expect(source).not.toMatch(/\bDate\.now\(|new Date\(\)/);
  });
});
