/**
 * The page's one stylesheet, served as `/assets/radar.css` so the Content-Security-Policy
 * can forbid inline styles. Mobile first: cards below 720 px, a table above. Korean text
 * breaks between words (`word-break: keep-all`), a word longer than the line where it
 * must (`overflow-wrap: break-word`; not `anywhere`, which would shrink the table's
 * columns to one letter), so nothing pushes the page wider than the screen.
 */
import { STATUSES, type Status } from '../../core/types';

const STATUS_COLOURS: Record<Status, string> = {
  ANNOUNCED: '#6b7280',
  MOU_SIGNED: '#2563eb',
  APPROVED: '#0e7490',
  CONSTRUCTION_STARTED: '#b45309',
  COMPLETED: '#047857',
  LAUNCHED: '#15803d',
  DELAYED: '#c2410c',
  ON_HOLD: '#a16207',
  CANCELLED: '#dc2626',
  RESUMED: '#7c3aed',
};

const statusRules = STATUSES.map((s) => `.s-${s}{background:${STATUS_COLOURS[s]};fill:${STATUS_COLOURS[s]}}`).join('\n');

export const STYLESHEET = `
:root{color-scheme:light dark;--bg:#f6f7f9;--card:#fff;--fg:#16181d;--muted:#5b616e;--line:#e3e5ea;--accent:#1d4ed8;--onaccent:#fff;--bad:#dc2626;--ok:#15803d;--head:#111827;--headfg:#f9fafb}
@media (prefers-color-scheme:dark){:root{--bg:#0f1115;--card:#181b21;--fg:#e7e9ee;--muted:#9aa1ad;--line:#2a2f38;--accent:#8ab4ff;--onaccent:#0b1220;--bad:#f87171;--ok:#4ade80;--head:#05070a;--headfg:#f3f4f6}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.55 system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Malgun Gothic","맑은 고딕","Noto Sans KR","Noto Sans CJK KR","Source Han Sans K","NanumGothic","나눔고딕","Nanum Gothic","UnDotum",Roboto,"Helvetica Neue",Arial,sans-serif;word-break:keep-all;overflow-wrap:break-word}
a{color:var(--accent)}
header.top{background:var(--head);color:var(--headfg);padding:12px 16px;display:flex;flex-wrap:wrap;gap:4px 16px;align-items:baseline;justify-content:space-between}
header.top h1{margin:0;font-size:19px}header.top h1 a{color:inherit;text-decoration:none}
header.top p{margin:0;color:#b9bec8;font-size:13px}
header.top nav{font-size:14px}header.top nav a{color:#cfe0ff}
main{padding:12px;max-width:1280px;margin:0 auto}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px;margin-bottom:14px;min-width:0}
h2{font-size:16px;margin:2px 0 10px}
.muted,time{color:var(--muted)}
time{white-space:nowrap}
small{font-size:12px}
.badge{display:inline-block;color:#fff;border-radius:4px;padding:0 6px;font-size:12.5px;line-height:1.6;white-space:nowrap}
.tag{display:inline-block;border:1px solid var(--line);border-radius:4px;padding:0 5px;font-size:12px;color:var(--muted);white-space:nowrap}
.delayed{color:#ea580c;font-size:12.5px;font-weight:600}
.bad{color:var(--bad)}.ok{color:var(--ok)}
blockquote{margin:4px 0;padding:2px 0 2px 10px;border-left:3px solid var(--line);color:var(--fg)}
form.filters{display:grid;grid-template-columns:1fr 1fr;gap:8px;margin-bottom:10px}
form.filters label.search,form.filters .actions{grid-column:1/-1}
form.filters label{display:flex;flex-direction:column;font-size:12.5px;color:var(--muted);gap:2px;min-width:0}
input,select,button{font:inherit;font-size:15px;padding:6px 8px;border:1px solid var(--line);border-radius:6px;background:var(--card);color:var(--fg);width:100%;min-width:0}
button{background:var(--accent);color:var(--onaccent);border:0;cursor:pointer;width:auto}
.actions{display:flex;gap:12px;align-items:center}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:7px 8px;border-bottom:1px solid var(--line)}
th{font-size:12px;color:var(--muted);font-weight:600}
table.cards thead{display:none}
table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%}
table.cards tr{padding:8px 0;border-bottom:1px solid var(--line)}
table.cards td{border:0;padding:2px 0}
table.cards td[data-label]::before{content:attr(data-label) " ";color:var(--muted);font-size:12px}
table.cards td.name{font-weight:600;font-size:16px}
ul.changes,ol.timeline{list-style:none;padding:0;margin:0}
ul.changes li,ol.timeline li{padding:8px 0;border-bottom:1px solid var(--line)}
.when{display:flex;flex-wrap:wrap;gap:2px 10px;font-size:13px}
.when b{color:var(--fg)}
figure{margin:0}
.strip{width:100%;height:22px;display:block;border-radius:4px;overflow:hidden}
ol.spans{list-style:none;padding:0;margin:6px 0 0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:13px}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}
dl.facts{display:grid;grid-template-columns:1fr;gap:2px 12px;margin:0}
dl.facts dt{color:var(--muted);font-size:12.5px}dl.facts dd{margin:0 0 6px}
footer{color:var(--muted);font-size:12.5px;padding:4px 12px 24px;max-width:1280px;margin:0 auto}
.notice{border-color:var(--bad)}
@media (min-width:720px){
  main{padding:16px 24px}
  header.top{padding:14px 24px}
  form.filters{grid-template-columns:2fr repeat(4,1fr) auto;align-items:end}
  form.filters label.search,form.filters .actions{grid-column:auto}
  table.cards thead{display:table-header-group}
  table.cards{display:table;width:100%}table.cards tbody{display:table-row-group}table.cards tr{display:table-row}
  table.cards td{display:table-cell;width:auto;border-bottom:1px solid var(--line);padding:7px 8px}
  table.cards td[data-label]::before{content:none}
  table.cards td.name{font-size:15px}
  td.evidence{font-size:13.5px}
  /* Table cells ignore max-width: share the width by percentages, the evidence widest. */
  #sources td.name{white-space:nowrap}
  table.projects td.name{width:21%}table.projects td.next{width:15%}table.projects td.evidence{width:36%}
  td.nowrap,td time{white-space:nowrap}
  dl.facts{grid-template-columns:max-content 1fr}
}
${statusRules}
`;
