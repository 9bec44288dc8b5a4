/**
 * The page people open every morning: the projects (filterable by status, organisation,
 * kind and watchlist/discovered, searchable by any alias in both languages), the recent
 * changes with their news date and when Radar saw them, and the sources' health.
 * The filters are a plain GET form: it works without JavaScript.
 */
import { STATUSES, type Change, type ProjectState, type SourceState } from '../../core/types';
import type { Catalog } from '../catalog';
import { statusName } from '../i18n';
import type { ProjectFilter } from '../query';
import { ExternalLink, Layout, ProjectName, StatusBadge, Window, formatInstant, href, type PageContext } from './layout';

export interface ListPageData {
  all: ProjectState[];
  shown: ProjectState[];
  filter: ProjectFilter;
  changes: Change[];
  sources: SourceState[];
  catalog: Catalog;
  /** A reason when the filters were refused (the page is then answered with 400). */
  problem?: string;
}

function Filters(props: { ctx: PageContext; data: ListPageData }) {
  const { ctx, data } = props;
  const { t } = ctx;
  const f = data.filter;
  const orgs = data.catalog.orgOptions(data.all, ctx.lang);
  const kinds = [...data.catalog.kinds(), 'other'];
  return (
    <form class="filters" method="get" action="/" role="search">
      <label class="search">
        {t.search}
        <input id="q" type="search" name="q" value={f.q} placeholder={t.searchPlaceholder} maxlength={200} autocomplete="off" />
      </label>
      <label>
        {t.status}
        <select id="status" name="status">
          <option value="">{t.allStatuses}</option>
          {STATUSES.map((s) => (
            <option value={s} selected={f.statuses.includes(s)}>
              {statusName(t, s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.org}
        <select id="org" name="org">
          <option value="">{t.allOrgs}</option>
          {orgs.map((o) => (
            <option value={o.id} selected={f.orgIds.includes(o.id)}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.kind}
        <select id="kind" name="kind">
          <option value="">{t.allKinds}</option>
          {kinds.map((k) => (
            <option value={k} selected={f.kinds.includes(k)}>
              {k === 'other' ? t.kindUnknown : k}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.watch}
        <select id="watch" name="watch">
          <option value="all">{t.watchAll}</option>
          <option value="watchlist" selected={f.watch === 'watchlist'}>
            {t.watchWatchlist}
          </option>
          <option value="discovered" selected={f.watch === 'discovered'}>
            {t.watchDiscovered}
          </option>
        </select>
      </label>
      {ctx.langExplicit ? <input type="hidden" name="lang" value={ctx.lang} /> : ''}
      <div class="actions">
        <button type="submit">{t.apply}</button>
        <a href={href(ctx, '/')}>{t.reset}</a>
      </div>
    </form>
  );
}

function ProjectRow(props: { ctx: PageContext; project: ProjectState; catalog: Catalog }) {
  const { ctx, project: p, catalog } = props;
  const { t } = ctx;
  const next = p.nextMilestone;
  return (
    <tr data-status={p.status} data-project={p.projectId}>
      <td class="name">
        <ProjectName ctx={ctx} catalog={catalog} project={p} link />
        {catalog.followed(p.projectId) ? '' : (
          <>
            {' '}
            <span class="tag" title={t.discoveredTitle}>
              {t.discovered}
            </span>
          </>
        )}
      </td>
      <td data-label={`${t.org}:`}>{catalog.orgLabel(p.org, ctx.lang)}</td>
      <td data-label={`${t.status}:`}>
        <StatusBadge t={t} status={p.status} />
        {p.delayed && p.status !== 'DELAYED' ? <span class="delayed"> {t.delayed}</span> : ''}
      </td>
      <td data-label={`${t.since}:`}>
        <time datetime={p.statusSince}>{p.statusSince}</time>
      </td>
      <td class="next" data-label={next ? `${t.next}:` : undefined}>
        {next ? (
          <>
            <StatusBadge t={t} status={next.status} /> {next.when ? <Window when={next.when} /> : ''}
          </>
        ) : (
          ''
        )}
      </td>
      <td class="evidence">
        <ExternalLink url={p.url}>{p.evidence}</ExternalLink>
      </td>
    </tr>
  );
}

/** One change: the news date first, then when Radar saw it. */
export function ChangeItem(props: { ctx: PageContext; catalog: Catalog; change: Change }) {
  const { ctx, change: c } = props;
  const { t } = ctx;
  return (
    <li data-change={c.id}>
      <div class="when">
        <span>
          {t.newsDate} <b>{c.newsDate ?? '—'}</b>
        </span>
        <span>
          {t.seenAt} <time datetime={c.at}>{formatInstant(c.at, ctx.timeZone)}</time>
        </span>
      </div>
      <b>
        <ProjectName ctx={ctx} catalog={props.catalog} project={{ projectId: c.projectId, name: c.project }} link />
      </b>{' '}
      {c.milestone ? (
        <span>
          {t.slipOf(statusName(t, c.milestone))}: {c.from ?? ''} → {c.to}
        </span>
      ) : (
        <span>
          {c.from ? (
            <>
              <StatusBadge t={t} status={c.from} /> →{' '}
            </>
          ) : (
            ''
          )}
          <StatusBadge t={t} status={c.to} />
        </span>
      )}
      <blockquote>
        <ExternalLink url={c.url}>{c.evidence}</ExternalLink>
      </blockquote>
    </li>
  );
}

function SourceRow(props: { ctx: PageContext; source: SourceState }) {
  const { ctx, source: s } = props;
  const { t } = ctx;
  return (
    <tr>
      <td class="name">{s.sourceId}</td>
      <td data-label={`${t.lastSuccess}:`}>{s.lastSuccessAt ? <time datetime={s.lastSuccessAt}>{formatInstant(s.lastSuccessAt, ctx.timeZone)}</time> : t.never}</td>
      <td data-label={`${t.health}:`}>
        {s.failures > 0 ? (
          <span class="bad">
            {t.failures(s.failures)}: {s.lastError?.code ?? ''}
          </span>
        ) : (
          <span class="ok">{t.ok}</span>
        )}
      </td>
      <td data-label={s.lastError ? `${t.lastError}:` : undefined}>{s.lastError?.message ?? ''}</td>
    </tr>
  );
}

export function ListPage(props: { ctx: PageContext; data: ListPageData }) {
  const { ctx, data } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t.title}>
      <p class="muted">
        {t.summary(data.all.length, data.changes.length)} · {t.updated} <time datetime={ctx.now.toISOString()}>{formatInstant(ctx.now.toISOString(), ctx.timeZone)}</time>
      </p>
      {data.problem ? (
        <section class="notice" role="alert">
          <b>{t.badRequest}:</b> {data.problem}
        </section>
      ) : (
        ''
      )}
      <section id="projects">
        <h2>{t.projects}</h2>
        <Filters ctx={ctx} data={data} />
        <p class="muted" id="shown">
          {t.shown(data.shown.length, data.all.length)}
        </p>
        {data.shown.length ? (
          <table class="cards projects">
            <thead>
              <tr>
                <th>{t.project}</th>
                <th>{t.org}</th>
                <th>{t.status}</th>
                <th>{t.since}</th>
                <th>{t.next}</th>
                <th>{t.evidence}</th>
              </tr>
            </thead>
            <tbody>
              {data.shown.map((p) => (
                <ProjectRow ctx={ctx} project={p} catalog={data.catalog} />
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">{data.all.length ? t.noMatch : t.noProjects}</p>
        )}
      </section>
      <section id="changes">
        <h2>{t.recentChanges}</h2>
        {data.changes.length ? (
          <ul class="changes">
            {data.changes.map((c) => (
              <ChangeItem ctx={ctx} catalog={data.catalog} change={c} />
            ))}
          </ul>
        ) : (
          <p class="muted">{t.noChanges}</p>
        )}
      </section>
      <section id="sources">
        <h2>{t.sources}</h2>
        {data.sources.length ? (
          <table class="cards">
            <thead>
              <tr>
                <th>{t.sources}</th>
                <th>{t.lastSuccess}</th>
                <th>{t.health}</th>
                <th>{t.lastError}</th>
              </tr>
            </thead>
            <tbody>
              {data.sources.map((s) => (
                <SourceRow ctx={ctx} source={s} />
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">{t.noSources}</p>
        )}
      </section>
    </Layout>
  );
}
