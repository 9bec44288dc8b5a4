import { splitSentences } from '../../../lib/detect/sentences';

const texts = (input: string): string[] => splitSentences(input).map((s) => s.text);

describe('splitSentences — Korean endings', () => {
  it.each<[string, string[]]>([
    ['카카오가 데이터센터를 준공했다. 내년 가동한다.', ['카카오가 데이터센터를 준공했다.', '내년 가동한다.']],
    ['센터를 열었어요. 내일 공개합니다.', ['센터를 열었어요.', '내일 공개합니다.']],
    ['다들 기다렸죠. 드디어 열립니다.', ['다들 기다렸죠.', '드디어 열립니다.']],
    ['착공이 또 연기될까? 업계는 촉각을 곤두세웠다.', ['착공이 또 연기될까?', '업계는 촉각을 곤두세웠다.']],
    ['준공했다.회사는 내년 가동한다.', ['준공했다.', '회사는 내년 가동한다.']],
    ['정말 연기되나! 주민들이 반발했다.', ['정말 연기되나!', '주민들이 반발했다.']],
    ['공장을 준공했다.\n내년 가동한다', ['공장을 준공했다.', '내년 가동한다']],
    ['연기될 수도… 업계 촉각', ['연기될 수도…', '업계 촉각']],
    ['착공했다. iPhone 생산은 내년이다.', ['착공했다.', 'iPhone 생산은 내년이다.']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('splitSentences — numbers, abbreviations, URLs', () => {
  it.each<[string, string[]]>([
    ['지분율은 1.5%로 늘었다. 다음 달 공시한다.', ['지분율은 1.5%로 늘었다.', '다음 달 공시한다.']],
    ['The 2.0 version shipped. Sales rose.', ['The 2.0 version shipped.', 'Sales rose.']],
    ['Mr. Kim said so. He left.', ['Mr. Kim said so.', 'He left.']],
    ['Dr. Lee and Prof. Park spoke.', ['Dr. Lee and Prof. Park spoke.']],
    ['The U.S. plant opened.', ['The U.S. plant opened.']],
    ['It will build in the U.S. The plant opens in 2026.', ['It will build in the U.S.', 'The plant opens in 2026.']],
    ['Acme Inc. said it would build a fab.', ['Acme Inc. said it would build a fab.']],
    ['The deal was signed with Acme Inc. The plant follows.', ['The deal was signed with Acme Inc.', 'The plant follows.']],
    ['Samsung Electronics Co. Ltd. announced it.', ['Samsung Electronics Co. Ltd. announced it.']],
    ['It opened on Jan. 5 in Austin.', ['It opened on Jan. 5 in Austin.']],
    ['It opened in Jan. The second fab follows.', ['It opened in Jan.', 'The second fab follows.']],
    ['The No. 3 line restarted. No. 4 follows.', ['The No. 3 line restarted.', 'No. 4 follows.']],
    ['Chips, e.g. HBM, sold out.', ['Chips, e.g. HBM, sold out.']],
    ['Memory, i.e. DRAM, recovered.', ['Memory, i.e. DRAM, recovered.']],
    ['Revenue rose in Q1. Profit fell.', ['Revenue rose in Q1.', 'Profit fell.']],
    ['John F. Kennedy Airport expanded.', ['John F. Kennedy Airport expanded.']],
    ['It opens at 10 a.m. Tuesday.', ['It opens at 10 a.m. Tuesday.']],
    ['Servers, racks, etc. and cables arrived.', ['Servers, racks, etc. and cables arrived.']],
    ['Details are at kakao.com today. More soon.', ['Details are at kakao.com today.', 'More soon.']],
    ['It was... complicated. Really.', ['It was... complicated.', 'Really.']],
    ['Will it open? Nobody knows.', ['Will it open?', 'Nobody knows.']],
    ['2025. 3. 5. 착공식을 열었다.', ['2025. 3. 5. 착공식을 열었다.']],
    ['Vol. 2 is out. It sold well.', ['Vol. 2 is out.', 'It sold well.']],
    ['The ranking: 1. Finland 2. Norway 3. Canada', ['The ranking: 1. Finland 2. Norway 3. Canada']],
    ['Sales rose for the quarter to 10. The rest fell.', ['Sales rose for the quarter to 10.', 'The rest fell.']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('splitSentences — quotes and parentheses', () => {
  it.each<[string, string[]]>([
    ['그는 "내년 착공한다. 문제없다"고 말했다. 다음 문장이다.', ['그는 "내년 착공한다. 문제없다"고 말했다.', '다음 문장이다.']],
    ['그는 “내년에 완공한다. 차질은 없다”고 밝혔다. 또 다른 문장.', ['그는 “내년에 완공한다. 차질은 없다”고 밝혔다.', '또 다른 문장.']],
    ['회사는 ‘연내 착공. 내년 가동’ 계획을 밝혔다.', ['회사는 ‘연내 착공. 내년 가동’ 계획을 밝혔다.']],
    ['그는 "착공했다."라고 말했다.', ['그는 "착공했다."라고 말했다.']],
    ['그는 "착공했다." 회사는 부인했다.', ['그는 "착공했다."', '회사는 부인했다.']],
    ['He said: "We are done." The firm agreed.', ['He said: "We are done."', 'The firm agreed.']],
    ['"Done!" he said. Then he left.', ['"Done!" he said.', 'Then he left.']],
    ['He said, "We open in 2026. It is on track," and left.', ['He said, "We open in 2026. It is on track," and left.']],
    ['(The plant opened in 2023.) It is big.', ['(The plant opened in 2023.)', 'It is big.']],
    ['카카오(대표 홍길동. 이하 카카오)는 준공했다.', ['카카오(대표 홍길동. 이하 카카오)는 준공했다.']],
    ["The company's plan is set. It's done.", ["The company's plan is set.", "It's done."]],
    [
      `그는 "${'가'.repeat(210)}. 나머지"라고 말했다.`,
      [`그는 "${'가'.repeat(210)}.`, '나머지"라고 말했다.'],
    ],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('splitSentences — headlines, bylines, captions, lists', () => {
  it.each<[string, string[]]>([
    ['SK하이닉스, 용인 팹 착공\n이천 공장도 증설', ['SK하이닉스, 용인 팹 착공', '이천 공장도 증설']],
    ['Line one without period\nline two', ['Line one without period', 'line two']],
    ['[단독] 카카오, 안산 데이터센터 준공', ['카카오, 안산 데이터센터 준공']],
    ['(서울=연합뉴스) 홍길동 기자 = 카카오가 준공했다.', ['카카오가 준공했다.']],
    ['[서울=뉴시스]홍길동 기자 = 카카오가 준공했다.', ['카카오가 준공했다.']],
    ['[서울=뉴시스] 홍길동·김철수 기자 = 카카오가 준공했다.', ['카카오가 준공했다.']],
    ['【서울=뉴시스】 카카오가 준공했다.', ['카카오가 준공했다.']],
    ['[이데일리 홍길동 기자] 카카오가 준공했다.', ['카카오가 준공했다.']],
    ['(워싱턴=연합뉴스) 김철수 특파원 = 인텔이 착공했다.', ['인텔이 착공했다.']],
    ['홍길동 기자 = 카카오가 준공했다.', ['카카오가 준공했다.']],
    ['(주)카카오는 준공했다.', ['(주)카카오는 준공했다.']],
    ['SEOUL, Nov. 24 (Yonhap) -- Samsung broke ground on a fab.', ['Samsung broke ground on a fab.']],
    ['SAN FRANCISCO (Reuters) - Intel paused its Ohio plant.', ['Intel paused its Ohio plant.']],
    ['카카오 데이터센터 안산 전경 (사진=카카오)', []],
    ['카카오 데이터센터 안산 전경. (사진=카카오)', []],
    ['카카오 데이터센터 안산 전경 /사진=뉴스1', []],
    ['▲카카오 데이터센터 안산 전경 [사진 제공=카카오]', []],
    ['사진=카카오', []],
    ['(사진=카카오) 카카오 데이터센터 안산 전경', []],
    ['[사진=카카오] 카카오가 24일 준공식을 열었다.', ['카카오가 24일 준공식을 열었다.']],
    ['카카오가 준공했다고 24일 밝혔다. (사진=카카오)', ['카카오가 준공했다고 24일 밝혔다.']],
    ['카카오가 준공했다고 24일 밝혔다(사진=카카오). 회사는 내년 가동한다.', ['카카오가 준공했다고 24일 밝혔다', '회사는 내년 가동한다.']],
    ['안산 데이터센터 전경(사진=카카오) 카카오는 내년 가동한다.', ['카카오는 내년 가동한다.']],
    ['Samsung Chairman Lee visits the Pyeongtaek plant. (Yonhap)', []],
    ['카카오(사진=카카오 제공)는 내년 가동한다.', ['카카오(사진=카카오 제공)는 내년 가동한다.']],
    ['Revenue rose 5% (Source: company data) in the quarter.', ['Revenue rose 5% (Source: company data) in the quarter.']],
    ['The new fab in Ohio (Photo: Intel)', []],
    ['- 1분기 착공', ['1분기 착공']],
    ['▲2026년 준공', ['2026년 준공']],
    ['■ 주요 일정', ['주요 일정']],
    ['• Phase two opens in 2027', ['Phase two opens in 2027']],
    ['1. 첫째 항목이다. 둘째 문장.', ['첫째 항목이다.', '둘째 문장.']],
    ['① 부지 확보', ['부지 확보']],
    ['-3% 성장에 그쳤다.', ['-3% 성장에 그쳤다.']],
    ['ⓒ 연합뉴스 무단전재 및 재배포 금지', []],
    ['홍길동 기자 hong@example.co.kr', []],
    ['주요 일정은 ▲3월 착공 ▲2026년 준공이다.', ['주요 일정은 ▲3월 착공 ▲2026년 준공이다.']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('splitSentences — contract', () => {
  const article = [
    '[단독] 카카오, 안산 데이터센터 준공…내년 1분기 가동',
    '',
    '(서울=연합뉴스) 홍길동 기자 = 카카오가 경기 안산시에 데이터센터를 준공했다고 24일 밝혔다. 총 4600억원이 투입됐다.',
    '카카오 데이터센터 안산 전경 (사진=카카오)',
    'Mr. Kim said the U.S. unit, Acme Inc., would follow in 2026.\r\n회사는 "연내 2단계 착공. 차질 없다"고 말했다.',
    'ⓒ 연합뉴스 무단전재 및 재배포 금지',
  ].join('\n');

  it('keeps text === input.slice(start, end) for every sentence, in order', () => {
    const sentences = splitSentences(article);
    expect(sentences.map((s) => s.text)).toEqual([
      '카카오, 안산 데이터센터 준공…내년 1분기 가동',
      '카카오가 경기 안산시에 데이터센터를 준공했다고 24일 밝혔다.',
      '총 4600억원이 투입됐다.',
      'Mr. Kim said the U.S. unit, Acme Inc., would follow in 2026.',
      '회사는 "연내 2단계 착공. 차질 없다"고 말했다.',
    ]);
    let last = -1;
    for (const s of sentences) {
      expect(article.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThan(last);
      last = s.end;
    }
  });

  it.each(['', '   ', '\n\n', '...', '- '])('returns no sentence for %p', (input) => {
    expect(splitSentences(input)).toEqual([]);
  });

  it('never merges lines, whatever their punctuation', () => {
    expect(texts('첫 줄,\n둘째 줄 그리고\n셋째 줄')).toEqual(['첫 줄,', '둘째 줄 그리고', '셋째 줄']);
  });
});
