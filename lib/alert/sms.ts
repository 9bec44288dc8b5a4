/**
 * SMS length as carriers bill it. A message in the GSM 03.38 alphabet is packed in 7-bit
 * septets: 160 per message, 153 per part once split (the rest carries the concatenation
 * header). One character outside it ("→", any Hangul, an emoji) switches the whole
 * message to UCS-2: 70 UTF-16 units per message, 67 per part. The extension table
 * (`{ } [ ] ~ | ^ € \` and form feed) costs two septets. Pure.
 */

// The GSM 03.38 basic character set (one septet each); LF and CR included.
const GSM_BASIC = new Set(
  Array.from(
    '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
  ),
);
// The extension table: an escape septet plus one.
const GSM_EXTENDED = new Set(Array.from('^{}\\[~]|€\f'));

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsLength {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  /** Messages the carrier sends (and bills); 0 for an empty text. */
  segments: number;
  /** Units that still fit in the last segment. */
  remaining: number;
}

const LIMITS: Record<SmsEncoding, { single: number; part: number }> = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
};

/** True when every character is in the GSM 03.38 alphabet (basic or extension). */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!GSM_BASIC.has(ch) && !GSM_EXTENDED.has(ch)) return false;
  return true;
}

function unitsOf(text: string, encoding: SmsEncoding): number {
  if (encoding === 'UCS-2') return text.length;
  let units = 0;
  for (const ch of text) units += GSM_EXTENDED.has(ch) ? 2 : 1;
  return units;
}

/**
 * How a text travels as SMS.
 *
 * @example
 * smsLength('Radar: Intel Ohio One: delayed').segments // => 1 (GSM-7, 30 septets)
 * smsLength('Radar: 시흥 데이터센터: MOU signed → cancelled').encoding // => 'UCS-2'
 */
export function smsLength(text: string): SmsLength {
  const encoding: SmsEncoding = isGsm7(text) ? 'GSM-7' : 'UCS-2';
  const units = unitsOf(text, encoding);
  const { single, part } = LIMITS[encoding];
  const segments = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / part);
  const capacity = segments <= 1 ? single : segments * part;
  return { encoding, units, segments, remaining: capacity - units };
}

/** The largest number of units a text of this encoding may have to fit in `segments`. */
export function smsCapacity(encoding: SmsEncoding, segments: number): number {
  const { single, part } = LIMITS[encoding];
  return segments <= 1 ? single : segments * part;
}

/**
 * The text cut (at a character boundary, with "..." or "…") so it fits in `maxSegments`.
 *
 * @example
 * smsLength(fitSms('가'.repeat(200), 2)).segments // => 2
 */
export function fitSms(text: string, maxSegments: number): string {
  if (smsLength(text).segments <= maxSegments) return text;
  const chars = Array.from(text);
  const ellipsis = isGsm7(text) ? '...' : '…';
  let low = 0;
  let high = chars.length;
  // The longest prefix that fits with its ellipsis: binary search, as units grow with length.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const candidate = chars.slice(0, mid).join('').trimEnd() + ellipsis;
    if (smsLength(candidate).segments <= maxSegments) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('').trimEnd() + ellipsis;
}
