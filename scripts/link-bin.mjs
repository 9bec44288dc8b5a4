// npm links the bins of dependencies into node_modules/.bin, never the project's own.
// `npx radar` finds it anyway; tools that call node_modules/.bin/radar directly (the peer
// scoring scripts, editors, CI steps) need the link, so `npm install` makes it.
import { existsSync, lstatSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const bin = join('node_modules', '.bin');
if (existsSync('node_modules')) {
  mkdirSync(bin, { recursive: true });
  const link = join(bin, 'radar');
  if (existsSync(link) || lstatSync(link, { throwIfNoEntry: false })) rmSync(link);
  symlinkSync(join('..', '..', 'bin', 'radar.js'), link);
}
