import type { GoldEvent } from '../../eval/corpus-schema';
import { matchItem, normaliseName, sameProject, scoreItems } from '../../eval/score';
import type { PredictedEvent, ScoredItem } from '../../eval/score';

const siheungCancelled: GoldEvent = {
  status: 'CANCELLED',
  modality: 'occurred',
  project: '시흥 제2데이터센터',
  projectId: 'kakao-siheung-dc',
  org: 'kakao',
  when: null,
};
const ansanPlanned: GoldEvent = {
  status: 'LAUNCHED',
  modality: 'planned',
  project: '안산 데이터센터',
  projectId: 'kakao-ansan-dc',
  org: 'kakao',
  when: { from: '2024-01-01', to: '2024-03-31' },
};
const songdoStarted: GoldEvent = {
  status: 'CONSTRUCTION_STARTED',
  modality: 'occurred',
  project: '송도 5공장',
  org: '삼성바이오로직스',
  when: { from: '2023-04-01', to: '2023-04-30' },
};

/** A prediction that says exactly what the gold says. */
function echo(g: GoldEvent, projectId = g.projectId ?? 'discovered-x'): PredictedEvent {
  return { status: g.status, modality: g.modality, project: g.project, projectId, org: g.org, when: g.when === null ? null : { ...g.when, text: '…' } };
}

function item(id: string, gold: GoldEvent[], predicted: PredictedEvent[], extra: Partial<ScoredItem> = {}): ScoredItem {
  return { id, lang: 'ko', kind: 'sentence', text: `text of ${id}`, tags: [], gold, predicted, ...extra };
}

