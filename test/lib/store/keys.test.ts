import {
  TABLE_KEYS,
  alertClaimKey,
  articleExpiresAt,
  changeIndexKeys,
  changeKey,
  eventId,
  eventKey,
  isoUtc,
  projectIndexKeys,
  projectKey,
  tableDefinition,
} from '../../../lib/store/keys';

describe('keys', () => {
  it('puts a project state and its timeline in one partition, the state sorting after every event', () => {
    const state = projectKey('naver-sejong-dc');
    const event = eventKey('naver-sejong-dc', '2023-11-06', 'abc');
    expect(state.PK).toBe(event.PK);
    expect(state.SK > event.SK).toBe(true); // newest-first Query returns the state first
  });

  it('lists a project under its status and org, and leaves GSI2 out without an org', () => {
    expect(projectIndexKeys({ projectId: 'p', status: 'LAUNCHED', statusSince: '2023-11-06', org: 'naver' })).toEqual({
      GSI1PK: 'PROJECTS',
      GSI1SK: 'LAUNCHED#2023-11-06#p',
      GSI2PK: 'ORG#naver',
      GSI2SK: 'LAUNCHED#2023-11-06#p',
    });
    expect(projectIndexKeys({ projectId: 'p', status: 'CANCELLED', statusSince: '2023-11-24', org: null })).not.toHaveProperty('GSI2PK');
  });

  it('keeps a change and its alert claim apart in one partition', () => {
    expect(changeKey('c1')).toEqual({ PK: 'CHANGE#c1', SK: 'CHANGE' });
    expect(alertClaimKey('c1')).toEqual({ PK: 'CHANGE#c1', SK: 'ALERT' });
  });

  it('sorts changes by UTC time whatever offset they were written with', () => {
    expect(changeIndexKeys({ id: 'c', at: '2023-11-24T09:00:00+09:00' }).GSI1SK).toBe('2023-11-24T00:00:00.000Z#c');
    expect(isoUtc('not a time')).toBe('not a time');
  });

  it('gives an event the same id every time, and another id for another claim', () => {
    const base = { articleId: 'a', projectId: 'p', status: 'CANCELLED' as const, modality: 'occurred' as const, evidence: '사업이 무산됐다.' };
    expect(eventId(base)).toBe(eventId({ ...base }));
    expect(eventId({ ...base, modality: 'planned' })).not.toBe(eventId(base));
  });

  it('expires article marks after 90 days', () => {
    expect(articleExpiresAt('2025-01-01T00:00:00Z')).toBe(Date.parse('2025-04-01T00:00:00Z') / 1000);
  });

  it('builds a PAY_PER_REQUEST CreateTable input from TABLE_KEYS', () => {
    const def = tableDefinition('radar');
    expect(def).toMatchObject({ TableName: 'radar', BillingMode: 'PAY_PER_REQUEST' });
    expect(def.GlobalSecondaryIndexes?.map((i) => i.IndexName)).toEqual([TABLE_KEYS.gsi1.name, TABLE_KEYS.gsi2.name]);
    expect(def.AttributeDefinitions?.map((a) => a.AttributeName).sort()).toEqual(['GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'PK', 'SK']);
  });
});
