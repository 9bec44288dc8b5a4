import type { Change } from '../../../lib/core/types';
import { rangeText } from '../../../lib/alert/format';
import { SMS_MAX, buildAlert } from '../../../lib/alert/message';
import { change, discovered, slip } from './fixtures';

describe('buildAlert', () => {
  it('a status change: subject, body with evidence and URL, SMS line and attributes', () => {
    const alert = buildAlert(change());

    expect(alert.subject).toBe('[Radar] 새만금 하이퍼스케일 데이터센터: MOU signed → cancelled');
    expect(alert.text).toContain('Project:    새만금 하이퍼스케일 데이터센터 (gsenergy)');
    expect(alert.text).toContain('Change:     MOU signed → cancelled');
    expect(alert.text).toContain('"새만금 하이퍼스케일 데이터센터 건립 사업이 투자자 이탈로 결국 무산됐다."');
    expect(alert.text).toContain('Source:     https://news.example.kr/economy/2023/11/24/saemangeum-dc');
    expect(alert.text).toContain('Confidence: 0.87');
    expect(alert.short).toBe('Radar: 새만금 하이퍼스케일 데이터센터: MOU signed → cancelled https://news.example.kr/economy/2023/11/24/saemangeum-dc');
    expect(alert.attributes).toEqual({ status: 'CANCELLED', org: 'gsenergy', project: 'saemangeum-dc', kind: 'status' });
    expect(alert.change).toEqual(change());
  });

  it.each<[string, Change, string, Partial<ReturnType<typeof buildAlert>['attributes']>]>([
    ['a milestone slip', slip(), 'Meta El Paso data center: launched slipped from H1 2026 to 2027', { status: 'DELAYED', kind: 'slip', org: 'meta' }],
    ['a delay', change({ kind: 'slip', from: 'CONSTRUCTION_STARTED', to: 'DELAYED' }), '새만금 하이퍼스케일 데이터센터: construction started → delayed', { status: 'DELAYED', kind: 'slip' }],
    ['a discovered project without org', discovered(), '광양 수소 플랜트: new project, construction started', { status: 'CONSTRUCTION_STARTED', kind: 'discovered', org: '-' }],
    ['a first status of a watchlist project', change({ from: null, to: 'APPROVED' }), '새만금 하이퍼스케일 데이터센터: now approved', { status: 'APPROVED' }],
  ])('%s', (_label, input, subject, attributes) => {
    const alert = buildAlert(input);
    expect(alert.subject).toBe(`[Radar] ${subject}`);
    expect(alert.attributes).toMatchObject(attributes);
    expect(alert.text).toContain(input.evidence);
    expect(alert.text).toContain(input.url);
  });

  it('names the milestone and both schedules in a slip body', () => {
    expect(buildAlert(slip()).text).toContain('Milestone:  launched, was H1 2026, now 2027');
  });

  it.each([
    ['a long URL is dropped first', change({ url: `https://news.example.kr/${'a'.repeat(150)}` })],
    ['a long Korean name is shortened', change({ project: '초대형 '.repeat(60).trim(), url: `https://news.example.kr/${'b'.repeat(150)}` })],
    ['a long English name is shortened', change({ project: 'Very Long Hyperscale Campus Phase '.repeat(8), kind: 'slip', milestone: 'COMPLETED', from: '2025-01-01..2025-03-31', to: '2025-10-01..2025-12-31' })],
  ])('keeps the SMS line within 160 characters: %s', (_label, input) => {
    const { short } = buildAlert(input);
    expect(Array.from(short).length).toBeLessThanOrEqual(SMS_MAX);
    expect(short.startsWith('Radar: ')).toBe(true);
    expect(short).toMatch(/(cancelled|slipped from Q1 2025 to Q4 2025)$/);
  });
});

describe('rangeText', () => {
  it.each([
    ['2024-07-01..2024-12-31', 'H2 2024'],
    ['2024-01-01..2024-06-30', 'H1 2024'],
    ['2025-01-01..2025-12-31', '2025'],
    ['2024-02-01..2024-02-29', 'February 2024'],
    ['2024-04-01..2024-06-30', 'Q2 2024'],
    ['2024-03-01..2024-08-31', 'March 2024 to August 2024'],
    ['2024-06-03', '2024-06-03'],
    ['2024-06-03..2024-06-20', '2024-06-03 to 2024-06-20'],
    ['soon', 'soon'],
  ])('%s -> %s', (range, expected) => {
    expect(rangeText(range)).toBe(expected);
  });
});
