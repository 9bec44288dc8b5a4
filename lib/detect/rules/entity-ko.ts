/**
 * Korean entity rules as data: project head nouns and their kind family, modifiers that
 * describe rather than name, words that make a head noun generic, anaphors, and the
 * shapes of organisation names.
 */

/** A head noun that ends a project name, with the kind family used for coreference. */
export interface HeadNoun {
  word: string;
  family: string;
  /** Weak heads (센터, 라인, 서비스) need a naming modifier to start a new project. */
  weak?: boolean;
  /** Only a reference back ("the site", "the campus"), never a project name of its own ("a site in Texas" is a place). */
  refOnly?: boolean;
}

/**
 * Project head nouns, longest first where one contains another. The family groups heads
 * that can refer to each other: a later bare "센터" can mean the "안산 데이터센터" named earlier.
 */
export const KO_HEADS: readonly HeadNoun[] = [
  { word: '데이터센터', family: 'data-center' },
  { word: 'AI 데이터센터', family: 'data-center' },
  { word: 'IDC', family: 'data-center' },
  { word: 'DC', family: 'data-center', weak: true },
  { word: '센터', family: 'data-center', weak: true },
  { word: '파운드리 공장', family: 'plant' },
  { word: '생산기지', family: 'plant' },
  { word: '생산공장', family: 'plant' },
  { word: '공장', family: 'plant' },
  { word: '플랜트', family: 'plant' },
  { word: '팹', family: 'plant' },
  { word: '라인', family: 'plant', weak: true },
  { word: '캠퍼스', family: 'campus', weak: true },
  { word: '클러스터', family: 'cluster' },
  { word: '발전소', family: 'power-plant' },
  { word: '호기', family: 'power-plant' },
  { word: '단지', family: 'complex', weak: true },
  { word: '언어모델', family: 'model' },
  { word: '모델', family: 'model' },
  { word: 'LLM', family: 'model' },
  { word: '챗봇', family: 'model' },
  { word: '플랫폼', family: 'service', weak: true },
  { word: '서비스', family: 'service', weak: true },
  { word: '리전', family: 'data-center', weak: true },
  { word: '신공항', family: 'transport' },
  { word: '공항', family: 'transport' },
  { word: '터미널', family: 'transport', weak: true },
  { word: '철도', family: 'transport' },
  { word: '노선', family: 'transport', weak: true },
  { word: '구간', family: 'transport', weak: true },
  { word: '항만', family: 'transport' },
  { word: '돔구장', family: 'venue' },
  { word: '구장', family: 'venue' },
  { word: '경기장', family: 'venue' },
  { word: '아레나', family: 'venue' },
  { word: '타워', family: 'building' },
  { word: '신청사', family: 'building' },
  { word: '청사', family: 'building', weak: true },
  { word: '원전', family: 'power-plant' },
  { word: '제련소', family: 'plant' },
  { word: '재건축', family: 'complex' },
  { word: '재개발', family: 'complex' },
  { word: '연구소', family: 'campus', weak: true },
  { word: '사옥', family: 'campus', weak: true },
];

/** Modifiers that describe a project without naming it ("신규 데이터센터" names nothing). */
export const KO_DESCRIPTIVE = new Set([
  '신규', '새', '새로운', '同', '대형', '초대형', '대규모', '자체', '첫', '첫번째', '두번째', '세번째', '번째', '국내', '해외',
  '글로벌', '여러', '각', '일부', '이번', '해당', '이', '그', '기존', '자사', '최대', '최초', '하이퍼스케일', '초거대',
  '생성형', '차세대', '최신', '첨단', '반도체', 'AI', '인공지능', '전용', '인근', '현지', '두', '세', '세계', '세계최대',
  '대표', '핵심', '주력', '초대형', '친환경', '스마트', '대용량', '고성능', '추가', '두번', '또', '다른', '새로', '별도',
  '메모리', '시스템', '첨단패키징', '패키징', '배터리', '이차전지', '전기차', '클라우드', '코로케이션', '엣지', '연구',
  '생산', '제조', '자율주행', '거점', '통합', '공동',
]);

