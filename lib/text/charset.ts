/**
 * Turns response bytes into text. Korean sites still serve EUC-KR/CP949, often with no
 * charset header or a wrong one (a server default of utf-8 or iso-8859-1 in front of a
 * page whose `<meta>` says euc-kr), so every declaration is checked against the bytes.
 *
 * Order of trust:
 * 1. a BOM (it cannot lie), or UTF-16 recognised by its zero bytes;
 * 2. bytes that are valid UTF-8 (or nearly: one stray byte in a thousand characters) are
 *    UTF-8, whatever was declared: legacy CJK text is practically never valid UTF-8, and
 *    a page labelled euc-kr that is valid UTF-8 was converted and not relabelled;
 * 3. otherwise the declarations (Content-Type header first, then the XML declaration or
 *    `<meta>`), each taken only if the bytes fit it: a multi-byte charset must decode with
 *    almost no invalid sequences, and a single-byte Western charset (any bytes "decode")
 *    loses to bytes that are unmistakably Korean, Japanese or Chinese;
 * 4. otherwise sniffed from byte statistics: CP949 (KS X 1001 Hangul lead/trail ranges),
 *    Shift_JIS / EUC-JP (kana), GB18030 / Big5 (share of common Han characters), and
 *    windows-1252 when none of them fits.
 *
 * EUC-KR is always decoded as CP949, its superset (what browsers do for the label too):
 * CP949-only syllables such as 똠, 햏 and 뷁 are garbled by strict EUC-KR decoders.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The charset actually used, lower case (e.g. `utf-8`, `cp949`). */
  charset: string;
  /** Where the charset came from. */
  via: 'bom' | 'header' | 'xml-declaration' | 'meta' | 'sniffed' | 'default';
}

/**
 * Declared labels -> the decoder we use, following the WHATWG Encoding Standard's label
 * table (GB2312 and GBK decode as GB18030, Big5 as Big5-HKSCS, latin1 and ascii as
 * windows-1252). Labels not listed pass through when iconv-lite knows them (koi8-r, ...).
 */
