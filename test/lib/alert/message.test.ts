import type { Change } from '../../../lib/core/types';
import { rangeText } from '../../../lib/alert/format';
import { SMS_MAX_SEGMENTS, buildAlert } from '../../../lib/alert/message';
import { smsLength } from '../../../lib/alert/sms';
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
    expect(alert.short).toBe('Radar: 새만금 하이퍼스케일 데이터센터: MOU signed -> cancelled https://news.example.kr/economy/2023/11/24/saemangeum-dc');
    expect(alert.attributes).toEqual({ status: 'CANCELLED', org: 'gsenergy', project: 'saemangeum-dc', kind: 'status', lang: 'en' });
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
  ])('keeps the SMS line within two billed segments: %s', (_label, input) => {
    for (const lang of ['en', 'ko'] as const) {
      const { short } = buildAlert(input, { lang });
      expect(smsLength(short).segments).toBeLessThanOrEqual(SMS_MAX_SEGMENTS);
      expect(short.startsWith('Radar: ')).toBe(true);
      expect(short).toMatch(lang === 'en' ? /(cancelled|slipped from Q1 2025 to Q4 2025)$/ : /(무산|연기)$/);
    }
  });

  it('an English alert about an English project stays in GSM-7 (160 a segment), one segment', () => {
    const short = buildAlert(slip()).short;
    expect(smsLength(short)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });
});

describe('dates that tell the truth', () => {
  const old = change({ at: '2026-12-04T06:02:00.000Z', newsDate: '2022-04-21' });

  it('shows the news date and, separately, when Radar saw it, in the reader’s time zone', () => {
    const en = buildAlert(old).text;
    expect(en).toContain('News date:  2022-04-21');
    expect(en).toContain('Seen:       2026-12-04 06:02 UTC');
    const ko = buildAlert(old, { lang: 'ko' }).text;
    expect(ko).toContain('뉴스 날짜: 2022-04-21');
    expect(ko).toContain('감지 시각: 2026-12-04 15:02 KST');
    expect(buildAlert(old, { lang: 'en', timeZone: 'America/New_York' }).text).toContain('Seen:       2026-12-04 01:02 America/New_York');
  });

  it('puts the news date in the SMS line when it fits', () => {
    expect(buildAlert(old, { lang: 'ko' }).short).toBe('Radar: 새만금 하이퍼스케일 데이터센터: 업무협약 체결 → 무산 (2022-04-21) https://news.example.kr/economy/2023/11/24/saemangeum-dc');
  });
});

describe('Korean alerts', () => {
  it.each<[string, Change, string]>([
    ['a status change', change(), '[Radar] 새만금 하이퍼스케일 데이터센터: 업무협약 체결 → 무산'],
    ['a milestone slip', slip(), '[Radar] Meta El Paso data center: 가동·출시 일정 2026년 상반기에서 2027년(으)로 연기'],
    ['a discovered project', discovered(), '[Radar] 광양 수소 플랜트: 새 프로젝트, 착공'],
    ['a first status', change({ from: null, to: 'APPROVED' }), '[Radar] 새만금 하이퍼스케일 데이터센터: 현재 인허가 승인'],
  ])('%s', (_label, input, subject) => {
    const alert = buildAlert(input, { lang: 'ko' });
    expect(alert.subject).toBe(subject);
    expect(alert.lang).toBe('ko');
    expect(alert.attributes.lang).toBe('ko');
    expect(alert.text).toMatch(/^Project Radar: (상태 변경|일정 지연|새 프로젝트)\n/);
    expect(alert.text).toContain(`근거:      "${input.evidence}"`);
  });
});

describe('rangeText in Korean', () => {
  it.each([
    ['2024-07-01..2024-12-31', '2024년 하반기'],
    ['2024-01-01..2024-06-30', '2024년 상반기'],
    ['2025-01-01..2025-12-31', '2025년'],
    ['2024-02-01..2024-02-29', '2024년 2월'],
    ['2024-04-01..2024-06-30', '2024년 2분기'],
    ['2024-03-01..2024-08-31', '2024년 3월~2024년 8월'],
    ['2024-06-03..2024-06-20', '2024-06-03~2024-06-20'],
  ])('%s -> %s', (range, expected) => {
    expect(rangeText(range, 'ko')).toBe(expected);
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
