/**
 * The local channel: prints one readable block per alert and, when given a path,
 * appends the alert as one JSON line to an outbox file (`.radar/outbox.jsonl`), so a
 * demo or a test can read what would have been sent.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Alert, AlertPublisher, Subscription } from '../core/ports';
import { matchesSubscription } from './filter-policy';

export interface ConsolePublisherOptions {
  /** Receives each block (no trailing newline). Default: standard output. */
  write?: (line: string) => void;
  /** File to append one JSON line per alert to; its folder is created. */
  outboxPath?: string;
  /**
   * The local subscriptions (`radar subscribe` without AWS): each alert names the ones
   * whose filters it matches, i.e. who would have been told on AWS.
   */
  subscriptions?: () => Promise<Subscription[]>;
}

/** One JSON line of the outbox. */
export interface OutboxRecord {
  id: string;
  subject: string;
  text: string;
  short: string;
  attributes: Alert['attributes'];
  change: Alert['change'];
  /** Endpoints of the matching local subscriptions. */
  recipients: string[];
}

/** The block printed for an alert: the subject, the body indented under it, and the SMS line. */
export function consoleBlock(alert: Alert, recipients: string[] = []): string {
  const rule = '-'.repeat(60);
  const body = alert.text
    .split('\n')
    .map((line) => (line ? `  ${line}` : ''))
    .join('\n');
  const to = recipients.length ? [`  To: ${recipients.join(', ')}`] : [];
  return [rule, `ALERT ${alert.subject}`, body, `  SMS: ${alert.short}`, ...to, rule].join('\n');
}

export function createConsolePublisher(options: ConsolePublisherOptions = {}): AlertPublisher {
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  let folderReady: Promise<unknown> | undefined;
  return {
    async publish(alert) {
      const recipients = options.subscriptions
        ? (await options.subscriptions()).filter((sub) => matchesSubscription(alert, sub)).map((sub) => `${sub.endpoint} (${sub.protocol})`)
        : [];
      if (options.outboxPath) {
        folderReady ??= mkdir(dirname(options.outboxPath), { recursive: true });
        await folderReady;
        const record: OutboxRecord = { id: alert.change.id, subject: alert.subject, text: alert.text, short: alert.short, attributes: alert.attributes, change: alert.change, recipients };
        // One appendFile per line: each write is a single O_APPEND write, so lines from
        // two processes never interleave.
        await appendFile(options.outboxPath, `${JSON.stringify(record)}\n`, 'utf8');
      }
      write(consoleBlock(alert, recipients));
    },
    // The outbox file is this channel's own delivery record: an interrupted publish is
    // delivered when its line is there (one O_APPEND write: all of it or none).
    async wasDelivered(changeId) {
      if (!options.outboxPath) return undefined;
      let text: string;
      try {
        text = await readFile(options.outboxPath, 'utf8');
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return false;
        throw error;
      }
      return text.includes(`{"id":${JSON.stringify(changeId)},`);
    },
  };
}