const LABELS: ReadonlyArray<readonly [charset: string, labels: readonly string[]]> = [
  ['utf-8', ['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']],
  ['utf-16le', ['utf-16', 'utf-16le', 'ucs-2', 'unicode', 'csunicode', 'iso-10646-ucs-2', 'unicodefeff']],
  ['utf-16be', ['utf-16be', 'unicodefffe']],
  [
    'cp949',
    ['euc-kr', 'euckr', 'cseuckr', 'csksc56011987', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'cp949', 'windows-949', 'x-windows-949', 'ms949', 'uhc'],
  ],
  [
    'windows-1252',
    ['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'iso-ir-100', 'latin1', 'l1', 'csisolatin1', 'ibm819', 'cp819', 'us-ascii', 'ascii', 'ansi_x3.4-1968'],
  ],
  ['gb18030', ['gb18030', 'gbk', 'x-gbk', 'gb2312', 'gb_2312', 'gb_2312-80', 'csgb2312', 'csiso58gb231280', 'iso-ir-58', 'chinese', 'cp936', 'ms936', 'windows-936', 'euc-cn']],
  ['big5', ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5', 'cp950']],
  ['shift_jis', ['shift_jis', 'shift-jis', 'sjis', 'x-sjis', 'ms_kanji', 'csshiftjis', 'windows-31j', 'ms932', 'cp932']],
  ['euc-jp', ['euc-jp', 'x-euc-jp', 'cseucpkdfmtjapanese']],
];

const LABEL_TO_CHARSET = new Map(LABELS.flatMap(([charset, labels]) => labels.map((l) => [l, charset] as const)));

/** iconv-lite names for our charsets where they differ. */
const DECODER_NAME: Record<string, string> = { big5: 'big5hkscs', shift_jis: 'cp932' };

/** Multi-byte legacy charsets: they must decode cleanly to be believed. */
const MULTI_BYTE = new Set(['cp949', 'gb18030', 'big5', 'shift_jis', 'euc-jp']);

/**
 * Thresholds of the sniffer, as data. `invalidRate` is the share of multi-byte sequences
 * allowed to be invalid (plus one, for a body cut mid-character by the size cap).
 */
const SNIFF = {
  invalidRate: 0.02,
  /** KS X 1001 Hangul (lead 0xB0-0xC8) among CP949 double-byte characters. */
  koreanHangulShare: 0.5,
  /** High-byte runs of length 1 are Latin accents (é); Korean comes in pairs and longer runs. */
  koreanMaxIsolatedRunShare: 0.3,
  /** Hiragana and katakana among wide characters: Japanese prose is 40-60 % kana. */
  japaneseKanaShare: 0.2,
  /** Common Han characters among Han characters in Chinese text decoded right (random when wrong). */
  chineseCommonShare: 0.12,
  /** Wide characters with a wide neighbour: CJK text is dense, mis-decoded Latin is not. */
  cjkAdjacency: 0.5,
} as const;

/** Statistics settle long before 64 KB; a body cut there mid-character costs one invalid sequence. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Frequent Han characters of Chinese news text, simplified and traditional. Decoded
 * with the right charset, Chinese text is full of them; decoded with the wrong one
 * (GB18030 vs Big5 accept each other's bytes) it is not.
 */
const COMMON_HAN = new Set(
  Array.from(
    '的是一不了在人有我他中大和地到以要就出可也你上生能而子那得于於着下自之年作用道行所然家事成方多去法如都同起看定天分好小部其些主理心' +
      '这這个個们們来來为為国國说說时時会會对對发發后後经經学學现現当當业業与與将將并並等已被政府公司市场場新日月将元美提高表示' +
      '进進还還动動关關长長开開问問经济濟展产產总總通过過报報记記者网網',
  ),
);


/**
 * Maps a declared label to the charset we decode it with; `undefined` for labels we cannot
 * decode (then the declaration is ignored).
 *
 * @example
 * normaliseCharsetLabel(' "EUC-KR" ') // => 'cp949'
 * normaliseCharsetLabel('GB2312')     // => 'gb18030'
 */
export function normaliseCharsetLabel(label: string): string | undefined {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const known = LABEL_TO_CHARSET.get(l);
  if (known) return known;
  return l !== '' && iconv.encodingExists(l) ? l : undefined;
}

/**
 * The `charset=` parameter of a Content-Type header, normalised, if any.
 *
 * @example
 * charsetFromContentType('text/html; charset=ks_c_5601-1987') // => 'cp949'
 */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType && /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match?.[1] ? normaliseCharsetLabel(match[1]) : undefined;
}

function fromBom(bytes: Uint8Array): { charset: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  return undefined;
}

/** UTF-16 without a BOM: ASCII-range characters leave a zero in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

type DocumentVia = 'xml-declaration' | 'meta';

function fromDocument(head: string): { charset: string; via: DocumentVia } | undefined {
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  const meta = xml ? null : /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  const label = xml?.[1] ?? meta?.[1];
  if (!label) return undefined;
  let charset = normaliseCharsetLabel(label);
  if (!charset) return undefined;
  // A document that could read its own ASCII declaration is not UTF-16 (WHATWG does the same).
  if (charset.startsWith('utf-16')) charset = 'utf-8';
  return { charset, via: xml ? 'xml-declaration' : 'meta' };
}

// node:buffer's checks run in C++ without building a string: ~400x faster than decoding
// a 400 KB page to find out whether it decodes (measured on the peer news pages).
function hasHighBytes(bytes: Uint8Array): boolean {
  return !isAscii(bytes);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/**
 * UTF-8 with a stray bad byte (a template that pasted one Latin-1 character, a body cut
 * mid-character) is still UTF-8: reading the whole page as a legacy charset would garble
 * every other character to save one.
 */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (const ch of new TextDecoder('utf-8').decode(bytes.subarray(0, SAMPLE_BYTES))) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) good++;
  }
  return good > 0 && bad <= tolerance(good);
}

function decodeAs(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  const name = DECODER_NAME[charset] ?? charset;
  if (iconv.encodingExists(name)) return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
  return new TextDecoder('utf-8').decode(bytes);
}

function tolerance(sequences: number): number {
  return 1 + Math.floor(sequences * SNIFF.invalidRate);
}

