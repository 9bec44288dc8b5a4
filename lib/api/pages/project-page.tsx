/**
 * One project: its current status with the sentence that proves it, the next milestone
 * and its window, a strip of its status over time, and the timeline in date order with
 * each report's source, link, confidence and the papers that said the same.
 */
import type { ProjectState } from '../../core/types';
import type { Catalog } from '../catalog';
import { statusName } from '../i18n';
import type { StatusSpan, TimelineEntry } from '../timeline';
import { ExternalLink, Layout, ProjectName, StatusBadge, Window, hostOf, href, type PageContext } from './layout';

export interface ProjectPageData {
  state: ProjectState;
  timeline: TimelineEntry[];
  spans: StatusSpan[];
  catalog: Catalog;
}

const DAY = 86_400_000;

/** The status over time as coloured bars (SVG attributes, not inline styles: the CSP allows no inline style). */
function Strip(props: { ctx: PageContext; spans: StatusSpan[] }) {
  const { ctx, spans } = props;
  if (spans.length === 0) return <p class="muted">{ctx.t.noTimeline}</p>;
  const start = Date.parse(spans[0]!.from);
  const end = Math.max(Date.parse(spans[spans.length - 1]!.to), start + DAY);
  const x = (iso: string) => ((Date.parse(iso) - start) / (end - start)) * 1000;
  return (
    <figure id="strip" aria-label={ctx.t.statusOverTime}>
      <svg class="strip" viewBox="0 0 1000 20" preserveAspectRatio="none" role="img" aria-label={ctx.t.statusOverTime}>
        {spans.map((s) => {
          const from = x(s.from);
          // A span of one day still shows as a sliver.
          const width = Math.max(x(s.to) - from, 4);
          return (
            <rect class={`s-${s.status}`} x={from.toFixed(1)} y="0" width={width.toFixed(1)} height="20">
              <title>{`${statusName(ctx.t, s.status)}: ${s.from} ~ ${s.to}`}</title>
            </rect>
          );
        })}
      </svg>
      <ol class="spans">
        {spans.map((s) => (
          <li>
            <span class={`swatch s-${s.status}`} aria-hidden="true"></span>
            <time datetime={s.from}>{s.from}</time> {statusName(ctx.t, s.status)}
          </li>
        ))}
      </ol>
    </figure>
  );
}

function Entry(props: { ctx: PageContext; entry: TimelineEntry }) {
  const { ctx, entry: e } = props;
  const { t } = ctx;
  return (
    <li data-date={e.date}>
      <div class="when">
        <b>
          <time datetime={e.date}>{e.date}</time>
        </b>
        <span>
          <StatusBadge t={t} status={e.status} />
          {e.modality === 'planned' ? <span class="tag"> {t.planned}</span> : ''}
        </span>
        {e.when && e.modality === 'planned' ? (
          <span>
            {t.window}: <Window when={e.when} />
          </span>
        ) : (
          ''
        )}
      </div>
      <blockquote>“{e.lead.evidence}”</blockquote>
      <div class="when">
        <span>
          {t.source}: {e.lead.sourceId} · <ExternalLink url={e.lead.url}>{hostOf(e.lead.url)}</ExternalLink> · {t.published} {e.lead.publishedAt.slice(0, 10)}
        </span>
        <span>
          {t.confidence} {Math.round(e.lead.confidence * 100)}%
        </span>
      </div>
      {e.corroborations.length ? (
        <div class="when corroborations">
          <span>{t.corroborated}:</span>
          {e.corroborations.map((r) => (
            <span>
              {r.sourceId} (<ExternalLink url={r.url}>{hostOf(r.url)}</ExternalLink>, {r.publishedAt.slice(0, 10)})
            </span>
          ))}
        </div>
      ) : (
        ''
      )}
    </li>
  );
}

export function ProjectPage(props: { ctx: PageContext; data: ProjectPageData }) {
  const { ctx, data } = props;
  const { t } = ctx;
  const p = data.state;
  const next = p.nextMilestone;
  const kind = data.catalog.kindOf(p.projectId);
  const feed = href(ctx, '/changes.atom', { project: p.projectId, since: '3650d' });
  return (
    <Layout ctx={ctx} title={`${data.catalog.projectLabel(p, ctx.lang)} — ${ctx.lang === 'ko' ? '프로젝트 레이더' : 'Project Radar'}`} feedHref={feed}>
      <p>
        <a href={href(ctx, '/')}>← {t.back}</a>
      </p>
      <section id="project">
        <h2 id="project-name">
          <ProjectName ctx={ctx} catalog={data.catalog} project={p} />
        </h2>
        <dl class="facts">
          <dt>{t.org}</dt>
          <dd>{data.catalog.orgLabel(p.org, ctx.lang) || '—'}</dd>
          <dt>{t.kind}</dt>
          <dd>
            {kind ?? t.kindUnknown} · {data.catalog.followed(p.projectId) ? t.watchlisted : <span title={t.discoveredTitle}>{t.discovered}</span>}
          </dd>
          <dt>{t.currentStatus}</dt>
          <dd id="current">
            <StatusBadge t={t} status={p.status} /> {p.delayed && p.status !== 'DELAYED' ? <span class="delayed">{t.delayed} </span> : ''}
            <time datetime={p.statusSince}>{p.statusSince}</time>
            <blockquote>
              <ExternalLink url={p.url}>{p.evidence}</ExternalLink>
            </blockquote>
          </dd>
          <dt>{t.next}</dt>
          <dd id="next">
            {next ? (
              <>
                <StatusBadge t={t} status={next.status} />{' '}
                {next.when ? (
                  <span>
                    {t.window}: <Window when={next.when} />
                  </span>
                ) : (
                  ''
                )}
                <blockquote>
                  <ExternalLink url={next.url}>{next.evidence}</ExternalLink>
                </blockquote>
              </>
            ) : (
              <span class="muted">{t.noMilestone}</span>
            )}
          </dd>
        </dl>
      </section>
      <section id="history">
        <h2>{t.statusOverTime}</h2>
        <Strip ctx={ctx} spans={data.spans} />
      </section>
      <section id="timeline">
        <h2>{t.timeline}</h2>
        {data.timeline.length ? (
          <ol class="timeline">
            {data.timeline.map((e) => (
              <Entry ctx={ctx} entry={e} />
            ))}
          </ol>
        ) : (
          <p class="muted">{t.noTimeline}</p>
        )}
      </section>
      <p class="muted">
        <a href={feed}>{t.projectFeed}</a> · <a href={`/api/projects/${encodeURIComponent(p.projectId)}`}>{t.json}</a>
      </p>
    </Layout>
  );
}
