/**
 * The daily digest: the changes of the last 24 hours in one message, grouped by project,
 * in Korean or English. Each daily subscriber gets the digest of *their* filters: the
 * subscribers with the same language and filters form one audience (`digestAudience`)
 * and share one message, so a subscriber who follows only Kakao never gets a digest of
 * everything, and one without filters gets it all.
 *
 * Sent at most once a day per audience and target: `sendDigests` claims
 * `digest#<day>#<audience>#<target>` in the store (the same claims that make alerts
 * alert-once), so a retried Lambda or two local runners never send one twice.
 */
import { digestAudience, matchesFilters } from '../alert/filter-policy';
import { defaultTimeZone, instantText, rangeText, statusWords } from '../alert/format';
import { alertAttributes } from '../alert/message';
import type { Clock, RadarStore, Subscription } from '../core/ports';
import type { Change, Lang } from '../core/types';

export interface Digest {
  subject: string;
  text: string;
  count: number;
  since: string;
  lang: Lang;
}

export interface DigestOptions {
  lang?: Lang;
  /** The zone "seen" times are shown in; default Asia/Seoul for Korean, UTC for English. */
  timeZone?: string;
  /** Only changes these filters take (a subscription's). */
  filters?: Pick<Subscription, 'statuses' | 'orgs' | 'projects'>;
}

const WORDS = {
  en: {
    subject: (n: number, p: number) => `Project Radar: ${n} change${n === 1 ? '' : 's'} in ${p} project${p === 1 ? '' : 's'}`,
    since: (when: string) => `Changes seen since ${when}`,
    slipped: 'slipped',
    newProject: 'new project',
    news: 'news',
    seen: 'seen',
    undated: 'undated',
  },
  ko: {
    subject: (n: number, p: number) => `Project Radar: 프로젝트 ${p}곳에 변경 ${n}건`,
    since: (when: string) => `${when} 이후 감지된 변경`,
    slipped: '일정 연기',
    newProject: '새 프로젝트',
    news: '뉴스',
    seen: '감지',
    undated: '날짜 없음',
  },
} as const;

function describe(change: Change, lang: Lang): string {
  const w = WORDS[lang];
  if (change.kind === 'slip') {
    const range = (r: string | null) => (r && /^\d{4}-\d{2}-\d{2}/.test(r) ? rangeText(r, lang) : statusWords(r ?? '?', lang));
    return `${w.slipped}: ${range(change.from)} -> ${range(change.to)}`;
  }
  if (change.kind === 'discovered') return `${w.newProject}, ${statusWords(change.to, lang)}`;
  return change.from ? `${change.from} -> ${change.to}` : change.to;
}

/**
 * Builds the digest text; null when nothing (that the filters take) changed: no empty
 * digests are sent.
 *
 * @example
 * buildDigest([], '2024-01-01T00:00:00Z') // => null
 */
export function buildDigest(changes: Change[], since: string, options: DigestOptions = {}): Digest | null {
  const lang = options.lang ?? 'en';
  const zone = options.timeZone ?? defaultTimeZone(lang);
  const w = WORDS[lang];
  const wanted = options.filters ? changes.filter((c) => matchesFilters(alertAttributes(c), options.filters!)) : changes;
  if (wanted.length === 0) return null;
  const byProject = new Map<string, Change[]>();
  for (const c of [...wanted].sort((a, b) => a.at.localeCompare(b.at))) byProject.set(c.project, [...(byProject.get(c.project) ?? []), c]);
  const blocks = [...byProject].map(([project, list]) =>
    [
      `${project}${list[0]?.org ? ` (${list[0].org})` : ''}`,
      ...list.map((c) => `  - ${describe(c, lang)}\n    "${c.evidence}"\n    ${w.news} ${c.newsDate ?? w.undated} · ${w.seen} ${instantText(c.at, zone)}\n    ${c.url}`),
    ].join('\n'),
  );
  return { subject: w.subject(wanted.length, byProject.size), text: `${w.since(instantText(since, zone))}\n\n${blocks.join('\n\n')}\n`, count: wanted.length, since, lang };
}

/** One digest for one audience, and who it goes to. */
export interface PlannedDigest extends Digest {
  audience: string;
  subscribers: Subscription[];
}

/** Groups the daily subscriptions by audience and builds each audience's digest. */
export function planDigests(changes: Change[], since: string, subscriptions: Subscription[], timeZone?: string): PlannedDigest[] {
  const audiences = new Map<string, Subscription[]>();
  for (const sub of subscriptions.filter((s) => s.delivery === 'daily')) {
    const key = digestAudience(sub);
    audiences.set(key, [...(audiences.get(key) ?? []), sub]);
  }
  return [...audiences].flatMap(([audience, subscribers]) => {
    const first = subscribers[0]!;
    const digest = buildDigest(changes, since, { lang: first.lang ?? 'en', timeZone, filters: first });
    return digest ? [{ ...digest, audience, subscribers }] : [];
  });
}

export interface DigestDeps {
  store: Pick<RadarStore, 'listChangesSince' | 'listSubscriptions' | 'claimAlert' | 'releaseAlert'>;
  now: Clock;
  timeZone?: string;
  /** Sends the digest to its audience's e-mail and SMS subscribers (SNS, or the console locally). */
  publish(digest: PlannedDigest): Promise<void>;
  /** Sends the digest to one webhook subscriber. */
  postWebhook(subscription: Subscription, digest: PlannedDigest): Promise<void>;
  log?: (line: string) => void;
}

export interface DigestReport {
  sent: number;
  failed: number;
  /** Changes in the window, before any filter. */
  changes: number;
}

/**
 * Sends today's digests: the last 24 hours of changes, one message per audience and per
 * webhook, each at most once per calendar day (in `timeZone`, else UTC). One failure
 * never stops the others; a failed one is released so a retry can send it.
 */
export async function sendDigests(deps: DigestDeps): Promise<DigestReport> {
  const now = deps.now();
  const since = new Date(now.getTime() - 86_400_000).toISOString();
  const changes = await deps.store.listChangesSince(since);
  const day = instantText(now.toISOString(), deps.timeZone ?? 'UTC').slice(0, 10);
  const report: DigestReport = { sent: 0, failed: 0, changes: changes.length };
  for (const digest of planDigests(changes, since, await deps.store.listSubscriptions(), deps.timeZone)) {
    const targets: { id: string; send: () => Promise<void> }[] = [];
    if (digest.subscribers.some((s) => s.protocol !== 'webhook')) targets.push({ id: 'topic', send: () => deps.publish(digest) });
    for (const sub of digest.subscribers.filter((s) => s.protocol === 'webhook')) targets.push({ id: `webhook:${sub.id}`, send: () => deps.postWebhook(sub, digest) });
    for (const target of targets) {
      const claim = `digest#${day}#${digest.audience}#${target.id}`;
      try {
        if (!(await deps.store.claimAlert(claim, now.toISOString()))) continue;
      } catch (error) {
        report.failed++;
        deps.log?.(`digest ${digest.audience} via ${target.id} not sent: ${(error as Error).message}`);
        continue;
      }
      try {
        await target.send();
        report.sent++;
      } catch (error) {
        report.failed++;
        deps.log?.(`digest ${digest.audience} via ${target.id} failed: ${(error as Error).message}`);
        await deps.store.releaseAlert(claim).catch(() => undefined);
      }
    }
  }
  return report;
}