/** Modifiers that make a head noun a class, not a project ("전국 데이터센터", "수도권 데이터센터"). */
export const KO_GENERIC_BEFORE = new Set([
  '전국', '국내외', '글로벌', '세계', '각종', '다수', '일부', '여러', '주요', '대부분', '민간', '수도권', '지방', '전체',
  '모든', '많은', '일반', '기타', '중소형', '중소', '소형', '신설', '노후', '상당수', '개별', '타사', '경쟁사', '각국',
]);

/** Words right after a head noun that make it an attribute of something else ("데이터센터 업계"). */
export const KO_GENERIC_AFTER = /^\s*(?:업계|시장|산업|수요|업체|사업자|기업|붐|정책|규제|전반|관련|분야|업종|전력\s*수요|투자\s*붐|유치전|들|[0-9,]+\s*(?:곳|개|기|개소|군데))/;

/** An anaphor: "이 사업", "해당 공장" refers to the article's salient project of that family. */
export const KO_ANAPHOR = /(?:이|해당|같은|동|同|그|이번|본)\s?(사업|프로젝트|공장|데이터센터|센터|시설|모델|서비스|단지|팹|클러스터|발전소|원전|호기|라인|공항|청사|캠퍼스)(?=[^가-힣]|이|가|은|는|을|를|의|도|에|와|과|로|으로)/g;

/** The family an anaphor noun refers to (`any`: the most salient project of any kind). */
export const KO_ANAPHOR_FAMILY: Readonly<Record<string, string>> = {
  사업: 'any', 프로젝트: 'any', 시설: 'any', 공장: 'plant', 팹: 'plant', 데이터센터: 'data-center', 센터: 'data-center',
  모델: 'model', 서비스: 'service', 단지: 'complex', 클러스터: 'cluster',
  발전소: 'power-plant', 원전: 'power-plant', 호기: 'power-plant', 라인: 'plant', 공항: 'transport', 청사: 'building', 캠퍼스: 'campus',
};

/** Korean particles and copula endings a word may carry after a noun (stripped to get the noun). */
export const KO_PARTICLE_END =
  /(?:으로는|으로도|에서는|에서도|이라는|이었던|이지만|이라고|에서|에는|에도|으로|이나|이란|이다|이며|이고|와의|과의|까지|부터|조차|마저|처럼|보다|하고|은|는|이|가|을|를|의|에|와|과|로|도|만|인)$/;

/** Word endings that make a Korean word a verb or adnominal, never part of a name. */
export const KO_VERBAL_END = /(?:마친|끝낸|거친|받은|얻은|앞둔|밟은|했|됐|하는|되는|하던|되던|한|된|할|될|던|는|ㄴ|짓는|지은|있는|없는|있던|였던|이었던|하고|되고|(?:했|됐|었|았|였)(?:고|으며|지만|는데|으나)|하며|되며|으며|면서|지만|는데|어서|아서|해서|돼서)$/;

/** Known place names that end like a particle or adnominal (용인 is not 용 + 인). */
export const KO_PLACE_EXCEPTIONS = new Set(['용인', '송도', '제주도', '경기도', '청도', '진도', '거제도', '강화도', '울릉도', '안성', '구미', '이천', '여주', '가산', '세종', '대구', '부산', '광주', '포항', '새만금', '구로', '도', '남도', '북도']);

/**
 * Class compounds: a kind of site written as one word ("산업단지", "혁신도시"). Alone they name
 * no project ("올해 산업단지 조성 계획을 승인했다" is a policy about many); a place before them
 * does ("용인 산업단지").
 */
export const KO_CLASS_COMPOUNDS = new Set(['산업단지', '산단', '국가산단', '국가산업단지', '일반산업단지', '농공단지', '물류단지', '연구단지', '혁신도시', '신도시', '택지', '공공택지', '특구', '경제자유구역']);

/**
 * Common nouns that often stand before a head noun without naming a project ("사업 모델",
 * "정식 서비스", "물류 센터"): they describe, so a phrase made of them alone is not a name.
 */
