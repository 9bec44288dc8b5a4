/**
 * Powertools stays at the edge: only the handlers in `functions/` and the Lambda runtime
 * modules (`lib/runtime/lambda-*.ts`) load it, so the pure core, the store, the CLI and
 * the local runner never do.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

it('only functions/ and lib/runtime/lambda-*.ts import Powertools or the observability module', () => {
  const offenders = files(join(ROOT, 'lib'))
    .filter((file) => !/lib\/runtime\/lambda-[^/]+\.ts$/.test(file))
    .filter((file) => /from\s+['"](@aws-lambda-powertools\/[^'"]+|[./]+\/runtime\/lambda-observability|\.\/lambda-observability)['"]/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(ROOT, file));
  expect(offenders).toEqual([]);
});
