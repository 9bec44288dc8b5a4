/**
 * decodeText on bytes made with iconv-lite: declared, undeclared and mis-declared legacy
 * charsets. The sentences are ours.
 */
import iconv from 'iconv-lite';
import { charsetFromContentType, decodeText, normaliseCharsetLabel, sniffLegacyCharset } from '../../../lib/text/charset';

const KO = '정부는 새만금 데이터센터 건립 계획을 발표했다. 착공은 내년 상반기로 예정돼 있으며, 지역 주민들은 일자리 창출을 기대하고 있다.';
/** 똠, 햏, 뷁 exist only in CP949's extension; strict EUC-KR cannot encode them. */
const KO_CP949_ONLY = '누리꾼들은 이 소식에 "햏" 하고 웃었고, 일부는 "뷁"이라며 실망을 드러냈다. 역 앞에는 똠얌꿍 식당이 문을 열었다.';
const JA = '新しい半導体工場の建設が始まりました。操業開始は二〇二六年の予定です。地元では雇用の増加が期待されています。';
const ZH_HANS = '这座新的数据中心将于明年上半年开工建设，预计二〇二六年投入使用。当地政府表示，该项目对经济发展有重要意义。';
const ZH_HANT = '這座新的資料中心將於明年上半年開工建設，預計二〇二六年投入使用。當地政府表示，該項目對經濟發展有重要意義。';
const FR = 'Le chantier de la nouvelle usine a débuté en mars ; l’ouverture est prévue à l’été 2026, après des années de négociations.';
const DE = 'Die Bauarbeiten für das größere Rechenzentrum in Münster beginnen im Frühjahr; die Eröffnung ist für 2026 geplant.';
const ES = 'La construcción de la planta comenzó en marzo y la inauguración está prevista para el año próximo, según la empresa.';

const html = (body: string, head = ''): string => `<!doctype html><html><head>${head}<title>news</title></head><body><p>${body}</p></body></html>`;
const META_EUCKR = '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">';

describe('labels', () => {
  it.each([
    ['EUC-KR', 'cp949'],
    ['ks_c_5601-1987', 'cp949'],
    ['"x-windows-949"', 'cp949'],
    ['UTF8', 'utf-8'],
    ['ISO-8859-1', 'windows-1252'],
    ['us-ascii', 'windows-1252'],
    ['GB2312', 'gb18030'],
    ['gbk', 'gb18030'],
    ['Big5', 'big5'],
    ['Shift_JIS', 'shift_jis'],
    ['windows-31j', 'shift_jis'],
    ['EUC-JP', 'euc-jp'],
    ['koi8-r', 'koi8-r'],
    ['x-no-such-charset', undefined],
  ])('%s -> %s', (label, charset) => {
    expect(normaliseCharsetLabel(label)).toBe(charset);
  });

  it('reads the charset parameter of a Content-Type header', () => {
    expect(charsetFromContentType('text/html; charset="EUC-KR"')).toBe('cp949');
    expect(charsetFromContentType('text/html')).toBeUndefined();
    expect(charsetFromContentType(undefined)).toBeUndefined();
  });
});

