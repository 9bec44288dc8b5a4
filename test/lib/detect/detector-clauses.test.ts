/**
 * Clause splitting (lib/detect/clauses.ts): connective endings and conjunctions end a
 * clause; nouns that end like a connective (최고, 광고) and coordination of nouns do not.
 */
import { clauseAt, splitClauses } from '../../../lib/detect/clauses';

const pieces = (text: string, lang: 'ko' | 'en'): string[] => splitClauses(text, lang).map((c) => text.slice(c.start, c.end).trim());

describe('splitClauses', () => {
  it.each([
    ['시흥 센터는 무산됐고 안산 센터는 가동한다', ['시흥 센터는 무산됐고', '안산 센터는 가동한다']],
    ['사업이 무산되면서 카카오는 안산에 집중한다', ['사업이 무산되면서', '카카오는 안산에 집중한다']],
    ['MOU를 체결했지만 최근 무산됐다', ['MOU를 체결했지만', '최근 무산됐다']],
    ['부지를 확보했으며 내년 착공한다', ['부지를 확보했으며', '내년 착공한다']],
    ['허가가 나지 않으면 취소된다', ['허가가 나지 않으면', '취소된다']],
    ['카카오 시흥 데이터센터 무산…안산 센터는 가동', ['카카오 시흥 데이터센터 무산…', '안산 센터는 가동']],
    ['최고 수준의 광고 효과를 냈다', ['최고 수준의 광고 효과를 냈다']],
    ['협약을 체결한 뒤 착공에 들어갔다', ['협약을 체결한 뒤', '착공에 들어갔다']],
    ['협약을 맺은 데 이어 착공했다', ['협약을 맺은 데 이어', '착공했다']],
    // A duration before 뒤 is no clause end ("3년 뒤"), nor is a noun before it.
    ['착공 3년 뒤 완공됐다', ['착공 3년 뒤 완공됐다']],
    ['Intel delayed Ohio, while TSMC opened Arizona.', ['Intel delayed Ohio,', 'while TSMC opened Arizona.']],
    ['Intel delayed Ohio but kept Magdeburg.', ['Intel delayed Ohio', 'but kept Magdeburg.']],
    ['Ford scrapped the plant and will build another.', ['Ford scrapped the plant', 'and will build another.']],
    ['Samsung and SK hynix broke ground.', ['Samsung and SK hynix broke ground.']],
    ['The plant opened; production starts in May.', ['The plant opened;', 'production starts in May.']],
  ])('%s', (text, expected) => {
    expect(pieces(text, /[가-힣]/.test(text) ? 'ko' : 'en')).toEqual(expected);
  });

  it('covers the sentence without gaps and finds the clause of an offset', () => {
    const text = '시흥 센터는 무산됐고 안산 센터는 가동한다';
    const clauses = splitClauses(text, 'ko');
    expect(clauses[0]!.start).toBe(0);
    expect(clauses[clauses.length - 1]!.end).toBe(text.length);
    for (let i = 1; i < clauses.length; i++) expect(clauses[i]!.start).toBe(clauses[i - 1]!.end);
    expect(clauseAt(clauses, text.indexOf('가동'))).toBe(1);
  });
});
