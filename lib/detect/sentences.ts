/**
 * Splits Korean and English news text into sentences, in one forward pass per line.
 *
 * Decisions, each for a reason:
 * - Every line is its own unit: headlines, sub-headlines and list items rarely end with a
 *   period, and merging them with the next line would glue a headline's claim to the
 *   lead's date. Sentences never cross a line break.
 * - A period ends a sentence unless it belongs to an abbreviation (rules in
 *   ./rules/sentence-abbreviations.ts), a decimal or version ("1.5", "2.0"), a dotted date
 *   ("2025. 3. 5."), or is followed by a lower-case word ("approx. five"). Korean needs no
 *   abbreviation list: a period after a Hangul syllable is a full stop, even with no space
 *   after it ("했다.그는").
 * - A short quotation or parenthesis (closed within {@link QUOTE_LIMIT} characters on the same
 *   line) is not split inside: "그는 "내년 착공한다. 문제없다"고 말했다" is one claim.
 * - Bylines and datelines at the start of a line ("[서울=뉴시스] 홍길동 기자 =",
 *   "SEOUL, Nov. 24 (Yonhap) --") and list bullets are skipped: the sentence starts after
 *   them. Photo credits ("(사진=카카오)", "/사진=뉴스1", "(Photo: Yonhap)") are cut out,
 *   and the caption they close is dropped unless it ends like a Korean sentence ("…했다").
 *   Copyright lines are dropped.
 *
 * - No sentence is longer than {@link MAX_SENTENCE_CHARS}. Real news sentences stay well
 *   under it (the longest in our corpus, the development set and 37 real pages is ~700
 *   characters), but a page without full stops (a table flattened into one line, a
 *   minified blob) would be one sentence, and reading a sentence costs more than linear
 *   time in its length (each cue looks across its clause). A longer run is cut into pieces
 *   of at most that length: after the last clause mark (, ; : — ，、) in the piece's second
 *   half, else at the last space there, else hard at the limit. So detection stays linear
 *   in the article's length whatever the input.
 *
 * Offsets: `text === input.slice(start, end)` always holds, so the detector can point back
 * into the article. Stripping a prefix moves `start`; nothing is rewritten in the middle.
 */
import {
  EN_BEFORE_NUMBER,
  EN_MAYBE_FINAL,
  EN_NEVER_FINAL,
  EN_SENTENCE_OPENERS,
} from './rules/sentence-abbreviations';
import {
  BOILERPLATE_MARKERS,
  CREDIT_AGENCIES,
  CREDIT_WORDS,
  KO_FINAL_SYLLABLES,
  LIST_BULLETS,
  LIST_BULLETS_NEEDING_SPACE,
  REPORTER_TITLES,
} from './rules/sentence-markers';