describe('normaliseName / sameProject', () => {
  it.each([
    ['Stargate  Abilene', 'stargateabilene'],
    ['시흥 제2데이터센터', '시흥제2데이터센터'],
    ['ＫｏＧＰＴ 2.0', 'kogpt20'],
    ["'각 세종'", '각세종'],
  ])('normalises %s', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('compares watchlist projects by id only', () => {
    expect(sameProject(siheungCancelled, { project: '전혀 다른 이름', projectId: 'kakao-siheung-dc' })).toBe(true);
    expect(sameProject(siheungCancelled, { project: '시흥 제2데이터센터', projectId: 'kakao-ansan-dc' })).toBe(false);
  });

  it('compares discovered projects by contained normalised names, in either direction', () => {
    expect(sameProject(songdoStarted, { project: '삼성바이오로직스 송도 5공장', projectId: 'x1' })).toBe(true);
    expect(sameProject({ project: '삼성바이오로직스 송도 5공장' }, { project: '송도5공장', projectId: 'x1' })).toBe(true);
    expect(sameProject(songdoStarted, { project: '송도 4공장', projectId: 'x1' })).toBe(false);
    // One character says nothing: "5" is inside every name with a 5 in it.
    expect(sameProject(songdoStarted, { project: '5', projectId: 'x1' })).toBe(false);
  });
});

describe('matchItem', () => {
  it('prefers the pair that also agrees on modality and date', () => {
    const recap: GoldEvent = { ...ansanPlanned, modality: 'occurred', status: 'LAUNCHED', when: { from: '2022-04-01', to: '2022-04-30' } };
    const predicted = [echo(ansanPlanned), echo(recap)];
    const match = matchItem([recap, ansanPlanned], predicted);
    expect(match.pairs).toEqual(expect.arrayContaining([[0, 1], [1, 0]]));
    expect(match.falsePositives).toEqual([]);
  });

  it('counts a repeat of a matched event as a duplicate, not a false positive', () => {
    const match = matchItem([siheungCancelled], [echo(siheungCancelled), { ...echo(siheungCancelled), when: { from: '2023-11-24', to: '2023-11-24' } }]);
    expect(match).toEqual({ pairs: [[0, 0]], missed: [], falsePositives: [], duplicates: [1] });
  });
});

describe('scoreItems', () => {
  it('scores a perfect run as 1 everywhere', () => {
    const items = [
      item('ko-0001', [siheungCancelled, ansanPlanned], [echo(siheungCancelled), echo(ansanPlanned)]),
      item('ko-0002', [songdoStarted], [echo(songdoStarted, 'samsungbio-songdo-5')]),
      item('ko-0003', [], [], { tags: ['negation'] }),
    ];
    const report = scoreItems(items);
    expect(report.micro).toMatchObject({ tp: 3, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(report.macroF1).toBe(1);
    expect(report.perStatus.CANCELLED.f1).toBe(1);
    expect(report.perStatus.DELAYED).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: 0 });
    expect(report.modality.accuracy).toBe(1);
    expect(report.dates).toEqual({ correct: 2, total: 2, accuracy: 1 });
    expect(report.entities.accuracy).toBe(1);
    expect(report.hardNegatives).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(report.worst).toEqual([]);
    expect(report.confusion.CANCELLED.CANCELLED).toBe(1);
  });

  it('counts one miss as a false negative and a NONE column in the confusion matrix', () => {
    const report = scoreItems([item('ko-0001', [siheungCancelled, ansanPlanned], [echo(siheungCancelled)])]);
    expect(report.perStatus.LAUNCHED).toMatchObject({ tp: 0, fn: 1, recall: 0, f1: 0 });
    expect(report.micro).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(report.macroF1).toBeCloseTo((1 + 0) / 2);
    expect(report.confusion.LAUNCHED.NONE).toBe(1);
    expect(report.worst[0]?.errors).toEqual([{ kind: 'miss', gold: ansanPlanned }]);
  });

  it('counts one false positive on a hard negative against precision and the hard-negative share', () => {
    const fp: PredictedEvent = { ...echo(siheungCancelled), evidence: '무산 위기에 놓였다' };
    const report = scoreItems([
      item('ko-0001', [siheungCancelled], [echo(siheungCancelled)]),
      item('ko-0002', [], [fp], { tags: ['speculation'] }),
    ]);
    expect(report.perStatus.CANCELLED).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(report.confusion.NONE.CANCELLED).toBe(1);
    expect(report.hardNegatives).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(report.perTag.speculation).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(report.worst.map((w) => w.itemId)).toEqual(['ko-0002']);
  });

  it('treats a wrong project as a miss plus a false positive and lowers entity accuracy', () => {
    const wrong: PredictedEvent = { ...echo(siheungCancelled), projectId: 'kakao-ansan-dc', project: '안산 데이터센터' };
    const report = scoreItems([item('ko-0001', [siheungCancelled], [wrong])]);
    expect(report.micro).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(report.entities).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(report.worst[0]?.errors.map((e) => e.kind)).toEqual(['wrong-project']);
  });

  it('keeps a wrong status in the confusion matrix cell of gold × predicted', () => {
    const report = scoreItems([item('ko-0001', [siheungCancelled], [{ ...echo(siheungCancelled), status: 'ON_HOLD' }])]);
    expect(report.confusion.CANCELLED.ON_HOLD).toBe(1);
    expect(report.confusion.CANCELLED.NONE).toBe(0);
    expect(report.perStatus.ON_HOLD).toMatchObject({ fp: 1 });
    expect(report.worst[0]?.errors.map((e) => e.kind)).toEqual(['wrong-status']);
  });

  it('judges a wrong date apart from the match: recall stays, date accuracy drops', () => {
    const late: PredictedEvent = { ...echo(ansanPlanned), when: { from: '2024-01-01', to: '2024-06-30', text: '내년 상반기' } };
    const report = scoreItems([item('ko-0001', [ansanPlanned, siheungCancelled], [late, echo(siheungCancelled)])]);
    expect(report.micro.f1).toBe(1);
    expect(report.dates).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(report.worst[0]?.errors).toEqual([{ kind: 'date', gold: ansanPlanned, predicted: late }]);
  });

  it('judges modality apart from the match', () => {
    const report = scoreItems([item('ko-0001', [ansanPlanned], [{ ...echo(ansanPlanned), modality: 'occurred' }])]);
    expect(report.micro.tp).toBe(1);
    expect(report.modality).toEqual({ correct: 0, total: 1, accuracy: 0 });
  });

  it('splits the numbers by language and kind', () => {
    const report = scoreItems([
      item('ko-0001', [siheungCancelled], [echo(siheungCancelled)]),
      item('en-0001', [siheungCancelled], [], { lang: 'en', kind: 'article' }),
    ]);
    expect(report.perLang.ko).toMatchObject({ tp: 1, fn: 0, items: 1, macroF1: 1 });
    expect(report.perLang.en).toMatchObject({ tp: 0, fn: 1, items: 1, macroF1: 0 });
    expect(report.perKind.article).toMatchObject({ fn: 1, items: 1 });
  });
});