/** Byte statistics of the text read as CP949. */
interface Cp949Stats {
  /** Valid double-byte characters. */
  pairs: number;
  /** KS X 1001 Hangul syllables (lead 0xB0-0xC8, trail 0xA1-0xFE): the common 2,350. */
  ksHangul: number;
  /** Bytes >= 0x80 that start no valid character. */
  invalid: number;
  /** Runs of consecutive bytes >= 0x80, and how many of them are a single byte. */
  runs: number;
  isolatedRuns: number;
}

function cp949Stats(bytes: Uint8Array): Cp949Stats {
  const stats: Cp949Stats = { pairs: 0, ksHangul: 0, invalid: 0, runs: 0, isolatedRuns: 0 };
  let run = 0;
  for (const b of bytes) {
    if (b >= 0x80) run++;
    else if (run > 0) {
      stats.runs++;
      if (run === 1) stats.isolatedRuns++;
      run = 0;
    }
  }
  if (run > 0) {
    stats.runs++;
    if (run === 1) stats.isolatedRuns++;
  }
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1];
    if (lead < 0x81 || lead > 0xfe || trail === undefined) {
      stats.invalid++;
      continue;
    }
    const asciiLetterTrail = (trail >= 0x41 && trail <= 0x5a) || (trail >= 0x61 && trail <= 0x7a);
    // CP949's extension: 8,822 more Hangul syllables before and beside the KS X 1001 block.
    const extension = lead <= 0xc6 && (asciiLetterTrail || (trail >= 0x81 && (lead <= 0xa0 || trail <= 0xa0)));
    // KS X 1001 proper; rows 0xC9 and 0xFE are user-defined and 0xAD-0xAF unassigned.
    const ks = lead >= 0xa1 && trail >= 0xa1 && trail <= 0xfe && lead !== 0xc9 && lead !== 0xfe && !(lead >= 0xad && lead <= 0xaf);
    if (!extension && !ks) {
      stats.invalid++;
      continue;
    }
    stats.pairs++;
    if (ks && lead >= 0xb0 && lead <= 0xc8) stats.ksHangul++;
    i++;
  }
  return stats;
}

function looksKorean(s: Cp949Stats): boolean {
  return (
    s.pairs > 0 &&
    s.invalid <= tolerance(s.pairs) &&
    s.ksHangul >= s.pairs * SNIFF.koreanHangulShare &&
    s.isolatedRuns <= s.runs * SNIFF.koreanMaxIsolatedRunShare
  );
}

/** Character statistics of a decoded text, for the Japanese and Chinese candidates. */
interface TextStats {
  replacements: number;
  wide: number;
  kana: number;
  han: number;
  commonHan: number;
  /** Wide characters with a wide neighbour. */
  adjacentWide: number;
}

const isKana = (c: number): boolean => c >= 0x3040 && c <= 0x30ff;
const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const isWide = (c: number): boolean => isKana(c) || isHan(c) || (c >= 0xac00 && c <= 0xd7a3);

function textStats(text: string): TextStats {
  const stats: TextStats = { replacements: 0, wide: 0, kana: 0, han: 0, commonHan: 0, adjacentWide: 0 };
  const codes = Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
  codes.forEach((c, i) => {
    if (c === 0xfffd) stats.replacements++;
    if (!isWide(c)) return;
    stats.wide++;
    if (isKana(c)) stats.kana++;
    if (isHan(c)) {
      stats.han++;
      if (COMMON_HAN.has(String.fromCodePoint(c))) stats.commonHan++;
    }
    if (isWide(codes[i - 1] ?? 0) || isWide(codes[i + 1] ?? 0)) stats.adjacentWide++;
  });
  return stats;
}

function cjkFits(s: TextStats): boolean {
  return s.wide > 0 && s.replacements <= tolerance(s.wide) && s.adjacentWide >= s.wide * SNIFF.cjkAdjacency;
}

