/**
 * The alert policy for discovered projects and events with no project, where changes are
 * decided: applyEventsToProjects against dynalite behind the real DynamoDB client.
 */
import { defaultConfig } from '../../../lib/config/load';
import type { RadarEvent } from '../../../lib/core/types';
import { applyEventsToProjects, type ApplyContext } from '../../../lib/pipeline/apply-events';
import { documentClient } from '../../../lib/runtime/aws-clients';
import { discoveredAlertPolicy } from '../../../lib/state/discovered-policy';
import { createDynamoStore } from '../../../lib/store/dynamo-store';
import { ensureTable, startLocalDynamo } from '../../../lib/store/local-dynamo';

let database: { endpoint: string; close(): Promise<void> };
let context: ApplyContext;

beforeAll(async () => {
  database = await startLocalDynamo({});
  const doc = documentClient(database.endpoint);
  await ensureTable(doc, 'apply-test');
  context = { store: createDynamoStore(doc, 'apply-test'), now: '2025-03-02T00:00:00.000Z', confirmBelow: 0.65, discovered: discoveredAlertPolicy(defaultConfig()) };
}, 30_000);

afterAll(async () => {
  await database?.close();
});

function event(project: string, projectId: string, over: Partial<RadarEvent> = {}): RadarEvent {
  return {
    project, projectId, org: null, status: 'LAUNCHED', modality: 'occurred', when: null, evidence: `${project} went live.`,
    confidence: 0.8, detector: 'en-cue', discovered: true, articleId: `a-${projectId}`, url: `https://news.example/${encodeURIComponent(projectId)}`,
    publishedAt: '2025-03-01T00:00:00Z', sourceId: 'wire', ...over,
  };
}

describe('applyEventsToProjects with the default alert policy', () => {
  it('alerts a discovered facility from one source', async () => {
    const changes = await applyEventsToProjects([event('Abilene data center', 'unknown:abilenedatacenter')], context);
    expect(changes).toEqual([expect.objectContaining({ kind: 'discovered', to: 'LAUNCHED', projectId: 'unknown:abilenedatacenter' })]);
  });

  it('keeps a discovered non-facility quiet until a second source reports it', async () => {
    const first = await applyEventsToProjects([event('VR ports', 'unknown:vrports')], context);
    expect(first).toEqual([]);
    expect(await context.store.getProjectState('unknown:vrports')).toMatchObject({ status: 'LAUNCHED', memo: expect.objectContaining({ unconfirmed: true }) });
    const again = await applyEventsToProjects([event('VR ports', 'unknown:vrports', { articleId: 'a-2' })], context);
    expect(again).toEqual([]);
    const second = await applyEventsToProjects([event('VR ports', 'unknown:vrports', { sourceId: 'trade', articleId: 'a-3' })], context);
    expect(second).toEqual([expect.objectContaining({ kind: 'discovered', to: 'LAUNCHED' })]);
  });

  it('alerts a discovered project of a watched owner', async () => {
    const changes = await applyEventsToProjects([event('Karlo 3.0', 'kakao:karlo30', { org: 'kakao' })], context);
    expect(changes).toEqual([expect.objectContaining({ kind: 'discovered', to: 'LAUNCHED' })]);
  });

  it('still holds a low-confidence facility, as confirmBelow says', async () => {
    expect(await applyEventsToProjects([event('Temple data center', 'unknown:templedatacenter', { confidence: 0.55 })], context)).toEqual([]);
  });

  it('moves nothing for an event that names no project', async () => {
    expect(await applyEventsToProjects([event('plant', '', { discovered: false })], context)).toEqual([]);
    expect(await context.store.getProjectState('')).toBeNull();
  });

  it('alerts every discovered project when the policy is off (sources: 1) or absent', async () => {
    const { discovered: _policy, ...withoutPolicy } = context;
    expect(await applyEventsToProjects([event('LibreOffice project', 'unknown:libreofficeproject')], withoutPolicy)).toHaveLength(1);
    const loose = { ...context, discovered: { ...context.discovered!, sources: 1 } };
    expect(await applyEventsToProjects([event('Open Journalism Project', 'unknown:openjournalismproject')], loose)).toHaveLength(1);
  });
});
