/**
 * Finds the date phrases of one sentence and resolves each against the publication date:
 * "지난해 4월" in a 2023-11-24 article is 2022-04-01..2022-04-30, "early next year" in a
 * December article is January..March of the year after.
 *
 * One left-to-right pass: at each word start the Korean, English and numeric parsers
 * (./date-parse-*.ts) each try to read a phrase; the longest wins and the scan jumps past
 * it, so mentions never overlap. Two phrases joined by a range connector ("3월부터 6월까지",
 * "from March to June 2025", "between 2026 and 2028") become one mention. The resolver
 * (./date-resolve.ts) holds the rules for phrases that leave out their year; the words
 * themselves are data in ./rules/date-words-*.ts.
 */
import type { DateRange, Lang } from '../core/types';
import { InputError } from '../core/errors';
import { compareYmd, formatYmd, parseYmd, type Ymd } from './date-calendar';
import { parseEnAt } from './date-parse-en';
import { parseKoAt } from './date-parse-ko';
import { parseNumericAt } from './date-parse-numeric';
import { isAsciiLetter, isDigit, isHangul, skipSpaces, type ParsedDate } from './date-parse-util';
import { hasYear, inheritCalendar, resolveSpec, type DateSpec, type Resolved, type ResolveContext, type Tense } from './date-resolve';
import { detectLang } from './lang';
import {
  EN_CLAUSE_FUTURE,
  EN_CLAUSE_WORDS,
  EN_FUTURE_MARKERS,
  EN_PAST_MARKERS,
  EN_RANGE_CONNECTORS,
  EN_RANGE_OPENERS,
  EN_SHIFT_MARKERS,
  EN_SHIFT_WORDS,
} from './rules/date-words-en';
import {
  KO_CLAUSE_WINDOW,
  KO_FUTURE_MARKERS,
  KO_NOT_PAST_SS,
  KO_RANGE_CLOSERS,
  KO_RANGE_FROM,
  KO_RANGE_OPENERS,
  KO_SHIFT_MARKERS,
} from './rules/date-words-ko';

/** A date phrase found in a sentence: `text` is `sentence.slice(index, end)`. */
export interface DateMention extends DateRange {
  /** Offset of the phrase in the sentence. */
  index: number;
  /** Offset just past the phrase. */
  end: number;
}

/**
 * Date phrases of `sentence`, resolved against `published` (`YYYY-MM-DD`; a longer ISO
 * timestamp is cut to its date), ordered by `index`, never overlapping. `lang` only steers
 * the tense reading (detected when omitted); both languages' phrases are found either way.
 *
 * @throws InputError (`RADAR_BAD_INPUT`) when `published` is not a calendar date.
 * @example
 * findDates('내년 1분기 가동할 계획이다', '2023-11-24');
 * // [{ text: '내년 1분기', from: '2024-01-01', to: '2024-03-31', index: 0, end: 6 }]
 * findDates('The plant opened last March.', '2025-06-10');
 * // [{ text: 'last March', from: '2025-03-01', to: '2025-03-31', index: 16, end: 26 }]
 */
export function findDates(sentence: string, published: string, lang?: Lang): DateMention[] {
  const pub = parseYmd(published);
  if (!pub) throw new InputError(`published must be a YYYY-MM-DD date, got "${published}"`);
  const scan = new Scan(sentence, pub, lang);
  return scan.run();
}

class Scan {
  private lowered: string | undefined;
  private tense: Tense | undefined;
  private year: number | undefined;
  private month: number | undefined;

  constructor(
    private readonly s: string,
    private readonly pub: Ymd,
    private readonly lang: Lang | undefined,
  ) {
  }

  /** The sentence lower-cased, made on first use: most Korean sentences never need it. */
  private get lower(): string {
    return (this.lowered ??= this.s.toLowerCase());
  }

  run(): DateMention[] {
    const { s } = this;
    const out: DateMention[] = [];
    let i = 0;
    while (i < s.length) {
      const parsed = this.parseAt(i);
      if (!parsed) {
        i++;
        continue;
      }
      const phrase = this.extendRange(parsed);
      const mention = this.resolve(phrase);
      if (mention) out.push(mention);
      i = phrase.end;
    }
    return out;
  }

