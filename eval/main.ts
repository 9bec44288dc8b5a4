/**
 * `npm run eval`: runs the detector on the gold corpus and prints the scores.
 *
 *   node dist/eval.js [--verbose] [--limit N] [--json] [--lang ko|en]
 *                     [--corpus DIR] [--config FILE]
 *
 * Exit codes: 0 scored, 1 runtime failure, 2 bad usage or a malformed corpus/config.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeError, InputError, isRadarError } from '../lib/core/errors';
import { createDetector } from '../lib/detect';
import { formatReport } from './format';
import { DEFAULT_CORPUS_DIR, loadCorpus } from './load-corpus';
import { runDetector } from './run';
import { scoreItems } from './score';
import { parseWatchlist } from './watchlist';

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      verbose: { type: 'boolean', short: 'v', default: false },
      json: { type: 'boolean', default: false },
      limit: { type: 'string', default: '40' },
      lang: { type: 'string' },
      corpus: { type: 'string', default: DEFAULT_CORPUS_DIR },
      config: { type: 'string', default: 'radar.config.json' },
    },
    strict: true,
  });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new InputError(`--limit wants a whole number, got ${values.limit}`);
  if (values.lang !== undefined && values.lang !== 'ko' && values.lang !== 'en') throw new InputError(`--lang is ko or en, got ${values.lang}`);

  const watchlist = parseWatchlist(readFileSync(resolve(values.config), 'utf8'));
  const items = loadCorpus(resolve(values.corpus)).filter((i) => values.lang === undefined || i.lang === values.lang);
  const detector = createDetector(watchlist);
  const started = performance.now();
  const { scored, failures } = runDetector((input) => detector.detect(input), items);
  const elapsedMs = performance.now() - started;
  const report = scoreItems(scored);

  if (values.json) {
    const { worst, ...numbers } = report;
    const output = values.verbose ? { ...numbers, worst: worst.slice(0, limit) } : numbers;
    process.stdout.write(`${JSON.stringify({ ...output, failures, elapsedMs: Math.round(elapsedMs) }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatReport(report, { verbose: values.verbose, limit })}\n`);
    process.stdout.write(`\ndetector ran on ${items.length} items in ${Math.round(elapsedMs)} ms\n`);
    for (const f of failures) process.stderr.write(`detector threw on ${f.itemId}: ${f.message}\n`);
  }
  return failures.length > 0 ? 1 : 0;
}

/** Error codes that mean "fix your input", not "the harness broke". */
const USAGE_CODES = new Set(['RADAR_BAD_INPUT', 'RADAR_CONFIG_INVALID', 'RADAR_EVAL_CORPUS']);

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Usage and corpus/config problems are the caller's to fix (2); anything else is ours (1).
  const parseArgsError = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`eval: ${describeError(error)}\n`);
  process.exitCode = parseArgsError || (isRadarError(error) && USAGE_CODES.has(error.code)) ? 2 : 1;
}