/** Scores each non-Korean CJK candidate; the best fitting one, if any fits. */
function sniffJapaneseOrChinese(bytes: Uint8Array): string | undefined {
  let best: { charset: string; score: number } | undefined;
  for (const charset of ['shift_jis', 'euc-jp']) {
    const s = textStats(decodeAs(bytes, charset));
    if (!cjkFits(s) || s.kana < s.wide * SNIFF.japaneseKanaShare) continue;
    const score = s.kana / s.wide - s.replacements / s.wide;
    if (!best || score > best.score) best = { charset, score };
  }
  if (best) return best.charset;
  for (const charset of ['gb18030', 'big5']) {
    const s = textStats(decodeAs(bytes, charset));
    if (!cjkFits(s) || s.han === 0 || s.commonHan < s.han * SNIFF.chineseCommonShare) continue;
    const score = s.commonHan / s.han - s.replacements / s.wide;
    if (!best || score > best.score) best = { charset, score };
  }
  return best?.charset;
}

/**
 * Guesses the charset of bytes that are not UTF-8: `cp949`, `shift_jis`, `euc-jp`,
 * `gb18030`, `big5`, or `windows-1252` when no CJK charset fits.
 *
 * @example
 * sniffLegacyCharset(iconv.encode('평택 공장 착공', 'cp949')) // => 'cp949'
 * sniffLegacyCharset(Buffer.from('Caf\xe9 cr\xe8me', 'latin1')) // => 'windows-1252'
 */
export function sniffLegacyCharset(body: Uint8Array): string {
  const bytes = body.subarray(0, SAMPLE_BYTES);
  if (looksKorean(cp949Stats(bytes))) return 'cp949';
  return sniffJapaneseOrChinese(bytes) ?? 'windows-1252';
}

/** Whether the bytes are believable in a declared legacy charset. */
function fits(body: Uint8Array, charset: string): boolean {
  const bytes = body.subarray(0, SAMPLE_BYTES);
  if (charset === 'cp949') {
    const s = cp949Stats(bytes);
    return s.invalid <= tolerance(s.pairs);
  }
  if (MULTI_BYTE.has(charset)) {
    const s = textStats(decodeAs(bytes, charset));
    return s.replacements <= tolerance(s.wide);
  }
  // A single-byte charset decodes anything; it loses only to bytes that are plainly CJK.
  return sniffLegacyCharset(bytes) === 'windows-1252';
}

/**
 * Decodes a response body.
 *
 * @example
 * decodeText(Buffer.from([0xc7, 0xd1]), 'text/html; charset=euc-kr').text // => '한'
 * decodeText(Buffer.from('<meta charset="euc-kr">\xc7\xd1', 'latin1'), 'text/html; charset=utf-8').via // => 'meta'
 */
export function decodeText(body: Uint8Array, contentType?: string): DecodedText {
  const bom = fromBom(body);
  if (bom) return { text: decodeAs(body.subarray(bom.skip), bom.charset), charset: bom.charset, via: 'bom' };

  const header = charsetFromContentType(contentType);
  const utf16 = sniffUtf16(body);
  if (utf16) return { text: decodeAs(body, utf16), charset: utf16, via: header?.startsWith('utf-16') ? 'header' : 'sniffed' };

  // Declarations sit in the first few KB and are ASCII, so latin1 is a safe way to read them.
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 8192)).toString('latin1');
  const inDoc = fromDocument(head);
  // Without zero bytes the body is not UTF-16, whatever the header says.
  const headerDecl = header && !header.startsWith('utf-16') ? { charset: header, via: 'header' as const } : undefined;
  const declarations = [headerDecl, inDoc].filter((d): d is { charset: string; via: 'header' | DocumentVia } => d !== undefined);

  if (!hasHighBytes(body)) {
    // Pure ASCII reads the same in every ASCII-compatible charset; report what was declared.
    const first = declarations[0];
    return { text: decodeAs(body, 'utf-8'), charset: first?.charset ?? 'utf-8', via: first?.via ?? 'default' };
  }

  if (isValidUtf8(body) || isMostlyUtf8(body)) {
    const declaredUtf8 = declarations.find((d) => d.charset === 'utf-8');
    return { text: decodeAs(body, 'utf-8'), charset: 'utf-8', via: declaredUtf8?.via ?? 'sniffed' };
  }

  for (const declared of declarations) {
    if (declared.charset !== 'utf-8' && fits(body, declared.charset)) {
      return { text: decodeAs(body, declared.charset), charset: declared.charset, via: declared.via };
    }
  }
  const sniffed = sniffLegacyCharset(body);
  return { text: decodeAs(body, sniffed), charset: sniffed, via: 'sniffed' };
}
