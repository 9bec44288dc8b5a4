/**
 * Turns a change into an alert for every channel, in Korean or English: a subject, a
 * plain-text body with the evidence, its URL, the news date and when Radar saw it, an
 * SMS line of at most two billed segments, and the attributes that SNS subscription
 * filter policies match. Pure.
 */
import type { Alert } from '../core/ports';
import type { Change, Lang } from '../core/types';
import { changeWords, defaultTimeZone, headline, instantText, rangeText, statusWords, truncate } from './format';
import { fitSms, smsLength } from './sms';

/** The most SMS segments an alert may cost (each is billed as one message). */
export const SMS_MAX_SEGMENTS = 2;

/** The attribute value for a change without an organisation: SNS rejects empty strings. */
export const NO_ORG = '-';

export interface AlertOptions {
  /** The reader's language; default English. */
  lang?: Lang;
  /** The zone "seen by Radar" is shown in; default Asia/Seoul for Korean, UTC for English. */
  timeZone?: string;
}

/**
 * Builds the alert for one change.
 *
 * @example
 * buildAlert({ id: 'c1', projectId: 'saemangeum-dc', project: '새만금 데이터센터', org: null, kind: 'status',
 *   from: 'MOU_SIGNED', to: 'CANCELLED', evidence: '사업이 무산됐다.', url: 'https://news.example.kr/1',
 *   at: '2023-11-24T06:00:00Z', newsDate: '2023-11-24', confidence: 0.9 }, { lang: 'ko' }).short
 * // => 'Radar: 새만금 데이터센터: 업무협약 체결 → 무산 (2023-11-24) https://news.example.kr/1'
 */
export function buildAlert(change: Change, options: AlertOptions = {}): Alert {
  const lang = options.lang ?? 'en';
  const timeZone = options.timeZone ?? defaultTimeZone(lang);
  return {
    change,
    lang,
    subject: headline(change, lang),
    text: bodyText(change, lang, timeZone),
    short: smsText(change, lang),
    attributes: alertAttributes(change, lang),
  };
}

/**
 * What filter policies see. `status` is the status the change arrived at; a slip of
 * either kind is `DELAYED`, so "tell me about delays" catches both.
 */
export function alertAttributes(change: Change, lang: Lang = 'en'): Alert['attributes'] {
  return {
    status: change.kind === 'slip' ? 'DELAYED' : change.to,
    org: change.org || NO_ORG,
    project: change.projectId,
    kind: change.kind,
    lang,
  };
}

const LABELS = {
  en: {
    title: { status: 'Status change', slip: 'Schedule slip', discovered: 'New project' },
    project: 'Project:    ',
    change: 'Change:     ',
    milestone: 'Milestone:  ',
    evidence: 'Evidence:   ',
    source: 'Source:     ',
    newsDate: 'News date:  ',
    seen: 'Seen:       ',
    confidence: 'Confidence: ',
    id: 'Change id:  ',
    undated: 'undated',
    unknownDate: 'not given',
    milestoneText: (m: string, was: string, now: string) => `${m}, was ${was}, now ${now}`,
  },
  ko: {
    title: { status: '상태 변경', slip: '일정 지연', discovered: '새 프로젝트' },
    project: '프로젝트:  ',
    change: '변경:      ',
    milestone: '일정:      ',
    evidence: '근거:      ',
    source: '출처:      ',
    newsDate: '뉴스 날짜: ',
    seen: '감지 시각: ',
    confidence: '신뢰도:    ',
    id: '변경 ID:   ',
    undated: '날짜 없음',
    unknownDate: '알 수 없음',
    milestoneText: (m: string, was: string, now: string) => `${m}: ${was} → ${now}`,
  },
} as const;

function bodyText(change: Change, lang: Lang, timeZone: string): string {
  const l = LABELS[lang];
  const lines = [`Project Radar: ${l.title[change.kind]}`, '', `${l.project}${change.project}${change.org ? ` (${change.org})` : ''}`, `${l.change}${changeWords(change, '→', lang)}`];
  if (change.kind === 'slip' && change.milestone) {
    lines.push(`${l.milestone}${l.milestoneText(statusWords(change.milestone, lang), change.from ? rangeText(change.from, lang) : l.undated, rangeText(change.to, lang))}`);
  }
  lines.push(
    `${l.evidence}"${change.evidence}"`,
    `${l.source}${change.url}`,
    // The news date (when it happened or was reported) and when Radar saw it are two
    // different facts: a 2022 groundbreaking found today is 2022 news.
    `${l.newsDate}${change.newsDate ?? l.unknownDate}`,
    `${l.seen}${instantText(change.at, timeZone)}`,
    `${l.confidence}${change.confidence.toFixed(2)}`,
    `${l.id}${change.id}`,
  );
  return lines.join('\n');
}

/**
 * "Radar: <project>: <what> (<news date>) <url>" in at most {@link SMS_MAX_SEGMENTS}
 * billed segments. English uses "->" so a Latin name stays in the 7-bit alphabet (160
 * characters a segment instead of 70). What goes first when it does not fit: the URL,
 * then the date, then the project name is shortened.
 */
function smsText(change: Change, lang: Lang): string {
  const arrow = lang === 'ko' ? '→' : '->';
  const what = changeWords(change, arrow, lang);
  const date = change.newsDate ? ` (${change.newsDate})` : '';
  const fits = (text: string) => smsLength(text).segments <= SMS_MAX_SEGMENTS;
  const candidates = [`Radar: ${change.project}: ${what}${date} ${change.url}`, `Radar: ${change.project}: ${what}${date}`, `Radar: ${change.project}: ${what}`];
  const fitting = candidates.find(fits);
  if (fitting) return fitting;
  // Shorten the name until the line fits; keep at least a few characters of it.
  const chars = Array.from(change.project);
  for (let keep = chars.length - 1; keep >= 8; keep--) {
    const text = `Radar: ${truncate(change.project, keep)}: ${what}`;
    if (fits(text)) return text;
  }
  return fitSms(`Radar: ${change.project}: ${what}`, SMS_MAX_SEGMENTS);
}
