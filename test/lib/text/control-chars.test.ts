import { hasControlChars, stripControlChars } from '../../../lib/text/control-chars';

describe('stripControlChars', () => {
  it.each([
    ['an OSC window-title sequence with BEL', '착공\u001b]0;owned\u0007 했다', '착공]0;owned 했다'],
    ['a CSI clear-screen', 'opened\u001b[2J\u001b[H today', 'opened[2J[H today'],
    ['8-bit CSI (C1)', 'plant\u009b31m opened', 'plant31m opened'],
    ['DEL and NUL', 'a\u007fb\u0000c', 'abc'],
    ['bidi overrides', 'price \u202e001$\u202c', 'price 001$'],
    ['carriage returns become newlines', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
  ])('removes %s', (_name, input, expected) => {
    expect(stripControlChars(input)).toBe(expected);
    expect(hasControlChars(input)).toBe(true);
    expect(hasControlChars(stripControlChars(input))).toBe(false);
  });

  it('keeps tabs, newlines and every printable script', () => {
    const text = '카카오\t데이터센터\n準工 — “opened” ½ é';
    expect(stripControlChars(text)).toBe(text);
    expect(hasControlChars(text)).toBe(false);
  });
});
