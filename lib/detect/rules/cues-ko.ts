/**
 * Korean status cues (DESIGN section 3), as data. Each entry is a stem with the endings
 * that make it the status word; the matcher in `../cues.ts` finds anchors and checks the
 * pattern and context. Whether the claim is asserted, planned, negated or feared is not
 * decided here but by `modality-ko.ts` / `polarity-ko.ts`, and whether it is about a
 * project at all by the entity attachment: 출시 of a phone and 출시 of a model share a cue.
 */
import type { Status } from '../../core/types';
import type { CueForm, CueRule } from './types';
import { DOEDA, HADA, NOUN_PARTICLES, WORD_END, noun, verbOnly } from './morph-ko';

interface SinoOptions {
  /** Also accept the bare noun (가동에 들어갔다, 건립 무산). Default true. */
  noun?: boolean;
  /** Accept 되다 endings. Default true. */
  doeda?: boolean;
  weight?: number;
  notBefore?: RegExp;
  notAfter?: RegExp;
  /** Context required before the anchor for the bare noun only. */
  nounBefore?: RegExp;
  /** Context required after the bare noun only. */
  nounAfter?: RegExp;
  note?: string;
}

/**
 * A Sino-Korean stem as two rules: the predicate (하다/되다 endings) and the bare noun.
 * The two forms behave differently: a bare noun such as 출시 in 출시가 늦어졌다 is the theme
 * of another cue and gives way to it.
 */
function sino(id: string, status: Status, stem: string, options: SinoOptions = {}): CueRule[] {
  const weight = options.weight ?? 0.85;
  const base = {
    status,
    anchors: [stem],
    weight,
    ...(options.notBefore ? { notBefore: options.notBefore } : {}),
    ...(options.notAfter ? { notAfter: options.notAfter } : {}),
    ...(options.note ? { note: options.note } : {}),
  };
  const verbPattern = options.doeda === false ? `${stem}${HADA}` : verbOnly(stem);
  const rules: CueRule[] = [{ ...base, id: `${id}-v`, pattern: verbPattern, form: 'verb' }];
  if (options.noun !== false) {
    rules.push({
      ...base,
      id: `${id}-n`,
      pattern: noun(stem),
      form: 'noun',
      ...(options.nounBefore ? { before: options.nounBefore } : {}),
      ...(options.nounAfter ? { after: options.nounAfter } : {}),
    });
  }
  return rules;
}

function phrase(id: string, status: Status, anchors: string[], pattern: string, form: CueForm, extra: Partial<CueRule> = {}): CueRule {
  return { id, status, anchors, pattern, form, weight: 0.85, ...extra };
}

/** Nouns that a schedule word (연기, 밀리다) needs before it to mean a project's schedule. */
const SCHEDULE_THEME = /(?:착공|준공|완공|가동|출시|공개|개소|개장|개항|오픈|운영|공사|건설|건립|사업|일정|시점|시기|계획|프로젝트|서비스|상용화|양산|입주|개통|설립|구축)(?:이|가|을|를|은|는|도|의)?(?:\s+[^\s.,;…]+){0,3}\s*$/;