/** One sentence of a text; `text` is exactly `input.slice(start, end)`. */
export interface Sentence {
  text: string;
  /** Offset of the first character in the input. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** The longest sentence returned; a longer run of text is cut into pieces (see the module header). */
export const MAX_SENTENCE_CHARS = 1000;
/** Longest word read as an abbreviation or initialism before a period ("N.Y.", "approx."). */
const TOKEN_LIMIT = 24;
/** A quotation or parenthesis closing within this many characters is kept whole. */
export const QUOTE_LIMIT = 200;
/** How far apart two numbered items of one line may be ("1. Finland 2. Norway"). */
const ENUMERATION_WINDOW = 80;
/** Longest bracketed tag or dateline at the start of a line ("[서울=뉴시스]"). */
const TAG_LIMIT = 40;
/** Longest credit ("(사진=한국수력원자력 제공)"). */
const CREDIT_LIMIT = 60;
const CREDIT_FIRST_CHARS: ReadonlySet<string> = new Set(CREDIT_WORDS.map((word) => word.charAt(0)));
const REPORTER_FIRST_CHARS: ReadonlySet<string> = new Set(REPORTER_TITLES.map((title) => title.charAt(0)));

/**
 * Splits a text into sentences with their offsets.
 *
 * @example
 * splitSentences('카카오가 안산 데이터센터를 준공했다. 내년 1분기 가동한다.').map((s) => s.text);
 * // ['카카오가 안산 데이터센터를 준공했다.', '내년 1분기 가동한다.']
 * splitSentences('Mr. Kim said the U.S. plant opened. It cost $1.5 billion.').length; // 2
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    if (i === n || isLineBreak(text.charCodeAt(i))) {
      if (i > lineStart) splitLine(text, lineStart, i, out);
      lineStart = i + 1;
    }
  }
  return out;
}

function splitLine(text: string, lineStart: number, lineEnd: number, out: Sentence[]): void {
  let s = skipSpace(text, lineStart, lineEnd);
  const e = trimEnd(text, s, lineEnd);
  if (s >= e || isBoilerplate(text, s, e)) return;
  const leadingCredit = matchCredit(text, s, e);
  if (leadingCredit > 0) {
    // "[사진=카카오] 데이터센터 전경": a caption led by its credit, unless a real sentence follows.
    s = skipSpace(text, leadingCredit, e);
    if (!endsLikeKoreanSentence(text, s, e)) return;
  }
  const prefix = stripLinePrefix(text, s, e);
  s = prefix.start;
  if (s >= e || startsWithCreditWord(text, s, e)) return;
  const lineOut = out.length;
  let seg = s;
  let i = s;
  while (i < e) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b || c === 0x3c || c === 0x3008 || c === 0x3010 || c === 0x2f) {
      // ( [ < 〈 【 / may open a photo credit.
      const creditEnd = matchCredit(text, i, e);
      if (creditEnd > 0 && continuesSentence(text, creditEnd, e)) {
        // "카카오(사진=카카오 제공)는 …", "rose 5% (Source: company data) in the quarter": an
        // inline credit, left inside its sentence.
        i = creditEnd;
        continue;
      }
      if (creditEnd > 0) {
        const segEnd = trimEnd(text, seg, i);
        if (prefix.bulleted) {
          out.length = lineOut;
        } else if (segEnd > seg) {
          if (endsLikeKoreanSentence(text, seg, segEnd)) emit(text, seg, segEnd, out);
        } else {
          const last = out[out.length - 1];
          if (out.length > lineOut && last && !endsLikeKoreanSentence(text, last.start, last.end)) out.pop();
        }
        i = creditEnd;
        while (i < e && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e)) i++;
        seg = i;
        continue;
      }
    }
    const closer = closerOf(text, i, c);
    if (closer !== 0) {
      const j = findCloser(text, i + 1, Math.min(e, i + 1 + QUOTE_LIMIT), closer, c);
      if (j > 0) {
        // A quotation ending in its own full stop (다." / done.”) may end the sentence.
        if (isTerminator(text.charCodeAt(j - 1))) {
          const k = skipClosers(text, j + 1, e);
          if (k >= e || isQuoteEndBoundary(text, k, e)) {
            emit(text, seg, k, out);
            seg = skipSpace(text, k, e);
            i = seg;
            continue;
          }
        }
        i = j + 1;
        continue;
      }
    }
    if (isTerminator(c)) {
      const t = i;
      let k = i + 1;
      while (k < e && isTerminator(text.charCodeAt(k))) k++;
      const runEnd = k;
      k = skipClosers(text, k, e);
      if (k >= e || isBoundary(text, t, runEnd, k, e)) {
        emit(text, seg, k, out);
        seg = skipSpace(text, k, e);
        i = seg;
        continue;
      }
      i = k;
      continue;
    }
    i++;
  }
  emit(text, seg, e, out);
}

/** Decides whether the terminator run `t..runEnd` (closers up to `k`) ends a sentence. */
function isBoundary(text: string, t: number, runEnd: number, k: number, e: number): boolean {
  const c = text.charCodeAt(t);
  const prev = t > 0 ? text.charCodeAt(t - 1) : 0;
  const next = text.charCodeAt(k);
  const single = c === 0x2e && runEnd === t + 1;
  if (!isSpace(next)) {
    // "했다.그는": Korean writers sometimes omit the space; a period inside "2.0" or
    // "kakao.com" sits between letters or digits that are not a Korean sentence ending.
    if (single && k === runEnd && isHangulSyllable(next) && KO_FINAL_SYLLABLES.has(text.charAt(t - 1))) return true;
    // "the plant.BlueOval SK said": English with the space lost; a lower-case word of three
    // or more letters, then a capital starting a word, never a domain ("kakao.com") or "U.S.".
    return single && k === runEnd && isUpperAscii(next) && isLowerAscii(text.charCodeAt(k + 1)) && /[a-z]{3}$/.test(text.slice(Math.max(0, t - 3), t)) && !/[./:@]\w*$/.test(text.slice(Math.max(0, t - 30), t - 3));
  }
  const m = skipSpace(text, k, e);
  if (m >= e) return true;
  const first = text.charCodeAt(m);
  if (isHangulSyllable(prev)) return true;
  if (isLowerAscii(first)) return false;
  if (!single || k !== runEnd) return true;
  if (isDigit(prev) && (isDigit(first) || endsDottedDate(text, t))) return false; // "2025. 3. 5."
  const token = tokenBefore(text, t);
  if (token === '') return !isInlineEnumerator(text, t, e);
  if (EN_NEVER_FINAL.has(token)) return false;
  if (EN_BEFORE_NUMBER.has(token) && isDigit(first)) return false;
  if (EN_MAYBE_FINAL.has(token) || isInitialism(token)) {
    return isHangulSyllable(first) || EN_SENTENCE_OPENERS.has(wordAt(text, m, e));
  }
  return true;
}

/** After a quotation closed by its own full stop: a new sentence follows only after a space. */
function isQuoteEndBoundary(text: string, k: number, e: number): boolean {
  if (!isSpace(text.charCodeAt(k))) return false;
  const m = skipSpace(text, k, e);
  return m >= e || !isLowerAscii(text.charCodeAt(m));
}

function emit(text: string, start: number, end: number, out: Sentence[]): void {
  let s = skipSpace(text, start, end);
  const e = trimEnd(text, s, end);
  while (e - s > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(text, s, s + MAX_SENTENCE_CHARS);
    push(text, s, trimEnd(text, s, cut), out);
    s = skipSpace(text, cut, e);
  }
  push(text, s, e, out);
}

function push(text: string, s: number, e: number, out: Sentence[]): void {
  if (s >= e || !hasWordChar(text, s, e)) return;
  out.push({ text: text.slice(s, e), start: s, end: e });
}

/**
 * Where to end a piece of an over-long sentence that starts at `s` and may run to `limit`:
 * just after the last clause mark in its second half, else at the last space there, else
 * at `limit` (never between the halves of a surrogate pair).
 */
function cutPoint(text: string, s: number, limit: number): number {
  const floor = s + (limit - s) / 2;
  let space = -1;
  for (let p = limit - 1; p > floor; p--) {
    const c = text.charCodeAt(p);
    if (isClauseMark(c) && isSpace(text.charCodeAt(p + 1))) return p + 1;
    if (space < 0 && isSpace(c)) space = p;
  }
  if (space > 0) return space;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/** , ; : — – and the full-width comma and ideographic comma. */
function isClauseMark(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013 || c === 0xff0c || c === 0x3001;
}

// ---------------------------------------------------------------------------------------
// Line prefixes: bullets, bylines, datelines

interface LinePrefix {
  start: number;
  bulleted: boolean;
}

/** English dateline: "SEOUL, Nov. 24 (Yonhap) --", "SAN FRANCISCO (Reuters) -". Bounded, no nested repeats. */
const EN_DATELINE =
  /([A-Z][A-Z.'-]{1,20}(?: [A-Z][A-Z.'-]{1,20}){0,2})(, [A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15}){0,2})?(, [A-Z][a-z]{2,8}\.? \d{1,2})?( \([A-Z][A-Za-z.&/ -]{1,30}\))? ?(--|—|–|-) ?/y;

