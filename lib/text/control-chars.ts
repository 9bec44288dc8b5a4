/**
 * Control characters out of stored text. Article pages and feeds are written by
 * strangers: an ESC or BEL byte in a title or a sentence, stored as it came, reaches a
 * terminal (`radar show`), an e-mail or an SMS later and can set a window title, clear a
 * screen or hide a line. Text is cleaned once, at ingest, before anything is stored.
 *
 * Kept: tab and newline (text layout). A carriage return becomes a newline. Removed:
 * the rest of C0 (U+0000-U+001F), DEL (U+007F), C1 (U+0080-U+009F: 8-bit CSI and OSC
 * among them), and the bidirectional overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069), which can make a line read differently from what it holds.
 */

// The control characters are the point of these patterns.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CARRIAGE_RETURN = /\r\n?/g;

/**
 * The text without control characters (see the module header for the exact set).
 *
 * @example
 * stripControlChars('착공\u001b]0;pwned\u0007 했다') // => '착공]0;pwned 했다'
 * stripControlChars('line one\r\nline two') // => 'line one\nline two'
 */
export function stripControlChars(text: string): string {
  return text.replace(CARRIAGE_RETURN, '\n').replace(CONTROL, '');
}

/** True when the text holds a character {@link stripControlChars} would remove. */
export function hasControlChars(text: string): boolean {
  CONTROL.lastIndex = 0;
  const found = CONTROL.test(text) || text.includes('\r');
  CONTROL.lastIndex = 0;
  return found;
}
