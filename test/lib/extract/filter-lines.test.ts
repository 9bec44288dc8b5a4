import { filterParagraphs, isBoilerplateLine, stripLeadingByline } from '../../../lib/extract/filter-lines';

describe('isBoilerplateLine', () => {
  it.each([
    // photo captions and credits
    ['한빛클라우드 세종 데이터센터 전경. (사진=한빛클라우드 제공)'],
    ['데이터센터 서버실 내부 모습(사진=연합뉴스)'],
    ['경기 평택의 반도체 공장 전경. /사진=연합뉴스'],
    ['[사진=뉴스1] 평택캠퍼스 P3 라인'],
    ['▲ 코어넷 안산 데이터센터의 액침냉각 탱크.'],
    ['누리랩스 연구진이 모델을 설명하고 있다. <사진=누리랩스>'],
    ['세광머티리얼즈 평택 신공장 기공식 [세광머티리얼즈 제공. 재판매 및 DB 금지]'],
    ['경기 평택의 반도체 공장 (연합뉴스 자료사진)'],
    ["Samsung's Pyeongtaek campus. (Photo: Samsung Electronics)"],
    ['Photo by Rosa Vega for The Daily Ledger'],
    ['Technicians inspect servers near Phoenix. Getty Images'],
    // bylines
    ['홍길동 기자 hong@example.com'],
    ['[아시아경제 홍길동 기자]'],
    ['홍길동 특파원'],
    ['글·사진=홍길동 기자'],
    ['dana@yhtong.example'],
    ['By Jane Doe and John Roe'],
    ['(Reporting by Min-ji Park; Editing by Tom Hale)'],
    ['SOURCE Arcturus AI'],
    // copyright footers
    ['Copyright ⓒ 테크뉴스. All rights reserved. 무단 전재 및 재배포 금지.'],
    ['저작권자 © 테크투데이 무단전재 및 재배포 금지'],
    ['<저작권자(c) 연합통신, 무단 전재-재배포 금지>'],
    ['© 2023 Global Wire. All rights reserved.'],
    ['Photo of the plant at night © Global Wire'],
    ['사진 ⓒ 연합뉴스'],
    // prompts
    ['▶ 산업경제일보 네이버 뉴스 구독하기'],
    ['기자 구독하기'],
    ['제보는 카카오톡 okjebo'],
    ['기사 제보 : jebo@sanup.example'],
    ['네이버 메인에서 테크뉴스를 구독하세요'],
    ['☞ 관련기사 : AI 반도체 1단계 실증 결과'],
    ['Subscribe to our newsletter'],
    ['Read more: How Nordic data centers sell their heat'],
    ['관련기사'],
    ['Advertisement'],
    ['Advertising'],
    ['Loading...'],
    ['正在加载...'],
    ['불러오는 중…'],
    // timestamps
    ['2023.11.24 14:05'],
    ['2023. 11. 24.'],
    ['11/24/2023'],
    ['23.11.24 14:05'],
    ['Nov. 24, 2023, 5:05 AM ET'],
  ])('drops %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // story sentences that share words with the rules
    ['삼성전자가 평택에 새 반도체 라인을 짓는다고 24일 밝혔다.'],
    ['유료 구독 서비스 가입자는 지난해보다 두 배 늘었다.'],
    ['이용자의 구독 신청이 출시 첫 주에만 10만 건을 넘었다.'],
    ['경찰은 주민 제보는 없었다고 밝혔다.'],
    ['▲AI 반도체 ▲데이터센터 ▲클라우드 분야에 각각 1천억원을 투입한다.'],
    ['회사는 시제품을 고객사에 무상으로 제공했다.'],
    ['정부는 사진 판독에 AI를 활용하는 사업을 시작한다.'],
    ['기자회견에서 대표는 "올해 안에 착공하겠다"고 말했다.'],
    ['By 2026, the campus will house two buildings with a combined capacity of 80 megawatts.'],
    ['The company said it would sign up three more customers before the plant opens in 2025.'],
    ['Related parties hold 12% of the shares, according to the filing.'],
    ['This isn’t supposed to be a manifesto™© we just think it’s pretty cool to share what we’ve learned.'],
    ['Reporting requirements will apply to every site above 500 kilowatts.'],
    ['The source of the problem was water and rock salt that had seeped underground.'],
    // version numbers in a release table are not timestamps
    ['4.2.3'],
    ['10.4.1'],
    ['Advertising revenue fell 8% in the quarter.'],
    ['Loading the ships took three days longer than planned.'],
    // a long paragraph that happens to end with a credit is still a paragraph
    ['회사는 2021년 착공 이후 약 2년 8개월 만에 1단계 공사를 마쳤으며, 연면적 29만㎡ 규모의 센터에 그래픽처리장치 서버 2만여 장을 수용할 수 있다고 설명했다. 냉각에는 외기 냉각과 액체 냉각을 함께 적용했고, 전력효율지수는 연평균 1.2 이하로 유지될 것으로 내다봤다. 회사 측은 내년 상반기 2단계 증설 공사를 시작할 계획이라고 덧붙였다. (사진=한빛)'],
  ])('keeps %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('stripLeadingByline', () => {
  it.each([
    ['(서울=연합통신) 정다은 기자 = 세광머티리얼즈는 기공식을 열었다.', '세광머티리얼즈는 기공식을 열었다.'],
    ['[서울=뉴시스]홍길동 기자 = 정부가 발표했다.', '정부가 발표했다.'],
    ['(세종=뉴스1) 홍길동 김철수 기자 = 정부가 발표했다.', '정부가 발표했다.'],
    ['(워싱턴=연합뉴스) 홍길동 특파원 = 미국 정부가 발표했다.', '미국 정부가 발표했다.'],
    ['[아시아경제 홍길동 기자] 삼성전자가 발표했다.', '삼성전자가 발표했다.'],
    ['(서울=연합뉴스) 삼성전자가 발표했다.', '삼성전자가 발표했다.'],
  ])('%s', (line, expected) => {
    expect(stripLeadingByline(line)).toBe(expected);
  });

  it.each([
    ['삼성전자(대표 홍길동)가 24일 발표했다.'],
    ['SEOUL, Nov 24 (Global Wire) - Hanul said on Friday it would delay the plant.'],
  ])('leaves %s alone', (line) => {
    expect(stripLeadingByline(line)).toBe(line);
  });
});

describe('filterParagraphs', () => {
  it('drops boilerplate lines, keeps the rest of a paragraph and cuts the first byline only', () => {
    const out = filterParagraphs([
      '(서울=연합통신) 정다은 기자 = 첫 문단이다.',
      '둘째 문단이다.\n(사진=연합통신)',
      '그는 "(서울=연합통신) 같은 표기는 인용"이라고 말했다.',
      '홍길동 기자 hong@example.com',
      'Copyright ⓒ 연합통신. 무단 전재 및 재배포 금지',
    ]);
    expect(out).toEqual(['첫 문단이다.', '둘째 문단이다.', '그는 "(서울=연합통신) 같은 표기는 인용"이라고 말했다.']);
  });

  it('drops a contact block as a whole', () => {
    expect(filterParagraphs(['Body text.', 'Media contact:\nJamie Lee\n+1 555 0100'])).toEqual(['Body text.']);
  });
});