function stripLinePrefix(text: string, start: number, e: number): LinePrefix {
  let s = start;
  let bulleted = false;
  for (let guard = 0; guard < 6 && s < e; guard++) {
    const ch = text.charAt(s);
    const c = text.charCodeAt(s);
    if (LIST_BULLETS.has(ch) || (LIST_BULLETS_NEEDING_SPACE.has(ch) && isSpace(text.charCodeAt(s + 1)))) {
      s = skipSpace(text, s + 1, e);
      bulleted = true;
      continue;
    }
    const enumEnd = matchEnumeration(text, s, e);
    if (enumEnd > 0) {
      s = skipSpace(text, enumEnd, e);
      continue;
    }
    if (c === 0x5b || c === 0x3010 || c === 0x3c || c === 0x3008 || c === 0x28) {
      const close = c === 0x5b ? 0x5d : c === 0x3010 ? 0x3011 : c === 0x3c ? 0x3e : c === 0x3008 ? 0x3009 : 0x29;
      const j = indexOfCode(text, close, s + 1, Math.min(e, s + TAG_LIMIT));
      if (j > s + 1 && j + 1 < e && isTagContent(text, s + 1, j, c === 0x28)) {
        s = skipSpace(text, j + 1, e);
        continue;
      }
    }
    const reporterEnd = matchReporter(text, s, e);
    if (reporterEnd > 0) {
      s = reporterEnd;
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) {
      EN_DATELINE.lastIndex = s;
      const m = EN_DATELINE.exec(text);
      if (m && m.index === s && m.index + m[0].length < e) {
        const strong = m[3] !== undefined || m[4] !== undefined || m[5] === '--' || (m[1]?.length ?? 0) >= 5;
        if (strong && /^[A-Z .'-]+$/.test(m[1] ?? '')) {
          s = skipSpace(text, s + m[0].length, e);
          continue;
        }
      }
    }
    break;
  }
  return { start: s, bulleted };
}

/** "1. ", "2) ", "(3) ", "①", "가. " at the start of a line; returns the end or -1. */
function matchEnumeration(text: string, s: number, e: number): number {
  const c = text.charCodeAt(s);
  if ((c >= 0x2460 && c <= 0x2473) || (c >= 0x2776 && c <= 0x277f)) return s + 1; // ① ❶
  let p = s;
  const paren = c === 0x28;
  if (paren) p++;
  const digitsStart = p;
  while (p < e && isDigit(text.charCodeAt(p)) && p - digitsStart < 2) p++;
  if (p === digitsStart) {
    // "가. " / "나) ": one Hangul syllable as an item letter.
    if (!paren && isHangulSyllable(c) && (text.charCodeAt(s + 1) === 0x2e || text.charCodeAt(s + 1) === 0x29) && isSpace(text.charCodeAt(s + 2))) {
      return s + 2;
    }
    return -1;
  }
  const d = text.charCodeAt(p);
  if (paren) return d === 0x29 && isSpace(text.charCodeAt(p + 1)) ? p + 1 : -1;
  if ((d === 0x2e || d === 0x29) && isSpace(text.charCodeAt(p + 1))) return p + 1;
  return -1;
}

/** Is `[...]` / `(...)` at the start of a line a tag or a dateline rather than content? */
function isTagContent(text: string, from: number, to: number, paren: boolean): boolean {
  let hasEquals = false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x3d) hasEquals = true;
    else if (c === 0x2e && !paren) return false;
  }
  if (!paren) return true;
  // "(주)카카오" and "(가칭)" are content; "(서울=연합뉴스)" is a dateline.
  if (hasEquals) return true;
  const inner = text.slice(from, to);
  return CREDIT_AGENCIES.has(inner) || REPORTER_TITLES.some((title) => inner.endsWith(title));
}

