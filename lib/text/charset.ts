/**
 * Turns response bytes into text. Korean sites still serve EUC-KR/CP949, often with no
 * charset header or a wrong one, so the declared charset is checked against the bytes.
 *
 * Order of trust: a BOM (it cannot lie), the Content-Type header, the XML declaration,
 * `<meta charset>` / `<meta http-equiv>`; then a content check: bytes that are valid
 * UTF-8 are UTF-8 whatever was declared, and bytes that are not are decoded as the
 * declared legacy charset or, with nothing declared, as CP949 (a superset of EUC-KR).
 * iconv-lite decodes CP949 correctly; Node's TextDecoder('euc-kr') garbles CP949-only syllables.
 */
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The charset actually used, lower case (e.g. `utf-8`, `cp949`). */
  charset: string;
  /** Where the charset came from. */
  via: 'bom' | 'header' | 'xml-declaration' | 'meta' | 'sniffed' | 'default';
}

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true });

/** Maps declared labels to the decoder we trust for them. */
function normaliseLabel(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  // EUC-KR pages are CP949 in practice (the web's "euc-kr" label means windows-949).
  if (l === 'euc-kr' || l === 'euckr' || l === 'ks_c_5601-1987' || l === 'ksc5601' || l === 'cp949' || l === 'windows-949' || l === 'x-windows-949' || l === 'uhc') return 'cp949';
  // Browsers decode latin1 labels as windows-1252.
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii') return 'windows-1252';
  return l;
}

/** The `charset=` parameter of a Content-Type header, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType && /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match?.[1] ? normaliseLabel(match[1]) : undefined;
}

function fromBom(bytes: Uint8Array): { charset: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  return undefined;
}

function fromDocument(head: string): { charset: string; via: 'xml-declaration' | 'meta' } | undefined {
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return { charset: normaliseLabel(xml[1]), via: 'xml-declaration' };
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (meta?.[1]) return { charset: normaliseLabel(meta[1]), via: 'meta' };
  return undefined;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    UTF8_FATAL.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeAs(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  if (iconv.encodingExists(charset)) return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Decodes a response body.
 *
 * @example
 * decodeText(Buffer.from([0xc7, 0xd1]), 'text/html; charset=euc-kr').text // => '한'
 */
export function decodeText(body: Uint8Array, contentType?: string): DecodedText {
  const bom = fromBom(body);
  if (bom) return { text: decodeAs(body.subarray(bom.skip), bom.charset), charset: bom.charset, via: 'bom' };

  // Declarations sit in the first few KB and are ASCII, so latin1 is a safe way to read them.
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 4096)).toString('latin1');
  const header = charsetFromContentType(contentType);
  const inDoc = fromDocument(head);
  const declared = header ? { charset: header, via: 'header' as const } : inDoc;

  if (!hasHighBytes(body)) return { text: decodeAs(body, 'utf-8'), charset: declared?.charset ?? 'utf-8', via: declared?.via ?? 'default' };

  const utf8 = isValidUtf8(body);
  if (declared && (declared.charset === 'utf-8') === utf8) return { text: decodeAs(body, declared.charset), ...declared };
  if (utf8) return { text: decodeAs(body, 'utf-8'), charset: 'utf-8', via: 'sniffed' };
  // Not UTF-8: trust a legacy declaration (the header may be a server default that lies).
  const legacy = [header, inDoc?.charset].find((c) => c && c !== 'utf-8');
  if (legacy) return { text: decodeAs(body, legacy), charset: legacy, via: legacy === header ? 'header' : inDoc!.via };
  return { text: decodeAs(body, 'cp949'), charset: 'cp949', via: 'sniffed' };
}
