/**
 * Changes and projects for other tools: an Atom feed of changes (RFC 4287) for feed
 * readers, and CSV (RFC 4180) for spreadsheets. The feed is written with hono's `html`
 * template, which escapes every interpolated value; the CSV with csv-stringify, which
 * also defuses cells a spreadsheet would run as a formula (`=HYPERLINK(…)`).
 */
import { stringify } from 'csv-stringify/sync';
import { html } from 'hono/html';
import type { Change, ProjectState } from '../core/types';
import type { Catalog } from './catalog';
import { statusName, type Messages, type UiLang } from './i18n';

// Characters XML 1.0 does not allow at all: a stray ESC from an article must not make the feed unreadable.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

function changeTitle(change: Change, t: Messages): string {
  // A moved milestone has date ranges in from/to; a DELAYED status (also a `slip`) has statuses.
  if (change.milestone) return `${change.project}: ${t.slipOf(statusName(t, change.milestone))} ${change.from ?? ''} → ${change.to}`;
  return `${change.project}: ${change.from ? `${statusName(t, change.from)} → ` : ''}${statusName(t, change.to)}`;
}

export interface AtomOptions {
  /** The absolute URL of the feed itself (its id and self link). */
  selfUrl: string;
  /** The absolute URL of the site, for the entries' links to project pages. */
  siteUrl: string;
  lang: UiLang;
  t: Messages;
  now: Date;
}

/** An Atom feed of changes; each entry links to the project page and the article. */
export async function renderAtom(changes: readonly Change[], options: AtomOptions): Promise<string> {
  const { t } = options;
  const updated = changes.reduce((latest, c) => (c.at > latest ? c.at : latest), '1970-01-01T00:00:00.000Z');
  const entries = changes.map((c) => {
    const page = `${options.siteUrl}/projects/${encodeURIComponent(c.projectId)}`;
    const summary = `${c.evidence}\n${t.newsDate}: ${c.newsDate ?? '—'} · ${t.seenAt}: ${c.at}`;
    return html`
  <entry>
    <id>urn:radar:change:${xmlText(c.id)}</id>
    <title>${xmlText(changeTitle(c, t))}</title>
    <updated>${c.at}</updated>
    ${c.newsDate ? html`<published>${c.newsDate}T00:00:00Z</published>` : ''}
    <link rel="alternate" type="text/html" href="${page}"/>
    <link rel="related" href="${xmlText(c.url)}"/>
    <category term="${c.to}" label="${statusName(t, c.to)}"/>
    <summary type="text">${xmlText(summary)}</summary>
  </entry>`;
  });
  const body = await html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.lang}">
  <id>${options.selfUrl}</id>
  <title>${t.title}: ${t.recentChanges}</title>
  <updated>${changes.length ? updated : options.now.toISOString()}</updated>
  <author><name>Project Radar</name></author>
  <link rel="self" type="application/atom+xml" href="${options.selfUrl}"/>
  <link rel="alternate" type="text/html" href="${options.siteUrl}/"/>${entries}
</feed>
`;
  return body.toString();
}

/** Changes as CSV, one row each, with the news date beside the time Radar recorded it. */
export function changesCsv(changes: readonly Change[]): string {
  return stringify(
    changes.map((c) => ({
      id: c.id,
      projectId: c.projectId,
      project: c.project,
      org: c.org ?? '',
      kind: c.kind,
      from: c.from ?? '',
      to: c.to,
      milestone: c.milestone ?? '',
      newsDate: c.newsDate ?? '',
      recordedAt: c.at,
      confidence: c.confidence,
      evidence: c.evidence,
      url: c.url,
    })),
    { header: true, columns: ['id', 'projectId', 'project', 'org', 'kind', 'from', 'to', 'milestone', 'newsDate', 'recordedAt', 'confidence', 'evidence', 'url'], escape_formulas: true, record_delimiter: 'windows', bom: true },
  );
}

/** Projects as CSV, with the watchlist's kind and whether each is followed or discovered. */
export function projectsCsv(projects: readonly ProjectState[], catalog: Catalog): string {
  return stringify(
    projects.map((p) => ({
      projectId: p.projectId,
      name: p.name,
      org: p.org ?? '',
      kind: catalog.kindOf(p.projectId) ?? '',
      followed: catalog.followed(p.projectId) ? 'watchlist' : 'discovered',
      status: p.status,
      statusSince: p.statusSince,
      delayed: p.delayed ? 'yes' : 'no',
      nextMilestone: p.nextMilestone?.status ?? '',
      nextFrom: p.nextMilestone?.when?.from ?? '',
      nextTo: p.nextMilestone?.when?.to ?? '',
      evidence: p.evidence,
      url: p.url,
      updatedAt: p.updatedAt,
    })),
    {
      header: true,
      columns: ['projectId', 'name', 'org', 'kind', 'followed', 'status', 'statusSince', 'delayed', 'nextMilestone', 'nextFrom', 'nextTo', 'evidence', 'url', 'updatedAt'],
      escape_formulas: true,
      record_delimiter: 'windows',
      bom: true,
    },
  );
}
