/**
 * One-line summaries of a poll, for `radar run` and `radar demo`.
 */
import type { PollReport } from '../pipeline/poll-source';
import { withoutCode } from './errors';

export function formatPollReport(report: PollReport): string {
  switch (report.outcome) {
    case 'failed':
      return `✗ ${report.sourceId}: ${report.error ? withoutCode(report.error.code, report.error.message) : 'failed'}`;
    case 'backing-off':
      return `… ${report.sourceId}: backing off after failures`;
    case 'not-modified':
      return `= ${report.sourceId}: not modified`;
    default: {
      const warn = report.itemFailures.length ? `, ${report.itemFailures.length} page(s) unreadable (used the feed summary)` : '';
      return `✓ ${report.sourceId}: ${report.items} items, ${report.newArticles} new, ${report.events.length} events, ${report.changes.length} changes${warn}`;
    }
  }
}
