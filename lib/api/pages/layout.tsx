/**
 * The frame every page shares, and the small pieces the pages are made of. hono/jsx
 * renders to a string and escapes every text and attribute value, so an article's
 * title is always text on the page, never markup.
 */
import type { Child } from 'hono/jsx';
import type { ProjectState } from '../../core/types';
import type { Catalog } from '../catalog';
import { statusName, type Messages, type UiLang } from '../i18n';
import { instantText } from '../../alert/format';

export interface PageContext {
  lang: UiLang;
  /** The language was chosen by `?lang=`: links carry it on. */
  langExplicit: boolean;
  t: Messages;
  timeZone: string;
  now: Date;
  /** The current path and query, for the language switch. */
  path: string;
  query: Record<string, string>;
}

/** A link within the site that keeps an explicitly chosen language. */
export function href(ctx: PageContext, path: string, params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  if (ctx.langExplicit) search.set('lang', ctx.lang);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** `2023-11-24 15:02 KST`: an instant in the page's time zone (the same words as the alerts). */
export function formatInstant(iso: string, timeZone: string): string {
  return instantText(iso, timeZone);
}

/** A date window, `2023년 하반기 (2023-07-01 ~ 2023-12-31)`, its dates never broken at a hyphen. */
export function Window(props: { when: { text: string; from: string; to: string } }) {
  return (
    <>
      {props.when.text} (<time datetime={props.when.from}>{props.when.from}</time> ~ <time datetime={props.when.to}>{props.when.to}</time>)
    </>
  );
}

/** The project's name in the UI language, with the stored (original) name beside it when they differ. */
export function ProjectName(props: { ctx: PageContext; catalog: Catalog; project: Pick<ProjectState, 'projectId' | 'name'>; link?: boolean }) {
  const { ctx, project } = props;
  const label = props.catalog.projectLabel(project, ctx.lang);
  const main = props.link ? <a href={href(ctx, `/projects/${encodeURIComponent(project.projectId)}`)}>{label}</a> : label;
  return (
    <>
      {main}
      {label === project.name ? '' : (
        <>
          {' '}
          <small class="muted original">{project.name}</small>
        </>
      )}
    </>
  );
}

export function StatusBadge(props: { t: Messages; status: string }) {
  return <span class={`badge s-${props.status}`}>{statusName(props.t, props.status)}</span>;
}

/** A link to an article, only for http(s) URLs: anything else is shown as text. */
export function ExternalLink(props: { url: string; children: Child }) {
  return /^https?:\/\//i.test(props.url) ? (
    <a href={props.url} rel="noopener noreferrer nofollow">
      {props.children}
    </a>
  ) : (
    <span>{props.children}</span>
  );
}

/** The host of a URL, to name where a report came from. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function Layout(props: { ctx: PageContext; title: string; children: Child; feedHref?: string }) {
  const { ctx } = props;
  const other: UiLang = ctx.lang === 'ko' ? 'en' : 'ko';
  const switchHref = (() => {
    const search = new URLSearchParams({ ...ctx.query, lang: other });
    return `${ctx.path}?${search.toString()}`;
  })();
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{props.title}</title>
        <link rel="stylesheet" href="/assets/radar.css" />
        <link rel="alternate" type="application/atom+xml" title={ctx.t.atom} href={props.feedHref ?? href(ctx, '/changes.atom')} />
      </head>
      <body>
        <header class="top">
          <div>
            <h1>
              <a href={href(ctx, '/')}>{ctx.lang === 'ko' ? '프로젝트 레이더' : 'Project Radar'}</a>
            </h1>
            <p>{ctx.t.tagline}</p>
          </div>
          <nav>
            <a href={switchHref} hreflang={other} lang={other} id="lang-switch">
              {other === 'ko' ? '한국어' : 'English'}
            </a>
          </nav>
        </header>
        <main>{props.children}</main>
        <footer>
          {ctx.t.feeds}: <a href={href(ctx, '/changes.atom')}>{ctx.t.atom}</a> · <a href={href(ctx, '/changes.csv')}>{ctx.t.csvChanges}</a> ·{' '}
          <a href={href(ctx, '/projects.csv')}>{ctx.t.csvProjects}</a> · <a href="/api/projects">JSON API</a>
        </footer>
      </body>
    </html>
  );
}