  /** The longest phrase any parser reads at `i`. */
  private parseAt(i: number): ParsedDate | undefined {
    const { s, lower } = this;
    const c = s.charCodeAt(i);
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0x20;
    if (isHangul(c)) return isHangul(prev) ? undefined : parseKoAt(s, i);
    if (isAsciiLetter(c)) {
      if (isAsciiLetter(prev) || isDigit(prev)) return undefined;
      const coded = c === 0x51 || c === 0x48 || c === 0x46 ? parseNumericAt(s, i) : undefined;
      return longer(coded, parseEnAt(s, lower, i));
    }
    if (isDigit(c)) {
      if (isDigit(prev)) return undefined;
      return longer(longer(parseNumericAt(s, i), parseKoAt(s, i)), parseEnAt(s, lower, i));
    }
    if (c === 0x27 || c === 0x2019) return longer(parseKoAt(s, i), parseEnAt(s, lower, i));
    return undefined;
  }

  /** Joins `a` and a following phrase into one range when a connector stands between them. */
  private extendRange(a: ParsedDate): ParsedDate {
    if (a.b) return this.closeKoRange(a, false) ?? a;
    const { s, lower } = this;
    let p = a.end;
    // Korean: "3월부터 6월까지", "2026~2028년", "3월에서 6월까지".
    for (const opener of KO_RANGE_OPENERS) {
      if (!s.startsWith(opener, p)) continue;
      const b = this.parseAt(skipSpaces(s, p + opener.length, 1));
      if (b && !b.b) return this.closeKoRange({ index: a.index, end: b.end, a: a.a, b: b.a }, false) ?? a;
    }
    if (s.startsWith(KO_RANGE_FROM, p)) {
      const b = this.parseAt(skipSpaces(s, p + KO_RANGE_FROM.length, 1));
      const closed = b && !b.b ? this.closeKoRange({ index: a.index, end: b.end, a: a.a, b: b.a }, true) : undefined;
      if (closed) return closed;
    }
    // English: "March to June 2025", "from 2026 through 2028", "between 2026 and 2028", "2026 - 2028".
    const opener = this.wordBefore(a.index);
    if (opener && EN_SHIFT_WORDS.has(this.wordBefore(opener.start)?.word ?? '')) return a;
    const pair = opener ? EN_RANGE_OPENERS[opener.word] : undefined;
    const connectors = pair ? [pair] : EN_RANGE_CONNECTORS;
    p = skipSpaces(s, p, 1);
    for (const connector of connectors) {
      const isWord = isAsciiLetter(connector.charCodeAt(0));
      if (!lower.startsWith(connector, p) || (isWord && isAsciiLetter(lower.charCodeAt(p + connector.length)))) continue;
      const q = skipSpaces(s, p + connector.length, 1);
      const b = this.parseAt(q);
      if (!b || b.b) continue;
      const index = opener && pair !== undefined ? opener.start : a.index;
      return { index, end: b.end, a: a.a, b: b.a };
    }
    return a;
  }

  /** Takes a closing "까지" / "사이" into the range; undefined when `required` ("에서 … 까지") and absent. */
  private closeKoRange(range: ParsedDate, required: boolean): ParsedDate | undefined {
    for (const closer of KO_RANGE_CLOSERS) {
      // "6월까지" is glued; "6월 사이" takes a space.
      const at = closer === '사이' ? skipSpaces(this.s, range.end, 1) : range.end;
      if (this.s.startsWith(closer, at)) return { ...range, end: at + closer.length };
    }
    return required ? undefined : range;
  }

