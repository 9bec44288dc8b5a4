/**
 * Line-level rules: lines of the extracted body that are not story text although they
 * sit inside the article container (captions, bylines, copyright footers, prompts).
 * Each rule says why it exists; `filter-lines.ts` applies them.
 *
 * `maxLength` guards against eating a real paragraph that happens to match: boilerplate
 * lines are short, story paragraphs are not.
 */

export interface LineRule {
  /** What the rule removes, for debugging. */
  kind: 'caption' | 'byline' | 'copyright' | 'prompt' | 'date';
  pattern: RegExp;
  /** The rule only applies to lines up to this many characters. */
  maxLength: number;
}

const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
/** A Korean personal name: two to four syllables (the family name is part of it). */
const KO_NAME = '[가-힣]{2,4}';
/** Job titles that follow a reporter's name in Korean bylines. */
const KO_TITLE = '(?:기자|특파원|선임기자|전문기자|객원기자|인턴기자|수습기자|통신원|논설위원|칼럼니스트|에디터)';
/** Words Korean captions use to credit a picture: (사진=삼성전자), /그래픽=홍길동 기자, [자료=통계청]. */
const KO_CREDIT = '(?:사진|그래픽|자료|영상|이미지|일러스트|출처|제공|사진제공|자료사진|캡처|화면\\s*캡처)';