/** "홍길동 기자 =", "홍길동·김철수 기자 =", "워싱턴 김철수 특파원=": returns the end or -1. */
function matchReporter(text: string, s: number, e: number): number {
  const limit = Math.min(e, s + 30);
  let sawName = false;
  for (let p = s; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (isHangulSyllable(c)) {
      if (sawName && REPORTER_FIRST_CHARS.has(text.charAt(p))) for (const title of REPORTER_TITLES) {
        if (text.startsWith(title, p)) {
          let q = skipSpace(text, p + title.length, e);
          if (text.charCodeAt(q) !== 0x3d) return -1;
          q = skipSpace(text, q + 1, e);
          return q < e ? q : -1;
        }
      }
      sawName = true;
    } else if (!(isSpace(c) || c === 0xb7 || c === 0x318d || c === 0x2c)) {
      return -1;
    }
  }
  return -1;
}

// ---------------------------------------------------------------------------------------
// Credits and boilerplate

/** A credit at `i` ("(사진=카카오)", "/사진=뉴스1", "(Photo: Yonhap)"); returns its end or -1. */
function matchCredit(text: string, i: number, e: number): number {
  const open = text.charCodeAt(i);
  let p = i + 1;
  if (open === 0x2f) {
    // "/사진=뉴스1", "/ 사진제공=카카오": runs to the end of the credit's value.
    p = skipSpace(text, p, e);
    const after = creditWordEnd(text, p, e);
    if (after < 0) return -1;
    let q = skipSpace(text, after + 1, e);
    while (q < e && !isSpace(text.charCodeAt(q))) q++;
    const r = skipSpace(text, q, e);
    if (text.startsWith('제공', r)) q = r + 2;
    return q;
  }
  const close = open === 0x28 ? 0x29 : open === 0x5b ? 0x5d : open === 0x3c ? 0x3e : open === 0x3008 ? 0x3009 : 0x3011;
  const j = indexOfCode(text, close, p, Math.min(e, p + CREDIT_LIMIT));
  if (j < 0) return -1;
  p = skipSpace(text, p, j);
  if (creditWordEnd(text, p, j) > 0) return j + 1;
  // "(Yonhap)" closing a caption line (at the start of a line it was a dateline).
  if (CREDIT_AGENCIES.has(text.slice(p, j).trim())) {
    const rest = skipSpace(text, j + 1, e);
    if (rest >= e || (text.charCodeAt(rest) === 0x2e && skipSpace(text, rest + 1, e) >= e)) return j + 1;
  }
  return -1;
}

