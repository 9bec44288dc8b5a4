/**
 * The pure core (parsing, extraction, detection, state rules) takes values and returns
 * values: no AWS, no network, no file system. This keeps it fast, testable and portable.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LIB = join(__dirname, '..', '..', 'lib');
const PURE = ['detect', 'feeds', 'extract', 'state', 'text'];
const FORBIDDEN = /from\s+['"](@aws-sdk\/[^'"]+|undici|node:fs|fs|node:fs\/promises|node:http|node:net|node:dns)['"]|require\(['"](undici|fs|node:fs)['"]\)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe.each(PURE)('lib/%s', (folder) => {
  it('imports no AWS SDK, undici, file system or network module', () => {
    const offenders = files(join(LIB, folder)).filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
