/**
 * Constructions that real news uses and our first corpus did not: each row is a sentence of
 * our own showing one construction (names and facts invented or public, wording ours), with a
 * hard negative beside it where the same words tell no event. See lib/detect/rules/*.ts for
 * the rule rows these exercise.
 */
import { createDetector } from '../../../lib/detect';
import type { DetectedEvent } from '../../../lib/core/types';
import { WATCHLIST } from './helpers';

const detector = createDetector(WATCHLIST);

/** The statuses of the `occurred` events, as the development-set scorer reads a sentence. */
function statuses(text: string, published = '2025-06-10'): string[] {
  return [...new Set(detector.detect({ text, published }).filter((e) => e.modality === 'occurred').map((e) => e.status))].sort();
}

function all(text: string, published = '2025-06-10'): DetectedEvent[] {
  return detector.detect({ text, published });
}

describe('status from the predicate: an unnamed project still gives an event, unresolved', () => {
  it.each<[string, string]>([
    ['The cell maker has paused construction of its Georgia factory, a $2 billion project.', 'ON_HOLD'],
    ['Ground was broken on Friday on a new copper smelter near the port.', 'CONSTRUCTION_STARTED'],
    ['Halvor Pulp said it had decided not to proceed with plans for a paper mill at Tain.', 'CANCELLED'],
    ['A chemicals group has halted work at its Ohio plant.', 'ON_HOLD'],
    ['경남의 한 부품업체가 새 공장 건설을 중단했다.', 'ON_HOLD'],
    ['고창군이 380억원 규모의 투자협약을 중소기업 두 곳과 체결했다.', 'MOU_SIGNED'],
  ])('%s -> %s', (text, status) => {
    expect(statuses(text)).toEqual([status]);
  });

  it('marks an event whose project the text does not identify, and names it by its class noun', () => {
    const [event] = all('A chemicals group has halted work at a plant in the valley.');
    expect(event).toMatchObject({ status: 'ON_HOLD', projectId: 'unresolved', unresolved: true });
    expect(event!.confidence).toBeLessThan(0.5);
  });

  it.each<[string]>([
    // A class of projects is a statistic, not one project's event.
    ['Sixteen battery projects worth $9 billion were cancelled in the first quarter.'],
    ['Lakeshore Methanol is among at least six chemical projects that have delayed construction.'],
    ['국내 물류센터 사업 30여 곳 가운데 절반이 보류됐다.'],
    // Nothing built or released: no event at all.
    ['The council delayed its vote on the budget.'],
    ['The airline cancelled 40 flights on Monday.'],
  ])('no event: %s', (text) => {
    expect(all(text)).toEqual([]);
  });
});

describe('one sentence, one happening per project', () => {
  it.each<[string, string[]]>([
    // The later step told as news supersedes an undated earlier one.
    ['The plant reached substantial completion and was put into commercial service on Monday.', ['LAUNCHED']],
    ['공사를 마치고 지난 3일 준공한 이 공장은 이달 말 본격 가동에 들어갔다.', ['LAUNCHED']],
    // "cancelled plans to build": the plan is the theme of the cancellation, not a second announcement.
    ['Norvale has decided to cancel plans to build its $900 million resin plant in Texas.', ['CANCELLED']],
    // A step only in a relative clause is background.
    ['In Dallas the firm runs a 40-megawatt data center, which opened in 2019.', []],
    ['이번에 착공되는 새 공장은 내년 5월 완공될 예정이다.', []],
  ])('%s', (text, expected) => {
    expect(statuses(text)).toEqual(expected);
  });

  it('keeps a dated recap in a coordinate clause on the timeline', () => {
    const got = statuses('라임전자는 지난해 3월 대구시와 투자협약을 체결했지만 결국 공장 건립을 포기했다.');
    expect(got).toEqual(['CANCELLED', 'MOU_SIGNED']);
  });
});

describe('permission, promises and forecasts are not events', () => {
  it.each<[string]>([
    ['Court: work can resume on a short stretch of the Ridgeway pipeline'],
    ['The high court is allowing construction on the Ridgeway pipeline to resume.'],
    ['It is not clear when building will resume at the new terminal.'],
    ['The governor vowed last year to restart construction of the two reactors.'],
    ['Construction restart at the Alder plant very soon'],
    ['When finished, the twin plants are meant to make 40 GWh a year.'],
    ['자문위원회가 공사 재개를 권고했다.'],
    ['주민들은 집회를 열고 물류센터 사업 철회를 촉구했다.'],
  ])('%s', (text) => {
    expect(statuses(text)).toEqual([]);
  });
});

