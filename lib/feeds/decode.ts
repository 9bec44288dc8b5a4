/**
 * Feed bytes to text, through the shared `decodeText` (BOM, header, XML declaration, then a
 * content check). One fallback is added for feeds: bytes that are not UTF-8 and declare no
 * charset are sniffed as CP949, the right guess for Korean sources, but old Western feeds
 * without a declaration are Windows-1252 (Latin-1). CP949 decodes most Latin-1 text without
 * a replacement character ("í" + "c" is a valid CP949 pair), so the bytes themselves decide:
 * Korean text is pairs of bytes from 0xA1-0xFE (KS X 1001), Latin-1 text is single high bytes
 * between ASCII letters.
 */
import { decodeText } from '../text/charset';

const REPLACEMENT = '\uFFFD';

/**
 * Decodes a feed body.
 *
 * @example
 * decodeFeedBytes(Buffer.from('<rss><title>Not\xedcias</title></rss>', 'latin1')) // => '<rss><title>Notícias</title></rss>'
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): string {
  const decoded = decodeText(bytes, contentType);
  if (decoded.via !== 'sniffed' || decoded.charset !== 'cp949') return decoded.text;
  if (!decoded.text.includes(REPLACEMENT) && looksKorean(bytes)) return decoded.text;
  return decodeText(bytes, 'text/xml; charset=windows-1252').text;
}

/** True when the high bytes pair up as KS X 1001 (EUC-KR) more often than they sit alone. */
export function looksKorean(bytes: Uint8Array): boolean {
  let pairs = 0;
  let lone = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    if (lead >= 0xa1 && trail >= 0xa1 && trail <= 0xfe) pairs++;
    else if (trail < 0x80) lone++;
    i++;
  }
  return pairs >= lone;
}