describe('declared and true', () => {
  it.each([
    [KO, 'cp949', 'text/html; charset=euc-kr', 'cp949'],
    [KO_CP949_ONLY, 'cp949', 'text/html; charset=EUC-KR', 'cp949'],
    [JA, 'shift_jis', 'text/html; charset=Shift_JIS', 'shift_jis'],
    [JA, 'euc-jp', 'text/html; charset=euc-jp', 'euc-jp'],
    [ZH_HANS, 'gb18030', 'text/html; charset=gb2312', 'gb18030'],
    [ZH_HANT, 'big5', 'text/html; charset=big5', 'big5'],
    [FR, 'windows-1252', 'text/html; charset=iso-8859-1', 'windows-1252'],
    [KO, 'utf-8', 'text/html; charset=utf-8', 'utf-8'],
  ])('decodes %#: %s via the header', (text, encoding, contentType, charset) => {
    const decoded = decodeText(iconv.encode(html(text), encoding), contentType);
    expect(decoded).toMatchObject({ charset, via: 'header' });
    expect(decoded.text).toContain(text);
  });

  it('keeps the CP949-only syllables that strict EUC-KR decoders garble', () => {
    const bytes = iconv.encode(KO_CP949_ONLY, 'cp949');
    const decoded = decodeText(bytes, 'text/plain; charset=euc-kr');
    expect(decoded.text).toBe(KO_CP949_ONLY);
    for (const syllable of ['똠', '햏', '뷁']) expect(decoded.text).toContain(syllable);
  });

  it('reads a declaration in the XML prolog or a <meta> when there is no header', () => {
    const xml = iconv.encode(`<?xml version="1.0" encoding="EUC-KR"?><rss><channel><title>${KO}</title></channel></rss>`, 'cp949');
    expect(decodeText(xml)).toMatchObject({ charset: 'cp949', via: 'xml-declaration' });
    const page = iconv.encode(html(KO, '<meta charset="euc-kr">'), 'cp949');
    expect(decodeText(page, 'text/html')).toMatchObject({ charset: 'cp949', via: 'meta' });
  });
});

describe('nothing declared: sniffed from the bytes', () => {
  it.each([
    ['Korean', KO, 'cp949', 'cp949'],
    ['Korean with CP949-only syllables', KO_CP949_ONLY, 'cp949', 'cp949'],
    ['a two-syllable Korean title', '착공', 'cp949', 'cp949'],
    ['Japanese (Shift_JIS)', JA, 'shift_jis', 'shift_jis'],
    ['Japanese (EUC-JP)', JA, 'euc-jp', 'euc-jp'],
    ['simplified Chinese (GB2312)', ZH_HANS, 'gb18030', 'gb18030'],
    ['traditional Chinese (Big5)', ZH_HANT, 'big5', 'big5'],
    ['French', FR, 'windows-1252', 'windows-1252'],
    ['German', DE, 'windows-1252', 'windows-1252'],
    ['Spanish', ES, 'windows-1252', 'windows-1252'],
  ])('%s', (_label, text, encoding, charset) => {
    const bytes = iconv.encode(html(text), encoding);
    expect(sniffLegacyCharset(bytes)).toBe(charset);
    const decoded = decodeText(bytes, 'text/html');
    expect(decoded).toMatchObject({ charset, via: 'sniffed' });
    expect(decoded.text).toContain(text);
  });

  it('still recognises Korean cut mid-character by the size cap', () => {
    const bytes = iconv.encode(KO, 'cp949');
    const cut = bytes.subarray(0, bytes.length - 1);
    expect(decodeText(cut)).toMatchObject({ charset: 'cp949', via: 'sniffed' });
  });

  it('is not fooled by Latin text with the odd accented capital followed by a letter', () => {
    // "Ärger" reads as a valid CP949 extension pair (0xC4 0x72); the rest of the text is not Korean.
    const bytes = iconv.encode('Ärger über Öffnungszeiten: Café und Bäckerei schließen früher, heißt es.', 'windows-1252');
    expect(sniffLegacyCharset(bytes)).toBe('windows-1252');
  });
});