/** Lines removed whole. */
export const LINE_RULES: readonly LineRule[] = [
  // "삼성전자 평택캠퍼스 전경 (사진=삼성전자)": a caption ends in a credit in brackets.
  { kind: 'caption', pattern: new RegExp(`[(\\[<〈【]\\s*${KO_CREDIT}\\s*[=:：]?[^)\\]>〉】]{0,40}[)\\]>〉】]\\s*$`), maxLength: 200 },
  // "경기 평택의 반도체 공장 전경. /사진=연합뉴스": the slash form newspapers use under photos.
  { kind: 'caption', pattern: new RegExp(`/\\s*${KO_CREDIT}\\s*[=:：]\\s*\\S.{0,40}$`), maxLength: 200 },
  // "[사진=뉴스1] …" or "사진=삼성전자 제공": the credit first.
  { kind: 'caption', pattern: new RegExp(`^\\s*[\\[(<〈]?\\s*${KO_CREDIT}\\s*[=:：]`), maxLength: 200 },
  // "▲ 평택캠퍼스 P3 라인 전경. 삼성전자 제공": ▲/△ open a caption under a Korean news photo.
  // Only one ▲: "▲반도체 ▲배터리 ▲바이오 분야에 투자한다" is an enumeration inside a sentence.
  { kind: 'caption', pattern: /^\s*[▲△](?!.*[▲△])/, maxLength: 160 },
  // "[세광머티리얼즈 제공. 재판매 및 DB 금지]", "(연합뉴스 자료사진)": a bracketed credit ends the line.
  { kind: 'caption', pattern: /[([][^()[\]]{0,30}(?:제공|자료사진|캡처)[^()[\]]{0,20}[)\]]\s*$/, maxLength: 200 },
  // "… (Photo: Samsung Electronics)", "(Image credit: Getty)", "Photo by …", "Credit: …".
  { kind: 'caption', pattern: /\(\s*(?:photo|image|picture|graphic|illustration|credit)s?(?:\s+credit)?\s*(?::|by|courtesy)[^)]{0,80}\)\s*$/i, maxLength: 250 },
  { kind: 'caption', pattern: /^\s*(?:photo|image|picture|graphic|illustration)s?\s*(?:credit\s*)?(?::|by\b|courtesy\b)/i, maxLength: 200 },
  { kind: 'caption', pattern: /^\s*(?:credit|source)\s*:\s*\S.{0,60}$/i, maxLength: 80 },
  // "… | Getty Images", "… (Reuters/Kim Hong-Ji)": agency credits end captions.
  { kind: 'caption', pattern: /(?:getty images|shutterstock|ap photo|afp(?: via getty)?|reuters\/[\w .-]+|bloomberg(?: via getty)?|epa-efe)\)?\s*$/i, maxLength: 250 },

  // "홍길동 기자 hong@example.com", "[아시아경제 홍길동 기자]", "홍길동 특파원": the reporter line.
  { kind: 'byline', pattern: new RegExp(`^[\\[(]?\\s*(?:[가-힣A-Za-z0-9·]+\\s*)?(?:=\\s*)?${KO_NAME}\\s*${KO_TITLE}\\s*[\\])]?\\s*[(<]?(?:${EMAIL})?[)>]?\\s*$`), maxLength: 80 },
  // "글·사진=홍길동 기자", "정리=홍길동 기자": credit-style bylines.
  { kind: 'byline', pattern: new RegExp(`^\\s*(?:글|정리|취재|글·사진|사진·글)\\s*[=:]\\s*${KO_NAME}(?:\\s*${KO_TITLE})?\\s*$`), maxLength: 40 },
  // A name with an e-mail address anywhere in a short line: "홍길동 기자(hong@example.com) 기사 더보기".
  { kind: 'byline', pattern: new RegExp(`${KO_NAME}\\s*${KO_TITLE}.{0,12}${EMAIL}`), maxLength: 90 },
  // A line that is only an e-mail address.
  { kind: 'byline', pattern: new RegExp(`^\\s*[<(]?${EMAIL}[>)]?\\s*$`), maxLength: 80 },
  // "By Jane Doe", "By Jane Doe and John Roe": English bylines (names capitalised).
  { kind: 'byline', pattern: /^\s*by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*\s*$/i, maxLength: 90 },
  // "Reporting by …; Editing by …": the wire-service credit line.
  { kind: 'byline', pattern: /^\s*\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\s+[A-Z]/i, maxLength: 250 },

  // Press releases: "SOURCE Arcturus AI" closes a newswire release (upper case by convention).
  { kind: 'byline', pattern: /^SOURCE\s+\S/, maxLength: 80 },

  // A line that is only a date or a time ("2023.11.24 14:05", "Nov. 24, 2023, 5:05 AM ET") is a timestamp, not a sentence.
  // The date needs a four-digit year, or a time after it: "4.2.3" alone is a version number (a release table).
  { kind: 'date', pattern: /^\s*(?:\d{4}[./-]\s?\d{1,2}[./-]\s?\d{1,2}\.?|\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{4}\.?|\d{4}년\s*\d{1,2}월\s*\d{1,2}일)(?:\s*\([^)]{1,4}\))?(?:\s*(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?(?:\s*[A-Z]{2,4})?\s*$/, maxLength: 40 },
  { kind: 'date', pattern: /^\s*\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{1,2}\.?(?:\s*\([^)]{1,4}\))?\s*(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?\s*$/, maxLength: 40 },
  { kind: 'date', pattern: /^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?(?:\s*[A-Z]{2,4})?\s*$/i, maxLength: 50 },

  // "무단전재 및 재배포 금지", "저작권자 © 데일리팜": Korean copyright footers.
  { kind: 'copyright', pattern: /무단\s*(?:전재|복제|배포)|재배포\s*금지|저작권자\s*[©ⓒ(]|[©ⓒ]\s*[가-힣]/, maxLength: 250 },
  // "… © Global Wire" ends a credit line; a "©" inside a sentence ("a manifesto™© we …") does not.
  { kind: 'copyright', pattern: /(?:^|\s)[©ⓒ]\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s*\.?\s*$/, maxLength: 250 },
  { kind: 'copyright', pattern: /^\s*(?:copyright\b|©|ⓒ|\(c\)\s*\d{4})/i, maxLength: 250 },
  { kind: 'copyright', pattern: /all rights reserved|©\s*(?:19|20)\d{2}/i, maxLength: 250 },

  // "네이버 메인에서 ○○○을 구독하세요", "구독하기", "카카오톡 채널 추가": subscription prompts.
  // Anchored to the end of a short line: "유료 구독 신청이 늘었다" in a story must stay.
  { kind: 'prompt', pattern: /(?:구독|팔로우|좋아요|공감)\s*(?:하기|하세요|해\s*주세요|눌러\s*주세요)\s*[!.]?\s*$/, maxLength: 80 },
  { kind: 'prompt', pattern: /(?:네이버|다음|구글)\s*(?:뉴스\s*)?(?:메인|채널|뉴스스탠드|홈)에서.{0,40}(?:구독|추가|설정)/, maxLength: 120 },
  // "제보는 카카오톡 okjebo", "기사 제보: jebo@…", "카카오톡 채널 추가": tip-line and channel prompts.
  { kind: 'prompt', pattern: /^\s*(?:\[|<)?\s*(?:기사\s*)?제보(?:는|하기|\s*[:：])|카카오톡\s*(?:채널|친구)\s*(?:추가|맺기)|채널\s*추가\s*$/, maxLength: 80 },
  // "▶ 관련기사 보러가기", "☞ 이 기사 더보기": arrow-led link promos.
  { kind: 'prompt', pattern: /^\s*[▶▷►☞→◆]/, maxLength: 80 },
  // "Subscribe to our newsletter", "Sign up for …", "Read more: …", "Advertisement".
  { kind: 'prompt', pattern: /^\s*(?:subscribe|sign up|sign in|log in)\b|(?:subscribe to|sign up for)\s+(?:our|the)\b/i, maxLength: 160 },
  { kind: 'prompt', pattern: /^\s*(?:read more|related(?: stories| articles| news)?|see also|more from [\w ]+|recommended|also read|read next)\s*:/i, maxLength: 160 },
  // "Loading…", "로딩 중…", "正在加载...": a placeholder that scripts replace, never a sentence.
  { kind: 'prompt', pattern: /^\s*(?:loading|로딩\s*중|불러오는\s*중(?:입니다)?|正在加载|加载中|読み込み中)\s*(?:\.{2,3}|…)?\s*$/i, maxLength: 30 },
  // Headings left behind by a removed box: "Related stories", "관련기사", "많이 본 뉴스".
  { kind: 'prompt', pattern: /^\s*(?:continue reading|story continues below|advertisement|advertising|ad|sponsored|related(?: stories| articles| coverage| content| links| news)?|more (?:stories|on this(?: story)?)|you may also like|most (?:read|popular|viewed)|관련\s*(?:기사|뉴스)|(?:많이|가장 많이)\s*본\s*(?:기사|뉴스)|추천\s*(?:기사|뉴스)|함께\s*(?:볼만한|보면 좋은)\s*(?:기사|뉴스)|광고)\s*$/i, maxLength: 40 },
];

/**
 * Prefixes removed from the first line of a Korean story: wire-service datelines with the
 * reporter's name, "(서울=연합뉴스) 홍길동 기자 = ", "[서울=뉴시스]홍길동 기자 =", and the
 * bracketed bylines of newspapers, "[아시아경제 홍길동 기자] ". The sentence after them stays.
 */
export const LEADING_BYLINE_PATTERNS: readonly RegExp[] = [
  new RegExp(`^\\s*[(\\[【〔]\\s*[가-힣A-Za-z]{1,10}\\s*=\\s*[가-힣A-Za-z0-9]{1,12}\\s*[)\\]】〕]\\s*(?:(?:${KO_NAME}(?:\\s*[·,]\\s*${KO_NAME}|\\s+${KO_NAME})*)\\s*${KO_TITLE}\\s*=?\\s*)?`),
  new RegExp(`^\\s*[\\[(【]\\s*[가-힣A-Za-z0-9]{1,12}\\s*=?\\s*${KO_NAME}\\s*${KO_TITLE}\\s*[\\])】]\\s*`),
];

/**
 * Paragraphs removed whole when their first line matches: a contact block is a heading
 * line followed by a name, a phone number and an address, none of which match alone.
 */
export const PARAGRAPH_RULES: readonly LineRule[] = [
  { kind: 'byline', pattern: /^\s*(?:media|press|investor|editorial)\s+(?:contacts?|inquiries|enquiries)\s*:?\s*$/i, maxLength: 40 },
  { kind: 'byline', pattern: /^\s*(?:문의|취재\s*문의|보도\s*문의|담당)\s*[:：]?\s*$/, maxLength: 20 },
];

/**
 * The author's note under a story: "Jane Doe is a Metro reporter …", "John Roe covers the
 * White House.", "Ana Ruiz has covered economics since 2012." A capitalised name of two to
 * four words, then a verb that introduces a biography. Templates put it just after the
 * body container, so `author-bio.ts` looks for it there; it is story text the reader
 * expects (readers' tools keep it), unlike the byline box.
 */
export const AUTHOR_BIO_START =
  /^(?:[A-Z][\p{L}.'’-]*\s+){1,3}[A-Z][\p{L}'’-]+\s+(?:is\s+(?:a|an|the)\b|was\s+(?:a|an|the)\b|covers\b|has\s+covered\b|has\s+been\s+(?:a|an|the|covering|writing|reporting)\b|writes\b|reports\s+on\b)/u;

/** A biography names the trade: one of these words must follow the name. */
export const AUTHOR_BIO_TRADE =
  /\b(?:reporter|correspondent|writer|editor|journalist|author|columnist|contributor|critic|producer|covers|covered|covering|bureau|newsletter|podcast)\b/i;
