/**
 * The status page: server-rendered HTML (no build step, no framework), readable without
 * JavaScript; a few lines of script add filtering by text and status.
 */
import type { Change, ProjectState, SourceState } from '../core/types';

const escapeMap: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapeMap[c] ?? c);
}

const STATUS_COLOURS: Record<string, string> = {
  ANNOUNCED: '#6b7280', MOU_SIGNED: '#2563eb', APPROVED: '#0891b2', CONSTRUCTION_STARTED: '#d97706', COMPLETED: '#059669',
  LAUNCHED: '#16a34a', DELAYED: '#ea580c', ON_HOLD: '#a16207', CANCELLED: '#dc2626', RESUMED: '#7c3aed',
};

function badge(status: string): string {
  return `<span class="badge" style="background:${STATUS_COLOURS[status] ?? '#444'}">${escapeHtml(status.replace(/_/g, ' '))}</span>`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function link(url: string, text: string): string {
  return /^https?:\/\//.test(url) ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function projectRow(p: ProjectState): string {
  const next = p.nextMilestone
    ? `${badge(p.nextMilestone.status)} ${escapeHtml(p.nextMilestone.when ? `${p.nextMilestone.when.text} (${p.nextMilestone.when.from})` : '')}`
    : '';
  return `<tr data-status="${escapeHtml(p.status)}" data-search="${escapeHtml(`${p.name} ${p.org ?? ''} ${p.projectId}`.toLowerCase())}">
<td><a href="/api/projects/${encodeURIComponent(p.projectId)}">${escapeHtml(p.name)}</a>${p.discovered ? ' <small title="not on the watchlist">new</small>' : ''}</td>
<td>${escapeHtml(p.org ?? '')}</td><td>${badge(p.status)}${p.delayed && p.status !== 'DELAYED' ? ' <span class="delayed">delayed</span>' : ''}</td>
<td>${escapeHtml(p.statusSince)}</td><td>${next}</td><td class="evidence">${link(p.url, p.evidence)}</td></tr>`;
}

function changeRow(c: Change): string {
  const what = c.kind === 'slip' ? `slip: ${escapeHtml(c.from ?? '')} → ${escapeHtml(c.to)}` : `${c.from ? `${badge(c.from)} → ` : ''}${badge(c.to)}`;
  return `<li><time>${escapeHtml(c.at.slice(0, 16).replace('T', ' '))}</time> <b>${escapeHtml(c.project)}</b> ${what}<br><span class="evidence">${link(c.url, c.evidence)}</span></li>`;
}

function sourceRow(s: SourceState): string {
  const health = s.failures > 0 ? `<span class="bad">${s.failures} failure(s): ${escapeHtml(s.lastError?.code ?? '')}</span>` : '<span class="ok">ok</span>';
  return `<tr><td>${escapeHtml(s.sourceId)}</td><td>${escapeHtml(s.lastSuccessAt?.slice(0, 16).replace('T', ' ') ?? 'never')}</td><td>${health}</td><td>${escapeHtml(s.lastError?.message ?? '')}</td></tr>`;
}

export interface StatusPageData {
  projects: ProjectState[];
  changes: Change[];
  sources: SourceState[];
  now: Date;
}

export function renderStatusPage(data: StatusPageData): string {
  const projects = [...data.projects].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const changes = [...data.changes].sort((a, b) => b.at.localeCompare(a.at)).slice(0, 50);
  const statuses = [...new Set(projects.map((p) => p.status))].sort();
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Project Radar — status</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Noto Sans KR",sans-serif;margin:0;color:#111;background:#f7f7f8}
header{background:#111;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}header p{margin:2px 0 0;color:#bbb;font-size:13px}
main{padding:16px 24px;max-width:1280px}section{background:#fff;border:1px solid #e5e5e5;border-radius:8px;padding:12px 16px;margin-bottom:16px}
h2{font-size:16px;margin:4px 0 10px}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eee;vertical-align:top}
th{font-size:12px;text-transform:uppercase;color:#666}.badge{color:#fff;border-radius:4px;padding:1px 6px;font-size:12px;white-space:nowrap}
.evidence{color:#444;font-size:13px;max-width:520px}.delayed{color:#ea580c;font-size:12px;font-weight:600}.bad{color:#dc2626}.ok{color:#16a34a}
ul{list-style:none;padding:0;margin:0}li{padding:6px 0;border-bottom:1px solid #eee}time{color:#666;font-size:12px;margin-right:6px}
.filters{display:flex;gap:8px;margin-bottom:8px}input,select{font:inherit;padding:4px 8px}.empty{color:#666}
</style></head><body>
<header><h1>Project Radar</h1><p>${plural(projects.length, 'project')} · ${plural(changes.length, 'change')} in 30 days · updated ${escapeHtml(data.now.toISOString().slice(0, 16).replace('T', ' '))} UTC</p></header>
<main>
<section id="projects"><h2>Projects</h2>
<div class="filters"><input id="q" type="search" placeholder="Filter by name or organisation" aria-label="filter">
<select id="status" aria-label="status"><option value="">All statuses</option>${statuses.map((s) => `<option>${escapeHtml(s)}</option>`).join('')}</select></div>
${projects.length ? `<table><thead><tr><th>Project</th><th>Org</th><th>Status</th><th>Since</th><th>Next</th><th>Evidence</th></tr></thead><tbody>${projects.map(projectRow).join('\n')}</tbody></table>` : '<p class="empty">No projects yet: run <code>radar run</code> or <code>radar demo</code>.</p>'}
</section>
<section id="changes"><h2>Recent changes</h2>${changes.length ? `<ul>${changes.map(changeRow).join('\n')}</ul>` : '<p class="empty">No changes in the last 30 days.</p>'}</section>
<section id="sources"><h2>Sources</h2>${data.sources.length ? `<table><thead><tr><th>Source</th><th>Last success</th><th>Health</th><th>Last error</th></tr></thead><tbody>${data.sources.map(sourceRow).join('\n')}</tbody></table>` : '<p class="empty">No source polled yet.</p>'}</section>
</main>
<script>
(function(){var q=document.getElementById('q'),s=document.getElementById('status');
function apply(){var t=q.value.toLowerCase(),v=s.value;document.querySelectorAll('#projects tbody tr').forEach(function(r){
r.hidden=!((!t||r.dataset.search.indexOf(t)>=0)&&(!v||r.dataset.status===v));});}
q.addEventListener('input',apply);s.addEventListener('change',apply);})();
</script>
</body></html>`;
}