/** After an inline credit: a particle glued to it, a comma, or a lower-case English word. */
function continuesSentence(text: string, k: number, e: number): boolean {
  if (k >= e) return false;
  const c = text.charCodeAt(k);
  if (isHangulSyllable(c) || c === 0x2c) return true;
  const m = skipSpace(text, k, e);
  return m < e && isLowerAscii(text.charCodeAt(m));
}

/**
 * When a credit word starts at `p` and is followed by "=", ":" or (English) " by"/" of"/
 * " courtesy", returns the offset of that separator's last character; else -1.
 */
function creditWordEnd(text: string, p: number, e: number): number {
  if (!CREDIT_FIRST_CHARS.has(text.charAt(p))) return -1;
  for (const word of CREDIT_WORDS) {
    if (!text.startsWith(word, p)) continue;
    const q = skipSpace(text, p + word.length, e);
    const c = text.charCodeAt(q);
    if (c === 0x3d || c === 0x3a || c === 0xff1d || c === 0xff1a) return q;
    if (q > p + word.length) {
      for (const joiner of [' by', ' of', ' courtesy', ' credit']) {
        if (text.startsWith(joiner.slice(1), q)) return q + joiner.length - 2;
      }
    }
  }
  return -1;
}

/** A whole line that is only a credit: "사진=카카오", "자료=통계청". */
function startsWithCreditWord(text: string, s: number, e: number): boolean {
  const end = creditWordEnd(text, s, e);
  return end > 0 && text.charCodeAt(end) !== 0x3a && e - s < CREDIT_LIMIT;
}

function isBoilerplate(text: string, s: number, e: number): boolean {
  const line = text.slice(s, e);
  for (const marker of BOILERPLATE_MARKERS) if (line.includes(marker)) return true;
  // A reporter's sign-off with an e-mail address: "홍길동 기자 hong@example.co.kr".
  return e - s < 80 && line.includes('@') && REPORTER_TITLES.some((title) => line.includes(title));
}

function endsLikeKoreanSentence(text: string, s: number, e: number): boolean {
  let p = e - 1;
  while (p >= s && !isHangulSyllable(text.charCodeAt(p)) && !isWordChar(text.charCodeAt(p))) p--;
  return p >= s && KO_FINAL_SYLLABLES.has(text.charAt(p));
}

// ---------------------------------------------------------------------------------------
// Quotes

/** The closing character for an opener at `i`, or 0 when `c` opens nothing here. */
function closerOf(text: string, i: number, c: number): number {
  switch (c) {
    case 0x201c: return 0x201d; // “ ”
    case 0x2018: return 0x2019; // ‘ ’
    case 0x300c: return 0x300d; // 「 」
    case 0x300e: return 0x300f; // 『 』
    case 0x28: return 0x29;
    case 0x5b: return 0x5d;
    case 0x22:
    case 0x27: {
      // A straight quote opens only after a space or an opener, and before a non-space.
      const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
      const after = text.charCodeAt(i + 1);
      if (!(isSpace(before) || before === 0x28 || before === 0x5b || before === 0x3a || before === 0x2c)) return 0;
      if (isSpace(after) || Number.isNaN(after) || (c === 0x27 && isDigit(after))) return 0;
      return c;
    }
    default: return 0;
  }
}

/**
 * The closing quote's offset in `[from, to)`, or -1. A single-quote closer must not be an
 * apostrophe inside a word ("It’s", "company's"), so one followed by a Latin letter is skipped.
 */
function findCloser(text: string, from: number, to: number, closer: number, opener: number): number {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== closer) continue;
    if ((closer === 0x2019 || closer === 0x27) && isAsciiLetter(text.charCodeAt(p + 1))) continue;
    if (closer === opener && closer === 0x22 && p === from) return -1;
    return p;
  }
  return -1;
}

