/**
 * Webhooks: an alert as an HTTP POST, shaped for where it goes. Slack incoming webhooks
 * get `{text, blocks}` in Slack's mrkdwn, Discord `{content}`, Microsoft Teams `{text}`,
 * anything else a generic JSON document with the change itself. Delivery retries what
 * can succeed later (network errors, timeouts, 408, 429, 5xx; `Retry-After` honoured up
 * to a cap) and gives up at once on the rest (a 404 will not heal by itself).
 *
 * Webhook URLs come from whoever runs `radar subscribe`, i.e. the operator, so they are
 * not run through the fetcher's public-address guard; they must be https (http only for
 * loopback, where tests and local receivers live).
 */
import { AlertPublishError } from './errors';
import type { Alert } from '../core/ports';
import { InputError } from '../core/errors';
import { changeWords } from './format';

export type WebhookFlavour = 'slack' | 'discord' | 'teams' | 'generic';

/**
 * Which body a webhook URL expects, from its host.
 *
 * @example
 * webhookFlavour('https://hooks.slack.com/services/T0/B0/xyz') // => 'slack'
 * webhookFlavour('https://example.org/radar-hook') // => 'generic'
 */
export function webhookFlavour(url: string): WebhookFlavour {
  const { hostname, pathname } = new URL(url);
  if (hostname === 'hooks.slack.com' || hostname.endsWith('.slack.com')) return 'slack';
  if (/(^|\.)discord(app)?\.com$/.test(hostname) && pathname.startsWith('/api/webhooks/')) return 'discord';
  if (hostname.endsWith('.webhook.office.com') || hostname.endsWith('.logic.azure.com')) return 'teams';
  return 'generic';
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The URL when it can be a webhook, else an `InputError` saying why.
 *
 * @example
 * checkWebhookUrl('http://example.org/hook') // throws: needs https
 */
export function checkWebhookUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`--webhook needs a URL such as https://hooks.slack.com/services/…, not "${value}"`);
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return url.toString();
  throw new InputError(`--webhook needs an https URL (http only for localhost), not "${value}"`);
}

/** Slack mrkdwn escapes exactly these three characters. */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The JSON body for an alert, in the shape the webhook's service expects. */
export function webhookBody(alert: Alert, flavour: WebhookFlavour): Record<string, unknown> {
  const c = alert.change;
  const what = changeWords(c, '→', alert.lang);
  switch (flavour) {
    case 'slack': {
      const date = c.newsDate ? ` · ${c.newsDate}` : '';
      return {
        text: alert.subject,
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: `*${slackEscape(c.project)}*: ${slackEscape(what)}\n>${slackEscape(c.evidence)}` } },
          { type: 'context', elements: [{ type: 'mrkdwn', text: `<${c.url}|${slackEscape(new URL(c.url).hostname)}>${date} · ${Math.round(c.confidence * 100)}%` }] },
        ],
      };
    }
    case 'discord':
      // Discord caps content at 2,000 characters.
      return { content: Array.from(`**${alert.subject}**\n${alert.text}`).slice(0, 2000).join('') };
    case 'teams':
      return { text: `**${alert.subject}**\n\n${alert.text.replace(/\n/g, '\n\n')}` };
    default:
      return { type: 'radar.change', lang: alert.lang, subject: alert.subject, text: alert.text, change: c };
  }
}

export interface WebhookOptions {
  /** Tries in all, the first included. Default 4. */
  attempts?: number;
  /** Wait before the second try; doubled each time. Default 1,000 ms. */
  backoffMs?: number;
  /** The longest `Retry-After` (or backoff) waited for. Default 30,000 ms. */
  maxWaitMs?: number;
  /** Per request. Default 10,000 ms. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The HTTP client; default the global `fetch`. */
  fetch?: typeof fetch;
}

const RETRYABLE_STATUS = (status: number) => status === 408 || status === 429 || status >= 500;

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/**
 * POSTs an alert to a webhook, retrying what can succeed later. Resolves with the number
 * of attempts; rejects with an `AlertPublishError` (`retryable` when a later delivery may
 * still succeed).
 */
export async function postWebhook(url: string, alert: Alert, options: WebhookOptions = {}): Promise<number> {
  return postJson(url, webhookBody(alert, webhookFlavour(url)), alert.change.id, options);
}

/** A digest (subject and plain text) in the shape the webhook's service expects. */
export function digestWebhookBody(digest: { subject: string; text: string; lang: string; count: number; since: string }, flavour: WebhookFlavour): Record<string, unknown> {
  switch (flavour) {
    case 'slack':
      // Slack caps a section's text at 3,000 characters.
      return { text: digest.subject, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: Array.from(slackEscape(digest.text)).slice(0, 2900).join('') } }] };
    case 'discord':
      return { content: Array.from(`**${digest.subject}**\n${digest.text}`).slice(0, 2000).join('') };
    case 'teams':
      return { text: `**${digest.subject}**\n\n${digest.text.replace(/\n/g, '\n\n')}` };
    default:
      return { type: 'radar.digest', ...digest };
  }
}

/** POSTs a digest to a webhook with the same retries as an alert. */
export async function postDigestWebhook(url: string, digest: Parameters<typeof digestWebhookBody>[0] & { audience: string }, options: WebhookOptions = {}): Promise<number> {
  // Only what the reader should see: never the audience's other subscribers.
  const shown = { subject: digest.subject, text: digest.text, lang: digest.lang, count: digest.count, since: digest.since };
  return postJson(url, digestWebhookBody(shown, webhookFlavour(url)), `digest-${digest.audience}`, options);
}

async function postJson(url: string, payload: Record<string, unknown>, id: string, options: WebhookOptions): Promise<number> {
  const attempts = options.attempts ?? 4;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxWait = options.maxWaitMs ?? 30_000;
  const body = JSON.stringify(payload);
  let wait = options.backoffMs ?? 1000;
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let retryable = true;
    let asked: number | undefined;
    try {
      const response = await (options.fetch ?? fetch)(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'ProjectRadar-webhook/0.1' },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      // Always consume the body so the connection can be reused.
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return attempt;
      last = `HTTP ${response.status}`;
      retryable = RETRYABLE_STATUS(response.status);
      asked = retryAfterMs(response.headers.get('retry-after'));
    } catch (error) {
      last = (error as Error).name === 'TimeoutError' ? 'timed out' : `${(error as Error).message}`;
    }
    if (!retryable) throw new AlertPublishError(id, `webhook ${new URL(url).host} refused the alert (${last})`, { retryable: false });
    if (attempt < attempts) {
      await sleep(Math.min(maxWait, asked ?? wait));
      wait *= 2;
    }
  }
  throw new AlertPublishError(id, `webhook ${new URL(url).host} failed ${attempts} times (last: ${last})`, { retryable: true });
}
