/**
 * Korean polarity: negation, denial, speculation, conditionals and questions. A cue under
 * one of these gives no event (DESIGN section 3), except a negated forward step stated as
 * a missed plan, which the assessor reads as DELAYED ("연내 공개하지 못했다").
 *
 * `after` patterns see the text right after the cue match, which often starts inside the
 * cue's own word: after "무산되" comes "지 않았다", after the noun "착공" comes "도 못 했다".
 */
import type { MarkerRule } from './types';

export const KO_POLARITY: readonly MarkerRule[] = [
  // ── negation ──
  // Long negation: stem + 지 + 않다/못하다/말다 (무산되지 않았다, 공개하지 못했다).
  { id: 'ko-neg-ji-anh', effect: 'negated', scope: 'after', pattern: /^[가-힣]{0,4}지(?:는|도|조차|만은)?\s*(?:않|못|말)/ },
  // Short negation after a noun cue: 착공도 못 했다, 허가를 못 받았다.
  { id: 'ko-neg-short', effect: 'negated', scope: 'after', pattern: /^(?:을|를|이|가|은|는|도|조차|마저)?\s*(?:아직\s*)?(?:못|안)\s*(?:하|했|한|해|됐|되|돼|된|할|될|들어|나|났|받|얻|냈|마쳤|끝)/ },
  // The verb after a noun cue negated: 허가를 받지 못했다, 승인이 나지 않았다.
  { id: 'ko-neg-light-verb', effect: 'negated', scope: 'after', pattern: /^(?:을|를|이|가|은|는|도|조차)?\s*(?:(?:아직|끝내|결국|여전히|전혀|제때|예정대로|계획대로)\s*)*(?:받|얻|따내|획득하|나|들어가|시작하|마치|끝내|열|내|내주|주|하|되|이뤄지|진행되|진행하|발급하)지\s*(?:는|도|조차)?\s*(?:않|못)/ },
  // "…한 적이 없다" (never did), "…되는 일은 없을 것" (will not happen).
  { id: 'ko-neg-never', effect: 'negated', scope: 'after', pattern: /^[가-힣]{0,3}\s*(?:적|일)(?:이|은|도|는)?\s*(?:전혀\s*)?없/ },
  // 없다 / 아니다 after the noun: 연기 없이 (without delay), 중단은 없다, 가동 계획이 없다.
  { id: 'ko-neg-eopda', effect: 'negated', scope: 'after', pattern: /^(?:이|가|은|는|도)?\s*(?:없|아니)/ },
  { id: 'ko-neg-plan-none', effect: 'negated', scope: 'after', pattern: /^[^.,]{0,10}?(?:계획|예정|방침|생각|의사|여지)(?:은|는|이|가|도)?\s*(?:전혀\s*)?(?:없|아니)/ },
  // "…된 것은 아니다" (it is not that it fell through).
  { id: 'ko-neg-geot-anida', effect: 'negated', scope: 'after', pattern: /^[가-힣]{0,3}\s*(?:것|게|건)(?:은|는|이|도)?\s*아니/ },

  // ── denial ── (the whole sentence: the report is denied, so no cue in it stands)
  {
    id: 'ko-denial',
    effect: 'negated',
    scope: 'sentence',
    pattern: /사실\s*무근|(?:을|를|설을|설에)?\s*부인(?:했|하|한|해)|사실이\s*아니|사실과\s*(?:다르|달라|다른)|(?:정해진|결정된|확정된|검토한|논의한|추진한|계획한)\s*(?:바|것이?|게)\s*(?:는|가)?\s*(?:전혀\s*)?없|선을\s*그(?:었|은|어)|일축(?:했|하|한)|오보|근거\s*없는/,
    note: 'denial words anywhere in the sentence cancel its cues: "무산설은 사실무근" asserts nothing',
  },

  // ── speculation and concern ──
  { id: 'ko-spec-nouns', effect: 'speculative', scope: 'after', pattern: /^[^.,]{0,20}?(?:가능성|가능할|가능하|우려|위기|관측|전망|조짐|공산|수순|불투명|불확실|빨간불|적신호|먹구름|안갯속|기로에|걱정|경고|리스크|위험|변수|촉각|예상이|예상도|예상된|예측)/ },
  { id: 'ko-spec-possible', effect: 'speculative', scope: 'after', pattern: /^(?:이|가|도)?\s*가능(?![가-힣]*(?:해졌|하게\s*됐))/ },
  { id: 'ko-spec-can', effect: 'speculative', scope: 'after', pattern: /^[^.,]{0,6}?[가-힣]\s*(?:수도|수)\s*(?:있|없)/ },
  { id: 'ko-spec-whether', effect: 'speculative', scope: 'after', pattern: /^[가-힣]{0,4}(?:할|될|질|을|ㄹ|갈|날|는)지(?![가-힣])|^[^.,]{0,6}?여부/ },
  // "…할 것으로 보인다/전망된다/알려졌다" about the future; "…된 것으로 보인다" (seems to have).
  { id: 'ko-spec-expected', effect: 'speculative', scope: 'after', pattern: /^[^.,]{0,14}?(?:할|될|질|갈|을|ㄹ|일|날|설)\s*(?:것으로|걸로|것이라는|거라는|것이란)\s*(?:보|예상|관측|전망|점쳐|추정|알려|예측|분석|내다|기대|전해)/ },
  { id: 'ko-spec-seems', effect: 'speculative', scope: 'after', pattern: /^[가-힣]{0,3}(?:한|된|진|했던|는|던)\s*(?:것으로|걸로)\s*(?:보|추정|관측|예상|점쳐)|^[가-힣]{0,4}\s*듯/ },
  // A rumour or report by others: 무산설, 연기된다는 소문.
  { id: 'ko-spec-rumour', effect: 'speculative', scope: 'after', pattern: /^(?:설|론)(?![가-힣])|^(?:설|론)(?:이|을|도|에|까지|마저|은|는)|^[가-힣]{0,3}(?:한다|된다|했다|됐다|할|될)(?:는|다는)?\s*(?:소문|관측|전망|얘기|설|보도|루머|우려)/ },
  // Considering, not decided: 연기를 검토 중, 중단을 고민.
  { id: 'ko-spec-considering', effect: 'speculative', scope: 'after', pattern: /^[^.,]{0,8}?(?:검토|고민|저울질|타진|모색|논의|만지작|거론)/ },
  { id: 'ko-spec-plight', effect: 'speculative', scope: 'after', pattern: /^[가-힣]{0,3}(?:ㄹ|을|할|될)\s*(?:처지|상황|판|위기)/ },
  { id: 'ko-spec-head', effect: 'speculative', scope: 'before', pattern: /(?:자칫|잘못하면|최악의\s*경우|일각에서는|업계\s*일각)/ },

  // ── conditionals ──
  // 무산되면 (if), but not 무산되면서 (as): 면 must end the word.
  { id: 'ko-cond-myeon', effect: 'conditional', scope: 'after', pattern: /^[가-힣]{0,4}(?:면|거나|더라도|어도|아도|해도|돼도)(?![가-힣])/ },
  { id: 'ko-cond-case', effect: 'conditional', scope: 'after', pattern: /^[가-힣]{0,3}\s*경우|^\s*시(?![가-힣])/ },
  // A time clause sets when the main clause happens, it reports nothing: 가동되는 대로, 완공될 때,
  // 문을 여는 즉시, 착공하기 전까지.
  { id: 'ko-cond-temporal', effect: 'conditional', scope: 'after', pattern: /^[가-힣]{0,4}(?:는|을|ㄹ|할|될|갈|열|릴|일|날|설)\s*(?:대로|즉시|때|때까지|때쯤|때면|무렵)(?![가-힣])|^[가-힣]{0,3}기\s*(?:전|전에|전까지|까지|전부터)(?![가-힣])/ },
  { id: 'ko-cond-head', effect: 'conditional', scope: 'before', pattern: /(?:만약|만일|가령)/ },

  // ── recommendations, conclusions of a review, demands: not the decision itself ──
  // "건설 재개를 권고했다", "'건설재개'로 결론이 났다" (an advisory body), "철회를 촉구/요구했다" (protesters).
  { id: 'ko-spec-advice', effect: 'speculative', scope: 'after', pattern: /^[가-힣]{0,2}\s*['’"”]?\s*(?:를|을|로|으로|을\s*정부에|를\s*정부에)?\s*(?:[^\s.]+\s+){0,2}?(?:권고|권유|제안|촉구|요구|요청|건의|결론이\s*났|결론을\s*내)/ },
  // "~에 들어갈 방침이다", "~할 전망/것으로 보인다" are plans and forecasts (modality-ko handles most; these follow a noun cue).
  { id: 'ko-spec-forecast-after', effect: 'speculative', scope: 'after', pattern: /^[^.]{0,30}?(?:전망이다|전망된다|것으로\s*보인다|것으로\s*예상|가능성이|어려울\s*것|어렵다는|어려우면|우려)/ },

  // ── questions ──
  { id: 'ko-question-mark', effect: 'question', scope: 'sentence', pattern: /[?？]\s*["'”’)]?\s*$/ },
  { id: 'ko-question-final', effect: 'question', scope: 'sentence', pattern: /(?:할까|될까|을까|ㄹ까|는가|나요|까요|일까|인가|되나|하나)\s*["'”’)]?\s*$/ },
  { id: 'ko-question-ending', effect: 'question', scope: 'after', pattern: /^[가-힣]{0,3}(?:나|까|는가|나요|까요)\s*[?？]?["'”’]?\s*$/ },
];