function skipClosers(text: string, k: number, e: number): number {
  while (k < e && isCloser(text.charCodeAt(k))) k++;
  return k;
}

// ---------------------------------------------------------------------------------------
// Characters

function tokenBefore(text: string, t: number): string {
  let p = t;
  // Bounded: "a.a.a.a…" would otherwise be walked back at every period.
  while (p > 0 && t - p <= TOKEN_LIMIT) {
    const c = text.charCodeAt(p - 1);
    if (isAsciiLetter(c) || c === 0x2e) p--;
    else break;
  }
  if (p > 0 && isDigit(text.charCodeAt(p - 1))) return '';
  return text.slice(p, t);
}

/**
 * "follows: 1. Finland 2. Norway 3. …": a small number with a period inside a run of
 * numbered items on one line is an item marker. The neighbouring number ("2." after "1.",
 * or "9." before "10.") must appear within {@link ENUMERATION_WINDOW} characters.
 */
function isInlineEnumerator(text: string, t: number, e: number): boolean {
  let p = t;
  while (p > 0 && isDigit(text.charCodeAt(p - 1)) && t - p < 3) p--;
  const digits = t - p;
  if (digits === 0 || digits > 2 || (p > 0 && !isSpace(text.charCodeAt(p - 1)) && text.charCodeAt(p - 1) !== 0x3a)) return false;
  const n = Number(text.slice(p, t));
  // Searched within the window only: an unbounded indexOf made "1. 1. 1. …" quadratic.
  const following = ` ${n + 1}. `;
  if (text.slice(t, Math.min(e, t + ENUMERATION_WINDOW) - 1 + following.length).includes(following)) return true;
  if (n < 2) return false;
  const preceding = `${n - 1}. `;
  const from = Math.max(0, p - ENUMERATION_WINDOW);
  const back = text.slice(from, p + preceding.length).lastIndexOf(preceding);
  const prev = back < 0 ? -1 : from + back;
  return prev >= 0 && p - prev < ENUMERATION_WINDOW && (prev === 0 || !isDigit(text.charCodeAt(prev - 1)));
}

/** True when the period at `t` closes a dotted date: "2025. 3. 5." or "2025.3.5.". */
function endsDottedDate(text: string, t: number): boolean {
  let p = t;
  for (const maxDigits of [2, 2, 4]) {
    let digits = 0;
    while (p > 0 && isDigit(text.charCodeAt(p - 1)) && digits <= maxDigits) {
      p--;
      digits++;
    }
    if (digits === 0 || digits > maxDigits) return false;
    if (maxDigits === 4) return digits === 4 && (p === 0 || !isDigit(text.charCodeAt(p - 1)));
    if (p > 0 && text.charCodeAt(p - 1) === 0x20) p--;
    if (p === 0 || text.charCodeAt(p - 1) !== 0x2e) return false;
    p--;
  }
  return false;
}

/** "F" (an initial) or "N.Y" / "S.K" (dotted initials). */
function isInitialism(token: string): boolean {
  if (token.length === 1) return token >= 'A' && token <= 'Z';
  for (let p = 0; p < token.length; p++) {
    const c = token.charCodeAt(p);
    if (p % 2 === 1 ? c !== 0x2e : !isAsciiLetter(c)) return false;
  }
  return true;
}

function wordAt(text: string, m: number, e: number): string {
  let p = m;
  while (p < e && isAsciiLetter(text.charCodeAt(p))) p++;
  return text.slice(m, p);
}

function indexOfCode(text: string, code: number, from: number, to: number): number {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === code) return p;
  return -1;
}

function skipSpace(text: string, p: number, e: number): number {
  while (p < e && isSpace(text.charCodeAt(p))) p++;
  return p;
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

function hasWordChar(text: string, s: number, e: number): boolean {
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    if (isWordChar(c) || isHangulSyllable(c)) return true;
  }
  return false;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0x0b || c === 0x0c || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

/** . ? ! … and their full-width forms. */
function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2026 || c === 0x3002 || c === 0xff1f || c === 0xff01;
}

/** Closing quotes and brackets that may follow a full stop. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0x300d || c === 0x300f || c === 0x300b || c === 0x3009 || c === 0xbb;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isLowerAscii(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isWordChar(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f);
}

function isHangulSyllable(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
