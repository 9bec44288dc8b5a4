/**
 * The benchmark cases. Inputs are our own fixtures, plus the peer suites in
 * `../shared/peer/` when that folder is present (read at run time, never copied).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { defaultConfig } from '../lib/config/load';
import { createDetector } from '../lib/detect';
import { splitSentences } from '../lib/detect/sentences';
import { extractArticle } from '../lib/extract';
import { parseFeed } from '../lib/feeds';
import { decodeText } from '../lib/text/charset';
import { articlePage } from './news-site';

/** The peer suites, read at run time when `../shared/peer` exists (never copied). */
export const PEER_DIR = (root: string) => join(root, '..', 'shared', 'peer');
const PEER_PAGES = (root: string) => join(PEER_DIR(root), 'readability-pages');
import { analyzeLike } from '../eval/analyze-like';
import { DEVSET_DIR, loadDevSet, type DevSentence } from '../eval/devset';

export interface BenchInput {
  data: Buffer;
  /** How many units (items, pages, sentences) one run over this input processes. */
  units: number;
}

/** A run that times itself (e.g. a child process, less its start-up). */
export interface SelfTimed {
  units: number;
  seconds: number;
  /** CPU time of this process for the same work, when the work ran in it. */
  cpuSeconds?: number;
  note?: string;
}

export interface BenchCase {
  group: 'feeds' | 'extract' | 'detect' | 'dev-set' | 'scaling';
  name: string;
  unit: string;
  load(root: string): BenchInput[];
  /** Why the case cannot run here (a missing shared folder), printed instead of a row. */
  skip?(root: string): string | undefined;
  /** Returns the function timed on each input; it returns the units processed, or its own timing. */
  prepare(): Promise<(input: BenchInput) => number | SelfTimed | Promise<number | SelfTimed>>;
}

function filesIn(dir: string, endings: RegExp): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => endings.test(n)).sort().map((n) => join(dir, n)) : [];
}

/** A large feed of our own making: 400 items, Korean and English, CDATA descriptions. */
function syntheticFeed(): Buffer {
  const items = Array.from({ length: 400 }, (_, i) => {
    const ko = i % 2 === 0;
    const title = ko ? `${i}번째 데이터센터 착공 소식과 반도체 공장 증설 계획` : `Item ${i}: chip plant construction update and cloud region news`;
    const body = ko ? '회사는 올해 하반기 착공해 2027년 가동할 계획이라고 밝혔다. '.repeat(6) : 'The company said it would begin construction later this year and open in 2027. '.repeat(6);
    return `<item><title>${title}</title><link>https://news.example/${i}?utm_source=rss</link><guid>https://news.example/${i}</guid><pubDate>Mon, 06 Nov 2023 09:${String(i % 60).padStart(2, '0')}:00 +0900</pubDate><description><![CDATA[<p>${body}</p>]]></description></item>`;
  });
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Synthetic</title><link>https://news.example/</link>${items.join('')}</channel></rss>`);
}

/**
 * Well-formed UTF-8 feeds only, so every peer can parse every input: our lenient cases
 * (raw ampersands, cut-off CDATA) and legacy encodings would only measure the peers' errors.
 */
function feedInputs(root: string): BenchInput[] {
  const peer = filesIn(join(PEER_DIR(root), 'feeds'), /(guardian|heise|reddit|narro|feedburner|rss-1|craigslist)\.(rss|atom)$/);
  const ours = filesIn(join(root, 'test', 'fixtures', 'feeds'), /\.(xml|rss|atom)$/);
  return [syntheticFeed(), ...[...ours, ...peer].map((f) => readFileSync(f))]
    .filter((data) => isUtf8(data) && XMLValidator.validate(data.toString('utf8')) === true)
    .map((data) => ({ data, units: (data.toString('latin1').match(/<(item|entry)[\s>]/g) ?? []).length }))
    .filter((i) => i.units > 0);
}

/** Pages like the cycle bench's loopback site serves: 100-200 KB, mostly scripts and chrome. */
function sitePages(): BenchInput[] {
  return Array.from({ length: 8 }, (_, i) => ({ data: Buffer.from(articlePage(1000 + i, i % 2 ? 'en' : 'ko')), units: 1 }));
}

function pageInputs(root: string): BenchInput[] {
  const peer = filesIn(PEER_PAGES(root), /^/).map((d) => join(d, 'source.html')).filter(existsSync);
  const ours = filesIn(join(root, 'test', 'fixtures', 'extract'), /\.html$/);
  return [...[...ours, ...peer].map((f) => ({ data: readFileSync(f), units: 1 })), ...sitePages()];
}

/** Article bodies as the pipeline sees them: the text extracted from the benchmark's pages. */
function newsTexts(root: string): BenchInput[] {
  return pageInputs(root)
    .map((page) => extractArticle(page.data))
    .map((article) => `${article.title}\n${article.text}`)
    .map((text) => ({ data: Buffer.from(text), units: splitSentences(text).length }));
}