describe('a cue whose theme is not a project step', () => {
  it.each<[string]>([
    ['Harlow Cement cancels its takeover bid for a rival plant'],
    ['A bond deal to fund the refinery was called off last month.'],
    ['A judge approved a settlement between the county and the plant owner.'],
    ['The concrete footings for the parking deck were completed in May.'],
    ['Fennick said it has completed the module fabrication program for the Kestrel LNG project.'],
    ['전기위원회는 해상풍력 발전사업 허가를 심의했으나 허가를 보류했다.'],
    ['그룹은 해외 조선사를 인수하려던 계획을 중단했다.'],
  ])('%s', (text) => {
    expect(statuses(text)).toEqual([]);
  });
});

describe('cue constructions of real news', () => {
  it.each<[string, string]>([
    ['The chief minister laid the foundation stone for a tyre plant at Hosur on Sunday.', 'CONSTRUCTION_STARTED'],
    ['The ground breaking ceremony took place at the site on Thursday.', 'CONSTRUCTION_STARTED'],
    ['Works began in earnest in June on phase two of the Eastgate data centre.', 'CONSTRUCTION_STARTED'],
    ['Commercial operation began on Friday at the third unit of the Kestrel power station.', 'LAUNCHED'],
    ['The Marlow solar farm has reached commercial operation.', 'LAUNCHED'],
    ['Veltro introduced Corvid 2, a new open-weight model, in early May.', 'LAUNCHED'],
    ['The state siting board has authorized a 900-megawatt gas plant near Stratton.', 'APPROVED'],
    ['Development consent has been given to the Harrow Bank offshore wind farm.', 'APPROVED'],
    ['Tarn Mining has received its final mine permit for the Kelso gold project.', 'APPROVED'],
    ['The mine was put on care and maintenance after the accident.', 'ON_HOLD'],
    ['The company put its Southport terminal on the back-burner to save cash.', 'ON_HOLD'],
    ['Ashgrove has called a halt to construction at its energy plant.', 'ON_HOLD'],
    ['Ridley said it was ceasing all development of the Cove LNG terminal.', 'CANCELLED'],
    ['The chipmaker said it will put $3 billion into a new packaging plant near Dayton.', 'ANNOUNCED'],
    ['The two firms have announced a memorandum of understanding for a solar-powered data centre.', 'MOU_SIGNED'],
    ['The opening date has now been moved from March 2026 to late 2026.', 'DELAYED'],
    ['한빛소재, 울산 온산서 양극재 공장 기공…"2027년 양산"', 'CONSTRUCTION_STARTED'],
    ['네오랩은 초거대 AI 모델 \'누리 2\'를 내놓았다.', 'LAUNCHED'],
    ['광주 반도체 공장 2천억 투자 물거품', 'CANCELLED'],
    ['노동부는 사고가 난 발전소 공사를 잠정 중단시켰다.', 'ON_HOLD'],
    ['도시재생사업이 예비타당성 조사를 지난 5일 통과했다.', 'APPROVED'],
    ['정부는 경기 남부에 반도체 클러스터를 구축하고 산단 5곳을 지정한다.', 'ANNOUNCED'],
    ['화성 신청사의 착공 시점이 결국 해를 넘기게 됐다.', 'DELAYED'],
    ['그 앱은 지난해에만 세 차례 출시 일정을 번복했다.', 'DELAYED'],
    ['누리앱은 예정대로 오늘 출시할 수 없게 됐다.', 'DELAYED'],
    ['화재로 멈췄던 대산 공장이 다시 가동된다.', 'RESUMED'],
    ['현대제철은 지난 5일 2고로 화입식을 가졌다.', 'LAUNCHED'],
    // Three named complexes are not a statistic; "30여 곳 가운데" is.
    ['동해 앞바다 풍력 단지 3곳이 환경영향평가를 통과했다.', 'APPROVED'],
  ])('%s -> %s', (text, status) => {
    expect(statuses(text)).toEqual([status]);
  });
});

describe('one happening per article across name variants', () => {
  it('merges a groundbreaking reported on two days under two names', () => {
    const text = [
      'Orbis Cells said Tuesday its joint venture has broken ground on its Kentucky battery plant.',
      'About 300 guests attended the ground-breaking ceremony on Monday for the Kentucky EV battery plant.',
    ].join(' ');
    const started = all(text, '2025-06-10').filter((e) => e.status === 'CONSTRUCTION_STARTED');
    expect(started).toHaveLength(1);
  });

  it('keeps projects with different designators apart', () => {
    const got = all('The developer scrapped Harbor Wind 2 and Harbor Wind 3 last week.', '2025-06-10');
    expect(got.map((e) => e.project).sort()).toEqual(['Harbor Wind 2', 'Harbor Wind 3']);
  });
});
