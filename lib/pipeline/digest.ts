/**
 * The daily digest: every change of the last 24 hours in one message, grouped by project.
 */
import type { Change } from '../core/types';

export interface Digest {
  subject: string;
  text: string;
  count: number;
  since: string;
}

function describe(change: Change): string {
  if (change.kind === 'slip') return `slipped: ${change.from ?? '?'} -> ${change.to}`;
  if (change.kind === 'discovered') return `new project, ${change.to}`;
  return change.from ? `${change.from} -> ${change.to}` : change.to;
}

/**
 * Builds the digest text; null when nothing changed (no empty digests are sent).
 *
 * @example
 * buildDigest([], '2024-01-01T00:00:00Z') // => null
 */
export function buildDigest(changes: Change[], since: string): Digest | null {
  if (changes.length === 0) return null;
  const byProject = new Map<string, Change[]>();
  for (const c of [...changes].sort((a, b) => a.at.localeCompare(b.at))) byProject.set(c.project, [...(byProject.get(c.project) ?? []), c]);
  const blocks = [...byProject].map(([project, list]) =>
    [`${project}${list[0]?.org ? ` (${list[0].org})` : ''}`, ...list.map((c) => `  - ${describe(c)}\n    "${c.evidence}"\n    ${c.url}`)].join('\n'),
  );
  const subject = `Project Radar: ${changes.length} change${changes.length === 1 ? '' : 's'} in ${byProject.size} project${byProject.size === 1 ? '' : 's'}`;
  return { subject, text: `Changes since ${since.slice(0, 16).replace('T', ' ')} UTC\n\n${blocks.join('\n\n')}\n`, count: changes.length, since };
}