/** The labelled corpus: nearly every sentence carries a status cue, the detector's worst case. */
function corpusTexts(root: string): string[] {
  const dir = join(root, 'test', 'fixtures', 'detect', 'articles');
  const articles = filesIn(dir, /\.txt$/).map((f) => readFileSync(f, 'utf8'));
  const sentences = filesIn(join(root, 'test', 'fixtures', 'detect'), /\.jsonl$/).flatMap((f) =>
    readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text),
  );
  // Sentences are grouped into article-sized texts of 20 so that per-article costs count.
  for (let i = 0; i < sentences.length; i += 20) articles.push(sentences.slice(i, i + 20).join('\n'));
  return articles;
}

function corpusInputs(root: string): BenchInput[] {
  return corpusTexts(root).map((text) => ({ data: Buffer.from(text), units: splitSentences(text).length }));
}

function detectorCase(name: string, unit: 'sentences' | 'articles', load: (root: string) => BenchInput[]): BenchCase {
  return {
    group: 'detect', name, unit, load,
    prepare: async () => {
      const detector = createDetector(defaultConfig().watchlist);
      return (input) => {
        detector.detect({ text: input.data.toString('utf8'), published: '2024-05-14' });
        return unit === 'sentences' ? input.units : 1;
      };
    },
  };
}

// ---------------------------------------------------------------------------------------
// The development set: real-news sentences, nearly all with a cue (the cue-dense case)

const devSetDir = (root: string) => join(root, DEVSET_DIR);
const devSetMissing = (root: string) => (loadDevSet(devSetDir(root)) ? undefined : `skipped: ${devSetDir(root)} is not there`);

/** One input: every sentence of the development set as `radar analyze --jsonl` records. */
function devSetInputs(root: string): BenchInput[] {
  const sentences = (loadDevSet(devSetDir(root)) ?? []).flatMap((set) => set.sentences);
  if (sentences.length === 0) return [];
  const jsonl = sentences.map((s) => JSON.stringify({ id: s.id, text: s.text, lang: s.lang, ...(s.published ? { published: s.published } : {}) })).join('\n');
  return [{ data: Buffer.from(`${jsonl}\n`), units: sentences.length }];
}

function recordsOf(input: BenchInput): DevSentence[] {
  return input.data.toString('utf8').split('\n').filter(Boolean).map((l) => {
    const r = JSON.parse(l) as { id: string; text: string; lang: 'ko' | 'en'; published?: string };
    return { id: r.id, text: r.text, lang: r.lang, status: 'NONE', published: r.published };
  });
}

const CLI = join(__dirname, '..', 'bin', 'radar.js');

