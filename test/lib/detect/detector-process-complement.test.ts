/**
 * Approvals where the project is the complement of a process noun ("approved the X
 * rezoning", "the rezoning of the X site", "인허가를 마친 X"): the named complement is the
 * project; a process noun with no name, a place, a road or an event beside it names none.
 * The sentences are written for these tests, not taken from the corpus.
 */
import { createDetector } from '../../../lib/detect';
import { WATCHLIST } from './helpers';

const detector = createDetector(WATCHLIST);

/** `STATUS/modality name` of each event, sorted. */
function events(text: string, published = '2024-05-10'): string[] {
  return detector
    .detect({ text, published })
    .filter((e) => !e.unresolved)
    .map((e) => `${e.status}/${e.modality} ${e.project}`)
    .sort();
}

describe('process noun complements name the approved project', () => {
  it.each<[string, string[]]>([
    // Name before the process noun.
    ['County supervisors approved the Cedar Ridge Tech rezoning on Tuesday.', ['APPROVED/occurred Cedar Ridge Tech']],
    ['The planning board approved the Harlow 7 site plan last week.', ['APPROVED/occurred Harlow 7']],
    // Name after "of" / "for", with or without a land word.
    ['The council narrowly approved the rezoning of the Kestrel 300 site on Monday.', ['APPROVED/occurred Kestrel 300']],
    ['Commissioners approved a special use permit for the Blue Heron Commons data hall on Thursday.', ['APPROVED/occurred Blue Heron Commons']],
    ['The rezoning of the Quarry Point site was approved on Wednesday.', ['APPROVED/occurred Quarry Point']],
    // Korean: permits cleared before the project's own step.
    ['지난달 인허가를 마친 고양 데이터센터는 내년 착공한다.', ['APPROVED/occurred 고양 데이터센터', 'CONSTRUCTION_STARTED/planned 고양 데이터센터']],
    ['김해 데이터센터는 지난 3월 인허가를 모두 마쳤다.', ['APPROVED/occurred 김해 데이터센터']],
    ['정부는 용인 산업단지 조성 계획을 승인했다.', ['APPROVED/occurred 용인 산업단지']],
    // No named project: other business, a class, a place, a road or an event.
    ['Supervisors approved the budget on Tuesday.', []],
    ['The council approved a rezoning plan for the district on Tuesday.', []],
    ['The board approved the Loudoun County rezoning.', []],
    ['The county approved the rezoning of the Main Street corridor.', []],
    ['The city granted a permit for the Harbor Festival on Monday.', []],
    ['Officials approved a permit for the Fourth of July fireworks.', []],
    // Incentives offered or won are not an approval of the project.
    ['The state offered incentives for a proposed chip plant in Ohio.', []],
    ['정부는 올해 산업단지 조성 계획을 승인했다.', []],
    ['정부는 올해 모두 4곳의 산업단지 조성 계획을 승인했다.', []],
    ['인허가 절차를 마친 뒤 착공할 예정이다.', []],
  ])('%s', (sentence, expected) => {
    expect(events(sentence)).toEqual(expected);
  });
});