  private resolve(phrase: ParsedDate): DateMention | undefined {
    const clause = this.clauseTense(phrase);
    const ctx: ResolveContext = { pub: this.pub, tense: clause ?? this.getTense(), planned: clause === 'future', ...this.carried() };
    const a: DateSpec = { ...phrase.a };
    const b: DateSpec | undefined = phrase.b ? { ...phrase.b } : undefined;
    let first: Resolved | undefined;
    if (b) {
      inheritCalendar(b, a);
      // "from March to June 2025": the first end takes the year written after the second,
      // unless that puts it after the second ("11월부터 내년 2월까지").
      const borrowed: DateSpec = { ...a };
      inheritCalendar(borrowed, b);
      first = resolveSpec(borrowed, ctx);
      const second = first && resolveSpec(b, ctx);
      if (!first || (second && compareYmd(first.span.from, second.span.from) > 0)) first = undefined;
    }
    first ??= resolveSpec(a, ctx);
    if (!first) return undefined;
    let from = first.span.from;
    let to = first.span.to;
    let last = first;
    if (b) {
      const bctx: ResolveContext = { ...ctx, year: first.year ?? ctx.year, month: first.month ?? ctx.month };
      // The end of a range without its own year shares the start's ("1~3분기", "3월부터 6월까지"),
      // or the next one when it would fall before the start ("11월부터 2월까지").
      const own = hasYear(b) || first.year === undefined;
      let second = resolveSpec(own ? b : { ...b, year: first.year }, bctx);
      if (second && !own && compareYmd(second.span.from, from) < 0) {
        second = resolveSpec({ ...b, year: (first.year as number) + 1 }, bctx) ?? second;
      }
      if (second) {
        if (compareYmd(second.span.to, to) > 0) to = second.span.to;
        if (compareYmd(second.span.from, from) < 0) from = second.span.from;
        last = second;
      }
    }
    if (last.year !== undefined) {
      this.year = last.year;
      this.month = last.month;
    }
    return { text: this.s.slice(phrase.index, phrase.end), from: formatYmd(from), to: formatYmd(to), index: phrase.index, end: phrase.end };
  }

  private carried(): Pick<ResolveContext, 'year' | 'month'> {
    return {
      ...(this.year !== undefined ? { year: this.year } : {}),
      ...(this.month !== undefined ? { month: this.month } : {}),
    };
  }

  /** The ASCII word ending right before `i` (one space between), lower case. */
  private wordBefore(i: number): { word: string; start: number } | undefined {
    let q = i;
    if (q > 0 && this.s.charCodeAt(q - 1) === 0x20) q--;
    const end = q;
    while (q > 0 && isAsciiLetter(this.s.charCodeAt(q - 1))) q--;
    return end > q ? { word: this.lower.slice(q, end), start: q } : undefined;
  }