function timedCli(stdin: Buffer): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [CLI, 'analyze', '--jsonl'], { input: stdin, maxBuffer: 1 << 28, env: { ...process.env, RADAR_DATA_DIR: join(tmpdir(), 'radar-bench') } });
  if (child.status !== 0) throw new Error(`radar analyze --jsonl exited ${child.status}: ${child.stderr.toString().split('\n')[0]}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

// ---------------------------------------------------------------------------------------
// Scaling: an article with one enormous "sentence" (a page without full stops)

/**
 * An article of `totalKb` kilobytes of our labelled corpus's sentences, one line per
 * paragraph, with one line of `sentenceKb` kilobytes in the middle made of the same
 * sentences with their full stops turned into commas: one "sentence" as the page has it.
 */
function longSentenceArticle(root: string, totalKb: number, sentenceKb: number): BenchInput[] {
  const sentences = corpusTexts(root).flatMap((t) => t.split('\n')).filter((l) => l.trim() !== '');
  const fill = (kb: number, joiner: (s: string) => string): string => {
    const out: string[] = [];
    let length = 0;
    // A prime stride samples the whole corpus evenly, so the small and the large article read alike.
    for (let i = 0; length < kb * 1000; i++) {
      const piece = joiner(sentences[(i * 7919) % sentences.length]!);
      out.push(piece);
      length += piece.length + 1;
    }
    return out.join(' ').slice(0, kb * 1000);
  };
  const half = fill((totalKb - sentenceKb) / 2, (s) => `${s}\n`);
  const long = fill(sentenceKb, (s) => s.replace(/[.!?。]+(?=\s|$)/g, ',').replace(/\n/g, ' '));
  const text = `${half}\n${long}\n${half}`;
  return [{ data: Buffer.from(text), units: text.length / 1e6 }];
}

function scalingCase(name: string, totalKb: number, sentenceKb: number): BenchCase {
  return {
    group: 'scaling', name, unit: 'MB', load: (root) => longSentenceArticle(root, totalKb, sentenceKb),
    prepare: async () => {
      const detector = createDetector(defaultConfig().watchlist);
      return (input) => {
        const text = input.data.toString('utf8');
        const cpu = process.cpuUsage();
        const start = process.hrtime.bigint();
        detector.detect({ text, published: '2024-05-14' });
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        const used = process.cpuUsage(cpu);
        const cpuSeconds = (used.user + used.system) / 1e6;
        return { units: input.units, seconds, cpuSeconds, note: `${Math.round(seconds * 1000)} ms per article (${Math.round(cpuSeconds * 1000)} ms CPU)` };
      };
    },
  };
}

export const CASES: BenchCase[] = [
  {
    group: 'feeds', name: 'radar parseFeed', unit: 'items', load: feedInputs,
    prepare: async () => (input) => parseFeed(input.data).items.length,
  },
  {
    // Every case starts from the bytes a fetch returns; rss-parser takes a string, so its
    // timing includes the UTF-8 decode that parseFeed does itself.
    group: 'feeds', name: 'rss-parser parseString', unit: 'items', load: feedInputs,
    prepare: async () => {
      const Parser = (await import('rss-parser')).default;
      const parser = new Parser();
      return async (input) => (await parser.parseString(input.data.toString('utf8'))).items.length;
    },
  },
  {
    group: 'feeds', name: 'fast-xml-parser (XML only)', unit: 'items', load: feedInputs,
    prepare: async () => {
      const { XMLParser } = await import('fast-xml-parser');
      const parser = new XMLParser({ ignoreAttributes: false, processEntities: true });
      return (input) => {
        parser.parse(input.data.toString('utf8'));
        return input.units;
      };
    },
  },
  {
    group: 'extract', name: 'radar extractArticle', unit: 'pages', load: pageInputs,
    prepare: async () => (input) => (extractArticle(input.data).text.length >= 0 ? 1 : 0),
  },
  {
    // The floor: the same bytes decoded and parsed once by htmlparser2, nothing else.
    group: 'extract', name: 'htmlparser2 parseDocument (floor)', unit: 'pages', load: pageInputs,
    prepare: async () => {
      const { parseDocument } = await import('htmlparser2');
      return (input) => (parseDocument(decodeText(input.data).text).children.length >= 0 ? 1 : 0);
    },
  },
  {
    group: 'extract', name: 'cheerio.load + .text()', unit: 'pages', load: pageInputs,
    prepare: async () => {
      const { load } = await import('cheerio');
      return (input) => (load(decodeText(input.data).text)('body').text().length >= 0 ? 1 : 0);
    },
  },
  {
    group: 'extract', name: 'Readability on jsdom', unit: 'pages', load: pageInputs,
    prepare: async () => {
      const { JSDOM, VirtualConsole } = await import('jsdom');
      const { Readability } = await import('@mozilla/readability');
      const quiet = new VirtualConsole();
      return (input) => {
        const dom = new JSDOM(input.data, { virtualConsole: quiet });
        new Readability(dom.window.document).parse();
        dom.window.close();
        return 1;
      };
    },
  },
  {
    group: 'extract', name: 'Readability on linkedom', unit: 'pages', load: pageInputs,
    prepare: async () => {
      const { parseHTML } = await import('linkedom');
      const { Readability } = await import('@mozilla/readability');
      return (input) => {
        const { document } = parseHTML(input.data.toString('utf8'));
        try {
          new Readability(document as unknown as Document).parse();
        } catch {
          // linkedom lacks parts of the DOM Readability uses on some pages; the time still counts.
        }
        return 1;
      };
    },
  },
  {
    group: 'detect', name: 'split sentences only (floor)', unit: 'sentences', load: newsTexts,
    prepare: async () => (input) => splitSentences(input.data.toString('utf8')).length,
  },
  detectorCase('radar detector, news pages', 'sentences', newsTexts),
  detectorCase('radar detector, news pages (per article)', 'articles', newsTexts),
  {
    group: 'detect', name: 'extract the same pages (for scale)', unit: 'articles', load: pageInputs,
    prepare: async () => (input) => (extractArticle(input.data).text.length >= 0 ? 1 : 0),
  },
  detectorCase('radar detector, labelled corpus', 'sentences', corpusInputs),
  {
    group: 'dev-set', name: 'detector in-process (as analyze)', unit: 'sentences', load: devSetInputs, skip: devSetMissing,
    prepare: async () => {
      const analyze = analyzeLike(defaultConfig().watchlist, '2026-01-01');
      return (input) => {
        const records = recordsOf(input);
        for (const r of records) analyze.record(r.text, r.lang, r.published);
        return records.length;
      };
    },
  },
  {
    // The CLI end to end: a process per round, less the start-up of the same process on an
    // empty input (measured beside it each round); the note gives the start-up.
    group: 'dev-set', name: 'radar analyze --jsonl (less start-up)', unit: 'sentences', load: devSetInputs, skip: devSetMissing,
    prepare: async () => (input) => {
      const empty = timedCli(Buffer.from(''));
      const full = timedCli(input.data);
      return { units: input.units, seconds: Math.max(1e-6, full - empty), note: `start-up ${Math.round(empty * 1000)} ms, with it ${Math.round(input.units / full)} sentences/s` };
    },
  },
  scalingCase('100 KB article, one 40 KB sentence', 100, 40),
  scalingCase('1 MB article, one 400 KB sentence', 1000, 400),
];
