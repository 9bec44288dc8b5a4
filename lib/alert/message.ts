/**
 * Turns a change into an alert for every channel: a subject, a plain-text body with the
 * evidence and its URL, an SMS line of at most 160 characters, and the attributes that
 * SNS subscription filter policies match. Pure.
 */
import type { Alert } from '../core/ports';
import type { Change } from '../core/types';
import { changeWords, charCount, headline, rangeText, statusWords, truncate } from './format';

/** The longest SMS body: one GSM segment's worth of characters. */
export const SMS_MAX = 160;

/** The attribute value for a change without an organisation: SNS rejects empty strings. */
export const NO_ORG = '-';

/**
 * Builds the alert for one change.
 *
 * @example
 * buildAlert({ id: 'c1', projectId: 'saemangeum-dc', project: '새만금 데이터센터', org: null, kind: 'status',
 *   from: 'MOU_SIGNED', to: 'CANCELLED', evidence: '사업이 무산됐다.', url: 'https://news.example.kr/1',
 *   at: '2023-11-24T06:00:00Z', confidence: 0.9 }).short
 * // => 'Radar: 새만금 데이터센터: MOU signed → cancelled https://news.example.kr/1'
 */
export function buildAlert(change: Change): Alert {
  return {
    change,
    subject: headline(change),
    text: bodyText(change),
    short: smsText(change),
    attributes: alertAttributes(change),
  };
}

/**
 * What filter policies see. `status` is the status the change arrived at; a slip of
 * either kind is `DELAYED`, so "tell me about delays" catches both.
 */
export function alertAttributes(change: Change): Alert['attributes'] {
  return {
    status: change.kind === 'slip' ? 'DELAYED' : change.to,
    org: change.org || NO_ORG,
    project: change.projectId,
    kind: change.kind,
  };
}

function bodyText(change: Change): string {
  const title = {
    status: 'Status change',
    slip: 'Schedule slip',
    discovered: 'New project',
  }[change.kind];
  const lines = [
    `Project Radar: ${title}`,
    '',
    `Project:    ${change.project}${change.org ? ` (${change.org})` : ''}`,
    `Change:     ${changeWords(change)}`,
  ];
  if (change.kind === 'slip' && change.milestone) {
    lines.push(`Milestone:  ${statusWords(change.milestone)}, was ${change.from ? rangeText(change.from) : 'undated'}, now ${rangeText(change.to)}`);
  }
  lines.push(
    `Evidence:   "${change.evidence}"`,
    `Source:     ${change.url}`,
    `Confidence: ${change.confidence.toFixed(2)}`,
    `Recorded:   ${change.at}`,
    `Change id:  ${change.id}`,
  );
  return lines.join('\n');
}

/**
 * "Radar: <project>: <what> <url>", at most 160 characters: the URL goes first when it
 * does not fit, then the project name is shortened.
 */
function smsText(change: Change): string {
  const head = `Radar: ${change.project}: ${changeWords(change)}`;
  const withUrl = `${head} ${change.url}`;
  if (charCount(withUrl) <= SMS_MAX) return withUrl;
  if (charCount(head) <= SMS_MAX) return head;
  const what = `: ${changeWords(change)}`;
  const room = SMS_MAX - charCount('Radar: ') - charCount(what);
  return room >= 8 ? `Radar: ${truncate(change.project, room)}${what}` : truncate(head, SMS_MAX);
}