  /**
   * The tense of the phrase's own clause, when it shows one: in Korean the predicate after the
   * phrase ("3월 착공했으며" past, "12월 완공 예정" future), in English the nearest plan or past
   * word among the few before it ("will open in March", "approved in February").
   */
  private clauseTense(phrase: ParsedDate): Tense | undefined {
    const { s, lower } = this;
    const limit = Math.min(s.length, phrase.end + KO_CLAUSE_WINDOW);
    for (let j = phrase.end; j < limit; j++) {
      const c = s.charCodeAt(j);
      if (c === 0x2c || c === 0x2e || c === 0x3b) break;
      if (!isHangul(c)) continue;
      const markers = KO_CLAUSE_MARKERS.get(c);
      if (markers) for (const [marker, tense] of markers) if (s.startsWith(marker, j)) return tense;
      const final = (c - 0xac00) % 28;
      if (final === 20 && !KO_NOT_PAST_SS.has(s.charAt(j))) return 'past';
      if (final === 4 && s.charCodeAt(j + 1) === 0xb2e4 /* 다 */ && !isHangul(s.charCodeAt(j + 2))) return 'future';
    }
    let q = phrase.index;
    for (let words = 0; words < EN_CLAUSE_WORDS && q > 0; words++) {
      while (q > 0 && s.charCodeAt(q - 1) === 0x20) q--;
      const end = q;
      while (q > 0 && (isAsciiLetter(s.charCodeAt(q - 1)) || s.charCodeAt(q - 1) === 0x27)) q--;
      if (end === q) {
        // A figure or symbol between ("announced the $3.5 billion plant in February"): step over it.
        // A comma or full stop closing the token ends the clause; inside it ("1,500", "3.5") it does not.
        const last = s.charCodeAt(end - 1);
        if (last === 0x2c || last === 0x2e || last === 0x3b) break;
        while (q > 0 && s.charCodeAt(q - 1) !== 0x20 && s.charCodeAt(q - 1) !== 0x3b) q--;
        if (q === end) break;
        continue;
      }
      const word = lower.slice(q, end).replace(/^'/, '');
      if (EN_CLAUSE_FUTURE.has(word)) return 'future';
      if (EN_SHIFT_WORDS.has(word)) return 'neutral';
      if (EN_PAST_MARKERS.includes(word) || (word.length > 4 && word.endsWith('ed'))) return 'past';
    }
    // A fronted date ("In January the company paused …") takes the tense of the verb after it.
    if (/^\s*(?:(?:in|on|by|last|this|early|late|since)\s+)?$/i.test(s.slice(0, phrase.index))) {
      const after = lower.slice(phrase.end, phrase.end + 60).split(/[,;.]/)[0] ?? '';
      for (const word of after.split(/\s+/).slice(0, 6)) {
        if (EN_CLAUSE_FUTURE.has(word)) return 'future';
        if (EN_PAST_MARKERS.includes(word) || (word.length > 4 && word.endsWith('ed'))) return 'past';
      }
    }
    return undefined;
  }

  private getTense(): Tense {
    if (this.tense === undefined) this.tense = readTense(this.s, this.lower, this.lang ?? detectLang(this.s));
    return this.tense;
  }
}

/** Korean future and shift markers by first syllable, for the clause scan. */
const KO_CLAUSE_MARKERS: Map<number, Array<readonly [string, Tense]>> = (() => {
  const map = new Map<number, Array<readonly [string, Tense]>>();
  const add = (marker: string, tense: Tense): void => {
    const list = map.get(marker.charCodeAt(0)) ?? [];
    list.push([marker, tense]);
    map.set(marker.charCodeAt(0), list);
  };
  for (const marker of KO_FUTURE_MARKERS) add(marker, 'future');
  for (const marker of KO_SHIFT_MARKERS) add(marker, 'neutral');
  return map;
})();

/**
 * The sentence's tense: `future` with a plan or forecast marker; `neutral` with a schedule
 * move ("연기됐다", "was postponed": past in form, about a date ahead); else `past` with a past
 * marker (a Korean syllable ending in ㅆ — 했, 됐, 었 — or an English past form); else `neutral`.
 *
 * @example
 * readTense('내년 착공할 예정이다', '내년 착공할 예정이다', 'ko'); // 'future'
 */
export function readTense(s: string, lower: string, lang: Lang): Tense {
  for (const marker of KO_FUTURE_MARKERS) if (s.includes(marker)) return 'future';
  for (const marker of EN_FUTURE_MARKERS) if (containsWord(lower, marker)) return 'future';
  for (const marker of KO_SHIFT_MARKERS) if (s.includes(marker)) return 'neutral';
  for (const marker of EN_SHIFT_MARKERS) if (containsWord(lower, marker)) return 'neutral';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // ㅆ is final consonant 20 of a Hangul syllable.
    if (isHangul(c) && (c - 0xac00) % 28 === 20 && !KO_NOT_PAST_SS.has(s.charAt(i))) return 'past';
  }
  if (lang === 'en') {
    for (const marker of EN_PAST_MARKERS) if (containsWord(lower, marker)) return 'past';
    if (/[a-z]{3,}ed\b/.test(lower)) return 'past';
  }
  return 'neutral';
}

/** The phrase that reaches further (the first on a tie). */
function longer(x: ParsedDate | undefined, y: ParsedDate | undefined): ParsedDate | undefined {
  if (!x) return y;
  if (!y) return x;
  return y.end > x.end ? y : x;
}

function containsWord(lower: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = lower.indexOf(word, from);
    if (at < 0) return false;
    const before = at > 0 ? lower.charCodeAt(at - 1) : 0x20;
    const after = lower.charCodeAt(at + word.length);
    if (!isAsciiLetter(before) && !(after >= 0x61 && after <= 0x7a)) return true;
    from = at + 1;
  }
}
