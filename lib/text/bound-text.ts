/**
 * Bounds on the text the detector reads. An article is written by a stranger: a page of
 * one 400 KB "sentence" or a megabyte of text must cost a bounded amount of work and
 * make bounded items (evidence is a sentence, and a DynamoDB item holds 400 KB). So the
 * text is cut to a length, and every line longer than a sentence may be is broken
 * before detection: at the last sentence end inside the window if there is one (the
 * sentence splitter never lets a sentence cross a line break), else at the last space,
 * else hard. One forward pass; no backtracking.
 */

export interface TextBounds {
  /** Characters kept of the whole text (the rest is dropped). */
  maxChars: number;
  /** Longest run without a line break (longer runs are broken into lines). */
  maxSentenceChars: number;
}

export interface BoundedText {
  text: string;
  /** The text was longer than `maxChars`. */
  truncated: boolean;
  /** How many line breaks were inserted into over-long runs. */
  breaks: number;
}

const NEWLINE = 10;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0;
}

/** `.`, `!`, `?`, `。`, `…`: ends a sentence when a space follows. */
function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x3002 || code === 0x2026;
}

/**
 * The text cut to `maxChars` with every run longer than `maxSentenceChars` broken into lines.
 *
 * @example
 * boundText('가'.repeat(10), { maxChars: 100, maxSentenceChars: 4 }).text // => '가가가가\n가가가가\n가가'
 * boundText('One. Two three four.', { maxChars: 100, maxSentenceChars: 12 }).text // => 'One.\nTwo three\nfour.'
 */
export function boundText(input: string, bounds: TextBounds): BoundedText {
  const maxChars = Math.max(1, Math.floor(bounds.maxChars));
  const max = Math.max(2, Math.floor(bounds.maxSentenceChars));
  const truncated = input.length > maxChars;
  const text = truncated ? cutAt(input, maxChars) : input;

  const out: string[] = [];
  let breaks = 0;
  let emitted = 0; // text[emitted..] is not in `out` yet
  let runStart = 0; // first character of the current line (after the last break)
  let lastSentenceEnd = -1; // index of a space after a terminator, in the current run
  let lastSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      runStart = i + 1;
      lastSentenceEnd = lastSpace = -1;
      continue;
    }
    if (isSpace(code)) {
      lastSpace = i;
      if (i > runStart && isTerminator(text.charCodeAt(i - 1))) lastSentenceEnd = i;
    }
    if (i - runStart < max) continue;
    // The run is `max` long: break it. A space used as the break is replaced by it.
    let cut: number;
    let skip: number;
    if (lastSentenceEnd > runStart + max / 4) [cut, skip] = [lastSentenceEnd, 1];
    else if (lastSpace > runStart + max / 2) [cut, skip] = [lastSpace, 1];
    else [cut, skip] = [isHighSurrogate(text.charCodeAt(i - 1)) ? i - 1 : i, 0];
    out.push(text.slice(emitted, cut), '\n');
    breaks++;
    emitted = runStart = cut + skip;
    lastSentenceEnd = lastSpace = -1;
    // Spaces between the cut and i still count for the next break.
    for (let j = runStart; j <= i; j++) {
      if (isSpace(text.charCodeAt(j))) {
        lastSpace = j;
        if (j > runStart && isTerminator(text.charCodeAt(j - 1))) lastSentenceEnd = j;
      }
    }
  }
  if (breaks === 0) return { text, truncated, breaks };
  out.push(text.slice(emitted));
  return { text: out.join(''), truncated, breaks };
}

/** The first `max` characters, ending at a line break or space in the last tenth when there is one; never splits a surrogate pair. */
function cutAt(text: string, max: number): string {
  let end = max;
  const floor = Math.floor(max * 0.9);
  for (let i = max; i > floor; i--) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE || isSpace(code)) {
      end = i;
      break;
    }
  }
  if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
