/**
 * Applies the line rules of `text-rules.ts` to rendered paragraphs: drops caption,
 * byline, copyright and prompt lines, and cuts the wire-service byline off the first line.
 */
import { LEADING_BYLINE_PATTERNS, LINE_RULES, PARAGRAPH_RULES } from './text-rules';

/**
 * True when a line is boilerplate by one of the line rules.
 *
 * @example
 * isBoilerplateLine('홍길동 기자 hong@example.com') // => true
 * isBoilerplateLine('삼성전자가 평택에 새 라인을 짓는다.') // => false
 */
export function isBoilerplateLine(line: string): boolean {
  return LINE_RULES.some((rule) => line.length <= rule.maxLength && rule.pattern.test(line));
}

/**
 * Removes a leading "(서울=연합뉴스) 홍길동 기자 = " style byline from a line.
 *
 * @example
 * stripLeadingByline('(서울=연합뉴스) 홍길동 기자 = 삼성전자가 …') // => '삼성전자가 …'
 */
export function stripLeadingByline(line: string): string {
  for (const pattern of LEADING_BYLINE_PATTERNS) {
    const match = pattern.exec(line);
    if (match && match[0].length > 0 && match[0].length < line.length) return line.slice(match[0].length).trimStart();
  }
  return line;
}

/**
 * Filters paragraphs line by line and drops paragraphs left empty. Only the first
 * paragraph with text has its leading byline removed: further down the same shape is a quote.
 *
 * @example
 * filterParagraphs(['(서울=뉴스1) 홍길동 기자 = 본문.', '무단전재 및 재배포 금지']) // => ['본문.']
 */
export function filterParagraphs(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const all = paragraph.split('\n');
    const head = all[0] ?? '';
    if (PARAGRAPH_RULES.some((rule) => head.length <= rule.maxLength && rule.pattern.test(head)) && paragraph.length <= 300) continue;
    let lines = all.filter((line) => !isBoilerplateLine(line));
    if (out.length === 0 && lines.length > 0) {
      lines = [stripLeadingByline(lines[0]!), ...lines.slice(1)];
    }
    const kept = lines.join('\n').trim();
    if (kept) out.push(kept);
  }
  return out;
}
