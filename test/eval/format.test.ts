import { formatReport, table } from '../../eval/format';
import { scoreItems } from '../../eval/score';
import type { ScoredItem } from '../../eval/score';

describe('table', () => {
  it('left-aligns the first column, right-aligns the rest', () => {
    expect(table([['status', 'F1'], ['LAUNCHED', '0.91']])).toBe('status      F1\nLAUNCHED  0.91');
  });

  it('counts Hangul as two columns so Korean rows stay aligned', () => {
    const lines = table([['무산', '1'], ['ab', '22']]).split('\n');
    expect(lines).toEqual(['무산   1', 'ab    22']);
  });
});

describe('formatReport', () => {
  const item: ScoredItem = {
    id: 'ko-0001',
    lang: 'ko',
    kind: 'sentence',
    text: '카카오의 시흥 제2데이터센터 건립이 무산 위기에 놓였다.',
    tags: ['speculation'],
    gold: [],
    predicted: [{ status: 'CANCELLED', modality: 'occurred', project: '시흥 제2데이터센터', projectId: 'kakao-siheung-dc', when: null, evidence: '무산 위기에 놓였다' }],
  };

  it('prints every status, the slices, the measures and the confusion matrix', () => {
    const text = formatReport(scoreItems([item]));
    expect(text).toMatch(/^CANCELLED +0 +1 +0 +0\.000 +0\.000 +0\.000$/m);
    expect(text).toMatch(/^lang ko +1 /m);
    expect(text).toMatch(/^hard negatives clean +0\/1 +0\.000$/m);
    expect(text).toMatch(/^NONE +0 +0 +0 +0 +0 +0 +0 +0 +1 +0 +0$/m);
    expect(text).not.toContain('worst items');
  });

  it('lists the worst items with their evidence when verbose', () => {
    const text = formatReport(scoreItems([item]), { verbose: true });
    expect(text).toContain('worst items (1 of 1 with errors)');
    expect(text).toContain('false positive  pred CANCELLED/occurred kakao-siheung-dc (시흥 제2데이터센터) when=null');
    expect(text).toContain('evidence: 무산 위기에 놓였다');
  });
});