/** Agreement nouns: 체결 / 맺다 / 서명 are MOU_SIGNED only with one of these before them. */
// Up to six words may stand between the agreement and its verb: the parties often come
// there with their representatives in brackets ("투자협약을 우리판넬(대표 …), 선진…과 체결했다").
const AGREEMENT_BEFORE = /(?:MOU|LOI|양해각서|업무협약|투자협약|실시협약|협약|협정|계약|합의서|약정|의향서)(?:\([^)]{0,20}\))?['’”"」』]?(?:을|를|이|가|도|에)?(?:\s+[^\s.;…]+){0,6}?\s*$/i;

export const KO_CUES: readonly CueRule[] = [
  // ── ANNOUNCED ───────────────────────────────────────────────────────────────
  // 추진 "push forward": 추진한다 / 추진하기로 / 추진 중. 재추진 is RESUMED (own entry);
  // 추진력 (drive), 추진단, 추진위 fail the noun ending.
  ...sino('ko-announce-chujin', 'ANNOUNCED', '추진', { notBefore: /(?:재|다시\s?)$/, weight: 0.75, note: '추진하던 (retrospective) is background; modality-ko drops it' }),
  // "건립 계획", "구축 방침", "증설 구상": a build noun + plan noun is the announcement itself.
  phrase(
    'ko-announce-build-plan',
    'ANNOUNCED',
    ['건립', '건설', '구축', '설립', '조성', '신설', '증설', '건축', '개발', '투자'],
    `(?:건립|건설|구축|설립|조성|신설|증설|건축|개발|투자)\\s*(?:계획|방침|구상|청사진)${NOUN_PARTICLES}?${WORD_END}`,
    'noun',
    { weight: 0.75, note: '"건설 계획이 무산" makes it the theme of CANCELLED; the detector lets it give way' },
  ),
  // Build verbs decided or promised: 건립하기로 했다, 구축한다고 밝혔다, 짓기로, 지을 계획.
  phrase(
    'ko-announce-build-verb',
    'ANNOUNCED',
    ['건립', '건설', '구축', '설립', '조성', '신설', '증설', '건축', '개발'],
    `(?:건립|건설|구축|설립|조성|신설|증설|건축|개발)(?:하기로|키로|할\\s*(?:계획|예정|방침)|한다|하겠다|하겠|한다고|하는\\s*방안|하고\\s*있다고)`,
    'verb',
    { weight: 0.8 },
  ),
  // 짓다 "build" is irregular (ㅅ drop): 짓기로, 짓는다, 짓겠다, 지을 계획. 지은 (built) is not an announcement.
  phrase('ko-announce-jit', 'ANNOUNCED', ['짓', '지을'], `(?:짓(?:기로|는다|겠다|겠|는다고|는\\s*(?:계획|방안))|지을\\s*(?:계획|예정|방침))`, 'verb', { weight: 0.8 }),
  // 세우다 "erect": 세우겠다, 세우기로, 세울 계획.
  phrase('ko-announce-seu', 'ANNOUNCED', ['세우', '세울'], `(?:세우(?:기로|겠다|겠|는다|는다고|는\\s*(?:계획|방안))|세운다|세울\\s*(?:계획|예정|방침))`, 'verb', { weight: 0.75 }),
  // A release plan made public: 선보이겠다는 계획을 내놓았다, 출시하겠다는 계획을 발표했다. The launch verb
  // stays its own cue (LAUNCHED planned); the plan noun and its publishing verb are the announcement.
  phrase('ko-announce-release-plan', 'ANNOUNCED', ['계획', '로드맵'], '(?:계획|로드맵)(?:을|를)?\\s*(?:[^\\s.,;…]+\\s+){0,1}?(?:발표|공개|공식화|내놓|제시)', 'verb', {
    before: /(?:선보이|출시하|공개하|내놓|론칭하|상용화하)(?:겠다는|기로\s*한|려는)\s*$/,
    weight: 0.75,
  }),
  // A build plan made public: 짓는 계획을 발표했다, 구축하겠다는 계획을 공개했다.
  phrase(
    'ko-announce-plan-published',
    'ANNOUNCED',
    ['짓', '세우', '건립', '건설', '구축', '설립', '조성', '개발'],
    '(?:짓|세우|건립하|건설하|구축하|설립하|조성하|개발하)(?:는|겠다는|기로\\s*한|려는|고\\s*있다고|고\\s*있다는)\\s*(?:계획|방안|구상|사실)?(?:을|를)?\\s*(?:[^\\s.,;…]+\\s+){0,2}?(?:발표|공개|공식화|내놓|밝혔|밝힌|제시)',
    'verb',
    { weight: 0.85 },
  ),

  // ── MOU_SIGNED ──────────────────────────────────────────────────────────────
  // 체결 "conclude" only counts for an agreement noun right before it (AGREEMENT_BEFORE):
  // 업무협약(MOU)을 체결했다, MOU 체결. A 계약 체결 for a project is also signed paperwork.
  ...sino('ko-mou-chegyeol', 'MOU_SIGNED', '체결', { notBefore: /미$/ }).map((r) => ({ ...r, before: AGREEMENT_BEFORE })),
  // 맺다 "tie": 협약을 맺었다 / 맺고 / 맺으며 / 맺기로.
  // 기로 is left to the modality rules (맺기로 했다 = planned), so the pattern stops at 기.
  phrase('ko-mou-maet', 'MOU_SIGNED', ['맺'], '맺(?:었|어|고|기|는|은|을|게|겠|으며|으면서)', 'verb', { before: AGREEMENT_BEFORE }),
  // 교환하다 "exchange" (양해각서를 교환했다).
  phrase('ko-mou-exchange', 'MOU_SIGNED', ['교환'], `교환${HADA}`, 'verb', { before: AGREEMENT_BEFORE, weight: 0.75 }),
  phrase('ko-mou-seomyeong', 'MOU_SIGNED', ['서명'], `서명(?:${HADA}|${DOEDA}|${NOUN_PARTICLES}?${WORD_END})`, 'verb', { before: AGREEMENT_BEFORE, weight: 0.8 }),
  // 협약식 / MOU 체결식 held: the signing ceremony.
  phrase('ko-mou-ceremony', 'MOU_SIGNED', ['협약식', '체결식', '협정식'], `(?:협약식|체결식|협정식)${NOUN_PARTICLES}?${WORD_END}`, 'ceremony'),

  // ── APPROVED ────────────────────────────────────────────────────────────────
  // 허가 / 승인 / 인가: 허가를 받았다, 승인됐다, 건축허가가 났다. 허가 신청 (applied) and
  // 승인 절차 are not approvals; 미승인, 불허가, 무허가 are negations.
  // 인허가 is "permits" in general (인허가 절차), not a grant.
  ...sino('ko-approve-heoga', 'APPROVED', '허가', { notBefore: /[무불인]$/, notAfter: /^\s*(?:신청|요청|절차|여부|심사|취소|를\s*신청|를\s*요청|을\s*신청|권|제|(?:를|을)?\s*(?:심의|보류|검토|논의|반려|불허|재검토|취소))/, weight: 0.8 }),
  ...sino('ko-approve-seungin', 'APPROVED', '승인', { notBefore: /[미불]$/, notAfter: /^\s*(?:신청|요청|절차|여부|심사|취소|을\s*신청|을\s*요청|권|(?:을|를)?\s*(?:심의|보류|검토|논의|반려|재검토|취소))/, weight: 0.8 }),
  // 인허가 is the whole permitting process ("인허가 절차"); only its receipt or clearing is an approval.
  phrase('ko-approve-inheoga', 'APPROVED', ['인허가'], '인허가(?:를|을|가|이)?\\s*(?:모두\\s*)?(?:받았|받아|받은|받고|받으며|받는|획득|취득|마무리|완료|났|나왔|통과|마쳤|마친|마치고|마쳐|끝냈|끝낸|끝내고)', 'verb', { weight: 0.8 }),
  ...sino('ko-approve-inga', 'APPROVED', '인가', { notBefore: /[미불]$/, notAfter: /^\s*(?:신청|요청|절차|여부|취소|를\s*신청)/, weight: 0.75 }),
  // 심의·심사·예타를 통과했다: passing the review is the approval.
  phrase('ko-approve-pass', 'APPROVED', ['통과'], `통과(?:${HADA}|${DOEDA}|${NOUN_PARTICLES}?${WORD_END})`, 'verb', {
    before: /(?:심의|심사|예비타당성\s*조사|예타|평가|위원회|인허가)(?:를|을|도|에서)?\s*(?:최종\s*|무사히\s*)?$/,
    weight: 0.8,
  }),
  // 통과시켰다 (a committee passed it) and 가결 / 의결 of a bill or plan (허가안, 정비계획 변경안).
  phrase('ko-approve-passed', 'APPROVED', ['통과시'], '통과시(?:켰|킨|켜|키)', 'verb', { weight: 0.8 }),
  phrase('ko-approve-resolution', 'APPROVED', ['가결', '의결'], `(?:가결|의결)(?:${HADA}|${DOEDA})`, 'verb', { before: /(?:안|계획|허가안|변경안)(?:을|를|이|가)?\s*(?:\S+\s+)?$/, weight: 0.8 }),
  phrase('ko-approve-permit-bill', 'APPROVED', ['허가안', '인가안', '승인안'], `(?:허가안|인가안|승인안)(?:을|를|이|가)?\\s*(?:\\S+\\s+)?(?:의결|가결|통과|승인)`, 'verb', { weight: 0.85 }),

  // ── CONSTRUCTION_STARTED ────────────────────────────────────────────────────
  ...sino('ko-start-chakgong', 'CONSTRUCTION_STARTED', '착공', { notBefore: /(?:미|재)$/ }),
  phrase('ko-start-ceremony', 'CONSTRUCTION_STARTED', ['착공식', '기공식'], `(?:착공식|기공식)${NOUN_PARTICLES}?${WORD_END}`, 'ceremony'),
  // 첫 삽을 떴다 / 첫 삽을 뜬다 / 첫삽: "broke ground", idiomatic (뜨다 → 떴다, 뜬, 뜰, 떠).
  phrase('ko-start-first-shovel', 'CONSTRUCTION_STARTED', ['첫 삽', '첫삽'], `첫\\s?삽(?:을|이)?\\s*(?:떴|뜬|뜰|떠|뜨|올렸|들었)`, 'verb'),
  // 공사에 들어갔다 / 공사를 시작했다 / 건설에 착수했다.
  phrase(
    'ko-start-works',
    'CONSTRUCTION_STARTED',
    ['공사', '건설', '건립', '시공'],
    // (다시 시작 is RESUMED, so 다시 may not sit in between.)
    '(?:본\\s?공사|공사|건설|건립|시공)(?:에|를|을|가|이)?\\s*(?:(?!다시|재차)[^\\s.,;…]+\\s+){0,3}?(?:본격\\s*)?(?:들어갔|들어간|들어가|들어갈|돌입|착수|시작|개시)',
    'verb',
    { weight: 0.75, notAfter: /^(?:하지|되지|할지)/ },
  ),

  // ── COMPLETED ───────────────────────────────────────────────────────────────
  // 준공 검사 / 준공 심사 is the inspection before sign-off, not the completion ("준공 검사를 앞두고").
  ...sino('ko-complete-jungong', 'COMPLETED', '준공', { notBefore: /미$/, notAfter: /^\s*(?:검사|심사|예정일\s*(?:이|가)?\s*미정)/ }),
  ...sino('ko-complete-wangong', 'COMPLETED', '완공', { notBefore: /미$/, notAfter: /^\s*(?:검사|심사)/ }),
  phrase('ko-complete-ceremony', 'COMPLETED', ['준공식', '완공식'], `(?:준공식|완공식)${NOUN_PARTICLES}?${WORD_END}`, 'ceremony'),
  // 공사를 마무리했다 / 건설을 완료했다.
  phrase('ko-complete-finish', 'COMPLETED', ['공사', '건설', '건립', '구축'], '(?:공사|건설|건립|구축)(?:를|을|가|이)?\\s*(?:[^\\s.,;…]+\\s+){0,3}?(?:마무리|완료|마쳤|마치|마칠|마친|끝냈|끝내|끝낼|끝낸|끝마)', 'verb', { weight: 0.75 }),

  // ── LAUNCHED ────────────────────────────────────────────────────────────────
  // 가동 "run": 가동했다, 가동에 들어간다, 가동할. 가동률 (utilisation) and 가동 시간 fail the
  // ending; 재가동 is RESUMED; 가동 중단 gives way to ON_HOLD in the detector.
  ...sino('ko-launch-gadong', 'LAUNCHED', '가동', { notBefore: /(?:재|미|비|자)$/, notAfter: /^\s*(?:률|율|중단|중지|시간|효율)/ }),
  ...sino('ko-launch-gaeso', 'LAUNCHED', '개소', { notBefore: /(?:[0-9]|몇|여러|수|한|두|세)\s?$/ }),
  phrase('ko-launch-gaeso-ceremony', 'LAUNCHED', ['개소식', '개관식', '개장식', '오픈식', '가동식', '출범식', '개통식', '화입식'], `(?:개소식|개관식|개장식|오픈식|가동식|출범식|개통식|화입식)${NOUN_PARTICLES}?${WORD_END}`, 'ceremony'),
  ...sino('ko-launch-gaejang', 'LAUNCHED', '개장', { notBefore: /재$/, weight: 0.75 }),
  ...sino('ko-launch-gaegwan', 'LAUNCHED', '개관', { notBefore: /재$/, weight: 0.8 }),
  ...sino('ko-launch-gaetong', 'LAUNCHED', '개통', { notBefore: /재$/, weight: 0.8 }),
  ...sino('ko-launch-chulbeom', 'LAUNCHED', '출범', { weight: 0.7 }),
  // 개항 (an airport or port opens), 입주 (a housing project's move-in).
  ...sino('ko-launch-gaehang', 'LAUNCHED', '개항', { notBefore: /재$/, weight: 0.8 }),
  ...sino('ko-launch-ipju', 'LAUNCHED', '입주', { weight: 0.65, notAfter: /^\s*(?:기업|업체|사|민|자|예정자|자들)/ }),
  // 시범 운영 / 시범 서비스 (a pilot launch).
  phrase('ko-launch-pilot', 'LAUNCHED', ['시범'], `시범\\s?(?:운영|서비스|가동)(?:${HADA}|${DOEDA}|${NOUN_PARTICLES}?${WORD_END})`, 'verb', { weight: 0.7 }),
  // 오픈: 오픈했다 / 오픈 예정. 오픈AI, 오픈소스, 오픈런, 오픈마켓 fail the ending or notAfter;
  // a campaign or pop-up "오픈" passes here and is dropped for want of a project.
  ...sino('ko-launch-open', 'LAUNCHED', '오픈', { notAfter: /^\s*(?:소스|이노베이션|마켓|뱅킹|런|베타|하우스|API|AI)/i, weight: 0.75 }),
  // 출시 "release": 출시했다, 출시를 앞두고 (planned). 미출시 is a negation.
  ...sino('ko-launch-chulsi', 'LAUNCHED', '출시', { notBefore: /미$/ }),
  // 공개 "unveil": 공개했다. 비공개 (private), 공개매수 (tender offer), 공개채용 (hiring) are other
  // words; 실적 공개 (earnings) passes here and is dropped for want of a project.
  // 계획을 공개했다 / 개발하고 있다고 공개했다 make a plan public, not a product (see ANNOUNCED).
  ...sino('ko-launch-gonggae', 'LAUNCHED', '공개', {
    notBefore: /(?:비|미|재)$|(?:일정|계획|시점|로드맵|청사진|방안|구상|방침|내용|세부|결과|실적|입장|사실)(?:을|를|이|가)?\s*(?:\S+\s+)?$|(?:다고|라고|다는\s*사실을?)\s*(?:처음\s*|공식\s*|처음으로\s*)?$/,
    notAfter: /^\s*(?:매수|채용|입찰|토론|사과|석상|적으로)/,
    weight: 0.75,
  }),
  ...sino('ko-launch-sangyonghwa', 'LAUNCHED', '상용화', { weight: 0.8 }),
  // 론칭 / 런칭 (loanword "launching") with 하다 / 되다.
  ...sino('ko-launch-launching', 'LAUNCHED', '론칭', { weight: 0.8 }),
  ...sino('ko-launch-launching2', 'LAUNCHED', '런칭', { weight: 0.8 }),
  // 양산 "mass production" for a fab: 양산에 들어갔다, 양산을 시작했다, 양산한다.
  phrase('ko-launch-mass-production', 'LAUNCHED', ['양산'], `양산(?:${HADA}|(?:에|을|를)?\\s*(?:본격\\s*)?(?:들어갔|들어간|들어가|들어갈|돌입|착수|시작|개시))`, 'verb', { weight: 0.75 }),
  // 양산 as a bare noun is also the city Yangsan: only before a schedule word (양산 시점이 늦춰졌다).
  phrase('ko-launch-mass-production-n', 'LAUNCHED', ['양산'], '양산(?=\\s*(?:시점|시기|일정|목표|계획|예정|개시))', 'noun', { weight: 0.7 }),
  // 생산을 시작했다 / 생산에 들어갔다 (a plant starts producing).
  phrase('ko-launch-production', 'LAUNCHED', ['생산'], '생산(?:을|에)?\\s*(?:본격\\s*)?(?:시작|개시|들어갔|들어간|들어가|들어갈|돌입)', 'verb', { weight: 0.7 }),
  // 선보이다 "show": 선보였다 / 선보인다 / 선보일 / 선뵀다.
  phrase('ko-launch-seonboi', 'LAUNCHED', ['선보', '선뵀', '선봬'], '(?:선보(?:였|인|일|이|여)|선뵀|선봬)', 'verb', { weight: 0.75 }),
  // 문을 열었다 / 문을 연다 / 문을 열 (열다 "open", ㄹ-irregular: 연, 열).
  phrase('ko-launch-door', 'LAUNCHED', ['문을'], '문을\\s*(?:열었|연다|열|연|열고|열며|열면서|여는)', 'verb', { weight: 0.75 }),
  // 서비스를 시작했다 / 운영에 들어갔다 / 상업 운전 / 본격 가동 is the 가동 entry.
  phrase(
    'ko-launch-service',
    'LAUNCHED',
    ['서비스', '운영', '운용'],
    // A date or adverb may stand between the object and its verb ("정식 서비스를 다음 달 시작한다"),
    // but not another predicate ("서비스를 종료하고 … 시작").
    '(?:서비스|운영|운용)(?:(?:를|을|에)\\s*(?:[^\\s.,;]{0,5}[^\\s.,;고며서면만]\\s+){0,2}?|\\s*)(?:본격\\s*)?(?:시작|개시|들어갔|들어간|들어가|들어갈|돌입)',
    'verb',
    { weight: 0.75, notAfter: /^(?:하지|되지|할지)/ },
  ),
  phrase('ko-launch-commercial', 'LAUNCHED', ['상업'], `상업\\s?(?:운전|가동|운영)(?:${HADA}|${DOEDA}|${NOUN_PARTICLES}?${WORD_END})`, 'verb', { weight: 0.8 }),

  // ── DELAYED ─────────────────────────────────────────────────────────────────
  // 연기 is also "acting" and "smoke": only the predicate (연기됐다, 연기한다, 연기하기로) counts,
  // or the bare noun right after a schedule word (출시 연기, 착공 무기한 연기).
  ...sino('ko-delay-yeongi', 'DELAYED', '연기', { nounBefore: SCHEDULE_THEME, notAfter: /^\s*(?:력|자|상|파|학|론)/, note: '연기가/연기력 fail: only verbs or a schedule noun before the bare noun' }),
  ...sino('ko-delay-jiyeon', 'DELAYED', '지연', { notAfter: /^\s*(?:이자|손해|배상금)/ }),
  ...sino('ko-delay-sunyeon', 'DELAYED', '순연'),
  // 늦어지다 "become late": 늦어져, 늦어지고, 늦어졌다, 늦어진, 늦어질.
  phrase('ko-delay-neujeo', 'DELAYED', ['늦어'], '늦어(?:지|져|졌|진|질)', 'verb'),
  // 늦추다 "put off": 늦췄다, 늦춘다, 늦추기로, 늦춰졌다.
  phrase('ko-delay-neuchu', 'DELAYED', ['늦추', '늦춰', '늦췄', '늦춘'], '늦(?:추|춰|췄|춘)', 'verb'),
  // 미루다 "postpone": 미뤄졌다, 미뤘다, 미루기로, 미룬다. 미루어 (보아) "judging from" is excluded.
  phrase('ko-delay-miru', 'DELAYED', ['미뤄', '미뤘', '미루', '미룬', '미룰'], '미(?:뤄|뤘|루(?!어)|룬|룰)', 'verb'),
  // 밀리다 "be pushed": only after a schedule word (일정이 밀렸다, 가동 시점이 내년으로 밀려).
  phrase('ko-delay-milli', 'DELAYED', ['밀렸', '밀려', '밀리', '밀린', '밀릴'], '(?:밀렸|밀려|밀리|밀린|밀릴)', 'verb', { before: SCHEDULE_THEME, weight: 0.7 }),
  // 내년으로 넘어가다 "spill over into next year".
  phrase('ko-delay-spill', 'DELAYED', ['넘어'], '넘어(?:갔|가|갈|간)', 'verb', { before: /(?:으로|로)\s*$/, weight: 0.7 }),
  // 속도를 늦추다 / 속도 조절: slowing a build is a delay.
  phrase('ko-delay-slow', 'DELAYED', ['속도'], '속도(?:를)?\\s*(?:늦추|늦췄|늦춘|늦출|조절)', 'verb', { weight: 0.75 }),
  // 차질: 일정에 차질을 빚고 있다 / 차질이 생겼다.
  phrase('ko-delay-chajil', 'DELAYED', ['차질'], '차질(?:을|이|이\\s*불가피)?\\s*(?:빚|생|불가피|발생)', 'verb', { weight: 0.7 }),

  // ── ON_HOLD ─────────────────────────────────────────────────────────────────
  ...sino('ko-hold-boryu', 'ON_HOLD', '보류'),
  // 중단: 무중단 (non-stop service) is not a halt.
  ...sino('ko-hold-jungdan', 'ON_HOLD', '중단', { notBefore: /무$/ }),
  ...sino('ko-hold-jungji', 'ON_HOLD', '중지', { notBefore: /무$/, weight: 0.8 }),
  ...sino('ko-hold-donggyeol', 'ON_HOLD', '동결', { weight: 0.7 }),
  // 멈추다 "stop": 멈췄다, 멈춰, 멈춘, 멈출.
  phrase('ko-hold-meomchu', 'ON_HOLD', ['멈추', '멈췄', '멈춰', '멈춘', '멈출'], '멈(?:추|췄|춰|춘|출)', 'verb', { weight: 0.75 }),
  phrase('ko-hold-allstop', 'ON_HOLD', ['올스톱'], `올스톱(?:${HADA}|${DOEDA}|${NOUN_PARTICLES}?${WORD_END})`, 'verb'),
  // 표류 "drift" / 답보 "stall": the project is stuck; weaker.
  ...sino('ko-hold-pyoryu', 'ON_HOLD', '표류', { weight: 0.65, doeda: false }),

  // ── CANCELLED ───────────────────────────────────────────────────────────────
  // 무산 "come to nothing" is passive only: 무산됐다, 무산되면서, 무산 (headline noun).
  ...sino('ko-cancel-musan', 'CANCELLED', '무산', { weight: 0.9 }),
  // 불발 "misfire": 불발됐다, 불발되고. 불발탄 (dud) fails the ending.
  ...sino('ko-cancel-bulbal', 'CANCELLED', '불발'),
  // 취소: 취소 소송 / 취소 청구 (a lawsuit to annul) is a legal action, not a cancellation.
  ...sino('ko-cancel-chwiso', 'CANCELLED', '취소', { notAfter: /^\s*(?:소송|청구|판결|신청|소|처분\s*취소)/, weight: 0.8 }),
  ...sino('ko-cancel-cheolhoe', 'CANCELLED', '철회'),
  ...sino('ko-cancel-baekjihwa', 'CANCELLED', '백지화', { weight: 0.9 }),
  ...sino('ko-cancel-pogi', 'CANCELLED', '포기', { doeda: false, notAfter: /^\s*(?:각서|서)/, weight: 0.8 }),
  ...sino('ko-cancel-jwacho', 'CANCELLED', '좌초', { weight: 0.75 }),
  ...sino('ko-cancel-pagi', 'CANCELLED', '파기', { weight: 0.75 }),
  ...sino('ko-cancel-haeji', 'CANCELLED', '해지', { weight: 0.7 }),
  ...sino('ko-cancel-cheolsu', 'CANCELLED', '철수', { weight: 0.7 }),
  // 접다 "fold": 사업을 접었다 / 접기로. Needs the object before it (접수 "receipt" never matches the endings).
  phrase('ko-cancel-jeop', 'CANCELLED', ['접'], '접(?:었|어|기로|는다|고|겠|은)', 'verb', {
    before: /(?:사업|계획|프로젝트|구상|건립|건설|투자|꿈|개발|추진)(?:을|를|은|는|도)?\s*(?:결국\s*|사실상\s*|끝내\s*)?$/,
  }),
  // 손을 떼다 "take one's hands off": 손을 뗐다 / 손을 뗀다 / 손 떼기로.
  phrase('ko-cancel-hands-off', 'CANCELLED', ['손을', '손 '], '손(?:을)?\\s*(?:뗐|뗀|떼|뗄|떼기로)', 'verb'),
  // 엎어지다 (colloquial "fall through"), 물거품이 되다, 없던 일로 하다.
  phrase('ko-cancel-eopeo', 'CANCELLED', ['엎어'], '엎어(?:졌|지|져|진)', 'verb', { weight: 0.75 }),
  phrase('ko-cancel-bubble', 'CANCELLED', ['물거품'], '물거품(?:이|으로)?\\s*(?:됐|되|돌아갔|될)', 'verb', { weight: 0.8 }),
  phrase('ko-cancel-never-was', 'CANCELLED', ['없던 일', '없던일'], '없던\\s?일(?:로|이)?\\s*(?:했|하|됐|되)', 'verb', { weight: 0.8 }),

  // ── RESUMED ─────────────────────────────────────────────────────────────────
  // 재개 "resume": 재개했다 / 공사 재개. 재개발 (redevelopment) and 재개편 fail the ending.
  ...sino('ko-resume-jaegae', 'RESUMED', '재개', { notAfter: /^\s*(?:발|편|장)/ }),
  ...sino('ko-resume-jaechujin', 'RESUMED', '재추진'),
  ...sino('ko-resume-jaegadong', 'RESUMED', '재가동'),
  ...sino('ko-resume-jaechakgong', 'RESUMED', '재착공', { weight: 0.8 }),
  ...sino('ko-resume-jeongsanghwa', 'RESUMED', '정상화', { weight: 0.65 }),
  ...sino('ko-resume-jaegaejang', 'RESUMED', '재개장', { weight: 0.75 }),
  // 다시 추진하다 / 재시동을 걸다 / 되살아나다 / 부활하다.
  phrase('ko-resume-again', 'RESUMED', ['다시'], `다시\\s*(?:추진|본격\\s*추진|시작|착수|재개|가동|운영)(?:${HADA}|${DOEDA}|${NOUN_PARTICLES}?${WORD_END})`, 'verb'),
  phrase('ko-resume-restart', 'RESUMED', ['재시동'], '재시동(?:을|이)?\\s*(?:걸|건|켰)', 'verb', { weight: 0.8 }),
  phrase('ko-resume-revive', 'RESUMED', ['되살아', '부활'], `(?:되살아(?:났|나|난|날)|부활(?:${HADA}|${NOUN_PARTICLES}?${WORD_END}))`, 'verb', { weight: 0.7 }),

  // ── Constructions seen in real Korean news (regional, wire and broadcast style) ──
  // Headline noun: "생산공장 기공…", "공장 기공, 2026년 가동": the bare 기공 at a phrase end is the groundbreaking.
  phrase('ko-start-gigong-headline', 'CONSTRUCTION_STARTED', ['기공'], '기공(?=\\s*(?:…|\\.\\.\\.|,|·|$|"|\'|”))', 'verb', { weight: 0.75 }),
  // "공장 설립…", "공장을 설립한다": founding a facility (a company's 법인 설립 is not a project).
  phrase('ko-announce-seollip', 'ANNOUNCED', ['설립'], `설립(?:${HADA}|${NOUN_PARTICLES}?(?=\\s*(?:…|,|$)))`, 'verb', { before: /(?:공장|센터|시설|설비|생산기지|연구소|캠퍼스|라인|플랜트)(?:을|를)?\s*$/, weight: 0.7 }),
  // "제조시설이 새만금에 들어선다", "들어설 예정": a facility to be built (announcement style).
  phrase('ko-announce-deureoseon', 'ANNOUNCED', ['들어선', '들어설'], '(?:들어선다|들어설\\s*(?:예정|계획))', 'verb', { weight: 0.7 }),
  // "클러스터를 구축하고", "산단을 조성해": a government or company building plan in the present.
  phrase('ko-announce-build-out', 'ANNOUNCED', ['구축', '조성'], `(?:구축|조성)(?:해|하고|한다|하기로|할\\s*(?:계획|예정|방침))`, 'verb', { before: /(?:클러스터|산업단지|국가산단|산단|단지|데이터센터|캠퍼스|공장|허브)(?:를|을)\s*$/, weight: 0.7 }),
  // "천억원대 공장증설 추가 투자 나서", "투자에 나섰다".
  phrase('ko-announce-invest', 'ANNOUNCED', ['투자'], '투자(?:에)?\\s*(?:나서|나섰|나선|나선다)', 'verb', { weight: 0.7 }),
  // "AI 모델 'A.X K1'을 내놓으며", "새 모델인 3.5 버전도 발표했다": a model put out is released.
  phrase('ko-launch-model-out', 'LAUNCHED', ['내놓', '내놨', '발표'], `(?:내놓(?:았|으며|으면서|은|고|는다)|내놨|발표(?:${HADA}))`, 'verb', { before: /(?:모델|LLM|버전|챗봇|에이전트)[^.,]{0,20}?(?:을|를|도)\s*$/, weight: 0.75 }),
  // "착공 시점이 해를 넘기게 됐다": the step slips into next year.
  phrase('ko-delay-next-year', 'DELAYED', ['해를'], '해를\\s*(?:넘기|넘긴|넘겼|넘길|넘겨)', 'verb', { before: SCHEDULE_THEME, weight: 0.75 }),
  // "출시 일정을 번복했다": the schedule was changed again (each time later).
  phrase('ko-delay-reversed', 'DELAYED', ['번복'], `번복(?:${HADA}|${DOEDA})`, 'verb', { before: /(?:일정|시점|시기|날짜)(?:을|를|이|가)?\s*(?:[^\s.]+\s+){0,2}?$/, weight: 0.7 }),
  // "3200억 투자 물거품" (headline noun) and "청산으로 결론": the project gone.
  phrase('ko-cancel-bubble-n', 'CANCELLED', ['물거품'], '물거품(?=\\s*(?:…|,|$|"|”|\'))', 'verb', { weight: 0.75 }),
  phrase('ko-cancel-liquidation', 'CANCELLED', ['청산'], '청산(?:으로|하기로)\\s*(?:결론|결정|가닥)', 'verb', { weight: 0.75 }),
  // "예비타당성 조사를 지난 8일 통과하면서": the review passed, with a date between.
  phrase('ko-approve-yeta', 'APPROVED', ['예비타당성', '예타'], '(?:예비타당성|예타)\\s*(?:조사)?(?:를|을)?\\s*(?:[^\\s.,]+\\s+){0,3}?통과', 'verb', { weight: 0.8 }),
  // "공사를 잠정 중단시켰다": an authority stopped the works.
  phrase('ko-hold-stop-caused', 'ON_HOLD', ['중단시'], '중단시(?:켰|킨|켜|키)', 'verb', { weight: 0.8 }),
  // "정비 기간을 한 달가량씩 늘려 … 연장했다": the outage extended is a delay of the restart.
  phrase('ko-delay-extended', 'DELAYED', ['연장'], `연장(?:${HADA}|${DOEDA})`, 'verb', { before: /(?:기간|공기|일정|준공|완공|기한)(?:을|를|이|가)?\s*(?:[^\s.]+\s+){0,6}?$/, weight: 0.7 }),
];