export const KO_COMMON_NOUNS = new Set([
  '사업', '비즈니스', '수익', '구독', '요금', '가격', '결제', '금융', '배달', '고객', '물류', '연구', '생산', '조립', '부품',
  '소재', '전력', '냉각', '보안', '통신', '인터넷', '모바일', '검색', '광고', '콘텐츠', '게임', '영상', '음악', '쇼핑', '여행',
  '교육', '의료', '헬스케어', '신사업', '기술', '언어', '추론', '학습', '이미지', '멀티모달', '오픈소스', '경량', '상용', '시범',
  '테스트', '베타', '정식', '유료', '무료', '신규', '기존', '거대', '대형', '소형', '초거대', '거대언어', '공개', '출시', '가동',
  '착공', '준공', '완공', '건립', '건설', '구축', '증설', '신설', '투자', '전용', '공용', '자체', '해당', '관련', '운영', '관리',
  '지원', '협력', '합작', '공동', '첨단', '산업', '국가', '정부', '공공', '민간', '지역', '지방', '도시', '전기', '수소', '태양광',
  '풍력', '원자력', '원전', '화력', '가스', '석탄', '부지', '인근', '주변', '현지', '해외', '국내', '글로벌', '번째', '이번',
]);

/** Company-name endings strict enough to name an organisation on their own ("한빛건설", "대성전자"). */
export const KO_ORG_NAME = /^([가-힣A-Za-z]{2,6})(전자|그룹|건설|텔레콤|중공업|제약|바이오로직스|에너지솔루션|이노베이션|디스플레이|홀딩스|물산|케미칼|에코플랜트|이앤씨|SDI|SDS|하이닉스|반도체|머티리얼즈|엔지니어링)$/;

/**
 * Nouns for the process or part of a project, stripped from the end of a theme phrase:
 * "둔촌주공 재건축 공사가 재개됐다" is about 둔촌주공 재건축, "신안산선 개통이 연기됐다" about 신안산선.
 */
export const KO_PROCESS_NOUNS = new Set([
  '사업', '공사', '건설', '건립', '조성', '구축', '계획', '일정', '시점', '시기', '개발', '투자', '프로젝트', '추진', '공모',
  '구간', '단계', '착공', '개통', '개항', '입주', '가동', '출시', '준공', '완공', '증설', '신축', '확장', '운영', '건축',
  '개장', '개소', '오픈', '양산', '생산', '정비', '재추진', '협약', '계약', '시공', '작업', '설립', '현장', '본공사',
  '공사비', '사업비', '계획안', '정비계획', '변경안', '개발계획', '건축계획', '인허가', '허가', '승인', '서비스', '정식',
  '상용화', '민간투자사업', '실시협약', '부지', '도입', '재가동', '재개', '중단', '연기', '공개', '발표', '목표', '방안',
]);

/**
 * Agreement and paperwork nouns ("투자협약", "업무협약", "양해각서", "공급계약"): the paper
 * signed for a project, never the project's name, however the theme fallback reads it.
 */
export const KO_AGREEMENT_NOUN = /(?:협약|협약서|각서|계약|계약서|협정|합의서|의향서|약정|MOU|MoU|LOI)$/;

/**
 * A long official name with its parenthesised acronym and a line designator:
 * "수도권광역급행철도(GTX) A노선", "광역급행철도(GTX)-B 노선". The short form ("GTX-A") is the
 * name people use, so the project takes it (and later "GTX-A" mentions share its id).
 * Groups: 1 long name, 2 acronym, 3 designator.
 */
export const KO_ACRONYM_LINE = /([가-힣]{2,20})\(([A-Z]{2,6})\)\s?-?\s?([A-Z]|[0-9]{1,2})\s?(?:노선|호선|선|라인)(?=(?:은|는|이|가|을|를|의|과|와|도|에|에서|으로|로)?(?![가-힣]))/g;

/**
 * Events that are not a project step: a cue about one of these ("방문 일정이 취소됐다",
 * "주민설명회가 연기됐다", "매각 계획을 철회했다") says nothing about the project named beside it.
 */
export const KO_OTHER_EVENTS = new Set([
  '방문', '견학', '프로그램', '모집', '설명회', '주민설명회', '공청회', '간담회', '행사', '회의', '포럼', '세미나', '투어',
  '매각', '인수', '합병', '상장', '채용', '면담', '협상', '소송', '재판', '심리', '조사', '수사', '감사', '파업', '시위',
  '집회', '공연', '경기', '이벤트', '캠페인', '프로모션', '판매', '예약', '접수', '배당', '발행', '출장', '기자회견',
  '시찰', '참가자', '사전예약', '체험', '전시', '박람회', '시상식', '기념식', '축제', '콘서트', '방송', '촬영', '여행',
  '항공편', '비행', '운항', '결항', '수업', '시험', '선거', '투표', '표결', '청문회', '보도', '계획서',
]);

