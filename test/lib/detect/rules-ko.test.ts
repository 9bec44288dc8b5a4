/**
 * Korean cue rules (rules/cues-ko.ts) through the matcher: each stem with the endings that
 * make it the status word, beside the same letters in other words.
 */
import { cueMatcher } from '../../../lib/detect/cues';
import { KO_CUES } from '../../../lib/detect/rules/cues-ko';
import { STATUSES } from '../../../lib/core/types';

const statuses = (text: string): string[] => cueMatcher('ko').find(text).map((h) => h.status);

describe('Korean cues: morphology', () => {
  it.each([
    // CANCELLED: 무산 is passive (되다), 불발, 백지화, 철회, 접다, 손을 떼다
    ['제2데이터센터 건립이 무산됐다', 'CANCELLED'],
    ['사업이 무산되면서 부지는 비었다', 'CANCELLED'],
    ['협상이 불발되고 말았다', 'CANCELLED'],
    ['시는 계획을 백지화했다', 'CANCELLED'],
    ['투자 계획을 철회했다', 'CANCELLED'],
    ['결국 사업을 접었다', 'CANCELLED'],
    ['카카오가 손을 뗐다', 'CANCELLED'],
    ['계약이 결국 없던 일이 됐다', 'CANCELLED'],
    // DELAYED: 연기 only as a verb, 늦어지다, 미뤄지다, 늦추다, 지연
    ['착공이 연기됐다', 'DELAYED'],
    ['준공을 내년으로 연기한다', 'DELAYED'],
    ['가동을 연기하기로 했다', 'DELAYED'],
    ['출시 연기', 'DELAYED'],
    ['출시가 계획보다 늦어져', 'DELAYED'],
    ['일정이 늦어지고 있다', 'DELAYED'],
    ['가동 시점이 미뤄졌다', 'DELAYED'],
    ['완공 시점을 늦췄다', 'DELAYED'],
    ['공사가 지연되고 있다', 'DELAYED'],
    // ON_HOLD and RESUMED
    ['공사가 중단됐다', 'ON_HOLD'],
    ['투자를 보류했다', 'ON_HOLD'],
    ['공사를 재개했다', 'RESUMED'],
    ['사업을 재추진한다', 'RESUMED'],
    ['공장을 재가동했다', 'RESUMED'],
    // forward steps
    ['양해각서(MOU)를 체결했다', 'MOU_SIGNED'],
    ['업무협약을 체결하고', 'MOU_SIGNED'],
    ['협약을 맺었다', 'MOU_SIGNED'],
    ['건축허가를 받았다', 'APPROVED'],
    ['사업계획이 승인됐다', 'APPROVED'],
    ['착공식을 열었다', 'CONSTRUCTION_STARTED'],
    ['첫 삽을 떴다', 'CONSTRUCTION_STARTED'],
    ['공장이 착공에 들어갔다', 'CONSTRUCTION_STARTED'],
    ['센터를 준공했다', 'COMPLETED'],
    ['공장이 완공됐다', 'COMPLETED'],
    ['내년 1분기 가동할 계획이다', 'LAUNCHED'],
    ['가동에 들어간다', 'LAUNCHED'],
    ['센터가 문을 열었다', 'LAUNCHED'],
    ['새 모델을 선보였다', 'LAUNCHED'],
    ['모델을 공개했다', 'LAUNCHED'],
    ['서비스를 출시했다', 'LAUNCHED'],
    ['데이터센터를 짓기로 했다', 'ANNOUNCED'],
    ['건립을 추진한다', 'ANNOUNCED'],
  ])('%s -> %s', (text, status) => {
    expect(statuses(text)).toContain(status);
  });
});

describe('Korean cues: the same letters in other words', () => {
  it.each([
    ['배우의 연기가 돋보였다', 'DELAYED'], // acting
    ['그는 연기력을 인정받았다', 'DELAYED'], // acting skill
    ['공장에서 검은 연기가 치솟았다', 'DELAYED'], // smoke
    ['공장 가동률이 80%를 넘었다', 'LAUNCHED'], // a utilisation statistic
    ['허가 취소 소송을 냈다', 'CANCELLED'], // a lawsuit to annul
    ['무중단 서비스를 제공한다', 'ON_HOLD'], // non-stop
    ['비공개로 진행됐다', 'LAUNCHED'], // private
    ['재개발 조합이 총회를 열었다', 'RESUMED'], // redevelopment
    ['서류를 접수했다', 'CANCELLED'], // receipt, not 접다
    ['결과로 미루어 보아', 'DELAYED'], // judging from
    ['추진력이 떨어졌다', 'ANNOUNCED'], // drive
    ['불발탄이 발견됐다', 'CANCELLED'], // a dud shell
    ['미출시 모델이다', 'LAUNCHED'], // unreleased
  ])('%s has no %s cue', (text, status) => {
    expect(statuses(text)).not.toContain(status);
  });

  it('재가동 is RESUMED, not LAUNCHED, and 착공식 is one cue', () => {
    expect(statuses('공장을 재가동했다')).toEqual(['RESUMED']);
    expect(statuses('착공식을 열었다')).toEqual(['CONSTRUCTION_STARTED']);
  });
});

describe('Korean cue data', () => {
  it('every rule has a known status, a pattern that compiles and anchors it can start with', () => {
    for (const rule of KO_CUES) {
      expect(STATUSES).toContain(rule.status);
      expect(() => new RegExp(rule.pattern, 'y')).not.toThrow();
      expect(rule.anchors.length).toBeGreaterThan(0);
      expect(rule.weight).toBeGreaterThan(0);
      expect(rule.weight).toBeLessThanOrEqual(1);
    }
  });

  it('ids are unique', () => {
    const ids = KO_CUES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
