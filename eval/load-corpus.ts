/**
 * Reads the evaluation corpus from disk: every `sentences.*.jsonl` and every
 * `articles/<name>.txt` with its `<name>.expected.json`. All problems are reported at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusError, parseArticle, parseSentenceFile } from './corpus';
import type { EvalItem } from './corpus';

/** Where the corpus lives, relative to the repository root. */
export const DEFAULT_CORPUS_DIR = 'test/fixtures/detect';

/** Loads every item of the corpus in `dir`, sentences first (files sorted by name), then articles. */
export function loadCorpus(dir: string): EvalItem[] {
  const issues: string[] = [];
  const items: EvalItem[] = [];
  const collect = (run: () => void): void => {
    try {
      run();
    } catch (error) {
      if (error instanceof CorpusError) issues.push(...error.issues);
      else throw error;
    }
  };
  for (const file of readdirSync(dir).filter((f) => /^sentences\.[a-z]+\.jsonl$/.test(f)).sort()) {
    collect(() => items.push(...parseSentenceFile(readFileSync(join(dir, file), 'utf8'), file)));
  }
  const articleDir = join(dir, 'articles');
  if (existsSync(articleDir)) {
    const files = readdirSync(articleDir);
    const names = new Set(files.filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -'.txt'.length)));
    for (const f of files.filter((f) => f.endsWith('.expected.json'))) {
      const name = f.slice(0, -'.expected.json'.length);
      if (!names.has(name)) issues.push(`articles/${f}: no ${name}.txt beside it`);
    }
    for (const name of [...names].sort()) {
      const expected = join(articleDir, `${name}.expected.json`);
      if (!existsSync(expected)) {
        issues.push(`articles/${name}.txt: no ${name}.expected.json beside it`);
        continue;
      }
      collect(() => items.push(parseArticle(name, readFileSync(join(articleDir, `${name}.txt`), 'utf8'), readFileSync(expected, 'utf8'))));
    }
  }
  // An empty or mistyped directory would otherwise score as a quiet run of zeros.
  if (items.length === 0 && issues.length === 0) issues.push(`${dir}: no sentences.*.jsonl or articles/*.txt found`);
  if (issues.length > 0) throw new CorpusError(issues);
  return items;
}
