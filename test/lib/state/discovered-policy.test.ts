/**
 * Which discovered projects may alert at once (lib/state/discovered-policy.ts).
 */
import { defaultConfig } from '../../../lib/config/load';
import type { ProjectState, RadarEvent } from '../../../lib/core/types';
import { discoveredAlertPolicy, mayAlertDiscovered, namesNoProject } from '../../../lib/state/discovered-policy';

const policy = discoveredAlertPolicy(defaultConfig());

function event(project: string, over: Partial<RadarEvent> = {}): RadarEvent {
  return {
    project, projectId: `unknown:${project}`, org: null, status: 'LAUNCHED', modality: 'occurred', when: null, evidence: `${project} opened.`,
    confidence: 0.8, detector: 'en-cue', discovered: true, articleId: 'a1', url: 'https://news.example/a1', publishedAt: '2025-03-01T00:00:00Z', sourceId: 'wire', ...over,
  };
}

describe('mayAlertDiscovered', () => {
  it.each([
    // A facility by its head word, in either language and in the plural.
    ['Abilene data center', true],
    ['Temple data centre', true],
    ['Kentucky 1 plant', true],
    ['South Carolina battery plants', true],
    ['Ohio One fab', true],
    ['Hyperion campus', true],
    ['시흥 제2데이터센터', true],
    ['울산 배터리 공장', true],
    ['새울 3호기', true],
    // Things "launched" or "announced" in ordinary news.
    ['VR ports', false],
    ['LibreOffice project', false],
    ['similar facility', false],
    ['S line model', false],
    ['Phase 1', false],
    // Whole words only: a fabric or a planter is no fab or plant.
    ['smart fabric line', false],
    ['planter range', false],
  ])('%s -> %s', (name, expected) => {
    expect(mayAlertDiscovered(null, [event(name)], policy)).toBe(expected);
  });

  it('lets a project of a watched owner alert', () => {
    expect(mayAlertDiscovered(null, [event('Karlo 3.0', { org: 'kakao' })], policy)).toBe(true);
    expect(mayAlertDiscovered(null, [event('Karlo 3.0', { org: 'Some Studio' })], policy)).toBe(false);
    expect(mayAlertDiscovered(null, [event('Karlo 3.0', { org: 'kakao' })], { ...policy, watchedOwner: false })).toBe(false);
  });

  it('lets a second independent source confirm any discovered project', () => {
    const held = { projectId: 'unknown:vrports', name: 'VR ports', org: null, discovered: true, sources: ['wire'] } as unknown as ProjectState;
    expect(mayAlertDiscovered(held, [event('VR ports', { sourceId: 'wire' })], policy)).toBe(false);
    expect(mayAlertDiscovered(held, [event('VR ports', { sourceId: 'trade' })], policy)).toBe(true);
    expect(mayAlertDiscovered(null, [event('VR ports', { sourceId: 'wire' }), event('VR ports', { sourceId: 'ko' })], policy)).toBe(true);
    expect(mayAlertDiscovered(null, [event('VR ports')], { ...policy, sources: 1 })).toBe(true);
  });

  it('never holds a watchlist project', () => {
    expect(mayAlertDiscovered(null, [event('Karlo', { discovered: false, projectId: 'kakao-karlo' })], policy)).toBe(true);
  });
});

describe('namesNoProject', () => {
  it.each([[''], [null]])('an event with projectId %j names no project', (projectId) => {
    expect(namesNoProject({ projectId: projectId as unknown as string })).toBe(true);
    expect(namesNoProject({ projectId: 'kakao-karlo' })).toBe(false);
    // The detector's unresolved events ("paused the construction of a plant") are never applied.
    expect(namesNoProject({ projectId: 'unresolved', unresolved: true })).toBe(true);
  });
});
