/**
 * `npm run eval`: runs the detector on the gold corpus and prints the scores.
 *
 *   node dist/eval.js [--verbose] [--limit N] [--json] [--lang ko|en]
 *                     [--corpus DIR] [--config FILE] [--devset DIR]
 *
 * After our own corpus it scores the real-news development set (`../shared/devset`, read
 * at run time, never copied; skipped with a note when the folder is missing): per-status
 * P/R/F1, article event F1 and the precision per confidence band (eval/devset.ts).
 *
 * Exit codes: 0 scored, 1 runtime failure, 2 bad usage or a malformed corpus/config.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeError, InputError, isRadarError } from '../lib/core/errors';
import { createDetector } from '../lib/detect';
import { formatReport } from './format';
import { analyzeLike } from './analyze-like';
import { DEVSET_DIR, formatDevReport, loadDevSet, runDevSet, scoreDevSet, type DevReport } from './devset';
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
      devset: { type: 'string', default: DEVSET_DIR },
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

  const devSets = loadDevSet(resolve(values.devset));
  const analyze = analyzeLike(watchlist, new Date().toISOString().slice(0, 10));
  const devReports: DevReport[] = (devSets ?? [])
    .filter((set) => values.lang === undefined || set.lang === values.lang)
    .map((set) => {
      const out = runDevSet(set, analyze);
      return scoreDevSet(set, out.sentences, out.articles);
    });

  if (values.json) {
    const { worst, ...numbers } = report;
    const output = values.verbose ? { ...numbers, worst: worst.slice(0, limit) } : numbers;
    process.stdout.write(`${JSON.stringify({ ...output, failures, elapsedMs: Math.round(elapsedMs), devset: devSets ? devReports : null }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatReport(report, { verbose: values.verbose, limit })}\n`);
    process.stdout.write(`\ndetector ran on ${items.length} items in ${Math.round(elapsedMs)} ms\n`);
    for (const f of failures) process.stderr.write(`detector threw on ${f.itemId}: ${f.message}\n`);
    process.stdout.write(`\nReal-news development set (${values.devset})\n`);
    if (!devSets) process.stdout.write(`  skipped: ${resolve(values.devset)} is not there\n`);
    for (const r of devReports) process.stdout.write(`${formatDevReport(r, values.verbose)}\n`);
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