describe('a declaration the bytes contradict', () => {
  it('header says utf-8, bytes are EUC-KR and a <meta> says euc-kr: the meta wins', () => {
    const decoded = decodeText(iconv.encode(html(KO, META_EUCKR), 'cp949'), 'text/html; charset=utf-8');
    expect(decoded).toMatchObject({ charset: 'cp949', via: 'meta' });
    expect(decoded.text).toContain(KO);
  });

  it('header says utf-8, bytes are CP949 and nothing else is declared: sniffed', () => {
    const decoded = decodeText(iconv.encode(html(KO_CP949_ONLY), 'cp949'), 'text/html; charset=UTF-8');
    expect(decoded).toMatchObject({ charset: 'cp949', via: 'sniffed' });
    expect(decoded.text).toContain('뷁');
  });

  it('header says euc-kr, content is valid UTF-8: UTF-8', () => {
    const decoded = decodeText(Buffer.from(html(KO), 'utf8'), 'text/html; charset=euc-kr');
    expect(decoded).toMatchObject({ charset: 'utf-8', via: 'sniffed' });
    expect(decoded.text).toContain(KO);
  });

  it('a server default of iso-8859-1 loses to a <meta> euc-kr the Korean bytes fit', () => {
    const decoded = decodeText(iconv.encode(html(KO, META_EUCKR), 'cp949'), 'text/html; charset=ISO-8859-1');
    expect(decoded).toMatchObject({ charset: 'cp949', via: 'meta' });
  });

  it('a server default of iso-8859-1 loses to plainly Korean bytes even without a <meta>', () => {
    const decoded = decodeText(iconv.encode(html(KO), 'cp949'), 'text/html; charset=ISO-8859-1');
    expect(decoded).toMatchObject({ charset: 'cp949', via: 'sniffed' });
  });

  it('header says euc-kr, bytes are windows-1252 French: sniffed as windows-1252', () => {
    const decoded = decodeText(iconv.encode(html(FR), 'windows-1252'), 'text/html; charset=euc-kr');
    expect(decoded).toMatchObject({ charset: 'windows-1252', via: 'sniffed' });
    expect(decoded.text).toContain('débuté');
  });

  it('a correct windows-1252 header on Latin text is kept', () => {
    const decoded = decodeText(iconv.encode(html(DE), 'windows-1252'), 'text/html; charset=windows-1252');
    expect(decoded).toMatchObject({ charset: 'windows-1252', via: 'header' });
    expect(decoded.text).toContain('größere');
  });

  it('UTF-8 with one stray Latin-1 byte stays UTF-8 rather than turning the page into mojibake', () => {
    const bytes = Buffer.concat([Buffer.from(html(KO), 'utf8'), Buffer.from([0xa9]), Buffer.from(' 2024 뉴스', 'utf8')]);
    const decoded = decodeText(bytes, 'text/html; charset=utf-8');
    expect(decoded).toMatchObject({ charset: 'utf-8', via: 'header' });
    expect(decoded.text).toContain(KO);
    expect(decodeText(bytes)).toMatchObject({ charset: 'utf-8', via: 'sniffed' });
  });

  it('an undecodable label is ignored', () => {
    const decoded = decodeText(iconv.encode(html(KO), 'cp949'), 'text/html; charset=x-made-up');
    expect(decoded).toMatchObject({ charset: 'cp949', via: 'sniffed' });
  });
});

describe('BOMs, UTF-16 and ASCII', () => {
  it.each([
    ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(KO, 'utf8')])],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(KO, 'utf-16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(KO, 'utf-16be')])],
  ])('trusts a %s BOM over a header', (charset, bytes) => {
    expect(decodeText(bytes, 'text/html; charset=euc-kr')).toEqual({ text: KO, charset, via: 'bom' });
  });

  it('recognises UTF-16 without a BOM by its zero bytes', () => {
    const decoded = decodeText(iconv.encode(html('Plant opens in 2026'), 'utf-16le'));
    expect(decoded).toMatchObject({ charset: 'utf-16le', via: 'sniffed' });
    expect(decoded.text).toContain('Plant opens in 2026');
  });

  it('reports the declared charset for pure ASCII, utf-8 by default', () => {
    expect(decodeText(Buffer.from('plain news'), 'text/plain; charset=euc-kr')).toEqual({ text: 'plain news', charset: 'cp949', via: 'header' });
    expect(decodeText(Buffer.from('plain news'))).toEqual({ text: 'plain news', charset: 'utf-8', via: 'default' });
    expect(decodeText(Buffer.from('<meta charset="utf-16">plain'))).toMatchObject({ charset: 'utf-8', via: 'meta' });
  });

  it('decodes a Uint8Array view into a larger buffer correctly', () => {
    const bytes = iconv.encode(`xx${KO}`, 'cp949');
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset + 2, bytes.byteLength - 2);
    expect(decodeText(view, 'text/plain; charset=euc-kr').text).toBe(KO);
  });
});
