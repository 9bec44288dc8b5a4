/**
 * `radar analyze`: detect status events in one document, or in many (`--jsonl`).
 * Output is the DESIGN section 6 contract: `{"published", "events": [Event...]}`.
 */
import type { DetectedEvent, Lang } from '../../core/types';
import { InputError } from '../../core/errors';
import { createDetector, type Detector } from '../../detect';
import { detectLang } from '../../detect/lang';
import { detectWithPublication, parsePublication, type Publication } from '../../detect/publication';
import { extractArticle } from '../../extract';
import { findPublishedInText } from '../../extract/text-date';
import { decodeText } from '../../text/charset';
import { localDay } from '../../text/dates';
import { configFor, stringArg, type Command } from '../command';
import { loadInput } from '../input';
import { printJson, type CliIo } from '../io';

/** The Event of the contract, in its field order, and nothing more. */
export function contractEvent(e: DetectedEvent) {
  return {
    project: e.project,
    projectId: e.projectId,
    org: e.org,
    status: e.status,
    modality: e.modality,
    when: e.when ? { text: e.when.text, from: e.when.from, to: e.when.to } : null,
    evidence: e.evidence,
    confidence: Math.round(e.confidence * 1000) / 1000,
  };
}

function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (value !== 'ko' && value !== 'en') throw new InputError(`--lang must be ko or en, not "${value}"`);
  return value;
}

/** `--published`: a day, or a month or year when that is all that is known. */
function parsePublishedFlag(value: string | undefined): Publication {
  if (value === undefined) return { precision: 'unknown', text: null };
  try {
    return parsePublication(value);
  } catch {
    throw new InputError(`--published must be YYYY-MM-DD (or YYYY-MM, YYYY), not "${value}"`);
  }
}

interface Document {
  title: string;
  text: string;
  publishedAt: string | null;
  lang: Lang;
}

/** Plain text: the first non-empty line is the title; the date comes from a byline if any. */
export function readPlainText(raw: string, langHint?: Lang): Document {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const title = first >= 0 ? (lines[first] ?? '').trim() : '';
  const text = first >= 0 ? lines.slice(first + 1).join('\n').trim() : '';
  const lang = langHint ?? detectLang(raw);
  return { title, text, publishedAt: findPublishedInText(raw, lang), lang };
}

/**
 * The given date wins, then the document's own; with neither the date is unknown
 * (`published: null`) and no event date is read relative to today (see detect/publication.ts).
 */
function analyzeDocument(detector: Detector, doc: Document, given: Publication, today: string) {
  const publication = documentPublication(given, doc);
  const events = detectWithPublication(detector, { title: doc.title, text: doc.text, lang: doc.lang }, publication, today);
  return { published: publication.text, events: events.map(contractEvent) };
}

/** The given date, else the document's own (a byline or JSON-LD date), else unknown. */
export function documentPublication(given: Publication, doc: Pick<Document, 'publishedAt' | 'lang'>): Publication {
  if (given.precision !== 'unknown' || !doc.publishedAt) return given;
  const day = localDay(doc.publishedAt, doc.lang);
  return { precision: 'day', text: day, day };
}

/** The id of a line that is not JSON, when one can still be read off it; else null. */
function idOfBrokenLine(line: string): string | number | null {
  const m = /"id"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?))/.exec(line);
  if (!m) return null;
  if (m[2] !== undefined) return Number(m[2]);
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return m[1]!;
  }
}

async function analyzeJsonl(io: CliIo, detector: Detector, today: string): Promise<number> {
  const input = decodeText(await io.readStdin()).text;
  let bad = 0;
  const lines = input.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let id: unknown = null;
    try {
      let record: { id?: unknown; text?: unknown; published?: unknown; lang?: unknown };
      try {
        record = JSON.parse(line);
      } catch {
        id = idOfBrokenLine(line);
        throw new InputError('not JSON');
      }
      if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new InputError('not a JSON object');
      id = record.id ?? null;
      if (typeof record.text !== 'string') throw new InputError('needs a "text" string');
      const lang = parseLang(record.lang === undefined || record.lang === null ? undefined : String(record.lang)) ?? detectLang(record.text);
      const published = parsePublication(record.published);
      const doc = readPlainText(record.text, lang);
      // A JSONL record is a text, not a file: its first line is not cut off as a title,
      // but it is still evidence, so the whole text goes in as the body.
      const result = analyzeDocument(detector, { ...doc, title: '', text: record.text }, published, today);
      io.stdout(`${JSON.stringify({ id, events: result.events })}\n`);
    } catch (error) {
      bad++;
      const reason = (error as Error).message;
      io.stderr(`radar analyze: line ${index + 1}: ${reason}\n`);
      // The error line keeps the record's id, so a caller can pair it with its input.
      io.stdout(`${JSON.stringify({ id, events: [], error: `line ${index + 1}: ${reason}` })}\n`);
    }
  });
  return bad > 0 ? 2 : 0;
}

export const analyzeCommand: Command = async (args, io, context) => {
  const config = configFor(context, io);
  const detector = createDetector(config.watchlist);
  const today = localDay(io.now().toISOString(), 'ko');
  const lang = parseLang(stringArg(args, 'lang'));
  const published = parsePublishedFlag(stringArg(args, 'published'));
  if (args.values.jsonl) return analyzeJsonl(io, detector, today);

  const input = await loadInput(args.positionals[0] ?? '-', io, config);
  let doc: Document;
  if (input.isHtml) {
    const page = extractArticle(input.body, { url: /^https?:/.test(input.origin) ? input.origin : undefined, contentType: input.contentType, defaultLang: lang });
    doc = { ...page, lang: lang ?? page.lang };
  } else {
    doc = readPlainText(decodeText(input.body, input.contentType).text, lang);
  }
  if (!doc.title && !doc.text) throw new InputError(`${input.origin}: no text to analyze`);
  const result = analyzeDocument(detector, doc, published, today);
  if (args.values.json) {
    printJson(io, result);
    return 0;
  }
  io.stdout(`${doc.title}\npublished ${result.published ?? 'unknown'} · ${result.events.length} event(s)\n`);
  for (const e of result.events) {
    const when = e.when ? ` [${e.when.text}: ${e.when.from}..${e.when.to}]` : '';
    io.stdout(`\n  ${e.status} (${e.modality}) ${e.project}${e.org ? ` — ${e.org}` : ''}${when}  conf ${e.confidence}\n    “${e.evidence}”\n`);
  }
  return 0;
};
