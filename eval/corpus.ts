/**
 * Turns the corpus files' text into evaluation items. Pure: the caller reads the files
 * (`load-corpus.ts`), so tests can feed strings. Every problem of a file is collected and
 * thrown at once in one {@link CorpusError}, the way config errors are reported.
 */
import { RadarError } from '../lib/core/errors';
import type { Lang } from '../lib/core/types';
import { articleExpectedSchema, sentenceRecordSchema } from './corpus-schema';
import type { GoldEvent, Tag } from './corpus-schema';

/** One unit the detector is run on: a sentence or a whole article. */
export interface EvalItem {
  /** `ko-0001` for a sentence, `articles/ko-01` for an article. */
  id: string;
  kind: 'sentence' | 'article';
  lang: Lang;
  published: string;
  /** The headline of an article; sentences have none. */
  title?: string;
  text: string;
  gold: GoldEvent[];
  tags: Tag[];
}

/** The corpus is malformed; `issues` lists every problem with its file and line. */
export class CorpusError extends RadarError {
  override name = 'CorpusError' as const;
  readonly issues: string[];
  constructor(issues: string[], message = `invalid evaluation corpus:\n  ${issues.join('\n  ')}`) {
    super('RADAR_EVAL_CORPUS', message);
    this.issues = issues;
  }
}

function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

/**
 * Parses a `sentences.<lang>.jsonl` file.
 *
 * @example
 * parseSentenceFile('{"id":"ko-0001","lang":"ko","published":"2024-05-14","text":"…","events":[],"tags":[]}\n', 'sentences.ko.jsonl');
 * // -> [{ id: 'ko-0001', kind: 'sentence', lang: 'ko', … }]
 */
export function parseSentenceFile(content: string, fileName: string): EvalItem[] {
  const items: EvalItem[] = [];
  const issues: string[] = [];
  const seen = new Set<string>();
  const fileLang = /sentences\.(ko|en)\.jsonl$/.exec(fileName)?.[1];
  content.split('\n').forEach((line, index) => {
    const where = `${fileName}:${index + 1}`;
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      issues.push(`${where}: not JSON (${(error as Error).message})`);
      return;
    }
    const parsed = sentenceRecordSchema.safeParse(json);
    if (!parsed.success) {
      issues.push(`${where}: ${describeIssues(parsed.error)}`);
      return;
    }
    const r = parsed.data;
    if (seen.has(r.id)) issues.push(`${where}: duplicate id ${r.id}`);
    seen.add(r.id);
    if (fileLang !== undefined && r.lang !== fileLang) issues.push(`${where}: lang ${r.lang} in a ${fileLang} file`);
    items.push({ id: r.id, kind: 'sentence', lang: r.lang, published: r.published, text: r.text, gold: r.events, tags: r.tags });
  });
  if (issues.length > 0) throw new CorpusError(issues);
  return items;
}

/**
 * Splits an article file: the first non-empty line is the headline, the rest (sub-headlines,
 * byline, paragraphs) is the text, as `radar analyze FILE` reads plain text.
 *
 * @example
 * splitArticle('\n제목\n입력 2023.11.24\n\n본문.') // -> { title: '제목', text: '입력 2023.11.24\n\n본문.' }
 */
export function splitArticle(content: string): { title: string; text: string } {
  const lines = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { title: '', text: '' };
  return { title: (lines[first] ?? '').trim(), text: lines.slice(first + 1).join('\n').trim() };
}

/**
 * Builds the item of one article from its `.txt` and `.expected.json` contents.
 *
 * @example
 * parseArticle('ko-01', '제목\n입력 2023.11.24\n\n본문.', '{"published":"2023-11-24","events":[…]}');
 */
export function parseArticle(name: string, txt: string, expectedJson: string): EvalItem {
  const where = `articles/${name}`;
  const lang = /^(ko|en)-/.exec(name)?.[1] as Lang | undefined;
  if (lang === undefined) throw new CorpusError([`${where}: name must start with ko- or en-`]);
  let json: unknown;
  try {
    json = JSON.parse(expectedJson);
  } catch (error) {
    throw new CorpusError([`${where}.expected.json: not JSON (${(error as Error).message})`]);
  }
  const parsed = articleExpectedSchema.safeParse(json);
  if (!parsed.success) throw new CorpusError([`${where}.expected.json: ${describeIssues(parsed.error)}`]);
  const { title, text } = splitArticle(txt);
  if (title === '' || text === '') throw new CorpusError([`${where}.txt: needs a headline and a body`]);
  return { id: where, kind: 'article', lang, published: parsed.data.published, title, text, gold: parsed.data.events, tags: parsed.data.tags ?? [] };
}
