/**
 * What the watchlist knows about the projects the store holds: every alias of a project
 * and of its organisation in both languages, its kind, whether it is followed or was
 * discovered in the news. Search and filters of the page and the API go through here, so
 * "네이버", "naver" and "NAVER" find the same projects.
 */
import type { ProjectState, Watchlist } from '../core/types';
import type { UiLang } from './i18n';

/** Folds width, case and spacing, so "ＳＫ 하이닉스", "sk하이닉스" and "SK Hynix" compare as people expect. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function compact(text: string): string {
  return fold(text).replace(/ /g, '');
}

const HANGUL = /[\uac00-\ud7a3]/;

/** The name to show in a language: the first alias in that script, else the first alias. */
function nameIn(names: readonly string[], lang: UiLang): string | undefined {
  return names.find((n) => HANGUL.test(n) === (lang === 'ko')) ?? names[0];
}

export interface OrgOption {
  id: string;
  label: string;
}

export interface Catalog {
  /** The organisation's name in the UI language (its id when the watchlist does not know it). */
  orgLabel(orgId: string | null, lang: UiLang): string;
  /** The project's name in the UI language: the watchlist alias in that script, else the stored name. */
  projectLabel(project: Pick<ProjectState, 'projectId' | 'name'>, lang: UiLang): string;
  /** The watchlist's kind of project, or null for a discovered project. */
  kindOf(projectId: string): string | null;
  /** Is the project on the watchlist? */
  followed(projectId: string): boolean;
  /** Is the organisation on the watchlist? */
  knowsOrg(orgId: string): boolean;
  /** Every organisation id an `org` filter value names: by id or any alias, case-insensitive. */
  orgIdsFor(value: string): string[];
  /** The watchlist project a value names by id or alias, case-insensitive. */
  projectIdFor(value: string): string | undefined;
  /** True when the project's name, id, aliases, kind or organisation (any alias) contain the query. */
  matches(project: ProjectState, query: string): boolean;
  /** Organisations to offer in a filter: the watchlist's and those of stored projects. */
  orgOptions(projects: readonly ProjectState[], lang: UiLang): OrgOption[];
  /** Kinds to offer in a filter. */
  kinds(): string[];
}

export function createCatalog(watchlist: Watchlist): Catalog {
  const orgNames = new Map(watchlist.orgs.map((o) => [o.id, o.names]));
  const projects = new Map(watchlist.projects.map((p) => [p.id, p]));
  const orgByAlias = new Map<string, string[]>();
  for (const org of watchlist.orgs) {
    for (const key of [org.id, ...org.names].map(compact)) orgByAlias.set(key, [...new Set([...(orgByAlias.get(key) ?? []), org.id])]);
  }
  const projectByAlias = new Map<string, string>();
  for (const project of watchlist.projects) {
    for (const key of [project.id, ...project.names].map(compact)) if (!projectByAlias.has(key)) projectByAlias.set(key, project.id);
  }

  function haystack(project: ProjectState): string[] {
    const watched = projects.get(project.projectId);
    return [
      project.name,
      project.projectId,
      ...(watched ? [...watched.names, watched.kind] : []),
      ...(project.org ? [project.org, ...(orgNames.get(project.org) ?? [])] : []),
    ].map(compact);
  }

  return {
    orgLabel(orgId, lang) {
      if (!orgId) return '';
      const names = orgNames.get(orgId);
      return names ? (nameIn(names, lang) ?? orgId) : orgId;
    },
    knowsOrg: (orgId) => orgNames.has(orgId),
    projectLabel(project, lang) {
      const watched = projects.get(project.projectId);
      if (!watched || HANGUL.test(project.name) === (lang === 'ko')) return project.name;
      return watched.names.find((n) => HANGUL.test(n) === (lang === 'ko')) ?? project.name;
    },
    kindOf: (projectId) => projects.get(projectId)?.kind ?? null,
    followed: (projectId) => projects.has(projectId),
    orgIdsFor(value) {
      const key = compact(value);
      return orgByAlias.get(key) ?? [key];
    },
    projectIdFor: (value) => projectByAlias.get(compact(value)),
    matches(project, query) {
      const needle = compact(query);
      return needle === '' || haystack(project).some((text) => text.includes(needle));
    },
    orgOptions(stored, lang) {
      const ids = new Set([...watchlist.orgs.map((o) => o.id), ...stored.map((p) => p.org).filter((o): o is string => Boolean(o))]);
      return [...ids].map((id) => ({ id, label: this.orgLabel(id, lang) })).sort((a, b) => a.label.localeCompare(b.label, lang));
    },
    kinds: () => [...new Set(watchlist.projects.map((p) => p.kind))].sort(),
  };
}