/** Adverbs and time words that sit between a theme phrase and its predicate. */
export const KO_ADVERBS = /^(?:결국|또다시|다시|모두|전면|사실상|끝내|잠정|일시|본격|공식|최근|아직|마침내|드디어|처음|처음으로|새로|당분간|무기한|전격|일단|이미|곧|나란히|잇따라|각각|함께|또|다만|특히|당초|현재|앞서|우선|일제히|대거|속속|끝내|공식적으로|정식으로|조건부로|신속히|예정대로|계획대로|전면적으로|사실상|이날|오늘|전날|최종|최종적으로|재차|일부)$/;

/** Particles that make a word an adjunct (place, means, time), not the subject or object. */
export const KO_ADJUNCT_PARTICLES = /(?:으로는|에서는|에서도|으로|에서|에게|부터|까지|보다|처럼|로서|로써|에도|에는|와|과|로|에)$/;

/** Words that are not Korean names whatever their ending (adverbs, conjunctions, counters). */
export const KO_STOP_WORDS = new Set([
  '연말', '연초', '연중', '상반기', '하반기', '연내', '이달', '내달', '다음달', '지난달', '금년', '올해', '내년', '지난해',
  '하루', '이틀', '사흘', '나흘', '절반', '절반가량', '상당수', '대부분', '다수', '전부', '상승세', '하락세', '주가', '인하', '인상',
  '대신', '또한', '특히', '다만', '한편', '이어', '이에', '아울러', '그러나', '하지만', '이후', '앞서', '현재', '최근',
  '당초', '결국', '또', '및', '등', '한', '이', '그', '저', '각', '총', '약', '모두', '이번', '지난', '오는', '이날',
  // Dependent nouns and postposition-like verb forms ("…한 데 따라", "…을 통해", "5개 중", "공장 일대"):
  // grammar, never a name (issue 7: 따라, 통해, 일대 were taken for names).
  '데', '따라', '통해', '위해', '대해', '관련', '중', '일대', '인근', '주변', '짜리', '가운데', '사이', '자금난', '개념검증', '지속해',
]);

/** A word that is nothing but particles and copula endings (the rest of "카카오는" after the name). */
export const KO_PARTICLE_ONLY = new RegExp(`^${KO_PARTICLE_END.source}`);

/**
 * A project's step noun with its case particle right after the name ("파주 AI 데이터센터
 * 건립을 추진하며 2027년 준공을 목표로", "인디애나 공장 투자협약을 체결하고 …"): the name
 * is the object or subject of that clause, so a later clause with no project of its own
 * ("2027년 준공을 목표로") is still about it.
 */
export const KO_STEP_NOUN_AFTER =
  /^\s?(?:건립|건설|구축|조성|공사|설립|신설|증설|착공|투자협약|업무협약|협약|투자|개발|출시|가동|준공|완공)(?:\s?사업)?(?:을|를|이|가|은|는)(?![가-힣])/;

/**
 * A light verb right after a step noun's particle ("허가를 받아", "승인을 얻어", "인가를 획득한"):
 * the noun is that verb's object, a step of its own, so another predicate in the clause
 * ("… 재가동에 들어갔다") does not take it as its theme.
 */
export const KO_OWN_LIGHT_VERB = /^\s?(?:받|얻|획득|취득|따내|따냈)/;

/**
 * A region word that ends a brand-compound plant name ("메타플랜트 아메리카", "배터리플랜트 유럽"):
 * after a head glued to a name in one word, the name runs on over it.
 */
export const KO_REGION_SUFFIX = /^(?:아메리카|유럽|아시아|코리아|재팬|차이나|인디아|멕시코|캐나다|헝가리|폴란드|독일|베트남|인도네시아|미국|일본|중국|인도)$/;

/**
 * Public-ownership modifiers that belong to a project's name ("국가 AI 데이터센터", "국립 암센터",
 * "시립 도서관"): they are kept in the phrase, and 국가 must not be read as 국 + the particle 가.
 */
export const KO_PUBLIC_MODIFIERS = new Set(['국가', '공공', '국립', '시립', '도립', '구립', '군립', '공립', '국영', '시영']);
