/**
 * Markers around news sentences that are not sentences: list bullets, photo credits,
 * copyright lines. The splitter (../sentences.ts) reads these lists; the scanning code
 * stays there.
 */

/**
 * Characters that open a list item at the start of a line; the bullet is not part of the
 * sentence. "-" and "*" count only when a space follows ("-3% growth" is a sentence).
 */
export const LIST_BULLETS: ReadonlySet<string> = new Set([
  '▲', '△', '▶', '▷', '►', '■', '□', '◆', '◇', '●', '○', '◎', '•', '◦', '‣', '·', 'ㆍ', '※', '☞', '➤', '➔', '→', '✔', '✓',
]);

/** Bullets that must be followed by a space to count (they also start numbers and words). */
export const LIST_BULLETS_NEEDING_SPACE: ReadonlySet<string> = new Set(['-', '–', '—', '*', '+']);

/**
 * Words that open a photo or source credit inside brackets: "(사진=카카오)",
 * "[사진 제공=네이버]", "(자료=통계청)", "(Photo: Yonhap)", "(Courtesy of Samsung)".
 * The word must be followed by "=", ":" or (English) " by"/" of"/" courtesy" to count, so
 * "홍길동 대표(사진)는" stays a sentence.
 */
export const CREDIT_WORDS: readonly string[] = [
  '사진제공', '사진 제공', '자료사진', '사진', '그래픽', '일러스트', '이미지', '영상', '자료', '제공', '출처', '도표', '표',
  'Photo', 'Photos', 'photo', 'Image', 'Images', 'Graphic', 'Graphics', 'Source', 'Credit', 'Courtesy', 'courtesy', 'Video',
];

/**
 * Agencies whose name alone in brackets at the end of a line marks a photo caption
 * ("… at the plant on Tuesday. (Yonhap)"); at the start of a line the same bracket is a
 * dateline and is stripped as a byline.
 */
export const CREDIT_AGENCIES: ReadonlySet<string> = new Set([
  'Yonhap', 'AP', 'AFP', 'Reuters', 'EPA', 'Bloomberg', 'Getty Images', 'AP Photo', 'Reuters Photo', 'Yonhap Photo',
  'News1', 'Newsis', 'Xinhua', 'Kyodo', 'EPA-EFE', 'UPI', 'Korea Times', 'Korea Herald', 'Korea JoongAng Daily',
  '연합뉴스', '뉴스1', '뉴시스', 'AP=연합뉴스', 'AFP=연합뉴스', '로이터=연합뉴스', 'EPA=연합뉴스', '게티이미지',
  '게티이미지뱅크', '셔터스톡', 'Shutterstock',
]);

/**
 * Substrings of boilerplate lines (copyright, redistribution notices); a line holding one is
 * dropped whole. These lines sit at the foot of Korean articles.
 */
export const BOILERPLATE_MARKERS: readonly string[] = [
  '무단전재', '무단 전재', '재배포 금지', '재배포금지', '저작권자', 'ⓒ', '©', 'Copyright', 'COPYRIGHT', 'All rights reserved',
  'all rights reserved',
];

/** Job titles that end a Korean byline: "홍길동 기자 =", "김철수 특파원 =". */
export const REPORTER_TITLES: readonly string[] = ['객원기자', '기자', '특파원', '논설위원', '선임기자', '전문기자', '통신원'];

/**
 * Korean syllables a sentence-final predicate ends with: "했다", "합니다", "해요", "하죠",
 * "할까". Kept short on purpose: "전경", "모습", "투자" end photo captions, never these.
 */
export const KO_FINAL_SYLLABLES: ReadonlySet<string> = new Set(['다', '요', '죠', '까']);
