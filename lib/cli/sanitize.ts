/**
 * Output hygiene: text from feeds and pages reaches the terminal through `radar extract`,
 * `analyze`, `show`, alerts and error messages. An ESC or BEL byte in an article can set
 * the window title, clear the screen or fake a line (SECURITY: terminal injection), so
 * everything the CLI prints goes through {@link stripControls} on its way out. JSON is no
 * exception: `JSON.stringify` escapes C0 bytes but leaves DEL and the C1 range (U+0080 to
 * U+009F, where U+009B is a one-character CSI in some terminals) raw.
 */

// C0 without TAB (\x09) and LF (\x0a), DEL, and C1. CR goes too: a lone CR rewrites the
// line a reader sees. Bidirectional overrides reorder what is shown ("Trojan Source").
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text with terminal control characters removed; newlines and tabs stay.
 *
 * @example
 * stripControls('Title\x1b]0;pwned\x07 ok\n') // => 'Title]0;pwned ok\n'
 */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** True when the text holds any character {@link stripControls} would remove. */
export function hasControls(text: string): boolean {
  CONTROLS.lastIndex = 0;
  const found = CONTROLS.test(text);
  CONTROLS.lastIndex = 0;
  return found;
}
